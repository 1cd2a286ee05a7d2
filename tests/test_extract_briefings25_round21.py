"""Foreign-ministry announcements and spokesperson transcripts, round 21 (briefings25): a briefing's
"<day>, <date>, <time> <Room>" line is the document's day; "will visit X from A to B. On <day>, A will
hold the <Named> Dialogue" dates the dialogue; "depart for X on <day> to attend the Y Meetings to be held
there on <days>" dates the meetings; "Following the meeting, A will travel to B on <day>" is a later leg;
"at the Xcity Convention Centre" places a meeting in Xcity; "As A said/put it, '...'" and "issued a
statement calling X '...'" name the speaker; "He said, '...'" after "what the Secretary said" is the
Secretary's; journalists named in a transcript's question turn are people, and ask, not meet."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Briefing, Event, Person

TODAY = date(2031, 3, 3)


def _main(b: Briefing) -> Event:
    return next(e for e in b.events if e.kind == "main")


def _person(b: Briefing, name: str) -> Person:
    found = [p for p in b.people if p.name == name]
    assert found, f"{name!r} not among {[p.name for p in b.people]}"
    return found[0]


def _speaker(b: Briefing, opening: str) -> str | None:
    found = [q for q in b.quotes if q.text.startswith(opening)]
    assert found, f"{opening!r} not among {[q.text[:30] for q in b.quotes]}"
    return found[0].speaker


def _day(text: str) -> tuple[date | None, date | None, str | None]:
    ev = _main(extract(text, today=TODAY))
    return ev.date, ev.end_date, ev.place


# --- a briefing's day, time and room line; a fronted day of a named dialogue inside a visit ------------


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Press Secretary's Briefing\n\n"
            "Monday, March 3, 2031, 3:10 p.m. Conference Room, Ministry of Foreign Affairs\n\n"
            "Press Secretary Vasko: I have two announcements today. First, Foreign Minister Oren Talvik "
            "is scheduled to visit Norway from Monday, March 10 to Wednesday, March 12.\n",
            (date(2031, 3, 10), date(2031, 3, 12), None),
        ),
        (
            "Spokesperson's Regular Briefing\n\n"
            "Monday, 3 March 2031, 11:00 a.m. Press Conference Hall, Foreign Office\n\n"
            "Spokesperson Ana Lusic: I have two announcements today. First, Minister Petar Dravic is "
            "scheduled to visit Sweden from Sunday, 9 March to Wednesday, 12 March.\n",
            (date(2031, 3, 9), date(2031, 3, 12), None),
        ),
        (
            "Spokesperson's Briefing\n\n"
            "Monday, March 3, 2031, 2:00 p.m. Conference Room, Ministry of Foreign Affairs\n\n"
            "Spokesperson Lia Moretti: I have two announcements today. First, Vice Minister Karl Osswald "
            "is scheduled to visit Austria from Sunday, March 9 to Tuesday, March 11.\n",
            (date(2031, 3, 9), date(2031, 3, 11), None),
        ),
    ],
)
def test_day_time_room_line_is_the_briefings_day(text: str, want: tuple) -> None:
    assert _day(text) == want


def test_a_schedule_line_with_a_verb_is_no_date_line() -> None:
    # near miss: "Monday, March 3, 2031, 10:00 a.m. Minister A meets B": a dated act, not a room
    from briefings.extract.datelines import _DATE_TIME_ROOM_LINE

    assert (
        _DATE_TIME_ROOM_LINE.match("Monday, March 3, 2031, 10:00 a.m. Minister Doe meets with the Envoy")
        is None
    )


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Spokesperson's Regular Briefing (March 3, 2031)\n\n"
            "Vice Foreign Minister Jon Halvard will visit Ottawa from March 10 to 13. On Tuesday, March 11, "
            "he will hold the 4th Norland-Canada Strategic Dialogue with Deputy Minister Claire Dubois.\n",
            (date(2031, 3, 11), None, "Ottawa"),
        ),
        (
            "Press Conference by the Press Secretary\n\n"
            "Foreign Minister Aiko Senda is scheduled to visit Kenya from Sunday, March 16 to Wednesday, "
            "March 19. On March 17, Minister Senda will hold the 2nd Japan-Kenya Foreign Ministers' "
            "Dialogue in Nairobi with Foreign Minister Grace Wanjiru, and she is also scheduled to call on "
            "the President.\n",
            (date(2031, 3, 17), None, "Nairobi"),
        ),
        (
            "Weekly Briefing by the Spokesperson\n\n"
            "Deputy Minister Rafael Orozco will visit Canberra from 20 to 23 March. On 21 March, "
            "he will co-chair the 9th Mexico-Australia Senior Officials' Meeting with Deputy Secretary "
            "Alan Price.\n",
            (date(2031, 3, 21), None, "Canberra"),
        ),
    ],
)
def test_fronted_day_of_a_named_dialogue_inside_a_visit(text: str, want: tuple) -> None:
    assert _day(text) == want


def test_also_fronted_or_lowercase_meeting_keeps_the_visit() -> None:
    # near miss: "On 21 March, he will hold a bilateral meeting" names no meeting: the visit's days stay
    text = (
        "Weekly Briefing by the Spokesperson\n\n"
        "Deputy Minister Rafael Orozco will visit Canberra from 20 to 23 March. On 21 March, "
        "he will hold a bilateral meeting with Deputy Secretary Alan Price.\n"
    )
    assert _day(text)[:2] == (date(2031, 3, 20), date(2031, 3, 23))


# --- "depart for X on <day> to attend the Y Meetings to be held there on <days>" -----------------------


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Foreign Minister to Attend Regional Meetings\n\n"
            "Minister of Foreign Affairs Lee Dong-hae will depart for Jakarta, Indonesia, on Sunday "
            "(March 9) to attend the Regional Foreign Ministers' Meetings to be held there on March 10 "
            "and 11.\n",
            (date(2031, 3, 10), date(2031, 3, 11)),
        ),
        (
            "Minister to Attend Ministerial Meetings\n\n"
            "Minister Ana Ribeiro will depart for Hanoi, Viet Nam, on Sunday (March 16) to attend the "
            "Mekong Partnership Meetings to be held there on March 17 and 18.\n",
            (date(2031, 3, 17), date(2031, 3, 18)),
        ),
        (
            "Secretary to Attend Forum Meetings\n\n"
            "Secretary Helen Dorsey will depart for Suva, Fiji, on Monday (March 10) to attend the "
            "Pacific Ocean Forum Meetings to be held there on March 11 and 12.\n",
            (date(2031, 3, 11), date(2031, 3, 12)),
        ),
    ],
)
def test_departure_day_before_the_meetings_attended(text: str, want: tuple) -> None:
    assert _day(text)[:2] == want


# --- "Following the meeting, A will travel to B on <day>": a later leg ---------------------------------


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Ministers to hold inaugural 2+2 meeting\n\n"
            "Foreign Minister Ruth Calder and Defence Minister Owen Pryce will travel to Jakarta this week "
            "for the inaugural Foreign and Defence Ministers' Meeting on Friday.\n\n"
            "Following the meeting, Minister Calder will travel to Bangkok on 8 March to meet Foreign "
            "Minister Somchai Rattana.\n",
            (date(2031, 3, 7), "Jakarta"),
        ),
        (
            "Minister to attend Forum\n\n"
            "Minister Lena Voss will travel to Tallinn this week for the Baltic Security Ministers' "
            "Meeting on Thursday.\n\n"
            "Following the meeting, Minister Voss will travel to Riga on 7 March to meet Foreign Minister "
            "Janis Ozols.\n",
            (date(2031, 3, 6), "Tallinn"),
        ),
        (
            "Minister to attend talks\n\n"
            "Foreign Minister Paul Hendry will travel to Seoul this week for the annual Foreign Ministers' "
            "Meeting on Wednesday.\n\n"
            "Following the talks in Seoul, Minister Hendry will travel to Tokyo on 6 March to meet "
            "Foreign Minister Saito Ren.\n",
            (date(2031, 3, 5), "Seoul"),
        ),
    ],
)
def test_a_leg_following_the_meeting_is_not_its_day(text: str, want: tuple) -> None:
    d, _, place = _day(text)
    assert (d, place) == want


def test_after_that_names_no_meeting() -> None:
    # near miss: "After that," names no meeting the leg follows: the later dated day still wins
    text = (
        "Minister to attend talks\n\n"
        "Minister Lena Voss will travel to Tallinn this week for the Baltic Security Ministers' Meeting on "
        "Thursday.\n\n"
        "After that, Minister Voss will travel to Riga on 7 March to meet Foreign Minister Janis Ozols.\n"
    )
    assert _day(text)[0] == date(2031, 3, 7)


# --- "at the Xcity Convention Centre": the meeting's city ----------------------------------------------


@pytest.mark.parametrize(
    "text, city",
    [
        (
            "PRESS STATEMENT\n\nSPECIAL MEETING ON THE REGION\n\n"
            "1. The Chair will convene a Special Foreign Ministers' Meeting on Monday, 10 March 2031 at "
            "the Kuala Lumpur Convention Centre.\n",
            "Kuala Lumpur",
        ),
        (
            "MEDIA RELEASE\n\nMINISTERIAL MEETING\n\n"
            "The ministry will host the Regional Trade Ministers' Meeting on 12 March 2031 at the "
            "Jakarta Convention Center.\n",
            "Jakarta",
        ),
        (
            "PRESS RELEASE\n\nREGIONAL FORUM\n\n"
            "The government will host the Ocean Security Forum on 14 March 2031 at the Bangkok "
            "International Trade and Exhibition Centre.\n",
            "Bangkok",
        ),
    ],
)
def test_a_venue_its_city_opens(text: str, city: str) -> None:
    assert _day(text)[2] == city


def test_a_venue_without_a_convention_word_places_nothing() -> None:
    # near miss: "the Kennedy Memorial Hall" opens with no city
    text = (
        "PRESS STATEMENT\n\nSPECIAL MEETING\n\n"
        "The Chair will convene a Special Ministers' Meeting on Monday, 10 March 2031 at the Kennedy "
        "Memorial Hall.\n"
    )
    assert _day(text)[2] is None


# --- speakers: "As A said/put it", "a statement calling X '...'", "He said" after "the Secretary said" --


@pytest.mark.parametrize(
    "text, opening, who",
    [
        (
            "Spokesperson Wen Hao: As Foreign Minister Lin Qiao put it during her visit to Hanoi, "
            '"Our two countries are good neighbours and partners." We believe the visit will succeed.\n',
            "Our two countries",
            "Lin Qiao",
        ),
        (
            "Shri Vikram Rao, Official Spokesperson: Terror and talks cannot go together. As EAM said in "
            'Parliament, "The onus is entirely on them to act." External Affairs Minister Dr. Meera '
            "Nair will travel to Paris next week.\n",
            "The onus is entirely",
            "Meera Nair",
        ),
        (
            "Q: Foreign Minister Omar Haddad issued a statement through the state news agency yesterday "
            'calling the exercises "a dangerous provocation against the region." What is your response?\n',
            "a dangerous provocation",
            "Omar Haddad",
        ),
        (
            "MS LARSEN: Good afternoon. Secretary of State Paul Morrow will host the Ocean Ministers' "
            "Meeting on Monday.\n\nQUESTION: What do you expect?\n\n"
            "MS LARSEN: I'd point you back to what the Secretary said last week in Lima. He said, "
            '"The ocean partnership is for everyone. It excludes no one." That is what next week is about.\n',
            "The ocean partnership",
            "Paul Morrow",
        ),
    ],
)
def test_transcript_speakers(text: str, opening: str, who: str) -> None:
    assert _speaker(extract(text, today=TODAY), opening) == who


def test_a_participle_clause_on_the_subject_is_no_new_speaker() -> None:
    # near miss: "..., calling X a '...'" after the subject's own quote stays the subject's
    text = (
        'Cabinet Secretary Ken Arai told reporters that Japan would "keep deepening" its ties with Manila, '
        'calling the Philippines a "strategic partner in every sense."\n'
    )
    assert _speaker(extract(text, today=TODAY), "strategic partner") == "Ken Arai"


# --- journalists named in a transcript's question turn ----------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Press Secretary ONO Haru: Good afternoon.\n\n"
            "Reporter (Marc Delorme, AFP): Will the minister visit Seoul this month?\n\n"
            "Press Secretary ONO: Nothing has been decided.\n",
            "Marc Delorme",
        ),
        (
            "Shri Vikram Rao, Official Spokesperson: Good afternoon.\n\n"
            "Question (Pooja Raghavan, Doordarshan): Sir, is the summit date fixed?\n\n"
            "Shri Vikram Rao, Official Spokesperson: Not yet.\n",
            "Pooja Raghavan",
        ),
        (
            "MS LARSEN: Good afternoon.\n\n"
            "QUESTION: Thanks, Maria. Tomas Berglund with Nordic Radio. What about the summit?\n\n"
            "MS LARSEN: We have nothing to announce.\n",
            "Tomas Berglund",
        ),
    ],
)
def test_journalist_in_a_question_turn(text: str, name: str) -> None:
    p = _person(extract(text, today=TODAY), name)
    assert (p.role, p.country) == (None, None)


def test_the_journalist_asking_about_a_meeting_meets_no_one() -> None:
    text = (
        "Press Secretary ONO Haru: Good afternoon.\n\n"
        "Reporter (Kenji Sato, Jiji Press): Is a meeting with U.S. Secretary of State Paul Morrow being "
        "arranged on the margins of the G20 meeting?\n\n"
        "Press Secretary ONO: Nothing has been decided.\n"
    )
    b = extract(text, today=TODAY)
    assert not any("Kenji Sato" in e.participants for e in b.events if e.kind != "main")


def test_a_name_with_an_outlet_outside_a_question_turn_is_no_person() -> None:
    # near miss: "Tomas Berglund with Nordic Radio" in narrative text, no question label
    text = "The panel ended early. Tomas Berglund with Nordic Radio.\n"
    assert "Tomas Berglund" not in [p.name for p in extract(text, today=TODAY).people]
