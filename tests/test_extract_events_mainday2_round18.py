"""Main-event day rules, round 18 (second pass): a closing attribution ("..., officials said") lends its
past tense to no day of the clause before it, so "The meeting is set for Thursday, officials said" is the
coming Thursday and a yearless date stays in the coming year; a meeting given a day of its own in another
city ("He is due in Warsaw on Friday for talks with B, an official said") is no restatement of the main
event held elsewhere."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.extract.dates import find_dates
from briefings.models import Event


def _main(text: str, today: date) -> Event:
    ev = extract(text, today=today).main_event
    assert ev is not None
    return ev


def _days(text: str, today: date) -> list[tuple[date, date | None]]:
    return [(d.date, d.end_date) for d in find_dates(text, 0, len(text), today)]


# ---- a closing attribution does not make the clause's day past --------------------------------------


@pytest.mark.parametrize(
    ("sentence", "today", "days"),
    [
        (  # corpus wording (wire preview)
            "He is due in Manila on Friday and in Japan on Saturday and Sunday, the Pentagon said.",
            date(2025, 3, 24),
            [(date(2025, 3, 28), None), (date(2025, 3, 29), date(2025, 3, 30))],
        ),
        (  # wire: weekday
            "The meeting is set for Thursday, officials said.",
            date(2031, 5, 5),
            [(date(2031, 5, 8), None)],
        ),
        (  # wire: a yearless date stays in the coming year
            "Ministers are due to sign the accord in Quito on October 14, the foreign ministry said.",
            date(2031, 10, 2),
            [(date(2031, 10, 14), None)],
        ),
        (  # wire: anonymous source with a long attribution
            "The summit opens in Lisbon on 20 November, a senior diplomat said on condition of anonymity.",
            date(2031, 11, 3),
            [(date(2031, 11, 20), None)],
        ),
        (  # release: "said in a statement"
            "The talks open in Rabat on Monday, the presidency said in a statement.",
            date(2031, 5, 7),
            [(date(2031, 5, 12), None)],
        ),
        (  # wire: a day for the statement too, the clause's day is still to come
            "Foreign ministers gather in Vilnius on 3 June, diplomats said.",
            date(2031, 5, 28),
            [(date(2031, 6, 3), None)],
        ),
    ],
)
def test_closing_attribution_keeps_the_clause_future(
    sentence: str, today: date, days: list[tuple[date, date | None]]
) -> None:
    assert _days(sentence, today) == days


@pytest.mark.parametrize(
    ("sentence", "today", "days"),
    [
        ("The meeting was held on Thursday, officials said.", date(2031, 5, 5), [(date(2031, 5, 1), None)]),
        (
            "The ministers met in Hanoi on March 10, a spokesperson said.",
            date(2031, 3, 2),
            [(date(2030, 3, 10), None)],
        ),
        (  # the past is in the clause itself, the attribution changes nothing
            "The two leaders signed the accord in Accra on 12 August, the presidency said.",
            date(2031, 8, 1),
            [(date(2030, 8, 12), None)],
        ),
    ],
)
def test_past_clause_before_an_attribution_stays_past(
    sentence: str, today: date, days: list[tuple[date, date | None]]
) -> None:
    assert _days(sentence, today) == days


def test_attributed_preview_dates_the_trip_not_last_week() -> None:
    text = (
        "Minister to visit Peru and Chile\n\n"
        "SANTIAGO (AP) — Spain's Defence Minister Clara Ibarz will travel to Peru and Chile this week.\n\n"
        "She is due in Lima on Thursday for talks with Defence Minister Walter Astudillo, the ministry said."
    )
    ev = _main(text, date(2031, 5, 5))
    assert ev.date is not None and ev.date >= date(2031, 5, 5)


@pytest.mark.parametrize(
    ("text", "today", "pair", "day"),
    [
        (  # corpus-like wording
            "EU ministers to meet in Brussels\n\nBRUSSELS, Feb 9 (Reuters) - EU foreign ministers will "
            "gather in Brussels on Thursday and Friday to discuss sanctions, officials said on Monday.\n\n"
            "France's Foreign Minister Anne Roussel will attend only the first day. She is due in "
            "Vienna on Friday for talks with Austria's Foreign Minister Karl Huber, a French official said.",
            date(2031, 2, 10),
            ["Anne Roussel", "Karl Huber"],
            date(2031, 2, 14),
        ),
        (
            "G20 finance ministers meet in Cape Town\n\nCAPE TOWN, Feb 23 (Reuters) - G20 finance ministers "
            "will meet in Cape Town on Wednesday and Thursday, officials said.\n\nJapan's Finance Minister "
            "Taro Kimura will leave after the first day. He is due in Nairobi on Thursday for talks with "
            "Kenya's Treasury Secretary John Mbadi, a Japanese official said.",
            date(2031, 2, 24),
            ["Taro Kimura", "John Mbadi"],
            date(2031, 2, 27),
        ),
    ],
)
def test_attributed_day_in_another_city_is_a_side_meeting(
    text: str, today: date, pair: list[str], day: date
) -> None:
    b = extract(text, today=today)
    sides = [(e.participants, e.date) for e in b.events if e.kind == "bilateral"]
    assert (pair, day) in sides


# ---- "from Friday (May 30) to Sunday (Jun 1)": one range ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "today", "days"),
    [
        (  # corpus wording
            "Defence ministers will gather in Singapore from Friday (May 30) to Sunday (Jun 1) for the "
            "22nd Shangri-La Dialogue.",
            date(2025, 5, 29),
            [(date(2025, 5, 30), date(2025, 6, 1))],
        ),
        (
            "Leaders will meet in Kuala Lumpur from Sunday (Oct 26) to Tuesday (Oct 28) for the summit.",
            date(2031, 10, 20),
            [(date(2031, 10, 26), date(2031, 10, 28))],
        ),
        (
            "The forum runs between Monday (3 March) and Wednesday (5 March) in Jakarta.",
            date(2031, 2, 20),
            [(date(2031, 3, 3), date(2031, 3, 5))],
        ),
        (
            "The Pacific Islands Forum leaders meet in Honiara from Tuesday (Sept 8) until Friday (Sept 11).",
            date(2031, 9, 1),
            [(date(2031, 9, 8), date(2031, 9, 11))],
        ),
    ],
)
def test_weekday_dated_range_is_one_span(
    sentence: str, today: date, days: list[tuple[date, date | None]]
) -> None:
    assert _days(sentence, today) == days


@pytest.mark.parametrize(
    ("sentence", "today", "days"),
    [
        (
            "Ministers will meet from Wednesday (Nov 12), and leaders on Friday (Nov 14).",
            date(2031, 11, 1),
            [(date(2031, 11, 12), None), (date(2031, 11, 14), None)],
        ),
        (
            "The ministers, who met on Monday (Sept 1) and Thursday (Sept 4), agreed to meet again.",
            date(2031, 9, 10),
            [(date(2031, 9, 1), None), (date(2031, 9, 4), None)],
        ),
    ],
)
def test_two_separate_days_stay_apart(
    sentence: str, today: date, days: list[tuple[date, date | None]]
) -> None:
    assert _days(sentence, today) == days


def test_gathering_from_weekday_date_to_weekday_date_ends_on_the_last() -> None:
    text = (
        "Leaders gather for the Pacific Islands Forum\n\n"
        "HONIARA: Leaders from across the Pacific will gather in Honiara from Tuesday (Sept 8) to Thursday "
        "(Sept 10) for the Pacific Islands Forum Leaders Meeting, officials said."
    )
    ev = _main(text, date(2031, 9, 2))
    assert (ev.date, ev.end_date) == (date(2031, 9, 8), date(2031, 9, 10))


# ---- the day of arrival ("X Arrives Monday for Talks") gives way to the meeting's day -----------------


@pytest.mark.parametrize(
    ("text", "today", "day"),
    [
        (  # corpus wording
            "Hegseth Arrives Monday for Annual Security Talks in Seoul\n\n"
            "U.S. Secretary of War Pete Hegseth arrives in South Korea on Monday ahead of the allies' annual "
            "Security Consultative Meeting with Defense Minister Ahn Gyu-back in Seoul on Tuesday.",
            date(2025, 11, 2),
            date(2025, 11, 4),
        ),
        (
            "Lammy Arrives Tuesday for Strategic Dialogue in Delhi\n\n"
            "British Foreign Secretary Tom Ellery arrives in India on Tuesday ahead of the annual "
            "Strategic Dialogue with External Affairs Minister Rohan Mehra in New Delhi on Wednesday.",
            date(2031, 3, 2),
            date(2031, 3, 5),
        ),
        (
            "Minister lands in Canberra for AUSMIN talks\n\n"
            "New Zealand's Foreign Minister Grace Whaanga lands in Canberra on Sunday for the annual "
            "consultations. The consultations with Foreign Minister Helen Marchetti in Canberra on Monday "
            "will cover Pacific security.",
            date(2031, 8, 1),
            date(2031, 8, 4),
        ),
        (
            "Vice Minister Arrives Thursday for Strategic Talks in Manila\n\n"
            "Japan's Vice Foreign Minister Kenji Arata arriving in Manila on Thursday ahead of the Strategic "
            "Dialogue with Undersecretary Maria Reyes on Friday.",
            date(2031, 6, 2),
            date(2031, 6, 6),
        ),
    ],
)
def test_arrival_day_gives_way_to_the_meetings_day(text: str, today: date, day: date) -> None:
    assert _main(text, today).date == day


def test_arrival_day_with_the_meeting_the_same_day_stays() -> None:
    text = (
        "Minister Arrives Monday for Talks in Jakarta\n\n"
        "Australia's Foreign Minister Helen Marchetti arrives in Jakarta on Monday for talks with "
        "Indonesia's Foreign Minister Sugiono the same day. The two will also attend a business forum "
        "on Wednesday."
    )
    assert _main(text, date(2031, 5, 1)).date == date(2031, 5, 5)


# ---- "X today (Tuesday 11 March) hosted Y": the report's day, over a later side meeting's day -------


_LATER = (
    " In the afternoon, the two delegations' chiefs of staff will hold separate military-to-military talks "
    "at a regional headquarters on Wednesday."
)


@pytest.mark.parametrize(
    ("lead", "today", "day"),
    [
        (  # corpus wording
            "Defence Secretary John Healey today (Tuesday 11 March) hosted Poland's Deputy Prime Minister, "
            "Władysław Kosiniak-Kamysz, in London for talks on support to Ukraine.",
            date(2025, 3, 11),
            date(2025, 3, 11),
        ),
        (
            "Foreign Minister Anna Lindqvist today (Monday 6 October) welcomed Chile's Foreign Minister "
            "Rafael Soto to Stockholm for talks on Antarctic research.",
            date(2031, 10, 6),
            date(2031, 10, 6),
        ),
        (
            "The Defence Minister yesterday (Thursday 3 April) met her Estonian counterpart Kaarel Tamm "
            "in Vilnius for talks on air policing.",
            date(2031, 4, 4),
            date(2031, 4, 3),
        ),
        (
            "Minister Kofi Mensah today (Friday, 14 November) held talks with Togo's Foreign Minister "
            "Ama Kodjo in Accra on the coastal corridor.",
            date(2031, 11, 14),
            date(2031, 11, 14),
        ),
    ],
)
def test_today_restated_by_a_full_date_is_the_reported_meeting(lead: str, today: date, day: date) -> None:
    text = (
        "Press release\n\nMinisters step up defence cooperation\n\nThe minister welcomes a counterpart for "
        "talks on air defence.\n\nFrom: Ministry of Defence\nPublished today\n\n" + lead + "\n\n"
        "The two ministers discussed air defence. They agreed to task officials with a new treaty.\n\n"
        + _LATER
    )
    assert _main(text, today).date == day


def test_journey_today_restated_is_not_the_reported_meeting() -> None:
    text = (
        "Foreign Secretary to attend the G7 meeting in Capri\n\n"
        "- Foreign Secretary attends G7 Foreign Ministers' Meeting in Capri from 17 to 19 April\n\n"
        "The Foreign Secretary will travel to Capri today (Wednesday 17 April) for a meeting of G7 Foreign "
        "Ministers, hosted by Italy's Foreign Minister."
    )
    ev = _main(text, date(2031, 4, 17))
    assert (ev.date, ev.end_date) == (date(2031, 4, 17), date(2031, 4, 19))


# ---- "today concluded the two-day session ... held on 9 and 10 June": the whole span ----------------


@pytest.mark.parametrize(
    ("text", "today", "days"),
    [
        (  # corpus wording
            "KENYA AND ETHIOPIA CONCLUDE JOINT MINISTERIAL COMMISSION\n\nNairobi, Tuesday 10 June 2025\n\n"
            "Kenya and Ethiopia today concluded the two-day session of the Kenya–Ethiopia Joint Ministerial "
            "Commission (JMC) in Nairobi.\n\nThe Commission, held on 9 and 10 June at the Ministry's "
            "headquarters, was co-chaired by Hon. Musalia Mudavadi and H.E. Dr Gedion Timothewos.",
            date(2025, 6, 10),
            (date(2025, 6, 9), date(2025, 6, 10)),
        ),
        (
            "GHANA AND TOGO CLOSE JOINT COMMISSION\n\nAccra, Friday 14 November 2031\n\n"
            "Ghana and Togo today closed the three-day session of the Ghana-Togo Joint Commission for "
            "Cooperation in Accra.\n\nThe session, held from 12 to 14 November at the Foreign Ministry, was "
            "co-chaired by Foreign Minister Kofi Mensah and Foreign Minister Ama Kodjo.",
            date(2031, 11, 14),
            (date(2031, 11, 12), date(2031, 11, 14)),
        ),
        (
            "Vietnam, Laos wrap up intergovernmental committee meeting\n\nVientiane, March 6, 2031\n\n"
            "Vietnam and Laos today wrapped up the 45th meeting of the Vietnam-Laos Intergovernmental "
            "Committee in Vientiane.\n\nThe meeting, held on March 5 and 6, was co-chaired by Deputy Prime "
            "Minister Tran Van Son and Deputy Prime Minister Saleumxay Phommavong.",
            date(2031, 3, 6),
            (date(2031, 3, 5), date(2031, 3, 6)),
        ),
        (
            "Malaysia and Thailand conclude annual consultation\n\nPutrajaya, 22 July 2031\n\n"
            "Malaysia and Thailand concluded the 7th Annual Consultation in Putrajaya today.\n\n"
            "The Consultation, which took place on 21 and 22 July, was led by Prime Minister Anwar Ibrahim "
            "and Prime Minister Somchai Wongsawat.",
            date(2031, 7, 22),
            (date(2031, 7, 21), date(2031, 7, 22)),
        ),
    ],
)
def test_concluded_gathering_takes_its_whole_span(
    text: str, today: date, days: tuple[date, date | None]
) -> None:
    ev = _main(text, today)
    assert (ev.date, ev.end_date) == days


def test_concluded_one_day_talks_beside_a_stay_keep_their_day() -> None:
    text = (
        "Minister concludes talks in Lima\n\nLima, 10 June 2031\n\n"
        "Foreign Minister Ana Ruiz today concluded talks with Peru's Foreign Minister Walter Astudillo "
        "in Lima.\n\nRuiz visited Peru from 9 to 10 June, her first trip to the region."
    )
    ev = _main(text, date(2031, 6, 10))
    assert (ev.date, ev.end_date) == (date(2031, 6, 10), None)


# ---- a wire lead's weekday that is the day of writing: the meeting the report is about ----------------


_LATER_SUMMIT = (
    "\n\nThe president is expected to travel to {city} for the summit on {day}, where the foreign minister "
    "will co-chair the ministerial meeting."
)


@pytest.mark.parametrize(
    ("lead", "today", "later", "day", "place"),
    [
        (  # corpus wording
            "BRASILIA, April 28 (Reuters) - China's special representative for Latin American affairs, Qiu "
            "Xiaoqi, met Brazilian Foreign Minister Mauro Vieira in Brasilia on Monday to prepare next "
            "month's China-CELAC ministerial forum in Beijing.",
            date(2025, 4, 28),
            ("Beijing", "May 13"),
            date(2025, 4, 28),
            "Brasilia",
        ),
        (
            "NAIROBI, Oct 7 (Reuters) - India's special envoy for Africa, Rajan Mehta, met Kenyan Foreign "
            "Minister Musalia Mudavadi in Nairobi on Tuesday to prepare next month's India-Africa Forum "
            "Summit in New Delhi.",
            date(2031, 10, 7),
            ("New Delhi", "Nov 18"),
            date(2031, 10, 7),
            "Nairobi",
        ),
        (
            "HANOI, March 12 (AP) — Japan's envoy for ASEAN affairs, Kenji Arata, held talks with Vietnamese "
            "Foreign Minister Bui Thanh Son in Hanoi on Wednesday ahead of next month's Mekong-Japan summit "
            "in Tokyo.",
            date(2031, 3, 12),
            ("Tokyo", "April 9"),
            date(2031, 3, 12),
            "Hanoi",
        ),
        (
            "SANTIAGO, June 2 (Reuters) - Spain's Secretary of State for Ibero-America, Clara Ibarz, met "
            "Chilean Foreign Minister Alberto van Klaveren in Santiago on Monday to prepare the EU-CELAC "
            "summit in Madrid next month.",
            date(2031, 6, 2),
            ("Madrid", "July 17"),
            date(2031, 6, 2),
            "Santiago",
        ),
    ],
)
def test_wire_lead_weekday_of_writing_is_the_reported_meeting(
    lead: str, today: date, later: tuple[str, str], day: date, place: str
) -> None:
    text = "Envoy presses partner ahead of summit\n\n" + lead
    text += _LATER_SUMMIT.format(city=later[0], day=later[1])
    ev = _main(text, today)
    assert ev.date == day
    assert ev.place is not None and ev.place.replace("í", "i") == place


def test_wire_lead_future_weekday_is_not_the_day_of_writing() -> None:
    text = (
        "Ministers to meet in Lima\n\n"
        "LIMA, June 2 (Reuters) - Peru's Foreign Minister Walter Astudillo will meet Chile's Foreign "
        "Minister Alberto van Klaveren in Lima on Friday to prepare the Pacific Alliance "
        "summit, officials said."
    )
    assert _main(text, date(2031, 6, 2)).date == date(2031, 6, 6)
