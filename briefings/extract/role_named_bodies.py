"""A body's own name written before a chair's title ("Xcorp Chairman A", "Senate X Committee Chairman B"): the
name is part of the title as the text gives it, not a word before it."""

from __future__ import annotations

from briefings.extract.gazetteer import country_of, find_city
from briefings.extract.org_names import ORGANISATIONS
from briefings.extract.roles import HEADS, MODIFIERS, _words
from briefings.extract.tokens import Tok

_CHAIRS = _words("chairman chairwoman chairperson chair")
# words that open a sentence or a clause and name no body ("Meanwhile Chairman A said", "On Monday ...")
_NOT_BODIES = _words(
    "the a an meanwhile however also then now separately earlier later but and this its yesterday today "
    "tomorrow tonight monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december mr mrs ms dr"
)
_MAX_WORDS = 5
# a grade before a title opens it, no body's name ("Deputy Chairman")
_GRADES = MODIFIERS & _words(
    "deputy vice acting assistant associate under principal senior chief first second permanent special "
    "former lead top executive lieutenant co-"
)


def named_body_before(toks: list[Tok], i: int, end: int) -> int | None:
    """The offset a body's name starts at right before the title run from token i to the offset end, when
    the title is a chair's alone ("Xcorp Chairman") or a committee's chair ("Senate X Committee Chairman": the
    chamber's one word); else None."""
    if i < 2:
        return None
    last = i
    while last + 1 < len(toks) and toks[last + 1].end <= end:
        last += 1
    lows = [t.low for t in toks[i : last + 1]]
    if lows[-1] not in _CHAIRS:
        return None
    committee = "committee" in lows
    if len(lows) > 1 and not committee:
        return None
    j = i
    while j > 0 and i - j < _MAX_WORDS:
        prev = toks[j - 1]
        if prev.cap and prev.text.isalpha() and prev.low not in HEADS and prev.low not in _GRADES:
            j -= 1
        elif prev.low == "of" and not prev.cap and j < i and j - 2 >= 0 and toks[j - 2].cap:
            j -= 1  # "Joint Chiefs of Staff Chairman"
        else:
            break
    words = toks[j:i]
    if not words or words[0].low == "of" or j == 0 or toks[j - 1].cap or toks[j - 1].text in (".", "!", "?"):
        return None  # a sentence's first word, or a longer capitalised run: not read
    if committee and len(words) > 1:
        return None  # the chamber's one word before a committee's title
    if any(t.low in _NOT_BODIES or country_of(t.text) for t in words):
        return None
    name = " ".join(t.text for t in words)
    if name in ORGANISATIONS or find_city(name) is not None:
        return None  # an organisation's officer (its affiliation) or a city's (a local office)
    return words[0].start
