"""A date's score as the main event's day: its sentence, its place in the text, the cue words around it."""

from __future__ import annotations

import re
from datetime import date

from briefings.extract.dates import LAST_HELD, WHO_MET, DateMention, in_present_clause
from briefings.extract.event_itinerary import RETURN_ON
from briefings.extract.event_spans import AFTER_MAIN, HELD_RANGE, NOUN
from briefings.extract.event_tense import LOGISTICS
from briefings.extract.event_travel import ASIDE_OPENERS, SEPARATE
from briefings.extract.literals import has_any
from briefings.extract.regex_guard import by_first_letter, guarded
from briefings.extract.sentences import Doc, Sentence

MEETING_BEFORE = re.compile(
    r"\b(?:meeting|talks|summit|dialogue|ministerial|conference|consultations|session)\s+(?:on|from)\s+$",
    re.I,
)
# "the ministry said Monday": the day of the announcement, not of the meeting
SAID_ON = re.compile(
    r"\b(?:said|says|announced|stated|added|confirmed|told\s+(?:\w+\s+){0,4}?)(?:\s+on)?\s*$|"
    # "The ministry, in a statement today, said ...": the statement's day, however the sentence runs on
    r"\bin\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+)?statement,?\s+(?:on\s+)?$",
    re.I,
)
SAID_ON = by_first_letter(guarded(SAID_ON))  # (regex_guard: same matches)
# "agreed on Wednesday to hold talks ... later this month": the agreement's day, the talks' undated
_AGREED_ON = re.compile(r"\b(?:agreed|decided|announced|said|confirmed)\s+(?:on\s+)?$")
_LATER_PERIOD = re.compile(
    r"\b(?:later\s+this\s+(?:month|year)|(?:early|later|late)\s+next\s+(?:month|year)|next\s+month|"
    r"in\s+the\s+coming\s+(?:weeks|months))\b"
)
# what the agreement sets for later is a meeting ("to hold talks"), not an exercise or a programme
_LATER_MEETING = re.compile(
    r"\b(?:talks|meet\w*|summit|dialogue|ministerial|conference|consultations?|visit\w*|trip|session|"
    r"negotiations|gathering|retreat|discussions?|commission|committee|council|forum|conven\w*|round)\b",
    re.I,
)
_PREVIOUS_HELD = re.compile(r"\bprevious\s+[^.;]{0,60}?\b(?:held|hosted|convened)\b[^.;]*$", re.I)
_MET_PAST = re.compile(r"\b(?:met|held|hosted|welcomed|received)\b")
_PERIOD_WORDS = ("month", "year", "coming")
# "The talks are slated for 3 May": the subject is the meeting, the date its own
IS_SET = re.compile(
    # "The meeting is likely to take place Thursday": a hedged "will take place"
    rf"\b{NOUN}\s+(?:(?:will be|is to be|is|are)\s+(?:held|set|scheduled|slated)|will take place|"
    r"(?:is|are)\s+(?:likely|expected|due)\s+to\s+(?:take\s+place|be\s+held))"
    # "The meeting will take place at the Ministry of X in Ycity, on 17 May": the venue before the day
    r"(?:\s+at\s+the\s+(?-i:[A-Z])[^.;]{0,80}?,?)?(?:\s+for)?(?:\s+on)?\s+$|"
    # "The 2+2, to be held on Thursday 10 September, ...": the clause dates what it follows, however named
    r",\s+(?:to\s+be|being)\s+held\s+(?:on\s+)?$",
    re.I,
)
# behind a lookahead of its possible first characters (regex_guard: same matches, fewer tries)
IS_SET = guarded(IS_SET)
# "Today the minister announced she will travel ...": the day of the announcement
_ANNOUNCED_FUTURE = re.compile(
    # "Today we announce we will travel ...": the present tense of a joint release
    r"[^.;]{0,260}?\b(?:announced?|announces|said|confirmed|stated)\b[^.;]{0,40}?\b(?:will|would)\b",
    re.I,
)
# "Ahead of the talks, X will meet Y on Wednesday": a meeting before the main one
_AHEAD_OF = re.compile(
    # a format named by its numbers, "Ahead of the 2+2, ...", as any meeting noun
    rf"\b(?:[Aa]head of|[Bb]efore)\s+(?:the|this|next\s+\w+'s)\s+(?:[\w'’-]+\s+){{0,4}}?"
    rf"(?:{NOUN}\b|\d\+\d\b)|"
    # "Before arriving in X, she will stop in Y on Tuesday": an earlier leg
    r"\b[Bb]efore\s+(?:arriving|travell?ing|heading|flying|going)\s+(?:in|to|on\s+to)\s+[A-Z][\w-]*"
)
_VISITING_FROM = re.compile(r"\bvisiting\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+from\s+$")
# "SEOUL, March 8": the dateline's day; "No: 96, 12 May 2031, Press Release ...": a numbered release's day
# (not a calendar's "TUESDAY-WEDNESDAY, MARCH 10-11": weekdays head a date, no city)
DATELINE_HEAD = re.compile(
    r"(?!(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY\b)"
    # "SMALLTOWN (Xland), May 7": the country in brackets after the city
    r"(?:[A-Z][A-Z .'’-]+(?:\s*\([A-Z][A-Za-z .'’-]{1,25}\))?|"
    r"(?:No|Nr|Number)\.?\s*:?\s*\d{1,5}(?:/\d{1,4})?),\s*$"
)
# "On December 11, the spokesperson announced that A will visit B from 15 to 17 December": the statement's day
_ON_ANNOUNCED = re.compile(
    r",\s+(?:[^.;]{0,120}?\s)?(?:announced|said|stated|confirmed|revealed)\s+(?:that\b|,)[^.;]*?\b(?:will|would)\b"
)
# "On", opening the sentence or following a dateline's dash ("Xcity – On 11 May, ...")
_ON_FIRST = re.compile(r"(?:^|[–—-]\s)\s*On\s+$")
_SAID_WORDS = ("announced", "said", "stated", "confirmed", "revealed")
# "A day earlier, ...", "The day before, ...": a sentence placing its act before a meeting already told, so
# its day is another gathering's (its eve), never the one the lead announced
_EARLIER_OPENER = re.compile(
    r"\s*(?:(?:A|One|Two|Three|\d)\s+days?\s+(?:earlier|before)|The\s+(?:day|evening|night)\s+before|"
    r"(?:On\s+)?[Tt]he\s+previous\s+(?:day|evening)|(?:On\s+)?[Tt]he\s+eve)\b(?!\s+(?:the|of|its|their|than)\b)"
)


