"""People rules, round 15 (quick28b): a lower-case title whose command closes with the region it covers
and its bracketed initials or the holder's rank before a comma ("the commander of Xish forces in the Y
Sea (ABC), Rear-Admiral A": the region is the title's, the initials and the state's word are not); a
grade kept when an office apposed to a ranked name opens with it before a body's word ("Maj. A, Deputy
Pentagon Press Secretary")."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Briefing
from tests.extract_helpers import person as _get

TODAY = date(2031, 6, 2)
HEAD = "Minister to visit forces abroad\n\n"


def _b(text: str) -> Briefing:
    return extract(HEAD + text, today=TODAY)


# ---- a lower-case command closed by its region --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        (
            "The Minister will then meet the commander of Dutch forces in the Caribbean (ZMKAR), "
            "Rear-Admiral Pieter van Houten, at the naval base.",
            "Pieter van Houten",
            "commander of forces in the Caribbean",
            "Netherlands",
        ),
        (
            "On Thursday she will sail with the Spanish joint commander for the Mediterranean (CJMED), "
            "Vice-Admiral Inés Carbonell Rojo, and the ambassador.",
            "Inés Carbonell Rojo",
            "joint commander for the Mediterranean",
            "Spain",
        ),
        (
            "He will be received by the head of Italian forces in the Gulf of Aden, Captain Marco "
            "Ferrante Lisi, before flying home.",
            "Marco Ferrante Lisi",
            "head of forces in the Gulf of Aden",
            "Italy",
        ),
    ],
)
def test_region_closes_a_lower_case_command(text: str, name: str, role: str, country: str) -> None:
    p = _get(_b(text), name)
    assert (p.role, p.country) == (role, country)


def test_region_without_initials_or_rank_reads_no_longer_title() -> None:
    # a plain name after the region: nothing marks the comma as closing the command's name
    b = _b("The Minister spoke with the commander of Dutch forces in the Caribbean, Pieter van Houten, now.")
    assert all(p.role != "commander of forces in the Caribbean" for p in b.people)


# ---- a grade before a body's word in an apposed office -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Questions may be directed to Maj. Carla Brenner, Deputy Pentagon Press Secretary.",
            "Carla Brenner",
            "Deputy Pentagon Press Secretary",
        ),
        (
            "The talks were announced by Col. Aiden Roark, Deputy U.S. Trade Representative, on Monday.",
            "Aiden Roark",
            "Deputy Trade Representative",
        ),
        (
            "Media queries go to Cmdr. Tobias Wrenfield, Acting Pentagon Press Secretary, by noon.",
            "Tobias Wrenfield",
            "Acting Pentagon Press Secretary",
        ),
    ],
)
def test_grade_kept_in_apposed_office(text: str, name: str, role: str) -> None:
    assert _get(_b(text), name).role == role


def test_apposed_office_without_grade_unchanged() -> None:
    b = _b("Questions may be directed to Maj. Carla Brenner, Pentagon Press Secretary.")
    assert _get(b, "Carla Brenner").role == "Pentagon Press Secretary"
