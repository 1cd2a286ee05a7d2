"""Main-event day and place rules, round 18: a relative clause's past tense after a date ("..., which had
not been held since 2015") does not send a date without a year into the past; "next week" in the lead is
spelled out by the weekday a later sentence gives the meeting ("X will take place Tuesday"); the day of a
journey to a meeting ("will travel to Y on Sunday for the summit") gives way to the meeting's own day
("the summit on Monday"); a meeting sentence naming only a venue ("at the Pentagon") under a dateline takes
the city the lead holds the meeting in ("will hold talks with B in Washington this week"); the city of the
main event's own named gathering ("on the sidelines of the X Dialogue in Y") is not another gathering's; a
town the meeting is held in, placed by its bearing from a city ("in Smalltown, south-east of Rome") or
described as a town, beats the dateline's city; a release's date line "City, 28 May 2031" gives way to
the meeting sentence's own city ("held talks on 28 May in Jakarta"); a closing attribution ("..., her first
visit to Japan, the IAEA said") is no second destination of a trip, and the visitor's meetings with two
host officials stay side meetings; a dated visit to a country (its formal name too, "the Republic of Korea")
whose undated legs name two of its cities ("In Seoul, ... will then travel to Busan") has no single place;
a gathering opened "from Friday" closes on the day the next paragraph says it "runs until"."""

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


# ---- a past relative clause after a date without a year: the date's own clause is not past ----------


@pytest.mark.parametrize(
    ("sentence", "today", "first"),
    [
        (  # corpus wording
            "The trip ends in Berlin, on December 3 and 4, with the resumption of the Brazil-Germany "
            "High-Level Intergovernmental Consultations, which had not been held since 2015.",
            date(2023, 11, 24),
            date(2023, 12, 3),
        ),
        (  # wire story
            "The tour closes in Vienna on 9 October with the Joint Economic Commission, which last "
            "met in 2019.",
            date(2030, 9, 30),
            date(2030, 10, 9),
        ),
        (  # ministry release
            "On 14 March the Minister proceeds to Lima for the Strategic Dialogue, which was "
            "suspended during the pandemic.",
            date(2031, 3, 2),
            date(2031, 3, 14),
        ),
        (  # media note
            "The Secretary concludes her travel in Nairobi on June 20, where she meets civil society "
            "leaders, who were briefed on the programme earlier.",
            date(2031, 6, 10),
            date(2031, 6, 20),
        ),
    ],
)
def test_past_relative_clause_leaves_the_date_ahead(sentence: str, today: date, first: date) -> None:
    assert find_dates(sentence, 0, len(sentence), today)[0].date == first


def test_past_main_clause_still_reads_the_date_as_past() -> None:
    # the clause that holds the date is itself past: the last such day on or before the reference date
    s = "The ministers met in Oslo on March 4, which opened the new round of talks."
    assert find_dates(s, 0, len(s), date(2031, 5, 1))[0].date == date(2031, 3, 4)


def test_trip_over_several_countries_keeps_its_range_with_a_past_clause_in_a_leg() -> None:
    text = (
        "Press Release No. 88\nApril 2, 2031\n\n"
        "Trip of President Ana Ferreira to Kenya, Tanzania and Portugal – April 6 to 12, 2031\n\n"
        "President Ana Ferreira will travel to Kenya, Tanzania and Portugal between April 6 and 12.\n\n"
        "In Nairobi, on April 6 and 7, President Ferreira will meet President Daniel Mwangi.\n\n"
        "The trip ends in Lisbon, on April 11 and 12, with the Joint Commission, which had not met "
        "since 2016."
    )
    ev = _main(text, date(2031, 4, 2))
    assert (ev.date, ev.end_date) == (date(2031, 4, 6), date(2031, 4, 12))


