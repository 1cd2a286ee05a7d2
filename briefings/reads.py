"""Reads: stored rows to views, loaded in batches (a fixed number of queries per call, never N+1)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any, Protocol

from sqlalchemy import Connection, Row, select

from briefings import schema as t
from briefings.models import (
    BriefingView,
    Conflict,
    EventView,
    Evidence,
    ParticipantView,
    PersonDetail,
    PersonView,
    QuoteView,
    SourceRef,
    TopicView,
)
from briefings.names import name_key
from briefings.read_statements import (
    CHILDREN,
    EVENTS,
    PARTICIPANTS,
    PEOPLE_IN_BRIEFING,
    PEOPLE_LATEST,
    PERSON_EVENTS,
    QUOTES,
    QUOTES_BY_SPEAKER,
    SOURCES,
    TOPICS,
)
from briefings.writer import zone

_b, _q = t.briefings.c, t.quotes.c

# ZoneInfo's own cache keeps only a few zones alive; each miss re-reads the zone file
_zone = lru_cache(maxsize=1024)(zone)

_FAR = datetime.max.replace(tzinfo=UTC)


class Rows(Protocol):
    """The row reads views are built from: Core statements (`CoreRows`) or SQLite's cursor (`rawreads`)."""

    def children(self, ids: Sequence[int]) -> Sequence[Any]:
        """Side meetings of the events `ids`, soonest first (undated last), then by id."""
        ...

    def participants(self, ids: Sequence[int]) -> Iterable[Any]:
        """(event_id, id, name, role, country) of the events' participants, by event, then position."""
        ...

    def topics(self, briefing_ids: Sequence[int]) -> Iterable[Any]:
        """Topic rows (with b_title, b_source, b_published) of the briefings, by briefing, then id."""
        ...

    def people(self, ids: Sequence[int]) -> Iterable[Any]:
        """Person rows (see PERSON_COLUMNS) with their newest mention and its briefing."""
        ...

    def person_events(self, person_id: int, limit: int) -> Sequence[Any]:
        """The latest `limit` events a person attends (undated last), newest first."""
        ...

    def meetings(self, person_id: int, limit: int) -> tuple[Sequence[Any], Iterable[Any]]:
        """person_events' rows and participants' rows of those events."""
        ...

    def quotes_by_speaker(self, person_id: int, limit: int) -> Iterable[Any]:
        """A person's quote rows (see QUOTES), newest briefing first."""
        ...


class CoreRows:
    """Rows read through SQLAlchemy Core on a connection (every backend)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def children(self, ids: Sequence[int]) -> Sequence[Any]:
        """Side meetings of the events `ids`, soonest first (undated last), then by id."""
        return self.conn.execute(CHILDREN, {"ids": list(ids)}).all()

    def participants(self, ids: Sequence[int]) -> Iterable[Any]:
        """(event_id, id, name, role, country) of the events' participants, by event, then position."""
        return self.conn.execute(PARTICIPANTS, {"ids": list(ids)})

    def topics(self, briefing_ids: Sequence[int]) -> Iterable[Any]:
        """Topic rows of the briefings, by briefing, then id."""
        return self.conn.execute(TOPICS, {"ids": list(briefing_ids)})

    def people(self, ids: Sequence[int]) -> Iterable[Any]:
        """Person rows with their newest mention and its briefing."""
        return self.conn.execute(PEOPLE_LATEST, {"ids": list(ids)})

    def person_events(self, person_id: int, limit: int) -> Sequence[Any]:
        """The latest `limit` events a person attends (undated last), newest first."""
        return self.conn.execute(PERSON_EVENTS, {"pid": person_id, "limit": limit}).all()

    def meetings(self, person_id: int, limit: int) -> tuple[Sequence[Any], Iterable[Any]]:
        """person_events' rows and participants' rows of those events."""
        rows = self.person_events(person_id, limit)
        return rows, self.participants([r.id for r in rows]) if rows else []

    def quotes_by_speaker(self, person_id: int, limit: int) -> Iterable[Any]:
        """A person's quote rows, newest briefing first."""
        return self.conn.execute(QUOTES_BY_SPEAKER, {"pid": person_id, "limit": limit})


def evidence(value: dict[str, Any] | str) -> Evidence:
    """Stored evidence as the model: a dict (through Core) or JSON text (the SQLite cursor)."""
    return Evidence.model_validate_json(value) if isinstance(value, str) else Evidence.model_validate(value)


