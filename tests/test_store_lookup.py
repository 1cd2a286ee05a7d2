"""Store lookups: people by name, events and briefings by name, full-text search, autocomplete."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from briefings import rawreads, reads
from briefings import schema as t
from briefings.cache import REVISION_TTL
from briefings.models import Briefing, EventView
from briefings.store import _UPCOMING, DETAIL_LIMIT, Store
from briefings.writer import MULTI_DAY

from .conftest import ROOT
from .store_helpers import meeting, small_briefing


@pytest.mark.parametrize(
    "query", ["kamikawa", "Kamikawa", "Yoko", "kamikwa", "Yoko Kamikawa", "KAMIKAWA yoko"]
)
def test_find_people_by_surname_given_name_and_typo(
    any_store: Store, seed_briefing: Briefing, query: str
) -> None:
    any_store.ingest(seed_briefing, "h")
    matches = any_store.find_people(query)
    assert matches, query
    assert matches[0].person.name == "Yoko Kamikawa"
    assert matches[0].person.role == "Foreign Minister"
    assert matches[0].person.country == "Japan"


def test_find_people_rules_say_how_they_matched(store: Store, seed_briefing: Briefing) -> None:
    store.ingest(seed_briefing, "h")
    assert store.find_people("Yoko Kamikawa")[0].how == "exact"
    assert store.find_people("kamikawa")[0].how == "surname"
    assert store.find_people("yoko")[0].how == "given"
    assert store.find_people("kamik")[0].how == "prefix"
    assert store.find_people("kamikwa")[0].how == "fuzzy"
    assert store.find_people("Zbigniew Nobody") == []
    assert store.find_people("   ") == []


def test_shared_surname_gives_several_equal_matches(any_store: Store) -> None:
    any_store.ingest(
        small_briefing("k.txt", [("Anna Kim", "Envoy", "South Korea"), ("David Kim", None, None)]), "k"
    )
    matches = any_store.find_people("kim")
    assert sorted(m.person.name for m in matches) == ["Anna Kim", "David Kim"]
    assert len({m.score for m in matches}) == 1


def test_typos_are_found_in_a_large_vocabulary(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past FULL_SCAN_WORDS name words, typo search uses one-deletion variants instead of a full scan."""
    from briefings import name_words

    monkeypatch.setattr(name_words, "FULL_SCAN_WORDS", 0)
    people = [
        ("Yoko Kamikawa", "Foreign Minister", "Japan"),
        ("Ana Lopez", None, None),
        ("Ben Okafor", None, None),
    ]
    store.ingest(small_briefing("n.txt", people), "1")
    for typo, want in [
        ("kamikwa", "Yoko Kamikawa"),
        ("kamikawaa", "Yoko Kamikawa"),
        ("kaimkawa", "Yoko Kamikawa"),
        ("okafr", "Ben Okafor"),
        ("Ana Lopes", "Ana Lopez"),
    ]:
        found = store.find_people(typo)
        assert found and found[0].person.name == want and found[0].how == "fuzzy", typo
    assert store.find_people("zzzzzz") == []


@pytest.mark.parametrize("large", [False, True], ids=["full-scan", "deletion-index"])
def test_find_events_by_name_place_or_typo_upcoming_first(
    store: Store, monkeypatch: pytest.MonkeyPatch, large: bool
) -> None:
    from briefings import name_words

    if large:  # the typo path used once a store has many distinct words
        monkeypatch.setattr(name_words, "FULL_SCAN_WORDS", 0)
    now = datetime(2025, 5, 1, tzinfo=UTC)
    for n, day in enumerate([date(2025, 3, 1), date(2025, 6, 1)]):
        b = small_briefing(
            f"harbour-{n}.txt",
            [("Ana Lopez", None, None)],
            events=[meeting("Harbour Security Dialogue", day, ["Ana Lopez"], place="Valparaiso")],
        )
        store.ingest(b, str(n))
    store.ingest(
        small_briefing(
            "other.txt",
            [("Ben Okafor", None, None)],
            events=[meeting("Grain Corridor Talks", date(2025, 7, 1), ["Ben Okafor"], place="Odesa")],
        ),
        "x",
    )
    for query in [
        "harbour security dialogue",
        "Harbour",
        "valparaiso",
        "harbuor dialogue",
        "Security Dialog",
    ]:
        found = store.find_events(query, now)
        assert found, query
        assert found[0].name == "Harbour Security Dialogue" and found[0].date == date(2025, 6, 1), query
    assert [e.date for e in store.find_events("harbour", now)] == [date(2025, 6, 1), date(2025, 3, 1)]
    assert store.find_events("grain odesa", now)[0].name == "Grain Corridor Talks"
    assert store.find_events("qqqq zzzz", now) == []
    assert [e.name for e in store.find_events("", now, limit=1)] == ["Harbour Security Dialogue"]


