"""People rules, round 18 (people8): a title in apposition before a comma name whose field runs on past
the vocabulary ("the Cabinet Secretary for X and Y Z, Hon. A") keeps the whole field as A's role."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract


def _roles(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract(text, today=date(2025, 6, 1)).people}


# ---- a title's field runs on after "and" up to the comma name -------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The Kenyan delegation included the Cabinet Secretary for Interior and National Administration, "
            "Hon. Kipchumba Murkomen; and the Principal Secretary for Foreign Affairs, Dr Korir Sing'oei.",
            "Kipchumba Murkomen",
            "Cabinet Secretary for Interior and National Administration",
        ),
        (
            "Also present was the Minister for Lands and Natural Resources, Dr Jane Doe Smith.",
            "Jane Doe Smith",
            "Minister for Lands and Natural Resources",
        ),
        (
            "The delegation included the Cabinet Secretary for Energy and Petroleum Affairs, "
            "Hon. Amos Kibet.",
            "Amos Kibet",
            "Cabinet Secretary for Energy and Petroleum Affairs",
        ),
        (
            "The talks were attended by the Minister for Fisheries and Marine Resources, Mr Tomasi Vakalolo.",
            "Tomasi Vakalolo",
            "Minister for Fisheries and Marine Resources",
        ),
    ],
)
def test_field_runs_on_to_the_comma_name(text: str, name: str, role: str) -> None:
    assert _roles(text)[name] == role


def test_a_second_title_after_and_is_no_field() -> None:
    roles = _roles("He met the Minister for Defence and Prime Minister Tom Reyes on Monday.")
    assert "Tom Reyes" in roles
    assert roles["Tom Reyes"] != "Minister for Defence and Prime Minister Tom Reyes"


# ---- a courtesy "Ambassador" or a service's capitals do not replace an apposed office -------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The Chairperson attended with the AU Commissioner for Political Affairs, Peace and Security, "
            "Ambassador Bankole Adeoye.",
            "Bankole Adeoye",
            "Commissioner for Political Affairs, Peace and Security",
        ),
        (
            "The minister was joined by the Permanent Secretary for Foreign Affairs, Ambassador Ruth Kamau, "
            "on Monday.",
            "Ruth Kamau",
            "Permanent Secretary for Foreign Affairs",
        ),
        (
            "The ceremony was attended by the Chief of the Defence Force, Admiral David Johnston AC RAN.",
            "David Johnston",
            "Chief of the Defence Force",
        ),
        (
            "He was joined by the Chief of Air Force, Air Marshal Jane Pearce RAAF, and officials.",
            "Jane Pearce",
            "Chief of Air Force",
        ),
    ],
)
def test_office_before_a_courtesy_title_or_service(text: str, name: str, role: str) -> None:
    assert _roles(text)[name] == role


def test_an_ambassador_alone_keeps_the_title() -> None:
    roles = _roles("The talks were led by Ambassador Ruth Kamau in Nairobi.")
    assert roles["Ruth Kamau"] == "Ambassador"


# ---- "The Xish delegation will include the <title>, A": A is of the delegation's country ---------------


def _countries(text: str) -> dict[str, str | None]:
    return {p.name: p.country for p in extract(text, today=date(2025, 6, 1)).people}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "The U.S. delegation will include the Special Envoy for Latin America, Mauricio Claver-Carone. "
            "Panama's Ambassador to the United States, José Miguel Alemán Healy, travelled from Washington.",
            "Mauricio Claver-Carone",
            "United States",
        ),
        (
            "Kenya will host the talks on Monday. The Japanese delegation will include the Special Adviser "
            "for Africa, Kenji Morita.",
            "Kenji Morita",
            "Japan",
        ),
        (
            "Turkey will host the talks. The French delegation included the Director for Strategic "
            "Affairs, Claire Dubois.",
            "Claire Dubois",
            "France",
        ),
        (
            "Kenya hosts the forum. The German team comprises the Commissioner for Development, "
            "Lena Hartmann.",
            "Lena Hartmann",
            "Germany",
        ),
    ],
)
def test_delegation_includes_a_titled_member(text: str, name: str, country: str) -> None:
    assert _countries(text)[name] == country


def test_received_by_the_host_is_no_delegation_member() -> None:
    text = (
        "The Japanese delegation will be received at the palace by the President of the Republic, "
        "Mr Antoine Lefort, on 11 December."
    )
    assert _countries(text)["Antoine Lefort"] != "Japan"
