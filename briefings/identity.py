"""Who is who across briefings: one stored person per normalised name, kept right on every write."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from briefings import schema as t
from briefings.models import Person
from briefings.names import name_key

# Hot statements are built once (a prebuilt statement's cache key is memoised by SQLAlchemy).
_p, _a, _lm = t.people.c, t.person_aliases.c, t.person_mentions.alias("latest")
_PEOPLE_BY_KEY = select(_p.id, _p.key).where(_p.key.in_(bindparam("keys", expanding=True)))
_PEOPLE_BY_ALIAS = (
    select(_a.person_id, _a.key).where(_a.key.in_(bindparam("keys", expanding=True))).order_by(_a.person_id)
)
_NEW_PEOPLE = insert(t.people).returning(_p.id, _p.key, sort_by_parameter_order=True)
_PEOPLE_WITH_LATEST = (
    select(_p.id, _p.name, _p.key, _p.aliases, _lm.c.dated, _lm.c.briefing_id)
    .select_from(t.people)
    .outerjoin(_lm, _lm.c.id == _p.latest_mention_id)
    .where(_p.id.in_(bindparam("ids", expanding=True)))
)
_SET_ALIASES = update(t.people).where(_p.id == bindparam("b_id")).values(aliases=bindparam("b_aliases"))
_SET_PEOPLE = (
    update(t.people)
    .where(_p.id == bindparam("b_id"))
    .values(aliases=bindparam("b_aliases"), latest_mention_id=bindparam("b_latest"))
)


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
        conn.execute(_SET_PEOPLE, updates)


def _add_mentions(conn: Connection, added: dict[int, dict[str, Any]]) -> None:
    """Fold freshly inserted mentions into their people without reading older mentions (O(1) each)."""
    rows = conn.execute(_PEOPLE_WITH_LATEST, {"ids": list(added)}).all()
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
        conn.execute(_SET_ALIASES, older)
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
        for r in conn.execute(_PEOPLE_BY_KEY, {"keys": list(wanted)}):
            known[r.key] = r.id
    multi = {k for k in keys if " " in k and k not in known}
    if multi:
        for r in conn.execute(_PEOPLE_BY_ALIAS, {"keys": list(multi)}):
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
        rows = conn.execute(_NEW_PEOPLE, [{"key": k, "name": n, "aliases": []} for k, n in fresh.items()])
        known.update({r.key: r.id for r in rows})
    return [known[k] if k else None for k in keys]
