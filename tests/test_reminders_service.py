"""ReminderService end to end on a real SQLite store with an injected clock: once, on time, rescheduled."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from bot.reminders.ledger import Ledger, ReminderKey
from bot.reminders.scheduler import job_id
from bot.reminders.tables import deliveries, reminders
from briefings.store import Store
from tests.reminder_proc import Clock, RecordingAdapter, briefing, make_service, meeting

DAY = date(2030, 5, 20)
START = datetime(2030, 5, 20, 9, 0, tzinfo=UTC)  # all-day at 09:00 in UTC (no timezone)
DUE_1D = START - timedelta(days=1)
DUE_1H = START - timedelta(hours=1)


def rows(store: Store) -> list[tuple[int, str, int, datetime]]:
    """(event_id, channel, lead, due) of every planned reminder."""
    c = reminders.c
    with store.engine.connect() as conn:
        result = conn.execute(select(c.event_id, c.channel, c.lead_seconds, c.due_at).order_by(c.id))
        return [tuple(r) for r in result]


def statuses(store: Store) -> dict[tuple[int, int], str]:
    """(event_id, lead) -> ledger status."""
    c = deliveries.c
    with store.engine.connect() as conn:
        found = conn.execute(select(c.event_id, c.lead_seconds, c.status))
        return {(r.event_id, r.lead_seconds): r.status for r in found}


async def test_start_plans_every_event_channel_and_lead(store: Store) -> None:
    events = [meeting("Summit", day=DAY), meeting("Side talk", day=DAY, kind="bilateral")]
    store.ingest(briefing("a.txt", events), "h")
    clock = Clock(datetime(2030, 5, 1, tzinfo=UTC))
    service = make_service(
        store, clock, {"console": RecordingAdapter()}, env={"BRIEFBOT_REMINDER_CHANNELS": "console,slack:C1"}
    )
    await service.start()
    try:
        planned = rows(store)
        assert len(planned) == 2 * 2 * 2  # events × channels × leads
        assert {r[1] for r in planned} == {"console", "slack:C1"}
        assert {r[3] for r in planned} == {DUE_1D, DUE_1H}
        assert await service.reconcile() is None  # nothing changed: no work
    finally:
        await service.stop()


async def test_due_reminder_is_sent_once_even_across_restarts(store: Store) -> None:
    store.ingest(briefing("a.txt", [meeting("Summit", day=DAY)]), "h")
    clock = Clock(DUE_1D - timedelta(minutes=5))
    console = RecordingAdapter()
    service = make_service(store, clock, {"console": console})
    await service.start()
    assert console.posts == []
    clock.advance(minutes=6)
    report = await service.run_due()
    assert report.sent == 1
    assert console.titles == ["Reminder: Summit"]
    assert (await service.run_due()).sent == 0
    await service.stop()

    again = make_service(store, clock, {"console": console})  # a restart: new worker, same database
    await again.start()
    await again.run_due()
    await again.stop()
    assert console.titles == ["Reminder: Summit"]


async def test_reminder_text_has_lead_event_and_source(store: Store) -> None:
    store.ingest(briefing("a.txt", [meeting("Summit", day=DAY, tz="Europe/Paris")]), "h")
    clock = Clock(datetime(2030, 5, 20, 6, 5, tzinfo=UTC))  # 1h before 09:00 Paris (07:00 UTC) ... plus 5m
    console = RecordingAdapter()
    service = make_service(store, clock, {"console": console})
    await service.start()
    await service.stop()
    ((channel, reply),) = console.posts
    assert channel == "console"
    assert reply.title == "Reminder: Summit"
    assert reply.kind == "reminder"
    lead = reply.fields[0]
    assert lead.name == "Reminder"
    assert lead.value[0] == "Starts in 1 hour: "
    assert lead.value[1].at == datetime(2030, 5, 20, 7, 0, tzinfo=UTC)  # type: ignore[union-attr]
    assert reply.footer and "Talks announced" in reply.footer


async def test_restart_after_due_time_sends_missed_reminder_once(store: Store) -> None:
    store.ingest(briefing("a.txt", [meeting("Summit", day=DAY)]), "h")
    clock = Clock(DUE_1H - timedelta(hours=2))
    console = RecordingAdapter()
    first = make_service(store, clock, {"console": console})
    await first.start()
    await first.stop()  # the bot goes down before the 1h reminder is due
    clock.at = DUE_1H + timedelta(minutes=30)  # back up, 30 minutes late: within the 1h grace
    second = make_service(store, clock, {"console": console})
    await second.start()
    await second.stop()
    third = make_service(store, clock, {"console": console})
    await third.start()
    await third.stop()
    assert console.titles == ["Reminder: Summit"]
    assert statuses(store)[(1, 3600)] == "sent"


async def test_missed_beyond_grace_is_skipped_not_sent(store: Store) -> None:
    store.ingest(briefing("a.txt", [meeting("Summit", day=DAY)]), "h")
    clock = Clock(DUE_1D + timedelta(hours=3))  # 1d reminder 3h late; 1h reminder not due yet
    console = RecordingAdapter()
    service = make_service(store, clock, {"console": console})
    await service.start()
    await service.stop()
    assert console.posts == []
    assert statuses(store) == {(1, 86400): "skipped"}


async def test_clock_jump_forward_and_back_sends_each_reminder_at_most_once(store: Store) -> None:
    store.ingest(briefing("a.txt", [meeting("Summit", day=DAY)]), "h")
    clock = Clock(DUE_1D - timedelta(days=2))
    console = RecordingAdapter()
    service = make_service(store, clock, {"console": console})
    await service.start()
    clock.at = START - timedelta(minutes=30)  # jump: the 1d reminder is 23.5h late, the 1h one 30m
    report = await service.run_due()
    assert (report.sent, report.skipped) == (1, 1)
    clock.advance(days=-1)  # the clock steps back a day
    await service.reconcile(force=True)
    assert (await service.run_due()).sent == 0
    clock.at = START - timedelta(minutes=10)
    assert (await service.run_due()).sent == 0
    await service.stop()
    assert console.titles == ["Reminder: Summit"]
    assert statuses(store) == {(1, 86400): "skipped", (1, 3600): "sent"}


async def test_event_moved_to_another_date_is_rescheduled(store: Store) -> None:
    store.ingest(briefing("a.txt", [meeting("Summit", day=DAY)]), "h1")
    clock = Clock(DUE_1D - timedelta(days=1))
    console = RecordingAdapter()
    service = make_service(store, clock, {"console": console})
    await service.start()
    later = DAY + timedelta(days=5)
    store.ingest(briefing("a.txt", [meeting("Summit", day=later)]), "h2")  # same source, new date
    result = await service.reconcile()
    assert result is not None and result.moved == 2
    assert {r[3] for r in rows(store)} == {DUE_1D + timedelta(days=5), DUE_1H + timedelta(days=5)}
    clock.at = DUE_1D + timedelta(minutes=1)  # the old time passes: nothing
    assert (await service.run_due()).sent == 0
    clock.at = DUE_1D + timedelta(days=5, minutes=1)
    assert (await service.run_due()).sent == 1
    await service.stop()
    assert console.titles == ["Reminder: Summit"]


async def test_removed_event_is_cancelled(store: Store) -> None:
    store.ingest(briefing("a.txt", [meeting("Summit", day=DAY)]), "h1")
    clock = Clock(DUE_1D - timedelta(days=1))
    console = RecordingAdapter()
    service = make_service(store, clock, {"console": console})
    await service.start()
    assert store.remove("a.txt")
    await service.reconcile()
    assert rows(store) == []
    clock.at = DUE_1H
    await service.run_due()
    await service.stop()
    assert console.posts == []


async def test_event_ingested_while_running_gets_reminders(store: Store) -> None:
    clock = Clock(datetime(2030, 5, 1, tzinfo=UTC))
    console = RecordingAdapter()
    service = make_service(store, clock, {"console": console})
    await service.start()
    assert rows(store) == []
    store.ingest(briefing("new.txt", [meeting("Late addition", day=DAY)]), "h")
    await service.reconcile()  # what ingest (or the 60 s tick) calls
    assert len(rows(store)) == 2
    clock.at = DUE_1H
    await service.run_due()
    await service.stop()
    assert console.titles == ["Reminder: Late addition"]


async def test_crashed_claim_is_recovered_after_the_lease_and_sent_once(store: Store) -> None:
    store.ingest(briefing("a.txt", [meeting("Summit", day=DAY)]), "h")
    clock = Clock(DUE_1H + timedelta(seconds=1))
    console = RecordingAdapter()
    service = make_service(store, clock, {"console": console}, lease=timedelta(minutes=2))
    service.prepare()
    await service.reconcile(force=True)
    crashed = Ledger(store.engine, "crashed-worker", timedelta(minutes=2))
    assert crashed.claim(ReminderKey(1, "console", 3600, DUE_1H), clock())  # then it died
    clock.advance(seconds=60)
    assert (await service.run_due()).sent == 0  # the claim is still within its lease
    clock.advance(seconds=61)
    assert (await service.run_due()).sent == 1
    assert (await service.run_due()).sent == 0
    assert console.titles == ["Reminder: Summit"]


async def test_channel_turned_off_stays_off_after_restart(store: Store) -> None:
    from bot.reminders import subscriptions

    store.ingest(briefing("a.txt", [meeting("Summit", day=DAY)]), "h")
    clock = Clock(DUE_1H - timedelta(hours=1))
    console = RecordingAdapter()
    service = make_service(store, clock, {"console": console})
    await service.start()
    subscriptions.unsubscribe(store.engine, "console", clock())
    await service.reconcile()
    await service.stop()
    clock.at = DUE_1H
    again = make_service(store, clock, {"console": console})
    await again.start()
    await again.stop()
    assert console.posts == []
    assert rows(store) == []


async def test_channel_without_a_sink_here_is_left_for_its_own_process(store: Store) -> None:
    store.ingest(briefing("a.txt", [meeting("Summit", day=DAY)]), "h")
    clock = Clock(DUE_1H)
    console = RecordingAdapter()
    service = make_service(
        store, clock, {"console": console}, env={"BRIEFBOT_REMINDER_CHANNELS": "console,discord:42"}
    )
    await service.start()
    await service.stop()
    discord = RecordingAdapter(name="discord")
    other = make_service(
        store, clock, {"discord": discord}, env={"BRIEFBOT_REMINDER_CHANNELS": "console,discord:42"}
    )
    await other.start()
    await other.stop()
    assert console.titles == ["Reminder: Summit"]
    assert [(c, r.title) for c, r in discord.posts] == [("42", "Reminder: Summit")]


async def test_running_scheduler_fires_the_job_at_its_due_time(store: Store) -> None:
    now = datetime.now(UTC)
    start = (now + timedelta(hours=1, seconds=2)).replace(microsecond=0)
    store.ingest(briefing("a.txt", [meeting("Soon", start=start)]), "h")
    console = RecordingAdapter()
    service = make_service(
        store, lambda: datetime.now(UTC), {"console": console}, env={"BRIEFBOT_REMINDER_LEADS": "1h"}
    )
    await service.start()
    try:
        assert job_id(ReminderKey(1, "console", 3600, start)) in service.scheduler.jobs()
        for _ in range(100):
            if console.posts:
                break
            await asyncio.sleep(0.1)
        await asyncio.sleep(0.2)
    finally:
        await service.stop()
    assert console.titles == ["Reminder: Soon"]


async def test_claims_recovery_and_moves_work_the_same_on_both_backends(any_store: Store) -> None:
    store = any_store
    store.ingest(briefing("a.txt", [meeting("Summit", day=DAY)]), "h1")
    clock = Clock(DUE_1H + timedelta(seconds=1))
    console = RecordingAdapter()
    service = make_service(store, clock, {"console": console})
    service.prepare()
    await service.reconcile(force=True)
    other = Ledger(store.engine, "other-worker", timedelta(minutes=2))
    key = ReminderKey(1, "console", 3600, DUE_1H)
    assert other.claim(key, clock())
    assert not service.ledger.claim(key, clock())  # the unique key decides
    clock.advance(minutes=3)
    assert (await service.run_due()).sent == 1  # recovered after the lease
    assert not other.mark_sent(key, clock())  # the crashed worker cannot settle it any more
    store.ingest(briefing("a.txt", [meeting("Summit", day=DAY)], title="Talks (corrected)"), "h1b")
    await service.reconcile()  # replaced briefing, same meeting: may get new ids, keeps its ledger
    assert (await service.run_due()).sent == 0
    store.ingest(briefing("a.txt", [meeting("Summit", day=DAY + timedelta(days=1))]), "h2")
    result = await service.reconcile()
    assert result is not None and result.moved == 2
    clock.advance(days=1)
    assert (await service.run_due()).sent == 1
    assert console.titles == ["Reminder: Summit", "Reminder: Summit"]


async def test_dst_in_the_venue_timezone_through_the_service(store: Store) -> None:
    # London falls back on 2030-10-27: 01:30 happens twice; the first (BST, 00:30 UTC) is used.
    # New York springs forward on 2030-03-10: 02:30 does not exist; it shifts forward to 03:30 EDT.
    events = [
        meeting("London talks", day=date(2030, 10, 27), tz="Europe/London"),
        meeting("New York talks", day=date(2030, 3, 10), tz="America/New_York"),
    ]
    store.ingest(briefing("a.txt", events), "h")
    clock = Clock(datetime(2030, 1, 1, tzinfo=UTC))
    service = make_service(
        store,
        clock,
        {"console": RecordingAdapter()},
        env={"BRIEFBOT_ALL_DAY_START": "01:30", "BRIEFBOT_REMINDER_LEADS": "1d"},
    )
    service.prepare()
    await service.reconcile(force=True)
    london = datetime(2030, 10, 27, 0, 30, tzinfo=UTC)
    assert {(r.event_id, r.event_start, r.due_at) for r in service.scheduled()} == {
        (1, london, london - timedelta(days=1)),
        (2, datetime(2030, 3, 10, 6, 30, tzinfo=UTC), datetime(2030, 3, 9, 6, 30, tzinfo=UTC)),
    }
    again = make_service(
        store,
        clock,
        {"console": RecordingAdapter()},  # 02:30: in the NY gap
        env={"BRIEFBOT_ALL_DAY_START": "02:30", "BRIEFBOT_REMINDER_LEADS": "1d"},
    )
    await again.reconcile(force=True)
    ny = next(r for r in again.scheduled() if r.event_id == 2)
    assert ny.event_start == datetime(2030, 3, 10, 7, 30, tzinfo=UTC)  # 03:30 EDT


async def test_wall_clock_jump_while_running_delivers_once(store: Store) -> None:
    import time_machine

    now = datetime.now(UTC)
    start = (now + timedelta(hours=2)).replace(microsecond=0)
    store.ingest(briefing("a.txt", [meeting("Jumped", start=start)]), "h")
    console = RecordingAdapter()
    service = make_service(
        store,
        lambda: datetime.now(UTC),
        {"console": console},
        env={"BRIEFBOT_REMINDER_LEADS": "1h"},
        tick_seconds=0.3,
    )
    await service.start()
    try:
        assert console.posts == []
        # The machine's clock jumps forward 61 minutes: the 1h reminder is now 1 minute late.
        with time_machine.travel(now + timedelta(minutes=61), tick=True):
            for _ in range(50):
                if console.posts:
                    break
                await asyncio.sleep(0.1)
            await asyncio.sleep(0.8)  # a few more ticks: still once
    finally:
        await service.stop()
    assert console.titles == ["Reminder: Jumped"]
