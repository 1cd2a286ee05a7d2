"""A title-case headline's person mentions: a name needs a title there, and a headline's verb is no name."""

from __future__ import annotations

from briefings.extract.mention_model import Mention


def _headline_verb(m: Mention, text: str) -> bool:
    """A headline's name whose last word opens "X to Y" and is written nowhere else in the text: a verb
    ("Prime Minister A Agree to Fast-Track B"), no family name."""
    after = text[m.end : m.end + 5]
    return after.startswith(" to ") and after[4:5].isupper() and text.count(m.tokens[-1]) == 1


def headline_mentions(out: list[Mention], text: str) -> None:
    """Trim a headline's verb off a name ("Minister A Agree to X"); a name without a title, a contact or an
    honorific in a headline is only a candidate, resolved against the body's names."""
    for m in out:
        if len(m.tokens) >= 2 and _headline_verb(m, text):
            cut = text.rfind(m.tokens[-1], m.start, m.end)  # "Minister A Agree to X": the verb is no name
            m.tokens, m.end = m.tokens[:-1], len(text[:cut].rstrip())
            m.written = text[m.start : m.end]
        if not ((m.role or m.contact or m.honorific) and len(m.tokens) >= 2):
            m.written, m.cue = "?", False
