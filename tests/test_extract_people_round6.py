"""People rules, round 6: bylines and staff credit lines, names led by an initial, honours after names,
slash-joined titles, party organs and bodies in titles, envoys' countries, ministries only one country has,
local offices, office abbreviations, names with nicknames or small-word family names, places named after
people, letterheads with joined offices."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.models import Briefing

from .extract_helpers import person as _get

TODAY = date(2026, 3, 1)


def _b(text: str) -> Briefing:
    return extract(text, today=TODAY)



def _names(b: Briefing) -> list[str]:
    return [p.name for p in b.people]


def test_byline_names_in_capitals_are_people_without_a_role() -> None:
    b = _b(
        "Allies to meet in Oslo\n\nBy MARTA VELLINGA and OSKAR T. BRUNDT Associated Press\n\n"
        "OSLO (AP) — Foreign Minister Ivar Lunde will host Defence Minister Petra Sol on May 4."
    )
    marta = _get(b, "Marta Vellinga")
    assert (marta.role, marta.country) == (None, None)
    assert "Oskar T. Brundt" in _names(b)
    assert not any("Associated" in n for n in _names(b))


def test_byline_with_a_date_and_a_staff_label_line() -> None:
    b = _b(
        "Ministers to meet in Hanoi\n\nBy Minh Chau   May 3, 2026 | 03:40 pm\n\n"
        "Deputy Foreign Minister Pham Van Loc said the talks would be held on May 9.\n\n"
        "Translator: Rina Ayu Wardani\nEditor: Dewi Kartika Sari"
    )
    assert _get(b, "Minh Chau").role is None
    rina = _get(b, "Rina Ayu Wardani")
    assert (rina.role, rina.country) == ("Translator", None)
    assert _get(b, "Dewi Kartika Sari").role == "Editor"


def test_a_byline_writer_is_not_the_first_person_of_the_text() -> None:
    b = _b(
        "Premier to tour Europe\n\nBy Lan Huong\n\n"
        "Prime Minister Nguyen Van Tam will visit Spain and Portugal from May 10, the ministry said.\n\n"
        "Deputy Foreign Minister Tran Duc Anh said the trip would focus on trade."
    )
    assert _get(b, "Tran Duc Anh").country != "Spain"


def test_second_reporter_of_a_credit_line_is_a_person() -> None:
    b = _b(
        "Foreign Minister Ivar Lunde met his Danish counterpart in Oslo on May 4.\n\n"
        "(Reporting by Carla Mendes and Hugo Brandt; Editing by Lise Holm)"
    )
    assert {"Carla Mendes", "Hugo Brandt", "Lise Holm"} <= set(_names(b))


def test_a_broadcaster_after_told_is_no_person() -> None:
    b = _b(
        'Foreign Minister Ivar Lunde met his Danish counterpart on May 4. "We agree," Lunde told Nordvik '
        'Radio on Sunday. "It went well," an official told Tidewater Asia.'
    )
    assert _names(b) == ["Ivar Lunde"]


def test_a_school_of_studies_and_a_chamber_are_no_people() -> None:
    b = _b(
        "Analyst Mira Das of the K. Ramanathan School of International Studies said the talks matter. "
        "The chairman of the Nordic Chambers of Commerce Abroad, Dr. Pelle Strand, welcomed them on May 3."
    )
    names = _names(b)
    assert "International Studies" not in names
    assert "Chambers" not in names
    assert "Pelle Strand" in names


def test_a_name_led_by_an_initial_is_a_person() -> None:
    b = _b("The talks were useful. R. Sundaresan, Secretary (West), attended the meeting on May 4.")
    p = _get(b, "R. Sundaresan")
    assert p.role == "Secretary (West)"


def test_several_honours_after_a_name_are_skipped() -> None:
    b = _b(
        "Gen. Mark Doyle AO CSC, Chief of the Defence Force, met Sir Peter Hollis KCMG, the British "
        "Ambassador, on May 4."
    )
    assert _get(b, "Mark Doyle").role == "Chief of the Defence Force"
    assert _get(b, "Peter Hollis").country == "United Kingdom"


def test_slash_joined_title_before_a_comma_name() -> None:
    b = _b(
        "The High Representative of the Union for Foreign Affairs and Security Policy/Vice-President of the "
        "European Commission, Ines Marvik, will travel to Seoul on May 4."
    )
    p = _get(b, "Ines Marvik")
    assert p.role == (
        "High Representative of the Union for Foreign Affairs and Security Policy/Vice-President of the "
        "European Commission"
    )
    assert p.country == "European Union"


def test_a_body_of_an_organisation_stays_in_the_title() -> None:
    b = _b(
        "She will be accompanied by the Deputy Secretary General for Economic Affairs of the European "
        "External Action Service, Lotte Baerwald, on May 4. Ruben Osei, Secretary General of NATO, "
        "will join them."
    )
    lotte = _get(b, "Lotte Baerwald")
    assert lotte.role == (
        "Deputy Secretary General for Economic Affairs of the European External Action Service"
    )
    assert lotte.country == "European Union"
    assert (_get(b, "Ruben Osei").role, _get(b, "Ruben Osei").country) == ("Secretary General", "NATO")


def test_a_party_organ_in_a_joined_title() -> None:
    b = _b(
        "BEIJING, May 3 -- At the invitation of Minister of Foreign Affairs Sung-min Park of the Republic of "
        "Korea, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Lu Wenhao "
        "will visit Seoul from May 10 to 12."
    )
    p = _get(b, "Lu Wenhao")
    assert p.role == "Member of the Political Bureau of the CPC Central Committee and Foreign Minister"
    assert p.country == "China"


def test_a_state_council_office_is_chinese() -> None:
    b = _b(
        "The spokesperson said Vice Premier of the State Council Gao Mingyu and Vice President of the "
        "Republic of Chile Ana Ruiz will co-chair the committee in Santiago on May 18."
    )
    assert _get(b, "Gao Mingyu").country == "China"


def test_an_envoy_is_never_of_the_state_he_is_posted_to() -> None:
    b = _b(
        "TOKYO, May 3 (Kyodo) -- Japanese Ambassador to Peru Taro Yamanaka met on Monday with the Ambassador "
        "of the Socialist Republic of Viet Nam to Japan Pham Van Long. Japan and Peru, Japan and Peru, Japan "
        "and Peru. Ambassador to Japan Ricardo Solis also attended."
    )
    pham = _get(b, "Pham Van Long")
    assert pham.country == "Vietnam"
    assert _get(b, "Ricardo Solis").country != "Japan"


def test_a_ministry_only_one_country_has_gives_the_country() -> None:
    b = _b("Greta Hollander, Minister of State at the Federal Foreign Office, met the delegation on May 4.")
    p = _get(b, "Greta Hollander")
    assert (p.role, p.country) == ("Minister of State at the Federal Foreign Office", "Germany")


def test_hindi_office_titles_are_indian() -> None:
    b = _b("Raksha Mantri Vivek Kumar Rao will meet his counterpart in New Delhi on May 4.")
    p = _get(b, "Vivek Kumar Rao")
    assert (p.role, p.country) == ("Raksha Mantri", "India")


def test_a_state_or_city_before_a_local_office_is_part_of_the_title() -> None:
    b = _b(
        "The ministers will meet Ontario Premier Doug Farrow on Friday and tour the yard with Western "
        "Australian Premier Lucy Ferro. Chinese Premier Li Wen also spoke. Meanwhile Premier Tom Boe said "
        "he agreed."
    )
    assert _get(b, "Doug Farrow").role == "Ontario Premier"
    lucy = _get(b, "Lucy Ferro")
    assert (lucy.role, lucy.country) == ("Western Australian Premier", "Australia")
    assert (_get(b, "Li Wen").role, _get(b, "Li Wen").country) == ("Premier", "China")
    assert _get(b, "Tom Boe").role == "Premier"


def test_an_office_with_its_abbreviation_before_a_title_is_part_of_it() -> None:
    b = _b(
        "In a statement, Presidential Media Office (PMO) Secretary Lorna Bautista said the visit was good. "
        "Department of Trade (DOT) Assistant Secretary for European Affairs Ramon Q. Santos told reporters."
    )
    assert _get(b, "Lorna Bautista").role == "Presidential Media Office (PMO) Secretary"
    santos = _get(b, "Ramon Q. Santos")
    assert santos.role == "Department of Trade (DOT) Assistant Secretary for European Affairs"


def test_a_closing_abbreviation_in_brackets_is_no_part_of_the_title() -> None:
    b = _b(
        "SEOUL, May 3 (Yonhap) -- Gen. Park Jae-won, chairman of the Joint Chiefs of Staff (JCS), and his "
        "U.S. counterpart, Gen. Tom Reed, will meet on May 10."
    )
    p = _get(b, "Park Jae-won")
    assert p.role == "chairman of the Joint Chiefs of Staff"
    assert p.country != "United States"


def test_an_office_after_a_hyphenated_rank_replaces_it() -> None:
    b = _b(
        "China will send a delegation led by Lieutenant-General Zhou Weibo, vice-president of the Academy "
        "of Military Science, rather than its defence minister."
    )
    assert _get(b, "Zhou Weibo").role == "vice-president of the Academy of Military Science"


def test_nickname_small_word_family_name_and_chiefly_title_inside_names() -> None:
    b = _b(
        'According to Assistant Secretary Arnel "Nonoy" Cruz Diaz, the ministers will meet on May 4. They '
        "will call on General Secretary To Van Minh of the Communist Party of Viet Nam and on Fiji's Prime "
        "Minister, Seru Ratu Kamikamica Vola."
    )
    assert "Arnel Cruz Diaz" in _names(b)
    to = _get(b, "To Van Minh")
    assert (to.role, to.country) == ("General Secretary of the Communist Party of Viet Nam", "Vietnam")
    assert _get(b, "Seru Ratu Kamikamica Vola").country == "Fiji"


def test_a_courtesy_ambassador_after_an_office_and_a_comma() -> None:
    b = _b(
        "Deputy Secretary-General of ASEAN for ASEAN Economic Community, H.E. Ambassador Dina Sari Putri, "
        "will attend the meeting on May 4."
    )
    p = _get(b, "Dina Sari Putri")
    assert p.role == "Deputy Secretary-General of ASEAN for ASEAN Economic Community"
    assert "Community" not in _names(b)


def test_places_and_openers_are_no_people() -> None:
    b = _b(
        "CAMP GENERAL JOSE RIZAL, Quezon City - Secretary of National Defense Gil Tan will host the meeting "
        "on May 4. Following AUSMIN, the Secretary will travel to Guam. He was briefed at AFP General "
        "Headquarters."
    )
    names = _names(b)
    assert not any("Rizal" in n or "Ausmin" in n or "Headquarters" in n for n in names)
    assert "Gil Tan" in names


def test_a_joined_title_after_another_person_is_one_title() -> None:
    b = _b(
        "Deputy Prime Minister and Minister for Defence Ron Mills of Australia will attend the dialogue.\n\n"
        "The Secretary will travel to Phnom Penh, Cambodia, on May 4, where he will meet Prime Minister "
        "Hun Sovan and Deputy Prime Minister and Minister of National Defense Gen. Tep Rith."
    )
    p = _get(b, "Tep Rith")
    assert (p.role, p.country) == ("Deputy Prime Minister and Minister of National Defense", "Cambodia")


def test_letterhead_joined_offices_replace_the_first_one() -> None:
    b = _b(
        "Joint media release\n\nThe Hon. Sam Keller MP\nDeputy Prime Minister\nMinister for Defence\n\n"
        "Australia to host talks\n\nDeputy Prime Minister Sam Keller will welcome his counterpart to "
        "Canberra on May 4."
    )
    assert _get(b, "Sam Keller").role == "Deputy Prime Minister and Minister for Defence"


def test_a_nationality_before_writer_is_the_country() -> None:
    b = _b("Foreign Minister Ivar Lunde raised the case of detained Norwegian writer Per Aasen in Beijing.")
    p = _get(b, "Per Aasen")
    assert (p.role, p.country) == ("writer", "Norway")


def test_a_visitor_is_not_of_the_country_visited() -> None:
    b = _b(
        "NEW DELHI, May 3 -- The Dialogue will build on the visit of President Carl Hanson to New Delhi in "
        "September."
    )
    assert _get(b, "Carl Hanson").country != "India"


def test_a_dinner_host_is_of_the_meeting_host() -> None:
    b = _b(
        "JAKARTA, 28 October 2026 - The Secretary-General will attend the meeting in Kuala Lumpur, Malaysia, "
        "on 1 November 2026.\n\nHe will also attend a working dinner hosted by Prime Minister Aziz Hamdan "
        "on the evening of 31 October."
    )
    assert _get(b, "Aziz Hamdan").country == "Malaysia"


def test_a_spokesman_speaking_in_a_city_is_of_its_country() -> None:
    b = _b(
        "SINGAPORE (AP) — The ministers will meet on Friday.\n\nIn Beijing, Defense Ministry spokesman Zhang "
        "Wei confirmed the meeting."
    )
    assert _get(b, "Zhang Wei").country == "China"


def test_a_field_or_party_word_before_a_lower_case_title_is_part_of_it() -> None:
    b = _b(
        "Security analyst Ana Pereira of the Lisbon Institute said she would watch the talks on May 4. "
        "Greens foreign policy spokesperson Mira Holt said the government must act."
    )
    assert _get(b, "Ana Pereira").role == "Security analyst"
    assert _get(b, "Mira Holt").role == "Greens foreign policy spokesperson"


def test_a_title_closing_with_a_place_before_a_comma_name() -> None:
    b = _b(
        "The Governor of the Special Region of Northmarch, Hamid Sutrisno Adi, will host a dinner for the "
        "ministers on May 4."
    )
    assert _get(b, "Hamid Sutrisno Adi").role == "Governor of the Special Region of Northmarch"


def test_an_office_at_a_ministry_is_a_government_official() -> None:
    b = _b(
        "JAKARTA (Antara) - Foreign Minister Sari Ayu will chair the retreat on May 4, said Director General "
        "of ASEAN Cooperation at the Ministry of Foreign Affairs Budi Adi Santoso."
    )
    p = _get(b, "Budi Adi Santoso")
    assert p.role == "Director General of ASEAN Cooperation at the Ministry of Foreign Affairs"
    assert p.country == "Indonesia"


def test_a_country_adjective_after_for_the_in_a_title_gives_the_country() -> None:
    b = _b(
        "SEOUL, May 3 (Yonhap) -- A spokesperson for the U.S. State Department, Mark Hill, said in a "
        "statement that the commitment was ironclad."
    )
    assert _get(b, "Mark Hill").country == "United States"


def test_the_minister_named_later_takes_a_joined_title_written_before() -> None:
    b = _b(
        "ADELAIDE, April 14 - The defence chiefs will meet in Adelaide tomorrow.\n\n"
        "The Deputy Prime Minister and Minister for Defence will host his counterparts at the shipyard.\n\n"
        "The minister, Rob Keane, said on Monday he would be frank about the delays."
    )
    assert _get(b, "Rob Keane").role == "Deputy Prime Minister and Minister for Defence"


def test_a_party_local_body_after_its_acronym() -> None:
    b = _b(
        "The minister will travel to Northfield on March 27, where he will meet with Secretary of the XPC "
        "Northfield Provincial Committee Wang Ningbo."
    )
    assert _get(b, "Wang Ningbo").role == "Secretary of the XPC Northfield Provincial Committee"


def test_people_met_after_a_trip_moves_on_are_of_the_next_stop() -> None:
    b = _b(
        "MEDIA NOTE\n\nSecretary of State Jane Rowe will travel to Manila, the Philippines, and Hanoi, "
        "Vietnam, March 4-8.\n\nIn Manila, the Secretary will meet Secretary of Foreign Affairs Ramon "
        "Cruz.\n\n"
        "On March 7, the Secretary will travel to Hanoi, where she will meet Foreign Minister Tran Bao. "
        "Their talks will cover:\n\n- energy;\n- trade.\n\n"
        "The Secretary will also meet Deputy Prime Minister Le Thi Mai and deliver remarks at the American "
        "Center."
    )
    assert _get(b, "Le Thi Mai").country == "Vietnam"


def test_a_press_secretary_speaks_for_the_institution_in_her_sentence() -> None:
    b = _b(
        "Secretary of Defense Tom Reyes and Secretary of State Ann Lee will travel to Brisbane, Australia, "
        "for AUSMIN talks on July 28.\n\nPress Secretary Col. Dana Brook said media should register with "
        "the Pentagon press desk by July 21."
    )
    assert _get(b, "Dana Brook").country == "United States"


def test_an_armed_forces_minister_holds_the_defence_portfolio() -> None:
    b = _b(
        "Minister of the Armed Forces Claire Dubois will receive her Japanese counterpart in Paris on May 4. "
        "Defense Minister Ken Sato will also visit a shipyard."
    )
    assert _get(b, "Ken Sato").country == "Japan"


def test_a_double_surname_with_particles_is_one_name() -> None:
    b = _b("Foreign Secretary Juan Ramón de la Fuente Ramírez of Mexico spoke on May 4.")
    p = _get(b, "Juan Ramón de la Fuente Ramírez")
    assert (p.role, p.country) == ("Foreign Secretary", "Mexico")


def test_malay_honorifics_before_a_name_are_dropped() -> None:
    b = _b(
        "The talks on May 4 included Dato' Seri Utama Haji Ahmad bin Haji Kassim, Minister of Foreign "
        "Affairs of Malaysia."
    )
    p = _get(b, "Ahmad bin Haji Kassim")
    assert (p.role, p.country) == ("Minister of Foreign Affairs", "Malaysia")


def test_a_desk_in_a_byline_is_no_person() -> None:
    b = _b(
        "Talks set\n\nBY JANE ROSS, STAFF WRITER\n\nBy Staff Reporter\n\n"
        "By Monday, Foreign Minister Ken Abe will have met his counterpart."
    )
    names = _names(b)
    assert "Jane Ross" in names
    assert not any("Staff" in n for n in names)
    assert "Ken Abe" in names


def test_a_government_office_keeps_its_title_before_a_party_name() -> None:
    b = _b(
        "Prime Minister Taro Ishi of the Liberal Democratic Party met President Ana Ruiz of the European "
        "Commission in Tokyo on May 4."
    )
    assert _get(b, "Taro Ishi").role == "Prime Minister"
    ana = _get(b, "Ana Ruiz")
    assert (ana.role, ana.country) == ("President of the European Commission", "European Union")


def test_he_who_is_accompanied_is_the_subject_of_the_sentence_before() -> None:
    b = _b(
        "OSLO, Dec 2 (Reuters) - Norway's defence minister will travel to London next week.\n\n"
        "British Defence Secretary Joan Kett will host the meeting.\n\n"
        "Norwegian Defence Minister Lars Holm will hold separate talks with Kett on Dec. 8.\n\n"
        "He will be accompanied by Per Dahl, the State Secretary to the Minister of Defence."
    )
    assert _get(b, "Per Dahl").country == "Norway"


def test_elect_and_designate_titles_lead_a_name() -> None:
    b = _b(
        "President-elect Tom Hale met Prime Minister-designate Aya Mori and Ambassador-designate Lee Jun-ho "
        "in Oslo on May 4."
    )
    assert _get(b, "Tom Hale").role == "President-elect"
    assert _get(b, "Aya Mori").role == "Prime Minister-designate"
    assert _get(b, "Lee Jun-ho").role == "Ambassador-designate"


def test_a_charge_d_affaires_of_an_embassy() -> None:
    b = _b("The Chargé d'Affaires of the Embassy of Peru, Ms. Rosa Vega, attended the talks on May 4.")
    p = _get(b, "Rosa Vega")
    assert (p.role, p.country) == ("Chargé d'Affaires of the Embassy", "Peru")
