"""Topics from purpose clauses: "to strengthen A", "and coordinate B, combat C and counter D"."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.regex_guard import class_scan, guarded
from briefings.extract.topic_lists import _NOT_NP, _clean, _split_list
from briefings.extract.topic_words import adjective_series

_VERBS = (
    r"(?P<v>enhance|strengthen|deepen|bolster|advance|boost|protect|expand|improve|promote|reinforce|revise|update|"
    r"enhancing|strengthening|deepening|advancing|boosting|expanding|improving|share|sharing|support|ease|lift|"
    # "to coordinate security assistance", "end illegal migration, combat A and counter B", "revive C"
    r"coordinate|counter|combat|end|stop|revive|tackle|accelerate|accelerating|"
    # "to maintain A", "uphold B", "keep C open", "will acquire D", "to launch a E committee"
    r"maintain|uphold|preserve|keep|acquire|procure|purchase|launch|"
    # "in upholding A", "on maintaining B", "while solidifying C", "to prevent a recurrence of D"
    r"upholding|maintaining|preserving|protecting|promoting|supporting|countering|combating|solidify|solidifying|"
    r"prevent|preventing)"
)
_OBJECT = r"\s+(?!(?:for|of|to|from|in|on|and|or|with)\s)(?P<o>(?:[^.;:,\s]+|(?!,?\s+and\s+to\b)[,\s])+)"
_PURPOSE = re.compile(
    # ("(?:further\s+|)": a branch, cheaper in sre than a one-or-none repeat after every "and", "to", "for")
    r"\b(?:aim(?:s|ed|)\s+(?:to|at)|expected\s+to|seeks?\s+to|intended\s+to|designed\s+to|in\s+order\s+to|"
    r"so\s+as\s+to|and|to|for|would|will|while|by|(?:in|on|of)(?=\s+[a-z]+ing\b))\s+(?:further\s+|)"
    + _VERBS
    + _OBJECT
)
_PURPOSE = guarded(_PURPOSE)  # behind a lookahead of its first letters (same matches)
# the next action of a series: "to end A, stop B, combat C, and counter D" (searched only inside an object)
_SERIES = re.compile(r",\s+(?:and\s+)?" + _VERBS + _OBJECT)
PURPOSE_WORDS = (
    "shar", "enhanc", "protect", "strengthen", "deepen", "bolster", "advanc", "boost", "expand", "improv",
    "promot", "reinforc", "to support", "will support", "would support", "and support", "to ease", "to lift",
    "revise", "update", "coordinate", "counter ", "combat", " end ", " stop ", "revive", "tackle", "maintain",
    "uphold", "preserve", "keep ", "acquire", "procure", "purchase", "launch", "accelerat", "solidif",
    "prevent", "supporting",
)  # fmt: skip
_CUT = re.compile(
    r"\s+(?P<p>to|in order|so that|for|by|with|amid|through|against|based on|that|which|at)\s+|,|"
    r"\s+(?:in|near|across)\s+(?:the\s+)?[A-Z]|\s+[a-z]+ed\s+(?:after|since|following|during)\s"
)
_CUT = class_scan(guarded(_CUT))  # (regex_guard: same matches)
# "end the three-day visit", "stop the talks": the trip itself, no topic
_TRIP = frozenset(
    ("trip", "tour", "visit", "journey", "stay", "talks", "meeting", "summit", "session", "day")
)


# a head noun whose complement was cut off: "strengthening A and the need (for B)"
_OPEN_HEADS = (" need", " needs", " importance", " way", " ways", " role")


# what "keep" says of its object: "keep A open", "keep B alive", "keep C on track"
_KEPT = re.compile(
    r"\s+(?:open|alive|going|flowing|intact|free|safe|secure|stable|on\s+track|in\s+place|[a-z]+ed)\b.*$"
)


def _purposes(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The purpose clauses of a sentence, also one inside another's object ("to expand A for enhancing B")."""
    out: list[re.Match[str]] = []
    m = _PURPOSE.search(text, start, end)
    while m is not None:
        out.append(m)
        at = m.start("o")
        m = _PURPOSE.search(text, at, end)
        series = _SERIES.search(text, at, end)
        if series is not None and (m is None or series.start() < m.start()):
            m = series
    return out


def _object(o: str) -> str:
    """The object's noun phrase: up to the first cut, or the second when the first leaves one word ("sanctions
    against X")."""
    cut = _CUT.search(o)
    if cut is None:
        return _clean(o)
    obj = _clean(o[: cut.start()])
    if cut.group() == "," and " " not in obj and (obj.endswith("ed") or adjective_series(obj, lead=False)):
        nxt = _CUT.search(o, cut.end())  # "acquire conventionally-armed, nuclear-powered submarines"
        if " " in _clean(o[cut.end() : nxt.start() if nxt else len(o)]):
            return _clean(o[: nxt.start() if nxt else len(o)])
    if " " not in obj and cut["p"] in ("for", "against"):
        nxt = _CUT.search(o, cut.end())
        return _clean(re.split(r"\s+and\s+", o[: nxt.start() if nxt else len(o)])[0])
    return obj


def purpose_topics(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """The objects of a sentence's purpose clauses, each with its position in the text."""
    out: list[tuple[str, int]] = []
    for m in _purposes(text, start, end):
        obj = _object(m["o"])
        if m["v"] == "keep":
            if m["o"].lstrip().split(" ", 1)[0].endswith("ing"):
                continue  # "keep turning up": an action kept up, no object
            obj = _KEPT.sub("", obj)  # "keep lines of communication open": the lines
        # "deepen counter-terrorism and cyber cooperation", "strengthen X's Y Policy and its engagement"
        for part in [obj, *(_split_list(obj) if " and " in obj else [])]:
            if part is not obj or part.count(" ") >= 5:  # "lift X's import ban on Y seafood": the ban
                part = re.sub(r"^[A-Z][\w.-]*(?:'s|’s)\s+", "", part)
            if part[:1] in '"“':
                part = _clean(part[1:])  # 'promote "a lasting relationship': the words, not the mark
            n = len(part.split())
            if (
                part
                and (2 <= n <= 5 or (n == 1 and "-" in part))
                and part.split()[-1].lower() not in _TRIP
                and not part.endswith(_OPEN_HEADS)
                and not (_NOT_NP.match(part) or country_of(part))
            ):
                pos = text.find(part, m.start("o"), end)
                if pos >= 0:  # "expected to ... enhance regional security cooperation"
                    out.append((part, pos))
    return out
