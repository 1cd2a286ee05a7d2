"""The main event (the meeting the headline and lead announce), side meetings, and trip stops."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from briefings.extract.dates import DateMention, find_dates, find_times
from briefings.extract.eventcues import TRAVEL_TO, countries_in, host_span, is_trip
from briefings.extract.gazetteer import ORGANISATIONS, City, capital_timezone, country_of
from briefings.extract.people import People
from briefings.extract.places import TZ_ABBREV, ZONES, Dateline, cities_in, past_place, venue_in
from briefings.extract.roles import _words
from briefings.extract.sentences import Doc, Sentence
from briefings.models import Event

_NOUN = (
    r"(?:talks|meeting|meetings|summit|dialogue|ministerial|conference|consultations?|visit|trip|forum|"
    r"session|discussions?|negotiations|gathering|meet|retreat|tour|travel|ceremony|exercise)"
)
EVENT_NOUN = re.compile(rf"\b{_NOUN}\b", re.I)
_FUTURE = re.compile(
    r"\b(?:will|to hold|to meet|to host|is to|are to|set to|scheduled|plans? to|due to|"
    r"travel|to visit|upcoming|to attend|to take place|to be held|to convene)\b",
    re.I,
)
_LOGISTICS = re.compile(
    r"\b(?:media availability|press availability|availability|photo|credential|accredit|"
    r"RSVP|register|registration|deadline|camera|pool spray|embargo|livestream|"
    r"press conference|press briefing|will be streamed|doors open|check-in)",
    re.I,
)
_PAST = re.compile(
    r"\b(?:met|held|hosted|visited|signed|announced|agreed|was|were|had|last|earlier|previous|"
    r"ago|took place|attended|established|founded|since|came|opened|began|started)\b",
    re.I,
)
_PARTICIPATE = re.compile(
    r"\b(?:bring together|brings together|will (?:also )?(?:meet|attend|join|participate|"
    r"travel|host|lead|hold|co-chair|chair|visit|represent|take part)|to meet|attended by|"
    r"hosted by|chaired by|led by|participants|delegation|will be joined|meeting with|attend(?:ing|s)?|"
    r"pay (?:an? )?(?:official |working |state )?visit|make (?:an? )?(?:official |working |state )?visit|"
    r"talks with|meet with)\b",
    re.I,
)
_PROPER = re.compile(
    r"((?:[A-Z0-9][\w'’+&.–-]*\s+(?:(?:of|and|for|on|the)\s+)*){1,8}(?:Summit|Dialogue|Meeting|Conference|"
    r"Ministerial|Forum|Talks|Consultations|Meetings|Retreat)s?)\b"
)
_PAIR_FORMAT = re.compile(
    r"\b[A-Z][\w.]*(?:[-–][A-Z][\w.]*)+\s+(?:\d+\s*\+\s*\d+\s+)?(?:summit|talks|dialogue|meeting|ministerial|"
    r"consultations)\b"
)
_DOC_WORDS = frozenset({"Readout", "Statement", "Remarks", "Transcript", "Communique", "Communiqué", "Press"})
_LEAD_WORDS = frozenset(
    re.findall(
        r"\w+",
        "The This That A An In At On During Ahead After Before To Attend Attends Host Hosts Hold Holds Visit "
        "Visits Travel Travels Join Joins Lead Leads Chair Chairs Welcome Welcomes Meet Meets For Statement",
    )
)
_FORMAT = re.compile(
    r"[“\"]([^”\"\n]{1,12})[”\"]\s+(?:talks|dialogue|meeting|format|summit|ministerial)", re.I
)
_MODIFIER = re.compile(rf"\b([a-z][a-z-]+)\s+{_NOUN}\b")
_SHORT = {"United States": "US", "United Kingdom": "UK", "European Union": "EU"}
_STOP_MODIFIER = _words(
    "the a an of and to high-level first next this these its their his her upcoming planned annual "
    "so-called in-person held hold will for with at s which that have has bilateral"
)


@dataclass
class MainEvent:
    """The chosen main event and the facts gathered for it."""

    event: Event
    sentence: Sentence
    parties: list[str] = field(default_factory=list)
    generated_name: str = ""
    trip: bool = False
    vague_date: bool = False  # "next week": a stop's own date is better
    hosted: bool = False  # the main event is the gathering on whose sidelines the lead's meeting was held


_MEETING_BEFORE = re.compile(
    r"\b(?:meeting|talks|summit|dialogue|ministerial|conference|consultations|session)\s+(?:on|from)\s+$",
    re.I,
)


def _sentence_score(seg: str) -> tuple[float, bool]:
    """The part of a date's score that depends on its sentence only: (bonus, past-only sentence)."""
    bonus = 0.0
    if EVENT_NOUN.search(seg):
        bonus += 4
    future = bool(_FUTURE.search(seg))
    if future:
        bonus += 3
    return bonus, bool(not future and _PAST.search(seg))


