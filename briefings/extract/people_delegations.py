"""Country cues from the body a mention is listed under: the head of the delegation it belongs to, the
ministry its sentence names before a ministry spokesperson."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.mentions import Mention
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.people import People
from briefings.extract.regex_guard import guarded
from briefings.extract.sentences import Doc

# "A will arrive with a delegation that includes B", "A's entourage, including B": B is of A's party
_PERSON_DELEGATION = re.compile(
    r"\b(?:delegation|entourage)\s*,?\s+(?:(?:that|which)\s+(?:will\s+)?(?:include|includes|included)|including|"
    r"comprising|made\s+up\s+of)\s+(?:the\s+)?$"
)

# "the Xish delegation", "Xland's delegation": the state's word right before the noun
_OWN_WORD = re.compile(r"\b([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)(?:'s|’s)?\s+$")
# between two items of a list: a comma or "and", and the next item's capitalised title words
_ITEM_GAP = re.compile(r"\s*(?:[,;]\s*(?:and\s+)?|and\s+)(?:(?:[A-Z][\w.-]*|of|the|for)\s+){0,8}$")


def delegation_owner(text: str, m: Mention, people: People) -> str | None:
    """The country of the person whose delegation the mention is listed in ("A will arrive with a delegation
    that includes B and Inspector C": A's), the last person named before the word."""
    s = m.sentence
    if "delegation" not in s.text and "entourage" not in s.text:
        return None
    before = [x for x, _ in people.at(s.start, m.span_start) if x.tail_end <= m.span_start]
    d = None
    for _ in range(8):  # back over the list's items to its head
        d = _PERSON_DELEGATION.search(text, max(s.start, m.span_start - 60), m.span_start)
        if d or not before or not _ITEM_GAP.match(text, before[-1].tail_end, m.span_start):
            break
        m = before.pop()
    if not d:
        return None
    named = _OWN_WORD.search(text, max(s.start, d.start() - 40), d.start())
    owner = country_of(named[1]) if named else None
    if owner and owner not in ORGANISATION_NAMES:
        return owner  # "a lunch for the Xish delegation, including B": the state the delegation's word names
    owners = [r for x, r in people.at(s.start, d.start()) if x.tail_end <= d.start()]
    return owners[-1].country if owners else None


# "Xland's Ministry of Foreign Affairs", "the Xish Defence Ministry": a ministry named with its country
_MINISTRY_OF = re.compile(
    r"\b([A-Z][\w.'’-]*(?:\s+[A-Z][\w'’-]*)?)(?:'s|’s)\s+(?:[A-Z][\w-]*\s+){0,2}Ministry\b|"
    r"\b[Tt]he\s+([A-Z][\w-]*)\s+(?:[A-Z][\w-]*\s+){0,2}Ministry\b"
)
_MINISTRY_ROLE = guarded(re.compile(r"\bMinistry\b", re.I))


def ministry_named(doc: Doc, m: Mention) -> str | None:
    """ "Xland's Ministry of Foreign Affairs said ... Ministry spokesperson A told ...": the country of the
    one ministry its sentence, or the sentence before in its paragraph, names before the mention."""
    if not m.role or not _MINISTRY_ROLE.search(m.role):
        return None
    s = m.sentence
    start = s.start
    if s.index and doc.sentences[s.index - 1].paragraph == s.paragraph:
        start = doc.sentences[s.index - 1].start
    text = doc.text
    if text.find("Ministry", start, m.span_start) < 0:
        return None
    found = {country_of(x[1] or x[2]) for x in _MINISTRY_OF.finditer(text, start, m.span_start)}
    found.discard(None)
    return found.pop() if len(found) == 1 else None
