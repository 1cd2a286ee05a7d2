"""Main event date and place, round 15 (dates29): invented wire previews of the genre the round's rules fix.
A ministry's "in a statement today" dates the statement, not the meeting the lead dates. A visit "for" a
dialogue over several days whose dialogue "will be held in Xcity on 21 April" takes the dialogue's day and
town, the town between the verb and the day (a press conference that "will take place in Xcity on" a day
is no meeting). One sentence dating two meetings ("the strategic dialogue on 6 July and the trilateral
dialogue on 7 July") gives the main event the day of the one whose qualifier the headline's meeting shares
(a three-country name is trilateral). "the RoK" (the Vietnamese and Indian press's form) is South Korea,
so a visit to it takes the city its talks are held in over the dateline's. A date line "18/05/2026 04:37 PM"
(read where a figure over 12 tells the day from the month) or "Published: 8:00pm, 12 Oct 2026" (a clock
time before the date, also as a header) is the publication date, and no headline. A lead that "is to lead a
delegation to Xland from Monday next week to Thursday" announces the visit over those days. A journey "for"
a meeting made as "a three-day visit to Xland beginning Sunday" takes the day the meeting "will be held in
Ycity on" (a trip to two countries keeps its span)."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

Want = tuple[date | None, date | None, str | None]


def _main(text: str, today: date) -> Want:
    ev = extract(text, today=today).main_event
    assert ev is not None
    return ev.date, ev.end_date, ev.place


# --- "The ministry, in a statement today, said ...": the statement's day ------------------------------

STATEMENT_TODAY = [
    (
        """Ghana to host West African coast guard chiefs in Takoradi

ACCRA, March 9 (GNA) -- Ghana will host the heads of the coast guards of five West African states at a \
regional maritime security conference in Takoradi from 16 to 17 March.

The Ministry of the Interior, in a statement today, said the chiefs of the coast guards of Togo, Benin, \
Nigeria and Cote d'Ivoire are expected to attend the meeting.

The conference will discuss piracy in the Gulf of Guinea and illegal fishing.
""",
        date(2026, 3, 9),
        (date(2026, 3, 16), date(2026, 3, 17), "Takoradi"),
    ),
    (
        """Estonia, Finland defence ministers to meet in Tallinn

TALLINN, Oct 5 (ERR) -- Estonian Defence Minister Maarja Kask will host her Finnish counterpart Antti \
Lehtonen for talks in Tallinn on October 14 and 15.

The Defence Ministry, in a press statement today, said the two ministers would attend the meeting of the \
joint working group on Baltic Sea security.

Lehtonen will also visit a naval base in Paldiski.
""",
        date(2026, 10, 5),
        (date(2026, 10, 14), date(2026, 10, 15), "Tallinn"),
    ),
    (
        """Chile's foreign minister to host Andean partners

SANTIAGO, Aug 3 (EFE) - Chilean Foreign Minister Ignacio Varas will host his Peruvian and Bolivian \
counterparts at a trilateral meeting in Arica from Aug. 12 to 13.

The foreign ministry, in a short statement this morning, said Peruvian Foreign Minister Rosa Quispe and \
Bolivian Foreign Minister Luis Mamani would attend the meeting, the first in three years.

Water rights and border trade will top the agenda.
""",
        date(2026, 8, 3),
        (date(2026, 8, 12), date(2026, 8, 13), "Arica"),
    ),
]


@pytest.mark.parametrize(("text", "today", "want"), STATEMENT_TODAY)
def test_statement_today_is_no_meeting_day(text: str, today: date, want: Want) -> None:
    assert _main(text, today) == want


def test_report_of_todays_talks_keeps_today() -> None:
    text = """Kenya, Uganda ministers hold talks in Kampala

KAMPALA, May 4 (Xinhua) -- Kenyan Foreign Minister Joseph Otieno held talks with his Ugandan counterpart \
Grace Nakato in Kampala today.