_TRAVEL_NOUNS = frozenset({"travel", "trip", "visit", "tour"})
# "the ministry said Monday": the day of the announcement, not of the meeting
_SAID_ON = re.compile(
    r"\b(?:said|says|announced|stated|added|confirmed|told\s+(?:\w+\s+){0,4}?)(?:\s+on)?\s+$", re.I
)
# "will hold talks with X on Thursday": a meeting's own day inside a stay ("be in Y from Wednesday to Friday")
_MEET_ON = re.compile(r"\b(?:talks|meeting|meet|meets|summit)\b[^.;]{0,40}?\s(?:on\s+)?$", re.I)
_STAY = re.compile(r"\b(?:will be|to be|stay|stays|staying)\s+in\s+[A-Z]")
_HELD_ON = re.compile(
    r"\b(?:(?:to be|will be|is being|are being|is|are)\s+held|(?:will\s+)?takes?\s+place)\s+(?:on\s+)?$", re.I
)


def _score(
    doc: Doc, d: DateMention, s: Sentence, skip_before: int, sentence: tuple[float, bool], named: str | None
) -> float:
    if d.start < skip_before:
        return -100.0
    score = 10.0 - 1.5 * min(s.index, 6)
    score += sentence[0]
    if named and named in s.text:
        score += 4  # the sentence names the meeting of the headline
    local = doc.text[max(s.start, d.start - 60) : d.end + 20]
    just_before = doc.text[max(s.start, d.start - 25) : d.start]
    if _MEETING_BEFORE.search(just_before):
        score += 1.5  # "the ... Meeting on March 12" beats "travel to Tokyo, March 11-13"
    if d.relative and _SAID_ON.search(just_before):
        score -= 5
    if _LOGISTICS.search(local):
        score -= 9
    if sentence[1]:
        score -= 6
    if d.relative:
        score -= 2
    return score


def pick_main_date(
    doc: Doc, ref: date, skip_before: int, skip_sentences: set[int], headline: str | None = None
) -> tuple[DateMention, Sentence] | None:
    """The date of the meeting the headline and lead announce (logistics and past dates lose)."""
    best: tuple[float, DateMention, Sentence] | None = None
    named = _proper_name(headline) if headline else None
    held: list[tuple[DateMention, Sentence]] = []
    dated_meeting = False
    for s in doc.sentences:
        if s.index in skip_sentences:
            continue
        dates = find_dates(doc.text, s.start, s.end, ref)
        if not dates:
            continue
        sentence = _sentence_score(s.text)  # once per sentence
        nouns = {m.group().lower() for m in EVENT_NOUN.finditer(s.text)}
        # "On July 9, X will travel to Manila" after a dated meeting: the next leg, not the meeting
        onward = dated_meeting and nouns <= _TRAVEL_NOUNS and bool(TRAVEL_TO.search(s.text))
        dated_meeting = dated_meeting or bool(nouns - _TRAVEL_NOUNS)
        for d in dates:
            sc = _score(doc, d, s, skip_before, sentence, named) - (6 if onward else 0)
            if best is None or sc > best[0]:
                best = (sc, d, s)
            if _HELD_ON.search(doc.text, max(s.start, d.start - 30), d.start) or _MEET_ON.search(
                doc.text, max(s.start, d.start - 60), d.start
            ):
                held.append((d, s))
    if best is None or best[0] < -50:
        return None
    _, d, s = best
    if d.end_date and (TRAVEL_TO.search(s.text) or _STAY.search(s.text)) and not is_trip(doc, s, frozenset()):
        # "will visit X from June 8 to 10 to attend the talks ... to be held on June 9": the talks' day
        inside = [h for h in held if h[0].end_date is None and d.date <= h[0].date <= d.end_date]
        if inside:
            return inside[0]
    return d, s


def _proper_name(text: str) -> str | None:
    for m in _PROPER.finditer(text):
        words = m[1].split()
        if words and words[0] in _DOC_WORDS:
            continue  # "Readout of the Secretary's Meeting": a document title, not an event name
        while words and (
            words[0] in _LEAD_WORDS
            or words[0].lower() in ("of", "and", "for", "on", "the")
            or re.fullmatch(r"\(?\d+[.)]", words[0])  # "2. At the ...": a paragraph number
        ):
            words = words[1:]
        if len(words) >= 2 and not words[0].endswith(("'s", "’s")):
            return " ".join(words)
    pair = _PAIR_FORMAT.search(text)  # "the annual EU-Japan summit"
    return pair.group() if pair else None


