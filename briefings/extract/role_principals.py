"""A staff title naming its principal before the principal's name ("A, Spokesperson for Secretary-General B",
"A, adviser to President B"): the staff title is A's, the principal's title is B's."""

from __future__ import annotations

import re

from briefings.extract.mentions import Mention
from briefings.extract.roles import HEADS
from briefings.extract.sentences import Sentence

# the staff title, then "for/to (the)" and the principal's title (capitalised)
_STAFF_FOR = re.compile(
    r"(?P<staff>(?:[\w-]+\s+){0,2}?(?:[Ss]pokes(?:person|man|woman)|[Pp]ress\s+[Ss]ecretary|[Aa]dvis[eo]r|"
    r"[Aa]ide|[Cc]hief\s+of\s+[Ss]taff))\s+(?:for|to)\s+(?:the\s+)?(?P<boss>[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,5})$"
)


def principal_titles(text: str, sent: Sentence, ms: list[Mention]) -> None:
    """A title after a comma that names a staff post for a principal right before the principal's name
    ("A, Spokesperson for Secretary-General B"): B holds the principal's title, A (named just before the
    comma, with no title of its own) the staff post."""
    for k, m in enumerate(ms):
        if not m.role or " " not in m.role or m.span_start >= m.start:
            continue
        if text[m.span_start : m.start].strip() != m.role or not text[: m.span_start].rstrip().endswith(","):
            continue
        hit = _STAFF_FOR.fullmatch(m.role)
        if hit is None or not any(w.lower() in HEADS for w in hit["boss"].split()):
            continue
        m.role, m.span_start = hit["boss"], m.span_start + hit.start("boss")
        prev = ms[k - 1] if k else None
        comma = text.rfind(",", sent.start, m.span_start)
        if prev is not None and not prev.role and text[prev.end : comma].strip() == "":
            prev.role = hit["staff"]
