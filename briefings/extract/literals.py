"""Cheap substring tests run before a regex: a pattern whose literal words are all absent cannot match."""

from __future__ import annotations

import re

import ahocorasick


def has_any(text: str, words: tuple[str, ...]) -> bool:
    """True when text contains one of the words (a plain loop: cheaper than any() over a generator)."""
    for w in words:  # noqa: SIM110 (any() over a generator costs more in this hot path)
        if w in text:
            return True
    return False


def search_at(pattern: re.Pattern[str], text: str, words: tuple[str, ...]) -> re.Match[str] | None:
    """pattern.search(text) for a pattern whose every match opens with one of words: the pattern is tried
    only where one of them starts (the leftmost such match is the one search finds)."""
    best: re.Match[str] | None = None
    for w in words:
        i = text.find(w)
        while i >= 0 and (best is None or i < best.start()):
            m = pattern.match(text, i)
            if m is not None:
                best = m
                break
            i = text.find(w, i + 1)
    return best


class WordGroups:
    """Several word lists looked for in one pass over a text: bit i of `mask(text)` is set exactly when
    has_any(text, lists[i]) holds. An Aho–Corasick automaton (pyahocorasick, in C) finds every word of
    every list at once, where a regex or a loop per list would scan the text once per list."""

    def __init__(self, *lists: tuple[str, ...]) -> None:
        bits: dict[str, int] = {}
        for i, words in enumerate(lists):
            for w in words:
                if not w:
                    raise ValueError("an empty word is in every text: leave it out")
                bits[w] = bits.get(w, 0) | (1 << i)
        self._automaton = ahocorasick.Automaton()
        for w, bit in bits.items():
            self._automaton.add_word(w, bit)
        self._empty = not bits
        if bits:
            self._automaton.make_automaton()

    def mask(self, text: str) -> int:
        """The lists (as bits, list i as 1 << i) that have a word in text."""
        if self._empty:
            return 0
        found = 0
        for _, bit in self._automaton.iter(text):
            found |= bit
        return found