def _name(
    doc: Doc, s: Sentence, lead: list[Sentence], parties: list[str], headline: str | None, trip: bool = False
) -> str:
    if trip and headline:
        return headline  # a trip over several stops: its meetings are stops, the headline names the trip
    for cand in [s, *[x for x in lead if x is not s]]:
        proper = _proper_name(cand.text)
        if proper:
            return proper
    fmt = next((m[1] for c in lead for m in _FORMAT.finditer(c.text)), None)
    nm = EVENT_NOUN.search(s.text) or next(
        (EVENT_NOUN.search(c.text) for c in lead if EVENT_NOUN.search(c.text)), None
    )
    noun = nm.group().lower() if nm else "meeting"
    if noun in ("travel", "trip", "visit", "tour") and headline:
        return headline
    if noun in ("meet", "travel", "discussion", "discussions"):
        noun = "talks" if noun.startswith("discussion") else "meeting"
    mod = ""
    for m in _MODIFIER.finditer(s.text):
        if m[1] not in _STOP_MODIFIER:
            mod = m[1]
            break
    who = "–".join(_SHORT.get(p, p) for p in parties[:4])
    if fmt:
        return " ".join(x for x in (who, f'"{fmt}"', noun) if x)
    return " ".join(x for x in (who, mod, noun) if x) or "meeting"


