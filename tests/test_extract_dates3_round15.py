"""Main event dates, round 15 (dates3): invented announcements of date forms the genre uses — a date line
at a release's foot, figures ("(22/1)", "10.11.2026"), "on the 30th", Hijri datelines, "Posted On:" lines,
a trip's first and last days told in separate sentences, a stay around the meeting's day."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

Span = tuple[date | None, date | None]


def _span(text: str, today: date) -> Span:
    ev = extract(text, today=today).main_event
    assert ev is not None
    return ev.date, ev.end_date


# --- "will travel to Xland and Yland tomorrow for the X Meeting" (one state named with "and") and the
# meeting's own span a few paragraphs on, or "the summit, which takes place on 26 and 27 October" ---

JOURNEY_SPAN = [
    (
        """Prime Minister to attend CARICOM meeting

The Prime Minister will travel to Trinidad and Tobago on Sunday for the Conference of Heads of \
Government of the Caribbean Community, where he will press for regional climate finance.

- The Prime Minister will meet regional leaders in Port of Spain
- He will announce support for disaster preparedness

The Prime Minister will join Caribbean leaders in Port of Spain for the Conference of Heads of \
Government of the Caribbean Community, taking place from Monday 6 to Wednesday 8 July.
""",
        date(2026, 7, 3),
        (date(2026, 7, 6), date(2026, 7, 8)),
    ),
    (
        """Deputy Prime Minister to attend OECS meeting

The Deputy Prime Minister will travel to Saint Kitts and Nevis tomorrow for the Eastern Caribbean \
Heads of Government Authority Meeting.

- She will meet leaders of the member states
- She will sign a fisheries arrangement

The Deputy Prime Minister will join regional leaders in Basseterre for the Eastern Caribbean Heads \
of Government Authority Meeting, taking place from Tuesday 17 to Thursday 19 November.
""",
        date(2026, 11, 15),
        (date(2026, 11, 17), date(2026, 11, 19)),
    ),
    (
        """Prime Minister to attend ASEAN Summit

The Prime Minister will travel to Kuala Lumpur on Sunday for the ASEAN Summit and related summits. \
ASEAN foreign ministers will meet on 24 October to prepare the summit, which takes place on 26 and \
27 October.
""",
        date(2026, 10, 20),
        (date(2026, 10, 26), date(2026, 10, 27)),
    ),
]

JOURNEY_SPAN_NEAR_MISS = (
    """Minister to visit Sarajevo

Foreign Minister Elif Demir will travel to Bosnia and Herzegovina on Sunday for talks with her \
counterpart in Sarajevo.
""",
    date(2026, 6, 10),
    (date(2026, 6, 14), None),
)


@pytest.mark.parametrize(("text", "today", "want"), JOURNEY_SPAN)
def test_journey_to_purpose_gives_its_span(text: str, today: date, want: Span) -> None:
    assert _span(text, today) == want


def test_journey_to_purpose_gives_its_span_near_miss() -> None:
    text, today, want = JOURNEY_SPAN_NEAR_MISS
    assert _span(text, today) == want


# --- "is making / paying a visit to X from D1 to D2": the visit's days, not a call inside it ---

VISIT_UNDER_WAY = [
    (
        """Vietnamese Defence Minister visits India

Vietnam's Minister of National Defence General Phan Van Thanh is paying an official visit to India \
from 10 to 12 June. On 11 June he will co-chair the annual defence dialogue with the Indian Defence \
Minister in New Delhi.
""",
        date(2026, 6, 10),
        (date(2026, 6, 10), date(2026, 6, 12)),
    ),
    (
        """Thai Air Force chief makes introductory visit to Australia

Commander-in-Chief of the Royal Thai Air Force Air Chief Marshal Prasert Wongsa is making an \
introductory visit to Australia from 2 to 4 September. He will meet the Chief of Air Force at \
Russell Offices in Canberra on 3 September.
""",
        date(2026, 9, 2),
        (date(2026, 9, 2), date(2026, 9, 4)),
    ),
    (
        """Ghanaian President pays state visit to Senegal

