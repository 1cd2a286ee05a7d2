"""Cues the event rules share: countries a sentence names, travel sentences, trips over several places."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from briefings.extract.dates import DateMention, find_dates
from briefings.extract.gazetteer import City, country_of, find_city
from briefings.extract.regex_guard import by_first_letter, guarded
from briefings.extract.relative_dates import relative_date
from briefings.extract.sentences import Doc, Sentence
from briefings.extract.token_countries import country_at, may_open_country
from briefings.extract.tokens import Tok, tokenize

TRAVEL_TO = guarded(
    re.compile(
        r"\b(?:travel|travels|traveling|travelling|fly|head|visit|visits)\b[^.]{0,30}\bto\b|\bvisit\b|"
        r"\blead\s+(?:\w+(?:'s)?\s+)?delegation\s+to\b"
    )
)
# "X will welcome Y to Cityname next week": the host receives the guest in that city
# (the guest named straight after the verb: "welcomed Y on his first visit to X" is Y's visit, not a welcome)
_WELCOMED_TO = re.compile(
    r"\bwelcom(?:e|es|ed|ing)\s+(?:(?!(?:on|for|in|at|of|visit|trip|during)\b)[\w'’.-]+\s+){1,8}?to\s+$"
)
_NO_CITY = City("", "", 0, "")


def held_at(text: str, start: int, at: int) -> bool:
    """A city named where something is held ("in X", "at X") or the guest is welcomed ("welcome Y to X")."""
    return text[max(0, at - 3) : at] in ("in ", "In ", "at ") or bool(
        _WELCOMED_TO.search(text, max(start, at - 100), at)
    )


def mentioned_countries(doc: Doc) -> frozenset[str]:
    """Countries the opening of a document names: ambiguous or small cities there are preferred."""
    return frozenset(c for x in doc.sentences[:12] for c in countries_in(doc, x))


def countries_in(doc: Doc, s: Sentence) -> list[str]:
    """Countries named in a sentence, in order, once each ("India-Japan" names two)."""
    return list(_countries_in(doc.text, s.start, s.end))


def countries_in_span(text: str, start: int, end: int) -> tuple[str, ...]:
    """Countries named in text[start:end], in order, once each."""
    return _countries_in(text, start, end)


@lru_cache(maxsize=2048)
def _countries_in(text: str, start: int, end: int) -> tuple[str, ...]:
    toks = tokenize(text, start, end)
    out: list[str] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        hit = country_at(toks, i, text) if t.cap and may_open_country(t.low) else None
        if hit:
            if (
                hit[0] not in out
                and country_of(text[t.start : toks[hit[1] - 1].end])
                and not feature(toks, i, hit[1])
            ):
                out.append(hit[0])
            i = hit[1]
            continue
        if t.cap and "-" in t.text:
            for part in t.text.split("-"):
                c = country_of(part)
                if c and c not in out:
                    out.append(c)
        i += 1
    return tuple(out)


# "the South China Sea", "the Indian Ocean", "the Sea of Japan": a country word naming a sea or strait
_FEATURES = frozenset({"sea", "ocean", "strait", "straits", "gulf", "bay", "peninsula", "channel"})


def feature(toks: list[Tok], i: int, j: int) -> bool:
    """True when the country word at tokens i..j is part of a sea's, strait's or peninsula's name."""
    after = j < len(toks) and toks[j].cap and toks[j].low in _FEATURES
    before = i >= 2 and toks[i - 1].low == "of" and toks[i - 2].cap and toks[i - 2].low in _FEATURES
    return after or before


