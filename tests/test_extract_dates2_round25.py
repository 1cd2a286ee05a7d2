"""Round 25 (dates2): the main event's date and place from what the headline and lead announce: a venue named
with its city, a visit made for one meeting, the meeting's own day inside a counted stay, a guest's stay given
in a "during" clause."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract


def _main(text: str, today: date):
    ev = extract(text, source="t", published=None, today=today).main_event
    assert ev is not None
    return ev


def test_venue_name_closed_by_its_city() -> None:
    text = (
        "Norway to Host Nordic Defence Ministers' Retreat\n\n"
        "Defence Minister Ingrid Solvang will host the Nordic Defence Ministers' Retreat at the Grand "
        "Meridian Oslo on 12 and 13 March. Ministers will review air policing and Arctic surveillance.\n"
    )
    ev = _main(text, date(2031, 3, 1))
    assert (ev.date, ev.end_date, ev.place) == (date(2031, 3, 12), date(2031, 3, 13), "Oslo")


def test_venue_name_closed_by_a_city_state() -> None:
    text = (
        "Ministry to Host Maritime Security Workshop\n\n"
        "Senior Minister of State Tan Wei Ming will host the Regional Maritime Security Workshop at the "
        "Harbourfront Marina Singapore on 4 May. Delegates will discuss port security.\n"
    )
    ev = _main(text, date(2031, 4, 20))
    assert (ev.date, ev.place) == (date(2031, 5, 4), "Singapore")


def test_venue_without_city_keeps_no_town() -> None:
    text = (
        "Ministry to Host Maritime Security Workshop\n\n"
        "Senior Minister of State Tan Wei Ming will host the Regional Maritime Security Workshop at the "
        "Harbourfront Marina on 4 May. Delegates will discuss port security.\n"
    )
    ev = _main(text, date(2031, 4, 20))
    assert ev.date == date(2031, 5, 4)
    assert ev.place != "Harbourfront"


def test_visit_for_one_meeting_keeps_the_headline_city() -> None:
    text = (
        "Chilean President to visit Lima for yearly leaders' summit\n\n"
        "Chile's President Tomas Errazuriz will travel to Lima next month for the yearly summit with "
        "Peru's President Lucia Quispe.\n\n"
        "At a glance:\n"
        "- Mr Errazuriz lands on a Sunday for two days of talks\n"
        "- Trade and mining ministers join the delegation\n"
        "- Business groups hope for a new investment accord\n\n"
        "Officials said on Friday that the two presidents would meet at the Government Palace on June 3 "
        "and 4, with talks expected to cover lithium, fisheries and border crossings.\n\n"
        "Mr Errazuriz will also open a trade fair in Arequipa on June 5 before flying home.\n"
    )
    ev = _main(text, date(2031, 5, 20))
    assert (ev.date, ev.end_date, ev.place) == (date(2031, 6, 3), date(2031, 6, 4), "Lima")


def test_counted_visit_gives_way_to_the_meetings_own_day() -> None:
    text = (
        "PM Somchai to visit Hanoi for Joint Cabinet Retreat\n\n"
        "BANGKOK, May 4 -- Prime Minister Somchai Wongsakul will pay a two-day official visit to Hanoi "
        "starting next Wednesday (May 14) for the Joint Cabinet Retreat between Thailand and Vietnam, the "
        "Foreign Ministry said today.\n\n"
        "The ministry said the Joint Cabinet Retreat with Vietnamese Prime Minister Tran Van Khoa will be "
        "held at the Government Guesthouse on Thursday (May 15), followed by the signing of agreements.\n\n"
        "On arrival, Somchai will meet Thai students in Hanoi.\n"
    )
    ev = _main(text, date(2031, 5, 4))
    assert (ev.date, ev.end_date, ev.place) == (date(2031, 5, 15), None, "Hanoi")


def test_counted_visit_without_a_headline_meeting_stays_the_visit() -> None:
    text = (
        "PM Somchai to visit Hanoi\n\n"
        "BANGKOK, May 4 -- Prime Minister Somchai Wongsakul will pay a two-day official visit to Hanoi "
        "starting next Wednesday (May 14), the Foreign Ministry said today.\n\n"
        "On arrival, Somchai will meet Thai students in Hanoi.\n"
    )
    ev = _main(text, date(2031, 5, 4))
    assert (ev.date, ev.end_date) == (date(2031, 5, 14), date(2031, 5, 15))


def test_guest_stay_in_a_during_clause_is_not_the_meeting() -> None:
    text = (
        "Defence Secretary to Welcome Ghanaian Minister\n\n"
        "Defence Secretary Alan Pryce will receive Ghana's Minister for Defence Kofi Mensah-Bonsu at the "
        "Ministry of Defence, Wednesday, with a guard of honour at 10 a.m.\n\n"
        "Mr Mensah-Bonsu will also meet separately with the Chief of the Defence Staff, Air Marshal Neil "
        "Drummond, during his visit to London, which runs March 11-13.\n"
    )
    ev = _main(text, date(2031, 3, 6))
    # the venue alone says where: the guest's visit "to" a city is no place of the meeting
    assert (ev.date, ev.end_date, ev.place) == (date(2031, 3, 12), None, None)


def test_city_state_stay_places_its_venue() -> None:
    text = (
        "Singapore and Fiji Hold Defence Talks\n\n"
        "Minister for Defence Tan Wei Ming hosted Fiji's Minister for Defence Ratu Jone Vakaloloma for "
        "defence talks at the Ministry of Defence this morning.\n\n"
        "Mr Vakaloloma is on an official visit to Singapore from 3 to 5 March, his first since taking "
        "office.\n"
    )
    ev = _main(text, date(2031, 3, 4))
    assert ev.place == "Singapore"


def test_stay_range_alone_in_its_sentence_stays() -> None:
    text = (
        "Ghanaian Minister to Visit Britain\n\n"
        "Ghana's Minister for Defence Kofi Mensah-Bonsu will visit Britain from 9 to 12 March for talks "
        "and tours of defence sites.\n"
    )
    ev = _main(text, date(2031, 3, 6))
    assert (ev.date, ev.end_date) == (date(2031, 3, 9), date(2031, 3, 12))
