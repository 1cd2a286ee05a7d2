"""Round 21 (sidefp): side meetings that only restate the main event are not listed."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

SIDE = ("bilateral", "trilateral", "multilateral")


def _sides(text: str) -> list[tuple[str, list[str]]]:
    got = extract(text, source="t", published=None, today=date(2031, 3, 1))
    return [(e.kind, e.participants) for e in got.events if e.kind in SIDE]


RESTATED = [
    (
        "Secretary of Defense Orwin Baltasar will host Norvian Minister of Defence Teodor Quillan "
        "at the Pentagon on Tuesday, March 11.\n\nSecretary Baltasar will welcome Minister Quillan "
        "with an enhanced honor cordon at 10 a.m. EDT, followed by a bilateral meeting.\n"
    ),
    (
        "Hadley Prentiss to meet Ruben Ostrava in Tessaly on Thursday\n\nChilean President Hadley "
        "Prentiss will meet Peruvian President Ruben Ostrava in the port city of Tessaly on Thursday, "
        "officials confirmed on Wednesday, in a long-awaited encounter.\n"
    ),
    (
        "Foreign Minister Idris Vantongeren will host Zelmarian Foreign Minister Pavo Kristensen at "
        "the ministry on Wednesday, March 12.\n\nMinister Vantongeren will greet Minister Kristensen "
        "at 9 a.m., followed by a bilateral meeting and a joint press conference.\n"
    ),
]


@pytest.mark.parametrize("text", RESTATED)
def test_host_visit_bilateral_is_the_main_event(text: str) -> None:
    assert _sides(text) == []


def test_named_gathering_keeps_its_sideline_bilateral() -> None:
    text = (
        "Foreign Minister Idris Vantongeren will attend the Harbourline Ministerial Forum in Castrel "
        "on Wednesday, March 12.\n\nOn the sidelines of the Forum, Minister Vantongeren will hold a "
        "bilateral meeting with Zelmarian Foreign Minister Pavo Kristensen.\n"
    )
    assert [k for k, _ in _sides(text)] == ["bilateral"]


CHAIRED = [
    (
        "Foreign ministers from 20 countries will gather in Castrel on Wednesday, March 12, for the "
        "Harbourline Regional Forum.\n\nThe Forum, which will be held at the Old Customs House, will be "
        "co-chaired by Foreign Minister Idris Vantongeren and Foreign Minister Pavo Kristensen.\n"
    ),
    (
        "Ministers will meet in Castrel on Wednesday, March 12, for the 8th Tidewater Cooperation "
        "Meeting.\n\nThe Meeting will be chaired by Foreign Minister Idris Vantongeren.\n"
    ),
    (
        "Defence ministers will meet in Castrel on Wednesday, March 12, for the Tidewater Security "
        "Conference.\n\nThe Conference, now in its fifth year, will be co-chaired by Defence Minister "
        "Mara Ellings and Defence Minister Tobin Ashgrove.\n"
    ),
    (
        "Ministers will gather in Castrel on Wednesday, March 12, for the Harbourline Ministerial Forum.\n\n"
        "The Forum is co-organised with the port authority and will be co-chaired by Foreign Minister "
        "Mara Ellings.\n"
    ),
]


@pytest.mark.parametrize("text", CHAIRED)
def test_the_chairs_of_the_main_gathering_are_no_side_meeting(text: str) -> None:
    assert _sides(text) == []


def test_a_preceding_meeting_keeps_its_chairs() -> None:
    text = (
        "Leaders will gather in Castrel on Wednesday, March 12, for the Harbourline Ocean Summit.\n\n"
        "The Summit will be preceded on Tuesday by a meeting of the Harbourline Fisheries Council, "
        "co-chaired by President Mara Ellings and President Tobin Ashgrove.\n"
    )
    assert [k for k, _ in _sides(text)] == ["multilateral"]


_CONF = (
    "Defence ministers will meet in Castrel on Wednesday, March 12, for the Tidewater Security "
    "Conference.\n\n"
)
SPLIT = [
    "On Thursday, Mr Ostrava will hold bilateral talks with Norvian Defence Minister Pel Andersk on "
    "shipbuilding, before a trilateral meeting with Danish and Swedish defence ministers Mara Ellings and "
    "Tobin Ashgrove on air defence.\n",
    "On Thursday, Mr Ostrava will hold bilateral talks with Norvian Defence Minister Pel Andersk, followed "
    "by a trilateral meeting with Danish and Swedish defence ministers Mara Ellings and Tobin Ashgrove.\n",
    "On Friday, Ms Kestrel will hold bilateral talks with Icelandic Defence Minister Orri Valsson on coast "
    "guards, before a trilateral meeting with Finnish and Irish defence ministers Aino Varjo and Cathal "
    "Breen on cables.\n",
]


@pytest.mark.parametrize("text", SPLIT)
def test_the_members_of_a_later_group_meeting_get_no_bilateral(text: str) -> None:
    pairs = [names for kind, names in _sides(_CONF + text) if kind == "bilateral"]
    assert len(pairs) == 1  # the bilateral with the first partner only


def test_a_bilateral_before_the_group_cue_stays() -> None:
    text = (
        "Mr Ostrava will also hold bilateral talks with Norvian Defence Minister Pel Andersk and then a "
        "trilateral meeting with Danish Defence Minister Mara Ellings and Swedish Defence Minister Tobin "
        "Ashgrove.\n"
    )
    assert [k for k, _ in _sides(_CONF + text)] == ["bilateral", "trilateral"]
