"""Towns the gazetteer does not know, named as where a meeting is held ("the X Meeting in Smalltown
from 3 to 5 May", "in Smalltown, Region, on Monday"), and the words that tell a town from a month,
a region or a venue."""

from __future__ import annotations

import re
from datetime import date

from briefings.extract.agenda import MONTH
from briefings.extract.dates import DateMention, find_dates
from briefings.extract.event_spans import NOUN
from briefings.extract.gazetteer import country_of, find_city
from briefings.extract.places import UPPER, city_after_district
from briefings.extract.regex_guard import by_first_letter, guarded
from briefings.extract.regions import NORTH_AMERICA_ABBREVS, is_region, region_abbrev_country
from briefings.extract.sentences import Doc, Sentence

BEARINGS = frozenset(
    {"North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western"}
)


def meeting_town(doc: Doc, s: Sentence, dm: DateMention | None, ref: date) -> tuple[str, int] | None:
    """The main sentence's unknown town, else one in the next sentences that give the main event's days ("X
    Summit (November 3-4)" over "The Summit will be held in Smalltown, Region, on 3-4 November")."""
    if (found := unknown_town(doc, s)) or dm is None:
        return found
    own = (dm.date, dm.end_date)
    for x in doc.sentences[s.index + 1 : s.index + 4]:
        # the days first: the town cues are the dearer read (several patterns over the sentence)
        if any((d.date, d.end_date) == own for d in find_dates(doc.text, x.start, x.end, ref)) and (
            found := unknown_town(doc, x)
        ):
            return found
    return None


def unknown_town(doc: Doc, s: Sentence) -> tuple[str, int] | None:
    """ "the X Meeting in Smalltown from 3 to 5 May", "will host it in Smalltown, Region, from 3 May", "at
    the Y hotel in Small Town, Island": a town the gazetteer does not know, named as where a meeting is held
    (a name that is no country, city, month, organisation or building)."""
    for rx in _TOWN_CUES:
        for m in rx.finditer(doc.text, s.start, s.end):
            town = m["t"]
            if (
                country_of(town)
                or find_city(town)
                or is_region(town)  # "the retreat in Maryland": a state, not a town
                or town.split()[-1] in NOT_TOWNS
                or town.split()[0] == "Camp"  # "at Camp X, City": a camp is a venue
                or (rx is VENUE_IN_TOWN and town.split()[0] in BEARINGS)  # "in West Java": a region
                or town.isupper()
                or VENUE_WORD.search(town)
                # "in Yongsan, Seoul": a district of the big city after it, which is the place
                or city_after_district(doc.text, m.end("t"), town, frozenset()) is not None
            ):
                continue
            return town, m.start("t")
    return None