The two ministers, in a joint statement issued after the meeting, said they had agreed to reopen the border \
crossing at Busia.

The talks took place at the Ministry of Foreign Affairs.
"""
    assert _main(text, date(2026, 5, 4)) == (date(2026, 5, 4), None, "Kampala")


# --- a visit "for" a dialogue; "The dialogue will be held in Xcity on 21 April" --------------------------

VISIT_FOR_DIALOGUE = [
    (
        """Brazilian defence, foreign ministers to visit South Africa for 2+2 talks next week

Brasilia, Sept 2 (Agencia Brasil) Brazilian Foreign Minister Paulo Ramos and Defence Minister Clara \
Nunes will visit South Africa from September 8 to 10 for the second Brazil-South Africa 2+2 ministerial \
dialogue, the foreign ministry said on Wednesday.

The dialogue will be held in Pretoria on September 9, with South African Minister of International \
Relations Thandi Mokoena and Defence Minister Sipho Dlamini leading the hosts' side, it said.

Nunes will also visit a naval dockyard in Simon's Town on September 10.
""",
        date(2026, 9, 2),
        (date(2026, 9, 9), None, "Pretoria"),
    ),
    (
        """Irish foreign, defence ministers to visit Canada for 2+2 talks

DUBLIN, June 3 (RTE) - Irish Foreign Minister Siobhan Keane and Defence Minister Owen Gallagher will \
visit Canada from June 15 to 17 for the inaugural Ireland-Canada 2+2 ministerial consultations, the \
Department of Foreign Affairs said on Wednesday.

The consultations will be held in Ottawa on June 16, with Canadian Foreign Minister Martin Leblanc and \
Defence Minister Julie Tremblay hosting, the department said.

Gallagher will also tour a shipyard in Halifax on June 17.
""",
        date(2026, 6, 3),
        (date(2026, 6, 16), None, "Ottawa"),
    ),
    (
        """Kazakh ministers to visit Mongolia for strategic dialogue

ASTANA, Oct. 7 (Kazinform) -- Kazakh Foreign Minister Yerlan Abenov and Energy Minister Daniyar Seitkali \
will visit Mongolia from Oct. 13 to 15 for the fourth Kazakhstan-Mongolia strategic dialogue, the \
foreign ministry said on Wednesday.

The dialogue will take place in Ulaanbaatar on Oct. 14, the ministry said, with Mongolian Foreign \
Minister Bold Ganbaatar leading the hosts.

Seitkali will also visit a coal mine in the Gobi on Oct. 15.
""",
        date(2026, 10, 7),
        (date(2026, 10, 14), None, "Ulaanbaatar"),
    ),
]


@pytest.mark.parametrize(("text", "today", "want"), VISIT_FOR_DIALOGUE)
def test_visit_for_dialogue_held_in_town_takes_its_day(text: str, today: date, want: Want) -> None:
    assert _main(text, today) == want


def test_press_conference_held_in_town_is_no_meeting_day() -> None:
    text = """Delegation of MPs heads to Chisinau to assess reform progress

A delegation of five Members of Parliament will be in Chisinau from 12 to 14 October to meet government \
officials and civil society.

The delegation will meet the Speaker of the Moldovan Parliament, Ion Rusu, and the Minister of Justice, \
Elena Cojocaru.

A press conference will take place in Chisinau on 14 October at 11:00 local time.
"""
    assert _main(text, date(2026, 10, 5)) == (date(2026, 10, 12), date(2026, 10, 14), "Chisinau")


# --- "the strategic dialogue on 6 July and the trilateral dialogue on 7 July" ---------------------------

PAIRED_DAYS = [
    (
        """Japanese FM to attend Japan-Mongolia-Kazakhstan foreign ministers' meeting in Astana

TOKYO, May 11 (Kyodo) -- Japanese Foreign Minister Hiroshi Tanabe will travel to Astana from May 19 to \
20 to attend the third Japan-Mongolia-Kazakhstan Foreign Ministers' Meeting and hold the \
Japan-Kazakhstan Foreign Ministers' Strategic Dialogue, the ministry said Monday.

