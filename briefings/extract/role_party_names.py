"""A party's name written before a title that opens with "Party": "Communist Party General Secretary A"."""

from __future__ import annotations

import re

from briefings.extract.people import People

# the words that name a party before "Party" ("the Communist Party", "the Workers' Party", "Labour Party")
_PARTY_NAME = re.compile(
    r"\b(Communist|Socialist|Workers['’]|People['’]s|Labou?r|Conservative|Liberal|Democratic|Republican|Green)"
    r"\s+$"
)


def party_names(text: str, people: People) -> None:
    """ "Communist Party General Secretary A": the party's name opens the title ("Party General Secretary"
    alone is read, the name being no title word)."""
    for rec in people.recs:
        if not rec.role or not rec.role.startswith("Party "):
            continue
        for m in rec.mentions:
            if m.role != rec.role or text[m.span_start : m.span_start + 6] != "Party ":
                continue
            name = _PARTY_NAME.search(text, max(0, m.span_start - 16), m.span_start)
            if name:
                rec.role = f"{name[1]} {rec.role}"
                break
