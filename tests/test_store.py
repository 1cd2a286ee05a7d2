"""The store's behaviour on both backends (`any_store`), and SQLite-only details (`store`)."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from briefings import writer
from briefings.models import Briefing, Event, Quote
from briefings.names import name_key
from briefings.store import Store, StoreError

from .store_helpers import EV, meeting, small_briefing


def test_ingest_is_idempotent_and_replaces_on_new_content(any_store: Store, seed_briefing: Briefing) -> None:
    first = any_store.ingest(seed_briefing, "hash-1")
    assert first.status == "added"
    before = any_store.counts()
    assert before == {"briefings": 1, "people": 6, "events": 3, "quotes": 2, "topics": 3}
    stamp = any_store.briefings()[0].ingested_at

    again = any_store.ingest(seed_briefing, "hash-1")
    assert (again.status, again.briefing_id) == ("unchanged", first.briefing_id)
    assert any_store.counts() == before
    assert any_store.briefings()[0].ingested_at == stamp  # no write happened

    edited = seed_briefing.model_copy(update={"title": "Edited title", "quotes": seed_briefing.quotes[:1]})
    replaced = any_store.ingest(edited, "hash-2")
    assert (replaced.status, replaced.briefing_id) == ("replaced", first.briefing_id)
    assert any_store.counts() == {**before, "quotes": 1}
    assert [b.title for b in any_store.briefings()] == ["Edited title"]


def test_same_content_under_another_source_is_a_second_briefing_with_shared_people(
    any_store: Store, seed_briefing: Briefing
) -> None:
    any_store.ingest(seed_briefing, "same")
    copy = seed_briefing.model_copy(update={"source": "elsewhere/copy.txt"})
    assert any_store.ingest(copy, "same").status == "added"
    counts = any_store.counts()
    assert counts["briefings"] == 2
    assert counts["people"] == 6  # one person across briefings is one person


def test_one_person_across_briefings_takes_the_latest_role(any_store: Store) -> None:
    old = small_briefing("a.txt", [("José Ramírez", "Trade Minister", "Mexico")], published=date(2025, 1, 5))
    new = small_briefing(
        "b.txt", [("Dr. Jose R. Ramirez", "Foreign Minister", "Mexico")], published=date(2025, 2, 5)
    )
    # ingest the newer article first: "latest" means the briefing's date, not ingest order
    any_store.ingest(new, "n")
    any_store.ingest(old, "o")
    assert any_store.counts()["people"] == 1
    (match,) = any_store.find_people("ramirez")
    assert match.person.role == "Foreign Minister"
    assert match.person.source.source == "b.txt"
    assert "Dr. Jose R. Ramirez" in match.person.aliases or match.person.name == "Dr. Jose R. Ramirez"


def test_orphan_people_go_when_their_only_briefing_is_replaced_or_removed(
    any_store: Store, seed_briefing: Briefing
) -> None:
    any_store.ingest(seed_briefing, "1")
    any_store.ingest(small_briefing("other.txt", [("Yoko Kamikawa", "Foreign Minister", "Japan")]), "x")
    fewer = seed_briefing.model_copy(
        update={"people": [p for p in seed_briefing.people if p.name != "Rahm Emanuel"], "quotes": []}
    )
    any_store.ingest(fewer, "2")
    assert any_store.find_people("Rahm Emanuel") == []
    assert any_store.counts()["people"] == 5

    assert any_store.remove(seed_briefing.source) is True
    assert any_store.remove(seed_briefing.source) is False
    assert [m.person.name for m in any_store.find_people("kamikawa")] == ["Yoko Kamikawa"]
    assert any_store.counts() == {"briefings": 1, "people": 1, "events": 0, "quotes": 0, "topics": 0}


# -- people ---------------------------------------------------------------------------------------


def test_name_key_folds_case_accents_honorifics_and_middle_initials() -> None:
    assert name_key("Dr. José  R. Ramírez") == name_key("jose ramirez") == "jose ramirez"
    assert name_key("Ms. Zoë O'Neil") == "zoe oneil"


def test_name_index_follows_changes_made_by_another_process(tmp_path: Path, seed_briefing: Briefing) -> None:
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    reader, writer_store = Store(url), Store(url)
    try:
        assert reader.find_people("kamikawa") == []
        writer_store.ingest(seed_briefing, "h")
        assert [m.person.name for m in reader.find_people("kamikawa")] == ["Yoko Kamikawa"]
        writer_store.remove(seed_briefing.source)
        assert reader.find_people("kamikawa") == []
    finally:
        reader.close()
        writer_store.close()


def test_person_detail_lists_meetings_with_whom_and_quotes(any_store: Store, seed_briefing: Briefing) -> None:
    any_store.ingest(seed_briefing, "h")
    kamikawa = any_store.find_people("kamikawa")[0].person
    detail = any_store.person_detail(kamikawa.id)
    assert detail is not None
    meetings = {e.name: [p.name for p in e.participants] for e in detail.events}
    assert meetings["Blinken–Kamikawa bilateral meeting"] == ["Antony Blinken", "Yoko Kamikawa"]
    assert "Nobuo Kishi" in meetings["US-Japan 2+2 security talks"]

    emanuel = any_store.find_people("emanuel")[0].person
    detail = any_store.person_detail(emanuel.id)
    assert detail is not None
    assert len(detail.quotes) == 2
    assert all(q.speaker == "Rahm Emanuel" for q in detail.quotes)
    assert any_store.person_detail(99_999) is None


def test_conflicts_reach_the_person_they_name(store: Store, seed_briefing: Briefing) -> None:
    store.ingest(seed_briefing, "h")
    assert store.find_people("kishi")[0].person.conflicts == ["example conflict naming one person"]
    assert store.find_people("kamikawa")[0].person.conflicts == []


# -- events ---------------------------------------------------------------------------------------


def test_upcoming_main_event_carries_side_meetings_topics_and_roles(
    any_store: Store, seed_briefing: Briefing
) -> None:
    any_store.ingest(seed_briefing, "h")
    (talks,) = any_store.upcoming_events(datetime(2024, 7, 20, tzinfo=UTC))
    assert talks.kind == "main"
    assert talks.date == date(2024, 7, 28)
    assert talks.start is None  # all-day
    assert {p.name: p.role for p in talks.participants}["Yoko Kamikawa"] == "Foreign Minister"
    assert [s.kind for s in talks.side_meetings] == ["bilateral", "trilateral"]
    trilateral = talks.side_meetings[1]
    assert trilateral.start == datetime(2024, 7, 28, 6, 0, tzinfo=UTC)
    assert trilateral.others == ["Japanese counterpart", "South Korean counterpart"]
    assert "extended deterrence" in [t.name for t in talks.topics]
    assert talks.source.source == seed_briefing.source
    assert len(any_store.upcoming_events(datetime(2024, 7, 20, tzinfo=UTC), kind=None)) == 3


def test_upcoming_uses_the_venue_local_date(any_store: Store, seed_briefing: Briefing) -> None:
    any_store.ingest(seed_briefing, "h")
    # 14:00 UTC on the 28th is 23:00 in Tokyo: still the event's day there
    assert any_store.upcoming_events(datetime(2024, 7, 28, 14, 0, tzinfo=UTC))
    # 16:00 UTC is 01:00 on the 29th in Tokyo: over, though still the 28th in UTC
    assert any_store.upcoming_events(datetime(2024, 7, 28, 16, 0, tzinfo=UTC)) == []


def test_upcoming_orders_by_start_and_skips_undated(any_store: Store) -> None:
    now = datetime(2025, 5, 1, 12, tzinfo=UTC)
    any_store.ingest(
        small_briefing(
            "late.txt",
            [("Ana Lopez", None, None)],
            events=[meeting("Late summit", date(2025, 6, 1), ["Ana Lopez"])],
        ),
        "1",
    )
    any_store.ingest(
        small_briefing(
            "soon.txt",
            [("Ben Okafor", None, None)],
            events=[meeting("Soon forum", date(2025, 5, 3), ["Ben Okafor"], tz="America/New_York")],
        ),
        "2",
    )
    any_store.ingest(
        small_briefing(
            "undated.txt", [("Cai Wen", None, None)], events=[meeting("Someday talks", None, ["Cai Wen"])]
        ),
        "3",
    )
    any_store.ingest(
        small_briefing(
            "past.txt",
            [("Dee Ray", None, None)],
            events=[meeting("Old talks", date(2025, 4, 1), ["Dee Ray"])],
        ),
        "4",
    )
    assert [e.name for e in any_store.upcoming_events(now)] == ["Soon forum", "Late summit"]
    assert [e.name for e in any_store.upcoming_events(now, limit=1)] == ["Soon forum"]
    found = any_store.find_events("summit", now)
    assert found and found[0].name == "Late summit"
    assert any_store.event_names("so") == ["Someday talks", "Soon forum"]
    assert any_store.event_names("forum") == ["Soon forum"]


def test_a_long_event_stays_upcoming_until_its_last_day(any_store: Store) -> None:
    week = meeting("Week-long conference", date(2025, 5, 1), ["Ana Lopez"], end_date=date(2025, 5, 7))
    day = meeting("One-day forum", date(2025, 5, 2), ["Ana Lopez"])
    any_store.ingest(small_briefing("conf.txt", [("Ana Lopez", None, None)], events=[week, day]), "1")
    assert [e.name for e in any_store.upcoming_events(datetime(2025, 5, 5, tzinfo=UTC))] == [
        "Week-long conference"
    ]
    both = any_store.upcoming_events(datetime(2025, 4, 30, tzinfo=UTC))
    assert [e.name for e in both] == ["Week-long conference", "One-day forum"]
    assert any_store.upcoming_events(datetime(2025, 5, 8, 1, tzinfo=UTC)) == []


def test_get_event_and_topics(store: Store, seed_briefing: Briefing) -> None:
    outcome = store.ingest(seed_briefing, "h")
    (talks,) = store.upcoming_events(datetime(2024, 7, 1, tzinfo=UTC))
    same = store.get_event(talks.id)
    assert same is not None and [s.name for s in same.side_meetings] == [s.name for s in talks.side_meetings]
    assert store.get_event(123456) is None
    assert [t.name for t in store.topics(event_id=talks.id)] == [t.name for t in seed_briefing.topics]
    assert len(store.topics(briefing_id=outcome.briefing_id)) == 3
    assert store.topics(event_id=999) == []


# -- transactions ---------------------------------------------------------------------------------


def test_a_failing_ingest_leaves_the_store_as_it_was(
    any_store: Store, seed_briefing: Briefing, monkeypatch: pytest.MonkeyPatch
) -> None:
    any_store.ingest(seed_briefing, "h1")
    before = any_store.counts()

    def explode(*_args: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(writer, "refresh_people", explode)
    other = small_briefing("new.txt", [("Ivan Petrov", "Envoy", "Bulgaria")])
    with pytest.raises(StoreError, match=re.escape("could not store 'new.txt': disk on fire")):
        any_store.ingest(other, "x")
    edited = seed_briefing.model_copy(update={"quotes": [], "title": "Broken edit"})
    with pytest.raises(StoreError):
        any_store.ingest(edited, "h2")
    monkeypatch.undo()

    assert any_store.counts() == before
    assert [b.title for b in any_store.briefings()] == [seed_briefing.title]
    assert any_store.find_people("petrov") == []
    assert any_store.search("deterrence")


def test_a_quote_by_an_unknown_speaker_is_kept_without_a_person(store: Store) -> None:
    b = small_briefing("q.txt", [("Lea Stone", None, None)])
    b.quotes = [Quote(speaker="Someone Else", text="We will see.", evidence=EV)]
    store.ingest(b, "h")
    (q,) = store.quotes()
    assert (q.speaker, q.speaker_id) == ("Someone Else", None)


# -- set-up and time ----------------------------------------------------------------------------


def test_sqlite_file_parent_is_created_and_bad_urls_are_one_line(tmp_path: Path) -> None:
    s = Store(f"sqlite:///{tmp_path / 'deep' / 'er' / 'b.db'}")
    s.close()
    assert (tmp_path / "deep" / "er" / "b.db").exists()
    for bad in ("nonsense://", "sqlite:////proc/no-such-dir/b.db"):
        with pytest.raises(StoreError) as err:
            Store(bad)
        assert "\n" not in str(err.value)


def test_event_times_are_stored_in_utc_for_all_day_and_timed_events() -> None:
    day = writer.event_times(Event(name="x", date=date(2025, 1, 10), timezone="Asia/Tokyo", evidence=EV))
    assert day[0] is None
    assert day[1] == datetime(2025, 1, 9, 15, tzinfo=UTC)
    assert day[2] == day[1] + timedelta(days=1)
    bad_zone = writer.event_times(Event(name="x", date=date(2025, 1, 10), timezone="Mars/Base", evidence=EV))
    assert bad_zone[1] == datetime(2025, 1, 10, tzinfo=UTC)
    assert writer.event_times(Event(name="x", evidence=EV)) == (None, None, None)


def test_a_replaced_briefing_is_searched_by_its_new_text_only(any_store: Store) -> None:
    old = small_briefing("r.txt", [], text="Fisheries are on the agenda. Ports too.")
    any_store.ingest(old, "1")
    assert [h.text for h in any_store.search("fisheries")] == ["Fisheries are on the agenda."]
    new = small_briefing("r.txt", [], text="Grain exports are on the agenda. Ports too.")
    assert any_store.ingest(new, "2").status == "replaced"
    assert any_store.search("fisheries") == []
    assert [h.text for h in any_store.search("grain")] == ["Grain exports are on the agenda."]
    assert len(any_store.search("ports")) == 1


def test_a_database_from_before_batched_indexing_indexes_each_sentence_once(tmp_path: Path) -> None:
    """Databases made by the per-row insert trigger lose it on open, so no sentence is indexed twice."""
    url = f"sqlite:///{tmp_path / 'old.db'}"
    Store(url).close()
    with sqlite3.connect(tmp_path / "old.db") as conn:
        conn.execute(
            "CREATE TRIGGER sentences_fts_ai AFTER INSERT ON sentences BEGIN"
            " INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text); END"
        )
    s = Store(url)
    try:
        s.ingest(small_briefing("a.txt", [], text="Fisheries are on the agenda. Ports too."), "1")
        assert len(s.search("fisheries")) == 1
        with s.engine.connect() as conn:  # FTS5 compares its index with the sentences table
            check = "INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1)"
            conn.exec_driver_sql(check)
    finally:
        s.close()
