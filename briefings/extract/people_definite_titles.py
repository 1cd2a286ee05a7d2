"""A definite title with no name, and the untitled person the sentence next to it names as its holder."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.people import People, PersonRec
from briefings.extract.sentences import Doc

_HEADS = ("spokesman", "spokeswoman", "spokesperson", "prime minister")
# "the deputy government spokeswoman", "Iran's Foreign Ministry spokesman", "The prime minister": a singular
# office with no name after it (no ", A B", no "A B", no "of X")
_DEFINITE = re.compile(
    r"\b(?:(?P<the>[Tt]he)|(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['’]s)\s+"
    r"(?P<role>(?:[A-Za-z][\w-]*\s+){0,3}?(?:spokes(?:man|woman|person)|prime\s+minister))\b"
    r"(?!\s*,\s*(?:Mr|Ms|Mrs|Dr)?\.?\s*[A-Z]|\s+[A-Z]|\s+of\b|['’]s)"
)
# the title as its sentence's source or subject: "According to the X,", "X announced", "The X will"
_OPENS = re.compile(r"\s*(?:[Aa]ccording\s+to\s+)?$")
_ACTS = re.compile(r"\s+(?:said|says|told|announced|added|will|would|has|is|was)\b")
# the person as the other sentence's subject or speaker: "A told reporters", "A will sign", "A said"
_SPEAKS = re.compile(r"[^.;]{0,60}?\b(?:said|says|told|announced|added)\b")


def _lead(text: str, rec: PersonRec, index: int) -> bool:
    """The person opens sentence index's clause or speaks in it."""
    for m in rec.mentions:
        if m.sentence.index != index or m.credit:
            continue
        if m.span_start - m.sentence.start <= 4 or _SPEAKS.match(text, m.end, m.sentence.end):
            return True
    return False


def definite_titles(doc: Doc, people: People) -> None:
    """ "According to the deputy government spokeswoman, ... . ..., A told reporters", "A will sign the treaty
    ... . The prime minister will be joined by ...": an untitled person named as the source or subject of the
    sentence next to one whose source or subject is an unnamed singular title holds that title (only when no
    one in the text holds an office of that kind and one person alone is so named)."""
    text = doc.text
    if not any(h in text for h in _HEADS):
        return
    untitled = [r for r in people.recs if r.role is None and not any(m.credit for m in r.mentions)]
    if not untitled:
        return
    held = " ".join((r.role or "").lower() for r in people.recs)
    for m in _DEFINITE.finditer(text):
        role = " ".join(m["role"].split())
        kind = "prime minister" if role.lower().endswith("prime minister") else "spokes"
        if kind in held:
            continue  # someone holds a title of that kind: the bare title may be theirs
        s = doc.sentence_at(m.start())
        if s is None or not (_OPENS.fullmatch(text, s.start, m.start()) or _ACTS.match(text, m.end())):
            continue
        near = [r for r in untitled if _lead(text, r, s.index + 1) or _lead(text, r, s.index - 1)]
        if len(near) != 1 or near[0].role is not None:
            continue
        rec = near[0]
        rec.role = role
        owner = country_of(m["owner"]) if m["owner"] else None
        if rec.country is None and owner and owner not in ORGANISATION_NAMES:
            rec.country = owner
