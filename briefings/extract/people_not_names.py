"""Mentions that name no person: an outlet named for a world region, a styled building after "at", a street,
city or programme ("King X Street", "Consulate General Xtown City", "the General Purpose Frigate"), a palace
("a source at the Palacio X"), the places a link runs between ("the rail link between Xtown and Ytown")."""

from __future__ import annotations

import re

from briefings.extract.mention_model import Mention
from briefings.extract.regions import WORLD_REGIONS

# "at Seri Perdana", "in Wisma Putra": a style word and one word after a preposition of place: a building
_AT_PLACE = re.compile(r"\b(?:at|in|from|outside)\s+$")
# the last word of a place's or a thing's name, never a person's in this genre
_THING_NOUNS = frozenset(
    {"city", "street", "road", "avenue", "square", "palace", "bridge", "frigate", "programme", "program"}
    # a body's or a unit's noun ("X Infantry Regiment", "Trade Negotiations Committee", "X Playbook")
    | {"regiment", "battalion", "brigade", "squadron", "committee", "council", "institute", "university"}
    | {"agency", "ministry", "bureau", "department", "playbook", "retreat", "relations", "staff"}
)
# a palace's or a residence's word opening its name ("Palacio X", "Istana Y")
_PALACES = frozenset({"palacio", "palais", "palazzo", "schloss", "istana", "wisma", "casa"})
# a body's or a group's last word, never a name alone ("of the United Nations", "the Observer Team")
_GROUP_WORDS = frozenset(
    {"nations", "team", "ministers", "vice-ministers", "members", "countries", "islands"}
)
# a gathering's noun alone, never a name ("General Debate", "General Assembly": a rank word before it)
_GATHERINGS = frozenset({"debate", "assembly", "session", "summit", "conference", "meeting", "dialogue"})
# a lower-case area noun after a name: "Ysk region", "Zia province", "Vaca X shale field" (a place's name)
_AREA_AFTER = re.compile(
    r"\s+(?:region|province|oblast|district|prefecture|county|governorate|"
    # "Xland's Ysk shale field", "the Z naval base": a site's name, a lower-case kind of site after it
    r"(?:shale|oil|gas|naval|air|military)\s+(?:field|fields|basin|base|station|terminal))\b"
)
# a way or a crossing between two places ("the rail link between A and B", "a road between A and B")
_LINK_BETWEEN = re.compile(
    r"\b(?:link|links|crossing|route|road|railway|rail|corridor|pipeline|bridge|highway|line)\s+between\s+$"
)


def no_person(text: str, m: Mention) -> bool:
    """A mention that is a name of a thing: its last word a street's, city's or programme's noun (titled or
    not); untitled, a place a link runs between, its last word a world region ("Xword Asia has learned": an
    outlet), or one word after a style word right after "at"/"in" (a residence)."""
    if len(m.tokens) == 1 and m.tokens[0].lower() in _GROUP_WORDS | _GATHERINGS:
        return True  # "the Observer Team": a body's last word; "the High-Level General Debate": a gathering
    if len(m.tokens) >= 2 and (m.tokens[-1].lower() in _THING_NOUNS or m.tokens[0].lower() in _PALACES):
        return True  # "King X Street", "Consulate General Xtown City": a place, even after a title
    if _AREA_AFTER.match(text, m.end):
        return True  # "the governor of Xland's Ysk region, A B": an area's name, even after a title
    if m.role or m.country:
        return False
    if _LINK_BETWEEN.search(text, max(m.sentence.start, m.span_start - 20), m.span_start):
        return True
    if not m.honorific and len(m.tokens) >= 2 and m.tokens[-1] in WORLD_REGIONS:
        return True
    lead = text[max(m.sentence.start, m.span_start - 9) : m.span_start]
    return m.honorific and len(m.tokens) == 1 and _AT_PLACE.search(lead) is not None
