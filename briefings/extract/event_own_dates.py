"""The headline's meeting dated by a clause of its own: a relative clause on its noun ("the X Conference,
which convenes 6-7 October"; "the Y Summit, which B will host on 13 May") or a sentence with it as
subject ("The trilateral meeting with A and B is set for Tuesday"; "The 9th edition of the forum, ...,
will take place from 18 to 20 May"). That day beats a day that only frames it: the journey or stay
around it, the week it falls in, the traveller's setting-off day or the day a statement was made."""

from __future__ import annotations

import re
from datetime import date

from briefings.extract.dates import DateMention
from briefings.extract.event_date_score import SAID_ON
from briefings.extract.event_spans import EVENT_NOUN, NOUN, TRAVEL_NOUNS, event_nouns, meeting_nouns
from briefings.extract.event_travel import purpose_nouns
from briefings.extract.eventcues import TRAVEL_TO
from briefings.extract.sentences import Doc, Sentence

Scored = tuple[float, DateMention, Sentence]

# meeting nouns that name the meeting only with a qualifier: "the trilateral meeting" is the headline's
# "trilateral talks", not "the foreign ministers' meeting" of the same stay
_GENERIC = frozenset({"talks", "meeting", "meetings", "discussions", "negotiations", "gathering"})
# gatherings that exist apart from any one delegate: a journey "to attend" one is made for it
_GATHERINGS = frozenset({"summit", "conference", "forum"})
# a clause break: the date no longer belongs to the noun's clause; or a day that opens or closes it ("which
# opens on Friday", "runs until Sunday"): one end of the meeting, not its days
_BREAK = re.compile(
    r";|,\s+(?:and|but|while|where|before|after)\b|\b(?:which|who)\b.*\b(?:which|who)\b|"
    r"\b(?:until|till|through|opens?|begins?|starts?|closes?|ends?|concludes?|continues?)\b",
    re.I,
)
# a word written with a dot that ends no sentence: an initial or initialism ("Jane Q. Doe",
# "the X-U.S. Dialogue")
_DOT_OK = r"(?:[^;.]|(?<=\b[A-Z])\.)"
# a name's tail after its noun: "Conference on Water Security", "Council of the X Organization"
_OF_NAME = r"(?:\s+(?:on|of|for)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'’-]*){0,6})?"
# the relative clause on a meeting noun, up to the date: "..., which Prime Minister B will host on"
_RELATIVE = re.compile(
    rf"\b({NOUN})\b{_OF_NAME}(?:\s*\([^)]{{1,20}}\))?,\s+(?:which|that)\s+{_DOT_OK}{{0,90}}?\s(?:on|from|between)?\s*$",
    re.I,
)
# a scheduling predicate just before the date: "will take place", "is set for", "convenes", "runs"
_SCHEDULED = re.compile(
    r"\b(?:(?:will|is\s+to|are\s+to|(?:is|are)\s+(?:expected|due|likely)\s+to)\s+)?"
    # ("runs until Sunday" gives one end: the clause-break test refuses it)
    r"(?:take\s+place|takes\s+place|be\s+held|convenes?|convene|runs?|run|"
    r"(?:is|are|has\s+been|have\s+been)\s+(?:set|scheduled|slated|due|planned)(?:\s+to\s+(?:take\s+place|"
    r"be\s+held|open|run|begin))?|"
    # "The meeting is expected on Tuesday", "The summit is on 3 May": the copula with its day
    r"(?:is|are|will\s+be)(?:\s+(?:expected|due|planned))?(?=\s+on\b))"
    # "will be held in Xcity", "will take place at the Y Hotel": the place between predicate and day
    rf"(?:\s+(?:in|at)\s+{_DOT_OK}{{1,60}}?)?\s+(?:(?:on|from|for|between)\s+)?$",
    re.I,
)
# the subject: an article (or none: "Trilateral talks with A"), then up to a few words to the meeting noun
# (an "of"-phrase too: "The 9th edition of the forum"), its initials in brackets, an aside between commas,
# a "with"-phrase naming who meets
_SUBJECT = re.compile(
    r"\s*(?:(?:The|This|This\s+year's|Its|Their)\s+)?"
    rf"(?:[\w'’.-]+\s+){{0,7}}?({NOUN})\b(?:\s*\([^)]{{1,20}}\))?"
    rf"(?:,{_DOT_OK}{{1,120}}?,|\s+(?:with|between|among|of)\s+{_DOT_OK}{{1,140}}?)?\s",
    re.I,
)
# a finite verb or auxiliary: the subject's clause ends there, so the predicate must come first
_FINITE = re.compile(r"\b(?:will|would|is|are|was|were|has|have|had|said|says|can|may)\b", re.I)
# a journey's purpose: "to participate in the X Summit", "to lead the U.S. delegation to the Y Conference"
_PURPOSE = re.compile(
    r"\bto\s+(?:attend|participate\s+in|take\s+part\s+in|join|(?:lead|head)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w.'’-]+\s+){0,2}?delegation\s+(?:to|at)|represent\s+\w+\s+at)\s+(?:the|a|an|this\s+year's)\s+"
    rf"({_DOT_OK}{{0,120}}?)\b({NOUN})\b",
    re.I,
)
_FUNCTION = frozenset({"the", "a", "an", "to", "hold", "holds", "of", "for", "and", "in", "with", "at", "on"})


