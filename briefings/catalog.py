"""Event and briefing names in memory (rebuilt per store revision): fuzzy lookup and autocomplete.

A word index narrows a query to the texts sharing a word with it (exactly, as a prefix, or within a
typo). Scoring works on sets of texts held as Python ints used as bit sets (bit p = text p), so a word
found in every one of 30,000 events costs a few big-int operations, not 30,000 dictionary updates.
Events are numbered in (start, id) order, so the lowest bits of a set are its soonest events.
"""

from __future__ import annotations

import bisect
import heapq
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import accumulate, chain
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, utils

from briefings import name_words
from briefings.names import fold, fold_words

MATCH_CUTOFF = 50.0  # share of the query's words a name must hold
BAND = 15.0  # matches this far below the best one are dropped
MAX_CANDIDATES = 200
MULTI_DAY_SECONDS = 2 * 86_400  # events longer than this may have begun long before they end
_INF = float("inf")
_EPOCH = datetime(1970, 1, 1)


def _bits(positions: Iterable[int], size: int) -> int:
    """The set of `positions` (each below `size`) as an int."""
    buf = bytearray((size + 7) // 8)
    for p in positions:
        buf[p >> 3] |= 1 << (p & 7)
    return int.from_bytes(buf, "little")


def lowest(mask: int, count: int) -> list[int]:
    """The `count` smallest members of a bit set, ascending."""
    out: list[int] = []
    while mask and len(out) < count:
        low = mask & -mask
        out.append(low.bit_length() - 1)
        mask ^= low
    return out


def highest(mask: int, count: int) -> list[int]:
    """The `count` largest members of a bit set, descending."""
    out: list[int] = []
    while mask and len(out) < count:
        top = mask.bit_length() - 1
        out.append(top)
        mask ^= 1 << top
    return out


class WordIndex:
    """Which texts contain which folded words; scores a query against every text at once."""

    def __init__(self, texts: Iterable[str]) -> None:
        self._index(fold(text).split() for text in texts)

    @classmethod
    def from_words(cls, texts: Iterable[list[str]]) -> WordIndex:
        """The index of texts given as their folded words."""
        index = cls.__new__(cls)
        index._index(texts)
        return index

    def _index(self, texts: Iterable[list[str]]) -> None:
        by_word: dict[str, list[int]] = defaultdict(list)
        size = 0
        for i, words in enumerate(texts):
            for word in dict.fromkeys(words):
                by_word[word].append(i)
            size = i + 1
        self.size = size
        self.vocabulary = sorted(by_word)
        lists = [by_word[w] for w in self.vocabulary]
        self.flat = array("I", chain.from_iterable(lists))
        self.starts = array("I", [0, *accumulate(map(len, lists))])
        self.words = name_words.Words(self.vocabulary)
        self.words.prepare(min_len=4)
        # bit sets of the words in many texts (from here a bit set is no bigger than the list)
        self._common_from = max(64, size // 32)
        self._common = {i: _bits(lst, size) for i, lst in enumerate(lists) if len(lst) >= self._common_from}

    def _postings(self, i: int) -> Sequence[int]:
        return self.flat[self.starts[i] : self.starts[i + 1]]

    def _words_like(self, word: str) -> dict[int, float]:
        """Word numbers equal to (1.0), starting with (0.9), or one typo from (0.9 x ratio) `word`."""
        found: dict[int, float] = {}
        vocab = self.vocabulary
        if len(word) >= 4:
            # a full scan (small vocabularies) takes short words too; the length scan only 4+ letters
            for w, score in self.words.similar(word, min_len=4):
                found[bisect.bisect_left(vocab, w)] = 0.9 * score / 100
        if len(word) >= 2:
            at = bisect.bisect_left(vocab, word)
            taken = 0
            while at < len(vocab) and vocab[at].startswith(word) and taken < 200:
                found[at] = 0.9
                at += 1
                taken += 1
        at = bisect.bisect_left(vocab, word)
        if at < len(vocab) and vocab[at] == word:
            found[at] = 1.0
        return found

    def _levels(self, word: str) -> list[tuple[float, int]]:
        """(weight, texts) for one query word: each text under the best weight of its words, best first."""
        by_weight: dict[float, list[int]] = defaultdict(list)
        for i, weight in self._words_like(word).items():
            by_weight[weight].append(i)
        out: list[tuple[float, int]] = []
        taken = 0
        for weight in sorted(by_weight, reverse=True):
            mask, rare = 0, []
            for i in by_weight[weight]:
                common = self._common.get(i)
                if common is not None:
                    mask |= common
                else:
                    rare.append(self._postings(i))
            if rare:
                mask |= _bits(chain.from_iterable(rare), self.size)
            mask &= ~taken
            if mask:
                out.append((weight, mask))
                taken |= mask
        return out

    def scores(self, query: str) -> list[tuple[float, int]]:
        """(score, texts) best first, score 0..100 = the share of query words a text holds (a prefix or a
        typo counts 90%), for every score within BAND of the best and over MATCH_CUTOFF."""
        words = set(fold(query).split())
        if not words or not self.size:
            return []
        states: dict[float, int] = {0.0: (1 << self.size) - 1}  # running total -> texts
        for word in words:  # sums grow in the same order, so they round exactly as one by one
            levels = self._levels(word)
            if not levels:
                continue
            matched = 0
            for _, mask in levels:
                matched |= mask
            grown: dict[float, int] = defaultdict(int)
            for total, texts in states.items():
                if texts & ~matched:
                    grown[total] |= texts & ~matched
                for weight, mask in levels:
                    if texts & mask:
                        grown[total + weight] |= texts & mask
            states = grown
        by_score: dict[float, int] = defaultdict(int)
        for total, texts in states.items():
            if total:
                by_score[round(100.0 * total / len(words), 1)] |= texts
        if not by_score:
            return []
        floor = max(MATCH_CUTOFF, max(by_score) - BAND)
        return sorted(((s, m) for s, m in by_score.items() if s >= floor), reverse=True)


class Choices:
    """Names for autocomplete, sorted, with their folded forms in one string searched by str.find."""

    def __init__(self, names_: list[str]) -> None:
        self.names = sorted(dict.fromkeys(names_), key=str.casefold)
        folded = [fold(n) for n in self.names]
        self._blob = "\n" + "\n".join(folded)  # each name's folded form follows a newline
        self._starts = array("I", [0, *accumulate(len(f) + 1 for f in folded)][: len(folded)])

    def _item(self, at: int) -> int:
        """The name whose folded form holds blob offset `at`."""
        return bisect.bisect_right(self._starts, at) - 1

    def _finds(self, needle: str) -> Iterator[int]:
        at = self._blob.find(needle)
        while at >= 0:
            yield at
            at = self._blob.find(needle, at + 1)

    def complete(self, prefix: str, limit: int) -> list[str]:
        """Names starting with `prefix` (or with a word that does) first, then those containing it."""
        q = fold(prefix)
        if not q:
            return self.names[:limit]
        first: dict[int, None] = {}
        # a word start is the name's start (after the newline) or follows a space; both streams ascend
        for at in heapq.merge(self._finds("\n" + q), self._finds(" " + q)):
            if len(first) >= limit:
                break
            first[self._item(at)] = None
        if len(first) < limit:
            for at in self._finds(q):
                item = self._item(at)
                if item not in first:
                    first[item] = None
                    if len(first) >= limit:
                        break
        return [self.names[i] for i in first]


_EVENTS = (
    "SELECT e.id, e.name, e.place, e.venue, e.sort_utc, e.until_utc, b.title"
    " FROM events e JOIN briefings b ON b.id = e.briefing_id"
    " ORDER BY e.sort_utc IS NULL, e.sort_utc, e.id"
)
_BRIEFINGS = "SELECT id, title, source FROM briefings ORDER BY id"


def _timestamp(value: datetime | str | None, missing: float) -> float:
    """POSIX time of a stored UTC instant (SQLite gives naive UTC text, PostgreSQL aware datetimes)."""
    if value is None:
        return missing
    when = datetime.fromisoformat(value) if isinstance(value, str) else value
    # naive means UTC: the same microsecond count as timestamp() divides, without a tz object
    return when.timestamp() if when.tzinfo is not None else (when - _EPOCH).total_seconds()


def _stem(source: str) -> str:
    """Path(source).stem, without building a Path for the usual plain relative or absolute path."""
    name = source.rsplit("/", 1)[-1]
    if name in ("", ".", "..") or "/." in source or "//" in source:
        return Path(source).stem
    dot = name.rfind(".")
    return name[:dot] if 0 < dot < len(name) - 1 else name


class _Words:
    """fold_words with a memory, for the texts that repeat (titles, places)."""

    def __init__(self) -> None:
        self.seen: dict[str, list[str]] = {}

    def __call__(self, text: str | None) -> list[str]:
        if not text:
            return []
        words = self.seen.get(text)
        if words is None:
            words = self.seen[text] = fold_words(text)
        return words


@dataclass
class Catalog:
    """Event names/places and briefing titles of one store revision."""

    revision: int = -1
    event_ids: array[int] = field(default_factory=lambda: array("q"))  # by (start, id) position
    event_sort: array[float] = field(default_factory=lambda: array("d"))  # POSIX start; inf if undated
    event_until: array[float] = field(default_factory=lambda: array("d"))  # POSIX end; -inf if undated
    long_events: list[int] = field(default_factory=list)  # positions of events over two days long
    briefing_ids: list[int] = field(default_factory=list)
    briefing_text: list[str] = field(default_factory=list)
    event_words: WordIndex = field(default_factory=lambda: WordIndex([]))
    briefing_words: WordIndex = field(default_factory=lambda: WordIndex([]))
    event_name_list: list[str] = field(default_factory=list)  # in event id order
    title_list: list[str] = field(default_factory=list)  # in briefing id order
    _event_names: Choices | None = None
    _titles: Choices | None = None

    @property
    def event_names(self) -> Choices:
        """Event names for autocomplete (built on first use)."""
        if self._event_names is None:
            self._event_names = Choices(self.event_name_list)
        return self._event_names

    @property
    def titles(self) -> Choices:
        """Briefing titles for autocomplete (built on first use)."""
        if self._titles is None:
            self._titles = Choices(self.title_list)
        return self._titles

    @classmethod
    def load(cls, cur: Any, revision: int) -> Catalog:
        """Read every event and briefing name on a driver cursor (plain rows: no type processing); closes it.

        Rows are consumed as they arrive and only repeated texts (titles, places) keep their words, so
        the build's short-lived objects stay few: they would otherwise leave the heap fragmented.
        """
        cat = cls(revision=revision)
        words = _Words()
        try:
            cat.briefing_words = WordIndex.from_words(cat._briefings(cur.execute(_BRIEFINGS), words))
            names: list[str] = []
            cat.event_words = WordIndex.from_words(cat._events(cur.execute(_EVENTS), words, names))
        finally:
            cur.close()
        cat.event_name_list = [names[p] for p in sorted(range(len(names)), key=cat.event_ids.__getitem__)]
        return cat

    def _briefings(self, rows: Iterable[tuple[int, str, str]], words: _Words) -> Iterator[list[str]]:
        """The words of each briefing's title and file name, keeping its id, title and text."""
        for briefing_id, title, source in rows:
            stem = _stem(source) if source else ""
            self.briefing_ids.append(briefing_id)
            self.title_list.append(title)
            self.briefing_text.append(f"{title} {stem}")
            yield words(title) + fold_words(stem)

    def _events(
        self, rows: Iterable[tuple[Any, ...]], words: _Words, names: list[str]
    ) -> Iterator[list[str]]:
        """The words of each event's name, place, venue and briefing title, keeping its id and times."""
        for pos, (event_id, name, place, venue, sort_utc, until_utc, title) in enumerate(rows):
            self.event_ids.append(event_id)
            start, until = _timestamp(sort_utc, _INF), _timestamp(until_utc, -_INF)
            self.event_sort.append(start)
            self.event_until.append(until)
            if until - start > MULTI_DAY_SECONDS:
                self.long_events.append(pos)
            names.append(name)
            yield fold_words(name) + words(place) + words(venue) + words(title)

    def _upcoming(self, now: datetime) -> int:
        """Positions of the events not over at `now` (their end is after it)."""
        at = now.timestamp()
        sort = self.event_sort
        dated = bisect.bisect_left(sort, _INF)
        started = bisect.bisect_left(sort, at, 0, dated)
        mask = ((1 << dated) - 1) ^ ((1 << started) - 1)  # starting at or after now: not over
        # begun before now but not over: short ones began within two days, long ones are listed
        recent = range(bisect.bisect_left(sort, at - MULTI_DAY_SECONDS, 0, started), started)
        for pos in chain(recent, self.long_events):
            if sort[pos] < at < self.event_until[pos]:
                mask |= 1 << pos
        return mask

    def events(self, query: str, now: datetime, limit: int) -> list[int]:
        """Ids of the events best matching `query`: upcoming first, then better matches, then sooner."""
        found = self.event_words.scores(query)
        if not found:
            return []
        upcoming = self._upcoming(now)
        picked: list[int] = []
        for wanted in (upcoming, ~upcoming):
            for _, texts in found:
                picked += lowest(texts & wanted, limit - len(picked))
                if len(picked) >= limit:
                    return [self.event_ids[p] for p in picked]
        return [self.event_ids[p] for p in picked]

    def briefing(self, query: str) -> int | None:
        """The id of the briefing best matching `query` (ties: the closer title, then the newest)."""
        found = self.briefing_words.scores(query)
        candidates: list[tuple[float, int]] = []
        for score, texts in found:  # the best scores; among equals the newest, as the order prefers them
            candidates += [(score, d) for d in highest(texts, MAX_CANDIDATES - len(candidates))]
            if len(candidates) >= MAX_CANDIDATES:
                break
        if not candidates:
            return None

        def order(c: tuple[float, int]) -> tuple[float, float, int]:
            score, d = c
            return (-score, -fuzz.WRatio(query, self.briefing_text[d], processor=utils.default_process), -d)

        return self.briefing_ids[min(candidates, key=order)[1]]
