"""Word-level forms around names and titles: retirement marks, units, institution prefixes, given names,
a country right after a name, Title Case headlines."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.roles import MODIFIERS, PORTFOLIO, _words
from briefings.extract.tokens import PARTICLES, RANKS, Tok, country_at, is_head, is_institution

KIN = re.compile(r"\b(?:his|her)\s+(?:wife|husband|spouse)\s*,?\s*$")  # "his wife, Jane Doe"
INSTITUTION_NOUNS = _words(
    "ministry department office pentagon embassy agency secretariat commission house kremlin"
)
SPOKES = _words("spokesperson spokesman spokeswoman")
PERSONAL_RANKS = _words(
    "general gen. admiral adm. colonel col. captain capt. commander cmdr. comdr. lieutenant lt. major maj. "
    "brigadier brig. sergeant sgt. marshal lt.gen. maj.gen. brig.gen. vadm. radm. lt.-gen. maj.-gen."
)
POSSESSOR = re.compile(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:'s|’s)\s+$")  # "Germany's " before a name
_OF_COUNTRY = re.compile(
    r"\s*,?\s+of\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,4})"
)
_RETIRED = frozenset({"ret", "retd", "retired", "rtd"})
_UNIT_NOUNS = _words(
    "affairs operations office command division bureau directorate branch unit staff center centre"
)


def retired_mark(toks: list[Tok], j: int) -> int:
    """The index after a "(Ret.)" / "(retd)" mark at j, else j."""
    if toks[j].text == "(" and j + 2 < len(toks) and toks[j + 1].low.rstrip(".") in _RETIRED:
        k = j + 2
        while k < len(toks) and k <= j + 3 and toks[k].text != ")":
            k += 1
        return k + 1 if k < len(toks) and toks[k].text == ")" else j
    return j


def portfolio_then_head(toks: list[Tok], j: int, ci: bool) -> bool:
    """A portfolio word then a head: the second half of "Trade and Investment Minister"."""
    if not (toks[j].cap or ci) or toks[j].low not in PORTFOLIO:
        return False
    return any(is_head(x, ci) for x in toks[j + 1 : j + 3])


def country_given_name(t: Tok) -> bool:
    """A plain country name ("Jordan", "Georgia") that could be a given name: no demonym or short form."""
    return t.text.isalpha() and t.text[1:].islower() and country_of(t.text) == t.text


def apposed_unit(toks: list[Tok], k: int) -> int | None:
    """After ", ": capitalised title words naming a unit ("Army Public Affairs"), then a comma or the end;
    returns the index after the unit."""
    if k >= len(toks) or toks[k].text != ",":
        return None
    j = k + 1
    while j < len(toks) and toks[j].cap and (toks[j].low in MODIFIERS or toks[j].low in PORTFOLIO):
        j += 1
    if j - (k + 1) < 2 or toks[j - 1].low not in _UNIT_NOUNS:
        return None
    return j if j == len(toks) or toks[j].text in (",", ".", ";", ")") else None


def institution_prefix(toks: list[Tok], i: int, text: str) -> tuple[int, str | None]:
    """Extend a lower-case title back over the institution before it ("Home Affairs Ministry
    spokesperson"): the token index the title starts at, and the country a word before it names."""
    k = i - 1
    while k > 0 and toks[k - 1].cap and (toks[k - 1].low in MODIFIERS or toks[k - 1].low in PORTFOLIO):
        if country_at(toks, k - 1, text):
            break
        k -= 1
    inst = country_at(toks, k, text)
    if inst and inst[1] == i and is_institution(text[toks[k].start : toks[i - 1].end]):
        return k, inst[0]  # "Pentagon spokesman"
    for back in (3, 2, 1):
        hit = country_at(toks, k - back, text) if k - back >= 0 else None
        if hit and hit[1] == k:
            return k, hit[0]
    return k, None


def weak_title(role: str | None) -> bool:
    """A rank or a courtesy title ("Lt. Gen.", "Senator", a bare "Ambassador") that an apposed office
    should replace."""
    if not role:
        return False
    return role.lower() == "ambassador" or all(w.lower() in RANKS for w in re.findall(r"[\w.'-]+", role))


def title_case(text: str) -> bool:
    """A headline in Title Case: most words capitalised."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def of_country(text: str, end: int, limit: int) -> str | None:
    """ "Prime Minister X of New Zealand": the country right after a name."""
    m = _OF_COUNTRY.match(text, end, limit)
    if not m:
        return None
    words = [w.rstrip(".,;:") for w in m[1].split()]
    for k in range(len(words), 0, -1):
        c = country_of(" ".join(words[:k]))
        if c:
            return c
    return None


def particle_run(toks: list[Tok], j: int) -> bool:
    """Particles at j run on to a capitalised name word ("von der Leyen")."""
    k = j
    while k < len(toks) and k < j + 3 and toks[k].low in PARTICLES:
        k += 1
    return k > j + 1 and k < len(toks) and toks[k].cap
