"""Joined pairs inside a list item that the item's split loses: "A and B and C", "expanding A and B ties"."""

from __future__ import annotations

import re

# "combating A and B" (one -ing verb, two objects): "A and B"
_ING_OBJECTS = re.compile(
    r"[a-z]{3,}ing\s+((?!(?:and|or|of|in|on|to|for|with)\s)\S+(?:\s+\S+){0,3}\s+and\s+"
    r"(?![a-z]+ing\s|(?:the|a|an|its|their|our)\s).+)$"
)
# "energy and health and education": the last two words joined by the item's last "and"
_LAST_PAIR = re.compile(r"\band\s+([a-z][a-z-]+\s+and\s+[a-z][a-z-]+)$")
# "strengthening of X-Y security and defence cooperation": the two nouns before the noun they share
_SHARED_NOUN = re.compile(r"\s([a-z][a-z-]+\s+and\s+[a-z][a-z-]+\s+[a-z][a-z-]+)$")
# "expanding trade and investment ties": the -ing verb's two nouns, sharing the noun after them
_ING_PAIR = re.compile(r"^[a-z]{3,}ing\s+([a-z][a-z-]+\s+and\s+[a-z][a-z-]+\s+[a-z][a-z-]+)$")


def joined_pairs(part: str) -> list[str]:
    """The pairs of part that stay one item too: the two objects of one -ing verb ("combating A and B"), its
    last "x and y" after an earlier "and", two nouns before the noun they share ("expanding A and B ties")."""
    one_and = " and " not in part.partition(" and ")[2]
    head = part.partition(" between ")[0]
    found = (
        _ING_OBJECTS.match(part) if one_and else None,
        _LAST_PAIR.search(part),
        _ING_PAIR.match(head),
        _SHARED_NOUN.search(part) if one_and else None,
    )
    return [m[1] for m in found if m is not None]