According to the ministry, the strategic dialogue will take place on May 19 and the trilateral meeting \
on May 20.

Tanabe will also meet Kazakh President Nurlan Beisenov.
""",
        date(2026, 5, 11),
        (date(2026, 5, 20), None, "Astana"),
    ),
    (
        """Egypt's foreign minister to attend Egypt-Jordan-Iraq trilateral summit preparations in Amman

CAIRO, Feb 2 (MENA) - Egyptian Foreign Minister Hany Mahfouz will visit Amman from Feb 9 to 10 for the \
sixth Egypt-Jordan-Iraq trilateral ministerial meeting and a round of Egypt-Jordan political \
consultations, the ministry said.

The political consultations are set for Feb 9, and the trilateral meeting for Feb 10, the ministry added.
""",
        date(2026, 2, 2),
        (date(2026, 2, 10), None, "Amman"),
    ),
    (
        """Indonesian FM to co-chair economic dialogue with Vietnam in Hanoi

JAKARTA, Aug 20 (Antara) - Indonesian Foreign Minister Dewi Lestari will travel to Hanoi from Aug 26 to \
27 for the Indonesia-Vietnam economic dialogue and a round of political talks with Vietnamese Foreign \
Minister Tran Van Binh.

The political talks will be held on Aug 26 and the economic dialogue on Aug 27, the ministry said.
""",
        date(2026, 8, 20),
        (date(2026, 8, 27), None, "Hanoi"),
    ),
]


@pytest.mark.parametrize(("text", "today", "want"), PAIRED_DAYS)
def test_two_meetings_dated_in_one_sentence_take_the_headlines(text: str, today: date, want: Want) -> None:
    assert _main(text, today) == want


def test_two_meetings_dated_under_a_visit_headline_keep_the_first() -> None:
    text = """Peruvian FM to visit Ecuador next week

LIMA, March 3 (Andina) - Peruvian Foreign Minister Carla Huamán will travel to Quito from March 10 to 11 \
to hold talks with her Ecuadorian counterpart Diego Salazar, the ministry said.

The political consultations will be held on March 10 and the border commission on March 11, the ministry said.
"""
    assert _main(text, date(2026, 3, 3)) == (date(2026, 3, 10), None, "Quito")


# --- "an official visit to the RoK": a country, its talks' city the visit's ----------------------------

ROK_VISIT = [
    (
        """Deputy PM Le Van Hoa to pay official visit to RoK

Hanoi (VNA) – Deputy Prime Minister Le Van Hoa will pay an official visit to the RoK from September 14 \
to 16, the Ministry of Foreign Affairs announced.

During the visit, Hoa is scheduled to hold talks with RoK Deputy Prime Minister Choi Dong-hyun in Seoul \
on September 15 and attend a trade promotion forum.
""",
        date(2026, 9, 1),
        (date(2026, 9, 14), date(2026, 9, 16), "Seoul"),
    ),
    (
        """Speaker Nguyen Thi Lan to visit RoK

Hanoi (VNA) – Chairwoman of the National Assembly Nguyen Thi Lan will pay an official visit to the RoK \
from April 6 to 9 at the invitation of Speaker of the RoK National Assembly Park Jin-woo.

Lan will hold talks with Park in Seoul on April 7 and meet RoK business leaders.
""",
        date(2026, 4, 1),
        (date(2026, 4, 6), date(2026, 4, 9), "Seoul"),
    ),
    (
        """Indian Navy chief Admiral Menon to visit RoK

New Delhi [India], Feb 4 (ANI): Chief of the Naval Staff Admiral Rakesh Menon will pay an official visit \
to the RoK from February 10 to 13, the Indian Navy said on Wednesday.

