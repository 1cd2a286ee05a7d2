"""The context `guess_countries` reads a document in (whose text it is, where the meeting is) and its
small predicates: the meeting "here" in the dateline's city, the place a traveller leaves the dateline's
country for, a place outside an issuer's own meeting, a byline writer."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from briefings.extract.gazetteer import country_of, place_country
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.people import PersonRec
from briefings.extract.regex_guard import guarded
from briefings.extract.sentences import Doc, Sentence

# "will hold talks here on Friday", "arrived here": the dateline's city is the meeting's place
_HERE = re.compile(r"\bhere\b(?!\s+(?:is|are|was|were|'s)\b)")


def held_here(doc: Doc) -> bool:
    """The lead puts the meeting in the dateline's city with the word "here"."""
    return any(" here" in s.text and _HERE.search(s.text) for s in doc.sentences[:4])


# "will leave for Xcity on Sunday", "departed for Yland": the place a traveller sets out for
_DEPARTS = guarded(
    re.compile(
        r"\b(?:leaves?|left|leaving|depart(?:s|ed|ing)?|heads?|headed|heading|(?:is|are|was|were)\s+bound)\s+"
        r"for\s+(?:the\s+)?(?P<p>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    )
)
_DEPART_WORDS = ("leav", "left", "depart", "head", "bound")  # every _DEPARTS match holds one of these


def departure_country(doc: Doc, home: str) -> str | None:
    """The one country other than the dateline's that the lead says someone leaves for ("SEOUL - A will leave
    for Xcity on Sunday": Xland's), else None."""
    found: set[str] = set()
    for s in doc.sentences[:6]:
        if " for " not in s.text or not any(w in s.text for w in _DEPART_WORDS):
            continue
        for m in _DEPARTS.finditer(s.text):
            words = m["p"].split()
            for k in range(len(words), 0, -1):  # the longest name first ("New York", not "New")
                place = place_country(" ".join(words[:k]))
                if place:
                    found.add(place)
                    break
    found.discard(home)
    return found.pop() if len(found) == 1 else None


# "Xland set to host Y ministers this week", "Yland will host the summit": a state named as the host
_HOSTS = re.compile(
    r"(?:[Tt]he\s+)?(?P<c>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:is\s+|are\s+|will\s+)?"
    r"(?:(?:set|due|poised|ready|preparing|expected|scheduled)\s+)?(?:to\s+)?[Hh]ost(?:s|ing)?\s"
)


def hosting_state(sents: list[Sentence]) -> str | None:
    """The state a headline or lead sentence opens with as the host ("Xland set to host the Y meeting")."""
    for s in sents[:3]:
        m = _HOSTS.match(s.text.lstrip()) if "host" in s.text or "Host" in s.text else None
        state = country_of(m["c"]) if m else None
        if state and state not in ORGANISATION_NAMES:
            return state
    return None


# "in the Xish Alpine resort of Ytown", "the Xish port city of Ytown": a town placed by its state's word
_DESCRIBED_TOWN = re.compile(
    r"\bthe\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:[A-Za-z-]+\s+){0,2}?(?:resort|town|city|village|port)\s+of\s+[A-Z]"
)
_TOWN_WORDS = ("resort of", "town of", "city of", "village of", "port of")


def described_town_state(sents: list[Sentence]) -> str | None:
    """The state whose word describes the first town a lead sentence names that way ("will meet in the
    Xish Alpine resort of Ytown": Xland), for a town the gazetteer does not know."""
    for s in sents:
        m = _DESCRIBED_TOWN.search(s.text) if any(w in s.text for w in _TOWN_WORDS) else None
        # "South Korean port city", "French Alpine resort": two words, else the first
        state = (country_of(m[1]) or country_of(m[1].split()[0])) if m else None
        if state and state not in ORGANISATION_NAMES:
            return state
    return None


# "welcome A to the White House", "talks at the Kremlin": a seat of government's building as the venue
_VENUE = re.compile(
    r"\b(?:to|at|in)\s+the\s+(White\s+House|Pentagon|Kremlin|Blue\s+House|Élysée(?:\s+Palace)?|"
    r"Elysee(?:\s+Palace)?|Malaca[ñn]ang(?:\s+Palace)?|Zhongnanhai)\b"
)
# by the building's first word
_VENUE_STATES = {
    "white": "United States",
    "pentagon": "United States",
    "kremlin": "Russia",
    "blue": "South Korea",
    "élysée": "France",
    "elysee": "France",
    "malacañang": "Philippines",
    "malacanang": "Philippines",
    "zhongnanhai": "China",
}


def venue_state(text: str) -> str | None:
    """The state whose seat of government a sentence names as the meeting's venue ("welcome A to the White
    House")."""
    m = _VENUE.search(text) if "the " in text else None
    return _VENUE_STATES[m[1].split()[0].lower()] if m else None


def foreign_place(ctx: CountryContext, host: str) -> bool:
    """The sentence's place is a country outside the parties of an issuer's own meeting (a release of Xland
    on Xland-Yland talks naming "the summit in Zcity" beside "a lunch hosted by A"): no host's country."""
    return bool(ctx.issuer and ctx.issuer in ctx.parties and host not in ctx.parties)


# "Opposition Leader", "shadow foreign secretary", "Conservative trade critic": the home politics
OPPOSITION = guarded(re.compile(r"\b(?:[Oo]pposition|[Ss]hadow|[Cc]ritic)\b"))


def writer_only(rec: PersonRec) -> bool:
    """A person named only in a byline or credit line ("By political reporter A"): no country is implied."""
    return all(m.credit for m in rec.mentions)


@dataclass
class CountryContext:
    """What the document says about whose text it is and where the meeting is."""

    issuer: str | None = None
    dateline: str | None = None
    host: str | None = None
    parties: list[str] = field(default_factory=list)
    agency: str | None = None  # the home of the national news agency of a wire story's dateline
    org: str | None = None  # the organisation whose release the text is (its dateline is its seat)
    ref: date | None = None  # the reference date (a city dated before it is a past meeting's)

    @property
    def own_org(self) -> str | None:
        """The organisation whose own release the text is when no state issues it: its staff are its own."""
        return None if self.issuer else self.org
