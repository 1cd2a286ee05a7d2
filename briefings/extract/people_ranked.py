"""Titles in apposition before a comma name: a state's title before a name that carries a one-word rank
("Xland's chief negotiator for the Y, Ambassador A B, said": the title is A's role, the rank only a form of
address), and a title closed by its body's bracketed initials ("the Commander of the X Forces (XF), General
A": the initials are part of the title)."""

from __future__ import annotations

import re

from briefings.extract.mentions import Mention
from briefings.extract.role_scan import scan_title
from briefings.extract.roles import HEADS
from briefings.extract.sentences import Sentence
from briefings.extract.tokens import tokenize

# where the apposition may open (besides the sentence's start): after a clause mark, then "Xland's ..."
_OPENING = re.compile(r"(?:[.;:—–(]\s*|,\s+(?:and\s+|while\s+|but\s+)?)(?=[A-Z])")
# a body or field the title serves, read on to the comma: "for Mercosur", "on the Y Talks"
_TAIL = re.compile(
    r"\s+(?:for|on|to|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’.-]*){0,4}\s*$"
)

# a title's bracketed initials, then the comma and at most two rank or honorific words before the name
_INITIALS_BEFORE = re.compile(r"\s(\([A-Z][A-Za-z]{1,7}\)),\s+(?:[A-Z][\w.'’-]*\s+){0,2}$")


def _rank_only(text: str, m: Mention) -> bool:
    """The mention's title is one rank word written right before its name ("Ambassador A B")."""
    written = text[m.span_start : m.start].strip()
    return bool(m.role) and written == m.role and " " not in written and written.lower() in HEADS


def ranked_appositions(text: str, s: Sentence, ms: list[Mention]) -> None:
    """ "Xland's chief negotiator for Y, Ambassador A B,": A's role is the state's title, of Xland."""
    for m in ms:
        if not _rank_only(text, m):
            continue
        comma_at = len(text[s.start : m.span_start].rstrip()) + s.start - 1
        if comma_at <= s.start or text[comma_at] != ",":
            continue
        lo = max(s.start, m.span_start - 90)
        starts = [o.end() for o in _OPENING.finditer(text, lo, comma_at)]
        if lo == s.start:
            starts.insert(0, s.start)
        for a in starts:
            seg = text[a:comma_at]
            if "'" not in seg and "’" not in seg:
                continue
            toks = tokenize(text, a, comma_at)
            if not toks:
                continue
            title = scan_title(toks, 0, text)
            if title is None or title.country is None or title.start != toks[0].start:
                continue
            if m.country not in (None, title.country):
                break
            end = title.role_end
            if title.next_index < len(toks):
                tail = _TAIL.match(text, end, comma_at)
                if tail is None:
                    continue
                end = comma_at
            m.role = text[title.role_start : end].strip()
            m.country = title.country
            break


def bracketed_initials(text: str, s: Sentence, ms: list[Mention]) -> None:
    """ "the Commander of the X Forces (XF), General A": A's title keeps the body's initials."""
    for m in ms:
        if not m.role or m.role.endswith(")") or m.role[0].islower():
            # a lower-case description ("joint commander for the X Sea (ABC), A"): initials name the command
            continue
        lo = max(s.start, m.start - 160)
        if ")," not in text[lo : m.start]:
            continue
        hit = _INITIALS_BEFORE.search(text, lo, m.start)
        if hit and text[lo : hit.start()].endswith(m.role):
            m.role = f"{m.role} {hit[1]}"
