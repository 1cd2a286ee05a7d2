"""Country rules, round 18 (pc18): a person named right after "accompanied by" is of the party of the one
accompanied, not the host's, though a later sentence has a host's official meet them; a sentence opening
"Before X, A was received by B" has A as its subject, so the next sentence's "the minister was accompanied
by C" means A, and C is A's."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from tests.extract_helpers import person

TODAY = date(2031, 6, 2)


def _country(text: str, name: str) -> str | None:
    """The country extracted for the named person (fails when the person is not found)."""
    return person(extract(text, today=TODAY), name).country


# ---- a companion met later by the host's official stays of the leader's party -------------------------


def test_companion_met_later_by_host_official() -> None:
    text = (
        "Canadian Minister of National Defence Laura Pelletier is to meet Norway's Minister of Defence, "
        "Erik Haugland, in Oslo on 4 May.\n\n"
        "Pelletier will be accompanied by Marc Dufresne, Associate Minister of Defence Procurement. "
        "The delegation leaves Ottawa on 2 May.\n\n"
        "Ingrid Solberg, State Secretary at the Norwegian ministry, will hold a separate session with "
        "Dufresne on 4 May on industrial cooperation."
    )
    assert _country(text, "Marc Dufresne") == "Canada"


def test_companion_joined_later_in_working_session() -> None:
    text = (
        "Brazilian Foreign Minister Rafael Monteiro will hold talks with Kenya's Cabinet Secretary for "
        "Foreign Affairs, Grace Wanjiru, in Nairobi on 10 March.\n\n"
        "Monteiro will be accompanied by Tiago Bastos, Secretary for Africa and the Middle East. "
        "Later that day, Kenyan Principal Secretary Peter Otieno will meet with Bastos on trade questions."
    )
    assert _country(text, "Tiago Bastos") == "Brazil"


def test_companion_then_lunch_with_host() -> None:
    text = (
        "Australian Minister for Trade Olivia Marsh will visit Hanoi on 8 July for talks with Vietnam's "
        "Minister of Industry and Trade, Tran Van Hai.\n\n"
        "Marsh will be accompanied by Liam Gorton, Assistant Minister for Trade. Vietnamese Deputy Minister "
        "Nguyen Thi Lan will host a working lunch with Gorton."
    )
    assert _country(text, "Liam Gorton") == "Australia"


def test_host_official_met_stays_host() -> None:
    # near miss: no "accompanied by" - the one met in the host capital is the host's
    text = (
        "Canadian Minister of National Defence Laura Pelletier is to meet Norway's Minister of Defence, "
        "Erik Haugland, in Oslo on 4 May.\n\n"
        "Pelletier will also hold a separate session with Ingrid Solberg, State Secretary, on 4 May."
    )
    assert _country(text, "Ingrid Solberg") == "Norway"


# ---- "Before X, A was received by B. The minister was accompanied by C": C is A's ----------------------


def test_before_phrase_subject_is_the_one_accompanied() -> None:
    text = (
        "Dutch Minister of Defence Pieter de Graaf and Estonia's Minister of Defence, Kaarel Tamm, signed an "
        "agreement in Tallinn on Monday.\n\n"
        "Before the signing, De Graaf was received by President Mart Kask for a conversation on regional "
        "security. The minister was accompanied by the Commander of the Land Forces, Lieutenant General "
        "Joost Verhoeven, who leads the new unit."
    )
    assert _country(text, "Joost Verhoeven") == "Netherlands"


def test_ahead_of_phrase_subject_is_the_one_accompanied() -> None:
    text = (
        "Spanish Minister of Defence Lucia Ortega and Latvia's Minister of Defence, Janis Ozols, opened the "
        "exercise at Adazi on Tuesday.\n\n"
        "Ahead of the opening, Ortega was received by President Andris Kalnins at the castle. The minister "
        "was accompanied by the Chief of the Army Staff, General Miguel Salcedo."
    )
    assert _country(text, "Miguel Salcedo") == "Spain"


def test_earlier_phrase_subject_is_the_one_accompanied() -> None:
    text = (
        "Italian Minister of Defence Marco Ferri and Romania's Minister of National Defence, Ion Popa, "
        "inaugurated the new air base in Constanta on Friday.\n\n"
        "Earlier in the day, Ferri was received by President Dan Mihai in Bucharest. The minister was "
        "accompanied by the Chief of the Air Staff, General Paolo Serra."
    )
    assert _country(text, "Paolo Serra") == "Italy"


def test_subject_opening_the_sentence_received_by_host() -> None:
    # near miss: the host's president, received by no one, stays the host's
    text = (
        "Dutch Minister of Defence Pieter de Graaf and Estonia's Minister of Defence, Kaarel Tamm, signed an "
        "agreement in Tallinn on Monday.\n\n"
        "Before the signing, De Graaf was received by President Mart Kask for a conversation on regional "
        "security."
    )
    assert _country(text, "Mart Kask") == "Estonia"
