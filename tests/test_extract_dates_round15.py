"""Main event date and place, round 15 (dates): invented announcements of the genre the round's rules fix.
A lead's "next week" takes the weekday a later "will meet B on Tuesday" gives; a journey "for talks" dated
only by "the following day" dates the talks; "will attend a meeting in X" before the main sentence names
its city over the dateline's; a trip spelled stop by stop ("talks in A on 8 May and in B on 10 May") spans
its stops and keeps no single place, and the dateline's day is none of its stops; "The visit will take
them to A and B" right after the lead makes the visit a trip (a tour that "will also take him" elsewhere
does not)."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

Want = tuple[date | None, date | None, str | None]


def _main(text: str, today: date) -> Want:
    ev = extract(text, today=today).main_event
    assert ev is not None
    return ev.date, ev.end_date, ev.place


# --- "next week" in the lead, "will meet B on Tuesday" after it ---------------------------------------

NEXT_WEEK_MEET = [
    (
        """Kenya, Norway to hold talks on maritime security next week

NAIROBI, Feb 20 (AP) — Kenya's foreign minister will travel to Oslo next week for talks with her Norwegian \
counterpart, the foreign ministry said Friday.

Foreign Minister Wanjiru Kamau will meet Norwegian Foreign Minister Sigrid Holm on Tuesday, the ministry \
said in a statement.

The meeting will focus on maritime security in the western Indian Ocean and on climate finance.

Kamau will depart Nairobi on Sunday and return on Wednesday.
""",
        date(2026, 2, 20),
        (date(2026, 2, 24), None, "Oslo"),
    ),
    (
        """Uruguay, Finland ministers to meet

MONTEVIDEO, June 12 (Reuters) - Uruguay's trade minister will fly to Helsinki next week for talks on a \
forestry agreement, the government said on Friday.

Minister Lucía Bentancur will meet Finnish Minister for Foreign Trade Eero Salo on Thursday, the \
government said in a statement.

She returns home on Saturday.
""",
        date(2026, 6, 12),
        (date(2026, 6, 18), None, "Helsinki"),
    ),
    (
        """Vietnamese defence minister to visit Seoul

HANOI, Oct 9 (Reuters) - Vietnam's defence minister will travel to Seoul next week for talks on arms \
production, the ministry said on Friday.

General Phan Van Tuan will meet South Korean Defence Minister Kim Sung-ho on Wednesday to sign a \
memorandum on shipbuilding.
""",
        date(2026, 10, 9),
        (date(2026, 10, 14), None, "Seoul"),
    ),
    (
        """Peru, Australia to hold talks on mining next week

LIMA, Aug 14 (Reuters) - Peru's foreign minister will travel to Canberra next week for talks with his \
Australian counterpart, the foreign ministry said on Friday.

Foreign Minister Rodrigo Salas will meet Australian Foreign Minister Bronwyn Keats on Wednesday, the \
ministry said.

The talks will cover critical minerals and fisheries.
""",
        date(2026, 8, 14),
        (date(2026, 8, 19), None, "Canberra"),
    ),
]


@pytest.mark.parametrize("text, today, want", NEXT_WEEK_MEET)
def test_next_week_takes_the_meeting_weekday(text: str, today: date, want: Want) -> None:
    assert _main(text, today) == want


def test_next_week_keeps_the_lead_when_the_later_meeting_is_beside_it() -> None:
    text = """Ghana, Poland to hold talks next week

ACCRA, March 6 (Reuters) - Ghana's foreign minister will hold talks with his Polish counterpart in Warsaw \
next week, the ministry said on Friday.

While in Europe, the minister will also meet German officials in Berlin on Thursday.
"""
    assert _main(text, date(2026, 3, 6))[0] == date(2026, 3, 9)


# --- "will travel to X on <day> for talks ... the following day" --------------------------------------

FOLLOWING_DAY = [
    (
        """Italian and Turkish foreign ministers to meet

ROME, Nov 30 (Reuters) - Italy's Foreign Minister Giulia Ferraro will travel to Ankara on Dec. 2 for talks \
with her Turkish counterpart Mehmet Aydın the following day, the foreign ministry said on Monday.

The ministers will discuss migration across the central Mediterranean and the war in Ukraine.

Ferraro will also meet Turkish President Kemal Özdemir, the ministry said.
""",
        date(2026, 11, 30),
        (date(2026, 12, 3), None, "Ankara"),
    ),
    (
        """Norwegian minister heads to Nairobi

OSLO, May 4 (NTB) - Norway's development minister will fly to Nairobi on May 10 for talks with Kenyan \
officials the next day on drought relief, the ministry said.
""",
        date(2026, 5, 4),
        (date(2026, 5, 11), None, "Nairobi"),
    ),
    (
        """Austrian chancellor to visit Slovenia

