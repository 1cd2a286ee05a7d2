"""Main event dates, round 15 (dates2): invented announcements of the genre the round's rules fix.
A sentence opening "On 11 May, the ministry announced that A will ..." dates the statement, not the visit."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

Span = tuple[date | None, date | None]


def _span(text: str, today: date) -> Span:
    ev = extract(text, today=today).main_event
    assert ev is not None
    return ev.date, ev.end_date


# --- "On <day>, X announced that A will ... from D1 to D2": the statement's day is no day of the visit -----

STATEMENT_DAY = [
    (
        """Minister Ampofo to visit Norway

Accra – On October 14, the spokesperson of the Ministry of Foreign Affairs said that Minister Kwesi Ampofo \
will pay an official visit to Norway and hold political consultations with his Norwegian counterpart in \
Oslo from October 20 to 21, 2025.
""",
        date(2025, 10, 14),
        (date(2025, 10, 20), date(2025, 10, 21)),
    ),
    (
        """Latvian Foreign Minister to pay official visit to Japan

Riga – On 5 February, Foreign Ministry spokesperson Ilze Ozola announced that Foreign Minister Jānis \
Kalniņš will pay an official visit to Japan and hold talks with Japanese leaders in Tokyo from 12 to 14 \
February 2026.
""",
        date(2026, 2, 5),
        (date(2026, 2, 12), date(2026, 2, 14)),
    ),
    (
        """Kazakh minister to visit Mongolia

ASTANA – On June 2, Foreign Ministry spokesman Arman Dzhaksybekov confirmed that Foreign Minister Yerlan \
Abenov will pay a working visit to Mongolia and take part in the Joint Intergovernmental Commission in \
Ulaanbaatar from June 10 to 12, 2026.
""",
        date(2026, 6, 2),
        (date(2026, 6, 10), date(2026, 6, 12)),
    ),
]


@pytest.mark.parametrize(("text", "today", "want"), STATEMENT_DAY)
def test_statement_day_dates_no_visit(text: str, today: date, want: Span) -> None:
    assert _span(text, today) == want


def test_day_of_meeting_opening_sentence_stays() -> None:
    # the sentence's opening day is the meeting's own: no statement about a later act
    text = """Estonia, Chile hold talks

On 4 May, Foreign Minister Kadri Tamm held talks with Chilean Foreign Minister Rodrigo Fuenzalida in \
Tallinn, the ministry said.
"""
    assert _span(text, date(2026, 5, 4)) == (date(2026, 5, 4), None)


# --- "will open the X in Y on D1. The two-day meeting, which closes on D2": the gathering's last day -------

OPENS_CLOSES = [
    (
        """Spain to host Latin America ministerial forum

Foreign Minister Álvaro Quintana will open the third Spain-Latin America Ministerial Forum in Madrid on \
Monday 9 November. The two-day meeting at the Palacio de Santa Cruz, which closes on Tuesday 10 November, \
will bring together foreign ministers from across the region.
""",
        date(2026, 11, 4),
        (date(2026, 11, 9), date(2026, 11, 10)),
    ),
    (
        """Estonia hosts energy conference

The Minister of Foreign Affairs, Kadri Lepik, will inaugurate the Nordic-Baltic Energy Security Conference \
in Tallinn on 3 June. The conference, which ends on 5 June, will discuss grid synchronisation and \
offshore wind.
""",
        date(2026, 5, 28),
        (date(2026, 6, 3), date(2026, 6, 5)),
    ),
    (
        """Ocean governance summit opens in Lisbon

Portugal's Prime Minister Duarte Nogueira will officially open the Ocean Governance Summit in Lisbon on \
21 April. The gathering concludes on 23 April with a ministerial declaration on marine protected areas.
""",
        date(2026, 4, 15),
        (date(2026, 4, 21), date(2026, 4, 23)),
    ),
]


@pytest.mark.parametrize(("text", "today", "want"), OPENS_CLOSES)
def test_opening_day_then_closing_day(text: str, today: date, want: Span) -> None:
    assert _span(text, today) == want


def test_meeting_then_stay_keeps_one_day() -> None:
    # a meeting's day and a stay after it: no gathering opened and closed
    text = """Chilean minister to meet Korean counterpart

