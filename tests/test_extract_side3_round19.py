"""Side-meeting rules, round 19 (side3): several people in one named meeting are one meeting, not a
bilateral with each ("hold the A-B-C-D Ministers' Meeting with B, C and D", "the A-B-C Meeting (ABC) with B
and C", "meet A, B and C in the X format", "sit down with A and B. It will be their trilateral meeting");
"a meeting with A, and Secretary B is also being arranged" keeps B in the meeting."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract


def _sides(text: str) -> list[tuple[str, list[str]]]:
    b = extract(text, today=date(2031, 5, 3))
    return [(e.kind, sorted(e.participants)) for e in b.events if e.kind != "main" and e.participants]


_LEAD = (
    "Defence Minister Tamsin Okoro to attend the Harbour Security Forum\n\n"
    "1. Minister of Defence Tamsin Okoro will visit Portmerin from 20 to 22 May 2031 to attend the "
    "Harbour Security Forum.\n\n"
)
_FOUR = [
    "Tamsin Okoro",
    "Arvid Lindqvist",
    "Kemal Durmaz",
    "Paulo Ferreira",
]


# --- a verb before a format of four states: one multilateral meeting ------------------------------------


@pytest.mark.parametrize(
    "para",
    [
        "2. On the margins of the Forum, Minister Okoro plans to hold the Kenya-Sweden-Turkey-Brazil "
        "Defence Ministers' Meeting with Swedish Minister for Defence Arvid Lindqvist, Turkish Minister of "
        "National Defence Kemal Durmaz, and Brazilian Minister of Defence Paulo Ferreira.",
        "2. Minister Okoro will also hold the Kenya-Sweden-Turkey-Brazil Ministerial Dialogue with Swedish "
        "Minister for Defence Arvid Lindqvist, Turkish Minister of National Defence Kemal Durmaz and "
        "Brazilian Minister of Defence Paulo Ferreira on 21 May.",
        "2. During her stay, Minister Okoro is to hold the Kenya-Sweden-Turkey-Brazil Consultations with "
        "Swedish Minister for Defence Arvid Lindqvist, Turkish Minister of National Defence Kemal Durmaz "
        "and Brazilian Minister of Defence Paulo Ferreira.",
    ],
)
def test_a_four_state_format_held_with_its_ministers_is_one_meeting(para: str) -> None:
    sides = _sides(_LEAD + para)
    assert ("multilateral", sorted(_FOUR)) in sides, sides
    assert not any(k == "bilateral" for k, _ in sides), sides


# --- the format's bracketed initials before "with" ------------------------------------------------------


@pytest.mark.parametrize(
    "para",
    [
        "3. Minister Okoro also plans to hold the Kenya-Sweden-Turkey Defence Ministers' Meeting (KSTDMM) "
        "with Minister Lindqvist and Minister Durmaz.",
        "3. Minister Okoro will also hold the Kenya-Sweden-Turkey Defence Policy Talks (KSTDPT) with Swedish "
        "Minister for Defence Arvid Lindqvist and Turkish Minister of National Defence Kemal Durmaz.",
        "3. In addition, Minister Okoro is to hold the Kenya-Sweden-Turkey Ministerial Meeting (KSTMM) with "
        "Swedish Minister for Defence Arvid Lindqvist and Turkish Minister of National Defence Kemal Durmaz.",
    ],
)
def test_a_format_with_bracketed_initials_is_a_meeting(para: str) -> None:
    names = (
        "2. She will be joined in Portmerin by Swedish Minister for Defence Arvid Lindqvist and Turkish "
        "Minister of National Defence Kemal Durmaz.\n\n"
    )
    sides = _sides(_LEAD + names + para)
    assert ("trilateral", ["Arvid Lindqvist", "Kemal Durmaz", "Tamsin Okoro"]) in sides, sides


# --- several people met together: "in the X format", "It will be their trilateral meeting" ---------------

_SUMMIT = (
    "Leaders gather in Lakeside for annual summit\n\n"
    "LAKESIDE (Wire) - Leaders of the Group of Nine will meet in Lakeside from Monday to Wednesday "
    "(May 12-14, 2031), hosted by Chancellor Henrike Vogt.\n\n"
)


@pytest.mark.parametrize(
    ("para", "kind", "names"),
    [
        (
            "Moldovan President Ion Ceban will join the leaders on Wednesday, when he will also meet Vogt, "
            "French President Luc Marchal and British Prime Minister Owen Pryce in the so-called Weimar "
            "format, diplomats said.",
            "multilateral",
            ["Henrike Vogt", "Ion Ceban", "Luc Marchal", "Owen Pryce"],
        ),
        (
            "Vogt will sit down with French President Luc Marchal and British Prime Minister Owen Pryce on "
            "the sidelines on Tuesday, officials said. It will be their third trilateral meeting this year.",
            "trilateral",
            ["Henrike Vogt", "Luc Marchal", "Owen Pryce"],
        ),
        (
            "Canadian Prime Minister Rhea Dalton will meet Vogt, French President Luc Marchal and British "
            "Prime Minister Owen Pryce in a Quint format on Tuesday morning.",
            "multilateral",
            ["Henrike Vogt", "Luc Marchal", "Owen Pryce", "Rhea Dalton"],
        ),
    ],
)
def test_people_met_in_one_format_are_one_meeting(para: str, kind: str, names: list[str]) -> None:
    sides = _sides(_SUMMIT + para)
    assert (kind, sorted(names)) in sides, sides
    assert not any(k == "bilateral" for k, _ in sides), sides


def test_separate_meetings_with_two_leaders_stay_bilaterals() -> None:
    para = (
        "Vogt will meet French President Luc Marchal and British Prime Minister Owen Pryce on the "
        "sidelines on Tuesday, officials said. It will be her first visit to the lake this year."
    )
    sides = _sides(_SUMMIT + para)
    assert ("trilateral", ["Henrike Vogt", "Luc Marchal", "Owen Pryce"]) not in sides, sides


# --- "... with A, and Secretary B is also being arranged": B is in the meeting ---------------------------

_ARRANGED_LEAD = (
    "1. Ms. OKADA Rumi, Minister for Foreign Affairs, will visit Vientiane from Wednesday, July 9 to "
    "Friday, July 11, 2031, to attend the Mekong Foreign Ministers' Meetings.\n\n"
    "2. Minister Okada will hold bilateral meetings with foreign ministers, including H.E. Ms. Luz "
    "Aranas, Secretary of Foreign Affairs of the Republic of the Philippines.\n\n"
)


@pytest.mark.parametrize(
    "para",
    [
        "3. A Japan-Canada-Philippines Trilateral Foreign Ministers' Meeting with the Hon. Mark Beaulieu, "
        "Minister of Foreign Affairs of Canada, and Secretary Aranas is also being arranged.",
        "3. A trilateral meeting with the Hon. Mark Beaulieu, Minister of Foreign Affairs of Canada, and "
        "Secretary Aranas is being planned.",
        "3. A Japan-Canada-Philippines Foreign Ministers' Meeting with the Hon. Mark Beaulieu, Minister of "
        "Foreign Affairs of Canada, and Secretary Aranas is also being organised.",
    ],
)
def test_a_meeting_being_arranged_keeps_its_last_participant(para: str) -> None:
    sides = _sides(_ARRANGED_LEAD + para)
    assert ("trilateral", ["Luz Aranas", "Mark Beaulieu", "Okada Rumi"]) in sides, sides


def test_a_clause_of_its_own_after_and_still_ends_the_meeting() -> None:
    para = (
        "3. Minister Okada will meet the Hon. Mark Beaulieu, Minister of Foreign Affairs of Canada, and "
        "Secretary Aranas is expected to attend the closing session."
    )
    sides = _sides(_ARRANGED_LEAD + para)
    assert ("bilateral", ["Mark Beaulieu", "Okada Rumi"]) in sides, sides
    assert not any("Luz Aranas" in p and "Mark Beaulieu" in p for _, p in sides), sides
