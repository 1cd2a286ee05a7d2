"""A title's portfolio after a colon is part of the title ("Deputy Director-General: Asia and the
Middle East")."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract

REF = date(2031, 8, 20)


def _roles(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract(text, today=REF).people}


def test_a_colon_portfolio_after_an_apposed_title_joins_it() -> None:
    text = (
        "The senior officials' meeting will be led on the Namibian side by Ambassador Petrus Haufiku, Deputy "
        "Director-General: Asia and the Pacific.\n"
    )
    assert _roles(text)["Petrus Haufiku"] == "Deputy Director-General: Asia and the Pacific"


def test_a_contact_line_with_a_colon_portfolio_keeps_it() -> None:
    text = (
        "Minister to visit Hanoi\n\nThe visit will take place on 26 August.\n\n"
        "Enquiries: Thandi Mokoena, Chief Director: Public Diplomacy, DIRCO, 012 555 0100\n"
    )
    assert _roles(text)["Thandi Mokoena"] == "Chief Director: Public Diplomacy"


def test_a_colon_before_a_lower_case_clause_adds_nothing() -> None:
    text = "The talks were led by Ambassador Petrus Haufiku, Deputy Director-General: the agenda was long.\n"
    assert _roles(text)["Petrus Haufiku"] == "Deputy Director-General"
