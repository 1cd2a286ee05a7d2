"""Named policy instruments a text talks about ("the Comprehensive Strategic Partnership")."""

from __future__ import annotations

import re

from briefings.extract.regex_guard import by_first_letter

# the head word of a named policy instrument
_FRAMEWORK_HEAD = re.compile(
    r"\b(?:Partnership|Agreement|Initiative|Policy|Programme|Program|Framework|Strategy|Treaty|Assistance|"
    r"Outlook|Vision|Mechanism|Arrangement|Compact|Roadmap|Plan)\b"
)
# regrouped by first letter (regex_guard: same matches): sre scans for those letters in C
_FRAMEWORK_HEAD = by_first_letter(_FRAMEWORK_HEAD)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|The|an?|An?)\s$")
# "the Agreement on the Exchange of X", "a Plan of Work": the capitalised words after the head
_NAME_AFTER = re.compile(
    r"\s+(?:on|for|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w'’-]*){0,4}"
)
# the capitalised words before the head, read backwards from it ("Act East " before "Policy")
_WORD = re.compile(r"[\w'’-]+")
_LINKS = frozenset({"of", "for", "and", "on"})
# "the Institute for Asia Policy": an organisation's name, not a policy
_ORG_BEFORE = re.compile(
    r"\b(?:Institute|Cent(?:er|re)|Foundation|School|University|Council|Office|Department|Ministry|Bureau|"
    r"Agency|Commission|Forum)\b"
)
FRAMEWORK_HEADS = (
    "Partnership", "Agreement", "Initiative", "Policy", "Program", "Framework", "Strategy", "Treaty",
    "Assistance", "Outlook", "Vision", "Mechanism", "Arrangement", "Compact", "Roadmap", "Plan",
)  # fmt: skip
_ORG_AFTER = re.compile(r"\s+" + _ORG_BEFORE.pattern)
_FRAMEWORK_LEAD = re.compile(r"(?:(?:The|A|An|This|That|Its|Their|Our|On|In|At|Under|To)\s+)+")


def _framework_start(text: str, lo: int, head: int) -> int | None:
    """Start of the capitalised words (up to five, "of/for/and/on" between) just before a head word."""
    words = list(_WORD.finditer(text, lo, head))
    start: int | None = None
    caps = 0
    for w in reversed(words):
        if w[0][0].isupper() and caps < 5:
            start, caps = w.start(), caps + 1
        elif w[0] not in _LINKS or start is None:
            break
    if start is not None:
        lead = _FRAMEWORK_LEAD.match(text, start, head)
        start = lead.end() if lead else start
    return start if start is not None and start < head else None


def named_frameworks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of capitalised names ending in a policy head word, not part of an organisation's name."""
    out: list[tuple[int, int]] = []
    for h in _FRAMEWORK_HEAD.finditer(text, start, end):
        a = _framework_start(text, max(start, h.start() - 80), h.start())
        if a is None and _ARTICLE_BEFORE.search(text, max(start, h.start() - 4), h.start()):
            after = _NAME_AFTER.match(text, h.end(), end)
            if after:
                out.append((h.start(), after.end()))
            continue
        if (
            a is None
            or _ORG_BEFORE.search(text, max(start, a - 20), h.start())
            or _ORG_AFTER.match(text, h.end(), end)
        ):
            continue  # part of an organisation's name ("the Asia Policy Forum")
        out.append((a, h.end()))
    return out
