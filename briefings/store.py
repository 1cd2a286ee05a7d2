"""The briefing store: SQLAlchemy 2 on SQLite (default) or PostgreSQL.

The engine is opened by `briefings.engine`, tables live in `briefings.schema`, writes in
`briefings.writer`, batched reads in `briefings.reads`, full-text search in `briefings.search` and the
in-memory name index in `briefings.names`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Integer,
    bindparam,
    func,
    insert,
    or_,
    select,
    true,
)
from sqlalchemy.exc import SQLAlchemyError

from briefings import reads
from briefings import schema as t
from briefings.batch import BatchWriter, StoreError, not_stored, reason
from briefings.cache import LRU, REVISION_TTL, Revision
from briefings.catalog import Catalog
from briefings.engine import open_engine
from briefings.models import (
    Briefing,
    BriefingView,
    EventView,
    Evidence,
    IngestOutcome,
    PersonBrief,
    PersonDetail,
    PersonMatch,
    PersonView,
    QuoteView,
    SearchHit,
    SourceRef,
    TopicView,
)
from briefings.names import NameIndex, name_key
from briefings.rawreads import Session
from briefings.search import create_fts, search_rows
from briefings.writer import MULTI_DAY, remove_briefing, write_briefing

DETAIL_LIMIT = 50  # meetings and quotes in one person's detail
# answers kept per store revision (treat returned views as read-only: they may be shared); small,
# because every cached view is heap the garbage collector walks and a few MB of resident memory
CACHED_LOOKUPS = 512
CACHED_PEOPLE = 512
CACHED_DETAILS = 128

_e = t.events.c
# with each person's current role and country (from their latest mention) for find_people_brief
_PEOPLE_NAMES = (
    "SELECT p.id, p.name, p.key, pm.role, pm.country, pm.id FROM people p"
    " LEFT OUTER JOIN person_mentions pm ON pm.id = p.latest_mention_id ORDER BY p.id"
)
_ALIAS_KEYS = "SELECT person_id, key FROM person_aliases"


def _upcoming(with_kind: bool) -> tuple[Any, Any]:
    """The two upcoming-event statements (see Store.upcoming_events), with or without a kind filter."""
    # events of two days or less that are not over started after `floor`: an index range scan
    recent = reads.EVENTS.where(_e.sort_utc >= bindparam("floor"), _e.until_utc > bindparam("now"))
    # longer ones from their own small index; no ORDER BY and no sort_utc condition here, or SQLite
    # would prefer the (kind, sort_utc) index and walk every past event
    ongoing = reads.EVENTS.where(_e.multi_day == true(), _e.until_utc > bindparam("now"))
    if with_kind:
        recent, ongoing = (
            recent.where(_e.kind == bindparam("kind")),
            ongoing.where(_e.kind == bindparam("kind")),
        )
    return recent.order_by(_e.sort_utc, _e.id).limit(bindparam("limit", type_=Integer)), ongoing


_UPCOMING = {False: _upcoming(False), True: _upcoming(True)}
_EVENTS_BY_ID = reads.EVENTS.where(_e.id.in_(bindparam("ids", expanding=True)))


class Store:
    """All reads and writes of briefings. Methods are synchronous and fast (indexes, no N+1).

    Cached answers follow the store revision, re-read at most every `revision_ttl` seconds: writes by
    this process (through any Store on the same database) are seen at once, other processes' writes
    at most that late. Returned views may be shared between callers: treat them as read-only.
    """

    engine: Engine

    def __init__(
        self, url: str, *, revision_ttl: float = REVISION_TTL, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.engine = open_engine(url)
        self._lock = threading.Lock()
        self._names = NameIndex()
        self._catalog = Catalog()
        self._rev = Revision(self.engine.url.render_as_string(), ttl=revision_ttl, clock=clock)
        self._lookups: LRU[tuple[int, str, int], list[PersonMatch]] = LRU(CACHED_LOOKUPS)
        self._briefs: LRU[tuple[int, str, int], list[PersonBrief]] = LRU(CACHED_LOOKUPS)
        self._people: LRU[tuple[int, int], PersonView] = LRU(CACHED_PEOPLE)
        self._details: LRU[tuple[int, int], PersonDetail] = LRU(CACHED_DETAILS)
        self.create_all()

    def _write(self) -> Connection:
        return self.engine.connect().execution_options(**{t.WRITE_OPTION: True})

    def create_all(self) -> None:
        """Create tables, indexes and the full-text index if missing."""
        try:
            with self._write() as conn, conn.begin():
                t.metadata.create_all(conn)
                conn.exec_driver_sql(t.TITLE_LOWER_DDL)
                create_fts(conn)
                if conn.scalar(select(t.meta.c.id).where(t.meta.c.id == 1)) is None:
                    conn.execute(insert(t.meta).values(id=1, revision=0))
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot prepare database: {reason(exc)}") from None

    def close(self) -> None:
        """Dispose of the engine."""
        self.engine.dispose()

    # -- writes -------------------------------------------------------------------------------
    def ingest(self, briefing: Briefing, content_hash: str) -> IngestOutcome:
        """Store one briefing in one transaction: same hash → unchanged; same source, new hash → replaced."""
        try:
            with self._write() as conn, conn.begin():
                return write_briefing(conn, briefing, content_hash, datetime.now(UTC))
        except Exception as exc:
            raise not_stored(briefing, exc) from None
        finally:
            self._rev.wrote()

    @contextmanager
    def batch(self) -> Iterator[BatchWriter]:
        """One write transaction for many briefings, each in its own savepoint; committed on leaving."""
        try:
            with self._write() as conn, conn.begin():
                writer = BatchWriter(conn)
                yield writer
                writer.finish()
        except SQLAlchemyError as exc:
            raise StoreError(f"could not commit: {reason(exc)}") from None
        finally:
            self._rev.wrote()

    def remove(self, source: str) -> bool:
        """Delete the briefing ingested from `source`; True if there was one."""
        try:
            with self._write() as conn, conn.begin():
                return remove_briefing(conn, source)
        except Exception as exc:
            raise StoreError(f"could not remove {source!r}: {reason(exc)}") from None
        finally:
            self._rev.wrote()

    # -- caches -------------------------------------------------------------------------------
    def _revision(self, read: Session) -> int:
        return self._rev.current(read.revision)

    def _name_index(self, read: Session) -> NameIndex:
        rev = self._revision(read)
        if self._names.revision != rev:
            with self._lock:
                if self._names.revision != rev:
                    # two narrow reads on the driver's cursor (same transaction): plain tuples
                    cur = read.new_cursor()
                    try:
                        people = cur.execute(_PEOPLE_NAMES).fetchall()
                        # aliases are consumed as they arrive: fewer short-lived objects at once
                        self._names = NameIndex.build(rev, people, cur.execute(_ALIAS_KEYS))
                    finally:
                        cur.close()
        return self._names

    def _cat(self, read: Session) -> Catalog:
        rev = self._revision(read)
        if self._catalog.revision != rev:
            with self._lock:
                if self._catalog.revision != rev:
                    self._catalog = Catalog.load(read.new_cursor(), rev)
        return self._catalog

    # -- reads --------------------------------------------------------------------------------
    def upcoming_events(
        self, now: datetime, *, kind: str | None = "main", limit: int = 10
    ) -> list[EventView]:
        """Events on or after now's date in their venue's timezone, soonest first, with participants."""
        with Session(self.engine) as read:
            src = read.rows()
            if read.sqlite:
                found = src.upcoming(now, now - MULTI_DAY, kind, limit)
            else:
                recent, ongoing = _UPCOMING[kind is not None]
                params = {"now": now, "floor": now - MULTI_DAY, "kind": kind, "limit": limit}
                conn = read.connection()
                found = [*conn.execute(recent, params), *conn.execute(ongoing, params)]
            rows: dict[int, Any] = {}
            for r in found:  # the short events first: a long one listed by both keeps that row
                rows.setdefault(r.id, r)
            ordered = sorted(rows.values(), key=lambda r: (r.sort_utc, r.id))
            return reads.event_views(src, ordered[:limit])

    def find_events(self, query: str, now: datetime, *, limit: int = 5) -> list[EventView]:
        """Events whose name, place or briefing title matches `query` (fuzzy), upcoming first."""
        if not query.strip():
            return self.upcoming_events(now, kind=None, limit=limit)
        with Session(self.engine) as read:
            ids = self._cat(read).events(query[:200], now, limit)
            src = read.rows()
            found = src.events(ids) if read.sqlite else read.connection().execute(_EVENTS_BY_ID, {"ids": ids})
            rows = {r.id: r for r in found}
            return reads.event_views(src, [rows[i] for i in ids if i in rows])

    def get_event(self, event_id: int) -> EventView | None:
        """One event with participants, side meetings and topics."""
        with self.engine.connect() as conn:
            rows = conn.execute(reads.select_events().where(t.events.c.id == event_id)).all()
            views = reads.event_views(conn, rows, all_topics=True)
        return views[0] if views else None

    def _views(self, rev: int, read: Session, ids: list[int]) -> dict[int, PersonView]:
        """Person views by id, from the cache of this revision or read (and cached)."""
        out: dict[int, PersonView] = {}
        missing = []
        for pid in ids:
            view = self._people.get((rev, pid))
            if view is None:
                missing.append(pid)
            else:
                out[pid] = view
        if missing:
            for pid, view in reads.person_views(read.rows(), missing).items():
                self._people.put((rev, pid), view)
                out[pid] = view
        return out

    def find_people(self, query: str, *, limit: int = 5) -> list[PersonMatch]:
        """People by full name, surname, given name, alias or typo (rapidfuzz), best first."""
        query = query[:200]
        with Session(self.engine) as read:
            index = self._name_index(read)
            key = (index.revision, name_key(query), limit)
            cached = self._lookups.get(key)
            if cached is not None:
                return list(cached)
            found = index.lookup(query, limit)
            views = self._views(index.revision, read, [pid for pid, _, _ in found])
        matches = [
            PersonMatch(person=views[pid], score=score, how=how)  # type: ignore[arg-type]
            for pid, score, how in found
            if pid in views
        ]
        self._lookups.put(key, matches)
        return list(matches)

    def find_people_brief(self, query: str, *, limit: int = 5) -> list[PersonBrief]:
        """find_people's answers as id, name, current role and country only, from the in-memory index
        (no database read beyond the revision check): for lists of names to choose from."""
        query = query[:200]
        with Session(self.engine) as read:
            index = self._name_index(read)
        key = (index.revision, name_key(query), limit)
        cached = self._briefs.get(key)
        if cached is None:
            cached = [
                PersonBrief(id=pid, name=name, role=role, country=country, score=score, how=how)  # type: ignore[arg-type]
                for pid, name, role, country, score, how in index.briefs(query, limit)
            ]
            self._briefs.put(key, cached)
        return list(cached)

    def get_person(self, person_id: int) -> PersonView | None:
        """One person with their latest role, country and evidence."""
        with Session(self.engine) as read:
            return self._views(self._revision(read), read, [person_id]).get(person_id)

    def person_detail(self, person_id: int) -> PersonDetail | None:
        """A person with the meetings they attend (with whom) and their quotes."""
        with Session(self.engine) as read:
            rev = self._revision(read)
            detail = self._details.get((rev, person_id))
            if detail is None:
                view = self._views(rev, read, [person_id]).get(person_id)
                if view is None:
                    return None
                detail = reads.detail_of(read.rows(), view, DETAIL_LIMIT)
                self._details.put((rev, person_id), detail)
        return detail

    def person_names(self, prefix: str = "", *, limit: int = 25) -> list[str]:
        """Names for autocomplete: those starting with or containing `prefix`, at most `limit`."""
        with Session(self.engine) as read:
            return self._name_index(read).names(prefix[:100], limit)

    def event_names(self, prefix: str = "", *, limit: int = 25) -> list[str]:
        """Event names for autocomplete."""
        with Session(self.engine) as read:
            return self._cat(read).event_names.complete(prefix[:100], limit)

    def briefing_titles(self, prefix: str = "", *, limit: int = 25) -> list[str]:
        """Briefing titles for autocomplete."""
        with Session(self.engine) as read:
            return self._cat(read).titles.complete(prefix[:100], limit)

    def quotes(self, person_id: int | None = None, *, limit: int = 10) -> list[QuoteView]:
        """Quotes, of one person or of everyone, newest briefing first."""
        q = t.quotes.c
        where = q.speaker_id == person_id if person_id is not None else q.id.is_not(None)
        with self.engine.connect() as conn:
            return reads.quote_views(conn, where, limit)

    def topics(self, *, event_id: int | None = None, briefing_id: int | None = None) -> list[TopicView]:
        """Topics of a briefing (the event's briefing when `event_id` is given)."""
        with self.engine.connect() as conn:
            if event_id is not None:
                briefing_id = conn.scalar(select(t.events.c.briefing_id).where(t.events.c.id == event_id))
            if briefing_id is None:
                return []
            return reads.topic_views(conn, [briefing_id]).get(briefing_id, [])

    def search(self, query: str, *, limit: int = 10) -> list[SearchHit]:
        """Full-text search over sentences (FTS5 on SQLite, tsvector on PostgreSQL), best first."""
        with self.engine.connect() as conn:
            rows = search_rows(conn, query[:1000], limit)
            refs: dict[int, SourceRef] = reads.sources(conn, [r.briefing_id for r in rows])
        return [
            SearchHit(
                text=r.text,
                rank=float(r.rank),
                source=refs[r.briefing_id],
                evidence=Evidence(sentence=r.idx, start=r.start, end=max(r.end, r.start), text=r.text),
            )
            for r in rows
        ]

    def briefings(self, *, limit: int = 50) -> list[BriefingView]:
        """Stored briefings, newest first (without their facts)."""
        b = t.briefings.c
        cols = [c for c in t.briefings.c if c.name != "text"]
        with self.engine.connect() as conn:
            rows = conn.execute(select(*cols).order_by(b.dated.desc(), b.id.desc()).limit(limit))
            return [reads.briefing_view(r) for r in rows]

    def find_briefing(self, query: str) -> BriefingView | None:
        """The briefing whose title or source best matches `query`, with its facts."""
        with Session(self.engine) as read:
            conn = read.connection()  # first: on SQLite the cursor then shares its transaction
            b = t.briefings.c
            exact = conn.scalar(
                select(b.id)
                .where(or_(b.source == query, func.lower(b.title) == query.lower()))
                .order_by(b.id)
                .limit(1)
            )
            if exact is None:
                exact = self._cat(read).briefing(query[:200])
                if exact is None:
                    return None
            return reads.full_briefing(conn, exact)

    def get_briefing(self, briefing_id: int) -> BriefingView | None:
        """One briefing with its facts."""
        with self.engine.connect() as conn:
            return reads.full_briefing(conn, briefing_id)

    def counts(self) -> dict[str, int]:
        """How many briefings, people, events, quotes and topics are stored."""
        tables = {
            "briefings": t.briefings,
            "people": t.people,
            "events": t.events,
            "quotes": t.quotes,
            "topics": t.topics,
        }
        with self.engine.connect() as conn:
            return {
                name: int(conn.scalar(select(func.count()).select_from(tb)) or 0)
                for name, tb in tables.items()
            }
