"""Many briefings in one write transaction, each in its own savepoint.

One commit per briefing is most of what a SQLite write costs on a small briefing (the WAL append and
the lock hand-over), so `briefbot ingest DIR` writes its files in batches. A savepoint per briefing keeps
the per-file promise: a briefing that cannot be written is rolled back alone and the others still go in.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from briefings.models import Briefing, IngestOutcome
from briefings.search import DeferredIndex
from briefings.sink import sink_for
from briefings.writer import write_briefing

_SAVEPOINT = "briefbot_briefing"


class StoreError(Exception):
    """A store operation failed; the store is as it was before."""


def reason(exc: BaseException) -> str:
    """One line saying what went wrong (the driver's message for database errors)."""
    inner = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    text = str(inner).strip().splitlines()
    return text[0] if text else type(inner).__name__


def not_stored(briefing: Briefing, exc: BaseException) -> StoreError:
    """The one-line error for a briefing that could not be written."""
    return StoreError(f"could not store {briefing.source or briefing.title!r}: {reason(exc)}")


class BatchWriter:
    """Writes briefings inside an open transaction (see Store.batch); nothing is kept until it commits."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        # SQLite: savepoints on the driver's cursor (through SQLAlchemy each costs ~0.1 ms of Python)
        driver = conn.connection.driver_connection if conn.dialect.name == "sqlite" else None
        self._cur = driver.cursor() if driver is not None else None
        self._fts = DeferredIndex(self._cur) if self._cur is not None else None
        self._sink = sink_for(conn)  # one for the batch: a cursor per briefing cost ~1 % of a write

    def ingest(self, briefing: Briefing, content_hash: str) -> IngestOutcome:
        """Store one briefing in a savepoint: on failure only this briefing is rolled back."""
        try:
            if self._cur is None:
                with self._conn.begin_nested():
                    return write_briefing(
                        self._conn, briefing, content_hash, datetime.now(UTC), sink=self._sink
                    )
            return self._sqlite_savepoint(briefing, content_hash)
        except Exception as exc:
            raise not_stored(briefing, exc) from None

    def finish(self) -> None:
        """Index the batch's sentences in full text (inside its transaction: a failure keeps nothing)."""
        if self._fts is not None:
            try:
                self._fts.flush()
            except Exception as exc:
                raise StoreError(f"could not index the batch: {reason(exc)}") from None

    def _sqlite_savepoint(self, briefing: Briefing, content_hash: str) -> IngestOutcome:
        cur, fts = self._cur, self._fts
        assert cur is not None and fts is not None
        pending = list(fts.pending)  # a rolled-back briefing may have flushed others' index entries
        cur.execute(f"SAVEPOINT {_SAVEPOINT}")
        try:
            outcome = write_briefing(self._conn, briefing, content_hash, datetime.now(UTC), fts, self._sink)
        except BaseException:
            cur.execute(f"ROLLBACK TO {_SAVEPOINT}")
            cur.execute(f"RELEASE {_SAVEPOINT}")
            fts.pending = pending
            raise
        cur.execute(f"RELEASE {_SAVEPOINT}")
        return outcome
