"""Held-out event rules, round 3: "today" under a date line, venue-only places, "X City", day counts,
relative ranges, trips to one dated meeting, side meetings, readout statements and agenda lists."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.models import Briefing

from .extract_helpers import main_of as _main
from .extract_helpers import sides_of as _sides
from .extract_helpers import topics_of as _topics


def _run(text: str, today: date = date(2030, 1, 1)) -> Briefing:
    return extract(text, today=today)


def test_today_under_a_date_line_is_that_day_not_a_later_meeting() -> None:
    text = (
        "Readout of the Minister's Meeting With the Chilean Minister of Trade\n\n"
        "March 3, 2031\n\n"
        "Minister of Trade Ana Duarte of Chile met Commerce Minister Lars Eklund of Sweden at the "
        "Trade Ministry today.\n\n"
        "Following the meeting, Minister Duarte will meet with Industry Minister Per Holm on Tuesday "
        "(March 4) before traveling to Gothenburg for talks on March 5."
    )
    ev = _main(_run(text))
    assert ev.date == date(2031, 3, 3)
    # only a venue names where the meeting was: no city from the later leg
    assert ev.place is None


def test_city_kept_whole_when_its_name_includes_city() -> None:
    text = (
        "OTTAWA, May 4 (Wire) - Trade ministers of Chile and Sweden will hold talks in Quebec City on "
        "May 12, officials said."
    )
    assert _main(_run(text)).place == "Quebec City"


def test_a_two_day_meeting_starting_on_a_weekday_ends_the_next_day() -> None:
    # 2031-03-04 is a Tuesday
    text = (
        "LIMA, March 4 (Wire) - Chile's Foreign Minister Ana Duarte will travel to Peru this week to "
        "attend a two-day meeting of Andean foreign ministers starting Thursday in Cusco, officials said."
    )
    ev = _main(_run(text, today=date(2031, 3, 4)))
    assert (ev.date, ev.end_date) == (date(2031, 3, 6), date(2031, 3, 7))


def test_posted_line_is_the_date_and_from_tonight_until_sunday_is_the_range() -> None:
    # 2031-05-30 is a Friday
    text = (
        "Chile's minister set to meet Swedish counterpart as the Andes Forum opens\n\n"
        "Posted Fri 30 May 2031 at 7:10am\n\n"
        "Defence Minister Ana Duarte of Chile will use this weekend's Andes Forum in Santiago to meet "
        "Sweden's Defence Minister Lars Eklund.\n\n"
        "The forum runs from tonight until Sunday, with 30 delegations attending the summit."
    )
    b = _run(text, today=date(2031, 11, 1))
    assert b.reference_date == date(2031, 5, 30)
    ev = _main(b)
    assert (ev.date, ev.end_date) == (date(2031, 5, 30), date(2031, 6, 1))


def test_trip_to_two_countries_for_one_meeting_keeps_the_meeting_city() -> None:
    text = (
        "Minister to attend Andean Ministers Meeting\n\n"
        "7 August 2031\n\n"
        "Foreign Minister Ana Duarte will travel to Peru and Bolivia next week, attending the Andean "
        "Ministers Meeting in Cusco on 12–13 August.\n\n"
        "The Minister will then travel to La Paz on Friday 15 August."
    )
    ev = _main(_run(text))
    assert ev.place == "Cusco"
    assert (ev.date, ev.end_date) == (date(2031, 8, 12), date(2031, 8, 13))


def test_readout_after_said_colon_runs_over_every_paragraph_until_its_end() -> None:
    text = (
        "Readout of the Minister's Meeting With Sweden's Minister of Defence\n\n"
        "March 3, 2031\n\n"
        "Ministry Spokesperson Elena Ruiz said:\n\n"
        "Minister of Defence Ana Duarte of Chile hosted Minister of Defence Lars Eklund of Sweden at the "
        "Defence Ministry today.\n\n"
        "The two ministers discussed naval cooperation and Antarctic research.\n\n"
        "Minister Duarte noted that the partnership has never been stronger.\n\n"
        "# # #\n\n"
        "Minister Eklund will leave for Lima on Thursday."
    )
    quotes = [(q.speaker, q.text[:24]) for q in _run(text).quotes]
    assert quotes == [
        ("Elena Ruiz", "Minister of Defence Ana "),
        ("Elena Ruiz", "The two ministers discus"),
        ("Elena Ruiz", "Minister Duarte noted th"),
    ]


def test_statement_in_own_voice_stops_at_the_narrative() -> None:
    text = (
        "Minister to visit Chile\n\n"
        "Defence Minister Lars Eklund of Sweden will visit Santiago on 4 May 2031.\n\n"
        "Defence Minister Lars Eklund said:\n\n"
        "Our partnership with Chile shows what two ocean nations can build together.\n\n"
        "Separately, Trade Minister Per Holm will travel to Lima on 5 May for talks."
    )
    assert [q.text[:20] for q in _run(text).quotes] == ["Our partnership with"]


def test_speaker_of_welcomed_and_stated_is_the_subject_not_the_guest() -> None:
    text = (
        "1. On March 3, Mr. Lars Eklund, Minister for Foreign Affairs of Sweden, held talks in Stockholm "
        "with Ms. Ana Duarte, Minister of Foreign Affairs of Chile.\n\n"
        "2. At the outset, Minister Eklund welcomed Minister Duarte on her visit to Sweden and stated, "
        '"Sweden and Chile share a responsibility for open seas." In response, Minister Duarte said, '
        '"Chile regards Sweden as a partner of the first rank."'
    )
    quotes = [(q.speaker, q.text[:12]) for q in _run(text, date(2031, 3, 4)).quotes]
    assert quotes == [("Lars Eklund", "Sweden and C"), ("Ana Duarte", "Chile regard")]


_G7 = (
    "LIMA, March 4 (Wire) - Chile's Foreign Minister Ana Duarte will travel to Peru this week to attend a "
    "meeting of Andean foreign ministers on Thursday in Cusco, officials said.\n\n"
)


def test_sideline_talks_with_two_people_of_two_countries_are_two_bilaterals() -> None:
    text = _G7 + (
        "On the sidelines of the gathering, Duarte plans to hold talks with her Peruvian counterpart "
        "Rosa Quispe, who will chair the meeting, and Swedish Foreign Minister Lars Eklund, officials said."
    )
    sides = _sides(_run(text, date(2031, 3, 4)))
    assert ("bilateral", ["Ana Duarte", "Rosa Quispe"]) in sides
    assert ("bilateral", ["Ana Duarte", "Lars Eklund"]) in sides
    assert not [k for k, _ in sides if k == "trilateral"]


def test_meeting_being_arranged_and_the_meeting_with_are_side_meetings() -> None:
    text = _G7 + (
        "She is also arranging a meeting with Sweden's Foreign Minister Lars Eklund to discuss fisheries.\n\n"
        "The meeting with Bolivia's Foreign Minister Juan Mamani is expected on Friday afternoon, on the "
        "sidelines of the conference."
    )
    sides = _sides(_run(text, date(2031, 3, 4)))
    assert ("bilateral", ["Ana Duarte", "Lars Eklund"]) in sides
    assert ("bilateral", ["Ana Duarte", "Juan Mamani"]) in sides


def test_next_leg_for_an_annual_meeting_with_someone_is_a_bilateral() -> None:
    text = _G7 + (
        "Duarte flies home on Friday night before travelling to Quito on 9 March for the annual "
        "Chile-Ecuador foreign ministers' meeting with Ecuador's Foreign Minister, Pablo Cevallos."
    )
    assert ("bilateral", ["Ana Duarte", "Pablo Cevallos"]) in _sides(_run(text, date(2031, 3, 4)))


def test_co_chaired_session_on_the_same_day_is_a_side_meeting() -> None:
    text = (
        "Foreign Secretary Jane Holt will host Chile's Foreign Minister Ana Duarte in London on "
        "20 May 2031.\n\n"
        "On the same day, Trade Minister Tom Ellis will co-chair a session on climate finance with Chile's "
        "Vice Minister of Finance, Dr. Rosa Vidal."
    )
    assert ("bilateral", ["Rosa Vidal", "Tom Ellis"]) in _sides(_run(text))


def test_named_group_sessions_and_represented_meetings_are_multilateral() -> None:
    text = (
        "BRUSSELS (Wire) — Alliance defence ministers will meet in Brussels on Thursday and Friday.\n\n"
        "Chilean Defence Minister Ana Duarte will also chair a meeting of the Andes Security Contact Group "
        "with Swedish Defence Minister Lars Eklund on Thursday afternoon.\n\n"
        "On Friday, the Ocean Partners Group will meet at the headquarters, co-chaired by Peru's Defence "
        "Minister, Rosa Quispe, and Ecuador's Defence Minister, Pablo Cevallos.\n\n"
        "Deputy Secretary General Juan Mamani will represent the alliance at a separate meeting of "
        "European Union defence ministers in Luxembourg on Monday."
    )
    sides = _sides(_run(text, date(2031, 3, 4)))
    assert ("multilateral", ["Ana Duarte", "Lars Eklund"]) in sides
    assert ("multilateral", ["Pablo Cevallos", "Rosa Quispe"]) in sides
    assert ("multilateral", ["Juan Mamani"]) in sides


def test_a_past_call_and_meeting_mentioned_as_background_is_no_side_meeting() -> None:
    text = (
        "1. Foreign Minister Ana Duarte of Chile will visit Stockholm from May 4 to 6, 2031 at the "
        "invitation of Swedish Foreign Minister Lars Eklund, and will hold the Chile-Sweden Foreign "
        "Ministers' Meeting on May 5.\n\n"
        "2. The Minister previously spoke with Minister Eklund by telephone on March 28 and met him on the "
        "margins of the Ocean Forum in Lima on March 23."
    )
    assert _sides(_run(text)) == []


def test_courtesy_call_then_to_meet_someone_else_is_a_bilateral_with_that_person() -> None:
    text = (
        "1. Foreign Minister Ana Duarte of Chile will visit Stockholm from May 4 to 6, 2031.\n\n"
        "2. On May 6, Minister Duarte is scheduled to pay a courtesy call on Mr. Olof Berg, Prime Minister "
        "of Sweden, and to meet Ms. Karin Lund, Minister for Trade of Sweden, to discuss supply chains."
    )
    assert ("bilateral", ["Ana Duarte", "Karin Lund"]) in _sides(_run(text))


def test_meeting_a_leader_and_an_organisation_head_is_one_bilateral_each() -> None:
    text = (
        "Foreign Minister to visit Peru and Bolivia\n\n"
        "12 July 2031\n\n"
        "Chile's Foreign Minister Ana Duarte will travel to Peru, Bolivia and Ecuador from 14 to 19 July.\n\n"
        "In Lima on 14 and 15 July, Ms Duarte will meet Peru's Prime Minister Rosa Quispe and the Secretary "
        "General of the Pacific Islands Forum, Juan Mamani, to discuss trade.\n\n"
        "The Minister will travel to La Paz on 16 July, where she will hold talks with Bolivian Prime "
        "Minister Luis Arce Mora on labour mobility."
    )
    sides = _sides(_run(text))
    assert ("bilateral", ["Ana Duarte", "Rosa Quispe"]) in sides
    assert ("bilateral", ["Ana Duarte", "Juan Mamani"]) in sides


def test_topics_after_a_colon_a_range_and_expected_discussions() -> None:
    text = (
        "Chile-Peru Ministerial Roundtable\n\n"
        "The Roundtable will be held in Lima on 14 September 2031.\n\n"
        "The Ministers will review progress in the four pillars agreed by the Roundtable: digital trade, "
        "skills development, health and medicine, and water security.\n\n"
        "Discussions are also expected on lithium refining, green hydrogen and the Andean power grid.\n\n"
        '"We meet at a time of real pressure on the region, from drought and crop failure to organised crime '
        'and competition for influence," Foreign Minister Ana Duarte said.\n\n'
        "Ministers are expected to discuss the Andes 2040 Strategy, regional policing and the agenda for the "
        "next summit. Duarte is also expected to raise port fees and fishing quotas."
    )
    topics = _topics(_run(text))
    for want in (
        "digital trade",
        "skills development",
        "health and medicine",
        "water security",
        "lithium refining",
        "green hydrogen",
        "andean power grid",
        "drought",
        "crop failure",
        "organised crime",
        "andes 2040 strategy",
        "regional policing",
        "port fees",
        "fishing quotas",
    ):
        assert any(want in t for t in topics), (want, topics)


def test_named_two_country_dialogue_on_a_later_leg_and_talks_with_a_government() -> None:
    text = (
        "The Chile-Peru Ministerial Roundtable will be held in Lima on Monday (14 September 2031).\n\n"
        "The Chilean delegation will comprise Foreign Minister Ana Duarte and Finance Minister "
        "Rosa Vidal.\n\n"
        "Following the Roundtable, Finance Minister will travel to Quito on 15-16 September for the "
        "Chile-Ecuador Economic and Financial Dialogue.\n\n"
        "Trade Minister Tom Ellis will travel separately to Sucre on 17 September for talks with the "
        "Government of Bolivia."
    )
    sides = _sides(_run(text, date(2031, 9, 1)))
    assert ("bilateral", ["Rosa Vidal"]) in sides
    assert ("bilateral", ["Tom Ellis"]) in sides


def test_topics_named_by_promotion_implementation_and_deployment_of() -> None:
    text = (
        "Chile and Peru will hold their foreign ministers' dialogue in Lima on June 9, 2031.\n\n"
        "The ministers confirmed the promotion of coastal surveillance capacity building, including through "
        "training. They welcomed the steady implementation of the Lima-Santiago Fibre Cable project and the "
        "planned deployment of Chilean C-295 aircraft to northern Peru."
    )
    topics = _topics(_run(text))
    for want in ("coastal surveillance capacity building", "lima-santiago fibre cable", "c-295 aircraft"):
        assert any(want in t for t in topics), (want, topics)


def test_guards_today_beside_a_dated_meeting_and_a_two_day_visit_with_a_meeting_day() -> None:
    # "today" is the announcement when the sentence dates the meeting itself
    text = (
        "SANTIAGO, March 3, 2031 (Wire) - The ministry said in a statement today that talks between "
        "Chile and Peru will be held in Lima on March 12.\n\n"
        "Foreign Minister Ana Duarte of Chile will lead the delegation."
    )
    assert _main(_run(text)).date == date(2031, 3, 12)
    # 2031-03-04 is a Tuesday: the meeting is Thursday, not the two days of the visit
    text = (
        "LIMA, March 4 (Wire) - Chile's Foreign Minister Ana Duarte will make a two-day visit to Peru, "
        "where she will meet Peruvian Foreign Minister Rosa Quispe on Thursday, officials said."
    )
    ev = _main(_run(text, today=date(2031, 3, 4)))
    assert (ev.date, ev.end_date) == (date(2031, 3, 6), None)


def test_venue_with_talks_held_in_a_city_keeps_the_city() -> None:
    text = (
        "Foreign Minister Ana Duarte of Chile will host Foreign Minister Rosa Quispe of Peru at the Foreign "
        "Ministry on March 12, 2031.\n\n"
        "The talks in Santiago will focus on fisheries."
    )
    assert _main(_run(text)).place == "Santiago"


def test_readout_stops_at_a_paragraph_announcing_what_will_happen() -> None:
    text = (
        "Readout of the Minister's Meeting With Sweden's Minister of Defence\n\n"
        "March 3, 2031\n\n"
        "Ministry Spokesperson Elena Ruiz said:\n\n"
        "Minister of Defence Ana Duarte of Chile hosted Minister of Defence Lars Eklund of Sweden at the "
        "Defence Ministry today.\n\n"
        "Minister Eklund will travel to Lima on Thursday for talks with Peruvian officials."
    )
    assert [q.text[:20] for q in _run(text).quotes] == ["Minister of Defence "]


def test_a_gathering_that_opens_one_day_and_runs_until_another() -> None:
    # 2031-03-02 is a Sunday
    for lead in (
        "The Asia Security Summit opens Thursday and runs through Saturday in Manila.",
        "The Asia Security Summit, which begins on Thursday, will run until Saturday in Manila.",
    ):
        ev = _main(_run(f"MANILA, March 2 (Wire) - {lead}", today=date(2031, 3, 2)))
        assert (ev.date, ev.end_date) == (date(2031, 3, 6), date(2031, 3, 8))
    stay = (
        "MANILA, March 2 (Wire) - Chile's Foreign Minister Ana Duarte will meet Peru's Foreign Minister "
        "Rosa Quispe on Thursday and stay until Saturday."
    )
    assert _main(_run(stay, today=date(2031, 3, 2))).end_date is None


def test_taking_part_in_the_main_gatherings_own_session_is_no_side_meeting() -> None:
    text = (
        "MANILA, March 2 (Wire) - Defence ministers will attend the Asia Security Forum in Manila on "
        "Thursday.\n\n"
        "Chile's Defence Minister Ana Duarte will take part in the opening session of the Forum on "
        "Thursday morning."
    )
    assert _sides(_run(text, date(2031, 3, 2))) == []
