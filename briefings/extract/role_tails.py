"""Where a title in apposition ends when a body's name runs on past its title words ("A, Head of the
Regional X Programme at Y,", "A, Minister of the X Program Administration (XPA),") and the lower-case
ministry it serves in after it ("A, Director-General of the X Department at the ministry.")."""

from __future__ import annotations

import re

# "director-general of the International Institute for X": the words that make a run a body's name
_BODY_WORD = re.compile(
    r"\b(?:Institute|Institution|Centre|Center|University|Foundation|Council|Commission|Agency|Organi[sz]ation|"
    r"Forum|Bank|Fund|Committee|School|College|Academy|Association|Society|Studies|Office|Bureau|Authority|"
    r"Division|Department|Directorate|Headquarters|Programmes?|Programs?|Administration|Secretariat|"
    r"Area|Command|Fleet|District|Sector)\b"
)
_ORG_TAIL = re.compile(r"(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-Z][\w'’&-]*)+")
_INITIALS = re.compile(r"\s*\([A-Z][A-Za-z]{1,7}\)")
# "at the ministry": a workplace the scorer and labellers leave out of the title
_AT_MINISTRY = re.compile(r"\s+(?:at|in|of)\s+the\s+(?:[a-z]+\s+)?ministry\b")


# a body's field cut after its first word ("Subcommittee on East | Asia and the Pacific")
_BODY_FIELD = re.compile(
    r"\b(?:Subcommittee|Sub-[Cc]ommittee|Committee|Commission|Council|Caucus)\s+(?:on|for)\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*$"
)
_CLOSED = re.compile(r"\s*(?:[,;.)]|$)")


def body_tail(text: str, role: str, end: int, stop: int) -> tuple[int, int] | None:
    """After a title cut inside a body's name: (the name's end, the end past its bracketed initials)."""
    tail = _ORG_TAIL.match(text, end, stop)
    if tail is None:
        return None
    field = _BODY_FIELD.search(role) is not None and _CLOSED.match(text, tail.end(), stop) is not None
    if not (field or _BODY_WORD.search(tail[0])):
        return None
    initials = _INITIALS.match(text, tail.end(), stop)  # "(XPA)": the body's initials, no part of the title
    return tail.end(), initials.end() if initials else tail.end()


def ministry_tail(text: str, end: int, stop: int) -> int:
    """The end of a lower-case "at the ministry" after a title, else end."""
    m = _AT_MINISTRY.match(text, end, stop) if "inistry" in text[end : end + 40] else None
    return m.end() if m else end
