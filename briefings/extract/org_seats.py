"""The seats of international organisations: a city where an organisation it hosts is named beside it is
that organisation's meeting place, no host state's ("talks with the EU in Brussels", "the IAEA's board in
Vienna"), and so is a meeting held at an organisation's headquarters: the seat's state is no party to the
meeting, nor the country of the people met there."""

from __future__ import annotations

import re

from briefings.extract.org_names import ORGANISATIONS
from briefings.extract.sentences import Sentence

# seat -> the names its organisations go by in texts
_SEATS: dict[str, tuple[str, ...]] = {
    "Brussels": ("EU", "E.U.", "European Union", "European Commission", "European Council", "NATO", "EEAS"),
    "Geneva": ("UN", "U.N.", "United Nations", "WTO", "World Health Organization", "Human Rights Council"),
    "New York": ("UN", "U.N.", "United Nations", "Security Council", "General Assembly"),
    "Vienna": ("UN", "U.N.", "United Nations", "OSCE", "IAEA", "CTBTO", "OPEC"),
    "The Hague": ("OPCW", "ICC", "ICJ", "International Criminal Court", "International Court of Justice"),
    "Strasbourg": ("Council of Europe", "European Parliament", "European Court of Human Rights"),
    "Addis Ababa": ("AU", "African Union"),
}
_NAMED = {
    city: re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])")
    for city, names in _SEATS.items()
}


def seat_named(city: str, sentence: str) -> bool:
    """The city is the seat of an organisation the sentence names ("the EU ... in Brussels")."""
    pattern = _NAMED.get(city)
    return pattern is not None and pattern.search(sentence) is not None


# "will be held at NATO headquarters (in Xcity)": the venue is an international organisation's seat
_ORG_SEAT = re.compile(
    r"\b(?:at|to)\s+(?:the\s+)?(?P<org>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})(?:'s|’s)?\s+(?:[Hh]eadquarters|HQ)\b"
    r"(?:\s+in\s+(?P<city>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?))?"
)


def held_at_seat(body: list[Sentence], city: str) -> bool:
    """The meeting is held at an international organisation's headquarters in the host city (or in a city
    not named there): its seat's state is no party to it, and no host of the people there."""
    for s in body:
        if "eadquarters" not in s.text and "HQ" not in s.text:
            continue
        for m in _ORG_SEAT.finditer(s.text):
            if m["org"] in ORGANISATIONS and (m["city"] is None or m["city"] == city):
                return True
    return False
