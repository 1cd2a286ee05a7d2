"""A spouse named after "his wife"/"her husband" ("the President, who will be accompanied by his wife,
Madam A B,") is of the partner's country, whatever the spouse's own family name."""

from __future__ import annotations

import re

from briefings.extract.people import People, PersonRec

# "his wife, Madam " / "her husband " right before the name
_PARTNER_OF = re.compile(
    r"\b(?:his\s+wife|her\s+husband|(?:his|her)\s+spouse)\s*,?\s*(?:(?:Mrs|Madam|Madame|Mme|Mr)\.?\s+)?$"
)
# a bare title in the sentence before it: "the President, who ..."
_BARE_TITLE = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)\s*,")


def _partner(text: str, people: People, rec: PersonRec) -> PersonRec | None:
    """The person a "his wife"/"her husband" before one of rec's mentions means."""
    for m in rec.mentions:
        lo = max(m.sentence.start, m.span_start - 30)
        if not _PARTNER_OF.search(text, lo, m.span_start):
            continue
        named = [r for x, r in people.at(m.sentence.start, m.span_start) if r is not rec]
        if named:
            return named[-1]  # "A, who will be accompanied by his wife, B": the last person named before
        titles = list(_BARE_TITLE.finditer(text, m.sentence.start, m.span_start))
        if titles:
            return people.by_title(titles[-1][1])
    return None


def partners_of(text: str, people: People) -> None:
    """A spouse of unknown country after "his wife"/"her husband" takes the partner's country."""
    for rec in people.recs:
        if rec.country:
            continue
        partner = _partner(text, people, rec)
        if partner is not None and partner is not rec and partner.country:
            rec.country = partner.country
