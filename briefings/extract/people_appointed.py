"""An office a person was appointed to: "A, a former army chief, was named interior minister"."""

from __future__ import annotations

import re

from briefings.extract.forms import weak_title
from briefings.extract.people import People, PersonRec
from briefings.extract.role_scan import scan_title
from briefings.extract.roles import role_key
from briefings.extract.sentences import Doc
from briefings.extract.tokens import tokenize

_APPOINTED = re.compile(
    r"\s*(?:,[^,.;]{0,80},\s*)?(?:was|has\s+been|had\s+been|is)\s+(?:newly\s+)?"
    r"(?:appointed|named|sworn\s+in|elected)\s+(?:as\s+)?(?:the\s+)?(?:new\s+|country's\s+)?"
)
# "A, who is also a member of the X Committee, will ...": an office in a relative clause
# "A, who was defense minister at the time, signed ...": the office the text gives A, then held
_WHO_IS = re.compile(
    r"\s*,\s*who\s+(?:is\s+(?:also\s+)?(?:a|an|the)\s+|was\s+(?:then\s+)?(?=[^,.;]{3,60}\s+at\s+the\s+time\b)|"
    # "A, who became Xland's foreign minister in November,": the office A took and holds
    r"(?:recently\s+)?became\s+(?:the\s+)?(?:new\s+)?)"
)
# "A is a senior fellow with the X Program.": a description's closing line about a person named earlier
_IS_A = re.compile(r"\s+is\s+(?:also\s+)?an?\s+")
_BODY_REST = re.compile(r"(?:\s+(?:of|for|and|the|on|[A-Z][\w'’&-]*|\([A-Z]{2,6}\)))+")
# "A, the former defence minister who now serves as secretary of X,": the office held now
_NOW_SERVES = re.compile(
    r"\s*,\s*(?:the\s+|a\s+)?former\s[^,.;]{1,60}?\s+who\s+(?:now\s+serves\s+as|is\s+now|now\s+heads)\s+"
    r"(?:the\s+)?"
)
_CUES = ("appointed", "named", "sworn", "elected", "who is", "who was", " is a", "who now", "became")


def _former(role: str | None) -> bool:
    """A past office ("former army chief"), no title the person holds now."""
    return role is None or role.lower().startswith(("former ", "ex-", "a former "))


def appointed_offices(doc: Doc, people: People) -> None:
    """ "A ... was appointed X": X is A's office over a past one or a bare rank."""
    text = doc.text
    for rec in people.recs:
        if not (_former(rec.role) or weak_title(rec.role)):
            continue
        for m in rec.mentions:
            end = m.sentence.end
            stretch = text[m.end : min(end, m.end + 140)]
            if not any(c in stretch for c in _CUES):
                continue
            hit = (
                _APPOINTED.match(text, m.end, end)
                or _NOW_SERVES.match(text, m.end, end)
                or (
                    (_WHO_IS.match(text, m.end, end) or _IS_A.match(text, m.end, end))
                    if rec.role is None
                    else None
                )
            )
            if hit and _take(text, hit.end(), end, rec):
                break


def _take(text: str, start: int, end: int, rec: PersonRec) -> bool:
    toks = tokenize(text, start, end)
    title = scan_title(toks, 0, text, ci=True) if toks else None
    if title is None:
        return False
    stop = text.find(",", title.role_end, end)
    rest = _BODY_REST.match(text, title.role_end, stop) if stop > 0 else None
    # "member of the Political Bureau of the X Party of Y (XP) Central Committee": the body's whole name
    role_end = rest.end() if rest and rest.end() == stop else title.role_end
    rec.role = text[title.role_start : role_end]
    rec.country = rec.country or title.country
    return True


_AT_THE_TIME = re.compile(r"\s*,\s*who\s+was\s+(?:then\s+)?[^,.;]{3,60}\s+at\s+the\s+time\b")


def past_holders(doc: Doc, people: People) -> None:
    """ "A, who was defense minister at the time,": A held the office someone else holds now, so A is of
    that holder's country (an office the holder's country has taken bars no guess for A)."""
    text = doc.text
    for rec in people.recs:
        if rec.country or not rec.role:
            continue
        for m in rec.mentions:
            if "at the time" not in text[m.end : min(m.sentence.end, m.end + 90)]:
                continue
            if _AT_THE_TIME.match(text, m.end, m.sentence.end):
                key = role_key(rec.role)
                holders = [r for r in people.recs if r is not rec and r.role and role_key(r.role) == key]
                holder = holders[0] if len(holders) == 1 else None  # one holder now: one country
                if holder is not None and holder.country:
                    rec.country = holder.country
                break


# "his predecessor, A" / "Doe's predecessor, A": the named person's (else the one before) office
_PREDECESSOR = re.compile(
    r"\b(?:his|her|their|(?P<n>[A-Z][\w-]*)(?:'s|’s))\s+(?:immediate\s+)?(?:predecessor|successor)\s*,?\s*"
    r"(?:as\s+(?:[\w ]{3,40}?,\s*)?)?$"
)


def predecessors(doc: Doc, people: People) -> None:
    """ "B was appointed after his predecessor, A, was removed": A held B's office, so A is of B's country."""
    text = doc.text
    for rec in people.recs:
        if rec.country:
            continue
        for m in rec.mentions:
            before = text[max(m.sentence.start, m.span_start - 64) : m.span_start]
            pm = _PREDECESSOR.search(before) if "ecessor" in before else None
            if not pm:
                continue
            earlier = [r for _, r in people.at(m.sentence.start, m.span_start) if r is not rec]
            if pm["n"]:  # "Doe's predecessor": Doe, wherever the text names Doe in full
                earlier = [r for r in people.recs if r is not rec and pm["n"] in r.tokens and r.country][:1]
            if earlier and earlier[0].country:
                rec.country = earlier[0].country
                break