President Kwame Asante is paying a state visit to Senegal from 1 to 3 July. He will hold talks with \
President Amadou Ndiaye in Dakar on 2 July.
""",
        date(2026, 7, 1),
        (date(2026, 7, 1), date(2026, 7, 3)),
    ),
]

VISIT_UNDER_WAY_NEAR_MISS = (
    """Japan-Italy Foreign Ministers' Meeting

On March 5, Mr. SATO Hiroshi, Minister for Foreign Affairs of Japan, held a meeting with Mr. Marco \
Bellini, Minister of Foreign Affairs of Italy, who is visiting Japan from March 4 to 6. The meeting \
took place in Tokyo.
""",
    date(2026, 3, 6),
    (date(2026, 3, 5), None),
)


@pytest.mark.parametrize(("text", "today", "want"), VISIT_UNDER_WAY)
def test_visit_under_way_is_announced(text: str, today: date, want: Span) -> None:
    assert _span(text, today) == want


def test_visit_under_way_is_announced_near_miss() -> None:
    text, today, want = VISIT_UNDER_WAY_NEAR_MISS
    assert _span(text, today) == want


# --- "the visit begins in A on Monday" ... "the trip concludes in B on 9 October": the whole trip ---

TRIP_BOUNDS = [
    (
        """Foreign Secretary to visit East Africa

The Foreign Secretary will travel to Kenya and Ethiopia next week to discuss regional security and \
trade.

The visit begins in Nairobi on Monday, where she will meet President Wanjiru Kamau.

She will then travel to Addis Ababa to meet African Union Commission officials. The trip ends in \
Addis Ababa on Thursday.
""",
        date(2026, 4, 2),
        (date(2026, 4, 6), date(2026, 4, 9)),
    ),
    (
        """Army chief to tour Pacific

The Chief of Army will travel to Fiji, Tonga and Samoa next week.

His tour starts in Suva on 11 May with talks with the Commander of the Republic of Fiji Military \
Forces. He will visit Nuku'alofa on 12 May. The tour concludes in Apia on 14 May.
""",
        date(2026, 5, 6),
        (date(2026, 5, 11), date(2026, 5, 14)),
    ),
    (
        """Navy chief to visit Indonesia, Malaysia

The Chief of Naval Operations will travel to Indonesia and Malaysia next week for talks with naval \
leaders.

The trip begins in Jakarta on Monday, where he will meet the Indonesian Navy Chief of Staff.

He will travel to Lumut on 8 October. The visit concludes in Kuala Lumpur on 9 October.
""",
        date(2026, 9, 30),
        (date(2026, 10, 5), date(2026, 10, 9)),
    ),
]

TRIP_BOUNDS_NEAR_MISS = (
    """Trade minister to visit Gulf states

The trade minister will travel to Qatar and Oman next week.

The visit begins in Doha on Monday, where she will open a trade office.
""",
    date(2026, 9, 30),
    (date(2026, 10, 5), None),
)


@pytest.mark.parametrize(("text", "today", "want"), TRIP_BOUNDS)
def test_trip_begins_and_ends(text: str, today: date, want: Span) -> None:
    assert _span(text, today) == want


def test_trip_begins_and_ends_near_miss() -> None:
    text, today, want = TRIP_BOUNDS_NEAR_MISS
    assert _span(text, today) == want


# --- "will arrive in X on Monday for a two-day visit", talks on that Monday: the visit's days ---

ARRIVE_FOR_VISIT = [
    (
        """Minister of State to visit Vietnam

Minister of State Priya Raman will arrive in Hanoi on Tuesday for a two-day visit during which she \
will co-chair the India-Vietnam Joint Commission.

