"""Country rules, round 16 (countries): a person who will lead a state's delegation by its possessive
("A will lead Xland's delegation to ..."); an office a few states share whose other holder the text names
with his country ("Chairman of the Joint Chiefs of Staff A and U.S. Chairman of the Joint Chiefs of Staff
B"); a spokesperson whose ministry's initials, defined by the text, stand before the title ("MFA Official
Spokesperson A"); a legislator named with the region that elects them ("Senator A of Xstate"); "Asean",
the organisation in title case; a co-chair written after "will co-chair, with" (of the place, met); a think
tank's officer named by initials the text defines with the place it is based in ("the Xcity-based X
Institute (XI)"); the officer of a body of several states' cooperation, whose secretariat is the
organisation ("Secretary-General of the Trilateral Cooperation Secretariat")."""

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


# ---- "Senator A of Xstate": the region that elects a legislator -----------------------------------------

_FORUM = (
    "Lawmakers converge on Ottawa for Arctic forum\n\n"
    "OTTAWA — Lawmakers from 20 countries are expected in Ottawa this week for the Arctic Security Forum.\n\n"
)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            _FORUM + "The United States is sending a group of senators led by Senator Harriet Vandermolen of "
            "Vermont, who sits on the Foreign Relations Committee.",
            "Harriet Vandermolen",
            "United States",
        ),
        (
            _FORUM
            + "Among them is Senator Pietro Castellane of New South Wales, who chairs a defence committee.",
            "Pietro Castellane",
            "Australia",
        ),
        (
            _FORUM
            + "The delegation includes Congresswoman Dolores Ashgrove of New Mexico, who sits on the Armed "
            "Services Committee.",
            "Dolores Ashgrove",
            "United States",
        ),
    ],
)
def test_legislator_of_region(text: str, name: str, country: str) -> None:
    assert _country(text, name) == country


def test_legislator_of_a_town_is_no_region() -> None:
    text = _FORUM + "Among them is Senator Pietro Castellane of Genoa, who chairs a defence committee."
    assert _country(text, "Pietro Castellane") not in ("United States", "Australia")


# ---- "Asean": the organisation in title case ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Foreign ministers meet in Davao\n\n"
            "DAVAO CITY — Foreign ministers of the region gather here on Thursday for a two-day retreat.\n\n"
            "Asean Secretary-General Bounthavy Keola will attend, as will the foreign ministers of the "
            "member states.",
            "Bounthavy Keola",
        ),
        (
            "Ministers meet in Penang\n\n"
            "PENANG (Bernama) — Asean Deputy Secretary-General Marisol Tandingan will brief the ministers on "
            "Friday, officials said.",
            "Marisol Tandingan",
        ),
        (
            "Ministers meet in Hanoi\n\n"
            "HANOI, March 2 (VNA) - The Asean Secretary-General, Bounthavy Keola, will open the meeting on "
            "Friday, officials said.",
            "Bounthavy Keola",
        ),
    ],
)
def test_asean_title_case(text: str, name: str) -> None:
    assert _country(text, name) == "ASEAN"


def test_asean_summit_host_is_no_official_of_it() -> None:
    text = (
        "Ministers meet in Penang\n\n"
        "PENANG (Bernama) — Foreign Minister Marisol Tandingan will host the Asean ministers on Friday, "
        "officials said."
    )
    assert _country(text, "Marisol Tandingan") != "ASEAN"


# ---- "will co-chair, with A, the X committee": the co-chair is of the place ------------------------------

