"""Organisations a text defines by their initials ("the International Institute of X Studies (IIXS)"):
their officials belong to the organisation, named by its initials ("IIXS Director-General A", "the
Secretary-General of the X Conference on Y (XCY), A,")."""

from __future__ import annotations

import re
from functools import lru_cache

from briefings.extract.gazetteer import country_of, find_city
from briefings.extract.mentions import Mention
from briefings.extract.org_names import ORGANISATIONS
from briefings.extract.roles import HEADS
from briefings.extract.sentences import Doc

# "<Capitalised words, small words between> (<INITIALS>)"
_DEFINED = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|for|on|and|the|in)\s+)*[A-Z][\w'’-]*){1,9})\s*\((?P<acr>[A-Z]{3,7})\)"
)
# the kinds of body that are organisations of their own, not a state's ministry or armed force
_ORG_HEADS = re.compile(
    r"\b(?:Institute|Agency|Organi[sz]ation|Conference|Programme|Program|Fund|Bank|Forum|Foundation|Studies|"
    r"Association|Tribunal|Court|Union)\b"
)
_SMALL = frozenset({"of", "for", "on", "and", "the", "in"})
# the first word of a state's own body's name
_STATE_OPENERS = frozenset({"National", "Federal", "Central", "State", "Royal", "Presidential"})
_PARTS = re.compile(r"[\s-]+")
# a think tank or foundation: its officers are outside government, of no organisation
_THINK_TANK = re.compile(r"\b(?:Institute|Studies|Foundation)\b")
# "the Secretary-General of the <organisation> (<INITIALS>), " right before a name
_TITLE_BEFORE = re.compile(
    r"(?P<title>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)\s+of\s+(?:the\s+)?[A-Z][^,()]{2,90}?\s*"
    r"\((?P<acr>[A-Z]{3,7})\)\s*,\s*$"
)


def initials_fit(name: str, acr: str) -> bool:
    """The initials are the name's word initials in order, small words optional ("UNCTAD": United Nations
    Conference on Trade and Development)."""
    words = _PARTS.split(name)  # "Inter-Parliamentary Union": each part of a hyphenated word has its initial
    k = 0
    for w in words:
        if k < len(acr) and w[0].upper() == acr[k]:
            k += 1
        elif w.lower() not in _SMALL:
            return False
    return k == len(acr)


def defined_orgs(text: str) -> dict[str, str]:
    """Initials -> full name of every organisation the text defines in brackets (not a state's body, not
    one the organisation table already holds)."""
    out: dict[str, str] = {}
    if "(" not in text:
        return out
    for m in _DEFINED.finditer(text):
        name, acr = m["name"], m["acr"]
        while name.split()[0].lower() == "the" or not initials_fit(name, acr):
            parts = name.split(None, 1)  # "Dialogue of the International X (IX)": drop leading words
            if len(parts) < 2:
                break
            name = parts[1]
        fits = initials_fit(name, acr)
        # "the Xish General Secretariat (SEGX)": initials of its name in its own language
        foreign = "" if fits else _foreign_initials(m["name"], acr)
        if acr in ORGANISATIONS or not (foreign or (fits and _ORG_HEADS.search(name))):
            continue
        name = foreign or name
        if any(country_of(w) for w in name.split() if w[0].isupper()):
            continue  # "Xland Institute of Y (XIY)": a country's own body
        if name.split()[0] in _STATE_OPENERS:
            continue  # "the National X Agency (NXA)", "the Federal Y Office": a state's own agency
        out[acr] = name
    return out


# an organisation's secretariat named in English, defined by the initials of its name in its own language
_SECRETARIAT = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,4}Secretariat$")
# a grouping of states' standing secretariat: "General" or "Integration" ("the Xean General Secretariat"), or
# a compound of peoples ("Xish-American"); a state's own secretariats are named for a portfolio
_GROUPING = re.compile(r"\b(?:General|Integration|[A-Z][a-z]+-[A-Z][a-z]+)\b")


def _foreign_initials(name: str, acr: str) -> str:
    """A grouping's secretariat, its English name defined by initials of another language ("the Xish-American
    General Secretariat (SEGXA)"): the name, when its words' initials are all among the initials; else "" (a
    state's own "Public Security Secretariat (SSP)" is its ministry)."""
    run = _SECRETARIAT.search(name.removeprefix("The ").removeprefix("the "))
    if run is None or not _GROUPING.search(run[0]) or any(w[0] not in acr for w in run[0].split()):
        return ""
    return run[0].strip()


@lru_cache(maxsize=4)
def think_tanks(text: str) -> frozenset[str]:
    """The initials of the think tanks and foundations the text defines ("the X Institute for Y Studies
    (XIYS)")."""
    return frozenset(acr for acr, name in defined_orgs(text).items() if _THINK_TANK.search(name))


