"""Side-meeting rules, round 18 (second pass): an ordinal between "the" and the kind word ("for the first
trilateral summit among the three") names the main event when it has that many sides."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract


def _sides(text: str) -> list[tuple[str, list[str]]]:
    b = extract(text, today=date(2031, 5, 3))
    return [(e.kind, sorted(e.participants)) for e in b.events if e.kind != "main"]


# --- "the first trilateral summit": the main event, not a side meeting -------------------------------

_THREE = sorted(["Anton Velic", "Hana Moreau", "Kofi Asante"])
_HEAD = "Chile to host neighbours' summit\n\nSANTIAGO, May 2 -- "
_DAY = "\n\nThe summit will take place on Monday, May 12, the office said."


@pytest.mark.parametrize(
    "lead",
    [
        "President Anton Velic of Chile will host Prime Minister Hana Moreau of Peru and President Kofi "
        "Asante of Bolivia in Santiago next week for the first trilateral summit among the three neighbours "
        "since 2019, his office said Thursday.",
        "Chilean President Anton Velic will host Peruvian Prime Minister Hana Moreau and Bolivian President "
        "Kofi Asante next week for the talks, the second trilateral summit to be held in Chile.",
        "President Anton Velic of Chile will welcome Prime Minister Hana Moreau of Peru and President Kofi "
        "Asante of Bolivia to Santiago next week for the 3rd trilateral meeting of the three leaders.",
        "President Anton Velic of Chile will host Prime Minister Hana Moreau of Peru and President Kofi "
        "Asante of Bolivia in Santiago next week for the inaugural trilateral summit of the three states.",
    ],
)
def test_the_first_trilateral_is_the_main_event(lead: str) -> None:
    sides = _sides(_HEAD + lead + _DAY)
    assert ("trilateral", _THREE) not in sides, sides


def test_the_first_bilateral_inside_a_trilateral_is_a_side_meeting() -> None:
    """A count unlike the main event's: "the first bilateral meeting" of two of three is a side one."""
    sides = _sides(
        _HEAD
        + "President Anton Velic of Chile will host Prime Minister Hana Moreau of Peru and President Kofi "
        "Asante of Bolivia in Santiago next week for a trilateral summit, his office said Thursday."
        + _DAY
        + "\n\nVelic and Moreau will meet the following day, the first bilateral leaders' meeting between "
        "the two countries in 14 months."
    )
    assert ("bilateral", sorted(["Anton Velic", "Hana Moreau"])) in sides, sides


# --- the source of the news is no party: "..., Kim, first deputy director of X, told a briefing" ------

_SUMMIT = (
    "Chile to host neighbours' summit\n\nSANTIAGO, May 2 -- President Anton Velic of Chile will host Prime "
    "Minister Hana Moreau of Peru and President Kofi Asante of Bolivia in Santiago next week for a "
    "trilateral summit, his office said Thursday.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The summit will take place Monday, with Velic holding separate bilateral talks with Moreau and "
        "Asante the previous day, Lucas Ferrer, first deputy director of the National Security Office, told "
        "a press briefing.",
        "Velic will hold separate bilateral talks with Moreau and Asante on Sunday, Lucas Ferrer, the "
        "president's chief of staff, told reporters.",
        "Velic will hold separate bilateral talks with Moreau and Asante on Sunday, Lucas Ferrer, a senior "
        "presidential adviser, said.",
        "Chief of Staff Lucas Ferrer briefed reporters on Friday. According to Ferrer, Velic will first sit "
        "down with Moreau on Sunday for their first bilateral meeting, followed by talks with Asante.",
    ],
)
def test_the_source_is_no_party(sentence: str) -> None:
    sides = _sides(_SUMMIT + sentence)
    assert ("bilateral", sorted(["Anton Velic", "Hana Moreau"])) in sides, sides
    assert not any("Lucas Ferrer" in p for _, p in sides), sides


def test_a_relative_clause_before_told_keeps_the_subject() -> None:
    """ "A, who is also attending, told reporters she hoped to meet B": A is no mere source."""
    sides = _sides(
        _SUMMIT + "Prime Minister Hana Moreau, who is also attending, told reporters she will meet Chilean "
        "Foreign Minister Lucas Ferrer on Sunday."
    )
    assert ("bilateral", sorted(["Hana Moreau", "Lucas Ferrer"])) in sides, sides


# --- a dateline's day is not a side meeting's day ----------------------------------------------------


