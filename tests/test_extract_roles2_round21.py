"""Roles, round 21 (second pass): a body named inside a title that runs on to a comma name or to its bracketed
initials and a name ("The President of the Xish Bundestag, Dr A", "Chairman of the X Agency (XA) A"); an
apposed body's lower-case words ("chair of the lower house Committee on X") and "to the X"; a workplace a
state's initials open ("at U.S. X Command"); "the Xish exercise director"; an office after "A of Xland,";
an ordinal grade of a rank and a rank before its service's initials; "Minister of X and the Y Service"."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from tests.extract_helpers import person

_TODAY = date(2025, 6, 1)


def _who(text: str, name: str) -> tuple[str | None, str | None]:
    p = person(extract(text, today=_TODAY), name)
    return p.role, p.country


@pytest.mark.parametrize(
    "text, name, role, country",
    [
        (
            "The Speaker of the Latvian Saeima, Dr Helga Marksteiner, will travel to Prague on 3 June.",
            "Helga Marksteiner",
            "Speaker of the Latvian Saeima",
            "Latvia",
        ),
        (
            "The Head of the Canadian Space Operations Centre, Ms Lorna Whitcombe, will brief the visitors.",
            "Lorna Whitcombe",
            "Head of the Canadian Space Operations Centre",
            "Canada",
        ),
        (
            "The Chair of the Working Group on Fisheries Subsidies, Ambassador Tomas Kreuzberg (Sweden), "
            "reported on the talks.",
            "Tomas Kreuzberg",
            "Chair of the Working Group on Fisheries Subsidies",
            "Sweden",
        ),
        (
            "Director of the Maritime Coordination Bureau (MCB) Arif Santoso said here on Monday that the "
            "forum would open on Friday.",
            "Arif Santoso",
            "Director of the Maritime Coordination Bureau",
            None,
        ),
        (
            "The minister will meet the Chief of Staff of the Japan Air Self-Defense Force, Air Marshal "
            "Kenta Sumiyoshi, on Tuesday.",
            "Kenta Sumiyoshi",
            "Chief of Staff of the Japan Air Self-Defense Force",
            "Japan",
        ),
        (
            "The chairman of the Dutch Business Council Abroad in Chile, Dr. Pieter van Dalen, called the "
            "talks overdue.",
            "Pieter van Dalen",
            "chairman of the Dutch Business Council Abroad in Chile",
            "Netherlands",
        ),
    ],
)
def test_body_runs_on_to_the_comma_name(text: str, name: str, role: str, country: str | None) -> None:
    got_role, got_country = _who(text, name)
    assert got_role == role
    if country:
        assert got_country == country


def test_a_person_after_the_portfolio_is_no_body() -> None:
    text = "Minister of Defence Laura Penhaligon, Dr Osric Vane and three officials attended the talks."
    assert _who(text, "Laura Penhaligon")[0] == "Minister of Defence"


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "He will be joined by Mariko Tsubaki, chair of the upper house Committee on Foreign Affairs, "
            "and two aides.",
            "Mariko Tsubaki",
            "chair of the upper house Committee on Foreign Affairs",
        ),
        (
            "Kim will be accompanied by Rep. Han Ji-soo, head of the Korea-Chile parliamentary friendship "
            "group.",
            "Han Ji-soo",
            "head of the Korea-Chile parliamentary friendship group",
        ),
        (
            "She will be joined by Ambassador Clara Benedetti, U.S. Permanent Representative to the "
            "Conference on Disarmament.",
            "Clara Benedetti",
            "Permanent Representative to the Conference on Disarmament",
        ),
    ],
)
def test_apposed_body_with_lower_case_words(text: str, name: str, role: str) -> None:
    assert _who(text, name)[0] == role


def test_lower_case_words_need_a_body_noun() -> None:
    text = "Director Tendai Moyo, head of the Harare trade talks, said on Monday the deal was close."
    assert _who(text, "Tendai Moyo")[0] == "Director"


def test_workplace_opened_by_a_states_initials() -> None:
    text = (
        "Col. Peter Lindqvist, director of plans and policy at U.S. Cyber Command, is also expected to brief "
        "the delegations."
    )
    role, country = _who(text, "Peter Lindqvist")
    assert role is not None and role.startswith("director of plans and policy")
    assert not role.endswith(" U")
    assert country == "United States"


@pytest.mark.parametrize(
    "text, name, role, country",
    [
        ("Brig. Gen. Tomas Reyes, the Philippine exercise director, said the drills would start.",
         "Tomas Reyes", "exercise director", "Philippines"),
        ("Col. Anna Lindgren, the Swedish contingent commander, said the unit was ready.", "Anna Lindgren",
         "contingent commander", "Sweden"),
    ],
)  # fmt: skip
def test_state_task_title(text: str, name: str, role: str, country: str) -> None:
    assert _who(text, name) == (role, country)


def test_state_task_title_needs_a_head() -> None:
    text = "Col. Anna Lindgren, the Swedish exercise area, said the unit was ready."
    assert _who(text, "Anna Lindgren")[0] != "exercise area"


def test_office_after_the_home_country_beats_ambassador() -> None:
    text = (
        "The session will be chaired by H.E. Ambassador Nadia Ferreira of Brazil, Chairperson of the Board."
    )
    assert _who(text, "Nadia Ferreira") == ("Chairperson of the Board", "Brazil")


def test_ambassador_of_a_country_without_an_office_stays() -> None:
    text = "The session will be chaired by Ambassador Nadia Ferreira of Brazil, who took over in May."
    assert _who(text, "Nadia Ferreira")[0] == "Ambassador"


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("Armed Forces spokesman Second Brigadier General Davood Rahimi told reporters on Friday.",
         "Davood Rahimi", "Armed Forces spokesman"),
        ("Navy Commander Admiral TNI Joko Susanto will host the meeting.", "Joko Susanto", "Navy Commander"),
        (
            "The delegation will be led by Minister of Foreign Affairs and the Public Service, the Hon. "
            "Ellis Rahming, and Minister of Tourism, the Hon. Carla Ferguson.",
            "Ellis Rahming",
            "Minister of Foreign Affairs and the Public Service",
        ),
    ],
)  # fmt: skip
def test_rank_grades_and_joined_portfolios(text: str, name: str, role: str) -> None:
    assert _who(text, name)[0] == role
