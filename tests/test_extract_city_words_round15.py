"""A workplace's city of four words ("in Ho Chi Minh City") places a scholar there, not in a town named like
its first word."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

LEAD = (
    "HANOI, May 3 (VNA) - Foreign Minister Pham Duc Long will visit Canberra next week, "
    "the ministry said.\n\n"
)


def _country(text: str, name: str) -> str | None:
    b = extract(LEAD + text, today=date(2026, 5, 3))
    return next(p.country for p in b.people if p.name == name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"The visit matters," said Tran Thi Hoa, a lecturer at the University of Law in Ho Chi Minh City.\n',
         "Tran Thi Hoa"),
        ("Vo Minh Quan, a researcher at a think tank in Ho Chi Minh City, said the trip was overdue.\n",
         "Vo Minh Quan"),
        ('"Canberra is a key partner," said Dang Thu Ha, an economist at the Saigon Policy Centre, '
         "based in Ho Chi Minh City.\n", "Dang Thu Ha"),
    ],
)
def test_a_scholar_in_a_four_word_city_is_of_that_city_s_country(text: str, name: str) -> None:
    assert _country(text, name) == "Vietnam"


def test_a_scholar_in_a_one_word_city_keeps_its_country() -> None:
    text = '"The visit matters," said Bui Van Nam, a lecturer at the University of Law in Hanoi.\n'
    assert _country(text, "Bui Van Nam") == "Vietnam"
