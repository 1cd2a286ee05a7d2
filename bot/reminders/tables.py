"""The reminder tables, on the store's engine but in their own MetaData (created with create_tables).

- reminders: the wanted state — one row per (event, channel, lead) with its due time. The scheduler is
  rebuilt from it, so nothing about a job (no pickled callable) has to survive a restart.
- reminder_subscriptions: which channels hear reminders, with their own lead times (NULL = the default).
- reminder_deliveries: the delivery ledger. A row is claimed in a transaction BEFORE sending; the unique
  key (event, channel, lead, due time) decides who sends when several processes share one database.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    DateTime,
    Dialect,
    Engine,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    exc,
)
from sqlalchemy.types import TypeDecorator

from briefings.schema import WRITE_OPTION


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes stored as naive UTC (same on SQLite and PostgreSQL), read back as aware UTC."""

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Aware -> naive UTC; a naive value is taken to be UTC already."""
        if value is None or value.tzinfo is None:
            return value
        if value.tzinfo is not UTC:
            value = value.astimezone(UTC)
        return value.replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        """Naive UTC -> aware UTC."""
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


metadata = MetaData()

reminders = Table(
    "reminders",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", Integer, nullable=False),
    Column("channel", String(200), nullable=False),
    Column("lead_seconds", Integer, nullable=False),
    Column("due_at", UTCDateTime, nullable=False),
    Column("event_start", UTCDateTime, nullable=False),
    Column("event_key", String(500), nullable=True),  # source#kind#name: one event across re-ingests
    UniqueConstraint("event_id", "channel", "lead_seconds", name="uq_reminders_key"),
    Index("ix_reminders_due_at", "due_at"),
)

subscriptions = Table(
    "reminder_subscriptions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("channel", String(200), nullable=False, unique=True),
    Column("leads", String(200), nullable=True),  # NULL: BRIEFBOT_REMINDER_LEADS
    Column("enabled", Boolean, nullable=False, default=True),
    Column("origin", String(20), nullable=False, default="command"),  # "default" or "command"
    Column("updated_at", UTCDateTime, nullable=False),
)

DELIVERY_STATUSES = ("claimed", "sent", "skipped", "failed")

deliveries = Table(
    "reminder_deliveries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", Integer, nullable=False),
    Column("channel", String(200), nullable=False),
    Column("lead_seconds", Integer, nullable=False),
    Column("due_at", UTCDateTime, nullable=False),
    Column("status", String(10), nullable=False),
    Column("claimed_at", UTCDateTime, nullable=True),
    Column("claimed_by", String(100), nullable=True),
    Column("sent_at", UTCDateTime, nullable=True),
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", Text, nullable=True),
    UniqueConstraint("event_id", "channel", "lead_seconds", "due_at", name="uq_deliveries_key"),
    Index("ix_deliveries_status", "status", "claimed_at"),
)


@contextmanager
def write(engine: Engine) -> Iterator[Connection]:
    """A write transaction; on the store's SQLite engine it is BEGIN IMMEDIATE, so concurrent writers
    (other processes) queue on the busy timeout instead of failing with "database is locked"."""
    with engine.connect().execution_options(**{WRITE_OPTION: True}) as conn, conn.begin():
        yield conn


def create_tables(engine: Engine) -> None:
    """Create the reminder tables if missing (safe to call from several processes)."""
    try:
        metadata.create_all(engine, checkfirst=True)
    except exc.SQLAlchemyError:
        # Two processes starting together may both try CREATE TABLE; the loser sees the winner's now.
        time.sleep(0.2)
        metadata.create_all(engine, checkfirst=True)
