"""Trade-diplomacy rules, round 20 (trade): portfolio words that are no names ("Trade Negotiations Unit",
"Ministers Responsible for Trade"); a state's possessive before its own body shown as "the"; economists as
people outside government; a workplace described in lower case after "X-based"; the country a traveller
departs from is their own; a lower-case bracketed aside closes an apposition; "Round" and a wire's
"Newsroom" are no names, and a release's closing "A B/ C D" line names its officers; a workplace after a
title naming a division ("Head of the X Division at Yland's Z"); a ministry's capitalised name after a
state's possessive; "co-chaired by A, together with B": B is no companion of A; a grade before a state's
word ("Deputy U.S. Trade Representative"); a list of portfolios before the head ("Economy, Trade and
Industry Minister")."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2026, 3, 1)


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "The Kenyan side will be led by Amina Otieno, Director-General of Kenya's Department of Trade "
            "Negotiations.\n",
            "Amina Otieno",
            "Director-General of the Department of Trade Negotiations",
        ),
        (
            "The Peruvian delegation will include the Head of the Trade Negotiations Unit, Carlos Rivas "
            "Paredes, and officials of the central bank.\n",
            "Carlos Rivas Paredes",
            "Head of the Trade Negotiations Unit",
        ),
        (
            "The minister will attend the Pacific Ministers Responsible for Trade Meeting in Suva with "
            "Minister Jane Holloway.\n",
            "Jane Holloway",
            "Minister",
        ),
    ],
)
def test_portfolio_words_are_no_names(text: str, name: str, role: str) -> None:
    people = _people(text)
    assert set(people) == {name}
    assert people[name][0] == role


@pytest.mark.parametrize(
    "text, name, role, country",
    [
        (
            "The German delegation includes Lena Vogt, spokesperson for Germany's Ministry of Economic "
            "Affairs.\n",
            "Lena Vogt",
            "spokesperson for the Ministry of Economic Affairs",
            "Germany",
        ),
        (
            '"A deal is close," said Marta Silva, an economist at the Lisbon-based research institute '
            "Proeconomia.\n",
            "Marta Silva",
            "economist",
            "Portugal",
        ),
        (
            "The talks matter, said Ivo Petrov, a trade economist at Sofia University in Sofia.\n",
            "Ivo Petrov",
            "trade economist at Sofia University",
            "Bulgaria",
        ),
        (
            "The delegation will be led by Ana Ruiz, Head of the Markets Division at Chile's "
            "Undersecretariat for Trade.\n",
            "Ana Ruiz",
            "Head of the Markets Division",
            "Chile",
        ),
        (
            "The other side will be led by Nguyen Van Binh, Deputy Director General at Viet Nam's Ministry "
            "of Industry and Trade, who chairs the committee.\n",
            "Nguyen Van Binh",
            "Deputy Director General",
            "Vietnam",
        ),
    ],
)
def test_titles_and_workplaces(text: str, name: str, role: str, country: str) -> None:
    assert _people(text)[name] == (role, country)


def test_possessive_of_another_state_stays() -> None:
    people = _people("The German team includes Lena Vogt, spokesperson for France's Ministry of Trade.\n")
    assert people["Lena Vogt"] == ("spokesperson for France's Ministry of Trade", "Germany")


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "She will also meet Mr. PARK Ji-won, Minister for Trade of the Republic of Korea (schedule "
            "permitting).\n",
            "Park Ji-won",
            "Minister for Trade",
        ),
        (
            "He will meet Ms. Ana Lopes, Minister of Economy of Portugal (to be confirmed), in Lisbon.\n",
            "Ana Lopes",
            "Minister of Economy",
        ),
        (
            "Talks are planned with Mr. Omar Haddad, Minister of Industry of Jordan (tentative).\n",
            "Omar Haddad",
            "Minister of Industry",
        ),
    ],
)
def test_lower_case_aside_closes_apposition(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Minister to visit Vietnam\n\nTrade Minister Anders Holm will visit Hanoi. "
            "Minister Holm will depart Norway on Friday and return on Monday.\n\n"
            "Director Kari Berg will accompany the Minister.\n",
            "Anders Holm",
            "Norway",
        ),
        (
            "Minister to visit Chile\n\nMinister of Commerce Lucas Moreau will visit Santiago next week. "
            "Minister Moreau departs France on Sunday.\n",
            "Lucas Moreau",
            "France",
        ),
        (
            "Minister to attend Jakarta meeting\n\nMinister for Trade Ella Stone will attend the meeting in "
            "Jakarta. Minister Stone leaves Canada on 3 May.\n",
            "Ella Stone",
            "Canada",
        ),
    ],
)
def test_traveller_departs_own_country(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_leaving_the_host_city_is_no_home() -> None:
    people = _people(
        "Minister to visit Vietnam\n\nTrade Minister Anders Holm of Norway will visit Hanoi, where he will "
        "meet Minister of Industry Tran Van Nam. Minister Tran leaves Hanoi on Friday for Tokyo.\n"
    )
    assert people["Tran Van Nam"][1] == "Vietnam"


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Bilateral trade stood at USD 3 billion.\n\n***\n\nRavi Menon/ Sunita Rao\n",
            {"Ravi Menon", "Sunita Rao"},
        ),
        (
            "The talks end on Friday.\n\nAnil Kumar/ Priya Shah/ Neha Joshi\n",
            {"Anil Kumar", "Priya Shah", "Neha Joshi"},
        ),
        ("The talks end on Friday.\n\nMeera Nair / Arjun Das\n", {"Meera Nair", "Arjun Das"}),
    ],
)
def test_release_closing_names(text: str, names: set[str]) -> None:
    assert names <= set(_people(text))


def test_initials_sign_off_is_no_name() -> None:
    assert _people("The talks end on Friday.\n\nPTI KR/ MN\n") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Fourth Round of Peru–Korea trade negotiations to be held in Lima from 3rd to 7th May\n",
        "Second Round of the India–Oman CEPA negotiations held in Muscat\n",
        "Third Round of Japan–Kenya investment talks to be held in Nairobi on 4th June\n",
        "The talks will end on Friday. (Reporting by Ann Cole; Additional reporting by Seoul Newsroom)\n",
        "The talks will end on Friday. (Reporting by Ann Cole and Bangkok Newsroom; Editing by Ed Park)\n",
        "The talks will end on Friday. (Reporting by Ann Cole; Additional reporting by Lima Newsroom; "
        "Editing by Tom Hale)\n",
    ],
)
def test_round_and_newsroom_are_no_names(text: str) -> None:
    assert not {n for n in _people(text) if "Round" in n or "Newsroom" in n}


def test_credit_line_keeps_its_reporters() -> None:
    people = _people(
        "The talks will end on Friday. (Reporting by Ann Cole and Bangkok Newsroom; Editing by Ed Park)\n"
    )
    assert {"Ann Cole", "Ed Park"} <= set(people)


@pytest.mark.parametrize(
    "text, name, host",
    [
        (
            "Minister to attend Manila meeting\n\nMinister for Trade Alan Grey will attend the meeting in "
            "Manila. The meeting will be co-chaired by the Philippine Secretary of Trade, Rosa Cruz, "
            "together with Minister Grey and New Zealand's Minister for Trade, Tom Ward.\n\n"
            "Minister Grey will travel to the Philippines to strengthen Australia's ties with the region.\n",
            "Alan Grey",
            "Philippines",
        ),
        (
            "Minister to visit Hanoi\n\nMinister for Industry Ben Cole will travel to Vietnam on Monday. The "
            "talks will be co-chaired by Vietnam's Minister of Trade, Tran Van Nam, together with Minister "
            "Cole.\n",
            "Ben Cole",
            "Vietnam",
        ),
        (
            "Minister to visit Accra\n\nMinister of Trade Paul Kerr will travel to Ghana on Monday. The "
            "forum will be co-chaired by Ghana's Minister of Trade, Kofi Mensah, together with Minister "
            "Kerr.\n",
            "Paul Kerr",
            "Ghana",
        ),
    ],
)
def test_co_chair_together_with_is_no_companion(text: str, name: str, host: str) -> None:
    assert _people(text)[name][1] != host


def test_accompanied_together_with_stays_companion() -> None:
    people = _people(
        "Minister to visit Accra\n\nMinister of Trade Paul Kerr of Canada will travel to Ghana on Monday, "
        "together with Deputy Minister Ann Low.\n"
    )
    assert people["Ann Low"][1] == "Canada"


@pytest.mark.parametrize(
    "text, name, role, country",
    [
        (
            "She will be joined by Deputy U.S. Trade Representative Mark Oyelowo, who leads the talks.\n",
            "Mark Oyelowo",
            "Deputy Trade Representative",
            "United States",
        ),
        (
            "Assistant U.S. Trade Representative for Japan Dan Ferris will attend.\n",
            "Dan Ferris",
            "Assistant Trade Representative for Japan",
            "United States",
        ),
        (
            "Deputy Chinese Foreign Minister Sun Wei will attend the talks.\n",
            "Sun Wei",
            "Deputy Foreign Minister",
            "China",
        ),
        (
            "Business and Trade Secretary Daniel Ashby will travel to Riyadh.\n",
            "Daniel Ashby",
            "Business and Trade Secretary",
            None,
        ),
        (
            "The committee brings together Economy, Trade and Industry Minister Ryo Kasai and others.\n",
            "Ryo Kasai",
            "Economy, Trade and Industry Minister",
            None,
        ),
        (
            "Culture, Media and Sport Secretary Lisa Marr will travel to Paris.\n",
            "Lisa Marr",
            "Culture, Media and Sport Secretary",
            None,
        ),
    ],
)
def test_grades_and_portfolio_lists_before_heads(
    text: str, name: str, role: str, country: str | None
) -> None:
    got = _people(text)[name]
    assert got[0] == role
    if country:
        assert got[1] == country


def test_plain_deputy_without_country_unchanged() -> None:
    assert _people("Deputy Trade Representative Mark Oyelowo will attend.\n")["Mark Oyelowo"][0] == (
        "Deputy Trade Representative"
    )
