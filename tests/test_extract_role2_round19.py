"""Roles, round 19 (role2): a capitalised "Ambassador"/"Director" closing a whole title straight before a
name is the holder's form of address, no part of the title ("Assistant Foreign Minister for X Affairs
Ambassador A", "MND spokesperson Director A"); a portfolio list's item may be a country word qualifying a
portfolio noun ("Minister of Foreign Affairs, Emigration and Xish Expatriates"), and "Expatriates" is a
portfolio ("Minister of Foreign Affairs and Expatriates")."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.evaluate.matching import same_role
from briefings.extract import extract
from tests.extract_helpers import person

_TODAY = date(2026, 3, 2)


def _role(text: str, name: str) -> str | None:
    return person(extract(text, today=_TODAY), name).role


# ---- an address word between a title and its holder's name ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Norland's Assistant Foreign Minister for Gulf Affairs Ambassador Karim Al-Sabah told reporters "
            "that the preparatory meetings began on Sunday.",
            "Karim Al-Sabah",
            "Assistant Foreign Minister for Gulf Affairs",
        ),
        (
            "The delegation will be led by State Minister of Foreign Affairs Ambassador Tesfaye Bekele and "
            "includes legal and technical experts.",
            "Tesfaye Bekele",
            "State Minister of Foreign Affairs",
        ),
        (
            "Briefing journalists on Thursday, Ministry Spokesperson Ambassador Alemu Girma said the talks "
            "were held in a constructive spirit.",
            "Alemu Girma",
            "Ministry Spokesperson",
        ),
        (
            "MND spokesperson Director Juan P. Reyes said on Friday that the meeting would cover coastal "
            "patrols.",
            "Juan P. Reyes",
            "spokesperson",
        ),
    ],
)
def test_address_word_is_no_part_of_the_title(text: str, name: str, role: str) -> None:
    assert same_role(role, _role(text, name))


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The Deputy Director Juan Reyes briefed the committee on the new arrangements.",
            "Juan Reyes",
            "Deputy Director",
        ),
        (
            "She later met the Special Ambassador Tom Hale to discuss the programme.",
            "Tom Hale",
            "Special Ambassador",
        ),
    ],
)
def test_an_ambassador_or_director_office_stays(text: str, name: str, role: str) -> None:
    assert same_role(role, _role(text, name))


# ---- a portfolio list with a country word inside an item --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Dr. Karim Mansour, Minister of Foreign Affairs, Emigration and Nilean Expatriates, will "
            "travel to Rome on Monday.",
            "Karim Mansour",
            "Minister of Foreign Affairs, Emigration and Nilean Expatriates",
        ),
        (
            "He will also hold a trilateral meeting with Egyptian Minister of Foreign Affairs, Emigration "
            "and Egyptian Expatriates Dr. Samir Fawzy and the host on Tuesday.",
            "Samir Fawzy",
            "Minister of Foreign Affairs, Emigration and Egyptian Expatriates",
        ),
        (
            "The minister received Omar Haddad, Deputy Prime Minister and Minister of Foreign Affairs and "
            "Expatriates of Jordan, on Monday to prepare the conference.",
            "Omar Haddad",
            "Deputy Prime Minister and Minister of Foreign Affairs and Expatriates",
        ),
    ],
)
def test_country_word_inside_a_portfolio_item(text: str, name: str, role: str) -> None:
    assert same_role(role, _role(text, name))


def test_a_country_title_after_a_list_is_no_item() -> None:
    text = (
        "The talks brought together the Minister of Trade, Industry and Tourism, Anna Berg, and the Kenyan "
        "Minister Peter Otieno on Monday."
    )
    assert same_role("Minister of Trade, Industry and Tourism", _role(text, "Anna Berg"))
