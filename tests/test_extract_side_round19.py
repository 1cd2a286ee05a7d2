"""Side-meeting rules, round 19: a meeting still to come keeps its place whatever past the sentence tells
in passing about its format, and the items of a bulleted list are the meetings of the line they hang from."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract


def _sides(text: str) -> list[tuple[str, list[str]]]:
    b = extract(text, today=date(2031, 5, 3))
    return [(e.kind, sorted(e.participants)) for e in b.events if e.kind != "main" and e.participants]


# --- a format's past told in passing: the coming meeting stays -------------------------------------------

_HEAD = (
    "Defence chief Okoro to attend Harbour Security Forum\n\n"
    "LAGOS, May 2 (Wire) - Defence Minister Ada Okoro will attend the Harbour Security Forum in Accra "
    "this weekend, officials said.\n\n"
    "Okoro is scheduled to deliver a keynote address at the forum on Saturday. "
)


@pytest.mark.parametrize(
    "tail",
    [
        "She is also expected to hold a four-way meeting with Ghanaian Defence Minister Kwame Asante, "
        "Togolese Defence Minister Yao Mensah and Beninese Defence Minister Lionel Hounsou, the official "
        "said, a grouping that first met in Dakar this month.",
        "Ghanaian Defence Minister Kwame Asante, Togolese Defence Minister Yao Mensah and Beninese Defence "
        "Minister Lionel Hounsou are expected to join Ms Okoro on Saturday for a four-way meeting of "
        "defence ministers, a format last convened in Dakar in March 2030.",
        "Ms Okoro is also expected to meet Ghanaian Defence Minister Kwame Asante, Togolese Defence "
        "Minister Yao Mensah and Beninese Defence Minister Lionel Hounsou in a four-way meeting, a format "
        "that has grown since the four first met in Dakar in March 2030.",
    ],
)
def test_a_formats_past_aside_leaves_the_meeting(tail: str) -> None:
    sides = _sides(_HEAD + tail)
    four = ["Ada Okoro", "Kwame Asante", "Lionel Hounsou", "Yao Mensah"]
    assert ("multilateral", four) in sides
    assert all(len(p) == 4 for _, p in sides), sides  # no second meeting from "first met"


def test_a_past_meeting_told_beside_the_coming_one_is_no_side_meeting() -> None:
    text = (
        "Kenyan FM Wanjiru to visit Lima next week for talks with Quispe\n\n"
        "NAIROBI, May 2 (Wire) - Kenyan Foreign Minister Grace Wanjiru will visit Lima on Wednesday for "
        "talks with her Peruvian counterpart Hugo Quispe, the ministry said.\n\n"
        "Wanjiru and Quispe are expected to discuss how to carry forward the partnership agreed by "
        "President Daniel Mwangi and Peruvian President Rosa Huaman when they met in Madrid in November "
        "on the sidelines of a climate summit."
    )
    assert _sides(text) == []


# --- bullets under "A will also take part in two meetings:" -------------------------------------------------

_LISTS = [
    (
        "Secretary of Defense Mara Quinlan to Travel to Norway\n\n"
        "Secretary of Defense Mara Quinlan will travel to Oslo from June 3 to June 5.\n\n"
        "In Oslo on June 4, Secretary Quinlan will meet Norwegian Minister of Foreign Affairs Ola Berg and "
        "Minister of Defence Eirik Dahl for the U.S.-Norway 2+2 Dialogue.\n\n"
        "While in Oslo, Secretary Quinlan will also take part in two trilateral meetings the same day:\n\n"
        "- the U.S.-Norway-Denmark trilateral defense ministers' meeting with Minister Dahl and "
        "Danish Minister of Defence Jens Holm; and\n"
        "- the first U.S.-Norway-Iceland trilateral defense ministerial meeting to be hosted in Norway, "
        "with Minister Dahl and Icelandic Minister for Foreign Affairs Sigrun Olafsdottir.",
        ["Eirik Dahl", "Jens Holm", "Mara Quinlan"],
        ["Eirik Dahl", "Mara Quinlan", "Sigrun Olafsdottir"],
    ),
    (
        "Foreign Minister Tessa Brandt to visit Chile\n\n"
        "Foreign Minister Tessa Brandt will visit Santiago on 9 and 10 September.\n\n"
        "On 9 September, Minister Brandt will hold talks with Chilean Foreign Minister Pablo Rojas and "
        "Defence Minister Ines Vidal for the Germany-Chile Strategic Dialogue.\n\n"
        "In Santiago, Minister Brandt will also take part in two trilateral meetings on 10 September:\n\n"
        "- the Germany-Chile-Argentina trilateral foreign ministers' meeting with Minister Rojas and "
        "Argentine Foreign Minister Lucia Ferrer; and\n"
        "- the first Germany-Chile-Peru trilateral ministerial meeting, with Minister Rojas and Peruvian "
        "Foreign Minister Mateo Salas.",
        ["Lucia Ferrer", "Pablo Rojas", "Tessa Brandt"],
        ["Mateo Salas", "Pablo Rojas", "Tessa Brandt"],
    ),
    (
        "Trade Minister Ravi Menon to travel to Indonesia\n\n"
        "Trade Minister Ravi Menon will travel to Jakarta from 14 to 16 October.\n\n"
        "On 14 October, Minister Menon will meet Indonesian Trade Minister Budi Santoso and Industry "
        "Minister Dewi Lestari for the India-Indonesia Joint Trade Committee.\n\n"
        "Minister Menon will also join two trilateral meetings on 15 October:\n\n"
        "• the India-Indonesia-Vietnam trilateral trade ministers' meeting with Minister Santoso and "
        "Vietnamese Trade Minister Tran Van Long; and\n"
        "• the first India-Indonesia-Thailand trilateral trade ministers' meeting, with Minister Santoso "
        "and Thai Commerce Minister Somchai Chaiyo.",
        ["Budi Santoso", "Ravi Menon", "Tran Van Long"],
        ["Budi Santoso", "Ravi Menon", "Somchai Chaiyo"],
    ),
]


@pytest.mark.parametrize(("text", "first", "second"), _LISTS)
def test_bullets_are_the_meetings_of_the_line_above(text: str, first: list[str], second: list[str]) -> None:
    sides = _sides(text)
    assert ("trilateral", first) in sides
    assert ("trilateral", second) in sides


def test_bullets_under_a_line_naming_no_one_take_no_subject() -> None:
    text = (
        "Defence ministers to meet in Oslo\n\n"
        "Secretary of Defense Mara Quinlan will travel to Oslo from June 3 to June 5.\n\n"
        "The programme in Oslo also includes two trilateral meetings:\n\n"
        "- the Norway-Denmark-Sweden Trilateral Defence Ministers' Meeting with Norwegian Minister Eirik "
        "Dahl and Danish Minister of Defence Jens Holm; and\n"
        "- a Norway-Sweden-Finland trilateral defence ministerial meeting with Minister Dahl and Finnish "
        "Minister of Defence Aino Virta."
    )
    assert all("Mara Quinlan" not in p for _, p in _sides(text))
