"""Topic names from verb phrases: "efforts to strengthen X" -> "X strengthening"."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefings.extract.agenda import MONTH

_NOMINAL = {
    "integrate": "integration",
    "upgrade": "upgrades",
    "strengthen": "strengthening",
    "deepen": "deepening",
    "expand": "expansion",
    "enhance": "enhancement",
    "improve": "improvement",
    "develop": "development",
    "boost": "boost",
    "bolster": "bolstering",
    "promote": "promotion",
    "modernize": "modernization",
    "modernise": "modernisation",
    "coordinate": "coordination",
    "build": "building",
    "increase": "increase",
    "reduce": "reduction",
    "counter": "countering",
    "advance": "advancement",
    "protect": "protection",
    "align": "alignment",
    "reinforce": "reinforcement",
    "establish": "establishment",
    "create": "creation",
    "share": "sharing",
    "secure": "security",
    "support": "support",
}


def _singular(w: str) -> str:
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def nominalize(verb: str, obj: str, clean: Callable[[str], str]) -> str | None:
    """A noun phrase for "verb object" ("strengthen port security" -> "port security strengthening")."""
    obj = clean(re.split(r"\s+(?:to|in order|so that|for|by)\s+", obj)[0])
    words = obj.split()
    if not words or len(words) > 5:
        return None
    compound = "-".join([*words[-2:-1], _singular(words[-1])]) if len(words) >= 2 else words[0]
    v = verb.lower()
    noun = _NOMINAL.get(v) or (v[:-1] + "ing" if v.endswith("e") else v + "ing")
    return f"{compound} {noun}"


_CUT = re.compile(
    r",|\b(?:is|are|was|were|will|be|been|being|that|which|who|wherein|with|by|to|and|has|have|"
    r"had|called|on|at|for|from)\b",
    re.I,
)


def after_last_cut(s: str) -> str:
    """The text after the last comma or clause word: "the talks, held by X in" -> "X in"."""
    # Every _CUT match is a comma or a whole word, so the last match of a scan started anywhere before it
    # is the last match of the full scan: scan growing windows from the end instead of the whole text.
    pos = len(s)
    while True:
        pos = max(0, pos - 48)
        last = None
        for last in _CUT.finditer(s, pos):  # noqa: B007 (only the last match is wanted)
            pass
        if last is not None:
            return s[last.end() :]
        if pos == 0:
            return s


# a day number or a month; a year naming a plan ("the 2050 Strategy for ...") is no date
_DATE_WORD = re.compile(
    rf"\b{MONTH}\b|(?<![\w+-])\d{{1,2}}(?:st|nd|rd|th)?(?![\w+-])|\b(?:19|20)\d\d\b(?!\s+[A-Z])"
)  # "F-35 fighters", "2+2 talks" and "the 2050 Strategy" are no dates
_NAMED_YEAR = re.compile(r"\b[A-Z][a-z]+\s+(?:19|20)\d\d\b")  # "the Agenda 2040 plan"


def dated(item: str) -> bool:
    """A day, a month or a year in the item, but a year that is part of a name."""
    m = _DATE_WORD.search(item)
    if m is None:
        return False
    return not (_NAMED_YEAR.search(item) and len(_DATE_WORD.findall(item)) == 1)
