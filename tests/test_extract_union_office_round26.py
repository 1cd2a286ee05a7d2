"""An office the European Union styles "of the Union" is the Union's, whatever gathering the text is about."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract

REF = date(2031, 3, 17)


def _countries(text: str) -> dict[str, str | None]:
    return {p.name: p.country for p in extract(text, today=REF).people}


def test_the_high_representative_of_the_union_is_the_eus_under_another_bodys_letterhead() -> None:
    text = (
        "ITALIAN PRESIDENCY OF THE G7 – 2031\n\n"
        "G7 Foreign Ministers' Meeting in Capri (25-26 March 2031)\n\n"
        "The ministers will be joined by the High Representative of the Union for Foreign Affairs and "
        "Security Policy, Anja Lindqvist.\n"
    )
    assert _countries(text)["Anja Lindqvist"] == "European Union"


def test_a_union_office_in_a_plain_text_is_the_eus() -> None:
    text = "Talks on 25 March will include the High Representative of the Union, Anja Lindqvist.\n"
    assert _countries(text)["Anja Lindqvist"] == "European Union"


def test_another_union_is_not_the_eu() -> None:
    text = "The African Union's Commission Chairperson, Moussa Diallo, will attend the talks on 25 March.\n"
    assert _countries(text)["Moussa Diallo"] != "European Union"
