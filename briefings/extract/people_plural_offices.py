"""Plural offices read respectively: "The Xish, Yish and Zish foreign ministers ... A, B and C will meet"."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.people import People
from briefings.extract.roles import MODIFIERS, PORTFOLIO
from briefings.extract.sentences import Doc

_STATE = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
_STATES = rf"(?P<states>{_STATE}(?:,\s+{_STATE})*,?\s+and\s+{_STATE})"
# read back from the plural head: "the Xish, Yish and Zish foreign " / "the foreign " before "ministers"
_ADJS_BEFORE = re.compile(rf"\b[Tt]he\s+{_STATES}\s+(?P<office>(?:[a-z]+\s+){{1,2}}?)$")
_OFFICE_BEFORE = re.compile(r"\b[Tt]he\s+(?P<office>(?:[a-z]+\s+){1,2}?)$")
# read on from it: " of Xland, Yland and Zland"
_STATES_AFTER = re.compile(rf"\s+of\s+{_STATES}\b")
_NAME = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}"
# the next sentence's subject: as many names as states, in their order ("A, B and C will hold their talks")
_NAMES = re.compile(
    rf"\s*(?P<names>{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME})\s+(?:will|would|are|were|met|meet)\b"
)
_SINGULAR = {"ministers": "Minister", "secretaries": "Secretary"}


def _split(run: str) -> list[str]:
    """The members of a list "A, B and C"."""
    return [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", run) if p.strip()]


def _plural(text: str, at: int, head: str, lo: int) -> tuple[list[str], str] | None:
    """The states and the portfolio words of a plural office whose head noun is at offset at."""
    before = _ADJS_BEFORE.search(text, max(lo, at - 120), at)
    if before is not None:
        return _split(before["states"]), before["office"]
    office = _OFFICE_BEFORE.search(text, max(lo, at - 40), at)
    after = _STATES_AFTER.match(text, at + len(head)) if office is not None else None
    return (_split(after["states"]), office["office"]) if office and after else None


def plural_offices(doc: Doc, people: People) -> None:
    """ "The Xish, Yish and Zish foreign ministers will meet ... A, B and C will hold their talks": the names
    listed next, as many as the states and in their order, are each one state's holder of the office."""
    text = doc.text
    for head in ("ministers", "secretaries"):
        at = text.find(head)
        while at >= 0:
            s = doc.sentence_at(at)
            found = _plural(text, at, head, s.start) if s is not None and " and " in s.text else None
            at = text.find(head, at + 1)
            if s is None or found is None or s.index + 1 >= len(doc.sentences):
                continue
            names_at, words = found[0], found[1].split()
            if not all(w in PORTFOLIO or w in MODIFIERS for w in words):
                continue
            states = [country_of(w) for w in names_at]
            if len(states) < 2 or any(c is None or c in ORGANISATION_NAMES for c in states):
                continue
            nxt = doc.sentences[s.index + 1]
            got = _NAMES.match(text, nxt.start, nxt.end)
            names = _split(got["names"]) if got else []
            if len(names) != len(states):
                continue
            office = " ".join([*(w.capitalize() for w in words), _SINGULAR[head]])
            for name, state in zip(names, states, strict=True):
                rec = people.find(name.split())
                if rec is not None and rec.role is None and rec.country in (None, state):
                    rec.role, rec.country = office, state