def statement_day(doc: Doc, s: Sentence, d: DateMention) -> bool:
    """The day a sentence opens with is the day of a statement about a later act ("On 11 May, the ministry
    announced that A will ..."), not the act's."""
    return (
        not d.end_date
        and d.start - s.start < 60
        and bool(_ON_FIRST.search(doc.text[s.start : d.start]))
        and has_any(s.text, _SAID_WORDS)
        and bool(_ON_ANNOUNCED.match(doc.text, d.end, s.end))
    )


# "..., which continues until Wednesday", "runs through Friday": the closing day of a span opened before it
_CLOSING_DAY = re.compile(
    r"\b(?:continu\w*|runs?|running|lasts?|lasting)\s+(?:until|till|through)\s+(?:tomorrow,\s+)?$"
)
_UNTIL_WORDS = ("until", "till", "through")
# "during A's official visit to X from": a stay's days, around the meeting held during it
_DURING_STAY = re.compile(
    # (its days also in a relative clause: "during her visit to Xcity, which runs June 17-19")
    r"\bduring\s+(?:[\w'’.-]+\s+){0,4}?(?:visit|trip|stay|tour)\b[^.;]{0,50}?"
    r"\s(?:from|between|(?:(?:which|that)\s+(?:will\s+)?(?:runs?|lasts?)|running|lasting)(?:\s+from)?)\s+$",
    re.I,
)
ALSO = re.compile(r"\b(?:will|is|are|would)\s+also\b|\balso\s+(?:due|set|scheduled|expected|slated)\s+to\b")


