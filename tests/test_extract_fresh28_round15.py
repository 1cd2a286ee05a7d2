"""Rules from the dev28 sets (leaders' summits and ministerials, defence trip notices), round 15: a head
of government's own letterhead line ("PRIME MINISTER OF XLAND") names the release's issuer; an office's
unit closed by its owner ("Chief of Staff, Armed Forces of Xland"); a later speaker's city ("..., an aide
said in Ycity") places no one; "Secretary (ER)" keeps its qualifier; "Commonwealth Secretary-General" is
the organisation's."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from tests.extract_helpers import person

_DAY = date(2031, 3, 4)


def _full(text: str, name: str) -> tuple[str | None, str | None]:
    p = person(extract(text, today=_DAY), name)
    return p.role, p.country


# ---- a head of government's letterhead: the issuer -------------------------------------------------------

_LEADER_RELEASES = [
    (
        "PRIME MINISTER OF NEW ZEALAND\n\nMEDIA STATEMENT\n2 March 2031\n\n"
        "Visit to Samoa for the Commonwealth meeting\n\n"
        "Prime Minister Harriet Tamihana will travel to Apia next week to attend the regional leaders' "
        "meeting, hosted by Samoa from 10 to 12 March.",
        "Harriet Tamihana",
        "New Zealand",
    ),
    (
        "PRESIDENT OF THE PHILIPPINES\n\nPress Release\n1 March 2031\n\n"
        "State visit to Thailand\n\n"
        "The Secretary of Foreign Affairs, Marco Villareal, will travel to Bangkok on Monday for talks "
        "hosted by Thailand on rice trade.",
        "Marco Villareal",
        "Philippines",
    ),
    (
        "Prime Minister of Canada\n\nNews release\nMarch 3, 2031\n\n"
        "Trip to Mexico for the North American Leaders' Summit\n\n"
        "The Minister of International Trade, Sophie Gagnon-Reid, will travel to Monterrey on Sunday for "
        "the summit hosted by Mexico.",
        "Sophie Gagnon-Reid",
        "Canada",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), _LEADER_RELEASES)
def test_leader_letterhead_names_the_issuer(text: str, name: str, country: str) -> None:
    assert _full(text, name)[1] == country


def test_headline_naming_a_leader_of_a_state_is_no_letterhead() -> None:
    # a headline "President of Xland to visit Y" is a news line: the host's country stays
    text = (
        "President of Kenya to visit Ghana\n\nMarch 3, 2031\n\n"
        "President Daniel Mwangi will travel to Accra on Monday, where he will meet President Kwame Boateng."
    )
    assert _full(text, "Kwame Boateng")[1] == "Ghana"


# ---- "Chief of Staff, Armed Forces of Xland": the unit's owner closes the apposition -----------------------

_UNIT_OWNERS = [
    (
        "Colombia's defence minister will visit Lima on Monday. She will also call on General Rosa Ibarra "
        "Villalta, Chief of Staff, Armed Forces of Peru.",
        "Rosa Ibarra Villalta",
        ("Chief of Staff, Armed Forces", "Peru"),
    ),
    (
        "The trilateral session will be joined by Rear Adm. Tomas Errazuriz Vial, Commander, Southern Fleet "
        "of Chile, and the Thai navy chief.",
        "Tomas Errazuriz Vial",
        ("Commander, Southern Fleet", "Chile"),
    ),
    (
        "Brazil's navy commander met Adm. Pieter Voskuil, Deputy Commander, Joint Staff of the Netherlands, "
        "in Brasilia on Tuesday.",
        "Pieter Voskuil",
        ("Deputy Commander, Joint Staff", "Netherlands"),
    ),
]


@pytest.mark.parametrize(("text", "name", "full"), _UNIT_OWNERS)
def test_unit_owner_after_the_office_is_the_country(text: str, name: str, full: tuple[str, str]) -> None:
    assert _full(text, name) == full


def test_unit_then_a_plain_comma_is_unchanged() -> None:
    # no "of" after the unit: the office and its unit, as before
    text = (
        "Kenya's army chief met Gen. Jonas Lindqvist, Chief of Staff, Swedish Armed Forces, in Nairobi on "
        "Monday."
    )
    assert _full(text, "Jonas Lindqvist") == ("Chief of Staff", "Sweden")


# ---- "..., a spokesperson said in Ycity": the speaker's city does not place the clause's people -----------

_SPOKEN_ELSEWHERE = [
    (
        "East African leaders meet in Nairobi\n\nThe summit opens in Nairobi on Saturday. President Wanjiru "
        "Kamau will chair it.\n\nAustrian Chancellor Lukas Brandauer is due to meet Kamau there on Sunday "
        "morning, a government spokesperson said in Vienna.",
        "Wanjiru Kamau",
        "Kenya",
    ),
    (
        "Pacific Alliance leaders meet in Santiago\n\nThe summit opens in Santiago on Friday. "
        "President Tomas Ibarra will chair it.\n\nPortuguese Prime Minister Rita Serrano will hold talks "
        "with Ibarra on the margins, her office announced in Lisbon.",
        "Tomas Ibarra",
        "Chile",
    ),
    (
        "ECOWAS leaders meet in Accra\n\nThe summit opens in Accra on Monday. "
        "President Kofi Asamoah will chair it.\n\nItalian Prime Minister Marco Bellini plans to meet "
        "Asamoah there on Monday evening, an aide told reporters in Rome.",
        "Kofi Asamoah",
        "Ghana",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), _SPOKEN_ELSEWHERE)
def test_speakers_city_after_a_comma_places_no_one(text: str, name: str, country: str) -> None:
    assert _full(text, name)[1] == country


def test_meeting_city_without_a_speaker_still_places() -> None:
    # "will meet A in Ycity next month": the meeting's own city, as before
    text = (
        "ECOWAS leaders meet in Accra\n\nThe summit opens in Accra on Monday. "
        "President Kofi Asamoah will chair it.\n\nItalian Prime Minister Marco Bellini will meet Asamoah "
        "in Rome next month, an aide said."
    )
    assert _full(text, "Kofi Asamoah")[1] == "Italy"


# ---- "Secretary (ER)": bracketed capitals after a one-word title qualify it ------------------------------

_QUALIFIED = [
    (
        "Briefing the media in New Delhi, Secretary (WR) Shri Arvind Menon said the visit would deepen ties.",
        "Arvind Menon",
        "Secretary (WR)",
    ),
    (
        "The delegation will be led by Secretary (CPV) Smt. Leela Iyer, who will call on the foreign "
        "minister.",
        "Leela Iyer",
        "Secretary (CPV)",
    ),
    (
        "Director (PP) Rakesh Sood will brief journalists on the outcome of the talks on Friday.",
        "Rakesh Sood",
        "Director (PP)",
    ),
]


@pytest.mark.parametrize(("text", "name", "role"), _QUALIFIED)
def test_bracketed_qualifier_stays_in_a_one_word_title(text: str, name: str, role: str) -> None:
    assert _full(text, name)[0] == role


def test_title_abbreviation_is_still_dropped() -> None:
    text = "Chief of Naval Staff (CNS) Admiral Harish Kapoor will visit Colombo on Monday."
    assert _full(text, "Harish Kapoor")[0] == "Chief of Naval Staff"


# ---- "Commonwealth Secretary-General A": the organisation's short name before its head's office -----------

_SHORT_ORG = [
    "Leaders of the Commonwealth will meet in Kigali next month. The Commonwealth Secretary-General, Amina "
    "Oduya, will open the meeting on Monday.",
    "Ahead of the Commonwealth leaders' retreat, Commonwealth Secretary-General Amina Oduya said small "
    "states needed cheaper climate finance.",
    "The Prime Minister of Malta will also meet Commonwealth Secretary General Amina Oduya in Valletta.",
]


@pytest.mark.parametrize("text", _SHORT_ORG)
def test_organisation_short_name_before_its_office(text: str) -> None:
    role, country = _full(text, "Amina Oduya")
    assert (role or "").replace(" ", "-") == "Secretary-General"
    assert country == "Commonwealth"


def test_state_office_naming_the_commonwealth_is_unchanged() -> None:
    text = "The Foreign and Commonwealth Secretary, Jane Whitmore, will visit Nairobi on Monday."
    assert _full(text, "Jane Whitmore")[0] == "Foreign and Commonwealth Secretary"
