"""Event rules, round 9: side meetings in coordinated errands ("and will pay a call", "and have a working
lunch", "and then travel to"), "have talks with", a body's session the meeting includes, joining one's
counterparts, video conferences with officials of named countries, a two-letter name closing a sentence."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.models import Briefing

from .extract_helpers import main_of as _main
from .extract_helpers import sides_of as _sides


def _run(text: str, today: date = date(2031, 11, 1)) -> Briefing:
    return extract(text, today=today)


# --- sentences ---------------------------------------------------------------------------------------


def test_a_two_letter_name_before_a_title_closes_the_sentence() -> None:
    text = (
        "Minister Halvorsen to attend Nordic talks\n\n"
        "Foreign Minister Edda Halvorsen will attend the Nordic Trilateral Meeting in Oslo on "
        "November 20. On the sidelines, Minister Halvorsen will hold a Norland-Wessex meeting with Minister "
        "Karl Brandt and a Norland-Ostria meeting with Minister Zhou Bo. Minister Halvorsen also plans to "
        "attend a reception."
    )
    b = _run(text)
    names = {p.name for p in b.people}
    assert "Zhou Bo" in names and "Zhou Bo." not in names
    assert ("bilateral", ["Edda Halvorsen", "Zhou Bo"]) in _sides(b)


# --- clauses -----------------------------------------------------------------------------------------


def test_a_meeting_and_a_courtesy_call_of_one_subject_are_two() -> None:
    text = (
        "Foreign Minister Edda Halvorsen will hold the Norland-Ostria Strategic Dialogue with Foreign "
        "Minister Karl Brandt of Ostria in Vienna on November 20. During her stay, Minister Halvorsen will "
        "also hold a Norland-Ostria Trade Ministers' Meeting with Trade Minister Lena Aigner of Ostria and "
        "will pay a courtesy call on President Otto Falk of Ostria."
    )
    sides = _sides(_run(text))
    assert ("bilateral", ["Edda Halvorsen", "Lena Aigner"]) in sides
    assert ("bilateral", ["Edda Halvorsen", "Lena Aigner", "Otto Falk"]) not in sides


def test_talks_with_a_prime_minister_and_a_working_lunch_are_two() -> None:
    text = (
        "Foreign Minister Edda Halvorsen will travel to Ostria and Wessex from November 14 to 17. In "
        "Vienna, she will hold talks with Foreign Minister Karl Brandt of Ostria. In Vienna, the Foreign "
        "Minister will also meet Prime Minister Otto Falk of Ostria for talks and have a working lunch with "
        "representatives of Norland companies."
    )
    assert ("bilateral", ["Edda Halvorsen", "Otto Falk"]) in _sides(_run(text))


def test_a_meeting_and_then_travel_to_talks_elsewhere_are_two() -> None:
    text = (
        "Foreign Minister Edda Halvorsen will hold talks with Foreign Minister Karl Brandt of Ostria in "
        "Vienna on November 20. Defence Minister Per Lindqvist of Norland will hold a bilateral meeting "
        "with Defence Minister Lena Aigner of Ostria in Vienna on November 20 and then travel to Wessex for "
        "talks with Defence Minister Tom Ashby of Wessex in London."
    )
    sides = _sides(_run(text))
    assert ("bilateral", ["Lena Aigner", "Per Lindqvist"]) in sides
    assert ("bilateral", ["Per Lindqvist", "Tom Ashby"]) in sides


# --- cues --------------------------------------------------------------------------------------------


def test_will_have_talks_with_is_a_meeting() -> None:
    text = (
        "Norway's Defence Minister in Vienna on 20 November\n\n"
        "On 20 November, the Minister of Defence of Norway, Ms Edda Halvorsen, will co-chair with her "
        "counterpart, Mr Karl Brandt, Minister of Defence of Austria, the Norway-Austria Defence Dialogue in "
        "Vienna.\n\nThe previous dialogue took place in Oslo in 2029.\n\nThe discussions will address "
        "air defence and space.\n\nThe two countries mark the tenth year of their partnership.\n\n"
        "Industry will be closely involved.\n\n"
        "In Vienna, the Minister will be received by the Chancellor, Mr Otto Falk, and will have "
        "talks with the National Security Adviser, Mr Tom Ashby."
    )
    assert ("bilateral", ["Edda Halvorsen", "Tom Ashby"]) in _sides(_run(text))


def test_a_session_of_a_council_the_meeting_includes_is_a_gathering() -> None:
    text = (
        "Norland Defence Ministers will meet in Oslo on Thursday (20 November 2031). The meeting will "
        "include a session of the Norland-Ostria Council with Ostria's Minister of Defence Karl Brandt."
    )
    assert ("multilateral", ["Karl Brandt"]) in _sides(_run(text))


def test_joining_ones_counterparts_for_a_four_way_meeting() -> None:
    text = (
        "Defence ministers will gather in Oslo from Friday for the Nordic Security Forum, which runs "
        "until Sunday. On Saturday, Danish Defence Minister Edda Halvorsen will also join her Austrian, "
        "Irish and Belgian counterparts, Karl Brandt, Tom Ashby and Otto Falk, for a four-way defence "
        "ministers' meeting."
    )
    assert ("multilateral", ["Edda Halvorsen", "Karl Brandt", "Otto Falk", "Tom Ashby"]) in _sides(
        _run(text, date(2031, 5, 27))
    )


def test_a_trilateral_video_conference_with_officials_of_two_countries() -> None:
    text = (
        "TROMSO, Nov. 3 -- Norland and Ostria will hold their defence dialogue in Vienna next week. "
        "Meanwhile, Edda Halvorsen, deputy minister for defence policy, will join a trilateral video "
        "conference with U.S. and Japanese defense officials on Nov. 13 to discuss missile warning data."
    )
    b = _run(text, date(2031, 11, 3))
    ev = [e for e in b.events if e.kind == "trilateral"]
    assert ev and ev[0].participants == ["Edda Halvorsen"]


def test_the_two_ministers_of_the_sentence_before_meet_again_on_another_day() -> None:
    text = (
        "Norway to host Danish Prime Minister in Bergen\n\n"
        "Prime Minister Ola Berg will receive Danish Prime Minister Jens Holm in Bergen on Monday, "
        "November 10, for the fifth Annual Consultation between the two neighbours.\n\n"
        "Foreign Minister Edda Halvorsen is scheduled to hold a bilateral meeting with her Danish "
        "counterpart, Karl Brandt, on the morning of the consultation. The two ministers will then co-chair "
        "a joint commission meeting on November 11 in Oslo, a day after the leaders meet."
    )
    b = _run(text, date(2031, 11, 4))
    pairs = [
        e
        for e in b.events
        if e.kind == "bilateral" and sorted(e.participants) == ["Edda Halvorsen", "Karl Brandt"]
    ]
    assert len(pairs) == 2
    assert {e.date for e in pairs} == {date(2031, 11, 10), date(2031, 11, 11)}


def test_two_gatherings_each_with_its_own_day_are_two() -> None:
    text = (
        "Minister Halvorsen to travel to Austria and Hungary\n\n"
        "Foreign Minister Edda Halvorsen will travel to Vienna, Austria, and Budapest, Hungary, from "
        "November 8 to 12, 2031.\n\n"
        "In Vienna, on November 9, Minister Halvorsen will meet with Foreign Minister Karl Brandt of "
        "Austria.\n\n"
        "In Budapest, Minister Halvorsen will attend the Danube-Nordic Ministerial Conference on November 11 "
        "and the Central Europe Security Forum on November 12."
    )
    groups = [e for e in _run(text).events if e.kind == "multilateral"]
    assert len(groups) == 2


def test_a_named_meeting_before_the_main_one_chaired_by_two_sides() -> None:
    text = (
        "Norway, Denmark to convene 9th Strategic Dialogue in Oslo\n\n"
        "OSLO 3 November 2031 – Foreign Minister Edda Halvorsen will host Danish Foreign Minister Karl "
        "Brandt for the 9th Norway-Denmark Strategic Dialogue later this week.\n\n"
        "The Dialogue, which the two Foreign Ministers will co-chair in Oslo on Thursday, 6 November, is "
        "the highest consultative mechanism between Norway and Denmark.\n\n"
        "The two sides will review cooperation in energy, fisheries and culture.\n\n"
        "The Foreign Minister will also host a reception after the Dialogue.\n\n"
        "The Dialogue will be preceded by a Senior Officials' Meeting on 5 November, chaired by "
        "Norwegian Undersecretary Tom Ashby and Danish Vice Minister of Foreign Affairs Otto Falk."
    )
    assert ("bilateral", ["Otto Falk", "Tom Ashby"]) in _sides(_run(text, date(2031, 11, 3)))


def test_a_dateline_date_without_a_comma_is_the_day_of_publication() -> None:
    text = (
        "Norway, Denmark to convene 9th Joint Commission in Oslo\n\n"
        "OSLO 3 November 2031 – Foreign Minister Edda Halvorsen will host Danish Foreign Minister Karl "
        "Brandt for the 9th Norway-Denmark Joint Commission later this week.\n\n"
        "The Commission, which the two Foreign Ministers will co-chair in Oslo on Thursday, 6 November, is "
        "the highest consultative mechanism between Norway and Denmark."
    )
    assert _main(_run(text, date(2031, 11, 3))).date == date(2031, 11, 6)
