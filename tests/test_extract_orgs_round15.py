"""Organisation rules, round 15 (orgs): a government's desk for an organisation and a region beside it
("Director-General for X and Southeast Asian Affairs"); "the alliance's secretary general"; an officer of a
group of states known by initials the text shows as one ("XYZ Secretary General A" beside "the XYZ
Summit"); a chief executive of an "International Government Organisation"; an organisation's full name
before its office ("the International X Organization Secretary-General A"); a city's security conference
known by its initials is no organisation of states; an adjective ("European allies") names none."""

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


def _who(text: str, name: str) -> tuple[str | None, str | None]:
    p = _get(_b(text), name)
    return p.role, p.country


# ---- a government's desk for an organisation and a region beside it -------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Foreign Minister Park Min-jun of South Korea will travel to Vientiane on Monday for the ASEAN "
            "meetings. Director-General for ASEAN and Pacific Affairs Han Seo-yeon will accompany him.",
            "Han Seo-yeon",
            "South Korea",
        ),
        (
            "Japan's Foreign Minister Sato Kenji leaves for Jakarta on Friday. He will be joined by Deputy "
            "Director-General for ASEAN and Oceania Cooperation Mori Akane.",
            "Mori Akane",
            "Japan",
        ),
        (
            "Indian External Affairs Minister Arjun Mehra will attend the talks in Manila. Joint Secretary "
            "for ASEAN and Multilateral Relations Kavya Rao will also attend.",
            "Kavya Rao",
            "India",
        ),
    ],
)
def test_desk_for_org_and_region(text: str, name: str, country: str) -> None:
    assert _who(text, name)[1] == country


def test_org_officer_beside_desk_stays_the_organisations() -> None:
    text = (
        "Foreign Minister Park Min-jun of South Korea will travel to Vientiane on Monday. ASEAN "
        "Secretary-General Lim Boon Keat will brief the ministers."
    )
    assert _who(text, "Lim Boon Keat")[1] == "ASEAN"


# ---- "the alliance's secretary general" ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Leaders will gather in Oslo next week. The session on Ukraine will be chaired by the alliance's "
            "secretary general, Maren Dahl, and several European allies will pledge new air defence.",
            "Maren Dahl",
        ),
        (
            "Defence ministers meet in Brussels on Thursday. The alliance's deputy secretary general, Piotr "
            "Nowicki, will open the session as European governments argue over budgets.",
            "Piotr Nowicki",
        ),
        (
            "The summit opens in Riga on Tuesday. Southern European members want more time, the alliance's "
            "secretary general, Lars Henriksen, told reporters.",
            "Lars Henriksen",
        ),
    ],
)
def test_alliance_possessive_office(text: str, name: str) -> None:
    assert _who(text, name)[1] == "NATO"


def test_ministry_possessive_office_stays_national() -> None:
    text = (
        "Malaysian Foreign Minister Aziz Rahman will attend the talks in Kuala Lumpur. The ministry's "
        "secretary-general, Rosnah Ibrahim, will lead the officials."
    )
    assert _who(text, "Rosnah Ibrahim")[1] != "NATO"


# ---- initials of a group of states the text shows as one -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "org"),
    [
        (
            "Kathmandu will host the foreign ministers on Monday ahead of the fifth SARCO Summit. SARCO "
            "Secretary General Pema Wangdi briefed the minister on the preparations.",
            "Pema Wangdi",
            "SARCO",
        ),
        (
            "Ministers meet in Dakar on Friday before the COSAF Summit. COSAF Secretary-General Awa "
            "Diallo will present the budget.",
            "Awa Diallo",
            "COSAF",
        ),
        (
            "Lima hosts the talks on Tuesday, a month before the ANDEX summit. ANDEX Secretary-General Rosa "
            "Quispe will attend.",
            "Rosa Quispe",
            "ANDEX",
        ),
    ],
)
def test_initials_of_group_of_states(text: str, name: str, org: str) -> None:
    assert _who(text, name)[1] == org


def test_initials_without_group_cue_stay_unowned() -> None:
    text = "Lima hosts the talks on Tuesday. ANDEX Secretary-General Rosa Quispe will attend."
    assert _who(text, "Rosa Quispe")[1] != "ANDEX"


# ---- an "International Government Organisation" and an organisation's full name before its office -------


@pytest.mark.parametrize(
    ("text", "name", "role", "org"),
    [
        (
            "The ministers will also hear from Carla Benedetti, chief executive of the Tempest International "
            "Government Organisation (TIGO), which is based in Milan.",
            "Carla Benedetti",
            "chief executive",
            "Tempest International Government Organisation",
        ),
        (
            "The council will be briefed by UN Secretary-General Ana Duarte and International Civil Aviation "
            "Organization Secretary-General Omar Haddad on Thursday.",
            "Omar Haddad",
            "Secretary-General",
            "International Civil Aviation Organization",
        ),
        (
            "Talks open in Geneva on Monday. World Meteorological Organization Secretary-General Ines Larsen "
            "will speak first.",
            "Ines Larsen",
            "Secretary-General",
            "World Meteorological Organization",
        ),
    ],
)
def test_organisation_named_with_office(text: str, name: str, role: str, org: str) -> None:
    assert _who(text, name) == (role, org)


def test_national_body_before_office_is_no_organisation() -> None:
    text = (
        "Talks open in Accra on Monday. Ghana Ports Authority Director-General Kofi Mensah will speak first."
    )
    assert _who(text, "Kofi Mensah")[1] != "Ghana Ports Authority"


# ---- a city's security conference is no organisation of states -----------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Leaders arrive for the Vienna Security Conference on Friday. VSC Chairman Stefan Gruber said "
            "the meeting would test Europe.",
            "Stefan Gruber",
        ),
        (
            "The Warsaw Security Forum opens on Tuesday. WSF President Anna Kowal will welcome the guests.",
            "Anna Kowal",
        ),
        (
            "Ministers meet at the Prague Defence Conference next week. PDC Chair Jan Novak said the "
            "agenda is set.",
            "Jan Novak",
        ),
    ],
)
def test_city_conference_initials_no_org(text: str, name: str) -> None:
    assert _who(text, name)[1] not in ("VSC", "WSF", "PDC")


def test_regional_union_initials_stay_an_org() -> None:
    text = (
        "Delegates arrive for the assembly of the Inter-Andean Parliamentary Union on Friday. IAPU President "
        "Lucia Mamani will open it."
    )
    assert _who(text, "Lucia Mamani")[1] == "IAPU"
