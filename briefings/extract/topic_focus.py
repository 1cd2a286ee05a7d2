"""The rest of a focus sentence's list ("The focus of the talks will be A, B and C"), and a quoted list."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefings.extract.topic_lists import cut_list

# the clause the list runs in: up to a stop that is no capital's dot ("U.S.")
_CLAUSE = re.compile(r"(?:[^.;:!?“”\"]|(?<=\b[A-Z])\.)+")
# 'would discuss "A, B and the C"': a list quoted whole after its agenda verb (a comma inside, not last)
QUOTED_LIST = re.compile(
    r"\b(?:discuss(?:ed|es|ing)?|address(?:ed|es|ing)?|focus(?:ed|es|ing)?\s+on|review(?:ed|s|ing)?|"
    r"cover(?:ed|s|ing)?)\s+[“\"](?P<list>[^.;:!?“”\"\n]{1,160}?,[^.;:!?“”\"\n]{1,160}?\w)[”\"]"
)


def focus_items(text: str, start: int, end: int, split: Callable[[str], list[str]]) -> list[tuple[str, int]]:
    """The items, with their offsets, of the list that opens at start when a comma follows its first item."""
    m = _CLAUSE.match(text, start, end)
    if m is None or "," not in m.group():
        return []
    lst = cut_list(m.group())[0]
    out: list[tuple[str, int]] = []
    for item in split(lst) if " and " in lst or ", " in lst else ():
        pos = text.find(item, start, m.end())
        if pos >= 0:
            out.append((item, pos))
    return out
