"""The main event's spans beside its picked day: a stay in several places, a gathering's whole span, the
days a travel sentence's meeting takes; and the meeting nouns they are read with."""

from __future__ import annotations

import re
from dataclasses import replace

from briefings.extract.dates import DateMention
from briefings.extract.eventcues import TRAVEL_TO
from briefings.extract.literals import has_any
from briefings.extract.regex_guard import class_scan, guarded
from briefings.extract.sentences import Doc, Sentence

NOUN = (
    r"(?:talks|meeting|meetings|summit|dialogue|ministerial|conference|consultations?|visits?|trips?|forum|"
    r"session|discussions?|negotiations|gathering|meet|retreat|tours?|travel|ceremony|exercise)"
)
# the lookahead holds every first and second letter of NOUN: sre drops other words before trying each noun
EVENT_NOUN = re.compile(rf"\b(?=[cdefgmnrstv][aeiorux]){NOUN}\b", re.I)
EVENT_NOUN = class_scan(guarded(EVENT_NOUN))  # (regex_guard: same matches)
# "from 3 to 5 May to attend the X-related Meetings", "to take part in the X-related ministerial meetings": a
# series over the whole range
SERIES = re.compile(
    r"\b(?:attend\w*|(?:take\s+part|participate)\s+in)\s+(?:the\s+)?[^.;]{0,60}?\b(?:[Mm]eetings|[Ss]ummits|series)\b"
)
TRAVEL_NOUNS = frozenset({"travel", "trip", "visit", "tour", "trips", "visits", "tours"})
# "The X Forum will be held ... from 3 to 5 May", "the Dialogue, which runs May 29 to 31": its own days
# (also "This year it runs from 29 to 31 May": the gathering as the pronoun of its running verb)
HELD_RANGE = re.compile(
    rf"\b(?:{NOUN}|(?-i:[Ii]t))(?:,[^,.;]{{1,50}},)?,?\s+(?:(?:which\s+)?(?:will\s+be\s+held|is\s+to\s+be\s+held|will\s+take\s+place)|takes\s+place|"
    # "The meetings, which run from 3 to 5 May": the series' own days
    r"(?:which\s+)?(?:run|runs|will\s+run|(?:is|are)\s+being\s+held))\b(?:[^.;]{0,60}?"
    r"\s(?:from|on|between))?\s+$"
    # "to attend the 29th X Dialogue, May 31-June 2": a named gathering's days in apposition
    r"|\b(?-i:Dialogue|Summit|Conference|Meeting|Forum|Ministerial|Retreat),\s+$",
    re.I,
)
# the meeting a day is given at: "at the dialogue next Thursday and Friday", "for the talks on"
AT_MEETING = re.compile(rf"\b(?:at|for|during)\s+the\s+(?:[\w'’-]+\s+){{0,3}}?{NOUN}\s+$", re.I)
STAY = re.compile(r"\b(?:will be|to be|stay|stays|staying)\s+in\s+[A-Z]")
STAY_WORDS = ("separate", "sidelines", "margins", "visiting", "trip", "tour")


def stay_span(exact: list[tuple[float, DateMention, Sentence]], s: Sentence) -> DateMention | None:
    """The sentence that spells out "next week" as a stay in several places ("will be in A on Monday 12 May
    and in B on 13 and 14 May"): the stay from its first day to its last."""
    days = [x[1] for x in exact if x[2] is s]
    if len(days) < 2 or not (STAY.search(s.text) or TRAVEL_TO.search(s.text)):
        return None
    last = max(x.end_date or x.date for x in days)
    first = min(days, key=lambda x: x.date)
    return replace(first, start=days[0].start, end=days[-1].end, end_date=last)