During the visit, Admiral Menon will call on RoK Defence Minister Kim Tae-sung in Seoul on February 11 \
and meet Chief of Naval Operations Admiral Yoon Ji-ho.
""",
        date(2026, 2, 4),
        (date(2026, 2, 10), date(2026, 2, 13), "Seoul"),
    ),
]


@pytest.mark.parametrize(("text", "today", "want"), ROK_VISIT)
def test_visit_to_the_rok_is_held_in_its_talks_city(text: str, today: date, want: Want) -> None:
    assert _main(text, today) == want


def test_rok_visitor_to_the_dateline_country_keeps_the_dateline_city() -> None:
    text = """RoK Foreign Minister to visit Vietnam

Hanoi (VNA) – Foreign Minister of the Republic of Korea (RoK) Lee Soo-jin will pay an official visit to \
Vietnam from March 3 to 5 at the invitation of Minister of Foreign Affairs Bui Thanh Hai.

The two ministers will co-chair the RoK-Vietnam strategic dialogue in Hanoi on March 4.
"""
    assert _main(text, date(2026, 3, 1)) == (date(2026, 3, 3), date(2026, 3, 5), "Hanoi")


# --- date lines: "18/05/2026 04:37 PM", "Published: 8:00pm, 12 Oct 2026" --------------------------------

DATE_LINES = [
    (
        """21/09/2026 10:15 AM

Minister to host ASEAN fisheries meeting in Kuching

The Minister of Agriculture will host the ASEAN fisheries ministers' meeting in Kuching on 2 October.
""",
        date(2026, 9, 21),
        "Minister to host ASEAN fisheries meeting in Kuching",
        date(2026, 10, 2),
    ),
    (
        """Published: 7:45am, 3 Mar 2026

Seoul and Canberra to hold defence talks

The defence ministers of South Korea and Australia will hold talks in Canberra on March 12.
""",
        date(2026, 3, 3),
        "Seoul and Canberra to hold defence talks",
        date(2026, 3, 12),
    ),
    (
        """Thai and Lao ministers to meet in Vientiane

Updated: 11:20 PM, 9 Dec 2026

The foreign ministers of Thailand and Laos will meet in Vientiane on December 15 for the joint commission.
""",
        date(2026, 12, 9),
        "Thai and Lao ministers to meet in Vientiane",
        date(2026, 12, 15),
    ),
]


@pytest.mark.parametrize(("text", "published", "title", "day"), DATE_LINES)
def test_date_line_is_the_publication_date(text: str, published: date, title: str, day: date) -> None:
    b = extract(text, today=date(2027, 1, 20))
    assert (b.published, b.title) == (published, title)
    assert b.main_event is not None and b.main_event.date == day


def test_slashed_date_line_that_could_be_either_order_is_not_read() -> None:
    text = """06/04/2026

Czech and Slovak ministers to meet in Bratislava

The foreign ministers of the Czech Republic and Slovakia will meet in Bratislava on Thursday.
"""
    b = extract(text, today=date(2027, 1, 20))
    assert b.published is None
    assert b.title == "Czech and Slovak ministers to meet in Bratislava"


# --- "is to lead a delegation to Xland from Monday next week to Thursday" -------------------------------

DELEGATION_WEEK = [
    ("""Tue, Mar 10, 2026 - Page 3

Tuvalu prime minister to visit Taiwan

Tuvaluan Prime Minister Kausea Teo is to lead a delegation to Taiwan from Monday next week to Thursday, \
the Ministry of Foreign Affairs said yesterday.

Teo is to meet President Hsu Wen-cheng at the Presidential Office on Tuesday next week, the ministry said.
""", (date(2026, 3, 16), date(2026, 3, 19), None)),
    ("""Wed, Sep 02, 2026 - Page 2

Eswatini king to visit Taiwan

King Mandla Dlamini is to lead a 40-member delegation to Taiwan from Monday next week to Wednesday, the \
Ministry of Foreign Affairs said yesterday.

