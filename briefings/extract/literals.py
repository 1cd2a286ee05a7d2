"""Cheap substring tests run before a regex: a pattern whose literal words are all absent cannot match."""

from __future__ import annotations


def has_any(text: str, words: tuple[str, ...]) -> bool:
    """True when text contains one of the words (a plain loop: cheaper than any() over a generator)."""
    for w in words:  # noqa: SIM110 (any() over a generator costs more in this hot path)
        if w in text:
            return True
    return False
