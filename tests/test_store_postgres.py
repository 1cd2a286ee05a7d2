"""PostgreSQL specifics: the tsvector index, websearch syntax, concurrent writers, isolation.

The core behaviours (ingest, idempotence, replace, fuzzy names, upcoming events, search) run on both
backends in tests/test_store.py through the `any_store` fixture; these need BRIEFBOT_TEST_DATABASE_URL
(e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test) and skip, saying so, when it is unset.
"""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text

from briefings.models import Briefing, Evidence, Person
from briefings.store import Store, StoreError

EV = Evidence(sentence=0, start=0, end=4, text="Some sentence.")


def briefing(source: str, names: list[str], published: date = date(2025, 3, 1)) -> Briefing:
    """A small hand-built briefing naming `names`."""
    return Briefing(
        title=f"About {source}",
        source=source,
        published=published,
        reference_date=published,
        text=f"{' and '.join(names)} will meet. They discuss harbour tariffs.",
        people=[Person(name=n, role="Envoy", country="Chile", evidence=EV) for n in names],
    )


def test_full_text_index_is_a_generated_tsvector_with_gin(pg_store: Store, seed_briefing: Briefing) -> None:
    pg_store.ingest(seed_briefing, "h")
    with pg_store.engine.connect() as conn:
        generated = conn.scalar(
            text(
                "SELECT is_generated FROM information_schema.columns"
                " WHERE table_schema = current_schema() AND table_name = 'sentences' AND column_name = 'tsv'"
            )
        )
        index = conn.scalar(
            text(
                "SELECT indexdef FROM pg_indexes"
                " WHERE schemaname = current_schema() AND indexname = 'ix_sentences_tsv'"
            )
        )
    assert generated == "ALWAYS"
    assert index is not None and "gin" in index.lower()


def test_each_test_gets_its_own_schema(pg_store: Store) -> None:
    with pg_store.engine.connect() as conn:
        schema = conn.scalar(text("SELECT current_schema()"))
        tables = set(
            conn.scalars(
                text("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
            )
        )
    assert schema is not None and schema.startswith("t_")
    assert {"briefings", "people", "events", "sentences", "meta"} <= tables


def test_datetimes_come_back_aware_utc(pg_store: Store, seed_briefing: Briefing) -> None:
    pg_store.ingest(seed_briefing, "h")
    (view,) = pg_store.briefings()
    assert view.ingested_at.utcoffset() is not None
    (talks,) = pg_store.upcoming_events(datetime(2024, 7, 1, tzinfo=UTC))
    timed = talks.side_meetings[1]
    assert timed.start is not None and timed.start.astimezone(UTC) == datetime(2024, 7, 28, 6, tzinfo=UTC)


def test_concurrent_writers_share_one_person(pg_store: Store) -> None:
    """Two processes (two engines) ingesting at once must not duplicate or fail on a shared new person."""
    other = Store(pg_store.engine.url.render_as_string(hide_password=False))
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def work(store: Store, prefix: str) -> None:
        barrier.wait()
        try:
            for i in range(8):
                store.ingest(
                    briefing(f"{prefix}-{i}.txt", ["Marta Quispe", f"Visitor {prefix}{i}"]), f"{prefix}{i}"
                )
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(s, p)) for s, p in ((pg_store, "a"), (other, "b"))]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    other.close()
    assert errors == []
    counts = pg_store.counts()
    assert counts["briefings"] == 16
    assert counts["people"] == 17
    assert [m.person.name for m in pg_store.find_people("quispe")] == ["Marta Quispe"]


def test_unreachable_server_is_one_line() -> None:
    with pytest.raises(StoreError) as err:
        Store("postgresql+psycopg://postgres@127.0.0.1:1/nowhere?connect_timeout=2")
    assert "\n" not in str(err.value)
    assert str(err.value).startswith("cannot prepare database")