NOT_TOWNS = frozenset(
    {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October"}
    | {"November", "December", "Europe", "Asia", "Africa", "America", "Oceania", "Indo-Pacific", "Pacific"}
    | {"Atlantic", "Arctic", "Person", "Parliament", "Congress", "Council"}
)
# (a town may open with an accented capital: "Ærøbing", "Évian-les-Bains")
_TOWN_WORD = rf"(?:(?:La|Le|Les|El|San|Santa|Saint|St\.?)\s+)?{UPPER}[\w'’]*(?:-{UPPER}[\w'’]*)*"
# "Smalltown am Fluss", "Smalltown u Bigtown", "Smalltown an der Y": a lower-case link to a river or a town
_TOWN_LINK = rf"(?:\s+(?:u|am|an\s+der|im|ob\s+der|bei|nad|pod|upon|sur)\s+{UPPER}[\w'’]*)?"
# "Smalltown", "Small Town", "Saint Small Town"
_TOWN = rf"(?P<t>{_TOWN_WORD}(?:\s+{UPPER}[\w'’]*){{0,2}}{_TOWN_LINK})"
TOWN_HEAD = rf"(?P<t>{_TOWN_WORD}(?:\s+{UPPER}[\w'’]*)?)"  # a headline's words are capitalised: two at most
_MEETING_IN_TOWN = re.compile(
    rf"\b(?i:{NOUN})(?:\s+of\s+(?:the\s+)?[a-z][\w-]*(?:\s+[\w-]+){{0,7}}?)?"
    # "the X Meeting to be held in Smalltown on 25 May", "the summit, which will be held in Smalltown"
    # "the X Meeting will be held in Smalltown from 10 to 14 August": the meeting's own clause
    r"(?:,?\s+(?:(?:which|that)\s+will\s+be|to\s+be|being|will\s+be|is\s+(?:to\s+be|being))\s+held)?\s+in\s+"
    rf"{_TOWN}"
    r"(?=,|\s+(?:from|on|this|next)\b|\s*\(|\.\s|\.?$)"
)
# "when leaders gather in Smalltown from 8 to 11 September", "will meet in Smalltown on Monday": a gathering's
# verb, the town, then its day
_GATHER_IN_TOWN = re.compile(
    r"\b(?:gather|gathers|gathering|meet|meets|convene|convenes|assemble|assembles)\s+in\s+"
    rf"{_TOWN}\s+(?:from|on)\s+(?:the\s+)?(?:\d|[A-Z][a-z]+day\b|{MONTH}\s+\d)"
)
# "will host his counterparts in Smalltown, south-east of Bigcity, on 25 May", "meet in Smalltown, a spa town
# in the hills": a town placed by its bearing from a city or described as a town, where a meeting is held
_DESCRIBED_TOWN = re.compile(
    rf"\b(?:host|hosts|hosting|hold|holds|meet|meets|gather|gathers|convene|convenes|(?i:{NOUN}))\b"
    rf"[^,.;:()]{{0,60}}?\bin\s+{_TOWN},\s+(?:"
    r"(?:(?:some|about|around|roughly)\s+)?(?:\d[\d,]*\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|outside|near)\s+[A-Z]|"
    r"an?\s+(?:[a-z-]+\s+){0,2}(?:town|village|resort|spa)\b)"
)
# a town named with its region: "host the summit in Smalltown, Region, from 3 May", "at the X hotel in
# Smalltown, Island", "gather at Smalltown, in Country's southern Y region"; a list ("in A, B and C") is not
_PLACED_TOWN = re.compile(
    r"\b(?:(?:host|hosts|hosting|hold|holds|held|gather|gathers|meet|meets|convene|convenes|hotel|resort|"
    rf"centre|center|venue)\s+(?:it\s+|them\s+)?(?:in|at)|[Aa]t)\s+{_TOWN},\s+"
    r"(?:in\s+(?:the\s+)?[A-Z][\w'’]*(?:'s|’s)?\s+(?:[a-z]+\s+){0,2}(?:[A-Z][\w'’-]*\s+)?"
    r"(?:region|province|prefecture|state|island|county|district|coast)\b|"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?=,\s+[a-z]|,?\s+(?:from|on|this|next|to|for)\b|\s*\(|\.\s|\.?$))"
)
# "will co-chair the commission ... in Smalltown, Region, on Monday": a town, its region, then the day
_TOWN_REGION_DAY = re.compile(
    rf"\b[Ii]n\s+{_TOWN},\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,?\s+"
    # "in Smalltown, Region, for the annual X Meeting on 24 and 25 June": the meeting between town and day
    r"(?:for\s+(?:the\s+|an?\s+)?[\w'’-]+(?:\s+[\w'’–-]+){0,8}?\s+)?"
    r"(?:(?:on|from)\s+[A-Z0-9]|(?:this|next)\s+[a-z])"
)
# "welcome the leaders to Smalltown, Alta., from 15 to 17 June": a town under its region's news-style
# abbreviation (North American states and provinces), then the day
_REGION_ABBR = "|".join(re.escape(a) for a in sorted(NORTH_AMERICA_ABBREVS, key=len, reverse=True))
_TOWN_ABBR_DAY = re.compile(
    rf"\b(?:[Ii]n|to|[Aa]t)\s+{_TOWN},\s+(?:{_REGION_ABBR}),?\s+(?:(?:on|from)\s+[A-Z0-9]|(?:this|next)\s+[a-z])"
)
# "will take place on 13-14 June at the State Palace in Smalltown, co-organised by ...": a town after a venue
VENUE_IN_TOWN = re.compile(
    r"\b(?:Palace|Hotel|Hall|Centre|Center|House|Resort|Building|Castle|Chateau|Château|Abbey)\s+in\s+"
    rf"{_TOWN}(?=,|\s+(?:from|on|this|next)\b|\s*\(|\.\s|\.?$)"
)
# behind a lookahead of their first characters, those opening with a word also regrouped by its first letter
# (regex_guard: same matches; sre skips the other positions in one step or scans for the letters in C)
_MEETING_IN_TOWN, _DESCRIBED_TOWN, _TOWN_REGION_DAY, _GATHER_IN_TOWN = (
    guarded(p) for p in (_MEETING_IN_TOWN, _DESCRIBED_TOWN, _TOWN_REGION_DAY, _GATHER_IN_TOWN)
)
_PLACED_TOWN, _TOWN_ABBR_DAY, VENUE_IN_TOWN = (
    by_first_letter(guarded(p)) for p in (_PLACED_TOWN, _TOWN_ABBR_DAY, VENUE_IN_TOWN)
)
_TOWN_CUES = (
    _MEETING_IN_TOWN,
    _PLACED_TOWN,
    _TOWN_REGION_DAY,
    _DESCRIBED_TOWN,
    _TOWN_ABBR_DAY,
    VENUE_IN_TOWN,
    _GATHER_IN_TOWN,
)
_ABBR_AFTER_COMMA = re.compile(rf",\s+({_REGION_ABBR})")


def abbr_town_country(text: str, start: int, end: int) -> str | None:
    """The country of a town the gazetteer lacks that a sentence places a meeting in under its region's
    news-style abbreviation ("welcome the leaders to Smalltown, Alta., from 15 June": Canada)."""
    if "." not in text[start:end] or _ABBR_AFTER_COMMA.search(text, start, end) is None:
        return None  # (every _TOWN_ABBR_DAY match holds an _ABBR_AFTER_COMMA one)
    m = _TOWN_ABBR_DAY.search(text, start, end)
    abbr = _ABBR_AFTER_COMMA.search(m[0]) if m else None
    return region_abbrev_country(abbr[1]) if abbr else None


VENUE_WORD = re.compile(
    r"\b(?:House|Palace|Hotel|Hall|Center|Centre|Building|Office|Residence|Castle|Convention|Museum|Villa|"
    r"Lodge|Club|Complex|Headquarters|Embassy|Ministry|Department)$"
)
