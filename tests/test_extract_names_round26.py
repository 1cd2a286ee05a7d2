"""Names: a father's name after "bin" that is spelt like a title, and a gathering read after a rank word."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract

REF = date(2031, 11, 1)


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in extract(text, today=REF).people]


def test_a_fathers_name_after_bin_stays_in_the_name_whatever_it_spells() -> None:
    text = "The delegation includes Deputy Minister of Finance Khalid bin Sultan Al-Harbi and two advisers."
    assert _people(text) == [("Khalid bin Sultan Al-Harbi", "Deputy Minister of Finance")]


def test_a_fathers_name_after_ibn_that_spells_a_ruler_stays_in_the_name() -> None:
    text = "Minister of State Omar ibn Emir Al-Sabah will attend the meeting in Kuwait City."
    assert _people(text) == [("Omar ibn Emir Al-Sabah", "Minister of State")]


def test_a_gathering_after_a_rank_word_is_no_person() -> None:
    text = (
        "President Ama Boateng will participate in the High-Level General Debate of the 86th Session of the "
        "United Nations General Assembly."
    )
    assert _people(text) == [("Ama Boateng", "President")]
