"""People rules, round 18 (people5): a small state's capital placing a sentence ("In Xtown, the minister will
meet Prime Minister A") gives the people met there that state's country, as a big city does; a small town
that is no capital places no one."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.extract.places import cities_in

_TODAY = date(2025, 3, 1)


def _release(lead: str, leg: str) -> str:
    return (
        "Minister to lead Pacific mission\n\n7 March 2025\n\nHon Jane Roe\nMinister of Foreign Affairs\n\n"
        f"{lead}\n\n{leg}\n\nMs Roe will return to New Zealand on Sunday 16 March.\n"
    )


@pytest.mark.parametrize(
    ("lead", "leg", "name", "country"),
    [
        (  # corpus wording
            "Foreign Minister Jane Roe will lead a cross-party delegation to Fiji, Tonga and Samoa from "
            "Monday 10 to Saturday 15 March.",
            "In Suva, the Foreign Minister will hold talks with Prime Minister and Minister for Foreign "
            "Affairs Tomasi Lewa and with Deputy Prime Minister and Minister for Finance Ravi Kumar.",
            "Ravi Kumar",
            "Fiji",
        ),
        (
            "Foreign Minister Jane Roe will lead a delegation to Fiji, Tonga and Samoa from Monday 10 to "
            "Saturday 15 March.",
            "In Nuku'alofa, the Foreign Minister will meet Prime Minister Dr Sione Kata.",
            "Sione Kata",
            "Tonga",
        ),
        (
            "Foreign Minister Jane Roe will visit Solomon Islands and Tuvalu from Monday 10 to Saturday 15 "
            "March.",
            "In Honiara, the Foreign Minister will meet Prime Minister Peter Mane.",
            "Peter Mane",
            "Solomon Islands",
        ),
        (
            "Foreign Minister Jane Roe will visit Malta and Italy from Monday 10 to Saturday 15 March.",
            "In Valletta, the Foreign Minister will meet Prime Minister Paul Grech.",
            "Paul Grech",
            "Malta",
        ),
        (
            "Foreign Minister Jane Roe will travel to the Marshall Islands from Monday 10 to Saturday 15 "
            "March.",
            "The final leg will take her to Majuro, where Ms Roe will meet President Hilda Kabua.",
            "Hilda Kabua",
            "Marshall Islands",
        ),
    ],
)
def test_small_capital_places_the_people_met_there(lead: str, leg: str, name: str, country: str) -> None:
    people = {p.name: p for p in extract(_release(lead, leg), today=_TODAY).people}
    assert people[name].country == country


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [
        ("In Suva, the minister will meet A.", ["Suva"]),
        ("In Funafuti, the minister will meet A.", ["Funafuti"]),
        ("In Vaduz, the minister will meet A.", ["Vaduz"]),
        # negative: a small town that is no capital, of a country no party to the text, places no one
        ("In Nadi, the minister will meet A.", []),
        ("In Sliema, the minister will meet A.", []),
    ],
)
def test_small_capital_is_a_city(sentence: str, cities: list[str]) -> None:
    assert [c.name for c, _, _ in cities_in(sentence, 0, len(sentence), frozenset())] == cities


# ---- "meet A's adviser": the possessive owner is not met; "A's state visit to X": A is not of X ----------

_WIRE = (
    "Envoy presses Yland on trade ahead of forum\n\n"
    "{city}, April 28 (Reuters) - {guest_land}'s special envoy, Lin Hao, met {host_adj} Foreign Minister "
    "Ana Prado in {city} on Monday.\n\n"
    "{host_land} has so far declined to join the plan, despite pressure during President {guest}'s state "
    "visit to {city} last November. President {host} is expected to travel to {guest_city} for the forum "
    "on May 13.\n\n"
    "On Tuesday, Lin is scheduled to meet {host_short}'s chief foreign policy adviser, Rui Costa, at the "
    "presidential palace, according to the {guest_adj} embassy.\n"
)


@pytest.mark.parametrize(
    ("fields", "host_country"),
    [
        (  # corpus wording
            {"city": "BRASILIA", "guest_land": "China", "host_adj": "Brazilian", "host_land": "Brazil",
             "guest": "Wu Tao", "host": "Paulo Sena Lima", "host_short": "Lima", "guest_city": "Beijing",
             "guest_adj": "Chinese"},
            "Brazil",
        ),
        (
            {"city": "LIMA", "guest_land": "China", "host_adj": "Peruvian", "host_land": "Peru",
             "guest": "Wu Tao", "host": "Rosa Quispe Vargas", "host_short": "Vargas", "guest_city": "Beijing",
             "guest_adj": "Chinese"},
            "Peru",
        ),
        (
            {"city": "SANTIAGO", "guest_land": "India", "host_adj": "Chilean", "host_land": "Chile",
             "guest": "Ravi Menon", "host": "Tomas Rojas", "host_short": "Rojas", "guest_city": "New Delhi",
             "guest_adj": "Indian"},
            "Chile",
        ),
        (
            {"city": "MONTEVIDEO", "guest_land": "Indonesia", "host_adj": "Uruguayan", "host_land": "Uruguay",
             "guest": "Budi Santoso", "host": "Juan Pardo", "host_short": "Pardo", "guest_city": "Jakarta",
             "guest_adj": "Indonesian"},
            "Uruguay",
        ),
    ],
)
def test_possessive_owner_is_not_met_and_visitor_not_of_visited(
    fields: dict[str, str], host_country: str
) -> None:
    people = {p.name: p for p in extract(_WIRE.format(**fields), today=_TODAY).people}
    assert people[fields["host"]].country == host_country
    assert people[fields["guest"]].country != host_country


def test_met_person_still_of_host() -> None:
    """Negative: "meet A at the palace" (no possessive): A is the host's, met there."""
    text = (
        "Envoy visits Yland\n\nLIMA, April 28 (Reuters) - China's special envoy, Lin Hao, arrived in Lima on "
        "Monday.\n\nOn Tuesday, Lin is scheduled to meet Foreign Minister Ana Prado at the palace.\n"
    )
    people = {p.name: p for p in extract(text, today=_TODAY).people}
    assert people["Ana Prado"].country == "Peru"
