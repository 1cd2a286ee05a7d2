"""The country of a person outside government (analyst, researcher, academic, think-tank fellow, expert):
a country adjective before the description ("Xish analyst A", "A, an Xish analyst,"), else the country of
the workplace the text places them at, when it says where that is ("the Xcity-based X Institute", "the X
Institute in Xcity", "the X Institute, a think tank in Xcity", "a Xcity think tank") or when the workplace's
own name holds a country, adjective or city ("the Xland Institute for Y", "Xland's Institute for Y").
With no such cue the person keeps no country: where a named institute is, is not read from the text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefings.extract.gazetteer import capital_country, country_of, find_city
from briefings.extract.literals import has_any
from briefings.extract.mention_model import Mention
from briefings.extract.org_acronyms import spelled_out, spelled_think_tank, think_tank_officer, think_tanks
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.people import People, PersonRec
from briefings.extract.regex_guard import class_scan, guarded
from briefings.extract.regions import region_abbrev_country
from briefings.extract.roles import INITIALS_PAREN, TITLE_WORDS
from briefings.extract.sentences import Doc

_NOUN = (
    r"(?:analyst|fellow|researcher|scholar|professor|lecturer|expert|academic|economist|scientist|specialist|"
    r"commentator)"
)
# the roles of people outside government ("senior fellow", "security analyst", "associate professor")
_OUTSIDE = guarded(re.compile(rf"\b{_NOUN}s?\b", re.I))
_TITLED = re.compile(rf"\b{_NOUN}\s+(?:(?:Dr|Prof)\.?\s+)?$", re.I)
_WRITERS = re.compile(r"\b(?:writer|reporter|correspondent|editor|journalist|columnist)\b", re.I)
_WRITERS = guarded(_WRITERS)  # (regex_guard: same matches)
CAPS = r"[A-Z][\w'’.–-]*"  # (an en dash joins a name's parts: "ISEAS–Yusof Ishak Institute")
# "South African analyst A": a country adjective heads the description before the name
_ADJ = r"(?P<adj>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:[a-z][\w-]*\s+){0,3}"
_ADJ_BEFORE = re.compile(rf"(?:^|[\s,“\"(]){_ADJ}{_NOUN}\s+$")
# "A, an Indian maritime security analyst,": the same after the name
_ADJ_AFTER = re.compile(rf"^\s*,\s*(?:a|an)\s+{_ADJ}{_NOUN}\b")
# where a description ends: the verb of speech, a quote, a clause
_DESC_END = class_scan(guarded(re.compile(r",?\s+(?:said|says|told|added|noted|argued|warned)\b|[“”\";]")))
_BASED = guarded(re.compile(rf"(?P<place>(?:{CAPS}\s+){{0,2}}{CAPS})-based\b"))
# "Xcity-based ": the place, of one or two words, a body or a person is based in
BASED_PLACE = rf"(?P<place>(?:{CAPS}\s+)?{CAPS})-based\s+"
# "Xcity-based analyst A": the place heads the description before the name
_BASED_BEFORE = re.compile(rf"{BASED_PLACE}(?:[a-z][\w-]*\s+){{0,3}}{_NOUN}\s+(?:(?:Dr|Prof)\.?\s+)?$")
# "a Yish researcher at the X Institute, A, said": the description stands before the name, in apposition
# (or opening the sentence with no article: "International relations lecturer at X in Ycity, A B, said")
_DESC_BEFORE = re.compile(
    rf"(?:\b(?:[Aa]n?|[Tt]he)\s+|(?<![^\n])|(?<=[.!?]\s))(?:[\w-]+\s+){{0,3}}?{_NOUN}\s+"
    # (a field before the workplace: "Senior lecturer in international relations at X, Dr A B, said")
    rf"(?:(?:in|on)\s+(?:[\w-]+\s+){{1,4}}?)?(?P<desc>(?:at|of|with|from)\s+[^,;]+),\s*(?:(?:Dr|Prof)\.?\s+)?$"
)
# "International relations lecturer at Universitas Xland (UX) Dr A said": the same with no comma, the name
# (after the workplace's initials and honorifics) closing the workplace's capitalised name
_DESC_RUN = re.compile(
    rf"{_NOUN}\s+(?P<desc>(?:at|from|with)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){{0,5}})"
    r"(?:\s+\([A-Z]{2,8}\))?(?:\s+(?:Associate|Assistant|Prof\.?|Professor|Dr\.?|Mr\.?|Ms\.?|Mrs\.?))*\s+$"
)
_BODY = (
    r"(?:Institutes?|Institution|Centre|Center|University|Universiti|Universitas|Universidad|Université|"
    r"Foundation|Council|School|College|Colegio|Academy|Group|Forum|Society|Association|Programme|Program|Initiative|Conference|"
    r"Fund|Endowment)"
)
# "Universidad de los Andes", "Université de la X": a name's lower-case particles
_PARTICLES = r"de|del|de\s+la|de\s+los|de\s+las|des|du|da|das|do|dos|di|della|degli|la|los|las"
# an institution's name, its particles and the initials in brackets after it: "Xcity University (XU)"
_INST_NAME = rf"(?P<inst>{CAPS}(?:\s+(?:(?:of|for|on|and|the|{_PARTICLES})\s+)*{CAPS})*)(?:{INITIALS_PAREN})?"
_INST = guarded(
    re.compile(
        rf"\b(?:at|of|with|from)\s+(?:the\s+)?(?:(?P<owner>{CAPS}(?:\s+{CAPS}){{0,2}})['’]s\s+)?" + _INST_NAME
    )
)
_BODY_WORD = re.compile(rf"\b{_BODY}\b")
_AT_NOUN = re.compile(rf"\b{_NOUN}s?\s+$", re.I)
# "Xcity University (XU) international relations lecturer Dr A": the workplace's name heads the description
# (its field after it: "Xcity University senior lecturer in Pacific studies Dr A")
_INST_BEFORE = re.compile(
    _INST_NAME
    + rf"\s+(?:[A-Za-z][\w-]*\s+){{0,3}}?{_NOUN}"
    + r"(?:\s+(?:in|of|on)(?:\s+[A-Za-z][\w-]*){0,3}\s+[a-z][\w-]*)?"
    + r"\s+(?:(?:Dr|Prof)\.?\s+)?$"
)
# up to four words, so that a four-word city is not read as its first word ("in Ho Chi Minh City", not "Ho")
# (and the region or country after its comma: "in Xtown, Ont.", "in Xtown, Yland")
_IN_CITY = re.compile(
    rf",?\s+(?:based\s+)?in\s+(?P<place>{CAPS}(?:\s+{CAPS}){{0,3}})(?:,\s+(?P<region>{CAPS}(?:\s+{CAPS})?))?"
)
# "..., a think tank in Xcity" / "a Xcity think tank"
_TANK_IN = class_scan(
    re.compile(
        r"\b(?:a|an)\s+(?:[a-z][\w-]*\s+){0,3}?"
        r"(?:think[- ]tank|university|institute|research\s+(?:centre|center|group))"
        rf"\s+(?:based\s+)?in\s+(?P<place>{CAPS}(?:\s+{CAPS}){{0,3}})"
    )
)
_CITY_TANK = guarded(
    re.compile(
        rf"\b(?:a|an)\s+(?P<place>{CAPS}(?:\s+{CAPS})?)\s+"
        r"(?:[a-z][\w-]*\s+){0,2}?(?:think[- ]tank|university)\b"
    )
)
# a country word in a name that names a field of study, not the body's home ("Centre for Xland Studies")
_FIELD_AFTER = re.compile(r"\s+(?:Studies|Affairs|Relations|Politics|History|Program|Programme|Initiative)\b")
_SMALL = frozenset({"of", "for", "on", "and", "the"})


def state_of(word: str) -> str | None:
    """A state named by a country name or adjective (no organisation: "European", "ASEAN")."""
    c = country_of(word)
    return c if c and c not in ORGANISATION_NAMES else None


def _adjective(word: str) -> str | None:
    """The state of a country adjective ("South African"); a country's name ("China analyst", "Xia expert"
    beside the adjective "Xian") is a field."""
    c = state_of(word)
    return c if c and word != c and not word.isupper() and state_of(word + "n") != c else None


def place_state(name: str) -> str | None:
    """The state a place named after "in" or before "-based" is in (a state, a capital or a town)."""
    name = name.rstrip(".")  # "in Xcity." closing the sentence
    words = name.split()
    for cand in (name, *(" ".join(words[i:]) for i in range(1, len(words))), words[0]):
        c = state_of(cand) or capital_country(cand)
        if c:
            return c
        city = find_city(cand)
        if city and city.population >= 100000 and city.country not in ORGANISATION_NAMES:
            return city.country
    return None


def _region(name: str | None) -> str | None:
    """The state a region or country written after a town's comma names ("Ont.", "Maryland", "Yland")."""
    for cand in (name, name.split()[0]) if name else ():  # "Xtown, Ont. Prof A said": the region alone
        c = region_abbrev_country(cand) or state_of(cand) or state_of(cand.rstrip("."))
        if c:
            return c
    return None


