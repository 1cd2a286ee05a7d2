"""A delegation's country from the sentence's subject when a relative clause stands between them: "Xland,
which signed a pact with Yland last year, will send an observer delegation led by A" (A is Xland's)."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.people import People

# the sentence's subject, a "which/that ..." clause set off by commas, a sending verb, a delegation led by
_SENDER = re.compile(
    r"\s*(?:The\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s*,\s+(?:which|who)\b[^;\"“”]*?,\s+"
    r"(?:will|is to|plans to|is set to|has|had)?\s*(?:also\s+)?"
    r"(?:send|sent|sends|sending|dispatch|dispatched)\s+"
    r"(?:a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:delegation|team|mission)\s+(?:led|headed)\s+by\s+$"
)


# "A will not travel to X and will send Deputy Minister B in his place": B stands in for A, of A's side
_SENT = re.compile(r"\b(?:send|sends|sent|sending|dispatch|dispatches|dispatched)\s+(?:(?:his|her)\s+)?$")


def sending_subject(text: str, start: int, at: int, people: People | None = None) -> str | None:
    """The state that sends the delegation a mention at `at` leads, named as the subject of its sentence
    (from `start`) before a relative clause; or (people given) the country of the person who opens the
    sentence and sends the one mentioned ("A ... will send B in his place")."""
    if (
        people is not None
        and "sen" in text[max(start, at - 12) : at]
        and _SENT.search(text, max(start, at - 12), at)
    ):
        found = people.at(start, at)
        sender = found[0] if found else None
        # the sender's own clause: no comma between ("A speaks on Friday, while Xland is sending B": Xland's)
        clause = text[max(sender[0].end, sender[0].tail_end) : at] if sender is not None else ","
        if (
            sender is not None
            and sender[0].span_start - start <= 40
            and "," not in clause
            and sender[1].country
        ):
            return sender[1].country
    if "by" not in text[max(start, at - 8) : at]:
        return None
    m = _SENDER.match(text, start, at)
    country = country_of(m[1]) if m else None
    return country if country not in ORGANISATION_NAMES else None
