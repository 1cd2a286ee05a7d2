"""Titles from a meeting described by its holders' offices: "A will meet B ..., the first talks between a
Xish prime minister and Yland's president since 2018" gives A and B those titles and countries, in order."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.mentions import Mention
from briefings.extract.role_scan import HEADS
from briefings.extract.sentences import Sentence

_SIDE = (
    r"(?:an?\s+|the\s+)?(?P<c{k}>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)\s+"
    r"(?P<t{k}>(?:[a-z-]+\s+){{0,2}}?[a-z-]+)"
)
# "between a British prime minister and China's president" closing on "since"/"in"/a comma or the end
_BETWEEN = re.compile(
    r"\bbetween\s+" + _SIDE.format(k=1) + r"\s+and\s+" + _SIDE.format(k=2)
    + r"(?=\s+(?:since|in|for|at|on|of|to|this|last|after|before)\b|\s*[,.;:)]|\s*$)"
)
_MEETING = re.compile(r"\b(?:talks|meeting|summit|visit|encounter|call|conversation|contact)s?\s+between\b")


def _side(m: re.Match[str], k: int) -> tuple[str, str] | None:
    """The title and country of one side of the pair, when its last word heads a title."""
    country = country_of(m[f"c{k}"])
    title = m[f"t{k}"]
    if country is None or title.split()[-1] not in HEADS:
        return None
    return title, country


def between_titles(text: str, sent: Sentence, ms: list[Mention]) -> None:
    """The two people a sentence names before "talks between a Xish T1 and a Yish T2" hold T1 and T2."""
    if " between " not in sent.text or len(ms) < 2:
        return
    cue = _MEETING.search(text, sent.start, sent.end)
    pair = _BETWEEN.search(text, cue.start(), sent.end) if cue else None
    if cue is None or pair is None:
        return
    before = [m for m in ms if m.end <= cue.start()]
    if len(before) != 2 or before[0].tokens == before[1].tokens:
        return
    one, two = _side(pair, 1), _side(pair, 2)
    if one is None or two is None or one[1] == two[1]:
        return
    a, b = before
    if a.country == two[1] or b.country == one[1]:
        a, b = b, a  # the people named in the other order than their offices
    if a.country not in (None, one[1]) or b.country not in (None, two[1]):
        return
    for m, (title, country) in ((a, one), (b, two)):
        m.role = m.role or title
        m.country = m.country or country