# ---- "next week" in the lead, "X will take place Tuesday" after it: the weekday given to the meeting ----


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        (  # corpus wording, other names
            "WELLINGTON (AP) — Foreign Minister Mere Tawhiri and Defence Minister Tom Aldous will host "
            "their Canadian counterparts next week in Auckland for annual talks on Pacific security.\n\n"
            "The Canada-New Zealand Ministerial Consultations, known as CANZMIN, will take place Tuesday, "
            "the ministry said Friday.\n\n"
            "Aldous and his counterpart will also hold a separate meeting Monday at the Defence Force "
            "headquarters.",
            date(2031, 3, 11),
            "Auckland",
        ),
        (  # wire story
            "OSLO, March 7 (Reuters) - Nordic defence ministers will meet in Bergen next week to discuss "
            "Arctic surveillance, the Norwegian defence ministry said on Friday.\n\n"
            "The meeting is set for Thursday at the Haakonsvern naval base.",
            date(2031, 3, 13),
            "Bergen",
        ),
        (  # ministry release
            "Minister of Foreign Affairs Ana Duarte will receive her Moroccan counterpart, Karim Benali, "
            "in Lisbon next week for the fourth Joint Commission between the two countries.\n\n"
            "The Joint Commission will be held on Wednesday at the Necessidades Palace.",
            date(2031, 3, 12),
            "Lisbon",
        ),
        (  # media note
            "Secretary of State Laura Kemp will host the U.S.-Ghana Strategic Dialogue in Washington "
            "next week.\n\n"
            "The dialogue will take place Thursday at the Department of State, with a working lunch to "
            "follow.",
            date(2031, 3, 13),
            "Washington",
        ),
    ],
)
def test_weekday_given_to_the_meeting_spells_out_next_week(text: str, day: date, place: str) -> None:
    ev = _main(text, date(2031, 3, 7))
    assert (ev.date, ev.place) == (day, place)


def test_separate_meetings_weekday_does_not_spell_out_next_week() -> None:
    # "A separate meeting ... will take place Wednesday": another meeting's day, not the main one's
    text = (
        "WELLINGTON (AP) — Foreign Minister Mere Tawhiri and Defence Minister Tom Aldous will host "
        "their Canadian counterparts next week in Auckland for annual talks on Pacific security.\n\n"
        "A separate meeting of the two defence ministers will take place Wednesday at the Defence "
        "Force headquarters, the ministry said Friday."
    )
    assert _main(text, date(2031, 3, 7)).date == date(2031, 3, 10)  # next week's first day, as before


# ---- "will travel to X on Sunday for the summit ... the summit on Monday": the journey's day is not it --


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (  # corpus wording, other names
            "HANOI, May 16 Kyodo - Prime Minister Kenji Arai will travel to Hanoi on Sunday for the first "
            "trilateral summit with Vietnam and Laos in five years, the government said Friday.\n\n"
            "Arai will sit down with President Tran Van Long and Prime Minister Sone Keomany for the "
            "summit on Monday, and will hold separate bilateral talks with each leader on Sunday, a "
            "spokesman told a press conference.",
            date(2031, 5, 19),
        ),
        (  # wire story
            "BERLIN, May 16 (Reuters) - Chancellor Greta Holm flies to Lisbon on Sunday for an EU-Africa "
            "summit expected to focus on migration and energy.\n\n"
            "The summit opens on Monday with a session on investment.",
            date(2031, 5, 19),
        ),
        (  # ministry release
            "The Minister of Foreign Affairs, Kwame Asante, will leave for Nairobi on 18 May to attend "
            "the Ghana-Kenya Permanent Joint Commission.\n\n"
            "The Joint Commission will be held on 19 May at the Ministry of Foreign Affairs.",
            date(2031, 5, 19),
        ),
        (  # media note
            "Secretary of State Laura Kemp will travel to Panama City, Panama, on May 18 for the Central "
            "America Security Conference.\n\n"
            "The conference will take place on May 19 at the Ministry of Public Security.",
            date(2031, 5, 19),
        ),
        (  # ministry release, "travel to X on Tuesday for the Summit"
            "Prime Minister Anwar Ismail will travel to Vientiane on Tuesday for the ASEAN-GCC Summit, the "
            "Prime Minister's Office said in a statement today.\n\n"
            "The Prime Minister will attend the Summit on Wednesday together with leaders of the Gulf "
            "states, and will hold bilateral meetings on Tuesday evening.",
            date(2031, 5, 21),
        ),
        (  # media note, dated
            "Secretary of State Laura Kemp will travel to Brussels on October 12 for a meeting of NATO "
            "foreign ministers.\n\n"
            "At the meeting on October 13, the Secretary will press Allies to raise defense spending.",
            date(2031, 10, 13),
        ),
    ],
)
def test_meeting_day_after_the_journey_day(text: str, day: date) -> None:
    assert _main(text, date(2031, 5, 16)).date == day


