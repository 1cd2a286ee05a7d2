"""Titles of scholars and experts in apposition: "a professor at X", "a Xland specialist", "a Y analyst"."""

from __future__ import annotations

from briefings.extract.gazetteer import adjective_of, country_of
from briefings.extract.role_scan import Title, scan_title
from briefings.extract.tokens import Tok

_ACADEMIC = frozenset(
    {"assistant", "associate", "adjunct", "visiting", "emeritus", "full", "research", "senior", "principal"}
)
_ACADEMIC_POSTS = frozenset({"professor", "lecturer"})


def academic_rank(toks: list[Tok], i: int) -> int:
    """The start of a capitalised academic post ending at i ("Associate Professor", "Professor")."""
    if i and toks[i - 1].cap and toks[i - 1].low in _ACADEMIC and toks[i - 1].low != "senior":
        return toks[i - 1].start
    return toks[i].start


def professor(toks: list[Tok], k: int) -> Title | None:
    """ ", a professor at X University,": an academic post written in lower case (the capitalised word is an
    honorific before a name, never a title here)."""
    article = k < len(toks) and toks[k].low in ("a", "an")
    j = k + 1 if article else k
    first = j
    # ", Associate Professor at X,", ", Professor,": capitalised, a title when no name follows
    cap = not article and j < len(toks) and toks[j].cap
    # ("a distinguished fellow at X": a grade after the article only)
    while j < len(toks) and j < first + 2 and _grade(toks[j].low, article) and toks[j].cap == cap:
        j += 1
    if cap:
        if j >= len(toks) or toks[j].low not in _ACADEMIC_POSTS or (j + 1 < len(toks) and toks[j + 1].cap):
            return None
        return _post_title(toks, k, first, j)
    ranked = j > first
    # "an international relations professor at X": a lower-case field of study before the post
    f = j
    while article and f < len(toks) and f < first + 3 and _field_word(toks[f]):
        f += 1
    if f < len(toks) and toks[f].text in _ACADEMIC_POSTS:
        j = f
    # "a visiting fellow at X", "a senior fellow for Y at X": a ranked fellowship
    fellow = ranked and j < len(toks) and toks[j].text == "fellow"
    if (j >= len(toks) or toks[j].text not in _ACADEMIC_POSTS) and not fellow:
        return None
    return _post_title(toks, k, first, j)


def _grade(low: str, article: bool) -> bool:
    """An academic grade before a post ("senior", "visiting"; "distinguished" after an article)."""
    return low in _ACADEMIC or (article and low == "distinguished")


def _post_title(toks: list[Tok], k: int, first: int, j: int) -> Title:
    """The academic post from token first to j, with its field ("of X studies") when a workplace follows."""
    end = j
    # "professor of X studies at Y University", "senior lecturer in Pacific security at Y University"
    if j + 2 < len(toks) and toks[j + 1].low in ("of", "in", "for"):
        for a in range(j + 2, min(j + 8, len(toks))):
            if toks[a].low == "at" and a > j + 2:
                end = a - 1
                break
            if not toks[a].text.isalpha():
                break
    return Title(toks[first].start, toks[end].end, toks[k].start, None, end + 1)


_NOT_FIELD = frozenset(
    {"who", "was", "is", "and", "or", "of", "the", "a", "an", "at", "in", "for", "with", "as"}
)


def _field_word(t: Tok) -> bool:
    """A lower-case word that may name a field of study ("international", "relations")."""
    return not t.cap and t.text.isalpha() and t.low not in _NOT_FIELD and t.low not in _ACADEMIC_POSTS


# the nouns of experts whose field a country's name may be ("a Xland specialist")
_EXPERTS = frozenset({"analyst", "specialist", "expert", "scholar", "researcher", "watcher", "hand"})


def field_expert(toks: list[Tok], k: int, text: str) -> Title | None:
    """ ", a Xland specialist at Y,": a country's own name (not its adjective) before an expert's noun is the
    field of study, part of the title and no country of the person."""
    if k + 2 >= len(toks) or toks[k].low not in ("a", "an") or not toks[k + 1].cap:
        return None
    j = k + 1
    while j < len(toks) and j < k + 4 and toks[j].cap and toks[j].text.isalpha():
        j += 1
    if j >= len(toks) or toks[j].low not in _EXPERTS or toks[j].cap:
        return None
    field = text[toks[k + 1].start : toks[j - 1].end]
    state = country_of(field)
    if state is None or field == adjective_of(state) or field.isupper() or "." in field:
        return None  # "an Xish analyst", "a US analyst": the person's country, read elsewhere
    title = described(toks, k, text)
    if title is not None:
        title.country = None
    return title


def described(toks: list[Tok], k: int, text: str) -> Title | None:
    """ ", a Southeast Asia analyst at X": a lower-case title after an article and a capitalised
    field or region; the field is part of the title."""
    if k + 2 >= len(toks) or toks[k].low not in ("a", "an"):
        return None
    j, stop = k + 1, k + 4
    while j < len(toks) and j < stop and ((toks[j].cap and toks[j].text.isalpha()) or _region_of(toks, j, k)):
        stop += toks[j].text == "of"  # "a Horn of Africa analyst": the region's "of" is no word of its own
        j += 1
    if j == k + 1 or j >= len(toks) or toks[j].cap:
        return None
    title = scan_title(toks, j, text, ci=True)
    if title is not None:
        title.role_start = toks[k + 1].start
    return title


def _region_of(toks: list[Tok], j: int, k: int) -> bool:
    """The "of" inside a region's name ("Horn of Africa", "Gulf of Guinea"): capitalised words around it."""
    return (
        toks[j].text == "of"
        and j > k + 1
        and toks[j - 1].low in _GEO_NOUNS
        and j + 1 < len(toks)
        and toks[j + 1].cap
    )


# the nouns a region's name opens with before "of" (not a body's: "a University of X lecturer")
_GEO_NOUNS = frozenset({"horn", "gulf", "bay", "sea", "strait", "straits", "cape", "isle"})


def based_described(toks: list[Tok], k: int, text: str) -> Title | None:
    """ ", a Xcity-based analyst who ...": the place the person works in opens the description, no part of
    the title (the place gives the country, read in `people_affiliation`)."""
    if k + 2 >= len(toks) or toks[k].low not in ("a", "an"):
        return None
    j = k + 1
    while j < len(toks) and j < k + 3 and toks[j].cap and toks[j].text.isalpha():
        j += 1  # "a New Delhi-based analyst": the place's first words
    if j + 1 >= len(toks) or not (toks[j].cap and toks[j].low.endswith("-based")) or toks[j + 1].cap:
        return None
    title = scan_title(toks, j + 1, text, ci=True)
    if title is not None:
        title.role_start = title.start = toks[j + 1].start
    return title
