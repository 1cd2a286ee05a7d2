"""The ends of a title run: the state's word opening it; an address or a trailing "of COUNTRY" closing it."""

from __future__ import annotations

import re
from functools import lru_cache

from briefings.extract.gazetteer import country_of, find_city
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.regex_guard import guarded
from briefings.extract.role_bodies import names_org
from briefings.extract.roles import HEADS, MODIFIERS, PORTFOLIO, TITLE_WORDS, _words
from briefings.extract.token_countries import (
    could_start_country,
    country_at,
    is_institution,
    may_open_country,
)
from briefings.extract.tokens import Tok, is_head, is_name_text, is_title_word

_NEWLY = frozenset({"new", "newly", "appointed", "newly-appointed", "incoming", "outgoing", "current"})
_BODY_NOUNS = frozenset({"commission", "council", "parliament", "court", "bank"})
# words joining a title's parts ("Minister of X", "Minister and Ambassador to Y")
CONNECTORS = frozenset({"of", "for", "to", "and", "&", "the", "on", "cum", "/", "–", "—"})
# "Commander of U.S. X Command", "of the Royal Xish Navy" (not "Secretary for American Affairs": a desk for
# another country)
_OF_ADJ = guarded(
    re.compile(
        # "Commander of United States Forces Korea": the forces' state, not the one they are in
        r"\b(?:of|for|at)\s+(?:the\s+)?(?:Royal\s+)?((?:U\.S\.|U\.K\.|United\s+(?:States|Kingdom)|[A-Z][a-z]+))"
        r"\s+(?!Affairs\b)[A-Z]"
    )
)
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")


@lru_cache(maxsize=65536)
def opens_title(w: str) -> bool:
    """A lower-cased word that may open a title (a title word, or the first word of a country)."""
    return w in HEADS or w in MODIFIERS or w in PORTFOLIO or "-" in w or could_start_country(w)


def after_state_word(
    toks: list[Tok], text: str, first: int, hit: tuple[str, int], ci: bool
) -> tuple[int, int, bool]:
    """After a state's word opening a title at token first (hit: the state and the index after its word):
    the role's first token, the index its title words start at, and whether lower-case words may be title
    words ("Japan's new foreign minister")."""
    n = len(toks)
    country, j = hit
    role_first = first
    k = j
    while k < n and k < j + 3 and toks[k].low in _NEWLY:
        k += 1  # "China's new Defence Minister": the adjective is no part of the title
    if k > j and k < n and toks[k].low in TITLE_WORDS:
        j = k
    if not is_institution(text[toks[role_first].start : toks[j - 1].end]) and not (
        country in ORGANISATION_NAMES
        and (toks[j - 1].low in _BODY_NOUNS or (j < n and toks[j].low in _BODY_NOUNS))
    ):
        role_first = j  # but "European Commission President": a body's name is part of the title
    k = j
    while k < n and k < j + 2 and toks[k].cap and toks[k].low in _BODY_NOUNS:
        k += 1  # "Xland Union Commission chairperson": a lower-case title after the body's name
    low = toks[k].low if k < n and not toks[k].cap else ""
    ci = ci or low in TITLE_WORDS or (low.startswith("co-") and is_title_word(toks[k], True))
    forum = (
        country_at(toks, j, text)
        if j < n and toks[j].cap and may_open_country(toks[j].low) and country not in ORGANISATION_NAMES
        else None
    )
    if forum and forum[0] in ORGANISATION_NAMES and _head_after(toks, forum[1]):
        role_first, j = j, forum[1]  # "Xland's G20 Sherpa": the forum's name is part of the state's title
        ci = ci or not toks[j].cap
    return role_first, j, ci


def _head_after(toks: list[Tok], k: int) -> bool:
    """A title's head at k, or after one or two of its modifiers ("G7 trade sherpa", "G20 Sherpa")."""
    for j in range(k, min(k + 3, len(toks))):
        if is_head(toks[j], True):
            return True
        if toks[j].low not in MODIFIERS and toks[j].low not in PORTFOLIO:
            return False
    return False


def inner_country(text: str, start: int, end: int) -> str | None:
    """The country whose word opens a body a title in text[start:end] names ("Commander of the Royal Xish
    Navy")."""
    inner = _OF_ADJ.search(text, start, end)
    while inner and not country_of(inner[1]):  # "Chief of the General Staff of the Xish People's Army"
        inner = _OF_ADJ.search(text, inner.end(1), end)
    return country_of(inner[1]) if inner else None


def trailing_country(role_text: str, country: str | None) -> tuple[int, str | None]:
    """The length of a title's role without a trailing "of COUNTRY" ("Minister of Defence of Australia"),
    and its country (the one given, else the one named there)."""
    for m in _OF_THE.finditer(role_text) if "of" in role_text else ():
        rest = role_text[m.end() :]
        c = country_of(rest)
        if c is None and " to " in rest:  # "Ambassador of India to Japan": the sending state
            return len(role_text), country or country_of(rest.partition(" to ")[0])
        if c:
            # "Secretary General of the Pacific Islands Forum": the organisation is the country too, unless
            # it closes a joined title ("High Representative ... and Vice-President of the Commission") or
            # names one of its bodies ("Deputy Secretary General of the European External Action Service")
            if c not in ORGANISATION_NAMES or (
                " and " not in role_text[: m.start()] and "/" not in role_text and names_org(rest, c)
            ):
                return m.start(), c if country is None else country
            return len(role_text), c if country is None else country
    return len(role_text), country


