"""Full-text search over stored sentences: FTS5 on SQLite, a tsvector column + GIN index on PostgreSQL."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, text

SQLITE_DDL = (
    """CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5(
        text, content='sentences', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2')""",
    # new sentences are indexed a briefing at a time by SQLITE_INDEX_BRIEFING (twice as fast as a
    # per-row trigger); databases made before that lose the old insert trigger here
    "DROP TRIGGER IF EXISTS sentences_fts_ai",
    """CREATE TRIGGER IF NOT EXISTS sentences_fts_ad AFTER DELETE ON sentences BEGIN
        INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text); END""",
    """CREATE TRIGGER IF NOT EXISTS sentences_fts_au AFTER UPDATE ON sentences BEGIN
        INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text); END""",
)

SQLITE_INDEX_BRIEFING = (
    "INSERT INTO sentences_fts(rowid, text) SELECT id, text FROM sentences WHERE briefing_id = ? ORDER BY id"
)
_SQLITE_INDEX_BRIEFINGS = (
    "INSERT INTO sentences_fts(rowid, text) SELECT id, text FROM sentences"
    " WHERE briefing_id IN ({}) ORDER BY id"
)
_INDEX_CHUNK = 500  # briefing ids per statement, under SQLite's bound-parameter limit

POSTGRES_DDL = (
    """ALTER TABLE sentences ADD COLUMN IF NOT EXISTS tsv tsvector
        GENERATED ALWAYS AS (to_tsvector('english', text)) STORED""",
    "CREATE INDEX IF NOT EXISTS ix_sentences_tsv ON sentences USING GIN (tsv)",
)

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")


class DeferredIndex:
    """Briefings of a SQLite batch whose sentences are indexed together when the batch ends.

    FTS5 writes its pending terms out as a new segment at every savepoint, so indexing each briefing in
    its own savepoint made a segment (and later merges) per briefing; one statement at the end makes one.
    """

    def __init__(self, cur: Any) -> None:
        self.cur = cur
        self.pending: list[int] = []

    def flush(self) -> None:
        """Index the pending briefings' sentences (before deleting any: the delete trigger needs them)."""
        ids, self.pending = self.pending, []
        for first in range(0, len(ids), _INDEX_CHUNK):
            chunk = ids[first : first + _INDEX_CHUNK]
            self.cur.execute(_SQLITE_INDEX_BRIEFINGS.format(", ".join("?" * len(chunk))), chunk)


def create_fts(conn: Connection) -> None:
    """Create the full-text index for this backend if missing."""
    ddl = SQLITE_DDL if conn.dialect.name == "sqlite" else POSTGRES_DDL
    for statement in ddl:
        conn.exec_driver_sql(statement)


_TOKEN = re.compile(r'(-?)"([^"]*)"?|(-?)(\S+)')
MAX_TERMS = 32


def _phrase(words: list[str]) -> str:
    return '"' + " ".join(words) + '"'  # words hold letters and digits only: nothing to escape


def websearch_fts5(query: str) -> str | None:
    """Web-search syntax ("a phrase", -word, or) as a safe FTS5 expression; None if nothing to find.

    Every term becomes a quoted FTS5 string built from letters and digits only, so no user input can be
    read as FTS5 syntax (`NEAR(`, `*`, `^`, column filters and stray quotes are all plain text).
    """
    groups: list[list[str]] = [[]]
    excluded: list[str] = []
    for m in _TOKEN.finditer(query):
        negative = bool(m[1] or m[3])
        raw = m[2] if m[2] is not None else m[4]
        if m[2] is None and not negative and raw.casefold() == "or":
            groups.append([])
            continue
        words = _WORD.findall(raw)
        if words:
            (excluded if negative else groups[-1]).append(_phrase(words))
    groups = [g[:MAX_TERMS] for g in groups if g]
    if not groups:
        return None
    expr = " OR ".join(f"({' '.join(g)})" for g in groups)
    for term in excluded[:MAX_TERMS]:
        expr = f"({expr}) NOT {term}"
    return expr


def plain_words(query: str) -> list[str] | None:
    """The words of a query without phrases, exclusions or OR (which may fall back to any word)."""
    if '"' in query or re.search(r"(^|\s)-\S", query) or re.search(r"(?i)(^|\s)or(\s|$)", query):
        return None
    words = _WORD.findall(query)
    return words[:MAX_TERMS] if len(words) > 1 else None


def search_rows(conn: Connection, query: str, limit: int) -> list[Any]:
    """Matching sentence rows (briefing_id, idx, start, end, text, rank), best first.

    Every word must match; a plain query of several words that matches nothing falls back to any word.
    """
    fallback = plain_words(query)
    if conn.dialect.name == "sqlite":
        sql = text(
            'SELECT s.briefing_id, s.idx, s.start, s."end", s.text, -bm25(sentences_fts) AS rank'
            " FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid"
            " WHERE sentences_fts MATCH :q ORDER BY bm25(sentences_fts) LIMIT :limit"
        )
        expr = websearch_fts5(query)
        if expr is None:
            return []
        rows = list(conn.execute(sql, {"q": expr, "limit": limit}))
        if not rows and fallback:
            any_word = " OR ".join(_phrase([w]) for w in fallback)
            rows = list(conn.execute(sql, {"q": any_word, "limit": limit}))
        return rows
    if not _WORD.search(query):
        return []
    sql_pg = (
        'SELECT s.briefing_id, s.idx, s.start, s."end", s.text, ts_rank(s.tsv, q) AS rank'
        " FROM sentences s, {fn}('english', :q) q"
        " WHERE s.tsv @@ q ORDER BY rank DESC, s.id LIMIT :limit"
    )
    params = {"q": query, "limit": limit}
    rows = list(conn.execute(text(sql_pg.format(fn="websearch_to_tsquery")), params))
    if not rows and fallback:
        # the words hold letters and digits only, so joined by | they form a valid to_tsquery expression
        params["q"] = " | ".join(fallback)
        rows = list(conn.execute(text(sql_pg.format(fn="to_tsquery")), params))
    return rows


def split_sentences(body: str) -> list[str]:
    """A plain fallback splitter for briefings that arrive without sentences: lines, then sentence ends."""
    out: list[str] = []
    for line in body.splitlines():
        line = line.strip()
        if line:
            out.extend(part.strip() for part in _SENTENCE_END.split(line) if part.strip())
    return out


def locate(body: str, parts: list[str]) -> list[tuple[int, int]]:
    """Character spans of each sentence in the body, searched in order; (0, 0) when not found."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for part in parts:
        at = body.find(part, pos)
        if at < 0:
            at = body.find(part)
        if at < 0:
            spans.append((0, 0))
            continue
        spans.append((at, at + len(part)))
        pos = at + len(part)
    return spans
