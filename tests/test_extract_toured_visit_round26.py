"""A counted visit the next sentence takes over several cities stays the trip, whatever meeting it dates."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract

REF = date(2031, 3, 3)  # a Monday

TOURED = (
    "Defence Minister Rao to visit Japan from March 5-8\n\n"
    "New Delhi, Mar 3 (PTI) Defence Minister Anil Rao will embark on a four-day visit to Japan on Wednesday "
    "during which he will hold talks with his Japanese counterpart Sato Ken on defence cooperation, "
    "officials said on Monday.\n\n"
    "The visit from March 5 to 8 will take Rao to Tokyo, Yokosuka and Osaka, the ministry said.\n\n"
    "The Rao-Sato talks will take place in Tokyo on March 6, it said.\n"
)


def test_a_counted_visit_over_several_cities_is_the_trip() -> None:
    main = extract(TOURED, today=REF).main_event
    assert main is not None
    assert (main.date, main.end_date, main.place) == (date(2031, 3, 5), date(2031, 3, 8), None)


def test_the_trip_sentence_names_the_traveller_by_name() -> None:
    from briefings.extract.eventcues import is_trip
    from briefings.extract.sentences import split

    doc = split("The visit will take Rao to Tokyo, Yokosuka and Osaka.")
    assert is_trip(doc, doc.sentences[0], frozenset())


def test_a_counted_visit_to_one_city_keeps_the_talks_day() -> None:
    stops = "The visit from March 5 to 8 will take Rao to Tokyo, Yokosuka and Osaka, the ministry said.\n\n"
    text = TOURED.replace(stops, "")
    main = extract(text, today=REF).main_event
    assert main is not None
    assert main.date == date(2031, 3, 6) and main.end_date is None
