"""The main meeting's own day when the lead dates only the journey to it ("will travel to X on Sunday
for the summit ... the summit on Monday") or only its week ("next week ... will take place Tuesday",
"meet next week ... from 14 to 15 May")."""

from __future__ import annotations

import re
from dataclasses import replace

from briefings.extract.dates import DateMention
from briefings.extract.event_eves import both_days
from briefings.extract.event_names import proper_name
from briefings.extract.event_noun_day import noun_day
from briefings.extract.event_spans import AT_MEETING, TRAVEL_NOUNS, event_nouns, stay_span
from briefings.extract.event_tense import LOGISTICS
from briefings.extract.eventcues import TRAVEL_TO, is_trip
from briefings.extract.literals import has_any
from briefings.extract.regex_guard import class_scan
from briefings.extract.sentences import Doc, Sentence
from briefings.extract.tense_words import RUNS_UNTIL

Scored = tuple[float, DateMention, Sentence]
SEPARATE = ("separate", "sidelines", "margins")
ASIDE_OPENERS = ("Meanwhile", "Separately", "Elsewhere", "In a separate", "In other news")
_INDEFINITE = ("A ", "An ")
_WEEK = frozenset({"next week", "Next week"})

# "will travel to Seoul on Sunday", "flies to Lima on 3 May", "leaves for Hanoi Monday", "will leave Xcity
# for Ycity on Sunday": the journey's day
# "a two-day visit to Xland beginning tomorrow": the visit's first day, the journey's (its count of days is
# the visit's, not the meeting's)
_VISIT_FROM = (
    r"\bvisit\s+to\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+(?:beginning|starting)\s+(?:on\s+)?$"
)
_VISIT_START = re.compile(_VISIT_FROM)
_JOURNEY = re.compile(
    r"\b(?:travel(?:s|ling|ing)?|fly|flies|flying|head(?:s|ing)?|leav(?:e|es|ing)|depart(?:s|ing)?|"
    r"set(?:s|ting)?\s+off|"
    # "will embark on a four-day visit to A and B on Wednesday": the journey's first day
    r"(?:embark(?:s|ing)?|set(?:s|ting)?\s+out)\s+on\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:visit|trip|tour|journey)|"
    r"(?:leav(?:e|es|ing)|depart(?:s|ing)?)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?(?=\s+for\s))"
    # a state named with "and" inside: "to Trinidad and Tobago", "to Bosnia and Herzegovina"
    r"\s+(?:to|for)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:and\s+)?[A-Z][\w'’.-]*){0,2}"
    # "to Panama City, Panama, on May 3"; "leave for X today (Monday)": the weekday restating the day
    # "travels to X from today for the meetings": an open-ended journey's first day
    r"(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?,?\s+(?:on\s+|from\s+|(?:today|tomorrow|tonight)\s+\()?$|"
    # "arrives in Seoul on Monday", a headline's "X Arrives Monday for Talks": the day of arrival
    r"\b(?:[Aa]rriv(?:e|es|ing)|[Ll]and(?:s|ing)?)(?:\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?\s+(?:on\s+)?$|"
    rf"{_VISIT_FROM}|"
    # "departed today (16 Nov) for Xcity": the day, in brackets after "today", before the destination
    r"\b(?:travel(?:s|led|ed)?|fl(?:y|ies|ew)|head(?:s|ed)?|leav(?:e|es)|left|depart(?:s|ed)?)\s+"
    r"(?:today|tomorrow|tonight)\s+\($|"
    # "will visit Xland from June 30 to attend ...": an open-ended visit's first day, the journey's
    r"\bvisit\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+from\s+$"
)
_JOURNEY = class_scan(_JOURNEY)  # (regex_guard: same matches)
# "for the X Consultation (XC)": the short name the purpose is given in brackets
_SHORT_NAME = re.compile(r"\(([A-Z]{2,8})\)")
# "... for the first trilateral summit", "for talks with B": the journey's purpose, after the date
_FOR_MEETING = re.compile(
    r"[^.;]{0,40}?\b(?:for|to\s+(?:attend|join|lead|chair|co-chair|take\s+part\s+in|participate\s+in)|ahead\s+of)\s+"
    r"(?:the|a|an|this|talks|consultations|[A-Z][a-z]+\s+[A-Z]\w*)\b"
)
# ", on a two-day visit to Y, during which he will co-chair": what the traveller does there, after the day
_DURING_WHICH = re.compile(
    r"[^.;]{0,80}?\b(?:during\s+which|in\s+the\s+course\s+of\s+which|where)\s+(?:he|she|they|the\s+[a-z]+)\s+will\b"
)
# "on August 11 to chair a ...": a purpose clause naming what the traveller does there
_TO_CHAIR = re.compile(
    r",?\s+(?:in\s+order\s+)?to\s+(?:chair|co-chair|attend|join|participate\s+in|take\s+part\s+in|lead|"
    r"host|co-host|address|open|preside\s+over)\s+(?:the|a|an|this|its)\b"
)
# a second clause or leg between the journey's day and a later one: "and will meet B", "before", "then"
_LATER_CLAUSE = re.compile(r";|,\s+(?:and|before|after|then)\b|\b(?:before|then|and\s+will|returning)\b")
# "will take place Tuesday", "is set for Monday", "will be held on 4 May": a day given to a meeting
_HELD_DAY = re.compile(
    r"\b(?:will\s+take\s+place|takes\s+place|(?:will\s+be|(?:is\s+)?to\s+be|is\s+being)\s+held|"
    r"(?:(?:is|are)\s+)?(?:scheduled|slated)\s+for|(?:is|are)\s+set\s+for|(?:will\s+)?(?:open|opens|convene|convenes)|"
    # "The X leaders' meeting runs from Tuesday to Friday", "runs Tuesday through Thursday": its days
    r"(?:runs|will\s+run)(?:\s+from)?)"
    # "will take place at the defence ministry in central Xcity next Tuesday": its place before the day
    r"(?:\s+(?:at|in)\s+[^.;,]{1,70}?)?\s+(?:on\s+)?$"
)


