"""Writes: one briefing in, one briefing out, inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Connection, bindparam, delete, insert, select, text, update

from briefings import schema as t
from briefings.models import Briefing, Event, IngestOutcome, Person
from briefings.names import name_key
from briefings.search import locate, split_sentences


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
    conn.execute(update(t.meta).where(t.meta.c.id == 1).values(revision=t.meta.c.revision + 1))


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


def _recompute_people(conn: Connection, ids: list[int]) -> None:
    """Aliases and newest mention from all of each person's mentions; people with none are deleted."""
    p, pm = t.people.c, t.person_mentions.c
    mentions = conn.execute(
        select(pm.id, pm.person_id, pm.name, pm.aliases, p.key, p.name.label("person_name"))
        .join(t.people, p.id == pm.person_id)
        .where(pm.person_id.in_(ids))
        .order_by(pm.dated, pm.briefing_id)
    ).all()
    by_person: dict[int, list[Any]] = {}
    for m in mentions:
        by_person.setdefault(m.person_id, []).append(m)
    orphans = [pid for pid in ids if pid not in by_person]
    if orphans:
        conn.execute(delete(t.person_aliases).where(t.person_aliases.c.person_id.in_(orphans)))
        conn.execute(update(t.quotes).where(t.quotes.c.speaker_id.in_(orphans)).values(speaker_id=None))
        conn.execute(delete(t.people).where(p.id.in_(orphans)))
    if not by_person:
        return
    conn.execute(delete(t.person_aliases).where(t.person_aliases.c.person_id.in_(list(by_person))))
    alias_rows: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    for pid, ms in by_person.items():
        name, key = ms[0].person_name, ms[0].key
        aliases = _merge_aliases([], name, [(m.name, m.aliases) for m in ms])
        keys = {name_key(a) for a in aliases} - {key, ""}
        alias_rows.extend({"person_id": pid, "key": k} for k in sorted(keys))
        updates.append({"b_id": pid, "b_aliases": aliases, "b_latest": ms[-1].id})
    _update_people(conn, updates)
    if alias_rows:
        conn.execute(insert(t.person_aliases), alias_rows)


def _merge_aliases(current: list[str], name: str, seen: list[tuple[str, list[str]]]) -> list[str]:
    """The display aliases: every other name a briefing used, first seen first."""
    out = dict.fromkeys(current)
    for mention_name, aliases in seen:
        for alias in (mention_name, *aliases):
            if alias != name and alias.strip():
                out[alias] = None
    return list(out)


def _update_people(conn: Connection, updates: list[dict[str, Any]]) -> None:
    if updates:
        conn.execute(
            update(t.people)
            .where(t.people.c.id == bindparam("b_id"))
            .values(aliases=bindparam("b_aliases"), latest_mention_id=bindparam("b_latest")),
            updates,
        )


def _add_mentions(conn: Connection, added: dict[int, dict[str, Any]]) -> None:
    """Fold freshly inserted mentions into their people without reading older mentions (O(1) each)."""
    latest = t.person_mentions.alias("latest")
    p, lm = t.people.c, latest.c
    rows = conn.execute(
        select(p.id, p.name, p.key, p.aliases, lm.dated, lm.briefing_id)
        .select_from(t.people)
        .outerjoin(latest, lm.id == p.latest_mention_id)
        .where(p.id.in_(list(added)))
    ).all()
    updates: list[dict[str, Any]] = []
    alias_rows: list[dict[str, Any]] = []
    for r in rows:
        m = added[r.id]
        newest = r.dated is None or (m["dated"], m["briefing_id"]) >= (r.dated, r.briefing_id)
        aliases = _merge_aliases(list(r.aliases), r.name, [(m["name"], m["aliases"])])
        known = {name_key(a) for a in r.aliases} | {r.key, ""}
        fresh = {name_key(a) for a in aliases} - known
        alias_rows.extend({"person_id": r.id, "key": k} for k in sorted(fresh))
        updates.append({"b_id": r.id, "b_aliases": aliases, "b_latest": m["id"] if newest else None})
    keep = [u for u in updates if u["b_latest"] is not None]
    _update_people(conn, keep)
    older = [{"b_id": u["b_id"], "b_aliases": u["b_aliases"]} for u in updates if u["b_latest"] is None]
    if older:
        conn.execute(
            update(t.people).where(p.id == bindparam("b_id")).values(aliases=bindparam("b_aliases")), older
        )
    if alias_rows:
        conn.execute(insert(t.person_aliases), alias_rows)