def test_journey_day_stays_when_later_day_is_another_gathering() -> None:
    text = (
        "SEOUL, May 16 (Yonhap) - Prime Minister Kenji Arai will travel to Seoul on Sunday for talks "
        "with President Park Min-ho on trade and security.\n\n"
        "The two leaders will also attend a business forum on Monday, officials said."
    )
    assert _main(text, date(2031, 5, 16)).date == date(2031, 5, 18)


# ---- a venue-only meeting sentence under a dateline: the city the lead holds the meeting "in" ----------


@pytest.mark.parametrize(
    ("text", "today", "place"),
    [
        (  # corpus wording, other names
            "TOKYO, March 3 (Kyodo) -- Defense Minister Hiro Sato will hold annual security talks with "
            "Australian Defence Minister Ruth Clarke in Canberra this week, his ministry said Monday.\n\n"
            "The talks will take place Wednesday at Parliament House, and Sato will leave for Australia "
            "on Tuesday, according to the ministry.",
            date(2031, 3, 3),
            "Canberra",
        ),
        (  # wire story
            "NAIROBI, June 2 (Reuters) - Kenya's Foreign Minister Grace Wanjiru will meet her Ethiopian "
            "counterpart Dawit Bekele in Addis Ababa this week, officials said on Monday.\n\n"
            "The meeting will take place on Thursday at the African Union headquarters.",
            date(2031, 6, 2),
            "Addis Ababa",
        ),
        (  # ministry release
            "PARIS, 7 April 2031 — The Minister for Europe and Foreign Affairs, Claire Vautrin, will "
            "convene her German and Polish counterparts in Lyon this week.\n\n"
            "The ministerial meeting will take place on Thursday at the Hôtel de Région.",
            date(2031, 4, 7),
            "Lyon",
        ),
        (  # media note
            "WASHINGTON — Secretary of State Laura Kemp will host the foreign ministers of the Pacific "
            "Islands Forum in Honolulu this week.\n\n"
            "The meeting will take place Friday at the East-West Center.",
            date(2031, 9, 8),
            "Honolulu",
        ),
    ],
)
def test_lead_city_of_the_meeting_beats_the_dateline(text: str, today: date, place: str) -> None:
    assert _main(text, today).place == place


def test_city_outside_the_meeting_clause_leaves_the_dateline() -> None:
    text = (
        "SEOUL, Oct. 27 (Yonhap) -- Defense Minister Kim Do-yun will hold talks with U.S. Defense "
        "Secretary Mark Ellison this week, days after returning from Tokyo.\n\n"
        "The talks will take place Wednesday at the defense ministry."
    )
    assert _main(text, date(2031, 10, 27)).place == "Seoul"


# ---- "on the sidelines of the X Dialogue in Y": the main event's own gathering, so its own city ---------


@pytest.mark.parametrize(
    ("text", "today", "place"),
    [
        (  # corpus wording, other names
            "published: 2031-11-18\n\n"
            "Halifax (AFP) - US Defense Secretary Mark Ellison will meet Chinese Defence Minister Zhao Lin "
            "on the sidelines of the Halifax International Security Forum in Halifax this week, the "
            "Pentagon said.\n\n"
            "The forum runs from Friday to Sunday, with the Canadian defence minister opening it on "
            "Friday evening.",
            date(2031, 11, 18),
            "Halifax",
        ),
        (  # wire story
            "European foreign ministers will attend the Bled Strategic Forum in Ljubljana this week, "
            "organisers said.\n\n"
            "The two-day gathering opens on Monday with a panel on enlargement.",
            date(2031, 9, 5),
            "Ljubljana",
        ),
        (  # ministry release
            "The Minister of Foreign Affairs will take part in the Doha Forum in Doha at the invitation "
            "of his Qatari counterpart.\n\n"
            "The Forum will be held from 6 to 7 December.",
            date(2031, 11, 28),
            "Doha",
        ),
        (  # media note
            "Secretary of State Laura Kemp will lead the U.S. delegation to the Manama Dialogue in "
            "Manama.\n\n"
            "The dialogue takes place November 20-22.",
            date(2031, 11, 10),
            "Manama",
        ),
    ],
)
def test_own_gatherings_city(text: str, today: date, place: str) -> None:
    assert _main(text, today).place == place


