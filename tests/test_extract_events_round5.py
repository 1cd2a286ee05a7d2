"""Event rules, round 5 (generalisation to unseen wire stories and official releases): "this morning",
a meeting inside a dated stay, the day of an announcement, "is set for", closing days in the next
sentence, "followed by ... the next day", towns the gazetteer knows as "X City", "lead the delegation
to", trips that "head to" several countries; side meetings (meals with a kind word, "a meeting between
A and B", "the minister would", "the two defence ministers", named bodies' sessions, "and meet B",
meals that are not the meeting, "he" of the previous sentence); agenda cues and bulleted agendas."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.models import Briefing

from .extract_helpers import main_of as _main
from .extract_helpers import sides_of as _sides
from .extract_helpers import topics_of as _topics


def _run(text: str, today: date = date(2031, 5, 1)) -> Briefing:
    return extract(text, today=today)


# --- dates -------------------------------------------------------------------------------------------


def test_this_morning_is_the_day_of_the_release_not_the_visit_range() -> None:
    text = (
        "Austria and Norway Hold First Defence Ministers' Meeting\n\n"
        "4 Jun 2031\n\n"
        "Minister of Defence Mr Aldo Brenner hosted Norway's Minister of Defence, Ms Kari Lundqvist, for the "
        "first Austria-Norway Defence Ministers' Meeting at the Ministry of Defence this morning.\n\n"
        "Ms Lundqvist is on an official visit to Vienna from 3 to 5 June, her first since taking office.\n"
    )
    main = _main(_run(text))
    assert (main.date, main.end_date, main.place) == (date(2031, 6, 4), None, "Vienna")


def test_a_meeting_headline_takes_the_meetings_day_inside_the_stay() -> None:
    body = (
        "March 2, 2031\n\n"
        "The Deputy Minister will travel to Santiago, Chile, from March 10 to 12. On Tuesday, March 11, "
        "Deputy Minister Rhea Halloran will co-chair the second Canada-Chile Policy Dialogue with Vice "
        "Minister Tomas Arancibia at the Ministry of Foreign Affairs.\n"
    )
    meeting = _main(_run("Deputy Minister to Co-Chair Second Canada-Chile Policy Dialogue\n\n" + body))
    assert (meeting.date, meeting.end_date) == (date(2031, 3, 11), None)
    # a headline that announces the visit itself keeps the whole stay
    visit = _main(_run("Deputy Minister to Visit Chile\n\n" + body))
    assert (visit.date, visit.end_date) == (date(2031, 3, 10), date(2031, 3, 12))


def test_the_day_of_an_announcement_loses_to_the_meetings_day() -> None:
    text = (
        "published: 2031-07-14\n\n"
        "Hungary-Norway Trade Consultations\n\n"
        "Today the Minister for Trade, Ms Ines Varkonyi, announced she will travel to Oslo this week.\n\n"
        "She will meet her Norwegian counterpart, Trade Minister Per Holmboe, for the annual Hungary-Norway "
        "Trade Consultations on Thursday.\n"
    )
    main = _main(_run(text))
    assert (main.date, main.place) == (date(2031, 7, 17), "Oslo")


def test_is_set_for_beats_an_arrival_a_day_earlier_and_separate_talks() -> None:
    text = (
        "Peru, Chile to Hold Security Talks in Lima\n\n"
        "SANTIAGO, April 2 (Wire) -- Chile and Peru will hold a meeting of their foreign and defence "
        "ministers for the first time in Lima, the Chilean government said Wednesday.\n\n"
        "The meeting is set for April 17 in Lima. Defence Minister Rosa Ibarguen will sit down with her "
        "Peruvian counterpart, Defence Minister Hugo Salcedo.\n\n"
        "Ibarguen is scheduled to arrive in Lima a day earlier, on April 16, and will hold separate talks "
        "with Salcedo that afternoon.\n"
    )
    assert _main(_run(text, date(2031, 4, 2))).date == date(2031, 4, 17)


def test_the_closing_day_may_follow_in_the_next_sentence() -> None:
    text = (
        "published: 2031-05-27\n\n"
        "Ministers gather for the Baltic Security Forum\n\n"
        "The 5th Baltic Security Forum will open on Thursday evening with a keynote address, the organisers "
        "said. Panels follow on Friday, and the forum closes at lunchtime on May 31.\n"
    )
    main = _main(_run(text))
    assert (main.date, main.end_date) == (date(2031, 5, 29), date(2031, 5, 31))


def test_followed_by_the_next_day_extends_the_meeting() -> None:
    text = (
        "Minister to attend regional defence meetings\n\n"
        "The ministry said the regional defence ministers' meeting will be held on 17 November 2031, "
        "followed by the expanded meeting with partners the next day, 18 November, in Manila.\n"
    )
    main = _main(_run(text))
    assert (main.date, main.end_date) == (date(2031, 11, 17), date(2031, 11, 18))


def test_a_town_known_as_x_city_leads_the_delegation_over_the_dateline() -> None:
    text = (
        "Minister to lead delegation to regional meeting\n\n"
        "KUALA LUMPUR, Nov 10 (Wire) -- Defence Minister Datuk Seri Idris Karim will lead Malaysia's "
        "delegation to the regional defence ministers' meeting in Davao, the Philippines, next week.\n\n"
        "The ministry said the meeting will be held on 17 November 2031.\n"
    )
    assert _main(_run(text, date(2031, 11, 10))).place == "Davao"


def test_a_trip_that_heads_to_three_countries_runs_from_first_to_last_stop() -> None:
    text = (
        "published: 2031-07-09\n\n"
        "Top diplomat heads to Chile, Peru and Colombia\n\n"
        "Foreign Minister Lena Vogelsang will make a three-nation swing next week, the ministry said.\n\n"
        "Vogelsang leaves Berlin on Sunday. Her first stop is Santiago, where on July 13 she is to meet "
        "Chilean Foreign Minister Pablo Urrutia.\n\n"
        "From there she flies to Lima for two days of talks, July 14 and 15, with Peruvian Foreign Minister "
        "Ana Quispe, including a working lunch with business leaders.\n\n"
        "The trip ends in Bogota, where on July 16 and 17 she will meet Colombian Foreign Minister "
        "Diego Restrepo.\n"
    )
    b = _run(text)
    main = _main(b)
    assert (main.date, main.end_date, main.place) == (date(2031, 7, 13), date(2031, 7, 17), None)
    sides = _sides(b)
    # the working lunch with business leaders is not the talks with the minister
    assert ("bilateral", ["Ana Quispe", "Lena Vogelsang"]) in sides


# --- side meetings -----------------------------------------------------------------------------------


def test_a_meal_with_a_kind_word_is_a_meeting_of_that_kind() -> None:
    text = (
        "published: 2031-02-09\n\n"
        "Defence ministers meet in Brussels\n\n"
        "BRUSSELS, Feb 9 (Wire) - Alliance defence ministers will meet in Brussels on Thursday, Feb. 12.\n\n"
        "On the sidelines, Defence Minister Jonas Berglund and his Danish and Dutch counterparts, Defence "
        "Minister Freja Holm and Defence Minister Pieter Vos, will hold a trilateral breakfast on Thursday.\n"
    )
    assert ("trilateral", ["Freja Holm", "Jonas Berglund", "Pieter Vos"]) in _sides(_run(text))


def test_a_separate_meeting_between_two_people_is_one_bilateral() -> None:
    text = (
        "published: 2031-08-24\n\n"
        "India to host foreign ministers next week\n\n"
        "The meeting, to be chaired by External Affairs Minister Ravi Mehrotra, will be held on September 1. "
        "Brazilian Foreign Minister Lucia Prado and South African Foreign Minister Thabo Nkosi are "
        "attending.\n\n"
        "A separate bilateral meeting between Mehrotra and Prado is planned for the morning of September 1.\n"
    )
    assert _sides(_run(text)) == [("bilateral", ["Lucia Prado", "Ravi Mehrotra"])]


def test_the_minister_would_hold_bilateral_meetings_with_each_named_counterpart() -> None:
    text = (
        "Minister to attend regional defence meeting\n\n"
        "KUALA LUMPUR, Nov 10 (Wire) -- Defence Minister Idris Karim will attend the regional defence "
        "ministers' meeting in Manila on 17 November 2031.\n\n"
        "The ministry said the minister would also hold bilateral meetings with several of his counterparts "
        "on the sidelines, including Australian Defence Minister Neil Barton and the Thai Defence Minister, "
        "Somchai Wongsa.\n"
    )
    sides = _sides(_run(text, date(2031, 11, 10)))
    assert ("bilateral", ["Idris Karim", "Neil Barton"]) in sides
    assert ("bilateral", ["Idris Karim", "Somchai Wongsa"]) in sides


def test_the_two_defence_ministers_hold_a_bilateral() -> None:
    text = (
        "Franco-Brazilian consultations\n\n"
        "The Minister for Foreign Affairs, Mr Paul Garnier, and the Minister of the Armed Forces, Ms Claire "
        "Morvan, will receive their Brazilian counterparts, Foreign Minister Lucia Prado and Defence "
        "Minister Joao Teixeira, in Paris on 11 December 2031 for the annual consultations.\n\n"
        "On the sidelines of the consultations, the two defence ministers will hold a bilateral meeting.\n"
    )
    assert ("bilateral", ["Claire Morvan", "Joao Teixeira"]) in _sides(_run(text))


def test_a_named_bodys_session_is_multilateral_unless_its_name_is_two_countries() -> None:
    council = (
        "Defence Ministers to meet in Brussels\n\n"
        "Alliance Defence Ministers will meet in Brussels on 12 and 13 February 2032.\n\n"
        "The Deputy Secretary General, Ms. Hana Kovarova, will chair a meeting of the Alliance-Georgia "
        "Commission on the margins of the ministerial on 12 February, with Georgia's Minister of Defence "
        "Levan Beridze.\n"
    )
    assert ("multilateral", ["Hana Kovarova", "Levan Beridze"]) in _sides(_run(council))
    commission = (
        "Visit of Foreign Minister to Peru and Chile (August 24-28, 2031)\n\n"
        "Foreign Minister Elena Marquez of Spain will visit Peru and Chile from 24 to 28 August 2031.\n\n"
        "In Lima on 25 August, the Foreign Minister will co-chair the 6th meeting of the Spain-Peru Joint "
        "Commission with Foreign Minister Ana Quispe of Peru.\n"
    )
    assert ("bilateral", ["Ana Quispe", "Elena Marquez"]) in _sides(_run(commission))


def test_and_meet_after_another_errand_is_a_meeting() -> None:
    text = (
        "Visit of Prime Minister Sofia Lindqvist of Sweden\n\n"
        "The President will welcome Prime Minister Sofia Lindqvist of Sweden to the White House on "
        "Thursday, November 13, 2031.\n\n"
        "Before arriving in Washington, the Prime Minister will stop in New York on Tuesday, November 11, to "
        "address the Council on Foreign Relations and meet World Bank President Amara Osei.\n"
    )
    assert ("bilateral", ["Amara Osei", "Sofia Lindqvist"]) in _sides(_run(text))


def test_he_is_the_one_person_who_was_the_previous_sentences_subject() -> None:
    text = (
        "Pentagon to host Indian defence minister\n\n"
        "Defense Secretary Mark Ellison will host Indian Defence Minister Arjun Malhotra at the Pentagon on "
        "May 12, 2031.\n\n"
        "Prior to the meeting, Minister Malhotra will lay a wreath at the memorial. On Thursday, he will "
        "travel to Honolulu to visit the command headquarters and meet Adm. Grace Whitmore.\n"
    )
    sides = _sides(_run(text))
    assert ("bilateral", ["Arjun Malhotra", "Grace Whitmore"]) in sides
    assert all("Mark Ellison" not in p for _, p in sides)


# --- topics ------------------------------------------------------------------------------------------


def test_views_on_on_the_table_push_for_briefing_on_and_support() -> None:
    text = (
        "Ministers meet in Vienna\n\n"
        "The ministers will meet in Vienna on 3 June 2031. The meeting gives Austria a platform to voice its "
        "views on regional stability, the chancellor said.\n\n"
        "The chancellor will push for a single digital market, adding that energy links and asylum would "
        "also be on the table.\n\n"
        "The ministers will also join a briefing on cyber resilience and sign off on a revised plan for the "
        "shipyards. Japan will continue to support port modernisation in the region.\n"
    )
    topics = _topics(_run(text))
    for expected in (
        "regional stability",
        "single digital market",
        "energy links",
        "asylum",
        "cyber resilience",
        "revised plan for the shipyards",
    ):
        assert expected in topics, (expected, topics)
    assert any(t.startswith("port modernisation") for t in topics), topics  # "continue to support A"
    assert not any(t.startswith("adding") for t in topics)


def test_bulleted_agenda_items_under_a_colon_line() -> None:
    text = (
        "Joint press release\n\n"
        "The ministers will meet in Madrid on 11 December 2031. The session will address:\n"
        "- the security situation in the Sahel and in Europe, and the protection of undersea cables;\n"
        "- cooperation between the two navies, including the Maritime Patrol Arrangement;\n"
        "- economic security and the screening of foreign investment.\n\n"
        "The ministers will then hold a press conference.\n"
    )
    topics = _topics(_run(text))
    for expected in (
        "security situation in the sahel and in europe",
        "protection of undersea cables",
        "maritime patrol arrangement",
        "economic security",
        "screening of foreign investment",
    ):
        assert expected in topics, (expected, topics)
    assert "europe" not in topics and "cooperation" not in topics


def test_followed_by_a_press_conference_is_not_a_second_day() -> None:
    text = (
        "Minister to attend regional defence meetings\n\n"
        "The ministry said the regional defence ministers' meeting will be held on 17 November 2031 in "
        "Manila, followed by a press conference the next day, 18 November.\n"
    )
    main = _main(_run(text))
    assert (main.date, main.end_date) == (date(2031, 11, 17), None)


def test_weigh_a_plan_names_what_is_weighed() -> None:
    text = (
        "published: 2031-02-09\n\n"
        "Ministers to weigh stockpile plan\n\n"
        "BRUSSELS, Feb 9 (Wire) - Alliance defence ministers will weigh a plan to expand reserves of "
        "artillery shells when they gather in Brussels on Thursday, officials said.\n"
    )
    assert any("artillery shells" in t for t in _topics(_run(text)))


def test_a_stay_that_names_the_meetings_keeps_its_range() -> None:
    text = (
        "Minister to Attend Regional Meetings in Jakarta\n\n"
        "July 1, 2031\n\n"
        "The Foreign Minister will travel to Jakarta from July 8 to 12 to attend the regional ministers' "
        "meetings. On July 9, Foreign Minister Rhea Halloran will attend the opening session of the "
        "meetings.\n"
    )
    main = _main(_run(text))
    assert (main.date, main.end_date) == (date(2031, 7, 8), date(2031, 7, 12))


def test_called_on_is_a_call_and_the_two_are_the_previous_sentences_pair() -> None:
    readout = (
        "Joint Statement on the Fourth Norway-Chile Foreign Ministers' Meeting\n\n"
        "Oslo, 14 September 2031\n\n"
        "1. The Fourth Norway-Chile Foreign Ministers' Meeting was held in Oslo on 14 September 2031, "
        "co-chaired by Foreign Minister Ingrid Solberg and Foreign Minister Pablo Urrutia.\n\n"
        "2. On the sidelines of the meeting, Minister Urrutia called on Prime Minister Erik Haugland.\n"
    )
    assert _sides(_run(readout)) == [("other", ["Erik Haugland", "Pablo Urrutia"])]
    preview = (
        "published: 2031-10-05\n\n"
        "Leaders converge on Lima for the summit\n\n"
        "LIMA - Leaders from 21 economies will gather in Lima this week for the Pacific Leaders' Summit, "
        "which opens on Friday and runs through Saturday.\n\n"
        "Brazilian President Marcos Teixeira and Mexican President Elena Robles are both expected to "
        "attend. The two are scheduled to meet on the sidelines on Saturday morning, officials said.\n"
    )
    assert ("bilateral", ["Elena Robles", "Marcos Teixeira"]) in _sides(_run(preview))


def test_a_report_of_yesterdays_meeting_dates_it_yesterday() -> None:
    text = (
        "published: 2031-05-13\n\n"
        "Defence chiefs met in Canberra yesterday\n\n"
        "CANBERRA - Australian Defence Minister Neil Barton hosted his Indonesian counterpart, Defence "
        "Minister Budi Santoso, in Canberra yesterday for the annual defence ministers' dialogue.\n\n"
        "Santoso also met Foreign Minister Claire Redmond before flying to Sydney, where he will tour the "
        "shipyards on Wednesday.\n"
    )
    main = _main(_run(text))
    assert (main.date, main.place) == (date(2031, 5, 12), "Canberra")


def test_the_meetings_own_days_inside_a_stay_and_a_visit_headline_keeps_the_stay() -> None:
    text = (
        "Minister to attend the Group Foreign Ministers' Meeting\n\n"
        "2 February 2032\n\n"
        "Minister for Foreign Affairs Hiroshi Tanabe will visit Johannesburg, South Africa, from 19 to 21 "
        "February to attend the Group Foreign Ministers' Meeting, which will be held on 20 and 21 "
        "February.\n\n"
        "On the margins of the meeting, Minister Tanabe plans to hold bilateral meetings with his "
        "counterparts from Brazil and India.\n"
    )
    b = _run(text)
    main = _main(b)
    assert (main.date, main.end_date) == (date(2032, 2, 20), date(2032, 2, 21))
    others = sorted(o for e in b.events if e.kind == "bilateral" for o in e.others)
    assert others == ["Brazilian counterpart", "Indian counterpart"]  # one bilateral with each
    visit = (
        "Foreign Ministry Spokesperson Announces Visit\n\n"
        "2031-04-20\n\n"
        "Foreign Minister Kofi Mensah of Ghana will pay an official visit to China from April 24 to 27. "
        "During the visit, Foreign Minister Wen Liqiang will hold talks with Foreign Minister Mensah in "
        "Beijing on April 25.\n"
    )
    main = _main(_run(visit))
    assert (main.date, main.end_date) == (date(2031, 4, 24), date(2031, 4, 27))


def test_ahead_of_the_summit_on_a_day_the_side_meeting_keeps_its_own_day() -> None:
    text = (
        "published: 2031-09-08\n\n"
        "Ahead of summit, leaders to hold talks\n\n"
        "Ahead of the East Asia Summit on Thursday, Prime Minister Kenta Morioka will meet Australian Prime "
        "Minister Sarah Blake in Kuala Lumpur on Wednesday, officials said.\n\n"
        "The summit will be held on September 11 at the Kuala Lumpur Convention Centre.\n"
    )
    b = _run(text)
    assert _main(b).date == date(2031, 9, 11)
    side = next(e for e in b.events if e.kind == "bilateral")
    assert side.date == date(2031, 9, 10)


def test_will_also_host_a_meeting_of_a_group_is_a_multilateral_of_its_own() -> None:
    text = (
        "published: 2031-03-02\n\n"
        "Foreign ministers to meet in Seoul\n\n"
        "SEOUL, March 2 (Wire) - South Korean Foreign Minister Park Ji-hoon will host Japanese Foreign "
        "Minister Sato Kenji in Seoul on Friday for talks on trade, the ministry said.\n\n"
        "Park will also host a meeting of regional envoys on Saturday.\n"
    )
    b = _run(text)
    assert _sides(b) == [("multilateral", ["Park Ji-hoon"])]
    assert next(e for e in b.events if e.kind == "multilateral").date == date(2031, 3, 8)
