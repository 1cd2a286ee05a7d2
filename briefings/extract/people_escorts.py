"""The person someone accompanies when the companion is the subject: "The foreign secretary, A, will
accompany B to Xcity" makes A a member of B's party, unless B is a guest the text says is hosted, welcomed or
received (a host's minister escorts a visitor around the host country)."""

from __future__ import annotations

import re

from briefings.extract.people import People, PersonRec

# "will accompany B", "is to accompany the Prime Minister, B", "accompanied B" right before a name
_ACCOMPANY = re.compile(
    r"\s*(?:,[^,]{0,80})?,?\s*(?:(?:will|would|shall|is\s+to|are\s+to)\s+)?"
    # "is due to", "is not scheduled to": whether or not the companion goes, B's party is the companion's
    r"(?:(?:is|are)\s+(?:not\s+)?(?:due|set|scheduled|expected|planned|slated)\s+to\s+)?"
    r"(?:also\s+)?accompan(?:y|ies|ied)\s+(?:the\s+|his\s+|her\s+)?"
)


# "A will host / welcome / receive B": B is a guest, and a host's official may escort B around
_HOSTED = re.compile(r"\b(?:host(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|receiv(?:e|es|ed|ing))\b[^.;]{0,80}$")


def _guest(text: str, rec: PersonRec) -> bool:
    """Someone a sentence says is hosted, welcomed or received."""
    return any(_HOSTED.search(text, m.sentence.start, m.span_start) for m in rec.mentions)


def accompanies(text: str, rec: PersonRec, people: People) -> PersonRec | None:
    """The person a mention's sentence says it accompanies ("A ... will accompany B"): B."""
    for m in rec.mentions:
        if "accompan" not in text[m.tail_end : m.sentence.end]:
            continue
        cue = _ACCOMPANY.match(text, m.tail_end, m.sentence.end)
        if cue is None:
            continue
        nxt = people.at(cue.end(), m.sentence.end)
        if nxt and nxt[0][1] is not rec and nxt[0][0].span_start - cue.end() <= 40:
            return None if _guest(text, nxt[0][1]) else nxt[0][1]
    return None

