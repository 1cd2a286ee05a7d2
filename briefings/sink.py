"""Row writers behind the ingest path: the raw DB-API cursor on SQLite, SQLAlchemy Core elsewhere.

An ingest runs a couple of dozen small statements. Through SQLAlchemy each costs ~0.2 ms of Python
(compile-cache lookup, bind processing, result set-up) against ~0.02 ms in SQLite itself, so on SQLite
the writer talks to the driver's cursor directly, with the SQL built once from the table definitions and
values converted exactly as SQLAlchemy would store them. PostgreSQL keeps the Core statements.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from datetime import UTC, date, datetime
from operator import itemgetter
from typing import Any, NamedTuple, Protocol

import orjson
from sqlalchemy import JSON, Boolean, Connection, Date, Table, bindparam, insert, select, update

from briefings import schema as t
from briefings.search import SQLITE_INDEX_BRIEFING

BUMP_REVISION = "UPDATE meta SET revision = revision + 1 WHERE id = 1"


class PersonRow(NamedTuple):
    """A stored person as the writer needs them: display aliases and the date of the newest mention."""

    id: int
    key: str
    name: str
    aliases: list[str]
    dated: date | None
    briefing_id: int | None


class Sink(Protocol):
    """The few writes and reads one ingest makes, inside the caller's transaction."""

    def briefing_by_source(self, source: str) -> tuple[int, str] | None:
        """(id, content_hash) of the briefing stored from `source`."""
        ...

    def insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        """Insert rows (all with the same keys)."""
        ...

    def insert_ids(self, table: Table, rows: list[dict[str, Any]]) -> list[int]:
        """Insert rows (all with the same keys) and return their ids in order."""
        ...

    def index_sentences(self, briefing_id: int) -> None:
        """Add a briefing's new sentences to the full-text index (PostgreSQL's column is generated)."""
        ...

    def people(self, keys: Collection[str], *, by_alias: bool) -> list[tuple[str, PersonRow]]:
        """(matched key, person) of people whose name key (or alias key, ordered by id) is in `keys`."""
        ...

    def update_people(self, rows: list[tuple[int, list[str], int | None]]) -> None:
        """Set (id, display aliases, newest mention id or None to keep it) of people."""
        ...

    def bump_revision(self) -> None:
        """Tell every process's name index that the store changed."""
        ...


def _json_text(value: Any) -> str:
    """JSON text, by orjson (a fifth of json.dumps's cost here); what it refuses (huge ints) by json."""
    try:
        return orjson.dumps(value).decode()
    except orjson.JSONEncodeError:
        return json.dumps(value)


def _utc_text(value: datetime) -> str:
    """A datetime as SQLAlchemy stores UTCDateTime on SQLite: naive UTC, always with microseconds."""
    if value.tzinfo is None:
        raise ValueError(f"naive datetime {value.isoformat()} given to the store; use an aware one")
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _converter(column: Any) -> Callable[[Any], Any] | None:
    """How a Python value of this column goes to sqlite3 (None: as it is)."""
    kind = column.type
    if isinstance(kind, t.UTCDateTime):
        return _utc_text
    if isinstance(kind, JSON):
        return _json_text
    if isinstance(kind, Date):
        return date.isoformat
    if isinstance(kind, Boolean):
        return int
    return None


_Prepared = tuple[str, list[tuple[int, Callable[[Any], Any]]]]
_SQLITE_INSERTS: dict[tuple[str, tuple[str, ...]], _Prepared] = {}  # (table, columns) -> SQL, converters
_CORE_RETURNING: dict[str, Any] = {}  # table -> INSERT ... RETURNING id in parameter order
_PERSON_COLS = "p.id, p.key, p.name, p.aliases, m.dated, m.briefing_id"
_PERSON_JOIN = "LEFT JOIN person_mentions m ON m.id = p.latest_mention_id"


