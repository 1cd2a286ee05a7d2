"""Held-out event rules, round 2: agency datelines, relative days, host gatherings, sides, topics."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.extract.relative_dates import relative_date
from briefings.models import Briefing, Event


def _run(text: str, today: date) -> Briefing:
    return extract(text, today=today)


def _main(b: Briefing) -> Event:
    return next(e for e in b.events if e.kind == "main")


def _sides(b: Briefing) -> list[tuple[str, list[str]]]:
    return [(e.kind, sorted(e.participants)) for e in b.events if e.kind != "main"]


def _topics(b: Briefing) -> list[str]:
    return [t.name.lower() for t in b.topics]


def test_agency_dateline_without_dash_is_the_reference_not_the_meeting() -> None:
    # 2027-03-02 is a Tuesday: "Thursday next week" is March 11, not the dateline's March 2
    text = (
        "Canberra, Mar 2 (Wire) Australia and Chile will hold a ministerial dialogue in Canberra on "
        "Thursday next week, with fisheries and trade set to figure prominently, officials said on "
        "Tuesday.\n\n"
        "Foreign Minister Ana Duarte of Chile will lead her delegation."
    )
    ev = _main(_run(text, date(2027, 3, 2)))
    assert ev.date == date(2027, 3, 11)


def test_said_weekday_is_the_announcement_and_a_meeting_day_beats_the_stay_range() -> None:
    # 2027-09-27 is a Monday
    text = (
        "TOKYO, Sept. 27 (Wire) -- Foreign Minister Haruto Ueno will travel to Paris this week for talks "
        "with French Foreign Minister Luc Barrault, the ministry said Monday.\n\n"
        "Ueno will be in Paris from Wednesday to Friday and will hold talks with Barrault on Thursday."
    )
    ev = _main(_run(text, date(2027, 9, 27)))
    assert ev.date == date(2027, 9, 30)


def test_past_weekday_equal_to_the_reference_day_is_that_day() -> None:
    sat = date(2027, 5, 29)
    assert relative_date("on Saturday", sat, past=True) == sat
    assert relative_date("last Saturday", sat, past=True) == date(2027, 5, 22)
    assert relative_date("Friday", sat, past=True) == date(2027, 5, 28)


def test_meeting_on_the_sidelines_takes_the_gathering_span() -> None:
    text = (
        "OSLO, May 29 (Wire) - Danish Defence Minister Mette Alsing met her Swedish counterpart on Saturday "
        "on the sidelines of the Nordic Security Forum in Oslo.\n\n"
        "The talks came on the second day of the forum, which opened Friday. "
        "The annual forum runs through Sunday."
    )
    ev = _main(_run(text, date(2027, 5, 29)))
    assert (ev.date, ev.end_date) == (date(2027, 5, 28), date(2027, 5, 30))


def test_earlier_in_the_day_is_a_side_meeting_not_a_past_one() -> None:
    text = (
        "Chilean Foreign Minister Ana Duarte will meet Peruvian Foreign Minister Jorge Salas in Lima on "
        "June 9, 2027.\n\n"
        "Earlier in the day, Duarte will meet with Peruvian Defence Minister Rosa Quispe at the ministry."
    )
    sides = _sides(_run(text, date(2027, 6, 1)))
    assert ("bilateral", ["Ana Duarte", "Rosa Quispe"]) in sides


def test_before_travelling_on_splits_two_meetings() -> None:
    text = (
        "Japanese Prime Minister Kenta Mori will attend the summit in Brussels on March 10, 2027.\n\n"
        "On Thursday, Mori will meet German Chancellor Greta Vogt in Berlin before travelling on to Paris "
        "for talks with French President Luc Barrault on Friday."
    )
    sides = _sides(_run(text, date(2027, 3, 1)))
    assert ("bilateral", ["Greta Vogt", "Kenta Mori"]) in sides
    assert ("bilateral", ["Kenta Mori", "Luc Barrault"]) in sides
    assert not any(kind == "trilateral" for kind, _ in sides)


def test_kind_word_of_a_meeting_being_prepared_is_not_this_meetings_kind() -> None:
    text = (
        "Chilean Foreign Minister Ana Duarte will visit Lima on June 9, 2027.\n\n"
        "Meanwhile, Chilean Vice Minister Pablo Rojas will hold talks with Peruvian Vice Minister "
        "Jorge Salas in Santiago on June 8 to prepare for a trilateral summit involving Chile, Peru "
        "and Bolivia."
    )
    sides = _sides(_run(text, date(2027, 6, 1)))
    assert ("bilateral", ["Jorge Salas", "Pablo Rojas"]) in sides
    assert not any(kind == "trilateral" for kind, _ in sides)


def test_pair_meeting_with_the_other_side_later_in_the_clause() -> None:
    text = (
        "Chile and Peru will hold their ministerial dialogue in Lima on June 9, 2027.\n\n"
        "Ahead of the dialogue, Chilean Vice Minister Pablo Rojas and Chilean Deputy Minister Inés Vera will "
        "hold a preparatory meeting in Lima on June 7 with Peruvian Vice Minister Jorge Salas and Peruvian "
        "Deputy Minister Rosa Quispe."
    )
    sides = _sides(_run(text, date(2027, 6, 1)))
    assert ("bilateral", ["Inés Vera", "Jorge Salas", "Pablo Rojas", "Rosa Quispe"]) in sides


def test_joining_several_for_a_meeting_and_a_list_of_counterparts() -> None:
    text = (
        "SINGAPORE, May 29 (Wire) - Japanese Defense Minister Kenta Mori met his Australian and Chilean "
        "counterparts on Saturday on the sidelines of the Asia Security Forum in Singapore.\n\n"
        "The forum opened Friday and runs through Sunday.\n\n"
        "Australian Defense Minister Liam Hart said ties had never been closer. Chilean Defense Minister "
        "Ana Duarte said the forum was timely.\n\n"
        "On Sunday, Mori is scheduled to hold bilateral talks with U.S. Defense Secretary Paul Crane before "
        "joining Crane, Hart and Duarte for a four-way meeting, the first since talks began in 2024."
    )
    sides = _sides(_run(text, date(2027, 5, 29)))
    assert ("trilateral", ["Ana Duarte", "Kenta Mori", "Liam Hart"]) in sides
    assert ("bilateral", ["Kenta Mori", "Paul Crane"]) in sides
    assert ("multilateral", ["Ana Duarte", "Kenta Mori", "Liam Hart", "Paul Crane"]) in sides


def test_topic_cues_agenda_with_talks_with_come_up_and_named_seas() -> None:
    text = (
        "Chilean Foreign Minister Ana Duarte will travel to Lima on June 9, 2027 for talks with Peruvian "
        "Foreign Minister Jorge Salas on fisheries quotas and glacier monitoring.\n\n"
        "The visit comes with water rights, port tariffs and lithium at the top of the agenda.\n\n"
        "An official said, adding that rail links and customs software were likely to come up.\n\n"
        "The two sides agreed to set up a working group on seismic data, amid tensions in the Drake Passage "
        "and patrols near the Weddell Sea."
    )
    topics = _topics(_run(text, date(2027, 6, 1)))
    for want in (
        "fisheries quotas",
        "glacier monitoring",
        "water rights",
        "port tariffs",
        "rail links",
        "customs software",
        "seismic data",
        "weddell sea",
    ):
        assert any(want in t for t in topics), (want, topics)


def test_trip_legs_co_chair_host_for_a_named_trilateral_and_a_second_verb() -> None:
    text = (
        "Secretary Nora Quill's Travel to Chile, Peru, and Bolivia\n\n"
        "Secretary of State Nora Quill will travel to Santiago, Lima and La Paz from June 8 to 13, 2027.\n\n"
        "In Santiago on June 8, Secretary Quill and Foreign Minister Ana Duarte of Chile will co-chair the "
        "U.S.–Chile Strategic Dialogue.\n\n"
        "In Lima on June 10, the Secretary will meet Peruvian Foreign Minister Jorge Salas. Foreign Minister "
        "Salas will then host the Secretary and Foreign Minister Duarte for a U.S.-Chile-Peru Trilateral "
        "Ministerial Meeting on June 11.\n\n"
        "The Secretary will conclude her trip in La Paz on June 13, where she will call on President Eva "
        "Mamani and meet with Bolivian Foreign Minister Luis Arce Tola."
    )
    b = _run(text, date(2027, 6, 1))
    sides = _sides(b)
    assert ("bilateral", ["Ana Duarte", "Nora Quill"]) in sides
    assert ("trilateral", ["Ana Duarte", "Jorge Salas", "Nora Quill"]) in sides
    assert ("bilateral", ["Luis Arce Tola", "Nora Quill"]) in sides
    tri = next(e for e in b.events if e.kind == "trilateral")
    assert tri.place == "Lima"  # the leg's city, from the sentence before