def named_home(name: str, text: str = "") -> str | None:
    """The state a body's own name holds: a country or adjective ("Korea Institute for X", "German Council
    on Y"), a capital or a city of millions ("Delhi Policy Group"), or a city opening the name that the text
    names on its own too ("the Xcity Security Forum ... Xcity has become"); the last one named wins."""
    found: str | None = None
    words = list(re.finditer(r"[A-Z][\w'’.-]*", name))
    covered = -1  # a three-word state ("Xa Yb Zc") holds no shorter one ("Zc") the last-named rule would take
    for i, w in enumerate(words):
        if w.start() < covered:
            continue
        run = [w]
        for nxt in words[i + 1 : i + 3]:
            if name[run[-1].end() : nxt.start()] != " ":
                break
            run.append(nxt)
        cands = [(name[w.start() : x.end()], x.end()) for x in reversed(run)]
        for cand, end in cands:
            if _FIELD_AFTER.match(name, end):
                continue
            if cand.endswith(".") and not state_of(cand):
                cand = cand.rstrip(".")  # "at Universitas Xland." closing the sentence
            c = state_of(cand) or capital_country(cand)
            if c is None:
                # "Federal Department of X": a title's word is no town's name ("Federal", Argentina)
                city = find_city(cand) if cand.lower() not in TITLE_WORDS else None
                # a city of millions, or one opening the name that the text names on its own too (asked only
                # of a city found: the text search is the costly part)
                if city is not None and (
                    city.population >= 3000000 or (w.start() == 0 and city_alone(cand, name, text))
                ):
                    c = city.country
            if c:
                found = c
                covered = end
                break
    return found