def _prepare(table: Table, names: tuple[str, ...]) -> _Prepared:
    """The INSERT for these columns and the (position, converter) of columns that need converting."""
    key = (table.name, names)
    found = _SQLITE_INSERTS.get(key)
    if found is None:
        cols = ", ".join(f'"{n}"' for n in names)
        marks = ", ".join("?" * len(names))
        convert = [(i, f) for i, f in enumerate(_converter(table.c[n]) for n in names) if f is not None]
        found = (f"INSERT INTO {table.name} ({cols}) VALUES ({marks})", convert)
        _SQLITE_INSERTS[key] = found
    return found


def _tuples(table: Table, rows: list[dict[str, Any]]) -> tuple[str, list[tuple[Any, ...]]]:
    """The INSERT statement and the rows as converted parameter tuples."""
    names = tuple(rows[0])
    sql, convert = _prepare(table, names)
    if len(names) == 1:
        return sql, [(row[names[0]],) for row in rows]
    pick = itemgetter(*names)
    if not convert:
        return sql, [pick(row) for row in rows]
    out = []
    for row in rows:
        values = list(pick(row))
        for i, f in convert:
            if values[i] is not None:
                values[i] = f(values[i])
        out.append(tuple(values))
    return sql, out


class SQLiteSink:
    """Writes through the sqlite3 cursor of the SQLAlchemy connection (same transaction)."""

    def __init__(self, conn: Connection) -> None:
        self.cur = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]

    def briefing_by_source(self, source: str) -> tuple[int, str] | None:
        """(id, content_hash) of the briefing stored from `source`."""
        self.cur.execute("SELECT id, content_hash FROM briefings WHERE source = ?", (source,))
        row = self.cur.fetchone()
        return (int(row[0]), str(row[1])) if row is not None else None

    def insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        """Insert rows (all with the same keys)."""
        if rows:
            self.cur.executemany(*_tuples(table, rows))

    def insert_ids(self, table: Table, rows: list[dict[str, Any]]) -> list[int]:
        """Insert rows one by one (a row costs microseconds here) and return their rowids."""
        if not rows:
            return []
        sql, values = _tuples(table, rows)
        ids = []
        for v in values:
            self.cur.execute(sql, v)
            ids.append(int(self.cur.lastrowid or 0))
        return ids

    def index_sentences(self, briefing_id: int) -> None:
        """Add a briefing's new sentences to the FTS5 table in one statement."""
        self.cur.execute(SQLITE_INDEX_BRIEFING, (briefing_id,))

    def people(self, keys: Collection[str], *, by_alias: bool) -> list[tuple[str, PersonRow]]:
        """(matched key, person) of people whose name key (or alias key, ordered by id) is in `keys`."""
        if not keys:
            return []
        marks = ", ".join("?" * len(keys))
        if by_alias:
            sql = (
                f"SELECT a.key, {_PERSON_COLS} FROM person_aliases a JOIN people p ON p.id = a.person_id "
                f"{_PERSON_JOIN} WHERE a.key IN ({marks}) ORDER BY a.person_id"
            )
        else:
            sql = f"SELECT p.key, {_PERSON_COLS} FROM people p {_PERSON_JOIN} WHERE p.key IN ({marks})"
        self.cur.execute(sql, tuple(keys))
        return [
            (
                k,
                PersonRow(
                    pid, key, name, json.loads(aliases), date.fromisoformat(dated) if dated else None, bid
                ),
            )
            for k, pid, key, name, aliases, dated, bid in self.cur.fetchall()
        ]

    def update_people(self, rows: list[tuple[int, list[str], int | None]]) -> None:
        """Set (id, display aliases, newest mention id or None to keep it) of people."""
        latest = [(_json_text(a), m, pid) for pid, a, m in rows if m is not None]
        older = [(_json_text(a), pid) for pid, a, m in rows if m is None]
        if latest:
            self.cur.executemany("UPDATE people SET aliases = ?, latest_mention_id = ? WHERE id = ?", latest)
        if older:
            self.cur.executemany("UPDATE people SET aliases = ? WHERE id = ?", older)

    def bump_revision(self) -> None:
        """Tell every process's name index that the store changed."""
        self.cur.execute(BUMP_REVISION)


