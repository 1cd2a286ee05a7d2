"""A spokesperson's country from how the text places their words: whose spokesperson they are ("A's
spokesman, B"), the city their sentence opens in ("In Xcity, ministry spokesperson B said"), the state
their reported clause speaks of ("B said that Xland would not ...")."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import capital_country, country_of
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.people import People, PersonRec
from briefings.extract.places import cities_in
from briefings.extract.sentences import Doc

_SPOKES = re.compile(r"\bspokes(?:person|man|woman)\b", re.I)
# "A's spokesman, B" / "A's spokeswoman B": the possessor is whom B speaks for
_OWNER = re.compile(r"([A-Z][\w'’.-]*)(?:'s|’s)\s+(?:[a-z]+\s+)?spokes(?:person|man|woman)\s*,?\s*$")
# "In Xcity, ...": the sentence's own place, opened before its first clause
_OPENS_IN = re.compile(r"\s*In\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s*,")
_MINISTRY_FIRST = re.compile(r"\s*(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}Ministry\b")
# "... said on Monday that Xland would not negotiate": the state the reported clause is about
_SAID_THAT = re.compile(
    r"(?:said|says|told|stressed|insisted|added)\b[^.;\"“”]{0,80}?\bthat\s+(?:the\s+)?"
    r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:would|will|was|is|has|had|could|can|must|should|"
    r"remains|wants|does|did)\b"
)

# "told a regular news briefing in Xcity", "said at a daily press briefing in Xcity" (a briefing on the road,
# "told a press briefing in Ycity", is given where the minister travels)
_BRIEFS_IN = re.compile(
    r"\s*,?\s+(?:told|said\s+(?:at|during))\s+(?:a|the|its)\s+(?:regular|daily|weekly)\s+"
    r"(?:news\s+|press\s+|media\s+)?briefing\s+in\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
)


def spoken_country(doc: Doc, people: People, rec: PersonRec) -> str | None:
    """The country of a spokesperson the text gives no country: the possessor's ("A's spokesman, B"),
    the place the sentence (or, for a ministry's spokesperson, the sentence before) opens in, else the
    one state the spokesperson's reported clause is about."""
    if not rec.role or not _SPOKES.search(rec.role):
        return None
    text = doc.text
    for m in rec.mentions:
        owner = _OWNER.search(text, max(m.sentence.start, m.start - 60), m.start)
        if owner:
            found = people.find([owner[1]])
            if found is not None and found is not rec and found.country:
                return found.country
    for m in rec.mentions:
        place = _opening_place(doc, m.sentence.index, m.span_start)
        if place is None and "inistry" in rec.role and m.sentence.index > 0:
            before = doc.sentences[m.sentence.index - 1]  # "In Xcity, the Ministry of X said ..."
            place = _opening_place(doc, before.index, None) if "Ministry" in before.text else None
        if place:
            return place
    for m in rec.mentions:
        # "..., ministry spokeswoman A told a regular news briefing in Xcity": the capital it briefs in
        brief = _BRIEFS_IN.match(text, m.tail_end, m.sentence.end) if "briefing" in m.sentence.text else None
        c = _state(brief[1]) if brief else None
        if c:
            return c
    for m in rec.mentions:
        said = _SAID_THAT.search(text, m.tail_end, m.sentence.end) if "that" in m.sentence.text else None
        if said:
            c = _state(said[1])
            if c:
                return c
    return None


def _opening_place(doc: Doc, k: int, at: int | None) -> str | None:
    """The country of the place a sentence opens with ("In Xcity, ...") when the speaker (at `at`, else a
    ministry) is the subject right after it, not a later clause's ("In Xcity, A will ..., B said")."""
    s = doc.sentences[k]
    o = _OPENS_IN.match(s.text)
    if not o:
        return None
    rest = doc.text[s.start + o.end() : s.start + o.end() + 40]
    if at is None and not _MINISTRY_FIRST.match(rest):
        return None
    if at is not None and not 0 <= at - (s.start + o.end()) <= 40:
        return None
    c = _state(o[1])
    if c:
        return c
    cities = cities_in(doc.text, s.start, s.start + o.end(), frozenset())
    return cities[0][0].country if cities else None


def _state(words: str) -> str | None:
    """The state a name or its capital names ("Xland", "Xcity"); no organisation."""
    c = country_of(words) or capital_country(words)
    return c if c and c not in ORGANISATION_NAMES else None
