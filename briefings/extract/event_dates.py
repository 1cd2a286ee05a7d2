"""The main event's date: the best scored of the text's dates (`event_date_score`), narrowed or widened to
the meeting's own days (a trip spelled out, a guest's stay, a visit's gathering, a journey's purpose)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from briefings.extract.dates import DateMention, find_dates
from briefings.extract.event_acronyms import lead_short_names, short_name_set
from briefings.extract.event_date_score import (
    ALSO,
    DATELINE_HEAD,
    MEETING_BEFORE,
    MET,
    OTHER_ANCHOR,
    SAID_ON,
    score_date,
    statement_day,
)
from briefings.extract.event_days import n_days, title_lines
from briefings.extract.event_eves import (
    co_chaired_days,
    demote_eves,
    eve_noun,
    named_gathering_days,
    official_stay,
    purpose_held,
    stay_around,
)
from briefings.extract.event_guest_stay import guest_stay_day
from briefings.extract.event_headline_places import headline_trip_span
from briefings.extract.event_itinerary import (
    itinerary,
    journey_told,
    round_trip,
    trip_bounds,
    week_round_trip,
)
from briefings.extract.event_names import proper_name
from briefings.extract.event_own_dates import own_dated
from briefings.extract.event_pairs import paired_days
from briefings.extract.event_periods import lead_period, outside
from briefings.extract.event_purpose import purpose_own_day
from briefings.extract.event_spans import (
    EVENT_NOUN,
    HELD_RANGE,
    NOUN,
    SERIES,
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
from briefings.extract.event_tense import sentence_score
from briefings.extract.event_travel import SEPARATE as _SEPARATE
from briefings.extract.event_travel import (
    after_journey,
    purpose_day,
    superseded,
    visit_start,
    week_spelled_out,
)
from briefings.extract.event_trip_days import toured_next, trip_days, two_states
from briefings.extract.event_visit_meeting import several_engagements
from briefings.extract.eventcues import TRAVEL_TO, is_trip
from briefings.extract.literals import has_any
from briefings.extract.regex_guard import by_first_letter, guarded
from briefings.extract.sentences import Doc, Sentence
from briefings.extract.tense_words import REACTED

# "B criticised the talks on Monday": a comment on the meeting, dated by the comment's own day
_COMMENT = re.compile(
    rf"\b{REACTED}\s+(?:the|this|these|their|its|his|her)\s+(?:[\w'’-]+\s+){{0,3}}?{NOUN}\b", re.I
)
_COMMENT_STEMS = ("ed ",)  # every REACTED verb ends so before its object
# "will hold talks with X on Thursday": a meeting's own day inside a stay ("be in Y from Wednesday to Friday")
_MEET_ON = re.compile(r"\b(?:talks|meeting|meet|meets|summit)\b[^.;]{0,40}?\s(?:on\s+)?$", re.I)
_MEET_ON = by_first_letter(guarded(_MEET_ON))  # (regex_guard: same matches)
_HELD_ON = re.compile(
    r"\b(?:(?:to be|will be|is being|are being|is|are)\s+held|(?:will\s+)?takes?\s+place|"
    r"(?:is|are)\s+(?:set|scheduled|slated)\s+for)"
    # "The dialogue will be held in Xcity on 21 April": the town between the verb and the day
    r"(?:\s+(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3},?)?\s+(?:on\s+)?$|"
    # "The dialogue, scheduled for March 4, ...": a reduced relative clause giving the meeting its day
    rf"\b{NOUN},\s+(?:set|scheduled|slated)\s+for\s+$",
    re.I,
)
# behind a lookahead of its possible first characters (regex_guard: same matches, fewer tries)
_HELD_ON = guarded(_HELD_ON)
_WEEKS = frozenset(
    {"next week", "Next week", "this week", "This week", "later this week"}
    | {"this weekend", "This weekend", "next weekend", "Next weekend"}  # "travel to A this weekend": no stop
)
_CAPTION = re.compile(r"\b(?:FILE\s+)?PHOTO\s*:")
# "the X Ministers Meeting in Ycity on": the meeting's own city, then its day
_MEETING_IN_ON = re.compile(
    r"\b(?:Meeting|Talks|Summit|Dialogue|Ministerial|Conference|Consultations|Session|Forum|Retreat)\s+"
    r"in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:(?:on|from)\s+)?$"
)


# "A press conference will take place in Xcity on 26 September": the press's day, no meeting's
_PRESS_HELD = re.compile(
    r"\b(?:[Pp]ress|[Nn]ews|[Mm]edia)\s+(?:conference|briefing|availability)\b[^.;]{0,40}$"
)
_PRESS_WORDS = ("onference", "riefing", "vailability")


def _press_held(text: str, s: Sentence, d: DateMention) -> bool:
    """The day a sentence holds a press conference on, not a meeting."""
    if not has_any(s.text, _PRESS_WORDS):
        return False
    return bool(_PRESS_HELD.search(text, max(s.start, d.start - 70), d.start))


_DURING_STAY = re.compile(r"\W*During\s+(?:the|this|his|her|their)\s+(?:visit|stay|trip)\b")
_CHAIRS = re.compile(r"\b(?:co-chair|chair|co-preside|preside\s+over|lead|hold)\b")


def _held_inside(
    doc: Doc, held: list[tuple[DateMention, Sentence]], clause_end: dict[int, int], span: DateMention
) -> list[tuple[DateMention, Sentence]]:
    """The meetings held on a day inside a stay's span, none beside the main one ("separate talks", "will also
    meet B on the 27th", "preceded by the Senior Officials' Meeting on 12 May")."""
    assert span.end_date is not None
    return [
        h
        for h in held
        if h[0] is not span
        and span.date <= h[0].date
        and (h[0].end_date or h[0].date) <= span.end_date
        and not has_any(h[1].text, _SEPARATE)
        and not (
            "also" in h[1].text and ALSO.search(doc.text, h[1].start, clause_end.get(h[0].start, h[1].end))
        )
        and not OTHER_ANCHOR.search(doc.text, max(h[1].start, h[0].start - 90), h[0].start)
        # "During his stay, A is set to meet B on 25 November": a call made during the stay, a part of it
        and not (_DURING_STAY.match(h[1].text) and not _CHAIRS.search(h[1].text))
    ]