def build_main(
    doc: Doc,
    people: People,
    ref: date,
    dateline: Dateline | None,
    headline: str | None,
    skip_sentences: set[int],
) -> MainEvent | None:
    """The main event: date, place, timezone, venue, time and participants."""
    picked = pick_main_date(doc, ref, dateline.end if dateline else 0, skip_sentences, headline)
    body = [s for s in doc.sentences if s.index not in skip_sentences]
    hosted = False
    for x in body[:2]:
        # the lead met "on the sidelines of" a gathering that "opened Friday" and "runs through Sunday":
        # the gathering is the main event, over its days
        span = host_span(doc, x, ref)
        if span:
            picked, hosted = (DateMention(x.start, x.end, span[0], span[1]), x), True
            break
    if picked:
        dm, s = picked
    else:
        dm = None
        # no date: a meeting word, a person or a place must announce a meeting, else there is no event
        found = next((x for x in body[:6] if EVENT_NOUN.search(x.text)), None) or next(
            (
                x
                for x in body[:6]
                if people.at(x.start, x.end) or cities_in(doc.text, x.start, x.end, frozenset())
            ),
            None,
        )
        if found is None:
            return None
        s = found
    lead = [x for x in body if x.index <= s.index + 2][:5]
    parties = countries_in(doc, s)
    mentioned = {c for x in body[:12] for c in countries_in(doc, x)}
    prefer = frozenset(mentioned)
    place: str | None = None
    tz: str | None = None
    cities = _now_cities(doc, s.start, s.end, prefer, dm)
    travel = [
        c
        for x in lead
        if x.index < s.index and TRAVEL_TO.search(x.text)
        for c in cities_in(doc.text, x.start, x.end, prefer)
    ]
    if cities:
        place, tz = cities[0][0].name, cities[0][0].timezone
    elif travel:  # "X will travel to Washington ... will meet Y on March 10": the trip's city
        place, tz = travel[0][0].name, travel[0][0].timezone
    elif dateline:
        place, tz = dateline.place, dateline.city.timezone
    else:
        for x in lead:
            cs = _now_cities(doc, x.start, x.end, prefer, dm)
            if cs:
                place, tz = cs[0][0].name, cs[0][0].timezone
                break
    if place is None:
        # "travel to Smalltown, France": a town too small for the gazetteer, named with its country
        tm = _TOWN_COUNTRY.search(s.text)
        if tm and country_of(tm[2]) and not country_of(tm[1]):
            place, tz = tm[1], capital_timezone(country_of(tm[2]) or "")
    if tz is None:
        m = re.search(r"\bin\s+(?:the\s+)?([A-Z][\w]+(?:\s+[A-Z]\w+)?)", s.text)
        c = country_of(m[1]) if m else None
        tz = capital_timezone(c) if c else None
    # the trip may be announced just after a headline that gives its dates ("Visit of X to A and B (May 4-7)")
    after = next((x for x in lead if x.index > s.index), None) if s.index == 0 else None
    trip = any(is_trip(doc, x, prefer) for x in lead if x.index <= s.index or x is after)
    if trip:
        place = None  # a trip over several cities has no single place
    venue = None
    for x in [s, *lead]:
        v = venue_in(doc.text, x.start, x.end)
        if v:
            venue = v[0]
            break
    start_dt: datetime | None = None
    if dm and tz:
        times = [
            t
            for t in find_times(doc.text, s.start, s.end)
            if not _LOGISTICS.search(doc.text[max(s.start, t.start - 50) : t.end + 10])
        ]
        if times:
            start_dt = datetime.combine(dm.date, times[0].time, tzinfo=ZoneInfo(tz))
    elif dm:
        # no place, but the time names its zone: "at 2:00 p.m. EDT"
        for t in find_times(doc.text, s.start, s.end):
            zm = TZ_ABBREV.match(doc.text, t.end, s.end)
            if zm and not _LOGISTICS.search(doc.text[max(s.start, t.start - 50) : t.end + 10]):
                tz = ZONES[zm[1]]
                start_dt = datetime.combine(dm.date, t.time, tzinfo=ZoneInfo(tz))
                break
    participants: list[str] = []
    near = [x for x in body if s.index < x.index and x.paragraph <= s.paragraph + 4][:6]
    near += [
        x for x in lead if x.index < s.index and x.paragraph >= s.paragraph - 1
    ]  # "A will travel to ..."
    near_ids = {x.index for x in near}
    for x in body:
        # "also expected to meet X on the sidelines": a side meeting; "not expected to attend": absent
        if x.index == s.index or (
            x.index in near_ids
            and _PARTICIPATE.search(x.text)
            and not (_ASIDE.search(x.text) or _NEGATED.search(x.text))
        ):
            for mention, rec in people.at(x.start, x.end):
                if rec.name not in participants and rec.role and not _said_near(doc, mention.end):
                    participants.append(rec.name)
            if x.index == s.index:
                for tm in _THE_TITLE.finditer(doc.text, x.start, x.end):
                    held = people.by_title(tm[1])
                    if held and held.name not in participants:
                        participants.insert(0, held.name)  # "the Foreign Secretary will hold talks ..."
    party_of = {r.name: r.country for r in people.recs}
    by_people = [c for c in dict.fromkeys(party_of.get(n) for n in participants) if c and c not in _ORG_NAMES]
    if len(by_people) >= 2 or (by_people and len(parties) >= 2):
        # the countries of who meets first, then the others the lead names ("the leaders of A, B and C")
        parties = list(dict.fromkeys([*by_people, *(p for p in parties if p not in _ORG_NAMES)]))
    name = _name(doc, s, lead, parties, headline, trip)
    ev_start, ev_end = (dm.start, dm.end) if dm else (s.start, s.end)
    evidence = doc.evidence(ev_start, ev_end, s)
    assert evidence is not None
    event = Event(
        name=name,
        kind="main",
        date=dm.date if dm else None,
        end_date=dm.end_date if dm else None,
        start=start_dt,
        all_day=start_dt is None,
        timezone=tz,
        place=place,
        venue=venue,
        participants=participants,
        year_assumed=bool(dm and dm.year_assumed),
        evidence=evidence,
    )
    return MainEvent(event, s, parties, trip=trip, vague_date=bool(dm and dm.relative), hosted=hosted)


_TOWN_COUNTRY = re.compile(
    r"\b(?:to|in|at)\s+([A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[\s-][A-Za-z][\w'’.-]*){0,3}),\s+([A-Z][\w]+(?:\s+[A-Z]\w+)?)\b"
)
_THE_TITLE = re.compile(
    r"\b[Tt]he\s+((?:[A-Z][\w-]*\s+){0,3}(?:Minister|Secretary|President|Premier|Chancellor))\b"
)
_NEGATED = re.compile(
    r"\b(?:not expected to|will not|won't|not (?:attend|join|travel|participate)|absent)\b", re.I
)
_ASIDE = re.compile(r"\b(?:sidelines|margins|separately|separate|one-on-one)\b", re.I)
_ORG_NAMES = frozenset(ORGANISATIONS.values())


def _now_cities(
    doc: Doc, start: int, end: int, prefer: frozenset[str], dm: DateMention | None
) -> list[tuple[City, int, int]]:
    """Cities of text[start:end] except where an earlier meeting was ("met in Brisbane last August")."""
    return [
        c
        for c in cities_in(doc.text, start, end, prefer)
        if not past_place(doc.text, c[2]) or (dm is not None and 0 <= dm.start - c[2] < 30)
    ]


def _said_near(doc: Doc, offset: int) -> bool:
    return bool(re.match(r"^\s*,?\s*(?:said|says|told|added)\b", doc.text[offset : offset + 20]))
