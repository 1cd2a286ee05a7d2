"""A person the text titles only by the office they will hold in another's absence ("Hon A will be Acting
Minister of X in his absence", "B is the acting Prime Minister"): that office is their role."""

from __future__ import annotations

import re

from briefings.extract.people import People
from briefings.extract.roles import HEADS

# the verb and the acting office right after the name (its title words: capitalised, joined by of/for/and)
_ACTING = re.compile(
    r"\s*,?\s+(?:will\s+be|is|becomes|will\s+serve\s+as|serves\s+as|has\s+been\s+named)\s+(?:the\s+)?"
    r"(?P<role>[Aa]cting\s+[A-Z][\w'’-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’-]*))*)"
)
_TRAILING = re.compile(r"(?:\s+(?:of|for|and|the))+$")


def acting_offices(text: str, people: People) -> None:
    """The acting office of a person no rule gave a role, named right after their name."""
    if "cting " not in text:
        return
    for rec in people.recs:
        if rec.role:
            continue
        for m in rec.mentions:
            am = _ACTING.match(text, max(m.end, m.tail_end), m.sentence.end)
            if am is None:
                continue
            role = _TRAILING.sub("", am["role"])
            if any(w.lower() in HEADS for w in role.split()[1:]):  # "Acting Minister of X": an office
                rec.role = role
                break