def test_gathering_the_visit_comes_ahead_of_keeps_its_city_apart() -> None:
    text = (
        "THE WHITE HOUSE\n\nStatement on the Visit of Prime Minister Aldo Rinaldi of Italy\n\nMay 3, 2031\n\n"
        "President Harlan Prewitt will welcome Prime Minister Aldo Rinaldi of Italy to the White House on "
        "Monday, May 12, 2031. The visit comes ahead of the NATO Summit in Vilnius in July."
    )
    assert _main(text, date(2031, 5, 3)).place is None  # the White House only: a venue, no city


# ---- "ROME — ... will host them in Smalltown, south-east of Rome": the meeting's town, not the dateline's --


@pytest.mark.parametrize(
    ("text", "today", "place"),
    [
        (  # corpus wording, other names
            "MADRID, May 3 (EFE) - Foreign Minister Elena Ruiz will host her EU counterparts in Valdemora, "
            "north of Madrid, on May 12 and 13 for an informal meeting of the bloc's foreign ministers, "
            "the ministry said on Friday.",
            date(2031, 5, 3),
            "Valdemora",
        ),
        (  # wire story
            "TOKYO, April 2 (Kyodo) - Japan will host Group of Seven energy ministers in Hakumura, about "
            "150 km north-west of Tokyo, on April 15 and 16, the industry ministry said Wednesday.",
            date(2031, 4, 2),
            "Hakumura",
        ),
        (  # ministry release
            "OSLO, 2 June 2031\n\n"
            "The Minister of Foreign Affairs will host the Nordic-Baltic Eight foreign ministers in "
            "Lillevik, a coastal town in the south of the country, on 12 and 13 June.",
            date(2031, 6, 2),
            "Lillevik",
        ),
        (  # media note
            "WASHINGTON — Secretary of State Laura Kemp will meet her G7 counterparts in Borgo Alto, near "
            "Rome, on November 25 and 26 for the last foreign ministers' meeting of the Italian "
            "presidency.",
            date(2031, 11, 18),
            "Borgo Alto",
        ),
    ],
)
def test_town_placed_by_bearing_or_description(text: str, today: date, place: str) -> None:
    assert _main(text, today).place == place


def test_town_outside_the_meeting_clause_is_not_the_place() -> None:
    # "who grew up in Smalltown, south of Rome": a person's town, not where the meeting is held
    text = (
        "ROME, Nov 20 (ANSA) - Foreign Minister Paolo Ferri, who grew up in Vallecorsa, south of Rome, "
        "will host his G7 counterparts in Rome on November 25 and 26."
    )
    assert _main(text, date(2031, 11, 20)).place == "Rome"


# ---- a date line "City, 28 May 2031" over "held talks on 28 May in Othercity": the sentence's city ----


@pytest.mark.parametrize(
    ("text", "today", "place"),
    [
        (  # corpus wording, other names
            "MINISTRY OF DEFENCE – PRESS RELEASE\nBerlin, 14 March 2031\n\n"
            "Minister Jonas Keller holds talks with his Vietnamese counterpart in Hanoi\n\n"
            "As part of the Chancellor's official visit to Vietnam, Minister Jonas Keller held talks on "
            "Friday 14 March in Hanoi with General Pham Van Tuan, Minister of National Defence.",
            date(2031, 3, 14),
            "Hanoi",
        ),
        (  # media note
            "Office of the Spokesperson\nWashington, June 3, 2031\n\n"
            "Secretary Kemp's Meeting with Canadian Foreign Minister Tremblay\n\n"
            "Secretary of State Laura Kemp met Canadian Foreign Minister Paul Tremblay on June 3 in Ottawa "
            "to discuss Arctic security and critical minerals.",
            date(2031, 6, 3),
            "Ottawa",
        ),
        (  # ministry release
            "Canberra, 9 August 2031\n\n"
            "Foreign Minister meets Indonesian counterpart\n\n"
            "The Minister for Foreign Affairs, Helen Marchetti, held talks on 9 August in Jakarta with "
            "Foreign Minister Retno Wulandari on maritime cooperation.",
            date(2031, 8, 9),
            "Jakarta",
        ),
        (  # readout in a wire's words
            "Tokyo, 20 May 2031\n\n"
            "Japan-Korea Foreign Ministers' Talks\n\n"
            "Foreign Minister Kenji Uehara held talks on 20 May in Seoul with Foreign Minister Park Ji-won, "
            "the first such meeting this year.",
            date(2031, 5, 20),
            "Seoul",
        ),
    ],
)
def test_sentence_city_beats_a_release_date_line(text: str, today: date, place: str) -> None:
    assert _main(text, today).place == place


