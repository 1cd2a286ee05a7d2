"""Clause cues around a person's mention: an object of "meet"/"with", a name that opens a clause of its
own, and the other party of a pair for a visitor."""

from __future__ import annotations

import re

from briefings.extract.homes import pair_in
from briefings.extract.mentions import Mention
from briefings.extract.people import PersonRec
from briefings.extract.sentences import Doc

OBJECT_CUE = re.compile(
    # "together with A", "along with A", "talks in X, with A set to chair": a companion, not the one met
    # "will travel with A": a companion too
    r"\b(?:(?<!together )(?<!along )(?<!, )(?<!travel )(?<!travels )(?<!traveled )(?<!travelled )"
    r"(?<!traveling )(?<!travelling )with|meet|meets|meeting|met|call(?:s)? on|calling on|welcome[sd]?|"
    r"host(?:s|ed)?|receive[sd]?|received\s+by|briefed\s+by|"
    r"visit(?:s)?|join(?:ed|s)?|counterparts?)\s+(?:the\s+)?$",
    re.I,
)


CLAUSE_SUBJECT = re.compile(r"\s+(?:also\s+)?(?:will|would|shall|is|was|has|had)\s+(?:also\s+)?[a-z]+")


def other_party(doc: Doc, rec: PersonRec, posted: str, parties: list[str]) -> list[str]:
    """The other of two parties, for one who visits the first: the text's pair, else the pair named in a
    sentence that mentions the visitor or in the headline."""
    text = doc.text
    pairs = [(parties[0], parties[1])] if len(parties) == 2 else []
    heads = [(m.sentence.start, m.sentence.end) for m in rec.mentions]
    if doc.sentences:
        heads.append((doc.sentences[0].start, doc.sentences[0].end))
    pairs += [p for p in (pair_in(text, a, b) for a, b in heads) if p]
    for pair in pairs:
        if posted in pair:
            return [p for p in pair if p != posted]
    return []


def new_clause(text: str, ma: Mention, mb: Mention) -> bool:
    """ "talks with A, and B will hold ...": B is the subject of a clause of its own, not A's companion."""
    if not CLAUSE_SUBJECT.match(text, mb.tail_end):
        return False
    return bool(OBJECT_CUE.search(text, max(ma.sentence.start, ma.span_start - 40), ma.span_start))
