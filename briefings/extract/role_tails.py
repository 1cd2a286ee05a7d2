"""Where a title in apposition ends when a body's name runs on past its title words ("A, Head of the
Regional X Programme at Y,", "A, Minister of the X Program Administration (XPA),") and the lower-case
ministry it serves in after it ("A, Director-General of the X Department at the ministry.", "A, State
Secretary in the Ministry of X,"), and the further states an envoy is accredited to ("A, Ambassador to B, C
and D,")."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.role_scan import Title, scan_title
from briefings.extract.roles import INITIALS_AFTER
from briefings.extract.tokens import Tok

# "director-general of the International Institute for X": the words that make a run a body's name
_BODY_WORD = re.compile(
    r"\b(?:Institute|Institution|Centre|Center|University|Foundation|Council|Commission|Agency|Organi[sz]ation|"
    r"Forum|Bank|Fund|Committee|School|College|Academy|Association|Society|Studies|Office|Bureau|Authority|"
    r"Division|Department|Directorate|Headquarters|Programmes?|Programs?|Administration|Secretariat|"
    r"Area|Command|Fleet|District|Sector)\b"
)
_ORG_TAIL = re.compile(r"(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-Z][\w'’&-]*)+")
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
    initials = INITIALS_AFTER.match(text, tail.end(), stop)  # "(XPA)": the body's initials, not the title
    return tail.end(), initials.end() if initials else tail.end()


def ministry_tail(text: str, end: int, stop: int) -> int:
    """The end of a lower-case "at the ministry" after a title, else end."""
    m = _AT_MINISTRY.match(text, end, stop) if "inistry" in text[end : end + 40] else None
    return m.end() if m else end


# "in the Ministry of National X": the ministry a state secretary serves in, named in full
_IN_MINISTRY = re.compile(
    r"\s+in\s+the\s+(?:Federal\s+)?(?:Ministry|Department)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w'’-]*)*"
)
# ", B, C(,) and D" after "Ambassador to A": the further states an envoy is accredited to
_PLACE = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
_ACCREDITED = re.compile(rf"((?:,\s+{_PLACE})+),?\s+and\s+({_PLACE})")


def _state(name: str) -> bool:
    """A state's name, not an organisation's."""
    c = country_of(name)
    return c is not None and c not in ORGANISATION_NAMES


def office_tail(text: str, role: str, end: int, stop: int) -> int:
    """The end of what a title in apposition holds after its words, else end: the ministry it serves in,
    named in full ("Secretary of State in the Ministry of X"), or the further states an envoy is accredited
    to ("Ambassador to A, B, C and D")."""
    if text.startswith(" in the ", end):
        m = _IN_MINISTRY.match(text, end, stop)
        return m.end() if m else end
    if not text.startswith(", ", end) or " to " not in role or not _state(role.rpartition(" to ")[2]):
        return end
    more = _ACCREDITED.match(text, end, stop)
    if more is None or not all(_state(p.strip()) for p in [*more[1].split(",")[1:], more[2]]):
        return end
    return more.end()


# "Multinational Brigade – Xland": a unit named by the state it is deployed in, after a dash
_DASH_STATE = re.compile(r"\s+[–—-]\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)(?=\s*(?:[,;.)]|and\b|$))")
_UNITS = ("Brigade", "Battlegroup", "Battle Group", "Division", "Corps", "Force", "Group")


def dash_state(text: str, end: int, stop: int) -> int:
    """The end of a state's name a dash adds to a unit's name closing a title ("commander of Multinational
    Brigade – Xland"), else end."""
    if not text.endswith(_UNITS, max(0, end - 12), end):
        return end
    m = _DASH_STATE.match(text, end, stop)
    state = country_of(m[1]) if m else None
    return m.end() if m and state and state not in ORGANISATION_NAMES else end


_COMMAND_INITIALS = re.compile(r"[A-Z]{4,12}(?:['’]s)?")


def command_title(toks: list[Tok], k: int, text: str) -> Title | None:
    """An apposed title a command's initials open ("A, XCOM senior enlisted leader,", "B, XCOM's Command
    Senior Enlisted Leader,"): the initials stay in the title, a possessive owner does not."""
    if k + 1 >= len(toks) or not _COMMAND_INITIALS.fullmatch(toks[k].text) or country_of(toks[k].text):
        return None
    title = scan_title(toks, k + 1, text, ci=True)
    if title is None or title.start != toks[k + 1].start or title.country:
        return None
    if not toks[k].text.endswith(("'s", "’s")):
        title.role_start = title.start = toks[k].start
    return title


# the nouns of a ministry's or an institute's own unit, and of a parliament's chamber ("Lok Sabha"); not a
# ministry's own name ("Department of X", "Directorate of Y"): the affiliation, no part of the title
_UNIT_NOUNS = frozenset({"unit", "program", "programme", "division", "bureau", "section", "sabha"})
_UNIT_LINKS = frozenset({"for", "of", "and", "on", "the", "&"})


def _unit_word(t: Tok) -> bool:
    return t.cap and t.text.isalpha()


def office_unit(toks: list[Tok], k: int) -> int | None:
    """After an apposed office and a comma: the unit it serves in, closed by a stop or a comma ("Director,
    Unit for East Asia and Oceania;", "Member of Parliament, Lok Sabha;"); the index after the unit."""
    if k + 2 >= len(toks) or toks[k].text != "," or not toks[k + 1].cap:
        return None
    j = k + 1
    while j < len(toks) and j < k + 9 and (_unit_word(toks[j]) or toks[j].low in _UNIT_LINKS):
        j += 1
    if toks[j - 1].low in _UNIT_LINKS or not any(t.low in _UNIT_NOUNS for t in toks[k + 1 : j]):
        return None
    if any(country_of(t.text) for t in toks[k + 1 : j]):
        return None  # "Director, Xland Department of Y": a state's body, read as its country elsewhere
    return j if j == len(toks) or toks[j].text in (",", ";", ".") else None


def body_word_title(toks: list[Tok], k: int, text: str) -> Title | None:
    """ "A, Xorg Spokesperson,": a capitalised word the vocabulary does not know (a body's one-word name)
    before a capitalised title; the title after it, the body its affiliation."""
    if k + 2 >= len(toks) or not toks[k].cap or not toks[k].text.isalpha() or not toks[k + 1].cap:
        return None
    if toks[k].low in ("the", "a", "an") or country_of(toks[k].text) is not None:
        return None
    title = scan_title(toks, k + 1, text)
    if title is None or title.start != toks[k + 1].start or title.next_index >= len(toks):
        return None
    return title if toks[title.next_index].text in (",", ";", ".", ")") else None


# "of the Xish foreign | ministry's Y Affairs Bureau": a lower-case ministry owning a named unit, which the
# title's scan stopped before; the unit's name ends on a body word
_MINISTRY_UNIT = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s+(?:ministry|department)['’]s(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-Z][\w'’&-]*)+"
)


