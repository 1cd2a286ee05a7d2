"""Two cities of one state named with it ("to A and B, Xland") are two stops: a trip, no one place."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.extract.eventcues import is_trip
from briefings.extract.sentences import split

REF = date(2031, 5, 14)


def test_two_cities_and_their_state_are_a_trip() -> None:
    doc = split(
        "Deputy Secretary Ann Hale will travel to Hanoi and Ho Chi Minh City, Vietnam, May 18-21, 2031."
    )
    assert is_trip(doc, doc.sentences[0], frozenset())


def test_the_trip_over_two_cities_has_no_place() -> None:
    text = (
        "Deputy Secretary Hale's Travel to Vietnam\n\n"
        "Deputy Secretary of State Ann Hale will travel to Hanoi and Da Nang, Vietnam, May 18-21, 2031.\n\n"
        "In Hanoi, the Deputy Secretary will co-chair the annual dialogue on May 19.\n"
    )
    main = extract(text, today=REF).main_event
    assert main is not None
    assert (main.date, main.end_date, main.place) == (date(2031, 5, 18), date(2031, 5, 21), None)


def test_a_city_and_its_state_are_one_stop() -> None:
    doc = split("Secretary Ann Hale will travel to Nairobi, Kenya, on May 18, 2031.")
    assert not is_trip(doc, doc.sentences[0], frozenset())
