"""People rules, round 3: countries given indirectly, organisation officials, fuller and formal titles."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.models import Briefing
from tests.extract_helpers import person as _p

TODAY = date(2026, 3, 1)


def _b(text: str) -> Briefing:
    return extract(text, today=TODAY)


def test_possessive_country_before_a_new_minister_beats_the_dateline() -> None:
    b = _b(
        "LIMA (Wire) - Defence Minister Tomas Ribeiro will hold talks with Chile's new Defence Minister, "
        "Admiral Ines Varga, on Friday in Lima."
    )
    assert _p(b, "Ines Varga").country == "Chile"
    assert _p(b, "Ines Varga").role == "Defence Minister"


def test_bare_deputy_of_an_organisation_officer_takes_the_organisation() -> None:
    b = _b(
        "OSLO (Wire) - NATO Secretary General Petra Lund will open the meeting on Thursday in Oslo. "
        "Deputy Secretary General Anton Keller will represent the alliance at a separate meeting on Monday."
    )
    assert _p(b, "Anton Keller").country == "NATO"


def test_bare_organisation_office_takes_the_organisation_the_text_names() -> None:
    b = _b(
        "GENEVA (Wire) - The United Nations will convene talks on Thursday in Geneva. "
        "Under-Secretary-General for Political Affairs Mira Sandoval will chair them."
    )
    assert _p(b, "Mira Sandoval").country == "United Nations"


def test_a_leader_reported_to_is_of_the_reporting_ministers_country() -> None:
    b = _b(
        "Secretary of Defense Carl Whitby hosted Fijian Minister of Defence Ratu Sevuloni Nand at the "
        "Pentagon today.\n\n"
        "Minister Nand told reporters the talks had gone well.\n\n"
        "He added that he would report back to Prime Minister Losana Vuki when he returns home next week."
    )
    assert _p(b, "Losana Vuki").country == "Fiji"


def test_an_ambassador_of_one_country_to_another_is_of_the_sending_state() -> None:
    b = _b(
        "The talks were held in Oslo on 4 May. Ambassador of Peru to Norway Mr. Julio Pardo also attended."
    )
    p = _p(b, "Julio Pardo")
    assert p.role == "Ambassador to Norway"
    assert p.country == "Peru"


def test_letterhead_office_replaces_a_bare_minister_from_a_contact_line() -> None:
    b = _b(
        "Media release\n\n"
        "The Hon Dana Rooke MP\n"
        "Minister for Trade and Tourism\n\n"
        "Trade mission to Chile\n\n"
        "I will lead a trade mission to Santiago on 4 May.\n\n"
        "Media contact: Minister Rooke's office, (02) 6277 7420."
    )
    assert _p(b, "Dana Rooke").role == "Minister for Trade and Tourism"


def test_title_then_name_before_a_colon() -> None:
    b = _b(
        "The Minister for Trade will travel to Santiago on 4 May.\n\n"
        "Quotes attributable to the Minister for Trade and Tourism, Dana Rooke:\n\n"
        '"Chile is a natural partner."'
    )
    assert _p(b, "Dana Rooke").role == "Minister for Trade and Tourism"


def test_ministry_portfolio_words_stay_in_the_title() -> None:
    b = _b(
        "The delegation will comprise Minister of Electronics and Information Technology Shri Arun Pathak "
        "and Minister of Civil Aviation Smt. Leela Nair. The talks open in Delhi on 4 May."
    )
    assert _p(b, "Arun Pathak").role == "Minister of Electronics and Information Technology"
    assert _p(b, "Leela Nair").role == "Minister of Civil Aviation"


def test_the_other_delegation_led_by_a_joined_title_is_of_that_country() -> None:
    b = _b(
        "Ministry of External Affairs\nGovernment of India\n\nPress Release\n\n"
        "The India-Malaysia Joint Commission will be held in Kuala Lumpur on 4 May. "
        "The Malaysian delegation will be led by Deputy Prime Minister and Minister of Finance "
        "Datuk Amir Rosli."
    )
    assert _p(b, "Amir Rosli").country == "Malaysia"


def test_the_formal_title_after_the_name_beats_a_descriptive_one_before() -> None:
    b = _b(
        "EU foreign policy chief Lotte Maes, the High Representative for Foreign Affairs and Security "
        "Policy, will attend the talks in Tokyo on 4 May."
    )
    p = _p(b, "Lotte Maes")
    assert p.role == "High Representative for Foreign Affairs and Security Policy"
    assert p.country == "European Union"


def test_a_lower_case_office_then_a_ranked_name_keeps_the_office() -> None:
    b = _b(
        "WASHINGTON - The minister will then travel to Honolulu for talks with the commander of "
        "U.S. Pacific Fleet, Adm. Rhoda Kemp, on 4 May."
    )
    p = _p(b, "Rhoda Kemp")
    assert p.role == "commander of U.S. Pacific Fleet"
    assert p.country == "United States"


def test_an_institute_officer_has_the_whole_institute_and_no_country() -> None:
    b = _b(
        "SINGAPORE (Wire) - The forum opens in Singapore on 4 May. Dr Karin Ostby, director of the "
        "Nordic Institute for Maritime Studies, which co-hosts the event, said it would be tense."
    )
    p = _p(b, "Karin Ostby")
    assert p.role == "director of the Nordic Institute for Maritime Studies"
    assert p.country is None


def test_an_office_only_one_government_has_gives_its_country() -> None:
    b = _b(
        "SEOUL (Wire) - First Vice Foreign Minister Han Ji-woo will meet Deputy Secretary of State "
        "Lara Quinn in Seoul on 4 May."
    )
    assert _p(b, "Lara Quinn").country == "United States"
    assert _p(b, "Han Ji-woo").country == "South Korea"


def test_an_office_country_is_not_passed_to_the_name_beside_it() -> None:
    b = _b(
        "The Secretary's travel to Indonesia\n\n"
        "Secretary of State Rhea Morton will travel to Jakarta on 4 May. "
        "In Jakarta, Secretary Morton and Foreign Minister Adi Prasetyo will co-chair the dialogue."
    )
    assert _p(b, "Rhea Morton").country == "United States"
    assert _p(b, "Adi Prasetyo").country == "Indonesia"


def test_a_nameless_title_is_taken_by_the_person_named_later() -> None:
    b = _b(
        "OSLO (Wire) - The Foreign Minister of Chile will visit Oslo on 4 May. The minister, Rosa Ibarra, "
        "said she looked forward to the talks."
    )
    p = _p(b, "Rosa Ibarra")
    assert p.role == "Foreign Minister"
    assert p.country == "Chile"


def test_everyone_in_an_accompanied_by_list_travels_with_the_leader() -> None:
    b = _b(
        "OSLO (Wire) - Prime Minister Erik Dahl met Peruvian President Luisa Campos on 4 May. The Peruvian "
        "leader was accompanied by Foreign Minister Jorge Salas and Defence Minister Ana Quispe."
    )
    assert _p(b, "Jorge Salas").country == "Peru"
    assert _p(b, "Ana Quispe").country == "Peru"


def test_a_bare_title_held_by_two_means_the_releases_author() -> None:
    b = _b(
        "Media release\n\n"
        "The Hon Dana Rooke MP\n"
        "Minister for Foreign Affairs\n\n"
        "Visit to Chile and Peru\n\n"
        "I will travel to Santiago on 4 May.\n\n"
        "The Foreign Minister will travel on to Lima on 6 May for talks with Peru's Minister of Foreign "
        "Affairs, Mr Jorge Salas.\n\n"
        '"Peru is a close partner," the Foreign Minister said.'
    )
    q = next(q for q in b.quotes if "close partner" in q.text)
    assert q.speaker == "Dana Rooke"


def test_a_plural_title_over_names_with_their_own_countries() -> None:
    b = _b(
        "OSLO (Wire) - The forum will bring together Trade Ministers Rosa Ibarra (Chile), Jorge Salas (Peru) "
        "and Ana Quispe (Bolivia) on 4 May."
    )
    assert [(p.name, p.role, p.country) for p in b.people] == [
        ("Rosa Ibarra", "Trade Minister", "Chile"),
        ("Jorge Salas", "Trade Minister", "Peru"),
        ("Ana Quispe", "Trade Minister", "Bolivia"),
    ]


def test_countries_then_names_are_matched_respectively() -> None:
    b = _b(
        "OSLO (Wire) - The trade ministers of Chile, Peru and Bolivia, Rosa Ibarra, Jorge Salas and "
        "Ana Quispe, will meet on 4 May. Oslo hosts."
    )
    assert {p.name: p.country for p in b.people} == {
        "Rosa Ibarra": "Chile",
        "Jorge Salas": "Peru",
        "Ana Quispe": "Bolivia",
    }
    assert _p(b, "Jorge Salas").role == "trade minister"


def test_counterparts_from_listed_countries_get_a_country_each_and_the_title() -> None:
    # the title: round 24b's counterpart convention (the office of the one whose counterparts they are)
    b = _b(
        "OSLO (Wire) - Norwegian Trade Minister Erik Dahl met his counterparts from Chile and Peru, "
        "Rosa Ibarra and Jorge Salas, on 4 May."
    )
    assert (_p(b, "Rosa Ibarra").country, _p(b, "Rosa Ibarra").role) == ("Chile", "Trade Minister")
    assert _p(b, "Jorge Salas").country == "Peru"


def test_a_two_word_rank_after_an_office_is_not_part_of_it() -> None:
    b = _b("LIMA - Peru's Chief of Army Staff Field Marshal Jorge Salas will visit Oslo on 4 May.")
    p = _p(b, "Jorge Salas")
    assert (p.role, p.country) == ("Chief of Army Staff", "Peru")


def test_secretary_of_war_is_a_title() -> None:
    b = _b("Secretary of War Carl Whitby will host the talks at the Pentagon on 4 May.")
    p = _p(b, "Carl Whitby")
    assert (p.role, p.country) == ("Secretary of War", "United States")


def test_the_author_of_a_first_person_release_is_of_the_country_nobody_else_holds() -> None:
    b = _b(
        "Minister for Trade\n"
        "The Hon Dana Rooke\n\n"
        "Media release\n\n"
        "Trade ministers to meet by video\n\n"
        "I will join a virtual meeting on Friday, 4 May, chaired by Peru's Minister of Trade, "
        "Mr Jorge Salas, who will host the next meeting in Lima.\n\n"
        '"Chile matters to our exporters," I said today.'
    )
    assert _p(b, "Dana Rooke").country == "Chile"


def test_officials_met_on_a_visit_to_a_country_are_of_that_country() -> None:
    b = _b(
        "Ministry of External Affairs\nGovernment of India\n\n"
        "Foreign Minister Arun Pathak will visit Peru from 3 to 5 May. During the visit, he will meet "
        "Foreign Minister Jorge Salas and call on President Rosa Ibarra."
    )
    assert _p(b, "Arun Pathak").country == "India"
    assert _p(b, "Jorge Salas").country == "Peru"
    assert _p(b, "Rosa Ibarra").country == "Peru"


def test_a_title_naming_an_organisation_gives_it_but_not_as_an_envoys_destination() -> None:
    b = _b(
        "OSLO (Wire) - Talks open in Oslo on 4 May. Rosa Ibarra, spokesperson for the NATO Secretary "
        "General, said allies would attend. Ambassador to NATO Jorge Salas will also attend."
    )
    assert _p(b, "Rosa Ibarra").country == "NATO"
    assert _p(b, "Jorge Salas").country != "NATO"


def test_a_city_before_an_apposed_title_is_no_person() -> None:
    b = _b(
        "Secretary of State Rhea Morton will travel to Buenos Aires on 4 May. In Buenos Aires, the "
        "Secretary will meet Foreign Minister Jorge Salas."
    )
    assert "Buenos Aires" not in [p.name for p in b.people]


def test_everyone_in_a_list_after_meet_is_of_the_host_country() -> None:
    # the first of the list is known by an office only one country has; the second is met in its capital
    b = _b(
        "MEDIA NOTE\n\nSecretary of State Rhea Morton will travel to Tokyo on 4 May.\n\n"
        "In Tokyo, the Secretary will meet with Chief Cabinet Secretary Jiro Sato and National "
        "Security Adviser Ken Mori."
    )
    assert _p(b, "Jiro Sato").country == "Japan"
    assert _p(b, "Ken Mori").country == "Japan"


def test_more_office_words_stay_in_the_title() -> None:
    b = _b(
        "LIMA (Wire) - Head of Mission Rosa Ibarra said talks would open in Lima on 4 May. Defence Attaché "
        "Col. Jorge Salas will attend. Opposition leader Ana Quispe criticised the plan."
    )
    assert _p(b, "Rosa Ibarra").role == "Head of Mission"
    assert _p(b, "Jorge Salas").role == "Defence Attaché"
    assert _p(b, "Ana Quispe").role == "Opposition leader"


def test_cum_joins_two_offices_and_a_rank_after_a_lower_case_chief_opens_the_name() -> None:
    b = _b(
        "LIMA - Deputy Prime Minister cum Foreign Minister Rosa Ibarra will visit Oslo on 4 May. "
        "Peruvian Armed Forces chief Admiral Jorge Salas will join her."
    )
    assert _p(b, "Rosa Ibarra").role == "Deputy Prime Minister cum Foreign Minister"
    p = _p(b, "Jorge Salas")
    assert (p.role, p.country) == ("Armed Forces chief", "Peru")


def test_a_letterhead_country_line_is_the_issuer_and_a_list_is_not_one_long_title() -> None:
    b = _b(
        "Prime Minister to attend ASEAN Summit\n\nMedia Statement\nPrime Minister's Office\nSingapore\n\n"
        "Prime Minister Rosa Ibarra will attend the 47th ASEAN Summit in Kuala Lumpur, Malaysia, from 26 to "
        "28 October 2025.\n\n"
        "Prime Minister Ibarra will be accompanied by her husband Mr Tomas Ibarra, Minister for Foreign "
        "Affairs Dr Jorge Salas, and officials from the Ministry of Foreign Affairs.\n\n"
        "In Prime Minister Ibarra's absence, Deputy Prime Minister Ana Quispe will be the Acting Prime "
        "Minister."
    )
    assert _p(b, "Rosa Ibarra").country == "Singapore"
    p = _p(b, "Jorge Salas")
    assert (p.role, p.country) == ("Minister for Foreign Affairs", "Singapore")
    assert _p(b, "Tomas Ibarra").role is None
