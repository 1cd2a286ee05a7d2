"""People rules, round 7: envoys' roles without the sending state, a name spelt like a month abbreviation
at a sentence end, spouses sharing a family name, a clause after an object list, a named group's
country, "represented by", a traveller returning home."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.models import Briefing

from .extract_helpers import person as _get

TODAY = date(2026, 3, 1)


def _b(text: str) -> Briefing:
    return extract(text, today=TODAY)



def test_an_ambassador_of_one_state_to_another_shows_only_the_receiving_state() -> None:
    b = _b(
        "The talks were held in Lima on 4 May. Ambassador of Chile to Peru Ms. Rosa Quintal also attended."
    )
    p = _get(b, "Rosa Quintal")
    assert (p.role, p.country) == ("Ambassador to Peru", "Chile")


def test_an_apposed_high_commissioner_of_a_state_keeps_the_post() -> None:
    b = _b("The minister met Mr. Tobin Arle, High Commissioner of Canada to Kenya, in Nairobi on 3 June.")
    p = _get(b, "Tobin Arle")
    assert (p.role, p.country) == ("High Commissioner to Kenya", "Canada")


def test_a_name_spelt_like_a_month_abbreviation_closes_the_sentence() -> None:
    b = _b(
        "On 2 June, Secretary Hallorann will meet Chinese Minister of National Defense Adm. Tao Jun. "
        "It will be their first meeting this year."
    )
    p = _get(b, "Tao Jun")
    assert (p.role, p.country) == ("Minister of National Defense", "China")


def test_a_leaders_spouse_with_another_title_is_a_person_of_her_own() -> None:
    b = _b(
        "President Varga and First Lady Ilona Varga will host Prime Minister Tsujimoto Kenji and "
        "Mrs. Tsujimoto Emi of Japan at the White House on 10 April.\n\n"
        "On 11 April, President Varga and Prime Minister Tsujimoto will hold talks."
    )
    assert _get(b, "Ilona Varga").role == "First Lady"
    assert _get(b, "Varga").role == "President"
    assert _get(b, "Tsujimoto Emi").role is None
    assert _get(b, "Tsujimoto Kenji").role == "Prime Minister"


def test_a_name_opening_a_clause_after_an_object_is_not_of_the_objects_country() -> None:
    b = _b(
        "Tokyo, 2 May - Ms. Oda Rin, Minister for Foreign Affairs, and Mr. Endo Taku, Minister of Defense, "
        "will hold the Japan-Canada 2+2 with Ms. Claire Dufort, Minister of Foreign Affairs of Canada, and "
        "Mr. Paul Lacasse, Minister of National Defence of Canada, in Ottawa on 5 May.\n\n"
        "Minister Oda will hold a foreign ministers' meeting with Foreign Minister Dufort, and Minister Endo "
        "will hold a defence ministers' meeting with Minister Lacasse."
    )
    assert _get(b, "Endo Taku").country != "Canada"


def test_a_name_taken_from_a_group_of_one_nation_is_of_that_nation() -> None:
    b = _b(
        "External Affairs Minister Ravi Menon will visit Norway from 3-5 May. He will call on the Prime "
        "Minister and meet other Norwegian dignitaries, including Minister of Defence H.E. Mr. Lars Holt."
    )
    assert _get(b, "Lars Holt").country == "Norway"


def test_a_state_represented_by_an_official_is_the_officials_country() -> None:
    b = _b(
        "The foreign ministers of the region will meet in Hanoi on 9 March.\n\n"
        "Finland will be represented at the summit in May by Prime Minister Aino Sarvela."
    )
    assert _get(b, "Aino Sarvela").country == "Finland"


def test_a_traveller_returning_to_a_country_is_of_it() -> None:
    b = _b(
        "Foreign Minister Tomas Rieger will attend the regional retreat in Bali from 3 to 4 March.\n\n"
        "Dr Rieger will return to Austria on 5 March."
    )
    assert _get(b, "Tomas Rieger").country == "Austria"


def test_a_bare_rank_is_no_role() -> None:
    b = _b(
        "SINGAPORE (AP) - Defense Secretary Mark Hedlund will meet his Chinese counterpart, Adm. Qiu Wen, "
        "on Friday on the sidelines of a security forum in Singapore, officials said."
    )
    assert _get(b, "Qiu Wen").role is None


def test_a_visitor_to_one_of_a_pair_of_parties_is_of_the_other() -> None:
    b = _b(
        "Sixth India-Canada Ministerial Dialogue\n\n"
        "The sixth India-Canada Ministerial Dialogue will be held in New Delhi on 10 November 2026.\n\n"
        "The Dialogue builds on the visit of Prime Minister Owen Clarke to New Delhi in September 2025."
    )
    assert _get(b, "Owen Clarke").country == "Canada"


def test_a_later_title_holding_more_offices_is_the_fuller_one() -> None:
    b = _b(
        "At the invitation of Minister of Foreign Affairs and Trade of Norway Eirik Vold, Foreign Minister "
        "Chen Bo will visit Norway from 3 to 5 May.\n\n"
        "Chen Bo will hold talks with Deputy Prime Minister and Foreign Minister Eirik Vold in Oslo."
    )
    assert _get(b, "Eirik Vold").role == "Deputy Prime Minister and Foreign Minister"


def test_returning_to_the_host_country_is_a_second_visit_not_home() -> None:
    b = _b(
        "Foreign Minister Tomas Rieger will visit Indonesia from 3 to 4 March for talks in Jakarta.\n\n"
        "Dr Rieger will return to Indonesia in June for the regional forum, officials said."
    )
    assert _get(b, "Tomas Rieger").country != "Indonesia"


def test_a_billet_written_title_comma_unit_before_a_rank_is_the_role() -> None:
    b = _b(
        "NATO Secretary General Ola Berntsen will visit Tokyo, Japan, on 9 April.\n\n"
        "The Secretary General will also meet with the Chief of Staff, Joint Staff, General Mori Haruto, "
        "and give a speech at a university."
    )
    p = _get(b, "Mori Haruto")
    assert (p.role, p.country) == ("Chief of Staff, Joint Staff", "Japan")


def test_a_countrys_post_in_apposition_gives_the_country_and_beats_a_former_office() -> None:
    b = _b(
        "The ministers will meet in Hanoi on 9 March.\n\n"
        "He added that Norway's special envoy on Sudan, former foreign minister Kari Dahl, would brief "
        "the ministers."
    )
    p = _get(b, "Kari Dahl")
    assert (p.role, p.country) == ("special envoy on Sudan", "Norway")
