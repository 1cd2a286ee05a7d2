"""Country rules, round 20 (countryempty): a think tank's officer named by the initials the text
defines for it ("XIYS Director-General A", "director-general of the XIYS", "the X Institute ... its
Director-General, A") takes no organisation's or host's country; a title naming a body by initials the
text spells out with a country word ("XCCI president" beside "the Xish Chamber of Commerce and Industry
(XCCI)") takes that country (none when it holds none); a person with no title "from the X Centre at the
University of Y" is placed by that workplace; a holder of an office "since" whom it has changed hands,
or "in June that year", is an earlier holder beside today's."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2025, 6, 1)


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Defence ministers to meet in Singapore\n\n"
            "SINGAPORE - Ministers from 30 countries will attend the Global Institute for Security Studies "
            "(GISS) Harbour Dialogue in Singapore from 30 May.\n\n"
            "GISS Director-General Dr Oliver Brandt will chair the plenary sessions.\n",
            "Oliver Brandt",
        ),
        (
            "Forum opens in Jakarta\n\n"
            "JAKARTA - The Regional Foundation for Maritime Studies (RFMS) will host its annual forum in "
            "Jakarta next week, with ministers from ten countries.\n\n"
            "RFMS President Dr Helena Voss will welcome the delegates on Monday.\n",
            "Helena Voss",
        ),
        (
            "Security forum preview\n\n"
            "Ministers from 40 countries will gather in Singapore on Friday for the annual dialogue. "
            "Organisers at the Pacific Institute for Strategic Affairs confirmed that its Director-General, "
            "Dr Marcus Lowe, will chair the plenary sessions.\n",
            "Marcus Lowe",
        ),
    ],
)
def test_a_think_tanks_officer_takes_no_country(text: str, name: str) -> None:
    assert _people(text)[name][1] is None


def test_an_intergovernmental_bodys_officer_keeps_the_body() -> None:
    text = (
        "Agency chief to visit Vienna\n\n"
        "VIENNA - The Global Energy Agency (GEA) will hold its board meeting in Vienna next week.\n\n"
        "GEA Director-General Paulo Ferraz will open the meeting.\n"
    )
    assert _people(text)["Paulo Ferraz"][1] == "GEA"


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Korean president to visit Manila\n\n"
            "President Lee will attend a business forum organised by the Philippine Chamber of Commerce and "
            "Industry (PCCI) in Manila on Thursday.\n\n"
            'PCCI chairman Rodolfo Mendiola said members were "ready to invest".\n',
            "Rodolfo Mendiola",
            "Philippines",
        ),
        (
            "Business group welcomes trade talks\n\n"
            "The Federation of German Industries (FGI) welcomes the talks between the two ministers next "
            'week.\n\n"Our members want certainty," said Karla Weiss, trade director at the FGI.\n',
            "Karla Weiss",
            "Germany",
        ),
        (
            "What to watch at the ministerial talks\n\n"
            'The two ministers meet on Monday. "Deterrence is a political commitment," said Ito Kana, '
            "Research Fellow at JIDS.\n\nThe views expressed are those of the authors, not of the "
            "Japan Institute of Defense Studies.\n",
            "Ito Kana",
            "Japan",
        ),
    ],
)
def test_initials_spelled_out_with_a_country_word_give_it(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_initials_spelled_out_with_no_country_word_give_none() -> None:
    text = (
        "Business group welcomes trade talks\n\n"
        "The Federation of Trade Unions (FTU) welcomes the talks between the two ministers next week.\n\n"
        '"Our members want certainty," said Karla Weiss, trade director at the FTU.\n'
    )
    assert _people(text)["Karla Weiss"][1] is None


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Ministers head to Washington\n\n"
            "The foreign and defence ministers will fly to Washington on Monday for the annual talks.\n\n"
            'Dr Laura Finch, from the Defence Studies Centre at the University of Sydney, said there was "a '
            'real anxiety" about the shipyards.\n',
            "Laura Finch",
            "Australia",
        ),
        (
            "Leaders to meet in Tokyo\n\n"
            "The two leaders will meet in Tokyo on Friday.\n\n"
            '"Seoul wants continuity," said Dr Min-jun Park from the Korea National Defense University\'s '
            "Security College.\n",
            "Min-jun Park",
            "South Korea",
        ),
        (
            "Talks on trade\n\n"
            "The ministers will meet in Geneva next week.\n\n"
            "Dr Elena Marchetti, from the Rome Institute of Economics, said both sides wanted a deal.\n",
            "Elena Marchetti",
            "Italy",
        ),
    ],
)
def test_a_person_from_a_research_body_is_placed_by_it(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_a_person_from_a_body_with_no_place_keeps_none() -> None:
    text = (
        "Talks on trade\n\n"
        "The ministers will meet in Geneva next week.\n\n"
        "Dr Elena Marchetti, from the Institute of Trade Economics, said both sides wanted a deal.\n"
    )
    assert _people(text)["Elena Marchetti"][1] is None


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Ministry of Foreign Affairs of Japan\n\n"
            "Visit to Canada by Prime Minister SATO Kenji\n\n"
            "Prime Minister SATO Kenji will visit Canada from June 8 to 10. This will be the first such "
            "visit to Canada by a Japanese Prime Minister since Prime Minister MORI Taro's visit in "
            "May 2016.\n",
            "Mori Taro",
            "Japan",
        ),
        (
            "Media release\n\nVisit to Indonesia\n\n"
            "Prime Minister Anthony Albanese will travel to Jakarta this week.\n\n"
            "The Prime Minister will meet President Prabowo Subianto on Thursday.\n\n"
            "Mr Albanese made Indonesia his first destination after the 2022 election, visiting Jakarta with "
            "President Budi Santoso in June that year.\n",
            "Budi Santoso",
            "Indonesia",
        ),
        (
            "Media release\n\nVisit to Indonesia\n\n"
            "Prime Minister Anthony Albanese will travel to Jakarta this week.\n\n"
            "The Prime Minister will meet President Prabowo Subianto on Thursday, the first talks in Jakarta "
            "since President Budi Santoso hosted him there.\n",
            "Budi Santoso",
            "Indonesia",
        ),
    ],
)
def test_an_earlier_holder_shares_the_office(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_a_second_holder_now_is_still_refused() -> None:
    text = (
        "Media release\n\nVisit to Indonesia\n\n"
        "Prime Minister Anthony Albanese will travel to Jakarta this week.\n\n"
        "The Prime Minister will meet President Prabowo Subianto on Thursday, and President Budi Santoso "
        "in June next year.\n"
    )
    assert _people(text).get("Budi Santoso", (None, None))[1] != "Indonesia"
