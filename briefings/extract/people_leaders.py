"""A leader named by the government they head: "the A B C government took office" names a person when
their surname alone stands elsewhere under a title ("President C")."""

from __future__ import annotations

import re

from briefings.extract.mentions import Mention
from briefings.extract.sentences import Doc

_GOVERNMENT_AFTER = re.compile(r"(?:'s|’s)?\s+(?:government|administration|cabinet)\b")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def leaders_of_governments(doc: Doc, per_sentence: list[list[Mention]]) -> None:
    """ "the A B government" with "President A" (or "President B") elsewhere: A B is the leader."""
    text = doc.text
    if "government" not in text and "administration" not in text and "cabinet" not in text:
        return
    titled = {m.tokens[0].lower() for ms in per_sentence for m in ms if m.role and len(m.tokens) == 1}
    if not titled:
        return
    for ms in per_sentence:
        for m in ms:
            if m.written != "?" or len(m.tokens) < 2 or m.role:
                continue
            if not _GOVERNMENT_AFTER.match(text, m.end) or not _THE_BEFORE.search(text, m.start - 4, m.start):
                continue
            if m.tokens[0].lower() in titled or m.tokens[-1].lower() in titled:
                m.written = text[m.start : m.end]
