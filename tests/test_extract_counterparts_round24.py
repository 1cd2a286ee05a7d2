"""Round 24 (counterparts): an untitled person's office from the text's description of its holder ("The
Xish defence minister will be on a visit", "Yland will host Xland's foreign minister"); a party's name
before a title opening with "Party" ("Communist Party General Secretary A")."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Person

_REF = date(2031, 3, 3)


def _person(text: str, name: str) -> Person:
    """The extracted person of that name in a short report written on _REF."""
    people = extract(text, source="t", published=_REF, today=_REF).people
    found = [p for p in people if p.name == name]
    assert found, [p.name for p in people]
    return found[0]


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        (
            "New Delhi, Mar 1 (PTI) Defence Minister Arvind Kesari will hold talks with his Chilean "
            "counterpart Mateo Larraín here on Tuesday, officials said.\n\n"
            "The Chilean defence minister will be on a three-day visit to India from March 3 to 5.\n",
            "Mateo Larraín",
            "Defence Minister",
            "Chile",
        ),
        (
            "OSLO (AP) — Norway will host Peru's foreign minister in Bergen next week for talks on "
            "fisheries, officials said Monday.\n\n"
            "Foreign Minister Ingrid Solvang will meet her Peruvian counterpart Lucía Quispe on May 4.\n",
            "Lucía Quispe",
            "Foreign Minister",
            "Peru",
        ),
        (
            "Lisbon, May 2 — Defence Minister Rui Calado will hold talks with his Kenyan counterpart "
            "General Amos Kiprono on Tuesday.\n\n"
            "It will be the first visit to Portugal by a Kenyan defence minister in a decade.\n",
            "Amos Kiprono",
            "Defence Minister",
            "Kenya",
        ),
        (
            "HANOI, May 3 (AFP) - French Foreign Minister Claire Dumont will hold talks on Tuesday with "
            "Communist Party General Secretary Vo Thanh Long, the country's most powerful leader.\n",
            "Vo Thanh Long",
            "Communist Party General Secretary",
            "Vietnam",
        ),
        (
            "HAVANA, May 3 (AFP) - Mexico's foreign minister will meet Communist Party Secretary Ramón "
            "Ortega Díaz and President Lázaro Fuentes on Tuesday.\n",
            "Ramón Ortega Díaz",
            "Communist Party Secretary",
            None,
        ),
        (
            "PYONGYANG, May 3 - The visiting delegation will meet Workers' Party Chairman Ri Song Chol on "
            "Friday, the agency said.\n",
            "Ri Song Chol",
            "Workers' Party Chairman",
            None,
        ),
    ],
)
def test_described_office_and_party_name(text: str, name: str, role: str, country: str | None) -> None:
    p = _person(text, name)
    assert p.role == role
    if country is not None:
        assert p.country == country


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # the description is the titled holder's: the untitled counterpart keeps no office
        (
            "New Delhi, Mar 1 (PTI) Defence Minister Arvind Kesari will hold talks with Chilean Defence "
            "Minister Mateo Larraín here on Tuesday, when he will also meet Chilean envoy Pablo Rojas.\n\n"
            "The Chilean defence minister will be on a three-day visit to India.\n",
            "Pablo Rojas",
            "envoy",
        ),
        # two untitled people of that country: no telling which one the description is
        (
            "OSLO (AP) — Norway will host Peru's foreign minister in Bergen next week, officials said.\n\n"
            "Foreign Minister Ingrid Solvang will meet Peru's Lucía Quispe on Monday and Peru's Rosa Huamán "
            "on Tuesday.\n",
            "Lucía Quispe",
            None,
        ),
        # a past holder named after "since" is no description of the counterpart
        (
            "Lisbon, May 2 — Defence Minister Rui Calado will welcome Kenya's delegation on Tuesday, the "
            "first visit by a Kenyan defence minister since Joseph Mwangi visited Lisbon in 2019. Mwangi "
            "said it was good.\n",
            "Joseph Mwangi",
            None,
        ),
        # an untitled counterpart with no description: no described office, but (round 24b's settled
        # convention, people_counterpart_offices) the office of the one whose counterpart it is
        (
            "SEOUL, Sept. 8 (Yonhap) -- Foreign Minister Han Do-yun will visit Tokyo this week for talks "
            "with his Japanese counterpart, Sato Haruki, the ministry said.\n",
            "Sato Haruki",
            "Foreign Minister",
        ),
    ],
)
def test_near_misses_unchanged(text: str, name: str, role: str | None) -> None:
    assert _person(text, name).role == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "(Bloomberg) -- Chilean Foreign Minister Tomás Errázuriz will travel to Peru next week.\n\n"
            "Errázuriz will hold the annual foreign ministers' meeting with his Peruvian counterpart Lucía "
            "Quispe and is due to call on President Ana Vargas, officials said.\n",
            "Lucía Quispe",
            "Foreign Minister",
        ),
        (
            "Oslo, May 2 — External Affairs Minister Ingrid Solvang and her Kenyan counterpart Amos Kiprono "
            "will hold the third Norway-Kenya Foreign Ministers' Dialogue in Oslo on May 24.\n",
            "Amos Kiprono",
            "Foreign Minister",
        ),
        (
            "Lisbon, May 2 — Finance Minister Rui Calado will co-chair the Portugal-Brazil Finance "
            "Ministers' Forum with his Brazilian counterpart, Marina Teles, on Friday.\n",
            "Marina Teles",
            "Finance Minister",
        ),
    ],
)
def test_counterpart_in_ministers_meeting(text: str, name: str, role: str) -> None:
    assert _person(text, name).role == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the ministers' meeting is another act of the host's, after the bilateral with the counterpart: not
        # its office, but (round 24b's counterpart convention) the host's own, here the same
        (
            "New Delhi, Mar 1 (PTI) Defence Minister Arvind Kesari will hold a bilateral meeting with his "
            "Chilean counterpart Mateo Larraín and attend the second ASEAN-India Defence Ministers' Meeting "
            "on Tuesday.\n",
            "Mateo Larraín",
        ),
        # no ministers' meeting named: no meeting's office, the host's own (round 24b)
        (
            "Oslo, May 2 — Defence Minister Ingrid Solvang will hold talks with her Kenyan counterpart Amos "
            "Kiprono in Oslo on May 24, the ministry said.\n",
            "Amos Kiprono",
        ),
    ],
)
def test_counterpart_outside_ministers_meeting(text: str, name: str) -> None:
    assert _person(text, name).role == "Defence Minister"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "LIMA (Reuters) - Foreign ministers of Chile, Peru and Bolivia meet in Lima on Tuesday.\n\n"
            "Chile's Tomás Errázuriz and Bolivia's Jorge Mamani Flores will join host Lucía Quispe, Peru's "
            "Minister of Foreign Affairs, at the Torre Tagle Palace.\n",
            "Jorge Mamani Flores",
            "Foreign Minister",
        ),
        (
            "LIMA (Reuters) - Foreign ministers of Chile, Peru and Bolivia meet in Lima on Tuesday.\n\n"
            "Chile's Tomás Errázuriz and Bolivia's Jorge Mamani Flores will join host Lucía Quispe, Peru's "
            "Minister of Foreign Affairs, at the Torre Tagle Palace.\n",
            "Tomás Errázuriz",
            "Foreign Minister",
        ),
        (
            "OSLO (AP) — Defence ministers from Norway and Kenya will sign a maritime pact on Friday.\n\n"
            "Norway's Ingrid Solvang will host Kenya's Amos Kiprono at Akershus Fortress.\n",
            "Amos Kiprono",
            "Defence Minister",
        ),
    ],
)
def test_plural_described_office(text: str, name: str, role: str) -> None:
    assert _person(text, name).role == role


def test_plural_described_office_two_untitled_unchanged() -> None:
    text = (
        "OSLO (AP) — Defence ministers from Norway and Kenya will sign a maritime pact on Friday.\n\n"
        "Norway's Ingrid Solvang will host Kenya's Amos Kiprono and Kenya's Grace Wanjiru at Akershus "
        "Fortress.\n"
    )
    assert _person(text, "Amos Kiprono").role is None
