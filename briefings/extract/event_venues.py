"""The city a venue is named with ("at the Grand Hotel, Cityname, on 3 May", "Cityname's Grand Hotel") or an
advisory's "Where:"/"Venue:" line names."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import City, capital_city, capital_country, country_of, find_city
from briefings.extract.places import venue_in
from briefings.extract.regex_guard import guarded
from briefings.extract.regions import is_region
from briefings.extract.sentences import Doc, Sentence
from briefings.extract.venue_brackets import bracket_city


def venue_city(doc: Doc, s: Sentence, prefer: frozenset[str]) -> City | None:
    """ "at the Grand Hotel, Cityname, from 3 to 5 May", "converge on Cityname's Grand Hotel": the city a
    venue is named with."""
    if "s " in s.text:
        for pm in _CITY_VENUE.finditer(doc.text, s.start, s.end):
            owner = _city_not_state(pm[1], prefer)
            if owner is not None:
                return owner  # a city's (or a city-state's) own building; "Japan's X Palace" is a state's
    v = venue_in(doc.text, s.start, s.end)
    m = _COMMA_CITY.match(doc.text, v[2], s.end) if v else None
    if v and m is None and (bracketed := bracket_city(doc.text, v[2], s.end, prefer)):
        return bracketed  # "at the Ministry of X (Ward, Cityname)": the city its bracket names
    lm = _CITY_LED.match(v[0]) if v and m is None else None
    if lm:
        # "at the Xcity Convention Centre": a building its city's name opens
        for n in (2, 1):
            words = lm[1].split()
            if len(words) < n:
                continue
            city = _city_not_state(" ".join(words[:n]), prefer)
            if city is not None:
                return city
    if v and m is None and (tm := _CITY_TAIL.search(v[0])):
        # "at the European Convention Center Xcity": a venue its city's name closes
        city = _city_not_state(tm[1], prefer)
        if city is not None and city.population >= 50_000:
            return city  # (a small namesake town is more likely a wing's or annex's name)
    if v and m is None and lm is None and (hm := _CITY_HOTEL.match(v[0])):
        # "at the Xcity Hotel": a hotel named by its capital's name, in a country the text names (a hotel
        # named after a smaller town, or a chain's, is no clue to where it stands)
        state = capital_country(hm[1])
        city = capital_city(state) if state in prefer else None
        if city is not None:
            return city
    if m is None and ", " in s.text and "at " in s.text:
        # "at the Grand Crown, Cityname, on 19 May": a venue with no building word, then its city
        m = next((x for x in _AT_NAME_CITY.finditer(doc.text, s.start, s.end)), None)
    if m is None and "at the " in s.text:
        # "at the Grand Crown Cityname on 19 May": a venue's proper name its city's name closes
        for nm in _AT_NAME_TAIL.finditer(doc.text, s.start, s.end):
            words = nm[1].split()
            for n in (2, 1):
                city = _city_not_state(" ".join(words[-n:]), prefer) if len(words) > n else None
                if city is not None and city.population >= 50_000:
                    return city
    if m is None:
        return None
    return _city_not_state(m[1], prefer)  # "at the X Hotel, Country": no city unless a city-state


def _city_not_state(name: str, prefer: frozenset[str]) -> City | None:
    """The city a name gives; a country's name only when it is a city-state ("Singapore")."""
    city, state = find_city(name, prefer), country_of(name)
    return city if city is not None and (state is None or state == city.country) else None


# "Cityname's Grand Hotel": a building named with the city that owns it
_CITY_VENUE = guarded(
    re.compile(
        r"\b([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)(?:'s|’s)\s+(?:[A-Z][\w'’.-]*\s+){0,3}"
        r"(?:Hotel|Resort|Palace|Hall|Centre|Center|House|Castle|Villa|Lodge)\b"
    )
)
# "the Xcity Convention Centre", "the Xcity International Conference Hall": up to two words, then more
# capitalised words and the building word the venue ends on
_CITY_LED = re.compile(
    r"(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:[A-Z][\w'’-]*\s+){0,3}?"
    r"(?:Convention|Conference|Exhibition|Congress|International|Expo)\b"
)
# "the X Convention Center Xcity", "the Hotel Xcity": the building word, then the city's name ending the venue
_CITY_TAIL = re.compile(r"\b(?:Hotel|Centre|Center|Hall|Palace)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)$")
# "the Xcity Hotel": a city's name (one or two words) right before "Hotel"
_CITY_HOTEL = re.compile(r"(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+Hotel$")
# "Port of X", "Villa de Y": a lowercase particle inside a city's name
_CITY_NAME = r",\s+([A-Z][\w'’-]+(?:\s+(?:(?:of|de|da|do|del|di|la|el|al)\s+)?[A-Z][\w'’-]+)?)"
_COMMA_CITY = re.compile(
    # "at the X House, Central Business District, Cityname,": a district or street between venue and city
    r"(?:,\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:District|Area|Quarter|Zone|Road|Street|Avenue|Boulevard)\b)?"
    + _CITY_NAME
    + r"(?=,|\s+(?:from|on|in|to)\b|\.|;|\s*$)"
)
# "at the Grand Crown, Cityname, on 19 May": a venue's proper name (no building word), its city, a day
_AT_NAME_CITY = re.compile(
    r"\bat\s+(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}" + _CITY_NAME + r"(?=,?\s+(?:on|from)\s)"
)