def think_tank_officer(text: str, m: Mention) -> bool:
    """The mention's title opens with a think tank's initials the text defines ("XIYS Director-General A")."""
    before = text[max(m.sentence.start, m.span_start - 8) : m.span_start].split()
    return bool(before) and before[-1].isupper() and spelled_think_tank(text, before[-1])


def spelled_think_tank(text: str, acr: str) -> bool:
    """Initials the text defines, or spells out elsewhere ("The X Institute for Y Studies" on its letterhead),
    as a think tank's or foundation's."""
    if acr in think_tanks(text):
        return True
    name = spelled_out(text, acr) if 3 <= len(acr) <= 7 and acr.isalpha() else None
    return name is not None and _THINK_TANK.search(name) is not None


_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|for|on|and|the|in)\s+)*[A-Z][\w'’-]*){1,9}")


def spelled_out(text: str, acr: str) -> str | None:
    """The name the text spells initials out as: a bracketed definition ("the X Chamber of Y (XCY)"), else
    a capitalised run elsewhere whose word initials they are ("... the Xland Institute of Y Affairs")."""
    for m in _RUN.finditer(text):
        words = m[0].split()
        for i, w in enumerate(words):
            if w[0] != acr[0]:
                continue
            for j in range(i + 1, min(len(words), i + 2 * len(acr)) + 1):
                name = " ".join(words[i:j])
                if words[j - 1][0].isupper() and initials_fit(name, acr):
                    return name
    return None


def _spelled_org(text: str, word: str) -> bool:
    """Initials (no country's) the text spells out as an organisation of its own ("the Inter-Xish Union")."""
    if not (3 <= len(word) <= 7 and word.isupper() and word.isalpha()) or country_of(word):
        return False
    name = spelled_out(text, word)
    if name and (name.split()[0] in _STATE_OPENERS or find_city(name.split()[0])):
        return False  # "NXA" beside "the National X Agency": a state's own agency; "the Xcity X Conference"
    return bool(name and _ORG_HEADS.search(name) and not _THINK_TANK.search(name)) and not any(
        country_of(w) for w in _PARTS.split(name or "") if w[:1].isupper()
    )


# a gathering a city names ("the Xcity Security Conference (XSC)"): its officers are of the city's state, not
# of an organisation of states
_GATHERING = re.compile(r"\b(?:Conference|Forum|Dialogue)$")


def _city_meeting(name: str) -> bool:
    """The defined name is a city's own conference or forum ("Xcity Security Forum")."""
    return bool(_GATHERING.search(name)) and find_city(name.split()[0]) is not None


def acronym_officials(doc: Doc, per_sentence: list[list[Mention]]) -> None:
    """An official of an organisation the text defines by its initials belongs to that organisation."""
    orgs = defined_orgs(doc.text)
    text = doc.text
    for ms in per_sentence:
        for m in ms:
            if m.country:
                continue
            if m.role:
                # "director-general of the IIXS" is left as written: labellers differ on whose it is
                before = text[max(0, m.span_start - 8) : m.span_start].split()
                # "IIXS Director-General A" (a think tank's: none, as for an analyst)
                name = orgs.get(before[-1]) if before else None
                # "XSC Chairman A" of "the Xcity Security Conference (XSC)": the city's state, read later
                if name and not _THINK_TANK.search(name) and not _city_meeting(name):
                    m.country = before[-1]
                elif before and _spelled_org(text, before[-1]):
                    m.country = before[-1]  # "XPU President A" beside "the Xish-Parliamentary Union"
                continue
            if not orgs:
                continue
            head = _TITLE_BEFORE.search(text, max(m.sentence.start, m.span_start - 160), m.span_start)
            if head and head["acr"] in orgs and head["title"].split()[-1].lower() in HEADS:
                title = head["title"].removeprefix("The ")  # "The President of the X (XY), A, said"
                m.role, m.country = title, head["acr"]  # "the Secretary-General of the X (XY), A,"
                if m.written == "?":
                    m.written = text[m.start : m.end]


# "the EU Mission in Xland (EUMX)": a body the text defines, its name opened by an organisation's short name
_OPENED_BY_ORG = re.compile(r"\b([A-Z][A-Z.]+)\s+(?:[A-Z][\w-]*\s+|(?:in|for|to|on|of)\s+){1,6}\($")


def opening_org(text: str, acr: str) -> str | None:
    """The organisation whose short name opens both the initials and the name the text defines them by
    ("EUMX" beside "the EU Mission in Xland (EUMX)": the EU's own body, whatever state it is in)."""
    at = text.find(f"({acr})")
    m = _OPENED_BY_ORG.search(text, max(0, at - 80), at + 1) if at > 0 else None
    if m is None or m[1] == acr or not acr.startswith(m[1].replace(".", "")):
        return None
    return ORGANISATIONS.get(m[1])
