"""A person's country from the position they will state: "Minister A will convey Xland's position"."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.people import People

# "A intends to firmly convey Xland's position", "B would set out Yland's views on ...": one states the
# views of one's own state; the verb follows the name (or its title in apposition) directly
_STATES_VIEWS = re.compile(
    r",?\s+(?:will|would|is\s+to|is\s+set\s+to|intends\s+to|plans\s+to|aims\s+to|is\s+(?:expected|due)\s+to)"
    r"\s+(?:also\s+)?(?:[a-z]+ly\s+)?(?:convey|explain|present|outline|set\s+out|articulate)\s+"
    r"((?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})(?:'s|’s)\s+"
    r"(?:position|positions|stance|views?|perspective|approach)\b"
)


def own_positions(text: str, people: People) -> None:
    """The country of a person who will convey that country's position, when no rule gave one."""
    for rec in people.recs:
        if rec.country:
            continue
        for m in rec.mentions:
            sm = _STATES_VIEWS.match(text, m.tail_end or m.end, m.sentence.end)
            country = country_of(sm[1]) if sm else None
            if country and country not in ORGANISATION_NAMES:
                rec.country = country
                break
