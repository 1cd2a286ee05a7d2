"""Main event dates and place, round 19 (ev19): a range whose first date a comma closes ("from Friday, May 29,
to Sunday, May 31"); a gathering reported on its first day ("began in X today and runs until tomorrow",
"got under way at a venue, Xcity, today ... will end on 12 June") runs to its closing day; a first day "at
the start of a two-day visit" opens the visit's days; a day-first figure range ("from 14 to 16/4/2026"); a
lead that "will leave for X" before the meeting's sentence places it in X; a city opening its sentence as
the host ("Xcity will host the meeting") is the meeting's town; months in capitals ("APRIL 7-8", "12 FEB
2027") are dates, and a heading's month no trip's second stop ("VISIT OSLO, MARCH 4-5"); a date line
opening with its weekday ("Tuesday, October 20, 2026") names no town; a venue its city's name closes ("the
Grand Hotel Vienna"); a gathering's verb, a town the gazetteer lacks and its day ("gather in Smalltown from
8 to 11 September"); a memo's "TO:" field is no dateline; "is due in A, B and C" and "stops in A and B" list
a trip's stops; a schedule's present ("travels to X on Thursday") dates days to come though a participle
("the first ever held there") follows; a travel day "ahead of a summit" gives way to the days the next
sentence gives "for the summit"; "This year it runs from 5 to 7 June" gives a gathering's own days; a press
desk's line ("Press and information team") is no headline, and a headline's inflected "travels to Y for the
Z Meeting" dates the meeting inside the stay; an event page's date line over its hours ("2:00 – 3:30 pm
EST") is the event's day, no release date, and a postal address line's town ("..., Cityname, ST 12345")
places it."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.extract.datelines import find_dateline
from briefings.extract.dates import find_dates
from briefings.extract.eventcues import is_trip
from briefings.extract.sentences import split


def _main(text: str, today: date) -> tuple[date | None, date | None, str | None]:
    ev = extract(text, today=today).main_event
    assert ev is not None
    return ev.date, ev.end_date, ev.place


def _spans(text: str, today: date) -> list[tuple[date, date | None]]:
    return [(d.date, d.end_date) for d in find_dates(text, 0, len(text), today)]


# --- a comma closing the first date of a "from ... to ..." range ------------------------------------------


@pytest.mark.parametrize(
    "text, want",
    [
        ("The forum runs from Friday, May 29, to Sunday, May 31.", (date(2026, 5, 29), date(2026, 5, 31))),
        ("Talks run from Monday, June 1, to Wednesday, June 3.", (date(2026, 6, 1), date(2026, 6, 3))),
        (
            "Delegates meet between Tuesday, June 9, and Thursday, June 11.",
            (date(2026, 6, 9), date(2026, 6, 11)),
        ),
    ],
)
def test_comma_closed_first_date_opens_a_range(text: str, want: tuple[date, date]) -> None:
    assert _spans(text, date(2026, 5, 20)) == [want]


def test_comma_and_two_dates_without_from_stay_apart() -> None:
    text = "The envoy lands on Friday, May 29, and the ministers meet on Sunday, May 31."
    assert _spans(text, date(2026, 5, 20)) == [(date(2026, 5, 29), None), (date(2026, 5, 31), None)]


# --- a gathering reported on its first day, running to its closing day --------------------------------


@pytest.mark.parametrize(
    "text, today, want",
    [
        (
            "Harbour Dialogue opens\n\nThe third round of the Harbour Dialogue began in Lisbon today and "
            "runs until tomorrow, Thursday.\n",
            date(2026, 6, 10),
            (date(2026, 6, 10), date(2026, 6, 11)),
        ),
        (
            "Staff talks under way\n\nThe annual staff talks between the two navies got under way at "
            "Fleet Headquarters, Lisbon today. The three-day meeting will end on 12 June 2026.\n",
            date(2026, 6, 10),
            (date(2026, 6, 10), date(2026, 6, 12)),
        ),
        (
            "Border commission meets\n\nThe joint border commission opened in Tallinn on Monday and will run "
            "until Wednesday.\n",
            date(2026, 6, 15),
            (date(2026, 6, 15), date(2026, 6, 17)),
        ),
    ],
)
def test_first_day_report_runs_to_closing_day(text: str, today: date, want: tuple[date, date]) -> None:
    assert _main(text, today)[:2] == want


def test_meeting_held_today_and_a_stay_until_later_is_one_day() -> None:
    text = (
        "Ministers meet\n\nThe two ministers held talks in Lisbon today, and the envoy will stay in the city "
        "until Thursday.\n"
    )
    assert _main(text, date(2026, 6, 10))[:2] == (date(2026, 6, 10), None)


# --- "at the start of a two-day visit" ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, today, want",
    [
        (
            "PM to host Chilean leader\n\nThe Prime Minister will receive the Chilean President at the "
            "Chancellery on Tuesday at the start of a two-day state visit to Vienna.\n",
            date(2026, 6, 1),
            (date(2026, 6, 2), date(2026, 6, 3)),
        ),
        (
            "Talks in Oslo\n\nThe King will greet the Ghanaian President on Monday at the beginning of a "
            "three-day official visit to Oslo.\n",
            date(2026, 6, 1),
            (date(2026, 6, 1), date(2026, 6, 3)),
        ),
        (
            "Leaders meet\n\nThe Chancellor will welcome the Kenyan President on Wednesday, on the first day "
            "of a two-day visit to Berlin.\n",
            date(2026, 6, 1),
            (date(2026, 6, 3), date(2026, 6, 4)),
        ),
    ],
)
def test_start_of_a_counted_visit(text: str, today: date, want: tuple[date, date]) -> None:
    assert _main(text, today)[:2] == want


def test_count_of_another_visit_later_gives_no_span() -> None:
    text = (
        "PM to host Chilean leader\n\nThe Prime Minister will receive the Chilean President at the "
        "Chancellery on Tuesday, ahead of a two-day state visit to Vienna next month.\n"
    )
    assert _main(text, date(2026, 6, 1))[:2] == (date(2026, 6, 2), None)


# --- a day-first figure range ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, want",
    [
        ("The minister will visit Seoul from 14 to 16/4/2026.", (date(2026, 4, 14), date(2026, 4, 16))),
        ("The committee meets in Hanoi on 20-22/05/2026.", (date(2026, 5, 20), date(2026, 5, 22))),
        ("The delegation stays from 13 to 15/6/2026 in Bangkok.", (date(2026, 6, 13), date(2026, 6, 15))),
    ],
)
def test_day_first_figure_range(text: str, want: tuple[date, date]) -> None:
    assert _spans(text, date(2026, 4, 1)) == [want]


def test_month_first_figure_date_opens_no_range() -> None:
    text = "Clause 4 to 12/14/2026 applies."
    assert _spans(text, date(2026, 4, 1)) == [(date(2026, 12, 14), None)]


# --- a lead leaving for the meeting's city ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, today, want",
    [
        (
            "Minister leaves for Tokyo\n\nMANILA: The Foreign Secretary will leave for Tokyo today on a "
            "three-day visit. The dialogue, to be held on Monday, will be co-chaired by the Japanese "
            "Foreign Minister.\n",
            date(2026, 6, 6),
            "Tokyo",
        ),
        (
            "Envoy departs\n\nLIMA: The Foreign Minister departs for Santiago this evening. The strategic "
            "dialogue will take place on Tuesday, officials said.\n",
            date(2026, 6, 6),
            "Santiago",
        ),
        (
            "Defence chief heads out\n\nCANBERRA: The Defence Minister is leaving for Jakarta on Sunday. "
            "The annual defence talks are scheduled for Monday.\n",
            date(2026, 6, 3),
            "Jakarta",
        ),
    ],
)
def test_departure_before_the_meeting_sentence(text: str, today: date, want: str) -> None:
    assert _main(text, today)[2] == want


def test_departure_after_the_meeting_keeps_the_dateline() -> None:
    text = (
        "Talks at home\n\nMANILA: The dialogue will be held on Monday, officials said. The Foreign Secretary "
        "will leave for Tokyo on Wednesday.\n"
    )
    assert _main(text, date(2026, 6, 6))[2] == "Manila"


# --- a city as the host --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, today, want",
    [
        (
            "Regional ministers gather\n\nNairobi will host the regional ministerial meeting on Wednesday "
            "and Thursday, officials said.\n",
            date(2026, 6, 1),
            "Nairobi",
        ),
        (
            "Ministers meet\n\nLima is set to host the 12th trade ministers' meeting on Friday.\n",
            date(2026, 6, 1),
            "Lima",
        ),
        (
            "Summit season\n\nHanoi hosts the annual summit on Monday, the first in the city since 2020.\n",
            date(2026, 6, 1),
            "Hanoi",
        ),
    ],
)
def test_city_opening_the_sentence_as_host(text: str, today: date, want: str) -> None:
    assert _main(text, today)[2] == want


def test_country_as_host_is_no_city() -> None:
    text = "Regional ministers gather\n\nKenya will host the regional ministerial meeting on Wednesday.\n"
    assert _main(text, date(2026, 6, 1))[2] is None


# --- months in capitals ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, want",
    [
        ("SUBJECT: VISIT TO OSLO, APRIL 7-8", [(date(2027, 4, 7), date(2027, 4, 8))]),
        ("DATE: 12 FEB 2027", [(date(2027, 2, 12), None)]),
        ("TUESDAY, MAY 20", [(date(2027, 5, 20), None)]),
    ],
)
def test_months_in_capitals(text: str, want: list[tuple[date, date | None]]) -> None:
    assert _spans(text, date(2026, 12, 1)) == want


def test_capital_word_opening_with_a_month_is_no_date() -> None:
    assert _spans("MARCHING 10 MILES", date(2026, 12, 1)) == []


@pytest.mark.parametrize(
    "line",
    [
        "FOREIGN MINISTER TO VISIT OSLO, MARCH 4–5",
        "PRESIDENT WILL TRAVEL TO WARSAW, MARCH 9",
        "DEFENCE CHIEF VISITS ROME, MARCH 2-3",
    ],
)
def test_heading_month_is_no_second_stop(line: str) -> None:
    doc = split(line + "\n")
    assert not is_trip(doc, doc.sentences[0], frozenset())


def test_two_stops_before_the_month_stay_a_trip() -> None:
    doc = split("Foreign Minister to Visit Oslo and Stockholm, March 4–5\n")
    assert is_trip(doc, doc.sentences[0], frozenset())


# --- a date line opening with its weekday ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, today",
    [
        (
            "Weekly note\nTuesday, October 20, 2026\n\nFOREIGN MINISTERS GATHER: EU foreign ministers "
            "meet at the council building this morning for the council.\n",
            date(2026, 10, 20),
        ),
        (
            "Daily brief\nFriday, May 8, 2026\n\nDefence chiefs meet at the commission tower today for talks "
            "on air defence.\n",
            date(2026, 5, 8),
        ),
        (
            "Diplomacy newsletter\nWednesday, June 3, 2026\n\nTrade ministers hold talks at the Riverside "
            "Palace this afternoon.\n",
            date(2026, 6, 3),
        ),
    ],
)
def test_weekday_date_line_names_no_town(text: str, today: date) -> None:
    assert _main(text, today)[2] is None


def test_town_date_line_still_names_its_town() -> None:
    text = "Ministers meet\nGhent, 20 October 2026\n\nEU ministers meet today to discuss sanctions.\n"
    assert _main(text, date(2026, 10, 20))[2] == "Ghent"


# --- a venue its city's name closes ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Summit venue set\n\nLeaders will gather at the Grand Hotel Vienna on 12 June for the summit.\n",
            "Vienna",
        ),
        (
            "Forum opens\n\nDelegates will convene at the Congress Centre Lisbon on Tuesday for the forum.\n",
            "Lisbon",
        ),
        (
            "Council meets\n\nMinisters gather at the Riverside Hall Luxembourg this morning.\n",
            "Luxembourg",
        ),
    ],
)
def test_venue_closed_by_its_city(text: str, want: str) -> None:
    assert _main(text, date(2026, 6, 3))[2] == want


def test_venue_closed_by_a_small_namesake_town_is_no_city() -> None:
    text = "Forum opens\n\nDelegates will convene at the Congress Centre Annex on Tuesday for the forum.\n"
    assert _main(text, date(2026, 6, 3))[2] is None


# --- a gathering's verb, an unknown town and the day ----------------------------------------------------


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Island summit\n\nWhen leaders gather in Tarawaville from 8 to 11 September for the forum, "
            "much is at stake.\n",
            "Tarawaville",
        ),
        (
            "Island talks\n\nThe envoys assemble in Nukuvera on the 14th of October for the dialogue.\n",
            "Nukuvera",
        ),
        (
            "Island forum\n\nDelegations convene in Marakai on 14 October for the annual dialogue.\n",
            "Marakai",
        ),
    ],
)
def test_gathering_in_an_unknown_town(text: str, want: str) -> None:
    assert _main(text, date(2026, 9, 1))[2] == want


def test_unknown_town_without_its_day_is_no_place() -> None:
    text = "Island forum\n\nDelegations convene in Marakai to discuss the annual dialogue on 14 October.\n"
    assert _main(text, date(2026, 9, 1))[2] is None


# --- a memo's header fields ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        "FROM: EMBASSY OSLO\nTO: HEADQUARTERS DESK\nDATE: 24 FEB 2026\n",
        "TO: POLICY PLANNING STAFF\nFROM: EMBASSY OSLO\n",
        "SUBJECT: SCENESETTER\nTO: ALL POSTS\n",
    ],
)
def test_memo_field_is_no_dateline(head: str) -> None:
    doc = split(head + "\n1. The Deputy Secretary will visit next week.\n")
    line = find_dateline(doc, date(2026, 2, 24))
    assert line is None or line.city.name not in ("Tô", "To")


def test_town_dateline_with_a_colon_still_reads() -> None:
    doc = split("TOKYO: The ministers will meet on Monday.\n")
    line = find_dateline(doc, date(2026, 2, 24))
    assert line is not None and line.city.name == "Tokyo"


# --- a trip's stops after "due in" / "stops in" --------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "The envoy is due in Lima, Quito and Bogotá next week.",
        "The tour has stops in Accra and Lagos before a summit.",
        "Her swing through the region stops in Hanoi and Vientiane.",
    ],
)
def test_due_in_several_cities_is_a_trip(line: str) -> None:
    doc = split(line + "\n")
    assert is_trip(doc, doc.sentences[0], frozenset())


def test_due_in_one_city_is_no_trip() -> None:
    doc = split("The minister is due in Seoul on Monday and will meet the president.\n")
    assert not is_trip(doc, doc.sentences[0], frozenset())


# --- a schedule's present tense -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The President travels to Kenya on Thursday ahead of a summit, the first ever held there.",
        "The Chancellor heads to Rome on Thursday for a forum that was held in Paris last year.",
        "The Premier flies to Hanoi on Thursday for talks, which were held in Seoul in 2024.",
    ],
)
def test_schedule_present_dates_days_to_come(text: str) -> None:
    assert _spans(text, date(2026, 5, 13)) == [(date(2026, 5, 14), None)]


def test_past_journey_keeps_the_day_before() -> None:
    text = "The President travelled to Kenya on Thursday, where talks were held."
    assert _spans(text, date(2026, 5, 13)) == [(date(2026, 5, 7), None)]


# --- a travel day ahead of a gathering, and its days "for the summit" ------------------------------------


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Leader heads to summit\n\nThe Chilean President travels to Peru on Monday ahead of a regional "
            "summit in Lima, the first held there since 2008.\n\nLeaders are expected in the Peruvian "
            "capital on Wednesday and Thursday for the summit.\n",
            (date(2026, 6, 3), date(2026, 6, 4)),
        ),
        (
            "Minister off to talks\n\nThe Trade Minister travels to Chile on Sunday ahead of a Pacific trade "
            "ministerial in Santiago, held each spring since 2011.\n\nMinisters are due in the Chilean "
            "capital on Tuesday and Wednesday for the ministerial.\n",
            (date(2026, 6, 2), date(2026, 6, 3)),
        ),
        (
            "Envoy off to forum\n\nThe Foreign Secretary heads to Kenya on Monday ahead of an African "
            "development forum in Nairobi, which was held in Dakar last year.\n\nDelegates are expected in "
            "the city on Wednesday and Thursday for the development forum.\n",
            (date(2026, 6, 3), date(2026, 6, 4)),
        ),
    ],
)
def test_days_for_the_gathering_after_the_journey(text: str, want: tuple[date, date]) -> None:
    assert _main(text, date(2026, 5, 30))[:2] == want


def test_days_for_another_event_leave_the_journey_day() -> None:
    text = (
        "Minister heads to talks\n\nThe Foreign Minister heads to Austria on Tuesday ahead of a security "
        "conference in Vienna.\n\nDelegations are due in the city on Thursday and Friday for the opera "
        "festival.\n"
    )
    assert _main(text, date(2026, 5, 30))[:2] == (date(2026, 6, 2), None)


# --- a gathering's running span with a pronoun subject --------------------------------------------------


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Harbour Security Forum: what to expect\n\nDefence ministers descend on Lisbon this week for the "
            "Harbour Security Forum.\n\nThis year it runs from Friday, June 5, to Sunday, June 7.\n\nThe "
            "Portuguese minister is due to speak at the closing session on Saturday.\n",
            (date(2026, 6, 5), date(2026, 6, 7)),
        ),
        (
            "Explainer: the Baltic Sea Dialogue\n\nOfficials gather in Riga for the Baltic Sea Dialogue.\n\n"
            "This year it will run from 10 to 12 June.\n\nThe Latvian president will deliver the keynote "
            "speech at the plenary session on 11 June.\n",
            (date(2026, 6, 10), date(2026, 6, 12)),
        ),
        (
            "What to watch at the Andes Forum\n\nMinisters head to Quito for the Andes Forum.\n\nThis time "
            "it will run from 15 to 17 June.\n\nThe Peruvian minister is due to address the main session on "
            "16 June.\n",
            (date(2026, 6, 15), date(2026, 6, 17)),
        ),
    ],
)
def test_pronoun_running_span(text: str, want: tuple[date, date]) -> None:
    assert _main(text, date(2026, 6, 1))[:2] == want


def test_pronoun_without_a_running_verb_gives_no_span() -> None:
    text = (
        "What to watch\n\nMinisters head to Quito for the Andes Forum.\n\nIt said on Monday that the event "
        "would matter from 15 to 17 June.\n\nThe Peruvian minister is due to address the main session on 16 "
        "June.\n"
    )
    assert _main(text, date(2026, 6, 1))[:2] == (date(2026, 6, 16), None)


# --- a press desk's line over the headline; the headline's inflected travel verb ------------------------


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Ministry of Foreign Affairs\nPress and information team\n\nMinister travels to Oslo for the "
            "Nordic Council Meeting\n\nOslo, 1 June 2026\n\nThe Minister will travel to Oslo on 3-4 June. "
            "On Thursday 4 June she will co-chair the Nordic Council Meeting with her counterpart.\n",
            date(2026, 6, 4),
        ),
        (
            "Embassy of Norland\nPress Office\n\nEnvoy visits Rome for the Mediterranean Dialogue\n\nRome, 1 "
            "June 2026\n\nThe Envoy will visit Rome on 8-9 June. On 9 June he will attend the Mediterranean "
            "Dialogue.\n",
            date(2026, 6, 9),
        ),
        (
            "Ministry of Defence\nMedia and Communications Unit\n\nDefence Minister travels to Canberra for "
            "the Defence Ministers' Meeting\n\nCanberra, 1 June 2026\n\nThe Defence Minister will travel to "
            "Canberra on 10-12 June. On 11 June he will co-chair the Defence Ministers' Meeting.\n",
            date(2026, 6, 11),
        ),
    ],
)
def test_press_desk_line_and_travel_headline_purpose(text: str, want: date) -> None:
    assert _main(text, date(2026, 6, 1))[:2] == (want, None)


def test_press_desk_words_in_a_sentence_stay_a_headline() -> None:
    text = (
        "Ministry of Foreign Affairs\nPress Office closes for summer\n\nThe Minister will travel to Oslo on "
        "3-4 June. On Thursday 4 June she will co-chair the Nordic Council Meeting with her counterpart.\n"
    )
    assert _main(text, date(2026, 6, 1))[:2] == (date(2026, 6, 3), date(2026, 6, 4))


# --- an event page: its day over its hours, its postal address ------------------------------------------


def _event_page(day: str, hours: str, address: str) -> str:
    return (
        f"Harbor Policy Institute\n\nEvent\n\nA Conversation with the Foreign Minister of Norland\n\n{day}\n"
        f"{hours}\n\n{address}\nAvailable online\n\nPlease join the Harbor Policy Institute for a "
        "conversation with the Foreign Minister of Norland on trade.\n\nThe minister will discuss trade and "
        "energy.\n"
    )


@pytest.mark.parametrize(
    "day, hours, address, today, want",
    [
        (
            "Wednesday, February 4, 2026",
            "2:00 – 3:30 pm EST",
            "Harbor Policy Institute, 200 Pine Street, Seattle, WA 98101",
            date(2026, 1, 28),
            (date(2026, 2, 4), "Seattle"),
        ),
        (
            "Monday, March 9, 2026",
            "10:00 - 11:30 a.m. EDT",
            "Lakeside Forum, 900 Lake Road, Chicago, IL 60601",
            date(2026, 3, 1),
            (date(2026, 3, 9), "Chicago"),
        ),
        (
            "Thursday, April 16, 2026",
            "9:30 – 10:30 am ET",
            "Bay Center, 45 Elm Avenue, Boston, MA 02116",
            date(2026, 4, 8),
            (date(2026, 4, 16), "Boston"),
        ),
    ],
)
def test_event_page_day_and_address(
    day: str, hours: str, address: str, today: date, want: tuple[date, str]
) -> None:
    got = _main(_event_page(day, hours, address), today)
    assert (got[0], got[2]) == want


def test_date_line_over_no_hours_stays_the_release_date() -> None:
    text = _event_page(
        "Thursday, April 16, 2026", "Posted by the events team", "Bay Center, 45 Elm Avenue, Boston, MA 02116"
    )
    assert extract(text, today=date(2026, 4, 8)).main_event is None
