"""Event rules, round 10: a meeting's own days inside the travel sentence, a date that anchors another
gathering ("a day before X hold their meeting on"), earlier days in a future sentence, the journey's
"tonight", the range that spells out "next week"; towns the gazetteer does not know (a title line's
"(Town, date)", "the X Meeting in Town"), a venue named with its city, "New York"."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.models import Briefing

from .extract_helpers import main_of as _main
from .extract_helpers import sides_of as _sides


def _run(text: str, today: date = date(2031, 11, 1)) -> Briefing:
    return extract(text, today=today)


def _days(b: Briefing) -> tuple[date | None, date | None, str | None]:
    m = _main(b)
    return m.date, m.end_date, m.place


# --- dates -------------------------------------------------------------------------------------------


def test_the_meeting_held_inside_the_stay_of_the_travel_sentence() -> None:
    text = (
        "Holding of the Norland-Ostria Defence Ministers' Meeting\n\n"
        "Defence Minister Arvid Kellerman will visit Ostria from November 6 to 8, 2031, and will hold the "
        "Norland-Ostria Defence Ministers' Meeting with Defence Minister Petra Lindqvist in Vienna on "
        "November 7."
    )
    assert _days(_run(text)) == (date(2031, 11, 7), None, "Vienna")


def test_travel_headline_keeps_the_meeting_the_trip_is_made_to_attend() -> None:
    text = (
        "Secretary Halloran's Travel to Belgium\n\n"
        "Secretary Rhea Halloran will travel to Brussels, Belgium, November 3-5 to attend the Northern "
        "Ministers' Meeting, to be held at the Council building on November 4-5."
    )
    assert _days(_run(text)) == (date(2031, 11, 4), date(2031, 11, 5), "Brussels")


def test_the_travel_day_opens_the_range_of_the_attended_meeting() -> None:
    text = (
        "Minister travels to the Ministerial Council\n\n"
        "Foreign Minister Edda Halvorsen will travel to Vienna tomorrow (2 November) to attend the 12th "
        "Ministerial Council of the Northern Organisation, which Ostria is hosting on 2 and 3 November."
    )
    assert _days(_run(text)) == (date(2031, 11, 2), date(2031, 11, 3), "Vienna")


def test_a_date_anchoring_another_gathering_is_not_the_meetings() -> None:
    text = (
        "published: 2031-11-03\n\n"
        "Backers to meet in Brussels\n\n"
        "BRUSSELS, Nov 3 (Wire) - The Northern Support Group will meet in Brussels on Wednesday to seek "
        "pledges.\n\n"
        "The group will gather a day before defence ministers hold their regular two-day meeting on "
        "Nov. 6-7."
    )
    assert _days(_run(text, date(2031, 11, 3)))[:2] == (date(2031, 11, 5), None)


def test_an_earlier_day_in_a_future_sentence_and_the_journeys_tonight() -> None:
    text = (
        "published: 2031-11-12\n\n"
        "Prime Minister heads to Vienna for talks\n\n"
        "Prime Minister Arvid Kellerman will fly to Vienna tonight for talks with Chancellor Petra "
        "Lindqvist.\n\n"
        "Mr Kellerman will meet Ms Lindqvist at the Chancellery in Vienna on Thursday for the annual "
        "leaders' meeting, less than two weeks after his victory at the November 2 election."
    )
    assert _days(_run(text, date(2031, 11, 12)))[:2] == (date(2031, 11, 13), None)


def test_next_week_is_the_range_that_spells_it_out() -> None:
    text = (
        "published: 2031-11-04\n\n"
        "Ministers to meet in Vienna\n\n"
        "VIENNA (Wire) - The foreign ministers of Norland, Ostria and Wessex will meet in Vienna next week "
        "for trilateral talks.\n\n"
        "Ostrian Foreign Minister Petra Lindqvist will host Norland's Arvid Kellerman and Wessex's Rhea "
        "Halloran on November 10 and 11 at the ministry, the ministry said.\n\n"
        "Each minister will also hold separate meetings. Kellerman will meet Lindqvist on November 10 for "
        "a bilateral session."
    )
    assert _days(_run(text, date(2031, 11, 4)))[:2] == (date(2031, 11, 10), date(2031, 11, 11))


# --- places ------------------------------------------------------------------------------------------


def test_a_title_line_gives_the_town_with_the_day() -> None:
    text = (
        "Ministry of Foreign Affairs\n\n"
        "Meeting of the Foreign Ministers of Norland and Ostria (Bellecour-sur-Loire, 12 November 2031)\n\n"
        "Paris, 11 November 2031\n\n"
        "Foreign Minister Arvid Kellerman will host Foreign Minister Petra Lindqvist on Wednesday 12 "
        "November at the Château de Bellecour-sur-Loire for a meeting."
    )
    assert _days(_run(text, date(2031, 11, 11)))[2] == "Bellecour-sur-Loire"


def test_a_meeting_in_a_town_the_gazetteer_does_not_know() -> None:
    text = (
        "Minister to host the Northern Foreign Ministers' Meeting\n\n"
        "Foreign Minister Edda Halvorsen today announced that she will host her counterparts at the "
        "Northern Foreign Ministers' Meeting in Vellamy, in Quebec's Sauvage region, from November 12 "
        "to 14, 2031."
    )
    assert _days(_run(text)) == (date(2031, 11, 12), date(2031, 11, 14), "Vellamy")
    text2 = text.replace("Vellamy", "La Vellamie")
    assert _days(_run(text2)) == (date(2031, 11, 12), date(2031, 11, 14), "La Vellamie")


def test_a_venue_named_with_its_city() -> None:
    text = (
        "Minister to host the Northern Dialogue\n\n"
        "Defence Minister Arvid Kellerman will host defence ministers at the 9th Northern Dialogue, which "
        "will be held at the Grand Harbour Hotel, Singapore, from 14 to 16 November 2031."
    )
    assert _days(_run(text)) == (date(2031, 11, 14), date(2031, 11, 16), "Singapore")


def test_new_york_is_a_city() -> None:
    text = (
        "Minister to attend the Northern Forum\n\n"
        "Foreign Minister Edda Halvorsen will attend the Northern Forum in New York on November 20."
    )
    assert _days(_run(text)) == (date(2031, 11, 20), None, "New York")


def test_a_joint_commission_headline_takes_its_day_inside_the_stay() -> None:
    body = (
        "March 2, 2031\n\n"
        "Foreign Minister Rhea Halloran will travel to Vienna, Ostria, from March 10 to 12. On Tuesday, "
        "March 11, she will co-chair the fifth Norland-Ostria Joint Commission with Foreign Minister Petra "
        "Lindqvist at the Foreign Ministry.\n"
    )
    b = _run("Minister to Co-Chair Norland-Ostria Joint Commission\n\n" + body, date(2031, 3, 2))
    assert _days(b) == (date(2031, 3, 11), None, "Vienna")
    # the organisation's name is no session: "European Commission" keeps the stay
    b = _run(
        "Minister to Meet the European Commission\n\n"
        + body.replace("co-chair the fifth Norland-Ostria Joint Commission with", "see"),
        date(2031, 3, 2),
    )
    assert _days(b)[:2] == (date(2031, 3, 10), date(2031, 3, 12))


def test_travel_to_co_chair_a_joint_commission_on_its_day() -> None:
    text = (
        "March 2, 2031\n\n"
        "Foreign Minister Rhea Halloran will travel to Vienna from March 10 to 12 to co-chair the fifth "
        "Norland-Ostria Joint Commission on March 11.\n"
    )
    assert _days(_run(text, date(2031, 3, 2)))[:2] == (date(2031, 3, 11), None)


# --- side meetings -----------------------------------------------------------------------------------


def test_bulleted_counterparts_are_a_bilateral_each() -> None:
    text = (
        "Minister to host the Northern Dialogue\n\n"
        "Defence Minister Arvid Kellerman will host the 9th Northern Dialogue in Vienna from 14 to 16 "
        "November 2031.\n\n"
        "On the sidelines of the Dialogue, Mr Kellerman will hold bilateral meetings with his counterparts, "
        "including:\n\n"
        "- Ostrian Defence Minister Petra Lindqvist;\n"
        "- Wessex Defence Secretary Rhea Halloran; and\n"
        "- Norland Minister of Defence Edda Halvorsen.\n\n"
        "Mr Kellerman will also deliver remarks."
    )
    sides = _sides(_run(text))
    for name in ("Petra Lindqvist", "Rhea Halloran", "Edda Halvorsen"):
        assert ("bilateral", sorted(["Arvid Kellerman", name])) in sides


def test_a_programme_line_meeting_with_is_a_bilateral_of_the_traveller() -> None:
    text = (
        "Holding of the Norland-Ostria Defence Ministers' Meeting\n\n"
        "Defence Minister Arvid Kellerman will visit Ostria from November 6 to 8, 2031, and will hold the "
        "Norland-Ostria Defence Ministers' Meeting with Defence Minister Petra Lindqvist in Vienna on "
        "November 7.\n\n"
        "Schedule (tentative)\n\n"
        "Saturday, November 8\n"
        "- Meeting with the Hon. Tomas Brenner, Minister for Defence Industry\n"
        "- Depart Vienna\n"
    )
    b = _run(text)
    assert ("bilateral", ["Arvid Kellerman", "Tomas Brenner"]) in _sides(b)
    met = next(e for e in b.events if e.kind == "bilateral" and "Tomas Brenner" in e.participants)
    assert met.date == date(2031, 11, 8)  # the day the programme line stands under


def test_bullets_and_a_published_line_are_not_wrapped_lines() -> None:
    from briefings.extract.sentences import split

    text = (
        "Press release\n\n"
        "Foreign Secretary to press partners at Vellamy meeting\n\n"
        "From: Ministry of External Affairs of Wessex and The Rt Hon Lord Halloran of Brightwater\n"
        "Published 17 November 2031\n\n"
        "- Foreign Secretary attends the N5 Foreign Ministers' Meeting in Vienna from 17 to 19 November\n"
        "- will call for a coordinated N5 response to the attack on the northern energy grid\n"
        "- will urge partners to provide more air defence systems to the northern states\n\n"
        "- media enquiries should be directed to the Ministry Newsdesk at the usual address\n"
    )
    lines = [s.text for s in split(text).sentences]
    assert "Published 17 November 2031" in lines
    assert any(t.startswith("- will call") for t in lines)


def test_a_present_tense_summary_line_and_g_code_name_the_main_event() -> None:
    text = (
        "published: 2031-11-17\n\n"
        "Foreign Secretary to press partners at Vienna meeting\n\n"
        "- Foreign Secretary attends N5 Foreign Ministers' Meeting in Vienna from 17 to 19 November\n"
        "- will urge partners to provide more air defence\n\n"
        "The Foreign Secretary, Lord Halloran, will travel to Vienna today (Monday 17 November) for a "
        "meeting of N5 Foreign Ministers, hosted by Ostria's Foreign Minister Petra Lindqvist.\n\n"
        "On the margins of the meeting, Lord Halloran will hold bilateral meetings with Minister Lindqvist "
        "and with Minister Arvid Kellerman."
    )
    b = _run(text, date(2031, 11, 17))
    assert _days(b) == (date(2031, 11, 17), date(2031, 11, 19), "Vienna")
    assert all(kind == "bilateral" for kind, _ in _sides(b))


def test_bilateral_interactions_with_counterparts_named_by_country() -> None:
    text = (
        "Minister to attend the Northern Foreign Ministers' Meeting\n\n"
        "Foreign Minister Arvid Kellerman will attend the Northern Foreign Ministers' Meeting in Vienna "
        "on 11 November 2031 with Swedish Foreign Minister Rhea Halloran and Norwegian Foreign Minister Edda "
        "Halvorsen.\n\n"
        "He will also have separate bilateral interactions with his Swedish and Norwegian counterparts on "
        "the margins of the meeting."
    )
    sides = _sides(_run(text))
    assert ("bilateral", ["Arvid Kellerman", "Rhea Halloran"]) in sides
    assert ("bilateral", ["Arvid Kellerman", "Edda Halvorsen"]) in sides


def test_a_gathering_also_attended_by_the_next_sentences_people() -> None:
    text = (
        "Minister to hold talks in Vienna\n\n"
        "Foreign Minister Arvid Kellerman will hold talks with Austrian Foreign Minister Petra Lindqvist in "
        "Vienna on 10 November 2031.\n\n"
        "The two ministers will discuss energy security. They will also review the trade agreement.\n\n"
        "On 11 November, the Minister will participate in the Northern Trade Ministers' Meeting hosted by "
        "Finnish Trade Minister Tomas Brenner in Vienna. The meeting will also be attended by the Trade "
        "Minister of Sweden, Rhea Halloran, and the Trade Minister of Norway, Edda Halvorsen."
    )
    everyone = sorted(["Arvid Kellerman", "Tomas Brenner", "Rhea Halloran", "Edda Halvorsen"])
    assert ("multilateral", everyone) in _sides(_run(text))


def test_a_bloc_and_a_country_format_is_multilateral() -> None:
    text = (
        "Minister to attend the Northern Defence Forum\n\n"
        "Defence Minister Arvid Kellerman will travel to Vienna on Friday to attend the Northern Defence "
        "Forum, during which he is set to hold talks with Austrian Defence Minister Petra Lindqvist.\n\n"
        "The two sides are expected to sign a framework. Officials said the talks would be cordial.\n\n"
        "Kellerman is also scheduled to attend the second ASEAN-India Defence Ministers' Informal Meeting "
        "on Friday, the ministry said."
    )
    sides = _sides(_run(text, date(2031, 10, 30)))
    assert ("multilateral", ["Arvid Kellerman"]) in sides
    assert sides.count(("bilateral", ["Arvid Kellerman", "Petra Lindqvist"])) <= 1


def test_flying_tonight_for_the_talks_restates_the_main_event() -> None:
    text = (
        "published: 2031-05-14\n\n"
        "Prime Minister heads to Vienna for talks with the Chancellor\n\n"
        "Prime Minister Arvid Kellerman will fly to Vienna tonight for talks with Austrian Chancellor Petra "
        "Lindqvist.\n\n"
        "Mr Kellerman will meet Ms Lindqvist at the Chancellery in Vienna on Thursday for the annual "
        "leaders' meeting."
    )
    b = _run(text, date(2031, 5, 14))
    assert _days(b)[:2] == (date(2031, 5, 15), None)
    assert ("bilateral", ["Arvid Kellerman", "Petra Lindqvist"]) not in _sides(b)


def test_the_title_shortened_names_the_protagonist_not_a_guest_holding_it() -> None:
    text = (
        "Federal Foreign Minister travels to the Ministerial Council in Vienna\n\n"
        "Federal Foreign Minister Edda Halvorsen will travel to Vienna on 30 November to attend the 12th "
        "Ministerial Council of the Northern Organisation, which Austria is hosting on 30 November and 1 "
        "December.\n\n"
        "The meeting takes place at a critical moment.\n\n"
        "In Vienna, the Foreign Minister will hold a bilateral meeting with the Chairperson-in-Office, "
        "Austria's Minister for Foreign Affairs Petra Lindqvist, to thank her. She will also meet Maltese "
        "Foreign Minister Tomas Brenner."
    )
    sides = _sides(_run(text))
    assert ("bilateral", ["Edda Halvorsen", "Petra Lindqvist"]) in sides
    assert ("bilateral", ["Edda Halvorsen", "Tomas Brenner"]) in sides


def test_ministers_meeting_in_a_named_council_with_a_guest_is_its_session() -> None:
    text = (
        "Defence Ministers to meet in Brussels\n\n"
        "NATO Secretary General Arvid Kellerman will chair a meeting of NATO Defence Ministers in Brussels "
        "on 17 and 18 October 2031.\n\n"
        "On Thursday, ministers will review the defence plans. In the evening, ministers will meet in the "
        "Northern-Ostria Council with Ostria's Minister of Defence Petra Lindqvist."
    )
    assert ("multilateral", ["Petra Lindqvist"]) in _sides(_run(text, date(2031, 10, 10)))


def test_co_chairing_a_two_party_council_and_who_joins_the_secretary() -> None:
    text = (
        "Secretary Halloran's Travel to Belgium\n\n"
        "Secretary of State Rhea Halloran will travel to Brussels, Belgium, November 3-5 to attend the "
        "Northern Ministers' Meeting, to be held on November 4-5.\n\n"
        "The ministers will discuss energy.\n\n"
        "Also on November 4, Secretary Halloran will co-chair the U.S.-EU Energy Council with European "
        "Union High Representative Arvid Kellerman and European Commissioner for Energy Petra Lindqvist. "
        "Assistant Secretary for Energy Resources Tomas Brenner will join the Secretary."
    )
    everyone = sorted(["Rhea Halloran", "Arvid Kellerman", "Petra Lindqvist", "Tomas Brenner"])
    assert ("bilateral", everyone) in _sides(_run(text))


def test_a_trip_stops_summit_hosted_and_joined_by_leaders() -> None:
    text = (
        "published: 2031-07-02\n\n"
        "Statement on the President's Travel to the United Kingdom, Lithuania, and Finland\n\n"
        "President Halloran will travel to London, United Kingdom; Vilnius, Lithuania; and Helsinki, "
        "Finland from July 9-13, 2031.\n\n"
        "In London, the President will meet with Prime Minister Arvid Kellerman.\n\n"
        "On July 13, the President will travel to Helsinki for the U.S.-Nordic Leaders' Summit, hosted by "
        "President Petra Lindqvist of Finland. The President will be joined by Prime Minister Tomas Brenner "
        "of Denmark and Prime Minister Edda Halvorsen of Norway."
    )
    everyone = sorted(["Halloran", "Petra Lindqvist", "Tomas Brenner", "Edda Halvorsen"])
    assert ("multilateral", everyone) in _sides(_run(text, date(2031, 7, 2)))


def test_a_two_country_format_with_no_one_named_is_the_counterparts_meeting() -> None:
    text = (
        "Foreign Minister to attend the Northern Meetings\n\n"
        "1. Minister of Foreign Affairs Arvid Kellerman of Sweden will visit Vienna from July 25 to 27 to "
        "attend the Northern Foreign Ministers' Meetings.\n\n"
        "2. On the sidelines of the meetings, Minister Kellerman plans to hold bilateral meetings with "
        "foreign ministers, including Foreign Minister Petra Lindqvist of Norway. A Sweden-Norway foreign "
        "ministers' meeting would be the third between the two ministers this year."
    )
    sides = _sides(_run(text, date(2031, 7, 1)))
    assert ("bilateral", ["Arvid Kellerman", "Petra Lindqvist"]) in sides
    assert ("bilateral", ["Arvid Kellerman"]) not in sides
