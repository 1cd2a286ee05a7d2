"""Cities, venues and timezones named in prose: "in/to/at/visit" a city, "depart ... for" one, "at the X"."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from briefings.extract.agenda import MONTH
from briefings.extract.gazetteer import City, capital_country, country_of, find_city
from briefings.extract.literals import has_any
from briefings.extract.regex_guard import by_first_letter, class_scan, guarded
from briefings.extract.regions import WORLD_REGIONS, is_region

# Zone abbreviations a time may carry ("2:00 p.m. EDT"), for when no city gives the zone.
TZ_ABBREV = re.compile(
    r"\s*(?:\(\s*)?(EDT|EST|CDT|CST|PDT|JST|KST|AEST|AEDT|SGT|BST|GMT|UTC|CET|CEST|IST|HKT)\b"
)
ZONES = {
    "EDT": "America/New_York", "EST": "America/New_York", "CDT": "America/Chicago", "CST": "America/Chicago",
    "PDT": "America/Los_Angeles", "JST": "Asia/Tokyo", "KST": "Asia/Seoul", "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney", "SGT": "Asia/Singapore", "BST": "Europe/London", "GMT": "Etc/GMT",
    "UTC": "UTC", "CET": "Europe/Brussels", "CEST": "Europe/Brussels", "IST": "Asia/Kolkata",
    "HKT": "Asia/Hong_Kong",
}  # fmt: skip
_VENUE = re.compile(
    r"\bat\s+(?P<v>(?:the\s+)?(?:[A-Z][\w'’.-]*|of|de|the|and)(?:\s+(?:[A-Z][\w'’.-]*|of|de|the|and|for)){0,6})"
)
# behind a lookahead of its possible first characters (regex_guard: same matches, fewer tries)
_VENUE = guarded(_VENUE)
VENUE_HEAD = re.compile(
    r"\b(?:Pentagon|Ministry|Department|House|Palace|Hotel|Hall|Center|Centre|Building|Office|Residence|"
    r"Headquarters|Embassy|Kantei|Capitol|Castle|Convention|Guest|Academy|Base|Compound|Room|Parliament|"
    r"Chancellery|Kremlin|Secretariat|Museum|Villa|Garden|Gardens|Club|Summit|Forum|Complex|Lodge|Camp)\b"
)
# a capital letter, also an accented one opening a name written with its diacritics ("Đà Nẵng", "Łódź")
UPPER = "[A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper()) + "]"
_IN_CITY = re.compile(  # the lookahead: each cue word's first letter, a cheap filter before the alternatives
    # "in the southeastern port city of X": the city named after its description
    # "in the Xish capital, Y": the capital named after its country's adjective
    # (optional groups as "(?:x|)": sre enters a one-or-none repeat at every "in", "to" and "at" otherwise)
    r"\b(?=[ITVafhistv])(?:(?:[Ii]n|[Tt]o|at)(?:\s+the\s+(?:[a-z-]+\s+){0,2}(?:town|city|village|port)\s+of|"
    r"\s+the\s+(?:[A-Z][\w'’-]+\s+|)capital,?|)|"
    r"from|[Vv]isit|[Vv]isits|visiting|host|hosts|hosting|arrive in|stop in|stop is|"
    r"stop will be)\s+"
    # a title-case headline's "to Visit X": the verb is no place's first word
    rf"(?P<c>(?!Visits?\s){UPPER}[\w'’.-]*(?:\s+(?:(?:de|da|do|del|di|la|el|al)\s+)?{UPPER}[\w'’.-]*){{0,3}})"
)  # "Rio de Janeiro": a lowercase particle inside the name; four words for a three-word name and "City"
_IN_CITY = by_first_letter(_IN_CITY)  # cues regrouped by first letter, scanned for in C (same matches)
_IN_CITY = class_scan(_IN_CITY)  # (regex_guard: same matches)


_POSSESSIVE_END = re.compile(r"(?:'s|’s)$")


def cities_in(text: str, start: int, end: int, prefer: frozenset[str]) -> list[tuple[City, int, int]]:
    """Cities named after "in/to/at/visit" in text[start:end]: (city, span start, span end)."""
    return list(_cities_in(text, start, end, prefer))


@lru_cache(maxsize=512)  # several of the main event's rules read the same sentences
def _cities_in(text: str, start: int, end: int, prefer: frozenset[str]) -> tuple[tuple[City, int, int], ...]:
    out: list[tuple[City, int, int]] = []
    for m in _IN_CITY.finditer(text, start, end):
        if _MONTH_DAY.match(text, m.start("c")):
            continue  # "from March 9 to 11": a date, not the town of the month's name
        big = (
            city_after_district(text, m.end("c"), m["c"], prefer)
            if text.startswith(",", m.end("c"))
            else None
        )
        if big is not None:
            out.append(big)  # "in Port Area, Manila": a district, then the city it belongs to
            continue
        if _of_state(text, m.end("c"), m["c"]):
            continue  # "host Republic of Korea Minister X": a state's formal name, no town "Republic"
        words = m["c"].split()
        for n in range(len(words), 0, -1):
            raw = " ".join(words[:n]).rstrip(".,;:")
            phrase = _POSSESSIVE_END.sub("", raw)
            if phrase != raw and n > 1 and find_city(raw, prefer):
                phrase = raw  # "in St. George's": the city's own name ends in "'s"
            elif phrase != raw and text.startswith(",", m.start("c") + len(raw)):
                break  # "in St. Paul's, Xland": no possessive before a comma, a town the gazetteer lacks
            country = country_of(phrase)
            if country:
                # a city-state ("in Singapore", "in Luxembourg") is a city too; other countries are not;
                # "host Singapore's Minister": the state's, not the place
                city = find_city(phrase, prefer)
                if (
                    city
                    and city.country == country
                    and capital_country(phrase) == country  # "to El Salvador": no city-state
                    and not _POSSESSIVE.search(" ".join(words[:n]))
                ):
                    a = m.start("c")
                    out.append((city, a, a + len(phrase)))
                break
            city = find_city(phrase, prefer)
            if (
                city is None
                and n == 1
                and prefer
                and phrase.isalpha()
                and text[m.start("c") + len(phrase) : m.start("c") + len(phrase) + 1] == ","
            ):
                # "in Xtown, the Country" where the gazetteer knows "Xtown City" (a country the text names)
                town = find_city(f"{phrase} City", prefer)
                city = replace(town, name=phrase) if town and town.country in prefer else None
            if city is None and n >= 2 and (long := find_city(f"{phrase} City", prefer)):
                # "in Xa Yb Zc", a several-word city the gazetteer knows as "Xa Yb Zc City"
                city = replace(long, name=f"{phrase} City")
            whole = phrase == " ".join(words[:n])
            if city and whole and n < len(words) and words[n].rstrip(".,;:") == "City":
                # "Québec City" where the gazetteer knows only "Québec": keep the name the text gives
                phrase = f"{phrase} City"
                city = replace(city, name=phrase)
            if city and whole and any(w.rstrip(".,;:") in _NAMED_BUILDING for w in words[n:]):
                break  # "at <Town> House", "at <Town> Naval Base": a building named after a town, no town
            if city and whole and n < len(words) and words[n].rstrip(".,;:") in WORLD_REGIONS:
                break  # "ministers from Central America": a world region, no town "Central"
            if city and whole and n < len(words) and words[n].rstrip(".,;:") in _WATER_WORDS:
                break  # "a naval base at <Town> Bay": the water named after a town, no town
            if city and whole and n < len(words) and words[n].rstrip(".,;:") in _REGION_WORDS:
                break  # "in <Town> Prefecture": the region named after its capital, not the city
            # a small state's capital ("in Xtown", 70,000 people) is as sure a place as a big city
            capital = city is not None and capital_country(city.name) == city.country
            if city and whole and n == len(words):
                # "in San José, Costa Rica": the country named after the comma is the town's
                named = _COMMA_COUNTRY.match(text, m.start("c") + len(phrase))
                names = named[1].split() if named else []
                heads = (country_of(" ".join(names[:k])) for k in range(len(names), 0, -1))
                state = next((c for c in heads if c), None)
                if state and state != city.country and (own := find_city(phrase, frozenset({state}))):
                    city = own if own.country == state else city
            if city and (city.population >= 100000 or city.country in prefer or capital):
                a = m.start("c")
                out.append((city, a, a + len(phrase)))
                break
    return tuple(out)


_OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")


def _of_state(text: str, end: int, run: str) -> bool:
    """ "Republic of Korea", "Kingdom of Xland": the run opens a state's formal name "... of Country"."""
    if not text.startswith(" of ", end):
        return False
    m = _OF_STATE.match(text, end)
    if m is None:
        return False
    words = m[1].split()
    for k in range(len(words), 0, -1):
        tail = " ".join(words[:k])
        if country_of(f"{run} of {tail}") or country_of(f"{run} of the {tail}"):
            return True
    return False


