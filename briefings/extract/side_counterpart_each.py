"""Unnamed counterparts that one traveller meets one by one: "will meet her counterparts from A, B and C"."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.literals import has_any
from briefings.extract.people import PersonRec
from briefings.extract.side_counterpart_cues import COUNTERPARTS_FROM

# "her counterparts from A, B and C": one person's counterparts ("their counterparts from A and B" may be a
# group meeting its peers together)
_ONE_PERSONS = re.compile(r"\b(?:his|her)\s+counterparts\s+from\s")
# "will host his counterparts from A and B", "join her counterparts from A and B at the X": one gathering
_GATHER_VERB = re.compile(r"\b(?:host|join|welcome|receive|gather|convene|bring)", re.I)
_MEALS = ("lunch", "breakfast", "dinner", "format")  # "for a working breakfast", "in the X format"


def counterparts_each(seg: str, cue: str, kind_word: str, others: list[str]) -> bool:
    """ "will also meet her counterparts from A, B and C": one meeting with each, not one of them all."""
    return (
        len(others) >= 2
        and kind_word in ("", "bilateral")
        and "counterparts" in seg
        and (kind_word == "bilateral" or bool(_ONE_PERSONS.search(seg)))  # "bilateral talks with A, B": each
        and not _GATHER_VERB.search(cue)
        and not has_any(seg, _MEALS)
    )


def counterpart_pairs(
    seg: str, groups: list[list[PersonRec]], others: list[str], split: bool
) -> list[tuple[list[PersonRec], list[str]]]:
    """One meeting per group of people met and one per unnamed counterpart, when a cue meets them one by one
    ("bilateral meetings with B, as well as with his counterparts from C and D"); none when it does not."""
    named = [g for g in groups if g]
    if not split or not others or (not named and len(others) < 2) or (named and not _none_named(seg, others)):
        return []
    return [(g, []) for g in named] + [([], [o]) for o in others]


def _none_named(seg: str, others: list[str]) -> bool:
    """Whether every country of seg's "counterparts from A, B and C" is left unnamed (none is a person the
    text names, whose meeting then stands for the list: "his counterparts from A and B" with A's B named)."""
    cm = COUNTERPARTS_FROM.search(seg)
    listed = {c for c in (country_of(x.strip()) for x in _LIST_SEP.split(cm["list"])) if c} if cm else set()
    return len(listed) == len(others)


_LIST_SEP = re.compile(r",|\band\b")
