"""Credit lines: a writer's byline ("By A B and C D", "BY A B [mail]") and a staff label line
("Editor: A B", "Translator: A B")."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.tokens import Tok, is_initial, is_name_text, tokenize

_BY = re.compile(r"\s*(?:By|BY)\s+(?=[A-Z])")
# a label line's word, kept as the person's role ("Editor: A B" -> "Editor")
_LABEL = re.compile(r"\s*(Editor|Translator|Reporter|Writer|Photographer|Correspondent)\s*:\s*(?=[A-Z])")
# a desk or a job, not a person ("By Staff Reporter", "JANE DOE, STAFF WRITER")
_DESK = frozenset(
    {"staff", "writer", "writers", "reporter", "reporters", "correspondent", "editor", "desk", "team", "news"}
)
# "Jane Doe (The Daily Courier)": a writer's name on a line of its own, the outlet in brackets
_PAREN_CREDIT = re.compile(
    r"\s*((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*)\s*\(((?:The\s+)?[A-Z][\w .&'’-]{1,40})\)\s*$"
)
_OPENINGS = frozenset({"By", "BY", "Ed", "Tr", "Re", "Wr", "Ph", "Co"})
_MAX_LINE = 90  # a credit is a short line of its own


def credit_line(text: str, start: int, end: int) -> tuple[str | None, list[list[Tok]]] | None:
    """The names a credit line gives, and the label's role (None for a byline); None for any other line."""
    if end - start > _MAX_LINE:
        return None
    if text[start:end].strip()[:2] not in _OPENINGS:
        return _paren_credit(text, start, end)
    lead = _BY.match(text, start, end)
    label = None if lead else _LABEL.match(text, start, end)
    if lead is None and label is None:
        return None
    at = (lead or label).end()  # type: ignore[union-attr]
    toks = tokenize(text, at, end)
    names = _names(toks)
    if not names:
        return None
    return (label[1] if label else None), names


def _paren_credit(text: str, start: int, end: int) -> tuple[str | None, list[list[Tok]]] | None:
    """ "Jane Doe (The Daily Courier)" alone on its line: a byline naming the outlet in brackets."""
    if not text[start:end].rstrip().endswith(")") or (start and text[start - 1] != "\n"):
        return None
    if end < len(text) and text[end] != "\n":
        return None
    m = _PAREN_CREDIT.match(text, start, end)
    if m is None or country_of(m[2]) is not None:
        return None  # "Jane Doe (Norway)": a person's country, no outlet
    names = _names(tokenize(text, m.start(1), m.end(1)))
    return (None, names) if len(names) == 1 and names[0][-1].end == m.end(1) else None


def _names(toks: list[Tok]) -> list[list[Tok]]:
    """Names joined by "and" or commas at the head of a byline; a capitals name stops at the first word in
    lower case ("A B Associated Press")."""
    out: list[list[Tok]] = []
    cur: list[Tok] = []
    caps: bool | None = None
    for t in toks:
        if t.low in ("and", ",", "&"):
            if len(cur) < 2:
                return out
            out.append(cur)
            cur = []
            continue
        upper = t.text.isupper() and len(t.text.rstrip(".")) > 1
        if caps is None and not is_initial(t):
            caps = upper
        word = t.text[:1].isupper() and t.low not in _DESK
        word = word and (is_initial(t) or is_name_text(t.text, not cur) or upper)
        if not word or (caps and not upper and not is_initial(t)) or len(cur) >= 5:
            break
        cur.append(t)
    if len(cur) >= 2:
        out.append(cur)
    return out
