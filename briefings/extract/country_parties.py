"""The party of a two-party meeting that no person of the text is yet known to belong to."""

from __future__ import annotations

from briefings.extract.homes import real_parties
from briefings.extract.sentences import Doc


def missing_parties(
    doc: Doc,
    parties: list[str],
    every: list[tuple[str, int]],
    named: list[tuple[str, int]],
    stated: set[str],
    host: str | None,
) -> list[str]:
    """The meeting's parties (of the lead's two) that no person's country states, named as a party (not a
    cause, not only inside a person's name) and more than once, in the opening lines or as the meeting's
    host: a country named once in passing further on ("the use of frozen Xish assets", "Union-Xland
    relations") is no side of it."""
    # a party the text names only inside a person's name ("Jordan Doe") is no party
    in_names = {c for c, _ in every} - {c for c, _ in named}
    kept = [p for p in parties if p not in in_names]
    return [
        p
        for p in real_parties(doc, kept, named)
        if p not in stated and (p == host or _named_well(doc, p, named))
    ]


def _named_well(doc: Doc, country: str, named: list[tuple[str, int]]) -> bool:
    """The text names the country more than once, or in its opening lines (headline, date line, lead
    sentence)."""
    spots = [pos for c, pos in named if c == country]
    # the lead: up to the end of the first sentence that closes with a full stop
    lead_end = next((x.end for x in doc.sentences if x.text.rstrip().endswith(".")), len(doc.text))
    return len(spots) > 1 or any(pos < lead_end for pos in spots)
