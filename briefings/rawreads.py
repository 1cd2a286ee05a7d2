"""The hot reads of /who, /talks and find_events on the SQLite driver's cursor.

Through SQLAlchemy each of these small indexed SELECTs costs ~0.1 ms of Python (compile-cache lookup,
expanding parameters, result processing) against ~0.01 ms in SQLite. Here the SQL is written once from the
table definitions and each value is converted exactly as SQLAlchemy's result processing would (ISO dates,
naive-UTC datetimes made aware, JSON text, 0/1 booleans), so `briefings.reads` builds the same views from
these rows as from Core's. PostgreSQL keeps the Core statements (`reads.CoreRows`).
"""

from __future__ import annotations

import json
from collections import namedtuple
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime
from operator import itemgetter
from typing import Any

import orjson
from sqlalchemy import JSON, Boolean, Column, Date

from briefings import schema as t

CHUNK = 900  # ids per IN list (SQLite's variable limit is far above; plans stay cached per size)


def _loads(value: Any) -> Any:
    """JSON text as Python, by orjson (~4x faster); what it refuses (NaN, huge ints) by json."""
    try:
        return orjson.loads(value)
    except orjson.JSONDecodeError:
        return json.loads(value)


def _datetime(value: str) -> datetime:
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def _converter(column: Column[Any]) -> Callable[[Any], Any] | None:
    """How SQLAlchemy turns the stored SQLite value of `column` into Python (None: as stored)."""
    kind = column.type
    if isinstance(kind, t.UTCDateTime):
        return _datetime
    if isinstance(kind, JSON):
        # evidence stays JSON text: reads.evidence parses it straight into the model, twice as fast
        return None if column.name == "evidence" else _loads
    if isinstance(kind, Date):
        return date.fromisoformat
    if isinstance(kind, Boolean):
        return bool
    return None


class _Shape:
    """A SELECT list: its SQL, a namedtuple for its rows and the converters of its columns."""

    def __init__(self, columns: Sequence[tuple[str, str, Column[Any]]]) -> None:
        self.sql = ", ".join(expr for _, expr, _ in columns)
        self.row: Any = namedtuple("Row", [name for name, _, _ in columns])  # type: ignore[misc]
        self.convert = [(i, f) for i, (_, _, col) in enumerate(columns) if (f := _converter(col)) is not None]

    def make(self, raw: tuple[Any, ...]) -> Any:
        """One driver row as a converted named row."""
        values = list(raw)
        for i, f in self.convert:
            if values[i] is not None:
                values[i] = f(values[i])
        return self.row._make(values)


_b, _e, _p, _pm, _q, _tp = (
    t.briefings.c,
    t.events.c,
    t.people.c,
    t.person_mentions.c,
    t.quotes.c,
    t.topics.c,
)
_SOURCE = [
    ("b_title", "b.title", _b.title),
    ("b_source", "b.source", _b.source),
    ("b_published", "b.published", _b.published),
]
_EVENT = _Shape([(c.name, f'e."{c.name}"', c) for c in t.events.c] + _SOURCE)
_EVENT_FROM = f"SELECT {_EVENT.sql} FROM events e JOIN briefings b ON b.id = e.briefing_id"
_TOPIC = _Shape([(c.name, f'tp."{c.name}"', c) for c in t.topics.c] + _SOURCE)
_PARTICIPANT = _Shape(
    [
        ("event_id", "ep.event_id", t.event_participants.c.event_id),
        ("id", "p.id", _p.id),
        ("name", "p.name", _p.name),
        ("role", "pm.role", _pm.role),
        ("country", "pm.country", _pm.country),
    ]
)
_PERSON = _Shape(
    [
        ("id", "p.id", _p.id),
        ("name", "p.name", _p.name),
        ("key", "p.key", _p.key),
        ("aliases", "p.aliases", _p.aliases),
        ("mention_name", "pm.name", _pm.name),
        ("role", "pm.role", _pm.role),
        ("country", "pm.country", _pm.country),
        ("evidence", "pm.evidence", _pm.evidence),
        ("bid", "b.id", _b.id),
        ("title", "b.title", _b.title),
        ("source", "b.source", _b.source),
        ("published", "b.published", _b.published),
        ("conflicts", "b.conflicts", _b.conflicts),
    ]
)
_QUOTE = _Shape(
    [
        ("id", "q.id", _q.id),
        ("speaker", "q.speaker", _q.speaker),
        ("speaker_id", "q.speaker_id", _q.speaker_id),
        ("text", "q.text", _q.text),
        ("evidence", "q.evidence", _q.evidence),
        ("person_name", "p.name", _p.name),
        ("bid", "b.id", _b.id),
        ("title", "b.title", _b.title),
        ("source", "b.source", _b.source),
        ("published", "b.published", _b.published),
    ]
)


