"""People rules, round 25 (people2): a joined run ending on a bare "Minister"/"Secretary" is two people's
titles, a plural title before a list of names gives each one the singular, and a headline's "to" before a
lower-case verb closes the title ("president to press A")."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.models import Briefing

from .extract_helpers import person as _get

TODAY = date(2026, 3, 1)


def _b(text: str) -> Briefing:
    return extract(text, today=TODAY)


def test_a_bare_minister_after_and_is_the_second_person_s_title_only() -> None:
    b = _b(
        "Trade Minister Olga Venter will host Kenya's Minister for Trade and Industry, Ms. Wanjiru Odhiambo, "
        "in Pretoria on 4 May. The Trade Minister and Minister Odhiambo will sign a customs protocol."
    )
    assert _get(b, "Wanjiru Odhiambo").role == "Minister for Trade and Industry"


def test_a_bare_secretary_after_and_is_the_second_person_s_title_only() -> None:
    b = _b(
        "Secretary of Energy Ramon D. Villanueva will visit Jakarta from 3-5 June at the invitation of "
        "Energy Minister Budi Santoso. On 4 June, Energy Minister and Secretary Villanueva will open a forum."
    )
    assert _get(b, "Ramon D. Villanueva").role == "Secretary of Energy"


def test_a_plural_title_before_two_names_gives_each_the_singular() -> None:
    b = _b(
        "Senator Fiona Raeburn will host Mr Tevita Lomu in Brisbane on 9 April. Secretaries Raeburn and Lomu "
        "will co-chair the Joint Trade Committee. Secretary for Trade Fiona Raeburn said the talks mattered."
    )
    assert _get(b, "Fiona Raeburn").role == "Secretary for Trade"


def test_a_headline_verb_after_to_is_no_part_of_the_title() -> None:
    b = _b(
        "Danish premier to head Calloway summit on Arctic bases\n\n"
        "COPENHAGEN (AP) — Danish Prime Minister Lars Holm will meet President Edwin Calloway in "
        "Washington on Friday."
    )
    assert _get(b, "Edwin Calloway").role == "President"


def test_a_joined_title_with_its_own_portfolio_stays_whole() -> None:
    b = _b(
        "Deputy Prime Minister and Minister for Defence Colin Marbury will meet Defence Minister "
        "Anil Kapoor in Canberra on 2 May."
    )
    assert _get(b, "Colin Marbury").role == "Deputy Prime Minister and Minister for Defence"


def test_a_title_to_a_country_or_the_president_still_runs_on() -> None:
    b = _b(
        "Special Envoy to the Sahel Mariam Toure and Adviser to the President Jonas Eke will attend "
        "the meeting in Dakar on 6 May."
    )
    assert _get(b, "Mariam Toure").role == "Special Envoy to the Sahel"
    assert _get(b, "Jonas Eke").role == "Adviser to the President"


def test_a_plural_body_title_keeps_its_words() -> None:
    b = _b("Chairman of the Joint Chiefs of Staff Gen. Dale Mercer will visit Seoul on 8 May.")
    assert _get(b, "Dale Mercer").role == "Chairman of the Joint Chiefs of Staff"


def test_a_people_s_service_after_its_state_closes_the_command_title() -> None:
    b = _b(
        "Admiral Jane Doe will meet Chief of the General Staff of the Lao People's Army Lieutenant General "
        "Somsak Vong in Vientiane on 3 May."
    )
    assert _get(b, "Somsak Vong").role == "Chief of the General Staff of the Lao People's Army"


def test_a_counterpart_in_a_while_clause_is_that_clause_s_subject_s() -> None:
    b = _b(
        "Trade Minister Ana Silva will meet Chile's Trade Minister, Jorge Pena, in Lima on 4 May, while "
        "Finance Minister Rosa Diaz will hold talks with her Chilean counterpart, Tomas Vidal."
    )
    assert _get(b, "Tomas Vidal").role == "Finance Minister"


def test_a_counterpart_after_a_plain_and_stays_the_sentence_subject_s() -> None:
    b = _b(
        "Trade Minister Ana Silva will meet Finance Minister Rosa Diaz in Lima on 4 May, and she will hold "
        "talks with her Chilean counterpart, Tomas Vidal."
    )
    assert _get(b, "Tomas Vidal").role == "Trade Minister"


def test_a_letterhead_name_with_an_apostrophe_is_read() -> None:
    b = _b(
        "MEDIA RELEASE\n\nTHE HON PETER LANGLEY MP\nMINISTER FOR TRADE\n\nTHE HON NIAMH D'ARCY MP\n"
        "MINISTER FOR HEALTH\n\nAustralia will host Fiji's health minister in Darwin on 4 May. "
        "Minister D'Arcy said the visit mattered."
    )
    p = _get(b, "Niamh D'Arcy")
    assert p.name == "Niamh D'Arcy"
    assert p.role == "Minister for Health"


def test_a_letterhead_line_with_a_figure_is_still_no_name() -> None:
    b = _b(
        "MEDIA RELEASE\n\nTHE HON PETER LANGLEY MP\nMINISTER FOR TRADE\n\nTHE HON LEVEL 3 OFFICE\n\n"
        "Australia will host Fiji's trade minister in Darwin on 4 May."
    )
    assert [p.name for p in b.people] == ["Peter Langley"]


def test_a_region_named_with_of_opens_an_expert_s_description() -> None:
    b = _b(
        'Ghana will host the talks in Accra on 4 May. "The stakes are high," said Kofi Mensah, a Gulf of '
        "Guinea security analyst at the Accra-based Maritime Policy Centre."
    )
    assert _get(b, "Kofi Mensah").role == "Gulf of Guinea security analyst"


def test_an_of_inside_a_body_s_name_opens_no_expert_s_field() -> None:
    b = _b(
        'Ghana will host the talks in Accra on 4 May. "It matters," said Kofi Mensah, a University of Ghana '
        "lecturer."
    )
    assert _get(b, "Kofi Mensah").role is None
