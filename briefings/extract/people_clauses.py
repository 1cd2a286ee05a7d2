"""Clause cues around a person's mention: an object of "meet"/"with", a name that opens a clause of its
own, and the other party of a pair for a visitor."""

from __future__ import annotations

import itertools
import re

from briefings.extract.gazetteer import country_of
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
    r"(?<!traveling )(?<!travelling )with|co-chair(?:s|ed)?,\s+with|meet|meets|meeting|met|call(?:s|ed)? on|"
    r"calling on|welcome[sd]?|"
    r"host(?:s|ed)?|receive[sd]?|received\s+by|briefed\s+by|"
    r"visit(?:s)?|join(?:ed|s)?|see|sees|seeing|greet(?:s|ed)?|counterparts?)\s+(?:the\s+)?(?:then[- ]\s*)?"
    # "call on H.E. President A": a style of address between the verb and the title
    r"(?:H\.\s?E\.\s+|Hon\.\s+|(?:His|Her)\s+(?:Excellency|Majesty)\s+)?$",
    re.I,
)


# "call on Xregion's Minister-President A": a title owned by a place or body, met (the one owning it is named
# just before the title; a person owning it is checked apart: "meet B's adviser, A" is B's side)
_SEPARATELY = re.compile(r"\band\s*,?\s+(?:separately|later|also|then|afterwards)\s*,?\s+with\s+(?:the\s+)?$")
_OWNED_OBJECT = re.compile(
    r"\b(?i:meet|meets|met|call(?:s)? on|calling on|visit(?:s)?)\s+([A-Z][\w-]+)['’]s\s+$"
)


def met_object(doc: Doc, people: People, m: Mention, before: str) -> bool:
    """The mention (before: the text up to its title) is the object of a verb of meeting: right after it,
    after a list's head that follows it, or after a place or body owning the title."""
    tail = before[-30:].split()
    capital = bool(tail) and tail[-1][:1].isupper()  # a capitalised word before the title: part of it?
    role = next((r.role or "" for r in people.recs if any(x is m for x in r.mentions)), "") if capital else ""
    if role and not doc.text.startswith(role, m.span_start):
        # "talks with Communist Party General Secretary A": the title as written opens before the mention
        at = doc.text.rfind(role.split()[0], max(m.sentence.start, m.span_start - len(role)), m.span_start)
        if at >= 0 and doc.text.startswith(role, at):
            before = before[: len(before) - (m.span_start - at)]
    if OBJECT_CUE.search(before[-40:]) or OBJECT_CUE.search(doc.text, *list_head(doc, people, m)):
        return True
    if "with" in before[-30:] and _SEPARATELY.search(before[-40:]):
        # "will meet with A and, separately, with B": B too is met
        return _MEETING_BEFORE.search(doc.text, m.sentence.start, m.span_start) is not None
    own = _OWNED_OBJECT.search(before[-60:]) if "s " in before[-3:] else None
    return own is not None and people.find([own[1]]) is None


# '"...," said ' right before a speaker's title and name; '"...," A said' after the name
_SAID_AFTER_QUOTE = re.compile(r"[”\"]\s*(?:said|says|added|stated)\s+(?:the\s+)?$")
_QUOTE_THEN_NAME = re.compile(r"[,.!?]\s*[”\"]\s*$")
_SAYS = re.compile(r"\s+(?:said|says|added|stated)\b")


def quote_speaker(text: str, m: Mention) -> bool:
    """The mention names the speaker of the quotation just closed before it ('"...," said Envoy A')."""
    lead = text[max(m.sentence.start, m.span_start - 24) : m.span_start]
    if _SAID_AFTER_QUOTE.search(lead):
        return True
    return bool(_QUOTE_THEN_NAME.search(lead) and _SAYS.match(text, m.tail_end))


# a verb or noun of meeting, then (in the same clause) the people met: "meet with invited partners,
# including A and B", "bilateral meetings with A of X and B of Y"
_MEETING_BEFORE = re.compile(
    r"\b(?:meet|meets|meeting|meetings|talks|call(?:s)?\s+on|receive[s]?|welcome[s]?|host[s]?)\b"
    r"(?:(?!\b(?:will|would|said|says|is|are|was|were)\b)[^.;:])*$"
)


def met_only(doc: Doc, people: People) -> set[str]:
    """Names of the people every mention of whom follows a verb of meeting in its clause ("will meet with
    invited partners, including President A"): counterparts met, never the text's own principal."""
    text = doc.text
    out: set[str] = set()
    for rec in people.recs:
        if rec.mentions and all(
            _MEETING_BEFORE.search(text[max(m.sentence.start, m.span_start - 90) : m.span_start])
            for m in rec.mentions
        ):
            out.add(rec.name)
    return out