She will hold the talks with Deputy Foreign Minister Nguyen Thi Lan on Tuesday, the ministry said on \
Sunday.
""",
        date(2026, 3, 8),
        (date(2026, 3, 10), date(2026, 3, 11)),
    ),
    (
        """Kenyan Foreign Minister to visit Tanzania

Foreign Minister Joseph Mwangi will arrive in Dodoma on Thursday for a three-day visit. He will hold \
talks with his Tanzanian counterpart on Thursday.
""",
        date(2026, 3, 8),
        (date(2026, 3, 12), date(2026, 3, 14)),
    ),
    (
        """Philippine Foreign Secretary to visit Brunei

Foreign Secretary Maria Clara Santos will arrive in Bandar Seri Begawan on Monday for a two-day \
official visit. She will hold talks with Brunei's Second Minister of Foreign Affairs on Monday.
""",
        date(2026, 5, 1),
        (date(2026, 5, 4), date(2026, 5, 5)),
    ),
]

ARRIVE_FOR_VISIT_NEAR_MISS = (
    """Defence chief to visit Australia

Defence Minister Park Jin-woo will depart for Australia on Wednesday for a four-day visit, his \
ministry said on Monday.
""",
    date(2026, 5, 4),
    (date(2026, 5, 6), None),
)


@pytest.mark.parametrize(("text", "today", "want"), ARRIVE_FOR_VISIT)
def test_arrival_for_n_day_visit(text: str, today: date, want: Span) -> None:
    assert _span(text, today) == want


def test_arrival_for_n_day_visit_near_miss() -> None:
    text, today, want = ARRIVE_FOR_VISIT_NEAR_MISS
    assert _span(text, today) == want


# --- dates in figures or by day alone: "Friday (6/2)", "24.9.2026", "3.–4.12.2026", "on the 30th" ---

NUMERIC = [
    (
        """Indonesia, Timor-Leste to hold joint commission

Jakarta (3/2) – The foreign ministers of Indonesia and Timor-Leste will hold the Joint Ministerial \
Commission in Dili on Friday (6/2), the Ministry of Foreign Affairs said.
""",
        date(2026, 1, 1),
        (date(2026, 2, 6), None),
    ),
    (
        """Minister to visit Canberra

Jakarta (10/8) – Defence Minister Bambang Wiranto will visit Canberra from Wednesday (12/8) to \
Friday (14/8) for the annual Defence Ministers' Meeting with Australia.
""",
        date(2026, 1, 1),
        (date(2026, 8, 12), date(2026, 8, 14)),
    ),
    (
        """Consultations with Slovakia

The foreign ministers of Czechia and Slovakia will hold intergovernmental consultations in \
Bratislava on 24.9.2026. The agenda includes energy, transport and defence cooperation.
""",
        date(2026, 9, 15),
        (date(2026, 9, 24), None),
    ),
    (
        """Minister to attend OSCE meeting

Foreign Minister Lars Eriksen will attend the OSCE Ministerial Council in Vienna on 3.–4.12.2026.
""",
        date(2026, 11, 25),
        (date(2026, 12, 3), date(2026, 12, 4)),
    ),
    (
        """Trade minister to visit Chile

SANTIAGO, Nov 24 (Reuters) - New Zealand's trade minister Aroha Tane will hold talks with her \
Chilean counterpart in Santiago on the 30th, officials said on Tuesday.
""",
        date(2026, 11, 24),
        (date(2026, 11, 30), None),
    ),
    (
        """Army chiefs to meet

The chiefs of the Malaysian and Thai armies will hold their annual border talks in Hat Yai on the \
18th of this month, the Royal Thai Army said on 9 June.
""",
        date(2026, 6, 9),
        (date(2026, 6, 18), None),
    ),
]

NUMERIC_NEAR_MISS = (
    """Minister to attend commemoration

