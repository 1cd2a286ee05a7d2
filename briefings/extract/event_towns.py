"""Which named city is the main event's: a named gathering's city that is the main event's own or
another's ("the Shangri-La Dialogue in Singapore" / "ahead of the G20 Summit in X"), and a release's date
line ("Paris, 28 May 2031") beside a meeting sentence that names where the meeting was; a town a sentence
only describes ("the lakeside town"), named a sentence before; the city a guest is "arriving in"; the
lead's city under a headline line that dates the meeting."""

from __future__ import annotations

import re

from briefings.extract.dates import DateMention
from briefings.extract.event_names import proper_name
from briefings.extract.event_spans import NOUN
from briefings.extract.event_venues import venue_city
from briefings.extract.gazetteer import City, capital_city, country_of, find_city
from briefings.extract.places import cities_in
from briefings.extract.regex_guard import guarded
from briefings.extract.regions import is_region
from briefings.extract.sentences import Doc, Sentence

# "ahead of the G20 Summit in X": the city of another, named gathering
OTHER_EVENT_IN = re.compile(
    r"\b(?P<n>[A-Z][\w-]*\s+(?:Summit|Forum|Conference|Meeting|Dialogue|Games|Congress|Assembly|Ministerial))"
    # "the X Summit, which will be held in Y next year": its city given in a relative clause
    # "the X Summit, which Y will host in Z later this year": a host named in the clause
    r"(?:,?\s+(?:which|that)\s+(?:(?:the\s+)?[A-Z][\w'’.-]*\s+){0,3}?will\s+(?:be\s+held|take\s+place|host)"
    r"|\s+(?:to|due\s+to|set\s+to)\s+be\s+held)?"
    r"\s+(?:in|at)\s+$"
)
# "... review preparations for the X Summit": a later gathering the talks prepare, not theirs
_ANCHORED = re.compile(
    r"\b(?:ahead\s+of|before|after|following|since|last|preparations?\s+for)\s+(?:the\s+)?$", re.I
)


def _anchored(text: str, name: str) -> bool:
    """The name is another gathering the sentence dates its meeting by ("ahead of the NATO Summit")."""
    at = text.find(name)
    return at >= 0 and bool(_ANCHORED.search(text, max(0, at - 25), at))


def own_gathering(s: Sentence, lead: list[Sentence]) -> str:
    """The proper name of the main event's gathering ("on the sidelines of the X Dialogue"), or ""."""
    return next((p for x in [s, *lead] if (p := proper_name(x.text)) and not _anchored(x.text, p)), "")


def other_event_in(text: str, start: int, at: int, own: str) -> bool:
    """text[at] is the city of a named gathering ("ahead of the G20 Summit in X") other than the main one."""
    m = OTHER_EVENT_IN.search(text, start, at)
    return m is not None and not (own and m["n"] in own)


def title_town(
    town: str | None, dm: DateMention | None, cities: list[tuple[City, int, int]], prefer: frozenset[str]
) -> str | None:
    """The town of a title line, unless it is a known city's date line of one day ("Paris, 28 May 2031")
    over a meeting sentence naming another city ("held talks on 28 May in Jakarta")."""
    if (
        town
        and dm
        and not dm.end_date
        and cities
        and cities[0][0].name != town
        and find_city(town, prefer) is not None
    ):
        return None
    return town


# "will meet in the lakeside spa town from 14 June": a town the sentence names only by its description
_THE_TOWN = guarded(
    re.compile(
        r"\b(?:in|to|at)\s+the\s+(?:[a-z-]+\s+){0,3}?(?:town|city|village|resort|port|island)\b(?!\s+of\b|-)"
    )
)
# "next week's summit in Smalltown-les-Bains": the gathering named with its town a sentence before
_NAMED_IN = re.compile(
    rf"\b(?i:{NOUN})\s+(?:in|at)\s+((?:(?:La|Le|Les|El|San|Santa|Saint|St\.?)\s+)?[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[\w'’]+)*"
    r"(?:\s+[A-Z][\w'’]*){0,2})"
)


def described_town(s: Sentence, before: list[Sentence]) -> tuple[str, int] | None:
    """The town a meeting sentence names as "the lakeside town", read from the gathering a sentence or two
    before names in it ("the summit in Smalltown ... Leaders will meet in the spa town on 14 June")."""
    if not _THE_TOWN.search(s.text):
        return None
    for x in sorted(before, key=lambda y: -y.index):
        if not 0 < s.index - x.index <= 2:
            continue
        for m in _NAMED_IN.finditer(x.text):
            if not (country_of(m[1]) or is_region(m[1]) or m[1] in _NOT_PLACES):
                return m[1], x.start + m.start(1)
    return None


