"""International organisations: the names texts call them by, and the canonical name `country` holds."""

from __future__ import annotations

import re

# International organisations: surface form -> canonical name used as `country`.
ORGANISATIONS: dict[str, str] = {
    "NATO": "NATO",
    "North Atlantic Treaty Organization": "NATO",
    "Alliance": "NATO",
    "EU": "European Union",
    "E.U.": "European Union",
    "European Union": "European Union",
    "European": "European Union",
    "European Commission": "European Union",
    "European Council": "European Union",
    "European Parliament": "European Union",
    "ASEAN": "ASEAN",
    "Asean": "ASEAN",  # the title-case spelling of Malaysian, Singaporean and Philippine papers
    "Association of Southeast Asian Nations": "ASEAN",
    "UN": "United Nations",
    "U.N.": "United Nations",
    "United Nations": "United Nations",
    "G7": "G7",
    "G-7": "G7",
    "G20": "G20",
    "G-20": "G20",
    "Quad": "Quad",
    "African Union": "African Union",
    "AU": "African Union",
    "OSCE": "OSCE",
    "Pacific Islands Forum": "Pacific Islands Forum",
    "IAEA": "IAEA",
    "WTO": "WTO",
    "IMF": "IMF",
    "World Bank": "World Bank",
    "World Bank Group": "World Bank Group",
    "OECD": "OECD",
    "APEC": "APEC",
    "International Atomic Energy Agency": "IAEA",
    "World Trade Organization": "WTO",
    "International Monetary Fund": "IMF",
    "Organisation for Economic Co-operation and Development": "OECD",
    "Asia-Pacific Economic Cooperation": "APEC",
    "Organization for Security and Co-operation in Europe": "OSCE",
    "European External Action Service": "European Union",
    "EEAS": "European Union",
    "GCC": "GCC",
    "Gulf Cooperation Council": "GCC",
    "Arab League": "Arab League",
    "League of Arab States": "Arab League",
    "OAS": "OAS",
    "Organization of American States": "OAS",
    "ECOWAS": "ECOWAS",
    "Economic Community of West African States": "ECOWAS",
    "Commonwealth Secretariat": "Commonwealth",
    "IGAD": "IGAD",
    "Council of Europe": "Council of Europe",
    "Intergovernmental Authority on Development": "IGAD",
    # regional and treaty bodies: their initials or their full names
    "SADC": "SADC",
    "Southern African Development Community": "SADC",
    "CARICOM": "CARICOM",
    "Caribbean Community": "CARICOM",
    "EAC": "EAC",
    "East African Community": "EAC",
    "OPCW": "OPCW",
    "Organisation for the Prohibition of Chemical Weapons": "OPCW",
    "Organization for the Prohibition of Chemical Weapons": "OPCW",
    "CTBTO": "CTBTO",
    # the UN's agencies and programmes by their initials: an official "of UNHCR" is the agency's
    "UNHCR": "UNHCR",
    "UNICEF": "UNICEF",
    "UNDP": "UNDP",
    "UNRWA": "UNRWA",
    "UNESCO": "UNESCO",
    "UNFPA": "UNFPA",
    "UNEP": "UNEP",
    "UNIDO": "UNIDO",
    "WFP": "WFP",
    "FAO": "FAO",
    "ILO": "ILO",
    "IOM": "IOM",
    # their full names, so that "of the <full name> (<initials>)" reads as the one agency
    "United Nations Development Programme": "UNDP",
    "United Nations Environment Programme": "UNEP",
    "United Nations Population Fund": "UNFPA",
    "United Nations Industrial Development Organization": "UNIDO",
    "World Food Programme": "WFP",
    "Food and Agriculture Organization": "FAO",
    "International Labour Organization": "ILO",
    "International Organization for Migration": "IOM",
}

# the canonical organisation names: what `country` holds for an organisation's official
ORGANISATION_NAMES = frozenset(ORGANISATIONS.values())


def org_in_title(word: str) -> str | None:
    """An organisation named inside a title ("NATO Secretary General", "EU High Representative")."""
    return ORGANISATIONS.get(word)


_OF_THE_UNION = re.compile(r"\bof the Union\b")


def union_office(role: str) -> str | None:
    """The European Union for an office its treaties name "of the Union" ("High Representative of the Union
    for Foreign Affairs and Security Policy"): the Union's own style for its offices."""
    return "European Union" if "Union" in role and _OF_THE_UNION.search(role) else None


_BRACKETED = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)\s*$")


def bracketed_org(text: str, start: int) -> str | None:
    """The organisation whose initials stand in brackets right before a title at start ("International X
    Agency (IXA) Director General A": IXA's): its name and initials are the affiliation, not the title."""
    m = _BRACKETED.search(text, max(0, start - 12), start)
    return ORGANISATIONS.get(m[1]) if m else None
