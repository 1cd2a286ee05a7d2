"""Datelines, date lines under headlines, issuing governments, cities, venues and timezones."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from datetime import date

from briefings.extract.agencies import agency_home
from briefings.extract.dates import ISO, find_dates, resolve_year
from briefings.extract.gazetteer import (
    City,
    capital_country,
    capital_timezone,
    country_of,
    find_city,
    is_region,
    largest_city_timezone,
)
from briefings.extract.literals import has_any
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.sentences import Doc, Sentence

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
DATELINE = re.compile(
    rf"^(?P<city>[A-Z][A-Za-z.'’ -]{{1,30}}?)(?:,\s*(?P<region>[A-Z][A-Za-z. ]{{1,25}}?))?"
    # "MANILA 24 February 2025 – ...": the date may follow the city without a comma
    rf"(?:(?:,\s*|\s+)(?P<date>{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?))?"
    r"\s*(?:\([^)]{1,30}\)\s*){0,2}(?:(?:[–—]|--?|:)\s+|(?:[–—]|--)(?=[A-Z“\"]))"
)
# "New Delhi, Nov 3 (PTI) India ...", "SINGAPORE, May 29 Kyodo - ...": an agency tag after the date;
# "New Delhi [India], Sept 14 (ANI):": the country in brackets
_AGENCY_DATELINE = re.compile(
    rf"^(?P<city>[A-Z][A-Za-z.'’ -]{{1,30}}?)(?:\s*\[(?P<region>[A-Z][A-Za-z. ]{{1,25}})\])?,\s*"
    # "Xcity, February 9/2026 (AGENCY)": a wire's year after a slash
    rf"(?P<date>{_MONTH}\s+\d{{1,2}}(?:/\d{{4}})?|\d{{1,2}}\s+{_MONTH})"
    r"\s*(?:\((?:[A-Z][A-Za-z.&-]*\s?){1,3}\)\s*(?:(?:[–—:]|--?)\s+)?|[A-Z][A-Za-z]+\s+(?:[–—]|--?)\s+)"
)
_SOURCE_DATE_LINE = re.compile(
    rf"^[A-Z][A-Z&.'’ ]{{1,30}}\s+-\s+"
    rf"(?P<d>{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}})"
    r"(?:\s+-\s+\d{1,2}:\d{2})?(?:\s*\|.*)?$"
)
_TIME_FIRST = re.compile(
    r"^((?:Updated|Published|Posted)\s+)\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?\s+"
)
_PLACE_DATE_LINE = re.compile(
    rf"^(?P<city>[A-Z][A-Za-z.'’ -]{{1,30}}?)(?P<region>)?,\s*"
    rf"(?P<date>{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})\.?$"
)
# "Smalltown / Information Office / 02 December 2031": the place, the issuing office and the date
_SLASH_DATE_LINE = re.compile(
    rf"^(?P<city>[A-Z][A-Za-z.'’ -]{{1,30}}?)(?P<region>)?\s+/\s+[A-Z][^/\n]{{1,50}}?\s+/\s+"
    rf"(?P<date>{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})\.?$"
)
_DATE_LINE = re.compile(
    rf"^(?:(?:Date|Published|Posted|Released|Issued|Updated)(?:\s+on)?\s*:?\s*)?"
    rf"(?:[A-Z][a-z]+day,?\s+|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\.?"
    # "Posted Fri 29 May 2026 at 6:15am": a clock time after the date
    r"(?:,?\s+(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)?"
    r"(?:\s+-\s+[Pp]age\s+\d{1,3})?"  # "Fri, Apr 10, 2026 - page 3": a print edition's page
    r"\s*\|?$"  # "Feb. 19, 2026 |": a date line with a trailing separator
)
# "Wednesday, February 19, 2025, 4:05 p.m. Press Conference Room, Ministry of X": a briefing's day, time
# and room, no verb
_DATE_TIME_ROOM_LINE = re.compile(
    rf"^(?:[A-Z][a-z]+day,?\s+)?(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}),?\s+"
    r"(?:at\s+)?\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?,?\s+(?:[A-Z][\w'’-]*,?\s+(?:(?:of|the|and|for)\s+)*)*[A-Z][\w'’-]*$"
)
_US_ISSUER = re.compile(
    r"\b(?:Office of the Spokesperson|Media Note|Department of State|State Department|"
    r"White House|Briefing Room|Department of Defense|Department of War|Pentagon)\b"
)
_UK_ISSUER = re.compile(
    r"\b(?:Foreign, Commonwealth (?:&|and) Development Office|FCDO|GOV\.UK|10 Downing Street)\b"
)
_ISSUER = re.compile(
    r"\b(?:Ministry|Department|Government|Embassy|Mission)\s+(?:of|for)\s+"
    r"(?:[A-Z][\w,&’' ]{0,60}?\s+of\s+)?(?:the\s+)?(?P<c>[A-Z][\w.’' ]{1,40}?)\b(?=[\s,.;:(]|$)"
)
_ISSUER_POSS = re.compile(
    # "the German-Chinese Government Consultations": a pair's second adjective is no issuer
    r"(?<![-–])\b(?P<c>[A-Z][\w. ]{1,30}?)(?:'s|’s)?\s+(?:Foreign Ministry|Defen[cs]e Ministry|"
    r"Ministry of [A-Z]\w+|Government|Prime Minister's Office|Cabinet Office)\b"
)
# Each issuer pattern with the literal words one of which every match holds (a cheap test before it runs).
_NAMED_ISSUERS: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (
        _US_ISSUER,
        "United States",
        ("Office of the Spokesperson", "Media Note", "Department of ", "State Department", "White House",
         "Briefing Room", "Pentagon"),
    ),
    (_UK_ISSUER, "United Kingdom", ("Foreign, Commonwealth ", "FCDO", "GOV.UK", "10 Downing Street")),
)  # fmt: skip
_ISSUER_PATTERNS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (_ISSUER, ("Ministry", "Department", "Government", "Embassy", "Mission")),
    (_ISSUER_POSS, ("Ministry", "Government", "Office")),
)
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
# "...; Pentagon yet to say who it will send": a subheadline's news about the body, not its letterhead
_NEWS_SUBJECT = re.compile(r"\s+(?!(?:of|and|for|on|the|in|at|press|media|news)\b)[a-z]")
_HANDWRITTEN_ISSUERS: dict[str, str] = {
    "Ministry of External Affairs": "India",
    "Department of Foreign Affairs and Trade": "Australia",
    "Ministry of Foreign Affairs and Trade": "New Zealand",
    "Federal Department of Foreign Affairs": "Switzerland",
}
_VENUE = re.compile(
    r"\bat\s+(?P<v>(?:the\s+)?(?:[A-Z][\w'’.-]*|of|de|the|and)(?:\s+(?:[A-Z][\w'’.-]*|of|de|the|and|for)){0,6})"
)
_VENUE_HEAD = re.compile(
    r"\b(?:Pentagon|Ministry|Department|House|Palace|Hotel|Hall|Center|Centre|Building|Office|Residence|"
    r"Headquarters|Embassy|Kantei|Capitol|Castle|Convention|Guest|Academy|Base|Compound|Room|Parliament|"
    r"Chancellery|Kremlin|Secretariat|Museum|Villa|Garden|Gardens|Club|Summit|Forum|Complex|Lodge|Camp)\b"
)
# a capital letter, also an accented one opening a name written with its diacritics ("Đà Nẵng", "Łódź")
_UPPER = "[A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper()) + "]"
_IN_CITY = re.compile(  # the lookahead: each cue word's first letter, a cheap filter before the alternatives
    # "in the southeastern port city of X": the city named after its description
    # "in the Xish capital, Y": the capital named after its country's adjective
    r"\b(?=[ITVafhistv])(?:(?:[Ii]n|[Tt]o|at)(?:\s+the\s+(?:[a-z-]+\s+){0,2}(?:town|city|village|port)\s+of|"
    r"\s+the\s+(?:[A-Z][\w'’-]+\s+)?capital,)?|"
    r"from|[Vv]isit|[Vv]isits|visiting|host|hosts|hosting|arrive in|stop in|stop is|"
    r"stop will be)\s+"
    # a title-case headline's "to Visit X": the verb is no place's first word
    rf"(?P<c>(?!Visits?\s){_UPPER}[\w'’.-]*(?:\s+(?:(?:de|da|do|del|di|la|el|al)\s+)?{_UPPER}[\w'’.-]*){{0,3}})"
)  # "Rio de Janeiro": a lowercase particle inside the name; four words for a three-word name and "City"


@dataclass
class Dateline:
    """The dateline's city, its timezone-bearing gazetteer entry, and its date if given."""

    city: City
    place: str
    date: date | None
    end: int
    agency: str | None = None  # a national news agency's home ("(Kyodo)": Japan), whatever the city


