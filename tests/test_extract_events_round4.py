"""Event rules, round 4 (generalisation): travel days, "next week" refined by exact days, counted visits,
bracketed datelines, venue-named towns, possessive city-states, other gatherings' cities, side-meeting
cues ("a bilateral with", "the Ministers of A and B", joint subjects), quote attribution and agenda cues."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.models import Briefing, Quote

from .extract_helpers import main_of as _main
from .extract_helpers import sides_of as _sides
from .extract_helpers import topics_of as _topics


def _run(text: str, today: date = date(2031, 5, 1)) -> Briefing:
    return extract(text, today=today)


def _quote(b: Briefing, opening: str) -> Quote:
    found = [q for q in b.quotes if q.text.startswith(opening)]
    assert found, f"{opening!r} not among {[q.text[:30] for q in b.quotes]}"
    return found[0]


# --- dates -------------------------------------------------------------------------------------------


def test_departure_day_loses_to_the_meetings_days_in_the_same_sentence() -> None:
    text = (
        "Minister to Travel to Chile for Mining Talks\n\n"
        "May 2, 2031\n\n"
        "Minister of Industry Tomas Brandvold will depart Oslo on Saturday, May 10, for Santiago, where he "
        "will co-chair the Norway-Chile Mining Forum on May 12-13 with Minister of Mining Ana Duarte."
    )
    ev = _main(_run(text))
    assert (ev.date, ev.end_date) == (date(2031, 5, 12), date(2031, 5, 13))
    assert ev.place == "Santiago"  # "depart Oslo ... for Santiago": the destination, not the home city


def test_today_we_travel_the_meeting_is_held_tomorrow() -> None:
    text = (
        "JOINT MEDIA RELEASE\n\n"
        "Norway-Chile Trade Ministers' Meeting\n\n"
        "Tuesday, 6 May 2031\n\n"
        "Today we travel to Santiago for the fourth Norway-Chile Trade Ministers' Meeting, which we will "
        "hold tomorrow with Chile's Minister of Trade, Ana Duarte."
    )
    assert _main(_run(text)).date == date(2031, 5, 7)


def test_next_week_in_the_lead_is_refined_by_the_exact_days_given_later() -> None:
    text = (
        "Trade Minister to host Nordic counterparts in Bergen\n\n"
        "Trade ministers of the five Nordic countries will meet in Norway next week to agree a joint "
        "approach to export controls.\n\n"
        "Published 5 May 2031\n\n"
        "The Trade Minister will host his counterparts in Bergen from 14 to 15 May 2031, the first such "
        "meeting held outside Oslo."
    )
    ev = _main(_run(text, date(2031, 5, 5)))
    assert (ev.date, ev.end_date) == (date(2031, 5, 14), date(2031, 5, 15))


def test_reported_future_with_would_resolves_a_date_forward() -> None:
    text = (
        "OSLO, May 2 (Reuters) - Norway's trade minister will travel to Chile next week for talks on "
        "copper supplies.\n\n"
        "The minister, Tomas Brandvold, said on Wednesday the Norway-Chile Mining Forum on May 9 would "
        "focus on refining capacity."
    )
    ev = _main(_run(text, date(2031, 5, 2)))
    assert ev.date == date(2031, 5, 9)  # not a year back, and not the vague "next week"


def test_a_counted_visit_from_a_weekday_runs_from_that_day() -> None:
    text = (
        "Oslo, May 2 (NTB) Foreign Minister Tomas Brandvold will embark on a four-day visit to Chile and "
        "Peru from Sunday to boost trade, the ministry said on Friday.\n\n"
        "In Santiago, Brandvold will hold talks with Foreign Minister Ana Duarte on May 5, the ministry "
        "said. He will then travel to Lima on May 6."
    )
    ev = _main(_run(text, date(2031, 5, 2)))
    assert (ev.date, ev.end_date) == (date(2031, 5, 4), date(2031, 5, 7))


def test_a_dateline_with_the_country_in_brackets_is_no_meeting_date() -> None:
    text = (
        "Oslo [Norway], May 2 (NTB): Foreign Minister Tomas Brandvold will be on an official visit to "
        "Chile from May 20 to 22, during which he will hold talks in Santiago, the ministry said on Friday."
    )
    ev = _main(_run(text, date(2031, 5, 2)))
    assert (ev.date, ev.end_date) == (date(2031, 5, 20), date(2031, 5, 22))


# --- places ------------------------------------------------------------------------------------------


def test_a_building_named_after_a_town_is_not_that_town() -> None:
    text = (
        "Foreign Secretary to welcome Chilean counterpart in London\n\n"
        "Published 3 May 2031\n\n"
        "The UK-Chile Strategic Dialogue will take place at Dover House on Wednesday 7 May. "
        "Foreign Secretary Tomas Brandvold will be joined by Chile's Foreign Minister Ana Duarte."
    )
    assert _main(_run(text)).place == "London"


def test_a_city_states_possessive_is_the_state_not_the_place() -> None:
    text = (
        "Foreign Minister to welcome counterpart\n\n"
        "3 May 2031\n\n"
        "Foreign Minister Tomas Brandvold will host Singapore's Minister for Foreign Affairs, Dr Tan Wei "
        "Ming, in Oslo on Monday for the annual Norway-Singapore Consultations."
    )
    assert _main(_run(text)).place == "Oslo"


def test_venue_only_meeting_takes_no_city_from_an_earlier_meeting_or_another_gathering() -> None:
    text = (
        "Secretary's Meeting with the Chilean Foreign Minister\n\n"
        "Media Note\n\n"
        "May 3, 2031\n\n"
        "Secretary of State Mark Halvorsen will meet Chile's Foreign Minister Ana Duarte at the Department "
        "of State on Thursday, May 8. The visit comes ahead of the G20 Summit in Rome in July.\n\n"
        "Secretary Halvorsen and Minister Duarte last met in Lima on March 2, 2031."
    )
    assert _main(_run(text)).place is None


# --- side meetings -----------------------------------------------------------------------------------


def test_a_bilateral_used_as_a_noun_is_a_bilateral_meeting() -> None:
    text = (
        "Trade Minister to host Nordic counterparts\n\n"
        "3 May 2031\n\n"
        "Trade Minister Tomas Brandvold will host his counterparts in Bergen on 14 May 2031.\n\n"
        "On the margins of the meeting, the Trade Minister will hold a bilateral with Denmark's Minister "
        "for Trade, Karen Holm, to review fisheries access."
    )
    assert ("bilateral", ["Karen Holm", "Tomas Brandvold"]) in _sides(_run(text))


def test_ministers_of_two_named_countries_make_a_trilateral() -> None:
    text = (
        "Meetings of Trade Ministers, Geneva, 14 May 2031\n\n"
        "Trade Ministers will meet in Geneva on 14 May 2031.\n\n"
        "Deputy Director-General Clara Dunmore will meet the Trade Ministers of Chile and Peru on the "
        "margins of the meeting to review fisheries subsidies."
    )
    sides = [s for s in _run(text).events if s.kind == "trilateral"]
    assert sides and sides[0].participants == ["Clara Dunmore"] and len(sides[0].others) == 2


def test_a_joint_subject_both_attend_the_meeting_they_agreed_to_convene() -> None:
    text = (
        "Readout of the Minister's Meeting With the Chilean Minister of Defense\n\n"
        "May 3, 2031\n\n"
        "Minister of Defence Tomas Brandvold welcomed Chile's Minister of Defense Ana Duarte to Oslo "
        "today.\n\n"
        "The Minister and Minister Duarte also discussed plans for exercise Cold Response, which will be "
        "the largest yet, and agreed to convene a trilateral meeting with Peru's Minister of Defense Luis "
        "Quispe in Lima in June."
    )
    assert ("trilateral", ["Ana Duarte", "Luis Quispe", "Tomas Brandvold"]) in _sides(_run(text))


def test_the_two_ministers_co_chairing_a_dialogue_during_a_visit_meet_bilaterally() -> None:
    text = (
        "Visit of the Foreign Minister of Chile to Norway (May 14-16, 2031)\n\n"
        "May 12, 2031\n\n"
        "Foreign Minister Ana Duarte of Chile will pay an official visit to Norway from 14-16 May 2031 at "
        "the invitation of Foreign Minister Tomas Brandvold.\n\n"
        "During the visit, the two Ministers will co-chair the Norway-Chile Strategic Dialogue in Oslo on "
        "15 May."
    )
    assert ("bilateral", ["Ana Duarte", "Tomas Brandvold"]) in _sides(_run(text))


def test_a_bilateral_conversation_on_the_eve_of_the_trilateral_talks() -> None:
    text = (
        "OSLO, May 2 (NTB) - Foreign Minister Tomas Brandvold will host his Danish and Swedish "
        "counterparts, Foreign Minister Karen Holm and Foreign Minister Erik Lind, in Bergen on Monday.\n\n"
        "Brandvold is to meet Holm for a bilateral conversation on Sunday evening, on the eve of the "
        "trilateral talks."
    )
    assert ("bilateral", ["Karen Holm", "Tomas Brandvold"]) in _sides(_run(text, date(2031, 5, 2)))


def test_the_lead_restated_with_the_same_people_and_city_is_no_side_meeting() -> None:
    text = (
        "OSLO, May 5 (NTB) -- Foreign Minister Tomas Brandvold will travel to Santiago this week for talks "
        "with Chilean Foreign Minister Ana Duarte on copper supplies, the ministry said Monday.\n\n"
        "Brandvold will be in Santiago from Wednesday to Friday and will hold talks with Duarte on "
        "Thursday, according to the ministry."
    )
    assert _sides(_run(text, date(2031, 5, 5))) == []


# --- quotes ------------------------------------------------------------------------------------------


def test_a_phrase_described_by_a_group_has_no_named_speaker() -> None:
    text = (
        "Statement on the Visit of the Chilean President\n\n"
        "May 3, 2031\n\n"
        "President Mark Halvorsen will welcome President Ana Duarte of Chile to Oslo on Monday, May 12. "
        "President Halvorsen and President Duarte will discuss the Andean Corridor, which the two "
        "governments have described as "
        '"a bridge of copper, energy and data across the ocean."'
    )
    assert _quote(_run(text), "a bridge of copper").speaker is None


def test_two_word_term_in_a_reported_clause_is_not_a_quote() -> None:
    text = (
        "Foreign Ministers' Dialogue\n\n"
        "published: 2031-05-03\n\n"
        'Foreign Minister Ana Duarte stated that Chile regards Norway as its "value partner" in Europe.'
    )
    assert not [q for q in _run(text).quotes if "value partner" in q.text]


def test_a_name_in_apposition_after_said_the_spokesman_is_the_speaker() -> None:
    text = (
        "OSLO, May 2 (NTB) - Norway will host the talks on May 9. "
        '"We are honored to host our partners at this moment," said the spokesman, State Secretary '
        "Tomas Brandvold."
    )
    assert _quote(_run(text, date(2031, 5, 2)), "We are honored").speaker == "Tomas Brandvold"


def test_a_statement_without_quote_marks_stops_at_the_reporters_next_paragraph() -> None:
    text = (
        "OSLO, May 2 (NTB) -- The Norway-Chile Foreign Ministers' Meeting will be held in Bergen on May 9, "
        "spokesperson Karen Holm announced on Friday.\n\n"
        "Answering a question on the meeting, Holm said:\n\n"
        "Norway and Chile are close partners. Norway hopes that both sides will deepen cooperation.\n\n"
        "The ministers are also expected to discuss fisheries, the spokesperson added.\n\n"
        "The last such meeting was held in Lima in 2029."
    )
    quotes = _run(text, date(2031, 5, 2)).quotes
    assert [q.text[:20] for q in quotes] == ["Norway and Chile are"]


# --- topics ------------------------------------------------------------------------------------------


def test_agenda_nouns_with_on_and_spanning_name_topics() -> None:
    text = (
        "Foreign Minister to welcome Chilean counterpart\n\n"
        "3 May 2031\n\n"
        "The Foreign Minister will host Chile's Foreign Minister in Oslo this week to agree joint action on "
        "Antarctic research, copper refining and fisheries control. The two will hold a day of talks "
        "spanning ocean governance and the protection of undersea cables. The ministers will also launch a "
        "taskforce on illegal fishing, and the trade ministers will meet. On Thursday the trade "
        "ministers will attend a working breakfast on green shipping."
    )
    topics = _topics(_run(text))
    for want in ("antarctic research", "copper refining", "fisheries control", "ocean governance",
                 "illegal fishing", "green shipping"):  # fmt: skip
        assert want in topics, (want, topics)
    assert any("undersea cables" in t for t in topics)
    assert not [t for t in topics if " will " in t]  # "the trade ministers will attend ...": a clause


def test_a_pair_of_single_nouns_is_kept_whole_and_a_named_year_is_no_date() -> None:
    text = (
        "Defence Ministers to meet in Oslo\n\n"
        "3 May 2031\n\n"
        "On Wednesday, ministers will address deterrence and defence, with a focus on air defence. "
        "They will review the Horizon 2047 roadmap and touch on space cooperation."
    )
    topics = _topics(_run(text))
    assert "deterrence and defence" in topics
    assert "horizon 2047 roadmap" in topics
    assert "space cooperation" in topics
    assert not [t for t in topics if t.startswith("touch")]


def test_named_instruments_after_their_head_word_are_topics() -> None:
    text = (
        "Foreign Ministers' Dialogue\n\n"
        "published: 2031-05-03\n\n"
        "The two Ministers welcomed the signing of the Agreement on the Exchange of Classified Information "
        "and will adopt a Plan of Action for 2032-2036."
    )
    topics = _topics(_run(text))
    assert "agreement on the exchange of classified information" in topics
    assert "plan of action" in topics


def test_purpose_and_work_closely_on_name_topics() -> None:
    text = (
        "Nordic ministers to meet\n\n"
        "3 May 2031\n\n"
        "Defence ministers of the Nordic countries will meet in Bergen next week to agree new measures to "
        "protect offshore wind farms in the North Sea. Denmark has pledged to work closely with us on "
        "ammunition production and on Arctic surveillance."
    )
    topics = _topics(_run(text))
    assert "offshore wind farms" in topics
    assert "ammunition production" in topics


def test_hosting_someone_for_a_visit_is_a_meeting_with_them() -> None:
    text = (
        "Defence Minister to host Nordic counterparts in Bergen\n\n"
        "Published 3 May 2031\n\n"
        "The Defence Minister will host his counterparts from Denmark and Sweden for the Nordic Defence "
        "Ministers' Meeting in Bergen from 14 to 15 May 2031.\n\n"
        "Minister of Defence Tomas Brandvold will chair the sessions. Minister for Veterans Clara Dunmore "
        "will host the Danish Minister of Defence, Karen Holm, for a visit to Haakonsvern naval base on "
        "16 May."
    )
    assert ("bilateral", ["Clara Dunmore", "Karen Holm"]) in _sides(_run(text))


def test_a_person_in_a_relative_clause_before_the_verb_is_not_met() -> None:
    text = (
        "Statement on the Visit of the Chilean President\n\n"
        "May 3, 2031\n\n"
        "President Mark Halvorsen will welcome President Ana Duarte of Chile to Oslo on Monday, May 12.\n\n"
        "Chile's Minister of Mining, Luis Quispe, who is accompanying the President, will meet separately "
        "with Minister of Trade Karen Holm to discuss copper refining."
    )
    sides = _sides(_run(text))
    assert [x for x in sides if "Luis Quispe" in x[1]] == [("bilateral", ["Karen Holm", "Luis Quispe"])]


def test_bilateral_inside_a_title_is_not_a_kind_cue() -> None:
    text = (
        "Under Secretary's Travel to Chile and Peru\n\n"
        "May 3, 2031\n\n"
        "Under Secretary of State Mark Halvorsen will travel to Santiago and Lima May 10-14.\n\n"
        "In Santiago on May 10, the Under Secretary will meet Chilean Vice Minister Ana Duarte.\n\n"
        "On May 12, Under Secretary Halvorsen will travel to Lima, where he will meet Peruvian "
        "Undersecretary for Bilateral Relations Luis Quispe."
    )
    assert ("bilateral", ["Luis Quispe", "Mark Halvorsen"]) in _sides(_run(text))