_MEETING_WORDS = frozenset({"meeting", "talks", "summit", "dialogue", "consultations", "ministerial"})


# "... will meet Foreign Minister B on Tuesday" under a lead's "talks next week": the talks' weekday
_MEET_WORDS = ("will meet", "will hold talks", "will receive", "will welcome", "will host")
# (two titled people and a place: "will meet Minister A and Envoy B in Xcity from Monday to Wednesday");
# the hosts' side: "will receive Minister A and Minister B on Tuesday" (a guest, not "host a dinner")
_MEET_DAY = re.compile(
    r"\bwill\s+(?:meet|hold\s+talks\s+with|(?:receive|welcome|host)(?=\s+(?:[A-Z]|their|his|her)))"
    r"\s[^.;,]{1,110}?\s(?:on\s+|from\s+)?$"
)


def _meet_day(doc: Doc, d: DateMention, s: Sentence) -> bool:
    """The clause just before d is "will meet B" (not "will also meet B"): the meeting restated, dated."""
    return has_any(s.text, _MEET_WORDS) and bool(
        _MEET_DAY.search(doc.text, max(s.start, d.start - 130), d.start)
    )


def held_day(doc: Doc, d: DateMention, s: Sentence) -> bool:
    """The date is given to a meeting as its own day ("AUSMIN will take place Tuesday")."""
    return bool(_HELD_DAY.search(doc.text, max(s.start, d.start - 120), d.start))


# "..., to be held at the Ministry of X on 21 July": the journey's purpose given its own day and venue
_HELD_AT = re.compile(r",\s+(?:to\s+be|which\s+will\s+be)\s+held\s+(?:at|in)\s[^.;,]{0,70}?\son\s+$")


def _held_at(doc: Doc, d: DateMention, s: Sentence) -> bool:
    """In the journey's own sentence, the day a trailing "to be held at X on" clause gives its meeting."""
    return (
        d.start > s.start
        and "held" in doc.text[s.start : d.start]
        and bool(_HELD_AT.search(doc.text, max(s.start, d.start - 110), d.start))
    )


def _days_after(scored: list[Scored], d: DateMention, s: Sentence) -> list[Scored]:
    """The single days the journey's sentence names after its day, up to three days later."""
    return [
        x
        for x in scored
        if x[2] is s and x[1].start > d.end and x[1].end_date is None and 0 < (x[1].date - d.date).days <= 3
    ]


def visit_start(doc: Doc, d: DateMention, s: Sentence) -> bool:
    """d opens a visit ("a two-day visit to X beginning tomorrow"): its days are the stay's."""
    return bool(_VISIT_START.search(doc.text, max(s.start, d.start - 70), d.start))


