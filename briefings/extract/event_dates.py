"""The main event's date: every date of the text scored by its sentence and its neighbourhood (the
meeting's own days win over travel days, logistics, the day of the announcement and past meetings)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from briefings.extract.dates import LAST_HELD, REACTED, DateMention, find_dates
from briefings.extract.event_days import n_days, title_lines
from briefings.extract.event_eves import co_chaired_days, demote_eves, eve_noun, stay_around
from briefings.extract.event_itinerary import itinerary
from briefings.extract.event_names import proper_name
from briefings.extract.event_spans import (
    AFTER_MAIN,
    EVENT_NOUN,
    HELD_RANGE,
    NOUN,
    STAY,
    TRAVEL_NOUNS,
    attended_days,
    closing_span,
    event_nouns,
    fronted_meeting,
    gathering_span,
    meeting_nouns,
    visit_headline,
)
from briefings.extract.event_tense import LOGISTICS, sentence_score
from briefings.extract.event_travel import ASIDE_OPENERS as _ASIDE_OPENERS
from briefings.extract.event_travel import SEPARATE as _SEPARATE
from briefings.extract.event_travel import (
    after_journey,
    purpose_day,
    superseded,
    visit_start,
    week_spelled_out,
)
from briefings.extract.eventcues import TRAVEL_TO, is_trip
from briefings.extract.literals import has_any
from briefings.extract.sentences import Doc, Sentence

# "B criticised the talks on Monday": a comment on the meeting, dated by the comment's own day
_COMMENT = re.compile(
    rf"\b{REACTED}\s+(?:the|this|these|their|its|his|her)\s+(?:[\w'’-]+\s+){{0,3}}?{NOUN}\b", re.I
)
_COMMENT_STEMS = ("ed ",)  # every REACTED verb ends so before its object


_MEETING_BEFORE = re.compile(
    r"\b(?:meeting|talks|summit|dialogue|ministerial|conference|consultations|session)\s+(?:on|from)\s+$",
    re.I,
)


# "the ministry said Monday": the day of the announcement, not of the meeting
_SAID_ON = re.compile(
    r"\b(?:said|says|announced|stated|added|confirmed|told\s+(?:\w+\s+){0,4}?)(?:\s+on)?\s*$", re.I
)
# "will hold talks with X on Thursday": a meeting's own day inside a stay ("be in Y from Wednesday to Friday")
_MEET_ON = re.compile(r"\b(?:talks|meeting|meet|meets|summit)\b[^.;]{0,40}?\s(?:on\s+)?$", re.I)
_HELD_ON = re.compile(
    r"\b(?:(?:to be|will be|is being|are being|is|are)\s+held|(?:will\s+)?takes?\s+place|"
    r"(?:is|are)\s+(?:set|scheduled|slated)\s+for)\s+(?:on\s+)?$|"
    # "The dialogue, scheduled for March 4, ...": a reduced relative clause giving the meeting its day
    rf"\b{NOUN},\s+(?:set|scheduled|slated)\s+for\s+$",
    re.I,
)
# "The talks are slated for 3 May": the subject is the meeting, the date its own
_IS_SET = re.compile(
    # "The meeting is likely to take place Thursday": a hedged "will take place"
    rf"\b{NOUN}\s+(?:(?:will be|is to be|is|are)\s+(?:held|set|scheduled|slated)|will take place|"
    r"(?:is|are)\s+(?:likely|expected|due)\s+to\s+(?:take\s+place|be\s+held))"
    # "The meeting will take place at the Ministry of X in Ycity, on 17 May": the venue before the day
    r"(?:\s+at\s+the\s+(?-i:[A-Z])[^.;]{0,80}?,?)?(?:\s+for)?(?:\s+on)?\s+$",
    re.I,
)
# "Today the minister announced she will travel ...": the day of the announcement
_ANNOUNCED_FUTURE = re.compile(
    r"[^.;]{0,260}?\b(?:announced|said|confirmed|stated)\b[^.;]{0,40}?\b(?:will|would)\b", re.I
)
# "Ahead of the talks, X will meet Y on Wednesday": a meeting before the main one
_AHEAD_OF = re.compile(
    rf"\b(?:[Aa]head of|[Bb]efore)\s+(?:the|this|next\s+\w+'s)\s+(?:[\w'’-]+\s+){{0,4}}?{NOUN}\b|"
    # "Before arriving in X, she will stop in Y on Tuesday": an earlier leg
    r"\b[Bb]efore\s+(?:arriving|travell?ing|heading|flying|going)\s+(?:in|to|on\s+to)\s+[A-Z][\w-]*"
)
# "from 3 to 5 May to attend the X-related Meetings, including ...": a series over the whole range
_SERIES = re.compile(r"\battend\w*\s+(?:the\s+)?[^.;]{0,60}?\b(?:Meetings|meetings|Summits|summits|series)\b")
_VISITING_FROM = re.compile(r"\bvisiting\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+from\s+$")
_GUEST_CLAUSE = re.compile(r",\s+who\s+(?:(?:will\s+be|is|are)\s+visiting|will\s+visit|visits)\s[^.;,]*$")
# "1. Date and Time" / "Date:": an advisory's field whose next line is the meeting's day
_DATE_FIELD = re.compile(r"\s*(?:\d{1,2}[.)]\s*)?(?:Date|When)\b(?:\s+and\s+[Tt]ime)?\s*:?\s*$")
_CAPTION = re.compile(r"\b(?:FILE\s+)?PHOTO\s*:")
# "SEOUL, March 8": the dateline's day; "No: 96, 12 May 2031, Press Release ...": a numbered release's day
_DATELINE_HEAD = re.compile(r"(?:[A-Z][A-Z .'’-]+|(?:No|Nr|Number)\.?\s*:?\s*\d{1,5}(?:/\d{1,4})?),\s*$")
_ALSO = re.compile(r"\b(?:will|is|are|would)\s+also\b|\balso\s+(?:due|set|scheduled|expected|slated)\s+to\b")


def _score(
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
    if d.start < skip_before or (d.start - s.start < 40 and _DATELINE_HEAD.match(doc.text, s.start, d.start)):
        return -100.0  # the dateline's day, also under a town the gazetteer lacks ("SMALLTOWN, Jan 17")
    score = 10.0 - 1.5 * min(max(0, s.index - shift), 6)
    score += sentence[0]
    if named and named in s.text:
        score += 4  # the sentence names the meeting of the headline
    local = doc.text[max(s.start, d.start - 60) : d.end + 20]
    just_before = doc.text[max(s.start, d.start - 25) : d.start]
    if _MEETING_BEFORE.search(just_before):
        score += 1.5  # "the ... Meeting on March 12" beats "travel to Tokyo, March 11-13"
    if _IS_SET.search(doc.text, max(s.start, d.start - 130), d.start):
        score += 3
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
    if s.text.lstrip().startswith(_ASIDE_OPENERS):
        score -= 3  # "Meanwhile, B will join a video conference on Nov. 13": another matter's day
    elif s.text.startswith(("Following", "After")) and AFTER_MAIN.match(s.text):
        score -= 4  # "Following the meeting, A will travel to B on 16 May": a later leg
    if has_any(s.text, _SEPARATE):
        score -= 2  # "separate talks with Y on the 4th": a side meeting's day
    elif "also" in s.text and _ALSO.search(s.text):
        score -= 1.5  # "A is also due to hold a bilateral meeting with B on Tuesday": a meeting beside it
    if has_any(s.text, _ANCHOR_WORDS) and _OTHER_ANCHOR.search(doc.text, max(s.start, d.start - 90), d.start):
        score -= 6  # "will gather a day before ministers hold their meeting on 12-13 May": the other's days
    if ref and not d.relative and d.date < ref and _WILL.search(s.text):
        score -= 4  # "will meet on Thursday, two weeks after the May 3 election": an earlier day
    travel_day = has_any(s.text, _TRAVEL_WORDS) and bool(TRAVEL_DAY.search(just_before))
    if ((d.relative or not d.end_date) and _SAID_ON.search(just_before)) or (
        d.relative and "told" in s.text and _TOLD_CLAUSE.search(doc.text, max(s.start, d.start - 90), d.start)
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
        and MET.search(s.text)
    ):
        # "X hosted Y at the Pentagon today" under the date line: the day's meeting the text reports
        return score + 8 - (9 if LOGISTICS.search(local) else 0)
    if LOGISTICS.search(local):
        score -= 9
    if "then" in s.text and _THEN_LEG.search(doc.text, s.start, d.start):
        score -= 3  # "X will then travel to Y on 28 July": a later leg of the journey
    if (
        not d.end_date
        and has_any(s.text, _TRAVEL_WORDS)
        and (travel_day or _TRAVEL_DAY_AFTER.match(doc.text, d.end, min(s.end, d.end + 40)))
    ):
        score -= 3  # "will depart X on Saturday, May 10, for Y, where he will co-chair ... on May 12-13"
    if "eve of" in s.text and _EVE_OF.match(doc.text, d.end, min(s.end, d.end + 40)):
        score -= 4  # "meet B on Monday morning, on the eve of the summit": the day before the main event
    if sentence[1] or ("last " in local and LAST_HELD.search(doc.text, max(s.start, d.start - 60), d.start)):
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
# "he told reporters after visiting the venue today": the day of the remarks, the clause says nothing to come
_TOLD_CLAUSE = re.compile(
    r"\btold\b(?![^.;]*\b(?:will|would|to be|is to|are to|is|are|opens?|begins?|starts?|meets?|holds?)\b)"
    r"[^.;]*$"
)
_TRAVEL_DAY_AFTER = re.compile(
    r",?\s+(?:(?:we|I|he|she|they)\s+)?(?:will\s+)?(?:depart|leave|travel|fly|arrive)s?\b", re.I
)
_THEN_LEG = re.compile(r"\b(?:will|to)\s+then\s+(?:travel|fly|head|go|proceed|continue)\b")
# "a day before NATO ministers hold their meeting on": a date that anchors another gathering
_OTHER_ANCHOR = re.compile(
    r"\b(?:(?:a|one|two|three|\d)\s+days?|the\s+day|hours|shortly|just|"
    # "their last get-together before leaders descend on X on": the later gathering's day
    # "the last major step before leaders gather for the summit on": a step of one or two words
    r"(?:last|final)(?:\s+[\w'’-]+){1,2})\s+(?:before|after|ahead\s+of)\s+"
    r"[^.;,]{0,70}?\s(?:on|from)\s+$|"
    r"\bpreceded\s+by\s+[^.;,]{0,80}?\s(?:on|from)\s+$",  # "will be preceded by a meeting of officials on"
    re.I,
)
_ANCHOR_WORDS = ("before", "after", "ahead of", "preceded by")
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


def _guest_stay_day(
    doc: Doc, scored: list[tuple[float, DateMention, Sentence]], d: DateMention, s: Sentence
) -> DateMention | None:
    """The lead dates only the guest's stay in a relative clause ("will hold the X Meeting with B, who will be
    visiting Y from 16 to 18 May") and a next sentence sets the meeting's day inside it ("The meeting will
    take place at the Z in Ycity on 17 May", or an advisory's "Date and Time" field): that day, read as the
    lead's."""
    if not d.end_date or not _GUEST_CLAUSE.search(doc.text, max(s.start, d.start - 60), d.start):
        return None
    for _, x, xs in scored:
        if (
            s.index < xs.index <= s.index + 2
            and not x.end_date
            and not x.relative
            and d.date <= x.date <= d.end_date
            and (
                _IS_SET.search(doc.text, max(xs.start, x.start - 130), x.start)
                or _DATE_FIELD.match(doc.sentences[xs.index - 1].text)
            )
        ):
            return replace(d, date=x.date, end_date=None)
    return None