_PAREN_COUNTRY = re.compile(r"\s*\(([A-Z][A-Za-z. ]{1,25})\)")
# "Capital (AGENCY) –": a wire's tag in brackets straight after a title-case city, then a dash
_AGENCY_TAG = re.compile(r"\s*\([A-Z][A-Za-z&-]{1,12}\)\s*(?:[–—]|--?)\s")
_ORG_COUNTRIES = ORGANISATION_NAMES


_OPENING_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")


def _own_country_after(text: str, m: re.Match[str]) -> bool:
    """ "Xcity - Xland will host ...": a title-case city whose own country opens the lead after the dash."""
    after = _OPENING_NAME.match(text, m.end())
    if after is None:
        return False
    country = country_of(after[0]) or country_of(after[0].split()[0])
    city = find_city(m["city"].strip(), frozenset([country])) if country else None
    return city is not None and city.country == country


def find_dateline(doc: Doc, ref: date) -> Dateline | None:
    """ "TOKYO –", "SINGAPORE, June 1 (Reuters) -" at the start of one of the first sentences."""
    for s in doc.sentences[:6]:  # a headline, byline and agency lines may come first
        m = (
            DATELINE.match(s.text)
            # each needs its literal "," or "/": skip the pattern (and the strip) when the sentence has none
            or ("," in s.text and _PLACE_DATE_LINE.match(s.text.strip()))
            or ("/" in s.text and _SLASH_DATE_LINE.match(s.text.strip()))
            or _AGENCY_DATELINE.match(s.text)
        )
        if not m:
            continue
        raw = m["city"].strip()
        region = (m["region"] or "").strip()
        paren = _PAREN_COUNTRY.match(s.text, m.start("city") + len(m["city"])) if not region else None
        if paren and country_of(paren[1]):
            region = paren[1]  # "Smalltown (Country) (AFP) -"
        tagged = _AGENCY_TAG.match(s.text, m.start("city") + len(m["city"])) is not None
        looks = raw.isupper() or region or m["date"] or tagged or _own_country_after(s.text, m)
        if not looks:
            continue  # "Tokyo - a line" must look like a dateline (all caps, a date/region, "(Agency)")
        agency = agency_home(s.text[m.end("city") :]) if not region else None
        prefer = frozenset(c for c in [country_of(region) or agency] if c)
        city = find_city(raw, prefer) or (find_city(f"{raw}, {region}") if region else None)
        if city is None and region and _VENUE_HEAD.search(raw.title()) and not country_of(region):
            city = find_city(region)  # "CAMP X, Ycity, April 18 —": a venue, then the city it stands in
        if city is None and prefer and not find_city(raw, frozenset()):
            # "SMALLTOWN, Country, May 3 (Agency)": a town too small for the gazetteer, in the country named
            country = next(iter(prefer))
            zone = capital_timezone(country) if country not in _ORG_COUNTRIES else None
            if zone is None and agency:  # "SMALLTOWN, Jan 17 (Agency) --": a national agency's home
                zone = largest_city_timezone(agency)
            town = raw.title() if raw.isupper() else raw
            city = City(town, country, 0, zone) if zone and not country_of(raw) else None
        if city is None:
            continue
        when: date | None = None
        if m["date"]:
            raw_date = m["date"].replace("/", ", ")  # "February 9/2026": the year after a slash
            ds = find_dates(raw_date, 0, len(raw_date), ref)
            if ds:
                when = ds[0].date
                if ds[0].year_assumed:
                    when = resolve_year(when.month, when.day, ref, past=True) or when
        home = agency or agency_home(s.text[m.end("city") :])
        return Dateline(city, city.name, when, s.start + m.end(), home)
    return None


