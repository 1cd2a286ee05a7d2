"""The state an official's unqualified title belongs to by the owner the text gives that office."""

from __future__ import annotations

import re

from briefings.extract.offices import fits
from briefings.extract.people import People, PersonRec
from briefings.extract.people_described_offices import RANK, described_states
from briefings.extract.people_spokes import acronym_institution, body_head, spokes_institution
from briefings.extract.roles import portfolio, role_key

# "foreign ministry spokeswoman", "Defence Ministry spokesman": a ministry's voice named by its portfolio
_MINISTRY_SPOKES = re.compile(r"(?i)^(?:the\s+)?(?P<body>[\w\s]+?\s+ministry)\s+spokes(?:person|man|woman)$")
# "her ministry announced": the ministry of the minister the pronoun stands for
_OWN_MINISTRY = re.compile(r"\b(?:his|her)\s+ministry\b")
_HEAD = re.compile(r"(?i)\b(?:minister|secretary)\b")


def office_owner(rec: PersonRec, people: People, text: str) -> str | None:
    """The state owning the office a person's title names with no state's word of its own: a spokesperson's
    body, by the initials the text defines ("the Ministry of X (MX) ... MX spokesperson A") or by its head's
    office ("MND spokesperson" beside "Minister of National Defense B"), before an institution the sentence
    names ("consultations with the Pentagon": the other side's); a ministry's spokesperson named by its
    portfolio ("foreign ministry spokeswoman A"), of the minister the text gives that ministry to ("Foreign
    Minister B will travel ..., her ministry announced"); a minister the text describes
    by the state alone ("Xland's defence minister will ...": "Defence Minister A" is Xland's)."""
    if not rec.role:
        return None
    voice = acronym_institution(rec, text) or body_head(rec, people, text) or _ministry(rec, people, text)
    # "Press Secretary A said ... the Pentagon ...": the author of a statement ("Statement from Press
    # Secretary A"), of the one institution the text names
    voice = voice or spokes_institution(rec, text if rec is people.recs[0] else None)
    return voice or _described(rec, people, text)


def _ministry(rec: PersonRec, people: People, text: str) -> str | None:
    """A ministry's spokesperson named by its portfolio, in a text that gives that ministry to a minister
    ("Foreign Minister B will travel ..., her ministry announced"): that minister's state."""
    spokes = _MINISTRY_SPOKES.match(rec.role or "")
    if spokes is None or "ministry" not in text:
        return None
    family = portfolio(spokes["body"].replace("inistry", "inister"))
    if family is None:
        return None
    for own in _OWN_MINISTRY.finditer(text):
        head = people.last_before(own.start())
        if head is not None and head is not rec and head.role and portfolio(head.role) == family:
            return head.country
    return None


def _described(rec: PersonRec, people: People, text: str) -> str | None:
    """The one state whose minister the text describes by that state alone, with the person's very office,
    when no one else of that state holds it."""
    role = rec.role or ""
    if not _HEAD.search(role) or portfolio(role) is None or any(m.country for m in rec.mentions):
        return None
    key = role_key(role)
    states = {c for c, office in described_states(text) if role_key(office) == key}
    if len(states) != 1:
        return None
    state = states.pop()
    # the description is another's: someone else holds the office ("Xland's defence minister has not
    # attended since ...", several defence ministers named), or the state's own person has no other office
    # ("Vietnam's defence minister ... General A")
    taken = any(
        r is not rec
        and (role_key(r.role or "") == key or (r.country == state and (not r.role or RANK.match(r.role))))
        for r in people.recs
    )
    return None if taken or not fits(people, rec, state) else state
