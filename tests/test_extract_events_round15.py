"""Main-event date and place rules, round 15: "the last gathering before ..." is no past tense; a byline's
"Posted:" time dates no meeting; the city of another gathering the meeting comes before is not its place;
the day of writing beside a later day of the same sentence is the announcement's; a ministry's letterhead
is no headline; a dated visit headline restated by a lead that names the meeting the visit is made for
("to participate in") gives that meeting's day; an "N-nation tour" is a trip; a state ("in Maryland") is
no town; where a speaker "told reporters" is not the meeting's place; a state visit to the dateline's
country with a day in another of its cities has no single place; plural "visits" are meeting nouns."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.extract.eventcues import is_trip
from briefings.extract.regions import is_region
from briefings.extract.sentences import split
from briefings.models import Event


def _main(text: str, today: date = date(2031, 3, 10)) -> Event:
    ev = extract(text, today=today).main_event
    assert ev is not None
    return ev


# ---- "is the last gathering before ...": a present description, not a past sentence ---------------


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        (
            "Defence Minister Ana Kerr will travel to Brussels this week for a two-day meeting of NATO "
            "defence ministers.\n\nThe meeting at NATO headquarters on Thursday and Friday is the last "
            "gathering of the ministers before leaders meet at a summit in Ankara in July.",
            "Brussels",
        ),
        (
            "Trade Minister Olu Bade will fly to Geneva this week for WTO talks.\n\nThe talks on Thursday "
            "and Friday are the last round before ministers gather at a conference in Abu Dhabi in June.",
            "Geneva",
        ),
        (
            "Foreign Minister Lena Broek heads to Vienna this week.\n\nThe session on Thursday and Friday is "
            "the last meeting of the group ahead of a ministerial in Warsaw next year.",
            "Vienna",
        ),
    ],
)
def test_the_last_gathering_is_no_past_tense(lead: str, place: str) -> None:
    text = f"Minister heads to meeting as allies press for pledges\n\n{lead}\n"
    ev = _main(text, date(2031, 3, 10))  # a Monday
    assert (ev.date, ev.end_date, ev.place) == (date(2031, 3, 13), date(2031, 3, 14), place)


def test_a_real_last_meeting_stays_past() -> None:
    text = (
        "Ministers to meet in Oslo\n\n"
        "Foreign ministers will meet in Oslo on March 20, 2031. They last met in Reykjavik on Thursday.\n"
    )
    ev = _main(text)
    assert (ev.date, ev.place) == (date(2031, 3, 20), "Oslo")


# ---- a byline's posted time --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "byline",
    [
        "Mara Quill · News Desk · Posted: Mar 10, 2031 5:00 AM EST",
        "By Tom Reyes | Updated: March 10, 2031",
        "Published: 10 March 2031 06:15 GMT",
        "Staff reporter - Posted: Mar 10, 2031",
    ],
)
def test_posted_time_dates_no_meeting(byline: str) -> None:
    text = (
        "Minister heads to Brussels for alliance talks\n\n"
        f"{byline}\n\n"
        "Defence Minister Ana Kerr is in Brussels this week.\n\n"
        "Defence ministers meet at the alliance's headquarters on Thursday and Friday.\n"
    )
    ev = _main(text)
    assert (ev.date, ev.end_date) == (date(2031, 3, 13), date(2031, 3, 14))


# ---- the day of writing beside a later day ----------------------------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "Secretary General Ola Berg on Monday (10 March 2031) previewed the Riga Summit, which will take "
        "place from 17 to 19 March 2031 in Riga.",
        "Secretary General Ola Berg on 10 March 2031 set out the agenda for the summit in Riga from 17 to "
        "19 March.",
        "RIGA (Wire) – March 10, 2031 – Leaders will gather in Riga from Monday to Wednesday "
        "(March 17-19) for a summit of the alliance.",
        "Speaking on 10 March, the chair said the summit will be held in Riga from 17 to 19 March.",
    ],
)
def test_day_of_writing_beside_later_day(lead: str) -> None:
    ev = _main(f"Alliance summit preview\n\n{lead}\n")
    assert (ev.date, ev.end_date, ev.place) == (date(2031, 3, 17), date(2031, 3, 19), "Riga")


def test_todays_meeting_alone_keeps_its_day() -> None:
    text = (
        "Ministers meet in Riga\n\n"
        "Foreign ministers will meet in Riga on 10 March 2031 to discuss energy security.\n"
    )
    assert _main(text).date == date(2031, 3, 10)


# ---- a ministry's letterhead is no headline ------------------------------------------------------------


@pytest.mark.parametrize(
    "letterhead",
    [
        "Ministry of External Affairs\nGovernment of India",
        "Ministry of Foreign Affairs of the Republic of Korea",
        "Department of Foreign Affairs and Trade",
        "Embassy of Japan in Canberra",
    ],
)
def test_letterhead_and_restated_headline(letterhead: str) -> None:
    text = (
        f"{letterhead}\n\n"
        "Visit of the Foreign Minister to Norway (March 16-18, 2031)\n\n"
        "March 10, 2031\n\n"
        "The Foreign Minister will pay an official visit to Norway from 16-18 March 2031 to participate in "
        "the Arctic Foreign Ministers' Meeting in Tromso on 17 March 2031.\n\n"
        "2. During the visit, the Minister will also meet business leaders.\n"
    )
    b = extract(text, today=date(2031, 3, 10))
    assert b.main_event is not None
    assert (b.main_event.date, b.main_event.end_date) == (date(2031, 3, 17), None)


def test_restated_headline_without_purpose_keeps_the_visit() -> None:
    text = (
        "Ministry of External Affairs\n\n"
        "Visit of the Foreign Minister to Norway (March 16-18, 2031)\n\n"
        "March 10, 2031\n\n"
        "The Foreign Minister will pay an official visit to Norway from 16-18 March 2031.\n\n"
        "2. During the visit, the Minister will participate in the Arctic Foreign Ministers' Meeting in "
        "Tromso on 17 March 2031.\n"
    )
    ev = _main(text)
    assert (ev.date, ev.end_date) == (date(2031, 3, 16), date(2031, 3, 18))


def test_headline_with_ministry_words_stays_a_headline() -> None:
    text = (
        "Ministry of Defence to host talks with Japan\n\n"
        "The Ministry of Defence will host talks with Japanese officials in London on 20 March 2031.\n"
    )
    assert extract(text, today=date(2031, 3, 10)).title == "Ministry of Defence to host talks with Japan"


def test_letterhead_over_trip_headline_reads_the_lead() -> None:
    text = (
        "Ministry of External Affairs\nGovernment of India\n\n"
        "Visit of External Affairs Minister to Chile and Peru (March 16-19, 2031)\n\n"
        "March 10, 2031\n\n"
        "External Affairs Minister Ravi Menon will pay an official visit to Chile and Peru from "
        "16-19 March 2031.\n\n"
        "2. In Santiago, he will co-chair the Joint Commission.\n"
    )
    ev = _main(text)
    assert (ev.date, ev.end_date, ev.place) == (date(2031, 3, 16), date(2031, 3, 19), None)


# ---- a trip counted over several countries -------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "will embark on an 11-day, five-nation tour of the Indo-Pacific",
        "will set off on a three-country trip to South America",
        "begins a multi-nation swing through the Gulf",
        "will make a 4-nation visit to Africa",
    ],
)
def test_n_nation_tour_is_a_trip(phrase: str) -> None:
    doc = split(f"Defence Minister Kofi Mensah {phrase} from March 16 to 26.")
    assert is_trip(doc, doc.sentences[0], frozenset())


def test_n_nation_tour_has_no_single_place() -> None:
    text = (
        "Minister to embark on five-nation tour\n\n"
        "NEW DELHI, March 10 (Wire) Defence Minister Arun Rao will embark on a five-nation tour of the "
        "region from March 16 to 26, the ministry said on Monday.\n"
    )
    ev = _main(text)
    assert (ev.date, ev.end_date, ev.place) == (date(2031, 3, 16), date(2031, 3, 26), None)


def test_two_nation_summit_is_no_trip() -> None:
    doc = split("The two-nation summit will be held in Paris on March 16.")
    assert not is_trip(doc, doc.sentences[0], frozenset())


# ---- a state is no town --------------------------------------------------------------------------------


@pytest.mark.parametrize("state", ["Maryland", "Vermont", "Ontario", "Queensland", "Idaho"])
def test_state_is_region(state: str) -> None:
    assert is_region(state)


def test_city_is_no_region() -> None:
    assert not is_region("Annapolis")


@pytest.mark.parametrize(
    "retreat",
    [
        "at the presidential retreat in Maryland, where they",
        "at a lakeside retreat in Vermont, where they",
        "at the mountain retreat in Idaho, where they",
    ],
)
def test_retreat_in_a_state_names_no_place(retreat: str) -> None:
    text = (
        "Leaders to meet at retreat for trilateral summit\n\n"
        "SEOUL (Wire) — President Han Min-jun will travel to the United States this week for a summit with "
        "two other leaders, his office said Monday.\n\n"
        f"The three leaders will meet Friday {retreat} are expected to announce new security plans.\n\n"
        '"The summit will be a milestone," an aide told reporters at the presidential office in Seoul.\n'
    )
    ev = _main(text)
    assert ev.date == date(2031, 3, 14)
    assert ev.place is None


# ---- where a speaker told reporters --------------------------------------------------------------------


@pytest.mark.parametrize(
    "told",
    [
        "an aide told reporters at the presidential office in Seoul",
        "the spokesperson told journalists in Tokyo",
        "the minister said in Canberra",
        "an official briefing reporters in Ottawa said",
    ],
)
def test_where_a_speaker_spoke_is_no_place(told: str) -> None:
    text = (
        "Leaders to meet at country house\n\n"
        "Three leaders will meet at Chequers on Friday for a summit on security.\n\n"
        f'"It will be a milestone," {told}.\n'
    )
    assert _main(text).place is None


def test_meeting_held_in_city_still_placed() -> None:
    text = (
        "Leaders to meet\n\n"
        "Three leaders will meet on Friday for a summit on security.\n\n"
        "The summit will take place in Tokyo, officials said.\n"
    )
    assert _main(text).place == "Tokyo"


# ---- a state visit to the dateline's country over two of its cities ------------------------------------


@pytest.mark.parametrize(
    ("dateline", "country", "other"),
    [
        ("PUTRAJAYA", "Malaysia", "Kuala Lumpur"),
        ("CANBERRA", "Australia", "Sydney"),
        ("OTTAWA", "Canada", "Toronto"),
    ],
)
def test_state_visit_over_dateline_city_and_another(dateline: str, country: str, other: str) -> None:
    text = (
        f"President to make three-day state visit to {country}\n\n"
        f"{dateline}, March 10 (Wire) -- President Tran Van An will undertake a three-day state visit to "
        f"{country} from March 16 to 18.\n\n"
        f"The President will meet members of the community in {other} on March 18.\n"
    )
    ev = _main(text)
    assert (ev.date, ev.end_date, ev.place) == (date(2031, 3, 16), date(2031, 3, 18), None)


def test_state_visit_in_dateline_city_only_keeps_it() -> None:
    text = (
        "President to make three-day state visit to Australia\n\n"
        "CANBERRA, March 10 (Wire) -- President Tran Van An will undertake a three-day state visit to "
        "Australia from March 16 to 18.\n\n"
        "He will address Parliament on March 17.\n"
    )
    assert _main(text).place == "Canberra"


# ---- plural visits are meeting nouns -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("visits", "meeting"),
    [
        ("pay official visits to Laos, Cambodia and Thailand", "co-chair the Mekong Ministers' Meeting"),
        ("make visits to Chile, Peru and Bolivia", "attend the Andean Dialogue"),
        ("undertake trips to Kenya, Ghana and Senegal", "co-chair the Africa Forum"),
    ],
)
def test_plural_visits_range_beats_meeting_inside(visits: str, meeting: str) -> None:
    text = (
        f"Foreign minister to {visits.split(' ', 1)[1]}\n\n"
        f"BEIJING, March 10 (Wire) -- Foreign Minister Zhao Ming will {visits} from March 16 to 21, a "
        "spokesperson announced on Monday.\n\n"
        f"At the invitation of his host, Zhao will also {meeting} with him on March 17, the spokesperson "
        "said.\n"
    )
    ev = _main(text)
    assert (ev.date, ev.end_date, ev.place) == (date(2031, 3, 16), date(2031, 3, 21), None)
