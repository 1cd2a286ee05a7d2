"""Role rules, round 17 (roles): a title in apposition after a name keeps its title when the workplace after
"at"/"with" is described in lower case around its name ("a security analyst at the think tank X", "at the
Big Xcity-based think tank X", "at the X Y think tank"): the workplace is the affiliation, the title is what
comes before it."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from tests.extract_helpers import person

TODAY = date(2031, 6, 2)


def _role(text: str, name: str) -> str | None:
    """The role extracted for the named person (fails when the person is not found)."""
    return person(extract(text, today=TODAY), name).role


# ---- a workplace described in lower case after the title -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            '"Neither side can afford to walk away," said Ingrid Solbakken, a defence analyst at the think '
            "tank Nordvakt.",
            "Ingrid Solbakken",
            "defence analyst",
        ),
        (
            '"It will be hard," said Tomasz Wierzba, a senior researcher with the research institute Baltic '
            "Risk Forum.",
            "Tomasz Wierzba",
            "senior researcher",
        ),
        (
            '"The summit is a test," said Hamid Rostami, a political analyst at the Port Louis-based think '
            "tank Ocean Horizons.",
            "Hamid Rostami",
            "political analyst",
        ),
        (
            '"Expect little," said Lerato Dube, a senior fellow at the Kalahari Policy think tank.',
            "Lerato Dube",
            "senior fellow",
        ),
    ],
)
def test_described_workplace_keeps_the_title(text: str, name: str, role: str) -> None:
    assert _role(text, name) == role


def test_lower_case_body_after_of_stays_in_the_title() -> None:
    text = (
        "He will be joined by Akemi Hoshino, chair of the upper house Committee on Fisheries, and two "
        "officials."
    )
    assert _role(text, "Akemi Hoshino") == "chair of the upper house Committee on Fisheries"


# ---- a portfolio list with words the vocabulary lacks ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Talks were held with the Minister of Natural Resources, Oil and Gas, Mr Tiago Mabunda, on "
            "Tuesday.",
            "Tiago Mabunda",
            "Minister of Natural Resources, Oil and Gas",
        ),
        (
            "The mission was received by Hon. Grace Chanda, Commissioner for Agriculture, Rural Development "
            "and Minerals.",
            "Grace Chanda",
            "Commissioner for Agriculture, Rural Development and Minerals",
        ),
        (
            "She will also see the Minister of Coastal Resources, Salt and Sponges, Ms Amina Djarma, in "
            "Port Nolloth.",
            "Amina Djarma",
            "Minister of Coastal Resources, Salt and Sponges",
        ),
    ],
)
def test_a_portfolio_list_closes_on_a_lone_word(text: str, name: str, role: str) -> None:
    assert _role(text, name) == role


def test_names_after_a_title_are_no_portfolio_list() -> None:
    text = "She will call on the Minister of Planning, Tiago Mabunda and Ana Costa."
    assert _role(text, "Tiago Mabunda") == "Minister of Planning"


# ---- a title's field in lower case before a comma name ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "He met the special envoy for the Mindanao talks, Rosario Villaflor, on Friday.",
            "Rosario Villaflor",
            "special envoy for the Mindanao talks",
        ),
        (
            "The AU's special representative for the Nile water negotiations, Kofi Adjei-Mensah, will also "
            "attend.",
            "Kofi Adjei-Mensah",
            "special representative for the Nile water negotiations",
        ),
        (
            "Also present was the Special Envoy for the Korat-Savan dialogue, Somchai Rattanakorn, a veteran "
            "diplomat.",
            "Somchai Rattanakorn",
            "Special Envoy for the Korat-Savan dialogue",
        ),
    ],
)
def test_a_field_in_lower_case_closes_the_title_before_the_name(text: str, name: str, role: str) -> None:
    assert _role(text, name) == role


def test_a_verb_after_the_title_is_no_field() -> None:
    text = "The special envoy for the talks said on Friday, Rosario Villaflor agreed."
    assert _role(text, "Rosario Villaflor") is None


# ---- a title, the office it is held at, then a comma name ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        (
            "The Deputy Head of Mission at the Fijian High Commission in Wellington, Ms Litia Vunivalu, will "
            "attend.",
            "Litia Vunivalu",
            "Deputy Head of Mission",
            "Fiji",
        ),
        (
            "The Defence Adviser at the Malawian Embassy, Mr Chisomo Banda, confirmed the dates.",
            "Chisomo Banda",
            "Defence Adviser",
            "Malawi",
        ),
        (
            "The Minister-Counsellor at the Estonian Embassy in Lisbon, Mr Karl Tamm, said the visit was "
            "confirmed.",
            "Karl Tamm",
            "Minister-Counsellor",
            "Estonia",
        ),
    ],
)
def test_a_title_held_at_an_office_before_a_comma_name(text: str, name: str, role: str, country: str) -> None:
    b = extract(text, today=TODAY)
    p = next(p for p in b.people if p.name == name)
    assert (p.role, p.country) == (role, country)


def test_a_venue_after_a_title_is_no_office() -> None:
    text = "A reception for the Ambassador at the Harbour Hotel in Apia, Tavita Mauga said, drew a crowd."
    assert _role(text, "Tavita Mauga") is None


# ---- a legislator's title before the name ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Opposition lawmaker Ayaka Morishita, a former trade minister, said the deal was rushed.",
            "Ayaka Morishita",
            "Opposition lawmaker",
        ),
        (
            '"We were not consulted," said legislator Tomasi Kaufana, who chairs the budget committee.',
            "Tomasi Kaufana",
            "legislator",
        ),
        ("Veteran parliamentarian Ruth Amoako will lead the observers.", "Ruth Amoako", "parliamentarian"),
    ],
)
def test_a_legislator_is_titled(text: str, name: str, role: str) -> None:
    assert _role(text, name) == role


def test_lawmakers_leading_a_delegation_give_no_title() -> None:
    text = "A delegation of Fijian lawmakers led by Ruth Amoako will visit Suva."
    assert _role(text, "Ruth Amoako") is None


# ---- a portfolio list closed by "and the X", its first item outside the vocabulary ----------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "On Monday she will meet Assistant Secretary for Rural Prosperity, Water, and the Environment "
            "Marcus Bell in Denver.",
            "Marcus Bell",
            "Assistant Secretary for Rural Prosperity, Water, and the Environment",
        ),
        (
            "The talks were opened by Secretary for Urban Renewal, Housing and the Environment Douglas Fenn.",
            "Douglas Fenn",
            "Secretary for Urban Renewal, Housing and the Environment",
        ),
        (
            "She will call on Deputy Minister for Science, Innovation, and the Arts Pavel Novak.",
            "Pavel Novak",
            "Deputy Minister for Science, Innovation, and the Arts",
        ),
    ],
)
def test_a_portfolio_list_closed_by_and_the(text: str, name: str, role: str) -> None:
    assert _role(text, name) == role


def test_a_plural_closing_a_portfolio_item_stays() -> None:
    text = "He met the Minister for Employment, Skills and Quality Jobs, Ms Ana Costa."
    assert _role(text, "Ana Costa") == "Minister for Employment, Skills and Quality Jobs"
