"""Round 22 (d34events): the main meeting's own day and city when a trip, a travel day or another meeting
of the visit sits beside it (a gathering's days set after its name, a summit still being arranged in a
city, a meeting's day after its city, a purpose meeting dated in the next sentence, a bracketed short
name)."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Event

_REF = date(2031, 9, 2)


def _main(text: str) -> Event:
    """The main event of a short release written on _REF."""
    ev = extract(text, source="t", published=None, today=_REF).main_event
    assert ev is not None
    return ev


# --- a gathering's days set beside its name: the gathering's city, though other stops come first ---


@pytest.mark.parametrize(
    ("text", "place", "first", "last"),
    [
        (
            "Minister Oduya to Address Lakeside Security Forum, Visit Uganda and Rwanda En Route\n\n"
            "Defence Minister Peter Oduya will travel to Addis Ababa to deliver the opening address at the "
            "Lakeside Security Forum, October 14–16, following stops in Kampala and Kigali.\n",
            "Addis Ababa",
            date(2031, 10, 14),
            date(2031, 10, 16),
        ),
        (
            "Secretary Lindqvist to Speak at Northern Shelf Dialogue, Visit Iceland and Denmark First\n\n"
            "Secretary of State Maja Lindqvist will travel to Oslo to speak at the Northern Shelf Dialogue, "
            "September 23–25, following stops in Reykjavik and Copenhagen.\n",
            "Oslo",
            date(2031, 9, 23),
            date(2031, 9, 25),
        ),
        (
            "Trade Minister to Attend Andean Ports Summit, Visit Ecuador and Colombia\n\n"
            "Trade Minister Rosa Quispe Mamani will travel to Lima to attend the Andean Ports Summit, "
            "November 20–21, following stops in Quito and Bogota.\n",
            "Lima",
            date(2031, 11, 20),
            date(2031, 11, 21),
        ),
        (
            "Secretary to Speak at Fundy Security Forum, Visit Iceland and Norway En Route\n\n"
            "Secretary of Defense Ana Kovacs will travel to Halifax to speak at the Fundy Security Forum "
            "(November 20–22), following stops in Reykjavik and Oslo.\n",
            "Halifax",
            date(2031, 11, 20),
            date(2031, 11, 22),
        ),
        (
            "Secretary to Speak at Fundy Security Forum, Visit Iceland and Norway En Route\n\n"
            "Secretary of Defense Ana Kovacs will travel to Halifax to speak at the Fundy Security Forum "
            "from November 20 to 22, following stops in Reykjavik and Oslo.\n",
            "Halifax",
            date(2031, 11, 20),
            date(2031, 11, 22),
        ),
    ],
)
def test_gathering_days_after_its_name_keep_its_city(text: str, place: str, first: date, last: date) -> None:
    ev = _main(text)
    assert (ev.date, ev.end_date, ev.place) == (first, last, place)


def test_trip_with_days_but_no_gathering_name_has_no_single_city() -> None:
    ev = _main(
        "Minister Oduya to Visit Three Capitals\n\n"
        "Defence Minister Peter Oduya will travel to Hanoi, Bangkok and Vientiane, October 14–18, "
        "for talks on maritime security.\n"
    )
    assert ev.place is None


# --- a summit still being arranged "in" a city, dated in the next sentence: that city, not the dateline's ---


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "NAIROBI, Sept 2 (KNA) - Kenya, Uganda and Tanzania are arranging to hold a trilateral summit in "
            "Arusha later this month, officials said on Tuesday.\n\n"
            "President Amani Wekesa and his two counterparts are expected to meet on September 24, "
            "the officials "
            "said.\n",
            "Arusha",
        ),
        (
            "HANOI, Sept 2 (VNA) - Vietnam and Laos plan to hold border talks in Vientiane later this month, "
            "the foreign ministry said.\n\n"
            "Deputy Foreign Minister Tran Quoc Hai and his counterpart Bounmy Sisavath are expected "
            "to meet on "
            "September 18.\n",
            "Vientiane",
        ),
        (
            "LIMA, Sept 2 (Andina) - Peru and Chile have agreed to hold a ministerial meeting in "
            "Santiago later "
            "this month, the ministry said.\n\n"
            "Foreign Minister Elena Ccori and Chilean Foreign Minister Tomas Vergara Rios are due to meet on "
            "September 16.\n",
            "Santiago",
        ),
    ],
)
def test_summit_arranged_in_a_city_keeps_that_city(text: str, place: str) -> None:
    assert _main(text).place == place


def test_talks_arranged_without_a_city_keep_the_dateline() -> None:
    ev = _main(
        "NAIROBI, Sept 2 (KNA) - Kenya and Uganda are arranging to hold border talks later this month, "
        "officials said on Tuesday.\n\n"
        "Foreign Minister Amani Wekesa and his counterpart are expected to meet on September 24.\n"
    )
    assert ev.place == "Nairobi"


# --- "travel to A from Sunday, and attend the X Meeting in B on Wednesday": the meeting's day and city ---


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        (
            "Minister to attend Coral Sea Fisheries Meeting in Honiara\n\n"
            "Fisheries Minister Aroha Kereama will travel to Vanuatu and Solomon Islands from "
            "Wednesday, and will "
            "attend the Coral Sea Fisheries Meeting in Honiara on Friday.\n",
            date(2031, 9, 5),
            "Honiara",
        ),
        (
            "Trade Minister to attend Mekong Trade Ministers Meeting in Phnom Penh\n\n"
            "Trade Minister Somchai Rattanakorn will travel to Laos and Cambodia from Thursday, and "
            "will attend "
            "the Mekong Trade Ministers Meeting in Phnom Penh on Saturday.\n",
            date(2031, 9, 6),
            "Phnom Penh",
        ),
        (
            "Foreign Minister to attend Baltic Council Session in Riga\n\n"
            "Foreign Minister Ingrid Aaltonen will travel to Estonia and Latvia from Wednesday, and "
            "will attend "
            "the Baltic Council Session in Riga on Saturday.\n",
            date(2031, 9, 6),
            "Riga",
        ),
    ],
)
def test_meeting_day_after_its_city_beats_the_travel_day(text: str, day: date, place: str) -> None:
    ev = _main(text)
    assert (ev.date, ev.end_date, ev.place) == (day, None, place)


def test_day_after_a_city_of_a_visit_is_no_meeting_day() -> None:
    ev = _main(
        "Foreign Minister to visit Latvia\n\n"
        "Foreign Minister Ingrid Aaltonen will hold talks with her counterpart on Monday, and will arrive "
        "in Riga on Wednesday.\n"
    )
    assert ev.date == date(2031, 9, 8)


# --- a visit's days made "to participate in" a meeting dated in the next sentence: the meeting's day ---


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Participation of Minister in the Gulf Ports Ministers' Meeting, Muscat\n\n"
            "Minister of Shipping Dr. Arjun Velayudhan will visit Muscat from 14-16 September 2031 to "
            "participate in the Gulf Ports Ministers' Meeting. The meeting, to be hosted by the Minister of "
            "Transport of Oman H.E. Mr. Salim Al-Harthy on 15 September 2031, will also be attended by "
            "ministers of five other states.\n\n"
            "On 16 September, the Minister will co-chair the 4th India-Oman Joint Shipping Dialogue.\n",
            date(2031, 9, 15),
        ),
        (
            "Visit of Minister to Nairobi for the Rift Energy Conference\n\n"
            "Energy Minister Grace Akinyi Ochieng will visit Nairobi from 21 to 23 September to attend the "
            "Rift Energy Conference. The conference, to be chaired by Kenya's energy minister on 22 "
            "September, "
            "will gather ministers from eight states.\n\n"
            "On 23 September, the Minister will hold the annual Energy Dialogue with her Kenyan "
            "counterpart.\n",
            date(2031, 9, 22),
        ),
        (
            "Minister to take part in the Danube Transport Summit, Vienna\n\n"
            "Transport Minister Milan Hruska will visit Vienna from 8-10 October to take part in the Danube "
            "Transport Summit. The summit, to be hosted by Austria's minister of transport on 9 "
            "October, will "
            "be opened by the Austrian Chancellor.\n\n"
            "On 10 October, the Minister will hold the bilateral Transport Dialogue with his Austrian "
            "counterpart.\n",
            date(2031, 10, 9),
        ),
    ],
)
def test_purpose_meeting_dated_in_the_next_sentence(text: str, day: date) -> None:
    ev = _main(text)
    assert (ev.date, ev.end_date) == (day, None)


def test_visit_days_without_a_purpose_meeting_stay_whole() -> None:
    ev = _main(
        "Visit of Minister to Muscat\n\n"
        "Minister of Shipping Dr. Arjun Velayudhan will visit Muscat from 14-16 September 2031. The visit, "
        "to be hosted by the Minister of Transport of Oman H.E. Mr. Salim Al-Harthy, will cover ports.\n"
    )
    assert (ev.date, ev.end_date) == (date(2031, 9, 14), date(2031, 9, 16))


# --- "for the X Consultations (XYMIN) ... XYMIN will be held in Y on Monday": the short name's day ---


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        (
            "Joint media release\n\nNZKOR 2031\n\n2 September 2031\n\n"
            "The Foreign Minister, Aroha Kereama, will travel to Korea this week for the New Zealand-Korea "
            "Ministerial Consultations (NZKOR).\n\n"
            "NZKOR will be held in Busan on Monday 8 September, hosted by Korea's Foreign Minister.\n\n"
            "In Seoul on Saturday 6 September, Ms Kereama will meet business leaders to discuss trade.\n",
            date(2031, 9, 8),
            "Busan",
        ),
        (
            "Joint media release\n\nCANMIN 2031\n\n2 September 2031\n\n"
            "The Defence Minister, Harriet Pellow, will travel to Canada next week for the Australia-Canada "
            "Ministerial Dialogue (CANMIN).\n\n"
            "CANMIN will take place in Halifax on Friday 12 September.\n\n"
            "In Ottawa on Wednesday 10 September, Ms Pellow will meet the Chief of the Defence Staff "
            "to discuss "
            "Arctic cooperation.\n",
            date(2031, 9, 12),
            "Halifax",
        ),
        (
            "Media release\n\nJAPMIN 2031\n\n2 September 2031\n\n"
            "The Trade Minister, Callum Rhys, will travel to Japan this month for the UK-Japan Economic "
            "Consultations (JAPMIN).\n\n"
            "JAPMIN is scheduled for Thursday 18 September in Osaka, with the Japanese economy minister.\n\n"
            "In Tokyo on Tuesday 16 September, Mr Rhys will meet carmakers to discuss investment.\n",
            date(2031, 9, 18),
            "Osaka",
        ),
    ],
)
def test_short_name_of_the_lead_meeting_dates_it(text: str, day: date, place: str) -> None:
    ev = _main(text)
    assert (ev.date, ev.place) == (day, place)


def test_short_name_that_is_not_the_lead_meeting_dates_nothing() -> None:
    ev = _main(
        "Media release\n\n2 September 2031\n\n"
        "The Trade Minister, Callum Rhys, will travel to Japan this month.\n\n"
        "JAPMIN is scheduled for Thursday 18 September in Osaka.\n\n"
        "In Tokyo on Tuesday 16 September, Mr Rhys will meet carmakers for talks on investment.\n"
    )
    assert ev.date == date(2031, 9, 16)


# --- "September 2, 2031 - City - Issuer" under the headline: the release's date line, no meeting's day ---


def _advisory(line: str, host: str, guest: str, city: str) -> str:
    """A media advisory under a "date - city - issuer" line, its meeting on Thursday 4 September."""
    return (
        f"Media advisory\n\n{line}\n\nThe Honourable {host}, will host {guest}, in {city}, on Thursday. "
        "The two ministers will hold bilateral talks.\n\nDiscussions will focus on critical minerals.\n"
    )


@pytest.mark.parametrize(
    "text",
    [
        _advisory(
            "September 2, 2031 – Ottawa – Global Affairs Canada",
            "Rohan Desrosiers, Minister of Foreign Affairs",
            "the Foreign Minister of the Republic of Chile, Tomas Vergara Rios",
            "Montreal, Quebec",
        ),
        _advisory(
            "2 September 2031 - Wellington - Ministry of Foreign Affairs and Trade",
            "Aroha Kereama, Minister of Foreign Affairs",
            "the Foreign Minister of the Republic of Fiji, Salote Vunibola",
            "Auckland",
        ),
        _advisory(
            "September 2, 2031 - Ottawa - Natural Resources Canada",
            "Marc Lefebvre, Minister of Natural Resources",
            "the Minister of Mines of the Republic of Peru, Elena Ccori",
            "Sudbury, Ontario",
        ),
    ],
)
def test_date_city_issuer_line_is_the_release_date(text: str) -> None:
    assert _main(text).date == date(2031, 9, 4)


def test_date_city_lead_sentence_keeps_its_own_meeting_day() -> None:
    ev = _main(
        "Minister to host Ghana's Defence Minister\n\n"
        "September 2, 2031 - Ottawa - Minister Claire Beaulac will host Ghana's Defence Minister today.\n"
    )
    assert ev.date == date(2031, 9, 2)


# --- where a visit was announced ("the announcement was made ... at the press conference in X") ---


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Announcement on the official visit to Malaysia by Prime Minister Thongchai Wisetkul\n\n"
            "Bangkok, 2 September 2031\n\n"
            "Prime Minister Thongchai Wisetkul will pay an official visit to Malaysia from 10 to 11 "
            "September 2031.\n\n"
            "The announcement was made by spokesperson Naree Srisuk at the weekly press conference in "
            "Bangkok on the afternoon of 2 September.\n\n"
            'Asked about the visit, the spokesperson said: "The visit comes at an important time."\n\n'
            "During the visit, the Prime Minister will hold talks with his counterpart in Kuala Lumpur.\n",
            "Kuala Lumpur",
        ),
        (
            "Announcement on the state visit to Indonesia by President Nguyen Van Toan\n\n"
            "Ha Noi, 2 September 2031\n\n"
            "President Nguyen Van Toan will pay a state visit to Indonesia from 15 to 17 September 2031.\n\n"
            "The visit was announced by spokesperson Pham Thu Ha at the regular press conference in Ha Noi "
            "on 2 September.\n\n"
            'Answering a question, the spokesperson said: "The two countries are close partners."\n\n'
            "During his visit, the President will hold talks with the Indonesian President in Jakarta.\n",
            "Jakarta",
        ),
        (
            "Announcement on the official visit to Cambodia by Prime Minister Somsak Vongsavanh\n\n"
            "Vientiane, 2 September 2031\n\n"
            "Prime Minister Somsak Vongsavanh will pay an official visit to Cambodia from 20 to 21 September "
            "2031.\n\n"
            "The announcement was made at the regular news briefing in Vientiane on 2 September.\n\n"
            'The spokesperson said: "The visit will deepen our friendship."\n\n'
            "During the visit, the Prime Minister will hold talks with his Cambodian counterpart in Phnom "
            "Penh.\n",
            "Phnom Penh",
        ),
    ],
)
def test_announcing_city_is_not_the_visit_city(text: str, place: str) -> None:
    assert _main(text).place == place


def test_visit_programme_far_down_without_during_is_not_the_visit_city() -> None:
    ev = _main(
        "Announcement on the official visit to Malaysia by Prime Minister Thongchai Wisetkul\n\n"
        "Prime Minister Thongchai Wisetkul will pay an official visit to Malaysia from 10 to 11 September "
        "2031.\n\n"
        "The spokesperson said the visit mattered.\n\n"
        "She added that trade was growing.\n\n"
        "The Prime Minister earlier held talks with business leaders in Kuala Lumpur.\n"
    )
    assert ev.place is None


# --- "travel to A and B today (2 September) and tomorrow": the trip's two days ---


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister travels to Jordan and Egypt\n\n"
        "Foreign Minister Lena Hartwig will travel to Jordan and Egypt today (2 September) and tomorrow. "
        "In Amman she will hold talks with the Foreign Minister.\n",
        "Minister travels to the Baltic states\n\n"
        "Defence Minister Jonas Kallberg will travel to Estonia and Latvia today (2 September) and tomorrow "
        "to meet his counterparts.\n",
        "State Secretary visits Austria\n\n"
        "State Secretary Petra Vogl will visit Vienna today (Tuesday, 2 September) and tomorrow for talks "
        "on energy security.\n",
    ],
)
def test_today_restated_and_tomorrow_spans_two_days(text: str) -> None:
    ev = _main(text)
    assert (ev.date, ev.end_date) == (date(2031, 9, 2), date(2031, 9, 3))


def test_today_restated_then_a_later_day_is_no_span() -> None:
    ev = _main(
        "Minister visits Austria\n\n"
        "State Secretary Petra Vogl will visit Vienna today (2 September) and Graz on Friday for talks.\n"
    )
    assert ev.end_date != date(2031, 9, 3)