def test_title_town_stays_over_another_meetings_city() -> None:
    # the title line is the meeting's own; "a preparatory meeting in Oslo" is another meeting's city
    text = (
        "Informal Meeting of Nordic Defence Ministers\nBodø, 12 May 2031\n\n"
        "The ministers met on 12 May, a week after a preparatory meeting in Oslo, to agree a joint "
        "patrol plan."
    )
    assert _main(text, date(2031, 5, 12)).place == "Bodø"


# ---- ", the agency said in a statement" closing a visit sentence is no second destination ---------------


@pytest.mark.parametrize(
    ("text", "today", "place"),
    [
        (  # corpus wording, other names
            "VIENNA, March 9 (Reuters) - The head of the U.N. nuclear watchdog will travel to Seoul next "
            "week for talks on reactor safety, the agency said on Monday.\n\n"
            "International Atomic Energy Agency Director General Ingrid Solberg will be in Seoul from "
            "March 16 to 18, her first visit to South Korea since taking office, the IAEA said in a "
            "statement.",
            date(2031, 3, 9),
            "Seoul",
        ),
        (  # wire story
            "BRUSSELS, May 2 (Reuters) - NATO Secretary General Anders Lund will be in Oslo on May 10 and "
            "11, his first visit to Norway this year, NATO said on Friday.",
            date(2031, 5, 2),
            "Oslo",
        ),
        (  # organisation release
            "The Secretary-General of ASEAN, Kao Sovann, will be in Wellington from 4 to 5 June, his first "
            "visit to New Zealand since taking office, ASEAN said today.",
            date(2031, 5, 28),
            "Wellington",
        ),
        (  # media note
            "EU High Representative Marta Kovac will be in Canberra from August 4 to 6, her first trip to "
            "Australia in the role, the EU said in a statement.",
            date(2031, 7, 29),
            "Canberra",
        ),
    ],
)
def test_attribution_after_a_visit_is_no_second_stop(text: str, today: date, place: str) -> None:
    assert _main(text, today).place == place


def test_trip_over_several_cities_with_attribution_has_no_place() -> None:
    text = (
        "Foreign Minister Kenji Uehara will travel to Manila, Hanoi and Jakarta from May 3 to 8, the "
        "ministry said."
    )
    assert _main(text, date(2031, 4, 28)).place is None


def test_visitors_meetings_with_two_host_officials_stay_side_meetings() -> None:
    text = (
        "VIENNA, March 9 (Reuters) - International Atomic Energy Agency Director General Ingrid Solberg "
        "will be in Seoul from March 16 to 18, her first visit to South Korea since taking office, the "
        "IAEA said in a statement.\n\n"
        "Solberg, a former Norwegian deputy foreign minister, is scheduled to meet Foreign Minister "
        "Park Ji-won and Minister of Trade, Industry and Energy Lee Soo-min, a South Korean government "
        "source said."
    )
    b = extract(text, today=date(2031, 3, 9))
    sides = sorted(sorted(e.participants) for e in b.events if e.kind == "bilateral")
    assert sides == [["Ingrid Solberg", "Lee Soo-min"], ["Ingrid Solberg", "Park Ji-won"]]


# ---- a dated visit to a country whose undated legs name two of its cities: no single place ---------------


