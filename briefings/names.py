"""Person-name normalisation and the in-memory name index behind `find_people` and autocomplete."""

from __future__ import annotations

import bisect
import functools
import gc
import heapq
import re
import unicodedata
from array import array
from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import accumulate, chain
from typing import Any

from rapidfuzz import fuzz

from briefings.name_words import FUZZY_CUTOFF, Postings, Words

HONORIFICS = frozenset(
    """
    mr mrs ms miss mx dr prof professor sir dame lord lady madam mme mlle herr frau sr sra president
    vice premier chancellor secretary minister ambassador envoy senator sen rep representative
    congressman congresswoman governor gov mayor judge justice general gen admiral adm colonel col
    lieutenant lt captain capt major maj sergeant sgt commander cmdr king queen prince princess
    emperor empress sheikh rev reverend father hon honourable honorable excellency he his her mp
    deputy chairman chairwoman chair
    """.split()  # noqa: SIM905
)
MAX_FUZZY_POOL = 2_000
NO_MENTION = 0xFFFFFFFF  # label index of a person without a latest mention (no view: never listed)

_PUNCT = re.compile(r"[^\w\s]+", re.UNICODE)


class _Rules(dict[int, int | str | None]):
    """fold's per-character rules after casefold and NFKD, as a str.translate table filled in as
    characters are first seen: combining marks and apostrophes go, other punctuation and "_" become
    spaces (runs of spaces do not matter: callers split or re-join the words)."""

    def __missing__(self, code: int) -> int | str | None:
        c = chr(code)
        rule: int | str | None = code
        if unicodedata.combining(c) or c in "'’":
            rule = None
        elif c == "_" or _PUNCT.fullmatch(c):
            rule = " "
        self[code] = rule
        return rule


def _ascii_table() -> dict[int, str | None]:
    """The same rules for ASCII text, with casefolding (NFKD changes no ASCII character)."""
    table: dict[int, str | None] = {}
    for code in range(128):
        c = chr(code)
        table[code] = None if c == "'" else " " if c == "_" or _PUNCT.fullmatch(c) else c.casefold()
    return table


_RULES = _Rules()
_ASCII = _ascii_table()


def fold_words(value: str) -> list[str]:
    """The words of `fold(value)`: casefolded, diacritics stripped, split at punctuation and spaces."""
    if value.isascii():
        return value.translate(_ASCII).split()
    return unicodedata.normalize("NFKD", value.casefold()).translate(_RULES).split()


def fold(value: str) -> str:
    """Casefold and strip diacritics; punctuation becomes space (hyphenated names split in two)."""
    return " ".join(fold_words(value))


@functools.lru_cache(maxsize=8192)
def name_key(value: str) -> str:
    """The normalised key of a person's name: folded, honorifics and middle initials dropped."""
    tokens = fold(value).split()
    while len(tokens) > 1 and tokens[0] in HONORIFICS:
        tokens = tokens[1:]
    if len(tokens) > 2:
        tokens = [tokens[0], *(t for t in tokens[1:-1] if len(t) > 1), tokens[-1]]
    return " ".join(tokens)


