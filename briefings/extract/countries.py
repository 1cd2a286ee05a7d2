"""Countries the text implies: shared country words, delegations, sides, hosts, pairs, the issuer."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from briefings.extract.gazetteer import country_of
from briefings.extract.mentions import Mention, scan_title
from briefings.extract.people import People, PersonRec, better_role
from briefings.extract.places import cities_in
from briefings.extract.sentences import Doc
from briefings.extract.tokens import INSTITUTIONS, tokenize

_COUNTERPARTS = re.compile(
    r"\b(?:(?:his|her|their|its)\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+counterparts?\b"
)
_CHAIN_GAP = re.compile(r"^\s*(?:,|and|,\s*and|&)\s*$")
_APPOS_GAP = re.compile(r"^\s*(?:MP\s*)?,\s*(?:the\s+)?[^,;]{0,90},\s*(?:and\s+)?$")
_INSTITUTION_AT = re.compile(r"\b(?:at|to|in)\s+the\s+(White House|Pentagon|Kremlin|State Department)\b")
_LIST_OPEN = re.compile(r"^\s*[,:—–-]?\s*(?:namely\s+)?$")


def fill_countries(doc: Doc, per_sentence: list[list[Mention]]) -> None:
    """Shared country words over lists ("their Japanese counterparts, A and B") and coordination."""
    text = doc.text
    for sent, ms in zip(doc.sentences, per_sentence, strict=True):
        titled = [m for m in ms if m.role]
        cms = _COUNTERPARTS.finditer(text, sent.start, sent.end) if "counterpart" in sent.text else ()
        for cm in cms:
            country = country_of(cm[1])
            if not country:
                continue
            pos = cm.end()
            first = True
            for m in titled:
                if m.span_start < pos:
                    continue
                gap = text[pos : m.span_start]
                if not (_LIST_OPEN.match(gap) if first else _CHAIN_GAP.match(gap)):
                    break
                if not m.country:
                    m.country = country
                first = False
                pos = m.end
        for a, b in itertools.pairwise(titled):
            if a.country and not b.country and _CHAIN_GAP.match(text[a.end : b.span_start]):
                b.country = a.country


_OBJECT_CUE = re.compile(
    r"\b(?:with|meet|meets|meeting|met|call(?:s)? on|calling on|welcome[sd]?|host(?:s|ed)?|receive[sd]?|"
    r"visit(?:s)?|join(?:ed|s)?|counterparts?)\s+(?:the\s+)?$",
    re.I,
)


_HOST_VERB = re.compile(
    r"^\s*,?\s*(?:is\s+|will\s+)?(?:host|hosts|hosting|welcome|welcomes|welcoming|receive|receives)\b"
)
_DELEGATION = re.compile(
    r"([A-Z][\w.-]*(?:\s+(?:of\s+)?[A-Z][\w.-]*){0,3})(?:'s|’s)?\s+"
    r"(?:(?:sent|will send|is sending|dispatched)\s+)?"
    r"(?:(?:a|an|its|the)\s+)?(?:[\w-]+\s+){0,3}?(?:delegation|team|side)\b[^.;]*?\b(?:led|headed)?\s*by\s+$"
)
_TRAVELS = re.compile(
    r"\s*(?:will|is to|is set to|plans to)?\s*(?:also\s+)?(?:travel|visit|fly|head|arrive|tour)"
)
_UNOFFICIAL = re.compile(
    r"\b(?:analyst|fellow|researcher|scholar|correspondent|professor|expert)\b|\sat\s", re.I
)
_SIDE_OF = re.compile(r"\b(?:from|on|for)\s+the\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+side\b")
_PAIR = re.compile(r"\b[A-Z][\w.]*(?:\s*[-–/]\s*[A-Z][\w.]*)+")


def _sentence_host(doc: Doc, m: Mention, ctx: CountryContext) -> str | None:

    cities = cities_in(doc.text, m.sentence.start, m.sentence.end, frozenset(ctx.parties))
    if cities:
        return cities[0][0].country
    inst = _INSTITUTION_AT.search(m.sentence.text)
    return INSTITUTIONS[inst[1].lower()] if inst else ctx.host


def guess_countries(doc: Doc, people: People, ctx: CountryContext) -> None:
    """Countries the text implies: the host of a meeting, the other party of a pair, the issuer."""
    text = doc.text
    stated = {r.country for r in people.recs if r.country}
    unknown = [r for r in people.recs if not r.country and r.role]
    for rec in unknown:
        for m in rec.mentions:
            before = text[max(m.sentence.start, m.span_start - 80) : m.span_start]
            dm = _DELEGATION.search(before)
            if dm and country_of(dm[1]):
                rec.country = country_of(dm[1])
                break
            host = _sentence_host(doc, m, ctx)
            if not host:
                continue
            if host != ctx.issuer and _OBJECT_CUE.search(before[-40:]):
                rec.country = host
                break
            if _HOST_VERB.match(text[m.tail_end : m.tail_end + 30]) and not ctx.issuer:
                rec.country = host
                break
    _chain(doc, people)
    # "a Japan-UK meeting" with a British person: the unknown one in that sentence is the other side.
    for _ in range(2):
        for rec in people.recs:
            if rec.country or not rec.role:
                continue
            for m in rec.mentions:
                pair = _pair_in(text, m.sentence.start, m.sentence.end)
                if not pair:
                    continue
                others = {r.country for mm, r in people.at(m.sentence.start, m.sentence.end) if r is not rec}
                side = [c for c in pair if c not in others]
                if len(side) == 1 and len(others & set(pair)) == 1:
                    rec.country = side[0]
                    break
    missing = [p for p in ctx.parties if p not in stated]
    unofficial = {r.name for r in people.recs if r.role and _UNOFFICIAL.search(r.role)}
    first = people.recs[0].country if people.recs else None  # the text's first person: often its author
    for rec in people.recs:
        staff = any(m.contact for m in rec.mentions)  # press contacts work for the issuing office
        if rec.country or not (rec.role or staff) or rec.name in unofficial:
            continue
        if ctx.issuer:
            rec.country = ctx.issuer
        elif ctx.dateline:
            rec.country = ctx.dateline  # a wire story's unqualified officials are the dateline's
        elif len(ctx.parties) == 2 and len(missing) == 1:
            rec.country = missing[0]
        elif first:
            rec.country = first
        elif ctx.host and not any(_TRAVELS.match(text, m.tail_end) for m in rec.mentions):
            rec.country = ctx.host  # a visitor ("X will travel to ...") is not of the host country


def _pair_in(text: str, start: int, end: int) -> tuple[str, str] | None:
    """Two countries joined by a hyphen or dash ("Japan-UK", "Australia–Japan")."""
    for m in _PAIR.finditer(text, start, end):
        parts = re.split(r"\s*[-–/]\s*", m.group())
        if len(parts) != 2:
            continue
        a, b = country_of(parts[0]), country_of(parts[1])
        if a and b and a != b:
            return a, b
    return None


def _chain(doc: Doc, people: People) -> None:
    """In a list of titled names ("A, T2 B, and T3 C"), an unknown country follows the one before."""
    by_sentence: dict[int, list[tuple[Mention, PersonRec]]] = {}
    for m, r in people.mentions:
        if m.role or m.country:
            by_sentence.setdefault(m.sentence.index, []).append((m, r))
    for items in by_sentence.values():
        items.sort(key=lambda x: x[0].start)
        for (ma, ra), (mb, rb) in itertools.pairwise(items):
            gap = doc.text[ma.end : mb.span_start]
            if ra.country and not rb.country and (_CHAIN_GAP.match(gap) or _APPOS_GAP.match(gap)):
                rb.country = ra.country


def sides_of(doc: Doc, people: People) -> None:
    """ "A, T1, and B, T2, attended from the Japanese side": the country of everyone listed before it."""
    for s in doc.sentences:
        start = s.start
        for m in _SIDE_OF.finditer(doc.text, s.start, s.end) if "side" in s.text else ():
            country = country_of(m[1])
            if country:
                for _, rec in people.at(start, m.start()):
                    rec.country = rec.country or country
            start = m.end()


def title_lines(doc: Doc, people: People) -> None:
    """A name line and a title line next to each other (media-release letterheads and sign-offs)."""
    for a, b in itertools.pairwise(doc.sentences):
        if a.paragraph == b.paragraph or len(a.text) > 90 or len(b.text) > 90:
            continue  # letterhead lines are short lines of their own
        # the title first, then the name
        ms_b = people.at(b.start, b.end)
        toks_a = tokenize(doc.text, a.start, a.end)
        title_a = scan_title(toks_a, 0, doc.text) if toks_a and a.paragraph != b.paragraph else None
        if title_a and title_a.next_index == len(toks_a) and len(ms_b) == 1:
            role = doc.text[title_a.role_start : title_a.role_end]
            rec = ms_b[0][1]
            if not rec.role or better_role(rec.role, role):
                rec.role = role
                rec.country = rec.country or title_a.country
            continue
        ms = people.at(a.start, a.end)
        if len(ms) != 1 or ms[0][1].role or b.paragraph == a.paragraph:
            continue
        if len(a.text.split()) > len(ms[0][0].tokens) + 4:
            continue
        toks = tokenize(doc.text, b.start, b.end)
        t = scan_title(toks, 0, doc.text) if toks else None
        if t and t.next_index == len(toks):
            ms[0][1].role = doc.text[t.role_start : t.role_end]
            ms[0][1].country = ms[0][1].country or t.country


@dataclass
class CountryContext:
    """What the document says about whose text it is and where the meeting is."""

    issuer: str | None = None
    dateline: str | None = None
    host: str | None = None
    parties: list[str] = field(default_factory=list)
