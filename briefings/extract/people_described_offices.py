"""An untitled person's office from the text's own description of its holder: "The Xish defence minister will
be on a visit", "Yland will host Xland's foreign minister", "the first visit by a Xish defence minister"."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.people import People, PersonRec
from briefings.extract.roles import portfolio
from briefings.extract.sentences import Doc

# a minister's office of one portfolio word, lower case or title case ("defence minister", "Foreign Minister")
_OFFICE = (
    r"(?P<office>(?i:foreign|defen[cs]e|finance|trade|interior|home|economy|energy|health)"
    r"\s+(?i:minister|secretary))"
)
_ADJ = r"(?:U\.S\.|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
# "the Xish defence minister", "a Xish foreign minister", "Xland's defense minister": no name after it
_DESCRIBED = re.compile(
    rf"\b(?:(?:[Tt]he|[Aa])\s+(?P<adj>{_ADJ})|(?P<poss>{_ADJ})['’]s)\s+{_OFFICE}\b(?![ \t]+[A-Z])"
)
# a military rank alone is no office: "his Xish counterpart General A", "The Xish defence minister"
_RANK = re.compile(
    r"(?i)^(?:(?:major|lieutenant|brigadier|rear|vice|air|field|senior)[\s-]+)?"
    r"(?:general|admiral|marshal|gen\.?|adm\.?)$"
)
_SINCE = re.compile(r"\bsince\s+$")  # "the first by a Xish foreign minister since A": a past holder
_HEADS = re.compile(r"(?i)\b(?:minister|secretary)\b")


def _country(words: str) -> str | None:
    """The country an adjective or a country's name gives ("New Zealand", "Xish"), or its last word's."""
    return country_of(words) or (country_of(words.split()[-1]) if " " in words else None)


def _untitled(text: str, rec: PersonRec) -> bool:
    """A person the text gives no office (no role, or a military rank alone), named outside a byline and
    never as a past holder ("since A")."""
    if rec.role is not None and not _RANK.match(rec.role):
        return False
    return not all(m.credit for m in rec.mentions) and not any(
        _SINCE.search(text, max(0, m.start - 8), m.start) for m in rec.mentions
    )


def described_offices(doc: Doc, people: People) -> None:
    """ "The Xish defence minister will ...": the one untitled person of Xland holds that office, when no
    one of Xland holds a minister's office of its portfolio."""
    text = doc.text
    if "inister" not in text and "ecretary" not in text:
        return  # the cheap test: no minister's office named
    for m in _DESCRIBED.finditer(text):
        country = _country(m["adj"] or m["poss"])
        if country is None:
            continue
        office = m["office"]
        family = portfolio(office)
        same = [r for r in people.recs if r.country == country]
        if any(r.role and _HEADS.search(r.role) and portfolio(r.role) == family for r in same):
            continue  # the holder is named with the title: the description is theirs
        free = [r for r in same if _untitled(text, r)]
        if len(free) == 1:
            free[0].role = " ".join(w[:1].upper() + w[1:] for w in office.split())
