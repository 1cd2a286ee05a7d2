"""Lists of people whose members carry a title in apposition before the name ("accompanied by the Minister
of X, H.E. A; the Chief of Y, General B; and C"): where a member's lead-in ends and whether two mentions
are neighbours in one such list."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import capital_country, country_of
from briefings.extract.literals import has_any
from briefings.extract.mentions import Mention
from briefings.extract.people import People, PersonRec

# a title in apposition before a name, closed by its comma: "the Minister of Trade and Regional Integration, "
_TITLE_WORD = r"(?:[A-Z][\w'’.()-]*|of|for|and|the|on|in|to|de|du|da)"
_APPOSED = re.compile(rf"(?:the\s+)?[A-Z][\w'’.()-]*(?:\s+{_TITLE_WORD}){{0,12}},\s*$")
# the gap between two members: a comma or semicolon, "and", a repeated "by", the next member's own title
_MEMBER_GAP = re.compile(
    rf"^\s*(?:,|;|and|,\s*and|;\s*and|&)\s*(?:by\s+)?(?:the\s+)?(?:[A-Z][\w'’.()-]*(?:\s+{_TITLE_WORD}){{0,12}},\s*)?$"
)
_SEPARATORS = (",", ";", "and", "&")
# "accompanied by", "joined by", "together with": the people after it travel with the one before
ACCOMPANIED = re.compile(
    r"\b(?:(?:accompanied|joined|supported|assisted)\s+(?:[a-z]+\s+){0,3}?by|(?:together|along)\s+with|"
    r"travel(?:s|l?ed|l?ing)?\s+with)\s+"
    r"(?:the\s+)?$"
)
# one of these is in every ACCOMPANIED match
_CUE_WORDS = ("accompanied", "joined", "supported", "assisted", "together", "along", "travel")
# "accompanied by several members of the Government, including A", "accompanied by around a dozen ministers,
# among them A": a group the companions are named from
_GROUP_ACCOMPANIED = re.compile(
    r"\b(?:accompanied|joined)\s+by\s+(?:(?:around|about|nearly|almost|roughly|up\s+to|more\s+than)\s+)?"
    r"(?:a|an|several|some|other|senior|members|dozens|\d+|two|three|four|five|six|seven|eight|nine|ten)\b[^.;:]{0,60}?"
    r"\b(?:including|comprising|among\s+them|notably)\s+(?:the\s+)?$"
)


def accompanied_before(text: str, lo: int, at: int) -> bool:
    """A companion cue ends right before `at`: "accompanied by", or a group's "accompanied by members of X,
    including"."""
    close = max(lo, at - 40)
    if any(text.find(w, close, at) >= 0 for w in _CUE_WORDS) and ACCOMPANIED.search(text, close, at):
        return True
    near = max(lo, at - 100)
    return text.find("ccompanied", near, at) >= 0 and bool(_GROUP_ACCOMPANIED.search(text, near, at))


def title_lead(text: str, lo: int, at: int) -> int:
    """Where a mention's lead-in ends: before a title in apposition that ends at `at` with a comma ("included
    the Minister of X, " -> after "included "); `at` itself when there is none."""
    if not text[lo:at].rstrip().endswith(","):
        return at
    m = _APPOSED.search(text, lo, at)
    return m.start() if m else at


def member_gap(gap: str) -> bool:
    """The text between two people is a list separator, the second one's apposed title allowed after it
    ("; the Minister of X, ")."""
    return any(w in gap for w in _SEPARATORS) and bool(_MEMBER_GAP.match(gap))


