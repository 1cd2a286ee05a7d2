"""An organisation's short name written before an office ("Forum Secretary General A" of the Pacific Islands
Forum): the affiliation, as its full name before the office is, no part of the role."""

from __future__ import annotations

from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.people import People


def short_body_titles(text: str, people: People) -> None:
    """Drop from a title its first word when that is the last word of the person's organisation's name and
    the title stands bare before the name; "the Forum Secretary General, A" keeps it (a described office)."""
    for rec in people.recs:
        org = rec.country
        if not rec.role or org not in ORGANISATION_NAMES:
            continue
        words = org.split()
        head, _, rest = rec.role.partition(" ")
        if len(words) < 2 or head != words[-1] or not rest[:1].isupper():
            continue
        described = any(text[max(0, m.span_start - 4) : m.span_start].lower() == "the " for m in rec.mentions)
        if not described:
            rec.role = rest