def city_alone(city: str, name: str, text: str) -> bool:
    """The text names the city opening a body's name outside that name ("Xcity has become the place")."""
    rest = name[len(city) :].split()
    if not text or not rest:
        return False
    # standing alone: "Federal Councillor" names no town called Federal
    # the city's first letter written before its \b (as a lookbehind): sre then scans for that letter in C
    # instead of trying the pattern at every position (same matches)
    head = re.escape(city[:1])
    return (
        re.search(rf"{head}(?<=\b{head}){re.escape(city[1:])}\b(?! {re.escape(rest[0])}| [A-Z])", text)
        is not None
    )


def _description(text: str, start: int, stop: int) -> str:
    """The words after a name that describe the person, up to the verb of speech or a quote."""
    tail = text[start:stop]
    end = _DESC_END.search(tail)
    return tail[: end.start()] if end else tail[:250]


def workplace_country(desc: str, text: str = "") -> str | None:
    """The country of the workplace a description places a person at, where the text says where it is."""
    based = _BASED.search(desc)
    if based:
        c = place_state(based["place"])
        if c:
            return c
    tank = _TANK_IN.search(desc) or _CITY_TANK.search(desc)
    if tank:
        c = place_state(tank["place"])
        if c:
            return c
    named: str | None = None
    for m in _INST.finditer(desc):
        # a workplace's kind names it, or it stands right after "analyst at" ("at Xcorp in Ycity")
        right_after = desc[m.start()] == "a" and _AT_NOUN.search(desc, 0, m.start()) is not None
        if not right_after and not _BODY_WORD.search(m["inst"]):
            continue
        city = _IN_CITY.match(desc, m.end())
        c = (_region(city["region"]) or place_state(city["place"])) if city else None
        if city and not c and (city := _IN_CITY.match(desc, city.end())):
            # "the Center for Research in Economics in Xcity": a field's "in" inside the name, then the city
            c = _region(city["region"]) or place_state(city["place"])
        if c:
            return c
        owner = _owner_home(m["owner"], text) if m["owner"] else None
        named = named or owner or named_home(m["inst"], text)
    return named


