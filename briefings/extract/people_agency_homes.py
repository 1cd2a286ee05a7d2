"""A state's own agency the text names with its state and initials ("Xland's Investigations Police (XIP)",
"the Xland Coast Guard (XCG)", a ministry after the state's possessive: "Xland's Department of Y (XDY)")
and its officers' country: "XCG Vice Commandant A", "Xland Coast Guard (XCG) Commander A", "Director General
A of the XIP"."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.mentions import Mention
from briefings.extract.org_names import ORGANISATION_NAMES, ORGANISATIONS
from briefings.extract.sentences import Doc

# a state's possessive before its body ("Xland's", "New Xland's") and the initials the text gives the body
_OWNER = r"\b([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['’]s\s+"
_BRACKETED = r"\(([A-Z][A-Za-z]{1,8})\)"
# "Xland's Maritime Security Agency (Xmsa)", "the Xland Coast Guard (XCG)": a capitalised run, its initials
_DEFINED = re.compile(r"(?:" + _OWNER + r")?((?:[A-Z][\w'’-]*\s+){1,6})" + _BRACKETED)
# the noun that makes the run a state's service or agency, not a meeting or a think tank
_AGENCY_END = re.compile(
    r"\b(?:Guard|Police|Agency|Force|Forces|Navy|Army|Service|Bureau|Administration|Authority|Command|"
    r"Directorate|Gendarmerie|Constabulary|Corps)\s*$"
)
# "Xland's Department of Foreign Affairs (DFA)": a state's ministry, named with the state's possessive
_MINISTRY = re.compile(
    _OWNER
    + r"((?:Ministry|Department)\s+(?:of|for)\s+(?:[A-Z][\w'’-]*\s+(?:(?:of|and|for)\s+)?){1,6})"
    + _BRACKETED
)
_STYLE = frozenset({"Royal", "National", "Federal"})  # "the Royal Xish Police": the state's word after it


def _state(word: str) -> str | None:
    """The state (no organisation) a word or two names."""
    c = country_of(word)
    return c if c and c not in ORGANISATION_NAMES else None


def state_agencies(text: str) -> dict[str, str]:
    """Initials the text defines as a state's own agency, each with that state."""
    out: dict[str, str] = {}
    for m in _DEFINED.finditer(text):
        acr, run = m[3], m[2].strip()
        if acr in ORGANISATIONS or acr in out or not _AGENCY_END.search(run):
            continue
        words = run.split()
        if words[0] in _STYLE and len(words) > 1:
            words = words[1:]
        home = _state(m[1]) if m[1] else None
        home = home or _state(" ".join(words[:2])) or _state(words[0])
        if home:
            out[acr] = home
    for m in _MINISTRY.finditer(text) if "Ministry" in text or "Department" in text else ():
        home = _state(m[1])
        if home and m[3] not in ORGANISATIONS:
            out.setdefault(m[3], home)
    return out


def _initials_before(text: str, at: int) -> str:
    """The initials just before a title ("XCG Commander", "Xland Coast Guard (XCG) Commander"), else ""."""
    m = _BEFORE.search(text, max(0, at - 14), at)
    return (m[1] or m[2]) if m else ""


_BEFORE = re.compile(r"(?:" + _BRACKETED + r"|\b([A-Z]{2,8}))['’]?s?\s+$")
# "Department of X (XD) Deputy Secretary": a title run holding its ministry and the initials the text gives it
_BODY_IN_ROLE = re.compile(
    r"(?:Ministry|Department)\s+(?:of|for)\s+[^()]{2,80}?" + _BRACKETED + r"\s+(?=[A-Z])"
)
_OF_AFTER = re.compile(r"\s*,?\s+of\s+the\s+([A-Z][A-Za-z]{1,8})\b")


def agency_homes(doc: Doc, per_sentence: list[list[Mention]]) -> None:
    """An officer of a state's agency the text defines by initials, with no country yet, is of that state."""
    text = doc.text
    if "(" not in text:
        return
    homes = state_agencies(text)
    if not homes:
        return
    for ms in per_sentence:
        for m in ms:
            if m.country or not m.role:
                continue
            inner = _BODY_IN_ROLE.match(m.role)  # the role keeps the initials, the state is the country
            if inner and inner[1] in homes:
                m.role, m.country = f"{inner[1]} {m.role[inner.end() :]}", homes[inner[1]]
                continue
            after = _OF_AFTER.match(text, m.end, m.sentence.end)
            for acr in (_initials_before(text, m.span_start), after[1] if after else ""):
                if acr in homes:
                    m.country = homes[acr]
                    break
