"""A presidential office's staff ("Presidential spokesperson A"): of the country of the text's president."""

from __future__ import annotations

import re

from briefings.extract.people import People

# "Presidential spokesperson", "senior presidential adviser", "Presidential Office spokeswoman"
_PRESIDENTIAL = re.compile(r"(?:(?:deputy|chief|senior|acting|principal)\s+)*presidential\b", re.I)


def presidential_staff(people: People) -> None:
    """ "Presidential spokesperson A" with no country: the country of the president the text names, when
    every person titled President is of that one known country."""
    presidents = {r.country for r in people.recs if r.role and r.role.lower() == "president"}
    if len(presidents) != 1:
        return
    home = presidents.pop()
    if home is None:
        return
    for rec in people.recs:
        if not rec.country and rec.role and _PRESIDENTIAL.match(rec.role):
            rec.country = home