# ", Manila" after a district, not a list's next item (", Manila and Cebu", ", Manila, Cebu")
_CITY_AFTER = re.compile(
    r",[ ]+(?P<c>[A-Z][\w'’-]*(?:[ ]+[A-Z][\w'’-]*){0,2})(?![ ]*(?:,[ ]*[A-Z]|and[ ]|or[ ]|&))"
)


def city_after_district(
    text: str, at: int, district: str, prefer: frozenset[str]
) -> tuple[City, int, int] | None:
    """ "in Yongsan, Seoul", "in Port Area, Manila": a big city after a comma that the place before it (a
    district the gazetteer lacks, or a smaller town of the same country) lies in; a region is no such city."""
    m = _CITY_AFTER.match(text, at, min(len(text), at + 60))
    name = m["c"] if m else ""
    if m is None or country_of(name) or is_region(name):
        return None
    city = find_city(name, prefer)
    if city is None or city.population < 1000000:  # "in Smalltown, Québec": a province's namesake
        return None
    first = find_city(district, prefer)
    if first is not None and (first.country != city.country or first.population * 2 > city.population):
        return None
    return city, m.start("c"), m.end("c")


_POSSESSIVE = re.compile(r"(?:'s|’s)$")
_COMMA_COUNTRY = re.compile(r",\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")
_MONTH_DAY = re.compile(rf"{MONTH}\s+\d")
_REGION_WORDS = frozenset({"Prefecture", "Province", "Oblast", "Governorate", "Region", "County", "District"})
_WATER_WORDS = frozenset({"Bay", "Gulf", "Strait", "Straits", "Sea", "Lagoon", "Shoal", "Sound", "Harbour"})
_NAMED_BUILDING = frozenset(
    {"House", "Palace", "Hall", "Castle", "Gardens", "Square", "Court", "Room", "Building"}
    | {"Barracks", "Base", "Camp", "Airport", "Station", "Stadium", "Park"}  # "at Xtown Barracks": no town
    | {"Abbey", "Cathedral", "Church", "Chapel", "Street", "Avenue"}  # "in Xtown Abbey": a landmark
)
_DEPART_FOR = re.compile(
    r"\b(?:depart|departs|departed|departing|leave|leaves|leaving)\b(?:[^.;]|\.(?=\s\d)){0,60}?\bfor\s+"
    # a title-case headline's "to Visit X": the verb is no place's first word
    r"(?P<c>(?!Visits?\s)[A-Z][\w'’.-]*(?:\s+(?:(?:de|da|do|del|di|la|el|al)\s+)?[A-Z][\w'’.-]*){0,3})"
)  # "Rio de Janeiro": a lowercase particle inside the name; four words for a three-word name and "City"


