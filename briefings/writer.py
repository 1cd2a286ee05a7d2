"""Writes: one briefing in, one briefing out, inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Connection, delete, select, text, update

from briefings import schema as t
from briefings.identity import refresh_people, resolve_people
from briefings.models import Briefing, Event, IngestOutcome
from briefings.names import name_key
from briefings.search import DeferredIndex, locate, split_sentences
from briefings.sink import BUMP_REVISION, Sink, sink_for


def zone(name: str | None) -> ZoneInfo:
    """The IANA zone by name; UTC when missing or unknown."""
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return ZoneInfo("UTC")


MULTI_DAY = timedelta(days=2)  # longer events are found by upcoming queries through their end


def event_times(ev: Event) -> tuple[datetime | None, datetime | None, datetime | None]:
    """(start_utc, sort_utc, until_utc) of an event; sort/until are None when it has no date."""
    tz = zone(ev.timezone)
    start_utc = ev.start.astimezone(UTC) if ev.start is not None else None
    first = ev.date or (ev.start.astimezone(tz).date() if ev.start is not None else None)
    if first is None:
        return start_utc, None, None
    last = max(ev.end_date or first, first)
    sort_utc = start_utc or datetime.combine(first, time(), tz).astimezone(UTC)
    until_utc = datetime.combine(last + timedelta(days=1), time(), tz).astimezone(UTC)
    if start_utc is not None and start_utc >= until_utc:
        until_utc = start_utc + timedelta(seconds=1)
    return start_utc, sort_utc, until_utc


WRITE_LOCK_KEY = 0x6272_6266  # arbitrary constant shared by every briefbot process


def lock_for_write(conn: Connection) -> None:
    """Serialise writers across processes (SQLite does it with BEGIN IMMEDIATE; PostgreSQL needs a lock)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})


def bump_revision(conn: Connection) -> None:
    """Tell every process's name index that the store changed."""
    conn.exec_driver_sql(BUMP_REVISION)


def delete_facts(conn: Connection, briefing_id: int) -> set[int]:
    """Delete everything extracted from one briefing (not the row itself); return the people it named."""
    touched = set(
        conn.scalars(
            select(t.person_mentions.c.person_id).where(t.person_mentions.c.briefing_id == briefing_id)
        )
    )
    event_ids = select(t.events.c.id).where(t.events.c.briefing_id == briefing_id).scalar_subquery()
    conn.execute(delete(t.event_participants).where(t.event_participants.c.event_id.in_(event_ids)))
    conn.execute(update(t.events).where(t.events.c.briefing_id == briefing_id).values(parent_id=None))
    for table in (t.events, t.quotes, t.topics, t.person_mentions, t.sentences):
        conn.execute(delete(table).where(table.c.briefing_id == briefing_id))
    return touched


def _evidence(obj: Any) -> dict[str, Any]:
    ev = obj.evidence  # as model_dump(mode="json") gives it, at a tenth of the cost
    return {"sentence": ev.sentence, "start": ev.start, "end": ev.end, "text": ev.text}


def _event_row(bid: int, ev: Event, parent_id: int | None) -> dict[str, Any]:
    start_utc, sort_utc, until_utc = event_times(ev)
    return {
        "briefing_id": bid,
        "name": ev.name,
        "kind": ev.kind,
        "date": ev.date,
        "end_date": ev.end_date,
        "start_utc": start_utc,
        "all_day": ev.all_day,
        "timezone": ev.timezone,
        "place": ev.place,
        "venue": ev.venue,
        "others": list(ev.others),
        "year_assumed": ev.year_assumed,
        "evidence": _evidence(ev),
        "sort_utc": sort_utc,
        "until_utc": until_utc,
        "multi_day": bool(sort_utc and until_utc and until_utc - sort_utc > MULTI_DAY),
        "parent_id": parent_id,
    }


def insert_events(
    sink: Sink, bid: int, evs: list[Event], person_id: Callable[[str | None], int | None]
) -> list[dict[str, Any]]:
    """Insert events parents first (one statement per nesting level); return their participant rows."""
    names = {ev.name for ev in evs}
    ids: dict[str, int] = {}
    left = list(enumerate(evs))
    participants: list[dict[str, Any]] = []
    while left:
        # a wave: events whose parent is stored already, or names no event of this briefing
        wave = [
            (i, ev)
            for i, ev in left
            if not ev.parent or ev.parent in ids or ev.parent not in names or ev.parent == ev.name
        ]
        if not wave:  # a cycle of parents: store the rest without one
            wave = left
        rows = [
            _event_row(bid, ev, ids.get(ev.parent) if ev.parent and ev.parent != ev.name else None)
            for _, ev in wave
        ]
        for (_, ev), eid in zip(wave, sink.insert_ids(t.events, rows), strict=True):
            ids.setdefault(ev.name, eid)
            seen: set[int] = set()
            for pos, name in enumerate(ev.participants):
                pid = person_id(name)
                if pid is not None and pid not in seen:
                    seen.add(pid)
                    participants.append({"event_id": eid, "person_id": pid, "position": pos})
        done = {i for i, _ in wave}
        left = [(i, ev) for i, ev in left if i not in done]
    return participants