def _dated(text: str) -> list[tuple[str, list[str], str]]:
    b = extract(text, today=date(2031, 5, 3))
    return [(e.kind, sorted(e.participants), str(e.date)) for e in b.events if e.kind != "main"]


@pytest.mark.parametrize(
    "dateline",
    ["SANTIAGO, May 2 (Yonhap) -- ", "SANTIAGO, May 2 (AFP) — ", "SANTIAGO, May 2 -- "],
)
def test_dateline_day_is_not_the_meetings(dateline: str) -> None:
    sides = _dated(
        "Chile to host neighbours' summit\n\n" + dateline + "President Anton Velic of Chile will hold "
        "separate bilateral talks with Prime Minister Hana Moreau of Peru and President Kofi Asante of "
        "Bolivia on Sunday, a day before the three countries hold a trilateral summit, his office said."
        "\n\nAccording to officials, Velic will first sit down with Moreau on Sunday afternoon for their "
        "first bilateral meeting."
    )
    pair = [x for x in sides if x[1] == sorted(["Anton Velic", "Hana Moreau"])]
    assert pair == [("bilateral", sorted(["Anton Velic", "Hana Moreau"]), "2031-05-04")], sides


def test_a_date_inside_the_sentence_is_kept() -> None:
    """A date followed by a dash inside the sentence, not after a dateline, still counts."""
    sides = _dated(
        "Chile to host neighbours' summit\n\nSANTIAGO, May 2 -- President Anton Velic of Chile will host "
        "a trilateral summit on May 12.\n\nVelic will hold bilateral talks with Prime Minister Hana Moreau "
        "of Peru on May 11 -- the eve of the summit -- in Santiago."
    )
    assert ("bilateral", sorted(["Anton Velic", "Hana Moreau"]), "2031-05-11") in sides, sides


# --- a named body's session: its chair and the people the next sentences add ------------------------

_MINISTERIAL = (
    "Alliance Defence Ministers to meet in Brussels\n\n"
    "Alliance Defence Ministers will meet at the Alliance Headquarters in Brussels on Thursday and Friday "
    "(14 and 15 May 2031). Secretary General Anna Lindqvist said the meeting would focus on production.\n\n"
)


@pytest.mark.parametrize(
    "paragraph",
    [
        "On Thursday afternoon, the Alliance-Ukraine Council will meet at the level of Defence Ministers, "
        "with the participation of Ukrainian Minister of Defence Petro Kovalenko. The Council will be "
        "chaired by Secretary General Anna Lindqvist. The European Union will be represented by "
        "Commissioner for Defence Marta Novak.",
        "On Thursday afternoon, ministers will meet in the format of the Alliance-Ukraine Council, with the "
        "participation of Ukrainian Minister of Defence Petro Kovalenko. The Council will be chaired by "
        "Secretary General Anna Lindqvist. EU Commissioner for Defence Marta Novak is also expected to "
        "attend.",
        "On Thursday, the Alliance-Moldova Council will meet with Moldovan Minister of Defence Petro "
        "Kovalenko. The Council will be co-chaired by Secretary General Anna Lindqvist. Commissioner for "
        "Defence Marta Novak of the European Union is also expected to attend.",
    ],
)
def test_body_session_gains_its_chair_and_attendees(paragraph: str) -> None:
    sides = _sides(_MINISTERIAL + paragraph)
    want = sorted(["Anna Lindqvist", "Petro Kovalenko", "Marta Novak"])
    assert ("multilateral", want) in sides, sides
    assert ("multilateral", ["Anna Lindqvist"]) not in sides, sides


def test_the_meetings_chaired_by_gives_every_session_its_chair() -> None:
    sides = _sides(
        "Alliance Defence Ministers will meet in Brussels on Thursday 14 and Friday 15 May 2031. The "
        "meetings will be chaired by Secretary General Anna Lindqvist.\n\n"
        "On Thursday afternoon, ministers will meet in the format of the Alliance-Ukraine Council, with the "
        "participation of Ukraine's Minister of Defence Petro Kovalenko."
    )
    assert ("multilateral", sorted(["Anna Lindqvist", "Petro Kovalenko"])) in sides, sides


def test_an_unrelated_next_sentence_adds_no_one() -> None:
    sides = _sides(
        _MINISTERIAL + "On Thursday afternoon, the Alliance-Ukraine Council will meet at the level of "
        "Defence Ministers, with the participation of Ukrainian Minister of Defence Petro Kovalenko. "
        "Commissioner for Defence Marta Novak said the Union would contribute."
    )
    assert not any("Marta Novak" in p for _, p in sides), sides
