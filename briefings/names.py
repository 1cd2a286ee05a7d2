"""Person-name normalisation and the in-memory name index behind `find_people` and autocomplete."""

from __future__ import annotations

import bisect
import functools
import heapq
import re
import unicodedata
from array import array
from collections.abc import Iterable, Iterator, Sequence
from itertools import accumulate, chain
from operator import itemgetter

from rapidfuzz import fuzz, process

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
FUZZY_CUTOFF = 80.0
FULL_SCAN_WORDS = 2_000  # up to this many distinct name words, typos are scored against every word
MAX_FUZZY_POOL = 2_000

_PUNCT = re.compile(r"[^\w\s]+", re.UNICODE)
_SPACE = re.compile(r"\s+")


def fold(value: str) -> str:
    """Casefold and strip diacritics; punctuation becomes space (hyphenated names split in two)."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    bare = bare.replace("'", "").replace("’", "")
    return _SPACE.sub(" ", _PUNCT.sub(" ", bare).replace("_", " ")).strip()


@functools.lru_cache(maxsize=8192)
def name_key(value: str) -> str:
    """The normalised key of a person's name: folded, honorifics and middle initials dropped."""
    tokens = fold(value).split()
    while len(tokens) > 1 and tokens[0] in HONORIFICS:
        tokens = tokens[1:]
    if len(tokens) > 2:
        tokens = [tokens[0], *(t for t in tokens[1:-1] if len(t) > 1), tokens[-1]]
    return " ".join(tokens)


