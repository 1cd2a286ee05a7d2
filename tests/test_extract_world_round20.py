"""Names, titles and places of Latin American, African and Central Asian releases, round 20 (world):
Turkic and Hassaniya patronymic links inside a name ("A Rauf oglu B", "A Ould B Ould C"); a body's initials
after "of the" before a name of three words; a lower-case title's lower-case body before a comma name
("the president of Xland's employers' confederation (XEC), A B"); "Latin America and the Caribbean" and
"Light Industry" inside a portfolio; a district between a venue and its city; a city the gazetteer spells
another way than its time zone does ("Ulaanbaatar")."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.extract.gazetteer import find_city

_TODAY = date(2025, 6, 1)


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


def _place(text: str) -> str | None:
    event = extract(text, today=_TODAY).main_event
    return event.place if event else None


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The talks will be attended by the Minister of Foreign Affairs of the Republic of Azerbaijan "
            "Kamran Ilham oglu Huseynli.",
            "Kamran Ilham oglu Huseynli",
        ),
        (
            "The press secretary, Major Leyla Tofig gizi Aliyeva, said the drills would start on Monday.",
            "Leyla Tofig gizi Aliyeva",
        ),
        (
            "The commission will be co-chaired by Prime Minister Mohamed El Moustapha Ould Ahmed Ould Salem, "
            "the agency said.",
            "Mohamed El Moustapha Ould Ahmed Ould Salem",
        ),
        (
            "Deputy Foreign Minister Bakyt Almaz uulu Temirov will lead the delegation to the talks.",
            "Bakyt Almaz uulu Temirov",
        ),
    ],
)
def test_patronymic_link_inside_a_name(text: str, name: str) -> None:
    assert name in _people(text)


def test_no_patronymic_link_at_a_name_end() -> None:
    people = _people("The delegation of Minister Kamran Huseynli oglu will arrive on Monday.")
    assert not any(n.endswith("oglu") for n in people)


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "The meeting will be attended by the Secretary General of the CIS Marat Ermekovich Tulenov.",
            "Marat Ermekovich Tulenov",
            "Secretary General of the CIS",
        ),
        (
            "Also present will be the Director General of the ECO Dilnoza Rustamovna Karimova.",
            "Dilnoza Rustamovna Karimova",
            "Director General of the ECO",
        ),
        (
            "The talks will be opened by the Chairman of the SCO Aibek Nurlanovich Sadykov on Monday.",
            "Aibek Nurlanovich Sadykov",
            "Chairman of the SCO",
        ),
    ],
)
def test_body_initials_then_a_three_word_name(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


def test_body_initials_then_a_two_word_name_unchanged() -> None:
    people = _people("The meeting will be attended by the Secretary General of the CIS Marat Tulenov.")
    assert people["Marat Tulenov"][0] == "Secretary General of the CIS"


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "A business forum will be held with the participation of the president of Peru's exporters' "
            "association (ADEX), Lucia Paredes Quispe.",
            "Lucia Paredes Quispe",
            "president",
        ),
        (
            "The dinner will be hosted by the head of the growers' federation, Tomas Ferreira Lima.",
            "Tomas Ferreira Lima",
            "head",
        ),
        (
            "Opening remarks will come from the chairman of the farmers' cooperative, Amadou Diallo Sow.",
            "Amadou Diallo Sow",
            "chairman",
        ),
    ],
)
def test_lower_case_body_before_a_comma_name(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


def test_lower_case_body_before_a_place_is_no_name() -> None:
    people = _people("The forum will be held with the president of the union, Lima and Cusco.")
    assert "Lima" not in people and "Cusco" not in people


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "The subcommission will be co-chaired by the Undersecretary for Latin America and the Caribbean, "
            "Esteban Morales Ruiz.",
            "Esteban Morales Ruiz",
            "Undersecretary for Latin America and the Caribbean",
        ),
        (
            "The Director for Asia and the Pacific, Ana Costa Neves, will brief the press.",
            "Ana Costa Neves",
            "Director for Asia and the Pacific",
        ),
        (
            "The Minister of Food, Agriculture and Light Industry Mr. Batbold Ganzorig will also attend.",
            "Batbold Ganzorig",
            "Minister of Food, Agriculture and Light Industry",
        ),
        (
            "The Minister of Mines and Heavy Industry Jane Dorjsuren will attend the forum.",
            "Jane Dorjsuren",
            "Minister of Mines and Heavy Industry",
        ),
    ],
)
def test_region_and_qualified_items_inside_a_portfolio(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


def test_and_before_a_plain_name_closes_the_portfolio() -> None:
    people = _people("The Minister of Trade and Maria Lopez will meet on Monday.")
    assert "Maria Lopez" in people
    assert "Maria" not in (people["Maria Lopez"][0] or "")


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "The 3rd Session of the Joint Commission will hold at Unity House, Central Business District, "
            "Abuja, from 20 to 22 October 2025.",
            "Abuja",
        ),
        (
            "The Joint Commission will be held at the Sheraton Hotel, Airport Road, Accra, on 3 November.",
            "Accra",
        ),
        (
            "The 12th meeting of the Intergovernmental Commission will be held in Ulaanbaatar on 10–11 July.",
            "Ulaanbaatar",
        ),
    ],
)
def test_venue_district_city_and_zone_spelling(text: str, place: str) -> None:
    assert _place(text) == place


def test_zone_spelling_never_makes_a_country_a_city() -> None:
    assert find_city("Aqtobe") is not None
    assert find_city("Guatemala") is None and find_city("Panama") is None
