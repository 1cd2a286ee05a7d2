"""A title's "for" portfolio as a series of lower-case nouns ("director for strategy, plans and policy")."""

from __future__ import annotations

import re

from briefings.extract.role_reporters import _APPOS_END

# ", plans and policy on the Joint Staff": the series' further nouns, "and" before its last, then the body
# the office serves in (a lower-case noun each, no verb or pronoun)
_WORD = r"(?!(?:and|or|said|says|who|which|that|the|a|an|will|is|was|has|his|her|their)\b)[a-z][\w-]*"
_SERIES = re.compile(
    rf",\s+{_WORD}(?:,\s+{_WORD}){{0,4}},?\s+and\s+{_WORD}"
    r"(?:\s+(?:on|of|at|in)\s+the\s+[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,4})?"
)


def series_rest(text: str, role: str, end: int, stop: int) -> int:
    """The end of a title's "for X, Y and Z" portfolio series (and the body after it) that a title scan
    cut at the first comma, when the apposition closes right after it, else 0."""
    if not role.islower() or " for " not in role or not text.startswith(", ", end):
        return 0
    m = _SERIES.match(text, end, stop)
    if m is None or not _APPOS_END.match(text, m.end(), stop) or text.startswith(" and ", m.end()):
        return 0
    return m.end()
