"""Short quoted phrases: a term or name rather than speech, and a phrase that repeats words a named
speaker says in full elsewhere (a headline's "a historic day for X" taken from the quote below)."""

from __future__ import annotations

import re

from briefings.models import Quote

_FUNCTION_WORDS = frozenset({"and", "of", "the", "for", "a", "an", "to", "in", "on", "at", "with"})
_WORD = re.compile(r"[^\W_][\w'’-]*")


def is_term(inner: str) -> bool:
    """A short quoted phrase in Title Case: a name or slogan, not speech."""
    words = re.findall(r"[^\W\d_][\w'’-]*", inner)
    return 0 < len(words) <= 6 and all(w[0].isupper() or w.lower() in _FUNCTION_WORDS for w in words)


def _folded(text: str) -> str:
    """The words of a text, casefolded, one space apart (with spaces at both ends)."""
    return " " + " ".join(w.casefold() for w in _WORD.findall(text)) + " "


def repeated_speakers(quotes: list[Quote], loose: list[Quote]) -> list[Quote]:
    """An unattributed (loose) quote of three or more words that a named speaker's quote holds word for word
    ("a historic day for X" in a headline, "'Today is a historic day for X,' A said" below) is A's."""
    named = [(q.speaker, _folded(q.text)) for q in quotes if q.speaker]
    if not named:
        return quotes
    out = []
    for q in quotes:
        words = _folded(q.text)
        if q.speaker is None and words.count(" ") >= 4 and any(q is x for x in loose):
            whose = {who for who, held in named if words in held}
            if len(whose) == 1:
                q = q.model_copy(update={"speaker": whose.pop()})
        out.append(q)
    return out
