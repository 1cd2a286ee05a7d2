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


def test_a_spanish_university_name_keeps_its_scholar() -> None:
    text = (
        "Rodrigo Vial Sanhueza, a professor of international relations at the Pontificia Universidad "
        "Católica de Chile, was more cautious."
    )
    people = extract(text, today=REF).people
    assert [p.name for p in people] == ["Rodrigo Vial Sanhueza"]
    assert people[0].country == "Chile"


def test_each_state_before_its_name_in_a_comma_list_is_that_names() -> None:
    text = (
        "The foreign ministers of the Kyrgyz Republic, Aibek Toktomamatov, of Tajikistan, Rustam Nazarov, "
        "and of Uzbekistan, Dilshod Rakhimov, have confirmed their participation."
    )
    people = extract(text, today=REF).people
    assert [(p.name, p.role, p.country) for p in people] == [
        ("Aibek Toktomamatov", "foreign minister", "Kyrgyzstan"),
        ("Rustam Nazarov", "foreign minister", "Tajikistan"),
        ("Dilshod Rakhimov", "foreign minister", "Uzbekistan"),
    ]


def test_a_name_after_its_state_still_takes_it() -> None:
    people = extract("Rustam Nazarov, of Tajikistan, will attend the talks.", today=REF).people
    assert [(p.name, p.country) for p in people] == [("Rustam Nazarov", "Tajikistan")]


def test_a_region_named_before_its_governor_is_no_person() -> None:
    text = "The delegation will meet the governor of Tajikistan's Sughd region, Behruz Safarov, on Monday."
    assert "Sughd" not in [p.name for p in extract(text, today=REF).people]


def test_a_grade_before_a_region_in_a_lower_case_title_keeps_the_speaker() -> None:
    text = "Wen Jiahao, chief China economist at Harlow Securities, wrote in a note that a deal was likely."
    assert _people(text) == [("Wen Jiahao", "chief China economist")]


def test_a_site_named_before_its_kind_is_no_person() -> None:
    text = "The ministers will discuss exporting gas from Argentina's Vaca Muerta shale field to Brazil."
    assert _people(text) == []


def test_a_chair_handed_over_to_a_titled_person_is_no_title() -> None:
    text = (
        "Prime Minister Daniel Tovua of Solomon Islands will hand over the Forum chair to President "
        "Ferdinand Remeliik at the opening session."
    )
    assert ("Ferdinand Remeliik", "President") in _people(text)