The king is to attend a state banquet on Tuesday next week, the ministry said.
""", (date(2026, 9, 7), date(2026, 9, 9), None)),
    ("""Thu, Apr 16, 2026 - Page 3

Guatemalan minister to visit

Guatemalan Minister of Foreign Affairs Lucia Herrera is to lead a trade delegation to Taiwan from Monday \
next week to Saturday, the ministry said yesterday.

Herrera is to hold talks with Minister of Foreign Affairs Chen Kuo-hsiang on Wednesday next week, the \
ministry said.
""", (date(2026, 4, 20), date(2026, 4, 25), None)),
]


@pytest.mark.parametrize(("text", "want"), DELEGATION_WEEK)
def test_delegation_from_next_weeks_day_to_a_weekday(text: str, want: Want) -> None:
    assert _main(text, date(2027, 1, 20)) == want


def test_past_delegation_leaves_the_coming_meeting() -> None:
    text = """Tue, Mar 10, 2026 - Page 3

Tuvalu delegation in Taipei

Tuvaluan Prime Minister Kausea Teo led a delegation to Taiwan last year, the Ministry of Foreign Affairs \
said yesterday.

Tuvalu's foreign minister is to meet Minister of Foreign Affairs Chen Kuo-hsiang at the ministry on \
Friday, the ministry said.
"""
    assert _main(text, date(2027, 1, 20)) == (date(2026, 3, 13), None, "Taipei")


# --- "a three-day visit to Xland beginning Sunday ... The dialogue will be held in Ycity on 5 October" ---

DAYS_VISIT_FOR = [
    ("""Sri Lankan FM to travel to Japan for policy dialogue

Colombo, May 6 (Xinhua) -- Sri Lankan Foreign Minister Ruwan Perera will pay a four-day visit to Japan \
beginning Sunday, during which he will co-chair the fifth Sri Lanka-Japan Policy Dialogue, the foreign \
ministry said on Wednesday.

The dialogue will be held in Tokyo on May 12, the ministry said in a statement.
""", date(2026, 5, 6), (date(2026, 5, 12), None, "Tokyo")),
    ("""Nepal's foreign minister to travel to Thailand for Joint Commission meeting

Kathmandu, Jan 21 (PTI) Nepal's Foreign Minister Sita Gurung will pay a three-day visit to Thailand \
beginning Monday to co-chair the Nepal-Thailand Joint Commission, the foreign ministry said on \
Wednesday.

The Joint Commission session will take place in Bangkok on January 27, the ministry said.
""", date(2026, 1, 21), (date(2026, 1, 27), None, "Bangkok")),
    ("""Indian defence minister to travel to Kenya for joint defence dialogue

New Delhi, Oct 1 (PTI) Defence Minister Arjun Rao will pay a three-day visit to Kenya beginning Sunday \
during which he will co-chair the India-Kenya defence dialogue, officials said on Thursday.

The dialogue will be held in Nairobi on October 5, they said.
""", date(2026, 10, 1), (date(2026, 10, 5), None, "Nairobi")),
]


@pytest.mark.parametrize(("text", "today", "want"), DAYS_VISIT_FOR)
def test_n_day_visit_for_a_meeting_takes_the_meetings_day(text: str, today: date, want: Want) -> None:
    assert _main(text, today) == want


def test_n_day_trip_to_two_countries_keeps_its_span() -> None:
    text = """Kathmandu, Jan 21 (PTI) Nepal's Foreign Minister Sita Gurung will embark on a five-day visit \
to Thailand and Malaysia beginning Monday, the foreign ministry said on Wednesday.

In Bangkok, she will hold talks with Thai Foreign Minister Anan Chaiyaporn on January 27.

She will then travel to Kuala Lumpur, where she will hold talks on January 29 with Malaysian Foreign \
Minister Aziz Rahman.
"""
    assert _main(text, date(2026, 1, 21)) == (date(2026, 1, 26), date(2026, 1, 30), None)
