"""Side-meeting rules, round 19 (side2): a visitor received by the host's minister holds the visit's talks
(an audience is a head's); a party's General Secretary is no minister making a call; "I look forward to
meeting A" is a meeting."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract


def _sides(text: str) -> list[tuple[str, list[str]]]:
    b = extract(text, today=date(2031, 5, 3))
    return [(e.kind, sorted(e.participants)) for e in b.events if e.kind != "main" and e.participants]


# --- received by a minister: the visit's talks; by a head: an audience -------------------------------------

_TRIP = (
    "Minister Dankers to visit Oman and Kuwait\n\n"
    "THE HAGUE, 2 March 2031 - Minister of Foreign Affairs Pieter Dankers will travel to Oman and Kuwait "
    "on Monday 3 and Tuesday 4 March.\n\n"
)


@pytest.mark.parametrize(
    "para",
    [
        "On Monday Minister Dankers will be received in Muscat by the Omani Minister of Foreign Affairs, "
        "Sayyid Hamad Al Busaidi. They will discuss shipping in the Gulf.",
        "Minister Dankers will be received by the Omani Minister of Foreign Affairs, Sayyid Hamad Al "
        "Busaidi, on Monday to discuss shipping in the Gulf.",
        "On Monday Dankers will also be received in Muscat by Oman's Minister of Foreign Affairs, Sayyid "
        "Hamad Al Busaidi, for a discussion of shipping in the Gulf.",
    ],
)
def test_received_by_the_hosts_minister_is_a_bilateral(para: str) -> None:
    sides = _sides(_TRIP + para)
    assert ("bilateral", ["Hamad Al Busaidi", "Pieter Dankers"]) in sides, sides


def test_received_by_a_head_of_state_stays_an_audience() -> None:
    para = "On Monday Minister Dankers will be received in Muscat by Sultan Haitham bin Tariq."
    sides = _sides(_TRIP + para)
    assert ("bilateral", ["Haitham bin Tariq", "Pieter Dankers"]) not in sides, sides


# --- a party's General Secretary meets a head of government: talks, no courtesy call ----------------------

_PARTY = (
    "Official visit to Malaysia announced\n\n"
    "Hanoi (Wire) - General Secretary of the Communist Party of Vietnam Central Committee Do Van Hai "
    "will pay an official visit to Malaysia from June 9 to 10, the Ministry of Foreign Affairs announced.\n\n"
    "The visit will be made at the invitation of Malaysian Prime Minister Idris Karim. Accompanying the "
    "Party leader will be Deputy Prime Minister and Minister of Foreign Affairs Le Van Son, who will also "
    "meet Malaysian Foreign Minister Aziz Rahman.\n\n"
)


@pytest.mark.parametrize(
    "para",
    [
        "In Kuala Lumpur, the Party chief will hold talks with Prime Minister Idris Karim and meet King "
        "Sultan Azlan Shah.",
        "In Kuala Lumpur, General Secretary Hai will hold talks with Prime Minister Idris Karim and meet "
        "King Sultan Azlan Shah.",
        "General Secretary Hai is scheduled to hold talks with Prime Minister Idris Karim and to meet King "
        "Sultan Azlan Shah in Kuala Lumpur.",
    ],
)
def test_a_party_general_secretary_holds_talks_not_calls(para: str) -> None:
    sides = _sides(_PARTY + para)
    assert ("bilateral", ["Do Van Hai", "Idris Karim"]) in sides, sides


def test_a_minister_meeting_the_head_stays_a_call() -> None:
    text = (
        "Foreign Minister Okada to visit Malaysia\n\n"
        "TOKYO, June 2 (Wire) - Japanese Foreign Minister Ken Okada will visit Kuala Lumpur on Monday for "
        "talks with Malaysian Foreign Minister Aziz Rahman.\n\n"
        "Okada will also meet Prime Minister Idris Karim."
    )
    sides = _sides(text)
    assert ("bilateral", ["Idris Karim", "Ken Okada"]) not in sides, sides


# --- "I look forward to meeting A" -------------------------------------------------------------------------

_FIRST_PERSON = (
    "Media release\n\nSenator the Hon Clare Dawson, Minister for Foreign Affairs\n\n"
    "Travel to Indonesia\n\n"
    "I will travel to Jakarta tomorrow to attend the Regional Foreign Ministers' Meeting from 10 to 11 "
    "July.\n\n"
)


@pytest.mark.parametrize(
    "para",
    [
        "I look forward to meeting Indonesia's Minister for Foreign Affairs, Retno Sari, to discuss our "
        "partnership.",
        "On the margins, I look forward to meeting the Indonesian Minister for Foreign Affairs, Retno Sari.",
        "While in Jakarta, I look forward to meeting Minister for Foreign Affairs Retno Sari.",
    ],
)
def test_looking_forward_to_meeting_is_a_meeting(para: str) -> None:
    sides = _sides(_FIRST_PERSON + para)
    assert ("bilateral", ["Clare Dawson", "Retno Sari"]) in sides, sides


def test_looking_forward_to_a_meeting_is_no_meeting_with_anyone() -> None:
    para = "I look forward to meeting the challenges of our region with ASEAN partners."
    assert _sides(_FIRST_PERSON + para) == []
