"""A delegation's country from the sentence's subject when a relative clause stands between them: "Xland,
which signed a pact with Yland last year, will send an observer delegation led by A" (A is Xland's)."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.org_names import ORGANISATION_NAMES

# the sentence's subject, a "which/that ..." clause set off by commas, a sending verb, a delegation led by
_SENDER = re.compile(
    r"\s*(?:The\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s*,\s+(?:which|who)\b[^;\"“”]*?,\s+"
    r"(?:will|is to|plans to|is set to|has|had)?\s*(?:also\s+)?"
    r"(?:send|sent|sends|sending|dispatch|dispatched)\s+"
    r"(?:a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:delegation|team|mission)\s+(?:led|headed)\s+by\s+$"
)


def sending_subject(text: str, start: int, at: int) -> str | None:
    """The state that sends the delegation a mention at `at` leads, named as the subject of its sentence
    (from `start`) before a relative clause."""
    if "by" not in text[max(start, at - 8) : at]:
        return None
    m = _SENDER.match(text, start, at)
    country = country_of(m[1]) if m else None
    return country if country not in ORGANISATION_NAMES else None