_NOT_PLACES = frozenset(
    {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October"}
    | {"November", "December", "Europe", "Asia", "Africa", "America", "Oceania", "Indo-Pacific", "Pacific"}
)


# "Before arriving in Ycity, the President will visit Smalltown": the city the guest's visit is made to
_ARRIVING_IN = re.compile(r"\b(?:[Bb]efore|[Aa]fter|[Uu]pon|[Oo]n)\s+arriving\s+in\s+(?=[A-Z])")


def arrival_city(doc: Doc, body: list[Sentence], prefer: frozenset[str]) -> City | None:
    """The city a visit named only by its venue is made to, where the text has the guest arriving in it."""
    for x in body:
        if "arriving" not in x.text:
            continue
        for m in _ARRIVING_IN.finditer(doc.text, x.start, x.end):
            found = cities_in(doc.text, m.start(), min(x.end, m.end() + 40), prefer)
            if found and found[0][1] == m.end():
                return found[0][0]
    return None


def lead_city(doc: Doc, body: list[Sentence], s: Sentence, prefer: frozenset[str]) -> City | None:
    """A headline or standfirst line dates the meeting and names no place: the city the first prose
    sentence under it names, or the city its venue is named with ("Brussels to press Beijing at July 24
    meeting" / "... will travel to Y")."""
    prose = next((x for x in body if x.text.rstrip().endswith(".") and len(x.text) > 60), None)
    if prose is None or prose.index <= s.index:
        return None
    found = cities_in(doc.text, prose.start, prose.end, prefer)
    # "X will host the meeting ... at the Grand Hotel, Cityname": the city its venue is named with
    return found[0][0] if found else venue_city(doc, prose, prefer)


# "leaders will gather in Xland next week", "the talks will be held in Xland": the country a gathering is in
_GATHER_IN = re.compile(
    r"\b(?:gather|meet|convene|be\s+held|take\s+place|hold\s+(?:their|its|a|an|the)\s+(?:\w+\s+){0,2}?"
    rf"(?i:{NOUN}))\s+in\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})"
)
# "in Smalltown, the main town of ...", "in Smalltown, the island's capital": a town the text describes
_DESCRIBED_IN = re.compile(
    r"\bin\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:town|city|capital|village|port|seat)\b"
)


def gathering_country(doc: Doc, s: Sentence) -> str | None:
    """The country a gathering is held in, as the sentence names it ("will gather in Xland next week")."""
    if " in " not in s.text:
        return None
    for m in _GATHER_IN.finditer(doc.text, s.start, s.end):
        words = m[1].split()
        for k in range(len(words), 0, -1):
            country = country_of(" ".join(words[:k]))
            if country:
                city = find_city(" ".join(words[:k]))
                return None if city and city.country == country else country  # a city-state is a city
    return None


def country_town(
    doc: Doc, body: list[Sentence], s: Sentence, country: str, prefer: frozenset[str]
) -> tuple[str, City | None] | None:
    """The town of `country` the two sentences after s name for the gathering: a known city of it, or a
    town described after a comma ("runs from Tuesday in Smalltown, the main town of the nation")."""
    for x in body:
        if not s.index <= x.index <= s.index + 2:
            continue
        for c, _, _ in cities_in(doc.text, x.start, x.end, prefer):
            if c.country == country:
                return c.name, c
        for m in _DESCRIBED_IN.finditer(doc.text, x.start, x.end):
            town = m[1]
            if not (country_of(town) or is_region(town) or town in _NOT_PLACES or find_city(town, prefer)):
                return town, None
    return None


# "will meet in the Xish capital on 20 May": a capital named by its country's adjective alone
_BARE_CAPITAL = re.compile(r"\b(?:in|to)\s+the\s+([A-Z][\w'’-]+)\s+capital\b(?!,?\s+[A-Z])")
_COMING = re.compile(r"\b(?:will|to\s+be\s+held|is\s+due|are\s+due|is\s+set|are\s+set)\b")


def capital_named(doc: Doc, sentences: list[Sentence]) -> City | None:
    """The capital a coming meeting's sentence names only as "the Xish capital" (its country's capital)."""
    for x in sentences:
        if "capital" not in x.text or not _COMING.search(x.text):
            continue
        for m in _BARE_CAPITAL.finditer(doc.text, x.start, x.end):
            country = country_of(m[1])
            city = capital_city(country) if country and not is_region(m[1]) else None
            if city is not None:
                return city
    return None


def travel_town(doc: Doc, s: Sentence) -> tuple[str, str | None] | None:
    """ "will travel to Smalltown next week to attend the X Meeting, hosted by Yland ... While in Smalltown":
    a town the gazetteer lacks that the main sentence travels to and the text places someone "in" again,
    with the country that hosts it (or the one the travel's title line names), if any."""
    if "to " not in s.text:
        return None
    m = _TRAVEL_TOWN.search(doc.text, s.start, s.end)
    if m is None:
        return None
    town = m["t"]
    if (
        country_of(town)
        or find_city(town)
        or is_region(town)
        or town.isupper()
        or town in _NOT_TOWN_WORDS
        or not _named_in(doc.text, town, m.end("t"))
    ):
        return None
    host = _HOSTED_BY.search(doc.text, m.end("t"), s.end)
    return town, country_of(host[1]) if host else None


def _named_in(text: str, town: str, after: int) -> bool:
    """The text places something "in Town" again after `after` ("While in Smalltown, ...")."""
    for cue in ("in ", "In "):
        i = text.find(cue + town, after)
        end = i + len(cue) + len(town)
        if i >= 0 and not text[i - 1 : i].isalpha() and not text[end : end + 1].isalpha():
            return True
    return False


_TRAVEL_TOWN = re.compile(
    r"\btravel(?:s|ling|ing)?\s+to\s+(?P<t>[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*(?:\s+[A-Z][\w'’]*)?)"
    r"(?=\s+(?:next|this|on|from|to\s+attend|for\s+the)\b)"
)
_HOSTED_BY = re.compile(r"\bhosted\s+by\s+(?:the\s+)?([A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?)")
_NOT_TOWN_WORDS = frozenset({"Parliament", "Congress", "Europe", "Asia", "Africa", "Headquarters"})