def _wanted(headline: str | None, s: Sentence) -> tuple[set[str], set[str]]:
    """The nouns and qualifier words naming the main meeting: the headline's meeting (its purpose under a
    travel headline) and, under a headline that names none, the gathering the lead's journey is made for."""
    nouns = meeting_nouns(headline) | purpose_nouns(headline)
    nouns -= TRAVEL_NOUNS | {"meet"}
    quals: set[str] = set()
    if nouns and headline:
        for m in EVENT_NOUN.finditer(headline):
            words = re.findall(r"[\w'’-]+", headline[max(0, m.start() - 40) : m.start()])[-3:]
            quals.update(w.lower() for w in words if w.lower() not in _FUNCTION)
        return nouns, quals
    p = _PURPOSE.search(s.text)
    if p and p[2].lower() in _GATHERINGS:
        return {p[2].lower()}, set()
    return set(), set()


def _matches(noun: str, phrase: str, nouns: set[str], quals: set[str]) -> bool:
    """The noun (with the words before it) names the wanted meeting."""
    noun = noun.lower()
    if noun in nouns and noun not in _GENERIC:
        return True
    if noun in _GENERIC and (nouns & _GENERIC or quals):
        words = {w.lower() for w in re.findall(r"[\w'’-]+", phrase)}
        return bool(words & quals) if quals else False
    return False


_ORDINAL = re.compile(
    r"\d+(?:st|nd|rd|th)?|first|second|third|next|annual|edition|of|the|year's|[\w-]+-day", re.I
)


def _part_of(m: re.Match[str], headline: str | None) -> bool:
    """The subject's lower-case qualifier the headline lacks names a part of the meeting ("The plenary
    session"), not the meeting ("The 9th edition of the forum", "The trilateral meeting")."""
    head = {w.lower() for w in re.findall(r"[\w'’-]+", headline or "")}
    words = re.findall(r"[\w'’-]+", m.string[m.start() : m.start(1)])[1:]
    return any(w.islower() and w not in head and not _ORDINAL.fullmatch(w) for w in words)


def own_clause(
    doc: Doc, x: DateMention, xs: Sentence, nouns: set[str], quals: set[str], headline: str | None
) -> bool:
    """The date is given the wanted meeting by a clause of its own (relative clause or subject)."""
    before = doc.text[xs.start : x.start]
    r = _RELATIVE.search(before)
    if (
        r
        and not _BREAK.search(before[r.end(1) :])
        and _matches(r[1], before[max(0, r.start() - 40) : r.end(1)], nouns, quals)
    ):
        return True
    m = _SUBJECT.match(before)
    if m is None or not _matches(m[1], m.group(), nouns, quals) or _part_of(m, headline):
        return False
    if _FINITE.search(before, m.start(), m.start(1)):
        return False  # "A will hold talks ...": a clause, not a subject
    rest = before[m.end() - 1 :]
    p = _SCHEDULED.search(rest)
    if p is None:
        return False
    return not _FINITE.search(rest[: p.start()]) and not _BREAK.search(rest)


def _frames(doc: Doc, d: DateMention, s: Sentence, x: DateMention, ref: date) -> bool:
    """The picked day d only frames x: a span holding it, or a week, setting-off day or statement day just
    before it."""
    last = x.end_date or x.date
    if d.end_date:
        return d.date <= x.date and last <= d.end_date and (d.date, d.end_date) != (x.date, x.end_date)
    gap = (x.date - d.date).days
    if gap <= 0:
        return False
    # the day a statement was made or the text written: any later day of the meeting's own
    if SAID_ON.search(doc.text, max(s.start, d.start - 25), d.start) or d.date == ref:
        return gap <= 60
    return gap <= 10 and (d.relative or bool(TRAVEL_TO.search(s.text)))


def own_dated(
    doc: Doc, scored: list[Scored], d: DateMention, s: Sentence, headline: str | None, ref: date
) -> Scored | None:
    """The headline's meeting's own day that the picked day d only frames (see the module's doc)."""
    nouns, quals = _wanted(headline, s)
    if not nouns or own_clause(doc, d, s, nouns, quals, headline):
        return None
    found = [
        sx
        for sx in scored
        if sx[0] > 0
        and sx[1] is not d
        and s.index - 2 <= sx[2].index <= s.index + 4
        and _frames(doc, d, s, sx[1], ref)
        and own_clause(doc, sx[1], sx[2], nouns, quals, headline)
        and event_nouns(sx[2].text) - TRAVEL_NOUNS
    ]
    return max(found, key=lambda sx: sx[0]) if found else None