# "at the Grand Crown Cityname on 19 May": a venue's capitalised name, its last words the city, then a day
_AT_NAME_TAIL = re.compile(r"\bat\s+the\s+([A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){1,4})(?=,?\s+(?:on|from)\s)")


# an advisory's logistics block: "Where: X Building, Cityname, room 3", "VENUE: Hotel Y, Cityname"
_LABELS = ("Where:", "WHERE:", "Venue:", "VENUE:", "Location:", "LOCATION:")


def label_city(body: list[Sentence], prefer: frozenset[str]) -> City | None:
    """The city a "Where:" or "Venue:" line of an advisory names among its comma-separated parts."""
    for x in body[:12]:
        text = x.text.lstrip()
        if not text.startswith(_LABELS):
            continue
        field = text.split(":", 1)[1]
        head, bracket, inner = field.partition("(")
        # "Venue: Ministry of X (Ward, Cityname)": the bracket's parts, its last (the city) first
        parts = field.split(",")
        if bracket:
            parts = [*reversed(inner.partition(")")[0].split(",")), *head.split(",")]
        for part in parts:
            name = part.strip().rstrip(".")
            city = _city_not_state(name, prefer) if name[:1].isupper() else None
            if city and not is_region(name):
                return city
        return None
    return None


def venue_line_city(body: list[Sentence], prefer: frozenset[str]) -> City | None:
    """A meeting-information line of its own, "X Convention Center Smallcity, Smallcity" or "Y Palace,
    Cityname, Country": the city after the comma that closes a venue named by its building word; or a
    postal address's town ("X Headquarters, 12 Y Avenue, Cityname, ST 20036")."""
    for x in body[:10]:
        text = x.text.strip()
        if ", " not in text or text.endswith((".", ":", "!", "?")) or len(text) > 90:
            continue
        if (am := _ADDRESS_CITY.search(text)) and (city := find_city(am[1], prefer)):
            return city  # "X Headquarters, 12 Y Avenue NW, Cityname, DC 20036": a postal address's town
        head, _, rest = text.partition(", ")
        if not _LINE_VENUE.search(head) or not head[:1].isupper():
            continue
        parts = [p.strip() for p in rest.split(",")]
        if len(parts) > 2 or not all(_CAP_RUN.fullmatch(p) for p in parts):
            continue  # a list or a sentence, not "Venue, City[, Country]"
        city = _city_not_state(parts[0], prefer)
        if city is None or is_region(parts[0]):
            continue
        if len(parts) == 2 and country_of(parts[1]) not in (None, city.country):
            continue
        return city
    return None


# a street address's town before its state and postcode: "..., 1616 X Avenue NW, Cityname, DC 20036"
_ADDRESS_CITY = re.compile(
    r"\d[^,]*,\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?),\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?$"
)
# a venue's building word; not a ministry or an office, whose line is a letterhead
_LINE_VENUE = re.compile(
    r"\b(?:Hotel|Palace|Hall|Center|Centre|Convention|Conference|Resort|Castle|Building|House)\b"
)
_CAP_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")


# "at the presidential retreat in Xstate's Y Mountains", "the leaders' retreat in Xstate": a venue placed in a
# region of its own, away from any city the text names
_VENUE_IN_REGION = guarded(
    re.compile(
        r"\b(?:at|to)\s+(?:the|a|an|its|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?"
        r"(?:retreat|residence|estate|compound|lodge|ranch|manor)\s+in\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    )
)


def venue_in_region(doc: Doc, s: Sentence, body: list[Sentence]) -> bool:
    """The main sentence names a venue ("at Camp Y") and the lead places a retreat or residence in a region
    ("at the presidential retreat in Xstate's Z Mountains"): the venue lies outside the dateline's city."""
    if venue_in(doc.text, s.start, s.end) is None:
        return False
    for x in body:
        if abs(x.index - s.index) > 4:
            continue
        for m in _VENUE_IN_REGION.finditer(doc.text, x.start, x.end):
            region = re.sub(r"['’]s$", "", m[1].split()[0])
            if is_region(region) and find_city(region) is None and not country_of(region):
                return True
    return False