def after_journey(doc: Doc, scored: list[Scored], d: DateMention, s: Sentence) -> Scored | None:
    """The meeting's own day a little after the day of a journey to it, stated in the next sentences."""
    if d.end_date or not _JOURNEY.search(doc.text, max(s.start, d.start - 70), d.start):
        return None
    during = _DURING_WHICH.match(doc.text, d.end, s.end) is not None
    if during:
        # "heads to X on Monday, on a two-day visit, during which he will co-chair the Y Council on
        # Tuesday": the meeting's own day later in the sentence (else in the next sentences, below)
        later = event_nouns(doc.text[d.end : s.end]) - TRAVEL_NOUNS
        same = [x for x in _days_after(scored, d, s) if noun_day(doc, x[1], s, later | _MEETING_WORDS)]
        if later and same:
            return same[0]
    if _TO_CHAIR.match(doc.text, d.end, s.end):
        # "will travel to X on August 11 to chair a ... debate on ... on Wednesday, August 12": the
        # purpose clause dates the meeting the journey is made for
        same = [x for x in _days_after(scored, d, s) if not _LATER_CLAUSE.search(doc.text, d.end, x[1].start)]
        if same:
            return same[0]
    # "will travel to X on Sunday for the summit", "on Wednesday during which he will attend the Y Dialogue":
    # the journey's day, the meeting after it
    if not during and not _FOR_MEETING.match(doc.text, d.end, s.end):
        return None
    nouns = event_nouns(doc.text[d.end : s.end]) - TRAVEL_NOUNS
    if not nouns:
        return None
    named = _named_span(doc, scored, d, s)
    if named is not None:
        return _opened_by(doc, d, named)
    # "... for the X Consultation (XC) ... will co-chair the XC in Y on Wednesday": its short name dates it
    nouns |= set(_SHORT_NAME.findall(doc.text, d.end, s.end))
    own = [
        x
        for x in scored
        if x[0] > 0
        and (x[2].index > s.index or (x[2] is s and x[1].start > d.end))
        and x[2].index <= s.index + 3
        and 0 < (x[1].date - d.date).days <= 3
        # the purpose's noun or another ("for Security Talks ... the Consultative Meeting on Tuesday"); a
        # span given to the meeting ("the summit, which takes place on 26 and 27 October")
        and (
            (x[1].end_date is None and noun_day(doc, x[1], x[2], nouns | _MEETING_WORDS))
            or held_day(doc, x[1], x[2])
            or (x[1].end_date is None and _held_at(doc, x[1], s))
            or (x[1].end_date is not None and _span_for(doc, x[1], x[2], nouns | _MEETING_WORDS))
        )
    ]
    if not own:
        return None
    best = max(own, key=lambda x: x[0])
    return both_days(doc, d, s, own, best) or _opened_by(doc, d, best)


def _opened_by(doc: Doc, d: DateMention, x: Scored) -> Scored:
    """ "travels to X on Monday 2 November for a meeting ... The meeting runs until Tuesday 3 November": the
    closing day of a meeting under way from the journey's day, the span from that day."""
    if x[1].end_date is None and RUNS_UNTIL.search(doc.text, max(x[2].start, x[1].start - 30), x[1].start):
        return x[0], replace(x[1], date=d.date, end_date=x[1].date), x[2]
    return x


# "expected in X on Friday and Saturday for the summit": the days a gathering's arrivals are given for
_SPAN_FOR = re.compile(r"\s+for\s+(?:the|this|its)((?:\s+[\w'’-]+){1,4})")


def _span_for(doc: Doc, d: DateMention, s: Sentence, nouns: set[str]) -> bool:
    """A span followed by "for the <meeting noun>": the meeting's own days."""
    m = _SPAN_FOR.match(doc.text, d.end, s.end)
    return m is not None and any(w.lower() in nouns for w in m[1].split())


# "for the Conference of Heads of Government of the X Community": a purpose named in capitals after "for the"
_FOR_THE = re.compile(
    r"\s+for\s+the\s+([A-Z][\w'’-]*(?:\s+(?:(?:of|and|on|for|the)\s+)*[A-Z][\w'’-]*){1,10})"
)


