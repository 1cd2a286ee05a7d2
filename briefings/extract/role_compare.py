"""Comparing two titles of one person: which is the fuller form ("Defense Secretary" over "defense chief"),
and whether a role holds a title as one of its offices rather than a grade under it."""

from __future__ import annotations

import re

from briefings.extract.roles import HEADS, portfolio, role_key
from briefings.extract.tokens import RANKS


def better_role(old: str, new: str) -> bool:
    """True when a later title is the fuller form: an office over a bare rank, or a longer same office."""
    o, n = role_key(old), role_key(new)
    if o == n:
        return False
    if o.startswith("former ") != n.startswith("former "):
        return not n.startswith("former ") and not _weak(n)  # a past office gives way to a held one
    if _weak(o) and not _weak(n):
        # "Senator A ... A, a member of the X Committee": a seat's membership is no office over the seat
        return not (o in _SEATS and n.startswith("member of "))
    if _weak(n):
        return False
    if descriptor(old) and not descriptor(new) and new[:1].isupper() and _described(old) == portfolio(new):
        return True  # "defense chief" (a reporter's words) -> "Defense Secretary" (the office)
    if descriptor(old) and not descriptor(new) and _FIELD.search(n) and len(n) > len(o):
        return True  # "top nuclear envoy" -> "special representative for X affairs": the office and its field
    if _spelt_out(old, new):
        return True  # "NSC chief" (a headline's initials) -> "acting National Security Council head"
    po, pn = portfolio(old), portfolio(new)
    if po and " and " in n and _more_offices(o, n, po):
        return True  # "Minister of Foreign Affairs" -> "Deputy Prime Minister and Foreign Minister"
    if po and pn and po != pn:
        return False
    head = o.split()[-1]
    return len(n) > len(o) and head in n.split() and not (po and not pn)


_SMALL = frozenset({"of", "for", "and", "the", "on", "in"})
_HEAD_PAIRS = frozenset({"chief", "head"})


def _spelt_out(old: str, new: str) -> bool:
    """The later title spells out a body the earlier one gives by its initials ("NSC chief" -> "National
    Security Council head"), its other words all kept (a "chief" may be the "head")."""
    words = old.split()
    acr = next((w for w in words if 2 <= len(w) <= 6 and w.isalpha() and w.isupper()), None)
    if acr is None or acr in new:
        return False
    caps = [w for w in new.split() if w.lower() not in _SMALL]
    for i in range(len(caps) - len(acr) + 1):
        run = caps[i : i + len(acr)]
        if all(w[:1].isupper() for w in run) and "".join(w[0] for w in run) == acr:
            rest = {w.lower() for w in new.split()} - {w.lower() for w in run}
            kept = [w.lower() for w in words if w != acr]
            return all(w in rest or (w in _HEAD_PAIRS and rest & _HEAD_PAIRS) for w in kept)
    return False


_DESCRIBING_HEADS = frozenset({"chief", "diplomat", "envoy", "boss", "czar", "tsar", "negotiator"})
# an office named with its field or body ("special representative for X", "director-general of the Y Bureau")
_FIELD = re.compile(r"^[a-z-]+(?: [a-z-]+)? (?:for|of) ")


def descriptor(role: str) -> bool:
    """A reporter's description in lower case ("defense chief", "top diplomat"), not the office's name."""
    words = role.split()
    return bool(words) and role == role.lower() and (words[-1] in _DESCRIBING_HEADS or words[0] == "top")


def _described(role: str) -> str | None:
    """The portfolio a description names ("top diplomat": foreign affairs)."""
    return portfolio(role) or ("foreign" if role.endswith("diplomat") else None)


def _more_offices(o: str, n: str, po: str) -> bool:
    """A joined title holding more offices than the old one, one of them the old one's portfolio."""
    parts = n.split(" and ")
    if not all(any(w in HEADS for w in p.split()) for p in parts):
        return False
    return len(parts) > sum(w in HEADS for w in o.split()) and any(portfolio(p) == po for p in parts)


_JOINS = re.compile(r" and |, ")


_UNDER = frozenset({"deputy", "vice", "assistant", "under", "associate"})


def holds_office(role: str, title: str) -> bool:
    """One of a role's joined offices is the title itself, not a grade under it ("Secretary" in "Foreign
    Secretary", "Prime Minister" not in "Deputy Prime Minister")."""
    key = f" {role_key(title)} "
    for part in _JOINS.split(role_key(role)):
        at = f" {part} ".find(key)
        if at >= 0 and f" {part} "[:at].rpartition(" ")[2] not in _UNDER:
            return True
    return False


def _weak(role: str) -> bool:
    words = role.replace(".", ". ").split()
    return all(w in RANKS or w.rstrip(".") + "." in RANKS or w in _WEAK_TITLES for w in words)


_SEATS = frozenset({"senator", "representative", "congressman", "congresswoman", "mp"})
_WEAK_TITLES = _SEATS | {"the", "hon", "and"}
