"""A title's portfolio after a colon ("A, Deputy Director-General: Asia and the Middle East.", "Enquiries:
B, Chief Director: Media Liaison, DIRCO"), as some governments write their officials' posts: part of the
title."""

from __future__ import annotations

import re

from briefings.extract.mentions import Mention

_PORTFOLIO = re.compile(
    r":\s(?P<p>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|and|the|of|for|&))*?)(?=\s*(?:[,.;]|\n|$))"
)


def colon_portfolios(text: str, ms: list[Mention]) -> None:
    """Extend a mention's title by the capitalised portfolio a colon opens right after it."""
    for m in ms:
        if not m.role or m.tail_end >= len(text) or text[m.tail_end] != ":":
            continue
        hit = _PORTFOLIO.match(text, m.tail_end)
        if hit is None or hit["p"].split()[-1] in ("and", "the", "of", "for", "&"):
            continue
        m.role = f"{m.role}: {hit['p']}"
        m.tail_end = hit.end()
