"""National news agencies and their home countries: a wire story from a town the gazetteer lacks is set in
the agency's country ("SMALLTOWN, Jan 17 (Bernama) --")."""

from __future__ import annotations

import re

from briefings.extract.regex_guard import guarded

# state or national agencies that report from home (international wires such as Reuters, AP and AFP are
# left out: their datelines are anywhere)
AGENCY_HOMES: dict[str, str] = {
    "bernama": "Malaysia",
    "yonhap": "South Korea",
    "kyodo": "Japan",
    "jiji": "Japan",
    "xinhua": "China",
    "antara": "Indonesia",
    "pti": "India",
    "ani": "India",
    "ians": "India",
    "vna": "Vietnam",
    "pna": "Philippines",
    "tass": "Russia",
    "anadolu": "Turkey",
    "wam": "United Arab Emirates",
    "spa": "Saudi Arabia",
    "app": "Pakistan",
    "kuna": "Kuwait",
    "qna": "Qatar",
    "bss": "Bangladesh",
    "aap": "Australia",
    "ansa": "Italy",
    "efe": "Spain",
    "lusa": "Portugal",
    "ukrinform": "Ukraine",
    "tna": "Thailand",
    "kpl": "Laos",
    "akp": "Cambodia",
    "mna": "Myanmar",
}

_TAG = guarded(re.compile(r"\(\s*([A-Za-z][A-Za-z-]{1,12})\s*\)|\b([A-Z][A-Za-z]{2,12})\s+(?:[–—]|--?)\s"))


def agency_home(line: str) -> str | None:
    """The home country of a national news agency tagged in a dateline ("(Bernama)", "Kyodo -"), else None."""
    for m in _TAG.finditer(line[:80]):
        home = AGENCY_HOMES.get((m[1] or m[2]).lower())
        if home:
            return home
    return None
