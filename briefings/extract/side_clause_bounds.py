"""Where a side meeting's clause begins and ends in its sentence: a transcript's speaker label, the commas
of a subject's or a list's relative clause."""

from __future__ import annotations

import re

from briefings.extract.sentences import Sentence
from briefings.extract.side_cues import CLAUSE, SUBJECT_ASIDE

# ", who will chair the meeting, and B": a relative clause inside a list, not the end of the clause
_ASIDE_CLAUSE = re.compile(r",\s*(?:who|which)\s+[^,;]{1,60},\s+and\s+(?:with\s+)?(?=[A-Z])")


_SPEAKER_LABEL = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*:\s")


def body_start(s: Sentence) -> int:
    """Where sentence s begins after a transcript's speaker label ("A: In X, B will meet C")."""
    if ":" in s.text[:40]:
        lm = _SPEAKER_LABEL.match(s.text)
        if lm:
            return s.start + lm.end()
    return s.start


def clause(s: Sentence, a: int, b: int) -> tuple[int, int]:
    """The clause of sentence s around the span [a, b)."""
    start, end = s.start, s.end
    body = body_start(s)
    if body <= a:
        start = body  # "A: In X, B will meet C": the transcript's speaker is no party
    inset = -1
    for c in CLAUSE.finditer(s.text):
        if s.start + c.end() <= a:
            own = SUBJECT_ASIDE.match(s.text, c.start()) if c.group().startswith(", who") else None
            if own and s.start + own.end() <= a:
                continue  # "A, who last met B in May, will hold talks with C": the aside is on A, the subject
            start = s.start + c.end()
        elif s.start + c.start() >= b and c.start() >= inset:
            aside = (
                _ASIDE_CLAUSE.match(s.text, c.start()) if c.group().lstrip(", ").startswith("wh") else None
            )
            if aside:
                inset = aside.end()  # skip the relative clause, the list goes on
                continue
            end = s.start + c.start()
            break
    return start, end
