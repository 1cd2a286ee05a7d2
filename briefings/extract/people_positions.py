"""A person's country from the position they will state ("Minister A will convey Xland's position") or the
commitment they announce for a state ("President A said Xland would recognise Y")."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.offices import fits
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.people import People
from briefings.extract.people_affiliation import outside_role

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


# "President A said Xland would recognise ...", "A announced on Thursday that Xland will join ...": a person
# announcing a state's own act speaks for it
_ANNOUNCES = re.compile(
    r",?\s+(?:said|announced|confirmed|declared|pledged)(?:\s+(?:on|last|this)\s+[A-Z]?[a-z]+(?:\s+[a-z]+)?)?"
    r"\s+(?:that\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\s+(?:would|will)\s+(?:formally\s+|also\s+)?"
    r"(?:recogni[sz]e|join|send|host|contribute|sign|deploy|provide|ratify|withdraw)\b"
)


def announced_for(text: str, people: People) -> None:
    """The state a titled person with no country yet announces an act of ("A said Xland would join X")."""
    for rec in people.recs:
        if rec.country or not rec.role or outside_role(rec.role):
            continue  # an analyst's "said Xland would ..." is a forecast, not an announcement
        for m in rec.mentions:
            am = _ANNOUNCES.match(text, m.tail_end or m.end, m.sentence.end)
            country = country_of(am[1]) if am else None
            if country and country not in ORGANISATION_NAMES and fits(people, rec, country):
                rec.country = country
                break
