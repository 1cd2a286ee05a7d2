"""The kind of meeting a gathering's name or count gives, and people a text counts as meeting together."""

from __future__ import annotations

import re

from briefings.extract.eventcues import countries_in
from briefings.extract.gazetteer import ORGANISATION_NAMES, country_of
from briefings.extract.people import PersonRec
from briefings.extract.sentences import Doc, Sentence

# "a trilateral meeting of ...": the count word before the gathering's noun
# "host a trilateral meeting of X ministers", "host a trilateral defense ministers' meeting": the count
_COUNT_OF = re.compile(
    r"\b(bilateral|trilateral)\s+(?:(?:meeting|session|summit|conference)\s+of\b|"
    r"(?:[\w-]+\s+){0,2}?(?:ministers['’]|ministerial)\s+meeting\b)",
    re.I,
)
# "chair a meeting of the A-B Council", "the 6th meeting of the A-B Joint Commission": a named body's session
_OF_BODY = re.compile(
    r"\b[Mm]eeting\s+of\s+the\s+(?:\d+\w*\s+)?(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})"
)
_ORG_NAMES = ORGANISATION_NAMES
# the Union meets a state as one party ("the EU-B Association Council"): its institutions hold one side;
# other blocs bring their member states ("the Org-B Council")
_ONE_PARTY = frozenset({"European Union"})


def body_kind(text: str) -> str | None:
    """The kind of a named body's session: a body of two or three countries ("the A-B Joint Commission")
    is bilateral or trilateral; any other body ("the Org-B Council", "the Y Group") multilateral; a count
    word the cue gives itself ("host a trilateral meeting of Xish defence ministers") wins."""
    count = _COUNT_OF.search(text)
    if count:
        return count[1].lower()
    m = _OF_BODY.search(text) if "eeting of the " in text else None
    if m is None:
        return None
    first = m["name"].split()[0]
    parts = [country_of(x) for x in re.split(r"[-–]", first)] if re.search(r"[-–]", first) else []
    if parts and all(c and (c not in _ORG_NAMES or c in _ONE_PARTY) for c in parts):
        return {2: "bilateral", 3: "trilateral"}.get(len(parts), "multilateral")
    return "multilateral"


# "the 49th A-B Military Committee Meeting (MCM) will be held ..., co-chaired by": a format of the sides named
_FORMAT_NAME = re.compile(
    r"\b(?P<fmt>[A-Z][\w.]*(?:[-–][A-Z][\w.]*)+)\s+(?:[A-Z][\w'’+()-]*\s+){0,5}?"
    r"(?:Meeting|Dialogue|Committee|Commission|Council|Talks|Consultations|Summit)\b"
)


def format_kind(text: str) -> str | None:
    """bilateral or trilateral for the last gathering named by a format of two or three states in text
    ("the A-B Military Committee Meeting"), multilateral for a bloc's format ("the Org-B Summit") or one of
    four or more states; None if there is none or a part is neither."""
    found = list(_FORMAT_NAME.finditer(text))
    if not found:
        return None
    last = found[-1]
    parts = [country_of(x) for x in re.split(r"[-–]", last["fmt"])]
    if not all(parts) or len(set(parts)) != len(parts):
        return None
    if any(c in _ORG_NAMES for c in parts):
        return "multilateral"
    return {2: "bilateral", 3: "trilateral"}.get(len(parts), "multilateral")


def sides_kind(recs: list[PersonRec]) -> str:
    """bilateral, trilateral or multilateral by the countries of the people who meet."""
    n_sides = len({r.country or r.name for r in recs})
    return {2: "bilateral", 3: "trilateral"}.get(n_sides, "multilateral")


_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# "The three officials will also discuss ...": the sentence after a meeting counts its people as one group
_COUNTED = re.compile(
    r"\s*(?:The|All)\s+(two|three|four|five|six)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:officials|ministers|leaders|counterparts|chiefs|secretaries|envoys|principals|diplomats)\b"
)


# "meet A, B and C in the so-called X format": one meeting of them all, in that format
_IN_FORMAT = re.compile(
    r"\bin\s+(?:the|a|an)\s+(?:so-called\s+)?(?!bilateral\b)(?:[\w\"“”'’+-]+\s+){1,2}format\b"
)
# "It will be their second trilateral meeting this year": the sentence after counts them as one meeting
_THEIR_COUNT = re.compile(
    r"\s*(?:It|This)\s+(?:will|would)\s+be\s+(?:their|the\s+(?:three|four)\s+\w+['’]s?)\s+(?:[a-z]+\s+){0,2}?"
    r"(?P<kind>trilateral|quadrilateral|three-way|four-way)\s+(?:meeting|talks|summit|session)"
)
_COUNT_KINDS = {"trilateral": 3, "three-way": 3, "quadrilateral": 4, "four-way": 4}


def counted_together(doc: Doc, s: Sentence, n: int, seg: str = "") -> bool:
    """Whether the people of a meeting met as one group: the sentence after s opens with "The <n> officials
    ..." or "It will be their trilateral meeting" (n of them), or the clause seg puts them "in the X
    format"."""
    if n >= 3 and _IN_FORMAT.search(seg):
        return True
    if n < 3 or s.index + 1 >= len(doc.sentences):
        return False
    nxt = doc.sentences[s.index + 1].text
    m = _COUNTED.match(nxt)
    if m:
        return _NUMBER_WORDS[m[1]] == n
    k = _THEIR_COUNT.match(nxt)
    return bool(k and _COUNT_KINDS[k["kind"]] == n)


# "co-chair the X with B", "co-chaired by A and B", "the X Meeting ... between A and B": two who hold it
_CO_CHAIR = re.compile(r"\bco-chair", re.I)
_BETWEEN_TWO = re.compile(r"\bbetween\s+[^;]{0,120}?\band\b")


def two_chairs(doc: Doc, cue: str, seg: str, recs: list[PersonRec], main_recs: list[PersonRec]) -> bool:
    """Whether a body's session is two states' meeting: two people of the two states the main event and
    the opening name (no bloc) who co-chair it or between whom it is held ("the X Commission, co-chaired
    by A and Yland's B")."""
    if len(recs) != 2 or not (_CO_CHAIR.search(cue) or _CO_CHAIR.search(seg) or _BETWEEN_TWO.search(seg)):
        return False
    countries = {r.country for r in recs}
    if None in countries or len(countries) != 2 or countries & _ORG_NAMES:
        return False
    # a bloc's body two of its members co-chair ("the X Contact Group") stays the bloc's session
    if countries != {r.country for r in main_recs if r.country}:
        return False
    opening = {c for x in doc.sentences[:6] for c in countries_in(doc, x)}
    # "NATO Defence Ministers will meet ...": a bloc's gathering, whose bodies two members may co-chair
    return countries <= opening and not (opening & _ORG_NAMES)
