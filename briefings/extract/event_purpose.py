"""The day a journey's purpose clause gives its meeting inside the journey's own span, in one sentence."""

from __future__ import annotations

import re

from briefings.extract.dates import DateMention
from briefings.extract.event_spans import TRAVEL_NOUNS, event_nouns
from briefings.extract.event_travel import purpose_nouns
from briefings.extract.eventcues import TRAVEL_TO
from briefings.extract.sentences import Doc, Sentence

Scored = tuple[float, DateMention, Sentence]

# "travel to X, December 2-4, to participate in the Y Meeting": the clause naming what the journey is for
_PURPOSE = re.compile(
    r"\b(?:to|in\s+order\s+to)\s+(?:attend|participate\s+in|take\s+part\s+in|join|chair|co-chair|"
    r"preside\s+over|represent\s+\w+\s+at)\s+(?:the|a|an|this)\b"
)
# a second clause or act after the purpose: "and will meet B on", "before travelling", "where she will also"
_NEW_CLAUSE = re.compile(
    r";|\band\s+(?:will|to|is|are|then)\b|\b(?:before|after|then|where|while|also|returning|followed|"
    r"ahead|including|as\s+well\s+as|besides)\b",
    re.I,
)
# "the X Meeting, which Japan will host on 26 October": a clause of its own dating the meeting, where the
# journey's days stay the visit's unless the headline names that meeting as what the journey is for
_OWN_CLAUSE = re.compile(
    r",\s+(?:which|that|hosted|organi[sz]ed|convened|chaired)\b|\bwill\s+(?:host|hold|convene|chair)\b"
)
# the meeting's day right after its clause: "... at NATO Headquarters on December 3 and 4"
_ON_DAY = re.compile(r"\s(?:on|from)\s+$")


def purpose_own_day(
    doc: Doc, scored: list[Scored], d: DateMention, s: Sentence, headline: str | None
) -> Scored | None:
    """The journey's span d ("will travel to X December 2-4", "On November 14 and 15, A will travel to X")
    and, later in the sentence, the meeting the journey is for given its own day inside that span ("to
    participate in the Y Meeting at Z on December 3 and 4"): the meeting's day, the rest travel. A day
    given in a clause of its own ("..., which Y will host on 26 October") dates the meeting only when the
    headline names it as the journey's purpose ("Travel to X for the Y Summit")."""
    if d.end_date is None or not TRAVEL_TO.search(s.text):
        return None
    for x in scored:
        day = x[1]
        if x[2] is not s or day is d or day.start <= d.end or day.relative:
            continue
        if not (d.date <= day.date and (day.end_date or day.date) <= d.end_date) or (
            day.date == d.date and day.end_date == d.end_date
        ):
            continue
        between = doc.text[d.end : day.start]
        purpose = _PURPOSE.search(between)
        if purpose is None or not _ON_DAY.search(between):
            continue
        clause = between[purpose.end() :]
        nouns = event_nouns(between[purpose.start() :]) - TRAVEL_NOUNS
        if _NEW_CLAUSE.search(clause) or not nouns:
            continue
        if _OWN_CLAUSE.search(clause) and not purpose_nouns(headline) & nouns:
            continue
        return x
    return None
