"""A spokesperson's state from the body the text says they speak for: "the Xish foreign ministry's
spokesperson, A", "Xland's president's spokesman, A" (a possessive owner before the title), "A, a spokesman
for the Xish embassy in Ycity", "spokesperson of Xland's foreign ministry" (the body after the title). The
one speaking for a party is of that party, not of a wire's dateline or a host merely named beside them (a
delegation the text lists them in still comes first)."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.mentions import Mention

# the titles of one who speaks for a body
_VOICE = re.compile(r"\b(?:spokes(?:person|man|woman)|press\s+secretary)\b", re.I)
# "the Xish foreign ministry's " / "Xland's president's " right before the title: its owner's state word
_OWNER_BEFORE = re.compile(
    r"(?:^|[\s,(])(?:[Tt]he\s+)?(?P<c>[A-Z][\w’'-]*)\s+(?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+(?:'s|’s)\s+$"
)
# "spokesman for the Xish embassy", "spokesperson of Xland's foreign ministry": the body after the title
_BODY_AFTER = re.compile(
    r"\b(?:for|of|at)\s+(?:the\s+)?(?P<c>[A-Z][\w’'-]*)\s+(?:[A-Za-z-]+\s+){0,2}?"
    r"(?i:ministry|embassy|government|presidency|mission|cabinet|office|armed\s+forces|military|army|navy)\b"
)


def spoken_for(text: str, m: Mention) -> str | None:
    """The state whose body a spokesperson's mention says they speak for, if any."""
    if not m.role or not _VOICE.search(m.role):
        return None
    owner = _BODY_AFTER.search(m.role) or _OWNER_BEFORE.search(
        text, max(m.sentence.start, m.span_start - 60), m.span_start
    )
    return country_of(owner["c"]) if owner else None