# "Date: November 18 (Tue)", "When: 3.30pm, Thursday 23 July": a field line giving the meeting's day
_FIELD = re.compile(r"\s*(?:Dates?|When)\s*:[^\n]{0,30}$")


def _after_prose(doc: Doc, s: Sentence) -> bool:
    """A sentence of prose (one ending with a full stop) stands before s: s is in the body, no header."""
    return any(x.text.rstrip().endswith(".") for x in doc.sentences[max(0, s.index - 12) : s.index])


# "TUESDAY-WEDNESDAY, MARCH 10-11" alone on its line: a calendar's heading over the entry it dates
_DAY_HEADING = re.compile(
    r"\s*(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s*[-–]\s*(?i:[a-z]+day))?,\s*$"
)


def _day_heading(doc: Doc, s: Sentence, d: DateMention, ref: date | None) -> bool:
    """The date is a line of its own under its weekdays, later than the day of writing: a calendar entry's day
    over the dateline of the entry, not the date the text was written."""
    return (
        ref is not None
        and d.date > ref
        and not doc.text[d.end : s.end].strip()
        and bool(_DAY_HEADING.match(doc.text, s.start, d.start))
    )


# a time of day, then the date it is on, the whole line: a web page's time stamp
_STAMP = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:on\s+)?$", re.I)