def _named_span(doc: Doc, scored: list[Scored], d: DateMention, s: Sentence) -> Scored | None:
    """ "will travel to X tomorrow for the Y Summit" and, a few paragraphs on, the Y Summit's own days ("for
    the Y Summit, taking place from Monday 26 to Wednesday 28 October"): that span, opening within 3 days."""
    tail = doc.text[d.end : s.end]
    named = _FOR_THE.match(tail)
    name = proper_name(tail) or (named[1] if named else None)
    if name is None:
        return None
    own = [
        x
        for x in scored
        if x[0] > 0
        and x[1].end_date is not None
        and s.index < x[2].index <= s.index + 8
        and 0 < (x[1].date - d.date).days <= 3
        and name in x[2].text
        and not TRAVEL_TO.search(x[2].text)
    ]
    return max(own, key=lambda x: x[0]) if own else None


_NEXT_LEG = re.compile(r"\s*From\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},\s")
# "After Xcity, A will travel to Y on 12 May", "Following the talks, B flies to Z": the journey on from the
# meeting, opened by what it follows
_AFTER_LEG = re.compile(
    r"\s*(?:After|Following)\s+(?:(?:the|his|her|their|its)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}|"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}),\s"
)


def _next_leg(text: str) -> bool:
    """A sentence opening a journey's next leg ("From Xcity, ...", "After Xcity, A will travel to")."""
    if _NEXT_LEG.match(text):
        return True
    m = _AFTER_LEG.match(text)
    return m is not None and bool(TRAVEL_TO.search(text, m.end()))


def _logistics_day(doc: Doc, x: Scored) -> bool:
    """The day a press arrangement is given ("Media should register by Monday 9 May"); not one reported
    at a briefing ("told a press briefing that the dialogue would be held on Tuesday")."""
    before = doc.text[x[2].start : x[1].start]
    return bool(LOGISTICS.search(before.rsplit(" that ", 1)[-1]))


def week_spelled_out(
    doc: Doc, scored: list[Scored], d: DateMention, s: Sentence
) -> tuple[DateMention, Sentence] | None:
    """ "will meet next week" in the lead: the exact days, or the weekday a later sentence gives it."""
    if doc.text[d.start : d.end] not in _WEEK:
        return None
    # "will meet next week" in the lead, "in X from 14 to 15 May" later: the exact days
    legs = {x.paragraph for x in doc.sentences if x.index > s.index and _next_leg(x.text)}
    exact = [
        x
        for x in scored
        # a range of weekdays at the meeting spells the week out ("at the dialogue next Thursday and Friday")
        if (not x[1].relative or (x[1].end_date and AT_MEETING.search(doc.text, x[2].start, x[1].start)))
        and x[0] > -50
        # a week may open on its Sunday ("next week ... from Sunday 16 March to Thursday 20 March")
        and -1 <= (x[1].date - d.date).days < 7
        and not x[2].text.lstrip().startswith(ASIDE_OPENERS)
        and not _logistics_day(doc, x)  # "A joint press conference will take place on 10 May"
        # "From Xland, A travels to Y for the Z, which runs June 5-7. He speaks there on June 6": the next
        # leg's paragraph, not the week's days
        and x[2].paragraph not in legs
    ]
    if exact and is_trip(doc, s, frozenset()):
        # "will travel to A, B and C next week ... in A on Monday ... in C on 11 and 12 June": the first
        # stop's day opens the trip (its stops give the rest)
        # (of two opening on that day, the longer: the itinerary "from 3 to 5 May, before ... until 7 May")
        opening = min(
            (x for x in exact if x[0] > 0),
            key=lambda x: (x[1].date, -(x[1].end_date or x[1].date).toordinal()),
            default=None,
        )
        if opening is not None:
            return opening[1], opening[2]
    if exact:
        _, d, s = max(exact, key=lambda x: x[0])
        # "meet next week. X will host Y on March 10 and 11": the range that first spells the week out
        # holds the later side meetings' single days
        first = min((x for x in exact if x[0] > 0), key=lambda x: x[1].start, default=None)
        if first and first[1].end_date and first[1].date <= d.date <= first[1].end_date:
            _, d, s = first
        if first and (stay := stay_span(exact, first[2])):
            return stay, first[2]
        return d, s
    # "will host B next week ... AUSMIN will take place Tuesday": the weekday the meeting is given, in
    # the lead's sentence (its people and place); or the lead's meeting noun dated ("for the talks on
    # Wednesday")
    lead_nouns = event_nouns(s.text) - TRAVEL_NOUNS
    given = [
        x
        for x in scored
        if x[1].relative
        and x[1] is not d
        and doc.text[x[1].start : x[1].end] not in _WEEK  # the lead's "next week" under a headline's: no day
        and x[0] > 0
        and 0 <= (x[1].date - d.date).days < 7
        # "meet next week ... two days of talks on Monday and Tuesday": the weekdays' span too
        and (not x[1].end_date or (x[1].end_date - d.date).days < 7)
        and (
            held_day(doc, x[1], x[2])
            or (bool(lead_nouns) and (noun_day(doc, x[1], x[2], lead_nouns) or _meet_day(doc, x[1], x[2])))
            # "to hold talks next week" over "will hold the ninth session of their Commission next Tuesday
            # and Wednesday": the lead's own meeting noun dates the weekdays, whatever the headline's noun
            # (a press conference's day is logistics, no meeting's)
            or (
                noun_day(doc, x[1], x[2], event_nouns(x[2].text) - TRAVEL_NOUNS - {"meet"})
                and not LOGISTICS.search(x[2].text)
            )
        )
        # "A separate meeting will take place Wednesday": another gathering, not the meeting restated
        and not x[2].text.lstrip().startswith(_INDEFINITE)
        and not has_any(x[2].text, SEPARATE)
    ]
    if given:
        g = max(given, key=lambda x: x[0])[1]
        return replace(d, date=g.date, end_date=g.end_date, relative=False), s
    return None


