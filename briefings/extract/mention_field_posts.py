"""A scholar's post with its field before the workplace ("lecturer in X studies at Y University, Dr A")."""

from __future__ import annotations

from briefings.extract.people_after_title import _FIELD_POSTS, _field_cap
from briefings.extract.tokens import Tok

_FIELD_OPENERS = frozenset({"in", "of", "on"})
_WORKPLACE_OPENERS = frozenset({"at", "from", "with"})


def field_then_workplace(toks: list[Tok], k: int) -> int | None:
    """After a scholar's post at k: "in"/"of"/"on" and a field of one to four words closed by a lower-case
    one, then "at"/"from"/"with" and a workplace ("lecturer in international relations at X University"):
    the index of that "at" (the field is part of the title), else None."""
    n = len(toks)
    if k == 0 or toks[k - 1].low not in _FIELD_POSTS or toks[k].low not in _FIELD_OPENERS:
        return None
    j = k + 1
    opening = True  # capitalised words only open the field ("in Pacific studies at X")
    while j < n and j < k + 5 and toks[j].text.isalpha() and toks[j].low not in _WORKPLACE_OPENERS:
        if not (toks[j].text.islower() or (opening and _field_cap(toks, j))):
            return None
        opening = opening and not toks[j].text.islower()
        j += 1
    if j == k + 1 or j + 1 >= n or toks[j].low not in _WORKPLACE_OPENERS or not toks[j - 1].text.islower():
        return None
    nxt = toks[j + 1]
    return j if nxt.cap or nxt.low == "the" else None
