"""Affiliation rules, round 20 (nonstate): an organisation named inside a national official's desk or
portfolio ("Director General of the ASEAN Department", "Minister for European Union Relations") is no
affiliation; a list of commands closing with a state's own forces ("Commander of United Nations Command,
..., and U.S. Forces Korea") is that state's; the officer of a think tank, university or security forum
takes no host's or issuer's country, only the one the text ties the workplace to, a city opening the
body's name counting when the text names that city on its own too ("the Xcity Security Forum ... Xcity")."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.extract.org_people import org_in_role
from briefings.extract.roles import service_state

_TODAY = date(2025, 6, 1)


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "HANOI - Prime Minister Nguyen Van Binh will attend the ASEAN Summit in Kuala Lumpur next week, "
            "the Vietnamese government said on Monday.\n\n"
            "Director General of the ASEAN Department Le Thi Mai said Viet Nam would put forward proposals "
            "on regional connectivity.\n",
            "Le Thi Mai",
            "ASEAN",
        ),
        (
            "Press release\n\nJakarta, 3 June 2025\n\n"
            "Foreign Minister Budi Santoso will attend the ASEAN Foreign Ministers' Meeting in Vientiane. "
            "He will be accompanied by Director-General for ASEAN Cooperation Rina Kusuma.\n",
            "Rina Kusuma",
            "ASEAN",
        ),
        (
            "Prime Minister Edward Lang will host the UK-EU summit in London on Monday.\n\n"
            "The talks will be prepared by Oliver Barnes, Minister for the Cabinet Office and Minister for "
            "European Union Relations.\n",
            "Oliver Barnes",
            "European Union",
        ),
    ],
)
def test_an_organisation_in_a_national_desk_is_no_affiliation(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] != country


@pytest.mark.parametrize(
    "role",
    [
        "Director General of the ASEAN Department",
        "Director-General for ASEAN Cooperation",
        "Minister for Foreign Affairs, European Union and Cooperation",
        "Minister for European Union Relations",
        "senior fellow at the European Council on Foreign Relations",
    ],
)
def test_org_in_role_skips_desks_portfolios_and_fellows(role: str) -> None:
    assert org_in_role(role) is None


@pytest.mark.parametrize(
    "role, org",
    [
        ("spokesman for the UN Secretary-General", "United Nations"),
        ("Under-Secretary-General of the UN Department of Peace Operations", "United Nations"),
        ("Director of the ASEAN Secretariat's Political-Security Directorate", "ASEAN"),
    ],
)
def test_an_organisations_own_office_keeps_it(role: str, org: str) -> None:
    assert org_in_role(role) == org


@pytest.mark.parametrize(
    "role, state",
    [
        (
            "Commander of United Nations Command, Combined Forces Command, and U.S. Forces Korea",
            "United States",
        ),
        ("Commander of Allied Joint Force Command, and U.S. Forces Europe", "United States"),
        (
            "Commander of the Combined Task Group, Japan Maritime Self-Defense Force, and Japan Air Command",
            "Japan",
        ),
    ],
)
def test_a_state_forces_item_in_a_command_list(role: str, state: str) -> None:
    assert service_state(role) == state


def test_an_organisations_command_alone_is_no_state() -> None:
    assert service_state("Commander of United Nations Command") is None


def test_a_command_list_gives_the_state_in_a_text() -> None:
    text = (
        "SEOUL - A U.S. congressional delegation arrived in Seoul on Monday for talks on the alliance.\n\n"
        "The delegation will be briefed by Gen. Marcus Webb, Commander of United Nations Command, Combined "
        "Forces Command, and U.S. Forces Korea.\n"
    )
    assert _people(text)["Marcus Webb"][1] == "United States"


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "SINGAPORE - Defence ministers from 40 countries will gather in Singapore this week.\n\n"
            '"The region has never needed this conversation more," said Dr Alan Pryce, Director-General and '
            "Chief Executive of the IISS.\n",
            "Alan Pryce",
            None,
        ),
        (
            "TOKYO - The two leaders will meet in Tokyo on Friday.\n\n"
            "Maria Stein, director of the Asia programme at the Carter Center in Atlanta, said the talks "
            "would be difficult.\n",
            "Maria Stein",
            "United States",
        ),
        (
            "WASHINGTON - Ministers from 60 democracies will meet in Halifax from Friday.\n\n"
            '"This is where allies plan together," said Paul Ricard, President of Halifax International '
            "Security Forum.\n\nHalifax has hosted the meeting since 2009.\n",
            "Paul Ricard",
            "Canada",
        ),
        (
            "BERLIN - The conference opens in Munich on Friday.\n\n"
            '"Governments are pessimistic," said Dr. Anna Kessler, Head of Research at the Munich Security '
            "Conference.\n",
            "Anna Kessler",
            "Germany",
        ),
        (
            "BEIJING - The summit will be held in Beijing on Thursday.\n\n"
            '"Both sides want stability," said Li Ming, a researcher at the China Institutes of Contemporary '
            "International Relations.\n",
            "Li Ming",
            "China",
        ),
    ],
)
def test_a_think_tank_officer_takes_only_the_workplace_cue(text: str, name: str, country: str | None) -> None:
    assert _people(text)[name][1] == country


def test_a_city_named_only_inside_the_body_is_no_cue() -> None:
    text = (
        "SEOUL - The two foreign ministers will meet in Seoul on Friday.\n\n"
        '"Expectations are low," said Kim Ji-ho, research fellow at the Sejong Institute.\n'
    )
    assert _people(text)["Kim Ji-ho"][1] is None


def test_a_venue_after_an_officials_name_is_no_workplace() -> None:
    text = (
        "NEW DELHI - Prime Minister Arjun Mehta will hold talks with his Australian counterpart on Monday, "
        "the Ministry of External Affairs said.\n\n"
        "A special briefing will be held by Foreign Secretary Rohan Iyer at the National Media Centre on "
        "Monday evening.\n"
    )
    assert _people(text)["Rohan Iyer"][1] == "India"
