"""Role spans, round 20 (titles): a title held "at the X Office" before a name keeps the office and reads
the name after it ("Minister of State for Y at the Federal Foreign Office A"); a portfolio of protection
and citizens' words before a head is the title's ("Security and Citizen Protection Secretary A"); a
state named with "St"/"St." for "Saint" is that state ("Prime Minister of St Xland and Yland, Dr A": the
title "Prime Minister", the state its country); an agency's "Deputy for X" is a title of its own ("Deputy
for Protection, A"); a body's chair before a comma and a state's own title ("The Chair of X, Yland's
Permanent Representative, Ambassador A") gives A the state's title alone; a title in apposition after "the
current/outgoing/sitting" is the holder's ("A, the current Chairperson of X,"), the adjective no part of
it; an expert's apposition closed by a verb of opinion ("A, a X specialist at Y, expects ...") gives the
title; a headline's apposed title closed by a bracketed day ("Visit of A, Minister of X (6 March 2025)");
one capitalised word naming a body before its officer's lower-case title is the title's ("Xcorp chief
executive A", "the Xwehr spokesperson, Colonel A")."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2026, 6, 1)


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "Ministers to meet in Vienna\n\n"
            "VIENNA - The Austrian delegation will be led by Minister of State for Trade at the Federal "
            "Chancellery Office Greta Lindholm, officials said on Monday.\n",
            "Greta Lindholm",
            "Minister of State for Trade at the Federal Chancellery Office",
        ),
        (
            "Talks in Oslo\n\n"
            "OSLO - The British side will be headed by Director for Europe at the Foreign Office "
            "Peter Hallworth, the embassy said.\n",
            "Peter Hallworth",
            "Director for Europe at the Foreign Office",
        ),
        (
            "Consultations in Bern\n\n"
            "BERN - The delegation will be led by State Secretary for Security at the Federal Home Office "
            "Marta Oberholzer, the ministry said on Tuesday.\n",
            "Marta Oberholzer",
            "State Secretary for Security at the Federal Home Office",
        ),
    ],
)
def test_title_at_a_named_office(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


def test_title_at_a_ministry_unchanged() -> None:
    text = (
        "Talks in Lima\n\n"
        "LIMA - The delegation will be led by Director General of Trade at the Ministry of Economy "
        "Rosa Villanueva, officials said.\n"
    )
    assert _people(text)["Rosa Villanueva"][0] == "Director General of Trade at the Ministry of Economy"


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "Security talks in Bogotá\n\n"
            "BOGOTÁ - The Colombian side will be led by Security and Citizen Protection Secretary "
            "Andrés Palacio Mejía, the ministry said.\n",
            "Andrés Palacio Mejía",
            "Security and Citizen Protection Secretary",
        ),
        (
            "Disaster drill in Manila\n\n"
            "MANILA - Civil Protection Minister Ramon Dizon Abad will observe the drill on Friday, "
            "his office said.\n",
            "Ramon Dizon Abad",
            "Civil Protection Minister",
        ),
        (
            "Consular talks in Lisbon\n\n"
            "LISBON - Citizens and Consular Affairs Secretary Helena Moura Pires will meet the visiting "
            "delegation on Monday.\n",
            "Helena Moura Pires",
            "Citizens and Consular Affairs Secretary",
        ),
    ],
)
def test_protection_and_citizens_portfolios(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


def test_portfolio_of_plain_words_unchanged() -> None:
    text = (
        "Talks in Quito\n\n"
        "QUITO - Foreign Secretary Lucía Andrade Paz will meet the delegation, the ministry said.\n"
    )
    assert _people(text)["Lucía Andrade Paz"][0] == "Foreign Secretary"


@pytest.mark.parametrize(
    "text, name, role, country",
    [
        (
            "GEORGETOWN - The meeting will be chaired by the Prime Minister of St Kitts and Nevis, "
            "Dr. Marlon Hendry Baptiste, the Secretariat said.",
            "Marlon Hendry Baptiste",
            "Prime Minister",
            "Saint Kitts and Nevis",
        ),
        (
            "KINGSTOWN - Minister of Foreign Affairs of St. Vincent and the Grenadines Keisha "
            "Ollivierre-James will attend the talks in Caracas.",
            "Keisha Ollivierre-James",
            "Minister of Foreign Affairs",
            "Saint Vincent and the Grenadines",
        ),
        (
            "ROSEAU - St Kitts and Nevis Prime Minister Marlon Hendry Baptiste will attend the talks in "
            "Roseau.",
            "Marlon Hendry Baptiste",
            "Prime Minister",
            "Saint Kitts and Nevis",
        ),
    ],
)
def test_saint_abbreviated_in_a_state_name(text: str, name: str, role: str, country: str) -> None:
    assert _people(text)[name] == (role, country)


def test_saint_abbreviated_in_a_city_name_unchanged() -> None:
    text = "The talks will be hosted by the Mayor of St. Louis, Tishaura Jonesby, on Monday."
    assert _people(text)["Tishaura Jonesby"] == ("Mayor of St. Louis", None)


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "JAKARTA - The dialogue will be co-chaired by the agency's Deputy for Protection, Dewi Lestari "
            "Anggraini, of the national cyber agency.",
            "Dewi Lestari Anggraini",
            "Deputy for Protection",
        ),
        (
            "JAKARTA - Deputy for Maritime Security Coordination Bambang Sutrisno will lead the delegation.",
            "Bambang Sutrisno",
            "Deputy for Maritime Security Coordination",
        ),
        (
            "JAKARTA - The talks will be opened by Deputy for Economic Affairs Siti Rahmawati on Monday.",
            "Siti Rahmawati",
            "Deputy for Economic Affairs",
        ),
    ],
)
def test_deputy_for_a_portfolio(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


def test_deputy_director_for_a_region_unchanged() -> None:
    text = "SEOUL - Deputy Director for Asia Lina Park will brief reporters on Monday."
    assert _people(text)["Lina Park"][0] == "Deputy Director for Asia"


@pytest.mark.parametrize(
    "text, name, role, country",
    [
        (
            "The Chair of the Executive Board, Kenya's Permanent Representative, Ambassador Wanjiru Kamau "
            "Otieno, opened the session on Monday.",
            "Wanjiru Kamau Otieno",
            "Permanent Representative",
            "Kenya",
        ),
        (
            "The President of the Assembly, Chile's Ambassador to the United Nations, Dr Rodrigo Fuentes "
            "Lagos, will open the debate.",
            "Rodrigo Fuentes Lagos",
            "Ambassador to the United Nations",
            "Chile",
        ),
        (
            "The Chairperson of the Council, Ghana's Minister of Foreign Affairs, Ms Akosua Mensah Boateng, "
            "opened the meeting.",
            "Akosua Mensah Boateng",
            "Minister of Foreign Affairs",
            "Ghana",
        ),
    ],
)
def test_body_chair_before_a_states_title(text: str, name: str, role: str, country: str) -> None:
    assert _people(text)[name] == (role, country)


def test_two_offices_joined_by_a_comma_unchanged() -> None:
    text = "Deputy Prime Minister, Minister of Foreign Affairs Tran Van Minh will attend the talks."
    assert _people(text)["Tran Van Minh"][0] == "Deputy Prime Minister, Minister of Foreign Affairs"


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "The session will be chaired by Nomvula Dlamini, the current Chairperson of the Executive "
            "Council. Other items are on the agenda.",
            "Nomvula Dlamini",
            "Chairperson of the Executive Council",
        ),
        (
            "The talks were opened by Rafael Ortiz Vega, the outgoing President of the Andean Council, on "
            "Monday.",
            "Rafael Ortiz Vega",
            "President of the Andean Council",
        ),
        (
            "The delegation includes Maria Santos Ferreira, the sitting Speaker of the National Assembly, "
            "officials said.",
            "Maria Santos Ferreira",
            "Speaker of the National Assembly",
        ),
    ],
)
def test_current_holder_in_apposition(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


def test_former_holder_in_apposition_unchanged() -> None:
    text = (
        "The delegation includes Maria Santos Ferreira, the former Speaker of the National Assembly, "
        "officials said."
    )
    assert _people(text)["Maria Santos Ferreira"][0] == "former Speaker of the National Assembly"


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "The talks failed in July. Dr Ingrid Solberg, a chemical weapons specialist at the Nordic Peace "
            "Research Institute, expects the pattern to repeat.",
            "Ingrid Solberg",
            "chemical weapons specialist",
        ),
        (
            "The talks failed in July. Dr Marek Zielinski, a nuclear safeguards specialist at the Central "
            "European Policy Centre, thinks the talks will stall.",
            "Marek Zielinski",
            "nuclear safeguards specialist",
        ),
        (
            "The talks failed in July. Ms Helena Brandt, a sanctions policy specialist at the Hanseatic "
            "Studies Centre, doubts the deal will hold.",
            "Helena Brandt",
            "sanctions policy specialist",
        ),
    ],
)
def test_expert_aside_closed_by_a_verb_of_opinion(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


def test_expert_aside_closed_by_another_verb_unchanged() -> None:
    text = (
        "Dr Hannah Lindqvist, a chemical weapons specialist at the Nordic Peace Research Institute, "
        "arrived on Monday."
    )
    assert _people(text)["Hannah Lindqvist"][0] is None


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "Japan – Visit to Tokyo of Mr Rodrigo Vasconcelos, Minister of Foreign Affairs (6 March 2025)",
            "Rodrigo Vasconcelos",
            "Minister of Foreign Affairs",
        ),
        (
            "Kenya – Visit to Rome of Ms Amina Odhiambo, Cabinet Secretary for Defence (12-13 May 2025)",
            "Amina Odhiambo",
            "Cabinet Secretary for Defence",
        ),
        (
            "Peru – Visit to Madrid of Mr Jorge Salas Rivera, Minister of Defence (3 June)",
            "Jorge Salas Rivera",
            "Minister of Defence",
        ),
    ],
)
def test_headline_title_closed_by_a_bracketed_day(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


def test_title_closed_by_a_bracketed_state_unchanged() -> None:
    text = "Mr Jorge Salas Rivera, Minister of Defence (Peru), will visit Madrid."
    assert _people(text)["Jorge Salas Rivera"] == ("Minister of Defence", "Peru")


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "WELLINGTON - The minister will be accompanied by business leaders, including Kiwigrow chief "
            "executive Jason Morland.",
            "Jason Morland",
            "Kiwigrow chief executive",
        ),
        (
            "Defmin spokesperson Thando Mabaso said the commission would meet in Pretoria on Monday.",
            "Thando Mabaso",
            "Defmin spokesperson",
        ),
        (
            "The Luftwaffe spokesperson, Colonel Anja Reinholt, said in Berlin on Friday that the jets had "
            "arrived.",
            "Anja Reinholt",
            "Luftwaffe spokesperson",
        ),
    ],
)
def test_body_word_before_a_lower_case_title(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


def test_longer_body_before_a_lower_case_title_unchanged() -> None:
    text = (
        "Local groups welcomed the visit. Hobart Chamber of Commerce chief executive Ben Kowalski said "
        "hotels were full."
    )
    assert _people(text)["Ben Kowalski"][0] == "chief executive"
