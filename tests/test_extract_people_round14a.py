"""People rules, round 14a (roles and countries): national offices of one state, a delegation that
"included" someone, a country "sending" an official, a bracketed country after a title or in a colon list,
the author of a first-person release, companions "supported by" and a bulleted "accompanied by:" list."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.extract.roles import national_office
from briefings.models import Briefing

from .extract_helpers import person as _get

TODAY = date(2026, 3, 1)


def _b(text: str) -> Briefing:
    return extract(text, today=TODAY)


# --- offices only one state has -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "country"),
    [
        ("Minister of International Relations and Cooperation", "South Africa"),
        ("Deputy Minister of International Relations and Cooperation", "South Africa"),
        ("Cabinet Secretary for Foreign and Diaspora Affairs", "Kenya"),
        ("Prime Cabinet Secretary", "Kenya"),
        ("Minister for Europe and Foreign Affairs", "France"),
        ("Federal Minister for European and International Affairs", "Austria"),
        ("Vice-Minister of Defense for International Affairs", "Japan"),
        ("Minister of State for External Affairs", "India"),
    ],
)
def test_an_office_only_one_state_has_names_that_state(role: str, country: str) -> None:
    assert national_office(role) == country


@pytest.mark.parametrize(
    "role", ["Minister of Foreign Affairs", "Vice Minister of Defense", "Deputy Minister"]
)
def test_an_office_many_states_have_names_none(role: str) -> None:
    assert national_office(role) is None


def test_a_ministry_only_one_state_has_gives_the_minister_s_country() -> None:
    b = _b(
        "MEDIA STATEMENT\n\nThe Minister of International Relations and Cooperation, Dr Lerato Sibiya, will "
        "visit Peru and Colombia from 2 to 6 May. She will be accompanied by the Deputy Minister of "
        "International Relations and Cooperation, Mr Kagiso Motaung."
    )
    assert _get(b, "Lerato Sibiya").country == "South Africa"
    assert _get(b, "Kagiso Motaung").country == "South Africa"


# --- a delegation that included someone; a country sending someone ------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "The dialogue was held in Ottawa. The Norwegian delegation included State "
            "Secretary Mr. Eirik Holm.",
            "Eirik Holm",
            "Norway",
        ),
        (
            "The talks were held in Lima. The Chilean team comprised Undersecretary Tomas Varela.",
            "Tomas Varela",
            "Chile",
        ),
        (
            "Talks opened in Nairobi. The Ugandan delegation consisted of Minister of State Grace Akello.",
            "Grace Akello",
            "Uganda",
        ),
    ],
)
def test_a_delegation_that_included_a_person_is_of_that_country(text: str, name: str, country: str) -> None:
    assert _get(_b(text), name).country == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "SINGAPORE, June 1 (Reuters) - States will be represented at varying levels. "
            "Vietnam is sending a "
            "Deputy Minister of National Defence, Senior Lieutenant General Pham Van Hoa, to the forum.",
            "Pham Van Hoa",
            "Vietnam",
        ),
        (
            "MANILA, June 1 (Reuters) - Delegations are arriving. Malaysia will send its Deputy Defence "
            "Minister, Datuk Azman Rahim, to the talks.",
            "Azman Rahim",
            "Malaysia",
        ),
        (
            "TOKYO, June 1 (Reuters) - The meeting opens on Friday. Thailand has sent a "
            "Deputy Foreign Minister, "
            "Somchai Rattana, to represent the kingdom.",
            "Somchai Rattana",
            "Thailand",
        ),
    ],
)
def test_a_country_sending_an_official_is_the_official_s(text: str, name: str, country: str) -> None:
    assert _get(_b(text), name).country == country


def test_a_country_sent_to_is_no_sender() -> None:
    b = _b(
        "SINGAPORE, June 1 (Reuters) - The ministry is sending a Deputy Minister of Defence, Rui Tanaka, to "
        "the forum."
    )
    assert _get(b, "Rui Tanaka").country != "Vietnam"


# --- a bracketed country ----------------------------------------------------------------------------


def test_a_colon_list_of_bracketed_countries_under_a_plural_title() -> None:
    b = _b(
        "Rome, 16 October 2025 - Minister Paolo Verdi will host the conference on 20 October.\n\n"
        "The Foreign Ministers of Latvia, Estonia and Lithuania have confirmed their participation: "
        "Anna Berzina (Latvia), Kaarel Tamm, Deputy Prime Minister and Minister of "
        "Foreign Affairs (Estonia), "
        "and Jonas Petraitis (Lithuania)."
    )
    assert (_get(b, "Anna Berzina").role, _get(b, "Anna Berzina").country) == ("Foreign Minister", "Latvia")
    assert _get(b, "Jonas Petraitis").country == "Lithuania"
    tamm = _get(b, "Kaarel Tamm")
    assert (tamm.role, tamm.country) == ("Deputy Prime Minister and Minister of Foreign Affairs", "Estonia")


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        (
            "The summit opens on Monday. It will be attended by Maria Ionescu, Minister of Foreign Affairs "
            "(Romania), and others.",
            "Maria Ionescu",
            "Minister of Foreign Affairs",
            "Romania",
        ),
        (
            "Defence ministers arrive on Monday: Lars Eriksen, Minister of Defence "
            "(Denmark), leads the first panel.",
            "Lars Eriksen",
            "Minister of Defence",
            "Denmark",
        ),
        (
            "The Presidents of Ghana and Benin have confirmed: Kwame Asante (Ghana) and Paul "
            "Houngbo (Benin).",
            "Paul Houngbo",
            "President",
            "Benin",
        ),
    ],
)
def test_a_bracketed_country_closes_a_title_and_is_the_person_s(
    text: str, name: str, role: str, country: str
) -> None:
    p = _get(_b(text), name)
    assert (p.role, p.country) == (role, country)


def test_a_bracketed_acronym_stays_in_the_title() -> None:
    b = _b(
        "The Admiral will hold talks with the Commander of the Royal Thai Armed Forces (RTARF), "
        "General Somsak Chai, on Monday."
    )
    assert _get(b, "Somsak Chai").country != "RTARF"


# --- the author of a first-person release ------------------------------------------------------------


def test_the_author_is_of_the_one_country_whose_office_is_free() -> None:
    b = _b(
        "Senator the Hon Clara Whitby\nMinister for Foreign Affairs\n\nMedia release\n\n"
        "I will travel to Tokyo this week to meet Japan's Foreign Minister Sato Ken and India's External "
        "Affairs Minister Dr Ravi Nair.\n\nWe will discuss the impact of Russia's "
        "illegal and brutal invasion "
        "of Ukraine. The Quad Leaders' Summit Australia will host later this year will follow, and I will "
        "brief Prime Minister Mark Dowling on my return."
    )
    assert _get(b, "Clara Whitby").country == "Australia"


# --- companions ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "gap"),
    [
        ("will be supported throughout the meeting by", ", and by"),
        ("will be assisted by", " and by"),
        ("will be accompanied at the talks by", ", and by"),
    ],
)
def test_companions_supported_by_are_of_the_lead_s_country(lead: str, gap: str) -> None:
    b = _b(
        "Ottawa - Canada's Minister of Foreign Affairs, Claire Dubois, will host her counterparts from "
        f"Mexico and the United States on April 20.\n\nThe Minister {lead} Sam Patel, Parliamentary "
        f"Secretary to the Minister of Foreign Affairs{gap} Mark Lowry, Ambassador to the United States."
    )
    assert _get(b, "Mark Lowry").country == "Canada"


def test_a_bulleted_accompanied_by_list_is_of_the_lead_s_country() -> None:
    b = _b(
        "Minister for Foreign Affairs Dr Tan Wei Ming will visit Laos and Thailand from 4 to 8 May.\n\n"
        "In Vientiane, Minister Tan will call on Prime Minister Somphone Keo and co-chair the "
        "Singapore-Laos Joint Commission.\n\n"
        "Minister Tan will be accompanied by:\n\n"
        "• Singapore's Ambassador to Laos, Mr Lee Kah Wai;\n"
        "• Non-Resident Ambassador to Thailand Mr Chua Boon Hock; and\n"
        "• officials from the Ministry of Foreign Affairs."
    )
    chua = _get(b, "Chua Boon Hock")
    assert (chua.role, chua.country) == ("Non-Resident Ambassador to Thailand", "Singapore")


def test_a_bulleted_agenda_after_a_plain_lead_takes_no_companion() -> None:
    b = _b(
        "Minister for Foreign Affairs Dr Tan Wei Ming will visit Laos from 4 to 8 May. The programme:\n\n"
        "• a call on Prime Minister Somphone Keo of Laos;\n"
        "• a lecture."
    )
    assert _get(b, "Somphone Keo").country == "Laos"


# --- "under President A" ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "TOKYO, May 2 (Kyodo) - It will be the first meeting since Secretary of Defense Paul Avery took "
            "office in January under President Mark Holden.",
            "Mark Holden",
            "United States",
        ),
        (
            "SEOUL, May 2 (Yonhap) - British Foreign Secretary Ann Cole, who served under Prime Minister "
            "Tom Reeve, arrived on Friday.",
            "Tom Reeve",
            "United Kingdom",
        ),
        (
            "BERLIN, May 2 (Reuters) - French Foreign Minister Luc Morel took office in 2024 under President "
            "Henri Vallet.",
            "Henri Vallet",
            "France",
        ),
    ],
)
def test_a_leader_someone_serves_under_is_of_that_person_s_country_and_under_is_no_title(
    text: str, name: str, country: str
) -> None:
    p = _get(_b(text), name)
    assert (p.role, p.country) in (("President", country), ("Prime Minister", country))


def test_an_under_secretary_keeps_its_title() -> None:
    b = _b("Under Secretary of State for Political Affairs Jane Rowe will travel to Seoul on Monday.")
    assert _get(b, "Jane Rowe").role == "Under Secretary of State for Political Affairs"
