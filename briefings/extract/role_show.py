"""A role as shown to the user: without the country word the country field already carries."""

from __future__ import annotations

import re

from briefings.extract.forms import rank_word
from briefings.extract.gazetteer import country_of
from briefings.extract.regex_guard import guarded
from briefings.extract.role_parliament import chamber_shown
from briefings.extract.tokens import INSTITUTIONS

_ENVOY_OF_TO = re.compile(
    r"^((?:[\w.'-]+\s+){0,3}?(?:ambassador|envoy|high commissioner|(?:permanent )?representative|consul"
    r"(?:[- ]general)?|charg\S+ d\S+affaires)(?:[- ]at[- ]large| extraordinary and plenipotentiary)?)"
    r"\s+of\s+(?:the\s+)?([^,;()]+?)\s+to\s+",
    re.I,
)

# "spokesperson for the U.S. State Department": a country word before an institution only it has
_OWN_INSTITUTION = guarded(
    re.compile(r"\b(the\s+)(U\.S\.|U\.K\.|[A-Z][a-z]+)\s+(?=([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)$)")
)


# "of the Xland Joint Chiefs of Staff": a body every state has under one name, its country word before it
_GENERIC_BODY = guarded(
    re.compile(
        r"\b(?:of|for)\s+the\s+(U\.S\.|U\.K\.|[A-Z][A-Za-z]+)\s+(?=(?:Joint\s+Chiefs\s+of\s+Staff|Joint\s+Staff|"
        r"General\s+Staff|Defen[cs]e\s+Forces|Armed\s+Forces|Defen[cs]e\s+Staff)\b(?!\s+(?:of|Command)\b))"
    )
)


# "Director-General of Xland's Department of Y": the state's possessive before its own body's name
_POSSESSIVE_BODY = re.compile(
    r"\b(?:of|for|at|in)\s+((U\.S\.|U\.K\.|[A-Z][A-Za-z]+(?:\s+[A-Z][a-z]+)?)['’]s)\s+(?=[A-Z])"
)


def possessive_body(role: str, country: str | None) -> str:
    """ "spokesperson for Xland's Ministry of Defence" -> "spokesperson for the Ministry of Defence": the
    possessive of the person's own state before a body (the country field holds it)."""
    m = _POSSESSIVE_BODY.search(role)
    if m is None or country is None or country_of(m[2]) != country:
        return role
    return role[: m.start(1)] + "the" + role[m.end(1) :]


def generic_body(role: str, country: str | None) -> str:
    """ "Chairman of the Xland Joint Chiefs of Staff" -> "Chairman of the Joint Chiefs of Staff": the country
    word before a body every state has under the same name (the country field holds it)."""
    m = _GENERIC_BODY.search(role)
    if m is None:
        return role
    word = country_of(m[1])
    if word is None or (country is not None and word != country):
        return role
    return role[: m.start(1)] + role[m.end() :]


# "a Kyiv-based political analyst": where the person works, no part of the title (the country field holds it)
_BASED_BEFORE = re.compile(r"^(?:[A-Z][\w'’.]*\s+){0,2}[A-Z][\w'’.]*-based\s+(?=[a-z])")


# "Commander of the Xland Defence Force (XDF)": a named body's initials closing the title
_BODY_INITIALS = re.compile(r"\b(?:of|for)\s+(?:the\s+)?[A-Z][^()]*[a-z]\s+\(([A-Z][A-Z&-]*[A-Z])\)$")


def body_initials(role: str) -> str:
    """ "Commander of the Xland Defence Force (XDF)" -> "Commander of the Xland Defence Force": the initials
    of the body a title names are its short name, no part of the title ("Secretary (ER)" keeps its own)."""
    m = _BODY_INITIALS.search(role)
    return role[: m.start(1) - 1].rstrip() if m else role


def shown_role(role: str | None, country: str | None = None) -> str | None:
    """A role as shown: "Ambassador of Peru to Norway" -> "Ambassador to Norway" (the country field holds
    the sending state), no country word before its own institution or a body every state has, a bare
    abbreviated rank none."""
    if not role:
        return role
    if role[-1] == ")":
        role = body_initials(role)
    if "-based " in role:
        role = _BASED_BEFORE.sub("", role)
    if " the " in role:
        role = generic_body(role, country)
    role = chamber_shown(role, country)
    if "'s " in role or "’s " in role:
        role = possessive_body(role, country)
    if " to " in role and " of " in role:
        m = _ENVOY_OF_TO.match(role)
        if m is not None and country_of(m[2]) is not None:
            role = f"{m[1]} to {role[m.end() :]}"
    if " the " in role:
        own = _OWN_INSTITUTION.search(role)
        if own and INSTITUTIONS.get(own[3].lower()) == country_of(own[2]) is not None:
            role = role[: own.end(1)] + role[own.end() :]
    if role[-1] == "." and " " not in role and rank_word(role.lower()):
        return None  # "Adm.", "Gen.": an abbreviated rank is a form of address, like "Dr." (no office)
    return role