def departure_for(text: str, start: int, end: int, prefer: frozenset[str]) -> list[tuple[City, int, int]]:
    """The destination of "will depart Washington on Sunday for Canberra"."""
    if not has_any(text[start:end], ("depart", "leav")):
        return []
    for m in _DEPART_FOR.finditer(text, start, end):
        words = m["c"].rstrip(".,;:").split()
        for n in range(len(words), 0, -1):
            city = find_city(" ".join(words[:n]), prefer)
            if city and (not country_of(city.name) or country_of(city.name) == city.name == city.country):
                # a city, or a city-state ("departed the capital today for City-State")
                return [(city, m.start("c"), m.start("c") + len(" ".join(words[:n])))]
    return []


# "Xcity will host the ministerial on Monday": a city opening its sentence as the host stands for the town the
# gathering is held in (a country named so is no city; "Xcity's" possessive names a person or body)
_CITY_HOSTS = re.compile(
    rf"\s*(?P<c>{UPPER}[\w'’.-]*(?:\s+{UPPER}[\w'’.-]*){{0,2}}?)\s+(?:will\s+|(?:is|are)\s+(?:set\s+|due\s+)?to\s+|"
    r"to\s+)?(?:host|hosts|(?:is|are)\s+hosting)\b"
)


def destination_in(text: str, start: int, end: int, prefer: frozenset[str]) -> list[tuple[City, int, int]]:
    """Where a sentence naming no city after "in/to/at" sends the meeting: a departure's destination, or the
    city opening it as the host ("Xcity will host the talks")."""
    found = departure_for(text, start, end, prefer)
    if found or "host" not in text[start:end]:
        return found
    m = _CITY_HOSTS.match(text, start, end)
    city = find_city(m["c"], prefer) if m else None
    # "Xland will host": a state (a city-state is its own town); a small namesake town is no such host
    if m is None or city is None or country_of(m["c"]) not in (None, city.name) or city.population < 100_000:
        return []
    return [(city, m.start("c"), m.end("c"))]


