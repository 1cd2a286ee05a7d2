"""Who a title a quote's cue names means: its one holder, by its words, its initials or a short form."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.people import People, PersonRec
from briefings.extract.roles import role_key


def holds(rec: PersonRec, title: str) -> bool:
    """True when the person's role has every word of a title."""
    words = role_key(title).split()
    have = role_key(rec.role or "").split()
    return bool(words) and all(w in have for w in words)


def title_holder(people: People, title: str) -> PersonRec | None:
    """The person a bare title means, also "the French minister" (a country word and a title) and
    "the High Representative/Vice-President" (either part)."""
    parts = title.split("/")
    for part in parts:
        rec = people.by_title(part) or _titled_as(people, part)
        # "the HR/VP": either part's initials, "High Representative ..."
        rec = rec or (abbreviation_holder(people, part) if len(parts) > 1 else None)
        if rec:
            return rec
    words = title.split()
    short = abbreviation_holder(people, title)
    if short:
        return short  # "the Deputy PS": the Deputy Principal Secretary
    if len(words) < 2:
        return None
    country = country_of(words[0])
    if country is None and _BODY.fullmatch(words[0]):
        return _one_holder(people, " ".join(words[1:]))  # "the XYZ Commander": the body's initials first
    if country is None:
        return None
    rest = " ".join(words[1:])
    matching = [r for r in people.recs if r.country == country and r.role and holds(r, rest)]
    return matching[0] if len(matching) == 1 else None


_SHORT = re.compile(r"[A-Z]{2,4}")  # an office's initials inside a title ("CS", "PS")
_BODY = re.compile(r"[A-Z]{2,6}")  # a body's initials before a title ("the XYZ Commander")


def _one_holder(people: People, title: str) -> PersonRec | None:
    """The one person whose role is the title or holds all its words, else None."""
    key = role_key(title)
    if not key:
        return None
    exact = [r for r in people.recs if r.role and role_key(r.role) == key]
    held = exact or [r for r in people.recs if r.role and holds(r, title)]
    return held[0] if len(held) == 1 else None


def abbreviation_holder(people: People, title: str) -> PersonRec | None:
    """The one person whose role a title with initials spells ("Deputy PS", "PS"), else None."""
    words = title.split()
    if not any(_SHORT.fullmatch(w) for w in words) or country_of(words[-1]):
        return None
    abbreviated = [r for r in people.recs if r.role and _abbreviates(words, r.role.split())]
    return abbreviated[0] if len(abbreviated) == 1 else None


def _abbreviates(title: list[str], role: list[str]) -> bool:
    """True when a title with initials spells a run of the role's words ("Deputy PS": "Deputy Principal
    Secretary ..."), each initial standing for one capitalised word."""
    for start in range(len(role)):
        i = start
        for w in title:
            if _SHORT.fullmatch(w):
                run = role[i : i + len(w)]
                if len(run) < len(w) or "".join(x[0] for x in run) != w:
                    break
                i += len(w)
            elif i < len(role) and role[i].casefold() == w.casefold():
                i += 1
            else:
                break
        else:
            return True
    return False


def _titled_as(people: People, title: str) -> PersonRec | None:
    """The one person the text names with this short title ("Foreign Secretary Doe"), though the formal
    role it gives them reads otherwise ("Secretary of State for Foreign ... Affairs")."""
    key = role_key(title)
    if not key:
        return None
    found: PersonRec | None = None
    for m, rec in people.mentions:
        if m.role and role_key(m.role) == key:
            if found is not None and found is not rec:
                return None
            found = rec
    return found


def initials_holder(people: People, acronym: str) -> PersonRec | None:
    """The one person whose role's initials spell an acronym ("EAM": External Affairs Minister)."""
    if country_of(acronym):
        return None  # "UK", "NATO": a country or an organisation
    matching = [
        r
        for r in people.recs
        if r.role
        and acronym
        in (
            "".join(w[0] for w in re.findall(r"[A-Z][\w-]*", r.role)),
            "".join(w[0] for w in r.role.split()).upper(),  # "COAS": Chief of Army Staff, "of" counted
        )
    ]
    return matching[0] if len(matching) == 1 else None


# "A said in a statement", "A told X in a written statement": the person just named issued it
_ISSUED_BY = re.compile(
    r"\s*,?\s*(?:said|says|told\s+[\w ]{1,30}?|wrote|added)\s+(?:\w+\s+)?"
    r"in\s+an?\s+(?:[\w-]+\s+){0,2}?statement\b"
)
# "In a statement, A said", "In a statement issued on Monday, A said"
_ISSUED_LEAD = re.compile(r"\b[Ii]n\s+an?\s+(?:[\w-]+\s+){0,2}?statement\b[^.;“”\"]{0,50}?,\s*$")
_THE_STATEMENT = re.compile(r"\b(?:the|that|this)\s+statement\b")


def statement_issuer(text: str, people: People, offset: int) -> PersonRec | None:
    """ '"...," the statement said': the person the text names as issuing the last statement it mentions
    before the quote (None when that statement is an office's: "the ministry said in a statement")."""
    at = text.rfind("statement", 0, offset)
    while at >= 0 and _THE_STATEMENT.search(text, max(0, at - 6), at + 9) is not None:
        at = text.rfind("statement", 0, at)  # an earlier '"...," the statement said' of the same statement
    if at < 0 or offset - at > 2500:
        return None
    for m, rec in reversed(people.at(max(0, at - 200), min(len(text), at + 100))):
        if m.start > at and _ISSUED_LEAD.search(text, max(0, at - 20), m.span_start):
            return rec
        # "A said in a statement", or after A's apposition ("A, the X minister, said in a statement")
        if m.end < at and (
            _ISSUED_BY.match(text, m.end) or (m.tail_end > m.end and _ISSUED_BY.match(text, m.tail_end))
        ):
            return rec
    return None