VIENNA, Sept 14 (APA) - Austrian Chancellor Markus Eder will travel to Ljubljana on Sept. 21 for talks \
with Slovenian Prime Minister Jana Kos the following day, the chancellery said on Monday.
""",
        date(2026, 9, 14),
        (date(2026, 9, 22), None, "Ljubljana"),
    ),
]


@pytest.mark.parametrize("text, today, want", FOLLOWING_DAY)
def test_the_following_day_dates_the_talks(text: str, today: date, want: Want) -> None:
    assert _main(text, today) == want


def test_the_following_day_without_a_journey_keeps_the_meeting_day() -> None:
    text = """Ministers to meet in Riga

RIGA, April 2 (LETA) - Baltic defence ministers will meet in Riga on April 9 to discuss air defence, and \
will brief the press the following day, the ministry said.
"""
    assert _main(text, date(2026, 4, 2))[0] == date(2026, 4, 9)


# --- "will attend a meeting in X" names the city over the dateline -------------------------------------

ATTEND_IN = [
    (
        """Swiss foreign minister heads to Addis Ababa

BERN, Jan 3 (Reuters) - Switzerland's foreign minister will attend an African Union meeting in Addis Ababa \
later this month, the foreign ministry said on Monday.

Foreign Minister Luc Favre will address the AU Peace and Security Council on Jan. 21, it said.

He will also meet the chairperson of the African Union Commission.
""",
        date(2028, 1, 3),
        (date(2028, 1, 21), None, "Addis Ababa"),
    ),
    (
        """Czech minister to join Arctic talks

PRAGUE, May 3 (CTK) - The Czech foreign minister will attend a conference in Bergen next week on polar \
research, the ministry said.

Minister Hana Dvořák will speak at the opening session on May 11.
""",
        date(2027, 5, 3),
        (date(2027, 5, 11), None, "Bergen"),
    ),
    (
        """Irish minister to attend Pacific meeting

DUBLIN, Aug 3 (Reuters) - Ireland's minister for development will attend a ministerial meeting in Suva \
this month, the department said on Monday.

Minister Aoife Gallagher will deliver Ireland's statement on ocean protection on Aug. 19.
""",
        date(2026, 8, 3),
        (date(2026, 8, 19), None, "Suva"),
    ),
]


@pytest.mark.parametrize("text, today, want", ATTEND_IN)
def test_attended_meeting_city_over_the_dateline(text: str, today: date, want: Want) -> None:
    assert _main(text, today) == want


def test_a_past_meeting_attended_elsewhere_leaves_the_dateline() -> None:
    text = """Danish minister to host Nordic colleagues

COPENHAGEN, Feb 1 (Reuters) - Denmark's foreign minister attended a meeting in Oslo last year on the same \
subject.

Minister Lars Holm will host his Nordic colleagues on Feb. 10.
"""
    assert _main(text, date(2027, 2, 1))[2] == "Copenhagen"


# --- a trip spelled stop by stop, and "The visit will take them to A and B" ----------------------------

TRIPS = [
    (
        """Irish foreign minister to visit Japan and Korea

DUBLIN, Nov 26 (Reuters) - Ireland's foreign minister will visit Tokyo and Seoul next month, with talks in \
Tokyo on Dec. 8 and in Seoul on Dec. 10, the department said on Thursday.

Minister Aoife Gallagher will meet Japanese Foreign Minister Hoshino Ken in Tokyo and South Korean Foreign \
Minister Park Ji-hoon in Seoul.
""",
        date(2026, 11, 26),
        (date(2026, 12, 8), date(2026, 12, 10), None),
    ),
    (
        """Belgian minister to tour the Gulf

BRUSSELS, Jan 20 (Belga) - Belgium's trade minister will travel to Doha and Muscat next week, holding \
talks in Doha on Jan. 26 and in Muscat on Jan. 28, her office said.
""",
        date(2027, 1, 20),
        (date(2027, 1, 26), date(2027, 1, 28), None),
    ),
    (
        """Dutch King to visit Norway

THE HAGUE, May 11 (ANP) - King Willem-Alexander and Queen Máxima will pay a state visit to Norway from \
Tuesday 19 to Thursday 21 May, the Government Information Service announced on Monday.

The visit will take them to Oslo and Bergen.
""",
        date(2026, 5, 11),
        (date(2026, 5, 19), date(2026, 5, 21), None),
    ),
    (
        """Portuguese President to visit Brazil

LISBON, Sept 2 (Lusa) - Portugal's President Sofia Meireles will make a state visit to Brazil from \
September 14 to 17, the presidency said on Wednesday.

The trip will take her to Brasília and São Paulo.
""",
        date(2026, 9, 2),
        (date(2026, 9, 14), date(2026, 9, 17), None),
    ),
]


@pytest.mark.parametrize("text, today, want", TRIPS)
def test_a_trip_over_two_cities_keeps_no_place(text: str, today: date, want: Want) -> None:
    assert _main(text, today) == want


def test_a_tour_that_also_takes_him_elsewhere_keeps_the_city() -> None:
    text = """Chilean president to join summit in Lima

SANTIAGO, Nov 2 (Reuters) - Chile's president will fly into Lima this weekend for a regional summit, on \
the first leg of a tour that will also take him to Quito and Bogotá.

Leaders meet in the Peruvian capital from November 8 to 9.
"""
    assert _main(text, date(2026, 11, 2))[2] == "Lima"
