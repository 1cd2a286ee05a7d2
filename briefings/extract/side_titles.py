"""Which person a title standing alone names: its one holder, not a lower rank, the protagonist's own."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.people import People, PersonRec
from briefings.extract.roles import role_key
from briefings.extract.sentences import Doc


def title_holder(people: People, title: str) -> PersonRec | None:
    """The holder of a title; "the Chilean Foreign Minister": the one of that country holding the rest."""
    held = people.by_title(title)
    if held is not None and held.role and _lower_holder(held.role, title):
        held = None  # "the Prime Minister" is not the Deputy Prime Minister
    first, _, rest = title.partition(" ")
    country = country_of(first) if held is None and rest else None
    if country is None:
        return held
    words = role_key(rest).split()
    hits = [
        r
        for r in people.recs
        if r.country == country and r.role and set(words) <= set(role_key(r.role).split())
    ]
    return hits[0] if len(hits) == 1 else None


def sole_holder(people: People, held: PersonRec) -> bool:
    """Whether no one else holds held's office (two foreign ministers: "the Foreign Minister" is unsure)."""
    key = role_key(held.role or "")
    return sum(1 for r in people.recs if r.role and role_key(r.role) == key) == 1


def _lower_holder(role: str, title: str) -> bool:
    """Whether role holds title only as a lower rank of it ("Deputy Prime Minister and X" for "Prime
    Minister")."""
    own, said = role_key(role).split(), role_key(title).split()
    n = len(said)
    if not said or said[0] in _LOWER_RANKS:
        return False
    at = [i for i in range(len(own) - n + 1) if own[i : i + n] == said]
    return bool(at) and all(i > 0 and own[i - 1] in _LOWER_RANKS for i in at)


def protagonists_title(doc: Doc, m: re.Match[str], main_first: PersonRec | None) -> bool:
    """ "the Prime Minister" (no name after it) is the title the main event's protagonist holds."""
    if main_first is None or not main_first.role or re.match(r"\s+[A-Z]", doc.text[m.end() : m.end() + 2]):
        return False
    return lead_title(main_first, m[1])


def lead_title(lead: PersonRec, title: str) -> bool:
    """ "the Foreign Minister" names the protagonist, the "Federal Foreign Minister" (not a Deputy one)."""
    if not lead.role:
        return False
    own, said = role_key(lead.role).split(), role_key(title).split()
    return own == said or (own[-len(said) :] == said and not set(own[: -len(said)]) & _LOWER_RANKS)


_LOWER_RANKS = frozenset(
    {"deputy", "vice", "assistant", "under", "junior", "acting", "parliamentary", "state"}
)


def held_by_one(people: People, head: str) -> bool:
    """ "the External Affairs Minister will ...": a title only one person of the text holds."""
    m = _THE_TITLE_HEAD.match(head)
    if m is None:
        return False
    words = set(role_key(m[1]).split())
    return sum(1 for r in people.recs if r.role and words <= set(role_key(r.role).split())) == 1


_THE_TITLE_HEAD = re.compile(r"\s*the\s+((?:[A-Z][\w-]*\s+){0,3}(?:Minister|Secretary))\s*$")


# "The delegation, led by A, ...", "The delegation will be led by the Chair of X, A": its head named after
_LED_BY = re.compile(r"\bdelegation\b[^.;]{0,80}?\b(?:led|headed)\s+by\b")
# "A will lead a bipartisan congressional delegation to X": its head named before
_LEADS = re.compile(
    r"\b(?:will\s+lead|leads|is\s+leading|to\s+lead|will\s+head|heads)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?"
    r"delegation\b"
)
# "In X, the delegation will meet B", "Members will hold talks with B", "MEPs will meet B": the group abroad
_DELEGATION_SUBJECT = re.compile(
    r"\s*(?:(?:In|At|On|During)\s[^,;]{1,60},\s*)?(?:[Tt]he\s+(?:[\w-]+\s+){0,2}?delegation|[Dd]elegation\s+members|"
    r"[Mm]embers|MEPs|[Ll]awmakers|[Ss]enators)\s+(?:(?:will|are|is)\s+(?:also\s+)?"
    r"(?:(?:scheduled|expected|due|set)\s+to\s+)?)?$"
)


def delegation_head(doc: Doc, people: People, head: str) -> PersonRec | None:
    """The head of the delegation a clause's group subject names ("the delegation will meet B"), else None."""
    if "delegation" not in doc.text or not _DELEGATION_SUBJECT.fullmatch(head):
        return None
    for m in _LED_BY.finditer(doc.text):
        s = doc.sentence_at(m.start())
        named = people.at(m.end(), s.end) if s else []
        if named:
            return named[0][1]
    for m in _LEADS.finditer(doc.text):
        s = doc.sentence_at(m.start())
        named = people.at(s.start, m.start()) if s else []
        if named:
            return named[-1][1]
    return None