def find_date_line(doc: Doc) -> tuple[date, Sentence] | None:
    """A line under the headline that is only a date ("July 20, 2024")."""
    for s in doc.sentences[:8]:
        line = s.text.strip()
        if len(line) < 40 and line.isupper():
            line = line.title()  # "JULY 24, 2024": a release's date line in capitals
        elif " - " in line and len(line) < 80 and (sm := _SOURCE_DATE_LINE.match(line)):
            line = sm["d"]  # "OUTLET NEWS - Apr 15, 2023 - 18:32 | World": the wire's own date line
        elif ":" in line[:16] and len(line) < 60:
            # "Updated 9:14 PM UTC May 28, 2024": the time before the date
            line = _TIME_FIRST.sub(r"\1", line)
        if _DATE_LINE.match(line) or (len(line) < 140 and _DATE_TIME_ROOM_LINE.match(line)):
            m = ISO.search(line)
            if m:
                return date(int(m[1]), int(m[2]), int(m[3])), s
            ds = find_dates(line, 0, len(line), date(2000, 1, 1))
            if ds and not ds[0].year_assumed:
                return ds[0].date, s
    return None


def issuer_country(doc: Doc) -> str | None:
    """The government issuing the text, when the opening or closing lines name it."""
    tail = doc.sentences[-4:]
    for prev, s in itertools.pairwise(tail):
        c = country_of(s.text.strip().title()) if len(s.text) < 40 else None
        if c and re.search(r"\b(?:ministry|government|office|embassy)\b", prev.text, re.I):
            return c  # "MINISTRY OF FOREIGN AFFAIRS / SINGAPORE" sign-off
    for s in doc.sentences[:6]:
        short = len(s.text) <= 100
        for k, v in _HANDWRITTEN_ISSUERS.items():
            if k in s.text and (short or s.text.startswith(("The " + k, k))):
                return v
        for rx, country, words in _NAMED_ISSUERS:
            m = rx.search(s.text) if has_any(s.text, words) else None
            if m and (m.start() <= 4 or (short and not _NEWS_SUBJECT.match(s.text, m.end()))):
                return country
        for rx2, words in _ISSUER_PATTERNS:
            if not has_any(s.text, words):
                continue  # the words every match of the pattern holds are absent
            for m in rx2.finditer(s.text):
                if not (short or m.start() <= 4):
                    continue
                c = country_of(m["c"].strip())
                if c:
                    return c
    return None