def _inside(text: str, d: DateMention, span: DateMention) -> bool:
    """d lies inside the span, or is the week (or a day just before it) the span opens."""
    assert span.end_date is not None
    if d.relative and text[d.start : d.end].endswith("week") and 0 <= (span.date - d.date).days < 7:
        return True  # "next week": the week the trip opens
    return span.date <= d.date and (d.end_date or d.date) <= span.end_date


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
    ends: tuple[DateMention, Sentence] | None = None  # "departs X on 24 May and returns on 2 June"
    # "will welcome B later this month": a day outside that month is another matter's ("their call of 9 Jan")
    period = lead_period(doc, ref, skip_sentences, skip_before)
    short_names = lead_short_names(doc, skip_sentences)  # "for the X Consultations (XYMIN)"
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
                not DATELINE_HEAD.match(doc.text, s.start, d.start)
                and not SAID_ON.search(doc.text, max(s.start, d.start - 25), d.start)
                and not _press_held(doc.text, s, d)  # "announced the trip at a news conference on Monday"
                for d in dates
            )
        )
        # "X on Friday (5 July) previewed the summit, which will take place from 9 to 11 July": the day
        # of writing beside a later day in one sentence is the announcement's, the later the meeting's
        later = max((d.date for d in dates), default=ref) > ref and sentence[0] >= 3
        # a readout titled by its meeting: "On 2 May, A held the X Meeting with B" on the day of writing
        readout = sentence[1] and bool(headline_meeting & event_nouns(s.text)) and bool(MET.search(s.text))
        # the dateline's day ("BRASILIA, April 28 (Reuters) - ...") is no second date of the lead
        own_dates = sum(1 for d in dates if not DATELINE_HEAD.match(doc.text, s.start, d.start))
        comment = sentence[1] and has_any(s.text, _COMMENT_STEMS) and bool(_COMMENT.search(s.text))
        # "the strategic dialogue on 6 July and the trilateral dialogue on 7 July": the headline's one
        paired = paired_days(doc, s, dates, headline) if own_dates >= 2 else {}
        ranged = any(d.end_date for d in dates)
        for d in dates:
            sc = score_date(doc, d, s, skip_before, sentence, named, own_dates == 1, ref, shift)
            sc += 2 * paired.get(d.start, 0)
            sc -= 6 if onward else 0
            sc -= 20 if comment or superseded(doc.text, s.start, d.start) else 0  # comment; dropped plan
            sc -= 3 if later and d.date == ref and not d.end_date and not d.relative else 0
            sc += 9 if readout and d.date == ref and not d.end_date and not d.relative else 0
            sc = min(sc, -60) if outside(period, d) else sc
            if (
                own_dates == 1
                and not nouns
                and short_names
                and short_name_set(doc.text, s, d.start, short_names)
            ):
                # "XYMIN will be held in Y on 18 August": the lead's meeting by its short name, the meeting
                # word the sentence lacks, given its day ("The X will be held on 17 Nov and the X-Plus on 18
                # Nov" dates two gatherings: the rules joining their days take it)
                sc += 7
            if (
                (not ranged or d.end_date)
                and " in " in s.text
                and _MEETING_IN_ON.search(doc.text, max(s.start, d.start - 50), d.start)
            ):
                # "travel to A from Sunday, and attend the X Meeting in B on Wednesday": the meeting's day,
                # not the journey's (a day inside a stay's range of the sentence is left to the stay's rules;
                # a range is its own meeting's, "the X Meeting in B on 12-13 May")
                sc += 1.5
            if d.relative and not d.end_date and "-day" in s.text and n_days(doc, s, d, ref).end_date:
                sc += 2.5  # "a four-day visit ... from Monday": the whole visit's first day
            scored.append((sc, d, s))
            if best is None or sc > best[0]:
                best = (sc, d, s)
            if (
                _HELD_ON.search(doc.text, max(s.start, d.start - 70), d.start)
                or _MEET_ON.search(doc.text, max(s.start, d.start - 60), d.start)
            ) and not _press_held(doc.text, s, d):
                held.append((d, s))
            elif clause := fronted_meeting(doc.text, s, d):
                held.append((d, s))  # "On 15 May, A will hold the X Dialogue ..., and is also to call on B"
                clause_end[d.start] = clause
        # a meeting dated before the stops ("will host B in X on Monday ... B arrives in Y on Sunday and
        # will be in X on Monday"): the stops are the guest's stay around it
        spelled = own_dates >= 2 and not headline_meeting and not met_before
        # "..., the ministry announced on March 7": the statement's day is no stop, nor the dateline's
        legs = [
            d
            for d in dates
            if not SAID_ON.search(doc.text, max(s.start, d.start - 25), d.start)
            and not DATELINE_HEAD.match(doc.text, s.start, d.start)
            and not statement_day(doc, s, d)
            and doc.text[d.start : d.end] not in _WEEKS  # "next week, with talks in A on 8 May": no stop
        ]
        stops = itinerary(doc.text, s.start, s.end, legs) if spelled else None
        if stops is None and journey_told(s.text, TRAVEL_TO) and visit_headline(headline):
            stops = round_trip(doc.text, legs)  # "Today I will travel to A and B, returning on 19 March"
            ends = ends or ((stops, s) if stops else None)
        if stops is not None:
            # "due in A on Friday and in B on Saturday and Sunday": the trip itself, read like a sentence
            # announcing a trip ("will make a trip")
            sc = score_date(
                doc, stops, s, skip_before, (max(sentence[0], 7.0), False), named, False, ref, shift
            )
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
    if ends and _inside(doc.text, d, ends[0]) and two_states(doc, ends[1], skip_sentences, s):
        return ends  # "will travel to A for the X Meeting and then to B": the journey's days over X's
    body = [x for x in doc.sentences if x.index not in skip_sentences]
    if spanned := headline_trip_span(scored, d, s, headline, body):  # "X to Lead Trade Mission to A and B"
        return spanned[1], spanned[2]
    if owned := own_dated(doc, scored, d, s, headline, ref):  # "the X Summit, which B will host on 3 May"
        return owned[1], owned[2]
    # "will travel to X May 2-4 to attend the Y Meeting on May 3 and 4": the meeting's own days
    if purposed := purpose_own_day(doc, scored, d, s, headline):
        return purposed[1], purposed[2]
    if toured := trip_days(doc, scored, d, s, headline, skip_sentences):  # "heads to A, B and C": all stops
        return toured[1], toured[2]
    bounds = trip_bounds(doc, [(x[1], x[2]) for x in scored if x[0] > 0])
    if bounds is not None and _inside(doc.text, d, bounds[0]):
        return bounds  # "the visit begins in A on Tuesday ... the trip concludes in B March 27-28"
    if visit_headline(headline):
        # "During the visit, A will co-chair the X on 11 and 12 May": the gathering's days; "During their
        # stay, the X will be held on 9 May": the stay the headline announces
        framed = co_chaired_days(scored, d, s) or stay_around(scored, d, s)
        if framed is not None:
            return framed[1], framed[2]
    # "visit Y from 28 to 30 May for the X Summit. The Summit will be held in Z on 29 May": the summit's day
    held_for = purpose_held(doc, scored, d)
    if held_for is not None:
        return held_for[1], held_for[2]
    # "Minister to Visit Y for the X Session" over "an official visit to Y from 3 to 5 May ... On 4 May, A
    # will co-chair the X Session": the visit the headline announces first, not its one day's meeting
    first = EVENT_NOUN.search(headline) if headline else None
    official = official_stay(doc, scored, d, s) if first and first.group().lower() in TRAVEL_NOUNS else None
    if official is not None:
        return official[1], official[2]
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
    guest = guest_stay_day(doc, scored, d, s)
    if guest is not None:  # "the X Meeting with B, who will be visiting Y from 16 to 18 May ... on 17 May"
        return guest, s
    week = week_spelled_out(doc, scored, d, s) if d.relative else None
    if week is not None:  # "will meet next week ... in X from 14 to 15 May": the exact days
        return week
    if d.relative and (away := week_round_trip(doc, d, s, skip_sentences, ref)):
        return away  # "will travel to A and B this week ... departs on Wednesday and returns on Saturday"
    journey = after_journey(doc, scored, d, s)
    if journey is not None and "-day" in s.text and toured_next(doc, s, skip_sentences):
        journey = None  # "a four-day visit on Wednesday ... The visit will take him to A, B and C": the trip
    if journey is not None and (visit_start(doc, d, s) or "-day" in s.text):
        # "a two-day visit beginning tomorrow for the X", "embark on a four-day visit on Wednesday during
        # which he will hold talks ... on Thursday": the talks' day, never counted on from there
        return journey[1], journey[2]
    if journey is not None:  # "will travel to X on Sunday for the summit ... the summit on Monday"
        return replace(d, date=journey[1].date, end_date=journey[1].end_date, relative=False), s
    if not d.end_date:  # also a headline's "to open on Thursday" over the lead's "on June 13-14"
        whole = gathering_span(scored, d, s)
        if whole is not None:
            return replace(d, end_date=whole.end_date), s
    closed = closing_span(scored, d, s)
    if closed is not None:  # "today concluded the two-day session ... held on 9 and 10 June"
        return replace(d, date=closed.date, end_date=closed.end_date, relative=False), s
    by_name = named_gathering_days(doc, scored, d, s)
    if by_name is not None:  # a stay "to attend the ABC and the ABC-Plus", "the ABC on 19 May": their days
        return by_name, s
    own_days = attended_days(doc, scored, d, s, visit_headline(headline))
    if own_days is not None and not (d.end_date and SERIES.search(s.text)):
        # "will visit X from 6 to 8 May and will hold the Y Meeting ... on 7 May": the meeting's own days
        return own_days
    if d.end_date and TRAVEL_TO.search(s.text) and (purpose := purpose_day(doc, scored, d, s, headline)):
        return purpose  # "X to Travel to Y for the Z Ministerial": the ministerial's day inside the trip
    if d.relative and not d.end_date and "-day" in s.text and TRAVEL_TO.search(s.text):
        # "will pay a three-day visit to X beginning Sunday ... The meeting will be held in Y on 24 August"
        stay = n_days(doc, s, d, ref)
        inside = _held_inside(doc, held, clause_end, stay) if stay.end_date else []
        if inside and not visit_headline(headline) and not toured_next(doc, s, skip_sentences):
            return inside[0]
    if d.end_date and (TRAVEL_TO.search(s.text) or STAY.search(s.text)) and not is_trip(doc, s, frozenset()):
        # "will visit X from June 8 to 10 to attend the talks ... to be held on June 9": the talks' day(s)
        # "to attend the X Summit on 31 August and 1 September": the range is the gathering's own days;
        # a meeting "on the sidelines" inside it is beside the gathering, never its day
        own_range = bool(MEETING_BEFORE.search(doc.text, max(s.start, d.start - 25), d.start)) or bool(
            HELD_RANGE.search(doc.text, max(s.start, d.start - 120), d.start)
        )
        inside = [] if own_range else _held_inside(doc, held, clause_end, d)
        # "X to Visit Y" announces the whole stay; "to attend the X Meetings" a series; "X to Visit Y for
        # Talks, Business Forum" a visit of several engagements
        if (
            inside
            and not visit_headline(headline)
            and not SERIES.search(s.text)
            and not several_engagements(headline)
        ):
            return inside[0]
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