def unit_country(words: list[Tok]) -> str | None:
    """The state a service's name holds ("Royal Xish Navy" -> Xland), not an organisation."""
    for t in words:
        c = country_of(t.text)
        if c and c not in ORGANISATION_NAMES:
            return c
    return None


def ministry_unit(title: Title, text: str, role: str, end: int, stop: int) -> int:
    """The end of "<x> ministry's <Named Unit>" after a title "... of the <owner>" cut inside it, when the
    apposition closes right after the unit's name, else 0; the owner's state becomes the title's country."""
    if " of " not in role or "inistry" not in text[end : end + 40]:
        return 0
    m = _MINISTRY_UNIT.match(text, end, stop)
    if m is None or not _BODY_WORD.search(m[0]) or not _CLOSED.match(text, m.end(), stop):
        return 0
    owner = role.rsplit(" of ", 1)[1].split()
    for word in owner[1:] if owner[0].lower() == "the" else owner:
        c = country_of(re.sub(r"['’]s$", "", word))
        title.country = title.country or (c if c not in ORGANISATION_NAMES else None)
    return m.end()


# "director-general of the X Affairs Bureau": a lower-case head holding a named unit's office
_HEAD_OF_UNIT = re.compile(r"(?:[a-z][\w-]*\s+){1,2}of\s+(?:the\s+)?\S")


def heads_named_unit(role: str) -> bool:
    """A lower-case title heading a named body ("director-general of the X Affairs Bureau"): a formal office
    that a loose description before the name ("the chief negotiator, A,") yields to."""
    return _HEAD_OF_UNIT.match(role) is not None and _BODY_WORD.search(role) is not None


_WORKPLACE_AT = re.compile(r" (?:at|with) ")


def described_post(title: Title, text: str) -> Title:
    """A copular description's post without its workplace ("A is a senior fellow with the X Program at Y":
    "senior fellow"): a bio line names the post, the workplace is the affiliation."""
    cut = _WORKPLACE_AT.search(text, title.role_start, title.role_end)
    if cut:
        title.role_end = cut.start()
    return title
