"""A command's title written in the services' style, the head, a comma and the command's name, then the
holder's rank and name ("Commander, Xland Fleet Forces Command Adm. A", "Director, Joint Staff Gen. B"): one
title, the rank no part of it."""

from __future__ import annotations

from typing import Protocol

from briefings.extract.roles import _words
from briefings.extract.tokens import RANKS, Tok

# the heads of a command or a staff written before its name and a comma
_HEADS = frozenset({"commander", "commanding general", "commandant", "director", "chief of staff"})
# the nouns that close a command's or a staff's name
_UNITS = _words("command fleet forces force army navy corps staff group division brigade headquarters agency")


class _Run(Protocol):
    """The parts of a title run (role_scan.Title) the join reads."""

    role_start: int
    role_end: int


def command_comma(toks: list[Tok], text: str, bare: _Run, i: int, title: _Run) -> str | None:
    """The role "Head, Unit" when the nameless head before the comma at token i - 1 is a command's and the
    title from token i is the unit's name closed by the holder's abbreviated rank; else None."""
    if text[bare.role_start : bare.role_end].lower() not in _HEADS:
        return None
    unit = text[toks[i].start : title.role_end]
    cut = unit
    while True:
        head, _, last = cut.rpartition(" ")
        if not (head and last.endswith(".") and last.lower() in RANKS):
            break
        cut = head.rstrip()  # "Adm.", "Lt. Gen.": the holder's rank
    if cut == unit or cut.rpartition(" ")[2].lower() not in _UNITS:
        return None
    return f"{text[bare.role_start : bare.role_end]}, {cut}"
