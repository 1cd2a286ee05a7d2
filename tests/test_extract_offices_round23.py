"""Round 23 (offices): an embassy's letterhead, a naval base or a plural title read as a name is no person;
"Commander of United States Forces Korea" is American, whatever country the forces are in."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_REF = date(2031, 4, 2)


def _people(text: str) -> dict[str, str | None]:
    """Name -> country of everyone the extractor lists."""
    return {p.name: p.country for p in extract(text, source="t", published=None, today=_REF).people}


@pytest.mark.parametrize(
    ("text", "not_a_person"),
    [
        (
            "U.S. EMBASSY & CONSULATES IN KENYA\n\nU.S., Kenya hold defense dialogue\n\n"
            "NAIROBI - Deputy Assistant Secretary of Defense Laura Keane will meet Kenya's Principal "
            "Secretary for Defence, Patrick Wambua, in Nairobi on April 8.\n",
            "Consulates In Kenya",
        ),
        (
            "Defence Secretary to host Polish minister\n\n"
            "On Wednesday, the Defence Secretary will take Mr Nowak to HM Naval Base Devonport to meet crews "
            "training on submarines, before the talks in London on April 10.\n",
            "Naval Base Devonport",
        ),
        (
            "S. Korea, Japan, China FMs to meet on Jeju later this month\n\n"
            "SEOUL, April 2 (Yonhap) -- Foreign Minister Lee Ji-won will host her Japanese and Chinese "
            "counterparts on Jeju on April 27, the ministry said.\n",
            "China FMs",
        ),
    ],
)
def test_an_office_or_a_plural_title_is_no_person(text: str, not_a_person: str) -> None:
    assert not_a_person not in _people(text)


def test_a_commander_of_a_states_forces_abroad_is_of_that_state() -> None:
    text = (
        "Defense secretary visits Korea\n\n"
        "SEOUL, April 2 (Yonhap) -- Before the talks, the Secretary will receive a briefing from Gen. "
        "Darnell Pike, Commander of United States Forces Korea, at Camp Humphreys on April 14.\n"
    )
    assert _people(text).get("Darnell Pike") == "United States"


def test_a_real_name_stays() -> None:
    people = _people(
        "Ministers meet in Nairobi\n\nNAIROBI - Kenya's Defence Cabinet Secretary Amina Wambua will host "
        "Tanzanian Defence Minister Joseph Mbasha in Nairobi on April 8.\n"
    )
    assert "Amina Wambua" in people and "Joseph Mbasha" in people