def _owner_home(owner: str, text: str) -> str | None:
    """The state of a body owning the workplace ("Xcity University's Institute for Y"): its name, or the
    place its name opens with before the kind of body."""
    head = _BODY_TAIL.sub("", owner)
    return place_state(owner) or named_home(owner, text) or (place_state(head) if head != owner else None)


_BODY_TAIL = re.compile(rf"\s+{_BODY}$")


def outside_country(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> str | None:
    """The country the text ties a person outside government to, read around one mention of them."""
    lead = text[max(sentence_start, start - 80) : start]
    before = _ADJ_BEFORE.search(lead)
    if before and _adjective(before["adj"]):
        return _adjective(before["adj"])
    based = _BASED_BEFORE.search(lead) if "-based" in lead else None
    if based and place_state(based["place"]):
        return place_state(based["place"])
    headed = _INST_BEFORE.search(lead)
    if headed and _BODY_WORD.search(headed["inst"]):
        c = named_home(headed["inst"], text)
        if c:
            return c
    apposed = _DESC_BEFORE.search(text, max(sentence_start, start - 160), start)
    if apposed is None and (" at " in lead or " from " in lead or " with " in lead):
        apposed = _DESC_RUN.search(lead)
    if apposed:
        c = workplace_country(apposed["desc"], text)
        if c:
            return c
    desc = _description(text, end, sentence_end)
    after = _ADJ_AFTER.match(desc)
    if after and _adjective(after["adj"]):
        return _adjective(after["adj"])
    return workplace_country(desc, text)


# a think tank's, university's or foundation's officer ("President of the X Security Forum", "director of the
# Y programme at the Z Center"): the workplace's kind closes its capitalised name
_INSTITUTION = re.compile(
    r"\b(?:at|of)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+(?:(?:of|for|on|and|the)\s+)*){1,6}?"
    r"(?:Institutes?|Institution|Centre|Center|University|Universiti|Foundation|Association|"
    r"Security\s+(?:Conference|Forum))\b"
)
_GOVERNMENT = class_scan(re.compile(r"\b(?:[Oo]fficials?|[Mm]inisters?|[Aa]mbassador)\b"))
_INSTITUTION_WORDS = (
    "Institut",
    "Institution",
    "Centre",
    "Center",
    "Universit",
    "Foundation",
    "Association",
    "Security",
)


# the clause in apposition right after a name ("A, director of X at the Y Center in Z, said")
_APPOSITION = re.compile(r"\s*,\s*([^,;:“\"]+)")


_OF_INITIALS = class_scan(re.compile(r"\b(?:of|at)\s+(?:the\s+)?([A-Z]{3,7})$"))
_ITS = re.compile(r"\bits\s+$")


def _its_officer(text: str, m: Mention) -> bool:
    """ "the X Institute confirmed that its Director-General, A,": the title is owned by the sentence's think
    tank, university or foundation."""
    s = m.sentence
    if not _ITS.search(text, max(s.start, m.span_start - 5), m.span_start):
        return False
    return _INSTITUTION.search(text, s.start, m.span_start) is not None


def at_institution(rec: PersonRec, text: str) -> bool:
    """The person's title, or the apposition after a name that holds it, places them at a think tank,
    university or foundation ("President of the X Security Forum", "A, director of Y at the Z Center,")."""
    role = rec.role or ""
    if role and any(think_tank_officer(text, m) or _its_officer(text, m) for m in rec.mentions):
        return True  # "XIYS Director-General A", "the X Institute ... its Director-General, A"
    # "XIYS Director-General" where the text spells XIYS out as "the X Institute for Y Studies"
    head = role.split(None, 1)[0] if role else ""
    if head.isupper() and spelled_think_tank(text, head):
        return True
    owner = _OF_INITIALS.search(role) if role else None
    if owner and owner[1] in think_tanks(text):
        return True  # "director-general of the XIYS", the initials defined as a think tank's
    desc = role
    for m in rec.mentions:
        app = _APPOSITION.match(text, m.end, m.sentence.end)
        if app and (not role or role in app[1]):
            desc = app[1]
            break
    if not has_any(desc, _INSTITUTION_WORDS) or _GOVERNMENT.search(role):
        return False  # "a senior official at the Xcity-based Institute for Y": a government's body
    return _INSTITUTION.search(desc) is not None


# "Dr A, from the X Centre at the University of Y, said": a research body's, with no title of a government's
_FROM_BODY = re.compile(
    rf"\s*,?\s+(?:from|at|of)\s+the\s+(?:{CAPS}\s+(?:(?:of|for|on|and|the)\s+)*){{0,6}}?{_BODY}\b"
)


def outside_role(role: str) -> bool:
    """True for the role of a person outside government ("senior fellow", "professor")."""
    return _OUTSIDE.search(role) is not None and _WRITERS.search(role) is None


def _outside(rec: PersonRec, text: str) -> bool:
    """A person outside government: an analyst's, researcher's or academic's role, a think tank's officer,
    or none but a think tank in the first description ("A, who heads a Xcity think tank,")."""
    if rec.role:
        if _WRITERS.search(rec.role):
            return False
        return outside_role(rec.role) or at_institution(rec, text)
    first = min(rec.mentions, key=lambda m: m.start)
    if first.credit:
        return False
    # "Associate Professor Dr A": an academic title read as an honorific
    return (
        _TITLED.search(text[max(first.sentence.start, first.start - 40) : first.start]) is not None
        or re.search(r"\bthink[- ]tank\b", text[first.end : first.sentence.end]) is not None
        or _FROM_BODY.match(text, first.end, first.sentence.end) is not None
    )


def outside_mentions(people: People, text: str) -> Iterator[tuple[PersonRec, list[Mention]]]:
    """Each person outside government with no country yet, with their own (not credit-line) mentions in
    text order."""
    for rec in people.recs:
        if rec.country or not rec.mentions or not _outside(rec, text):
            continue
        yield rec, [m for m in sorted(rec.mentions, key=lambda m: m.start) if not m.credit]


def outside_countries(doc: Doc, people: People) -> None:
    """Give a person outside government with no country the one the text ties them to."""
    text = doc.text
    for rec, mentions in outside_mentions(people, text):
        for m in mentions:
            c = outside_country(text, m.start, m.end, m.sentence.start, m.sentence.end)
            c = c or _initials_home(text, m)
            if c:
                rec.country = c
                break


def _initials_home(text: str, m: Mention) -> str | None:
    """ "XIYS Director-General A" where the text names "the Xcity-based X Institute for Y Studies": the
    place of the think tank whose initials open the title."""
    if not think_tank_officer(text, m):
        return None
    acr = text[max(m.sentence.start, m.span_start - 8) : m.span_start].split()[-1]
    name = spelled_out(text, acr)
    if name is None:
        return None
    based = re.search(rf"{BASED_PLACE}(?:the\s+)?{re.escape(name)}", text)
    return place_state(based["place"]) if based else None