@pytest.mark.parametrize(
    ("text", "today"),
    [
        (  # corpus wording, other names
            "Minister of Foreign Affairs H.E. Selim Aydin will pay an official visit to the Republic of "
            "Korea on 3-5 June 2031 upon the invitation of his counterpart.\n\n"
            "In Seoul, Minister Aydin will be received by the Prime Minister and will hold talks with his "
            "counterpart.\n\n"
            "The Minister will then travel to Busan, where he will visit the shipyards.",
            date(2031, 6, 1),
        ),
        (  # wire story
            "ANKARA, June 1 (Reuters) - Turkish Foreign Minister Selim Aydin will visit Japan from June 3 "
            "to 5, the ministry said.\n\n"
            "In Tokyo, Aydin will meet Foreign Minister Kenji Uehara.\n\n"
            "He will then travel to Osaka to meet business leaders.",
            date(2031, 6, 1),
        ),
        (  # media note
            "Secretary of State Laura Kemp will travel to India from March 3 to 6.\n\n"
            "In New Delhi, the Secretary will meet External Affairs Minister Arjun Rao.\n\n"
            "The Secretary will then travel to Mumbai, where she will visit a technology hub.",
            date(2031, 2, 27),
        ),
        (  # ministry release, a state's formal name only
            "The Minister will pay an official visit to the Socialist Republic of Vietnam from 10 to 12 "
            "May 2031.\n\n"
            "In Hanoi, the Minister will co-chair the Joint Commission.\n\n"
            "The Minister will then travel to Da Nang to open a trade office.",
            date(2031, 5, 5),
        ),
    ],
)
def test_visit_over_several_cities_has_no_place(text: str, today: date) -> None:
    assert _main(text, today).place is None


def test_visit_with_one_city_keeps_it() -> None:
    text = (
        "Minister of Foreign Affairs H.E. Selim Aydin will pay an official visit to the Republic of "
        "Korea on 3-5 June 2031.\n\n"
        "In Seoul, Minister Aydin will be received by the Prime Minister and will hold talks with his "
        "counterpart.\n\n"
        "During the meetings, bilateral relations will be reviewed in all their dimensions."
    )
    assert _main(text, date(2031, 6, 1)).place == "Seoul"


# ---- "gather from Friday" / next paragraph "the three-day X, which runs until Sunday": the last day -------


@pytest.mark.parametrize(
    ("text", "today", "first", "last"),
    [
        (  # corpus wording, other names
            "HALIFAX, Nov 18 (Reuters) - Defence ministers from across the Atlantic will gather in Halifax "
            "from Friday for the region's premier security forum.\n\n"
            "U.S. Defense Secretary Mark Ellison, who arrives on Thursday, is expected to speak on Saturday "
            "at the three-day Halifax International Security Forum, which runs until Sunday at the "
            "Westin hotel.",
            date(2031, 11, 18),
            date(2031, 11, 21),
            date(2031, 11, 23),
        ),
        (  # wire story
            "LIMA, May 12 (Reuters) - Pacific trade ministers will meet in Lima from Wednesday for talks on "
            "supply chains.\n\n"
            "The ministerial, which runs through Friday, is expected to end with a joint statement.",
            date(2031, 5, 12),
            date(2031, 5, 14),
            date(2031, 5, 16),
        ),
        (  # ministry release
            "The Minister of External Affairs will attend the Raisina Dialogue in New Delhi, opening on "
            "3 March.\n\n"
            "The Dialogue, which runs until 5 March, brings together ministers and experts from 100 "
            "countries.",
            date(2031, 3, 1),
            date(2031, 3, 3),
            date(2031, 3, 5),
        ),
        (  # media note
            "Secretary of State Laura Kemp will lead the U.S. delegation to the Munich Security Conference "
            "starting February 14.\n\n"
            "The conference runs through February 16 at the Hotel Bayerischer Hof.",
            date(2031, 2, 10),
            date(2031, 2, 14),
            date(2031, 2, 16),
        ),
    ],
)
def test_running_span_in_the_next_paragraph_closes_the_gathering(
    text: str, today: date, first: date, last: date
) -> None:
    ev = _main(text, today)
    assert (ev.date, ev.end_date) == (first, last)


def test_other_end_in_the_next_paragraph_does_not_close_it() -> None:
    text = (
        "LIMA, May 12 (Reuters) - Pacific trade ministers will meet in Lima from Wednesday for talks on "
        "supply chains.\n\n"
        "Accreditation for journalists closes on Friday."
    )
    ev = _main(text, date(2031, 5, 12))
    assert (ev.date, ev.end_date) == (date(2031, 5, 14), None)