def score_date(
    doc: Doc,
    d: DateMention,
    s: Sentence,
    skip_before: int,
    sentence: tuple[float, bool],
    named: str | None,
    alone: bool = False,
    ref: date | None = None,
    shift: int = 0,
) -> float:
    """How likely the date is the main meeting's day (-100: before `skip_before`, or the dateline's day)."""
    if (d.start < skip_before and not _day_heading(doc, s, d, ref)) or (
        d.start - s.start < 40 and DATELINE_HEAD.match(doc.text, s.start, d.start)
    ):
        return -100.0  # the dateline's day, also under a town the gazetteer lacks ("SMALLTOWN, Jan 17")
    if (
        d.start - s.start < 16
        and _STAMP.match(doc.text, s.start, d.start)
        and not doc.text[d.end : s.end].strip()
    ):
        return -100.0  # "5:42 pm on 13 July 2026": the page's time stamp, a line of its own
    score = 10.0 - 1.5 * min(max(0, s.index - shift), 6)
    if d.start < skip_before:
        score += 6  # a calendar's day heading over its entry: the entry's own days
    if d.relative and d.end_date and doc.text.startswith("weekend", d.end - 7):
        score -= 15  # "this weekend": any day the text gives the meeting says more than its two days
    score += sentence[0]
    if named and named in s.text:
        score += 4  # the sentence names the meeting of the headline
    local = doc.text[max(s.start, d.start - 60) : d.end + 20]
    just_before = doc.text[max(s.start, d.start - 25) : d.start]
    if MEETING_BEFORE.search(just_before):
        score += 1.5  # "the ... Meeting on March 12" beats "travel to Tokyo, March 11-13"
    if IS_SET.search(doc.text, max(s.start, d.start - 130), d.start):
        score += 3
    elif d.start - s.start < 40 and _FIELD.match(doc.text, s.start, d.start) and _after_prose(doc, s):
        score += 6  # an advisory's "Date: November 18 (Tue)" field under its prose: the meeting's day
    elif d.end_date and HELD_RANGE.search(doc.text, max(s.start, d.start - 120), d.start):
        score += 4  # "The X Forum will be held at the Y Hotel from 3 to 5 May": its own days
    if d.relative and d.start - s.start < 40 and _ANNOUNCED_FUTURE.match(doc.text, d.end, s.end):
        score -= 5  # "Today X announced they will travel ... this week"
    ahead = False
    if "head" in s.text or "efore" in s.text:
        am = _AHEAD_OF.search(doc.text, s.start, d.start)
        if am and doc.text[am.end() : d.start].strip(" ,") not in ("", "on"):
            score -= 4  # "Ahead of the consultations, X will meet Y on Wednesday"
            ahead = True
    # "hold talks with B, who is visiting X from 13 to 14 May, ... on 13 May": the guest's stay
    if (
        d.end_date
        and "visiting" in local
        and _VISITING_FROM.search(doc.text, max(s.start, d.start - 40), d.start)
    ):
        score -= 2
    if (
        d.end_date
        and ("during" in s.text or "During" in s.text)
        and _DURING_STAY.search(doc.text, max(s.start, d.start - 90), d.start)
    ):
        score -= 8  # "The meeting will take place during A's official visit to X from 16 to 19 May": the stay
    if has_any(s.text, _UNTIL_WORDS) and _CLOSING_DAY.search(doc.text, max(s.start, d.start - 40), d.start):
        # "opens today ... which continues until tomorrow, Wednesday 5 March": the last day; alone in its
        # sentence too, "The meeting runs until Tuesday 3 November" after the day the meeting opens
        score -= 4
    if s.text.lstrip().startswith(ASIDE_OPENERS):
        score -= 3  # "Meanwhile, B will join a video conference on Nov. 13": another matter's day
    elif _EARLIER_OPENER.match(s.text):
        # "A day earlier, on Nov. 3, the generals will hold their own meeting": dated by the main one
        score -= 6
    elif s.text.startswith(("Following", "After")) and AFTER_MAIN.match(s.text):
        score -= 4  # "Following the meeting, A will travel to B on 16 May": a later leg
    if has_any(s.text, SEPARATE):
        score -= 2  # "separate talks with Y on the 4th": a side meeting's day
    elif "also" in s.text and ALSO.search(s.text):
        score -= 1.5  # "A is also due to hold a bilateral meeting with B on Tuesday": a meeting beside it
    if (
        has_any(s.text, _ANCHOR_WORDS) and OTHER_ANCHOR.search(doc.text, max(s.start, d.start - 90), d.start)
    ) or (" way to " in s.text and _ON_THE_WAY.search(doc.text, max(s.start, d.start - 150), d.start)):
        # "will gather a day before ministers hold their meeting on 12-13 May": the other's days; "met in X
        # on his way to Y, where he will attend the Z Meetings July 23-25": the next stop's
        score -= 6
    if ref and not d.relative and d.date < ref and _WILL.search(s.text):
        score -= 4  # "will meet on Thursday, two weeks after the May 3 election": an earlier day
    elif "who " in s.text and WHO_MET.search(doc.text, max(s.start, d.start - 60), d.start):
        score -= 6  # "The ministers, who met in X on Monday, will hold ...": the clause's past meeting
    travel_day = has_any(s.text, _TRAVEL_WORDS) and bool(
        TRAVEL_DAY.search(just_before)
        # "will arrive in X on the evening of Sunday 13 June": the part of the day the journey ends in
        or ("of" in just_before and _PART_OF_DAY.search(doc.text, max(s.start, d.start - 70), d.start))
    )
    if "return" in s.text and RETURN_ON.search(doc.text, max(s.start, d.start - 60), d.start):
        score -= 6  # "..., returning to Xland on Thursday 19 March": the journey home
    if (
        not d.end_date
        and has_any(s.text, _PERIOD_WORDS)
        and _AGREED_ON.search(just_before)
        and (later := _LATER_PERIOD.search(doc.text, d.end, s.end))
        and _LATER_MEETING.search(doc.text, d.end, later.start())
        and not _MET_PAST.search(s.text)
    ):
        return -60.0  # "agreed on Wednesday to hold talks in X later this month": the meeting has no day
    if (
        ((d.relative or not d.end_date) and SAID_ON.search(just_before))
        or statement_day(doc, s, d)
        or (
            d.relative
            and "told" in s.text
            and _TOLD_CLAUSE.search(doc.text, max(s.start, d.start - 90), d.start)
        )
    ):
        score -= 5  # "the ministry said on Monday, June 1": the day of the statement, however written
    elif (
        not d.end_date
        and alone
        and not travel_day  # "will fly to X tonight for talks": the journey's day
        and not ahead  # "Ahead of the summit, X will welcome Y this afternoon": a meeting before it
        # "X today (Tuesday 11 March) hosted Y": the full date restates "today"
        # (a report of the day's meeting, not "will travel to X today (Wednesday 17 April) for a meeting")
        # a wire lead's weekday that is the day of writing ("met B in Y on Monday" under "Y, April 28") too
        and (
            # only in the lead: "- He's in X today for talks" deep in a newsletter's itinerary is a stop
            (
                (doc.text[d.start : d.end] in _TODAY and s.index <= 4 + shift)
                or (sentence[1] and d.date == ref and s.index <= 2 + shift)
            )
            if d.relative
            else sentence[1] and bool(_TODAY_PAREN.search(just_before))
        )
        # (or a pair's agreement, "A and his Xish counterpart B agreed Monday to ...": their talks' outcome)
        and (MET.search(s.text) or ("counterpart" in s.text and _PAIR_AGREED.search(s.text)))
    ):
        # "X hosted Y at the Pentagon today" under the date line: the day's meeting the text reports
        return score + 8 - (9 if LOGISTICS.search(local) else 0)
    if LOGISTICS.search(local):
        score -= 9
    then = _THEN_LEG.search(doc.text, s.start, d.start) if "then" in s.text else None
    # ("will then travel on to Y, where on 29 July she will attend the Z": the act there, not the leg)
    if then and not _WHERE.search(doc.text, then.end(), d.start):
        score -= 3  # "X will then travel to Y on 28 July": a later leg of the journey
    # "She will begin in X on Tuesday 27 July": a journey's first stop, before the one it is made for
    if ("egin" in just_before or "tart" in just_before) and _FIRST_STOP.search(
        doc.text, max(s.start, d.start - 60), d.start
    ):
        score -= 3
    if (
        not d.end_date
        and has_any(s.text, _TRAVEL_WORDS)
        and (travel_day or _TRAVEL_DAY_AFTER.match(doc.text, d.end, min(s.end, d.end + 40)))
    ):
        score -= 3  # "will depart X on Saturday, May 10, for Y, where he will co-chair ... on May 12-13"
    if "eve of" in s.text and _EVE_OF.match(doc.text, d.end, min(s.end, d.end + 40)):
        score -= 4  # "meet B on Monday morning, on the eve of the summit": the day before the main event
    if "previous" in local and _PREVIOUS_HELD.search(doc.text, max(s.start, d.start - 90), d.start):
        score -= 20  # "welcomed the outcomes of the previous Meeting, held in X on April 27": another meeting
    if (
        # a past sentence ("..., which meets on Saturday": the date's own clause is present, not past)
        (sentence[1] and not ("which" in local and in_present_clause(doc.text, s.start, d.start)))
        or ("last " in local and LAST_HELD.search(doc.text, max(s.start, d.start - 60), d.start))
    ):
        score -= 6  # a past sentence, or "they last met in X on March 4" inside a future one
    if d.relative:
        score -= 2
    return score