def rows_of(conn: Connection | Rows) -> Rows:
    """`conn` as a Rows reader (a Connection reads through Core)."""
    return CoreRows(conn) if isinstance(conn, Connection) else conn


def sources(conn: Connection, briefing_ids: Iterable[int]) -> dict[int, SourceRef]:
    """SourceRef of each briefing id."""
    ids = sorted(set(briefing_ids))
    if not ids:
        return {}
    rows = conn.execute(SOURCES, {"ids": ids})
    return {
        r.id: SourceRef(briefing_id=r.id, title=r.title, source=r.source, published=r.published) for r in rows
    }


def topic_views(conn: Connection | Rows, briefing_ids: Iterable[int]) -> dict[int, list[TopicView]]:
    """Topics of each briefing, in stored order."""
    ids = sorted(set(briefing_ids))
    if not ids:
        return {}
    out: dict[int, list[TopicView]] = {i: [] for i in ids}
    for r in rows_of(conn).topics(ids):
        out[r.briefing_id].append(
            TopicView(
                id=r.id,
                name=r.name,
                kind=r.kind,
                definition=r.definition,
                evidence=evidence(r.evidence),
                source=_source(r),
            )
        )
    return out


def _source(r: Any) -> SourceRef:
    """The SourceRef of a row that carries b_title, b_source and b_published (joined from briefings)."""
    return SourceRef(briefing_id=r.briefing_id, title=r.b_title, source=r.b_source, published=r.b_published)


def _participants(src: Rows, event_ids: list[int]) -> dict[int, list[ParticipantView]]:
    return _by_event(src.participants(event_ids)) if event_ids else {}


def _by_event(rows: Iterable[Any]) -> dict[int, list[ParticipantView]]:
    out: dict[int, list[ParticipantView]] = {}
    for r in rows:
        out.setdefault(r.event_id, []).append(
            ParticipantView(person_id=r.id, name=r.name, role=r.role, country=r.country)
        )
    return out


def _event_view(r: Any, parts: dict[int, list[ParticipantView]]) -> EventView:
    start = None
    if r.start_utc is not None and not r.all_day:
        start = r.start_utc.astimezone(_zone(r.timezone))
    return EventView(
        id=r.id,
        briefing_id=r.briefing_id,
        name=r.name,
        kind=r.kind,
        date=r.date,
        end_date=r.end_date,
        start=start,
        all_day=r.all_day,
        timezone=r.timezone,
        place=r.place,
        venue=r.venue,
        participants=parts.get(r.id, []),
        others=list(r.others),
        parent_id=r.parent_id,
        year_assumed=r.year_assumed,
        evidence=evidence(r.evidence),
        source=_source(r),
    )


def event_views(
    conn: Connection | Rows, rows: Sequence[Any], *, all_topics: bool = False, topics: bool = True
) -> list[EventView]:
    """Views of event rows, in the given order, with their side meetings; main events (all, with
    `all_topics`; none, without `topics`) carry their briefing's topics."""
    if not rows:
        return []
    src = rows_of(conn)
    ids = [r.id for r in rows]
    children = src.children(ids)
    parts = _participants(src, ids + [c.id for c in children])
    wants_topics = [r.briefing_id for r in rows if topics and (all_topics or r.kind == "main")]
    by_briefing = topic_views(src, wants_topics) if wants_topics else {}
    by_parent: dict[int, list[EventView]] = {}
    for c in children:
        by_parent.setdefault(c.parent_id, []).append(_event_view(c, parts))
    out = []
    for r in rows:
        view = _event_view(r, parts)
        view.side_meetings = by_parent.get(r.id, [])
        if r.briefing_id in by_briefing:
            view.topics = by_briefing[r.briefing_id]
        out.append(view)
    return out


def select_events() -> Any:
    """SELECT of every event column and its briefing's title/source/published (callers add WHERE/ORDER BY)."""
    return EVENTS


def _conflicts_of(names: set[str], conflicts: list[dict[str, Any]]) -> list[str]:
    return [c["description"] for c in conflicts if any(name_key(n) in names for n in c.get("people", []))]