Foreign Minister Rodrigo Fuenzalida will meet Korean Foreign Minister Han Ji-won in Seoul on 3 June. \
He will stay in the country until 6 June.
"""
    assert _span(text, date(2026, 5, 28)) == (date(2026, 6, 3), None)


# --- "today opens the X, which continues until tomorrow, D2": the first day is today ----------------------

OPENS_TODAY = [
    (
        """Ribeiro opens Portugal-Africa Business Forum

11 June 2026

The Minister of Foreign Affairs, Ana Ribeiro, today opens in Lisbon the first Portugal-Africa Business \
Forum, which continues until tomorrow, Friday 12 June, with the participation of ministers from 30 countries.
""",
        date(2026, 6, 11),
        (date(2026, 6, 11), date(2026, 6, 12)),
    ),
    (
        """Baltic security conference opens in Riga

12 May 2026

Prime Minister Laura Ozola today opens the Baltic Sea Security Conference in Riga, which runs until \
Thursday 14 May, with defence ministers from eleven countries.
""",
        date(2026, 5, 12),
        (date(2026, 5, 12), date(2026, 5, 14)),
    ),
    (
        """Dialogue on Arctic cooperation

Foreign Minister Eirik Solberg today opens the Arctic Cooperation Dialogue in Tromsø, which continues \
through Wednesday 8 April, with delegations from the eight Arctic states.
""",
        date(2026, 4, 6),
        (date(2026, 4, 6), date(2026, 4, 8)),
    ),
]


@pytest.mark.parametrize(("text", "today", "want"), OPENS_TODAY)
def test_opening_today_until_closing_day(text: str, today: date, want: Span) -> None:
    assert _span(text, today) == want


def test_meeting_today_guest_tour_until() -> None:
    # the guest's tour "continues until" a later day in another sentence: no span of the day's meeting
    text = """Ozola meets Japanese counterpart

12 May 2026

Prime Minister Laura Ozola today meets Japanese Prime Minister Kenji Okuda in Riga. Okuda is on a \
European tour which continues until Thursday 14 May.
"""
    assert _span(text, date(2026, 5, 12)) == (date(2026, 5, 12), None)


# --- "are arranging to hold the meeting on Dec. 6, sources said Tuesday, as ...": a plan, so a later day ----

PLAN_IN_PROGRESS = [
    (
        """S. Korea, Mexico eye foreign ministers' talks in Seoul

SEOUL, Oct. 2 Yonhap - South Korea and Mexico are arranging to hold a foreign ministers' meeting in Seoul \
on Oct. 20, diplomatic sources said Thursday, as the two countries mark 65 years of diplomatic ties.
""",
        date(2026, 10, 2),
        (date(2026, 10, 20), None),
    ),
    (
        """Brazil, Indonesia plan summit

JAKARTA, Oct. 26 (Reuters) - Brazil and Indonesia are planning to hold a summit in Jakarta on Nov. 14, \
officials said on Monday, as both seek to widen trade in palm oil and soybeans.
""",
        date(2026, 10, 26),
        (date(2026, 11, 14), None),
    ),
    (
        """Japan to host Pacific defence chiefs

TOKYO, Dec. 15 Kyodo - Japan is preparing to host a meeting of Pacific defence chiefs in Tokyo on Jan. 9, \
a government source said Monday, amid concern over maritime security in the region.
""",
        date(2025, 12, 15),
        (date(2026, 1, 9), None),
    ),
]


@pytest.mark.parametrize(("text", "today", "want"), PLAN_IN_PROGRESS)
def test_plan_in_progress_dates_ahead(text: str, today: date, want: Span) -> None:
    assert _span(text, today) == want


def test_meeting_held_stays_past() -> None:
    # a meeting already held in a sentence with a mid-sentence attribution keeps its past day
    text = """S. Korea, Mexico held foreign ministers' talks

