"""A title, then the ministry it serves in, then the name: "Secretary (West) in the Ministry of External
Affairs A", "Joint Secretary at the Xland Foreign Ministry B" (the ministry gives the country and is no part
of the title)."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.mentions import Mention
from briefings.extract.roles import HEADS
from briefings.extract.sentences import Sentence
from briefings.extract.tokens import INSTITUTIONS

_IN_BODY = re.compile(
    r"(?P<title>\b[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|for|\([A-Z][a-z]+\)))*?)\s+(?:in|at)\s+the\s+"
    r"(?P<body>(?:[A-Z][\w-]*\s+){0,3}(?:Ministry|Department)(?:\s+of(?:\s+[A-Z][\w-]*)+){0,2})\s+"
    r"(?:(?:Shri|Smt\.?|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+)?$"
)
_NAMED_FIRST = re.compile(r"^(?P<field>(?:[A-Z][\w-]*\s+){1,3})(?P<kind>Ministry|Department)$")


def _body_country(body: str) -> str | None:
    """The country of a ministry: its own ("Ministry of External Affairs", written either way round), or a
    country word in its name ("the Xland Foreign Ministry")."""
    named = _NAMED_FIRST.match(body)
    forms = [body.lower()]
    if named:  # "External Affairs Ministry" = "Ministry of External Affairs"
        forms.append(f"{named['kind']} of {named['field'].strip()}".lower())
    for f in forms:
        if f in INSTITUTIONS:
            return INSTITUTIONS[f]
    return next((c for w in body.split() if (c := country_of(w))), None)


def workplace_titles(text: str, sent: Sentence, ms: list[Mention]) -> None:
    """A name with no title after "<Title> in the <Ministry>": the title is its role, the ministry's
    country its country."""
    if " the " not in sent.text:
        return
    for m in ms:
        if m.role or len(m.tokens) < 2:
            continue
        hit = _IN_BODY.search(text, max(sent.start, m.span_start - 140), m.span_start)
        if hit is None:
            continue
        title = hit["title"]
        if not any(w.lower() in HEADS for w in title.split()):
            continue
        country = _body_country(hit["body"])
        if country is None:
            continue
        m.role, m.country = title, m.country or country
        if m.written == "?":
            m.written = text[m.start : m.end]