def gathering_span(
    scored: list[tuple[float, DateMention, Sentence]], d: DateMention, s: Sentence
) -> DateMention | None:
    """A gathering's first day named alone ("the keynote at the opening of the X Forum on 3 May") and its
    whole span in a sentence nearby that names the gathering and no journey ("The three-day meeting will
    be held from 3 to 5 May"): the span."""
    for sc, x, xs in scored:
        if sc <= 0 or not x.end_date or x.date != d.date or x.relative:
            continue
        if not 0 < abs(xs.index - s.index) <= 3:
            continue
        if TRAVEL_TO.search(xs.text) or STAY.search(xs.text) or has_any(xs.text, STAY_WORDS):
            continue  # "will visit X from 3 to 5 May": the stay around the meeting's day
        if event_nouns(xs.text) - TRAVEL_NOUNS - {"meet"}:
            return x
    return None


_CONCLUDED = guarded(
    re.compile(r"\b(?:concluded|concludes|closed|closes|wrapped\s+up|wraps\s+up|ended|ends)\b")
)


def closing_span(
    scored: list[tuple[float, DateMention, Sentence]], d: DateMention, s: Sentence
) -> DateMention | None:
    """The day a gathering concluded ("today concluded the two-day session") and its whole span in a
    sentence nearby that names the gathering ("The Commission, held on 9 and 10 June"): the span."""
    if d.end_date or not _CONCLUDED.search(s.text):
        return None
    # the lead's nouns: "the Joint Commission" read back as "The Commission"
    named = event_nouns(s.text) - TRAVEL_NOUNS - {"meet"}
    for sc, x, xs in scored:
        if sc < -50 or not x.end_date or x.end_date != d.date or x.relative or abs(xs.index - s.index) > 3:
            continue
        if TRAVEL_TO.search(xs.text) or STAY.search(xs.text) or has_any(xs.text, STAY_WORDS):
            continue  # "visited X from 9 to 10 June": a stay, not the gathering
        low = xs.text.lower()
        if event_nouns(xs.text) - TRAVEL_NOUNS - {"meet"} or any(re.search(rf"\b{n}\b", low) for n in named):
            return x
    return None


def attended_days(
    doc: Doc,
    scored: list[tuple[float, DateMention, Sentence]],
    d: DateMention,
    s: Sentence,
    visit: bool,
    restated: bool = False,
) -> tuple[DateMention, Sentence] | None:
    """The later date of a travel sentence that a meeting it names is held on ("travel to X on 3 May to
    attend the Y Council, held on 3 and 4 May"; "visit X from 6 to 8 May and hold the Y Meeting ... on
    7 May"): inside the stay, or the range the travel day opens; under a visit headline only a meeting
    the trip is made to attend (or, where the lead restates a dated headline, to take part in)."""
    # (or a day's "depart for X on 9 July to attend the Y Meetings to be held there on 10 and 11 July")
    if not TRAVEL_TO.search(s.text) and not (d.end_date is None and _DEPART_FOR.search(s.text)):
        return None
    last = d.end_date or d.date
    for sc, x, xs in scored:
        if xs is not s or x.start <= d.end or x.relative or sc < -50:
            continue
        if d.end_date and not (d.date <= x.date and (x.end_date or x.date) <= last):
            continue  # the stay's range holds the meeting's days
        between = doc.text[d.end : x.start]
        # the travel day opens the meeting's range, or comes a few days before the gathering the trip is
        # made to attend ("travel to X on 6 May to attend the Y Summit, which Z hosts on 8 May")
        if (
            not d.end_date
            and not (x.end_date and x.date == d.date)
            and not (0 < (x.date - d.date).days <= 7 and _ATTEND_CUE.search(between))
        ):
            continue
        nouns = event_nouns(between) - TRAVEL_NOUNS - {"meet"}
        made_for = "attend" in between or (restated and _PURPOSE.search(between))
        if nouns and (d.end_date is None or made_for or (not visit and _HOLD.search(between))):
            return x, xs
    return None


_DEPART_FOR = guarded(re.compile(r"\b(?:depart|departs|leave|leaves)\s+for\b"))
# "visit X ... to participate in the Y Meeting on 4 May": the meeting the journey is made for
_PURPOSE = re.compile(r"\b(?:participate\s+in|take\s+part\s+in)\b")
_HOLD = re.compile(r"\b(?:hold|co-chair|chair|host|attend)\b")
# the purpose of a journey: the gathering it is made for
_ATTEND_CUE = re.compile(r"\b(?:attend\w*|take\s+part\s+in|participat\w+\s+in|join|for\s+the)\b")


