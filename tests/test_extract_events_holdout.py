"""Events on unseen briefings: main-event distractors, end dates, relative days, side meetings, topics."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.models import Briefing, Event

REF = date(2026, 3, 2)  # a Monday


def _b(text: str, today: date = REF) -> Briefing:
    return extract(text, today=today)


def _main(b: Briefing) -> Event:
    assert b.main_event is not None
    return b.main_event


def _sides(b: Briefing, kind: str) -> list[set[str]]:
    return [set(e.participants) for e in b.events if e.kind == kind]


def _topics(b: Briefing) -> str:
    return " | ".join(t.name for t in b.topics)


# --- the main event: distractors -------------------------------------------------------------


def test_next_stop_does_not_replace_the_meeting_of_the_headline() -> None:
    b = _b(
        "published: 2026-05-12\n\nPortugal–Chile Foreign Ministers' Meeting\n\n"
        "On May 12, Minister for Foreign Affairs Ana Ferreira, who is visiting Chile, held a Portugal–Chile "
        "Foreign Ministers' Meeting with Minister Tomás Rojas in Santiago. The two ministers exchanged views "
        "on trade.\n\nOn May 13, Minister Ferreira will travel to Lima."
    )
    main = _main(b)
    assert (main.date, main.place) == (date(2026, 5, 12), "Santiago")


def test_city_of_a_past_meeting_is_not_the_place() -> None:
    b = _b(
        "Readout of the Minister's Meeting With the Polish Defence Minister\n\n"
        "March 3, 2026\n\n"
        "Defence Minister Karl Sommer welcomed Polish Defence Minister Piotr Zielak to the Defence Ministry "
        "today, a year after the two ministers met in Krakow last March."
    )
    main = _main(b)
    assert main.date == date(2026, 3, 3)
    assert main.place not in ("Krakow", "Kraków")


def test_dateline_with_agency_and_double_hyphen() -> None:
    b = _b(
        "Oslo, Oct. 3 (NTB)--Norwegian Prime Minister Erik Lunde will attend the Nordic Council summit "
        "in Helsinki on Oct. 14-15, the government announced Friday.",
        today=date(2025, 10, 3),
    )
    main = _main(b)
    assert (main.date, main.end_date, main.place) == (date(2025, 10, 14), date(2025, 10, 15), "Helsinki")


def test_talks_day_beats_the_first_day_of_the_trip_to_attend_them() -> None:
    b = _b(
        "Deputy Minister to Attend the 5th Chile-Peru-Ecuador Vice Ministerial Talks\n\n"
        "1. Deputy Minister Rosa Vidal will visit Lima from June 8 (Mon.) to 10 (Wed.) to attend the 5th "
        "Chile-Peru-Ecuador Vice Ministerial Talks.\n\n"
        "2. At the talks, to be held on June 9 (Tue.) at the Foreign Ministry, the three deputy ministers "
        "will discuss fisheries."
    )
    main = _main(b)
    assert (main.date, main.end_date, main.place) == (date(2026, 6, 9), None, "Lima")


# --- end dates ---------------------------------------------------------------------------------


def test_weekday_inside_a_day_month_range() -> None:
    b = _b(
        "Minister to visit Norway and Sweden\n\n"
        "Foreign Minister Clara Moss will visit Norway and Sweden next week.\n\n"
        "Ms Moss will be in Oslo from Monday 9 to Wednesday 11 March, and in Stockholm on Thursday 12 and "
        "Friday 13 March."
    )
    main = _main(b)
    assert (main.date, main.end_date, main.place) == (date(2026, 3, 9), date(2026, 3, 13), None)
    stops = {e.place: (e.date, e.end_date) for e in b.events if e.kind == "other" and e.place}
    assert stops["Oslo"] == (date(2026, 3, 9), date(2026, 3, 11))
    assert stops["Stockholm"] == (date(2026, 3, 12), date(2026, 3, 13))


def test_trip_end_date_from_its_last_stop() -> None:
    b = _b(
        "Foreign Secretary to visit Brazil and Chile\n\n"
        "The Foreign Secretary will travel to Brasilia and Santiago this week.\n\n"
        "Foreign Secretary Paul Dunmore will be in Brasilia on Tuesday 3 March, where he will meet Foreign "
        "Minister Luiz Prado. He will then travel to Santiago on Wednesday 4 and Thursday 5 March."
    )
    main = _main(b)
    assert (main.date, main.end_date) == (date(2026, 3, 3), date(2026, 3, 5))


# --- relative days -------------------------------------------------------------------------------


def test_weekday_next_week() -> None:
    b = _b("Ministers of Chile and Peru will meet in Lima on Thursday next week to discuss fisheries.")
    assert _main(b).date == date(2026, 3, 12)


def test_on_weekday_against_the_dateline() -> None:
    b = _b("LIMA, March 2 — Chile and Peru will hold talks in Lima on Thursday, officials said on Monday.")
    assert _main(b).date == date(2026, 3, 5)


# --- no invented main event ---------------------------------------------------------------------


def test_text_without_any_meeting_has_no_main_event() -> None:
    b = _b("Nothing here of note.")
    assert b.main_event is None
    assert "no event found" in b.warnings


# --- side meetings -------------------------------------------------------------------------------


def test_co_chair_a_commission_meeting_with_a_named_counterpart() -> None:
    b = _b(
        "Visit of the Foreign Minister to Chile and Peru (June 8-11, 2026)\n\n"
        "Foreign Minister Dr. Ana Ferreira will pay an official visit to Chile and Peru from 8-11 June "
        "2026.\n\n"
        "In Santiago on 8-9 June, the FM will co-chair the 3rd Portugal-Chile Joint Commission Meeting with "
        "Mr. Tomás Rojas, Minister of Foreign Affairs of Chile. In Lima on 10-11 June, the FM will co-chair "
        "the 2nd Portugal-Peru Joint Commission Meeting with Foreign Minister Elena Quispe."
    )
    bil = _sides(b, "bilateral")
    assert {"Ana Ferreira", "Tomás Rojas"} in bil
    assert {"Ana Ferreira", "Elena Quispe"} in bil


def test_talks_with_one_and_a_joint_meeting_with_two() -> None:
    b = _b(
        "The EU High Representative Marta Kowal will visit Ottawa on Wednesday, 4 March 2026.\n\n"
        "The High Representative will hold talks with the Prime Minister of Canada, Mr Luc Tremblay, and "
        "will meet jointly with the Minister of Foreign Affairs, Ms Anne Gagnon, and the Minister of "
        "National Defence, Mr Paul Roy."
    )
    bil = _sides(b, "bilateral")
    assert any(s >= {"Marta Kowal", "Luc Tremblay"} and "Anne Gagnon" not in s for s in bil)
    assert any(s >= {"Marta Kowal", "Anne Gagnon", "Paul Roy"} for s in bil)


def test_named_dialogue_of_a_trip_stop_is_a_side_meeting() -> None:
    b = _b(
        "Foreign Secretary to visit Brazil and Chile\n\n"
        "The Foreign Secretary will travel to Brasilia and Santiago this week.\n\n"
        "Foreign Secretary Paul Dunmore will be in Brasilia on Tuesday 3 March, where he will hold the "
        "UK-Brazil Strategic Dialogue with Foreign Minister Luiz Prado. He will then travel to Santiago on "
        "Wednesday 4 March. In Santiago he will meet Foreign Minister Pedro Soto and call on President "
        "Marta Vial."
    )
    bil = _sides(b, "bilateral")
    assert {"Paul Dunmore", "Luiz Prado"} in bil
    assert {"Paul Dunmore", "Pedro Soto"} in bil
    assert all("Marta Vial" not in s for s in bil)  # the call on the President is its own meeting


def test_two_vice_ministerial_meetings_in_one_sentence() -> None:
    b = _b(
        "1. Vice Minister Rosa Vidal will visit Lima on June 9 to attend the Chile-Peru-Ecuador Vice "
        "Ministerial Talks with Peruvian Vice Minister Jorge Salas and Ecuadorian Vice Minister Luis "
        "Mora.\n\n2. On the occasion of her visit, Vice Minister Vidal will hold a Chile-Peru vice "
        "ministerial meeting with Vice Minister Salas and a Chile-Ecuador vice ministerial meeting with "
        "Vice Minister Mora."
    )
    bil = _sides(b, "bilateral")
    assert {"Rosa Vidal", "Jorge Salas"} in bil
    assert {"Rosa Vidal", "Luis Mora"} in bil


def test_pair_holding_a_named_meeting_without_with() -> None:
    b = _b(
        "Canberra, 4 March 2026:\n\n"
        "1. Chile's Foreign Minister Tomás Rojas and Defence Minister Rosa Vidal today welcomed Peru's "
        "Foreign Minister Elena Quispe and Defence Minister Jorge Salas to Santiago for the Chile–Peru "
        "2+2.\n\n"
        "2. Ahead of the 2+2, Minister Rojas and Minister Quispe held the annual Foreign Ministers' Meeting "
        "on 3 March, and Minister Vidal and Minister Salas held a bilateral Defence Ministers' Meeting."
    )
    bil = _sides(b, "bilateral")
    assert {"Tomás Rojas", "Elena Quispe"} in bil
    assert {"Rosa Vidal", "Jorge Salas"} in bil


def test_trilateral_summit_on_the_sidelines_lists_three_leaders() -> None:
    b = _b(
        "LIMA, March 2 (Andina)--Peruvian President Jorge Salas will attend the APEC summit in Santiago "
        "on March 10-11.\n\nOn the sidelines, Salas, Chilean President Tomás Rojas and Ecuadorian President "
        "Luis Mora will hold a trilateral summit on March 10, officials said."
    )
    assert {"Jorge Salas", "Tomás Rojas", "Luis Mora"} in _sides(b, "trilateral")


def test_meeting_being_explored_is_not_an_event() -> None:
    b = _b(
        "LIMA, March 2 — Peruvian President Jorge Salas will attend the APEC summit in Santiago on March 10. "
        "The government is also exploring the possibility of a meeting between Salas and Chilean President "
        "Tomás Rojas, but nothing has been decided."
    )
    assert not any("Tomás Rojas" in e.participants for e in b.events if e.kind != "main")


# --- topics ------------------------------------------------------------------------------------


def test_topics_on_the_agenda() -> None:
    b = _b(
        "Ministers of Chile and Peru will meet in Lima on Friday, with fisheries management, lithium mining "
        "and the protection of subsea cables on the agenda."
    )
    got = _topics(b)
    for want in ("fisheries management", "lithium mining", "subsea cables"):
        assert want in got


def test_topics_talking_about_and_take_up() -> None:
    b = _b(
        "Chile and Peru will hold talks in Lima on June 3. “We will be talking about trade and port "
        "resilience, and about illegal fishing,” the minister said. The minister is expected to take up "
        "the Pacific Alliance, Antarctic research and the situation in Bolivia."
    )
    got = _topics(b)
    for want in (
        "trade",
        "port resilience",
        "illegal fishing",
        "Pacific Alliance",
        "Antarctic research",
        "Bolivia",
    ):
        assert want in got


def test_topics_after_several_purpose_verbs_and_named_frameworks() -> None:
    b = _b(
        "Chile and Peru will hold talks in Lima on June 3. Ministers reaffirmed the Pacific Fisheries "
        "Partnership and agreed to expand port security cooperation, and to deepen counter-narcotics and "
        "customs cooperation. The visit is expected to further strengthen Chile's Look West Policy and its "
        "engagement with Asia."
    )
    got = _topics(b)
    for want in ("Pacific Fisheries Partnership", "port security", "counter-narcotics", "Look West Policy"):
        assert want in got


def test_ministers_meeting_a_guest_in_a_council_format_is_multilateral() -> None:
    b = _b(
        "Arctic foreign ministers will meet in Tromso on March 10 and 11, chaired by Norwegian Foreign "
        "Minister Erik Lunde. On March 11, ministers will meet in the format of the Arctic-Pacific Council "
        "with Chile's Minister for Foreign Affairs, Tomás Rojas."
    )
    assert any("Tomás Rojas" in s for s in _sides(b, "multilateral"))


def test_a_named_forum_convening_with_a_named_guest_is_multilateral() -> None:
    b = _b(
        "LIMA, 2 March 2026 – Peru will host the Andean Foreign Ministers' Meeting in Lima on 8-10 March "
        "2026. The Andean Partners Forum will convene on 10 March with the participation of dialogue "
        "partners, including Chilean Foreign Minister Tomás Rojas."
    )
    assert any("Tomás Rojas" in s for s in _sides(b, "multilateral"))


def test_the_source_of_a_report_is_not_a_participant() -> None:
    b = _b(
        "LIMA, March 2 — Foreign ministers of Chile, Peru and Ecuador will meet in Lima on Friday. "
        "Peruvian Foreign Minister Jorge Salas will hold a bilateral meeting with Chilean Foreign Minister "
        "Tomás Rojas on Thursday evening, a day before the talks, Peruvian spokesperson Ana Ruiz said."
    )
    bil = _sides(b, "bilateral")
    assert {"Jorge Salas", "Tomás Rojas"} in bil
    assert all("Ana Ruiz" not in s for s in bil)


def test_a_trip_is_named_by_its_headline() -> None:
    b = _b(
        "Foreign Secretary to visit Brazil and Chile\n\n"
        "The Foreign Secretary will travel to Brasilia and Santiago this week.\n\n"
        "Foreign Secretary Paul Dunmore will be in Brasilia on Tuesday 3 March, where he will hold the "
        "UK-Brazil Strategic Dialogue with Foreign Minister Luiz Prado. He will then travel to Santiago on "
        "Wednesday 4 March."
    )
    assert _main(b).name == "Foreign Secretary to visit Brazil and Chile"


def test_weekday_in_parentheses_inside_a_month_day_range() -> None:
    b = _b("Ministers of Chile and Peru will meet in Lima from June 8 (Mon.) to 10 (Wed.).")
    assert (_main(b).date, _main(b).end_date) == (date(2026, 6, 8), date(2026, 6, 10))


def test_topics_in_areas_such_as_and_talks_at_a_venue_on() -> None:
    b = _b(
        "The three ministers will review cooperation in areas such as fisheries, port security and student "
        "exchanges. President Ana Ruiz will welcome President Luis Mora to Lima on May 14 for talks at the "
        "Government Palace on trade, Bolivia and the cost of river dredging."
    )
    got = _topics(b)
    for want in ("fisheries", "port security", "student exchanges", "trade", "Bolivia", "river dredging"):
        assert want in got


def test_topics_after_said_and_a_speech_on() -> None:
    b = _b(
        "Defence Minister Jorge Salas, who will chair the meetings, said port security, disaster relief "
        "and cyber attacks would top the agenda. Minister Salas will deliver a speech on the Humboldt "
        "Current at the invitation of a university."
    )
    got = [t.name for t in b.topics]
    for want in ("port security", "disaster relief", "cyber attacks", "Humboldt Current"):
        assert want in got


def test_a_country_is_a_topic_only_inside_a_list() -> None:
    b = _b(
        "Ministers of Chile and Peru will meet in Lima on June 3. They will exchange views on regional "
        "affairs, including Bolivia and Argentina. They will discuss cooperation with Ecuador."
    )
    got = [t.name for t in b.topics]
    assert "Bolivia" in got and "Argentina" in got
    assert "Ecuador" not in got


def test_a_meeting_that_may_happen_is_not_an_event_but_possible_topics_are_fine() -> None:
    b = _b(
        "LIMA, March 2 — Peruvian President Jorge Salas will attend the APEC summit in Santiago on March 10. "
        "Salas may also meet Chilean President Tomás Rojas on the sidelines. He will meet Ecuadorian "
        "President Luis Mora on March 11 to discuss possible cooperation on fisheries."
    )
    met = [set(e.participants) for e in b.events if e.kind != "main"]
    assert not any("Tomás Rojas" in s for s in met)
    assert any(s >= {"Jorge Salas", "Luis Mora"} for s in met)


def test_a_country_as_subject_is_not_the_protagonist() -> None:
    b = _b(
        "Foreign Minister Ana Ferreira will visit Lima on March 10 to meet Foreign Minister Elena Quispe. "
        "Separately, Chile will hold talks with Foreign Minister Quispe on March 12."
    )
    assert all(
        not ({"Ana Ferreira", "Elena Quispe"} <= set(e.participants) and e.date == date(2026, 3, 12))
        for e in b.events
    )


def test_a_city_state_is_a_place() -> None:
    b = _b("BRUSSELS, March 2 — Foreign ministers of Chile and Peru will meet in Luxembourg on Friday.")
    main = _main(b)
    assert (main.place, main.timezone) == ("Luxembourg", "Europe/Luxembourg")


def test_the_dates_of_the_whole_trip_are_not_one_stops_dates() -> None:
    b = _b(
        "Minister Ferreira's Travel to Chile and Peru\n\n"
        "Foreign Minister Ana Ferreira will travel to Santiago, Chile, and Lima, Peru, June 8-11. In "
        "Santiago on June 8 and 9, she will meet Foreign Minister Tomás Rojas. She will then travel to Lima, "
        "where she will meet Foreign Minister Elena Quispe on June 10."
    )
    stops = {e.place: (e.date, e.end_date) for e in b.events if e.kind == "other" and e.place}
    assert stops["Santiago"] == (date(2026, 6, 8), date(2026, 6, 9))
    assert (_main(b).date, _main(b).end_date, _main(b).place) == (date(2026, 6, 8), date(2026, 6, 11), None)


def test_a_headline_with_dates_over_a_date_line_and_a_two_country_visit_is_a_trip() -> None:
    b = _b(
        "Visit of the Foreign Minister to Singapore and Malaysia (May 4-7, 2026)\n\n"
        "May 2, 2026\n\n"
        "Foreign Minister Ana Ferreira will pay an official visit to Singapore and Malaysia from 4-7 May "
        "2026."
    )
    assert (_main(b).date, _main(b).end_date, _main(b).place) == (date(2026, 5, 4), date(2026, 5, 7), None)


def test_meeting_two_leaders_separately_is_two_bilaterals_and_an_audience_is_other() -> None:
    b = _b(
        "LIMA, March 2 — Peruvian President Jorge Salas will attend the APEC summit in Santiago on March 10. "
        "On the margins of the summit, Salas will meet separately with Chilean President Tomás Rojas and "
        "Ecuadorian President Luis Mora. Salas will also be received by King Carlos."
    )
    bil = _sides(b, "bilateral")
    assert {"Jorge Salas", "Tomás Rojas"} in bil and {"Jorge Salas", "Luis Mora"} in bil
    assert not _sides(b, "trilateral")
    assert all("Carlos" not in " ".join(s) for s in bil)


def test_topics_on_the_agenda_are_passive_and_agreements_on() -> None:
    lead = "Ministers of Chile and Peru will meet in Lima on June 3. "
    cases = {
        "On the agenda are fisheries, lithium and border security.": ("lithium", "border security"),
        "Lithium and border security will be discussed.": ("border security",),
        "Topics will include lithium and border security.": ("lithium", "border security"),
        "They are expected to sign agreements on lithium and border security.": (
            "lithium",
            "border security",
        ),
    }
    for tail, wants in cases.items():
        got = [t.name for t in _b(lead + tail).topics]
        for want in wants:
            assert want in got, (tail, got)
