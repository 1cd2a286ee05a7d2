"""Person-name normalisation and the in-memory name index behind `find_people` and autocomplete."""

from __future__ import annotations

import bisect
import heapq
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

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


@dataclass
class IndexedPerson:
    """One person as the name index sees them."""

    id: int
    name: str
    key: str
    alias_keys: list[str]


@dataclass
class NameIndex:
    """Lookups by key, alias, surname, given name, prefix and typo over every stored person."""

    revision: int = -1
    people: dict[int, IndexedPerson] = field(default_factory=dict)
    by_key: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    by_alias: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    by_last: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    by_first: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    by_token: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    vocabulary: list[str] = field(default_factory=list)
    by_deletion: dict[str, list[str]] | None = None
    display: list[str] | None = None  # every name, sorted (built on first use)
    sorted_names: list[tuple[str, int]] = field(default_factory=list)

    @classmethod
    def build(
        cls, revision: int, people: Iterable[tuple[int, str, str]], aliases: Iterable[tuple[int, str]]
    ) -> NameIndex:
        """Index (id, name, key) rows of people and (person id, alias key) rows of their aliases."""
        index = cls(revision=revision)
        alias_keys: dict[int, list[str]] = defaultdict(list)
        for pid, alias_key in aliases:
            alias_keys[pid].append(alias_key)
        for pid, name, key in people:
            keys = sorted(k for k in alias_keys.get(pid, ()) if k and k != key)
            index.people[pid] = IndexedPerson(pid, name, key, keys)
            index.by_key[key].append(pid)
            tokens = key.split()
            if tokens:
                index.by_last[tokens[-1]].append(pid)
                if len(tokens) > 1:
                    index.by_first[tokens[0]].append(pid)
            for ak in keys:
                index.by_alias[ak].append(pid)
            for k in (key, *keys):
                index.sorted_names.append((k, pid))
                for tok in k.split():
                    index.by_token[tok].add(pid)
                    if tok != k:
                        index.sorted_names.append((tok, pid))
        index.sorted_names.sort()
        index.vocabulary = sorted(index.by_token)
        return index

    def _deletion_map(self) -> dict[str, list[str]]:
        """One-deletion variants of every name word, built on the first typo lookup of a large store."""
        if self.by_deletion is None:
            by_deletion: dict[str, list[str]] = defaultdict(list)
            for word in self.vocabulary:
                for variant in _deletions(word):
                    by_deletion[variant].append(word)
            self.by_deletion = dict(by_deletion)
        return self.by_deletion

    def _prefixed(self, prefix: str, cap: int = 500) -> list[int]:
        """Ids of people whose key, alias or any name word starts with `prefix`, in name order."""
        at = bisect.bisect_left(self.sorted_names, (prefix, -1))
        found: dict[int, None] = {}
        while (
            at < len(self.sorted_names) and self.sorted_names[at][0].startswith(prefix) and len(found) < cap
        ):
            found[self.sorted_names[at][1]] = None
            at += 1
        return list(found)

    def lookup(self, query: str, limit: int) -> list[tuple[int, float, str]]:
        """(person id, score, how) best first: the first rule that matches anyone decides the answer."""
        q = name_key(query)
        if not q:
            return []

        def ranked(ids: Iterable[int], score: float, how: str) -> list[tuple[int, float, str]]:
            # the first `limit` in name order (a common given name can match thousands)
            first = heapq.nsmallest(limit, set(ids), key=lambda i: (self.people[i].key, i))
            return [(i, score, how) for i in first]

        if q in self.by_key:
            return ranked(self.by_key[q], 100.0, "exact")
        if " " in q:
            if q in self.by_alias:
                return ranked(self.by_alias[q], 100.0, "alias")
        else:
            # one word: everyone with that surname, given name or one-word alias, with equal scores
            last = set(self.by_last.get(q, []))
            alias = set(self.by_alias.get(q, [])) - last
            named = ranked(last, 95.0, "surname") + ranked(alias, 95.0, "alias")
            if len(named) < limit:
                given = set(self.by_first.get(q, [])) - last - alias
                named += ranked(given, 90.0, "given")
            if named:
                return named[:limit]
        if len(q) >= 2:
            prefixed = self._prefixed(q)
            if prefixed:
                return ranked(prefixed, 85.0, "prefix")
        return self._fuzzy(q, limit)

    def _similar_words(self, tok: str) -> list[tuple[str, float]]:
        """Name words within typo distance of `tok`, with their fuzz.ratio score (>= the cutoff)."""
        if len(self.vocabulary) <= FULL_SCAN_WORDS:
            found = process.extract(
                tok, self.vocabulary, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=50
            )
            return [(word, score) for word, score, _ in found]
        # large stores: words sharing a one-deletion variant (one typo on each side), then scored
        candidates: set[str] = set()
        for variant in _deletions(tok):
            candidates.update(self._deletion_map().get(variant, ()))
        scored = ((word, fuzz.ratio(tok, word)) for word in candidates)
        return [(word, score) for word, score in scored if score >= FUZZY_CUTOFF]

    def _fuzzy(self, q: str, limit: int) -> list[tuple[int, float, str]]:
        """Typo-tolerant matches: query words against name words; whole names by WRatio for several."""
        per_token: list[dict[int, float]] = []
        for tok in q.split():
            best: dict[int, float] = {}
            for word, score in self._similar_words(tok):
                for pid in self.by_token[word]:
                    if score > best.get(pid, 0.0):
                        best[pid] = score
            if best:
                per_token.append(best)
        if not per_token:
            return []
        if len(per_token) == 1 and " " not in q:
            scored = [(pid, round(score, 1), "fuzzy") for pid, score in per_token[0].items()]
        else:
            common = set.intersection(*(set(b) for b in per_token))
            pool = common or set().union(*(set(b) for b in sorted(per_token, key=len)[:1]))
            scored = []
            for pid in list(pool)[:MAX_FUZZY_POOL]:
                person = self.people[pid]
                whole = max(fuzz.WRatio(q, k) for k in (person.key, *person.alias_keys))
                if whole >= FUZZY_CUTOFF:
                    scored.append((pid, round(whole, 1), "fuzzy"))
        scored.sort(key=lambda m: (-m[1], self.people[m[0]].key, m[0]))
        return scored[:limit]

    def names(self, prefix: str, limit: int) -> list[str]:
        """Display names for autocomplete: prefix matches first, then names containing the text."""
        q = fold(prefix)
        if not q:
            if self.display is None:
                self.display = sorted({p.name for p in self.people.values()}, key=str.casefold)
            return self.display[:limit]
        out: dict[str, None] = {}
        for pid in self._prefixed(q):
            out[self.people[pid].name] = None
            if len(out) >= limit:
                return list(out)
        for person in self.people.values():
            if len(out) >= limit:
                break
            if q in person.key:
                out[person.name] = None
        return list(out)
