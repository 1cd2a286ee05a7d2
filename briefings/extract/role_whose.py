"""A title owned by a body through "whose": "the X Chamber of Commerce, whose chairman, A, will speak" gives
A the title "chairman of the X Chamber of Commerce"."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.mentions import Mention
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.sentences import Sentence

# "<the Body's Name>, whose " right before a lower-case title and its name
_WHOSE = re.compile(
    r"(?P<body>\b(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w'’&.-]*)*)\s*,\s*whose\s+$"
)
# the last word of a body's name: an organisation, a company or a party, not a person or a place
_BODY_END = re.compile(
    r"(?:Chamber|Council|Institute|Institution|Association|Federation|Confederation|Union|Party|Bank|Fund|"
    r"Group|Company|Corporation|Agency|Foundation|Committee|Commission|University|Forum|Society|Centre|"
    r"Center|Industry|Industries|Organi[sz]ation|Authority|Board|League|Congress)$"
)

# "Xland, whose " right before the title: one to three capitalised words, the country's name
_COUNTRY_WHOSE = re.compile(r"\b((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s*,\s*whose\s+$")


def state_of(words: str) -> str | None:
    """The state a name means ("Ukraine", "the Philippines"); no organisation."""
    c = country_of(words.removeprefix("the ").strip())
    return c if c and c not in ORGANISATION_NAMES else None


def whose_titles(text: str, sent: Sentence, ms: list[Mention]) -> None:
    """A lower-case title after "<Body>, whose" is that body's: the body completes the title."""
    if ", whose " not in sent.text:
        return
    for m in ms:
        if m.role and not m.country:
            # "support for Xland, whose Defence Minister A will attend": Xland's minister
            state = _COUNTRY_WHOSE.search(text, max(sent.start, m.span_start - 40), m.span_start)
            m.country = state_of(state[1]) if state else None
        if not m.role or not m.role[:1].islower() or " of " in m.role:
            continue
        owner = _WHOSE.search(text, max(sent.start, m.span_start - 120), m.span_start)
        if owner is None or not _BODY_END.search(owner["body"]):
            continue
        body = owner["body"]
        m.role = f"{m.role} of {body if body.startswith('the ') else 'the ' + body}"
