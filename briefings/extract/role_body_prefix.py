"""A state body's name written before a title ("Bank of Xland Governor", "Federal Reserve Chair", "Financial
Services Agency Commissioner"): part of the title, as a province's name is part of "Xstate Premier"."""

from __future__ import annotations

from briefings.extract.org_names import ORGANISATIONS
from briefings.extract.roles import HEADS, _words
from briefings.extract.tokens import Tok

# the nouns a national body's name holds: a central bank, a regulator, an agency
_BODY_NOUNS = _words("bank reserve agency authority board bureau administration")
# a multinational lender's or body's words ("Asian Development Bank", "European Central Bank"): its officer
# takes the body as affiliation, the title stays plain
_MULTINATIONAL = _words("international world asian european african development inter-american islamic")
_MAX_WORDS = 6


def body_prefix(toks: list[Tok], head: int) -> int | None:
    """The offset a state body's name before the title's head word at `head` starts at (the body's own
    noun may open the title: "Agency Commissioner"), else None; an organisation's name is no prefix."""
    end = head - 1
    if head + 1 < len(toks) and toks[head].low in _BODY_NOUNS and toks[head + 1].low in HEADS:
        end = head  # the title was read from the body's noun on
    j = end + 1
    while j > 0 and end + 1 - j < _MAX_WORDS:
        prev = toks[j - 1]
        if prev.cap and prev.text.isalpha() and prev.low not in HEADS and prev.low != "the":
            j -= 1
        elif prev.low == "of" and not prev.cap and j - 2 >= 0 and toks[j - 2].cap and j <= end:
            j -= 1  # "Bank of Xland"
        else:
            break
    words = toks[j : end + 1]
    if len(words) < 2 or words[0].low == "of" or not any(t.low in _BODY_NOUNS for t in words):
        return None
    if any(t.low in _MULTINATIONAL for t in words):
        return None
    if " ".join(t.text for t in words) in ORGANISATIONS:
        return None
    return words[0].start
