"""A leader's country from the text's descriptions of the office holder rather than from the name: "the
first visit by a Xish Prime Minister", "the first talks between a Xish prime minister and ... since A",
"the first Prime Ministerial visit from Xland", and a later "the Xish president" standing for the named one;
and the office of a leader's (or a plain minister's) counterpart named with no title."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.literals import has_any
from briefings.extract.people import People, PersonRec

_TITLE = r"(?P<title>[Pp]resident|[Pp]rime [Mm]inister|[Pp]remier|[Cc]hancellor)"
# "the first by a Xish Prime Minister in 27 years", "the first talks between a Xish prime minister"
_FIRST_BY = re.compile(
    r"\bfirst\b[^.;]{0,60}?\b(?:by|from|between)\s+an?\s+(?P<adj>(?:U\.S\.|[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?)\s+"
    + _TITLE
    + r"\b"
)
# "the first Prime Ministerial visit from Xland"
_FIRST_FROM = re.compile(
    r"\bfirst\s+(?:[a-z]+\s+)?(?P<title>Prime Ministerial|Presidential)\s+visit\s+from\s+"
    r"(?P<adj>[A-Z][a-z]+)\b"
)
# "The Xish president is due ...": the named holder spoken of by country and office, no name after it
_ANAPHOR = re.compile(
    r"\b[Tt]he\s+(?P<adj>U\.?S\.?|[A-Z][a-z]+)\s+(?P<title>president|prime minister|premier|chancellor)\b"
    r"(?!\s+[A-Z])"
)
_SINCE = re.compile(r"\bsince\s+$")
_TITLES = ("resident", "inister", "remier", "hancellor")
_LOWER_TITLES = ("president", "prime minister", "premier", "chancellor")


def _title(raw: str) -> str:
    """The office a matched title word names, lower-cased ("Prime Ministerial" -> "prime minister")."""
    low = raw.lower()
    if low.startswith("prime minister"):
        return "prime minister"
    return "president" if low.startswith("presiden") else low


def _holder(people: People, title: str, country: str) -> PersonRec | None:
    """The one person holding the title with no country yet, unless the country's holder is named."""
    free = [r for r in people.recs if r.role and r.role.lower() == title and not r.country]
    taken = any(r.role and r.role.lower() == title and r.country == country for r in people.recs)
    return free[0] if len(free) == 1 and not taken else None


def described_leaders(text: str, people: People) -> None:
    """Countries of leaders the text describes by country and office ("the first visit by a Xish PM")."""
    if not has_any(text, _TITLES):
        return
    found: list[tuple[re.Match[str], bool]] = []
    if "first" in text:
        found += [(m, True) for m in _FIRST_BY.finditer(text)]
        found += [(m, False) for m in _FIRST_FROM.finditer(text)]
    if has_any(text, _LOWER_TITLES):
        found += [(m, False) for m in _ANAPHOR.finditer(text)]
    for m, first_by in found:
        country = country_of(m["adj"])
        if not country:
            continue
        if first_by:
            # "... between a Xish prime minister and Y's president since A visited": A held the office then
            stop = text.find(".", m.end())
            for pm, rec in people.at(m.end(), stop if stop >= 0 else len(text)):
                if not rec.country and _SINCE.search(text[max(0, pm.start - 8) : pm.start]):
                    rec.country = country
        holder = _holder(people, _title(m["title"]), country)
        if holder is not None:
            holder.country = country


# "his Xish counterpart A" right before the name
_THEIR_COUNTERPART = r"(?:his|her)\s+(?:[A-Z][\w.]*\s+){0,2}counterpart,?\s+$"
_COUNTERPART = re.compile(r"\b" + _THEIR_COUNTERPART)
_LEADERS = frozenset({"president", "prime minister", "chancellor", "premier"})
# a minister's plain office, one portfolio word and its head ("Foreign Minister", "Defence Secretary")
PLAIN_OFFICE = re.compile(r"(?i)[a-z]+ (?:minister|secretary)$")
# the counterpart joined to the holder by "and": "A and his Xish counterpart B"
_JOINED = re.compile(r",?\s+and\s+" + _THEIR_COUNTERPART)
# "A will host B, who will meet his Xish counterpart C": the relative clause's subject (B) is whose
_WHO_CLAUSE = re.compile(r",\s+who\b")


def leaders_counterparts(text: str, people: People) -> None:
    """A leader's counterpart named with no title holds the leader's office ("Prime Minister A's visit to
    X, where he and his Xish counterpart B agreed": B is a Prime Minister); a minister's only when joined
    to the holder of a plain office ("Foreign Minister A and his Xish counterpart B")."""
    if "counterpart" not in text:
        return
    for rec in people.recs:
        if rec.role:
            continue
        for m in rec.mentions:
            start = max(m.sentence.start, m.span_start - 40)
            if "counterpart" not in text[start : m.span_start]:
                continue
            if not _COUNTERPART.search(text, start, m.span_start):
                continue
            before = people.at(m.sentence.start, m.span_start)
            leads = [(pm, r) for pm, r in before if r is not rec and r.role]
            if not leads:
                continue
            # "A will accompany B and hold talks with his Xish counterpart C": the subject opening the
            # sentence is whose counterpart C is, not the object named last ("A, B and his Xish
            # counterpart C": the one "and" joins C to)
            opener = leads[0][0].span_start - m.sentence.start <= 4
            opener = opener and not _JOINED.match(text, leads[-1][0].end, m.span_start)
            opener = opener and not _WHO_CLAUSE.search(text, leads[-1][0].end, m.span_start)
            held_at, lead = leads[0] if opener else leads[-1]
            if lead.role and lead.role.lower() in _LEADERS:
                rec.role = lead.role
                break
            # "Foreign Minister A and his Xish counterpart B": B holds A's plain office ("Foreign Minister")
            held = held_at.role  # the title written with the holder's name there
            if held and PLAIN_OFFICE.match(held) and _JOINED.match(text, held_at.end, m.span_start):
                rec.role = held
                break
