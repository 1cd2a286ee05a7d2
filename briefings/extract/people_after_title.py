"""A name after a title's end: set off by a comma, or past the portfolio, field, world region or scholar's
subject the title stopped before."""

from __future__ import annotations

import re

from briefings.extract.people_names import scan_name
from briefings.extract.regions import WORLD_REGIONS
from briefings.extract.role_lists import portfolio_list_end
from briefings.extract.token_countries import country_at
from briefings.extract.tokens import Tok, base

_COURTESY_TITLES = frozenset({"ambassador", "amb.", "amb", "senator", "deputy"})
_HONOURABLE = frozenset({"hon", "honourable", "honorable"})
# a parliamentarian's bracketed mark may close the name ("Jane Doe (MP),", "Rep. Jane Doe (R-CA),")
# "(MP)", "(R-TX)"; "(Xland)": a delegate's country bracketed after the name
# the name closes at a stop, "and", or an officer's service ("Commodore A B of the Royal Xish Navy")
_AFTER_COMMA_NAME = re.compile(
    # a bracketed tag after the name: a seat's letters, a party's initials with its member's state or region
    # code ("(MP)", "(R-TX)", "(XP-AB)", "(XPP, DE)"), a word in title case ("(Renew)")
    r"\s*(?:\((?:MP|MLA|MPP|MNA|[A-Z][A-Za-z&]{0,5}(?:-[A-Z]{2}|,\s*[A-Z]{2})|"
    r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,3})\)\s*)?(?:[,.;:)]|and\b|$)"
    r"|\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:Navy|Army|Air\s+Force|Marine\s+Corps|Coast\s+Guard)\b"
)


def comma_name(
    toks: list[Tok], k: int, text: str, end: int, single_ok: bool = False, colon: bool = False
) -> tuple[list[Tok], int] | None:
    """A name set off by a comma after a title ("the Minister for Foreign Affairs, Jane Doe,"): the name
    must close at a comma, a stop, "and" or the sentence end."""
    if k >= len(toks) or toks[k].text not in ((",", ":") if colon else (",",)):
        return None
    if k + 3 < len(toks) and toks[k + 1].low in _COURTESY_TITLES and toks[k + 1].cap:
        k += 1  # "the Commissioner for X, Ambassador Jane Doe": the office's holder, a courtesy title
    if k + 4 < len(toks) and toks[k + 1].low == "the" and toks[k + 2].low.rstrip(".") in _HONOURABLE:
        k += 2  # "the President of the Senate, Senator the Hon Jane Doe": a parliamentarian's style
    got = scan_name(toks, k + 1, True)
    if got is None or (not single_ok and len(got[0]) < 2 and got[0][0] is toks[k + 1]):
        return None  # one bare word ("the minister, Tokyo and ...") is too weak a name
    after = text[toks[got[1] - 1].end : end]
    if _AFTER_COMMA_NAME.match(after):
        return got
    # "The Minister of X, Jane Doe will visit ...": a subject's name whose closing comma is left out
    close = len(got[0]) >= 2 and toks[k + 1].cap and not any(x.text.isupper() for x in got[0])
    close = close and _subject_title(toks, k)
    return got if close and _VERB_CLOSE.match(after) else None  # ("X Chair, the ABC Retreat will": no name)


# "At the invitation of the Minister of X, A will visit": a lead-in's object, not A's own title
_LEAD_INS = frozenset(
    {"at", "on", "in", "following", "after", "before", "with", "for", "by", "under", "upon", "to", "from"}
    | {"as", "speaking", "according", "during", "alongside"}
)
# the lower-case words a title's own run may hold ("Minister of State with responsibility for X")
_TITLE_JOINS = frozenset(
    {"the", "of", "for", "and", "on", "in", "with", "to", "at"} | {"responsibility", "charge"}
)


def _subject_title(toks: list[Tok], k: int) -> bool:
    """The words before the comma at k are a title opening the sentence, no lead-in ("On behalf of the
    Minister of X,", "Following talks with the Minister,") whose object the title would be."""
    words = [t for t in toks[:k] if t.text[:1].isalpha()]
    if words and words[0].low in _LEAD_INS:
        return False
    return all(t.cap or t.low in _TITLE_JOINS for t in words)


# a full name that runs straight into its verb: a modal or a verb of speech
_VERB_CLOSE = re.compile(r"\s+(?:will|shall|would|said|says)\s+[a-z]")

_RUN_JOINS = frozenset({"and", "of", "for", "in", "on", "the", "&"})


