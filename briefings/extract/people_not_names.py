"""Mentions that name no person: an outlet named for a world region, a styled building after "at"."""

from __future__ import annotations

import re

from briefings.extract.mention_model import Mention
from briefings.extract.regions import WORLD_REGIONS

# "at Seri Perdana", "in Wisma Putra": a style word and one word after a preposition of place: a building
_AT_PLACE = re.compile(r"\b(?:at|in|from|outside)\s+$")


def no_person(text: str, m: Mention) -> bool:
    """An untitled mention that is a name of a thing: its last word a world region ("Xword Asia has
    learned": an outlet), or one word after a style word right after "at"/"in" (a residence)."""
    if m.role or m.country:
        return False
    if not m.honorific and len(m.tokens) >= 2 and m.tokens[-1] in WORLD_REGIONS:
        return True
    lead = text[max(m.sentence.start, m.span_start - 9) : m.span_start]
    return m.honorific and len(m.tokens) == 1 and _AT_PLACE.search(lead) is not None