# the participants of event e with their mention in e's briefing (both participant subqueries below)
_PARTS_OF_EVENT = (
    " FROM event_participants ep2 JOIN people p2 ON p2.id = ep2.person_id"
    " LEFT OUTER JOIN person_mentions pm2"
    " ON pm2.person_id = ep2.person_id AND pm2.briefing_id = e.briefing_id"
    " WHERE ep2.event_id = e.id"
)
# each event's participants as [[id, name, role, country], ...] in position order (an ORDER BY in a
# subquery under an aggregate is kept: SQLite does not flatten it)
_MEETING_PARTS = (
    "(SELECT json_group_array(json_array(x.id, x.name, x.role, x.country)) FROM"
    " (SELECT p2.id AS id, p2.name AS name, pm2.role AS role, pm2.country AS country"
    + _PARTS_OF_EVENT
    + " ORDER BY ep2.position) x)"
)
_MEETINGS_FROM = (
    f"SELECT {_EVENT.sql}, {{}} FROM events e JOIN briefings b ON b.id = e.briefing_id"
    " JOIN event_participants ep ON ep.event_id = e.id WHERE ep.person_id = ?"
)
_MEETINGS = (
    _MEETINGS_FROM.format(_MEETING_PARTS) + " ORDER BY e.sort_utc IS NULL, e.sort_utc DESC, e.id DESC LIMIT ?"
)
# Each ORDER BY above costs SQLite a temporary B-tree (opened, zeroed and freed per statement and per
# event: ~40,000 instructions each, more than the rows). Most people attend and say few enough that all
# of it fits the limit, so the first try reads them unsorted (at most limit + 1 rows) and sorts in
# Python: the participants by position (unique per event), as the JSON carries it first.
_UNSORTED_PARTS = (
    "(SELECT json_group_array(json_array(ep2.position, p2.id, p2.name, pm2.role, pm2.country))"
    + _PARTS_OF_EVENT
    + ")"
)
_MEETINGS_UNSORTED = _MEETINGS_FROM.format(_UNSORTED_PARTS) + " LIMIT ?"
_QUOTES_FROM = (
    f"SELECT {_QUOTE.sql}, b.dated FROM quotes q JOIN briefings b ON b.id = q.briefing_id"
    " LEFT OUTER JOIN people p ON p.id = q.speaker_id WHERE q.speaker_id = ?"
)
_QUOTES_SORTED = _QUOTES_FROM + " ORDER BY b.dated DESC, b.id DESC, q.id LIMIT ?"
_QUOTES_UNSORTED = _QUOTES_FROM + " LIMIT ?"


def _by_position(part: list[Any]) -> int:
    return int(part[0])


def _newest_quote(raw: tuple[Any, ...]) -> tuple[Any, Any]:
    """(dated, briefing id) of a _QUOTES_FROM row: newest briefing first when sorted in reverse."""
    return raw[-1], raw[6]


def _marks(n: int) -> str:
    return ",".join("?" * n)


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    """The distinct ids (IN has set semantics: a repeated id must not repeat rows across chunks)."""
    distinct = list(dict.fromkeys(ids)) if len(ids) > CHUNK else ids
    for i in range(0, len(distinct), CHUNK):
        yield distinct[i : i + CHUNK]