# "A will meet B on the sidelines of X. The meeting is set for Friday": the lead's meeting is the main event
THE_MEETING_IS = re.compile(
    r"(?:The|That|This)\s+(?:meeting|talks)\s+(?:is|are|will\s+be)\s+(?:set|scheduled|slated|expected|due|likely)\b"
)
# "... the X Summit in C": a gathering in a city
_GATHERING_IN = (
    r"\b(?:Meetings?|Summit|Conference|Forum|Dialogue|Ministerial)\s+in\s+"
    r"(?P<c>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
_ATTEND_IN = re.compile(r"\bto\s+(?:attend|participate\s+in|take\s+part\s+in)\s+[^.;]{0,80}?" + _GATHERING_IN)
_WILL_ATTEND_IN = re.compile(r"\b(?:will|to)\s+attend\s+[^.;]{0,80}?" + _GATHERING_IN)


def regathered_city(doc: Doc, s: Sentence, dm: DateMention, ref: date, prefer: frozenset[str]) -> City | None:
    """A trip's sentence that "will attend the X in C" whose date was moved off its own words (to the
    gathering's own days, "The X, to be held on 4 and 5 June"): C."""
    said = find_dates(doc.text, dm.start, dm.end, ref) if "attend" in s.text else None
    if not said or said[0].date == dm.date:
        return None
    am = _WILL_ATTEND_IN.search(s.text)
    return find_city(am["c"], prefer) if am else None


def attended_city(lead: list[Sentence], before: int, prefer: frozenset[str]) -> City | None:
    """The city of a gathering a lead sentence before index `before` travels "to attend" ("in C")."""
    for x in lead:
        if x.index >= before or ("attend" not in x.text and "part" not in x.text):
            continue
        am = _ATTEND_IN.search(x.text)
        city = find_city(am["c"], prefer) if am else None
        if city:
            return city
    return None


# "will lead a delegation to A, B and C": the delegation's stops, a trip too
_TRIP = re.compile(
    # ("tripartite", "triple" are no trip)
    # ("is due in A, B and C", "with stops in A and B": the stops of one journey)
    r"\b(?=[dhstv])(?:(?:travel|visit|trip(?!artite|le)|tour|swing)\w*|heads?|heading|delegation(?=\s+to\b)|"
    r"due\s+in|stops\s+in|"
    # "the trip will take the minister to A, B and C"
    # ("will take Doe to A, B and C": the traveller by name)
    r"(?:takes?|taking)\s+(?:him|her|them|the\s+[a-z-]+(?:\s+[a-z-]+)?|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"(?=\s+to\b))\s+(?:to\s+)?",
    re.I,
)
_TRIP = by_first_letter(guarded(_TRIP))  # (regex_guard: same matches)


# a destination's name: "Seoul this week" -> "Seoul"; "the Kingdom of Cambodia", a state's formal name, whole
_HEAD = re.compile(r"(?:the\s+)?[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*)*")


def is_trip(doc: Doc, s: Sentence, prefer: frozenset[str]) -> bool:
    """A travel sentence naming two or more destinations ("travel to Manila, Hanoi, and Jakarta"), or a
    trip it counts over several countries ("a five-nation tour of the region")."""
    if "-" in s.text and _N_NATION.search(s.text):
        return True
    # "The visit will take them to A and B": a later cue names the stops the first does not; "a tour that will
    # also take him to A and B" names the legs after this one
    return any(
        _destinations(doc.text[s.start + m.end() : s.end], prefer)
        for m in _TRIP.finditer(s.text)
        if "also " not in s.text[max(0, m.start() - 6) : m.start()]
    ) or ("then" in s.text and _then_leg(s.text, prefer))


# "will travel to A for the X Meeting and then to B for talks": a journey's next leg
_THEN_TO = re.compile(r"\s(?:and\s+)?then\s+(?:on\s+)?to\s+(?=[A-Z])")


def _state_at(text: str, at: int, prefer: frozenset[str]) -> str | None:
    """The state of the destination named at text[at:] (a state's name joined by "and" whole, "A and B")."""
    h = _HEAD.match(text, at)
    if h is None:
        return None
    joined = _HEAD.match(text, h.end() + 5) if text.startswith(" and ", h.end()) else None
    if joined and (state := country_of(text[h.start() : joined.end()])):
        return state
    return country_of(h.group()) or (find_city(h.group(), prefer) or _NO_CITY).country or None


def _then_leg(text: str, prefer: frozenset[str]) -> bool:
    """The first travel cue's destination and a "then to" leg's lie in two states."""
    m = _TRIP.search(text)
    leg = _THEN_TO.search(text, m.end()) if m else None
    if m is None or leg is None:
        return False
    first, then = _state_at(text, m.end(), prefer), _state_at(text, leg.end(), prefer)
    return first is not None and then is not None and first != then


