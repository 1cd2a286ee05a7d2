"""Main-event date rules, round 17: a "news conference" is logistics like a press conference, not the
meeting; "a two-day X meeting with A and B in Y starting 19 March" counts its days from further back; a
headline's "A to host B on eve of the X summit" makes the summit the main event; "During the visit, A will
co-chair the X on 11 and 12 June" inside a dated visit gives that gathering's days; and an official title
line up to 240 characters ("Visit to Y by the Honourable A, ..., and B, ...") is still the headline."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.extract.event_eves import eve_noun
from briefings.models import Event


def _main(text: str, today: date) -> Event:
    ev = extract(text, today=today).main_event
    assert ev is not None
    return ev


# ---- "a pre-ministerial news conference on Tuesday": the day of a news conference, not of the meeting --


@pytest.mark.parametrize(
    ("text", "today", "first", "last"),
    [
        (
            "Ministers to press allies on air defence as talks open\n\nBRUSSELS, March 11 (Reuters) - "
            "Alliance "
            "defence ministers meet in Brussels on Thursday and Friday for talks on air defence, with "
            "bilateral meetings "
            "planned on the sidelines.\n\n"
            "The Secretary General set the tone at a pre-ministerial news conference on Tuesday.",
            date(2031, 3, 11),
            date(2031, 3, 13),
            date(2031, 3, 14),
        ),
        (
            "Foreign ministers gather in Lisbon\n\nLISBON, June 3 (Reuters) - Foreign ministers of the bloc "
            "meet in Lisbon on Thursday and Friday for talks on migration, with bilateral meetings "
            "planned on the sidelines.\n\n"
            "Minister Oskar Brandvold previewed the agenda at a news conference on Tuesday.",
            date(2031, 6, 3),
            date(2031, 6, 5),
            date(2031, 6, 6),
        ),
        (
            "Defence chiefs to meet in Oslo\n\nOSLO, Sept 9 (Reuters) - Nordic defence chiefs meet in Oslo "
            "on Thursday and Friday for talks on Arctic surveillance, with bilateral meetings "
            "planned on the sidelines.\n\n"
            "Admiral Petra Lund will set out the agenda at a news conference on Tuesday.",
            date(2031, 9, 9),
            date(2031, 9, 11),
            date(2031, 9, 12),
        ),
        (
            "Trade ministers meet in Santiago\n\nSANTIAGO, May 12 (Reuters) - Pacific trade ministers meet "
            "in Santiago on Wednesday and Thursday for talks on tariffs, with bilateral meetings "
            "planned on the sidelines.\n\n"
            "Chile's trade minister, Rosa Ibarra, outlined the agenda at a news conference on Monday.",
            date(2031, 5, 12),
            date(2031, 5, 14),
            date(2031, 5, 15),
        ),
    ],
)
def test_news_conference_dates_no_meeting(text: str, today: date, first: date, last: date) -> None:
    ev = _main(text, today)
    assert (ev.date, ev.end_date) == (first, last)


def test_conference_itself_keeps_its_day() -> None:
    # negative: a conference that is the meeting ("a security conference on Tuesday") is no news conference
    text = (
        "Ministers to attend security conference\n\nVIENNA, March 10 (Reuters) - Defence ministers of "
        "ten states will attend a security conference in Vienna on Tuesday to discuss drones."
    )
    assert _main(text, date(2031, 3, 10)).date == date(2031, 3, 11)


# ---- "a two-day meeting with A and B in Y starting March 19": the count from further back -----------


@pytest.mark.parametrize(
    ("text", "today", "first", "last"),
    [
        (
            "S. Korea to host trilateral talks next week\n\nSEOUL, March 12 (Yonhap) -- South Korea will "
            "host a two-day trilateral defense ministerial meeting with the United States and Japan in Seoul "
            "starting March 19, the defense ministry said Thursday.",
            date(2031, 3, 12),
            date(2031, 3, 19),
            date(2031, 3, 20),
        ),
        (
            "Chile to host Pacific trade talks\n\nSANTIAGO, May 2 (Reuters) - Chile will host a three-day "
            "ministerial meeting of Pacific trade ministers with Peru, Mexico and Colombia in Santiago "
            "starting May 10, the foreign ministry said.",
            date(2031, 5, 2),
            date(2031, 5, 10),
            date(2031, 5, 12),
        ),
        (
            "Kenya to host regional security talks\n\nNAIROBI, Aug 4 (Reuters) - Kenya will convene a "
            "two-day regional security conference with Uganda, Tanzania and Rwanda in Nairobi beginning "
            "August 20, officials said.",
            date(2031, 8, 4),
            date(2031, 8, 20),
            date(2031, 8, 21),
        ),
        (
            "Poland to host Baltic defence meeting\n\nWARSAW, Oct 1 (Reuters) - Poland will host a two-day "
            "Baltic defence ministers' meeting with Lithuania, Latvia and Estonia in Warsaw from October 14, "
            "the ministry said.",
            date(2031, 10, 1),
            date(2031, 10, 14),
            date(2031, 10, 15),
        ),
    ],
)
def test_n_day_count_from_further_back(text: str, today: date, first: date, last: date) -> None:
    ev = _main(text, today)
    assert (ev.date, ev.end_date) == (first, last)


def test_n_day_visit_with_own_meeting_day() -> None:
    # negative: "a two-day visit to X, where she will meet Y on Tuesday": the meeting's own day
    text = (
        "Minister to visit Peru\n\nLIMA, Oct 1 (Reuters) - Foreign Minister Ana Cortes will make a two-day "
        "visit to Peru, where she will meet President Luis Quispe in Lima on Tuesday, October 7."
    )
    assert _main(text, date(2031, 10, 1)).end_date is None


# ---- "A to host B in X on eve of NATO summit": the summit is the main event --------------------------


@pytest.mark.parametrize(
    ("text", "today", "first", "last"),
    [
        (
            "Secretary-General to host two leaders in Riga on eve of NATO summit\n\nRIGA, July 10 (Reuters) "
            "- "
            "NATO Secretary-General Ola Brekke will host the leaders of Hungary and Sweden in Riga on Monday "
            "before leaders gather for a two-day summit in the Latvian capital on Tuesday and Wednesday.",
            date(2028, 7, 10),
            date(2028, 7, 11),
            date(2028, 7, 12),
        ),
        (
            "Prime ministers to meet in Lima on the eve of the Pacific summit\n\nLIMA, Nov 14 (Reuters) - "
            "The "
            "prime ministers of Chile and Peru will meet in Lima on Sunday, ahead of the summit, which "
            "leaders "
            "open in the Peruvian capital on Monday and Tuesday.",
            date(2031, 11, 14),
            date(2031, 11, 17),
            date(2031, 11, 18),
        ),
        (
            "Host to welcome two presidents on eve of regional summit\n\nNAIROBI, Feb 3 (Reuters) - Kenya's "
            "president will welcome the presidents of Uganda and Rwanda in Nairobi on Wednesday, before the "
            "regional summit in the Kenyan capital on Thursday and Friday.",
            date(2031, 2, 3),
            date(2031, 2, 6),
            date(2031, 2, 7),
        ),
    ],
)
def test_eve_of_headline_makes_the_gathering_main(text: str, today: date, first: date, last: date) -> None:
    ev = _main(text, today)
    assert (ev.date, ev.end_date) == (first, last)


def test_eve_noun() -> None:
    assert eve_noun("A to host B, C in X on eve of NATO summit") == "summit"
    assert eve_noun("Leaders meet on the eve of the Pacific Islands Forum") == "forum"
    assert eve_noun("A to host B in X ahead of summit") is None  # no eve
    assert eve_noun(None) is None


def test_no_eve_headline_keeps_the_headline_meeting() -> None:
    # negative: without "eve of" the headline's own meeting keeps its day
    text = (
        "Secretary-General to host two leaders in Riga\n\nRIGA, July 10 (Reuters) - NATO Secretary-General "
        "Ola Brekke will host the leaders of Hungary and Sweden in Riga on Monday to discuss accession."
    )
    assert _main(text, date(2028, 7, 10)).date == date(2028, 7, 10)


# ---- "During the visit, A will co-chair the X on 11 and 12 June": the gathering's own days -----------


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (
            "Visit of Foreign Minister of Oman to India (June 10-12, 2031)\n\nThe Minister of Foreign "
            "Affairs "
            "of Oman will pay an official visit to India from 10-12 June 2031.\n\n2. During the visit, the "
            "Minister will co-chair the 9th meeting of the India-Oman Joint Commission with the External "
            "Affairs Minister in New Delhi on 11 and 12 June 2031.",
            date(2031, 6, 11),
            date(2031, 6, 12),
        ),
        (
            "Visit of the Foreign Minister of Peru to Chile (3-6 March 2031)\n\nForeign Minister Ana Cortes "
            "will pay an official visit to Chile from 3 to 6 March 2031.\n\nDuring her visit, she will chair "
            "the Chile-Peru Binational Commission in Santiago on 4 and 5 March 2031 with Minister Rosa "
            "Ibarra.",
            date(2031, 3, 4),
            date(2031, 3, 5),
        ),
        (
            "Visit of the Prime Minister of Fiji to New Zealand\n\nPrime Minister Josaia Vula will pay an "
            "official visit to New Zealand from 14 to 18 August 2031.\n\nDuring the visit, he will attend "
            "the Pacific Partnership Forum in Wellington on 15 and 16 August 2031.",
            date(2031, 8, 15),
            date(2031, 8, 16),
        ),
    ],
)
def test_co_chaired_gathering_inside_a_visit(text: str, first: date, last: date) -> None:
    ev = _main(text, date(2031, 1, 5))
    assert (ev.date, ev.end_date) == (first, last)


def test_single_day_meeting_inside_a_visit_keeps_the_visit() -> None:
    # negative: a one-day meeting "held" during the stay leaves the visit the headline announces
    text = (
        "Visit to Chile by the Honourable Ana Cortes, Minister for Foreign Affairs of Peru, and the "
        "Honourable Luis Quispe, Minister of Defence of Peru\n\n1. From March 3 to 5, the Honourable Ana "
        "Cortes and the Honourable Luis Quispe will visit Santiago, Chile.\n\n2. During their stay, the "
        "Third Chile-Peru Foreign and Defence Ministerial Consultations will be held on March 4, attended by "
        "Ms. Rosa Ibarra, Minister for Foreign Affairs, and Mr. Tomas Vidal, Minister of Defense."
    )
    ev = _main(text, date(2031, 2, 20))
    assert (ev.date, ev.end_date) == (date(2031, 3, 3), date(2031, 3, 5))


# ---- a long official title line is still the headline ------------------------------------------------


@pytest.mark.parametrize(
    ("title", "lead", "first", "last"),
    [
        (
            "Visit to Japan by the Honourable Owen Pritchard MP, Deputy Prime Minister and Minister for "
            "Defence "
            "of New Zealand, and the Honourable Mere Tane MP, Minister for Foreign Affairs of New Zealand",
            "1. From May 8 to 10, the two Ministers will visit Tokyo, Japan.\n\n2. During their stay, the "
            "Fourth Japan-New Zealand 2+2 will be held on May 9.",
            date(2031, 5, 8),
            date(2031, 5, 10),
        ),
        (
            "Visit to Korea by His Excellency Tomas Vidal, Minister of Foreign Affairs of the Republic of "
            "Chile, "
            "and His Excellency Rodrigo Pena, Minister of National Defence of the Republic of Chile",
            "1. From June 2 to 4, the two Ministers will visit Seoul.\n\n2. During their stay, the "
            "Chile-Korea "
            "Strategic Dialogue will be held on June 3.",
            date(2031, 6, 2),
            date(2031, 6, 4),
        ),
        (
            "Visit to Singapore by Dr. Ana Cortes, Minister for Foreign Affairs of the Republic of Peru, and "
            "Mr. Luis Quispe, Minister of Defence and Minister for Veterans' Affairs of the Republic of Peru",
            "1. From July 14 to 16, the two Ministers will visit Singapore.\n\n2. During their stay, the "
            "Peru-Singapore ministerial consultations will be held on July 15.",
            date(2031, 7, 14),
            date(2031, 7, 16),
        ),
    ],
)
def test_long_title_line_is_the_headline(title: str, lead: str, first: date, last: date) -> None:
    assert 160 < len(title) <= 240
    ev = _main(f"{title}\n\n{lead}", date(2031, 4, 20))
    assert (ev.date, ev.end_date) == (first, last)


# ---- round 17 (events): the lead's weekdays for the headline's "next week"; the journey onward after it ----
# A lead that spells out the headline's "next week" by weekdays keeps them over the dated journey onward a
# later sentence opens with what it follows ("After Xcity, A will travel to Ycity on 12 June", "Following the
# talks, B flies to ..."); the weekdays count when the lead's own meeting noun dates them, whatever noun the
# headline used ("to hold talks next week" over "will hold the session of their Commission next Tuesday and
# Wednesday").

_WED = date(2031, 6, 4)  # a Wednesday


def _week_main(text: str) -> tuple[date | None, date | None, str | None]:
    b = extract(text, today=_WED)
    assert b.main_event is not None
    return b.main_event.date, b.main_event.end_date, b.main_event.place


_WEEK = (
    "{headline}\n\n"
    "Fisheries and green hydrogen top the agenda\n\n"
    "Published: June 04, 2031 09:15\n\n"
    "Norway and Chile will hold the ninth session of their Joint Economic Commission in Oslo next Tuesday "
    "and Wednesday, with fisheries and green hydrogen on the agenda.\n\n"
    "The session will be co-chaired by Foreign Minister Ingrid Solbakk and Chilean Foreign Minister Tomas "
    "Irarrazabal, the ministry said.\n\n"
    "{onward}\n\n"
    "Irarrazabal was last in Norway in 2029."
)
_HEAD = "Chile and Norway to hold economic talks in Oslo next week"


@pytest.mark.parametrize(
    "onward",
    [
        "After Oslo, Irarrazabal will travel to Stockholm on June 12 for talks with the Swedish minister.",
        "Following the commission, Irarrazabal will travel to Helsinki on June 12 to meet Finnish officials.",
        "After the talks, the Chilean minister will head to Copenhagen on June 12 for a business forum.",
        "Following Oslo, Irarrazabal is due to travel to Tallinn on June 12, an official said.",
    ],
)
def test_onward_leg_after_the_week_keeps_the_leads_weekdays(onward: str) -> None:
    text = _WEEK.format(headline=_HEAD, onward=onward)
    assert _week_main(text) == (date(2031, 6, 10), date(2031, 6, 11), "Oslo")


@pytest.mark.parametrize(
    "headline",
    [
        "Chile and Norway to hold economic talks in Oslo next week",
        "Norway to host Chilean minister for economic consultations in Oslo next week",
        "Chile, Norway ministers to meet in Oslo next week",
    ],
)
def test_lead_weekdays_dated_by_its_own_meeting_noun(headline: str) -> None:
    text = _WEEK.format(headline=headline, onward="The ministers are expected to sign a fisheries accord.")
    assert _week_main(text)[:2] == (date(2031, 6, 10), date(2031, 6, 11))


def test_a_later_sentence_that_is_no_journey_still_dates_the_week() -> None:
    # near miss: "After the opening session, ..." that travels nowhere stays the week's meeting's own day
    text = _WEEK.format(
        headline=_HEAD, onward="After the opening session, the ministers will sign an accord on June 12."
    ).replace("next Tuesday and Wednesday", "next week")
    assert _week_main(text)[0] == date(2031, 6, 12)


# ---- round 17 (events): the city a reporting clause closing the main sentence names ----------------------
# "The meeting will be held on Thursday ..., the sources said, speaking at the ministry's weekly briefing in
# Xcity": where the news was given, not where the meeting is (the city the lead travels to is).

_REPORTED = (
    "published: 2031-03-10\n\n"
    "Chilean defence chief to attend trilateral meeting in Lima\n\n"
    "SANTIAGO\n\n"
    "Chile's Defence Minister Paula Errazuriz will travel to the Peruvian capital Lima this week to attend "
    "the fourth Trilateral Meeting of the Defence Ministers of Chile, Peru and Ecuador, ministry sources "
    "said on Monday.\n\n"
    "The meeting will be held on Thursday with the participation of Peruvian Defence Minister Jorge Salas "
    "and Ecuadorian Defence Minister Lucia Cordero, {clause}.\n\n"
    "The ministers are expected to discuss border security and disaster relief."
)


@pytest.mark.parametrize(
    "clause",
    [
        "the sources said, speaking at the ministry's weekly press briefing in Santiago",
        "an official told reporters in Valparaiso",
        "the ministry's spokesman told journalists at a briefing in Santiago",
        "the sources said, speaking to reporters at the ministry in Santiago",
    ],
)
def test_reporting_clause_city_is_no_meeting_place(clause: str) -> None:
    ev = extract(_REPORTED.format(clause=clause), today=date(2031, 3, 10)).main_event
    assert ev is not None
    assert (ev.date, ev.place) == (date(2031, 3, 13), "Lima")


def test_meeting_city_before_the_reporting_clause_stays() -> None:
    # near miss: the main sentence names the meeting's own city before the reporting clause's
    text = _REPORTED.format(clause="the sources said, speaking at the weekly briefing in Santiago").replace(
        "will be held on Thursday", "will be held in Arequipa on Thursday"
    )
    ev = extract(text, today=date(2031, 3, 10)).main_event
    assert ev is not None and ev.place == "Arequipa"


# ---- round 17 (events): a journey to a country for a meeting in its city is one stop ----------------------
# "will fly to Xland on Thursday for a meeting ... in Ycity on Friday": the flight's day, then the meeting's
# (Ycity in Xland), no itinerary over two stops; the meeting's day alone.

_SUN = date(2031, 8, 3)  # a Sunday


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        (
            "Foreign Minister Rangi Tamatea will fly to Samoa on Thursday for a meeting of regional foreign "
            "ministers in Apia on Friday, where fisheries are expected to dominate.",
            date(2031, 8, 8),
        ),
        (
            "Trade Minister Aroha Whitu will travel to Kenya on Monday for talks with her counterpart in "
            "Nairobi on Tuesday.",
            date(2031, 8, 5),
        ),
        (
            "Defence Minister Mere Parata leaves for Peru on August 6 for the regional defence dialogue in "
            "Lima on August 7.",
            date(2031, 8, 7),
        ),
    ],
)
def test_flight_to_a_country_for_a_meeting_in_its_city(lead: str, day: date) -> None:
    ev = extract(f"Minister heads to the Pacific as aid row simmers\n\n{lead}", today=_SUN).main_event
    assert ev is not None
    assert (ev.date, ev.end_date) == (day, None)


def test_two_countries_stay_two_stops() -> None:
    # near miss: a day in one country and the next in another country's city is still a trip over both
    lead = "Foreign Minister Rangi Tamatea will fly to Samoa on Thursday and be in Nuku'alofa on Friday."
    ev = extract(f"Minister heads to the Pacific as aid row simmers\n\n{lead}", today=_SUN).main_event
    assert ev is not None
    assert (ev.date, ev.end_date) == (date(2031, 8, 7), date(2031, 8, 8))


# ---- round 17 (events): the journey's day before the meeting it is made for ------------------------------
# "will leave for Xcity today (Monday) to co-chair the X Dialogue ... The dialogue will be held on Tuesday":
# the weekday restating "today" is the journey's, and a purpose "to (co-)chair"/"to take part in" names the
# meeting the next sentence dates; "will visit Xland from June 30 to attend a meeting ... next Wednesday": an
# open-ended visit's first day is the journey's, the purpose clause dates the meeting.

_MON = date(2031, 7, 14)  # a Monday


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        (
            "Minister Tariq Hameed will leave for Hanoi today (Monday) to co-chair the fifth round of the "
            "Xland-Vietnam Strategic Dialogue, the ministry said.\n\nThe dialogue will be held in Hanoi on "
            "Tuesday.",
            date(2031, 7, 15),
        ),
        (
            "Minister Tariq Hameed will leave for Hanoi today (Monday) to take part in the fifth round of "
            "the Strategic Dialogue, the ministry said.\n\nThe dialogue will be held in Hanoi on Tuesday.",
            date(2031, 7, 15),
        ),
        (
            "Minister Tariq Hameed will depart for Hanoi tomorrow (Tuesday) to co-chair the fifth round "
            "of the Strategic Dialogue, the ministry said.\n\nThe dialogue will be held in Hanoi on "
            "Wednesday.",
            date(2031, 7, 16),
        ),
        (
            "Minister Tariq Hameed will travel to Hanoi on Monday to co-chair the fifth round of the "
            "Strategic Dialogue, the ministry said.\n\nThe dialogue will be held in Hanoi on Tuesday.",
            date(2031, 7, 15),
        ),
    ],
)
def test_journey_day_before_the_meeting_it_is_made_for(lead: str, day: date) -> None:
    ev = extract(f"Minister to co-chair dialogue in Hanoi tomorrow\n\n{lead}", today=_MON).main_event
    assert ev is not None
    assert (ev.date, ev.place) == (day, "Hanoi")


def test_journey_day_with_no_later_meeting_day_stays() -> None:
    # near miss: a journey "to co-chair" the dialogue with no later day given keeps the journey's day
    lead = (
        "Minister Tariq Hameed will leave for Hanoi today (Monday) to co-chair the fifth round of the "
        "Strategic Dialogue, the ministry said.\n\nThe ministers will discuss trade."
    )
    ev = extract(f"Minister to co-chair dialogue in Hanoi\n\n{lead}", today=_MON).main_event
    assert ev is not None and ev.date == date(2031, 7, 14)


@pytest.mark.parametrize(
    "verb",
    [
        "attend a meeting of trade ministers from the southern bloc",
        "join a meeting of the bloc's trade ministers",
        "take part in a meeting of farm ministers from the region",
    ],
)
def test_open_visit_first_day_is_the_journey(verb: str) -> None:
    text = (
        "Minister to attend trade ministerial in Brazil next week\n\n"
        f"OSLO, July 14 - Trade Minister Sigrid Holm will visit Brazil from July 21 to {verb} next "
        "Wednesday, the government said Monday."
    )
    ev = extract(text, today=_MON).main_event
    assert ev is not None and ev.date == date(2031, 7, 23)


def test_open_visit_with_no_later_meeting_day_keeps_its_first_day() -> None:
    # near miss: a visit "from July 21" whose purpose gives no later day stays dated by its first day
    text = (
        "Minister to visit Brazil next week\n\n"
        "OSLO, July 14 - Trade Minister Sigrid Holm will visit Brazil from July 21 to attend a meeting of "
        "trade ministers, the government said Monday."
    )
    ev = extract(text, today=_MON).main_event
    assert ev is not None and ev.date == date(2031, 7, 21)


# ---- round 17 (events): a hotel named by its capital's name ----------------------------------------------
# "at the Xcity Hotel on 18 and 19 November", Xcity the capital of a country the text names: that capital is
# the place (a hotel named after a smaller namesake town, a resort chain's, is no clue).


@pytest.mark.parametrize(
    ("host", "hotel", "place"),
    [
        ("Kenya", "the Nairobi Hotel", "Nairobi"),
        ("Peru", "the Lima Hotel", "Lima"),
        ("Thailand", "the Bangkok Hotel", "Bangkok"),
    ],
)
def test_capitals_hotel_places_the_meeting(host: str, hotel: str, place: str) -> None:
    text = (
        "PRESS RELEASE\n\n"
        f"{host} to host regional defence ministers\n\n"
        f"As chair for 2031, {host} will host the ninth Regional Defence Ministers' Meeting at {hotel} on "
        "November 18 and 19, bringing together the defence ministers of twelve states.\n\n"
        "The ministers are expected to adopt a declaration on maritime security."
    )
    ev = extract(text, today=date(2031, 11, 10)).main_event
    assert ev is not None
    assert (ev.date, ev.place) == (date(2031, 11, 18), place)


def test_resort_hotel_named_after_a_town_places_nothing() -> None:
    # near miss: a hotel named after a town that is no capital ("the Shangri-La" kind) gives no place
    text = (
        "PRESS RELEASE\n\n"
        "Regional defence ministers to meet\n\n"
        "The ninth Regional Defence Ministers' Meeting will be held at the Sorrento Hotel on November 18 and "
        "19, with Italy and Peru attending.\n\n"
        "The ministers are expected to adopt a declaration on maritime security."
    )
    ev = extract(text, today=date(2031, 11, 10)).main_event
    assert ev is not None and ev.place is None