def person_views(
    conn: Connection | Rows, person_ids: Iterable[int], *, briefing_id: int | None = None
) -> dict[int, PersonView]:
    """People with role/country/evidence from their newest mention (or from `briefing_id`'s mention)."""
    ids = sorted(set(person_ids))
    if not ids:
        return {}
    rows: Iterable[Any]
    if briefing_id is None:
        rows = rows_of(conn).people(ids)
    elif isinstance(conn, Connection):
        rows = conn.execute(PEOPLE_IN_BRIEFING, {"ids": ids, "bid": briefing_id})
    else:
        raise TypeError("person views as of one briefing are read through Core")
    out: dict[int, PersonView] = {}
    for r in rows:
        conflicts = r.conflicts
        if conflicts:  # most briefings have none: skip the name keys then
            keys = {r.key, name_key(r.mention_name), *(name_key(a) for a in r.aliases)}
            conflicts = _conflicts_of(keys, conflicts)
        out[r.id] = PersonView(
            id=r.id,
            name=r.name,
            aliases=list(r.aliases),
            role=r.role,
            country=r.country,
            evidence=evidence(r.evidence),
            source=SourceRef(briefing_id=r.bid, title=r.title, source=r.source, published=r.published),
            conflicts=conflicts or [],
        )
    return out


def quote_views(conn: Connection, where: Any, limit: int | None) -> list[QuoteView]:
    """Quotes matching `where`, newest briefing first."""
    stmt = QUOTES.where(where).order_by(_b.dated.desc(), _b.id.desc(), _q.id)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [quote_view(r) for r in conn.execute(stmt)]


def quote_view(r: Any) -> QuoteView:
    """A row of QUOTES as a view."""
    return QuoteView(
        id=r.id,
        speaker=r.person_name or r.speaker,
        speaker_id=r.speaker_id,
        text=r.text,
        evidence=evidence(r.evidence),
        source=SourceRef(briefing_id=r.bid, title=r.title, source=r.source, published=r.published),
    )


def person_detail(src: Rows, person_id: int, limit: int) -> PersonDetail | None:
    """A person with the latest `limit` meetings they attend (shown soonest first) and quotes."""
    view = person_views(src, [person_id]).get(person_id)
    if view is None:
        return None
    return detail_of(src, view, limit)


def detail_of(src: Rows, view: PersonView, limit: int) -> PersonDetail:
    """The meetings (the latest `limit`, future ones included, soonest first; without their topics or
    side meetings: a side meeting the person attends is one of their meetings) and quotes of a person."""
    found, participants = src.meetings(view.id, limit)
    rows = sorted(found, key=lambda r: (r.sort_utc is None, r.sort_utc or _FAR, r.id))
    parts = _by_event(participants)
    events = [_event_view(r, parts) for r in rows]
    quotes = [quote_view(r) for r in src.quotes_by_speaker(view.id, limit)]
    return PersonDetail(person=view, events=events, quotes=quotes)


def briefing_view(r: Row[Any]) -> BriefingView:
    """A briefing row as a view without its facts."""
    return BriefingView(
        id=r.id,
        title=r.title,
        source=r.source,
        published=r.published,
        reference_date=r.reference_date,
        content_hash=r.content_hash,
        ingested_at=r.ingested_at,
        warnings=list(r.warnings),
        conflicts=[Conflict.model_validate(c) for c in r.conflicts],
    )


def full_briefing(conn: Connection, briefing_id: int) -> BriefingView | None:
    """A briefing with its people (as this briefing names them), events, topics, quotes and conflicts."""
    b = t.briefings.c
    row = conn.execute(
        select(*(c for c in t.briefings.c if c.name != "text")).where(b.id == briefing_id)
    ).first()
    if row is None:
        return None
    view = briefing_view(row)
    pm = t.person_mentions.c
    pids = list(conn.scalars(select(pm.person_id).where(pm.briefing_id == briefing_id).order_by(pm.id)))
    people = person_views(conn, pids, briefing_id=briefing_id)
    view.people = [people[i] for i in pids if i in people]
    e = t.events.c
    rows = conn.execute(select_events().where(e.briefing_id == briefing_id).order_by(e.id)).all()
    view.events = event_views(conn, rows)
    view.topics = topic_views(conn, [briefing_id]).get(briefing_id, [])
    view.quotes = quote_views(conn, t.quotes.c.briefing_id == briefing_id, None)
    return view
