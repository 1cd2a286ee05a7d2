"""Side-meeting rules, round 16b (sides): "A said he would hold a meeting with B" is A's meeting; "fly to X
for a meeting of the Org's Council" is a body's session of its own."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from tests.extract_helpers import sides_of


def _sides(text: str) -> list[tuple[str, list[str]]]:
    return sides_of(extract(text, today=date(2031, 5, 3)))


# --- "A said he would ...": the speaker holds the meeting ---------------------------------------------------

_RETREAT = (
    "Varnia to host Ostrel leader for annual retreat\n\n"
    "KESTRIA, May 3 -- Prime Minister Halvard Quenby will host his Ostrel counterpart Mirela Dovran for the "
    "ninth Varnia-Ostrel Leaders' Retreat in Kestria on May 20 and 21, the foreign ministry said today.\n\n"
    "Dovran will be accompanied by Foreign Minister Dr Anselm Tervik and several ministers.\n\n"
)


@pytest.mark.parametrize(
    ("para", "met"),
    [
        (
            "Foreign Minister Oskar Bellamy said he would hold a separate meeting with Dr Tervik on the "
            "first day of the retreat to discuss border issues.",
            ["Anselm Tervik", "Oskar Bellamy"],
        ),
        (
            "Trade Minister Ilse Marrow said she will meet Dr Tervik on the sidelines of the retreat.",
            ["Anselm Tervik", "Ilse Marrow"],
        ),
        (
            "Defence Minister Piet Ostrand told reporters that he would also hold talks with Dr Tervik on "
            "maritime patrols.",
            ["Anselm Tervik", "Piet Ostrand"],
        ),
    ],
)
def test_said_he_would_is_the_speakers_meeting(para: str, met: list[str]) -> None:
    assert ("bilateral", met) in _sides(_RETREAT + para + "\n")


def test_said_of_another_leaves_the_speaker_out() -> None:
    # near miss: the speaker reports the protagonist's meeting; "he" is not right after "said"
    para = "Spokesman Oskar Bellamy said Quenby will also meet Dr Tervik on the first day.\n"
    assert not any("Oskar Bellamy" in p for _, p in _sides(_RETREAT + para))


# --- "fly to X for a meeting of the Org's Council": its own session --------------------------------------

_HOST = (
    "Minister Rolan Vesk to host Dalmir neighbours\n\n"
    "ORSK, May 3 -- Foreign Minister Rolan Vesk will host his counterparts from the four Dalmir states in "
    "Orsk on Thursday for a meeting on trade corridors, the ministry said.\n\n"
)


@pytest.mark.parametrize(
    "para",
    [
        "Vesk is then expected to fly to Brussels for a meeting of the EU's Foreign Affairs Council on "
        "Monday.",
        "Vesk will then travel to Geneva for a meeting of the UN's Human Rights Council on 12 May.",
        "Vesk will go on to Vienna for a meeting of the OSCE's Permanent Council on Tuesday.",
    ],
)
def test_meeting_of_an_organisations_council(para: str) -> None:
    assert ("multilateral", ["Rolan Vesk"]) in _sides(_HOST + para + "\n")


def test_meeting_of_the_council_in_the_past_is_none() -> None:
    # near miss: a meeting of the body he flew to last year is background
    para = "Vesk flew to Brussels for a meeting of the EU's Foreign Affairs Council in May 2030.\n"
    assert ("multilateral", ["Rolan Vesk"]) not in _sides(_HOST + para)


# --- "co-chair a meeting of the A-B High-Level X and Y Commission": two states' format ----------------------

_VISIT = (
    "Kenyan Foreign Minister to visit Chile\n\n"
    "SANTIAGO, May 3 -- Kenyan Foreign Minister Mirela Dovran will visit Chile from 12 to 14 May for the "
    "third Chile-Kenya Strategic Dialogue with Foreign Minister Halvard Quenby, the ministry said.\n\n"
)


@pytest.mark.parametrize(
    "body",
    [
        "the Political Subcommittee of the Chile-Kenya High-Level Concertation and Cooperation Commission",
        "the Trade Subcommittee of the Chile-Kenya Mining and Energy Commission",
        "the Economic Subcommittee of the Chile-Kenya Science and Technology Cooperation Committee",
    ],
)
def test_pair_co_chairs_a_two_state_commission(body: str) -> None:
    para = (
        "On the same day, the Secretary-General of Foreign Affairs, Ambassador Tomas Vell, and the Vice "
        f"Minister of Foreign Affairs, Ilse Marrow, will co-chair a meeting of {body}.\n"
    )
    assert ("bilateral", ["Ilse Marrow", "Tomas Vell"]) in _sides(_VISIT + para)


def test_pair_co_chairs_a_three_state_commission() -> None:
    # near miss: three states' format is no two states' talks
    para = (
        "On the same day, the Secretary-General of Foreign Affairs, Ambassador Tomas Vell, and the Kenyan "
        "Vice Minister of Foreign Affairs, Ilse Marrow, will co-chair a meeting of the Chile-Kenya-Peru "
        "Commission for Trade and Investment.\n"
    )
    assert ("bilateral", ["Ilse Marrow", "Tomas Vell"]) not in _sides(_VISIT + para)


# --- "the two are joined by C for a meeting of the X": the three states' meeting ---------------------------

_TOUR = (
    "Foreign Minister Halvard Quenby travels to Poland and Lithuania\n\n"
    "Foreign Minister Halvard Quenby of Norway will travel to Warsaw and Vilnius on 12 and 13 May.\n\n"
)


@pytest.mark.parametrize(
    "para",
    [
        "In Warsaw, Quenby will hold talks with Polish Foreign Minister Jerzy Malczan before the two are "
        "joined by French Foreign Minister Odile Varenne for a meeting of the Baltic Sea Triangle.",
        "In Warsaw, Quenby and Polish Foreign Minister Jerzy Malczan will be joined by French Foreign "
        "Minister Odile Varenne for a meeting of the Northern Contact Format.",
        "On 12 May, Quenby will hold talks with Polish Foreign Minister Jerzy Malczan in Warsaw before the "
        "two are joined by French Foreign Minister Odile Varenne for a meeting of the Vistula Dialogue.",
    ],
)
def test_joined_by_for_a_meeting_of_the_format(para: str) -> None:
    met = ["Halvard Quenby", "Jerzy Malczan", "Odile Varenne"]
    assert ("trilateral", met) in _sides(_TOUR + para + "\n")


def test_meeting_of_the_format_without_joined_by_is_no_cue() -> None:
    # near miss: "for a meeting of the X" with no one joining is no meeting of the sides named
    para = (
        "Quenby will travel to Warsaw for a meeting of the Baltic Sea Triangle with Jerzy Malczan of "
        "Poland.\n"
    )
    assert not any(k == "trilateral" for k, _ in _sides(_TOUR + para))
