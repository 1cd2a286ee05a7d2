"""People rules, round 9: a companion "together with" is no host's man, the city a mention is placed in,
a name's final word before a sentence-opening word, number-led phrases, bylines in brackets, and more."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.models import Briefing

from .extract_helpers import person as _get

TODAY = date(2026, 3, 1)


def _b(text: str) -> Briefing:
    return extract(text, today=TODAY)


def test_a_companion_named_together_with_the_traveller_is_not_of_the_host() -> None:
    b = _b(
        "German Foreign Minister Karla Ostwald will travel to Norway on 3 May. In Oslo, she will take part "
        "in the German-Norwegian consultations together with Federal Minister of Defence Bruno Tessendorf."
    )
    assert _get(b, "Bruno Tessendorf").country == "Germany"


def test_talks_with_a_minister_in_a_later_city_take_that_city_s_country() -> None:
    b = _b(
        "Federal Foreign Office\nPress release\n\nFederal Minister of Defence Bruno Tessendorf will meet "
        "his counterpart in Tokyo on 15 May and then travel on for talks with Minister for Defence "
        "Colin Marbury in Canberra."
    )
    assert _get(b, "Colin Marbury").country == "Australia"


def test_a_short_last_name_word_before_a_sentence_opening_title_keeps_no_period() -> None:
    b = _b(
        "Foreign Minister Tomas Berg will hold talks in Oslo with Minister Li Bo. Minister Berg also "
        'plans to attend a dinner. "We look forward to welcoming Minister Berg. The dialogue matters," '
        "Foreign Minister Li Bo of China said."
    )
    names = [p.name for p in b.people]
    assert "Li Bo" in names and not any(n.endswith(".") for n in names)


def test_a_short_name_abbreviation_before_a_given_name_keeps_its_period() -> None:
    b = _b('"We are ready," DFA spokesperson Ma. Teodora Lim said in Manila on Friday.')
    assert _get(b, "Ma. Teodora Lim").role == "DFA spokesperson"


def test_a_number_led_compound_is_no_name() -> None:
    b = _b(
        "Foreign Minister Tomas Berg will review the situation in Myanmar and ASEAN's Five-Point Consensus "
        "with Minister Li Bo of China."
    )
    assert [p.name for p in b.people] == ["Tomas Berg", "Li Bo"]


_FR = (
    "MINISTRY OF THE ARMED FORCES\nPress release\n\nParis, 2 May 2026\n\n"
    "The Minister for the Armed Forces, Ms Claire Vautrin, will travel to Norway on 4 May. "
    "She will co-chair with her Norwegian counterpart, Mr Lars Fjeld, Minister of Defence, the dialogue "
    "in Oslo.\n\n"
    "In Oslo, the Minister will be received by the Prime Minister, Mr Erik Sandvold, and will have talks "
    "with the State Secretary, Mr Ole Brenna.\n\n"
    "The Minister will be accompanied by the Chief of the Defence Staff, General Paul Ravenel, and the "
    "Delegate General for Armament, Mr Luc Demarre."
)


def test_one_received_by_a_host_is_of_the_host_country() -> None:
    assert _get(_b(_FR), "Erik Sandvold").country == "Norway"


def test_companions_of_a_bare_title_subject_are_of_its_holder_s_country() -> None:
    b = _b(_FR)
    assert _get(b, "Paul Ravenel").country == "France"
    assert (_get(b, "Luc Demarre").role, _get(b, "Luc Demarre").country) == (
        "Delegate General for Armament",
        "France",
    )


def test_a_delegation_led_by_a_general_after_an_indefinite_article_is_of_its_country() -> None:
    b = _b(
        "OSLO, May 3 (Reuters) - Defence ministers will gather in Oslo on Friday. A Chinese delegation led "
        "by Lieutenant General Zhou Bairen, vice president of the National Defence University, will attend."
    )
    assert _get(b, "Zhou Bairen").country == "China"


def test_counterparts_listed_after_a_dash_are_people_of_those_countries_in_order() -> None:
    b = _b(
        "OSLO, May 3 (Reuters) - U.S. Defense Secretary Mark Linden will join his Australian, Japanese and "
        "Philippine counterparts - Colin Marbury, Hideo Sakamura and Ramon Talavera Jr. - for a four-way "
        "meeting on Saturday."
    )
    assert [(p.name, p.country) for p in b.people[1:]] == [
        ("Colin Marbury", "Australia"),
        ("Hideo Sakamura", "Japan"),
        ("Ramon Talavera Jr.", "Philippines"),
    ]


def test_an_acting_title_around_a_country_word_in_apposition() -> None:
    b = _b(
        "SEOUL, May 3 (Yonhap) -- The talks will be co-chaired by Vice Defense Minister Han Do-yun and "
        "Laura Pettigrew, acting U.S. Assistant Secretary of Defense for Space Policy, according to the "
        "ministry."
    )
    p = _get(b, "Laura Pettigrew")
    assert (p.role, p.country) == ("acting Assistant Secretary of Defense for Space Policy", "United States")


def test_a_lecturer_described_in_apposition_keeps_the_workplace() -> None:
    b = _b(
        "JAKARTA, May 3 - The two leaders will meet on Monday. Budi Santoso, an international relations "
        'lecturer at the Nusantara Institute, said: "Expectations are modest."'
    )
    assert _get(b, "Budi Santoso").role == "international relations lecturer at the Nusantara Institute"


def test_a_name_with_its_outlet_in_brackets_on_a_line_of_its_own_is_a_byline() -> None:
    b = _b(
        "Leaders to meet in Bogor\n\nSari Wulandari (The Island Courier)\n\n"
        "President Agus Permana will receive Prime Minister Tomas Berg of Norway in Bogor on Monday."
    )
    p = _get(b, "Sari Wulandari")
    assert (p.role, p.country) == (None, None)
    assert b.people[0].name == "Agus Permana"


def test_two_leading_initials_open_a_titled_name() -> None:
    b = _b(
        "New Delhi, May 3 (PTI) Defence Minister Arvind Kale will visit Norway. Defence Secretary "
        "R. S. Mohan Iyer will be part of the delegation."
    )
    p = _get(b, "Mohan Iyer")
    assert (p.role, p.country) == ("Defence Secretary", "India")
    assert "R. S. Mohan Iyer" in p.aliases


def test_a_name_after_a_comma_and_with_is_no_one_the_host_meets() -> None:
    b = _b(
        "New Delhi, May 3 (PTI) India and Norway will hold their dialogue in Oslo on Wednesday, with "
        "Defence Minister Arvind Kale set to co-chair the talks, officials said."
    )
    assert _get(b, "Arvind Kale").country == "India"


def test_a_bare_name_line_over_a_title_line_in_a_contact_block_is_that_person() -> None:
    b = _b(
        "Global Affairs Canada\nNews release\n\nOttawa, May 3, 2026\n\n"
        "Minister of Foreign Affairs Anne Girard will travel to Norway on May 5.\n\n"
        "Contacts\n\nLuc Bergeron-Paquet\nPress Secretary\nOffice of the Minister of Foreign Affairs\n"
        "luc.bergeron@example.org"
    )
    p = _get(b, "Luc Bergeron-Paquet")
    assert (p.role, p.country) == ("Press Secretary", "Canada")


def test_a_desk_for_an_organisation_s_affairs_is_a_government_office() -> None:
    b = _b(
        "Philippine Secretary of Foreign Affairs Rosa Lim will visit Hanoi on 3 May. The visit will be "
        "preceded by a meeting in Manila chaired by Undersecretary for Bilateral Relations and ASEAN "
        "Affairs Miguel T. Ocampo and "
        "Vietnamese Vice Minister of Foreign Affairs Tran Van Hoa."
    )
    assert _get(b, "Miguel T. Ocampo").country == "Philippines"


def test_a_party_body_named_in_full_belongs_to_the_title_and_gives_its_country() -> None:
    b = _b(
        "The meeting will be hosted by Foreign Minister Tomas Berg of Norway, with Member of the Political "
        "Bureau of the Communist Party of Vietnam Central Committee and Minister of Foreign Affairs Tran "
        "Van Hoa also in attendance."
    )
    p = _get(b, "Tran Van Hoa")
    assert p.role == (
        "Member of the Political Bureau of the Communist Party of Vietnam Central Committee and Minister of "
        "Foreign Affairs"
    )
    assert p.country == "Vietnam"


def test_an_office_s_initials_before_a_capitalised_spokesperson_title_stay_in_it() -> None:
    b = _b(
        "Secretary of Foreign Affairs Rosa Lim will host the talks in Manila. DFA Spokesperson Paolo Reyes "
        "said a joint statement would follow."
    )
    assert _get(b, "Paolo Reyes").role == "DFA Spokesperson"


def test_a_chairman_of_a_body_named_in_capitalised_words_then_a_comma_name() -> None:
    b = _b(
        "German Foreign Minister Karla Ostwald will host the talks in Berlin. Minister Berg will also meet "
        "with the Chairman of the Storting Defence Committee, Nils Haraldsen, on 7 May."
    )
    assert _get(b, "Nils Haraldsen").role == "Chairman of the Storting Defence Committee"


def test_a_fellow_at_a_described_workplace_keeps_it_in_the_title() -> None:
    b = _b(
        "New Delhi, May 3 (PTI) Defence Minister Arvind Kale will visit Norway. Dr Ingrid Solberg, a senior "
        "fellow at an Oslo-based think tank, said the visit mattered."
    )
    p = _get(b, "Ingrid Solberg")
    # round 18's convention: an "Xcity-based" workplace gives its country to a person outside government
    assert (p.role, p.country) == ("senior fellow at an Oslo-based think tank", "Norway")


def test_a_title_owned_by_a_one_country_institution_takes_its_country() -> None:
    b = _b(
        'WASHINGTON, May 3 (AP) - The two presidents will meet on Friday. "We are ready," said Luc '
        "Demarre, the Élysée's diplomatic adviser."
    )
    p = _get(b, "Luc Demarre")
    assert (p.role, p.country) == ("diplomatic adviser", "France")


def test_a_rank_without_its_period_is_no_part_of_the_name() -> None:
    b = _b(
        "New Delhi, May 3 (PTI) Chief of Defence Staff Gen Arun Mehta and Army chief Lt Gen Vikas Rao will "
        "visit Norway. Defence Minister Gen Ishida will join them."
    )
    names = [p.name for p in b.people]
    assert names[:2] == ["Arun Mehta", "Vikas Rao"]
    assert "Gen Ishida" in names  # a two-word name may be a given name


def test_a_two_letter_name_word_before_a_title_ends_the_sentence() -> None:
    b = _b("Minister Berg will meet Minister Li Yi. Minister Berg also plans to attend a lunch.")
    assert b.sentences[:2] == [
        "Minister Berg will meet Minister Li Yi.",
        "Minister Berg also plans to attend a lunch.",
    ]


def test_a_lower_case_professor_in_apposition_is_the_title() -> None:
    b = _b(
        "OSLO, May 3 (Reuters) - The talks open on Monday. Per Lunde, an associate professor at the Nordic "
        "Maritime Institute, said the pact mattered."
    )
    p = _get(b, "Per Lunde")
    assert (p.role, p.country) == ("associate professor at the Nordic Maritime Institute", None)


def test_a_title_owned_by_a_body_or_a_capital_in_apposition() -> None:
    b = _b(
        "OSLO, May 3 (Reuters) - The talks open on Monday. Kari Bakke, the ministry's spokesperson, said the "
        "text was final. Rolf Dahl, Stockholm's ambassador to Tokyo, attended."
    )
    assert _get(b, "Kari Bakke").role == "spokesperson"
    p = _get(b, "Rolf Dahl")
    assert (p.role, p.country) == ("ambassador to Tokyo", "Sweden")


def test_a_professor_of_a_field_at_a_university() -> None:
    b = _b(
        "SEOUL, June 3 (Yonhap) -- The dialogue opens next week. Han Do-yun, a professor of Nordic studies "
        "at Hanbit Womans University, said the talks mattered."
    )
    assert _get(b, "Han Do-yun").role == "professor of Nordic studies at Hanbit Womans University"


def test_he_after_a_sentence_opened_by_a_placed_bare_title_means_its_holder() -> None:
    b = _b(
        "British Foreign Secretary Alan Pryce will visit Oslo next week.\n\n"
        "In Oslo, the Foreign Secretary will meet Norwegian Foreign Minister Ola Brekke and will call on "
        "Prime Minister Kari Sandvik. He will be joined by the Minister for Europe, Jane Colby."
    )
    assert _get(b, "Jane Colby").country == "United Kingdom"
