"""Country rules, round 19 (country2): a title-case city with a bracketed wire tag and a dash ("Xcity (AGENCY)
–") is a dateline, so the national agency's unqualified officials are of its country, not the host's; a
release's sign-off block ("Spokesperson" / "Ministry of X" / "Xcity") closing on a capital makes that
capital's state the issuer; a title naming a state's own service or ministry ("Commander of the Xland
Navy", "Permanent Secretary of the Xland Ministry of Y") gives that state, not the host's."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2025, 6, 1)


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Prime Minister to visit Japan\n\n"
            "Hanoi (VNA) – Prime Minister Le Van Hoang will pay an official visit to Japan "
            "from June 10 to 12.\n\n"
            "He will hold talks with Prime Minister Sato Kenji in Tokyo.\n\n"
            "Accompanying him will be Minister of Planning and Investment Tran Quoc Bao.\n",
            "Tran Quoc Bao",
            "Vietnam",
        ),
        (
            "Foreign minister heads to Canberra\n\n"
            "Kuala Lumpur (Bernama) -- Foreign Minister Azlan Rahim will travel to Canberra next week for "
            "annual talks with Australian officials.\n\n"
            "Deputy Minister of Foreign Affairs Noraini Ismail will join the delegation.\n",
            "Noraini Ismail",
            "Malaysia",
        ),
        (
            "Ministers to meet in Seoul\n\n"
            "Jakarta (Antara) - Minister of Defence Budi Santosa will attend defence talks in Seoul "
            "on June 20.\n\n"
            "Director-General of Defence Strategy Rina Wulandari will accompany the minister.\n",
            "Budi Santosa",
            "Indonesia",
        ),
    ],
)
def test_tagged_title_case_dateline(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_city_in_brackets_without_dash_is_no_dateline() -> None:
    text = (
        "Talks set for next week\n\n"
        "Officials said Geneva (Switzerland) would host the meeting of trade ministers next week.\n\n"
        "Minister of Trade Paulo Mendes will attend.\n"
    )
    assert _people(text)["Paulo Mendes"][1] != "Switzerland"


_SIGNOFF = (
    "MINISTRY OF FOREIGN AFFAIRS\n\nPRESS RELEASE\n\n{headline}\n\n{body}\n\n"
    "{name}\n{title}\nMinistry of Foreign Affairs\n{city}\n3rd March, 2025\n"
)


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            _SIGNOFF.format(
                headline="GHANA, KENYA TO HOLD JOINT COMMISSION IN NAIROBI",
                body="The Minister of State for Foreign Affairs, Ambassador Ama Owusu, will lead the "
                "delegation to the Joint Commission in Nairobi, Kenya, on 10th March, 2025.",
                name="Kofi Mensah-Boateng",
                title="Spokesperson",
                city="Accra",
            ),
            "Ama Owusu",
            "Ghana",
        ),
        (
            _SIGNOFF.format(
                headline="MINISTER TO ATTEND REGIONAL SUMMIT IN CAIRO",
                body="The Honourable Minister of Foreign Affairs, Mr Tadesse Bekele, will attend the "
                "regional summit in Cairo, Egypt, on 12th March, 2025.",
                name="Selam Haile",
                title="Spokesperson",
                city="Addis Ababa",
            ),
            "Selam Haile",
            "Ethiopia",
        ),
        (
            _SIGNOFF.format(
                headline="SENEGAL AND MOROCCO TO SIGN TRADE ACCORD IN RABAT",
                body="The Minister of Trade, Mr Amadou Diallo, will sign the accord with his host in Rabat, "
                "Morocco, on 15th March, 2025.",
                name="Fatou Ndiaye",
                title="Director of Communication",
                city="Dakar",
            ),
            "Amadou Diallo",
            "Senegal",
        ),
    ],
)
def test_signoff_capital_is_issuer(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_signoff_city_inside_a_paragraph_is_no_issuer() -> None:
    text = (
        "PRESS RELEASE\n\nMINISTERS TO MEET IN ROME\n\n"
        "The Minister of Trade, Mr Luca Bianchi, will host the ministers in Rome, Italy, next week.\n\n"
        "The meeting was prepared by the Ministry of Foreign Affairs in Accra and the delegations of both "
        "countries.\n"
    )
    assert _people(text)["Luca Bianchi"][1] != "Ghana"


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Navy chiefs gather in Doha\n\n"
            "DOHA, May 20 (QNA) - A maritime symposium opens here this week.\n\n"
            "Vice Admiral Erik Lund, Commander of the Sri Lanka Navy, will deliver the keynote address.\n",
            "Erik Lund",
            "Sri Lanka",
        ),
        (
            "Security forum opens in Doha\n\n"
            "DOHA, May 20 (QNA) - A regional security forum opens on Tuesday.\n\n"
            "General Dana Whitcomb, Commander of United States Africa Command, will address the opening "
            "session.\n",
            "Dana Whitcomb",
            "United States",
        ),
        (
            "Naval talks in Manama\n\n"
            "MANAMA, May 20 (BNA) - Naval commanders will meet here on Tuesday.\n\n"
            "Vice Admiral Colin Barrett, Commander of US Naval Forces Europe, will open the talks.\n",
            "Colin Barrett",
            "United States",
        ),
    ],
)
def test_title_naming_a_states_service(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_combined_command_of_two_states_names_neither() -> None:
    text = (
        "Allies review readiness\n\n"
        "SEOUL, May 20 (Yonhap) - Defence officials met here on Tuesday.\n\n"
        "General Mark Feld, Commander of the ROK-U.S. Combined Forces Command, briefed the ministers.\n"
    )
    from briefings.extract.roles import service_state

    assert service_state("Commander of the ROK-U.S. Combined Forces Command") is None
    assert _people(text)["Mark Feld"][1] != "Japan"
