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
_OFFICE = r"(?P<office>(?:[a-z]+\s+){1,2}?(?P<head>ministers|secretaries))"
# "the Xish, Yish and Zish foreign ministers", "the foreign ministers of Xland, Yland and Zland"
_PLURALS = (re.compile(rf"\b[Tt]he\s+{_STATES}\s+{_OFFICE}\b"), re.compile(rf"\b[Tt]he\s+{_OFFICE}\s+of\s+{_STATES}\b"))
_NAME = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}"
# the next sentence's subject: as many names as states, in their order ("A, B and C will hold their talks")
_NAMES = re.compile(rf"\s*(?P<names>{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME})\s+(?:will|would|are|were|met|meet)\b")
_SINGULAR = {"ministers": "Minister", "secretaries": "Secretary"}


def _split(run: str) -> list[str]:
    """The members of a list "A, B and C"."""
    return [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", run) if p.strip()]


def plural_offices(doc: Doc, people: People) -> None:
    """ "The Xish, Yish and Zish foreign ministers will meet ... A, B and C will hold their talks": the names
    listed next, as many as the states and in their order, are each one state's holder of the office."""
    text = doc.text
    if "ministers" not in text and "secretaries" not in text:
        return
    for s in doc.sentences:
        for m in (m for p in _PLURALS for m in p.finditer(text, s.start, s.end)):
            office_words = m["office"].split()
            if not all(w in PORTFOLIO or w in MODIFIERS for w in office_words[:-1]):
                continue
            states = [country_of(w) for w in _split(m["states"])]
            if len(states) < 2 or any(c is None or c in ORGANISATION_NAMES for c in states):
                continue
            nxt = doc.sentences[s.index + 1] if s.index + 1 < len(doc.sentences) else None
            got = _NAMES.match(text, nxt.start, nxt.end) if nxt is not None else None
            names = _split(got["names"]) if got else []
            if len(names) != len(states):
                continue
            office = " ".join([*(w.capitalize() for w in office_words[:-1]), _SINGULAR[m["head"]]])
            for name, state in zip(names, states, strict=True):
                rec = people.find(name.split())
                if rec is not None and rec.role is None and rec.country in (None, state):
                    rec.role, rec.country = office, state