def refresh_people(conn: Connection, removed: set[int], added: dict[int, dict[str, Any]]) -> None:
    """Keep people right: full recompute for those who lost mentions, a quick fold for the rest."""
    if removed:
        _recompute_people(conn, sorted(removed))
    quick = {pid: m for pid, m in added.items() if pid not in removed}
    if quick:
        _add_mentions(conn, quick)


def resolve_people(conn: Connection, persons: list[Person]) -> list[int | None]:
    """The stored person id for each Person (created when new): matched by name key and aliases."""
    keys = [name_key(p.name) for p in persons]
    alias_keys = [[k for k in (name_key(a) for a in p.aliases) if " " in k] for p in persons]
    wanted = {k for k in keys if k} | {k for ks in alias_keys for k in ks}
    known: dict[str, int] = {}
    if wanted:
        for r in conn.execute(select(t.people.c.id, t.people.c.key).where(t.people.c.key.in_(wanted))):
            known[r.key] = r.id
    multi = {k for k in keys if " " in k and k not in known}
    if multi:
        for r in conn.execute(
            select(t.person_aliases.c.person_id, t.person_aliases.c.key)
            .where(t.person_aliases.c.key.in_(multi))
            .order_by(t.person_aliases.c.person_id)
        ):
            known.setdefault(r.key, r.person_id)
    fresh: dict[str, str] = {}  # key -> display name of people not stored yet
    for person, key, aks in zip(persons, keys, alias_keys, strict=True):
        if key and key not in known:
            pid = next((known[a] for a in aks if a in known), None)
            if pid is not None:
                known[key] = pid
            else:
                fresh.setdefault(key, person.name.strip())
    if fresh:
        rows = conn.execute(
            insert(t.people).returning(t.people.c.id, t.people.c.key, sort_by_parameter_order=True),
            [{"key": k, "name": n, "aliases": []} for k, n in fresh.items()],
        )
        known.update({r.key: r.id for r in rows})
    return [known[k] if k else None for k in keys]


def _new_id(conn: Connection, stmt: Any) -> int:
    """Execute an INSERT of one row and return its primary key."""
    key = conn.execute(stmt).inserted_primary_key
    if key is None:
        raise RuntimeError("the database returned no id for a new row")
    return int(key[0])


def _evidence(obj: Any) -> dict[str, Any]:
    return dict(obj.evidence.model_dump(mode="json"))


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
    conn: Connection, bid: int, evs: list[Event], person_id: Callable[[str | None], int | None]
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
        result = conn.execute(insert(t.events).returning(t.events.c.id, sort_by_parameter_order=True), rows)
        for (_, ev), eid in zip(wave, result.scalars(), strict=True):
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


def write_briefing(conn: Connection, b: Briefing, content_hash: str, now: datetime) -> IngestOutcome:
    """Insert or replace one briefing and its facts; the caller owns the transaction."""
    source = b.source
    lock_for_write(conn)
    row = conn.execute(
        select(t.briefings.c.id, t.briefings.c.content_hash).where(t.briefings.c.source == source)
    ).first()
    if row is not None and row.content_hash == content_hash:
        return IngestOutcome(briefing_id=row.id, status="unchanged", title=b.title, source=source)
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
        bid = row.id
        touched = delete_facts(conn, bid)
        conn.execute(update(t.briefings).where(t.briefings.c.id == bid).values(**values))
    else:
        bid = _new_id(conn, insert(t.briefings).values(**values))

    parts = b.sentences or split_sentences(b.text)
    if parts:
        spans = locate(b.text, parts)
        conn.execute(
            insert(t.sentences),
            [
                {"briefing_id": bid, "idx": i, "start": s, "end": e, "text": part}
                for i, (part, (s, e)) in enumerate(zip(parts, spans, strict=True))
            ],
        )

    ids = resolve_people(conn, b.people)
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
        result = conn.execute(
            insert(t.person_mentions).returning(t.person_mentions.c.id, sort_by_parameter_order=True),
            list(mentions.values()),
        )
        for m, mid in zip(mentions.values(), result.scalars(), strict=True):
            m["id"] = mid

    def person_id(name: str | None) -> int | None:
        if not name:
            return None
        return by_name.get(name) or by_name.get(name_key(name))

    participants = insert_events(conn, bid, b.events, person_id)
    if participants:
        conn.execute(insert(t.event_participants), participants)
    if b.quotes:
        conn.execute(
            insert(t.quotes),
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
    if b.topics:
        conn.execute(
            insert(t.topics),
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
    refresh_people(conn, touched, mentions)
    bump_revision(conn)
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
    refresh_people(conn, touched, {})
    bump_revision(conn)
    return True
