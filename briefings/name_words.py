"""Typo-tolerant word lookup (`Words`) and compact postings (`Postings`) behind the name index."""

from __future__ import annotations

import bisect
from array import array
from collections import defaultdict
from collections.abc import Iterator, Sequence
from itertools import accumulate, chain, repeat

from rapidfuzz import fuzz, process

FUZZY_CUTOFF = 80.0
FULL_SCAN_WORDS = 2_000  # up to this many distinct name words, typos are scored against every word


def _deletions(word: str) -> set[str]:
    """The word and every form of it with one character deleted."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def _one_typo_apart(a: str, b: str) -> bool:
    """True when deleting at most one character from each makes the two words equal."""
    return not _deletions(a).isdisjoint(_deletions(b))


class Words:
    """Distinct words, sorted, and grouped by length so a typo search scans only similar lengths."""

    __slots__ = ("_ends", "by_length", "sorted")

    def __init__(self, words: list[str]) -> None:
        self.sorted = words
        self.by_length: dict[int, list[str]] = {}
        for w in words:
            self.by_length.setdefault(len(w), []).append(w)
        # per length, built on first use: words by (one of the first two, one of the last two) characters
        self._ends: dict[int, dict[tuple[str, str], list[str]]] = {}

    def __len__(self) -> int:
        return len(self.sorted)

    def _by_ends(self, size: int) -> dict[tuple[str, str], list[str]]:
        found = self._ends.get(size)
        if found is None:
            ends: dict[tuple[str, str], list[str]] = defaultdict(list)
            for w in self.by_length.get(size, ()):
                for pair in {(h, t) for h in (w[0], w[1]) for t in (w[-1], w[-2])}:
                    ends[pair].append(w)
            found = self._ends[size] = dict(ends)
        return found

    def prepare(self, min_len: int = 0) -> None:
        """Build the typo index of every length from `min_len` now rather than on first use."""
        if len(self.sorted) > FULL_SCAN_WORDS:
            for size in self.by_length:
                if size >= max(min_len, 2):
                    self._by_ends(size)

    def _near(self, word: str, size: int) -> list[str]:
        """Words of `size` letters that may be one deletion (on each side) from `word`.

        Deleting at most one character leaves a word starting with its first or second character and
        ending with its last or next-to-last, so two such words share one of each (both 2+ letters).
        """
        if len(word) < 2 or size < 2:
            return self.by_length.get(size, [])
        ends = self._by_ends(size)
        pairs = {(h, t) for h in (word[0], word[1]) for t in (word[-1], word[-2])}
        return list(dict.fromkeys(chain.from_iterable(ends.get(pair, ()) for pair in pairs)))

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
            near = self._near(word, size) if size >= max(min_len, 1) and size in self.by_length else None
            if near:
                hits = process.extract(word, near, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=None)
                out.extend((w, score) for w, score, _ in hits if _one_typo_apart(word, w))
        return out


class Postings:
    """word -> integers over a shared sorted word list and one flat array (no object per entry)."""

    __slots__ = ("flat", "starts", "words")

    def __init__(self, words: list[str], groups: dict[str, list[int]]) -> None:
        self.words = words  # sorted, shared by the postings of one index (a word may file nothing here)
        lists: list[Sequence[int]] = list(map(groups.get, words, repeat(())))
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
