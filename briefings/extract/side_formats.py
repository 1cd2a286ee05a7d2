"""The kind of meeting a gathering's name or count gives, and people a text counts as meeting together."""

from __future__ import annotations

import re

from briefings.extract.eventcues import countries_in
from briefings.extract.gazetteer import country_of
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.people import People, PersonRec
from briefings.extract.regex_guard import by_first_letter, guarded
from briefings.extract.sentences import Doc, Sentence
from briefings.extract.side_cues import LATER_GATHERING
from briefings.models import EventKind

# "a trilateral meeting of ...": the count word before the gathering's noun
# "host a trilateral meeting of X ministers", "host a trilateral defense ministers' meeting": the count
_COUNT_OF = re.compile(
    r"\b(bilateral|trilateral)\s+(?:(?:meeting|session|summit|conference)\s+of\b|"
    r"(?:[\w-]+\s+){0,2}?(?:ministers['’]|ministerial)\s+meeting\b)",
    re.I,
)
_COUNT_OF = by_first_letter(guarded(_COUNT_OF))  # (regex_guard: same matches)
# "chair a meeting of the A-B Council", "the 6th meeting of the A-B Joint Commission": a named body's session
_OF_BODY = re.compile(
    r"\b[Mm]eeting\s+of\s+the\s+(?:\d+\w*\s+)?(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})"
)
_ORG_NAMES = ORGANISATION_NAMES
# the Union meets a state as one party ("the EU-B Association Council"): its institutions hold one side;
# other blocs bring their member states ("the Org-B Council")
_ONE_PARTY = frozenset({"European Union"})
_MEMBERS = re.compile(r"\b(?:[Mm]inisters|[Ll]eaders|Summit|Ministerial)\b")


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


# "a group of 18 countries", "the coalition of about 50 nations": a gathering of many states
_MANY_STATES = re.compile(
    r"\b(?:an?|the)\s+(?:[\w-]+\s+)?(?:group|coalition|grouping|club)\s+of\s+"
    r"(?:(?:about|some|around|nearly|over|more\s+than)\s+)?"
    r"(?:\d+|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+ty(?:-[a-z]+)?)\s+"
    r"(?:countries|nations|states|members|allies|partners)\b"
)
# "A and B will co-chair a meeting of the X Group": the cue's "of the" names a body whose session it is
_OF_THE_BODY = re.compile(r"\s+of\s+the\s+[A-Z]")
# "a session of the X – Y Joint Bilateral Commission": the body's name gives its kind
_NAMED_COUNT = re.compile(
    r"\s+of\s+the\s+(?:\d+\w*\s+)?(?:[A-Z][\w.'’-]*\s+|[–-]\s+){1,8}?(Bilateral|Trilateral)\b"
)


def many_states(seg: str) -> bool:
    """Whether seg calls the gathering a group of four or more states ("the coalition of 50 countries")."""
    return ("group" in seg or "coalition" in seg or "club" in seg) and bool(_MANY_STATES.search(seg))


def pair_body(text: str, cue_end: int, end: int) -> str | None:
    """The kind of the body's session a pair's cue names ("A and B will co-chair a meeting of the X Group"):
    its format's sides ("a session of the A-B Dialogue": bilateral), else a named body's; None: no body."""
    if not _OF_THE_BODY.match(text, cue_end):
        return None
    near = text[cue_end : min(end, cue_end + 120)]
    named = _NAMED_COUNT.match(near)  # "of the X – Y Joint Bilateral Commission": the name says it
    kind = (named[1].lower() if named else None) or format_kind(near) or body_kind(text[cue_end - 8 : end])
    return kind or "multilateral"


# "the 49th A-B Military Committee Meeting (MCM) will be held ..., co-chaired by": a format of the sides named
# (its name's small joining words too: "the A-B High-Level Concertation and Cooperation Commission")
_FORMAT_NAME = re.compile(
    r"\b(?P<fmt>[A-Z][\w.]*(?:[-–][A-Z][\w.]*)+)\s+(?:(?:[A-Z][\w'’+()-]*|and|for|on)\s+){0,6}?"
    r"(?:Meeting|Dialogue|Committee|Commission|Council|Group|Talks|Consultations|Summit)\b"
)


# the plural group of states a format's last side names ("A-Pacific Island Countries", "A-Arab States")
_GROUP_SIDE = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:Countries|States|Nations)\b")


def _group_format(text: str) -> bool:
    """Whether the last format text names joins a state to a plural group of states ("the A-Pacific Island
    Countries Foreign Ministers' Meeting"; not "the A-United States Dialogue", a state)."""
    found = list(_FORMAT_NAME.finditer(text))
    if not found:
        return False
    last = found[-1]
    named = re.split(r"[-–]", last["fmt"])
    group = _GROUP_SIDE.match(text, last.end("fmt"))
    if group is None or country_of(named[0]) is None or country_of(named[-1]) is not None:
        return False
    return country_of(f"{named[-1]}{group.group()}") is None


