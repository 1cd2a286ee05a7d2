"""Side-meeting rules, round 21 (sides): the EU meets a state as one party; "the High Representative" stands
for its holder; a counterpart is the minister, not the ministry's official; ", and on Tuesday, B will hold"
opens a clause with a subject of its own; "for political consultations with B" is a meeting."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from tests.extract_helpers import sides_of


def _sides(text: str) -> list[tuple[str, list[str]]]:
    return sides_of(extract(text, today=date(2031, 5, 3)))


# --- the EU and one state: a body of two parties --------------------------------------------------------

_COUNCIL = (
    "Foreign Affairs Council, 12 May 2031\n\n"
    "Meeting information\nEuropa building, Brussels\nMonday, 12 May 2031\n09:30\n\n"
    "The Foreign Affairs Council will be chaired by Maren Tallow, High Representative for Foreign Affairs "
    "and Security Policy.\n\n"
    "Ministers will discuss the situation in the Sahel and the EU's support to its partners there.\n\n"
)


@pytest.mark.parametrize(
    ("para", "met"),
    [
        (
            "On Tuesday, the High Representative will co-chair the 9th meeting of the EU-Morocco "
            "Association Council with Minister Yassine Bennani.",
            ["Maren Tallow", "Yassine Bennani"],
        ),
        (
            "The next day, the High Representative and the Commissioner for Enlargement, Petra "
            "Ollick, will co-chair the 12th meeting of the EU-Georgia Association Council with Minister "
            "Levan Dadiani.",
            ["Levan Dadiani", "Maren Tallow", "Petra Ollick"],
        ),
        (
            "The next day the High Representative will co-chair the 4th Meeting of the EU-Tunisia "
            "Association Council with Minister Karim Jaziri.",
            ["Karim Jaziri", "Maren Tallow"],
        ),
    ],
)
def test_eu_and_one_state_hold_a_bilateral(para: str, met: list[str]) -> None:
    sides = _sides(_COUNCIL + para)
    assert ("bilateral", met) in sides, sides


def test_a_blocs_council_with_a_state_stays_multilateral() -> None:
    para = (
        "On Tuesday, Secretary General Arne Vollan will chair a meeting of the NATO-Georgia Commission "
        "with Minister Levan Dadiani."
    )
    sides = _sides(_COUNCIL + para)
    assert not any(k == "bilateral" and "Levan Dadiani" in p for k, p in sides), sides


# --- "his Xish counterpart": the minister, not the ministry's permanent secretary ---------------------------

_VISIT = (
    "OFFICIAL VISIT OF THE MINISTER OF FOREIGN AFFAIRS TO THE KINGDOM OF NORWAY\n\n"
    "The Minister of Foreign Affairs, Dato' Hakim Salleh, will visit Norway from 12 to 13 May 2031 at the "
    "invitation of Mr. Arvo Lindqvist, Deputy Prime Minister and Minister of Foreign Affairs of Norway.\n\n"
)
_OFFICIALS = (
    " The Senior Officials' Meeting will be led by Mr. Pekka Rantala, Permanent Secretary of the Ministry "
    "of Foreign Affairs of Norway."
)


@pytest.mark.parametrize(
    "para",
    [
        "During the visit, the Minister will co-chair the 5th Meeting of the Malaysia-Norway Joint "
        "Commission with his Norwegian counterpart on 13 May 2031.",
        "On 13 May, the Minister will co-chair the 5th Meeting of the Malaysia-Norway Joint Commission "
        "with his Norwegian counterpart.",
        "The Minister will co-chair the Malaysia-Norway Joint Commission with his Norwegian counterpart "
        "on 13 May.",
    ],
)
def test_counterpart_is_the_minister_not_the_ministrys_official(para: str) -> None:
    sides = _sides(_VISIT + para + _OFFICIALS)
    assert ("bilateral", ["Arvo Lindqvist", "Hakim Salleh"]) in sides, sides
    assert not any("Pekka Rantala" in p and "Hakim Salleh" in p for _, p in sides), sides


# --- ", and on Tuesday, B will hold ...": the second clause's own subject ----------------------------------

_TWO_PLUS_TWO = (
    "Press Releases\n\nMay 2, 2031\n\n"
    'Holding of the Fourth Norway-Austria Foreign and Defence Ministerial Consultations ("2+2")\n\n'
    "1. On Monday, May 12, the Fourth Norway-Austria Foreign and Defence Ministerial Consultations "
    '("2+2") will be held in Oslo. The meeting will be attended by Mr. Arvo Lindqvist, Minister for '
    "Foreign Affairs, and Mr. Sten Hallberg, Minister of Defence, from Norway, and by Ms. Ilka Brandt, "
    "Minister for Foreign Affairs, and Mr. Tomas Weil, Minister of Defence, from Austria.\n\n"
    "2. At the meeting, the four Ministers are expected to exchange views on the regional situation.\n\n"
    "3. "
)


@pytest.mark.parametrize(
    "para",
    [
        "On the same day, Minister Lindqvist will hold a Norway-Austria Foreign Ministers' Meeting with "
        "Minister Brandt, and on Tuesday, May 13, Minister Hallberg will hold a Norway-Austria Defence "
        "Ministers' Meeting with Minister Weil.",
        "Minister Lindqvist will hold talks with Minister Brandt on Monday, and on Tuesday morning, "
        "Minister Hallberg will hold talks with Minister Weil.",
        "Minister Lindqvist will meet Minister Brandt on Monday, and in Oslo, Minister Hallberg will meet "
        "Minister Weil.",
    ],
)
def test_a_time_phrase_opens_a_clause_with_its_own_subject(para: str) -> None:
    sides = _sides(_TWO_PLUS_TWO + para)
    assert ("bilateral", ["Sten Hallberg", "Tomas Weil"]) in sides, sides
    assert not any("Arvo Lindqvist" in p and "Tomas Weil" in p for _, p in sides), sides


# --- "for political consultations with B" -----------------------------------------------------------------

_BNC = (
    "Minister Dube to co-chair the Ministerial Session of the 4th South Africa–Ghana Bi-National "
    "Commission\n\n"
    "The Minister of International Relations and Cooperation, Ms Lindiwe Dube, will co-chair the "
    "Ministerial Session with the Minister for Foreign Affairs of Ghana, Mr Kofi Mensah-Bonsu, on Monday, "
    "12 May 2031, in Pretoria.\n\n"
)


@pytest.mark.parametrize(
    "para",
    [
        "Following the BNC, Minister Dube will travel to Nairobi on Wednesday, 14 May 2031, for political "
        "consultations with the Cabinet Secretary for Foreign Affairs of Kenya, Mr Peter Otieno.",
        "Minister Dube will then travel to Nairobi for political consultations with Kenya's Cabinet "
        "Secretary for Foreign Affairs, Peter Otieno, on 14 May.",
        "On Wednesday Minister Dube will go on to Nairobi for strategic consultations with the Cabinet "
        "Secretary for Foreign Affairs of Kenya, Mr Peter Otieno.",
    ],
)
def test_consultations_of_a_sort_are_a_meeting(para: str) -> None:
    sides = _sides(_BNC + para)
    assert ("bilateral", ["Lindiwe Dube", "Peter Otieno"]) in sides, sides


def test_three_way_talks_are_not_read_as_talks_of_a_sort() -> None:
    text = (
        "Vice FM to visit Oslo for trilateral talks\n\n"
        "SEOUL, May 2 (Wire) -- Vice Foreign Minister Kim Dae-ho will travel to Oslo later this week for "
        "three-way talks with his Norway and Austria counterparts, Arvo Lindqvist and Ilka Brandt, the "
        "ministry said."
    )
    sides = _sides(text)
    assert not any(k == "bilateral" for k, _ in sides), sides
