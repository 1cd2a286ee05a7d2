"""Roles, round 20 (office): an office before a rank ("Xcg Commandant Admiral A"), a portfolio word the
vocabulary lacked ("Transportation Secretary A"), "Chargé d'Affaires ad interim", a service named after an
office that names it already ("Chief of Navy, Royal Xish Navy"), "Commander Xish Fleet", a title going on
with the ministry it serves in before a comma name, a state or province closing a title, a
parliamentarian's style before a comma name, "A is a senior fellow ..." and a field opening a sentence
("International relations observer")."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.evaluate.matching import same_role
from briefings.extract import extract
from tests.extract_helpers import person

_TODAY = date(2026, 3, 2)


def _role(text: str, name: str) -> str | None:
    return person(extract(text, today=_TODAY), name).role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "XCG Commandant Admiral Pedro Alvarado will open the talks on Monday.",
            "Pedro Alvarado",
            "Commandant",
        ),
        (
            "The visitors will call on Vice Commandant for Operations Rear Admiral Hiro Tanabe "
            "in the afternoon.",
            "Hiro Tanabe",
            "Vice Commandant for Operations",
        ),
        (
            "She will meet Transportation Secretary Ramon Delacruz on Friday.",
            "Ramon Delacruz",
            "Transportation Secretary",
        ),
        (
            "He will be joined by Ethnic Communities Minister Tom Ferrier and business leaders.",
            "Tom Ferrier",
            "Ethnic Communities Minister",
        ),
        (
            "Chargé d'Affaires ad interim Laura Benning will host a reception for the delegation.",
            "Laura Benning",
            "Chargé d'Affaires ad interim",
        ),
    ],
)
def test_office_words(text: str, name: str, role: str) -> None:
    assert _role(text, name) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The chief will hold talks with Vice Admiral Ian Cordell, Chief of Navy, Royal Xandian Navy, in "
            "the capital.",
            "Ian Cordell",
            "Chief of Navy",
        ),
        (
            "He will meet Major General Sam Orwin, Chief of Army, Royal Xandian Army, on Tuesday.",
            "Sam Orwin",
            "Chief of Army",
        ),
        (
            "In Sydney he will meet Rear Admiral Colin Basset, Commander Australian Fleet.",
            "Colin Basset",
            "Commander Australian Fleet",
        ),
        (
            "The guests were received by Commander Australian Fleet Rear Admiral Colin Basset.",
            "Colin Basset",
            "Commander Australian Fleet",
        ),
    ],
)
def test_service_after_office(text: str, name: str, role: str) -> None:
    assert _role(text, name) == role


def test_staff_unit_stays_in_title() -> None:
    # near miss: "Joint Staff" names the staff the post heads, not a service the title already names
    text = "He will call on General Ken Mori, Chief of Staff, Joint Staff, in the afternoon."
    assert _role(text, "Ken Mori") == "Chief of Staff, Joint Staff"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The talks will include the Principal Secretary, State Department for Trade, Dr. Ann Wanjiru "
            "Kamau.",
            "Ann Wanjiru Kamau",
            "Principal Secretary, State Department for Trade",
        ),
        (
            "She will also meet Secretary (East) in the Ministry of External Affairs, Ravi Menon, on Monday.",
            "Ravi Menon",
            "Secretary (East) in the Ministry of External Affairs",
        ),
        (
            "The Director, Department of Ocean Affairs, Mary Kessel, will attend.",
            "Mary Kessel",
            "Director, Department of Ocean Affairs",
        ),
    ],
)
def test_title_with_its_ministry_before_comma_name(text: str, name: str, role: str) -> None:
    assert _role(text, name) == role


def test_comma_place_is_no_ministry() -> None:
    # near miss: a city after the comma is no ministry; the comma name rule stays as it was
    text = "The Governor, Ann Veld, will welcome the ministers."
    assert _role(text, "Ann Veld") == "Governor"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The delegation includes Senator Ray Dunn, Senator for New South Wales.",
            "Ray Dunn",
            "Senator for New South Wales",
        ),
        (
            "The Governor of Western Australia Ann Lyle will host the dinner.",
            "Ann Lyle",
            "Governor of Western Australia",
        ),
        (
            "The President of the Canadian Senate, Senator the Hon Liz Carr, will lead the delegation.",
            "Liz Carr",
            "President of the Senate",
        ),
        (
            "The Speaker of the Assembly, the Hon Paul Tamo, will host them.",
            "Paul Tamo",
            "Speaker of the Assembly",
        ),
    ],
)
def test_parliamentarians(text: str, name: str, role: str) -> None:
    assert same_role(role, _role(text, name))


def test_region_name_is_no_person() -> None:
    text = "The delegation includes Senator Ray Dunn, Senator for New South Wales."
    names = [p.name for p in extract(text, today=_TODAY).people]
    assert names == ["Ray Dunn"]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            '"The alliance will hold," said Nora Pike.\n\nNora Pike is a senior fellow '
            "with the Asia Program at the Harbour Institute.",
            "Nora Pike",
            "senior fellow",
        ),
        (
            '"Watch the coast guards," said Omar Sheth.\n\nOmar Sheth is a fellow with the Chair in Maritime '
            "Studies.",
            "Omar Sheth",
            "fellow",
        ),
        (
            "International relations observer from Lakeside University, Budi Santoso, said "
            "the talks would be a test.",
            "Budi Santoso",
            "International relations observer",
        ),
        (
            "Maritime security analyst Tariq Aziz said the drills mattered.",
            "Tariq Aziz",
            "Maritime security analyst",
        ),
    ],
)
def test_described_people(text: str, name: str, role: str) -> None:
    assert _role(text, name) == role


def test_is_a_without_title_gives_no_role() -> None:
    # near miss: "is a" before no title word gives no role
    text = '"We must act," said Nora Pike.\n\nNora Pike is a strong voice on the issue.'
    assert _role(text, "Nora Pike") is None
