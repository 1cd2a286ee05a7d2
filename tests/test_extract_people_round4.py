"""People rules, round 4: unstopped ranks and courtesy words, portfolios the vocabulary lacks, places and
bodies taken for names, capitals letterheads, "respective" demonym lists, offices only one country has."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.models import Briefing
from tests.extract_helpers import person as _p

TODAY = date(2026, 3, 1)


def _b(text: str) -> Briefing:
    return extract(text, today=TODAY)


def _names(b: Briefing) -> list[str]:
    return [p.name for p in b.people]


def test_an_unstopped_rank_before_a_surname_is_no_part_of_the_name() -> None:
    b = _b(
        "OSLO (Wire) - Navy spokesperson Commander Ola Brandt said the drills would start on Monday.\n\n"
        '"The exercise will be larger than last year," Cdr Brandt said.'
    )
    assert "Cdr Brandt" not in _names(b)
    assert _names(b).count("Ola Brandt") == 1


def test_unstopped_ranks_and_a_retirement_mark_before_a_titled_name() -> None:
    b = _b(
        "The Defence Secretary will meet Minister for Veterans Lt Col (retd) Alma Fenwick MP "
        "in Leeds on 4 May."
    )
    p = _p(b, "Alma Fenwick")
    assert p.role == "Minister for Veterans"
    assert not [n for n in _names(b) if n.startswith(("Lt", "Col"))]


def test_a_malay_or_indonesian_courtesy_word_is_no_part_of_the_name() -> None:
    b = _b("The Minister will meet Peru's Minister for Trade, Ibu Rosa Quispe, in Lima on 4 May.")
    assert "Rosa Quispe" in _names(b)
    assert "Ibu Rosa Quispe" not in _names(b)


def test_a_senator_abbreviation_is_no_given_name() -> None:
    b = _b("Sen. Mara Quill, who chairs the panel, said the visit was overdue. The visit is on 4 May.")
    assert "Mara Quill" in _names(b)
    assert "Sen. Mara Quill" not in _names(b)


def test_a_portfolio_word_the_vocabulary_lacks_stays_in_the_title() -> None:
    b = _b(
        "The Secretary will meet Chile's Minister for Defence Procurement, Tomas Vidal, and "
        "Peru's Minister of Culture and Made in Peru, Rosa Quispe, in Lima on 4 May."
    )
    assert _p(b, "Tomas Vidal").role == "Minister for Defence Procurement"
    assert _p(b, "Rosa Quispe").role == "Minister of Culture and Made in Peru"
    assert _p(b, "Rosa Quispe").country == "Peru"
    assert "Procurement" not in _names(b)


def test_a_list_of_people_after_a_country_title_is_not_read_as_one_longer_title() -> None:
    b = _b("Chile's Foreign Minister Tomas Vidal, Ana Ruiz and Luis Mora will travel to Lima on 4 May.")
    assert _p(b, "Tomas Vidal").role == "Foreign Minister"


def test_member_states_and_named_places_are_no_people() -> None:
    b = _b(
        "BEIJING (Wire) - The 27 EU Member States will meet in Hangzhou, capital of east China's Ruyang "
        "Province, on 4 May, Foreign Ministry spokesperson Li Wen said, speaking at Wisma Ruyang."
    )
    names = _names(b)
    assert "States" not in names
    assert not [n for n in names if "Province" in n or n.startswith("Wisma")]
    assert "Li Wen" in names


def test_a_contact_line_title_colon_name() -> None:
    b = _b(
        "The ministers will meet in Brussels on 4 May.\n\n"
        "For further information:\n"
        "Lead Spokesperson for Trade Policy: Anika Vosberg-Lund"
    )
    assert _p(b, "Anika Vosberg-Lund").role == "Lead Spokesperson for Trade Policy"


def test_capitals_letterhead_gives_the_full_joined_office() -> None:
    b = _b(
        "MEDIA RELEASE\n\n"
        "THE HON TESSA MARLOWE MP\n"
        "DEPUTY PRIME MINISTER\n"
        "MINISTER FOR TRADE\n\n"
        "Visit to Chile\n\n"
        "Deputy Prime Minister Tessa Marlowe will visit Santiago on 4 May.\n"
    )
    assert _p(b, "Tessa Marlowe").role == "Deputy Prime Minister and Minister for Trade"


def test_acting_before_a_country_word_stays_with_the_title() -> None:
    b = _b("Acting U.S. Secretary of Defense Paul Garrow will attend the meeting in Brussels on 4 May.")
    p = _p(b, "Paul Garrow")
    assert p.role == "Acting Secretary of Defense"
    assert p.country == "United States"


def test_a_cabinet_department_secretary_is_american() -> None:
    b = _b(
        "ROME (Wire) - Italy's Prime Minister Sara Conti will meet Secretary of Commerce Dale Ibsen "
        "in Rome on 4 May."
    )
    assert _p(b, "Dale Ibsen").country == "United States"


def test_respective_demonyms_go_to_the_names_in_order() -> None:
    b = _b(
        "BERLIN (Wire) - German Foreign Minister Jonas Weber will host his Chilean and Peruvian "
        "counterparts, "
        "Foreign Minister Tomas Vidal and Minister of Foreign Affairs Rosa Quispe, in Berlin on 4 May."
    )
    assert _p(b, "Tomas Vidal").country == "Chile"
    assert _p(b, "Rosa Quispe").country == "Peru"


def test_a_bracketed_portfolio_belongs_to_the_title() -> None:
    b = _b(
        "The Chief will be accompanied by Rear Admiral Ravi Sen, Assistant Chief of Naval Staff "
        "(Policy and Plans). They arrive in Oslo on 4 May."
    )
    assert _p(b, "Ravi Sen").role == "Assistant Chief of Naval Staff (Policy and Plans)"


def test_a_researcher_with_an_institute_keeps_the_institute() -> None:
    b = _b(
        '"Talks matter," said Lina Marsh, a researcher with the Institute of Maritime Affairs. '
        "They meet on 4 May."
    )
    assert _p(b, "Lina Marsh").role == "researcher with the Institute of Maritime Affairs"


def test_a_speaker_placed_in_a_city_at_the_head_of_the_sentence_is_of_that_country() -> None:
    b = _b(
        "TOKYO (Wire) - Japan's Prime Minister Ken Aoki will visit Peru on 4 May.\n\n"
        "In Lima, Presidential Communications Secretary Rosa Quispe said the visit would bring investment."
    )
    assert _p(b, "Rosa Quispe").country == "Peru"
    assert _p(b, "Rosa Quispe").role == "Presidential Communications Secretary"


def test_a_speaker_visiting_a_city_keeps_a_stated_country() -> None:
    b = _b(
        "TOKYO (Wire) - Japan's Prime Minister Ken Aoki will visit Peru on 4 May.\n\n"
        "In Lima, Japan's Foreign Minister Emi Sato said the visit would bring investment."
    )
    assert _p(b, "Emi Sato").country == "Japan"


def test_a_given_name_that_is_also_an_unstopped_rank_elsewhere_stays_a_name() -> None:
    b = _b("Defense Minister Gen Takada will meet Vietnam's Foreign Minister Tuan Nguyen in Hanoi on 4 May.")
    assert "Gen Takada" in _names(b)
    assert "Tuan Nguyen" in _names(b)


def test_the_service_an_apposed_office_heads_belongs_to_the_title() -> None:
    b = _b(
        "The Chief will meet Admiral Kenji Oda, Chief of Staff, Maritime Self-Defense Force, and "
        "General Saburo Ito, Chief of Staff, Joint Staff, in Tokyo on 4 May."
    )
    assert _p(b, "Kenji Oda").role == "Chief of Staff, Maritime Self-Defense Force"
    assert _p(b, "Saburo Ito").role == "Chief of Staff, Joint Staff"


def test_a_place_after_an_apposed_office_is_no_service() -> None:
    b = _b("Admiral Kenji Oda, Chief of Staff, Tokyo Bay Area, said the drills begin on 4 May.")
    assert _p(b, "Kenji Oda").role == "Chief of Staff"
