"""Where a body named inside a title before a comma name ends: "The President of the Xish Xtag, Dr A B",
"Head of the Xish Cyber Centre, Ms A B", "Chair of the X Group on Y, Ambassador A B", "Chairman of the X
Cooperation Agency (XCA) A B" (the body's initials, then the name); and the comma after "A of Xland,"."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.people_after_title import comma_name
from briefings.extract.people_names import scan_name
from briefings.extract.regions import WORLD_REGIONS
from briefings.extract.role_bodies import is_acronym
from briefings.extract.roles import HEADS, _words
from briefings.extract.tokens import Tok

# words that open a body's name after the title's "of"/"for" ("of the X", "for the X")
_LEADS = frozenset({"of", "for", "the"})
# lower-case words joining the capitalised words of a body's name ("Group on X", "Assembleia da X",
# "Committee for Foreign Affairs and Defence")
_JOINS = frozenset(
    {"of", "on", "for", "in", "and", "&", "the", "da", "de", "do", "das", "dos", "di", "du", "des", "del"}
)
_MAX_WORDS = 9
_WORLD = frozenset({"World", "International", "Global"})
# nouns that make a run of capitalised words a body's name, not a person's
_BODY_NOUNS = _words(
    "office centre center agency bureau brigade division force forces command group league committee "
    "subcommittee council service services unit department directorate institute corps fleet army navy guard "
    "commission assembly authority secretariat staff headquarters parliament senate congress chamber house "
    "diet ministry board administration organisation organization forum association union programme program "
    "mission academy college university regiment battalion squadron wing flotilla"
)
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _body_word(t: Tok) -> bool:
    """A capitalised word of a body's name ("Xtag", "Self-Defense") or its number ("150", "7th")."""
    if t.text.isdigit() or _ORDINAL.fullmatch(t.text):
        return True
    plain = t.text.replace("-", "").replace("'", "").replace("’", "")
    return t.cap and plain.isalpha()


def _organisation(run: list[Tok]) -> bool:
    """A run opening with an organisation's name or a world region's ("United Nations Conference on X",
    "Indian Ocean Commission"): an organisation's body, whose officers the organisation rules read."""
    for w in (3, 2, 1):
        if len(run) > w and country_of(" ".join(t.text for t in run[:w])) in ORGANISATION_NAMES:
            return True
    if run[0].text in _WORLD:
        return True  # "the World Organization for X", "the International X Agency"
    return any(t.text in WORLD_REGIONS or t.low == "ocean" for t in run[:2])


def _joined(toks: list[Tok], k: int) -> bool:
    """A capitalised word of the name follows a joining word, straight or after "the" ("of the Ministry")."""
    if k < len(toks) and toks[k].low == "the" and not toks[k].cap:
        k += 1
    return k < len(toks) and toks[k].cap and _body_word(toks[k])


def _first_body_word(toks: list[Tok], j: int, head: int) -> int:
    """Where the body's name the scan stopped inside at j opens, after the title's "of (the)"; else -1."""
    k = j
    while k - 1 > head and toks[k - 1].cap and toks[k - 1].low not in _LEADS:
        k -= 1
    return k if k - 1 > head and toks[k - 1].low in _LEADS else -1


def _named_after(toks: list[Tok], k: int, text: str) -> bool:
    """A person's name follows the comma at k, of two words or carried by a rank or honorific."""
    got = comma_name(toks, k, text, toks[-1].end, single_ok=True)
    if got is None:
        return False
    name = got[0]
    if country_of(" ".join(t.text for t in name)):
        return False  # "..., Xland, ...": a place after the body, no name
    return len(name) >= 2 or name[0] is not toks[k + 1]


def body_to_comma(toks: list[Tok], j: int, head: int, text: str) -> tuple[int, int]:
    """After a title's head (at `head`) and "of (the)": when the scan stopped at j inside a body's name that
    runs on to a comma name or to bracketed initials and a name ("of the Xish Xtag, Dr A B",
    "of the X Agency (XA) A B"): (the index of the body's last word, the index of the initials' ")" or -1);
    (-1, -1) when none."""
    n = len(toks)
    first = _first_body_word(toks, j, head)
    if first < 0:
        return -1, -1
    k = j
    while k < n and k < first + _MAX_WORDS:
        t = toks[k]
        if _body_word(t) or (t.low in _JOINS and not t.cap and _joined(toks, k + 1)):
            if t.low in HEADS or t.text.endswith(("'s", "’s")):
                return -1, -1  # a second title (the test below, made as soon as the word is read)
            k += 1
        else:
            break
    if k == j and not (k < n and toks[k].text == "("):
        return -1, -1  # the scan read the whole name already
    last = k - 1
    if last < first or (not toks[last].cap and not toks[last].text.isdigit()):
        return -1, -1
    run = toks[first : last + 1]
    if any(t.low in HEADS or t.text.endswith(("'s", "’s")) for t in toks[j : last + 1]):
        return -1, -1  # "Minister of Defence A B and Xland's Minister of Y, C D": a second title
    named = any(t.low in _BODY_NOUNS or (t.low in _JOINS and not t.cap) for t in run)
    named = named or run[-1].text.isdigit() or bool(_ORDINAL.fullmatch(run[0].text))  # a unit's number
    # "of the Xish Xtag": a state's word and the body's own name
    if not named and not (len(run) <= 3 and country_of(run[0].text) and first < j):
        return -1, -1  # "Minister of Defence Jane Doe, ...": a person's name, no body's
    if _organisation(run):
        return -1, -1  # "Secretary-General of the United Nations Conference on X (UNCTAD), A": the body's own
    close = -1
    if k + 2 < n and toks[k].text == "(" and toks[k + 2].text == ")" and is_acronym(toks[k + 1]):
        close = k + 2
        k += 3
        if k < n and toks[k].text != ",":
            got = scan_name(toks, k)  # "(XA) A B": the initials, then the name
            ok = got is not None and len(got[0]) >= 2 and got[0][0] is toks[k]
            return (last, close) if ok else (-1, -1)
    if k >= n or toks[k].text != "," or not _named_after(toks, k, text):
        return -1, -1
    return last, close


def past_home(toks: list[Tok], k: int) -> int:
    """After a name at k, "of <country>" closed by a comma ("Ambassador A B of Xland, Chairperson of Y"):
    the comma's index, where an apposed office may follow, else k."""
    n = len(toks)
    if k + 2 >= n or toks[k].low != "of" or toks[k].cap:
        return k
    j = k + 2 if toks[k + 1].low == "the" else k + 1
    e = j
    while e < n and e < j + 4 and toks[e].cap:
        e += 1
    if e >= n or toks[e].text != "," or e == j:
        return k
    home = country_of(" ".join(t.text for t in toks[j:e]))
    return e if home and home not in ORGANISATION_NAMES else k