def pick_main_date(
    doc: Doc, ref: date, skip_before: int, skip_sentences: set[int], headline: str | None = None
) -> tuple[DateMention, Sentence] | None:
    """The date of the meeting the headline and lead announce (logistics and past dates lose)."""
    best: tuple[float, DateMention, Sentence] | None = None
    named = proper_name(headline) if headline else None
    held: list[tuple[DateMention, Sentence]] = []
    clause_end: dict[int, int] = {}  # a held day's meeting clause, where the sentence runs on to other acts
    scored: list[tuple[float, DateMention, Sentence]] = []
    dated_meeting = False
    # a photo caption ("... will be in X from Jan 18 to 19. PHOTO: FILE") restates a day beside the picture
    captions = {x.paragraph for x in doc.sentences if "PHOTO" in x.text and _CAPTION.search(x.text)}
    shift = title_lines(doc, skip_sentences)
    headline_meeting = meeting_nouns(headline)
    trip: DateMention | None = None  # a trip spelled out stop by stop, each stop with its own day
    for s in doc.sentences:
        if s.index in skip_sentences or s.paragraph in captions:
            continue
        dates = find_dates(doc.text, s.start, s.end, ref)
        if not dates:
            continue
        sentence = sentence_score(s.text)  # once per sentence
        nouns = {m.group().lower() for m in EVENT_NOUN.finditer(s.text)}
        # "On July 9, X will travel to Manila" after a dated meeting: the next leg, not the meeting
        onward = dated_meeting and nouns <= TRAVEL_NOUNS and bool(TRAVEL_TO.search(s.text))
        met_before = dated_meeting
        # a dated headline "X's Press Conference on May 3" is the document's day, not a meeting before a leg
        # (the dateline's day and the day a statement was made, "the office said Wednesday", date no meeting)
        dated_meeting = dated_meeting or bool(
            nouns - TRAVEL_NOUNS
            and s.index > 0
            and any(
                not _DATELINE_HEAD.match(doc.text, s.start, d.start)
                and not _SAID_ON.search(doc.text, max(s.start, d.start - 25), d.start)
                for d in dates
            )
        )
        # "X on Friday (5 July) previewed the summit, which will take place from 9 to 11 July": the day
        # of writing beside a later day in one sentence is the announcement's, the later the meeting's
        later = max((d.date for d in dates), default=ref) > ref and sentence[0] >= 3
        # a readout titled by its meeting: "On 2 May, A held the X Meeting with B" on the day of writing
        readout = sentence[1] and bool(headline_meeting & event_nouns(s.text)) and bool(MET.search(s.text))
        # the dateline's day ("BRASILIA, April 28 (Reuters) - ...") is no second date of the lead
        own_dates = sum(1 for d in dates if not _DATELINE_HEAD.match(doc.text, s.start, d.start))
        comment = sentence[1] and has_any(s.text, _COMMENT_STEMS) and bool(_COMMENT.search(s.text))
        for d in dates:
            sc = _score(doc, d, s, skip_before, sentence, named, own_dates == 1, ref, shift)
            sc -= 6 if onward else 0
            sc -= 20 if comment or superseded(doc.text, s.start, d.start) else 0  # comment; dropped plan
            sc -= 3 if later and d.date == ref and not d.end_date and not d.relative else 0
            sc += 9 if readout and d.date == ref and not d.end_date and not d.relative else 0
            if d.relative and not d.end_date and "-day" in s.text and n_days(doc, s, d, ref).end_date:
                sc += 2.5  # "a four-day visit ... from Monday": the whole visit's first day
            scored.append((sc, d, s))
            if best is None or sc > best[0]:
                best = (sc, d, s)
            if _HELD_ON.search(doc.text, max(s.start, d.start - 30), d.start) or _MEET_ON.search(
                doc.text, max(s.start, d.start - 60), d.start
            ):
                held.append((d, s))
            elif clause := fronted_meeting(doc.text, s, d):
                held.append((d, s))  # "On 15 May, A will hold the X Dialogue ..., and is also to call on B"
                clause_end[d.start] = clause
        # a meeting dated before the stops ("will host B in X on Monday ... B arrives in Y on Sunday and
        # will be in X on Monday"): the stops are the guest's stay around it
        spelled = own_dates >= 2 and not headline_meeting and not met_before
        # "..., the ministry announced on March 7": the statement's day is no stop
        legs = [d for d in dates if not _SAID_ON.search(doc.text, max(s.start, d.start - 25), d.start)]
        stops = itinerary(doc.text, s.start, s.end, legs) if spelled else None
        if stops is not None:
            # "due in A on Friday and in B on Saturday and Sunday": the trip itself, read like a sentence
            # announcing a trip ("will make a trip")
            sc = _score(doc, stops, s, skip_before, (max(sentence[0], 7.0), False), named, False, ref, shift)
            scored.append((sc, stops, s))
            if best is None or sc >= best[0]:  # the whole trip over a tie with one of its stops' days
                best, trip = (sc, stops, s), stops
    eve = eve_noun(headline)
    if eve and scored:  # "A to host B on eve of the X summit": the summit's days
        scored = demote_eves(doc, scored, eve)
        best = max(scored, key=lambda x: x[0])
    if best is None or best[0] < -50:
        return None
    _, d, s = best
    if d is trip:  # the stops' span is the trip's own days
        return d, s
    if visit_headline(headline):
        # "During the visit, A will co-chair the X on 11 and 12 May": the gathering's days; "During their
        # stay, the X will be held on 9 May": the stay the headline announces
        framed = co_chaired_days(scored, d, s) or stay_around(scored, d, s)
        if framed is not None:
            return framed[1], framed[2]
    if headline and d.end_date and s.text.strip() == headline:
        # "Visit of X to Y (May 3-5)" over "X will visit Y from 3 to 5 May to attend the Z Meeting on 4 May":
        # the lead restates the headline's days and names the meeting the visit is made for
        lead = next(
            (x for x in scored if x[2] is not s and x[1].date == d.date and x[1].end_date == d.end_date), None
        )
        purpose = (
            attended_days(doc, scored, lead[1], lead[2], visit_headline(headline), True) if lead else None
        )
        if purpose is not None:
            return purpose
    guest = _guest_stay_day(doc, scored, d, s)
    if guest is not None:  # "the X Meeting with B, who will be visiting Y from 16 to 18 May ... on 17 May"
        return guest, s
    week = week_spelled_out(doc, scored, d, s) if d.relative else None
    if week is not None:  # "will meet next week ... in X from 14 to 15 May": the exact days
        return week
    journey = after_journey(doc, scored, d, s)
    if journey is not None and visit_start(doc, d, s):  # "a two-day visit beginning tomorrow for the X"
        return journey[1], journey[2]
    if journey is not None:  # "will travel to X on Sunday for the summit ... the summit on Monday"
        return replace(d, date=journey[1].date, relative=False), s
    if not d.end_date:  # also a headline's "to open on Thursday" over the lead's "on June 13-14"
        whole = gathering_span(scored, d, s)
        if whole is not None:
            return replace(d, end_date=whole.end_date), s
    closed = closing_span(scored, d, s)
    if closed is not None:  # "today concluded the two-day session ... held on 9 and 10 June"
        return replace(d, date=closed.date, end_date=closed.end_date, relative=False), s
    own_days = attended_days(doc, scored, d, s, visit_headline(headline))
    if own_days is not None and not (d.end_date and _SERIES.search(s.text)):
        # "will visit X from 6 to 8 May and will hold the Y Meeting ... on 7 May": the meeting's own days
        return own_days
    if d.end_date and TRAVEL_TO.search(s.text) and (purpose := purpose_day(doc, scored, d, s, headline)):
        return purpose  # "X to Travel to Y for the Z Ministerial": the ministerial's day inside the trip
    if d.end_date and (TRAVEL_TO.search(s.text) or STAY.search(s.text)) and not is_trip(doc, s, frozenset()):
        # "will visit X from June 8 to 10 to attend the talks ... to be held on June 9": the talks' day(s)
        # "to attend the X Summit on 31 August and 1 September": the range is the gathering's own days;
        # a meeting "on the sidelines" inside it is beside the gathering, never its day
        own_range = bool(_MEETING_BEFORE.search(doc.text, max(s.start, d.start - 25), d.start)) or bool(
            HELD_RANGE.search(doc.text, max(s.start, d.start - 120), d.start)
        )
        inside = [
            h
            for h in held
            if h[0] is not d
            and d.date <= h[0].date
            and (h[0].end_date or h[0].date) <= d.end_date
            and not own_range
            and not has_any(h[1].text, _SEPARATE)
            # "will also meet B on the 27th"
            and not (
                "also" in h[1].text
                and _ALSO.search(doc.text, h[1].start, clause_end.get(h[0].start, h[1].end))
            )
            # "The X will be preceded by the Senior Officials' Meeting on 12 May": another meeting's day
            and not _OTHER_ANCHOR.search(doc.text, max(h[1].start, h[0].start - 90), h[0].start)
        ]
        if inside and not visit_headline(headline) and not _SERIES.search(s.text):
            return inside[0]  # "X to Visit Y" announces the whole stay; "to attend the X Meetings" a series
        meeting = meeting_nouns(headline)
        if meeting and event_nouns(s.text) <= TRAVEL_NOUNS:
            # the headline announces a meeting, the range is a stay that names no meeting around it ("X
            # to Lead Dialogue"; "will go to Y from 2 to 5 May ... On 3 May, X will lead the dialogue");
            # "travel to Y from 2 to 5 May to attend the meetings" keeps the whole range
            own = [
                x
                for x in scored
                if x[0] > 0
                and x[1].end_date is None
                and d.date <= x[1].date <= d.end_date
                and meeting & event_nouns(x[2].text)
            ]
            if own:
                _, d, s = max(own, key=lambda x: x[0])
    return d, s
