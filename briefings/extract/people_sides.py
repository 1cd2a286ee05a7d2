"""Sides of a delegation list: "A, T1, and B, T2, attended from the Japanese side", "From Xland, A, T1, and
from Yland, B, T2, will attend"."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.people import People
from briefings.extract.sentences import Doc

_BY = re.compile(r"\s*,?\s*by\s+(?:the\s+)?")
_LEADING = re.compile(r"(?:(?:then|former|acting)\s+)?")  # "by then Deputy Prime Minister A"
# "from the Xish side, A ...": the side's phrase opens its list
_OPENS = re.compile(r"\s*,\s*(?!(?:and|while|but|as|who|which|where)\b)")
_FROM_STATE = re.compile(r"\b[Ff]rom\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?=\s*,)")
_SIDE_OF = re.compile(r"\b(?:[Ff]rom|[Oo]n|[Ff]or)\s+the\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+side\b")


def sides_of(doc: Doc, people: People) -> None:
    """ "A, T1, and B, T2, attended from the Japanese side": the country of everyone listed before it (of
    the one named after it in "led on the Japanese side by A")."""
    for s in doc.sentences:
        start = s.start
        found = list(_SIDE_OF.finditer(doc.text, s.start, s.end)) if "side" in s.text else []
        if not found and s.text.count("rom ") >= 2:
            # "From Xland, A, T1, and B, T2, and from Yland, C, T3, will attend": two sides' lists
            bare = [m for m in _FROM_STATE.finditer(doc.text, s.start, s.end) if country_of(m[1])]
            found = bare if len(bare) >= 2 else []
        for k, m in enumerate(found):
            country = country_of(m[1])
            by = _BY.match(doc.text, m.end(), s.end)
            if country and _OPENS.match(doc.text, m.end()) and not people.at(start, m.start()):
                # "From the Xish side, A, T1, and B, T2, will attend, and from the Yish side, C": no one named
                # before it, the list after it is the side's
                start = found[k + 1].start() if k + 1 < len(found) else s.end
                for _, rec in people.at(m.end(), start):
                    rec.country = rec.country or country
                continue
            if country and by:
                # "co-chaired on the Xish side by A": A is Xland's, not the people named before it
                after = people.at(by.end(), s.end)
                if after and _LEADING.fullmatch(doc.text, by.end(), after[0][0].span_start):
                    after[0][1].country = after[0][1].country or country
            elif country:
                for _, rec in people.at(start, m.start()):
                    rec.country = rec.country or country
            start = m.end()