ADDRESS_HEADS = frozenset({"ambassador", "director"})  # a diplomat's or official's address before a name
# words that make "Ambassador"/"Director" an office of its own ("Deputy Director", "Special Ambassador")
_ADDRESS_GRADES = _words(
    "deputy vice assistant associate acting interim former special senior executive managing general "
    "regional high extraordinary plenipotentiary non-resident first second third lead principal goodwill "
    "roving resident technical national programme program chief"
)


def address_after_title(toks: list[Tok], j: int, first: int) -> bool:
    """A capitalised "Ambassador"/"Director" closing a whole title straight before a full name is the
    holder's form of address, no part of the title ("Minister of X Ambassador A", "spokesperson Director
    A"); not after a modifier ("Deputy Director A") or connector ("Minister and Ambassador to Y")."""
    t = toks[j]
    if not t.cap or t.low not in ADDRESS_HEADS:
        return False
    prev = toks[j - 1]
    if prev.low in _ADDRESS_GRADES or prev.low in ADDRESS_HEADS or prev.low in CONNECTORS:
        return False
    if not any(x.low in HEADS for x in toks[first:j]):
        return False  # "Gulf Affairs Ambassador A": the title is the address alone
    if t.low == "director" and prev.cap:
        return False  # "Managing Director", "Executive Director": only a lower-case title before it
    k = j + 1
    while k < len(toks) and (toks[k].low.rstrip(".") in ("dr", "mr", "ms", "mrs", "prof")):
        k += 1
    return (
        k + 1 < len(toks)
        and is_name_text(toks[k].text, True)
        and (is_name_text(toks[k + 1].text, False) or toks[k + 1].text[:1].isupper())
    )


_SPOKES = frozenset({"spokesperson", "spokesman", "spokeswoman"})
RANK_AFTER_SPOKES = frozenset({"secretary", "undersecretary", "under-secretary"})


def rank_after_spokes(toks: list[Tok], j: int, first: int) -> int:
    """How many words of a civil-service rank close a spokesperson's title before the name, the holder's
    form of address ("X Spokesperson Assistant Secretary A B", "spokesperson Undersecretary A B"); or 0."""
    t = toks[j]
    if not t.cap or t.low not in RANK_AFTER_SPOKES:
        return 0
    words = 2 if t.low == "secretary" and j - 1 > first and toks[j - 1].low == "assistant" else 1
    if t.low == "secretary" and words == 1:
        return 0
    if toks[j - words].low not in _SPOKES or j + 2 >= len(toks):
        return 0
    return words if is_name_text(toks[j + 1].text, True) and toks[j + 2].text[:1].isupper() else 0


_DIPLOMAT_HEADS = frozenset({"ambassador", "commissioner", "consul", "consul-general", "envoy"})


def post_city_end(toks: list[Tok], j: int) -> int:
    """The index after a one- or two-word city a diplomat's title names as the post ("in Xcity"), when a
    capitalised word (the name, or an honorific) follows it; else 0."""
    head = toks[j - 2].low if j >= 2 else ""
    if head not in _DIPLOMAT_HEADS and not (head == "general" and j >= 3 and toks[j - 3].low == "consul"):
        return 0
    for k in (j + 2, j + 1):
        words = toks[j:k]
        capitalised = k < len(toks) and all(w.cap for w in words) and toks[k].cap
        if capitalised and find_city(" ".join(w.text for w in words)):
            return k
    return 0


def latin_tail(toks: list[Tok], j: int) -> int:
    """The tokens of a Latin tail at j closing an envoy's title ("ad interim", "a.i."), else 0."""
    if toks[j].text == "ad" and j + 1 < len(toks) and toks[j + 1].low == "interim":
        return 2  # "Chargé d'Affaires ad interim": the Latin tail in lower case
    return 1 if toks[j].low == "a.i." else 0  # "Chargé d'Affaires a.i.": the same tail abbreviated


def group_initials(t: Tok) -> bool:
    """A group's initials (three letters or more) an "and" joins in a portfolio ("for Asia and BRICS")."""
    return len(t.text) > 2 and t.text.isalpha() and t.text.isupper()


def acronym_qualifier(acronym: str, words: list[Tok]) -> bool:
    """Bracketed capitals after a one-word title that do not open with its initial ("Secretary (ER)"): the
    title's own qualifier, not its abbreviation ("Chairman of the Joint Chiefs of Staff (JCS)")."""
    return len(words) == 1 and acronym[:1] != words[0].text[:1]


_TO_ON = frozenset({"the", "former"})  # lower-case words a title runs on to after "to"


def infinitive_after(toks: list[Tok], j: int) -> bool:
    """The "to" at j opens a verb, not a title's "to the X": a lower-case word other than "the" follows."""
    return j + 1 < len(toks) and not toks[j + 1].cap and toks[j + 1].low not in _TO_ON
