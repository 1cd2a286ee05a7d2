"""/remind on|off|list: admins subscribe a channel; everyone can list; bad input is one clear line."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.commands import dispatch, find
from bot.commands.spec import Deps
from bot.reminders import subscriptions
from bot.reminders.tables import create_tables
from bot.reply import Context, Moment, plain
from briefings.store import Store
from tests.reminder_proc import Clock, RecordingAdapter, briefing, make_service, meeting, settings

DAY = date(2030, 5, 20)
NOW = datetime(2030, 5, 1, tzinfo=UTC)
ADMIN = Context(platform="slack", channel_id="C9", user_id="U1", user_is_admin=True)
MEMBER = Context(platform="slack", channel_id="C9", user_id="U2", user_is_admin=False)


def deps(store: Store) -> Deps:
    """Deps without a running scheduler (as in `briefbot ask`)."""
    return Deps(store=store, settings=settings(BRIEFBOT_REMINDER_LEADS="7d,1d,1h"), now=lambda: NOW)


async def test_remind_is_registered() -> None:
    spec = find("remind")
    assert spec is not None
    assert [o.name for o in spec.options] == ["action", "leads"]


async def test_non_admin_is_refused_politely_and_nothing_changes(store: Store) -> None:
    reply = await dispatch(deps(store), "remind", {"action": "on"}, MEMBER)
    assert reply.kind == "error"
    assert reply.title.startswith("Sorry, only admins")
    assert "\n" not in reply.title
    create_tables(store.engine)
    assert subscriptions.get(store.engine, "slack:C9") is None


async def test_admin_turns_on_with_own_leads_and_list_shows_next_reminders(store: Store) -> None:
    store.ingest(briefing("a.txt", [meeting("Summit", day=DAY)]), "h")
    d = deps(store)
    on = await dispatch(d, "remind", {"action": "on", "leads": "30m, 2h"}, ADMIN)
    assert on.title == "Reminders are on in this channel"
    assert plain(on.description) == "2 hours and 30 minutes before each meeting (2h,30m)."
    listed = await dispatch(d, "remind", {"action": "list"}, MEMBER)  # anyone may list
    assert listed.title == "Reminders in this channel"
    (upcoming,) = listed.fields
    moments = [p for p in upcoming.value if isinstance(p, Moment)]
    assert [m.at for m in moments] == [
        datetime(2030, 5, 20, 7, 0, tzinfo=UTC),
        datetime(2030, 5, 20, 8, 30, tzinfo=UTC),
    ]
    assert "Summit — 2 hours before" in plain(upcoming.value)


async def test_off_then_list_says_off(store: Store) -> None:
    d = deps(store)
    await dispatch(d, "remind", {"action": "on"}, ADMIN)
    off = await dispatch(d, "remind", {"action": "off"}, ADMIN)
    assert off.title == "Reminders are off in this channel"
    again = await dispatch(d, "remind", {"action": "off"}, ADMIN)
    assert again.title == "Reminders were already off here"
    listed = await dispatch(d, "remind", {}, MEMBER)
    assert listed.title == "Reminders are off in this channel"


async def test_bad_leads_and_actions_are_one_line(store: Store) -> None:
    d = deps(store)
    bad = await dispatch(d, "remind", {"action": "on", "leads": "soon"}, ADMIN)
    assert bad.kind == "error"
    assert bad.title.startswith("/remind: leads: 'soon' is not a duration")
    odd = await dispatch(d, "remind", {"action": "maybe"}, ADMIN)
    assert odd.title == "/remind: action must be on, off or list, not 'maybe'."


async def test_turning_on_with_the_scheduler_running_plans_at_once(store: Store) -> None:
    store.ingest(briefing("a.txt", [meeting("Summit", day=DAY)]), "h")
    clock = Clock(NOW)
    service = make_service(store, clock, {"console": RecordingAdapter(), "slack": RecordingAdapter("slack")})
    await service.start()
    try:
        d = service.deps
        await dispatch(d, "remind", {"action": "on", "leads": "3h"}, ADMIN)
        planned = service.scheduled(channel="slack:C9")
        due = datetime(2030, 5, 20, 6, tzinfo=UTC)
        assert [(r.lead_seconds, r.due_at) for r in planned] == [(10800, due)]
        await dispatch(d, "remind", {"action": "off"}, ADMIN)
        assert service.scheduled(channel="slack:C9") == []
    finally:
        await service.stop()
