"""Calls on a host and audiences: whether a visitor's meeting with another country's officials is a call
(kind "other") or the visit's talks; a session no body owns held by the main meeting's two sides (a
bilateral) and the people of a gathering the main meeting is "preceded by"."""

from __future__ import annotations

import re

from briefings.extract.org_names import ORGANISATION_NAMES
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


def pair_session(recs: list[PersonRec], main_recs: list[PersonRec]) -> bool:
    """A session of no named body held by one person of each of the main event's two countries ("preceded
    by a meeting of senior officials co-chaired by A and B"): the two sides' own meeting, a bilateral."""
    sides = {r.country for r in recs}
    if len(recs) < 2 or None in sides or len(sides) != 2:
        return False
    return sides == {r.country for r in main_recs}


# "a meeting of senior officials": a session no body's name owns ("a session of the X Council" has one)
_SESSION_OF = r"\ban?\s+(?:[\w'’-]+\s+){0,2}?(?:meeting|session)\s+of"
_OF_UNNAMED = r"\s+(?!the\s+[A-Z])[a-z]"
_CUE_SESSION = re.compile(_SESSION_OF + "$")
_OF_WHOM = re.compile(_OF_UNNAMED)
_CHAIRED_SESSION = re.compile(_SESSION_OF + _OF_UNNAMED + r"[^,;]*,?$")


def unnamed_session(text: str, m: re.Match[str], start: int) -> bool:
    """A side-meeting cue for a session no body's name owns: "attend a meeting of senior officials", or its
    chairs after it ("a meeting of senior officials on 3 May, co-chaired by A and B")."""
    if m["multi"]:
        return bool(_CUE_SESSION.search(m.group()) and _OF_WHOM.match(text, m.end()))
    return bool(m["chaired"] and _CHAIRED_SESSION.search(text, max(start, m.start() - 80), m.start() - 1))


def preceding_people(people: People, start: int, end: int) -> list[PersonRec]:
    """The people named after a "preceded by" gathering in its sentence, once each: its participants."""
    out: list[PersonRec] = []
    for _, r in people.at(start, end):
        out += [] if r in out else [r]
    return out