class RawRows:
    """Rows for `briefings.reads` read on one SQLite driver cursor (the caller owns the transaction)."""

    def __init__(self, cursor: Any) -> None:
        self.cur = cursor

    def _rows(self, shape: _Shape, sql: str, params: Sequence[Any]) -> list[Any]:
        return [shape.make(r) for r in self.cur.execute(sql, params).fetchall()]

    def events(self, ids: Sequence[int]) -> list[Any]:
        """Event rows of `ids`, in no particular order."""
        out: list[Any] = []
        for part in _chunks(ids):
            out += self._rows(_EVENT, f"{_EVENT_FROM} WHERE e.id IN ({_marks(len(part))})", part)
        return out

    def children(self, ids: Sequence[int]) -> list[Any]:
        """Side meetings of the events `ids`, soonest first (undated last), then by id."""
        out: list[Any] = []
        for part in _chunks(ids):
            out += self._rows(
                _EVENT,
                f"{_EVENT_FROM} WHERE e.parent_id IN ({_marks(len(part))})"
                " ORDER BY e.sort_utc IS NULL, e.sort_utc, e.id",
                part,
            )
        if len(ids) > CHUNK:
            out.sort(key=lambda r: (r.sort_utc is None, r.sort_utc or datetime.max.replace(tzinfo=UTC), r.id))
        return out

    def participants(self, ids: Sequence[int]) -> list[Any]:
        """(event_id, person id, name, role, country) of the events `ids`, by event, then position."""
        out: list[Any] = []
        for part in _chunks(ids):
            out += self._rows(
                _PARTICIPANT,
                f"SELECT {_PARTICIPANT.sql} FROM event_participants ep"
                " JOIN events e ON e.id = ep.event_id JOIN people p ON p.id = ep.person_id"
                " LEFT OUTER JOIN person_mentions pm"
                " ON pm.person_id = ep.person_id AND pm.briefing_id = e.briefing_id"
                f" WHERE ep.event_id IN ({_marks(len(part))}) ORDER BY ep.event_id, ep.position",
                part,
            )
        return out

    def topics(self, briefing_ids: Sequence[int]) -> list[Any]:
        """Topic rows of the briefings, by briefing, then id."""
        out: list[Any] = []
        for part in _chunks(briefing_ids):
            out += self._rows(
                _TOPIC,
                f"SELECT {_TOPIC.sql} FROM topics tp JOIN briefings b ON b.id = tp.briefing_id"
                f" WHERE tp.briefing_id IN ({_marks(len(part))}) ORDER BY tp.briefing_id, tp.id",
                part,
            )
        return out

    def people(self, ids: Sequence[int]) -> list[Any]:
        """Person rows with their newest mention and its briefing."""
        out: list[Any] = []
        for part in _chunks(ids):
            out += self._rows(
                _PERSON,
                f"SELECT {_PERSON.sql} FROM people p JOIN person_mentions pm ON pm.id = p.latest_mention_id"
                f" JOIN briefings b ON b.id = pm.briefing_id WHERE p.id IN ({_marks(len(part))})",
                part,
            )
        return out

    def person_events(self, person_id: int, limit: int) -> list[Any]:
        """The latest `limit` events a person attends (undated last), newest first."""
        return self._rows(
            _EVENT,
            f"{_EVENT_FROM} JOIN event_participants ep ON ep.event_id = e.id WHERE ep.person_id = ?"
            " ORDER BY e.sort_utc IS NULL, e.sort_utc DESC, e.id DESC LIMIT ?",
            (person_id, limit),
        )

    def meetings(self, person_id: int, limit: int) -> tuple[list[Any], list[Any]]:
        """person_events' rows and their participants' rows (as `participants` gives them), in one
        SELECT: each event row carries its participants as a JSON array, built by SQLite. The events
        come in no particular order (`limit` of them chosen as person_events chooses them)."""
        events: list[Any] = []
        parts: list[Any] = []
        found = self.cur.execute(_MEETINGS_UNSORTED, (person_id, limit + 1)).fetchall()
        if len(found) <= limit:
            for raw in found:
                row = _EVENT.make(raw[:-1])
                events.append(row)
                parts += [_PARTICIPANT.row(row.id, *p[1:]) for p in sorted(_loads(raw[-1]), key=_by_position)]
            return events, parts
        for raw in self.cur.execute(_MEETINGS, (person_id, limit)).fetchall():
            row = _EVENT.make(raw[:-1])
            events.append(row)
            parts += [_PARTICIPANT.row(row.id, *p) for p in _loads(raw[-1])]
        return events, parts

    def quotes_by_speaker(self, person_id: int, limit: int) -> list[Any]:
        """A person's quotes, newest briefing first (then by id)."""
        found = self.cur.execute(_QUOTES_UNSORTED, (person_id, limit + 1)).fetchall()
        if len(found) > limit:
            found = self.cur.execute(_QUOTES_SORTED, (person_id, limit)).fetchall()
        else:  # by id, then newest briefing first: a stable sort keeps the ids in order within one
            found.sort(key=itemgetter(0))
            found.sort(key=_newest_quote, reverse=True)
        return [_QUOTE.make(raw[:-1]) for raw in found]

    def upcoming(self, now: datetime, floor: datetime, kind: str | None, limit: int) -> list[Any]:
        """Store.upcoming_events' two reads: short events from `floor` by start, and long ones, unsorted."""
        kinded = " AND e.kind = ?" if kind is not None else ""
        extra = (kind,) if kind is not None else ()
        at, since = stored(now), stored(floor)
        recent = self._rows(
            _EVENT,
            f"{_EVENT_FROM} WHERE e.sort_utc >= ? AND e.until_utc > ?{kinded}"
            " ORDER BY e.sort_utc, e.id LIMIT ?",
            (since, at, *extra, limit),
        )
        # no ORDER BY and no sort_utc condition, or SQLite would walk the (kind, sort_utc) index
        ongoing = self._rows(
            _EVENT, f"{_EVENT_FROM} WHERE e.multi_day = 1 AND e.until_utc > ?{kinded}", (at, *extra)
        )
        return recent + ongoing