def portfolio_run(
    toks: list[Tok], k: int, text: str, end: int, strict: bool = False
) -> tuple[int, tuple[list[Tok], int]] | None:
    """After a country's title: capitalised portfolio words the vocabulary lacks, joined by "and"/"in", then
    ", Jane Doe": (the end of the longer title, the name). The joining word keeps names out of the run.
    strict (a title naming no country): the run must open with "of" (or go on a field the title cut after
    "and") and join only with "of"/"and"/"the" ("Governor of the Special Region of X, Jane Doe")."""
    # the title stopped inside its field ("Secretary for Interior and National | Administration, Jane Doe")
    more = 2 <= k + 1 < len(toks) and toks[k - 1].cap
    inside = more and k >= 2 and toks[k].cap and toks[k - 2].low in ("and", "&")
    # or stopped before its field's second part ("Minister for Lands | and Natural Resources, Jane Doe")
    inside = inside or (more and toks[k].low == "and" and toks[k + 1].cap)
    # "Minister of Foreign Affairs | and the Public Service, Jane Doe"
    the = more and k + 2 < len(toks) and toks[k].low == "and" and toks[k + 1].low == "the"
    inside = inside or (the and toks[k + 2].cap)
    if k >= len(toks) or (strict and toks[k].low != "of" and not inside):
        return None
    j = k
    while j < len(toks) and j < k + 6 and (toks[j].cap or toks[j].low in _RUN_JOINS):
        j += 1
    close = j  # where the title ends: before the body's initials, "of the X Secretariat (XS), Jane Doe"
    if j + 3 < len(toks) and toks[j].text == "(" and toks[j + 1].text.isupper() and toks[j + 2].text == ")":
        j += 3
    if j == k or j >= len(toks) or toks[j].text != ",":
        return None
    if not inside and not any(t.low in _RUN_JOINS for t in toks[k:j]):
        return None
    if toks[j - 1].low in _RUN_JOINS:
        return None
    if strict and any(t.low in _RUN_JOINS and t.low not in ("of", "and", "the") for t in toks[k:j]):
        return None
    name = comma_name(toks, j, text, end)
    listed = portfolio_list_end(toks, j, text) if name is None and close == j else 0
    if listed:  # "Minister of Natural Resources, Oil and Gas, Jane Doe": the portfolio's list, then the name
        j = close = listed + 1
        name = comma_name(toks, j, text, end)
    return (toks[close - 1].end, name) if name and len(name[0]) >= 2 else None


# common nouns, not names ("Procurement", "Utilities", "Settlements")
NOUN_END = re.compile(r"(?:(?:ment|tion|sion|ance|ence|ship|ure|ism)s?|ity|ities|ness|ics)$")


def portfolio_word(toks: list[Tok], k: int) -> bool:
    """The one capitalised word after a title ends its portfolio, not a name: a common noun's ending
    ("Minister for Defence Procurement"), or the rest of a field the title cut after "and" ("Secretary of
    Finance and Public | Credit")."""
    if NOUN_END.search(toks[k].text):
        return True
    return k >= 2 and toks[k - 1].cap and toks[k - 1].text.isalpha() and toks[k - 2].low in ("and", "&")


# the last word of a portfolio's field: a common noun's ending or a plural ("Protection", "Expatriates")
_FIELD_END = re.compile(r"(?:ment|tion|sion|ity|ance|ence|ness|ics|ship|ure|ism|[a-z]s)$")


def field_then_name(toks: list[Tok], k: int) -> tuple[int, tuple[list[Tok], int]] | None:
    """After a title cut before "and": a field of up to three capitalised words closed by a common noun,
    then a name of two words or more ("Minister of X and Citizen Protection Jane Doe"): (the field's end,
    the name); the longest such field wins."""
    n = len(toks)
    if k + 2 >= n or toks[k].low not in ("and", "&") or not toks[k + 1].cap:
        return None
    for r in (3, 2, 1):
        last = k + r
        if last + 2 >= n or not all(t.cap and t.text.isalpha() for t in toks[k + 1 : last + 1]):
            continue
        if _FIELD_END.search(toks[last].text) is None or toks[last].text.isupper():
            continue
        got = scan_name(toks, last + 1)
        if got and len(got[0]) >= 2 and got[0][0] is toks[last + 1]:
            return toks[last].end, got
    return None


# a compass word a title may end on before a world region ("for Central | Asia")
_COMPASS = frozenset(
    {"North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western"}
)
# a scholar's post a field in lower case follows ("lecturer in international relations")
_FIELD_POSTS = frozenset({"professor", "lecturer", "researcher", "fellow", "analyst", "scholar", "expert"})