def in_quote(text: str, start: int, at: int) -> bool:
    """The offset lies inside a quotation opened after start (an open curly quote, or an odd number of
    straight ones)."""
    run = text[start:at]
    return run.count("“") > run.count("”") or run.count('"') % 2 == 1


CLAUSE_SUBJECT = re.compile(r"\s+(?:also\s+)?(?:will|would|shall|is|was|has|had)\s+(?:also\s+)?[a-z]+")


def other_party(doc: Doc, rec: PersonRec, posted: str, parties: list[str]) -> list[str]:
    """The other of two parties, for one who visits the first: the text's pair, else the pair named in a
    sentence that mentions the visitor or in the headline."""
    text = doc.text
    pairs = [(parties[0], parties[1])] if len(parties) == 2 else []
    heads = [(m.sentence.start, m.sentence.end) for m in rec.mentions]
    # "He will hold the X-Y Dialogue ... The previous round was held in Ycity during the visit of A"
    before = [doc.sentences[m.sentence.index - 1] for m in rec.mentions if m.sentence.index > 0]
    heads += [(s.start, s.end) for s in before if s.paragraph == doc.sentences[s.index + 1].paragraph]
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


def co_chair_partner(text: str, rec: PersonRec, people: People) -> str | None:
    """ "co-chaired by A and B": the country of A, B's fellow chair of the other side (so not B's)."""
    for m in rec.mentions:
        if "-chaired by" not in m.sentence.text and "-hosted by" not in m.sentence.text:
            continue
        found = people.at(m.sentence.start, m.span_start)
        if not found or found[-1][1] is rec:
            continue
        ma, ra = found[-1]
        if not ra.country or not CHAIN_GAP.match(text[ma.tail_end : m.span_start]):
            continue
        if _CO_CHAIRED_BY.search(text, max(m.sentence.start, ma.span_start - 24), ma.span_start):
            return ra.country
    return None


# "the summit between President A and Prime Minister B": two sides of one meeting
_BETWEEN = re.compile(
    r"\b(?:summit|talks|meeting|call|conversation|dialogue|consultations|discussions|negotiations)\s+"
    r"between\s+(?:the\s+)?$"
)
_AND_GAP = re.compile(r"^\s*(?:and|&)\s*(?:the\s+)?$")


def between_partner(text: str, rec: PersonRec, people: People) -> str | None:
    """ "a summit between A and B": the country of the other of the two, whose side B is not (either way
    round, the other's country known)."""
    for m in rec.mentions:
        if "between" not in m.sentence.text:
            continue
        found = people.at(m.sentence.start, m.sentence.end)
        at = next((k for k, (x, _) in enumerate(found) if x is m), None)
        if at is None:
            continue
        pairs = [(found[k], found[k + 1]) for k in (at - 1, at) if 0 <= k < len(found) - 1]
        for (ma, ra), (mb, rb) in pairs:
            partner = rb if ra is rec else ra
            if partner is rec or not partner.country or not _AND_GAP.match(text[ma.tail_end : mb.span_start]):
                continue
            if _BETWEEN.search(text, max(m.sentence.start, ma.span_start - 40), ma.span_start):
                return partner.country
    return None


# two country names of one or two words joined by a hyphen ("Xland-New Yland", "New Xland-Yland")
_WIDE_PAIR = re.compile(r"\b([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s*[-–]\s*([A-Z][\w.]*)(?:\s+([A-Z][\w.]*))?")


def pair_other(doc: Doc, country: str) -> str | None:
    """The other side of the first pair of countries the text's opening names with this one ("the Xland-Yland
    Joint Commission", "the Xland-Viet Nam JCBC")."""
    for s in doc.sentences[:8]:
        pair = pair_in(doc.text, s.start, s.end)
        if pair is None and "-" in s.text:
            pair = _wide_pair(doc.text, s.start, s.end)
        if pair and country in pair:
            return pair[1] if pair[0] == country else pair[0]
    return None


def _wide_pair(text: str, start: int, end: int) -> tuple[str, str] | None:
    """Two countries joined by a hyphen, either of two words."""
    for m in _WIDE_PAIR.finditer(text, start, end):
        left = m[1].split()
        a = country_of(m[1]) or country_of(left[-1])
        b = (country_of(f"{m[2]} {m[3]}") if m[3] else None) or country_of(m[2])
        if a and b and a != b:
            return a, b
    return None
