"""Event and briefing names in memory (rebuilt per store revision): fuzzy lookup and autocomplete.

A word index narrows a query to the texts sharing a word with it (exactly, as a prefix, or within a
typo), so WRatio only scores a few candidates even with tens of thousands of events.
"""

from __future__ import annotations

import bisect
import heapq
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from rapidfuzz import fuzz, process, utils
from sqlalchemy import Connection, select

from briefings import names
from briefings import schema as t
from briefings.names import fold

MATCH_CUTOFF = 50.0  # share of the query's words a name must hold
BAND = 15.0  # matches this far below the best one are dropped
MAX_CANDIDATES = 200


class WordIndex:
    """Which texts contain which folded words."""

    def __init__(self, texts: list[str]) -> None:
        by_word: dict[str, set[int]] = defaultdict(set)
        for i, text in enumerate(texts):
            for word in fold(text).split():
                by_word[word].add(i)
        self.by_word = dict(by_word)
        self.vocabulary = sorted(self.by_word)
        self.by_deletion: dict[str, list[str]] | None = None

    def _words_like(self, word: str) -> dict[str, float]:
        """Stored words equal to (1.0), starting with (0.9), or one typo from (0.9 x ratio) `word`."""
        found: dict[str, float] = {}
        if len(word) >= 4:
            if len(self.vocabulary) <= names.FULL_SCAN_WORDS:
                hits = process.extract(
                    word, self.vocabulary, scorer=fuzz.ratio, score_cutoff=names.FUZZY_CUTOFF, limit=50
                )
                found.update((w, 0.9 * score / 100) for w, score, _ in hits)
            else:
                for variant in names._deletions(word):
                    for w in self._deletion_map().get(variant, ()):
                        score = fuzz.ratio(word, w)
                        if score >= names.FUZZY_CUTOFF:
                            found[w] = 0.9 * score / 100
        if len(word) >= 2:
            at = bisect.bisect_left(self.vocabulary, word)
            taken = 0
            while at < len(self.vocabulary) and self.vocabulary[at].startswith(word) and taken < 200:
                found[self.vocabulary[at]] = 0.9
                at += 1
                taken += 1
        if word in self.by_word:
            found[word] = 1.0
        return found

    def _deletion_map(self) -> dict[str, list[str]]:
        """One-deletion variants of every stored word of 4+ letters, built on the first typo lookup."""
        if self.by_deletion is None:
            by_deletion: dict[str, list[str]] = defaultdict(list)
            for word in self.vocabulary:
                if len(word) >= 4:
                    for variant in names._deletions(word):
                        by_deletion[variant].append(word)
            self.by_deletion = dict(by_deletion)
        return self.by_deletion

    def scores(self, query: str) -> dict[int, float]:
        """Text position -> 0..100: the share of query words it holds (a prefix or a typo counts 90%)."""
        words = set(fold(query).split())
        if not words:
            return {}
        total: dict[int, float] = defaultdict(float)
        for word in words:
            best: dict[int, float] = {}
            for stored, weight in self._words_like(word).items():
                for d in self.by_word[stored]:
                    if weight > best.get(d, 0.0):
                        best[d] = weight
            for d, weight in best.items():
                total[d] += weight
        return {d: round(100.0 * v / len(words), 1) for d, v in total.items()}


class Choices:
    """Names for autocomplete, sorted, with their folded forms computed once."""

    def __init__(self, names_: list[str]) -> None:
        self.items = [(n, fold(n)) for n in sorted(dict.fromkeys(names_), key=str.casefold)]

    def complete(self, prefix: str, limit: int) -> list[str]:
        """Names starting with `prefix` (or with a word that does) first, then those containing it."""
        q = fold(prefix)
        if not q:
            return [n for n, _ in self.items[:limit]]
        first = [n for n, f in self.items if f.startswith(q) or f" {q}" in f" {f}"][:limit]
        if len(first) >= limit:
            return first
        chosen = set(first)
        rest = [n for n, f in self.items if q in f and n not in chosen]
        return (first + rest)[:limit]


def _top(scores: dict[int, float]) -> dict[int, float]:
    """The scores within BAND of the best one and above MATCH_CUTOFF."""
    if not scores:
        return {}
    floor = max(MATCH_CUTOFF, max(scores.values()) - BAND)
    return {d: s for d, s in scores.items() if s >= floor}


@dataclass
class Catalog:
    """Event names/places and briefing titles of one store revision."""

    revision: int = -1
    event_ids: list[int] = field(default_factory=list)
    event_text: list[str] = field(default_factory=list)
    event_sort: list[datetime | None] = field(default_factory=list)
    event_until: list[datetime | None] = field(default_factory=list)
    briefing_ids: list[int] = field(default_factory=list)
    briefing_text: list[str] = field(default_factory=list)
    event_words: WordIndex = field(default_factory=lambda: WordIndex([]))
    briefing_words: WordIndex = field(default_factory=lambda: WordIndex([]))
    event_names: Choices = field(default_factory=lambda: Choices([]))
    titles: Choices = field(default_factory=lambda: Choices([]))

    @classmethod
    def load(cls, conn: Connection, revision: int) -> Catalog:
        """Read every event and briefing name of the store."""
        cat = cls(revision=revision)
        e, b = t.events.c, t.briefings.c
        rows = conn.execute(
            select(e.id, e.name, e.place, e.venue, e.sort_utc, e.until_utc, b.title)
            .join(t.briefings, b.id == e.briefing_id)
            .order_by(e.id)
        )
        names_: list[str] = []
        for r in rows:
            cat.event_ids.append(r.id)
            names_.append(r.name)
            cat.event_text.append(" ".join(x for x in (r.name, r.place, r.venue, r.title) if x))
            cat.event_sort.append(r.sort_utc)
            cat.event_until.append(r.until_utc)
        titles: list[str] = []
        for br in conn.execute(select(b.id, b.title, b.source).order_by(b.id)):
            cat.briefing_ids.append(br.id)
            titles.append(br.title)
            cat.briefing_text.append(f"{br.title} {Path(br.source).stem if br.source else ''}")
        cat.event_words = WordIndex(cat.event_text)
        cat.briefing_words = WordIndex(cat.briefing_text)
        cat.event_names = Choices(names_)
        cat.titles = Choices(titles)
        return cat

    def events(self, query: str, now: datetime, limit: int) -> list[int]:
        """Ids of the events best matching `query`: upcoming first, then better matches, then sooner."""
        found = _top(self.event_words.scores(query))
        far = datetime.max.replace(tzinfo=UTC)

        def order(d: int) -> tuple[bool, float, datetime, int]:
            until = self.event_until[d]
            return (until is None or until <= now, -found[d], self.event_sort[d] or far, self.event_ids[d])

        return [self.event_ids[d] for d in heapq.nsmallest(limit, found, key=order)]

    def briefing(self, query: str) -> int | None:
        """The id of the briefing best matching `query` (ties: the closer title, then the newest)."""
        found = _top(self.briefing_words.scores(query))
        if not found:
            return None

        def order(d: int) -> tuple[float, float, int]:
            return (
                -found[d],
                -fuzz.WRatio(query, self.briefing_text[d], processor=utils.default_process),
                -d,
            )

        return self.briefing_ids[
            min(heapq.nsmallest(MAX_CANDIDATES, found, key=lambda d: -found[d]), key=order)
        ]
