"""Round 22 (h20dates): the main event's date when a journey's days frame its meeting's own days, another
gathering is dated "a day earlier", the lead puts the meeting "later this month", a release's date line
heads the text, and a trip's lead sets off before its stops."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Event


def _main(text: str, ref: date) -> Event:
    """The main event of a short release read on `ref`."""
    event = extract(text, source="t", published=None, today=ref).main_event
    assert event is not None
    return event


def _days(text: str, ref: date) -> tuple[date | None, date | None]:
    """(date, end_date) of the main event."""
    event = _main(text, ref)
    return event.date, event.end_date


# -- a journey's days around the meeting it is made for, the meeting's own days given in the same sentence

_NOTE = "Minister Halvorsen's Travel to {city}\n\nMEDIA NOTE\n\nMay 30, 2031\n\n{lead}\n"


@pytest.mark.parametrize(
    ("city", "lead", "want"),
    [
        (
            "Vilnius",
            "Defence Minister Ingrid Halvorsen will travel to Vilnius, Lithuania, June 8-10 to participate "
            "in the Baltic Defence Ministerial at the Ministry of National Defence on June 9 and 10.",
            (date(2031, 6, 9), date(2031, 6, 10)),
        ),
        (
            "Santiago",
            "Trade Minister Ingrid Halvorsen will travel to Santiago, Chile, from 14 to 17 June to take part "
            "in the Pacific Rim Trade Ministers' Meeting at the Foreign Ministry on 15 and 16 June.",
            (date(2031, 6, 15), date(2031, 6, 16)),
        ),
        (
            "Nairobi",
            "Foreign Minister Ingrid Halvorsen will travel to Nairobi, Kenya, June 3-6 to join the East "
            "Africa Leaders Summit at the State House on June 4 and 5.",
            (date(2031, 6, 4), date(2031, 6, 5)),
        ),
    ],
)
def test_journey_days_frame_the_meetings_own_days(city: str, lead: str, want: tuple[date, date]) -> None:
    assert _days(_NOTE.format(city=city, lead=lead), date(2031, 5, 30)) == want


def test_headline_purpose_dates_the_meeting_given_in_a_clause() -> None:
    text = (
        "Statement on the President's Travel to Ghana for the West Africa Partnership Summit\n\n"
        "On March 3 and 4, President Emil Brandt will travel to Accra, Ghana, to participate in the West "
        "Africa Partnership Summit, hosted by President Kofi Mensah of Ghana on March 4. The President will "
        "be joined by other leaders of the region.\n"
    )
    assert _days(text, date(2031, 2, 20)) == (date(2031, 3, 4), None)


def test_meeting_in_its_own_clause_under_a_travel_headline_keeps_the_visit() -> None:
    lead = (
        "Deputy Minister Ingrid Halvorsen will travel to Lima, Peru, June 25-27, to participate in the "
        "Andean Vice Ministerial Meeting, which Peru will host on June 26."
    )
    assert _days(_NOTE.format(city="Lima", lead=lead), date(2031, 5, 30)) == (
        date(2031, 6, 25),
        date(2031, 6, 27),
    )


# -- "A day earlier, on X, ...": another gathering dated by the main one

_TALKS = (
    "Defence chief to host Norwegian counterpart for annual talks next week\n\n"
    "ROME, Oct. 27 (Agency) -- Defence Minister Paolo Ricci will host Norwegian Defence Minister Siv Lunde "
    "in Rome next week for the allies' annual Defence Dialogue (ADD), the defence ministry said Monday.\n\n"
    "The 14th ADD will take place at the defence ministry in Rome on Nov. 5, with the two sides expected to "
    "discuss air defence and Arctic security, the ministry said.\n\n"
    '"The two ministers will reaffirm our alliance," ministry spokesperson Col. Marco Ferri said in a '
    "regular briefing.\n\n"
    "{opener}, on Nov. 4, Gen. Luca Bassi, chief of the defence staff, and his Norwegian counterpart, Gen. "
    "Erik Moen, will hold the annual Military Committee Meeting in Rome.\n"
)


@pytest.mark.parametrize("opener", ["A day earlier", "The day before", "The previous day"])
def test_a_meeting_dated_a_day_earlier_is_another(opener: str) -> None:
    assert _days(_TALKS.format(opener=opener), date(2031, 10, 27))[0] == date(2031, 11, 5)


def test_a_day_earlier_than_planned_is_the_meeting_itself() -> None:
    text = (
        _TALKS.format(opener="A day earlier")
        .replace("A day earlier, on Nov. 4,", "A day earlier than first planned, on Nov. 4,")
        .replace("The 14th ADD will take place", "The 14th ADD had been due to take place")
    )
    assert _days(text, date(2031, 10, 27))[0] == date(2031, 11, 4)


# -- "later this month, sources said Tuesday": the meeting has no day yet

_LATER = (
    "Portugal Arranging Foreign Ministers' Talks with Brazil in Geneva\n\n"
    "Lisbon, March 4 (Agency)--The Portuguese government is arranging for Foreign Minister Rui Carvalho to "
    "hold talks with Brazilian Foreign Minister Ana Prado on the sidelines of a UN meeting in Geneva later "
    "this month, {said}.\n\n"
    "If realized, it would be the first meeting between the two this year.\n\n"
    '"Dialogue at every level matters," Carvalho told a press conference Tuesday morning.\n'
)


@pytest.mark.parametrize(
    "said",
    ["government sources said Tuesday", "officials said on Tuesday", "diplomatic sources said Tuesday"],
)
def test_later_this_month_reported_on_a_weekday_has_no_day(said: str) -> None:
    event = _main(_LATER.format(said=said), date(2031, 3, 4))
    assert (event.date, event.place) == (None, "Geneva")


def test_later_this_month_with_its_own_day_keeps_it() -> None:
    text = _LATER.format(said="government sources said Tuesday").replace(
        "in Geneva later this month", "in Geneva on March 20"
    )
    assert _days(text, date(2031, 3, 4))[0] == date(2031, 3, 20)


# -- a release's date line ("May 5, 2026 - Ottawa - Department") is the day of writing

_ADVISORY = (
    "Media advisory\n\n"
    "{line}\n\n"
    "The Honourable Anne Roy, Minister of National Defence, will host the Defence Secretary of Chile, "
    "Tomas Vidal, in {city} on Thursday. The two ministers will hold bilateral talks and tour the naval "
    "dockyard.\n\n"
    "Discussions will focus on maritime domain awareness and defence industry cooperation.\n\n"
    "Minister Roy and Secretary Vidal will be joined by General Marc Dubois, Chief of the Defence Staff. "
    "The Commander of the Chilean Navy, Admiral Jose Parra, will also attend.\n\n"
    "Earlier that morning, the Associate Minister will meet Secretary Vidal for a working breakfast.\n\n"
    "Date: Thursday, March 6, 2031\n\nTime:\n10:30 a.m. - Arrival\n"
)


@pytest.mark.parametrize(
    ("line", "city"),
    [
        ("March 3, 2031 - Ottawa - National Defence", "Halifax"),
        ("March 3, 2031 – Ottawa, Ontario – National Defence / Armed Forces", "Esquimalt"),
        ("March 3, 2031 - Ottawa - Department of National Defence", "Halifax"),
    ],
)
def test_release_date_line_is_not_the_meeting_day(line: str, city: str) -> None:
    assert _days(_ADVISORY.format(line=line, city=city), date(2031, 3, 3))[0] == date(2031, 3, 6)


def test_date_line_day_of_a_meeting_held_that_day() -> None:
    text = (
        "News release\n\nMarch 3, 2031 - Ottawa - National Defence\n\n"
        "Today, the Honourable Anne Roy, Minister of National Defence, met with the Defence Secretary of "
        "Chile, Tomas Vidal, in Ottawa.\n"
    )
    assert _days(text, date(2031, 3, 3))[0] == date(2031, 3, 3)


# -- a trip to several places: from the day the lead sets off, or its first stop, to its last stop


def test_trip_from_its_first_stop_to_its_last() -> None:
    text = (
        "Foreign Minister Tane Rua heads to Samoa, Fiji and Vanuatu\n\n"
        "5:40 am on 3 May 2031\n\n"
        "Foreign Minister Tane Rua will travel to Samoa, Fiji and Vanuatu later this week, in his first "
        "visit to the region this year.\n\n"
        "Rua will be in the region from Wednesday to Monday, 7 to 12 May, his office said.\n\n"
        "In Apia he will meet Samoa's Prime Minister Lemalu Tuilagi. The trip ends in Port Vila, where Rua "
        "will meet Vanuatu's Prime Minister Jean Kalsakau on 11 May.\n"
    )
    assert _days(text, date(2031, 5, 3)) == (date(2031, 5, 7), date(2031, 5, 12))


def test_trip_from_the_day_the_lead_sets_off() -> None:
    text = (
        "Media release\n\nThe Hon Ruth Vale, Minister for Foreign Affairs\n\n"
        "Travel to Brazil, Chile and Peru\n\n"
        "14 October 2031\n\n"
        "Today I will travel to Brazil, Chile and Peru to deepen our partnerships in South America.\n\n"
        "In Brasilia on 15 and 16 October, I will meet Brazil's Foreign Minister Lucas Prado for the 3rd "
        "Strategic Dialogue.\n\n"
        "I will then travel to Santiago, where on 18 October I will join Chile's Foreign Minister Ana "
        "Soto.\n\n"
        "In Lima on 19 and 20 October, I will hold talks with Peru's Foreign Minister Raul Diaz.\n"
    )
    assert _days(text, date(2031, 10, 14)) == (date(2031, 10, 14), date(2031, 10, 20))


def test_trip_from_today_to_its_onward_leg() -> None:
    text = (
        "Foreign Minister Weber travels to Kenya and Ethiopia\n\n12.05.2031 - Press release\n\n"
        "Federal Foreign Minister Anna Weber will travel to Kenya and Ethiopia today (12 May) and tomorrow. "
        "In Nairobi she will hold talks with Kenya's Foreign Minister Peter Kamau.\n\n"
        "On Tuesday (13 May), the Foreign Minister will travel on to Addis Ababa, where she is scheduled to "
        "meet Prime Minister Dawit Bekele.\n"
    )
    assert _days(text, date(2031, 5, 12)) == (date(2031, 5, 12), date(2031, 5, 13))


def test_trip_under_a_headline_naming_its_summit_keeps_the_summit() -> None:
    text = (
        "Prime Minister to attend Pacific Islands Leaders Summit in Fiji\n\n"
        "3 May 2031\n\n"
        "Prime Minister Tane Rua will travel to Samoa and Fiji later this week.\n\n"
        "Rua will be in the region from Wednesday to Monday, 7 to 12 May, his office said.\n\n"
        "The Pacific Islands Leaders Summit will be held in Suva on 10 May.\n"
    )
    assert _days(text, date(2031, 5, 3)) == (date(2031, 5, 10), None)
