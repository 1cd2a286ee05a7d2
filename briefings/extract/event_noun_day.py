"""Whether the text just before a date names a meeting noun whose day it is ("the summit on Monday", "the
Security Consultative Meeting with Defense Minister B in Seoul on Tuesday")."""

from __future__ import annotations

import re

from briefings.extract.dates import DateMention
from briefings.extract.sentences import Doc, Sentence

# "the X Meeting, known as the 2+2, next Tuesday": the meeting's short name between it and its day
_KNOWN_AS = r"(?:,\s+(?:(?:also\s+)?known\s+as|dubbed|called)\s[^.;,]{1,30},)"


def noun_day(doc: Doc, d: DateMention, s: Sentence, nouns: set[str]) -> bool:
    """The text just before d names one of the meeting nouns ("the summit on Monday", "the talks Monday")."""
    # "the Security Consultative Meeting with Defense Minister B in Seoul on Tuesday": a "with" clause between
    # (its names set off by commas too, "with A and Australia's Minister for Defence, B, on Thursday")
    tail = doc.text[max(s.start, d.start - 180) : d.start]
    return any(
        re.search(
            rf"\b{noun}\b(?:\s+with\s{_WITH}{{0,160}}?)?{_KNOWN_AS}?[^.;,]{{0,25}}?\s(?:on\s+)?$", tail, re.I
        )
        for noun in nouns
    )


# a "with" clause's character, or a name in apposition between commas (", Jane Doe,")
_WITH = r"(?:[^.;,]|,\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3},)"