SEOUL, Oct. 2 Yonhap - South Korea and Mexico held a foreign ministers' meeting in Seoul on Sept. 10, \
diplomatic sources said Thursday, as the two countries mark 65 years of diplomatic ties.
"""
    assert _span(text, date(2026, 10, 2)) == (date(2026, 9, 10), None)


# --- a visit's lead: "will travel to A and B on D1, returning to Xland on D2": the trip's span -------------

ROUND_TRIP = [
    (
        """Visit to Fiji and Vanuatu

2 June 2026

Today I will travel to Suva and Port Vila with the Minister for Trade, the Hon Aroha Tane, returning to \
New Zealand on Friday 5 June.

In Suva, I will co-chair the annual Fiji-New Zealand Ministerial Consultations on Wednesday.
""",
        date(2026, 6, 2),
        (date(2026, 6, 2), date(2026, 6, 5)),
    ),
    (
        """Foreign Minister to visit Kenya and Tanzania

Foreign Minister Ingrid Dahl will travel to Nairobi and Dodoma on Sunday 8 March, returning home on \
Thursday 12 March.
""",
        date(2026, 3, 2),
        (date(2026, 3, 8), date(2026, 3, 12)),
    ),
    (
        """Defence Minister visits Samoa and Tonga

10 November 2026

Today the Minister of Defence, Rawiri Tamihana, will travel to Apia and Nuku'alofa, returning to New \
Zealand on Saturday 14 November.

In Apia he will meet Samoa's Prime Minister on Wednesday.
""",
        date(2026, 11, 10),
        (date(2026, 11, 10), date(2026, 11, 14)),
    ),
]


@pytest.mark.parametrize(("text", "today", "want"), ROUND_TRIP)
def test_visit_spans_departure_to_return(text: str, today: date, want: Span) -> None:
    assert _span(text, today) == want


def test_meeting_headline_keeps_meeting_day() -> None:
    # a headline announcing a meeting: the journey around it is no span of the meeting
    text = """Minister to attend Pacific trade ministers' meeting

The Minister for Trade, Declan Moriarty, will travel to Apia on 14 April for the Pacific Trade Ministers' \
Meeting on 15 April, returning to Canberra on 17 April.
"""
    assert _span(text, date(2026, 4, 7)) == (date(2026, 4, 15), None)


# --- "will gather next week" in the lead, "The X meeting runs from Tuesday to Friday" after it -------------

WEEK_RUNS_FROM = [
    (
        """Caribbean leaders to meet in Barbados as hurricane season looms

KINGSTON (AP) - Caribbean leaders will gather in Barbados next week for their annual summit, with climate \
finance and security topping the agenda.

The regional heads of government conference runs from Tuesday to Thursday in Bridgetown, the island's capital.
""",
        date(2026, 7, 3),
        (date(2026, 7, 7), date(2026, 7, 9)),
    ),
    (
        """Arctic ministers to meet in Norway

OSLO (Reuters) - Foreign ministers of the eight Arctic states will meet in Tromso next week for talks on \
shipping and search and rescue, the Norwegian foreign ministry said on Friday.

The ministerial meeting runs from Wednesday to Thursday at the city's university.
""",
        date(2026, 5, 8),
        (date(2026, 5, 13), date(2026, 5, 14)),
    ),
    (
        """Nordic defence ministers to gather in Helsinki

STOCKHOLM (AFP) - Nordic defence ministers will gather in Helsinki next week for their annual meeting, \
officials said.

The gathering runs from Tuesday to Wednesday, with air defence and Baltic Sea security on the agenda.
""",
        date(2026, 9, 11),
        (date(2026, 9, 15), date(2026, 9, 16)),
    ),
]


@pytest.mark.parametrize(("text", "today", "want"), WEEK_RUNS_FROM)
def test_next_week_runs_from_weekdays(text: str, today: date, want: Span) -> None:
    assert _span(text, today) == want


def test_next_week_exhibition_is_no_meeting() -> None:
    # "A photo exhibition runs from Tuesday to Friday": another thing's days, not the summit's
    text = """Caribbean leaders to meet in Barbados

