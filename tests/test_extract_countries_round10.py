"""Country rules, round 10: every state's adjective ("Maltese", "Kosovar", "Cypriot"), and an office
table that keeps an inferred country from a person whose office that country has not got or has already
given to someone else."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.extract.gazetteer import country_of
from briefings.models import Briefing


def _run(text: str, today: date = date(2031, 11, 1)) -> Briefing:
    return extract(text, today=today)


def _country(b: Briefing, name: str) -> str | None:
    return next(p.country for p in b.people if p.name == name)


# --- adjectives --------------------------------------------------------------------------------------


def test_every_state_adjective_names_its_country() -> None:
    pairs = {
        "Maltese": "Malta",
        "Kosovar": "Kosovo",
        "Kosovo's": "Kosovo",
        "Cypriot": "Cyprus",
        "Albanian": "Albania",
        "Emirati": "United Arab Emirates",
        "Bruneian": "Brunei",
        "Papua New Guinean": "Papua New Guinea",
        "Motswana": "Botswana",
        "Ivorian": "Côte d'Ivoire",
        "Salvadoran": "El Salvador",
        "Ni-Vanuatu": "Vanuatu",
    }
    for word, country in pairs.items():
        assert country_of(word) == country, word


def test_a_stated_adjective_is_not_replaced_by_a_guess() -> None:
    text = (
        "Foreign Minister Vossberg travels to the Lakeside Conference\n\n"
        "Foreign Minister Greta Vossberg will travel to Valletta tomorrow to attend the Lakeside "
        "Conference. She will also meet Maltese Foreign Minister Karl Zammitson and Cypriot Foreign "
        "Minister Petros Andreou. Russia's war against Ukraine will be discussed, and Russia's blockades."
    )
    b = _run(text)
    assert _country(b, "Karl Zammitson") == "Malta"
    assert _country(b, "Petros Andreou") == "Cyprus"


# --- offices -----------------------------------------------------------------------------------------


def test_a_king_is_not_of_a_republic_that_issues_the_text() -> None:
    text = (
        "THE WHITE HOUSE\n\n"
        "Statement on the President's Travel to the United Kingdom\n\n"
        "President Dalton will travel to London, United Kingdom from July 9-10, 2031.\n\n"
        "In London, the President will meet with Prime Minister Edwin Ashcombe. President Dalton will then "
        "travel to Hartfield Castle to meet with His Majesty King Aldric IV."
    )
    b = _run(text)
    assert _country(b, "Aldric IV") in ("United Kingdom", None)


def test_a_country_whose_president_the_text_names_has_no_second_one() -> None:
    text = (
        "The President will then travel to Vilnius to attend the Baltic Summit on July 11, hosted by "
        "President Jonas Valaitis of Lithuania.\n\n"
        "In Vilnius, leaders will also hold a meeting of the Ukraine Council with President Oleh Marchuk."
    )
    b = _run(text)
    assert _country(b, "Jonas Valaitis") == "Lithuania"
    assert _country(b, "Oleh Marchuk") != "Lithuania"


def test_a_pair_gives_no_one_an_office_the_other_side_has_filled() -> None:
    text = (
        "Visit to Japan by Ms Jane Hollis, Minister for Defence of Australia\n\n"
        "1. Ms Jane Hollis, Minister for Defence of Australia, will visit Tokyo, Japan from May 8 to 10.\n\n"
        "2. The Japan-Australia Defence Ministers Meeting will be held on May 9, attended by Mr. SUZUKI "
        "Ken, Minister for Foreign Affairs, and Mr. SATO Jiro, Minister of Defense. In addition, Minister "
        "Suzuki will hold a Japan-Australia meeting with Minister Hollis."
    )
    b = _run(text)
    assert _country(b, "Jane Hollis") == "Australia"
    assert _country(b, "Sato Jiro") != "Australia"


def test_a_guessed_country_that_has_no_president_gives_way_to_the_one_named_beside_him() -> None:
    text = (
        "TOKYO – Japan and the Philippines will hold their first security talks in Tokyo on Saturday, "
        "the government said Wednesday.\n\n"
        "Foreign Minister Taro Kuroda will meet Philippine Foreign Secretary Jose Ramos.\n\n"
        "The meeting with the Philippines comes as President Ramon Dela Cruz prepares to leave office."
    )
    b = _run(text, date(2031, 4, 6))
    assert _country(b, "Ramon Dela Cruz") == "Philippines"


def test_an_organisation_has_no_prime_minister() -> None:
    text = (
        "Secretary General to meet deputy prime minister\n\n"
        "NATO Secretary General Erik Dalgaard will hold talks with Deputy Prime Minister Tomas Kerr on "
        "Monday on defence spending and support for partners."
    )
    b = _run(text)
    assert _country(b, "Erik Dalgaard") == "NATO"
    assert _country(b, "Tomas Kerr") != "NATO"


def test_a_foreign_secretary_is_not_of_a_state_that_has_none() -> None:
    text = (
        "Politics\n\n"
        "The prime minister will attend the Ocean summit in Rio de Janeiro on Monday, hosted by Brazil.\n\n"
        "The foreign secretary, Tom Hale, will accompany the prime minister to Rio."
    )
    b = _run(text)
    assert _country(b, "Tom Hale") != "Brazil"


def test_the_place_a_where_clause_opens_on_is_the_host_of_the_one_met_there() -> None:
    text = (
        "Australia to host ministerial talks in Brisbane\n\n"
        "Australia will host United States Secretary of Defense Paul Ridley in Brisbane on Saturday. "
        "Secretary Ridley will travel to Brisbane from Papua New Guinea, where he will meet Prime Minister "
        "John Kila on Thursday."
    )
    b = _run(text)
    assert _country(b, "John Kila") == "Papua New Guinea"


# --- cues --------------------------------------------------------------------------------------------


def test_a_spouse_written_family_name_first_shares_the_country() -> None:
    text = (
        "President Alan Reeve and First Lady Mara Reeve will host Prime Minister Tanabe Hiroshi of Japan "
        "and Mrs. Tanabe Keiko for an Official Visit on April 10."
    )
    b = _run(text)
    assert _country(b, "Tanabe Keiko") == "Japan"


def test_an_aggressor_the_text_names_often_is_no_travellers_home() -> None:
    text = (
        "Foreign Minister Hallberg travels to the Ministerial Council in Skopje\n\n"
        "Foreign Minister Greta Hallberg will travel to Skopje tomorrow to attend the Ministerial Council. "
        "Russia's war of aggression against Ukraine has paralysed the organisation.\n\n"
        "Russia's brutal war has trampled the principles of the Final Act. This work must not fall victim "
        "to Russia's blockades."
    )
    b = _run(text)
    assert _country(b, "Greta Hallberg") != "Russia"


def test_a_federal_foreign_minister_is_germanys() -> None:
    text = "Federal Foreign Minister Greta Hallberg will travel to Skopje tomorrow to attend the Council."
    b = _run(text)
    assert _country(b, "Greta Hallberg") == "Germany"


def test_the_officer_of_a_body_named_after_a_country_is_of_that_country() -> None:
    text = (
        "MEDIA NOTE\nOFFICE OF THE SPOKESPERSON\n\n"
        "Secretary of State Ann Corley will travel to Panama City on March 1. She will also tour the "
        "locks with the Panama Waterway Authority's Administrator, Luis Herrera Soto."
    )
    b = _run(text)
    assert _country(b, "Luis Herrera Soto") == "Panama"


def test_an_institutes_chief_executive_gets_no_guessed_country() -> None:
    text = (
        "SINGAPORE – Defence ministers will meet at the Harbour Dialogue in Singapore on Friday, said "
        "Karl Weiss, director-general and chief executive of the IPSR, which organises the meeting."
    )
    b = _run(text)
    assert _country(b, "Karl Weiss") != "Singapore"


def test_with_no_other_cue_the_one_country_beside_a_president_that_has_one_is_his() -> None:
    text = (
        "Analysts expect little progress at the trade talks on Monday.\n\n"
        "The talks come as Kenya prepares for an election in which President Daniel Mwangi faces a close "
        "race."
    )
    assert _country(_run(text), "Daniel Mwangi") == "Kenya"


def test_a_country_word_of_another_persons_title_is_not_a_candidate() -> None:
    text = (
        "Foreign Secretary Hugh Lane will attend the Ocean Conference in Lisbon on September 23.\n\n"
        "On the margins of the conference, Lane will hold bilateral talks with Indian External Affairs "
        "Minister Ravi Menon and Brazilian Foreign Minister Ana Costa."
    )
    b = _run(text)
    assert _country(b, "Hugh Lane") not in ("India", "Portugal")
