"""A workplace's name run straight into its member's name, with no comma: "lecturer at Universitas Xland
Jane Doe said", "an analyst at the Xland Institute (XI) Dr Jane Doe said"."""

from __future__ import annotations

from briefings.extract.gazetteer import adjective_of, country_of
from briefings.extract.people_names import scan_name
from briefings.extract.role_bodies import is_acronym
from briefings.extract.tokens import Tok

# the nouns that close an institution's name ("X University", "the Y Institute")
_CLOSING_NOUNS = frozenset(
    {"university", "institute", "centre", "center", "college", "academy", "foundation", "school"}
)
# an academic's grade and honorifics before the name ("Associate Prof Dr A B")
_GRADES = frozenset({"associate", "assistant", "prof", "prof.", "professor", "dr", "dr."})
_JOINS = frozenset({"of", "for", "on", "and", "the"})


def _closes_workplace(toks: list[Tok], j: int) -> bool:
    """The capitalised word at j may close a workplace's name: a country's own name ("Universitas Xland")
    or an institution's noun ("Xtown University"), with no "of"/"for" running the name on."""
    t = toks[j]
    if j + 1 < len(toks) and toks[j + 1].low in _JOINS:
        return False
    if t.low in _CLOSING_NOUNS:
        return True
    state = country_of(t.text)
    return state is not None and adjective_of(state) != t.text


def workplace_then_name(toks: list[Tok], start: int, end: int) -> tuple[tuple[list[Tok], int], int] | None:
    """In the capitalised run toks[start:end] after "at"/"from", a workplace's name then a person's name of
    two words or more closing the run (after the workplace's bracketed initials, if any): ((the name, the
    index after it), the index its words open at, honorifics included); None when the run splits no such
    way."""
    for j in range(start + 1, end):
        if not _closes_workplace(toks, j):
            continue
        k = j + 1
        if k == end:
            if (
                k + 3 >= len(toks)
                or toks[k].text != "("
                or toks[k + 2].text != ")"
                or not is_acronym(toks[k + 1])
            ):
                return None
            k += 3  # "Universiti X Xland (UX) Dr Jane Doe"
            end = k
            while end < len(toks) and toks[end].cap:
                end += 1
        while k + 2 < end and toks[k].low in _GRADES:
            k += 1
        got = scan_name(toks, k, True)
        if got is None or len(got[0]) < 2 or got[1] != end:
            continue
        if country_of(" ".join(t.text for t in got[0])):
            return None
        return got, k
    return None
