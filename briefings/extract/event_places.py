"""Where the main event is: a dated stay's city, the one city of a visited country, a city the
meeting is held "in" just before the main sentence, towns named with their country."""

from __future__ import annotations

import re
from datetime import date

from briefings.extract.datelines import Dateline
from briefings.extract.dates import DateMention, find_dates
from briefings.extract.event_city_checks import venue_named
from briefings.extract.event_days import MONTH_YEAR_AFTER, now_cities
from briefings.extract.event_lead_city import dated_lead_city
from briefings.extract.event_spans import NOUN
from briefings.extract.event_venues import venue_city
from briefings.extract.eventcues import TRAVEL_TO
from briefings.extract.gazetteer import City, adjective_of, country_of, find_city
from briefings.extract.places import cities_in, venue_in
from briefings.extract.regex_guard import guarded
from briefings.extract.regions import is_region
from briefings.extract.sentences import Doc, Sentence
from briefings.extract.town_cues import BEARINGS, NOT_TOWNS, TOWN_HEAD, VENUE_IN_TOWN, VENUE_WORD

TOWN_COUNTRY = guarded(
    re.compile(
        # "departed the capital this morning for Smalltown, Country": a journey's destination
        # "will visit Smalltown, the Xish Republic": a visit's town, its state's formal name after "the"
        r"\b(?:to|in|at|visit|(?:depart(?:s|ed|ing)?|leav(?:es|ing)|left)\s[^.;]{0,60}?\bfor)\s+([A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[\s-][A-Za-z][\w'’.-]*){0,3}),\s+"
        # "in Smalltown, Region, Country": the town's region may stand between
        r"(?:(?P<r>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+)?(?P<the>the\s+)?([A-Z][\w]+(?:\s+[A-Z]\w+)?)\b"
        r"(?:\s+and\s+(?P<and>[A-Z]\w+)\b)?"  # a state whose name joins two islands or lands with "and"
    )
)


def town_country(text: str, year: int | None = None) -> tuple[str, str] | None:
    """ "travel to Smalltown, Country", "in Smalltown, Region, Country": a town named with its country (and
    region), the town no country and the region no other city; not one named with a year before `year`
    ("the last one in Smalltown, Country, in June 2019")."""
    for tm in TOWN_COUNTRY.finditer(text):
        ym = MONTH_YEAR_AFTER.match(text, tm.end(), tm.end() + 40) if year else None
        if ym and year and int(ym[1]) < year:
            continue
        country = (tm["and"] and country_of(f"{tm[4]} and {tm['and']}")) or country_of(tm[4])
        if country and tm["the"] and adjective_of(country) == tm[4]:
            continue  # "to Smalltown, the Xish envoy": an adjective, no state's name
        region = tm["r"]
        if region and (country_of(region) or (find_city(region) and not is_region(region))):
            continue  # "to A, B, Country": a list of places
        if country and not country_of(tm[1]):
            return tm[1], country
    return None


def stay_city(
    doc: Doc, body: list[Sentence], s: Sentence, dm: DateMention, ref: date, prefer: frozenset[str]
) -> City | None:
    """ "X is on a visit to Y from 2 to 5 May": the city of a dated stay around the meeting's day."""
    for x in body:
        if x is s or abs(x.index - s.index) > 3 or not TRAVEL_TO.search(x.text):
            continue
        if any(
            d.end_date and d.date <= dm.date <= d.end_date for d in find_dates(doc.text, x.start, x.end, ref)
        ):
            cs = now_cities(doc, x.start, x.end, prefer, None)
            if cs and (lm := _LISTED.match(doc.text, cs[0][2])) and _other_city(lm[1], prefer):
                return (
                    None  # "... from 24 to 28 May, which will also take him to A and B": a stay over a list
                )
            if (
                cs
                and _DURING_STAY_TO.search(doc.text, max(x.start, cs[0][1] - 40), cs[0][1])
                and venue_named(doc.text, s.start, s.end)
            ):
                # "hosts A at the Pentagon ... B will also meet C during her visit to Xcity, which runs June
                # 17-19": the venue alone says where, the stay only frames another act ("A is on a visit to
                # Xcity from 3 to 5 June" places the venue's meeting)
                return None
            if cs:
                return cs[0][0]
    return None


