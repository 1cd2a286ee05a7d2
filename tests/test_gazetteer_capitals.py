"""Small states' capitals: below the city table's population cut, spelled with or without a hyphen."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.extract.gazetteer import find_city


@pytest.mark.parametrize(
    ("name", "country", "zone"),
    [
        ("Melekeok", "Palau", "Pacific/Palau"),
        ("Yaren", "Nauru", "Pacific/Nauru"),
        ("Port Vila", "Vanuatu", "Pacific/Efate"),
        ("Port-Vila", "Vanuatu", "Pacific/Efate"),
    ],
)
def test_a_small_capital_is_a_city_with_its_zone(name: str, country: str, zone: str) -> None:
    city = find_city(name)
    assert city is not None
    assert (city.name, city.country, city.timezone) == (name, country, zone)


def test_a_country_whose_iso_name_has_a_comma_gets_its_short_name() -> None:
    city = find_city("Palikir")
    assert city is not None and city.country == "Micronesia"


def test_a_town_that_is_no_capital_stays_unknown() -> None:
    assert find_city("Smallville Harbour") is None


def test_a_meeting_in_a_small_capital_has_its_place_and_time_zone() -> None:
    text = (
        "Pacific ministers to meet in Palau\n\nMarch 2, 2031\n\n"
        "Foreign ministers of the region will meet in Melekeok on March 9 to discuss ocean governance."
    )
    event = extract(text, today=date(2031, 3, 2)).main_event
    assert event is not None
    assert event.place == "Melekeok"
    assert event.timezone == "Pacific/Palau"