def test_find_briefing_by_title_words_or_source(store: Store, seed_briefing: Briefing) -> None:
    store.ingest(seed_briefing, "h")
    store.ingest(small_briefing("notes/grain-corridor.txt", [], title="Grain corridor reopens"), "g")
    for query in ["security talks", "US Japan talks", "us-japan-2plus2", seed_briefing.source]:
        found = store.find_briefing(query)
        assert found is not None and found.title == seed_briefing.title, query
    grain = store.find_briefing("grian corridor")
    assert grain is not None and grain.source == "notes/grain-corridor.txt"
    assert store.find_briefing("zzzz qqqq") is None


# -- search ---------------------------------------------------------------------------------------


def test_search_finds_the_sentence_and_its_source(any_store: Store, seed_briefing: Briefing) -> None:
    any_store.ingest(seed_briefing, "h")
    hits = any_store.search("deterrence")
    assert hits and "extended deterrence" in hits[0].text
    assert hits[0].source.source == seed_briefing.source
    start, end = hits[0].evidence.start, hits[0].evidence.end
    assert seed_briefing.text[start:end] == hits[0].text
    assert any_store.search("command structure")[0].text.startswith("He elaborated")


def test_search_phrases_exclusions_or_and_stemming(any_store: Store, seed_briefing: Briefing) -> None:
    any_store.ingest(seed_briefing, "h")
    (phrase,) = any_store.search('"extended deterrence"')
    assert "extended deterrence" in phrase.text
    assert phrase.rank > 0
    assert any_store.search("deterrence -nuclear") == []  # the only such sentence also says "nuclear"
    assert len(any_store.search("deterrence or elaborated")) == 2
    assert any_store.search("discussion")  # stems match "discussions"
    # no sentence has all three words: a plain query then takes any of them
    assert any_store.search("deterrence zzzyzx qqqwv")
    assert any_store.search('"deterrence zzzyzx"') == []


@pytest.mark.parametrize(
    "hostile",
    [
        '"',
        "*",
        "NEAR(",
        "-",
        "alliance NEAR(",
        '"unterminated',
        "a OR",
        "((",
        "",
        "  ",
        "'; DROP TABLE sentences; --",
        "^*:-()",
        "\x00",
        "ünïcödé",
    ],
)
def test_search_never_errors_on_hostile_input(
    any_store: Store, seed_briefing: Briefing, hostile: str
) -> None:
    any_store.ingest(seed_briefing, "h")
    assert isinstance(any_store.search(hostile), list)
    assert any_store.search("alliance")  # the table is still there


def test_search_with_no_sentences_given_splits_the_text(store: Store) -> None:
    b = small_briefing(
        "plain.txt", [], text="Leaders gather in the harbour city. Fisheries are on the agenda."
    )
    store.ingest(b, "h")
    (hit,) = store.search("fisheries")
    assert hit.text == "Fisheries are on the agenda."
    assert hit.evidence.sentence == 1


def test_briefing_views_and_autocomplete(any_store: Store, seed_briefing: Briefing) -> None:
    outcome = any_store.ingest(seed_briefing, "h")
    full = any_store.get_briefing(outcome.briefing_id)
    assert full is not None
    assert len(full.people) == 6 and len(full.events) == 3 and len(full.quotes) == 2
    assert full.conflicts[0].people == ["Nobuo Kishi"]
    assert any_store.find_briefing("security talks") is not None
    assert any_store.find_briefing("qqqqzzzz") is None
    assert "Yoko Kamikawa" in any_store.person_names("kam")
    assert "Yoko Kamikawa" in any_store.person_names("yo")
    assert any_store.briefing_titles("us and") == [seed_briefing.title]
    assert len(any_store.person_names("", limit=3)) == 3