_UNION = (
    "Secretary-General of the Union to visit Canada and Chile\n\n"
    "BRUSSELS, 8 April 2031 – Secretary-General of the Union Dr. Adeyemi Okonkwo will undertake working "
    "visits to Canada and Chile from 14 to 17 April 2031.\n\n"
)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            _UNION
            + "In Santiago on 16-17 April, Dr. Okonkwo will call on the Minister for Foreign Affairs of "
            "Chile, Rafael Ibarren, and will co-chair, with Deputy Secretary of the Ministry of Foreign "
            "Affairs Lucia Montalva, a meeting of the Joint Cooperation Committee.",
            "Lucia Montalva",
            "Chile",
        ),
        (
            _UNION + "In Ottawa on 14 April, Dr. Okonkwo will co-chair, with Assistant Deputy Minister Maeve "
            "Thibodeau, the annual Joint Cooperation Committee.",
            "Maeve Thibodeau",
            "Canada",
        ),
        (
            _UNION
            + "In Santiago, Dr. Okonkwo co-chairs, with Director-General for Multilateral Affairs Tomas "
            "Errazuriz, the second Joint Committee.",
            "Tomas Errazuriz",
            "Chile",
        ),
    ],
)
def test_co_chair_with(text: str, name: str, country: str) -> None:
    assert _country(text, name) == country


def test_chair_with_is_no_co_chair() -> None:
    text = (
        _UNION + "In Santiago on 16-17 April, Dr. Okonkwo will chair, with Deputy Secretary-General Lucia "
        "Montalva, a meeting of the Union's regional staff."
    )
    assert _country(text, "Lucia Montalva") != "Chile"


# ---- "the Xcity-based X Institute (XI)": a think tank's officer named by its initials --------------------

_DIALOGUE = "Defence chiefs gather for the Harbour Dialogue\n\nSINGAPORE - "


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            _DIALOGUE
            + "The meeting is organised by the Oslo-based Nordic Institute for Security Policy (NISP), "
            "which said on May 3 that 30 delegations will attend.\n\n"
            '"The region needs a place to talk," said Dr Ingrid Halvorsrud, director-general of the NISP.',
            "Ingrid Halvorsrud",
            "Norway",
        ),
        (
            _DIALOGUE + "The International Centre for Maritime Studies (ICMS), the Madrid-based think tank "
            "that organises the forum, said on May 3 that 30 delegations will attend.\n\n"
            'ICMS president Carmen Olazabal said: "The region needs a place to talk."',
            "Carmen Olazabal",
            "Spain",
        ),
        (
            _DIALOGUE
            + "The meeting is organised by the Toronto-based Institute for Peace and Conflict (IPC), which "
            "said on May 3 that 30 delegations will attend.\n\n"
            '"The region needs a place to talk," said Dr Owen Pelletier, director-general of the IPC.',
            "Owen Pelletier",
            "Canada",
        ),
    ],
)
def test_think_tank_initials_based(text: str, name: str, country: str) -> None:
    assert _country(text, name) == country


def test_think_tank_initials_without_based_place() -> None:
    text = (
        _DIALOGUE
        + "The meeting is organised by the Institute for Peace and Conflict (IPC), which said on May 3 "
        "that 30 delegations from Toronto-based firms will attend.\n\n"
        '"The region needs a place to talk," said Dr Owen Pelletier, director-general of the IPC.'
    )
    assert _country(text, "Owen Pelletier") != "Canada"


# ---- "the Trilateral Cooperation Secretariat": the secretariat is the organisation ------------------------


def _secretariat(body: str) -> Person:
    text = (
        "Ministers to meet in Tartu\n\n"
        "Foreign ministers of the three countries will meet in Tartu on Friday, the ministry said.\n\n"
        f"Secretary-General Liesbeth Vantongeren of the {body}, the Tartu-based body that supports the "
        "format, will also attend the meeting."
    )
    return _person(extract(text, today=TODAY), "Liesbeth Vantongeren")


@pytest.mark.parametrize(
    "body",
    [
        "Trilateral Cooperation Secretariat",
        "Quadrilateral Cooperation Secretariat",
        "Multilateral Co-operation Secretariat",
    ],
)
def test_cooperation_secretariat_is_the_organisation(body: str) -> None:
    p = _secretariat(body)
    assert (p.role, p.country) == ("Secretary-General", body)


def test_bilateral_cooperation_secretariat_is_no_organisation() -> None:
    assert _secretariat("Bilateral Cooperation Secretariat").country != "Bilateral Cooperation Secretariat"
