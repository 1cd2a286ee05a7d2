"""Roles, round 19 (role): a capitalised academic post before a name ("Associate Professor A") is the
person's role; a lower-case field before an academic post ("an international relations professor") and a
ranked fellowship ("a visiting fellow", "a senior fellow for X") are titles in apposition; "the new head
of X" in apposition is the title without "new"."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.evaluate.matching import same_role
from briefings.extract import extract
from tests.extract_helpers import person

_TODAY = date(2026, 3, 2)


def _role(text: str, name: str) -> str | None:
    return person(extract(text, today=_TODAY), name).role


# ---- a capitalised academic post before the name ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Associate Professor Dr Miriam Okonjo of Lakeside University said the summit would test the "
            "new government's resolve on maritime disputes.",
            "Miriam Okonjo",
            "Associate Professor",
        ),
        (
            '"Both sides need a win," said Professor Tomasz Wielgus from the Northgate Centre for Strategic '
            "Studies.",
            "Tomasz Wielgus",
            "Professor",
        ),
        (
            "Assistant Professor Hana Lindqvist of the Harbour School of Public Policy said the ministers "
            "were unlikely to sign a joint statement.",
            "Hana Lindqvist",
            "Assistant Professor",
        ),
    ],
)
def test_academic_post_before_name(text: str, name: str, role: str) -> None:
    assert _role(text, name) == role


def test_academic_post_yields_to_apposed_office() -> None:
    # an office in apposition beats the academic post before the name
    text = (
        "Professor Elin Maartens, director of the Oakridge Institute for Peace Research, said the talks "
        "would be difficult."
    )
    assert same_role("director of the Oakridge Institute for Peace Research", _role(text, "Elin Maartens"))


def test_academic_post_keeps_no_host_country() -> None:
    # an academic's role is no government office: the host country of the meeting is not hers
    text = (
        "KUALA LUMPUR: Defence ministers will gather in Kuala Lumpur from Friday for the annual forum.\n\n"
        "Malaysia's Defence Minister Azman Rahim will host the meeting.\n\n"
        "Associate Professor Chen Yu-ling of the Wei Sen School of Strategic Studies said the absence of "
        "several ministers would be noticed."
    )
    got = person(extract(text, today=_TODAY), "Chen Yu-ling")
    assert got.role == "Associate Professor"
    assert got.country is None


# ---- academic posts and fellowships in apposition -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Ines Barrowcliffe, a political science professor at Eastbrook University, said the visit was "
            "long overdue.",
            "Ines Barrowcliffe",
            "political science professor",
        ),
        (
            "Mr Oskar Thorvaldsen, a visiting fellow at the Meridian Institute, said the minister's trip "
            "showed new ambitions.",
            "Oskar Thorvaldsen",
            "visiting fellow",
        ),
        (
            '"The format survived," said Priya Venkataraman, a senior fellow for Southeast Asia at the '
            "Council on Global Affairs.",
            "Priya Venkataraman",
            "senior fellow for Southeast Asia",
        ),
    ],
)
def test_academic_apposition(text: str, name: str, role: str) -> None:
    assert same_role(role, _role(text, name))


def test_plain_fellow_is_no_ranked_fellowship() -> None:
    # "a fellow traveller": no academic rank before "fellow", so no title
    text = "Mr Oskar Thorvaldsen, a fellow passenger on the flight, said the minister slept."
    assert _role(text, "Oskar Thorvaldsen") is None


# ---- "the new head of X" -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The minister will stop in Darwin to hold talks with Admiral Rhys Calloway, the new head of "
            "Northern Joint Command.",
            "Rhys Calloway",
            "head of Northern Joint Command",
        ),
        (
            "Ms Hartley will meet General Anouk Verbeek, the incoming commander of the Allied Land Forces, "
            "on Tuesday.",
            "Anouk Verbeek",
            "commander of the Allied Land Forces",
        ),
        (
            "On Friday the delegation called on Lieutenant General Bram Kessels, the newly-appointed chief "
            "of the Defence Staff.",
            "Bram Kessels",
            "chief of the Defence Staff",
        ),
    ],
)
def test_new_holder_apposition(text: str, name: str, role: str) -> None:
    assert same_role(role, _role(text, name))


def test_new_without_title_is_no_role() -> None:
    # "the new arrival": no title after "new"
    text = "The minister will meet Admiral Rhys Calloway, the new arrival in town, on Friday."
    assert _role(text, "Rhys Calloway") == "Admiral"
