"""A spokesperson's function before a comma over the grade after it ("The X spokesperson, Director A")."""

from __future__ import annotations

import re

from briefings.extract.forms import weak_title
from briefings.extract.mention_model import Mention

# "The DND spokesperson, ", "The Department's Acting Spokesperson, ": the function, a comma, then the name
_SPOKES = re.compile(
    r"\b[Tt]he\s+(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+)?"
    r"(?P<role>(?:[A-Z][\w-]*\s+){0,2}(?:[Aa]cting\s+|[Dd]eputy\s+)?(?:[Ss]pokes(?:person|man|woman)))\s*,\s+$"
)
# a civil service grade with no portfolio of its own ("Director", "Assistant Secretary", "Ambassador")
_GRADE_WORDS = frozenset(
    {"director", "assistant", "deputy", "secretary", "senior", "principal", "ambassador"}
)


def _grade(role: str) -> bool:
    """A rank or a grade with no portfolio ("Colonel", "Director", "Assistant Secretary")."""
    return weak_title(role) or all(w in _GRADE_WORDS for w in role.lower().split())


def spokes_grades(text: str, per_sentence: list[list[Mention]]) -> None:
    """ "The X spokesperson, Director A, said": the spokesperson's function is A's role, the title after the
    comma only A's grade (as a rank is); a title with a portfolio ("the spokesman, Chief Cabinet Secretary
    A") stays."""
    for ms in per_sentence:
        for m in ms:
            if not m.role or text[m.span_start - 2 : m.span_start] != ", " or not _grade(m.role):
                continue
            s = _SPOKES.search(text, max(m.sentence.start, m.span_start - 80), m.span_start)
            if s is not None:
                m.role, m.span_start = s["role"], s.start("role")
