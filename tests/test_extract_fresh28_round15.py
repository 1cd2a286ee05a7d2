"""Rules from the dev28 sets (leaders' summits and ministerials, defence trip notices), round 15: a head of
government's own letterhead line ("PRIME MINISTER OF XLAND") names the release's issuer."""

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