def test_find_events_puts_events_not_yet_over_first(any_store: Store) -> None:
    """A week-long meeting that began before now is still upcoming; a one-day one last week is not."""
    now = datetime(2025, 5, 5, 12, tzinfo=UTC)
    events = [
        meeting("Harbour conference", date(2025, 5, 1), ["Ana Lopez"], end_date=date(2025, 5, 7)),
        meeting("Harbour forum", date(2025, 5, 3), ["Ana Lopez"]),
        meeting("Harbour talks", date(2025, 6, 1), ["Ana Lopez"]),
        meeting("Harbour dialogue", date(2025, 5, 5), ["Ana Lopez"], tz="Pacific/Kiritimati"),
    ]
    any_store.ingest(small_briefing("h.txt", [("Ana Lopez", None, None)], events=events), "h")
    # 12:00 UTC on the 5th is already the 6th at UTC+14: that dialogue is over there
    found = [e.name for e in any_store.find_events("harbour", now, limit=10)]
    assert found == ["Harbour conference", "Harbour talks", "Harbour forum", "Harbour dialogue"]
    assert [e.name for e in any_store.find_events("harbour", now, limit=1)] == ["Harbour conference"]


def test_autocomplete_takes_word_starts_before_other_matches(any_store: Store) -> None:
    titles = ["Grain corridor reopens", "Corridor talks", "Rain in port"]
    for n, title in enumerate(titles):
        any_store.ingest(small_briefing(f"t{n}.txt", [("Yoko Kamikawa", None, None)], title=title), str(n))
    assert any_store.briefing_titles("rain") == ["Rain in port", "Grain corridor reopens"]
    assert any_store.briefing_titles("corr") == ["Corridor talks", "Grain corridor reopens"]
    assert any_store.briefing_titles("corr", limit=1) == ["Corridor talks"]
    assert any_store.person_names("amik") == ["Yoko Kamikawa"]  # inside the name, not at a word start
    assert any_store.person_names("zzz") == []


# -- read caches and the SQLite fast path --------------------------------------------------------


class FrozenClock:
    """A monotonic clock that moves only when told to."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_writes_by_this_process_are_seen_at_once(tmp_path: Path) -> None:
    """Any Store of this process writing to the database makes every other one re-read the revision."""
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    clock = FrozenClock()  # never advances: only this process's own writes can refresh the reader
    reader, writer_store = Store(url, clock=clock), Store(url)
    try:
        assert reader.find_people("quispe") == [] and reader.person_names("quis") == []
        writer_store.ingest(small_briefing("q.txt", [("Marta Quispe", "Envoy", "Peru")]), "1")
        (match,) = reader.find_people("quispe")
        assert match.person.role == "Envoy" and reader.person_names("quis") == ["Marta Quispe"]
        detail = reader.person_detail(match.person.id)
        assert detail is not None and detail.person.role == "Envoy"
        writer_store.ingest(small_briefing("q.txt", [("Marta Quispe", "Minister", "Peru")]), "2")
        assert [m.person.role for m in reader.find_people("quispe")] == ["Minister"]
        detail = reader.person_detail(match.person.id)
        assert detail is not None and detail.person.role == "Minister"
        writer_store.remove("q.txt")
        assert reader.find_people("quispe") == []
    finally:
        reader.close()
        writer_store.close()


def test_writes_by_another_process_are_seen_within_the_revision_ttl(tmp_path: Path) -> None:
    """Another process's ingest may go unseen for up to REVISION_TTL seconds, never longer."""
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    clock = FrozenClock()
    reader = Store(url, clock=clock)
    try:
        assert reader.find_people("quispe") == []
        script = (
            "import sys; from briefings.store import Store; from tests.store_helpers import small_briefing; "
            "s = Store(sys.argv[1]); s.ingest(small_briefing('q.txt', [('Marta Quispe', None, None)]), 'q')"
        )
        subprocess.run([sys.executable, "-c", script, url], cwd=ROOT, check=True, timeout=120)
        clock.now += REVISION_TTL / 2
        assert reader.find_people("quispe") == []  # the documented staleness
        clock.now += REVISION_TTL / 2
        assert [m.person.name for m in reader.find_people("quispe")] == ["Marta Quispe"]
    finally:
        reader.close()