class NameIndex:
    """Lookups by key, alias, surname, given name, prefix and typo over every stored person.

    People are numbered by "position": their rank in (key, id) order, which is also the order results are
    ranked in, so a set of positions sorts into answer order by itself. Everything is kept in flat lists
    and arrays of positions (37,000 people take a few megabytes, not tens).
    """

    def __init__(self, revision: int = -1) -> None:
        self.revision = revision
        self.ids = array("q")  # person id by position
        self.keys: list[str] = []  # name key by position (sorted)
        self.names_: list[str] = []  # display name by position
        self.alias_starts = array("I", [0])  # alias keys of position p: alias_flat[starts[p]:starts[p+1]]
        self.alias_flat: list[str] = []
        # alias key, surname, given name, and any key, alias key or word of them -> positions
        self.by_alias = self.by_last = self.by_first = self.by_word = Postings([], {})
        self.vocabulary = Words([])  # distinct name words, for typos
        self._blob = ""  # every key in stored order, "\n"-joined: one str.find per "contains" step
        self._blob_starts = array("I")
        self._blob_pos = array("I")
        self._display: list[str] | None = None
        # current role and country by position, as indexes into `labels` (distinct values, None first)
        self.labels: list[str | None] = [None]
        self.role_ix = array("I")
        self.country_ix = array("I")

    @classmethod
    def build(
        cls, revision: int, people: Iterable[Sequence[Any]], aliases: Iterable[tuple[int, str]]
    ) -> NameIndex:
        """Index (id, name, key[, role, country, latest mention id]) rows of people, in id order, and
        (person id, alias key) rows of aliases."""
        enabled = gc.isenabled()
        gc.disable()  # ~300,000 short-lived lists and strings: collections would only rescan them
        try:
            return cls._build(revision, list(people), aliases)
        finally:
            if enabled:
                gc.enable()

    @classmethod
    def _build(
        cls, revision: int, rows: list[Sequence[Any]], aliases: Iterable[tuple[int, str]]
    ) -> NameIndex:
        index = cls(revision)
        by_word: dict[str, list[int]] = defaultdict(list)  # a position may repeat: uses take sets
        alias_keys: dict[int, list[str]] = defaultdict(list)
        canon: dict[str, str] = {}
        for pid, alias_key in aliases:
            alias_key = canon.setdefault(alias_key, alias_key)
            alias_keys[pid].append(alias_key)
            by_word[alias_key]  # filed first, so equal words share this one str object
        # (key, id) order: a stable sort by key of rows read in id order (keys are unique anyway)
        order = sorted(range(len(rows)), key=[r[2] for r in rows].__getitem__)
        stored_pos = [0] * len(rows)
        for pos, i in enumerate(order):
            stored_pos[i] = pos
        index.ids = array("q", [rows[i][0] for i in order])
        index.keys = [rows[i][2] for i in order]
        index.names_ = [rows[i][1] for i in order]
        index._label(rows, order)
        by_alias: dict[str, list[int]] = defaultdict(list)
        by_last: dict[str, list[int]] = defaultdict(list)
        by_first: dict[str, list[int]] = defaultdict(list)
        alias_of: list[Sequence[str]] = [()] * len(rows)
        for row, pos in zip(rows, stored_pos, strict=True):  # stored order, kept per word
            pid, key = row[0], row[2]
            tokens = key.split()
            if tokens:
                by_last[tokens[-1]].append(pos)
                if len(tokens) > 1:
                    by_first[tokens[0]].append(pos)
                    by_word[key].append(pos)
                for tok in tokens:
                    by_word[tok].append(pos)
            keys = alias_keys.get(pid)
            if keys:
                if len(keys) > 1 or keys[0] in (key, ""):
                    keys = sorted(k for k in keys if k and k != key)
                alias_of[pos] = keys
                for k in keys:
                    by_alias[k].append(pos)
                    by_word[k].append(pos)
                    if " " in k:
                        for tok in k.split():
                            by_word[tok].append(pos)
        index.alias_flat = list(chain.from_iterable(alias_of))
        index.alias_starts = array("I", [0, *accumulate(map(len, alias_of))])
        words = sorted(by_word)  # every other group's words are among these
        index.by_alias, index.by_last = Postings(words, by_alias), Postings(words, by_last)
        index.by_first, index.by_word = Postings(words, by_first), Postings(words, by_word)
        index.vocabulary = Words([w for w in words if " " not in w])
        index._blob = "\n".join(r[2] for r in rows)
        index._blob_starts = array("I", [0, *accumulate(len(r[2]) + 1 for r in rows)][: len(rows)])
        index._blob_pos = array("I", stored_pos)
        return index

    def _label(self, rows: list[Sequence[Any]], order: list[int]) -> None:
        """Fill role_ix/country_ix from the rows' role, country and mention columns (when present)."""
        number: dict[str | None, int] = {None: 0}
        role_ix, country_ix = array("I"), array("I")
        for i in order:
            row = rows[i]
            if len(row) < 6:
                role_ix.append(0)
                country_ix.append(0)
            elif row[5] is None:
                role_ix.append(NO_MENTION)
                country_ix.append(0)
            else:
                role_ix.append(number.setdefault(row[3], len(number)))
                country_ix.append(number.setdefault(row[4], len(number)))
        self.labels = list(number)
        self.role_ix, self.country_ix = role_ix, country_ix

    def _aliases(self, pos: int) -> list[str]:
        return self.alias_flat[self.alias_starts[pos] : self.alias_starts[pos + 1]]

    def _prefixed(self, prefix: str, cap: int = 500) -> list[int]:
        """Positions of people whose key, alias or any name word starts with `prefix`, in name order."""
        found: dict[int, None] = {}
        for pos in self.by_word.prefixed(prefix):
            if len(found) >= cap:
                break
            found[pos] = None
        return list(found)

    def lookup(self, query: str, limit: int) -> list[tuple[int, float, str]]:
        """(person id, score, how) best first: the first rule that matches anyone decides the answer."""
        return [(self.ids[pos], score, how) for pos, score, how in self._lookup(query, limit)]

    def briefs(self, query: str, limit: int) -> list[tuple[int, str, str | None, str | None, float, str]]:
        """(id, name, role, country, score, how) of `lookup`'s answers, leaving out people without a
        latest mention (as find_people does)."""
        out = []
        labels = self.labels
        for pos, score, how in self._lookup(query, limit):
            role = self.role_ix[pos]
            if role != NO_MENTION:
                out.append(
                    (self.ids[pos], self.names_[pos], labels[role], labels[self.country_ix[pos]], score, how)
                )
        return out

    def _lookup(self, query: str, limit: int) -> list[tuple[int, float, str]]:
        """(position, score, how) best first."""
        q = name_key(query)
        if not q:
            return []

        def ranked(positions: Iterable[int], score: float, how: str) -> list[tuple[int, float, str]]:
            # the first `limit` in name order (a common given name can match thousands)
            return [(p, score, how) for p in heapq.nsmallest(limit, set(positions))]

        lo = bisect.bisect_left(self.keys, q)
        hi = bisect.bisect_right(self.keys, q, lo)
        if lo < hi:
            return ranked(range(lo, hi), 100.0, "exact")
        if " " in q:
            alias_hits = self.by_alias.get(q)
            if alias_hits:
                return ranked(alias_hits, 100.0, "alias")
        else:
            # one word: everyone with that surname, given name or one-word alias, with equal scores
            last = set(self.by_last.get(q))
            alias = set(self.by_alias.get(q)) - last
            named = ranked(last, 95.0, "surname") + ranked(alias, 95.0, "alias")
            if len(named) < limit:
                given = set(self.by_first.get(q)) - last - alias
                named += ranked(given, 90.0, "given")
            if named:
                return named[:limit]
        if len(q) >= 2:
            prefixed = self._prefixed(q)
            if prefixed:
                return ranked(prefixed, 85.0, "prefix")
        return self._fuzzy(q, limit)

    def _fuzzy(self, q: str, limit: int) -> list[tuple[int, float, str]]:
        """Typo-tolerant matches: query words against name words; whole names by WRatio for several."""
        per_token: list[dict[int, float]] = []
        for tok in q.split():
            best: dict[int, float] = {}
            for word, score in self.vocabulary.similar(tok):
                for pos in self.by_word.get(word):
                    if score > best.get(pos, 0.0):
                        best[pos] = score
            if best:
                per_token.append(best)
        if not per_token:
            return []
        if len(per_token) == 1 and " " not in q:
            scored = [(pos, round(score, 1)) for pos, score in per_token[0].items()]
        else:
            common = set.intersection(*(set(b) for b in per_token))
            pool = common or set().union(*(set(b) for b in sorted(per_token, key=len)[:1]))
            scored = []
            for pos in list(pool)[:MAX_FUZZY_POOL]:
                whole = max(fuzz.WRatio(q, k) for k in (self.keys[pos], *self._aliases(pos)))
                if whole >= FUZZY_CUTOFF:
                    scored.append((pos, round(whole, 1)))
        scored.sort(key=lambda m: (-m[1], m[0]))
        return [(pos, score, "fuzzy") for pos, score in scored[:limit]]

    def names(self, prefix: str, limit: int) -> list[str]:
        """Display names for autocomplete: prefix matches first, then names containing the text."""
        q = fold(prefix)
        if not q:
            if self._display is None:
                stored_order = (self.names_[p] for p in self._blob_pos)
                self._display = sorted(dict.fromkeys(stored_order), key=str.casefold)
            return self._display[:limit]
        out: dict[str, None] = {}
        for pos in self._prefixed(q):
            out[self.names_[pos]] = None
            if len(out) >= limit:
                return list(out)
        # then keys containing the text, in stored order (q holds no newline: it never spans two keys)
        at = self._blob.find(q)
        while at >= 0 and len(out) < limit:
            i = bisect.bisect_right(self._blob_starts, at) - 1
            out[self.names_[self._blob_pos[i]]] = None
            following = i + 1 < len(self._blob_starts)
            at = self._blob.find(q, self._blob_starts[i + 1]) if following else -1
        return list(out)
