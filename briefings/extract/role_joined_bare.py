"""A mention's title that is no one office of its holder's: a joined run ending on a bare "Minister" or
"Secretary" ("the Foreign Minister and Minister A": two people, the unnamed one's office first), and a
plural title before a list of names ("Ministers A and B": each holds one "Minister")."""

from __future__ import annotations

from briefings.extract.roles import HEADS

# titles that name no office without a portfolio: after "and" alone, they are a second person's
_BARE = frozenset({"minister", "secretary"})
_PLURALS = {
    "ministers": "Minister",
    "secretaries": "Secretary",
    "presidents": "President",
    "senators": "Senator",
}


def own_title(role: str) -> str | None:
    """The title the named person holds, when the run read before the name is not it, else None."""
    left, sep, right = role.rpartition(" and ")
    if sep and right.lower() in _BARE and any(w.lower() in HEADS for w in left.split()):
        return right  # "External Affairs Minister and Secretary A": A is only the "Secretary"
    words = role.split()
    one = _PLURALS.get(words[-1].lower()) if words else None
    if one and " of " not in role and " for " not in role and " and " not in role:
        return " ".join([*words[:-1], one if words[-1][:1].isupper() else one.lower()])
    return None
