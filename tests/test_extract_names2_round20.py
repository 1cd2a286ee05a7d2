"""Name rules, round 20 (names2): Malay and Bruneian styles of several words ("Yang Berhormat Dato Seri
Paduka Awang Haji A bin Haji B", "Pehin <conferred title> Colonel (Rtd) Dato ...") and an office's number
("Minister of Defence II"); "Yang di-Pertuan" is an office; Bhutanese "Lyonpo" is a style and "Lyonchhen"
Bhutan's prime minister's title; Samoan "Afioga"/"Susuga" are honorifics; Portuguese "do" links a name;
"the Most Hon." is a parliamentary style; a portfolio's last word ("Public Works", "Overseas Territories",
"Development Aid", a plural noun) is no name; bylines with a bar ("A B | date", "A B | Xcity"), an agency's
sign-off ("AGENCY/A B/C D") and a name line under the date line; "His Highness the Amir" is no person; a
visitor's talks with the host both named in the lead of a visit to a country are the visit itself."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2026, 1, 10)


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "Minister of Finance II Yang Berhormat Dato Seri Setia Awang Haji Halim bin Haji Osman will "
            "open the forum in Bandar Seri Begawan on January 14.",
            "Halim bin Haji Osman",
            "Minister of Finance II",
        ),
        (
            "Minister of Home Affairs II Yang Berhormat Pehin Orang Kaya Seri Lela Dato Paduka Awang Haji "
            "Kamal bin Haji Yusof will receive the delegation on January 14.",
            "Kamal bin Haji Yusof",
            "Minister of Home Affairs II",
        ),
        (
            "The delegation will call on Minister of Energy Yang Berhormat Pehin Datu Seri Mulia Brigadier "
            "General (Rtd) Dato Paduka Awang Haji Roslan bin Haji Taib on January 15.",
            "Roslan bin Haji Taib",
            "Minister of Energy",
        ),
    ],
)
def test_malay_styles_before_the_name(text: str, name: str, role: str) -> None:
    people = _people(text)
    assert name in people
    assert people[name][0] == role


def test_yang_di_pertuan_is_an_office() -> None:
    text = "The president will be received by the Sultan and Yang Di-Pertuan of Brunei at the palace today."
    assert not any(n.startswith("Yang") for n in _people(text))


def test_yang_alone_is_a_family_name() -> None:
    people = _people("Foreign Minister Yang Wenli will visit Bandar Seri Begawan on January 14.")
    assert "Yang Wenli" in people


@pytest.mark.parametrize(
    "text, name",
    [
        ("Minister of Justice Augusto do Nascimento Lopes will visit Dili.", "Augusto do Nascimento Lopes"),
        ("Talks will be led by Foreign Minister Lúcia do Carmo Ribeiro.", "Lúcia do Carmo Ribeiro"),
        ("Defence Minister Joaquim do Rego Freitas said the drill would go on.", "Joaquim do Rego Freitas"),
    ],
)
def test_portuguese_do_inside_a_name(text: str, name: str) -> None:
    assert name in _people(text)


def test_do_as_a_verb_joins_no_name() -> None:
    people = _people("Officials said ministers do Not expect a deal, Foreign Minister Jane Doe said.")
    assert not any(" do " in n for n in people)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Prime Minister Dr. the Most Hon. Everton Clarke will chair the meeting.", "Everton Clarke"),
        ("Prime Minister the Most Honourable Leonie Baptiste will open the summit.", "Leonie Baptiste"),
        ("Foreign Minister the Right Hon. Desmond Alleyne will attend the talks.", "Desmond Alleyne"),
    ],
)
def test_most_honourable_is_a_style(text: str, name: str) -> None:
    people = _people(text)
    assert name in people
    assert "Most" not in people and "Right" not in people


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "The minister will be joined by Minister of Public Works, Hon. Darnell Hinds, and officials.",
            "Darnell Hinds",
            "Minister of Public Works",
        ),
        (
            "Delegations will be led by France's Minister Delegate for Overseas Territories, Paul Mercier.",
            "Paul Mercier",
            "Minister Delegate for Overseas Territories",
        ),
        (
            "The Minister for Trade and Development Aid, Anke de Groot, visited Doha in November.",
            "Anke de Groot",
            "Minister for Trade and Development Aid",
        ),
        (
            "He will be joined by Minister of Public Utilities, Hon. Carla Benn, and officials.",
            "Carla Benn",
            "Minister of Public Utilities",
        ),
    ],
)
def test_portfolio_last_word_is_no_name(text: str, name: str, role: str) -> None:
    people = _people(text)
    assert name in people
    assert people[name][0] == role
    assert not any(len(n.split()) == 1 for n in people)


def test_one_word_surname_before_a_comma_stays() -> None:
    people = _people("Minister of Finance Peters, who chairs the council, will attend the talks in Apia.")
    assert "Peters" in people


@pytest.mark.parametrize(
    "text, name, role, country",
    [
        (
            "Lyonchhen Tashi Wangdi will make an official visit to Nepal from February 3 to 5, the first by "
            "a Bhutanese leader since 2019.",
            "Tashi Wangdi",
            "Lyonchhen",
            "Bhutan",
        ),
        (
            "Bhutan's Foreign Minister Lyonpo Ugyen Tshering will meet his Nepali counterpart in Kathmandu "
            "on February 4.",
            "Ugyen Tshering",
            "Foreign Minister",
            None,
        ),
        (
            "Samoa's Minister of Finance, Afioga Lautafi Fio Purcell, will chair the meeting in Apia.",
            "Lautafi Fio Purcell",
            "Minister of Finance",
            None,
        ),
        (
            "Samoa's Minister of Health, Susuga Valasi Tafito Selesele, will attend the meeting in Apia.",
            "Valasi Tafito Selesele",
            "Minister of Health",
            None,
        ),
    ],
)
def test_bhutanese_and_samoan_styles(text: str, name: str, role: str, country: str | None) -> None:
    people = _people(text)
    assert name in people
    assert people[name][0] == role
    if country:
        assert people[name][1] == country


def test_his_highness_the_amir_is_no_person() -> None:
    people = _people("The committee will be co-chaired by His Highness the Amir and the President of Ghana.")
    assert "Amir" not in people
    named = _people("The meeting will be chaired by His Highness the Amir Sheikh Salem bin Hamad Al Thani.")
    assert "Salem bin Hamad Al Thani" in named


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Minister to attend summit in Jeddah\n\nAyşe Demirtaş  |12.11.2025 - Update : 12.11.2025\n\n"
            "ANKARA\n\nForeign Minister Kerem Ozan will travel to Jeddah on Friday for the summit.\n",
            ["Ayşe Demirtaş"],
        ),
        (
            "Prime minister to visit Dhaka\n\nThursday, January 8, 2026\n\nPema Choden | Thimphu\n\n"
            "Prime Minister Tashi Wangdi will visit Dhaka from January 14 to 16.\n",
            ["Pema Choden"],
        ),
        (
            "Minister to meet Korean counterpart\n\nMinister of State Saeed Al Ketbi will meet Vice Minister "
            "Choi Jin-ho in Abu Dhabi on January 14.\n\nWAM/Omar Hassan/Laila Mansour\n",
            ["Omar Hassan", "Laila Mansour"],
        ),
        (
            "PM to make official visit\n\nTuesday, 6 January\n\nNurul Aini Haji Salleh\n\n"
            "The Prime Minister will make an official visit to Brunei Darussalam from January 14 to 16.\n",
            ["Nurul Aini Haji Salleh"],
        ),
    ],
)
def test_credit_lines(text: str, names: list[str]) -> None:
    people = _people(text)
    for name in names:
        assert name in people


def test_heading_under_a_date_line_is_no_byline() -> None:
    text = (
        "Leaders to meet in Kingston\n\nBy Jane Doe\nJuly 1, 2025\n\nStory Highlights\n"
        "- Prime Minister Everton Clarke will chair the meeting in Kingston on July 6.\n"
    )
    assert "Story Highlights" not in _people(text)


def test_pipe_line_without_stamp_or_city_is_no_byline() -> None:
    text = "Home | World\n\nForeign Minister Jane Doe will visit Paris on January 14.\n"
    assert set(_people(text)) == {"Jane Doe"}


def test_visit_talks_with_the_inviting_host_are_the_visit() -> None:
    text = (
        "PM to visit Nepal\n\n"
        "Prime Minister Tashi Wangdi of Bhutan will make an official visit to Nepal from February 3 to 5 at "
        "the invitation of Nepal's Prime Minister Ram Prasad Koirala.\n\n"
        "In Kathmandu, Wangdi will hold talks with Koirala on hydropower trade.\n"
    )
    b = extract(text, today=_TODAY)
    assert not [e for e in b.events if e.kind == "bilateral"]


def test_visit_talks_on_a_day_of_their_own_stay_a_side_meeting() -> None:
    text = (
        "PM to visit Nepal\n\n"
        "Prime Minister Tashi Wangdi of Bhutan will make an official visit to Nepal from February 3 to 5 at "
        "the invitation of Nepal's Prime Minister Ram Prasad Koirala.\n\n"
        "In Pokhara on February 5, Wangdi will hold separate talks with Koirala on hydropower trade.\n"
    )
    b = extract(text, today=_TODAY)
    assert [e for e in b.events if e.kind == "bilateral"]
