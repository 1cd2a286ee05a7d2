"""Main event date and place, round 20 (datesplace): a "next week" lead whose meeting noun a later sentence
dates by weekday ("for the talks on Wednesday"), or whose stay opens on the week's Sunday; "their last
get-together before X on June 24" is no past sentence and the later day anchors another gathering; a
present "ministers gather in X on Thursday"; a "today" deep in a newsletter's itinerary is a stop, not the
day's meeting; "The dialogue, scheduled for March 4" gives a stay's meeting its day; an advisory's "Where:"
line names the city; a visit's "second leg" or "will also travel to" another city makes a stay over
several places; and a month name closing a visited country's run ("visit Xland February 19-21") is no part
of the country's name."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract


def _main(text: str, today: date) -> tuple[date | None, date | None, str | None]:
    ev = extract(text, today=today).main_event
    assert ev is not None
    return ev.date, ev.end_date, ev.place


# --- a "next week" lead, its meeting noun dated by weekday in a later sentence --------------------------

_FRI = date(2024, 10, 11)  # a Friday: "next week" opens on Monday 14 October


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Three nations to hold deputy ministers' talks next week\n\n"
            "OSLO, Oct. 11 -- Norway, Finland and Estonia will hold deputy foreign ministers' talks in Oslo "
            "next week to discuss Baltic security, the ministry said Friday.\n\n"
            "Deputy Minister Erik Lunde will host his counterparts Aino Virtanen and Kadri Tamm for the "
            "trilateral talks on Wednesday, the ministry said.\n",
            date(2024, 10, 16),
        ),
        (
            "Ministers to hold consultations next week\n\n"
            "LISBON, Oct. 11 -- Portugal and Morocco will hold consultations in Lisbon next week on "
            "migration and energy.\n\n"
            "State Secretary Rui Matos will receive Karim Bennani for the consultations on Tuesday.\n",
            date(2024, 10, 15),
        ),
        (
            "Defence chiefs to meet next week\n\n"
            "WARSAW, Oct. 11 -- Poland and Lithuania will hold a defence dialogue in Warsaw next week.\n\n"
            "General Adam Nowak will welcome General Tomas Petraitis to the dialogue on Thursday.\n",
            date(2024, 10, 17),
        ),
    ],
)
def test_next_week_meeting_noun_dated_by_weekday(text: str, want: date) -> None:
    assert _main(text, _FRI)[0] == want


def test_next_week_press_conference_weekday_is_not_the_meeting() -> None:
    # the later weekday dates a press conference, not the lead's talks: the week stays its Monday
    text = (
        "Ministers to hold talks next week\n\n"
        "LISBON, Oct. 11 -- Portugal and Morocco will hold talks in Lisbon next week on migration.\n\n"
        "The ministry will hold a press conference on Wednesday.\n"
    )
    assert _main(text, _FRI)[0] == date(2024, 10, 14)


# --- a "next week" stay that opens on the week's Sunday --------------------------------------------------

_THU = date(2025, 3, 13)


@pytest.mark.parametrize(
    "text",
    [
        "Premier to lead trade mission to Chile\n\n"
        "Premier Anna Holm will travel to Chile next week with a business delegation.\n\n"
        "Ms Holm will be in Chile from Sunday 16 March to Thursday 20 March.\n\n"
        "She will return home on Friday 21 March.\n",
        "Minister to visit Kenya\n\n"
        "Trade Minister Paul Evers will visit Kenya next week to open a trade office.\n\n"
        "Mr Evers will be in Kenya from 16 to 20 March, visiting two regions.\n\n"
        "He will fly home on 21 March.\n",
        "Chief Minister to lead investment mission to Japan\n\n"
        "Chief Minister Omar Said will travel to Japan next week with a group of investors.\n\n"
        "Mr Said will be in Japan from Sunday 16 March to Thursday 20 March.\n\n"
        "He will return home on Friday 21 March.\n",
    ],
)
def test_next_week_stay_opening_on_sunday(text: str) -> None:
    assert _main(text, _THU)[:2] == (date(2025, 3, 16), date(2025, 3, 20))


def test_next_week_saturday_before_is_not_the_week() -> None:
    # a day two days before the week's Monday is no part of "next week"
    text = (
        "Minister to visit Kenya\n\n"
        "Trade Minister Paul Evers will visit Kenya next week to open a trade office.\n\n"
        "Mr Evers will leave on Saturday 15 March.\n"
    )
    assert _main(text, _THU)[0] != date(2025, 3, 15)


# --- "their last get-together before ...", a present "gather" -------------------------------------------

_TUE = date(2025, 6, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Good morning and welcome to the briefing.\n\n"
        "BIG WEEK: Alliance defence ministers gather in Brussels on Thursday for their last get-together "
        "before leaders descend on Madrid on June 24-25.\n\n"
        "What's on the table: capability targets.\n",
        "Good morning and welcome to the briefing.\n\n"
        "FINAL PUSH: Trade ministers gather in Geneva on Thursday for their final session before leaders "
        "meet in Rome on June 24.\n\n"
        "What's on the table: tariff rules.\n",
        "Good morning and welcome to the briefing.\n\n"
        "COUNTDOWN: Finance ministers gather in Vienna on Thursday for their last meeting before heads of "
        "government arrive in Prague on June 24-25.\n\n"
        "What's on the table: the budget.\n",
    ],
)
def test_last_gathering_before_a_later_summit(text: str) -> None:
    assert _main(text, _TUE)[0] == date(2025, 6, 5)


def test_last_met_stays_past() -> None:
    # "last met" is still a past meeting's day
    text = "Ministers to meet\n\nThe two ministers last met in Vienna on May 20.\n"
    ev = extract(text, today=_TUE).main_event
    assert ev is None or ev.date != date(2026, 5, 20)


# --- "today" deep in a newsletter's itinerary --------------------------------------------------------------

_OCT28 = date(2025, 10, 28)


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "Welcome back to the newsletter.\n\n1 big thing: the summit\n\n"
            "President Alvarez and President Okoro are set to meet Thursday in Lagos, Nigeria.\n\n"
            "Why it matters: the talks test the truce.\n\nThe itinerary: Alvarez is on a swing.\n\n"
            "- He was in Accra on Sunday.\n\n- He's in Abuja today for talks with the vice president.\n",
            "Lagos",
        ),
        (
            "Welcome to the daily brief.\n\nTop story: the meeting\n\n"
            "Chancellor Berg and Premier Lind are set to meet Thursday in Oslo, Norway.\n\n"
            "Context: trade dominates.\n\nThe schedule: Berg is touring the north.\n\n"
            "- She was in Helsinki on Sunday.\n\n- She's in Stockholm today for talks with the king.\n",
            "Oslo",
        ),
        (
            "Hello from the desk.\n\nLead item: face to face\n\n"
            "Prime Minister Doyle and President Haas are set to meet Thursday in Vienna, Austria.\n\n"
            "Stakes: energy.\n\nThe route: Doyle is abroad all week.\n\n"
            "- He was in Madrid on Sunday.\n\n- He's in Berlin today for a meeting with the chancellor.\n",
            "Vienna",
        ),
    ],
)
def test_today_in_a_late_itinerary_line_is_a_stop(text: str, place: str) -> None:
    assert _main(text, _OCT28)[0::2] == (date(2025, 10, 30), place)


def test_today_in_the_lead_is_the_days_meeting() -> None:
    text = "Minister hosts counterpart\n\nDefence Minister Ana Ruiz hosted Minister Tomas Berg "
    text += "in Madrid today.\n"
    assert _main(text, _OCT28)[0] == _OCT28


# --- "The dialogue, scheduled for March 4" inside a stay ------------------------------------------------

_MAR1 = date(2025, 3, 1)


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Deputy minister to co-chair defence dialogue in Lima\n\n"
            "Deputy Defence Minister Rosa Vidal will lead a delegation on an official visit to Peru from "
            "March 3 to 6 and co-chair the 5th Defence Policy Dialogue.\n\n"
            "The dialogue, scheduled for March 4 in Lima, will be co-chaired by Vice Minister Luis Paz.\n",
            date(2025, 3, 4),
        ),
        (
            "Minister to attend joint commission in Nairobi\n\n"
            "Foreign Minister Tom Okafor will travel to Kenya from March 3 to 6 and co-chair the Joint "
            "Commission.\n\n"
            "The session, slated for March 5 in Nairobi, will review the agreements.\n",
            date(2025, 3, 5),
        ),
        (
            "Vice minister to lead consultations in Hanoi\n\n"
            "Vice Minister Ines Costa will pay a working visit to Vietnam from March 3 to 6 and lead the "
            "political consultations.\n\n"
            "The consultations, set for March 4 in Hanoi, will be co-chaired by Deputy Minister Le Van An.\n",
            date(2025, 3, 4),
        ),
    ],
)
def test_reduced_relative_dates_the_meeting(text: str, want: date) -> None:
    assert _main(text, _MAR1)[:2] == (want, None)


def test_visit_headline_keeps_the_stay() -> None:
    # a headline announcing the visit, not the dialogue: the whole stay stays
    text = (
        "Deputy minister to visit Peru\n\n"
        "Deputy Defence Minister Rosa Vidal will pay an official visit to Peru from March 3 to 6.\n\n"
        "The dialogue, scheduled for March 4 in Lima, will be co-chaired by Vice Minister Luis Paz.\n"
    )
    assert _main(text, _MAR1)[:2] == (date(2025, 3, 3), date(2025, 3, 6))


# --- an advisory's "Where:" line ----------------------------------------------------------------------

_FEB = date(2025, 2, 28)


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "Committee to debate with minister\n\n"
            "Foreign Minister Ana Ruiz will discuss the crisis with members on Wednesday 5 March 2025.\n\n"
            "When: Wednesday 5 March 2025, 9.00 - 10.30\n"
            "Where: Parliament building, Vienna, room 3A, and via webstreaming\n",
            "Vienna",
        ),
        (
            "Envoy to brief assembly\n\n"
            "Special Envoy Tom Berg will brief delegates on Wednesday 5 March 2025.\n\n"
            "WHEN: Wednesday 5 March 2025\n"
            "WHERE: Conference Centre, Geneva\n",
            "Geneva",
        ),
        (
            "Ministers to hold forum\n\n"
            "Trade Minister Ines Costa will open the forum with business leaders "
            "on Wednesday 5 March 2025.\n\n"
            "Venue: Grand Hall, Lisbon, Portugal\n",
            "Lisbon",
        ),
    ],
)
def test_where_label_names_the_city(text: str, place: str) -> None:
    assert _main(text, _FEB)[2] == place


def test_where_label_with_only_a_venue() -> None:
    text = (
        "Committee to debate with minister\n\n"
        "Foreign Minister Ana Ruiz will discuss the crisis with members on Wednesday 5 March 2025.\n\n"
        "Where: Parliament building, room 3A\n"
    )
    assert _main(text, _FEB)[2] is None


# --- a visit's second leg; a month after a visited country's name ------------------------------------------

_FEB9 = date(2025, 2, 9)


@pytest.mark.parametrize(
    "text",
    [
        "Army chief to visit Canada\n\n"
        "Ottawa [Canada], February 9 -- Army Chief General Ravi Menon will embark on an official visit to "
        "Canada from February 10 to 13, the army said on Sunday.\n\n"
        "During the visit, he will hold talks with General Anne Roy in Ottawa on February 11.\n\n"
        "The talks will focus on training.\n\nThe visit will also explore industry ties.\n\n"
        "In Ottawa, General Menon will lay a wreath.\n\n"
        "In the second leg of the visit, the Army Chief will travel to Toronto.\n",
        "Delegation to visit the Republic of Korea\n\n"
        "SEOUL – A congressional delegation led by Chairman Tom Reyes will visit the Republic of Korea "
        "February 19-21, 2025.\n\n"
        "The delegation will meet Minister of Foreign Affairs Park Min-jun in Seoul.\n\n"
        "The delegation will also travel to Busan, where members will tour the port.\n",
        "Minister to visit Japan\n\n"
        "Trade Minister Lea Holm will pay a working visit to Japan from February 10 to 13.\n\n"
        "In Tokyo, she will hold talks with Minister Sato Kenji.\n\n"
        "The minister will also travel to Osaka to meet business leaders.\n",
    ],
)
def test_visit_over_several_cities_has_no_place(text: str) -> None:
    assert _main(text, _FEB9)[2] is None


def test_visit_with_one_city_keeps_it() -> None:
    text = (
        "President to embark on State Visit to Kenya Aug. 4 to 8\n\n"
        "August 1, 2025\n\n"
        "President Ana Ruiz will embark on a State Visit to Kenya from August 4 to 8, the palace said.\n\n"
        "The President is set to arrive in Nairobi on Monday evening, August 4.\n\n"
        "She will hold talks with President Daniel Mwangi at State House.\n"
    )
    assert _main(text, date(2025, 8, 1))[2] == "Nairobi"
