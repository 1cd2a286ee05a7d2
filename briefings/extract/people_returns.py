"""A traveller's home from the text saying where they return to ("The Minister returns to Xland on ...")."""

from __future__ import annotations

import re

from briefings.extract.country_links import TRAVELS
from briefings.extract.gazetteer import country_of, find_city
from briefings.extract.homes import doc_countries, trip_countries
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.people import PersonRec
from briefings.extract.sentences import Doc

# "A returns to Xland", "The Minister will return home to Xcity", "he would return to Xcity on Tuesday"
_RETURNS = re.compile(
    r"(?P<subj>\b[Hh]e|\b[Ss]he|(?:\b[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+"
    r"(?:will\s+|would\s+|is\s+to\s+|is\s+due\s+to\s+|then\s+)?returns?\s+(?:home\s+)?to\s+"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)


_SENTENCE_END = re.compile(r"[.!?]\s*\n\s*")


def _refers(subj: str, rec: PersonRec, first: bool) -> bool:
    """The subject names the person: their surname, or (for the text's first person) a pronoun or "the"
    and the last word of their title."""
    words = subj.split()
    if rec.surname in words:
        return True
    if not first or not rec.role:
        return False
    if words[0].lower() in ("he", "she"):
        return True
    return words[0].lower() == "the" and len(words) >= 2 and words[-1] == rec.role.split()[-1]


def _country(place: str) -> str | None:
    """The state a place names: a country, or the country of a city."""
    words = place.split()
    for k in range(len(words), 0, -1):
        name = " ".join(words[:k])
        c = country_of(name)
        if c:
            return c if c not in ORGANISATION_NAMES else None
        city = find_city(name)
        if city is not None:
            return city.country
    return None


def return_home(doc: Doc, rec: PersonRec, first: bool) -> str | None:
    """The country the person is said to return to after a trip, when the text says so of them alone
    (first: the person is the text's principal, whom "he", "she" or "the Minister" may stand for)."""
    text = doc.text
    if "return" not in text:
        return None
    homes = set()
    for m in _RETURNS.finditer(text):
        # "... of Xland.\n\nThe President will return to Ycity": the subject starts after a sentence's end
        if _refers(_SENTENCE_END.split(m["subj"])[-1], rec, first):
            c = _country(m["place"])
            if c:
                homes.add(c)
    if len(homes) != 1:
        return None
    home = homes.pop()
    # "A will visit Xland ... will return to Xland in June": a second visit, not home
    return home if home not in trip_countries(doc, rec, TRAVELS, doc_countries(doc)) else None
