"""People rules, round 19 (names): a one-word "name" after a title that is a world region or the first word
of a body's name ("Commander Europe", "the X Fusion Centre") is no person; a style after a ruler's word opens
the name ("the Amir Sheikh A B", "Sayyid A B"); bylines without "By" near the top (names and a job after a
comma, two names joined by "and", one name over a job line or a time stamp line) and "by"/"Edited by:"
credits; a name whose aside a title opens and a verb of speech closes ("A, director of X at Y, said")."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2025, 6, 1)


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


_LEAD = "Foreign Minister Jane Doe will meet her counterpart in Brussels on Monday.\n\n"


@pytest.mark.parametrize(
    "sentence, junk",
    [
        (
            "He will be briefed by the general, who is also Supreme Allied Commander Africa, on Tuesday.",
            "Africa",
        ),
        (
            "The panel was chaired by Ms Ana Reyes, Head of the Maritime Order Studies Programme "
            "at the college.",
            "Order",
        ),
        (
            "A liaison officer may be posted to Norway's Regional Fusion Centre in Bergen, officials said.",
            "Fusion",
        ),
        ('"It matters," said Carl Benton, a senior fellow for Central Asia at the Atlas Council.', "Asia"),
    ],
)
def test_region_or_body_word_after_title_is_no_person(sentence: str, junk: str) -> None:
    people = _people(_LEAD + sentence + "\n")
    assert junk not in people
    assert "Jane Doe" in people


def test_single_name_after_title_kept() -> None:
    # near miss: a one-word name after a title, a plain word after it
    people = _people(_LEAD + "She will also meet Defence Minister Suharyanto, who arrives on Sunday.\n")
    assert "Suharyanto" in people


@pytest.mark.parametrize(
    "sentence, name",
    [
        (
            "The leaders will be received by His Highness the Amir "
            "Sheikh Tamim Al-Rashid Al-Fahad Al-Khalil.",
            "Tamim Al-Rashid Al-Fahad Al-Khalil",
        ),
        (
            "Also attending is Omani Deputy Minister Sayyid Harib bin Salim Al-Busaidi.",
            "Harib bin Salim Al-Busaidi",
        ),
        ("Her Highness Sayyida Mona bint Fahad Al-Hinai will attend the dinner.", "Mona bint Fahad Al-Hinai"),
    ],
)
def test_style_after_ruler_word_opens_name(sentence: str, name: str) -> None:
    people = _people(_LEAD + sentence + "\n")
    assert name in people


def test_given_name_like_ruler_word_kept() -> None:
    # near miss: "Amir" as a given name with no style after it
    people = _people(_LEAD + "Trade Minister Amir Rahimi will also attend the talks.\n")
    assert "Amir Rahimi" in people


_BODY = "\n\nDefence Minister John Carver will travel to Oslo on Tuesday for talks with his counterpart.\n"


@pytest.mark.parametrize(
    "top, names",
    [
        ("PAULA GRANT and OMAR SEDDIK, Herald staff writers", ["Paula Grant", "Omar Seddik"]),
        ("TOMAS BERG, Evening Post staff writer", ["Tomas Berg"]),
        ("Lena Park in Oslo and Arjun Mehta in Delhi", ["Lena Park", "Arjun Mehta"]),
        ("Ravi Kulkarni\n\nMUMBAI\n\nUpdated - May 3, 2025 09:10 pm IST", ["Ravi Kulkarni"]),
        ("MARTA SOLIS\nSENIOR POLITICAL REPORTER\nMADRID", ["Marta Solis"]),
        ("by Ingrid Halvorsen", ["Ingrid Halvorsen"]),
    ],
)
def test_byline_without_by(top: str, names: list[str]) -> None:
    people = _people("Carver to visit Oslo for defence talks\n\n" + top + _BODY)
    for name in names:
        assert any(p.lower() == name.lower() for p in people), (name, list(people))
    assert "John Carver" in people


def test_edited_by_credit() -> None:
    people = _people("Carver to visit Oslo" + _BODY + "\nEdited by: Marco Ferri\n")
    assert "Marco Ferri" in people


def test_label_line_is_no_byline() -> None:
    # near miss: a label line near the top with two capitalised words and a date under it
    people = _people(
        "Carver to visit Oslo for defence talks\n\nPress Office\n\nUpdated - May 3, 2025" + _BODY
    )
    assert set(people) == {"John Carver"}


@pytest.mark.parametrize(
    "sentence, name, role",
    [
        (
            "Lotte Brandt, director of the Asia programme at the Meridian Institute in Berlin, "
            "cautioned that the deal was fragile.",
            "Lotte Brandt",
            "director of the Asia programme",
        ),
        (
            "Tariq Osmani, distinguished fellow at the Harbour Policy Forum of Pakistan, "
            "said the talks mattered.",
            "Tariq Osmani",
            "distinguished fellow",
        ),
        (
            "Bruno Keller, chief executive of the industry body Alpine Group's export council, "
            "said firms were ready.",
            "Bruno Keller",
            "chief executive of the industry body Alpine Group's export council",
        ),
    ],
)
def test_name_with_title_aside_then_speech(sentence: str, name: str, role: str) -> None:
    people = _people(_LEAD + sentence + "\n")
    assert name in people
    assert people[name][0] == role


def test_aside_without_title_is_no_cue() -> None:
    # near miss: an aside with no title word
    people = _people(_LEAD + "Porter Creek, meanwhile, said nothing about the plan.\n")
    assert "Porter Creek" not in people
