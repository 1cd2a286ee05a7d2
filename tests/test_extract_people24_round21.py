"""Round 21 (people24): countries from a title's possessive or defined initials, a spokesperson's city,
an envoy met where he serves; a date's month and a town's named country in places."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.extract.places import cities_in
from tests.extract_helpers import person, sides_of

TODAY = date(2026, 3, 1)


def _country(text: str, name: str) -> str | None:
    return person(extract(text, today=TODAY), name).country


# a state's possessive before the body a title is an office of
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "WASHINGTON (AP) — Officials met on Monday. Gen. Arvo Linnanen, chief of Finland's General "
            "Staff, will host Adm. Peter Holcombe on Tuesday.",
            "Arvo Linnanen",
            "Finland",
        ),
        (
            "HONOLULU (AP) — The admiral will host Gen. Kenta Moroboshi, chief of staff of Japan's Joint "
            "Staff, on Thursday.",
            "Kenta Moroboshi",
            "Japan",
        ),
        (
            "SEOUL (Yonhap) -- Talks open on Friday. Col. Dara Finchley, spokesperson of Canada's Armed "
            "Forces, will join the visit.",
            "Dara Finchley",
            "Canada",
        ),
    ],
)
def test_possessive_body_state(text: str, name: str, country: str) -> None:
    assert _country(text, name) == country


def test_possessive_of_organisation_no_state() -> None:
    text = (
        "BRUSSELS (AP) — Talks open on Friday. Adm. Hedda Lorne, chairman of NATO's Military Committee, "
        "will attend."
    )
    assert _country(text, "Hedda Lorne") == "NATO"


# a title naming a state's service by initials the text defines
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "SEOUL (Yonhap) -- The allies will discuss the role of U.S. Forces Korea (USFK) next week. "
            "Gen. Brad Tolliver, commander of USFK, said the force is staying.",
            "Brad Tolliver",
            "United States",
        ),
        (
            "TOKYO (Kyodo) -- The talks cover U.S. Forces Japan (USFJ) and its bases. Lt. Gen. Amos Reddick, "
            "commander of USFJ, will attend.",
            "Amos Reddick",
            "United States",
        ),
        (
            "MANILA (AP) -- Exercises involve the Australian Defence Force (ADFX) this year. Brig. Sian "
            "Coldwell, spokesperson of the ADFX, said drills start Monday.",
            "Sian Coldwell",
            "Australia",
        ),
    ],
)
def test_defined_service_initials(text: str, name: str, country: str) -> None:
    assert _country(text, name) == country


# a spokesperson's "said in Xcity": where the government speaks from
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            'New Delhi (AFP) – Ministers gather in New Delhi on Friday. "No bloc will prevail," foreign '
            "ministry spokesman Li Dongsheng said in Beijing.",
            "Li Dongsheng",
            "China",
        ),
        (
            "Seoul (AFP) – Leaders meet in Seoul on Monday. The talks are welcome, foreign ministry "
            "spokeswoman Aiko Shirane said in Tokyo on Tuesday.",
            "Aiko Shirane",
            "Japan",
        ),
        (
            "Jakarta (AFP) – Ministers meet in Jakarta on Friday. Defence ministry spokesman Anton Greville "
            "said in Canberra that the visit was useful.",
            "Anton Greville",
            "Australia",
        ),
    ],
)
def test_spokesperson_said_in_city(text: str, name: str, country: str) -> None:
    assert _country(text, name) == country


def test_minister_said_in_city_is_no_home() -> None:
    text = (
        "Seoul (AFP) – Leaders meet in Seoul on Monday. The talks are welcome, Foreign Minister Harriet "
        "Quayle of Australia said in Tokyo on Tuesday."
    )
    assert _country(text, "Harriet Quayle") == "Australia"


# an ambassador a visitor joins where he serves is no official of the host
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "MEDIA NOTE\n\nDeputy Secretary of State Aaron Pell will travel to Seoul, Republic of Korea, "
            "February 17-19. While in Seoul, he will join Ambassador Curtis Lambeth for a roundtable.",
            "Curtis Lambeth",
        ),
        (
            "MEDIA NOTE\n\nUnder Secretary of State Nora Bexley will travel to Manila, Philippines, on "
            "May 4. While in Manila, she will meet Ambassador Glen Harcourt at a reception.",
            "Glen Harcourt",
        ),
        (
            "MEDIA NOTE\n\nDeputy Secretary of State Aaron Pell will travel to Hanoi, Vietnam, on June 2. "
            "In Hanoi, he will join Chargé d'Affaires Dana Whitcomb for a visit to a port.",
            "Dana Whitcomb",
        ),
    ],
)
def test_unposted_envoy_not_host(text: str, name: str) -> None:
    assert _country(text, name) == "United States"


def test_host_minister_still_host() -> None:
    text = (
        "MEDIA NOTE\n\nDeputy Secretary of State Aaron Pell will travel to Seoul, Republic of Korea, "
        "February 17-19. While in Seoul, he will meet Minister of Unification Park Jin-seo."
    )
    assert _country(text, "Park Jin-seo") == "South Korea"


# "from March 9 to 11": a date, not the town of the month's name
@pytest.mark.parametrize(
    "text",
    [
        "will visit Japan from March 9 to 11.",
        "arrives in March 2026 for talks.",
        "returns to March 14 talks.",
    ],
)
def test_month_day_is_no_town(text: str) -> None:
    assert cities_in(text, 0, len(text), frozenset({"United Kingdom", "Japan"})) == []


def test_month_town_alone_still_town() -> None:
    text = "talks in March, the fenland town."
    assert [c.name for c, _, _ in cities_in(text, 0, len(text), frozenset({"United Kingdom"}))] == ["March"]


# "in San José, Costa Rica": the country named after the comma is the town's
@pytest.mark.parametrize(
    ("text", "prefer", "country"),
    [
        ("the inauguration in San José, Costa Rica on May 8.", {"United States", "Costa Rica"}, "Costa Rica"),
        ("talks in London, Canada on Monday.", {"United Kingdom", "Canada"}, "Canada"),
        ("talks in Birmingham, United States.", {"United Kingdom", "United States"}, "United States"),
    ],
)
def test_town_of_comma_country(text: str, prefer: set[str], country: str) -> None:
    assert [c.country for c, _, _ in cities_in(text, 0, len(text), frozenset(prefer))] == [country]


def test_town_without_country_keeps_preference() -> None:
    text = "talks in London on Monday."
    found = cities_in(text, 0, len(text), frozenset({"United Kingdom", "Canada"}))
    assert [c.country for c, _, _ in found] == ["United Kingdom"]


def test_one_side_of_a_cue_is_no_bilateral() -> None:
    text = (
        "THE WHITE HOUSE\n\nPresident Alden Brooks today announced a delegation to attend the Inauguration "
        "of Elena Marín Solís as President of the Republic of Costa Rica on May 8, 2026, in San José, Costa "
        "Rica.\n\nOn the margins of the inauguration, Deputy Secretary Gail Hornsby will meet "
        "President-elect Elena Marín Solís and Foreign Minister-designate Tomás Arce Vindas."
    )
    sides = sides_of(extract(text, today=TODAY))
    assert ("bilateral", ["Elena Marín Solís", "Tomás Arce Vindas"]) not in sides