KINGSTON (AP) - Caribbean leaders will gather in Barbados next week for their annual summit, with climate \
finance and security topping the agenda.

A photo exhibition on the region's coral reefs runs from Tuesday to Friday at the conference centre.
"""
    assert _span(text, date(2026, 7, 3)) == (date(2026, 7, 6), None)


# --- a trip's stated days ("will travel to A and B from 3 to 5 June") are not widened by a later gathering --

STATED_TRIP = [
    (
        """Jordan – Egypt – Visit by Clémence Aubry, Minister for Foreign Affairs (3-5 June 2026)

Clémence Aubry, Minister for Foreign Affairs, will travel to Jordan and Egypt from 3 to 5 June.

In Amman, on 3 and 4 June, the Minister will meet the King and her counterpart, Foreign Minister Khaled \
Haddadin.

In Cairo, on 5 June, she will hold talks with Foreign Minister Tarek Mansour and prepare the donors' \
conference for Sudan that will be held in Oslo on 20 and 21 June.
""",
        date(2026, 5, 29),
        (date(2026, 6, 3), date(2026, 6, 5)),
    ),
    (
        """Foreign Minister to visit Vietnam and Laos

Foreign Minister Anders Lindqvist will travel to Vietnam and Laos from 8 to 11 September.

In Hanoi on 8 and 9 September, he will meet Deputy Prime Minister Tran Van Hoa.

In Vientiane on 10 and 11 September, he will meet Foreign Minister Khamphao Sengdara, before the ASEAN \
Regional Forum meets in Kuala Lumpur on 24 and 25 September.
""",
        date(2026, 9, 2),
        (date(2026, 9, 8), date(2026, 9, 11)),
    ),
    (
        """Minister's visit to Kenya and Ethiopia

Minister for Development Cooperation Lotte Verbeek will visit Kenya and Ethiopia from 10 to 13 February.

In Nairobi, on 10 and 11 February, she will open a water project and meet the Cabinet Secretary for the \
Treasury.

In Addis Ababa, on 12 and 13 February, she will meet African Union officials and discuss the financing \
summit that the Union will hold in Kigali on 26 February.
""",
        date(2026, 2, 6),
        (date(2026, 2, 10), date(2026, 2, 13)),
    ),
]


@pytest.mark.parametrize(("text", "today", "want"), STATED_TRIP)
def test_stated_trip_days_hold(text: str, today: date, want: Span) -> None:
    assert _span(text, today) == want


def test_trip_next_week_spans_its_stops() -> None:
    # "next week" states no days: the stops' days make the trip's span
    text = """Foreign Minister to visit Vietnam and Laos

Foreign Minister Anders Lindqvist will travel to Vietnam and Laos next week.

In Hanoi on 8 and 9 September, he will meet Deputy Prime Minister Tran Van Hoa.

In Vientiane on 10 and 11 September, he will meet Foreign Minister Khamphao Sengdara.
"""
    assert _span(text, date(2026, 9, 2)) == (date(2026, 9, 8), date(2026, 9, 11))


# --- a trip's last stop with two days in its sentence ("ends in A, ... on Wednesday and ... on Thursday") --

LAST_STOP_DAYS = [
    (
        """Dutch foreign minister heads to the Baltics on three-nation tour

Dutch Foreign Minister Pieter Hoekstra-Vos will travel to Estonia, Latvia and Lithuania from Monday to \
Thursday, the ministry announced on Friday.

Hoekstra-Vos will begin his tour in Tallinn on Monday, April 13, where he is due to hold talks with his \
Estonian counterpart, Kaja Rebane.

On Tuesday, he will travel to Riga to meet Latvian Prime Minister Arturs Ozols. The tour ends in Vilnius, \
where he will hold talks with Foreign Minister Dalia Kairyte on Wednesday before opening a Dutch-Lithuanian \
energy forum on Thursday.
""",
        date(2026, 4, 10),
        (date(2026, 4, 13), date(2026, 4, 16)),
    ),
    (
        """Indian minister to tour East Africa

