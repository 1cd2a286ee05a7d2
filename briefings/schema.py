"""The store's tables (SQLAlchemy Core), a UTC datetime type, and the connection set-up per backend."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Dialect,
    Engine,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.types import TypeDecorator

metadata = MetaData()

JSONType = JSON().with_variant(JSONB(), "postgresql")


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out; SQLite keeps naive UTC text that sorts correctly."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Convert to UTC (naive on SQLite, where the text form must compare lexically)."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value.isoformat()} given to the store; use an aware one")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Return an aware UTC datetime."""
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


meta = Table(
    "meta",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("revision", Integer, nullable=False, default=0),
)

briefings = Table(
    "briefings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source", String(1000), nullable=False, unique=True),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("title", Text, nullable=False),
    Column("published", Date),
    Column("reference_date", Date, nullable=False),
    # coalesce(published, reference_date): what "newest" and "latest mention" order by
    Column("dated", Date, nullable=False, index=True),
    Column("ingested_at", UTCDateTime, nullable=False),
    Column("text", Text, nullable=False, default=""),
    Column("warnings", JSONType, nullable=False, default=list),
    Column("conflicts", JSONType, nullable=False, default=list),
)
# find_briefing's exact-title match (lower(title) = ...) without reading every briefing's text; plain
# DDL because SQLAlchemy cannot reflect an expression index to check for it (same SQL on both backends)
TITLE_LOWER_DDL = "CREATE INDEX IF NOT EXISTS ix_briefings_title_lower ON briefings (lower(title))"

sentences = Table(
    "sentences",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("briefing_id", ForeignKey("briefings.id", ondelete="CASCADE"), nullable=False),
    Column("idx", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    UniqueConstraint("briefing_id", "idx"),
)

people = Table(
    "people",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(300), nullable=False, unique=True),
    Column("name", String(300), nullable=False),
    Column("aliases", JSONType, nullable=False, default=list),
    # the mention in the newest briefing: gives PersonView its role, country, evidence and source
    Column("latest_mention_id", Integer),
)

person_aliases = Table(
    "person_aliases",
    metadata,
    Column("person_id", ForeignKey("people.id", ondelete="CASCADE"), primary_key=True),
    Column("key", String(300), primary_key=True),
    Index("ix_person_aliases_key", "key"),
)

person_mentions = Table(
    "person_mentions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("person_id", ForeignKey("people.id", ondelete="CASCADE"), nullable=False),
    Column("briefing_id", ForeignKey("briefings.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("name", String(300), nullable=False),
    Column("aliases", JSONType, nullable=False, default=list),
    Column("role", Text),
    Column("country", String(200)),
    Column("evidence", JSONType, nullable=False),
    # the briefing's date, copied here so the newest mention of a person is one index lookup
    Column("dated", Date, nullable=False),
    UniqueConstraint("person_id", "briefing_id"),
    Index("ix_person_mentions_latest", "person_id", "dated", "briefing_id"),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("briefing_id", ForeignKey("briefings.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("date", Date),
    Column("end_date", Date),
    Column("start_utc", UTCDateTime),
    Column("all_day", Boolean, nullable=False, default=True),
    Column("timezone", String(100)),
    Column("place", String(300)),
    Column("venue", String(300)),
    Column("others", JSONType, nullable=False, default=list),
    Column("parent_id", ForeignKey("events.id", ondelete="CASCADE"), index=True),
    Column("year_assumed", Boolean, nullable=False, default=False),
    Column("evidence", JSONType, nullable=False),
    # ordering instant: start, or 00:00 of the date in the venue's timezone (None when undated)
    Column("sort_utc", UTCDateTime),
    # the end of the event's last local day: upcoming while now < until_utc
    Column("until_utc", UTCDateTime),
    # spans more than two days: the few events an upcoming query must look for before its time window
    Column("multi_day", Boolean, nullable=False, default=False),
    Index("ix_events_kind_sort", "kind", "sort_utc"),
    Index("ix_events_sort", "sort_utc"),
    Index("ix_events_multi_day_kind", "multi_day", "kind", "until_utc"),
    Index("ix_events_multi_day", "multi_day", "until_utc"),
)

event_participants = Table(
    "event_participants",
    metadata,
    Column("event_id", ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("people.id", ondelete="CASCADE"), primary_key=True, index=True),
    Column("position", Integer, nullable=False, default=0),
)

quotes = Table(
    "quotes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("briefing_id", ForeignKey("briefings.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("speaker_id", ForeignKey("people.id", ondelete="SET NULL"), index=True),
    Column("speaker", String(300)),
    Column("text", Text, nullable=False),
    Column("evidence", JSONType, nullable=False),
)

topics = Table(
    "topics",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("briefing_id", ForeignKey("briefings.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("kind", String(20), nullable=False, default="agenda"),
    Column("definition", Text),
    Column("evidence", JSONType, nullable=False),
)

WRITE_OPTION = "briefbot_write"


def configure_sqlite(engine: Engine) -> None:
    """WAL, foreign keys, a busy timeout, and BEGIN IMMEDIATE for writes so concurrent writers queue."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        # let SQLAlchemy emit BEGIN itself (pysqlite's own implicit BEGIN cannot be made IMMEDIATE)
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        # in-memory or read-only databases keep their own journal mode
        with contextlib.suppress(Exception):
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        # checkpoint every ~16 MB of WAL rather than 4 MB: each checkpoint costs an fsync (5-20 ms), and
        # one ingest writes ~60 pages, so the default paid that every ~17 ingests
        cur.execute("PRAGMA wal_autocheckpoint=4000")
        # savepoint sub-journals in memory: a batch's per-briefing savepoints otherwise spill them to a
        # temporary file past 64 KB, and writing it cost ~10 % of an ingest's store time
        cur.execute("PRAGMA temp_store=MEMORY")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        write = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
