"""A role as shown to the user: without the country word the country field already carries."""

from __future__ import annotations

import re

from briefings.extract.forms import rank_word
from briefings.extract.gazetteer import country_of

_ENVOY_OF_TO = re.compile(
    r"^((?:[\w.'-]+\s+){0,3}?(?:ambassador|envoy|high commissioner|(?:permanent )?representative|consul"
    r"(?:[- ]general)?|charg\S+ d\S+affaires)(?:[- ]at[- ]large)?)\s+of\s+(?:the\s+)?([^,;()]+?)\s+to\s+",
    re.I,
)


def shown_role(role: str | None) -> str | None:
    """A role as shown: "Ambassador of Peru to Norway" -> "Ambassador to Norway" (the country field holds
    the sending state), a bare abbreviated rank none."""
    if not role:
        return role
    if " to " in role and " of " in role:
        m = _ENVOY_OF_TO.match(role)
        if m is not None and country_of(m[2]) is not None:
            role = f"{m[1]} to {role[m.end() :]}"
    if role[-1] == "." and " " not in role and rank_word(role.lower()):
        return None  # "Adm.", "Gen.": an abbreviated rank is a form of address, like "Dr." (no office)
    return role