def _destinations(tail: str, prefer: frozenset[str]) -> bool:
    """The text after a travel cue opens with two or more destinations (not one country and its city); a
    month and its day, "May 3" or a heading's "MARCH 4", end them."""
    dests = _DESTS_END.split(tail, maxsplit=1)[0]
    raw = [
        x.strip(" ,.")
        for x in _DESTS_SEP.split(dests)
        if x.strip(" ,.") and not _SAYS.search(x)  # ", the IAEA said in a statement": who said it, no stop
    ]
    heads = (_HEAD.match(x) for x in raw)
    parts = [h.group() for h in heads if h]  # "Seoul this week" -> "Seoul"
    places = [x for x in parts if country_of(x) or find_city(x, prefer)]
    countries = {country_of(x) or (find_city(x, prefer) or _NO_CITY).country for x in places}
    # (two cities of one state named with it, "to A and B, Xland", are two stops)
    cities = {x for x in places if not country_of(x)}
    return len(places) >= 2 and (
        len(cities) >= 2 or not (len(countries) == 1 and any(country_of(x) for x in places))
    )


# where the destinations end (a purpose, a day, a figure) and what parts them
_DESTS_END = re.compile(
    # ("head to A with trade and B's security on the agenda": what the trip carries, no stop)
    r"\s+(?:from|on|to attend|to participate|for|in order|with|amid|as)\s+|\d|\s+(?=[A-Z][A-Za-z]+\s+\d)"
)
_DESTS_SEP = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_SAYS = re.compile(r"\b(?:said|says|told|tells|added|announced|according\s+to)\b")
_N_DAY = re.compile(r"\b(two|three|four|five)-day\b", re.I)
# "a five-nation Indo-Pacific tour", "his three-country trip", "a multi-nation swing": several countries
_N_NATION = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|multi|[2-9])-(?:nation|country|state)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:tour|trip|visit|swing|journey)s?\b",
    re.I,
)
# behind a lookahead of its possible first characters (regex_guard: same matches, fewer tries)
_N_NATION = guarded(_N_NATION)
_N = {"two": 2, "three": 3, "four": 4, "five": 5}
_ASIDE_OF = guarded(re.compile(r"\b(?:on|at) the (?:sidelines|margins) of\b"))
_OPENS = re.compile(
    r"\b(?:opened|opens|began|begins|kicked off|kicks off|got under way|gets under way|started|starts)\s+$"
)
_CLOSES = re.compile(
    r"\b(?:runs?|running|continues?|lasts?)\s+(?:through|until|till|to)\s+$|\b(?:ends?|closes?|concludes?)\s+(?:on\s+)?$"
)


def host_span(doc: Doc, s: Sentence, ref: date) -> tuple[date, date] | None:
    """A meeting "on the sidelines of" a gathering whose opening and closing days the text gives
    ("the forum, which opened Friday ... runs through Sunday"): the gathering's first and last day."""
    if not _ASIDE_OF.search(s.text):
        return None
    first: date | None = None
    for x in doc.sentences[s.index : s.index + 12]:
        if not (
            "open" in x.text
            or "run" in x.text
            or "began" in x.text
            or "begin" in x.text
            or "end" in x.text
            or "close" in x.text
            or "start" in x.text
            or "kick" in x.text
        ):
            continue
        for d in find_dates(doc.text, x.start, x.end, ref):
            before = doc.text[max(x.start, d.start - 25) : d.start]
            if _OPENS.search(before) and first is None:
                first = d.date
                n = _N_DAY.search(doc.text, max(x.start, d.start - 90), d.start) if "-day" in x.text else None
                if n:  # "The two-day summit, hosted by B, opens on Monday": the count gives the last day
                    return first, first + timedelta(days=_N.get(n[1].lower(), 1) - 1)
            elif first is not None and _CLOSES.search(before):
                last = d.date
                if d.relative and last <= first:  # "opened Friday and runs through Sunday": a day ahead
                    last = relative_date(doc.text[d.start : d.end], ref) or last
                if last > first:
                    return first, last
    return None
