"""Roles, round 21: an apposed office whose body's name runs past the title words to the apposition's end
("A, Director of the Office of Special Missions," / "Brig. Gen. A, Commander of Xbrigade 12,"), which also
beats a rank before the name; "Clerk" of a chamber; "Commissioner General" (no rank "General"); and a
titled name completed by an agency, office or centre after it ("Director A of the U.S. X Agency")."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from tests.extract_helpers import person

_TODAY = date(2025, 6, 1)


def _role(text: str, name: str) -> str | None:
    return person(extract(text, today=_TODAY), name).role


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "Dr Mirela Vostok, Director of the Office of Field Inspections, will brief the delegations on "
            "12 May.",
            "Mirela Vostok",
            "Director of the Office of Field Inspections",
        ),
        (
            "Brigadier General Arno Feldkamp, Commander of Jaegerbrigade 37, will brief both ministers on "
            "the unit's readiness.",
            "Arno Feldkamp",
            "Commander of Jaegerbrigade 37",
        ),
        (
            "Lt. Gen. Corwin Halvorsen, Commanding General of the II Marine Expeditionary Force, will lead "
            "the ceremony.",
            "Corwin Halvorsen",
            "Commanding General of the II Marine Expeditionary Force",
        ),
        (
            "Ms Tanvi Rallis, Director of the Bureau for Tracing Lost Persons, met the families on Monday.",
            "Tanvi Rallis",
            "Director of the Bureau for Tracing Lost Persons",
        ),
    ],
)
def test_apposed_body_runs_to_the_comma(text: str, name: str, role: str) -> None:
    assert _role(text, name) == role


def test_a_name_after_the_title_is_no_body() -> None:
    text = (
        "The talks brought together Ambassador Lena Ostrom, Deputy Assistant Secretary for Cyber Policy "
        "Dr Aaron Pike, and Ambassador Kito Mura."
    )
    people = {p.name: p.role for p in extract(text, today=_TODAY).people}
    assert "Aaron Pike" in people
    assert "Aaron Pike" not in (people.get("Lena Ostrom") or "")


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "The Clerk of the Senate, Ms Harriet Quayle, will chair the clerks' sessions on 7 July.",
            "Harriet Quayle",
            "Clerk of the Senate",
        ),
        (
            "Mr. Tobias Wendt, Clerk of the National Assembly, will open the workshop.",
            "Tobias Wendt",
            "Clerk of the National Assembly",
        ),
        (
            "The hearing was opened by Deputy Clerk Anneke Vries, who read the order of business.",
            "Anneke Vries",
            "Deputy Clerk",
        ),
    ],
)
def test_clerk_is_a_title(text: str, name: str, role: str) -> None:
    assert _role(text, name) == role


@pytest.mark.parametrize(
    "text, name",
    [
        ("Commissioner General Ohm Dae-sung of the Xland Coast Guard will attend the forum.", "Ohm Dae-sung"),
        ("The forum will be opened by Commissioner General Mara Lindqvist on 3 June.", "Mara Lindqvist"),
        (
            "Delegates will hear from Commissioner General Piet Haverkamp of the border agency.",
            "Piet Haverkamp",
        ),
    ],
)
def test_commissioner_general(text: str, name: str) -> None:
    assert _role(text, name) == "Commissioner General"


def test_a_general_after_a_comma_stays_a_rank() -> None:
    text = "The forum will be opened by the Police Commissioner, General Mara Lindqvist, on 3 June."
    assert _role(text, "Mara Lindqvist") != "Commissioner General"


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "The ceremony will be attended by Director Lorna Pike of the U.S. Defense Records Recovery "
            "Agency and local officials.",
            "Lorna Pike",
            "Director of the U.S. Defense Records Recovery Agency",
        ),
        (
            "The minister met Director Henrik Saal of the Nordic Mapping Office on Tuesday.",
            "Henrik Saal",
            "Director of the Nordic Mapping Office",
        ),
        (
            "Talks were joined by Director Amaya Ruiz of the Regional Flood Warning Centre in Lima.",
            "Amaya Ruiz",
            "Director of the Regional Flood Warning Centre",
        ),
    ],
)
def test_titled_name_of_an_agency(text: str, name: str, role: str) -> None:
    assert _role(text, name) == role


def test_a_minister_of_an_office_keeps_the_government_title() -> None:
    text = "Minister Henrik Saal of the Prime Minister's Office met the delegation on Tuesday."
    assert _role(text, "Henrik Saal") == "Minister"