_p, _a, _lm = t.people.c, t.person_aliases.c, t.person_mentions.alias("latest")
_PERSON = (_p.id, _p.key, _p.name, _p.aliases, _lm.c.dated, _lm.c.briefing_id)
_CORE_BY_SOURCE = select(t.briefings.c.id, t.briefings.c.content_hash).where(
    t.briefings.c.source == bindparam("source")
)
_CORE_BY_KEY = (
    select(_p.key.label("matched"), *_PERSON)
    .outerjoin(_lm, _lm.c.id == _p.latest_mention_id)
    .where(_p.key.in_(bindparam("keys", expanding=True)))
)
_CORE_BY_ALIAS = (
    select(_a.key.label("matched"), *_PERSON)
    .join(t.people, _p.id == _a.person_id)
    .outerjoin(_lm, _lm.c.id == _p.latest_mention_id)
    .where(_a.key.in_(bindparam("keys", expanding=True)))
    .order_by(_a.person_id)
)
_CORE_SET_LATEST = (
    update(t.people)
    .where(_p.id == bindparam("b_id"))
    .values(aliases=bindparam("b_aliases"), latest_mention_id=bindparam("b_latest"))
)
_CORE_SET_ALIASES = update(t.people).where(_p.id == bindparam("b_id")).values(aliases=bindparam("b_aliases"))


class CoreSink:
    """Writes through SQLAlchemy Core (PostgreSQL): multi-row inserts with RETURNING in parameter order."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def briefing_by_source(self, source: str) -> tuple[int, str] | None:
        """(id, content_hash) of the briefing stored from `source`."""
        row = self.conn.execute(_CORE_BY_SOURCE, {"source": source}).first()
        return (int(row.id), str(row.content_hash)) if row is not None else None

    def insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        """Insert rows (all with the same keys)."""
        if rows:
            self.conn.execute(insert(table), rows)

    def insert_ids(self, table: Table, rows: list[dict[str, Any]]) -> list[int]:
        """Insert rows and return their ids in order."""
        if not rows:
            return []
        stmt = _CORE_RETURNING.get(table.name)
        if stmt is None:
            stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
            _CORE_RETURNING[table.name] = stmt
        return [int(i) for i in self.conn.execute(stmt, rows).scalars()]

    def index_sentences(self, briefing_id: int) -> None:
        """Nothing to do: the tsvector column is generated from the text."""

    def people(self, keys: Collection[str], *, by_alias: bool) -> list[tuple[str, PersonRow]]:
        """(matched key, person) of people whose name key (or alias key, ordered by id) is in `keys`."""
        if not keys:
            return []
        stmt = _CORE_BY_ALIAS if by_alias else _CORE_BY_KEY
        return [
            (r.matched, PersonRow(r.id, r.key, r.name, list(r.aliases), r.dated, r.briefing_id))
            for r in self.conn.execute(stmt, {"keys": list(keys)})
        ]

    def update_people(self, rows: list[tuple[int, list[str], int | None]]) -> None:
        """Set (id, display aliases, newest mention id or None to keep it) of people."""
        latest = [{"b_id": p, "b_aliases": a, "b_latest": m} for p, a, m in rows if m is not None]
        older = [{"b_id": p, "b_aliases": a} for p, a, m in rows if m is None]
        if latest:
            self.conn.execute(_CORE_SET_LATEST, latest)
        if older:
            self.conn.execute(_CORE_SET_ALIASES, older)

    def bump_revision(self) -> None:
        """Tell every process's name index that the store changed."""
        self.conn.exec_driver_sql(BUMP_REVISION)


def sink_for(conn: Connection) -> Sink:
    """The fastest correct writer for this connection's backend."""
    return SQLiteSink(conn) if conn.dialect.name == "sqlite" else CoreSink(conn)