# "during her visit to", "during the minister's stay in": a clause framing another act by the guest's stay
_DURING_STAY_TO = re.compile(r"\b[Dd]uring\s+(?:[\w'’.-]+\s+){0,3}?(?:visit|stay|trip)\s+(?:to|in)\s+$")


def _other_city(name: str, prefer: frozenset[str]) -> bool:
    """A city's name, not a country's or a region's (", Xland", ", Texas" only place the city before)."""
    return find_city(name, prefer) is not None and not country_of(name) and not is_region(name)


# "to A and B", "to A, B": a second city listed right after the first
_LISTED = re.compile(r"(?:,?\s+and\s+|,\s+)([A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*)?)")


def town_elsewhere(s: Sentence, dateline: Dateline, year: int | None = None) -> bool:
    """ "CITY - X will attend the retreat in Smalltown, Country": a town of another country."""
    tm = town_country(s.text, year)
    country = tm[1] if tm else None
    return country is not None and country != dateline.city.country


def visits_elsewhere(doc: Doc, s: Sentence, dateline: Dateline) -> bool:
    """ "CITY - X will visit Country from Monday": the visit is not in the dateline's country."""
    country = visited_country(doc, s)
    return country is not None and country != dateline.city.country


def visited_country(doc: Doc, s: Sentence) -> str | None:
    """The country sentence s visits or travels to ("will travel to India from 13 to 15 May")."""
    vm = _VISIT_TO.search(doc.text, s.start, s.end) or _TRAVEL_COUNTRY.search(doc.text, s.start, s.end)
    return _country_named(vm[1]) if vm else None


def _country_named(run: str) -> str | None:
    """The country a capitalised run names, a month closing it aside ("the Republic of Korea February")."""
    words = run.split()
    while len(words) > 1 and words[-1] in _MONTH_NAMES:
        words.pop()
    return country_of(" ".join(words))


def visit_city(
    doc: Doc, body: list[Sentence], s: Sentence, dm: DateMention, ref: date, prefer: frozenset[str]
) -> City | None:
    """ "will pay an official visit to Country from 3-5 May. ... co-chair the Joint Commission in City on
    4 May": the one city of the visited country where its meetings are held."""
    vm = _VISIT_TO.search(doc.text, s.start, s.end)
    country = _country_named(vm[1]) if vm else None
    if country is None:
        return None
    found: set[str] = set()
    first: City | None = None
    # a title line announcing the visit: its programme follows the lead sentence that announces it again
    anchor = next(
        (
            x
            for x in body
            if s.index < x.index <= s.index + 6
            and (vx := _VISIT_TO.search(doc.text, x.start, x.end))
            and _country_named(vx[1]) == country
        ),
        s,
    )
    for x in body:
        if not s.index < x.index <= anchor.index + 8:
            continue
        days = find_dates(doc.text, x.start, x.end, ref)
        if days and not any(dm.date <= d.date <= (dm.end_date or dm.date) for d in days):
            continue  # another day's place; a sentence without a day of its own is the visit's programme
        if not days and (
            (x.paragraph > anchor.paragraph + 2 and not x.text.lstrip().startswith(_DURING_VISIT))
            or not _WILL.search(x.text)
        ):
            # "... last met in City": only the visit's own (future) programme counts; "During the visit, A
            # will hold talks in City" belongs to it however far down
            continue
        for c, a, _ in cities_in(doc.text, x.start, x.end, prefer):
            if c.country == country:
                found.add(c.name)  # "On 5 May, the Minister will travel to City B": a second city, no place
                # "In City, the Minister will ...", "will stop in A before heading to City": the visit's city
                before = doc.text[max(0, a - 3) : a]
                if before in ("in ", "In ") or (
                    "efore " in x.text and _BEFORE_TO.search(doc.text, x.start, a)
                ):
                    first = first or c
        if (vc := venue_city(doc, x, prefer)) is not None and vc.country == country:
            found.add(vc.name)  # "will hold talks with A at X House, City, the same day": the venue's city
            first = first or vc
    return first if len(found) == 1 else None


