"""Event rules, round 7 (generalisation to reconstructed releases): date lines in capitals and on wire
source lines, gatherings that "run from" a range, later legs, transcript speaker labels, numbered lists
of meetings, semicolon lists of those met, towns the gazetteer does not know."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.models import Briefing

from .extract_helpers import main_of as _main
from .extract_helpers import sides_of as _sides


def _run(text: str, today: date = date(2031, 11, 1)) -> Briefing:
    return extract(text, today=today)


# --- reference dates ---------------------------------------------------------------------------------


def test_a_date_line_in_capitals_is_the_reference_date() -> None:
    text = (
        "Minister Halvorsen's Travel to Norland\n\n"
        "MEDIA NOTE\n\n"
        "MARCH 3, 2031\n\n"
        "Foreign Minister Edda Halvorsen will travel to Oslo on March 5 to meet Norwegian Foreign "
        "Minister Per Lindqvist."
    )
    b = _run(text)
    assert b.reference_date == date(2031, 3, 3)
    assert _main(b).date == date(2031, 3, 5)


def test_a_wire_source_line_gives_the_reference_date() -> None:
    text = (
        "Ministers to meet in Tromso on climate\n\n"
        "NORDIC WIRE - Feb 12, 2031 - 09:15 | World\n\n"
        "Foreign Minister Edda Halvorsen will hold talks with Danish Foreign Minister Karl Brandt in "
        "Oslo on Sunday."
    )
    b = _run(text)
    assert b.reference_date == date(2031, 2, 12)
    assert _main(b).date == date(2031, 2, 16)


# --- main-event dates and places ---------------------------------------------------------------------


def test_a_range_with_weekdays_before_both_days_is_one_range() -> None:
    text = (
        "published: 2031-05-28\n\n"
        "Minister Orvik to attend the Harbour Forum\n\n"
        "Defence Minister Tarja Orvik will visit Lisbon from Friday, May 30 to Sunday, June 1, 2031, to "
        "attend the Harbour Forum."
    )
    main = _main(_run(text))
    assert (main.date, main.end_date) == (date(2031, 5, 30), date(2031, 6, 1))


def test_meetings_that_run_over_a_range_beat_a_later_legs_day() -> None:
    text = (
        "published: 2031-07-20\n\n"
        "Foreign Minister to travel to Laos and Korea\n\n"
        "Foreign Minister Aroha Tane will travel to Laos this week to attend the regional Foreign "
        "Ministers' Meetings in Vientiane, before visiting Korea.\n\n"
        '"The region matters to us," Ms Tane says.\n\n'
        "The regional meetings, which run from 24 to 26 July, include a forum on security and a "
        "dialogue on trade.\n\n"
        "Ms Tane will then travel to Seoul on 27 July for talks with Korean Foreign Minister Park "
        "Seo-jin."
    )
    b = _run(text)
    main = _main(b)
    assert (main.date, main.end_date, main.place) == (date(2031, 7, 24), date(2031, 7, 26), "Vientiane")
    assert ("bilateral", ["Aroha Tane", "Park Seo-jin"]) in _sides(b)


def test_a_dated_press_conference_headline_does_not_demote_the_visit() -> None:
    text = (
        "Spokesperson Lin Hao's Regular Press Conference on April 2, 2031\n\n"
        "Lin Hao: At the invitation of Foreign Minister Ruth Okoro of Ghana and Foreign Minister Amadou "
        "Diallo of Senegal, Foreign Minister Zhou Ming will visit Ghana and Senegal from April 5 to 9. "
        "During the visit in Senegal, Foreign Minister Zhou Ming will co-chair the third strategic "
        "dialogue with Foreign Minister Amadou Diallo in Dakar on April 8.\n\n"
        "Lin Hao: In Accra, Foreign Minister Zhou Ming will hold talks with Foreign Minister Ruth Okoro "
        "and meet President Kofi Mensah."
    )
    b = _run(text, today=date(2031, 4, 2))
    main = _main(b)
    assert (main.date, main.end_date, main.place) == (date(2031, 4, 5), date(2031, 4, 9), None)
    assert "Lin Hao" not in main.participants
    sides = _sides(b)
    assert ("bilateral", ["Ruth Okoro", "Zhou Ming"]) in sides
    assert not any("Lin Hao" in names for _, names in sides)


def test_a_resort_town_the_gazetteer_lacks_beats_its_prefecture() -> None:
    text = (
        "published: 2031-04-10\n\n"
        "Ministers to meet in the hills\n\n"
        "Foreign ministers from the group will gather in the resort town of Hakuba in Nagano Prefecture "
        "from Sunday for three days of talks, as Japan prepares to host a summit in Hiroshima next month."
    )
    main = _main(_run(text))
    assert main.place == "Hakuba"
    assert main.date == date(2031, 4, 13)


# --- side meetings -----------------------------------------------------------------------------------


def test_slated_to_meet_is_a_side_meeting_not_the_main_event_restated() -> None:
    text = (
        "published: 2031-04-10\n\n"
        "Group ministers to meet in Kyoto\n\n"
        "Foreign ministers of the group will gather in Kyoto from Sunday for three days of talks.\n\n"
        "Japanese Foreign Minister Kenta Mori, who will chair the meeting, is set to hold bilateral talks "
        "on the sidelines.\n\n"
        "Mori is also slated to meet British Foreign Secretary Alan Pike and German Foreign Minister Ute "
        "Krall, the source said."
    )
    sides = _sides(_run(text))
    assert ("bilateral", ["Alan Pike", "Kenta Mori"]) in sides
    assert ("bilateral", ["Kenta Mori", "Ute Krall"]) in sides


def test_a_numbered_list_of_format_meetings() -> None:
    text = (
        "Ministry of Defence\n"
        "May 20, 2031\n\n"
        "Minister ODA's Visit to Singapore\n\n"
        "1. Minister of Defense ODA Hiroki will visit Singapore from May 22 to 24, 2031, to attend the "
        "Harbour Security Forum.\n\n"
        "2. During the visit, Minister ODA plans to hold the following meetings on the margins of the "
        "Forum:\n"
        "(1) Japan-U.S.-Australia-Philippines Defense Ministers' Meeting with the Honorable Mark Dayle, "
        "U.S. Secretary of Defense; the Honorable Lena Frost MP, Minister for Defence of Australia; and "
        "the Honorable Ramon Cruz, Secretary of National Defense of the Philippines\n"
        "(2) Japan-U.S.-Australia Defense Ministers' Meeting\n"
        "(3) Japan-Singapore Defense Ministerial Meeting with Dr Tan Wei Ming, Minister for Defence of "
        "Singapore\n"
        "(4) other bilateral meetings, subject to arrangement\n"
    )
    sides = _sides(_run(text))
    assert ("multilateral", ["Lena Frost", "Mark Dayle", "Oda Hiroki", "Ramon Cruz"]) in sides
    # the Japan-U.S.-Australia meeting names no one: the counterparts of its sides the text names (round 10)
    assert ("trilateral", ["Lena Frost", "Mark Dayle", "Oda Hiroki"]) in sides
    assert ("bilateral", ["Oda Hiroki", "Tan Wei Ming"]) in sides


def test_a_visit_to_a_country_over_two_of_its_cities_has_no_single_place() -> None:
    text = (
        "Ghana – Visit by Marc Delorme, Minister for Foreign Affairs (3-5 June 2031)\n\n"
        "Paris, 2 June 2031\n\n"
        "Marc Delorme, Minister for Foreign Affairs, will travel to Ghana from 3 to 5 June 2031.\n\n"
        "In Accra on 4 June, the Minister will hold talks with his Ghanaian counterpart, Ama Boateng, "
        "Minister for Foreign Affairs.\n\n"
        "On 5 June, Marc Delorme will travel to Kumasi, where he will meet business leaders."
    )
    b = _run(text)
    main = _main(b)
    assert (main.date, main.end_date, main.place) == (date(2031, 6, 3), date(2031, 6, 5), None)
    assert ("bilateral", ["Ama Boateng", "Marc Delorme"]) in _sides(b)


def test_a_bulleted_list_of_gatherings_the_traveller_also_attends() -> None:
    text = (
        "published: 2031-07-20\n\n"
        "Minister's Attendance at the Regional Foreign Ministers' Meeting, 22 to 25 July 2031\n\n"
        "Minister for Foreign Affairs Dr Lena Koh will be in Vientiane, Laos, from 22 to 25 July 2031 to "
        "attend the 60th Regional Foreign Ministers' Meeting.\n\n"
        "Minister Koh will also attend the following meetings:\n"
        "- the Regional Post Ministerial Conference (PMC) with the Dialogue Partners;\n"
        "- the 17th Pacific Rim Summit (PRS) Foreign Ministers' Meeting; and\n"
        "- the 34th Regional Security Forum on 25 July 2031.\n\n"
        "On the sidelines, Minister Koh is expected to hold bilateral meetings with her counterparts, "
        "including Indian External Affairs Minister Ravi Menon and Foreign Minister Chen Yi. She will "
        "also call on Lao Prime Minister Bounmy Keo."
    )
    b = _run(text)
    listed = [e for e in b.events if e.kind == "multilateral"]
    assert [e.name for e in listed] == [
        "Regional Post Ministerial Conference",
        "17th Pacific Rim Summit (PRS) Foreign Ministers' Meeting",
        "34th Regional Security Forum",
    ]
    assert all(e.participants == ["Lena Koh"] for e in listed)
    assert listed[-1].date == date(2031, 7, 25)
    sides = _sides(b)
    assert ("bilateral", ["Lena Koh", "Ravi Menon"]) in sides
    assert ("other", ["Bounmy Keo", "Lena Koh"]) in sides  # a call on, not the bilateral again


def test_talks_in_a_port_city_described_before_its_name() -> None:
    text = (
        "(LEAD) Top diplomats to meet in Ulsan this weekend\n\n"
        "SEOUL, Nov. 20 (Yonhap) -- The foreign ministers of South Korea and Japan will hold talks in the "
        "southeastern port city of Ulsan this weekend, the ministry said Wednesday.\n\n"
        "Foreign Minister Han Do-yun will host Japanese Foreign Minister Sato Kenji for the meeting on "
        "Sunday, the ministry said."
    )
    main = _main(_run(text, today=date(2031, 11, 20)))
    assert (main.date, main.place) == (date(2031, 11, 23), "Ulsan")


def test_the_meeting_is_set_for_names_the_leads_meeting_as_the_main_event() -> None:
    text = (
        "Varga to meet Polish defense minister in Vienna\n\n"
        "By ANNA LOW\n"
        "Updated 8:05 PM UTC June 3, 2031\n\n"
        "BUDAPEST (AP) — Hungarian Defense Minister Peter Varga will meet with his Polish counterpart, "
        "Jan Nowicki, on the sidelines of a security conference in Vienna later this week, the ministry "
        "said Tuesday.\n\n"
        "The meeting is set for Friday, June 6, on the margins of the Danube Security Forum, which runs "
        "through Sunday."
    )
    b = _run(text)
    assert b.reference_date == date(2031, 6, 3)
    main = _main(b)
    assert (main.date, main.place) == (date(2031, 6, 6), "Vienna")
    assert "Peter Varga" in main.participants
    assert _sides(b) == []


def test_the_protagonists_title_as_subject_is_the_protagonist_not_a_leader_named_later() -> None:
    text = (
        "published: 2031-07-05\n\n"
        "Prime Minister to attend the Alliance Summit\n\n"
        "Prime Minister Aroha Kingi will travel to Washington to attend the Alliance Summit, which will be "
        "held from 9 to 11 July.\n\n"
        "While in Washington, the Prime Minister will also hold bilateral meetings with a number of "
        "leaders, including Prime Minister Sato Kenji of Japan, and will meet Prime Minister Liam Ward of "
        "Australia on the sidelines of the Summit."
    )
    sides = _sides(_run(text))
    assert ("bilateral", ["Aroha Kingi", "Sato Kenji"]) in sides
    assert ("bilateral", ["Aroha Kingi", "Liam Ward"]) in sides
    assert ("bilateral", ["Liam Ward", "Sato Kenji"]) not in sides


def test_each_gathering_of_a_list_after_participate_in_is_a_meeting() -> None:
    text = (
        "Secretary Rowe's Travel to Laos and Japan\n\n"
        "MEDIA NOTE\n\n"
        "JULY 20, 2031\n\n"
        "Secretary of State Dana Rowe will travel to Vientiane, Laos, and Tokyo, Japan, from July 22 to "
        "July 26, 2031.\n\n"
        "In Vientiane, July 23-24, Secretary Rowe will participate in the U.S.-Regional Post Ministerial "
        "Conference, the Pacific Rim Foreign Ministers' Meeting, and the Regional Security Forum."
    )
    b = _run(text)
    multi = [e for e in b.events if e.kind == "multilateral"]
    assert len(multi) == 3
    assert all(e.participants == ["Dana Rowe"] for e in multi)
    assert {e.place for e in multi} == {"Vientiane"}


def test_joining_two_ministers_for_a_ministers_meeting_is_a_trilateral() -> None:
    text = (
        "published: 2031-08-01\n\n"
        "Readout of Secretary Dale's Call With Deputy Prime Minister Hart\n\n"
        "Secretary of Defense Owen Dale spoke today with Australian Deputy Prime Minister Mia Hart. The "
        "two will meet in Annapolis on August 6 for the annual ministerial consultations.\n\n"
        "On August 7, Deputy Prime Minister Hart will also join Secretary Dale and UK Defence Secretary "
        "Tom Bray for a Pact Defence Ministers' Meeting."
    )
    assert ("trilateral", ["Mia Hart", "Owen Dale", "Tom Bray"]) in _sides(_run(text))


def test_hosting_the_first_named_ministerial_is_a_multilateral_meeting() -> None:
    text = (
        "published: 2031-11-08\n\n"
        "Minister Han and Secretary Dale to hold the 60th Security Consultative Meeting\n\n"
        "Minister of National Defense Han Do-yun and U.S. Secretary of Defense Owen Dale will hold the "
        "60th ROK-U.S. Security Consultative Meeting in Seoul on Monday, November 13.\n\n"
        "On November 14, Minister Han will also host the first ROK-UNC Member States Defense Ministerial "
        "Meeting, in which Secretary Dale and representatives of member states will take part."
    )
    assert ("multilateral", ["Han Do-yun", "Owen Dale"]) in _sides(_run(text))


def test_a_summit_a_visit_would_prepare_for_later_this_year_is_no_side_meeting() -> None:
    text = (
        "published: 2031-08-14\n\n"
        "Visit of Foreign Minister of Ruritania to India (17-19 August 2031)\n\n"
        "Foreign Minister Karel Novak of Ruritania will visit India from 17 to 19 August 2031. He will "
        "hold talks with External Affairs Minister Dr. Arun Iyer in New Delhi on 18 August.\n\n"
        "The spokesperson said the visit would also prepare for the Prime Minister's visit to Prague for "
        "the Ruritania-India Summit later this year."
    )
    assert not any(kind == "multilateral" for kind, _ in _sides(_run(text)))


def test_a_clock_time_ends_a_sentence_before_the_next_one() -> None:
    b = _run(
        "published: 2031-05-10\n\nTalks in Oslo\n\nForeign Minister Ana Lopes will meet Foreign Minister Jan "
        "Berg in Oslo on Friday at 10 a.m. The two ministers will then meet the press at 2 p.m. Eastern Time."
    )
    assert any(s.startswith("The two ministers") for s in b.sentences)
    assert not any(s.startswith("Eastern Time") for s in b.sentences)


def test_a_dateline_after_a_headline_byline_and_agency_lines_is_found() -> None:
    text = (
        "Ministers to meet as tensions rise\n\n"
        "By Jorun Vestby\n\n"
        "Nordic Press\n\n"
        "Updated 9:14 PM UTC March 2, 2031\n\n"
        "OSLO (NP) — Foreign Minister Edda Halvorsen will hold talks with Danish Foreign Minister Karl "
        "Brandt on Thursday, March 6, officials said."
    )
    main = _main(_run(text))
    assert (main.place, main.timezone) == ("Oslo", "Europe/Oslo")