def stored(value: datetime) -> str:
    """An aware datetime as UTCDateTime stores it on SQLite (naive UTC text with microseconds)."""
    if value.tzinfo is None:
        raise ValueError(f"naive datetime {value.isoformat()} given to the store; use an aware one")
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


class Session:
    """One read on a pooled connection opened on first need; on SQLite a driver cursor in one
    transaction (a consistent snapshot across its SELECTs), elsewhere a Core connection."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.sqlite = engine.dialect.name == "sqlite"
        self._dbc: Any = None
        self._conn: Any = None
        self._cur: Any = None

    def connection(self) -> Any:
        """The Core connection (not on SQLite's fast path)."""
        if self._conn is None:
            self._conn = self.engine.connect()
        return self._conn

    def cursor(self) -> Any:
        """A driver cursor inside this read's transaction."""
        if self._cur is None:
            if self.sqlite and self._conn is None:
                self._dbc = self.engine.raw_connection()
                self._cur = self._dbc.driver_connection.cursor()
                self._cur.execute("BEGIN")
            else:
                self._cur = self.connection().connection.driver_connection.cursor()
        return self._cur

    def new_cursor(self) -> Any:
        """Another driver cursor in the same transaction (the caller closes it)."""
        self.cursor()
        dbc = self._dbc if self._dbc is not None else self.connection().connection
        return dbc.driver_connection.cursor()

    def rows(self) -> Any:
        """The Rows reader of this read: the driver's cursor on SQLite, Core elsewhere."""
        if self.sqlite:
            return RawRows(self.cursor())
        from briefings.reads import CoreRows

        return CoreRows(self.connection())

    def revision(self) -> int:
        """The store revision as of this read."""
        row = self.cursor().execute("SELECT revision FROM meta WHERE id = 1").fetchone()
        return int(row[0]) if row else 0

    def close(self) -> None:
        """End the transaction and give the connection back."""
        try:
            if self._cur is not None:
                self._cur.close()
            if self._dbc is not None:
                self._dbc.driver_connection.rollback()
                self._dbc.close()
        finally:
            if self._conn is not None:
                self._conn.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
