"""A minister's title in apposition that lists more portfolios than the vocabulary reads: "A, Minister of
Finance and Corporate Affairs;" / "B, Minister of Fisheries, Aquatic and Ocean Resources, on ..."; and
before the name: "the Minister for Rural Development, Co-operatives and Fisheries, Hon. C"."""

from __future__ import annotations

import re

from briefings.extract.mentions import Mention
from briefings.extract.roles import HEADS, PORTFOLIO

_CAP = r"[A-Z][\w'’-]*"
_WORDS = rf"{_CAP}(?:\s+(?:(?:and|of|the|for)\s+)*{_CAP})*"
# the portfolios after the title read so far, up to the end of the list item: ";", ".", ")" or a comma
# before a lower-case word (", on cooperation")
_MORE = re.compile(rf"(?:(?:,\s+and|,|\s+and)\s+{_WORDS})+(?=\s*(?:;|\)|\.(?:\s|$)|,\s+[a-z]|$))")
_WORD = re.compile(r"[\w'’-]+")


def continued_portfolios(text: str, mentions: list[Mention]) -> None:
    """Extend a title in apposition after a name by the portfolios that follow it to the end of its list
    item, when every word is capitalised (or a joining word), none is an office's head noun and the last
    is a portfolio word ("Minister of Railways, Information and Broadcasting, and Electronics")."""
    for m in mentions:
        role = m.role
        if not role or m.tail_end <= m.end or not any(w.lower() == "minister" for w in role.split()):
            continue
        at = text.rfind(role, m.end, m.tail_end)
        if at < 0 or at + len(role) != m.tail_end:
            continue
        more = _MORE.match(text, m.tail_end, m.sentence.end)
        if more is None:
            continue
        words = [w.lower() for w in _WORD.findall(more[0])]
        if words[-1] not in PORTFOLIO or any(w in HEADS for w in words):
            continue
        m.role = role + more[0]
        m.tail_end = more.end()


# ", Xs, Ys and Zs, " after a title read before a name: the rest of its portfolios up to the name's comma
_LISTED = re.compile(rf"(?:(?:,\s+and|,|\s+and)\s+{_WORDS})+,\s+")


def portfolios_before_name(text: str, mentions: list[Mention]) -> None:
    """ "the Minister for Industry, Micro and Small Businesses and Tourism, Hon. A B": a minister's title
    whose portfolios run on past a comma to a styled name is that person's title, and the first portfolio
    word read as a name ("Micro") is no person."""
    for k, m in enumerate(mentions):
        role = m.role
        if not role or len(m.tokens) != 1 or not any(w.lower() == "minister" for w in role.split()):
            continue
        start = m.start - 2
        if text[start : m.start] != ", " or not text.endswith(role, 0, start):
            continue
        more = _LISTED.match(text, start, m.sentence.end)
        named = [x for x in mentions[k + 1 :] if more and x.span_start == more.end()]
        if not more or not named or not named[0].honorific or named[0].role or " and " not in more[0]:
            continue
        words = [w.lower() for w in _WORD.findall(more[0])]
        if words[-1] not in PORTFOLIO or any(w in HEADS for w in words):
            continue
        named[0].role, named[0].country = role + more[0].rstrip(", "), m.country
        named[0].span_start = m.span_start
        for x in mentions[k : mentions.index(named[0])]:
            mentions.remove(x)
        return