# (not "Also on 28 July, ...": a meeting beside the main one)
_ON_FIRST = re.compile(r"(?:^|[.;]\s+|\n)\s*On\s+$")
# the meeting's capitalised name: "the 10th X-Y Strategic Dialogue", not "a bilateral meeting", "talks"
_HOLD_AFTER = re.compile(
    r",\s+(?:[^,.;]{1,60}?\s)?(?:will|(?:is|are)\s+(?:scheduled|set|due|expected)\s+to)\s+"
    # (an initialism's dots, "the Korea-U.S. Dialogue", end no clause)
    r"(?:hold|co-chair|chair|host|attend)\s+the\s+(?:[^.;]|(?<=[A-Z])\.){0,80}?"
    r"\b(?:Talks|Meeting|Summit|Dialogue|Ministerial|Conference|Consultations?|Forum|Session)\b"
    # "On 16 April, the X-Y Security Committee (X-Y "2+2") will be held in Z": the named meeting, passive
    r"|,\s+the\s+(?:[^.;,]|(?<=[A-Z])\.){0,80}?\b(?:Talks|Meeting|Summit|Dialogue|Ministerial|Conference|"
    r"Consultations?|Forum|Session|Committee|Commission)\b(?:[^.;,]|(?<=[A-Z])\.){0,30}?\s"
    r"(?:will\s+be|is\s+to\s+be)\s+held\b"
)
# "Following the meeting, ...", "After the talks in X, ...": what comes after the main event
AFTER_MAIN = re.compile(
    rf"(?:Following|After)\s+(?:the|this|these|their)\s+(?:[\w'’-]+\s+){{0,4}}?{NOUN}\b[^,;.]{{0,40}},"
)


def fronted_meeting(text: str, s: Sentence, d: DateMention) -> int | None:
    """The end of the meeting clause a sentence-opening day leads ("On 15 May, he will hold the 10th X-Y
    Strategic Dialogue with B"): that day is the named meeting's own."""
    if not _ON_FIRST.search(text, max(0, s.start - 2), d.start):
        return None
    m = _HOLD_AFTER.match(text, d.end, s.end)
    return m.end() if m else None


def visit_headline(headline: str | None) -> bool:
    """A headline that announces a visit or trip and no meeting ("Foreign Minister to Visit China")."""
    nouns = {m.group().lower() for m in EVENT_NOUN.finditer(headline)} if headline else set()
    return bool(nouns & TRAVEL_NOUNS) and not nouns - TRAVEL_NOUNS - {"meet"}


def meeting_nouns(headline: str | None) -> set[str]:
    """The meeting nouns of a headline that announces a meeting, not a visit ("X to Lead Dialogue",
    "X to Co-Chair the A-B Joint Commission")."""
    if not headline:
        return set()
    nouns = event_nouns(headline)
    if nouns & TRAVEL_NOUNS:
        return set()
    return nouns - {"meet", "travel"}


def event_nouns(text: str) -> set[str]:
    """The meeting nouns of a text, with a two-country body's session ("the A-B Joint Commission")."""
    nouns = {m.group().lower() for m in EVENT_NOUN.finditer(text)}
    if has_any(text, _BODY_WORDS):
        nouns.update(m[1].lower() for m in _BODY.finditer(text))
    return nouns


_BODY_WORDS = ("Commission", "Committee", "Council")
# a body meeting in sessions: "the A-B Joint Commission", "the Joint Committee"; not "the European Commission"
_BODY = re.compile(
    r"\b(?:Joint|Bilateral|Intergovernmental|[A-Z][\w]+-[A-Z][\w]+)\s+(?:[A-Z]\w+\s+){0,2}?"
    r"(Commission|Committee|Council)\b"
)