# ", +32 2 000 00 00", ", jane.doe@example.org": a contact line's number or address after its name
_CONTACT_REST = re.compile(r"\s*,?\s*(?:\+?\d[\d \t()/.-]{6,}\d|[\w.+-]+@[\w-]+\.[\w.]+)\s*$")


def contact_label(toks: list[Tok], k: int, text: str, end: int) -> tuple[list[Tok], int] | None:
    """The name after a contact line's label and colon ("Spokesperson for X: Jane Doe"), closing the line
    or followed by a telephone number or an e-mail address alone."""
    label = comma_name(toks, k, text, end, colon=True)
    if label is None or label[1] == len(toks) or _CONTACT_REST.match(text, label[0][-1].end, end):
        return label
    return None


def region_then_name(
    toks: list[Tok], k: int, got: tuple[list[Tok], int] | None
) -> tuple[int, tuple[list[Tok], int] | None] | None:
    """A name scan from k that opened on a world region after a title's compass word ("for Central |
    Asia Jane Doe"): (the region's end, the name after it, or None when the name follows a comma)."""
    if not got or k == 0 or toks[k - 1].text not in _COMPASS or base(got[0][0].text) not in WORLD_REGIONS:
        return None
    return got[0][0].end, (scan_name(toks, k + 1, True) if len(got[0]) > 1 else None)


def subject_then_name(toks: list[Tok], k: int) -> tuple[int, tuple[list[Tok], int]] | None:
    """After a scholar's post: "in"/"of"/"on" and a field of one to four words closed by a lower-case one,
    then a name ("senior lecturer in international relations Dr Jane Doe", "lecturer in Pacific studies Dr
    Jane Doe"): (the field's end, the name)."""
    n = len(toks)
    if k == 0 or toks[k - 1].low not in _FIELD_POSTS or toks[k].low not in ("in", "of", "on"):
        return None
    j = k + 1
    opening = True  # capitalised words only open the field ("in Pacific studies A B": the name after)
    while j < n and j < k + 5 and toks[j].text.isalpha():
        if not (toks[j].text.islower() or (opening and _field_cap(toks, j))):
            break
        opening = opening and not toks[j].text.islower()
        j += 1
    if j == k + 1 or j >= n or not toks[j].cap or toks[j - 1].cap:
        return None
    got = scan_name(toks, j, True)
    return (toks[j - 1].end, got) if got and len(got[0]) >= 2 else None


def _field_cap(toks: list[Tok], j: int) -> bool:
    """Capitalised words opening a field a lower-case word closes ("Pacific studies", "Asian history")."""
    while j + 1 < len(toks) and toks[j + 1].cap and toks[j + 1].text.isalpha():
        j += 1
    return j + 1 < len(toks) and toks[j + 1].text.isalpha() and toks[j + 1].text.islower()


# the noun closing the name of an office a title is held at ("at the Xish Embassy", "at the X Institute")
_POST_BODIES = frozenset(
    {"embassy", "mission", "consulate", "consulate-general", "commission", "ministry", "department", "office"}
    | {"secretariat", "agency", "institute", "university", "centre", "center", "delegation"}
)
_BODY_JOINS = frozenset({"of", "for", "and", "the", "&"})


def post_then_comma_name(
    toks: list[Tok], k: int, text: str, end: int
) -> tuple[tuple[list[Tok], int], str | None] | None:
    """After a title: the office it is held at and its city, then a comma name ("The Chargé d'Affaires at
    the Xish Embassy in Ycity, Mr A B,"): the name (the office is the affiliation, no part of the title) and
    the state the office opens with (Xland's: the embassy's, not its city's)."""
    n = len(toks)
    if k + 4 >= n or toks[k].low != "at" or toks[k + 1].low != "the" or not toks[k + 2].cap:
        return None
    j, last = k + 2, 0
    while j < n and j < k + 10 and (toks[j].cap or toks[j].low in _BODY_JOINS):
        last = j if toks[j].low in _POST_BODIES else last
        j += 1
    if not last:
        return None
    j = last + 1
    if j + 1 < n and toks[j].low == "in" and toks[j + 1].cap:
        j += 2  # the office's city
        while j < n and toks[j].cap and j < last + 5:
            j += 1
    got = comma_name(toks, j, text, end)
    if got is None or len(got[0]) < 2:
        return None
    state = country_at(toks, k + 2, text)
    return got, (state[0] if state and state[1] <= last else None)