The Minister will attend the commemoration of the 30th anniversary of the peace accord in Guatemala \
City on 29 December.
""",
    date(2026, 12, 1),
    (date(2026, 12, 29), None),
)


@pytest.mark.parametrize(("text", "today", "want"), NUMERIC)
def test_numeric_dates(text: str, today: date, want: Span) -> None:
    assert _span(text, today) == want


def test_numeric_dates_near_miss() -> None:
    text, today, want = NUMERIC_NEAR_MISS
    assert _span(text, today) == want


# --- a release's own date: at its foot ("Abuja, 14 September 2026", "Zagreb, 21.5.2026"), "Posted On: 02 MAR
# 2026 11:40AM by X", "Berlin, 10.11.2026 –", "Jakarta (22/1) –", a Hijri date before the Gregorian one ---

DATE_LINES = [
    (
        """Foreign Minister to visit Portugal

Minister of Foreign Affairs Adaeze Nwosu will pay an official visit to Portugal on Thursday, at the \
invitation of her Portuguese counterpart. In Lisbon, the two ministers will sign a memorandum on \
consular cooperation.

Ministry of Foreign Affairs
Abuja, 14 September 2026
""",
        date(2026, 9, 20),
        (date(2026, 9, 17), None),
    ),
    (
        """Defence Minister to attend regional security meeting

Defence Minister Tomas Lindqvist will travel to Tallinn tomorrow to attend the Nordic-Baltic defence \
ministers' meeting. The ministers will discuss air defence and support for Ukraine.

Stockholm, 3 March 2026
Ministry of Defence
""",
        date(2026, 3, 10),
        (date(2026, 3, 4), None),
    ),
    (
        """State Secretary to hold consultations in Vienna

State Secretary Petra Horvat will hold political consultations with Austrian officials in Vienna on \
Monday and Tuesday. The talks will cover Western Balkans enlargement and energy security.

Zagreb, 21.5.2026
""",
        date(2026, 5, 30),
        (date(2026, 5, 25), date(2026, 5, 26)),
    ),
    (
        """Foreign Minister to host Baltic counterparts

Foreign Minister Annika Vaher will host the foreign ministers of Latvia and Lithuania in Tallinn on \
Friday for the Baltic Council of Ministers.

Tallinn, 8.9.2026
""",
        date(2026, 9, 30),
        (date(2026, 9, 11), None),
    ),
    (
        """External Affairs Minister to visit Sri Lanka

Posted On: 02 MAR 2026 11:40AM by PIB Delhi

External Affairs Minister Dr Suresh Iyengar will visit Colombo tomorrow to co-chair the India-Sri \
Lanka Joint Commission.
""",
        date(2026, 3, 15),
        (date(2026, 3, 3), None),
    ),
    (
        """Defence Secretary to co-chair India-Vietnam defence dialogue

Posted On: 09 JUN 2026 4:20PM by PIB Delhi

Defence Secretary Shri Rajesh Kumar Varma will co-chair the 16th India-Vietnam Defence Policy \
Dialogue in New Delhi tomorrow with Vietnam's Deputy Minister of National Defence.
""",
        date(2026, 6, 25),
        (date(2026, 6, 10), None),
    ),
    (
        """Federal Minister to travel to Warsaw

Berlin, 10.11.2026 – Federal Foreign Minister Katrin Vogler will travel to Warsaw on Thursday for \
the Weimar Triangle ministerial meeting with her French and Polish counterparts.
""",
        date(2026, 1, 1),
        (date(2026, 11, 12), None),
    ),
    (
        """State Secretary travels to Prague

Vienna, 4.3.2027 – State Secretary Martin Huber will travel to Prague tomorrow for consultations \
with the Czech Foreign Ministry.
""",
        date(2027, 3, 20),
        (date(2027, 3, 5), None),
    ),
    (
        """Saudi Foreign Minister receives Egyptian counterpart

