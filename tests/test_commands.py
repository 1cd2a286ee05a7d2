"""Every command's behaviour on a real SQLite store holding a hand-built briefing of the seed article."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime
from typing import Any

import pytest

from bot.commands import COMMANDS, complete, dispatch, find, parse_line
from bot.commands.dispatcher import UsageError, validate
from bot.commands.eventfmt import event_reply
from bot.commands.spec import CommandSpec, Deps, Option
from bot.render.text import render_text
from bot.reply import Context, Moment, Reply, plain
from briefings.models import Briefing, Event, Evidence, Person
from briefings.store import Store
from tests import commands_fixtures as cf
from tests.commands_fixtures import NOW, Ask, field, field_names, make_settings

deps, empty_deps, ask = cf.deps, cf.empty_deps, cf.ask  # fixtures

EV = Evidence(sentence=0, start=0, end=5, text="Officials will meet in Lima next week.")


def other_briefing(source: str, people: list[tuple[str, str, str]], **kw: Any) -> Briefing:
    """A second, small briefing: (name, role, country) people plus optional fields."""
    published = kw.pop("published", date(2024, 6, 1))
    return Briefing(
        title=kw.pop("title", f"Briefing {source}"),
        source=source,
        published=published,
        reference_date=published,
        text="Officials will meet in Lima next week.",
        people=[Person(name=n, role=r, country=c, evidence=EV) for n, r, c in people],
        **kw,
    )


# -- /talks -------------------------------------------------------------------------------------


async def test_talks_answers_the_next_main_event_with_everything_known(ask: Ask) -> None:
    reply = await ask("/talks")
    assert reply.kind == "info"
    assert reply.title == "US-Japan 2+2 security talks"
    assert field(reply, "When (Asia/Tokyo)") == "Sunday, July 28, 2024, all day (no time given)"
    assert field(reply, "In UTC").startswith("July 27, 2024 15:00 UTC to July 28, 2024 15:00 UTC")
    assert field(reply, "Countdown") == "in 27 days"
    assert "in 27 days" in plain(reply.description)
    assert field(reply, "Timezone") == "Asia/Tokyo (JST, UTC+09:00)"
    assert field(reply, "Place") == "Tokyo"
    people = field(reply, "Participants")
    assert "🇯🇵 Yoko Kamikawa — Foreign Minister, Japan" in people
    assert "🇺🇸 Antony Blinken — Secretary of State, United States" in people
    sides = field(reply, "Side meetings")
    assert "Antony Blinken and Yoko Kamikawa" in sides
    assert "South Korean counterpart (not named)" in sides
    assert "extended deterrence — the US reassures Japan" in field(reply, "Agenda")
    assert field(reply, "Year assumed") == "July 28, 2024 — year not stated in the source"
    assert reply.footer is not None
    assert reply.footer.startswith("Source: US and Japan to hold 2+2 security talks on July 28")
    assert "seeds/us-japan-2plus2.txt" in reply.footer
    assert "will hold high-level security talks on July 28" in reply.footer


async def test_talks_gives_each_reader_the_moment_the_venue_day_begins(ask: Ask) -> None:
    reply = await ask("/talks")
    (your_time,) = [f for f in reply.fields if f.name == "Your time"]
    moments = [p for p in your_time.value if isinstance(p, Moment)]
    assert [m.style for m in moments] == ["full", "relative"]
    assert all(m.at == datetime(2024, 7, 27, 15, 0, tzinfo=UTC) for m in moments)
    assert "when the day begins in Tokyo" in plain(your_time.value)


async def test_talks_without_an_assumed_year_has_no_year_note(
    empty_deps: Deps, seed_briefing: Briefing
) -> None:
    events = [e.model_copy(update={"year_assumed": False}) for e in seed_briefing.events]
    empty_deps.store.ingest(seed_briefing.model_copy(update={"events": events}), "h")
    reply = await dispatch(empty_deps, "talks", {}, Context())
    assert "Year assumed" not in field_names(reply)
    assert "year not stated" not in render_text(reply, now=NOW)


async def test_talks_by_name_finds_a_side_meeting(ask: Ask) -> None:
    reply = await ask("/talks bilateral")
    assert reply.title == "Blinken–Kamikawa bilateral meeting"
    assert "Yoko Kamikawa" in field(reply, "Participants")


async def test_talks_for_an_unknown_event_is_one_line(ask: Ask) -> None:
    reply = await ask("/talks zanzibar summit")
    assert reply.kind == "error"
    assert "zanzibar summit" in reply.title
    assert "\n" not in render_text(reply)


async def test_talks_with_nothing_upcoming_says_so_and_how_to_ingest(empty_deps: Deps) -> None:
    reply = await dispatch(empty_deps, "talks", {}, Context())
    text = render_text(reply, now=NOW)
    assert "No upcoming events" in text
    assert "briefbot ingest" in text


async def test_talks_after_the_event_has_passed_says_nothing_is_upcoming(deps: Deps) -> None:
    later = Deps(store=deps.store, settings=deps.settings, now=lambda: datetime(2024, 8, 1, tzinfo=UTC))
    reply = await dispatch(later, "talks", {}, Context())
    assert reply.title == "No upcoming events in the briefings."


async def test_when_gives_venue_time_utc_and_readers_time_for_a_timed_meeting(ask: Ask) -> None:
    reply = await ask("/when trilateral")
    assert reply.title == "When: US-Japan-South Korea defence trilateral"
    assert field(reply, "When (Asia/Tokyo)") == "Sunday, July 28, 2024, 15:00 JST"
    assert field(reply, "In UTC") == "July 28, 2024, 06:00 UTC"
    start = datetime(2024, 7, 28, 6, 0, tzinfo=UTC)
    your_time = next(f for f in reply.fields if f.name == "Your time").value[0]
    assert isinstance(your_time, Moment) and your_time.style == "full" and your_time.at == start
    countdown = next(f for f in reply.fields if f.name == "Countdown").value[0]
    assert isinstance(countdown, Moment) and countdown.style == "relative" and countdown.at == start
    assert "July 28, 2024 — year not stated in the source" in field(reply, "Year assumed")


def test_event_reply_as_a_reminder_starts_with_reminder_and_says_what_is_missing() -> None:
    from briefings.models import EventView, SourceRef

    bare = EventView(
        id=1,
        briefing_id=1,
        name="Harbour conference",
        kind="main",
        evidence=EV,
        source=SourceRef(briefing_id=1, title="Port news", source="news/port.txt"),
    )
    reply = event_reply(bare, NOW, title_prefix="Reminder: ")
    text = render_text(reply, now=NOW)
    assert text.splitlines()[0] == "Reminder: Harbour conference"
    assert "No date found in the source" in text
    assert "No people found" in text
    assert "No place found in the source" in text
    assert "Source: Port news (news/port.txt)" in text


# -- /who -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["kamikawa", "Kamikawa", "Yoko", "kamikwa"])
async def test_who_finds_a_person_by_surname_given_name_or_typo(ask: Ask, query: str) -> None:
    reply = await ask(f"/who {query}")
    assert reply.title == "Yoko Kamikawa"
    assert field(reply, "Role") == "Foreign Minister"
    assert field(reply, "Country") == "🇯🇵 Japan"
    meetings = field(reply, "Meetings")
    assert "US-Japan 2+2 security talks (main), July 28, 2024" in meetings
    assert "Blinken–Kamikawa bilateral meeting" in meetings and "with Antony Blinken" in meetings
    assert reply.footer is not None and "Foreign Minister Yoko Kamikawa" in reply.footer


async def test_who_shows_quotes_and_conflicts(ask: Ask) -> None:
    emanuel = await ask("/who emanuel")
    assert "These historic 2+2 talks will mark a shift" in field(emanuel, "Quotes")
    kishi = await ask("/who kishi")
    assert "example conflict naming one person" in field(kishi, "Conflicts in the sources")
    assert "Conflicts in the sources" not in field_names(emanuel)


async def test_who_with_several_equal_matches_offers_a_choice(deps: Deps) -> None:
    deps.store.ingest(
        other_briefing(
            "b.txt", [("Hiro Tanaka", "Trade Minister", "Japan"), ("Aiko Tanaka", "Envoy", "Japan")]
        ),
        "b",
    )
    reply = await dispatch(deps, "who", {"name": "tanaka"}, Context())
    text = render_text(reply, now=NOW)
    assert "Several people match 'tanaka'" in text
    assert "Hiro Tanaka (Trade Minister, 🇯🇵 Japan)" in text
    assert "Aiko Tanaka (Envoy, 🇯🇵 Japan)" in text


async def test_who_with_no_match_says_so_with_suggestions(ask: Ask) -> None:
    reply = await ask("/who Kishimoto Ryo")
    assert reply.kind == "error"
    assert reply.title.startswith("No one named 'Kishimoto Ryo' in the briefings.")
    assert "Did you mean" in reply.title and "Nobuo Kishi" in reply.title
    nothing = await ask("/who Qqqqqq")
    assert nothing.title.startswith("No one named 'Qqqqqq'")


async def test_who_needs_a_name(ask: Ask) -> None:
    reply = await ask("/who")
    assert reply.kind == "error"
    assert reply.title == "/who needs name. Usage: /who NAME"


# -- /topics, /quotes, /search, /brief ------------------------------------------------------------


async def test_topics_groups_agenda_and_threats_with_definitions(ask: Ask) -> None:
    reply = await ask("/topics")
    assert reply.title == "Topics: US-Japan 2+2 security talks"
    agenda = field(reply, "Agenda")
    assert "extended deterrence — the US reassures Japan" in agenda
    assert "defence industry integration" in agenda
    assert field(reply, "Threats named") == "China"
    assert reply.footer is not None and "seeds/us-japan-2plus2.txt" in reply.footer


async def test_quotes_of_one_person_and_of_everyone(ask: Ask, deps: Deps) -> None:
    mine = await ask("/quotes emanuel")
    assert mine.title == "Quotes: Rahm Emanuel"
    assert len(mine.fields) == 2 and all(f.name == "Rahm Emanuel" for f in mine.fields)
    everyone = await ask("/quotes")
    assert everyone.title == "Latest quotes"
    assert "actively projecting its power" in plain(everyone.fields[0].value + everyone.fields[1].value)
    none = await ask("/quotes kamikawa")
    assert none.description == ["No quotes found in the briefings."]


async def test_search_returns_sentences_with_their_source_best_first(ask: Ask) -> None:
    reply = await ask("/search nuclear deterrence")
    assert reply.title == "Search: nuclear deterrence"
    first = reply.fields[0]
    assert first.name.startswith("1. US and Japan to hold 2+2 security talks")
    assert "Central to the talks will be the concept of extended deterrence" in plain(first.value)
    assert reply.footer is not None and "seeds/us-japan-2plus2.txt" in reply.footer


@pytest.mark.parametrize("query", ['"', "NEAR(", "a*", "-x OR", "'; drop table"])
async def test_search_survives_hostile_input(ask: Ask, query: str) -> None:
    reply = await ask(f"/search {query}")
    assert "Something went wrong" not in reply.title


async def test_search_with_no_hits_says_so(ask: Ask) -> None:
    reply = await ask("/search xylophones")
    assert reply.title == "Nothing found for 'xylophones'."


async def test_brief_summarises_the_latest_briefing_with_warnings(deps: Deps) -> None:
    first = await dispatch(deps, "brief", {}, Context())
    assert first.title == "US and Japan to hold 2+2 security talks on July 28"
    assert field(first, "People").startswith("6: Antony Blinken")
    assert "US-Japan 2+2 security talks — Sunday, July 28, 2024" in field(first, "Main event")
    assert "year not stated in the source" in field(first, "Main event")
    deps.store.ingest(
        other_briefing(
            "late.txt",
            [],
            title="Port strike ends",
            published=date(2024, 8, 1),
            warnings=["no date found", "no people found"],
        ),
        "late",
    )
    latest = await dispatch(deps, "brief", {}, Context())
    assert latest.title == "Port strike ends"
    assert "No date found" in field(latest, "Warnings") and "No people found" in field(latest, "Warnings")
    assert field(latest, "Main event") == "No main event found in the source"
    named = await dispatch(deps, "brief", {"briefing": "security talks"}, Context())
    assert named.title == first.title
    assert named.footer is not None and named.footer.startswith("Source: ")


async def test_brief_with_an_empty_store_says_how_to_ingest(empty_deps: Deps) -> None:
    reply = await dispatch(empty_deps, "brief", {}, Context())
    assert "briefbot ingest" in render_text(reply)


# -- /help, dispatch, private, errors ---------------------------------------------------------------


async def test_help_lists_every_command_with_usage_and_options(ask: Ask) -> None:
    reply = await ask("/help")
    text = render_text(reply)
    for spec in COMMANDS:
        assert any(f.name.startswith(f"/{spec.name}") for f in reply.fields), spec.name
        assert spec.description in text
        for opt in spec.all_options:
            assert f"{opt.name} ({opt.type}" in text
    one = await ask("/help who")
    assert [f.name for f in one.fields] == ["/who NAME"]


async def test_private_makes_the_answer_ephemeral(ask: Ask, deps: Deps) -> None:
    assert (await ask("/who kamikawa private")).ephemeral is True
    assert (await ask("/who kamikawa")).ephemeral is False
    typed = await dispatch(deps, "talks", {"private": True}, Context(platform="discord"))
    assert typed.ephemeral is True and typed.kind == "info"
    assert (await dispatch(deps, "talks", {"private": "false"}, Context())).ephemeral is False


async def test_unknown_command_names_it_and_points_to_help(ask: Ask) -> None:
    reply = await ask("/frobnicate now")
    assert reply.kind == "error"
    assert reply.title == "Unknown command '/frobnicate'. Try /help to see the commands."


async def test_bad_options_are_one_line_errors(deps: Deps) -> None:
    unknown = await dispatch(deps, "who", {"name": "kamikawa", "colour": "red"}, Context())
    assert unknown.kind == "error" and "takes no option 'colour'" in unknown.title
    long = await dispatch(deps, "who", {"name": "x" * 500}, Context())
    assert long.kind == "error" and "too long" in long.title
    flag = await dispatch(deps, "talks", {"private": "perhaps"}, Context())
    assert flag.kind == "error" and "private must be true or false" in flag.title
    extra = await dispatch(deps, "help", {"text": "a b"}, Context())
    assert extra.kind == "error"


def test_validate_converts_declared_types() -> None:
    async def nothing(_deps: Deps, args: dict[str, Any], ctx: Context) -> Reply:
        return Reply(title="ok")

    spec = CommandSpec(
        "count", "test", nothing, options=(Option("n", "a number", type="integer", required=True),)
    )
    assert validate(spec, {"n": " 42 ", "private": "yes"}) == {"n": 42, "private": True}
    with pytest.raises(UsageError, match="n must be a whole number, not 'many'"):
        validate(spec, {"n": "many"})
    with pytest.raises(UsageError, match="needs n"):
        validate(spec, {})


class BrokenStore:
    """A store whose lookups fail, as a lost database connection would."""

    def find_people(self, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("database is gone")

    def find_people_brief(self, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("database is gone")

    def person_names(self, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("database is gone")


async def test_an_unexpected_failure_is_logged_and_answered_politely(
    caplog: pytest.LogCaptureFixture,
) -> None:
    broken = Deps(store=BrokenStore(), settings=make_settings(), now=lambda: NOW)  # type: ignore[arg-type]
    with caplog.at_level(logging.ERROR):
        reply = await dispatch(broken, "who", {"name": "anyone"}, Context())
    assert reply.kind == "error"
    assert reply.title == "Something went wrong answering /who; the error was logged."
    assert "database is gone" in caplog.text
    assert await complete(broken, "person", "a") == []


# -- autocomplete and parsing ---------------------------------------------------------------------


async def test_complete_offers_names_titles_and_events(deps: Deps, store: Store) -> None:
    assert "Yoko Kamikawa" in await complete(deps, "person", "Yo")
    assert "US-Japan 2+2 security talks" in await complete(deps, "event", "2+2")
    title = "US and Japan to hold 2+2 security talks on July 28"
    assert await complete(deps, "briefing", "US and") == [title]
    assert await complete(deps, "nonsense", "x") == []
    many = [(f"Person Number{i:02d}", "Envoy", "Peru") for i in range(40)]
    store.ingest(other_briefing("many.txt", many), "many")
    assert len(await complete(deps, "person", "Person")) == 25


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("/who yoko kamikawa", ("who", {"name": "yoko kamikawa"})),
        ("/WHO   Kamikawa  ", ("who", {"name": "Kamikawa"})),
        ("/who kamikawa private", ("who", {"name": "kamikawa", "private": True})),
        ("/talks event:2+2 talks", ("talks", {"event": "2+2 talks"})),
        (
            "/quotes person:Rahm Emanuel private:true",
            ("quotes", {"person": "Rahm Emanuel", "private": "true"}),
        ),
        ("/search time: 10:00", ("search", {"query": "time: 10:00"})),
        ("/talks", ("talks", {})),
        ("", ("", {})),
        ("/mystery a b", ("mystery", {"text": "a b"})),
        ("/help a b", ("help", {"command": "a b"})),
    ],
)
def test_parse_line(line: str, expected: tuple[str, dict[str, Any]]) -> None:
    assert parse_line(line) == expected


def test_free_words_fill_several_string_options_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.commands import parse

    async def nothing(_deps: Deps, args: dict[str, Any], ctx: Context) -> Reply:
        return Reply(title="ok")

    two = CommandSpec("pair", "test", nothing, options=(Option("action", "a"), Option("leads", "b")))
    monkeypatch.setattr(parse, "find", lambda name: two)
    assert parse_line("/pair on 7d, 1d") == ("pair", {"action": "on", "leads": "7d, 1d"})
    assert parse_line("/pair list") == ("pair", {"action": "list"})
    assert parse_line("/pair on leads:1h") == ("pair", {"leads": "1h", "action": "on"})


def test_find_accepts_slash_and_any_case() -> None:
    spec = find("/WHO")
    assert spec is not None and spec.name == "who"
    assert find("nope") is None


def test_every_command_has_a_private_option_and_a_handler_module_named_after_it() -> None:
    for spec in COMMANDS:
        assert spec.all_options[-1].name == "private"
        module = spec.handler.__module__.rsplit(".", 1)[-1]
        assert module == spec.name, spec.name


async def test_undated_main_event_is_reported_in_brief(empty_deps: Deps) -> None:
    undated = Event(name="Harbour conference", kind="main", evidence=EV)
    empty_deps.store.ingest(other_briefing("u.txt", [], events=[undated]), "u")
    reply = await dispatch(empty_deps, "brief", {}, Context())
    assert "No date found in the source" in field(reply, "Main event")