# the day of a journey, not of the meeting: "depart X on Saturday", "Today we fly to Y"
_TRAVEL_WORDS = ("depart", "leav", "arriv", "return", "fly", "flies", "travel")
TRAVEL_DAY = re.compile(
    r"\b(?:depart(?:s|ing)?|leav(?:e|es|ing)|arriv(?:e|es|ing)|return(?:s|ing)?|fly|flies|flying)\b"
    r"[^.;,]{0,30}?,?\s(?:on\s+)?$",
    re.I,
)
_PART_OF_DAY = re.compile(
    r"\b(?:depart(?:s|ing)?|leav(?:e|es|ing)|arriv(?:e|es|ing)|return(?:s|ing)?|fly|flies|flying)\b"
    r"[^.;,]{0,30}?\s(?:on\s+)?the\s+(?:morning|afternoon|evening|night)\s+of\s+$",
    re.I,
)
# "he told reporters after visiting the venue today": the day of the remarks, the clause says nothing to come
_TOLD_CLAUSE = re.compile(
    r"\btold\b(?![^.;]*\b(?:will|would|to be|is to|are to|is|are|opens?|begins?|starts?|meets?|holds?)\b)"
    r"[^.;]*$"
)
_TRAVEL_DAY_AFTER = re.compile(
    r",?\s+(?:(?:we|I|he|she|they)\s+)?(?:will\s+)?(?:depart|leave|travel|fly|arrive)s?\b", re.I
)
_THEN_LEG = re.compile(r"\b(?:will|to)\s+then\s+(?:travel|fly|head|go|proceed|continue)\b")
_WHERE = re.compile(r",\s+where\b")
_FIRST_STOP = re.compile(
    r"\b(?:begin|start)s?\s+(?:(?:her|his|their|the)\s+(?:trip|visit|tour|journey)\s+)?"
    r"in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+(?:on\s+)?$"
)
# "a day before NATO ministers hold their meeting on": a date that anchors another gathering
OTHER_ANCHOR = re.compile(
    r"\b(?:(?:a|one|two|three|\d)\s+days?|the\s+day|hours|shortly|just|"
    # "their last get-together before leaders descend on X on": the later gathering's day
    # "the last major step before leaders gather for the summit on": a step of one or two words
    r"(?:last|final)(?:\s+[\w'’-]+){1,2})\s+(?:before|after|ahead\s+of)\s+"
    r"[^.;,]{0,70}?\s(?:on|from)\s+$|"
    r"\bpreceded\s+by\s+[^.;,]{0,80}?\s(?:on|from)\s+$|"  # "will be preceded by a meeting of officials on"
    # "comes less than three weeks before leaders meet in X on", "setting the stage for a summit in X on": the
    # later gathering's days, however far off the text puts it
    r"\b(?:weeks?|months?)\s+(?:before|ahead\s+of)\s+[^.;]{0,80}?\s(?:on|from)\s+$|"
    r"\b(?:setting\s+the\s+stage|paving\s+the\s+way|in\s+the\s+run-up)\s+(?:for|to)\s+[^.;]{0,90}?\s(?:on|from)\s+$|"
    # ", ahead of the X Leaders Meeting in Ycity from": a later gathering named by its own name, and its days
    r"\b(?:ahead\s+of|before)\s+the\s+(?:[\w'’-]+\s+){0,3}?(?-i:[A-Z])[^.;,]{0,60}?\s(?:on|from)\s+$",
    re.I,
)
_PAIR_AGREED = re.compile(r"\bcounterparts?\b[^.;]{0,60}?\sagreed\b")
_ON_THE_WAY = re.compile(r"\bon\s+(?:his|her|their|its|the)\s+way\s+to\s+[^.;]{0,130}?\s$")
_ANCHOR_WORDS = ("before", "after", "ahead of", "preceded by", "the stage", "the way", "run-up")
_WILL = re.compile(r"\b(?:will|to meet|to hold|to attend)\b")
_EVE_OF = re.compile(r"(?:\s+(?:morning|afternoon|evening))?,?\s+(?:on\s+)?the\s+eve\s+of\b")
# "X hosted Y ... yesterday" in a news report: the day of the meeting it reports
_TODAY = frozenset(
    {"today", "Today", "tonight", "Tonight", "this morning", "This morning", "this afternoon", "this evening"}
    | {"yesterday", "Yesterday"}
)
_TODAY_PAREN = re.compile(r"\b(?:[Tt]oday|[Yy]esterday|[Tt]onight)\s*\(\s*$")
MET = re.compile(
    r"\b(?:hosted|hosts|met|meets|held|holds|welcomed|welcomes|received|receives|talks|meeting)\b"
)
