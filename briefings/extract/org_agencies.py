"""Agencies of several states that no table lists, known by one word ("XYZO", "Europax", "Intermar"), and
their officers: "XYZO Executive Secretary A", "Europax's Executive Director, A", "Director of the X Division
at the XYZO", "Deputy Executive Director B" beside the agency's Executive Director. The text shows the word
is an agency of states: it defines it as one ("the Organisation for X (XYZO)", "Intermar, the European X
Agency,"), gives it member states or regional conferences, or the word is coined from "Euro"/"Inter" and
recurs. A state's own agency ("the National X Agency (NXA)") is none."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from briefings.extract.gazetteer import country_of, find_city
from briefings.extract.literals import has_any
from briefings.extract.mention_model import Mention
from briefings.extract.org_bodies import ORG_ENDS, STATE_WORDS, state_body
from briefings.extract.org_names import ORGANISATION_NAMES, ORGANISATIONS
from briefings.extract.regions import WORLD_REGIONS
from briefings.extract.roles import role_key
from briefings.extract.sentences import Doc

if TYPE_CHECKING:  # people imports mentions, which reads the agencies here
    from briefings.extract.people import People

_WORD = r"[A-Z][A-Za-z]{2,11}"
# "<Name> (W)": a definition by brackets
_BRACKET = re.compile(r"\((" + _WORD + r")\)")
_RUN_BEFORE = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|on|and|the|in)\s+)*){1,12})$")
# "W, the European X and Y Agency,": a definition by apposition
_APPOSED = re.compile(
    r"\b(" + _WORD + r"),\s+the\s+((?:[A-Z][\w'’-]*\s+(?:(?:of|for|on|and|the|in)\s+)*){1,10})"
    r"(?=Agency|Organi[sz]ation|Office|Commission|Authority|Bureau|Centre|Center|Union|Court|Tribunal|Bank|"
    r"Fund)(\w+)(?![\w'’])"
)
# "W, with its 190 Member States", "W member countries", "W's States Parties"
_MEMBERS = re.compile(
    r"\b(" + _WORD + r")(?:'s|’s)?(?:,\s+with\s+its\s+[\d,]+)?\s+(?:Member\s+States|member\s+states|"
    r"member\s+countries|Member\s+Countries|States\s+Parties)\b"
)
# a test before _MEMBERS, which tries each word boundary of the text: every match holds "ember" and its
# states or countries, or "Parties" (this one a literal prefix that sre finds with a plain string search)
_MEMBER_TAIL = re.compile(r"ember\s+(?:States|states|countries|Countries)")
# "the 27th W Americas Regional Conference": an organisation with regional bodies
_REGIONAL = re.compile(
    r"\b(" + _WORD + r")\s+(?:[A-Z][a-z]+\s+){0,2}Regional\s+(?:Conference|Office|Bureau|Committee|Meeting)\b"
)
# a word coined from a supranational prefix ("Europax", "INTERMAR"), not an English word of that prefix
_COINED = re.compile(r"\b((?:Euro|EURO|Inter|INTER)[A-Za-z]{3,8})\b")
_COINED_WORDS = ("Euro", "EURO", "Inter", "INTER")  # one is in every _COINED match (a quick test)
_NOT_COINED = frozenset(
    {"interim", "interior", "internal", "internet", "internship", "interview", "interest", "interests",
     "interval", "interpreter", "intervention", "interaction", "interagency", "interstate",
     "intercontinental", "interpreting", "european", "europeans", "eurozone", "euros", "eurovision",
     "intermediate", "interlocutor", "interlocutors", "international", "internationally", "interface"}
)  # fmt: skip
_ENGLISH_ENDS = ("al", "ed", "ing", "ly", "ion", "ions")  # "Internal", "Intercepted": English words
_NAMING_WORDS = re.compile(r"\b(?:Organi[sz]ation|Treaty|Convention|International|Intergovernmental)\b")
_THINK_TANK = re.compile(r"\b(?:Institute|Studies|Foundation|University|College|Academy|Group)\b")
_SUPRA_START = re.compile(
    r"\b(?:European|African|Asian|Arab|Americas?|Pacific|Atlantic|Caribbean|Nordic|Baltic|Balkan|Eurasian|"
    r"Regional|Global|World|International|Intergovernmental)\b"
)
# a title of an agency's officer after the word: "W Executive Secretary A", "W's Deputy Director-General"
_OFFICER = re.compile(
    r"(?:(?:deputy|assistant|vice)[- ])?(?:secretary[- ]general|director[- ]general|executive (?:director|"
    r"secretary)|spokes(?:person|man|woman)|head|chief|director|commissioner)",
    re.I,
)
# "..., Director of the X Division at the W", "... on W's Executive Committee": the agency closing a title
_TAIL = re.compile(
    r"\s+(?:at|of|on|in|with)\s+(?:the\s+)?(" + _WORD + r")(?:(?:'s|’s)(?:\s+[A-Z][\w-]*){1,3})?$"
)


def _words_fit(name: str, word: str) -> bool:
    """The word's first letter opens a word of the name (a definition's name, not a run of other words)."""
    return word[0].upper() in {w[0].upper() for w in re.split(r"[\s-]+", name) if w}


def _of_states(name: str) -> bool:
    """A name an agency of several states has: a naming word or a region's, no state's or think tank's."""
    name = name.strip().removeprefix("the ").removeprefix("The ")
    if not name or _THINK_TANK.search(name) or state_body(name):
        return False
    return bool(_NAMING_WORDS.search(name) or _SUPRA_START.search(name))


