"""Country rules, round 16 (countries): a person who will lead a state's delegation by its possessive
("A will lead Xland's delegation to ..."); an office a few states share whose other holder the text names
with his country ("Chairman of the Joint Chiefs of Staff A and U.S. Chairman of the Joint Chiefs of Staff
B"); a spokesperson whose ministry's initials, defined by the text, stand before the title ("MFA Official
Spokesperson A")."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Briefing, Person

TODAY = date(2031, 6, 2)


def _person(b: Briefing, name: str) -> Person:
    found = [p for p in b.people if p.name == name]
    assert found, [p.name for p in b.people]
    return found[0]


def _country(text: str, name: str) -> str | None:
    return _person(extract(text, today=TODAY), name).country


# ---- "A will lead Xland's delegation" -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Doravik heads to Port Louis for ocean talks, Seychelles meeting planned\n\n"
            "Foreign Minister Halvard Doravik will lead Norway's delegation to the Indian Ocean Conference "
            "in Port Louis next week.\n\n"
            "Doravik will hold bilateral talks with Mauritian Foreign Minister Ravi Pillay Chetty on "
            "Tuesday, and is expected to meet Seychelles leaders as well as Chinese officials.",
            "Halvard Doravik",
            "Norway",
        ),
        (
            "Minister to attend forum in Lima\n\n"
            "Trade Minister Odessa Quarrington will lead Canada's team to the Pacific Alliance forum in Lima "
            "on Thursday.\n\n"
            "Quarrington is expected to meet Peruvian Trade Minister Lucio Saavedra Ponce.",
            "Odessa Quarrington",
            "Canada",
        ),
        (
            "Talks in Nairobi\n\n"
            "Deputy Minister Tevita Malohifo'ou is set to head Tonga's delegation at the climate talks in "
            "Nairobi on Monday, with a Kenya-Fiji meeting on the sidelines.",
            "Tevita Malohifo'ou",
            "Tonga",
        ),
    ],
)
def test_leads_state_delegation_by_possessive(text: str, name: str, country: str) -> None:
    assert _country(text, name) == country


def test_leads_possessive_of_a_non_state_is_no_country() -> None:
    text = (
        "Talks in Nairobi\n\n"
        "Deputy Minister Tevita Malohifo'ou is set to head the committee's delegation at the climate talks "
        "in Nairobi on Monday, with a Kenya-Tonga meeting on the sidelines."
    )
    assert _country(text, "Tevita Malohifo'ou") != "Tonga"


# ---- a shared office whose other holder the text names ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Ministry of National Defense\n\n"
            "Defense Minister to host security talks in Seoul\n\n"
            "The ministry said a military committee meeting will be held on Monday, chaired by Chairman of "
            "the Joint Chiefs of Staff Gen. Yoon Tae-gyu and U.S. Chairman of the Joint Chiefs of Staff Gen. "
            "Harlan Pruett.",
            "Yoon Tae-gyu",
            "South Korea",
        ),
        (
            "Generals to meet\n\n"
            "U.S. Chairman of the Joint Chiefs of Staff Gen. Harlan Pruett will meet Chairman of the Joint "
            "Chiefs of Staff Adm. Seo Min-jae in Busan on Friday.",
            "Seo Min-jae",
            "South Korea",
        ),
        (
            "Ministry of National Defense\n\n"
            "Vice Chairman of the Joint Chiefs of Staff Lt. Gen. Bae Hyun-woo and U.S. Vice Chairman of "
            "the Joint Chiefs of Staff Gen. Corinne Maddox will co-chair the working group on Thursday.",
            "Bae Hyun-woo",
            "South Korea",
        ),
    ],
)
def test_shared_office_other_holder_named(text: str, name: str, country: str) -> None:
    assert _country(text, name) == country


def test_shared_office_alone_keeps_first_state() -> None:
    text = (
        "Generals to meet\n\n"
        "Chairman of the Joint Chiefs of Staff Gen. Harlan Pruett will visit troops in Texas on Friday."
    )
    assert _country(text, "Harlan Pruett") == "United States"


# ---- "MFA Official Spokesperson A": the initials before the title ---------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Minister to visit Nepal and Bhutan\n\n"
            "The minister will pay official visits to Nepal and Bhutan from May 3 to 5, the "
            "Ministry of External Affairs (MEA) announced on Sunday.\n\n"
            "In Kathmandu, the minister will co-chair a joint commission with Nepali Foreign Minister "
            "Bishnu Adhikari.\n\n"
            'Announcing the visit, MEA Official Spokesperson Tarun Bhagat said: "The visit '
        'reflects our priorities."',
            "Tarun Bhagat",
            "India",
        ),
        (
            "Minister to visit Nepal and Bhutan\n\n"
            "The minister will pay official visits to Nepal and Bhutan from May 3 to 5, the "
            "Ministry of External Affairs (MEA) announced on Sunday.\n\n"
            "In Kathmandu, the minister will co-chair a joint commission with Nepali Foreign Minister "
            "Bishnu Adhikari.\n\n"
            'Announcing the visit, MEA Chief Spokesperson Tarun Bhagat said: "The visit '
            'reflects our priorities."',
            "Tarun Bhagat",
            "India",
        ),
        (
            "Minister to visit Nepal and Bhutan\n\n"
            "The minister will pay official visits to Nepal and Bhutan from May 3 to 5, the "
            "Federal Foreign Office (FFO) announced on Sunday.\n\n"
            "In Kathmandu, the minister will co-chair a joint commission with Nepali Foreign Minister "
            "Bishnu Adhikari.\n\n"
            'Announcing the visit, FFO Official Spokesperson Tarun Bhagat said: "The visit '
            'reflects our priorities."',
            "Tarun Bhagat",
            "Germany",
        ),
    ],
)
def test_spokesperson_ministry_initials_before_title(text: str, name: str, country: str) -> None:
    assert _country(text, name) == country


def test_spokesperson_undefined_initials_no_country_from_them() -> None:
    text = (
        "Minister to visit Nepal and Bhutan\n\n"
        "The minister will pay official visits to Nepal and Bhutan from May 3 to 5.\n\n"
        "In Kathmandu, the minister will co-chair a joint commission with Nepali Foreign Minister "
        "Bishnu Adhikari.\n\n"
        'Announcing the visit, MEA Official Spokesperson Tarun Bhagat said: "The visit '
        'reflects our priorities."'
    )
    assert _country(text, "Tarun Bhagat") != "India"
