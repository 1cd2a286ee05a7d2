"""Main event rules, round 16: the first day, last day and city of the meeting a text announces, in
constructions the start code read wrong: a gathering that "opens in Xcity on May 29" and, two sentences on,
"will run until May 31"; a trip spelled out stop by stop after a news conference's day; a release's "Today
we announce" and "The 2+2, to be held on Thursday 10 September"; "In Xcity, a spokesperson said" (no stop);
an advisory's "Date:" and "Venue: Ministry (Ward, City)" fields; a trip to several places "next week"
dated stop by stop; "the situation in X" (no venue); "visit X from Monday, 16 February to Thursday"; "from
Friday next week to Aug. 22"; "The two-day meeting ... will open on Monday"; "two days of talks ... on
Wednesday"; "Monday-Tuesday"; "a day after a summit of regional leaders in X"; "on Friday and Saturday next
week"; "gathered in X on Wednesday for a two-day summit"; "The ministers, who met in X on Monday, will ...";
"which was to have opened on Thursday, will now be held on Saturday"."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

TODAY = date(2031, 6, 4)  # a Wednesday


def _main(text: str, today: date = TODAY) -> tuple[str | None, str | None, str | None]:
    ev = extract(text, today=today).main_event
    assert ev is not None
    return (
        ev.date.isoformat() if ev.date else None,
        ev.end_date.isoformat() if ev.end_date else None,
        ev.place,
    )


# ---- a gathering's running span two sentences after its opening day ---------------------------------


@pytest.mark.parametrize(
    ("text", "end"),
    [
        (
            "Ministers expected at Corvale Forum\n\nValletta – Defence ministers of Xland and Yland are "
            "expected "
            "to meet at the Corvale Forum, which opens in Valletta on June 12, officials said.\n\nThe "
            "keynote "
            "will be given at the opening dinner on June 12, the organisers said on June 4.\n\nThe forum, "
            "the "
            "region's main security meeting, will run until June 14 at the Harbour Hotel.",
            "2031-06-14",
        ),
        (
            "Leaders head to Tarsel Summit\n\nThe Tarsel Summit opens in Lisbon on June 20, bringing "
            "together "
            "leaders of twelve states.\n\nThe host will speak at a dinner on the evening of June 20.\n\nThe "
            "summit will run through June 22 at the Riverside Centre.",
            "2031-06-22",
        ),
        (
            "Trade ministers gather\n\nThe Meridel Trade Conference, which opens in Oslo on June 15, will "
            "gather "
            "ministers from 30 countries, organisers said.\n\nMinister Ana Kell will deliver the opening "
            "address "
            "on June 15.\n\nThe conference continues until June 17.",
            "2031-06-17",
        ),
    ],
)
def test_gathering_runs_until_two_sentences_on(text: str, end: str) -> None:
    assert _main(text)[1] == end


def test_gathering_runs_until_far_off_is_not_read() -> None:
    # road closures "until" a later day are no running span of the gathering
    text = (
        "Ministers expected at Corvale Forum\n\nDefence ministers will meet at the Corvale Forum, which "
        "opens in "
        "Valletta on June 12, officials said.\n\nThe keynote will be given on June 12.\n\nRoad closures will "
        "be in place until June 15, the police said."
    )
    assert _main(text)[1] is None


# ---- a news conference's day is no dated meeting before a trip's stops ---------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Premier to visit Peru, Chile\n\nPremier Jana Holm will visit Peru and Chile next month.\n\nHer "
            "spokesperson announced the trip at a news conference on Monday.\n\nHolm will be in Peru on July "
            "2 "
            "and 3, and in Chile on July 4 and 5.",
            ("2031-07-02", "2031-07-05"),
        ),
        (
            "Minister to tour Kenya, Ghana\n\nMinister Oto Varga will tour Kenya and Ghana later this "
            "month.\n\n"
            "The ministry disclosed the plan at a press conference on Tuesday.\n\nVarga will be in Kenya on "
            "June 20 and 21, and in Ghana on June 22 and 23.",
            ("2031-06-20", "2031-06-23"),
        ),
        (
            "President to visit Chile, Peru\n\nPresident Lia Moreau will visit Chile and Peru next month.\n\n"
            "Her office described the trip at a press conference on Thursday.\n\nMoreau will be in Chile on "
            "July "
            "6 and 7, and in Peru on July 8 and 9.",
            ("2031-07-06", "2031-07-09"),
        ),
    ],
)
def test_press_conference_day_leaves_the_stops_spelled_out(text: str, span: tuple[str, str]) -> None:
    assert _main(text)[:2] == span


def test_a_dated_meeting_before_the_stops_still_counts() -> None:
    # a real meeting dated before the stops: the stops are no itinerary of the main event
    text = (
        "Premier to visit Peru, Chile\n\nPremier Jana Holm will visit Peru and Chile next month.\n\nHolm "
        "will "
        "hold talks with the opposition leader on Monday.\n\nHolm will be in Peru on July 2 and 3, and in "
        "Chile on July 4 and 5."
    )
    assert _main(text)[1] != "2031-07-05"


# ---- a release's announcement day, its "to be held" clause and what comes "ahead of" the format --------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Joint media release\n\nTenth Xland-Yland Ministers' Meeting\n\n4 June 2031\n\nToday we announce "
            "we "
            "will travel to Lisbon next week for the tenth Xland-Yland Ministers' Meeting (2+2).\n\nThe 2+2, "
            "to "
            "be held on Thursday 12 June, will be the first since the treaty.\n\nAhead of the 2+2, the "
            "Minister "
            "will visit a naval base on 11 June.",
            "2031-06-12",
        ),
        (
            "Joint release\n\nXland-Yland Dialogue\n\n4 June 2031\n\nToday we announce we will travel to "
            "Oslo "
            "next week for the Xland-Yland 3+3 Dialogue.\n\nThe 3+3, to be held on Friday 13 June, will "
            "review "
            "the partnership.\n\nAhead of the 3+3, the Minister will meet students on 12 June.",
            "2031-06-13",
        ),
        (
            "Joint release\n\nXland-Yland Joint Commission\n\n4 June 2031\n\nToday we announce we will "
            "travel "
            "to Vienna next week for the fifth Xland-Yland Joint Commission.\n\nThe JC, to be held on "
            "Tuesday 10 "
            "June, will cover trade.\n\nAhead of the JC, we will visit a factory on 9 June.",
            "2031-06-10",
        ),
    ],
)
def test_release_announcement_and_held_clause(text: str, day: str) -> None:
    assert _main(text)[0] == day


def test_today_meeting_without_announcement_keeps_today() -> None:
    text = "Ministers meet\n\nToday the ministers of Xland and Yland meet in Lisbon for their annual talks."
    assert _main(text)[0] == "2031-06-04"


# ---- "In Xcity, a spokesperson said": where words were said, no stop of the visit -------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Premier to visit Busan for summit\n\nTOKYO -- Premier Aki Sato will travel to South Korea on "
            "June "
            "13-14 for talks with President Moon in the port city of Busan, officials said.\n\nIn Seoul, a "
            "presidential spokesperson said the president would host a dinner on June 13.",
            "Busan",
        ),
        (
            "Chancellor to visit Lyon\n\nBERLIN -- The chancellor will travel to France on June 20-21 for "
            "talks "
            "with the president in the city of Lyon.\n\nIn Paris, the president's office said the two would "
            "sign a declaration on June 21.",
            "Lyon",
        ),
        (
            "Premier to visit Osaka\n\nSEOUL -- The premier will travel to Japan on June 17-18 for talks "
            "with "
            "the prime minister in the city of Osaka.\n\nIn Tokyo, the chief cabinet secretary told "
            "reporters "
            "the leaders would meet on June 17.",
            "Osaka",
        ),
    ],
)
def test_city_a_statement_is_made_in_is_no_stop(text: str, place: str) -> None:
    assert _main(text)[2] == place


def test_two_cities_visited_remain_a_trip() -> None:
    text = (
        "Premier to visit Japan\n\nSEOUL -- The premier will travel to Japan on June 17-18 for talks with "
        "the "
        "prime minister in the city of Osaka.\n\nIn Tokyo, the premier will meet business leaders on June 18."
    )
    assert _main(text)[2] is None


# ---- an advisory's "Date:" and "Venue:" fields --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "June 4, 2031\nMinistry of Defence\n\nXland-Yland Defence Ministerial Meeting\n\n1. Minister Jan "
            "Oder will hold a Xland-Yland Defence Ministerial Meeting with Minister Ewa Lind, who will visit "
            "Xland.\n\n2. Date and Venue\n Date: June 12 (Thu)\n Venue: Ministry of Defence (Wola, "
            "Warsaw)\n\n"
            "3. Other\n Minister Lind is also scheduled to visit a naval base on June 13.",
            ("2031-06-12", "Warsaw"),
        ),
        (
            "June 4, 2031\nMinistry of Foreign Affairs\n\nXland-Yland Policy Dialogue\n\n1. The Ministry "
            "will "
            "hold the Xland-Yland Policy Dialogue with a delegation from Yland.\n\n2. Date and Venue\n Date: "
            "June 16 (Mon)\n Venue: Ministry of Foreign Affairs (Mitte, Berlin)\n\n3. Other\n The delegation "
            "is "
            "also scheduled to visit a port on June 17.",
            ("2031-06-16", "Berlin"),
        ),
        (
            "June 4, 2031\nMinistry of Defence\n\nXland-Yland Staff Talks\n\n1. The Chief of Staff will hold "
            "staff talks with his Yland counterpart, who will visit Xland.\n\n2. Date and Venue\n When: June "
            "19 "
            "(Thu)\n Venue: Defence Headquarters (Kallio, Helsinki)\n\n3. Other\n The counterpart is also "
            "scheduled to visit an air base on June 20.",
            ("2031-06-19", "Helsinki"),
        ),
    ],
)
def test_advisory_date_and_venue_fields(text: str, want: tuple[str, str]) -> None:
    got = _main(text)
    assert (got[0], got[2]) == want


def test_date_line_over_the_body_is_no_field() -> None:
    # a "Date:" line over the headline is the release's own day, not the meeting's
    text = (
        "Date: 2031-06-04\n\nXland-Yland talks\n\nThe foreign ministers of Xland and Yland will hold talks "
        "in "
        "Warsaw on June 18."
    )
    assert _main(text)[0] == "2031-06-18"


# ---- a trip to several places "next week", dated stop by stop ----------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Minister to visit Chile, Peru and Bolivia\n\nMinister Tom Arden will travel to Chile, Peru and "
            "Bolivia next week.\n\nMr Arden will be in Santiago on Monday 9 June, where he will meet the "
            "president.\n\nOn 11 June he will travel to Lima for talks.\n\nThe final leg of the trip, in La "
            "Paz "
            "on 12 and 13 June, will include a meeting with the president.",
            ("2031-06-09", "2031-06-13"),
        ),
        (
            "Minister to visit Kenya, Ghana and Senegal\n\nMinister Ida Rune will travel to Kenya, Ghana and "
            "Senegal next week.\n\nMs Rune will be in Nairobi on Tuesday 10 June.\n\nOn 11 June she will fly "
            "to "
            "Accra for talks.\n\nThe last leg, in Dakar on 13 June, will focus on trade.",
            ("2031-06-10", "2031-06-13"),
        ),
        (
            "Minister to visit Norway, Sweden and Finland\n\nMinister Olaf Berg will travel to Norway, "
            "Sweden "
            "and Finland next week.\n\nHe will be in Oslo on Monday 9 June.\n\nOn 10 June he will travel to "
            "Stockholm.\n\nThe third leg of the tour, in Helsinki on 11 and 12 June, will include a visit to "
            "a "
            "shipyard.",
            ("2031-06-09", "2031-06-12"),
        ),
    ],
)
def test_trip_next_week_spans_its_stops(text: str, span: tuple[str, str]) -> None:
    assert _main(text)[:2] == span


def test_one_country_next_week_keeps_its_meeting_day() -> None:
    text = (
        "Minister to visit Chile\n\nMinister Tom Arden will travel to Chile next week.\n\nMr Arden will meet "
        "the president in Santiago on Monday 9 June.\n\nHe will give a lecture on 11 June."
    )
    assert _main(text)[:2] == ("2031-06-09", None)


# ---- a city the talks are about is no venue -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Ministers to meet\n\nDOHA, June 4 (Meridian) - Foreign ministers of the region will meet on "
            "Saturday to discuss the humanitarian situation in Khartoum.",
            "Doha",
        ),
        (
            "Ministers to meet\n\nCAIRO, June 4 (Meridian) - Foreign ministers of the region will meet on "
            "Saturday to discuss the war in Kabul, officials said.",
            "Cairo",
        ),
        (
            "Ministers to meet\n\nAMMAN, June 4 (Meridian) - Foreign ministers of the region will meet on "
            "Saturday to discuss the crisis in Tripoli.",
            "Amman",
        ),
    ],
)
def test_city_of_a_topic_is_no_venue(text: str, place: str) -> None:
    assert _main(text)[2] == place


def test_meeting_held_in_a_city_keeps_it() -> None:
    text = "Ministers meet\n\nThe ministers will hold talks in Khartoum on Saturday to discuss the situation."
    assert _main(text)[2] == "Khartoum"


# ---- "visit X from Monday, 16 June to Thursday": the visited country, over two of its cities -------------


@pytest.mark.parametrize(
    "text",
    [
        "Visit to Japan by the Foreign Minister of Xland\n\n1. The Foreign Minister of Xland will visit "
        "Japan from "
        "Monday, June 16 to Thursday, June 19.\n\n2. During his stay in Tokyo, the Minister will hold a "
        "meeting "
        "with the Foreign Minister on June 17.\n\n3. On June 18, the Minister will travel to Osaka, where he "
        "will visit companies.",
        "Visit to France by the Foreign Minister of Xland\n\n1. The Foreign Minister of Xland will visit "
        "France "
        "from Monday, June 16 to Thursday, June 19.\n\n2. During her stay in Paris, the Minister will hold a "
        "meeting with the Foreign Minister on June 17.\n\n3. On June 18, the Minister will travel to Lyon, "
        "where she will visit a university.",
        "Visit to Germany by the Foreign Minister of Xland\n\n1. The Foreign Minister of Xland will visit "
        "Germany from Monday, June 16 to Wednesday, June 18.\n\n2. During his stay in Berlin, the Minister "
        "will "
        "hold a meeting with the Foreign Minister on June 16.\n\n3. On June 17, the Minister will travel to "
        "Munich, where he will visit companies.",
    ],
)
def test_visit_over_two_cities_has_no_single_place(text: str) -> None:
    assert _main(text)[2] is None


def test_visit_to_one_city_keeps_it() -> None:
    text = (
        "Visit to Japan by the Foreign Minister of Xland\n\n1. The Foreign Minister of Xland will visit "
        "Japan "
        "from Monday, June 16 to Thursday, June 19.\n\n2. During his stay in Tokyo, the Minister will hold a "
        "meeting with the Foreign Minister on June 17."
    )
    assert _main(text)[2] == "Tokyo"


# ---- relative days opening ranges, day counts ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Summit in Nairobi\n\nLeaders of Xland and Yland will attend a summit in Nairobi from Friday "
            "next "
            "week to June 14.",
            ("2031-06-13", "2031-06-14"),
        ),
        (
            "Talks in Lima\n\nThe ministers will hold talks in Lima from Monday to June 10.",
            ("2031-06-09", "2031-06-10"),
        ),
        (
            "Forum in Quito\n\nThe forum will be held in Quito from Thursday next week to June 14.",
            ("2031-06-12", "2031-06-14"),
        ),
    ],
)
def test_weekday_opens_range_a_full_date_closes(text: str, span: tuple[str, str]) -> None:
    assert _main(text)[:2] == span


def test_weekday_beside_its_full_date_restates_it() -> None:
    text = "Talks in Lima\n\nThe ministers will hold talks in Lima on Monday, June 9."
    assert _main(text)[:2] == ("2031-06-09", None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Leaders to meet\n\nThe two-day meeting of Xland and Yland leaders will open on Monday, June 9, "
            "in "
            "Nairobi.",
            ("2031-06-09", "2031-06-10"),
        ),
        (
            "Leaders to meet\n\nThe three-day conference of the region's ministers will begin on June 16 in "
            "Accra.",
            ("2031-06-16", "2031-06-18"),
        ),
        (
            "Ministers to meet\n\nNAIROBI, June 4 (Meridian) - Ministers of Xland and Yland began two days "
            "of "
            "talks in the Kenyan capital on Wednesday, officials said.",
            ("2031-06-04", "2031-06-05"),
        ),
        (
            "Ministers to meet\n\nNAIROBI, June 4 (Meridian) - Leaders of the region will gather in Mombasa "
            "on "
            "Monday-Tuesday, officials said.",
            ("2031-06-09", "2031-06-10"),
        ),
    ],
)
def test_day_counts_and_dashed_weekdays(text: str, span: tuple[str, str]) -> None:
    assert _main(text)[:2] == span


def test_day_count_of_another_clause_is_not_read() -> None:
    text = (
        "Minister to visit Ghana\n\nThe minister will pay a two-day visit to Ghana, where she will meet the "
        "president on Tuesday."
    )
    assert _main(text)[1] is None


# ---- the town of another gathering the meeting comes after -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Talks set\n\nNAIROBI, June 4 (Meridian) - Ministers of Xland and Yland will meet on Friday, a day "
        "after a "
        "summit of regional leaders in Mombasa.",
        "Talks set\n\nACCRA, June 4 (Meridian) - Ministers of Xland and Yland will meet on Friday, a day "
        "after a "
        "meeting of finance chiefs in Kumasi.",
        "Talks set\n\nLIMA, June 4 (Meridian) - Ministers of Xland and Yland will meet on Friday, two days "
        "after a "
        "conference of trade ministers in Cusco.",
    ],
)
def test_other_gatherings_town_is_not_the_meetings(text: str) -> None:
    assert _main(text)[2] == text.split("\n\n")[1].split(",")[0].title()


def test_meeting_in_a_town_after_another_keeps_its_own() -> None:
    text = (
        "Talks set\n\nNAIROBI, June 4 (Meridian) - Ministers of Xland and Yland will meet in Mombasa on "
        "Friday, "
        "a day after the summit."
    )
    assert _main(text)[2] == "Mombasa"


# ---- "Friday and Saturday next week", "for a two-day summit", "who met in X on Monday", a dropped plan ----


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Summit\n\nLIMA, June 4 (Meridian) - Leaders of the Andean states will meet in Cusco on Friday "
            "and "
            "Saturday next week.",
            ("2031-06-13", "2031-06-14", "Cusco"),
        ),
        (
            "Summit\n\nACCRA, June 4 (Meridian) - Leaders of the region will meet in Kumasi on Thursday and "
            "Friday next week, officials said.",
            ("2031-06-12", "2031-06-13", "Kumasi"),
        ),
        (
            "Summit\n\nLIMA, June 4 (Meridian) - Leaders of the Andean states gathered in Cusco on Wednesday "
            "for a "
            "two-day summit.",
            ("2031-06-04", "2031-06-05", "Cusco"),
        ),
        (
            "Summit\n\nACCRA, June 4 (Meridian) - Ministers of the region arrive in Kumasi on Thursday for a "
            "three-day conference on trade.",
            ("2031-06-05", "2031-06-07", "Kumasi"),
        ),
        (
            "Talks set\n\nLIMA, June 4 (Meridian) - The ministers, who met in Cusco on Monday, will hold a "
            "second "
            "round of talks in Lima on Friday.",
            ("2031-06-06", None, "Lima"),
        ),
        (
            "Talks set\n\nACCRA, June 4 (Meridian) - The two leaders, who last met in Kumasi on Tuesday, "
            "will hold "
            "talks in Tamale on Saturday.",
            ("2031-06-07", None, "Tamale"),
        ),
        (
            "Summit\n\nLIMA, June 4 (Meridian) - The Andean summit, which was to have opened on Thursday, "
            "will now "
            "be held on Saturday in Cusco.",
            ("2031-06-07", None, "Cusco"),
        ),
        (
            "Summit\n\nACCRA, June 4 (Meridian) - The regional talks, which were due to have begun on "
            "Friday, will "
            "now be held on Monday in Kumasi.",
            ("2031-06-09", None, "Kumasi"),
        ),
    ],
)
def test_news_weekdays_counts_past_clauses_and_dropped_plans(
    text: str, want: tuple[str, str | None, str]
) -> None:
    assert _main(text) == want


def test_weekday_pair_this_week_stays_this_week() -> None:
    text = (
        "Summit\n\nLIMA, June 4 (Meridian) - Leaders of the Andean states will meet in Cusco on Friday and "
        "Saturday."
    )
    assert _main(text) == ("2031-06-06", "2031-06-07", "Cusco")
