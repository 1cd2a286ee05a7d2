"""Clause cues around a person's mention: an object of "meet"/"with", a name that opens a clause of its
own, and the other party of a pair for a visitor."""

from __future__ import annotations

import itertools
import re

from briefings.extract.homes import pair_in
from briefings.extract.literals import has_any
from briefings.extract.mentions import Mention
from briefings.extract.offices import fits
from briefings.extract.people import People, PersonRec
from briefings.extract.people_cues import CHAIN_GAP
from briefings.extract.sentences import Doc

# "Xland's Prime Minister, B, will receive A": the one received is the host's guest
RECEIVES_CUE = re.compile(
    r"\b(?:receive[sd]?|welcome[sd]?|host(?:s|ed)?|greet(?:s|ed)?)\s+(?:the\s+)?$", re.I
)
OBJECT_CUE = re.compile(
    # "together with A", "along with A", "talks in X, with A set to chair": a companion, not the one met
    # "will travel with A": a companion too; "will co-chair, with A, the X committee": a co-chair, met
    r"\b(?:(?<!together )(?<!along )(?<!, )(?<!travel )(?<!travels )(?<!traveled )(?<!travelled )"
    r"(?<!traveling )(?<!travelling )with|co-chair(?:s|ed)?,\s+with|meet|meets|meeting|met|call(?:s)? on|"
    r"calling on|welcome[sd]?|"
    r"host(?:s|ed)?|receive[sd]?|received\s+by|briefed\s+by|"
    r"visit(?:s)?|join(?:ed|s)?|see|sees|seeing|greet(?:s|ed)?|counterparts?)\s+(?:the\s+)?$",
    re.I,
)


# "call on Xregion's Minister-President A": a title owned by a place or body, met (the one owning it is named
# just before the title; a person owning it is checked apart: "meet B's adviser, A" is B's side)
_OWNED_OBJECT = re.compile(
    r"\b(?i:meet|meets|met|call(?:s)? on|calling on|visit(?:s)?)\s+([A-Z][\w-]+)['’]s\s+$"
)


def met_object(doc: Doc, people: People, m: Mention, before: str) -> bool:
    """The mention (before: the text up to its title) is the object of a verb of meeting: right after it,
    after a list's head that follows it, or after a place or body owning the title."""
    if OBJECT_CUE.search(before[-40:]) or OBJECT_CUE.search(doc.text, *list_head(doc, people, m)):
        return True
    own = _OWNED_OBJECT.search(before[-60:]) if "s " in before[-3:] else None
    return own is not None and people.find([own[1]]) is None


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


_TWO_SIDES = re.compile(r"\b(?:co-chair\w*|co-host\w*|hold|holds|held|meet|meets|met|sign|signs|signed)\b")


def coordinated(doc: Doc, people: People, m: Mention) -> PersonRec | None:
    """The person a mention is joined to by "and" or a comma ("A, Minister X, and B"), unless the pair follows
    "between" or the pair holds, meets or signs something (two sides, not one)."""
    before = people.at(m.sentence.start, m.span_start)
    if not before:
        return None
    prev, rec = before[-1]
    if not CHAIN_GAP.match(doc.text[prev.tail_end : m.span_start]):
        return None
    if _TWO_SIDES.search(doc.text, m.tail_end, m.sentence.end):
        return None  # "A and B will co-chair the Xland-Yland talks": one of each side
    if doc.text[max(m.sentence.start, prev.span_start - 8) : prev.span_start].rstrip().endswith("between"):
        return None
    return rec


def list_head(doc: Doc, people: People, m: Mention) -> tuple[int, int]:
    """The 40 characters before the first name of the list a mention closes ("A, B and C": C's list
    opens at A); an empty span when the mention is in no list."""
    if CLAUSE_SUBJECT.match(doc.text, m.tail_end):
        return m.span_start, m.span_start  # "meet A, and B will hold ...": B opens a clause of its own
    head = m
    for prev, _ in reversed(people.at(m.sentence.start, m.span_start)):
        if prev is head or not CHAIN_GAP.match(doc.text[prev.tail_end : head.span_start]):
            break
        head = prev
    if head is m:
        return m.span_start, m.span_start
    return max(m.sentence.start, head.span_start - 40), head.span_start


# "the Xland-Yland group, co-chaired by A, Title, and B, Title": one co-chair of each side
_CO_CHAIRED_BY = re.compile(r"\bco-(?:chair|host)ed\s+by\s+(?:the\s+)?$")


def co_chairs(doc: Doc, people: People, issuer: str | None) -> None:
    """ "the Xland-Yland talks, co-chaired by A and B" in Xland's own release (its side named first in the
    pair): A, named first, is Xland's and B Yland's, when neither is known."""
    if not issuer or ("-chaired by" not in doc.text and "-hosted by" not in doc.text):
        return
    text = doc.text
    for s in doc.sentences:
        if " by " not in s.text or not has_any(s.text, ("co-chaired by", "co-hosted by")):
            continue
        pair = pair_in(text, s.start, s.end)
        if not pair or pair[0] != issuer:
            continue
        found = people.at(s.start, s.end)
        for (ma, ra), (mb, rb) in itertools.pairwise(found):
            if ra is rb or ra.country or rb.country or not CHAIN_GAP.match(text[ma.tail_end : mb.span_start]):
                continue
            by = _CO_CHAIRED_BY.search(text, max(s.start, ma.span_start - 24), ma.span_start)
            if by and fits(people, ra, pair[0]) and fits(people, rb, pair[1]):
                ra.country, rb.country = pair
