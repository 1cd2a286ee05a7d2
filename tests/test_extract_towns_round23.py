"""Round 23 (towns): a town the gazetteer lacks, named where the meeting is held in the sentence after a title
line that dates it, or with its region before "for the X Meeting on" its days."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Event

_REF = date(2031, 5, 2)


def _main(text: str) -> Event:
    """The main event of a short release written on _REF."""
    ev = extract(text, source="t", published=None, today=_REF).main_event
    assert ev is not None
    return ev


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Media Advisory: 5th Chile-Korea Annual Summit (November 3-4, 2031)\n\n"
            "President Camila Rojas will pay an official visit to the Republic of Korea for the 5th "
            "Chile-Korea Annual Summit with President Yoon Min-jae. The Summit will be held in Haenamri, "
            "South Jeolla, on 3-4 November 2031.\n",
            "Haenamri",
        ),
        (
            "Press Release: Malaysia-Brunei Defence Retreat (12 May 2031)\n\n"
            "Defence Minister Dato' Seri Azlan Hamid will host his Brunei counterpart for the annual "
            "retreat. The Retreat will be held in Kotaraya, Sabah, on 12 May 2031.\n",
            "Kotaraya",
        ),
        (
            "Australia to host Philippine Defence Secretary in Port Albery\n\n"
            "The Minister for Defence, Tessa Lindqvist, will host the Philippines' Secretary of National "
            "Defense, Ramon Villaflor, in Port Albery, Queensland, for the annual Australia-Philippines "
            "Defence Ministers' Meeting on 24 and 25 June.\n",
            "Port Albery",
        ),
    ],
)
def test_a_town_the_gazetteer_lacks_is_where_the_meeting_is_held(text: str, place: str) -> None:
    assert _main(text).place == place


def test_a_town_dated_by_another_day_is_not_the_meetings() -> None:
    text = (
        "Media Advisory: 5th Chile-Korea Annual Summit (November 3-4, 2031)\n\n"
        "President Camila Rojas will pay an official visit to the Republic of Korea for the 5th Chile-Korea "
        "Annual Summit. Senior officials will meet in Haenamri, South Jeolla, on 1 November 2031.\n"
    )
    assert _main(text).place != "Haenamri"