def _deletions(word: str) -> set[str]:
    """The word and every form of it with one character deleted."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def _one_typo_apart(a: str, b: str) -> bool:
    """True when deleting at most one character from each makes the two words equal."""
    return not _deletions(a).isdisjoint(_deletions(b))


class Words:
    """Distinct words, sorted, and grouped by length so a typo search scans only similar lengths."""

    __slots__ = ("by_length", "sorted")

    def __init__(self, words: list[str]) -> None:
        self.sorted = words
        self.by_length: dict[int, list[str]] = {}
        for w in words:
            self.by_length.setdefault(len(w), []).append(w)

    def __len__(self) -> int:
        return len(self.sorted)

    def similar(self, word: str, *, min_len: int = 0) -> list[tuple[str, float]]:
        """Words within a typo of `word`, with their fuzz.ratio (>= FUZZY_CUTOFF).

        Up to FULL_SCAN_WORDS words: the best 50 of all. Beyond: every word of `min_len`+ letters that one
        deleted character on each side makes equal (lengths differ by one at most, so only those scan).
        """
        if len(self.sorted) <= FULL_SCAN_WORDS:
            found = process.extract(word, self.sorted, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=50)
            return [(w, score) for w, score, _ in found]
        out: list[tuple[str, float]] = []
        for size in (len(word) - 1, len(word), len(word) + 1):
            bucket = self.by_length.get(size) if size >= min_len else None
            if bucket:
                hits = process.extract(word, bucket, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=None)
                out.extend((w, score) for w, score, _ in hits if _one_typo_apart(word, w))
        return out


class Postings:
    """word -> integers, as sorted distinct words over one flat array (no object per entry)."""

    __slots__ = ("flat", "starts", "words")

    def __init__(self, groups: dict[str, list[int]]) -> None:
        self.words = sorted(groups)
        lists = [groups[w] for w in self.words]
        self.flat = array("I", chain.from_iterable(lists))
        self.starts = array("I", [0, *accumulate(map(len, lists))])

    def get(self, word: str) -> Sequence[int]:
        """The integers filed under `word`, in the order they were added."""
        i = bisect.bisect_left(self.words, word)
        if i < len(self.words) and self.words[i] == word:
            return self.flat[self.starts[i] : self.starts[i + 1]]
        return ()

    def prefixed(self, prefix: str) -> Iterator[int]:
        """The integers of every word starting with `prefix`, by word, then in the order added."""
        i = bisect.bisect_left(self.words, prefix)
        while i < len(self.words) and self.words[i].startswith(prefix):
            yield from self.flat[self.starts[i] : self.starts[i + 1]]
            i += 1


def _add(groups: dict[str, list[int]], word: str, pos: int) -> None:
    found = groups.get(word)
    if found is None:
        groups[word] = [pos]
    elif found[-1] != pos:  # one person's words are added together: a repeat is always the last entry
        found.append(pos)


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
        self.by_alias = Postings({})
        self.by_last = Postings({})
        self.by_first = Postings({})
        self.by_word = Postings({})  # keys, alias keys and each of their words -> positions
        self.vocabulary = Words([])  # distinct name words, for typos
        self._blob = ""  # every key in stored order, "\n"-joined: one str.find per "contains" step
        self._blob_starts = array("I")
        self._blob_pos = array("I")
        self._display: list[str] | None = None

    @classmethod
    def build(
        cls, revision: int, people: Iterable[tuple[int, str, str]], aliases: Iterable[tuple[int, str]]
    ) -> NameIndex:
        """Index (id, name, key) rows of people and (person id, alias key) rows of their aliases."""
        index = cls(revision)
        rows = list(people)
        canon: dict[str, str] = {}  # one str object per distinct word or alias key
        alias_keys: dict[int, list[str]] = {}
        for pid, alias_key in aliases:
            alias_keys.setdefault(pid, []).append(canon.setdefault(alias_key, alias_key))
        ordered = sorted(rows, key=itemgetter(2, 0))
        pos_by_id = {r[0]: pos for pos, r in enumerate(ordered)}
        index.ids = array("q", [r[0] for r in ordered])
        index.keys = [r[2] for r in ordered]
        index.names_ = [r[1] for r in ordered]
        by_alias: dict[str, list[int]] = {}
        by_last: dict[str, list[int]] = {}
        by_first: dict[str, list[int]] = {}
        by_word: dict[str, list[int]] = {}
        alias_of: list[list[str]] = [[] for _ in rows]
        stored_pos: list[int] = []
        for pid, _name, key in rows:  # stored order: postings keep it within a word
            pos = pos_by_id[pid]
            stored_pos.append(pos)
            keys = alias_keys.get(pid)
            if keys:
                keys = (
                    sorted(k for k in keys if k and k != key)
                    if len(keys) > 1 or keys[0] in (key, "")
                    else keys
                )
                alias_of[pos] = keys
                for ak in keys:
                    _add(by_alias, ak, pos)
            tokens = [canon.setdefault(w, w) for w in key.split()]
            if tokens:
                _add(by_last, tokens[-1], pos)
                if len(tokens) > 1:
                    _add(by_first, tokens[0], pos)
                    _add(by_word, key, pos)
            for tok in tokens:
                _add(by_word, tok, pos)
            for k in keys or ():
                _add(by_word, k, pos)
                if " " in k:
                    for tok in k.split():
                        _add(by_word, canon.setdefault(tok, tok), pos)
        index.alias_flat = list(chain.from_iterable(alias_of))
        index.alias_starts = array("I", [0, *accumulate(map(len, alias_of))])
        index.by_alias, index.by_last = Postings(by_alias), Postings(by_last)
        index.by_first, index.by_word = Postings(by_first), Postings(by_word)
        index.vocabulary = Words([w for w in index.by_word.words if " " not in w])
        index._blob = "\n".join(r[2] for r in rows)
        index._blob_starts = array("I", [0, *accumulate(len(r[2]) + 1 for r in rows)][: len(rows)])
        index._blob_pos = array("I", stored_pos)
        return index

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
        q = name_key(query)
        if not q:
            return []

        def ranked(positions: Iterable[int], score: float, how: str) -> list[tuple[int, float, str]]:
            # the first `limit` in name order (a common given name can match thousands)
            return [(self.ids[p], score, how) for p in heapq.nsmallest(limit, set(positions))]

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
        return [(self.ids[pos], score, "fuzzy") for pos, score in scored[:limit]]

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