def venue_in(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """A building named after "at" ("at the Pentagon", "at the Foreign Ministry")."""
    for m in _VENUE.finditer(text, start, end):
        v = m["v"].strip()
        v = re.sub(r"\s+(?:of|the|and|for|de)$", "", v)
        if VENUE_HEAD.search(v) and not re.match(r"^(?:the\s+)?(?:invitation|request)\b", v, re.I):
            return v, m.start("v"), m.start("v") + len(v)
    return None


_MONTHS_WORD = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"year|week|month)"
)
_PAST_AFTER = re.compile(
    # "in Annapolis, Maryland, last August": the city's region may come between
    r"(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?=,))?"
    rf"\s*,?\s*(?:(?:in|on)\s+{_MONTHS_WORD}\s+(?:\d{{1,2}},?\s+)?)?"
    rf"(?:last\s+{_MONTHS_WORD}|(?:a|one|two|three|four|five|six|\d+)\s+(?:years?|months?|weeks?|days?)\s+ago|"
    rf"earlier\s+this\s+(?:year|month|week))\b"
)


def past_place(text: str, end: int) -> bool:
    """A city followed by a past time ("in Brisbane last August"): where an earlier meeting was."""
    return bool(_PAST_AFTER.match(text, end, min(len(text), end + 40)))


# a programme's day heading over the items held there: "Tuesday 24 November — Xcity" (a date, a dash, a town)
_DAY_HEADING = re.compile(r"^[A-Z][\w ,.]{2,30}?\d[\w ,.]{0,20}?\s+[–—|-]\s+(?P<c>[A-Z][\w'’. -]{1,30}?)\.?$")


def heading_city(line: str) -> City | None:
    """The town of a programme's day heading, a short line of its own ("Monday 3 May — Xcity"), else None."""
    m = _DAY_HEADING.match(line.strip()) if len(line) <= 70 else None
    return find_city(m["c"]) if m else None