External Affairs Minister Rohan Mehta will visit Tanzania, Kenya and Uganda next week.

Mehta will be in Dodoma on Monday, October 5, for talks with Foreign Minister Amani Mrisho.

He travels to Nairobi on Tuesday. The trip ends in Kampala, where he will meet President Samuel Okello on \
Wednesday and address Indian businesses on Thursday.
""",
        date(2026, 10, 2),
        (date(2026, 10, 5), date(2026, 10, 8)),
    ),
    (
        """Canadian minister visits Chile, Peru and Ecuador

Canada's Foreign Minister Marie-Claude Tremblay will travel to Chile, Peru and Ecuador next week to deepen \
trade ties.

She will begin her tour in Santiago on Monday, June 8, where she will meet Foreign Minister Ignacio Rojas.

On Tuesday she will travel to Lima. The tour ends in Quito, where she will hold talks with Foreign Minister \
Camila Ortiz on Wednesday and visit a Canadian-funded school on Thursday.
""",
        date(2026, 6, 5),
        (date(2026, 6, 8), date(2026, 6, 11)),
    ),
]


@pytest.mark.parametrize(("text", "today", "want"), LAST_STOP_DAYS)
def test_last_stop_keeps_its_later_day(text: str, today: date, want: Span) -> None:
    assert _span(text, today) == want


def test_last_stop_far_later_day_is_no_stop() -> None:
    # a day weeks later in the last stop's sentence (a forum "to be held" there) is no day of the trip
    text = """Canadian minister visits Chile, Peru and Ecuador

Canada's Foreign Minister Marie-Claude Tremblay will travel to Chile, Peru and Ecuador next week to deepen \
trade ties.

She will begin her tour in Santiago on Monday, June 8, where she will meet Foreign Minister Ignacio Rojas.

On Tuesday she will travel to Lima. The tour ends in Quito, where she will hold talks with Foreign Minister \
Camila Ortiz on Wednesday and announce an investment forum to be held in the city on June 22.
"""
    assert _span(text, date(2026, 6, 5)) == (date(2026, 6, 8), date(2026, 6, 10))


# --- "The final leg of the trip takes A to B on 17 and 18 October": a stop of the trip ---------------------

FINAL_LEG_TAKES = [
    (
        """Minister to visit Chile, Peru and Ecuador

Foreign Minister Hanna Korhonen will travel to Chile, Peru and Ecuador next week to boost trade ties.

Ms Korhonen will be in Santiago from Monday 9 to Tuesday 10 November, where she will meet Foreign \
Minister Ignacio Rojas.

In Lima on 11 November, she will hold talks with Peru's Foreign Minister, Lucía Vargas.

The final leg of the trip takes Ms Korhonen to Quito on 12 and 13 November, where she will open a \
Finnish education centre.
""",
        date(2026, 11, 4),
        (date(2026, 11, 9), date(2026, 11, 13)),
    ),
    (
        """Defence Minister to visit Malaysia, Brunei and the Philippines

Defence Minister Oskar Brandt will travel to Malaysia, Brunei and the Philippines next week.

Mr Brandt will be in Kuala Lumpur from Sunday 1 to Monday 2 March for talks with his Malaysian \
counterpart.

In Bandar Seri Begawan on 3 March, he will call on the Sultan.

The last part of the visit takes Mr Brandt to Manila on 4 and 5 March, where he will meet Defence \
Secretary Ramon Cruz.
""",
        date(2026, 2, 25),
        (date(2026, 3, 1), date(2026, 3, 5)),
    ),
    (
        """Trade Minister to visit Kenya, Rwanda and Ghana

Trade Minister Sofia Lindgren will travel to Kenya, Rwanda and Ghana next week.

Ms Lindgren will be in Nairobi from Monday 14 to Tuesday 15 September, for talks with the Cabinet \
Secretary for Trade.

In Kigali on 16 September, she will meet Rwanda's Minister of Trade.

