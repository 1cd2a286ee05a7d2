"""People rules, round 16a: an official's post named by its portfolio after a name ("A, the Xland Foreign
Ministry's senior official for Yland,"), the "World Bank Group" as an organisation, and Malaysian styles
("YAB", "YB", "YBhg", "Dato' Seri Utama") read as honorifics before a name."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Briefing

from .extract_helpers import person as _get

TODAY = date(2026, 3, 1)


def _b(text: str) -> Briefing:
    return extract(text, today=TODAY)


# --- "A, the X's senior official for Y,": a portfolio makes an official's post a title ---------------


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        (
            "Kang will join the virtual meeting from Seoul with Daniel Oberlin, the U.S. State Department's "
            "senior official for North Korea, and others, the ministry said.",
            "Daniel Oberlin",
            "senior official for North Korea",
            "United States",
        ),
        (
            "Tanaka will hold talks in Paris with Marie Colin, the French Foreign Ministry's top "
            "official for Asia and Oceania, the ministry said.",
            "Marie Colin",
            "top official for Asia and Oceania",
            "France",
        ),
        (
            "Officials said Pieter de Wit, the Dutch government's senior official for Africa, would attend.",
            "Pieter de Wit",
            "senior official for Africa",
            "Netherlands",
        ),
        (
            "The minister met Ravi Sharma, India's senior official for Europe, on Monday.",
            "Ravi Sharma",
            "senior official for Europe",
            "India",
        ),
    ],
)
def test_official_for_a_portfolio(text: str, name: str, role: str, country: str) -> None:
    p = _get(_b(text), name)
    assert (p.role, p.country) == (role, country)


def test_a_bare_senior_official_is_no_title() -> None:
    p = _get(_b("Kang said Daniel Oberlin, a senior official, would attend the talks."), "Daniel Oberlin")
    assert p.role is None


# --- "President of the World Bank Group A": the group is an organisation ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Leaders invited:\n\n- Secretary General of NATO Mark Rutte\n"
        "- President of the World Bank Group Ajay Banga\n",
        "The summit will be attended by World Bank Group President Ajay Banga and others.",
        "Ajay Banga, president of the World Bank Group, said the loans would help.",
        "Guests:\n\n- President of the World Bank Group Lena Morris\n- President of Kenya William Ruto\n",
    ],
)
def test_world_bank_group(text: str) -> None:
    b = _b(text)
    p = next(p for p in b.people if p.name in ("Ajay Banga", "Lena Morris"))
    assert p.role is not None and p.role.lower() == "president"
    assert p.country == "World Bank Group"


def test_world_bank_stays_world_bank() -> None:
    p = _get(_b("Leaders invited:\n\n- President of the World Bank Ajay Banga\n"), "Ajay Banga")
    assert p.country == "World Bank"


# --- Malaysian styles before a name -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        (
            "The Foreign Ministers will also pay a courtesy call on the Prime Minister of Malaysia, "
            "YAB Dato' Seri Anwar Ibrahim, on 19 January 2025.",
            "Anwar Ibrahim",
            "Prime Minister",
            "Malaysia",
        ),
        (
            "The Minister of Foreign Affairs of Malaysia, YB Dato' Seri Utama Haji Mohamad bin Haji Hasan, "
            "will chair the retreat.",
            "Mohamad bin Haji Hasan",
            "Minister of Foreign Affairs",
            "Malaysia",
        ),
        (
            "The delegation will call on the Minister of Defence of Malaysia, YB Dato' Seri Khaled Nordin, "
            "on Monday.",
            "Khaled Nordin",
            "Minister of Defence",
            "Malaysia",
        ),
        (
            "The envoys were received by the Secretary-General of the Ministry of Foreign Affairs of "
            "Malaysia, YBhg. Datuk Amran Mohamed Zin, in Putrajaya.",
            "Amran Mohamed Zin",
            "Secretary-General of the Ministry of Foreign Affairs",
            "Malaysia",
        ),
    ],
)
def test_malaysian_styles(text: str, name: str, role: str, country: str) -> None:
    p = _get(_b(text), name)
    assert (p.role, p.country) == (role, country)
