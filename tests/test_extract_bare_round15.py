"""People rules, round 15 (bare): people named with a title the start code did not read: a title an
officer's possessive owns in apposition ("A, the UN Secretary-General's Special Envoy for X,"); a byline's
job on the line under "By A B"; a workplace's name run straight into its member's name ("lecturer at
Universitas Xland Jane Doe said"); "Communication" a title's field as "Communications" is; a contact's
title line "Title, Body" under the name line (the organisation the body opens with is the country); a local
body's level in lower case inside its name ("the Xtown provincial Party Committee A B C D")."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Briefing

from .extract_helpers import person as _get

TODAY = date(2031, 6, 2)
HEAD = "Ministers gather for regional talks\n\n"


def _b(text: str) -> Briefing:
    return extract(HEAD + text, today=TODAY)


# ---- a title an officer's possessive owns ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        (
            "The talks on Tuesday will be attended by Ingrid Solvang, the UN Secretary-General's Special "
            "Envoy for the Great Lakes, who arrived on Monday.",
            "Ingrid Solvang",
            "Special Envoy for the Great Lakes",
            "United Nations",
        ),
        (
            "Canberra will be represented at the meeting in Suva by Tobias Wrenfield, Australian Prime "
            "Minister Marguerite Callender's special adviser on Pacific affairs.",
            "Tobias Wrenfield",
            "special adviser on Pacific affairs",
            "Australia",
        ),
        (
            "The delegations will also hear from Kofi Adjei-Mensah, the Chairperson's Special Representative "
            "for Mediation, on the second day.",
            "Kofi Adjei-Mensah",
            "Special Representative for Mediation",
            None,
        ),
    ],
)
def test_a_title_an_officers_possessive_owns(text: str, name: str, role: str, country: str | None) -> None:
    p = _get(_b(text), name)
    assert (p.role, p.country) == (role, country)


def test_the_named_owner_of_the_title_stays_a_person() -> None:
    b = _b(
        "Canberra will be represented at the meeting in Suva by Tobias Wrenfield, Australian Prime "
        "Minister Marguerite Callender's special adviser on Pacific affairs."
    )
    owner = _get(b, "Marguerite Callender")
    assert (owner.role, owner.country) == ("Prime Minister", "Australia")


def test_a_possessive_title_with_no_apposition_is_unchanged() -> None:
    # the possessive opens the sentence: no apposition after a name, the leader alone is named
    b = _b("President Mirela Dascu's special envoy will travel to Chisinau on Thursday for the talks.")
    assert [(p.name, p.role) for p in b.people] == [("Mirela Dascu", "President")]


# ---- a byline's job on the line under it -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("credit", "name", "role"),
    [
        ("By Mateus Carvalho\nSenior correspondent", "Mateus Carvalho", "Senior correspondent"),
        (
            "By Oyelaran Adebayo\nDiplomatic Editor\nLagos Evening Post",
            "Oyelaran Adebayo",
            "Diplomatic Editor",
        ),
        ("By Signe Holmqvist\nstaff reporter\n12 May 2031", "Signe Holmqvist", "staff reporter"),
    ],
)
def test_a_bylines_job_on_the_line_under_it(credit: str, name: str, role: str) -> None:
    text = (
        "Regional defence chiefs to meet in Lisbon\n\n"
        f"{credit}\n\n"
        "Defence ministers from six countries will meet in Lisbon on Friday, officials said."
    )
    assert _get(extract(text, today=TODAY), name).role == role


def test_a_byline_over_the_story_keeps_no_job() -> None:
    text = (
        "Regional defence chiefs to meet in Lisbon\n\n"
        "By Mateus Carvalho\n"
        "Defence ministers from six countries will meet in Lisbon on Friday, officials said."
    )
    assert _get(extract(text, today=TODAY), "Mateus Carvalho").role is None


# ---- a workplace's name run straight into its member's name ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "role", "country"),
    [
        (
            "A senior lecturer at Universiti Teknologi Malaysia (UTM) Dr Hakim Zulkifli-Rahman said the "
            "talks were overdue.",
            "Hakim Zulkifli-Rahman",
            "senior lecturer",
            "Malaysia",
        ),
        (
            "Maritime law lecturer at Universitas Pertahanan Indonesia Rina Marlina said the talks were "
            "overdue.",
            "Rina Marlina",
            "lecturer",
            "Indonesia",
        ),
        (
            "International relations lecturer at the National University of Laos Souksavanh Phommachanh said "
            "the talks were overdue.",
            "Souksavanh Phommachanh",
            "International relations lecturer",
            "Laos",
        ),
        (
            "A politics lecturer at Makerere University Grace Nansubuga said the talks were overdue.",
            "Grace Nansubuga",
            "politics lecturer",  # round 21: "politics" is a field word of the title, as the text gives it
            None,
        ),
    ],
)
def test_a_workplace_run_into_its_members_name(
    sentence: str, name: str, role: str, country: str | None
) -> None:
    p = _get(_b(sentence), name)
    assert (p.role, p.country) == (role, country)


def test_a_workplace_with_no_name_after_it_names_nobody() -> None:
    b = _b("A history lecturer at Canterbury Christ Church University said the visit mattered to the region.")
    assert b.people == []


# ---- "Communication" (singular) is a title's field as "Communications" is ---------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "The briefing will be given by Ms Ana Lutui, Deputy Communication Director, on Monday.",
            "Ana Lutui",
            "Deputy Communication Director",
        ),
        (
            "Questions may be sent to Mr Pieter Vanderzande, Senior Communication Adviser, before the "
            "meeting.",
            "Pieter Vanderzande",
            "Senior Communication Adviser",
        ),
        (
            "Strategic Communication Director Halvard Moe said the ministers would meet on Tuesday.",
            "Halvard Moe",
            "Strategic Communication Director",
        ),
    ],
)
def test_a_communication_title(sentence: str, name: str, role: str) -> None:
    assert _get(_b(sentence), name).role == role


def test_a_communication_plan_is_no_title() -> None:
    b = _b("The ministers will adopt a Communication Plan drafted by Ms Ana Lutui on Monday.")
    assert _get(b, "Ana Lutui").role is None


# ---- a contact's title line "Title, Body" under the name line: the organisation it opens with -------------

_RELEASE = (
    "Minister to attend security conference\n\n"
    "Foreign Minister Adaeze Nwachukwu-Obi of Nigeria will attend the conference in Geneva on 14 May.\n\n"
    "Media contact\n"
)


@pytest.mark.parametrize(
    ("lines", "name", "role", "country"),
    [
        (
            "Henrik Dalsgaard\nPress Officer, NATO Public Diplomacy Division\n",
            "Henrik Dalsgaard",
            "Press Officer",
            "NATO",
        ),
        (
            "Amina Touré\nSpokesperson, African Union Commission\n",
            "Amina Touré",
            "Spokesperson",
            "African Union",
        ),
        (
            "Ratana Somboon\nMedia Adviser, ASEAN Secretariat, Jakarta\n",
            "Ratana Somboon",
            "Media Adviser",
            "ASEAN",
        ),
    ],
)
def test_a_contacts_title_line_names_its_organisation(lines: str, name: str, role: str, country: str) -> None:
    p = _get(extract(_RELEASE + lines, today=TODAY), name)
    assert (p.role, p.country) == (role, country)


def test_a_contacts_title_line_with_a_colon_keeps_the_releases_country() -> None:
    p = _get(
        extract(_RELEASE + "Henrik Dalsgaard\nSpokesperson: Ministry of Foreign Affairs\n", today=TODAY),
        "Henrik Dalsgaard",
    )
    assert (p.role, p.country) == ("Spokesperson", "Nigeria")


# ---- a local body's level in lower case inside the body's name before the holder's name ------------------

_VISIT = "Border delegations to meet in April\n\nThe two defence ministers will meet on 3 April.\n\n"


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Secretary of the Lang Son provincial Party Committee Hoang Thi Thu Trang said the province "
            "was ready.",
            "Hoang Thi Thu Trang",
            "Secretary of the Lang Son provincial Party Committee",
        ),
        (
            "Chairman of the Cao Bang provincial People's Committee Be Van Duc said the border gate "
            "was ready.",
            "Be Van Duc",
            "Chairman of the Cao Bang provincial People's Committee",
        ),
        (
            "The guests were received by Secretary of the Hai Phong municipal Party Committee Do Manh Hien.",
            "Do Manh Hien",
            "Secretary of the Hai Phong municipal Party Committee",
        ),
    ],
)
def test_a_local_bodys_level_in_lower_case(sentence: str, name: str, role: str) -> None:
    assert _get(extract(_VISIT + sentence, today=TODAY), name).role == role


def test_a_long_title_run_without_a_level_word_keeps_both_names() -> None:
    b = extract(
        _VISIT + "The talks will be co-chaired by Director General for Asia-Pacific and African Affairs Rudi "
        "Hartono Wibisono and Assistant Minister of Foreign Affairs Pham Thi Ngoc Diep of Viet Nam.",
        today=TODAY,
    )
    assert {"Rudi Hartono Wibisono", "Pham Thi Ngoc Diep"} <= {p.name for p in b.people}
