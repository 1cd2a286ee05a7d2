"""A leader of the country a "where" clause is about: "X, where newly elected President A took office"."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.mentions import Mention
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.sentences import Doc
from briefings.extract.token_countries import country_at, may_open_country
from briefings.extract.tokens import tokenize

_WHERE = re.compile(r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s*,\s*where\s+((?:[a-z][\w-]*\s+){0,3})$")
# the clause tells of someone taking office there, not of a visitor arriving
_NEW_IN_OFFICE = re.compile(r"\b(?:newly|new|incoming|re-?elected|elected|inaugurated|sworn-in)\b")
_TAKES_OFFICE = re.compile(
    r"^\W*(?:\w+\s+){0,2}?(?:took|takes|will\s+take)\s+(?:office|power)|^\W*(?:was|is)\s+(?:sworn\s+in|"
    r"inaugurated|elected)"
)
_ORGS = ORGANISATION_NAMES
# "pressure on X ... the inauguration of its new president, A": the state the sentence last named
_ITS = re.compile(r"\bits\s+(?:(?:new|newly\s+[a-z]+|incoming|current)\s+)?$")
# "a seminar organised by Xtrade with its Director General, A": "its" is the body named just before it
_BODY_ITS = re.compile(r"\b([A-Z][\w'’-]*)\s+(?:with|and|through|via)\s+its\s+(?:[a-z]+\s+)?$")


def where_clause_countries(doc: Doc, per_sentence: list[list[Mention]]) -> None:
    """A titled person in a "COUNTRY, where ... took office" clause, or "its new TITLE, A" after a country,
    is of that country."""
    text = doc.text
    for ms in per_sentence:
        for m in ms:
            if m.country or not m.role:
                continue
            before = text[max(m.sentence.start, m.span_start - 60) : m.span_start]
            if "its " in before[-24:] and _ITS.search(before):
                body = _BODY_ITS.search(before)
                if body and not country_of(body[1]):
                    continue  # its own officer, of no state the clause names
                m.country = _last_country(text, m.sentence.start, m.span_start)
                continue
            if "where" not in before:
                continue
            w = _WHERE.search(before)
            if not w:
                continue
            after = text[m.end : m.sentence.end]
            if not (_NEW_IN_OFFICE.search(w[2]) or _TAKES_OFFICE.search(after)):
                continue
            c = country_of(w[1])
            if c and c not in _ORGS:
                m.country = c


def _last_country(text: str, start: int, end: int) -> str | None:
    """The last state (no organisation) named in text[start:end]."""
    toks = tokenize(text, start, end)
    last: str | None = None
    i = 0
    while i < len(toks):
        t = toks[i]
        hit = country_at(toks, i, text) if t.cap and may_open_country(t.low) else None
        if hit:
            last = hit[0] if hit[0] not in _ORGS else last
            i = hit[1]
            continue
        i += 1
    return last
