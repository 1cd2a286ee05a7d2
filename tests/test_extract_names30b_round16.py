"""Name rules, round 16 (names30b): a given name spelt like a ruler's title before "bin"/"ibn" ("Prince
Sultan bin A"); a patronymic name, or one after an envoy's posting ("to Xland"), closing a body named inside
a title ("Director-General of the Minister's Office A bin B C"); "Ambassador to the Kingdom A B C and
Additional Secretary D E" (the run ends before the next title); a two-word family name in a headline
("Minister Abdel X") that the body names in full; a headline's verb read as a family name ("Prime Minister
A Agree to X")."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Briefing, Person

TODAY = date(2031, 6, 2)
HEAD = "Ministers gather for regional talks\n\n"


def _b(text: str, head: str = HEAD) -> Briefing:
    return extract(head + text, today=TODAY)


def _get(b: Briefing, name: str) -> Person:
    found = [p for p in b.people if p.name == name]
    assert found, f"{name!r} not among {[p.name for p in b.people]}"
    return found[0]


def _names(b: Briefing) -> list[str]:
    return sorted(p.name for p in b.people)


# ---- a given name spelt like a ruler's title, then "bin" -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "He will meet His Royal Highness Prince Sultan bin Rashid bin Hamad, Minister of Interior.",
            "Sultan bin Rashid bin Hamad",
        ),
        ("Sultan bin Omar Al-Fayez, Minister of Energy, spoke.", "Sultan bin Omar Al-Fayez"),
        ("The delegation called on Prince Sultan bin Majid Al-Qasimi.", "Sultan bin Majid Al-Qasimi"),
    ],
)
def test_ruler_word_before_bin_is_a_given_name(text: str, name: str) -> None:
    assert name in _names(_b(text))


def test_sultan_before_a_name_stays_a_title() -> None:
    p = _get(_b("The minister was received by Sultan Haitham bin Nasser."), "Haitham bin Nasser")
    assert p.role == "Sultan"


# ---- a patronymic name (or an envoy's posting) closing a body inside a title ---------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Also present was Director-General of the Minister's Office Nasser bin Fahd Al-Qahtani.",
            "Nasser bin Fahd Al-Qahtani",
            "Director-General of the Minister's Office",
        ),
        (
            "Also present was Head of the Royal Court Khalid bin Saad Al-Otaibi.",
            "Khalid bin Saad Al-Otaibi",
            "Head of the Royal Court",
        ),
        (
            "Present was Ambassador of the Guardian of the Sacred Sites to Kenya Faisal bin Musa Al-Harthi.",
            "Faisal bin Musa Al-Harthi",
            "Ambassador of the Guardian of the Sacred Sites to Kenya",
        ),
    ],
)
def test_patronymic_name_closes_a_titled_body(text: str, name: str, role: str) -> None:
    b = _b(text)
    assert _get(b, name).role == role
    assert len(b.people) == 1


def test_envoy_posting_closes_a_body_before_a_plain_name() -> None:
    b = _b("Also present was Envoy of the Grand Council to Norway Marta Lind Okafor.")
    assert _get(b, "Marta Lind Okafor").role == "Envoy of the Grand Council to Norway"


# ---- "Ambassador to the Kingdom A B C and Additional Secretary D E" ------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Also there: Ambassador to the Kingdom Omar Farooq Baig and Additional Secretary Lina Haddad.",
            "Omar Farooq Baig",
            "Ambassador to the Kingdom",
        ),
        (
            "It was attended by Adviser to the Presidency Tomas Ruiz Arrieta and Deputy Minister Ana Pell.",
            "Tomas Ruiz Arrieta",
            "Adviser to the Presidency",
        ),
        (
            "It was attended by Representative to the Kingdom Marta Ines Lobo and Deputy Secretary Jo Fenn.",
            "Marta Ines Lobo",
            "Representative to the Kingdom",
        ),
    ],
)
def test_run_after_title_ends_before_the_next_title(text: str, name: str, role: str) -> None:
    b = _b(text)
    assert _get(b, name).role == role
    assert len(b.people) == 2


def test_headline_verb_after_title_to_is_no_body() -> None:
    b = _b("Minister Jane Doe will attend.", head="Minister for Trade to Attend Xland Expo in Ytown\n\n")
    assert "Attend Xland" not in " ".join(p.role or "" for p in b.people)


# ---- a two-word family name in a headline, the full name in the body -----------------------------------


@pytest.mark.parametrize(
    ("head", "body", "name"),
    [
        (
            "Foreign Minister Abu Zeid heads to Xtown for talks\n\n",
            "Dr. Karim Abu Zeid, Minister of Foreign Affairs, will travel to Xtown on Monday.",
            "Karim Abu Zeid",
        ),
        (
            "Minister García Ortega visits Ytown\n\n",
            "Foreign Minister Luis García Ortega will visit Ytown on Monday.",
            "Luis García Ortega",
        ),
        (
            "Defence Minister Abdel Nour meets Xland counterpart\n\n",
            "Defence Minister Samir Abdel Nour will meet his counterpart on Monday.",
            "Samir Abdel Nour",
        ),
    ],
)
def test_headline_two_word_family_name_joins_the_full_name(head: str, body: str, name: str) -> None:
    b = _b(body, head=head)
    assert _names(b) == [name]


# ---- a headline's verb read as a family name -------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "body", "name"),
    [
        (
            "President Okoro, Xish Prime Minister Tomas Agree to Boost Rail Links\n\n",
            "Prime Minister Tomas Veld Arndt met President Ada Okoro on Monday.",
            "Tomas Veld Arndt",
        ),
        (
            "Foreign Minister Laila Vow to Deepen Ties\n\n",
            "Foreign Minister Laila Hamdan Saleh spoke on Monday.",
            "Laila Hamdan Saleh",
        ),
        (
            "Defence Chiefs, Minister Piet Pledge to Expand Drills\n\n",
            "Defence Minister Piet Karsten Mol spoke on Monday.",
            "Piet Karsten Mol",
        ),
    ],
)
def test_headline_verb_is_no_family_name(head: str, body: str, name: str) -> None:
    b = _b(body, head=head)
    assert name in _names(b)
    assert not any(n.split()[0] == name.split()[0] and n != name for n in _names(b))


def test_headline_name_named_again_keeps_its_family_name() -> None:
    head = "Foreign Minister Jane Dorrit to Visit Xland\n\n"
    b = _b("Foreign Minister Jane Dorrit will visit Xland.", head=head)
    assert _names(b) == ["Jane Dorrit"]


# ---- "Service" a portfolio's common noun before a full name ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Present were Head of the Public Service Amos Kiplagat Wanyama and Deputy Minister Jo Fenn.",
            "Amos Kiplagat Wanyama",
            "Head of the Public Service",
        ),
        (
            "Present was Director of the Foreign Service Lena Maria Holt.",
            "Lena Maria Holt",
            "Director of the Foreign Service",
        ),
        (
            "Present was Commissioner of the Civil Service Pita Sione Vea.",
            "Pita Sione Vea",
            "Commissioner of the Civil Service",
        ),
    ],
)
def test_service_closes_a_portfolio_before_a_name(text: str, name: str, role: str) -> None:
    assert _get(_b(text), name).role == role


def test_minister_of_justice_before_a_name_like_a_noun() -> None:
    b = _b("Present was Minister of Justice Maurice Doe.")
    assert _get(b, "Maurice Doe").role == "Minister of Justice"
