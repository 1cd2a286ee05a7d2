"""People's roles and countries, round 18 (pf18): a programme's day heading ("Tuesday 4 May — Xcity") under
the lead is an item of the visit's programme, not the release's own date-and-place line (so it names no
issuer), and it places the items under it in that town's country."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from tests.extract_helpers import person

TODAY = date(2031, 3, 2)


def _person(text: str, name: str) -> tuple[str | None, str | None]:
    """The (role, country) extracted for the named person (fails when the person is not found)."""
    p = person(extract(text, today=TODAY), name)
    return p.role, p.country


_PROGRAMME = (
    "Presidency — Press release\n\n"
    "State visit of the President of the Republic to {visited}\n\n"
    "The President of the Republic, Mr Aurelio Manfredini, will make a State visit to {visited} from Monday "
    "4 May to Wednesday 6 May 2031, at the invitation of his {vadj} counterpart.\n\n"
    "Programme\n\n"
    "Monday 4 May — {city}\n"
    "Official welcome ceremony, followed by talks with the President, Mr Osvaldo Pradera. State dinner.\n\n"
    "Tuesday 5 May — {city}\n"
    "A working lunch with the Prime Minister, Mr Benedikt Sauermann, then a visit to a museum.\n\n"
    "Speaking to the press on Friday, the President's chief of staff, Ms Ottilie Brandvold, said the visit "
    "would open a new chapter.\n"
)


@pytest.mark.parametrize(
    ("visited", "vadj", "city"),
    [("Peru", "Peruvian", "Lima"), ("Hungary", "Hungarian", "Budapest"), ("Poland", "Polish", "Warsaw")],
)
def test_programme_day_heading_is_no_issuer_line(visited: str, vadj: str, city: str) -> None:
    text = _PROGRAMME.format(visited=visited, vadj=vadj, city=city)
    assert _person(text, "Ottilie Brandvold")[1] != visited
    assert _person(text, "Benedikt Sauermann") == ("Prime Minister", visited)


def test_release_date_place_line_over_the_lead_still_names_the_issuer() -> None:
    text = (
        "Ministry of Trade\n\n"
        "12 March 2031 — Lima\n\n"
        "Minister Renata Quispe will receive a business delegation next week, the ministry said.\n"
    )
    assert _person(text, "Renata Quispe")[1] == "Peru"