def format_kind(text: str) -> str | None:
    """bilateral or trilateral for the last gathering named by a format of two or three states in text
    ("the A-B Military Committee Meeting"), multilateral for a bloc's format ("the Org-B Summit") or one of
    four or more states; None if there is none or a part is neither."""
    found = list(_FORMAT_NAME.finditer(text))
    if not found:
        return None
    last = found[-1]
    parts = [country_of(x) for x in re.split(r"[-–]", last["fmt"])]
    if _group_format(text):  # "the A-Pacific Island Countries Ministers' Meeting": a state and a group
        return "multilateral"
    if not all(parts) or len(set(parts)) != len(parts):
        return None
    seated = bool(_MEMBERS.search(last.group()))  # "the EU-B Leaders Meeting": the members' leaders sit in it
    if any(c in _ORG_NAMES and (seated or c not in _ONE_PARTY) for c in parts):
        return "multilateral"  # "the Org-B Summit": the bloc's members sit in it
    # "the EU-B Strategic Dialogue": the Union meets a state as one party
    return {2: "bilateral", 3: "trilateral"}.get(len(parts), "multilateral")


def bloc_members(sides: list[str | None], cue: str) -> bool:
    """Whether a format joins a bloc whose member states sit in it ("the Org-B Ministers' Meeting", "the
    Org-B Summit", "the Org-B Council"; the Union meets a state as one party in "the EU-B Council")."""
    if not any(c in _ORG_NAMES for c in sides):
        return False
    return bool(_MEMBERS.search(cue)) or (
        cue.endswith("Council") and any(c in _ORG_NAMES and c not in _ONE_PARTY for c in sides)
    )


def sides_kind(recs: list[PersonRec]) -> str:
    """bilateral, trilateral or multilateral by the countries of the people who meet."""
    n_sides = len({r.country or r.name for r in recs})
    return {2: "bilateral", 3: "trilateral"}.get(n_sides, "multilateral")


def third_side(
    doc: Doc, s: Sentence, recs: list[PersonRec], subject: PersonRec | None, main_recs: list[PersonRec]
) -> list[PersonRec]:
    """The main event's people of a trilateral's missing side, when a main party holds it and its people
    make two sides ("Xland, Yland and Zland also plan a trilateral meeting with Zland's B": A of Xland, the
    main event's Yland party C and B); a side only its sentence names as a state."""
    if subject is None or subject not in main_recs:
        return []
    sides = {r.country or r.name for r in recs}
    if len(sides) != 2:
        return []
    named = countries_in(doc, s)
    missing = [r for r in main_recs if r.country and r.country not in sides and r.country in named]
    return missing if len({r.country for r in missing}) == 1 else []


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


# "A, B and C will meet on the sidelines on Saturday": the subjects meet one another, no one after the verb
_PLAIN_MEET = re.compile(r"\b(?:will|to)\s+(?:also\s+)?meet$")
_NO_OBJECT = re.compile(r"\s+(?:on|in|at|to|for|next|this|later|during|before|after|ahead)\b")


def subjects_meet(people: People, text: str, a: int, b: int, cue: tuple[int, int]) -> bool:
    """Whether three or more people a clause names all before its plain "will meet" (no one met after it)
    meet together ("A, B and C will meet on the sidelines")."""
    if not _PLAIN_MEET.search(text, cue[0], cue[1]) or not _NO_OBJECT.match(text, cue[1]):
        return False
    found = people.at(a, b)
    return len(found) >= 3 and all(mn.end <= cue[0] for mn, _ in found)


# "co-chair the X with B", "co-chaired by A and B", "the X Meeting ... between A and B": two who hold it
_CO_CHAIR = re.compile(r"\bco-chair", re.I)
_BETWEEN_TWO = re.compile(r"\bbetween\s+[^;]{0,120}?\band\b")


def two_chairs(doc: Doc, cue: str, seg: str, recs: list[PersonRec], main_recs: list[PersonRec]) -> bool:
    """Whether a body's session is two states' meeting: two people of the two states the main event and
    the opening name (no bloc) who co-chair it or between whom it is held ("the X Commission, co-chaired
    by A and Yland's B")."""
    if len(recs) != 2 or not (_CO_CHAIR.search(cue) or _CO_CHAIR.search(seg) or _BETWEEN_TWO.search(seg)):
        return False
    if _group_format(cue):  # "co-chair the A-Pacific Island Countries Meeting with B": a group of states
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


_FOR_OF_THE = re.compile(r"for\s+an?\s+(?:[\w'’-]+\s+){0,2}?meeting\s+of\s+the\s+")
_JOINED_BY = re.compile(r"\bjoined\s+by\b")
# "C will join leaders for a meeting of the X": C takes part in that body's session (a cue as "attend" is)
_WILL_JOIN = re.compile(r"\bwill\s+(?:also\s+)?join\s+(?:[\w'’-]+\s+){1,3}$")
_ORG_OWN = re.compile(r"(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s")  # "the EU's", "the African Union's"


