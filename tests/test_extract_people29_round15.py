"""People rules, round 15 (people29): a capitalised academic post in apposition ("A, Associate Professor at
X, said") is the person's title, not an honorific opening another name."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Briefing

_TODAY = date(2031, 3, 4)
_LEAD = "The ministers of Norway and Chile will meet in Oslo on Friday."
_KUCHING = "The ministers of Malaysia and India will meet on Friday."
_SEOUL = "The ministers of Thailand and Chile will meet in Seoul on Friday."


def _brief(text: str) -> Briefing:
    return extract(text, today=_TODAY)


def _person(b: Briefing, name: str) -> tuple[str | None, str | None]:
    found = [p for p in b.people if p.name == name]
    assert found, f"{name} not found in {[p.name for p in b.people]}"
    return found[0].role, found[0].country


# ---- a capitalised academic post after a name's comma ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Olufemi Adeyemi, Associate Professor at the Institute of Peace Studies in Lagos, told reporters "
            "the summit came at a delicate moment.",
            "Olufemi Adeyemi",
            "Associate Professor",
        ),
        (
            "Ingrid Solberg, Assistant Professor of Political Science at the University of Bergen, said the "
            "agenda was too narrow.",
            "Ingrid Solberg",
            "Assistant Professor",
        ),
        (
            "Tomás Arriaga, Professor, said the two navies had rarely trained together.",
            "Tomás Arriaga",
            "Professor",
        ),
    ],
)
def test_capitalised_academic_post_in_apposition(sentence: str, name: str, role: str) -> None:
    text = f"Ministers to meet in Oslo\n\n{_LEAD}\n\n{sentence}\n"
    got_role, _ = _person(_brief(text), name)
    assert got_role is not None and got_role.startswith(role)


def test_professor_before_a_name_stays_an_honorific() -> None:
    text = (
        "Ministers to meet in Oslo\n\nThe ministers of Norway and Chile will meet in Oslo on Friday.\n\n"
        "The working lunch will be chaired by Professor Helga Brun, the council's chair.\n"
    )
    b = _brief(text)
    assert "Helga Brun" in [p.name for p in b.people]
    assert not any(p.name.startswith("Professor") for p in b.people)


# ---- "RoK", the Republic of Korea's initials as some outlets write them ------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        (
            "Thai Ambassador to the RoK Somchai Wongsuwan told reporters in Seoul that trade would top the "
            "agenda.",
            "Somchai Wongsuwan",
            "Thailand",
        ),
        (
            "Ambassador of the RoK to Thailand Choi Young-sam said the talks were overdue.",
            "Choi Young-sam",
            "South Korea",
        ),
        (
            "Mexican Defence Attaché to the RoK Colonel Luis Ortega will also attend the reception.",
            "Luis Ortega",
            "Mexico",
        ),
    ],
)
def test_rok_is_south_korea_not_a_name_word(sentence: str, name: str, country: str) -> None:
    text = f"Ministers to meet in Seoul\n\n{_SEOUL}\n\n{sentence}\n"
    _, got_country = _person(_brief(text), name)
    assert got_country == country


def test_rok_leaves_a_name_with_rok_inside_alone() -> None:
    text = (
        "Ministers to meet in Seoul\n\nThe ministers of Thailand and Chile will meet in Seoul on Friday.\n\n"
        "Thai Foreign Minister Arisa Rokkaew will lead the Thai side.\n"
    )
    assert _person(_brief(text), "Arisa Rokkaew") == ("Foreign Minister", "Thailand")


# ---- "the diplomat said" closing a quote that runs on over paragraphs ----------------------------------


@pytest.mark.parametrize(
    ("intro", "noun"),
    [
        ("Kenyan Ambassador to Japan Wanjiru Otieno told reporters in Tokyo that", "diplomat"),
        ("Deputy Head of Mission Amara Nwosu told the agency's correspondents that", "diplomat"),
        ("Senior Fellow Jonas Lindqvist of the Nordic Policy Institute told the agency that", "expert"),
    ],
)
def test_generic_noun_after_run_on_quote_paragraph(intro: str, noun: str) -> None:
    text = (
        "Ministers to meet in Oslo\n\n"
        f"{_LEAD}\n\n"
        f"{intro} the meeting would focus on fisheries and shipping.\n\n"
        "\u201cOur two countries have never traded more. There is room to grow.\n\n"
        f"\u201cWe expect several agreements to be signed,\u201d the {noun} said.\n"
    )
    b = _brief(text)
    speaker = next(p.name for p in b.people if p.name.split()[0] in intro)
    assert [q.speaker for q in b.quotes] == [speaker, speaker]


def test_generic_noun_two_paragraphs_after_a_plain_paragraph_stays_unresolved() -> None:
    text = (
        "Ministers to meet in Oslo\n\n"
        f"{_LEAD}\n\n"
        "Kenyan Ambassador to Japan Wanjiru Otieno told reporters in Tokyo that the talks were welcome.\n\n"
        "Trade between the two countries has doubled since 2020.\n\n"
        "\u201cWe expect several agreements to be signed,\u201d the diplomat said.\n"
    )
    assert [q.speaker for q in _brief(text).quotes] == [None]


# ---- two given names first, the name in full of four words later -------------------------------------


@pytest.mark.parametrize(
    ("short", "full", "title"),
    [
        ("Azman Hakim", "Azman Hakim Mohd Rafi", "Home Minister"),
        ("Siti Rahmah", "Siti Rahmah Abdul Ghani", "Foreign Minister"),
        ("Luis Alberto", "Luis Alberto Quintana Roldan", "Defence Minister"),
    ],
)
def test_two_given_names_first_then_the_full_name(short: str, full: str, title: str) -> None:
    text = (
        f"{short} to host regional security meeting in Penang\n\n"
        f"KUALA LUMPUR, May 4 -- {title} Datuk {full} will host his Thai counterpart in Penang on "
        "May 12.\n\n"
        f'"Our waters are safer when we work together," {short} said.\n'
    )
    b = _brief(text)
    assert [p.name for p in b.people if p.name.startswith(short)] == [full]
    assert [q.speaker for q in b.quotes] == [full]


def test_two_words_then_a_three_word_name_is_unchanged() -> None:
    text = (
        "Azman Hakim to host regional security meeting in Penang\n\n"
        "KUALA LUMPUR, May 4 -- Home Minister Azman Hakim Rafi will host his Thai counterpart in Penang on "
        "May 12.\n"
    )
    names = [p.name for p in _brief(text).people]
    assert "Azman Hakim Rafi" in names


# ---- "..., which said": a document's or a body's words, not the sentence subject's ------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ortega and Lindqvist will meet on Thursday, according to a foreign ministry statement, which said "
        "the two would review \u201cevery aspect of our shared fisheries agenda.\u201d",
        "Lindqvist is expected to sign the accord, the Oslo daily Aftenbladet reported, citing a draft "
        "communique, which said the sides would pursue \u201ca new chapter of maritime cooperation.\u201d",
        "Ortega will also visit the port, according to an itinerary released by the embassy, which said the "
        "stop would showcase \u201cthe strength of our commercial ties.\u201d",
    ],
)
def test_which_said_names_no_person(sentence: str) -> None:
    text = (
        "Ministers to meet in Oslo\n\n"
        "Chilean Foreign Minister Luis Ortega and Norwegian Foreign Minister Jonas Lindqvist will meet in "
        f"Oslo on Friday.\n\n{sentence}\n"
    )
    assert [q.speaker for q in _brief(text).quotes] == [None]


def test_who_said_still_names_the_person() -> None:
    text = (
        "Ministers to meet in Oslo\n\n"
        "Chilean Foreign Minister Luis Ortega and Norwegian Foreign Minister Jonas Lindqvist will meet in "
        "Oslo on Friday.\n\n"
        "The talks were requested by Ortega, who said the two would review \u201cevery aspect of our shared "
        "fisheries agenda.\u201d\n"
    )
    assert [q.speaker for q in _brief(text).quotes] == ["Luis Ortega"]


# ---- "Xstate Chief Minister": the state is part of a sub-national head's title --------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Sarawak Chief Minister Abang Osman will host a dinner for the ministers.",
            "Abang Osman",
            "Sarawak",
        ),
        ("The ministers will call on Kerala Chief Minister Thomas Varghese.", "Thomas Varghese", "Kerala"),
        ("Punjab Chief Minister Harjit Sandhu will open the trade fair.", "Harjit Sandhu", "Punjab"),
    ],
)
def test_state_before_chief_minister_is_part_of_the_title(sentence: str, name: str, role: str) -> None:
    text = f"Ministers to meet in Kuching\n\n{_KUCHING}\n\n{sentence}\n"
    got_role, _ = _person(_brief(text), name)
    assert got_role == f"{role} Chief Minister"


def test_an_adverb_before_chief_minister_is_no_state() -> None:
    text = (
        f"Ministers to meet in Kuching\n\n{_KUCHING}\n\n"
        "Then Chief Minister Abang Osman welcomed the guests.\n"
    )
    assert _person(_brief(text), "Abang Osman")[0] == "Chief Minister"


# ---- a workplace's city of three or four words after the title ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        ("Awang Hamid, a lecturer at Universiti Brunei Darussalam in Bandar Seri Begawan, said so.",
         "Awang Hamid", ("lecturer at Universiti Brunei Darussalam", "Brunei")),
        ("Tom Reyes, an analyst at the Pacific Forum in Salt Lake City, told the agency it was overdue.",
         "Tom Reyes", ("analyst at the Pacific Forum", "United States")),
        ("Lin Wei, an associate professor at National Taipei University in New Taipei City, said so.",
         "Lin Wei", ("associate professor at National Taipei University", "Taiwan")),
    ],
)  # fmt: skip
def test_long_city_name_after_workplace(sentence: str, name: str, expected: tuple[str, str]) -> None:
    text = f"Ministers to meet in Oslo\n\n{_LEAD}\n\n{sentence}\n"
    assert _person(_brief(text), name) == expected


def test_two_word_city_after_workplace_unchanged() -> None:
    text = (
        f"Ministers to meet in Oslo\n\n{_LEAD}\n\n"
        "Ko Pei-yu, a professor at Fu Jen University in Kota Kinabalu, said the talks mattered.\n"
    )
    assert _person(_brief(text), "Ko Pei-yu") == ("professor at Fu Jen University", "Malaysia")
