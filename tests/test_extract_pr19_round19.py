"""Person role rules, round 19 (pr19): a portfolio list before the head whose second item is a plain word
qualifying a portfolio noun ("Culture and Creative Industries Minister A"); a "Xcity-based" place opening
an apposed description ("A, a Ycity-based analyst"); a copular description of a name ("A is a professor
of X at Y"); and a journalist's or columnist's credit before a name ("Xish journalist A")."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from tests.extract_helpers import person

_TODAY = date(2026, 5, 4)


def _role(text: str, name: str) -> str | None:
    return person(extract(text, today=_TODAY), name).role


# ---- "Foreign and Diaspora Affairs Cabinet Secretary A": a qualified portfolio before the head ----------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Culture and Creative Industries Minister Ana Lopes will travel to Porto on Tuesday.",
            "Ana Lopes",
            "Culture and Creative Industries Minister",
        ),
        (
            "The delegation is led by Energy and Mineral Resources Minister Tomas Varga, officials said.",
            "Tomas Varga",
            "Energy and Mineral Resources Minister",
        ),
        (
            "Foreign and Diaspora Affairs Cabinet Secretary Lena Okoth met the envoys in Kisumu on Friday.",
            "Lena Okoth",
            "Foreign and Diaspora Affairs Cabinet Secretary",
        ),
    ],
)
def test_qualified_portfolio_before_head(text: str, name: str, role: str) -> None:
    assert _role(text, name) == role


def test_plain_and_before_a_name_is_no_portfolio() -> None:
    b = extract("Defence Minister Ravi Anand and Helen Strand Group chair Paul Moss met on Monday.", today=_TODAY)
    assert person(b, "Ravi Anand").role == "Defence Minister"
    assert all("and Helen" not in (p.role or "") for p in b.people)


# ---- "A, a Xcity-based analyst": the place opens the description, no part of the title ---------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            '"The money is not there," said Oren Baskin, a Lisbon-based analyst who follows the talks.',
            "Oren Baskin",
            "analyst",
        ),
        (
            '"It will be hard," said Mira Tosh, a New Delhi-based researcher, on Sunday.',
            "Mira Tosh",
            "researcher",
        ),
        (
            '"Tariffs dominate," said Ivo Krans, a Geneva-based trade economist.',
            "Ivo Krans",
            "trade economist",
        ),
    ],
)
def test_based_description(text: str, name: str, role: str) -> None:
    assert _role(text, name) == role


def test_based_without_a_title_gives_none() -> None:
    b = extract('"It will be hard," said Mira Tosh, a Lisbon-based mother of three, on Sunday.', today=_TODAY)
    assert all(p.role is None for p in b.people if p.name == "Mira Tosh")


# ---- "A is a professor of X at Y": a copular description --------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "By Dara Quill\n\nTalks open on Monday.\n\nDara Quill is a professor of political science at "
            "the University of Utrecht.",
            "Dara Quill",
            "professor of political science",
        ),
        (
            "By Kemal Arin\n\nTalks open on Monday.\n\nKemal Arin is a research fellow in the Maritime "
            "Program at the Hollis Institute.",
            "Kemal Arin",
            "research fellow in the Maritime Program",
        ),
        (
            "By Selma Varo\n\nTalks open on Monday.\n\nSelma Varo is an associate professor of history at "
            "Northgate University.",
            "Selma Varo",
            "associate professor of history",
        ),
    ],
)
def test_copular_description(text: str, name: str, role: str) -> None:
    assert (_role(text, name) or "").startswith(role)


def test_copular_description_without_a_title() -> None:
    b = extract("By Dara Quill\n\nTalks open on Monday.\n\nDara Quill is a keen sailor.", today=_TODAY)
    assert person(b, "Dara Quill").role is None


# ---- "Xish journalist A": a journalist's credit before the name ----------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        (
            "The award goes to Filipino journalist Rosa Villamor, whose reporting is widely read.",
            "Rosa Villamor",
            "journalist",
            "Philippines",
        ),
        (
            "The panel includes Kenyan journalist Amos Kiprono and two diplomats.",
            "Amos Kiprono",
            "journalist",
            "Kenya",
        ),
        (
            "Reuters columnist Hal Brenner wrote that the talks would stall.",
            "Hal Brenner",
            "Reuters columnist",
            None,
        ),
    ],
)
def test_journalist_credit(text: str, name: str, role: str, country: str | None) -> None:
    p = person(extract(text, today=_TODAY), name)
    assert (p.role, p.country) == (role, country)


def test_lower_case_before_journalist_is_no_credit() -> None:
    b = extract("The award goes to veteran journalist Rosa Villamor, whose work is read.", today=_TODAY)
    assert all(p.role != "veteran journalist" for p in b.people)