The final leg of her journey takes her to Accra on 17 and 18 September for talks on cocoa and gold.
""",
        date(2026, 9, 9),
        (date(2026, 9, 14), date(2026, 9, 18)),
    ),
]


@pytest.mark.parametrize(("text", "today", "want"), FINAL_LEG_TAKES)
def test_final_leg_takes_traveller_to_stop(text: str, today: date, want: Span) -> None:
    assert _span(text, today) == want


def test_takes_effect_is_no_stop() -> None:
    # "takes effect in B on 30 November": no journey to a stop
    text = """Minister to visit Chile, Peru and Ecuador

Foreign Minister Hanna Korhonen will travel to Chile, Peru and Ecuador next week to boost trade ties.

Ms Korhonen will be in Santiago from Monday 9 to Tuesday 10 November, where she will meet Foreign \
Minister Ignacio Rojas.

In Lima on 11 November, she will hold talks with Peru's Foreign Minister, Lucía Vargas.

The agreement she signs there takes effect in Quito on 30 November.
"""
    assert _span(text, date(2026, 11, 4)) == (date(2026, 11, 9), date(2026, 11, 11))


# --- a trip the headline puts "ahead of" a gathering: the gathering's own days are no stop of it ------------

AHEAD_OF_GATHERING = [
    (
        """Spanish foreign minister visits Morocco and Senegal before Atlantic forum

MADRID (EFE) - Foreign Minister Lucía Garrido will visit Morocco and Senegal next week, the ministry \
said on Friday.

Garrido will be in Rabat on Monday and Tuesday for talks with her Moroccan counterpart, then travel to \
Dakar on Wednesday.

From Senegal, she travels to Lisbon for the Atlantic partnership forum, which takes place May 14-15.
""",
        date(2026, 5, 8),
        (date(2026, 5, 11), date(2026, 5, 13)),
    ),
    (
        """Swedish defence minister visits Poland and Lithuania before NATO meeting

STOCKHOLM (AFP) - Defence Minister Erik Lundgren will visit Poland and Lithuania next week, the \
government said on Friday.

Lundgren will be in Warsaw on Monday and Tuesday for talks with his Polish counterpart, then travel to \
Vilnius on Wednesday.

From Lithuania, he travels to Brussels for the NATO defence ministers' meeting, which takes place \
October 15-16.
""",
        date(2026, 10, 9),
        (date(2026, 10, 12), date(2026, 10, 14)),
    ),
    (
        """Japan's foreign minister visits Laos and Cambodia ahead of ASEAN meetings

TOKYO (Kyodo) - Foreign Minister Haruka Morimoto will visit Laos and Cambodia next week, the ministry \
said Friday.

Morimoto will be in Vientiane on Monday and Tuesday for talks with her Lao counterpart, then travel to \
Phnom Penh on Wednesday.

From Cambodia, she travels to Kuala Lumpur for the ASEAN-Japan ministerial meeting, which takes place \
July 10-11.
""",
        date(2026, 7, 3),
        (date(2026, 7, 6), date(2026, 7, 8)),
    ),
]


@pytest.mark.parametrize(("text", "today", "want"), AHEAD_OF_GATHERING)
def test_trip_ahead_of_gathering_ends_before_it(text: str, today: date, want: Span) -> None:
    assert _span(text, today) == want


def test_trip_to_gathering_keeps_it() -> None:
    # a headline naming the third country and no "ahead of": the gathering is the trip's last stop
    text = """Japan's foreign minister visits Laos, Cambodia and Malaysia

TOKYO (Kyodo) - Foreign Minister Haruka Morimoto will visit Laos, Cambodia and Malaysia next week, the \
ministry said Friday.

Morimoto will be in Vientiane on Monday and Tuesday for talks with her Lao counterpart, then travel to \
Phnom Penh on Wednesday.

From Cambodia, she travels to Kuala Lumpur for the ASEAN-Japan ministerial meeting, which takes place \
July 9-10.
"""
    assert _span(text, date(2026, 7, 3)) == (date(2026, 7, 6), date(2026, 7, 10))
