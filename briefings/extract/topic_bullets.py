"""Topics listed as bullets under an agenda line ("... will address:" then "- A;", "- B and C.")."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefings.extract.sentences import Doc, Sentence

# the line that opens the list: an agenda verb or noun right before the colon
_OPENER = re.compile(
    r"\b(?:address|discuss|cover|review|examine|include|includes|including|focus on|focus|agenda|topics|"
    r"issues|priorities|areas|themes|following)\s*:\s*$",
    re.I,
)
_BULLET = re.compile(r"^\s*(?:[-–•*▪·]|\(?[a-z0-9]\)|[0-9]+\.)\s+")
_ITEM_END = re.compile(r"[;.,]?\s*(?:and|or)?\s*$")


_PREP = re.compile(r"\b(?:in|of|between|with|against|on|for|to|among|from)\s")


def _items(body: str) -> list[str]:
    """ "A and B, and C in X and Y": A, B and "C in X and Y" (an "and" after a preposition joins)."""
    out: list[str] = []
    for part in re.split(r",\s*(?:and|or)\s+|;\s*|,\s*(?:including|such as|notably|in particular)\s+", body):
        pieces = part.split(" and ")
        cur = pieces[0]
        for nxt in pieces[1:]:
            if _PREP.search(cur):
                cur = f"{cur} and {nxt}"
            else:
                out.append(cur)
                cur = nxt
        out.append(cur)
    return out


def bullet_topics(doc: Doc, s: Sentence, clean: Callable[[str], str]) -> list[tuple[str, Sentence, int, int]]:
    """The items of the bulleted lines that follow an agenda line ending in a colon."""
    if not _OPENER.search(s.text):
        return []
    out: list[tuple[str, Sentence, int, int]] = []
    for x in doc.sentences[s.index + 1 : s.index + 13]:
        bm = _BULLET.match(x.text)
        if bm is None:
            break
        body = x.text[bm.end() :]
        body = _ITEM_END.sub("", body, count=1)
        for raw in _items(body):
            item = clean(raw)
            if len(item.split()) == 1 and len(raw.split()) > 3:
                continue  # "cooperation between A and B" cut to "cooperation": too little to name it
            pos = doc.text.find(item, x.start + bm.end(), x.end) if item and len(item.split()) <= 10 else -1
            if pos >= 0:
                out.append((item, x, pos, pos + len(item)))
    return out