_DELEGATION = re.compile(
    r"(?:\b(?:[Tt]he|An?)\s+)?([A-Z][\w.-]*(?:\s+(?:of\s+)?[A-Z][\w.-]*){0,3})(?:'s|’s)?\s+"
    r"(?:(?:sent|will send|is sending|dispatched)\s+)?"
    r"(?:(?:a|an|its|the)\s+)?(?:[\w-]+\s+){0,3}?(?:delegation|team|side)\b[^.;]*?"
    r"\b(?:(?:led|headed)?\s*by\s+|(?:compris(?:e|es|ed|ing)|includ(?:e|es|ed|ing)|consist(?:s|ed|ing)?\s+of|"
    r"(?:made\s+up|composed)\s+of|(?<=delegation as))"  # "lists the head of the Xish delegation as A"
    r"\s+(?:the\s+)?)$"  # "will include the Special Envoy A": the member's title in the mention
)
_DELEGATION_WORDS = ("delegation", "team", "side")  # every _DELEGATION match holds one of these


_SERVICE = re.compile(r"\s+(?:Army|Navy|Air\s+Force|Armed\s+Forces|Coast\s+Guard|Police|Marines?)$")


def owner_country(owner: str) -> str | None:
    """The country of a delegation's owner: a state, its capital standing for its government ("Xcity's
    delegation"), or a state's armed service ("the Xland Army")."""
    found = country_of(owner) or capital_country(owner)
    return found or (country_of(_SERVICE.sub("", owner)) if _SERVICE.search(owner) else None)


def delegation_lead(text: str, people: People, m: Mention) -> re.Match[str] | None:
    """ "The Xish delegation included A" before a mention, or before the list it continues, the members'
    titles in apposition allowed ("included the Minister of Y, Hon. A; the Chief of Z, General B"): group 1
    names the delegation's owner."""
    s = m.sentence
    if not any(w in text[s.start : m.span_start] for w in _DELEGATION_WORDS):
        return None
    lo = max(s.start, m.span_start - 80)
    found = _nearest_owner(text[lo : m.span_start])
    if found:
        return found
    led = has_any(text[s.start : m.span_start], ("led by", "headed by"))
    if led and text.endswith(" by ", lo, m.span_start):
        gapped = _GAPPED_SIDE.search(text, lo, m.span_start)
        if gapped and country_of(gapped[1]):
            return gapped
    head = m
    for prev, _ in reversed(people.at(s.start, m.span_start)):
        if prev is head or not member_gap(text[prev.tail_end : head.span_start]):
            break
        head = prev
    at = title_lead(text, s.start, head.span_start)
    if at == m.span_start:
        return None
    return _nearest_owner(text[max(s.start, at - 80) : at])


def delegation_member(text: str, people: People, rec: PersonRec) -> str | None:
    """The country of a delegation the person is listed in ("The Xish delegation will include A")."""
    for m in rec.mentions:
        dm = delegation_lead(text, people, m)
        if dm:
            return owner_country(dm[1])
    return None


# "..., and the Xish side by Minister B": the verb of the clause before left out
_GAPPED_SIDE = re.compile(
    r"(?:,|\band)\s+(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)\s+(?:delegation|team|side)\s+by\s+$"
)


def _nearest_owner(before: str) -> re.Match[str] | None:
    """The delegation cue closest before a name: "the Xish delegation will be led by A, while the Yish side
    will be led by B" gives B the Yish side, not the Xish one the first match would name."""
    found = _DELEGATION.search(before)
    nearest = found
    while nearest is not None:
        later = _DELEGATION.search(before, nearest.start(1) + 1)
        if later is None:
            break
        nearest = later
        if owner_country(later[1]):
            found = later
    return found


# "A and B held talks", "A and B met on Monday": the pair are the meeting's two sides
_PAIR_MEETS = re.compile(r"\s+(?:will\s+|have\s+|had\s+)?(?:held|hold|holds|met|meet|meets)\b")


def pair_meets(text: str, people: People, second: Mention) -> bool:
    """The second of a pair joined by "and" opens the pair's meeting with no one else named after it ("A and
    B held bilateral talks"): two sides, not one list."""
    if not _PAIR_MEETS.match(text, second.tail_end, second.sentence.end):
        return False
    return not people.at(second.tail_end, second.sentence.end)


def after_cue(text: str, m: Mention) -> bool:
    """A companion cue before the title in apposition that leads to the name."""
    at = title_lead(text, m.sentence.start, m.span_start)
    return at < m.span_start and accompanied_before(text, m.sentence.start, at)