def meeting_of_the(text: str, clause_start: int, cue: int, end: int) -> bool | None:
    """ "for a meeting of the X": True after "joined by", None for an org's body or no cue, else False."""
    m = _FOR_OF_THE.match(text, cue, end)
    if m is None or _ORG_OWN.match(text, m.end(), end) or _WILL_JOIN.search(text, clause_start, cue):
        return None
    return bool(_JOINED_BY.search(text, clause_start, cue))


# a body named by its states joined with hyphens: "the India-Sri Lanka Joint Commission", "the A–B Dialogue"
_JOINED_NAME = re.compile(
    r"(?:[A-Z][\w.]*\s){0,2}[A-Z][\w.]*(?:\s?[-–]\s?(?:[A-Z][\w.]*\s){0,2}[A-Z][\w.]*)+"
)
_JOIN = re.compile(r"\s?[-–]\s?")


def _joined_sides(run: str) -> list[str]:
    """The states a hyphenated name joins, in order, up to the first part that goes on past its state
    ("Pakistan-Türkiye High-Level ...": Pakistan, Turkey)."""
    parts = _JOIN.split(run)
    out: list[str] = []
    for i, part in enumerate(parts):
        words = part.split()
        # the first part's state ends it ("the 13th ... India"), a later one's opens it ("Sri Lanka Joint")
        spans = (
            [words[j:] for j in range(len(words))]
            if i == 0
            else [words[:j] for j in range(len(words), 0, -1)]
        )
        hit = next(((c, len(w)) for w in spans if (c := country_of(" ".join(w)))), None)
        if hit is None:
            break
        out.append(hit[0])
        if i > 0 and hit[1] < len(words):
            break
    return out


def named_pair_kind(seg: str, recs: list[PersonRec]) -> EventKind | None:
    """The kind of a body's session its name gives as a meeting of the states it joins (no bloc), when the
    people named are of those states and each of them has one ("co-chair the A-B Joint Commission with B": a
    bilateral; "the A-B-C Dialogue Forum with B and C": a trilateral)."""
    countries = {r.country for r in recs}
    if len(recs) < 2 or None in countries or countries & _ORG_NAMES:
        return None  # a bloc's body with a state ("the Org-B Council") seats the bloc's members too
    for m in _JOINED_NAME.finditer(seg):
        sides = _joined_sides(m.group())
        if len(sides) in (2, 3) and len(set(sides)) == len(sides) and countries == set(sides):
            return "bilateral" if len(sides) == 2 else "trilateral"
    return None


_LATER_MONTH = re.compile(r"\b(?:later\s+this|next|at\s+the\s+end\s+of\s+the)\s+month\b")
_WORD_AFTER = re.compile(r"\s+([A-Z][\w'’]*)")
_WORD_BEFORE = re.compile(r"([A-Z][\w'’]*)\s+$")


def _format_sides(text: str, start: int, end: int) -> list[str | None]:
    """The sides a format's hyphenated name joins, a two-word state at either end whole ("the
    Australia–Solomon Islands Forum", "the Sri Lanka-India Dialogue")."""
    parts = re.split(r"[-–]", text[start:end])
    sides = [country_of(x) for x in parts]
    if sides[-1] is None and (after := _WORD_AFTER.match(text, end)):
        sides[-1] = country_of(f"{parts[-1]} {after[1]}")
    if sides[0] is None and (before := _WORD_BEFORE.search(text, max(0, start - 30), start)):
        sides[0] = country_of(f"{before[1]} {parts[0]}")
    return sides


def named_format(
    doc: Doc, s: Sentence, m: re.Match[str], main_sentence: Sentence, main_name: str
) -> tuple[str, list[str | None]] | None:
    """ "travel to X for the A-B Economic Dialogue": the kind of meeting a format named by its sides is, and
    those sides; None when the format is the main event by another name, or a later gathering."""
    sides_named = _format_sides(doc.text, m.start("fmt"), m.end("fmt"))
    gathering = doc.text[m.start("fmt") : m.end()]  # "A-B Foreign Ministers' Meeting"
    if not all(sides_named) or gathering in main_sentence.text or gathering in main_name:
        return None
    if gathering in doc.sentences[0].text and s.index > 0:
        return None  # the format the headline announces: the main event by another name
    if 0 < main_sentence.index - s.index <= 2 and not m["side"] and not LATER_GATHERING.search(s.text):
        # "X will fly to C this week to co-chair the A-B Commission. ... will lead their delegations at the
        # Commission on Thursday": the lead introduces the main event
        return None
    if LATER_GATHERING.search(s.text) or _LATER_MONTH.search(s.text):
        # "would also prepare for the A-B Summit later this year", "travels to X at the end of the month
        # for the A-B Meeting": not announced here, a trip of its own
        return None
    kind_word = {2: "bilateral", 3: "trilateral"}.get(len(sides_named), "multilateral")
    if bloc_members(sides_named, m.group()):
        kind_word = "multilateral"  # "the ASEAN-India Ministers' Meeting": a bloc and a country
    return kind_word, sides_named