def write_briefing(
    conn: Connection,
    b: Briefing,
    content_hash: str,
    now: datetime,
    deferred: DeferredIndex | None = None,
    sink: Sink | None = None,
) -> IngestOutcome:
    """Insert or replace one briefing and its facts; the caller owns the transaction (and `deferred`),
    and may pass the `sink` of `conn` it writes a batch through."""
    source = b.source
    lock_for_write(conn)
    if sink is None:
        sink = sink_for(conn)
    row = sink.briefing_by_source(source)
    if row is not None and row[1] == content_hash:
        return IngestOutcome(briefing_id=row[0], status="unchanged", title=b.title, source=source)
    dated: date = b.published or b.reference_date
    values = {
        "source": source,
        "content_hash": content_hash,
        "title": b.title,
        "published": b.published,
        "reference_date": b.reference_date,
        "dated": dated,
        "ingested_at": now,
        "text": b.text,
        "warnings": list(b.warnings),
        "conflicts": [c.model_dump(mode="json") for c in b.conflicts],
    }
    touched: set[int] = set()
    if row is not None:
        bid = row[0]
        if deferred is not None:
            deferred.flush()
        touched = delete_facts(conn, bid)
        conn.execute(update(t.briefings).where(t.briefings.c.id == bid).values(**values))
    else:
        (bid,) = sink.insert_ids(t.briefings, [values])

    parts = b.sentences or split_sentences(b.text)
    if parts:
        spans = locate(b.text, parts)
        sink.insert(
            t.sentences,
            [
                {"briefing_id": bid, "idx": i, "start": s, "end": e, "text": part}
                for i, (part, (s, e)) in enumerate(zip(parts, spans, strict=True))
            ],
        )
        if deferred is None:
            sink.index_sentences(bid)
        else:
            deferred.pending.append(bid)

    ids, known = resolve_people(sink, b.people)
    by_name: dict[str, int] = {}
    mentions: dict[int, dict[str, Any]] = {}
    for person, pid in zip(b.people, ids, strict=True):
        if pid is None:
            continue
        for n in (person.name, *person.aliases):
            by_name.setdefault(n, pid)
            by_name.setdefault(name_key(n), pid)
        if pid in mentions:  # the text named one person twice: keep the first, gather aliases
            m = mentions[pid]
            m["aliases"] = list(dict.fromkeys([*m["aliases"], person.name, *person.aliases]))
            m["role"] = m["role"] or person.role
            m["country"] = m["country"] or person.country
            continue
        mentions[pid] = {
            "person_id": pid,
            "briefing_id": bid,
            "name": person.name,
            "aliases": list(person.aliases),
            "role": person.role,
            "country": person.country,
            "evidence": _evidence(person),
            "dated": dated,
        }
    if mentions:
        rows = list(mentions.values())
        for m, mid in zip(rows, sink.insert_ids(t.person_mentions, rows), strict=True):
            m["id"] = mid

    def person_id(name: str | None) -> int | None:
        if not name:
            return None
        return by_name.get(name) or by_name.get(name_key(name))

    sink.insert(t.event_participants, insert_events(sink, bid, b.events, person_id))
    sink.insert(
        t.quotes,
        [
            {
                "briefing_id": bid,
                "speaker_id": person_id(q.speaker),
                "speaker": q.speaker,
                "text": q.text,
                "evidence": _evidence(q),
            }
            for q in b.quotes
        ],
    )
    sink.insert(
        t.topics,
        [
            {
                "briefing_id": bid,
                "name": tp.name,
                "kind": tp.kind,
                "definition": tp.definition,
                "evidence": _evidence(tp),
            }
            for tp in b.topics
        ],
    )
    refresh_people(conn, sink, touched, mentions, known)
    sink.bump_revision()
    status: Literal["added", "replaced"] = "replaced" if row is not None else "added"
    return IngestOutcome(briefing_id=bid, status=status, title=b.title, source=source)


def remove_briefing(conn: Connection, source: str) -> bool:
    """Delete the briefing from `source` and its facts; orphaned people go too."""
    lock_for_write(conn)
    bid = conn.scalar(select(t.briefings.c.id).where(t.briefings.c.source == source))
    if bid is None:
        return False
    touched = delete_facts(conn, bid)
    conn.execute(delete(t.briefings).where(t.briefings.c.id == bid))
    refresh_people(conn, sink_for(conn), touched, {}, {})
    bump_revision(conn)
    return True
