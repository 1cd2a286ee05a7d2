"""Rank words inside a title run: whether one opens the name after the office ("Minister of Defence Admiral
X") or belongs to the title ("Director General", "of the Royal Xish Air Force"); and the tail that closes a
title before a rank or a comma name ("Supreme Allied Commander Europe Gen. X", "Deputy Director-General:
Africa, Ambassador Y")."""

from __future__ import annotations

from briefings.extract import forms
from briefings.extract.people_names import RANK_SERVICES
from briefings.extract.regions import WORLD_REGIONS
from briefings.extract.roles import PORTFOLIO
from briefings.extract.tokens import RANKS, Tok

_GENERAL_OK = frozenset(
    {"secretary", "director", "attorney", "solicitor", "inspector", "consul", "governor", "delegate"}
    | {"commissioner"}  # "Commissioner General": a coast guard's or police head, no rank
    | {"secretariat", "directorate", "inspectorate"}
)
# "General Staff", "General Command": a body "General" opens, no rank before a name
_GENERAL_BODIES = frozenset({"staff", "command", "headquarters", "directorate", "secretariat", "assembly"})
_SERVICE_NOUNS = frozenset({"force", "forces", "corps"})
_BRANCHES = frozenset({"army", "navy"})  # rank words ("Army General"); after a country word a service
# a grade word before a rank ("Vice Admiral", "Second Brigadier General")
GRADES = frozenset({"senior", "vice", "rear", "air", "first", "second", "third"})
# a strategic command named by its function after "Commander" ("Allied Commander Transformation")
_COMMAND_FUNCTIONS = frozenset({"transformation"})
_COMPASS = frozenset({"middle", "east", "west", "north", "south", "central", "southern", "eastern", "latin"})


def _service_word(toks: list[Tok], j: int) -> bool:
    """The word names an armed service, not a rank ("Air" or "Force" of "Air Force")."""
    if toks[j].low in _SERVICE_NOUNS or (j + 1 < len(toks) and toks[j + 1].low in _SERVICE_NOUNS):
        return True
    # "Air Self-Defense Force": a service named with a capitalised word between
    hyphened = j + 2 < len(toks) and toks[j + 1].cap and "-" in toks[j + 1].text
    return hyphened and toks[j + 2].low in _SERVICE_NOUNS


def rank_opens_name(toks: list[Tok], j: int, last_head: int, in_portfolio: bool, country_end: int) -> bool:
    """The rank word at j, after the title's head at last_head, starts the name part ("Minister of National
    Defence Admiral X"): no word of an office ("Secretary General") or a service's name ("Air Force")."""
    n = len(toks)
    t = toks[j]
    # "Field Marshal": a rank of two words, the first of them a title modifier on its own
    rank = "marshal" if t.low == "field" and j + 1 < n and toks[j + 1].low == "marshal" else t.low
    return (
        forms.rank_word(rank)
        # "Chief of Naval Operations Adm. X": after a portfolio, a personal rank opens the name part
        and (
            toks[last_head].low not in RANKS
            or (in_portfolio and forms.rank_word(rank, forms.PERSONAL_RANKS))
            or (t.cap and not toks[last_head].cap)  # "Defence Force chief Admiral X"
            # "Commander Xish Fleet Rear Admiral X": a rank apart from the rank-like head
            or (t.cap and last_head < j - 1)
            # "Commander Adm. X": an abbreviated rank is a form of address, never part of an office
            or (t.text.endswith(".") and not toks[last_head].text.endswith("."))
            # "Commander General TNI A": the rank, then its service's initials, opens the name
            or (t.cap and j + 1 < n and toks[j + 1].text in RANK_SERVICES)
            # "Commander Major General X": a rank of two words after the rank-like head
            or (t.cap and j + 1 < n and toks[j + 1].cap and toks[j + 1].low in forms.PERSONAL_RANKS)
        )
        and not (t.low == "general" and toks[j - 1].low in _GENERAL_OK)
        and not (t.low == "general" and j + 1 < n and toks[j + 1].low in _GENERAL_BODIES)
        # "of the Royal Xish Air Force": a service's name, no rank
        and not (in_portfolio and _service_word(toks, j))
        # "Inspector of the Xish Army": the country's service, no rank
        and not (in_portfolio and j == country_end and t.low in _BRANCHES)
    )


def graded_rank(toks: list[Tok], j: int) -> bool:
    """A capitalised grade word before the rank at j ("Vice Admiral", "Senior Colonel"), going with it."""
    return toks[j - 1].low in GRADES and toks[j - 1].cap


def _desk_word(t: Tok) -> bool:
    """A word of a desk's portfolio or region ("Diplomacy", "Africa", "Middle", "East")."""
    return t.low in PORTFOLIO or t.text in WORLD_REGIONS or t.low in _COMPASS


def title_tail(toks: list[Tok], j: int, last_word: int) -> int:
    """The last index of a tail closing the title right after its last word, else 0: a command's region or
    function after "Commander" ("Supreme Allied Commander Europe", "... Transformation"), or a desk's
    portfolio after a colon before a comma ("Deputy Director-General: Africa, Ambassador A")."""
    t = toks[j]
    if last_word != j - 1:
        return 0
    if t.text == ":":
        k = j + 1
        while k < min(len(toks), j + 5) and (toks[k].low == "and" or (toks[k].cap and _desk_word(toks[k]))):
            k += 1  # "Africa", "Asia and Middle East", "Public Diplomacy"
        return k - 1 if k > j + 1 and k < len(toks) and toks[k].text == "," and toks[k - 1].cap else 0
    if not t.cap or toks[j - 1].low != "commander":
        return 0
    return j if t.text in WORLD_REGIONS or t.low in _COMMAND_FUNCTIONS else 0