_MULTI_WORD_ORGS = tuple(k for k in ORGANISATIONS if " " in k)


def _plain(word: str) -> bool:
    """The word names no country, table organisation or city."""
    return word not in ORGANISATIONS and country_of(word) is None and find_city(word) is None


_PREV_WORD = re.compile(r"([\w'’-]+)[^\w\n]{0,4}$")
_ORG_NOUN = re.compile(
    r"^(?:Organi[sz]ation|Agency|Commission|Office|Union|Bank|Fund|Court|Tribunal|Authority|Bureau)\b|"
    r"\b(?:Organi[sz]ation|Agency|Commission|Office|Union|Bank|Fund|Court|Tribunal|Authority|Bureau)$"
)


_COMMON = frozenset(STATE_WORDS | ORG_ENDS | WORLD_REGIONS)


def _alone(text: str, start: int, word: str, bracketed: bool = False) -> bool:
    """A one-word name: initials, or a coined word the text never writes in lower case, opening no sentence,
    with no capitalised word of a longer name before it ("UN Command member states")."""
    if word in _COMMON:
        return False
    # "Europax" written "europax" elsewhere (not in an address): a common word
    if not word.isupper() and (
        not word[1:].islower() or re.search(rf"(?<![\w@.]){word.lower()}(?![\w@])", text)
    ):
        return False
    if bracketed:
        return True
    prev = _PREV_WORD.search(text, max(0, start - 24), start)
    if prev and re.search(r"[.!?:\n][\s\"“‘']*$", text[prev.end(1) : start]) and not word.isupper():
        return False  # a capitalised word opening a sentence
    # "8 May, the X Agency": a date; "UN Command member states": a longer name's last word
    joined = prev is not None and not text[prev.end(1) : start].strip()
    return not (joined and prev and (prev[1][:1].isupper() or prev[1].isdigit()) and prev[1] != "The")


def _add(found: set[str], text: str, m: re.Match[str], bracketed: bool = False) -> None:
    """Keep the match's word when it stands as a one-word name."""
    if _alone(text, m.start(1), m[1], bracketed):
        found.add(m[1])


@lru_cache(maxsize=4)
def agencies(text: str) -> frozenset[str]:
    """The one-word names the text shows as agencies of several states."""
    found: set[str] = set()
    if "(" in text:
        for m in _BRACKET.finditer(text):
            run = _RUN_BEFORE.search(text, max(0, m.start() - 160), m.start())
            name = run[1].strip().removeprefix("the ").removeprefix("The ") if run else ""
            if name and _words_fit(name, m[1]) and _ORG_NOUN.search(name) and _of_states(name):
                _add(found, text, m, bracketed=True)
    if ", the " in text:
        for m in _APPOSED.finditer(text):
            if _of_states(m[2] + m[3]) and not any(k in m[2] for k in _MULTI_WORD_ORGS):
                _add(found, text, m)
    if "States Parties" in text or (
        "ember" in text and ("Parties" in text or _MEMBER_TAIL.search(text) is not None)
    ):
        for m in _MEMBERS.finditer(text):
            _add(found, text, m)
    if "Regional" in text:
        for m in _REGIONAL.finditer(text):
            _add(found, text, m)
    if has_any(text, _COINED_WORDS):
        for m in _COINED.finditer(text):
            low = m[1].lower()
            if low not in _NOT_COINED and not low.endswith(_ENGLISH_ENDS) and text.count(m[1]) >= 2:
                _add(found, text, m)
    return frozenset(w for w in found if _plain(w) and w.upper() not in ORGANISATIONS)


_BEFORE = re.compile(r"\b(" + _WORD + r")(?:'s|’s)?\s+$")


def agency_officials(doc: Doc, per_sentence: list[list[Mention]]) -> None:
    """An officer whose title the agency's word opens ("W Executive Secretary A", "W's Executive Director,
    A") or closes ("Director of the X Division at the W") belongs to the agency."""
    text = doc.text
    names = agencies(text)
    if not names:
        return
    for ms in per_sentence:
        for m in ms:
            if m.country or not m.role:
                continue
            before = _BEFORE.search(text, max(0, m.span_start - 16), m.span_start)
            if before and before[1] in names and _OFFICER.fullmatch(m.role):
                m.country = before[1]
                continue
            tail = _TAIL.search(m.role) if " " in m.role else None
            if tail and tail[1] in names and tail.start() > 0:
                m.role, m.country = m.role[: tail.start()], tail[1]


_DEPUTY = re.compile(r"(?:deputy|assistant|vice)[- ]", re.I)


def agency_deputies(doc: Doc, people: People) -> None:
    """A bare deputy office ("Deputy Director-General A") of the one agency whose head's office it is."""
    names = agencies(doc.text) | ORGANISATION_NAMES
    heads: dict[str, set[str]] = {}
    for r in people.recs:
        if r.country in names and r.role and _OFFICER.fullmatch(r.role) and not _DEPUTY.match(r.role):
            heads.setdefault(_key(r.role), set()).add(r.country)
    if not heads:
        return
    for r in people.recs:
        if r.country or not r.role:
            continue
        deputy = _DEPUTY.match(r.role)
        orgs = heads.get(_key(r.role[deputy.end() :]), set()) if deputy else set()
        if len(orgs) == 1:
            r.country = next(iter(orgs))


def _key(role: str) -> str:
    """An office's key: case, hyphens and spaces folded."""
    return role_key(role).replace("-", " ")
