"""Titles set off by commas before a name: military billets ("the Commander, Northern Fleet, Admiral A")
and a country's post in apposition ("X's special envoy, former minister A")."""

from __future__ import annotations

import re

from briefings.extract.forms import weak_title
from briefings.extract.gazetteer import country_of
from briefings.extract.mentions import Mention

# a head of a post, its unit after a comma, then the comma before the holder's rank and name
_BILLET = re.compile(
    r"((?:[A-Z][\w.'-]*\s+){0,3}(?:Chief|Commander|Director|Chairman|Head|Superintendent|Commandant)"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w.'-]*\s+){0,4}[A-Z][\w.'-]*)?"
    r",\s+(?:[A-Z][\w.'-]*\s+){0,4}[A-Z][\w.'-]*),\s+$"
)

_OWNER = re.compile(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['’]s\s+")


def billet_titles(text: str, per_sentence: list[list[Mention]]) -> None:
    """A rank-only mention right after a "Title, Unit," billet holds that billet as its role."""
    for ms in per_sentence:
        for m in ms:
            if text[m.span_start - 2 : m.span_start] != ", " or not m.role or not weak_title(m.role):
                continue
            lo = max(m.sentence.start, m.span_start - 120)
            b = _BILLET.search(text, lo, m.span_start)
            if b is not None:
                m.role = b[1]
                m.span_start = b.start(1)
                owner = _OWNER.match(b[1])
                state = country_of(owner[1]) if owner else None
                if owner and state:  # "Xland's Chief of Staff, Joint Staff, General A": no part of the billet
                    m.role = b[1][owner.end() :]
                    m.country = m.country or state


# "X's special envoy on Y, former foreign minister A": a possessive country's post, apposed
_OWNED_POST = re.compile(
    r"\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+((?:[a-z][\w-]*\s+){0,3}(?:envoy|minister|secretary|adviser|"
    r"advisor|spokesperson|spokesman|spokeswoman|ambassador|representative|negotiator|chief|head)"
    r"(?:\s+(?:on|for|to|of)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?),\s+$"
)


def owned_posts(text: str, per_sentence: list[list[Mention]]) -> None:
    """A name with a title in apposition to a country's post ("X's envoy, former minister A"): the post's
    country, and the post itself over a former office."""
    for ms in per_sentence:
        for m in ms:
            if m.country or text[m.span_start - 2 : m.span_start] != ", ":
                continue
            lo = max(m.sentence.start, m.span_start - 90)
            if "s " not in text[lo : m.span_start]:
                continue
            p = _OWNED_POST.search(text, lo, m.span_start)
            country = country_of(p[1]) if p else None
            if p is None or country is None:
                continue
            m.country = country
            if not m.role or m.role.lower().startswith(("former ", "ex-")):
                m.role = p[2]
                m.span_start = p.start(2)
