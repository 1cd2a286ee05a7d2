"""Two meetings dated in one sentence ("the strategic dialogue on 6 July and the trilateral dialogue on
7 July"): the day of the one whose qualifier the headline's meeting shares wins, the other's loses."""

from __future__ import annotations

import re

from briefings.extract.dates import DateMention
from briefings.extract.event_spans import NOUN
from briefings.extract.sentences import Doc, Sentence

# "the trilateral dialogue on", "the strategic dialogue will be held on": a meeting's qualifier before its day
_QUALIFIED = re.compile(
    rf"\bthe\s+((?-i:[a-z])[\w-]+)\s+({NOUN})\b[^.;,]{{0,40}}?\s(?:on|from|for)\s+$",
    re.I,
)
# a meeting of three named parties: "the X-Y-Z foreign ministers' dialogue"
_THREE = re.compile(r"\b[A-Z][\w'’]*-[A-Z][\w'’]*-[A-Z][\w'’]*\b|\b(?:[Tt]rilateral|[Tt]hree)\b")
_SIDES = {"trilateral": "bilateral", "bilateral": "trilateral"}


def _agrees(word: str, noun: str, headline: str, low: str) -> int:
    """+1 when the headline's meeting has the qualifier, -1 when it names the noun without it, else 0."""
    if word in _SIDES:
        three = bool(_THREE.search(headline))
        if word in low or (word == "trilateral" and three):
            return 1
        return -1 if _SIDES[word] in low or (word == "bilateral" and three) else 0
    if word in low:
        return 1
    return -1 if re.search(rf"\b{noun}\b", low) else 0


def paired_days(doc: Doc, s: Sentence, dates: list[DateMention], headline: str | None) -> dict[int, int]:
    """Each date's agreement (+1/-1) with the headline's meeting, by the qualifier of the meeting named just
    before it, where one sentence dates two meetings of different qualifiers; empty otherwise."""
    if not headline or len(dates) < 2 or " the " not in s.text:
        return {}
    quals: dict[int, tuple[str, str]] = {}
    for d in dates:
        m = _QUALIFIED.search(doc.text, max(s.start, d.start - 70), d.start)
        if m:
            quals[d.start] = (m[1].lower(), m[2].lower())
    if len(quals) < 2 or len({q for q, _ in quals.values()}) < 2:
        return {}
    low = headline.lower()
    agree = {at: _agrees(q, n, headline, low) for at, (q, n) in quals.items()}
    if 1 in agree.values():  # the headline's meeting found: every other one is beside it
        return {at: 1 if v == 1 else -1 for at, v in agree.items()}
    return agree