Riyadh, 12 Rabi' al-Awwal 1448 AH, corresponding to 26 August 2026 — Foreign Minister Prince Khalid \
bin Saud will receive Egyptian Foreign Minister Hany Abdel Maksoud in Riyadh on Sunday for talks on \
Sudan and Gaza.
""",
        date(2026, 9, 10),
        (date(2026, 8, 30), None),
    ),
    (
        """Kuwait to host GCC ministerial council

Kuwait City, 5 Jumada al-Awwal 1448 H / 16 October 2026: Kuwait will host the 165th session of the \
GCC Ministerial Council on 20 October, the Foreign Ministry announced.
""",
        date(2026, 10, 30),
        (date(2026, 10, 20), None),
    ),
    (
        """Omani minister receives Iranian counterpart

Muscat, 3 Safar 1448 H (17 July 2026) – Foreign Minister Sayyid Fahd bin Salim will receive the \
Iranian Foreign Minister in Muscat tomorrow for consultations on maritime security in the Strait of \
Hormuz.
""",
        date(2026, 7, 30),
        (date(2026, 7, 18), None),
    ),
    (
        """Minister to open ASEAN defence meeting

Jakarta (22/1) – Defence Minister Bambang Wiranto will tomorrow open the ASEAN Defence Senior \
Officials' Meeting in Jakarta, the ministry said.
""",
        date(2026, 2, 10),
        (date(2026, 1, 23), None),
    ),
]

DATE_LINES_NEAR_MISS = (
    """Foreign Minister to visit Chile

Foreign Minister Julia Brenner will travel to Santiago on Thursday for talks with her Chilean \
counterpart.

Further information: press office, Berlin
""",
    date(2026, 9, 20),
    (date(2026, 9, 24), None),
)


@pytest.mark.parametrize(("text", "today", "want"), DATE_LINES)
def test_release_date_lines(text: str, today: date, want: Span) -> None:
    assert _span(text, today) == want


def test_release_date_lines_near_miss() -> None:
    text, today, want = DATE_LINES_NEAR_MISS
    assert _span(text, today) == want


# --- "will be in X from Sunday to Tuesday. On Monday, he will hold talks": the stay (visit headline) ---

STAY_THEN_MEETING = [
    (
        """Chief of Defence to visit Ghana

The Chief of the Defence Staff, General Pieter van Aalst, will be in Ghana from Sunday to Tuesday, \
the Ministry of Defence said on Thursday. On Monday, he will hold talks with the Chief of the \
Defence Staff of the Ghana Armed Forces in Accra.
""",
        date(2026, 6, 4),
        (date(2026, 6, 7), date(2026, 6, 9)),
    ),
    (
        """Defence Minister to visit Kenya

The Defence Minister will be in Kenya from Sunday to Wednesday. On Tuesday she will hold talks with \
the Kenyan Cabinet Secretary for Defence in Nairobi.
""",
        date(2026, 6, 4),
        (date(2026, 6, 7), date(2026, 6, 10)),
    ),
    (
        """Commander's visit to Chile

Vice Admiral Mark Donnelly will be in Chile from Monday to Wednesday, the fleet said. On Tuesday he \
will meet the Commander-in-Chief of the Chilean Navy in Valparaiso.
""",
        date(2026, 6, 4),
        (date(2026, 6, 8), date(2026, 6, 10)),
    ),
]

STAY_THEN_MEETING_NEAR_MISS = (
    """Minister to visit Peru

The Minister will be in Peru from Sunday to Tuesday.

Separately, on Monday the ministry will host a trade seminar in Madrid.
""",
    date(2026, 6, 4),
    (date(2026, 6, 7), date(2026, 6, 9)),
)


@pytest.mark.parametrize(("text", "today", "want"), STAY_THEN_MEETING)
def test_stay_then_meeting_day(text: str, today: date, want: Span) -> None:
    assert _span(text, today) == want


def test_stay_then_meeting_day_near_miss() -> None:
    text, today, want = STAY_THEN_MEETING_NEAR_MISS
    assert _span(text, today) == want