_WILL = re.compile(r"\bwill\b")
_DURING_VISIT = tuple(
    f"During {w} {n}" for w in ("the", "his", "her", "their") for n in ("visit", "stay", "trip")
)
_BEFORE_TO = re.compile(
    r"\b[Bb]efore\s+(?:heading|travell?ing|proceeding|flying|going|moving\s+on)\s+(?:on\s+)?to\s+$"
)
_MONTH_NAMES = frozenset(
    {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October"}
    | {"November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct"}
    | {"Nov", "Dec"}
)
_TRAVEL_COUNTRY = re.compile(
    r"\btravel(?:s|ling|ing)?\s+to\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)
_VISIT_TO = re.compile(
    # "the People's Republic of China", "the Republic of Korea": a state's formal name, whole
    # (no figure before the "to": "visit Xland from Monday, February 16 to Thursday" visits Xland)
    r"\b[Vv]isit(?:\b[^.;()\d]{0,60}?\bto)?\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,3})"
)


def held_city(
    doc: Doc,
    body: list[Sentence],
    s: Sentence,
    prefer: frozenset[str],
    dm: DateMention | None = None,
    ref: date | None = None,
) -> list[City]:
    """The city a sentence just before the main one holds the meeting "in" ("will hold talks in X", or "in X"
    on the main event's own day)."""
    out: list[City] = []
    for x in body:
        if not s.index - 2 <= x.index < s.index or not _FUTURE_HELD.search(x.text):
            continue
        for c, a, _ in cities_in(doc.text, x.start, x.end, prefer):
            # "meet next week in the Xish capital, Ycity": the "in" before the capital's description
            cap = _CAPITAL_BEFORE.search(doc.text, max(x.start, a - 40), a) if "capital" in x.text else None
            a = cap.start() + 3 if cap else a
            if doc.text[max(0, a - 3) : a] == "in " and _WHEN_MEET_IN.search(doc.text, x.start, a):
                out.append(c)  # "... are set to sign a pact when their ministers meet in X next week"
            elif (
                doc.text[max(0, a - 3) : a] == "in " or doc.text[max(0, a - 3) : a] == "of "
            ) and _HELD_NOUN_IN.search(doc.text, max(x.start, a - 90), a):
                out.append(c)
            elif doc.text[max(0, a - 3) : a] == "in " and _HELD_CLAUSE_IN.search(doc.text, x.start, a):
                # "will hold talks with A in X", "will host B next week at the Y Academy in X": the
                # clause of the future meeting, unbroken by a comma, ends in the city
                out.append(c)
    if not out and ref is not None and (lead_city := dated_lead_city(doc, body, s, dm, ref, prefer)):
        out.append(lead_city)  # "will host B and C, his counterparts, in X next Monday"
    return out


_CAPITAL_BEFORE = re.compile(r"\bin\s+the\s+(?:[A-Z][\w'’-]+\s+)?capital,?\s+$")
_FUTURE_HELD = re.compile(
    # ("are arranging to hold a summit in X later this month": a meeting still being planned)
    r"\b(?:will|to)\s+(?:hold|host|convene|meet|attend|gather)\b|\b(?:when|once)\s+[^.;]{1,120}?\s(?:meet|gather|convene)\s+in\s|"
    # "leaders are heading into next week's summit in X": a journey to a gathering still to come
    r"\b(?:are|is)\s+heading\s+(?:in)?to\b"
)
# "when their foreign and defence ministers meet in X": a meeting still to come, in the present tense
_WHEN_MEET_IN = re.compile(r"\b(?:when|once)\s+[^;:()\"“”]{1,80}?\s(?:meet|gather|convene)\s+in\s+$")
# (an alternative name set off by commas, "their ministerial meeting, or "2+2", in X", breaks no clause)
_HELD_CLAUSE_IN = re.compile(
    r"\bwill\s+(?:hold|host|convene|meet|gather)\b"
    r"(?:[^;,:()\"“”]|,\s+or\s+[\"“'‘]?[^;,:()\"“”'‘’.]{1,20}[\"”'’]?,){0,110}?\sin\s+$"
)
# "will hold talks in X", "talks in the port city of X"
_HELD_NOUN_IN = re.compile(
    rf"\b{NOUN}\s+in\s+(?:the\s+(?:[a-z-]+\s+){{0,2}}(?:town|city|village|port)\s+of\s+)?$", re.I
)


# a body's or a meeting's last word: a title line's name, no town
_BODY_END = re.compile(
    r"\b(?:Council|Committee|Commission|Meeting|Summit|Dialogue|Conference|Forum|Assembly)$"
)


def headline_town(doc: Doc, s: Sentence, dm: DateMention | None, ref: date) -> str | None:
    """ "Meeting of the Ministers (Smalltown, 12 February 2031)", or a title line "SMALLTOWN, REGION, 3-4 MAY
    2031": the town a title line before the main sentence gives with the meeting's day(s)."""
    if dm is None:
        return None
    for x in doc.sentences[: min(s.index + 1, 6)]:  # the main sentence too, when it is the title line
        if x.text.rstrip().endswith("."):
            continue
        if "(" in x.text:
            m = _PAREN_TOWN.search(x.text)
            if m is None or country_of(m[1]):
                continue
            days = find_dates(m[2], 0, len(m[2]), ref)
            if days and days[0].date == dm.date:
                return m[1]
            continue
        line = x.text.strip()
        bare = _TITLE_TOWN.match(line) if x is not s else None
        if bare is None and x is not s and (" – " in line or " — " in line or " - " in line):
            # "Visit to Xland of the Minister of Y – Smalltown, 18 and 19 May 2031": the title's closing part
            bare = _TITLE_TOWN.match(_DASH_TAIL.split(line)[-1])
        tail = bare is None and line.count(", ") >= 2
        if tail:
            # "Press Release: The X Meetings, Cityname, 20 to 24 July 2027" (the main sentence itself, too):
            # the title's last two parts, a known city
            bare = _TITLE_TOWN.match(", ".join(line.split(", ")[-2:]))
        if bare is None:
            continue
        town = bare[1].title() if bare[1].isupper() else bare[1]
        mid = bare["mid"].title() if bare["mid"] and bare["mid"].isupper() else bare["mid"]
        if mid and VENUE_WORD.search(town) and find_city(mid) and not find_city(town):
            town = mid  # "X Headquarters, Cityname, 2-3 April": the venue's city, not the venue
        when = bare[3].title() if bare[3].isupper() else bare[3]  # "18-19 JANUARY 2031"
        days = find_dates(when, 0, len(when), ref)
        # the line is the meeting's own: its very days, not a release's dateline of one day
        state, known = country_of(town), find_city(town) if tail or country_of(town) else None
        if (state and (known is None or known.country != state)) or (tail and known is None):
            continue  # a state is no town unless a city-state ("Singapore")
        if known is None and _BODY_END.search(town):
            continue  # "Foreign Affairs Council, 19 April 2031": the meeting's own name, no town
        if days and days[0].date == dm.date and days[0].end_date == dm.end_date:
            return town
    return None


_DASH_TAIL = re.compile(r"\s[–—-]\s")
_PAREN_TOWN = re.compile(
    r"\(((?:[A-Z][\w'’]*)(?:[\s-](?:[A-Z][\w'’]*|de|la|le|du|sur|en)){0,4}),\s+([^()]{4,40})\)"
)
# "SMALLTOWN, REGION, 3-4 MAY 2031", "Smalltown, 3 May 2031": a place and a day on a title line ("Monday,
# October 20, 2025" is a date line: its weekday no town)
_TITLE_TOWN = re.compile(
    r"^(?!(?i:mon|tues|wednes|thurs|fri|satur|sun)day\b)([A-Z][\w'’]*(?:[\s-][A-Z][\w'’]*){0,3})(?:,\s+(?P<mid>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,2}))?,\s+"
    r"(\d[^,()]{3,30}|[A-Za-z]+\s+\d[^()]{1,30})$"
)


def headline_place(headline: str | None, prefer: frozenset[str]) -> tuple[str, str | None] | None:
    """ "Ministers to gather in Smalltown in June", "X and Y to hold talks in City": the place (and its
    timezone) a headline names for the meeting it announces."""
    if not headline or " in " not in headline:
        return None
    m = _HEADLINE_IN.search(headline)
    if m is None:
        return None
    town = m["t"]
    if country_of(town) or town.split()[-1] in NOT_TOWNS or town.isupper() or VENUE_WORD.search(town):
        return None
    city = find_city(town, prefer)
    if city is None and is_region(town):
        return None
    return (city.name, city.timezone) if city else (town, None)


def title_place(
    headline: str | None, doc: Doc, s: Sentence, prefer: frozenset[str]
) -> tuple[str, str | None] | None:
    """The place the headline names, else a title line over the main sentence: "Berlin, 3 May" read as the
    headline over "X to hold talks in Ycity"."""
    found = headline_place(headline, prefer)
    for x in doc.sentences[: min(s.index, 6)] if found is None else ():
        line = x.text.strip()
        if line != headline and " in " in line and not line.endswith((".", ":")):
            found = headline_place(line, prefer)
            if found:
                break
    return found


def headline_base_town(headline: str | None, doc: Doc, s: Sentence) -> str | None:
    """ "X to Host Meeting at Smalltown" over "... at Smalltown Air Base on 19 May": the town a base the lead
    names is named after, as a title line (the headline, or one under a letterhead) names it alone."""
    titles = [x.text for x in doc.sentences[: min(s.index, 6)] if not x.text.rstrip().endswith(".")]
    m = next((m for t in [headline or "", *titles] if " at " in t and (m := _HEADLINE_AT.search(t))), None)
    v = venue_in(doc.text, s.start, s.end) if m else None
    if m is None or v is None:
        return None
    town = m["t"]
    if country_of(town) or town.isupper() or VENUE_WORD.search(town) or town.split()[-1] in NOT_TOWNS:
        return None
    # the lead's venue is the town's name and a building word: "Smalltown Air Base", not "the Smalltown Hotel"
    return town if v[0].startswith(town + " ") and _BASE_AFTER.match(v[0], len(town)) else None


_BASE_AFTER = re.compile(
    r"\s+(?:Air\s+(?:Force\s+)?Base|Naval\s+(?:Air\s+)?(?:Base|Station)|Air\s+Station|Base)\b"
)


def venue_town(doc: Doc, sentences: list[Sentence]) -> tuple[str, Sentence] | None:
    """ "at the State Palace in Smalltown, co-organised by ...": a town the gazetteer lacks, after a venue
    (not a region: "in West Java"), in the first of the sentences that names one."""
    for s in sentences:
        for m in VENUE_IN_TOWN.finditer(doc.text, s.start, s.end):
            town = m["t"]
            if not (
                country_of(town)
                or find_city(town)
                or is_region(town)
                or town.split()[0] in BEARINGS
                or town.split()[-1] in NOT_TOWNS
                or town.isupper()
                or VENUE_WORD.search(town)
            ):
                return town, s
    return None


_HEADLINE_IN = re.compile(
    rf"\b(?:(?i:{NOUN})|gather|meet|convene|hold\s+(?i:{NOUN})|host\s+(?i:{NOUN}))\s+in\s+{TOWN_HEAD}"
    r"(?=\s+(?:in|on|from|this|next|to|for|as|amid|after|before)\b|\s*[,:;(]|\s*$)"
)
_HEADLINE_AT = re.compile(rf"\b(?i:{NOUN})\s+at\s+{TOWN_HEAD}\s*$")
