"""People rules, round 5: lists of names matched to country lists after a colon or dash, reporters'
credits, relative clauses, honours and honorifics around names, ranks with bracketed abbreviations,
a ministry's own officers, dual-hatted titles held by two people."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.models import Briefing, Person

TODAY = date(2026, 3, 1)


def _b(text: str) -> Briefing:
    return extract(text, today=TODAY)


def _get(b: Briefing, name: str) -> Person:
    found = [p for p in b.people if p.name == name]
    assert found, f"{name} not in {[p.name for p in b.people]}"
    return found[0]


def test_names_after_a_colon_take_the_countries_listed_before_it_in_order() -> None:
    b = _b(
        "Trade ministers will meet in Geneva on 4 May. They will be joined by their counterparts from "
        "Chile, Norway and Kenya: Minister of Trade Ana Ruiz Soto, Minister of Industry Lars Dahl and "
        "Cabinet Secretary for Trade Grace Wanjiru."
    )
    assert _get(b, "Ana Ruiz Soto").country == "Chile"
    assert _get(b, "Lars Dahl").country == "Norway"
    assert _get(b, "Grace Wanjiru").country == "Kenya"


def test_names_after_a_dash_take_the_demonyms_and_the_plural_title() -> None:
    b = _b(
        "GENEVA (Wire) - A meeting of the Chilean, Norwegian and Kenyan trade ministers – Mr Ruiz, "
        "Ms Ingrid Dahl and Mr Peter Wanjiru – is planned for Sunday."
    )
    dahl = _get(b, "Ingrid Dahl")
    assert (dahl.role, dahl.country) == ("trade minister", "Norway")
    assert _get(b, "Peter Wanjiru").country == "Kenya"


def test_a_reporters_credit_names_a_person_without_a_country() -> None:
    b = _b(
        "OSLO (Wire) - Ministers met on Monday to discuss fisheries.\n\n"
        "(Reporting by Lena Fosse; Editing by Mark Hale)\n\n"
        "Nordic Press writer Jon Berge in Bergen contributed to this report."
    )
    assert {"Lena Fosse", "Mark Hale", "Jon Berge"} <= {p.name for p in b.people}
    berge = _get(b, "Jon Berge")
    assert (berge.role, berge.country) == ("Nordic Press writer", None)


def test_a_name_followed_by_a_who_clause_is_a_person() -> None:
    b = _b(
        "OSLO (Wire) - Fisheries talks open on Monday.\n\n"
        "Marit Solberg-Aas, who took over the portfolio last year, wants a deal by June."
    )
    assert "Marit Solberg-Aas" in {p.name for p in b.people}


def test_honours_after_a_name_and_honorifics_before_it_are_not_part_of_it() -> None:
    b = _b(
        "The envoy, Ms Jane Porter DBE, met Samdech Sok Dara, Prime Minister of Cambodia, and "
        "Senior Minister of State Ms Nur Aisyah binte Rahman on Monday."
    )
    names = {p.name for p in b.people}
    assert {"Jane Porter", "Sok Dara", "Nur Aisyah binte Rahman"} <= names
    assert not any("Dbe" in n or "DBE" in n or "Samdech" in n for n in names)


def test_a_rank_with_its_abbreviation_in_brackets_is_no_title_or_name() -> None:
    b = _b(
        "He will be briefed by the Chief of Navy, Rear-Admiral (RADM) Tom Lee, at the naval base. "
        "Chief of Defence Force Lieutenant-General (LG) Ben Ong also attended the meeting."
    )
    assert _get(b, "Tom Lee").role == "Chief of Navy"
    assert _get(b, "Ben Ong").role == "Chief of Defence Force"


def test_a_ministrys_secretary_general_is_no_organisation_official() -> None:
    b = _b(
        "KUALA LUMPUR (Wire) - Malaysian Defence Minister Ahmad Rosli will attend the ASEAN meeting. "
        "ASEAN officials said the agenda was set. Ahmad will be accompanied by the ministry's "
        "secretary-general, Datuk Siti Aminah."
    )
    assert _get(b, "Siti Aminah").country == "Malaysia"


def test_a_dual_hatted_title_of_a_second_country_is_kept_whole() -> None:
    b = _b(
        "The minister will meet Deputy Prime Minister and Minister of Foreign Affairs of Thailand "
        "Mr. Somchai Rak in Bangkok. He will then meet Deputy Prime Minister and Minister of Foreign "
        "Affairs of Lao PDR Mr. Bounmy Keo in Vientiane."
    )
    keo = _get(b, "Bounmy Keo")
    assert (keo.role, keo.country) == ("Deputy Prime Minister and Minister of Foreign Affairs", "Laos")
    assert "Pdr" not in {p.name for p in b.people}


def test_an_accented_given_name_is_not_read_as_a_demonym() -> None:
    b = _b("The talks were attended by H.E. Mr. Lê Văn Thái, Ambassador of Viet Nam to Japan.")
    assert _get(b, "Lê Văn Thái").country == "Vietnam"


def test_a_long_official_country_name_after_an_apposed_title_is_the_country() -> None:
    b = _b(
        "On 3 May, the Minister held a meeting with H.E. Mr. Lê Minh Khang, Deputy Prime Minister and "
        "Minister of Foreign Affairs of the Socialist Republic of Viet Nam, who is visiting Japan."
    )
    khang = _get(b, "Lê Minh Khang")
    assert (khang.role, khang.country) == ("Deputy Prime Minister and Minister of Foreign Affairs", "Vietnam")


def test_a_country_closing_a_list_of_titled_names_is_everyones() -> None:
    b = _b(
        "Minister of Foreign Affairs Kim Ji-ho held talks with Minister of Foreign Affairs Claire Dubois "
        "and Minister of National Defence Sam Patel of Canada on 15 September in Seoul."
    )
    assert _get(b, "Claire Dubois").country == "Canada"
    assert _get(b, "Sam Patel").country == "Canada"


def test_counterparts_announced_in_one_sentence_and_named_in_the_next() -> None:
    b = _b(
        "Ministry for Foreign Affairs\nPress release\n\n"
        "The Minister for Foreign Affairs, Mr Paul Girard, will receive his Japanese counterpart on Friday. "
        "Minister for Foreign Affairs ODA Kenji will be in Paris from 10 to 12 December."
    )
    assert _get(b, "Oda Kenji").country == "Japan"


def test_a_host_named_after_the_announcement_keeps_no_visitors_country() -> None:
    b = _b(
        "The Minister for Foreign Affairs, Mr Paul Girard, will receive his Japanese counterpart on Friday. "
        "President Marc Leroy will also attend the dinner."
    )
    assert _get(b, "Marc Leroy").country != "Japan"


def test_former_at_the_head_of_a_sentence_stays_in_the_title() -> None:
    b = _b("OSLO (Wire) - Talks open today.\n\nFormer foreign minister Per Lunde said the talks mattered.")
    assert _get(b, "Per Lunde").role == "Former foreign minister"


def test_a_delegation_led_by_someone_is_of_the_country_that_sends_it() -> None:
    b = _b(
        "OSLO (Wire) - The forum opens on Friday.\n\n"
        "Sweden has confirmed that its delegation will be led by Admiral Eva Lind, a deputy chief of staff."
    )
    assert _get(b, "Eva Lind").country == "Sweden"


def test_a_person_who_took_up_the_post_holds_the_nameless_title_before() -> None:
    b = _b(
        "Minister to visit Oslo\n\n"
        "Britain's Minister of State for Europe will travel to Norway next week. The Minister will arrive "
        "in Oslo on Monday.\n\n"
        "Jane Porter, who took up her post in May, will also visit Bergen."
    )
    porter = _get(b, "Jane Porter")
    assert (porter.role, porter.country) == ("Minister of State for Europe", "United Kingdom")


def test_a_who_clause_with_as_gives_the_title_and_the_clauses_country() -> None:
    b = _b(
        "BERLIN (Wire) - Talks open on Monday.\n\n"
        "Anne Morel, who heads French diplomacy as Minister for Foreign Affairs, will attend the talks."
    )
    morel = _get(b, "Anne Morel")
    assert (morel.role, morel.country) == ("Minister for Foreign Affairs", "France")


def test_a_short_title_takes_the_full_nameless_title_written_before() -> None:
    b = _b(
        "The Deputy Secretary of Commerce will travel to Oslo from May 3 to 5.\n\n"
        "On May 4, Deputy Secretary Jane Porter will open a trade forum."
    )
    assert _get(b, "Jane Porter").role == "Deputy Secretary of Commerce"


def test_a_visits_wording_is_no_fuller_title() -> None:
    b = _b(
        "The visit of the Minister for Foreign Affairs of Chile to Norway will start on May 3.\n\n"
        "Minister for Foreign Affairs Ana Soto will meet business leaders."
    )
    assert _get(b, "Ana Soto").role == "Minister for Foreign Affairs"


def test_president_of_the_republic_before_a_comma_name_is_a_title() -> None:
    b = _b("The delegation will be received by the President of the Republic, Mr Paul Morel, on Friday.")
    assert _get(b, "Paul Morel").role == "President of the Republic"


def test_an_apposed_analyst_keeps_the_field_and_the_workplace_not_the_city() -> None:
    b = _b(
        'OSLO (Wire) - Talks open today.\n\n"A deal would be better," said Ann Berg, a Baltic '
        "security analyst at the Nordic Policy Institute in Bergen."
    )
    assert _get(b, "Ann Berg").role == "Baltic security analyst at the Nordic Policy Institute"


def test_a_bare_spokesperson_takes_the_ministry_acronym_title_written_before() -> None:
    b = _b(
        "OSLO (Wire) - The talks open on Monday, the MFA spokesperson told a weekly briefing.\n\n"
        'Asked about the dates, Per Lunde, the spokesperson, said they would be "announced soon".'
    )
    assert _get(b, "Per Lunde").role == "MFA spokesperson"


def test_a_city_and_date_sign_off_names_the_issuers_country() -> None:
    b = _b(
        "Visit of the Foreign Minister to Chile and Peru\n\n"
        "1. The Foreign Minister will visit Chile and Peru from 3 to 6 May 2026.\n\n"
        "2. Speaking to the media, Official Spokesperson Ravi Kumar said the visit would deepen ties.\n\n"
        "New Delhi\nApril 30, 2026"
    )
    assert _get(b, "Ravi Kumar").country == "India"
