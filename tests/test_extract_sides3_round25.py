"""Round 25 (sides3): the issuing government's own officials on fresh text. A release dated from its
capital on lines of their own ("May 4, 2031" over "Xcity, Region") is that state's, so its unqualified
ministers are; a headline in title case naming the host ("Xland to Host the Y Meeting") gives the host."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Person

_REF = date(2031, 3, 3)


def _person(text: str, name: str) -> Person:
    """The extracted person of that name in a short release written on _REF."""
    people = extract(text, source="t", published=_REF, today=_REF).people
    found = [p for p in people if p.name == name]
    assert found, [p.name for p in people]
    return found[0]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            # a date line over the capital's line: the release is that government's
            "Minister to visit Peru and Chile\n\n"
            "February 27, 2031\n\n"
            "Canberra, Australian Capital Territory\n\n"
            "The Minister for Trade, Fiona Castellano, today confirmed that she will visit Peru and Chile "
            "from March 9 to 13, 2031.\n\n"
            "In Lima she will meet the Minister of Production of Peru, Rosa Quispe Huamán, to discuss mining "
            "investment.\n",
            "Fiona Castellano",
            "Australia",
        ),
        (
            # the capital's line over the date line
            "Premier departs for Nordic tour\n\n"
            "Wellington\n\n"
            "2 March 2031\n\n"
            "The Prime Minister, Henare Walsh, will leave for Oslo and Stockholm on Sunday for a five-day "
            "visit, accompanied by the Minister of Defence, Ruth Kingsley-Ahn.\n\n"
            "In Oslo he will meet the Prime Minister of Norway, Sigrid Lunde.\n",
            "Ruth Kingsley-Ahn",
            "New Zealand",
        ),
        (
            # "Xland to Host ...": a headline in title case names the host, whose minister hosts
            "MEDIA STATEMENT\n\n"
            "Brunei to Host Regional Maritime Security Forum\n\n"
            "Minister of Defence II Pehin Haji Rosli Danial will host the Regional Maritime Security Forum "
            "on 14 and 15 March, to be attended by defence ministers from across the region.\n\n"
            "The ministers will also call on Prime Minister Awang Saifullah on 15 March.\n",
            "Awang Saifullah",
            "Brunei",
        ),
    ],
)
def test_issuers_officials(text: str, name: str, country: str) -> None:
    assert _person(text, name).country == country


def test_date_over_a_foreign_city_is_no_capital() -> None:
    # a date line over a city that is no capital names no issuer: the visitor keeps no guessed home
    text = (
        "Leaders meet at lakeside retreat\n\n"
        "March 2, 2031\n\n"
        "Geneva, Switzerland\n\n"
        "President Omar Haddad of Tunisia met Chancellor Lena Brandt of Austria on the shore of the lake.\n"
    )
    assert _person(text, "Omar Haddad").country == "Tunisia"
    assert _person(text, "Lena Brandt").country == "Austria"


def test_hosting_words_inside_a_headline_name_no_host() -> None:
    # "to Host" after a person, not a state: no host's country for the guest
    text = (
        "Minister to Host Visiting Counterpart\n\n"
        "Foreign Minister Tariq Bashir will host his Omani counterpart, Salim Al-Harthy, on 9 March.\n"
    )
    assert _person(text, "Salim Al-Harthy").country == "Oman"
