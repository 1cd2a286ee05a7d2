"""Legislators' states: a chamber a title names ("Speaker of Xland's National Assembly", "President of the
Bundestag"), a legislature's own letterhead ("Parliament of Xland", "Senate of Xland"), and the country word
a chamber's title drops when shown."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from briefings.extract.gazetteer import code_country, country_of
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.regex_guard import by_first_letter, guarded
from briefings.extract.regions import region_abbrev_country
from briefings.extract.roles import TITLE_WORDS
from briefings.extract.sentences import Doc
from briefings.extract.tokens import Tok, is_name_text

if TYPE_CHECKING:
    from briefings.extract.people import People

# national legislatures (or their chambers) known by a name of their own rather than a country word
LEGISLATURES: dict[str, str] = {
    "bundestag": "Germany",
    "bundesrat": "Germany",
    "sejm": "Poland",
    "lok sabha": "India",
    "rajya sabha": "India",
    "dewan rakyat": "Malaysia",
    "dewan negara": "Malaysia",
    "diet": "Japan",
    "knesset": "Israel",
    "state duma": "Russia",
    "duma": "Russia",
    "verkhovna rada": "Ukraine",
    "storting": "Norway",
    "riksdag": "Sweden",
    "folketing": "Denmark",
    "eduskunta": "Finland",
    "althing": "Iceland",
    "oireachtas": "Ireland",
    "dáil": "Ireland",
    "dail": "Ireland",
    "seanad": "Ireland",
    "seimas": "Lithuania",
    "saeima": "Latvia",
    "riigikogu": "Estonia",
    "sabor": "Croatia",
    "jatiya sangsad": "Bangladesh",
    "national people's congress": "China",
    "legislative yuan": "Taiwan",
    "tweede kamer": "Netherlands",
    "dewan perwakilan rakyat": "Indonesia",
    "pyidaungsu hluttaw": "Myanmar",
    "european parliament": "European Union",
}
_NAMED = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(k) for k in LEGISLATURES), key=len, reverse=True)) + r")\b", re.I
)
# names no common word shares ("diet" is one only when capitalised)
_NAMED_CASED = frozenset(LEGISLATURES) - {"diet"}

# a chamber's common name, a country word (name, adjective or possessive) before it
_CHAMBER = (
    r"(?:(?:National|Federal|Legislative|Grand\s+National|People's|Constituent)\s+)?"
    r"(?:Assembly|Parliament|Senate|Congress|House\s+of\s+(?:Representatives|Commons|Lords|Councillors|Assembly)|"
    r"Chamber\s+of\s+Deputies|National\s+Council(?:\s+of\s+Provinces)?|Federal\s+Council|Legislature|Diet)"
)
_WORDED = re.compile(
    r"\b(?P<pre>of|in|to|at|,)\s+(?P<the>the\s+)?(?P<c>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}?)(?P<s>['’]s)?\s+"
    r"(?P<b>" + _CHAMBER + r")\b(?![-–])"
)
# "Chairperson of the National Council of Provinces of Xland": the state after the chamber
_CLOSING = re.compile(
    r"\b(?P<b>" + _CHAMBER + r")\s+of\s+(?:the\s+)?(?P<c>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})$"
)


def _state(words: str) -> str | None:
    """A state (no organisation) that a country word names."""
    c = country_of(words)
    return c if c and c not in ORGANISATION_NAMES else None


@lru_cache(maxsize=8192)  # a pure function of the title; the same titles recur from text to text
def legislature_state(role: str | None) -> str | None:
    """The state whose legislature a title names ("Speaker of Xland's House of Representatives",
    "President of the Bundestag", "MEP": the European Union); None when it names none."""
    if not role:
        return None
    if role in ("MEP", "Member of the European Parliament"):
        return "European Union"
    for m in _WORDED.finditer(role):
        c = _state(m["c"])
        if c:
            return c
    m2 = _CLOSING.search(role)
    if m2:
        c = _state(m2["c"])
        if c:
            return c
    for m in _NAMED.finditer(role):
        key = m[0].lower()
        if key in _NAMED_CASED or m[0][0].isupper():
            return LEGISLATURES[key]
    return None


_CHAMBER_WORDS = (
    "Assembly", "Parliament", "Senate", "House", "Council", "Congress", "Chamber", "Legislature", "Diet",
)  # fmt: skip


def chamber_shown(role: str, country: str | None) -> str:
    """ "Speaker of Xland's House of Representatives" -> "Speaker of the House of Representatives": the
    country word before (or after) a chamber the country field holds."""
    if country is None or not any(w in role for w in _CHAMBER_WORDS):
        return role
    m = _WORDED.search(role)
    if m and _state(m["c"]) == country and m["pre"] != ",":
        return role[: m.start("the") if m["the"] else m.start("c")] + "the " + role[m.start("b") :]
    m2 = _CLOSING.search(role)
    if m2 and _state(m2["c"]) == country:
        return role[: m2.end("b")]
    return role


def legislators_states(people: People, text: str) -> None:
    """A person whose title names a state's legislature, or whose name a US party-and-state tag follows
    ("Senator A (R-Ohio)"), is of that state, whatever the context guessed."""
    dashed, commas = "-" in text, ", " in text  # every party tag holds a dash, every group tag a comma
    for rec in people.recs:
        c = legislature_state(rec.role)
        if c:
            rec.country = c
        elif dashed and any(_party_tag(text, m.end) for m in rec.mentions):
            rec.country = "United States"
        elif commas and (tag := next(filter(None, (_EP_TAG.match(text, m.end) for m in rec.mentions)), None)):
            rec.country = code_country(tag["cc"]) or rec.country  # "A (Renew, FR)": an MEP's group, state


# "Sophie A (Renew, FR)", "B (EPP, PL)": a European Parliament member's political group and home state
_EP_TAG = re.compile(
    r"\s*\((?:EPP|S&D|Renew(?:\s+Europe)?|Greens/EFA|ECR|ID|PfE|ESN|The\s+Left|GUE/NGL|NI),\s*(?P<cc>[A-Z]{2})\)"
)


# "Senator A (R-Ohio)", "Rep. B, D-Calif., said": a US member of Congress's party and state after the name
_PARTY_TAG = re.compile(
    r"\s*(?:\(|,\s)\s*[RDI]\s?[-–]\s?(?P<st>[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)\s*(?:\)|,|\.(?=\s))"
)
_POSTAL = frozenset(
    {"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY"}
    | {"LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND"}
    | {"OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC"}
)


def _party_tag(text: str, end: int) -> bool:
    """A party's initial and a US state (in full, its postal code or the agencies' abbreviation) follow."""
    m = _PARTY_TAG.match(text, end)
    if not m:
        return False
    st, us = m["st"], "United States"
    # "(D-Calif)": the agencies' abbreviation undotted
    return st in _POSTAL or region_abbrev_country(st) == us or region_abbrev_country(st + ".") == us


# a legislature's own letterhead line: "Parliament of Xland", "Senate of the Xland", "Xland Parliament",
# "Xish National Assembly — News" or a chamber known by its own name
_HEAD = re.compile(
    r"^(?:The\s+)?(?:(?P<body>Parliament|Senate|House\s+of\s+Representatives|National\s+Assembly|Congress|"
    r"Chamber\s+of\s+Deputies)\s+of\s+(?:the\s+)?(?P<c1>[A-Z][\w.]*(?:\s+(?:of\s+)?[A-Z][\w.]*){0,3})|"
    r"(?P<c2>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?:" + _CHAMBER + r"))"
    r"\s*(?:$|[—–>|:-])"
)


def parliament_issuer(doc: Doc) -> str | None:
    """The state whose legislature issues a release: its letterhead line among the first lines."""
    for s in doc.sentences[:4]:
        t = s.text.strip()
        if len(t) > 80 or t.endswith("."):
            continue
        m = _HEAD.match(t)
        if m:
            c = _state(m["c1"] or m["c2"])
            if c:
                return c
            continue
        head = t.split("—")[0].split(">")[0].strip()
        if 0 < len(head.split()) <= 3:
            n = _NAMED.search(head)
            if n and n[0][0].isupper() and n[0].lower() in _NAMED_CASED:
                c = LEGISLATURES[n[0].lower()]
                return c if c not in ORGANISATION_NAMES else None
    return None


# a chamber named before a presiding officer's or clerk's title ("Xish House of Representatives Speaker A",
# "Lok Sabha Speaker A"): the chamber is part of the role, the country word before it the person's state
_OFFICER = re.compile(
    r"(?:deputy |vice |vice-)?(?:speaker|president|chairman|chairperson|chairwoman|chair|"
    r"secretary[- ]general|clerk)",
    re.I,
)
# behind its first letters' lookahead, regrouped by first letter (regex_guard: same matches)
_OFFICER = by_first_letter(guarded(_OFFICER))
_CHAMBER_BEFORE = re.compile(
    r"(?:(?P<c>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:['’]s)?\s+)?"
    r"(?P<b>House\s+of\s+(?:Representatives|Commons|Councillors|Lords)|Chamber\s+of\s+Deputies|"
    r"(?:Lok|Rajya)\s+Sabha|Dewan\s+(?:Rakyat|Negara)|Bundestag|Bundesrat|Sejm|Knesset|State\s+Duma|"
    r"Verkhovna\s+Rada|Storting|Riksdag|Folketing|Seimas|Saeima|Riigikogu)\s+(?P<d>(?:Deputy|Vice)\s+)?$"
)
_CHAMBER_HINTS = (
    "House of", "Chamber of", "Sabha", "Dewan", "Bundes", "Sejm", "Knesset", "Duma", "Rada", "Storting",
    "Riksdag", "Folketing", "Seimas", "Saeima", "Riigikogu",
)  # fmt: skip


def chamber_before(text: str, floor: int, at: int, role: str) -> tuple[int, str, str | None] | None:
    """The chamber written just before a presiding officer's title at `at`: (where it starts, its name, the
    state a country word before it names); None when there is none."""
    if not _OFFICER.fullmatch(role):
        return None
    before = text[max(floor, at - 60) : at]
    if not any(h in before for h in _CHAMBER_HINTS):
        return None
    m = _CHAMBER_BEFORE.search(before)
    if m is None:
        return None
    base = at - len(before)
    country = _state(m["c"]) if m["c"] else None
    # "X Sabha Deputy Chairman A": a rank word the title scan left before the officer's title
    chamber = " ".join(m["b"].split()) + (f" {m['d'].strip()}" if m["d"] else "")
    if m["c"] and country is None:
        return base + m.start("b"), chamber, None
    return base + m.start(), chamber, country


def legislator_address(toks: list[Tok], j: int) -> bool:
    """A capitalised "Deputy" alone straight before a full name: a legislator's title ("Deputy A B"), no
    rank of an office left unnamed."""
    if toks[j].text != "Deputy" or j + 2 >= len(toks):
        return False
    a, b = toks[j + 1], toks[j + 2]
    return (
        a.low not in TITLE_WORDS
        and is_name_text(a.text, True)
        and (is_name_text(b.text, False) or b.text[:1].isupper())
        and b.low not in TITLE_WORDS
    )
