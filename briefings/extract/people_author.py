"""The author of a first-person release ("I will be accompanied by A"): the person its letterhead or
first lines name before the text first speaks as "I"."""

from __future__ import annotations

import re

from briefings.extract.mentions import Mention
from briefings.extract.people import People, PersonRec
from briefings.extract.people_letterhead import caps_name_line

# a clause whose subject is the writer: "I will be accompanied by", "We will be joined by"
_I_SUBJECT = re.compile(r"\s*(?:(?:In|At|On|During|While)\b[^,]{1,40},\s*)?(?:I|We)\s+[a-z]")
# the text's first words in the first person, opening a sentence or a line ("Today I will travel": after a
# day word too)
_FIRST_I = re.compile(
    r"(?:^|\n|[.!?]\s+)(?:(?:Today|Tomorrow|Tonight|This\s+week|Next\s+week|Later\s+today),?\s+)?(?:I|We)\s+[a-z]"
)
_HEAD = 14  # a release's author is named among its first lines


def speaks_as_i(text: str, m: Mention) -> bool:
    """The sentence before a mention opens with the writer as subject ("I will be accompanied by A")."""
    return m.sentence.start < m.span_start and bool(_I_SUBJECT.match(text, m.sentence.start, m.span_start))


def author(text: str, people: People) -> PersonRec | None:
    """The person named first, when named in the first lines and before the text first says "I"."""
    if not people.mentions:
        return None
    first_i = _FIRST_I.search(text)
    if first_i is None:
        return None
    # "THE HON JANE DOE MP" over the release, the body naming her in full only later
    for line in text[: first_i.start()].split("\n")[:_HEAD]:
        head = caps_name_line(people, line)
        if head is not None:
            return head
    m, rec = min(people.mentions, key=lambda p: p[0].start)
    if m.start >= first_i.start() or m.sentence.index >= _HEAD:
        return None
    return rec


def companion_of_author(text: str, people: People, rec: PersonRec) -> PersonRec | None:
    """ "I will be accompanied by A": the author (None when the author is unknown or is A)."""
    who = author(text, people)
    return who if who is not rec else None