_POSSESSIVE_END = re.compile(r"(?:'s|’s)$")


def cities_in(text: str, start: int, end: int, prefer: frozenset[str]) -> list[tuple[City, int, int]]:
    """Cities named after "in/to/at/visit" in text[start:end]: (city, span start, span end)."""
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
        words = m["c"].split()
        for n in range(len(words), 0, -1):
            phrase = _POSSESSIVE_END.sub("", " ".join(words[:n]).rstrip(".,;:"))
            country = country_of(phrase)
            if country:
                # a city-state ("in Singapore", "in Luxembourg") is a city too; other countries are not;
                # "host Singapore's Minister": the state's, not the place
                city = find_city(phrase, prefer)
                if city and city.country == country and not _POSSESSIVE.search(" ".join(words[:n])):
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
    return out


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
_MONTH_DAY = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d"
)
_REGION_WORDS = frozenset({"Prefecture", "Province", "Oblast", "Governorate", "Region", "County", "District"})
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


def venue_in(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """A building named after "at" ("at the Pentagon", "at the Foreign Ministry")."""
    for m in _VENUE.finditer(text, start, end):
        v = m["v"].strip()
        v = re.sub(r"\s+(?:of|the|and|for|de)$", "", v)
        if _VENUE_HEAD.search(v) and not re.match(r"^(?:the\s+)?(?:invitation|request)\b", v, re.I):
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
