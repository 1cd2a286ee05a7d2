"""Calls on a host and audiences: whether a visitor's meeting with another country's officials is a call
(kind "other") or the visit's talks."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import ORGANISATION_NAMES
from briefings.extract.people import People, PersonRec

HEAD = re.compile(
    r"(?:the\s+)?(?:(?!Deputy|Vice|Acting|Senior)[A-Z][a-z]+\s+)?(?:Prime\s+Minister|President|Premier|King|Queen|Chancellor|Emperor|Crown\s+Prince|Sultan|Emir)"
    r"(?:\s+of\s+[\w\s]+)?"
)
# "General Secretary of the X Party" leads a party: no minister
_MINISTER = re.compile(
    r"\bMinister\b|(?<!General\s)\bSecretary\s+of\b|\b(?:Foreign|Defen[cs]e|Home|Trade)\s+Secretary\b"
)


def courtesy_call(people: People, subject: PersonRec | None, met: list[PersonRec]) -> bool:
    """A minister received by another country's head of government or state, whose ministerial counterpart
    the text also names: a call on the head, not the visit's talks ("talks with Foreign Minister B ... and
    meet Prime Minister C")."""
    if subject is None or not subject.role or not _MINISTER.search(subject.role):
        return False
    if HEAD.fullmatch(subject.role) or subject.country in ORGANISATION_NAMES:
        return False
    met = [r for r in met if r.country != subject.country]  # a compatriot goes along to the call
    if not met:
        return False
    for r in met:
        if not r.role or not HEAD.fullmatch(r.role) or r.country is None:
            return False
        if not any(
            x is not r
            and x.country == r.country
            and x.role
            and _MINISTER.search(x.role)
            and not HEAD.fullmatch(x.role)
            for x in people.recs
        ):
            return False
    return True


_VICE = re.compile(r"\b(?:Vice|Deputy)\s+(?:President|Premier|Chancellor)\b|\bCrown\s+Prince\b")


def received_by_peer(subject: PersonRec | None, met: list[PersonRec]) -> bool:
    """A visitor "received by" ministers of another country, no head or deputy head of state among them:
    talks with counterparts, not an audience."""
    if subject is None or not met:
        return False
    for r in met:
        if r.country == subject.country or not r.role or not _MINISTER.search(r.role):
            return False
        if HEAD.match(r.role) or _VICE.search(r.role):
            return False
    return True
