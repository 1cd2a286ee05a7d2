"""Quick tests of find_mentions: lower-case counts, office initials, a region after a title, big cities."""

from __future__ import annotations

import re
from functools import lru_cache

from briefings.extract.gazetteer import country_of, find_city
from briefings.extract.org_agencies import agencies
from briefings.extract.people_bare import thing_run
from briefings.extract.people_names import scan_name
from briefings.extract.regions import WORLD_REGIONS
from briefings.extract.role_scan import opens_title, scan_title
from briefings.extract.roles import HEADS, _words
from briefings.extract.tokens import Tok, base

# mentions._LOWER's class
_LATIN_LOWER = bytes(range(ord("a"), ord("z") + 1)) + bytes(range(ord("ß"), ord("ÿ") + 1))


def count_lower(text: str) -> int:
    """len(mentions._LOWER.findall(text)), counted by a byte translation: every character of _LOWER's class is
    Latin-1, so dropping the others when encoding loses none of them."""
    raw = text.encode("latin-1", "ignore")
    return len(raw) - len(raw.translate(None, _LATIN_LOWER))


def big_city(name: str) -> bool:
    """A city of 300,000 people or more, written as a whole (a capital named for its government)."""
    city = find_city(name)
    return city is not None and city.name == name and city.population >= 300_000


def office_acronym(toks: list[Tok], i: int, text: str) -> bool:
    """An office's initials right before a capitalised title and a name ("DFA Assistant Secretary A")."""
    t = toks[i]
    if i + 1 >= len(toks):
        return False
    # a capitalised title next first: the cheaper test (both are pure, so their order changes no answer)
    nxt = toks[i + 1]
    if not (nxt.cap and opens_title(nxt.low)):
        return False
    # "XYZO Executive Secretary A", "Europax Executive Director A": an agency the text shows as one
    if not (2 <= len(t.text) <= 4 and t.text.isupper() and t.text.isalpha()) and t.text not in agencies(text):
        return False
    title = scan_title(toks, i + 1, text)
    return title is not None and scan_name(toks, title.next_index, True) is not None


# bracketed initials and the capitalised run before them: "External Affairs Minister (EAM)", "Air Chief
# Marshal (ACM)", "Minister of External Affairs (EAM)"
_INITIALS = re.compile(r"\(([A-Z]{2,5})\)")
_RUN_END = re.compile(r"(?:[A-Z][\w-]*\s+(?:(?:of|for|the|and)\s+){0,2}){1,6}$")


@lru_cache(maxsize=4)
def title_initials(text: str) -> frozenset[str]:
    """Initials the text defines as a title's, by writing them in brackets after it: "EAM A" later opens
    with the title, not a name word."""
    if "(" not in text:
        return frozenset()
    found = set()
    for m in _INITIALS.finditer(text):
        run = _RUN_END.search(text, max(0, m.start() - 80), m.start())
        if run and any(w.lower() in HEADS for w in run[0].split()):
            found.add(m[1])
    return frozenset(found)


def initials_title(toks: list[Tok], i: int, text: str) -> bool:
    """Initials before a name that the text defines as a title's ("EAM A" after "External Affairs Minister
    (EAM) A"): the title, no name word."""
    return i + 1 < len(toks) and toks[i + 1].cap and toks[i].text in title_initials(text)


# an abstract noun's ending, which no one-word name has ("Transformation", "Readiness")
_ABSTRACT_NOUN = re.compile(r"[a-z](?:tion|ness)$")


def body_or_region(t: Tok, toks: list[Tok], k: int) -> bool:
    """A one-word 'name' after a title that is a world region ("Commander Europe") or the first word of a
    body's name the capitalised words after it close ("the X Fusion Centre", "the X Order Studies
    Programme")."""
    if base(t.text) in WORLD_REGIONS or _ABSTRACT_NOUN.search(t.text):
        return True  # "Supreme Allied Commander Transformation": a command named by its task, no person
    j = k
    while j < len(toks) and j < k + 3 and toks[j].cap:  # "the X Order Studies Programme"
        if thing_run([t.text, toks[j].text]):
            return True
        j += 1
    return False


def lone_counterpart(before: str, after: str) -> bool:
    """A one-word name right after a person's Xish "counterpart" with no word after it ("her Xish counterpart
    A.", "his Xish counterpart A, and"): the counterpart's name (not "its Xish counterpart": a body's)."""
    return _LONE_COUNTERPART.search(before) is not None and not after.lstrip()[:1].isalnum()


_LONE_COUNTERPART = re.compile(r"\b(?:his|her)\s+[A-Z][a-z]+\s+counterpart $")  # a person's, not "its"


# words a noun "co-chair" follows ("its Xish co-chair", "the co-chair"); after others it is the verb
_CO_NOUN_BEFORE = _words("the a an its his her their our whose fellow")


def co_verb(toks: list[Tok], i: int) -> bool:
    """A lower-case "co-chair" used as a verb ("will co-chair the X Council"), no title."""
    if not toks[i].low.startswith("co-") or not i:
        return False
    prev = toks[i - 1]
    return not (prev.cap or prev.low in _CO_NOUN_BEFORE or prev.low.endswith(("'s", "’s")))


def office_initials(t: Tok) -> bool:
    """An office's initials ("MFA", "DFA"), not a country's ("US", "UK")."""
    return 2 <= len(t.text) <= 4 and t.text.isupper() and t.text.isalpha() and country_of(t.text) is None


def past_native(toks: list[Tok], k: int) -> int:
    """The index after a name's bracketed form in its own script ("Kao Ming-te (高明德) said"), else k."""
    if k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")":
        word = toks[k + 1].text
        if word.isalpha() and all(ord(c) > 0x24F for c in word):  # no Latin letter: another script
            return k + 3
    return k


def grade_before(t: Tok, around_country: bool) -> bool:
    """A capitalised "Acting"/"Interim" before a title with a country word ("Acting U.S. Secretary of X"),
    or a "former" written before the state's word of a past holder's title ("former Xish President A")."""
    return (t.low in ("acting", "interim") and t.cap) or (t.low == "former" and around_country)
