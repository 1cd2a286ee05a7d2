"""An official's post named by its portfolio after a name: "A, the Xland Foreign Ministry's senior
official for Yland," / "A, a top official for Asia," (an official over a named region or country is a title;
a bare "a senior official" is not)."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.role_scan import Title
from briefings.extract.tokens import INSTITUTIONS, Tok

# "the [Owner's] [grade] official for <Capitalised field>"; the owner ends on a possessive
_OFFICIAL_FOR = re.compile(
    r"(?:(?:the|an?)\s+)?"
    r"(?P<owner>[A-Z][\w.'’-]*?(?:\s+[\w.'’-]+?){0,4}?['’]s\s+)?"
    r"(?P<role>(?:(?:senior|top|high-ranking|ranking|chief|lead|principal)\s+)?official\s+(?:for|on)\s+"
    r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})"
)
_POSSESSIVE = re.compile(r"['’]s\s*$")


def _owner_country(owner: str) -> str | None:
    """The country an owner names: its opening country words ("U.S. State Department") or itself."""
    words = _POSSESSIVE.sub("", owner).split()
    for n in range(len(words), 0, -1):
        place = country_of(" ".join(words[:n]))
        if place:
            return place
    return INSTITUTIONS.get(" ".join(words).lower())


def official_for(toks: list[Tok], k: int, text: str) -> Title | None:
    """ ", the Xland Foreign Ministry's senior official for Yland,": the post and the owner's country."""
    if k >= len(toks) or not (toks[k].low in ("the", "a", "an") or toks[k].cap):
        return None
    m = _OFFICIAL_FOR.match(text, toks[k].start, toks[-1].end)
    if m is None or (toks[k].cap and not m["owner"]):
        return None  # no article: only a possessive owner opens it ("Xland's senior official for Y")
    country = _owner_country(m["owner"]) if m["owner"] else None
    end = m.end("role")
    nxt = next((i for i, t in enumerate(toks) if t.start >= end), len(toks))
    return Title(m.start("role"), end, toks[k].start, country, nxt)
