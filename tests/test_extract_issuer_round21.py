"""Issuers, round 21 (issuer): a release's closing place-and-date line in capitals ("OSLO, 4 MAR 2026",
or "NAIROBI" over "4 MARCH 2026") names its government's capital, so its own unqualified officials
travelling to a meeting abroad are of that state, not of the host; a diplomatic post's sign-off
("Embassy of Xland in Yland" over "Ycity, ...") is no such line."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2026, 6, 1)


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


_TRIP = (
    "Minister for Defence to Attend Regional Defence Forum in {city}\n\n"
    "Minister for Defence Mr Tobias Renholm will be in {host} from 5 to 7 March to attend the regional "
    "defence forum. The forum will be hosted by {host} and held in {city}.\n\n"
    "Minister Renholm will be accompanied by Chief of Defence Force Major-General Ilse Varnquist.\n\n"
)


@pytest.mark.parametrize(
    "text, country",
    [
        (_TRIP.format(city="Lima", host="Peru") + "OSLO, 4 MAR 2026\n", "Norway"),
        (_TRIP.format(city="Hanoi", host="Vietnam") + "NAIROBI\n4 MARCH 2026\n", "Kenya"),
        (_TRIP.format(city="Accra", host="Ghana") + "WELLINGTON, 12 FEB 2026\n", "New Zealand"),
    ],
)
def test_foot_place_date_line_names_the_issuer(text: str, country: str) -> None:
    people = _people(text)
    assert people["Tobias Renholm"][1] == country
    assert people["Ilse Varnquist"][1] == country


def test_embassy_sign_off_is_no_issuers_capital() -> None:
    text = (
        _TRIP.format(city="Lima", host="Peru")
        + "Embassy of the Republic of Chile in Kenya\nNairobi, 4 March 2026\n"
    )
    assert _people(text)["Tobias Renholm"][1] != "Kenya"