def _core_upcoming(store: Store, now: datetime, kind: str | None, limit: int) -> list[EventView]:
    """Store.upcoming_events as read through SQLAlchemy Core (the PostgreSQL path)."""
    recent, ongoing = _UPCOMING[kind is not None]
    params = {"now": now, "floor": now - MULTI_DAY, "kind": kind, "limit": limit}
    with store.engine.connect() as conn:
        rows = {r.id: r for r in conn.execute(recent, params)}
        for r in conn.execute(ongoing, params):
            rows.setdefault(r.id, r)
        ordered = sorted(rows.values(), key=lambda r: (r.sort_utc, r.id))
        return reads.event_views(conn, ordered[:limit])


@pytest.mark.parametrize("chunk", [900, 1], ids=["one-in-list", "chunked"])
def test_sqlite_fast_reads_build_the_same_views_as_core(
    store: Store, seed_briefing: Briefing, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    """The driver-cursor reads of /who and /talks give exactly what the Core statements give."""
    monkeypatch.setattr(rawreads, "CHUNK", chunk)  # long id lists are read in parts
    store.ingest(seed_briefing, "h")
    store.ingest(small_briefing("k.txt", [("Anna Kim", "Envoy", "South Korea")]), "k")
    with store.engine.connect() as conn:
        ids = list(conn.scalars(select(t.people.c.id)))
        core_people = reads.person_views(conn, ids)
        for pid in [*ids, 99_999]:
            core = reads.person_detail(reads.CoreRows(conn), pid, DETAIL_LIMIT)
            assert store.person_detail(pid) == core, pid
    assert len(core_people) == len(ids) == 7
    for match in store.find_people("kamikawa") + store.find_people("kim") + store.find_people("yoko"):
        assert match.person == core_people[match.person.id]
    for now in (datetime(2024, 7, 1, tzinfo=UTC), datetime(2024, 7, 28, 6, 30, tzinfo=UTC)):
        for kind, limit in (("main", 1), (None, 10), (None, 1)):
            fast = store.upcoming_events(now, kind=kind, limit=limit)
            assert fast == _core_upcoming(store, now, kind, limit), (now, kind, limit)
    listed = store.upcoming_events(datetime(2024, 7, 1, tzinfo=UTC), kind=None)
    assert len(listed) == 3
    talks = next(e for e in listed if e.kind == "main")
    assert len(talks.participants) == len({p.person_id for p in talks.participants}) > 1


def _briefs_as_matches(store: Store, query: str) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """(id, name, role, country, score, how) from find_people_brief and from find_people."""
    brief = [(b.id, b.name, b.role, b.country, b.score, b.how) for b in store.find_people_brief(query)]
    full = [
        (m.person.id, m.person.name, m.person.role, m.person.country, m.score, m.how)
        for m in store.find_people(query)
    ]
    return brief, full


def test_find_people_brief_agrees_with_find_people_and_follows_ingests(any_store: Store) -> None:
    """The choice list's names, roles and countries come from the name index, refreshed on each write."""
    any_store.ingest(
        small_briefing(
            "k.txt",
            [("Anna Kim", "Envoy", "South Korea"), ("David Kim", None, None), ("Kim Lee", "Mayor", "Peru")],
        ),
        "k1",
    )
    for query in ["kim", "Kim", "anna", "lee", "ki", "kimm", "Anna Kim", "nobody at all"]:
        brief, full = _briefs_as_matches(any_store, query)
        assert brief == full, query
    assert {b.role for b in any_store.find_people_brief("kim")} >= {"Envoy", None}
    # a new briefing changes Anna Kim's current role and adds another Kim: both show at once
    any_store.ingest(
        small_briefing(
            "k2.txt",
            [("Anna Kim", "Minister", "South Korea"), ("Sora Kim", "Judge", "Japan")],
            published=date(2025, 4, 1),
        ),
        "k2",
    )
    brief, full = _briefs_as_matches(any_store, "kim")
    assert brief == full
    by_name = {name: (role, country) for _, name, role, country, _, _ in brief}
    assert by_name["Anna Kim"] == ("Minister", "South Korea")
    assert by_name["Sora Kim"] == ("Judge", "Japan")
    any_store.remove("k2.txt")
    brief, full = _briefs_as_matches(any_store, "kim")
    assert brief == full and "Sora Kim" not in [b[1] for b in brief]