# "X to Travel to Y for the Z Ministerial": the meeting a travel headline names as the journey's purpose
_HEADLINE_PURPOSE = re.compile(
    # (the verb inflected too: "X travels to Y for the Z Meeting", "visits Y for")
    r"\b(?:[Tt]ravel(?:s|ling|ing)?|[Tt]rips?|[Vv]isits?|[Hh]eads?)\b.*?\b(?:for|[Tt]o\s+[Aa]ttend)\s+(.+)$"
)


def purpose_nouns(headline: str | None) -> set[str]:
    """The meeting nouns of a travel headline's purpose ("to Travel to Y for the Z Ministerial")."""
    m = _HEADLINE_PURPOSE.search(headline) if headline else None
    return event_nouns(m[1]) - TRAVEL_NOUNS - {"meet"} if m else set()


def purpose_day(
    doc: Doc, scored: list[Scored], d: DateMention, s: Sentence, headline: str | None
) -> tuple[DateMention, Sentence] | None:
    """The day of the meeting a travel headline is "for", inside the lead's stay that names no meeting
    ("Secretary to Travel to Y for the Z Ministerial" over "will travel to A and B from 21 to 24 October
    ... will co-chair the ministerial on 23 October")."""
    wanted = purpose_nouns(headline) if d.end_date else set()
    if not wanted or event_nouns(s.text) - TRAVEL_NOUNS:
        return None
    assert d.end_date is not None
    own = [
        x
        for x in scored
        if x[0] > 0
        and x[2] is not s
        and x[1].end_date is None
        and d.date <= x[1].date <= d.end_date
        and wanted & event_nouns(x[2].text)
    ]
    if not own:
        return None
    _, day, sent = max(own, key=lambda x: x[0])
    return day, sent


# "had originally been expected to run over two days, 3-4 May": a plan the text says was given up; not the
# day it was moved to ("originally set for 3 May, was postponed to 9 May")
_SUPERSEDED = class_scan(
    re.compile(
        r"\b(?:originally|initially)\s+(?:been\s+)?(?:expected|scheduled|planned|set|slated|due|meant)\b"
        r"(?![^.;]*\b(?:postponed|moved|pushed|rescheduled|delayed|brought)\b)[^.;]*$|"
        # "The summit, which was to have opened on Thursday, will now be held on Saturday": the clause's day
        r"\b(?:was|were)\s+(?:due\s+|supposed\s+)?to\s+have\s+(?:opened|begun|started|been\s+held|taken\s+place|"
        r"met|convened)\b[^.;,]*$"
    )
)


def superseded(text: str, start: int, at: int) -> bool:
    """The date at `at` is a plan given up ("the summit had originally been expected to run over 3-4 May")."""
    return _SUPERSEDED.search(text, max(start, at - 90), at) is not None
