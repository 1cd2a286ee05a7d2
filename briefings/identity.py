"""Who is who across briefings: one stored person per normalised name, kept right on every write."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, delete, select, update

from briefings import schema as t
from briefings.models import Person
from briefings.names import name_key
from briefings.sink import PersonRow, Sink


def _recompute_people(conn: Connection, sink: Sink, ids: list[int]) -> None:
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
    updates: list[tuple[int, list[str], int | None]] = []
    for pid, ms in by_person.items():
        name, key = ms[0].person_name, ms[0].key
        aliases = _merge_aliases([], name, [(m.name, m.aliases) for m in ms])
        keys = {name_key(a) for a in aliases} - {key, ""}
        alias_rows.extend({"person_id": pid, "key": k} for k in sorted(keys))
        updates.append((pid, aliases, ms[-1].id))
    sink.update_people(updates)
    sink.insert(t.person_aliases, alias_rows)


def _merge_aliases(current: list[str], name: str, seen: list[tuple[str, list[str]]]) -> list[str]:
    """The display aliases: every other name a briefing used, first seen first."""
    out = dict.fromkeys(current)
    for mention_name, aliases in seen:
        for alias in (mention_name, *aliases):
            if alias != name and alias.strip():
                out[alias] = None
    return list(out)


def _add_mentions(sink: Sink, added: dict[int, dict[str, Any]], known: dict[int, PersonRow]) -> None:
    """Fold freshly inserted mentions into their people (as read by `resolve_people`), O(1) each."""
    updates: list[tuple[int, list[str], int | None]] = []
    alias_rows: list[dict[str, Any]] = []
    for pid, m in added.items():
        r = known.get(pid)
        if r is None:
            continue
        newest = r.dated is None or (m["dated"], m["briefing_id"]) >= (r.dated, r.briefing_id)
        aliases = _merge_aliases(list(r.aliases), r.name, [(m["name"], m["aliases"])])
        seen = {name_key(a) for a in r.aliases} | {r.key, ""}
        fresh = {name_key(a) for a in aliases} - seen
        alias_rows.extend({"person_id": pid, "key": k} for k in sorted(fresh))
        updates.append((pid, aliases, m["id"] if newest else None))
    # ids in ascending order, as the single UPDATE ... WHERE id IN (...) of old would touch them
    sink.update_people(sorted(updates, key=lambda u: u[0]))
    sink.insert(t.person_aliases, alias_rows)


def refresh_people(
    conn: Connection,
    sink: Sink,
    removed: set[int],
    added: dict[int, dict[str, Any]],
    known: dict[int, PersonRow],
) -> None:
    """Keep people right: full recompute for those who lost mentions, a quick fold for the rest."""
    if removed:
        _recompute_people(conn, sink, sorted(removed))
    quick = {pid: m for pid, m in added.items() if pid not in removed}
    if quick:
        _add_mentions(sink, quick, known)


def resolve_people(sink: Sink, persons: list[Person]) -> tuple[list[int | None], dict[int, PersonRow]]:
    """The stored person id for each Person (created when new), matched by name key and aliases, and
    each matched person as stored before this ingest."""
    keys = [name_key(p.name) for p in persons]
    alias_keys = [[k for k in (name_key(a) for a in p.aliases) if " " in k] for p in persons]
    wanted = {k for k in keys if k} | {k for ks in alias_keys for k in ks}
    known: dict[str, int] = {}
    rows: dict[int, PersonRow] = {}
    for matched, row in sink.people(sorted(wanted), by_alias=False):
        known[matched] = row.id
        rows[row.id] = row
    multi = {k for k in keys if " " in k and k not in known}
    for matched, row in sink.people(sorted(multi), by_alias=True):
        known.setdefault(matched, row.id)
        rows.setdefault(row.id, row)
    fresh: dict[str, str] = {}  # key -> display name of people not stored yet
    for person, key, aks in zip(persons, keys, alias_keys, strict=True):
        if key and key not in known:
            pid = next((known[a] for a in aks if a in known), None)
            if pid is not None:
                known[key] = pid
            else:
                fresh.setdefault(key, person.name.strip())
    if fresh:
        new: list[dict[str, Any]] = [{"key": k, "name": n, "aliases": []} for k, n in fresh.items()]
        for (key, name), pid in zip(fresh.items(), sink.insert_ids(t.people, new), strict=True):
            known[key] = pid
            rows[pid] = PersonRow(pid, key, name, [], None, None)
    return [known[k] if k else None for k in keys], rows
