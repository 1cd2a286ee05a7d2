"""Side-meeting rules, round 21 (sides2): a two-state body's session its two co-chairs hold is bilateral;
"according to presidential spokesperson A" names a source; "one-on-one talks with A and with B" are one each;
"no meeting has been arranged" is no meeting; "A meeting with B is also being arranged" is the protagonist's;
"the Prime Minister" is not the Deputy Prime Minister."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract


def _sides(text: str) -> list[tuple[str, list[str]]]:
    b = extract(text, today=date(2031, 5, 3))
    return [(e.kind, sorted(e.participants)) for e in b.events if e.kind != "main" and e.participants]


# --- a two-state body's session, co-chaired by (or held between) one of each: bilateral -------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "South Korea, Ghana to hold annual defense talks in Seoul next week\n\nSEOUL, May 2 (Yonhap) -- "
            "South Korea and Ghana will hold their annual defense talks in Seoul next week, the ministry "
            "said "
            "Tuesday.\n\nDefense Minister Kim Jae-won and Ghanaian Defence Minister Kwabena Ofori will "
            "co-chair "
            "the 9th Defense Dialogue on May 14.\n\nThe Dialogue will be preceded by the Military Committee "
            "Meeting on May 13 between Gen. Choi Hyun-soo, chairman of the Joint Chiefs of Staff, and his "
            "Ghanaian counterpart, Gen. Kofi Mensah.",
            ["Choi Hyun-soo", "Kofi Mensah"],
        ),
        (
            "Poland and Vietnam to hold Intergovernmental Committee in Warsaw\n\nWARSAW, May 2 -- Poland and "
            "Vietnam will hold the 5th session of the Poland-Vietnam Intergovernmental Committee in Warsaw "
            "on "
            "May 21, the ministry said.\n\nForeign Minister Marek Zielonka and Vietnamese Foreign Minister "
            "Tran "
            "Van Khoa will co-chair the session.\n\nThe Committee will be preceded on May 20 by a meeting of "
            "the Trade Subcommittee, co-chaired by Minister of Development Ewa Lisicka and Vietnam's "
            "Minister "
            "of Industry Le Thi Hoa.",
            ["Ewa Lisicka", "Le Thi Hoa"],
        ),
        (
            "Kenya, Peru to hold Joint Commission in Nairobi\n\nNAIROBI, May 2 -- Kenya and Peru will hold "
            "the "
            "3rd session of the Kenya-Peru Joint Commission in Nairobi on May 21.\n\nCabinet Secretary for "
            "Foreign Affairs Grace Wanjiru will co-chair the session with Peruvian Foreign Minister Luis "
            "Ortega.\n\nThe session will be preceded by the Senior Officials Meeting on May 20 between "
            "Principal Secretary Daniel Kiprop and Peru's Vice Minister of Foreign Affairs, Carmen Rojas.",
            ["Carmen Rojas", "Daniel Kiprop"],
        ),
    ],
)
def test_two_states_co_chaired_session_is_bilateral(text: str, pair: list[str]) -> None:
    sides = _sides(text)
    assert ("bilateral", pair) in sides, sides
    assert ("multilateral", pair) not in sides, sides


def test_a_blocs_body_two_members_co_chair_stays_multilateral() -> None:
    text = (
        "NATO defence ministers to meet in Brussels\n\nBRUSSELS, May 2 -- NATO Defence Ministers will meet "
        "in Brussels on May 20 and 21.\n\nOn Wednesday, the Air Defence Contact Group will meet at NATO "
        "Headquarters, co-chaired by Norway's Defence Minister, Lars Heggem, and Poland's Minister of "
        "National Defence, Jan Kowalczyk."
    )
    assert ("multilateral", ["Jan Kowalczyk", "Lars Heggem"]) in _sides(text)


# --- "according to presidential spokesperson A": the source, not a participant ----------------------------


@pytest.mark.parametrize(
    ("text", "met", "source"),
    [
        (
            "Leaders to meet in Hanoi\n\nSEOUL, May 2 (Yonhap) -- President Park Min-soo will travel to "
            "Hanoi "
            "this week for the Mekong-Korea Summit on May 20.\n\nPark will hold a bilateral summit with Thai "
            "Prime Minister Anan Suksai on the sidelines of the summit, according to presidential "
            "spokesperson "
            "Yoon Ha-neul.",
            ["Anan Suksai", "Park Min-soo"],
            "Yoon Ha-neul",
        ),
        (
            "Foreign minister to attend G20 meeting\n\nTOKYO, May 2 (Kyodo) -- Foreign Minister Sato Kenji "
            "will "
            "attend the G20 Foreign Ministers Meeting in Rome on May 20.\n\nSato will hold talks with "
            "Brazilian "
            "Foreign Minister Paulo Ramos on the sidelines, according to chief cabinet secretary Mori "
            "Takuya.",
            ["Paulo Ramos", "Sato Kenji"],
            "Mori Takuya",
        ),
        (
            "Foreign Minister to visit Fiji\n\nForeign Minister Ellen Marsh will attend the Pacific Islands "
            "Forum in Suva on May 20.\n\nOn the margins, Marsh will meet Samoan Prime Minister Tevita Leota, "
            "according to the ministry spokesperson Jonah Pyke.",
            ["Ellen Marsh", "Tevita Leota"],
            "Jonah Pyke",
        ),
    ],
)
def test_according_to_a_titled_source_is_no_party(text: str, met: list[str], source: str) -> None:
    sides = _sides(text)
    assert ("bilateral", met) in sides, sides
    assert not any(source in names for _k, names in sides), sides


def test_according_to_the_schedule_keeps_the_people_met() -> None:
    text = (
        "Leaders to meet in Hanoi\n\nSEOUL, May 2 (Yonhap) -- President Park Min-soo will travel to Hanoi "
        "this week for the Mekong-Korea Summit on May 20.\n\nAccording to the schedule, Park will hold a "
        "bilateral summit with Thai Prime Minister Anan Suksai on the sidelines of the summit."
    )
    assert ("bilateral", ["Anan Suksai", "Park Min-soo"]) in _sides(text)


# --- "one-on-one talks with A on Thursday and with B on Saturday": one meeting with each -------------------


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "LIMA, May 2 -- Defense Secretary Carl Brandt will host his Chilean and Peruvian counterparts in "
            "Lima on Friday for trilateral talks.\n\nBrandt will also hold one-on-one talks with Diaz on "
            "Thursday and with Ortega on Saturday, officials said.\n\nChile's Defense Minister Rosa Diaz and "
            "Peru's Defense Minister Luis Ortega will attend.",
            "Rosa Diaz",
            "Luis Ortega",
        ),
        (
            "Foreign Minister Hana Ito will host Foreign Minister Mark Fenn of Canada and Foreign Minister "
            "Ana Silva of Brazil in Tokyo on May 20 for a trilateral meeting.\n\nIto will also hold "
            "one-on-one "
            "talks with Fenn on May 19 and with Silva on May 21.",
            "Mark Fenn",
            "Ana Silva",
        ),
        (
            "President Omar Diallo will host President Jean Kabore of Burkina Faso and President Amadou "
            "Toure "
            "of Mali in Dakar on May 20 for a trilateral summit.\n\nDiallo will also hold one-on-one talks "
            "with Kabore in the morning and with Toure in the afternoon.",
            "Jean Kabore",
            "Amadou Toure",
        ),
    ],
)
def test_one_on_one_with_each(text: str, a: str, b: str) -> None:
    sides = _sides(text)
    assert any(k == "bilateral" and a in names and b not in names for k, names in sides), sides
    assert any(k == "bilateral" and b in names and a not in names for k, names in sides), sides
    assert not any(a in names and b in names for _k, names in sides), sides


def test_one_on_one_talks_with_one_person_stay_one_meeting() -> None:
    text = (
        "Foreign Minister Hana Ito will host Foreign Minister Mark Fenn of Canada and Foreign Minister "
        "Ana Silva of Brazil in Tokyo on May 20 for a trilateral meeting.\n\nIto will also hold one-on-one "
        "talks with Fenn on May 19."
    )
    sides = _sides(text)
    assert ("bilateral", ["Hana Ito", "Mark Fenn"]) in sides, sides
    assert not any("Ana Silva" in names for _k, names in sides), sides


# --- "though no meeting has been arranged": no meeting --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "Seoul eyes talks in Rome\n\nSEOUL (Yonhap) -- Foreign Minister Lee Dong-ho will attend the G20 "
            "foreign ministers meeting in Rome on May 20, the ministry said.\n\nLee also plans to meet "
            "Russian "
            "Foreign Minister Pavel Orlov on the sidelines, but no meeting has yet been scheduled, officials "
            "said.",
            "Pavel Orlov",
        ),
        (
            "Canberra eyes talks in Vientiane\n\nCANBERRA -- Foreign Minister Ellen Marsh will attend the "
            "East "
            "Asia Summit in Vientiane on May 20.\n\nMarsh will also hold talks with Indian External Affairs "
            "Minister Arjun Mehta on the sidelines, though the meeting has not been arranged yet.",
            "Arjun Mehta",
        ),
        (
            "Wellington eyes talks in Suva\n\nWELLINGTON -- Foreign Minister Tom Harrow will attend the "
            "Pacific "
            "Islands Forum in Suva on May 20.\n\nHarrow will also meet Chinese Foreign Minister Zhao Lin on "
            "the "
            "margins, although no meeting has been arranged, officials said.",
            "Zhao Lin",
        ),
    ],
)
def test_no_meeting_arranged_is_no_meeting(text: str, other: str) -> None:
    sides = _sides(text)
    assert not any(other in names for _k, names in sides), sides


def test_a_meeting_not_said_unarranged_stays() -> None:
    text = (
        "Wellington eyes talks in Suva\n\nWELLINGTON -- Foreign Minister Tom Harrow will attend the Pacific "
        "Islands Forum in Suva on May 20.\n\nHarrow will also meet Chinese Foreign Minister Zhao Lin on the "
        "margins, officials said."
    )
    assert ("bilateral", ["Tom Harrow", "Zhao Lin"]) in _sides(text)


# --- "A meeting with B is also being arranged": the protagonist's meeting with B --------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Visit of Ms. TANAKA Yumi, Minister for Foreign Affairs, to Italy\n\n1. Ms. TANAKA Yumi, "
            "Minister "
            "for Foreign Affairs, is scheduled to visit Italy from May 20 to May 22 to attend the G7 Foreign "
            "Ministers' Meeting in Rome.\n\n2. On the occasion of this visit, Minister TANAKA is scheduled "
            "to "
            "hold a meeting with H.E. Mr. Marco Bellini, Minister of Foreign Affairs of Italy. A meeting "
            "with "
            "H.E. Mr. Pierre Lacombe, Minister for Europe and Foreign Affairs of the French Republic, is "
            "also "
            "being arranged.",
            ["Pierre Lacombe", "Tanaka Yumi"],
        ),
        (
            "On the upcoming official visit of the Minister of Foreign Affairs of Kazakhstan to "
            "Azerbaijan\n\n"
            "On May 20-21, Minister of Foreign Affairs of the Republic of Kazakhstan Nurlan Abenov will pay "
            "an "
            "official visit to Baku at the invitation of the Minister of Foreign Affairs of Azerbaijan "
            "Elchin "
            "Mammadov.\n\nWithin the framework of the visit, N.Abenov will hold talks with E.Mammadov. A "
            "meeting "
            "with the Minister of Energy Rauf Aliyev is also planned, during which the parties will consider "
            "energy transit.",
            ["Nurlan Abenov", "Rauf Aliyev"],
        ),
        (
            "Minister to visit Ghana\n\nForeign Minister Anna Lindqvist will pay an official visit to Accra "
            "on "
            "May 20 at the invitation of Foreign Minister Kwame Asante.\n\nThe two ministers will hold talks "
            "on "
            "trade. A meeting with the Minister of Finance, Ama Boateng, is also being arranged.",
            ["Ama Boateng", "Anna Lindqvist"],
        ),
    ],
)
def test_a_meeting_with_b_is_arranged(text: str, pair: list[str]) -> None:
    assert ("bilateral", pair) in _sides(text)


def test_a_meeting_with_b_told_as_past_is_no_cue() -> None:
    text = (
        "Foreign Secretary to visit Kenya\n\nForeign Secretary Ruth Calder will travel to Nairobi on May 20 "
        "for the Commonwealth ministerial meeting.\n\nA meeting with Kenya's Cabinet Secretary for Foreign "
        "Affairs, Peter Kamau, took place in London in March."
    )
    assert not any("Peter Kamau" in names for _k, names in _sides(text))


# --- "received by the Prime Minister": not the Deputy Prime Minister --------------------------------------


@pytest.mark.parametrize(
    ("text", "deputy"),
    [
        (
            "Foreign Minister to visit New Zealand\n\nForeign Minister Ellen Marsh will visit Wellington on "
            "May 20 at the invitation of the Deputy Prime Minister and Minister of Foreign Affairs, Tom "
            "Harrow, "
            "for the annual Foreign Ministers Consultations.\n\nDuring the visit, Marsh will also call on "
            "the "
            "Prime Minister.",
            "Tom Harrow",
        ),
        (
            "Foreign Minister to visit Thailand\n\nForeign Minister Hana Ito will visit Bangkok on May 20 at "
            "the "
            "invitation of the Deputy Prime Minister and Minister of Foreign Affairs, Somchai Rattana, to "
            "co-chair the Japan-Thailand Joint Commission.\n\nIto will also be received by the Prime "
            "Minister "
            "at Government House.",
            "Somchai Rattana",
        ),
        (
            "Foreign Minister to visit Singapore\n\nForeign Minister Ana Silva will visit Singapore on May "
            "20 at "
            "the invitation of the Deputy Prime Minister and Minister for Foreign Affairs, Lim Boon Keat, to "
            "co-chair the Brazil-Singapore Joint Commission.\n\nSilva will also be received by the Prime "
            "Minister at the Istana.",
            "Lim Boon Keat",
        ),
    ],
)
def test_the_prime_minister_is_not_the_deputy(text: str, deputy: str) -> None:
    assert not any(deputy in names for _k, names in _sides(text))


def test_the_deputy_prime_minister_is_the_deputy() -> None:
    text = (
        "Foreign Minister to visit Singapore\n\nForeign Minister Ana Silva will visit Singapore on May 20 at "
        "the invitation of the Deputy Prime Minister and Minister for Foreign Affairs, Lim Boon Keat, to "
        "co-chair the Brazil-Singapore Joint Commission.\n\nSilva will also be received by the Deputy Prime "
        "Minister at the Istana."
    )
    assert any("Lim Boon Keat" in names for _k, names in _sides(text))
