"""The main meeting's own day when the lead dates only the journey to it ("will travel to X on Sunday
for the summit ... the summit on Monday") or only its week ("next week ... will take place Tuesday")."""

from __future__ import annotations

import re

from briefings.extract.dates import DateMention
from briefings.extract.event_spans import TRAVEL_NOUNS, event_nouns
from briefings.extract.sentences import Doc, Sentence

Scored = tuple[float, DateMention, Sentence]

# "will travel to Seoul on Sunday", "flies to Lima on 3 May", "leaves for Hanoi Monday": the journey's day
_JOURNEY = re.compile(
    r"\b(?:travel(?:s|ling|ing)?|fly|flies|flying|head(?:s|ing)?|leav(?:e|es|ing)|depart(?:s|ing)?|"
    r"set(?:s|ting)?\s+off)\s+(?:to|for)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
    r"(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?,?\s+(?:on\s+)?$"  # "to Panama City, Panama, on May 3"
)
# "... for the first trilateral summit": the journey's purpose, after the date
_FOR_MEETING = re.compile(r"[^.;]{0,40}?\b(?:for|to\s+attend|to\s+join)\s+(?:the|a|an|this)\b")
# "will take place Tuesday", "is set for Monday", "will be held on 4 May": a day given to a meeting
_HELD_DAY = re.compile(
    r"\b(?:will\s+take\s+place|takes\s+place|(?:will\s+be|is\s+to\s+be|is\s+being)\s+held|"
    r"(?:is|are)\s+(?:set|scheduled|slated)\s+for|(?:will\s+)?(?:open|opens|convene|convenes))\s+(?:on\s+)?$"
)


def _noun_day(doc: Doc, d: DateMention, s: Sentence, nouns: set[str]) -> bool:
    """The text just before d names one of the meeting nouns ("the summit on Monday", "the talks Monday")."""
    before = doc.text[max(s.start, d.start - 45) : d.start]
    return any(re.search(rf"\b{noun}\b[^.;,]{{0,25}}?\s(?:on\s+)?$", before, re.I) for noun in nouns)


def held_day(doc: Doc, d: DateMention, s: Sentence) -> bool:
    """The date is given to a meeting as its own day ("AUSMIN will take place Tuesday")."""
    return bool(_HELD_DAY.search(doc.text, max(s.start, d.start - 40), d.start))


def after_journey(doc: Doc, scored: list[Scored], d: DateMention, s: Sentence) -> Scored | None:
    """The meeting's own day a little after the day of a journey to it, stated in the next sentences."""
    if d.end_date or not _JOURNEY.search(doc.text, max(s.start, d.start - 70), d.start):
        return None
    if not _FOR_MEETING.match(doc.text, d.end, s.end):
        return None  # "will travel to X on Sunday for the summit": the journey's day, the meeting after it
    nouns = event_nouns(doc.text[d.end : s.end]) - TRAVEL_NOUNS
    if not nouns:
        return None
    own = [
        x
        for x in scored
        if x[0] > 0
        and x[2].index > s.index
        and x[2].index <= s.index + 3
        and x[1].end_date is None
        and 0 < (x[1].date - d.date).days <= 3
        and (_noun_day(doc, x[1], x[2], nouns) or held_day(doc, x[1], x[2]))
    ]
    return max(own, key=lambda x: x[0]) if own else None
