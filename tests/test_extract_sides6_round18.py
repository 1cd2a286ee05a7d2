"""Side-meeting rules, round 18 (sixth pass): the same two people on the same day in talks and in a named
body's co-chaired session hold two meetings."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract


def _sides(text: str) -> list[tuple[str, list[str]]]:
    b = extract(text, today=date(2031, 5, 3))
    return [(e.kind, sorted(e.participants)) for e in b.events if e.kind != "main"]


# --- talks and a named body's session of the same two: two meetings ----------------------------------

_CORPUS = (
    "Japan to host Chinese, S. Korean foreign ministers for trilateral talks Saturday\n\nTOKYO, Kyodo\n\n"
    "Japan will host the foreign ministers of China and South Korea in Tokyo on Saturday for their first "
    "trilateral meeting since November 2023, the Foreign Ministry said Tuesday.\n\n"
    "Foreign Minister Takeshi Iwaya will chair the meeting with Chinese Foreign Minister Wang Yi and South "
    "Korean Foreign Minister Cho Tae-yul. Iwaya will also hold separate bilateral talks with each of his "
    "counterparts on the same day, the ministry said.\n\n"
    "Iwaya and Wang are also set to co-chair a session of the Japan-China High-Level Economic Dialogue on "
    "Saturday, the first such dialogue since April 2019."
)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (_CORPUS, ["Takeshi Iwaya", "Wang Yi"]),
        (
            "Chile to host Andean foreign ministers Friday\n\nSANTIAGO, May 2 -- Chile will host the foreign "
            "ministers of Peru and Bolivia in Santiago on Friday for a trilateral meeting, the "
            "ministry said.\n\n"
            "Foreign Minister Anton Velic will chair the meeting with Peruvian Foreign Minister Hana "
            "Moreau and "
            "Bolivian Foreign Minister Kofi Asante. Velic will also hold separate bilateral talks "
            "with each of "
            "his counterparts on the same day.\n\nVelic and Moreau are also set to co-chair a session of the "
            "Chile-Peru Joint Commission on Friday.",
            ["Anton Velic", "Hana Moreau"],
        ),
        (
            "Kenya to host Horn ministers Monday\n\nNAIROBI, May 2 -- Kenya will host the foreign "
            "ministers of "
            "Ethiopia and Somalia in Nairobi on Monday for a trilateral meeting, the ministry said.\n\n"
            "Foreign Minister Lars Odhiambo will chair the meeting with Ethiopian Foreign Minister "
            "Selam Tadesse "
            "and Somali Foreign Minister Farah Nur. Odhiambo will also hold separate bilateral talks "
            "with each "
            "of his counterparts on the same day.\n\nOdhiambo and Nur will also co-chair a meeting of the "
            "Kenya-Somalia Joint Cooperation Commission on Monday.",
            ["Farah Nur", "Lars Odhiambo"],
        ),
        (
            "Norway to host Nordic ministers Tuesday\n\nOSLO, May 2 -- Norway will host the defence "
            "ministers "
            "of Sweden and Finland in Oslo on Tuesday for a trilateral meeting, the ministry said.\n\n"
            "Defence Minister Ola Brekke will chair the meeting with Swedish Defence Minister Eva Lind and "
            "Finnish Defence Minister Aino Virta. Brekke will also hold separate bilateral talks "
            "with each of "
            "his counterparts on the same day.\n\nBrekke and Lind are also set to co-chair a session of the "
            "Norway-Sweden Defence Council on Tuesday.",
            ["Eva Lind", "Ola Brekke"],
        ),
    ],
)
def test_talks_and_a_bodys_session_are_two(text: str, pair: list[str]) -> None:
    sides = _sides(text)
    assert sides.count(("bilateral", sorted(pair))) == 2


def test_the_same_talks_said_twice_stay_one() -> None:
    text = (
        "Chile to host Andean foreign ministers Friday\n\nSANTIAGO, May 2 -- Chile will host the foreign "
        "ministers of Peru and Bolivia in Santiago on Friday for a trilateral meeting, the ministry said.\n\n"
        "Foreign Minister Anton Velic will chair the meeting with Peruvian Foreign Minister Hana Moreau and "
        "Bolivian Foreign Minister Kofi Asante. Velic will also hold separate bilateral talks with each of "
        "his counterparts on the same day.\n\nVelic and Moreau are also set to hold talks on trade on Friday."
    )
    sides = _sides(text)
    assert sides.count(("bilateral", ["Anton Velic", "Hana Moreau"])) == 1


# --- "for the A-B Security Consultative Committee": a committee of two sides is a format meeting ------
# --- "..., where on July 28 he and B will join C and D": the pronoun is the traveller ----------------

_TRIP = (
    "Secretary Velic's Travel to Peru and Chile\n\nMEDIA NOTE\nMAY 2, 2031\n\n"
    "Foreign Minister Anton Velic of Bolivia will travel to Lima, Peru and Santiago, Chile from May 10 to "
    "May 14, 2031.\n\n"
)


@pytest.mark.parametrize(
    ("leg", "four"),
    [
        (
            "The Secretary will then travel to Tokyo, where on July 28 he and Secretary of Defense Lloyd J. "
            "Austin III will join Japanese Foreign Minister Kamikawa Yoko and Minister of Defense "
            "Kihara Minoru "
            'for the U.S.-Japan Security Consultative Committee ("2+2").',
            ["Antony J. Blinken", "Kamikawa Yoko", "Kihara Minoru", "Lloyd J. Austin III"],
        ),
        (
            "The Minister will then travel to Lima, where on May 11 he and Defence Minister Rosa Quispe will "
            "join Peruvian Foreign Minister Hana Moreau and Defence Minister Luis Paredes for the "
            "Bolivia-Peru Joint Consultative Committee.",
            ["Anton Velic", "Hana Moreau", "Luis Paredes", "Rosa Quispe"],
        ),
        (
            "The Minister will then travel to Santiago, where on Tuesday he and Defence Minister Rosa Quispe "
            "will join Chilean Foreign Minister Ana Fuentes and Defence Minister Jorge Ruiz for the "
            "Bolivia-Chile Security Committee.",
            ["Ana Fuentes", "Anton Velic", "Jorge Ruiz", "Rosa Quispe"],
        ),
        (
            "The Minister will then travel to Lima, where he and Defence Minister Rosa Quispe will join "
            "Peruvian Foreign Minister Hana Moreau and Defence Minister Luis Paredes for the Bolivia-Peru "
            "Strategic Committee on May 11.",
            ["Anton Velic", "Hana Moreau", "Luis Paredes", "Rosa Quispe"],
        ),
    ],
)
def test_a_two_sided_committee_with_he_and_b(leg: str, four: list[str]) -> None:
    head = _TRIP
    if "Blinken" in " ".join(four):
        head = (
            "Secretary's Travel to Laos and Japan\n\nMEDIA NOTE\nJULY 24, 2031\n\nSecretary of State "
            "Antony J. "
            "Blinken will travel to Vientiane, Laos and Tokyo, Japan from July 25 to July 29, 2031.\n\n"
        )
    assert ("bilateral", sorted(four)) in _sides(head + leg)


def test_a_committee_without_a_format_of_states_is_no_meeting_of_sides() -> None:
    leg = (
        "The Minister will then travel to Lima, where on May 11 he will brief the Budget Committee of the "
        "national assembly."
    )
    assert not [x for x in _sides(_TRIP + leg) if x[0] in ("bilateral", "trilateral")]


# --- "A and B will also attend the SAJMC.": the committee's session gains them ------------------------

_VISIT = (
    "Official Visit of Minister for Foreign Affairs Anton Velic to Peru\n\nMAY 2, 2031\n\n"
    "Minister for Foreign Affairs Anton Velic will make an Official Visit to Lima, Peru from 10 to 12 May "
    "2031.\n\n"
)


@pytest.mark.parametrize(
    "text",
    [
        "Minister Velic will co-chair the 15th Bolivia-Peru Joint Ministerial Committee (BPJMC) on "
        "11 May 2031 "
        "with Minister for Foreign Affairs Hana Moreau. Minister for Defence Luis Paredes and Minister of "
        "State for Trade Rosa Quispe will also attend the BPJMC.",
        "Minister Velic will co-chair the Bolivia-Peru Joint Steering Committee on 11 May 2031 with Minister "
        "for Foreign Affairs Hana Moreau. Minister for Defence Luis Paredes and Minister of State "
        "for Trade Rosa "
        "Quispe will also attend the Joint Steering Committee.",
        "Minister Velic will co-chair the Bolivia-Peru Ministerial Committee on 11 May 2031 with "
        "Minister for "
        "Foreign Affairs Hana Moreau. Defence Minister Luis Paredes and Trade Minister Rosa Quispe will also "
        "take part in the Committee.",
    ],
)
def test_also_attend_the_gathering_adds_people(text: str) -> None:
    four = sorted(["Anton Velic", "Hana Moreau", "Luis Paredes", "Rosa Quispe"])
    assert ("bilateral", four) in _sides(_VISIT + text)


def test_also_attend_in_another_paragraph_adds_no_one() -> None:
    text = (
        "Minister Velic will co-chair the Bolivia-Peru Joint Steering Committee on 11 May 2031 with Minister "
        "for Foreign Affairs Hana Moreau.\n\nMinister for Defence Luis Paredes will also attend the "
        "Andean Forum."
    )
    sides = _sides(_VISIT + text)
    assert ("bilateral", ["Anton Velic", "Hana Moreau"]) in sides
