"""People rules, round 2: names with initials, joined titles, letterheads, affiliations, quote speakers."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.models import Briefing
from tests.extract_helpers import person as _p

TODAY = date(2026, 3, 1)


def _b(text: str) -> Briefing:
    return extract(text, today=TODAY)


def _speaker(b: Briefing, words: str) -> str | None:
    found = [q for q in b.quotes if words in q.text]
    assert found, f"no quote with {words!r} among {[q.text for q in b.quotes]}"
    return found[0].speaker


def test_middle_initial_is_kept_and_the_plain_name_is_an_alias() -> None:
    b = _b("Trade Minister Olivia K. Brandt will visit Oslo on 4 May. Brandt will meet exporters.")
    p = _p(b, "Olivia K. Brandt")
    assert "Olivia Brandt" in p.aliases
    assert len(b.people) == 1


def test_host_who_welcomed_a_guest_to_a_national_institution_is_of_its_country() -> None:
    b = _b(
        "Secretary of Defense Lorna Vick welcomed Chilean Defence Minister Pablo Soto to the Pentagon "
        "today for talks on naval cooperation."
    )
    assert _p(b, "Lorna Vick").country == "United States"
    assert _p(b, "Pablo Soto").country == "Chile"


def test_office_line_under_a_senator_letterhead_replaces_the_honorific() -> None:
    b = _b(
        "Media release\n\nSenator the Hon Ruth Calloway\nMinister for Trade\n\n"
        "The Hon Owen Pryce MP\nDeputy Prime Minister\nMinister for Home Affairs\n\n"
        "Australia will host Chile's Foreign Minister, Pablo Soto, in Perth on 3 March.\n\n"
        "Mr Pryce will brief Mr Soto on border cooperation."
    )
    assert _p(b, "Ruth Calloway").role == "Minister for Trade"
    pryce = _p(b, "Owen Pryce")
    assert pryce.role == "Deputy Prime Minister and Minister for Home Affairs"
    assert pryce.country == "Australia"


def test_associate_minister_keeps_associate() -> None:
    b = _b("Associate Minister of Health Tama Reihana will travel to Apia on 2 June.")
    assert _p(b, "Tama Reihana").role == "Associate Minister of Health"


def test_bracketed_qualifier_belongs_to_the_title() -> None:
    b = _b("Secretary (West) Smt. Meera K. Iyer will accompany the Minister during the visit to Lisbon.")
    assert _p(b, "Meera K. Iyer").role == "Secretary (West)"


def test_retired_mark_in_brackets_is_no_title_qualifier() -> None:
    b = _b("General (Ret.) Alan Marsh, a former army chief, said the plan was sound.")
    assert _p(b, "Alan Marsh").role != "General (Ret.)"


def test_commission_name_before_president_stays_in_the_title() -> None:
    b = _b(
        "European Commission President Ilse Brenner will host Prime Minister Kenta Mori in Brussels on 3 May."
    )
    p = _p(b, "Ilse Brenner")
    assert (p.role, p.country) == ("European Commission President", "European Union")


def test_organisation_after_of_is_the_country_not_part_of_the_title() -> None:
    b = _b("She will meet the Secretary General of the Pacific Islands Forum, Tevita Lui, in Suva on 2 May.")
    p = _p(b, "Tevita Lui")
    assert (p.role, p.country) == ("Secretary General", "Pacific Islands Forum")


def test_title_of_someone_else_before_and_is_not_joined_to_the_next_title() -> None:
    b = _b(
        "Secretary of State Nora Quill will visit Seoul and Tokyo. On May 5, Secretary Quill and Foreign "
        "Minister Han Do-yun will co-chair the U.S.-ROK Strategic Dialogue. Foreign Minister Ito Ren will "
        "then host the Secretary and Foreign Minister Han in Tokyo."
    )
    han = _p(b, "Han Do-yun")
    assert (han.role, han.country) == ("Foreign Minister", "South Korea")


def test_described_workplace_after_at_is_no_part_of_the_title() -> None:
    b = _b(
        '"The summit is overdue," said Ravi Kulkarni, a senior fellow at the Mumbai-based Institute for '
        "Ocean Policy."
    )
    assert _p(b, "Ravi Kulkarni").role == "senior fellow"


def test_speaker_after_a_list_of_counterparts_is_not_of_their_country() -> None:
    b = _b(
        "External Affairs Minister Arjun Rao will meet his US counterparts, Secretary of State Nora Quill "
        "and Defense Secretary Ben Oakes, MEA spokesperson Divya Nair said in New Delhi on Monday."
    )
    assert _p(b, "Divya Nair").country != "United States"
    assert _p(b, "Ben Oakes").country == "United States"


def test_country_word_inside_a_name_is_no_party_to_the_visit() -> None:
    b = _b(
        "Statement from White House Press Secretary Jordan Pell on the Official Visit of Prime Minister Ana "
        "Ruiz of Chile\n\nOn May 3, Vice President Carl Dunmore will host a lunch for Prime Minister Ruiz."
    )
    assert _p(b, "Carl Dunmore").country == "United States"


def test_quote_heading_attributable_to_a_minister_names_the_speaker() -> None:
    b = _b(
        "Minister for Trade Ruth Calloway will visit Lima on 3 May.\n\n"
        "Quotes attributable to the Minister for Trade, Senator Calloway:\n\n"
        "“Our exporters will find new partners in Peru and across the region.”"
    )
    assert _speaker(b, "Our exporters") == "Ruth Calloway"


def test_quote_after_a_subject_who_said_it_later_in_the_sentence() -> None:
    b = _b(
        "Defence Minister Tomas Ruiz met Foreign Minister Anna Kerr in Lima on Monday.\n\n"
        'Kerr thanked the U.S. team for its help and said the two navies had "never worked so closely."'
    )
    assert _speaker(b, "never worked") == "Anna Kerr"


def test_quote_after_a_title_only_subject_goes_to_that_title_holder() -> None:
    b = _b(
        "Foreign Minister Anna Kerr met Defence Minister Tomas Ruiz in Lima on Monday.\n\n"
        'The Defence Minister thanked his guest and said the visit was "a turning point for both navies."'
    )
    assert _speaker(b, "turning point") == "Tomas Ruiz"


def test_attributed_readout_is_not_a_quote() -> None:
    b = _b(
        "Attributed to Press Secretary Maj. Lee Ford:\n\n"
        "Secretary of Defense Lorna Vick will host Minister of Defence Pablo Soto at the Pentagon on Tuesday."
    )
    assert b.quotes == []


def test_joined_portfolio_without_a_head_stays_one_title() -> None:
    b = _b(
        "Minister of Foreign Affairs Lena Fors met Minister of Foreign Affairs and Trade Rangi Tuhoe in "
        "Wellington on 2 May."
    )
    assert _p(b, "Rangi Tuhoe").role == "Minister of Foreign Affairs and Trade"


def test_short_quote_joined_to_an_attributed_one_is_a_quote_of_the_same_speaker() -> None:
    b = _b(
        "Defence Minister Tomas Ruiz met his Chilean counterpart in Lima on Monday.\n\n"
        'Ruiz said Peru would "answer every provocation with patience and resolve" and that the '
        'partnership was "firm and lasting".'
    )
    assert _speaker(b, "firm and lasting") == "Tomas Ruiz"


def test_quoted_title_case_name_is_no_quote() -> None:
    b = _b(
        "Foreign Minister Anna Kerr met Defence Minister Tomas Ruiz in Lima on Monday. The two agreed to "
        'work toward a "Safe and Open Pacific Region."'
    )
    assert [q.text for q in b.quotes] == []
