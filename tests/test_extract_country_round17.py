"""Country rules, round 17 (country): a state's adjective of several words in a list of adjectives ("her
South Xish and Yish counterparts, A and B") is read whole, not as its last word's state; "Xland Affairs
Office spokesman" names the body's subject, not its state; a meeting held at an international
organisation's headquarters has no host state to give the people named there; the region or country written
after the town of an academic's workplace ("in Xtown, Ont.") decides which namesake town it is; an
organisation's seat where the sentence names that organisation ("the EU's chief met A in Brussels") gives A
no host state; one the host's official receives, welcomes or greets is the host's guest, not its own;
"Treasury Secretary" is the US cabinet's office unless the text is Australian, "Federal Minister of Defence"
Germany's unless it is Austrian; "Secretary of State for X" at a meeting in (or a release of) a state whose
junior ministers are so styled is that state's, not British; a "shadow X secretary" is the British
opposition's; a joint command of two states ("Commander of the Xland-Yland Combined Forces Command") tells
neither state."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from tests.extract_helpers import person

TODAY = date(2031, 6, 2)


def _country(text: str, name: str) -> str | None:
    """The country extracted for the named person (fails when the person is not found)."""
    return person(extract(text, today=TODAY), name).country


# ---- a state's adjective of several words in a list ------------------------------------------------------


def test_south_adjective_in_a_list_of_counterparts() -> None:
    text = (
        "Pretoria - Foreign Minister Thandi Nkosi will host her South Korean and Zambian counterparts, "
        "Kwon Min-jae and Bwalya Chanda, for talks on Thursday."
    )
    assert _country(text, "Kwon Min-jae") == "South Korea"
    assert _country(text, "Bwalya Chanda") == "Zambia"


def test_new_adjective_first_in_a_list_of_ministers() -> None:
    text = (
        "Nukualofa - Minister Ana Lolo met the New Zealand and Samoan ministers, Rhys Harland and Iosefa "
        "Leaupepe, on Monday."
    )
    assert _country(text, "Rhys Harland") == "New Zealand"
    assert _country(text, "Iosefa Leaupepe") == "Samoa"


def test_three_word_adjective_last_in_a_list() -> None:
    text = (
        "Canberra - Minister Grace Holloway held talks with her Fijian and Papua New Guinean counterparts, "
        "Ratu Inoke Waqa and Peter Kombe, on Tuesday."
    )
    assert _country(text, "Peter Kombe") == "Papua New Guinea"


def test_adjectives_before_a_plural_title_and_its_names() -> None:
    text = (
        "Seoul - The South African and Chilean trade ministers Lerato Dube and Ignacio Rojas met on Friday."
    )
    assert _country(text, "Lerato Dube") == "South Africa"
    assert _country(text, "Ignacio Rojas") == "Chile"


def test_single_word_adjectives_unchanged() -> None:
    text = "Paris - On Friday Polish and Slovak leaders, Marek Zielinski and Juraj Kovac, met the Minister."
    assert _country(text, "Marek Zielinski") == "Poland"
    assert _country(text, "Juraj Kovac") == "Slovakia"


# ---- a state's name opening "X Affairs <body>" is the body's subject -------------------------------------


def _spokesperson(body: str, city: str, name: str) -> str | None:
    text = (
        f"Talks will resume next week.\n\nIn {city}, {body} spokesperson {name} said the talks would cover "
        "fisheries and trade."
    )
    return _country(text, name)


def test_affairs_council_of_the_host_government() -> None:
    assert _spokesperson("Japan Affairs Council", "Seoul", "Kim Ha-eun") == "South Korea"


def test_affairs_office_of_the_host_government() -> None:
    assert _spokesperson("Cyprus Affairs Office", "Ankara", "Emre Yilmaz") == "Turkey"


def test_affairs_ministry_of_the_host_government() -> None:
    assert _spokesperson("Ukraine Affairs Ministry", "Moscow", "Pavel Orlov") == "Russia"


def test_a_state_before_its_own_ministry_keeps_it() -> None:
    assert _spokesperson("Korea Foreign Ministry", "Tokyo", "Park Jun-ho") == "South Korea"


# ---- a meeting at an international organisation's headquarters has no host state -----------------------


def _announced(venue: str, title_name: str) -> str | None:
    text = (
        f"Envoys of the region will meet {venue} on May 3, {title_name} announced on Monday. The talks "
        "will focus on the ceasefire."
    )
    return _country(text, title_name.split(" ", 2)[-1])


def test_african_union_headquarters_in_its_seat() -> None:
    venue = "at the African Union headquarters in Addis Ababa"
    assert _announced(venue, "Foreign Minister Moussa Traore") != "Ethiopia"


def test_asean_headquarters_in_its_seat() -> None:
    venue = "at ASEAN headquarters in Jakarta"
    assert _announced(venue, "Foreign Minister Bounmy Phommachanh") != "Indonesia"


def test_organisation_headquarters_named_after_the_city() -> None:
    text = (
        "The talks will take place in Brussels on March 3. They will be held at NATO HQ, Defence Minister "
        "Pavel Novak said."
    )
    assert _country(text, "Pavel Novak") != "Belgium"


def test_a_ministry_headquarters_keeps_its_host() -> None:
    venue = "at the Defence Ministry headquarters in Seoul"
    assert _announced(venue, "Defence Minister Han Jae-won") == "South Korea"


# ---- the region after the town of a workplace ------------------------------------------------------------


def _academic(desc: str, name: str) -> str | None:
    return _country(f"The forum opens on Friday. {name}, {desc}, said the allies would watch closely.", name)


def test_province_abbreviation_after_the_town() -> None:
    desc = "a professor of history at Trent University in Peterborough, Ont."
    assert _academic(desc, "Sarah Pell") == "Canada"


def test_state_abbreviation_after_the_town() -> None:
    assert _academic("a lecturer at Hilltop College in Cambridge, Mass.", "Mark Ellis") == "United States"


def test_province_abbreviation_after_a_capital_namesake() -> None:
    assert _academic("a researcher at the Lakeshore Institute in London, Ont.", "Nadia Roy") == "Canada"


def test_country_after_the_town_unchanged() -> None:
    assert _academic("a professor at the Northern Institute in Kingston, Jamaica", "Paul Brown") == "Jamaica"


# ---- an organisation's seat named with the organisation hosts no state's meeting ---------------------------


def test_met_in_the_seat_of_the_union() -> None:
    text = (
        "Beijing - China and the EU will hold their summit next month. EU foreign policy chief Anna Berg met "
        "Foreign Minister Zhou Ming in Brussels on Monday to prepare it."
    )
    assert _country(text, "Zhou Ming") != "Belgium"


def test_met_in_the_seat_of_the_osce() -> None:
    text = (
        "Talks on the ceasefire will resume. OSCE Secretary General Eva Lund met Foreign Minister Armen "
        "Petrosyan in Vienna on Monday."
    )
    assert _country(text, "Armen Petrosyan") != "Austria"


def test_met_in_the_seat_of_the_alliance() -> None:
    text = (
        "Allies will meet next month. NATO Secretary General Jens Aalto met Defence Minister Ivo Kask in "
        "Brussels on Tuesday to prepare it."
    )
    assert _country(text, "Ivo Kask") != "Belgium"


def test_the_seat_city_without_its_organisation_keeps_its_host() -> None:
    text = (
        "Allies will meet next month. Minister Marco Rossi met Foreign Minister Luc Peeters in Brussels on "
        "Monday."
    )
    assert _country(text, "Luc Peeters") == "Belgium"


# ---- one the host's official receives is the host's guest ------------------------------------------------


def _received(lead: str, host_line: str, name: str) -> str | None:
    return _country(f"{lead}\n\n{host_line}", name)


def test_received_by_the_host_president() -> None:
    lead = "NEW DELHI — Defence Minister Arjun Mehta will hold talks in Hanoi on Monday, the ministry said."
    host = "Vietnam's president, Tran Quoc Bao, will receive Mr. Mehta at the palace on Sunday."
    assert _received(lead, host, "Arjun Mehta") == "India"


def test_greeted_by_the_host_prime_minister() -> None:
    lead = "NAIROBI — Foreign Minister Wanjiku Otieno will visit Seoul next week, the ministry said."
    host = "South Korea's prime minister, Lee Jun-seo, will greet Ms. Otieno at the airport on Monday."
    assert _received(lead, host, "Wanjiku Otieno") == "Kenya"


def test_welcomed_by_the_host_minister() -> None:
    lead = "CANBERRA — Trade Minister Ellen Shaw will hold talks in Jakarta next week, officials said."
    host = "Indonesia's trade minister, Budi Santoso, will welcome Ms. Shaw at the ministry on Tuesday."
    assert _received(lead, host, "Ellen Shaw") == "Australia"


def test_one_the_host_meets_in_passing_keeps_the_host() -> None:
    lead = "ISLAMABAD — Commerce Minister Tariq Rahman will hold talks in Oslo next week, officials said."
    host = "Norway's prime minister, Ingrid Dahl, will meet Trade Minister Lars Holm on Sunday evening."
    assert _received(lead, host, "Lars Holm") == "Norway"


# ---- "Treasury Secretary": the US cabinet's, unless the text is Australian ---------------------------------


def test_treasury_secretary_abroad() -> None:
    text = (
        "Leaders will meet in Manila on Thursday. Treasury Secretary Dana Whitlow held talks with Finance "
        "Secretary Jose Ramos in Manila on Sunday."
    )
    assert _country(text, "Dana Whitlow") == "United States"


def test_deputy_treasury_secretary_abroad() -> None:
    text = (
        "Trade talks will open in Hanoi next week. Deputy Treasury Secretary Owen Pratt will lead the talks "
        "in Hanoi on Monday."
    )
    assert _country(text, "Owen Pratt") == "United States"


def test_acting_treasury_secretary_abroad() -> None:
    text = (
        "The Group of 20 finance ministers meet in Cape Town on Friday. Acting Treasury Secretary Laura Chen "
        "will attend the meeting in Cape Town."
    )
    assert _country(text, "Laura Chen") == "United States"


def test_treasury_secretary_in_an_australian_wire_story() -> None:
    text = "CANBERRA (AAP) - Treasury Secretary Graham Lowe will brief the committee in Canberra on Monday."
    assert _country(text, "Graham Lowe") == "Australia"


# ---- "Federal Minister of Defence": Germany's, unless the text is Austrian --------------------------------


def test_federal_defence_minister_signing_abroad() -> None:
    text = (
        "Talks on air defence opened in Tallinn on Monday. Federal Minister of Defence Klaus Brenner signed "
        "the accord in Tallinn."
    )
    assert _country(text, "Klaus Brenner") == "Germany"


def test_federal_defence_minister_visiting_a_base() -> None:
    text = (
        "The brigade will be stationed in Riga. Federal Minister of Defence Jutta Kramer visited the base in "
        "Riga on Friday."
    )
    assert _country(text, "Jutta Kramer") == "Germany"


def test_federal_defense_minister_meeting_a_counterpart() -> None:
    text = (
        "Federal Minister of Defense Peter Lang will meet his counterpart in Warsaw on Thursday to discuss "
        "the brigade in Poland."
    )
    assert _country(text, "Peter Lang") == "Germany"


def test_federal_defence_minister_in_an_austrian_wire_story() -> None:
    text = "VIENNA (APA) - Federal Minister of Defence Anna Huber will travel to Bratislava on Monday."
    assert _country(text, "Anna Huber") == "Austria"


def test_a_plain_defence_minister_keeps_the_host() -> None:
    text = "Talks opened in Tallinn on Monday. Minister of Defence Kalle Tamm signed the accord in Tallinn."
    assert _country(text, "Kalle Tamm") == "Estonia"


# ---- "Secretary of State for X" at a meeting in a state whose junior ministers are so styled ---------------


def _secretary(host: str, city: str, title_name: str) -> str | None:
    text = (
        f"Ministers of {host}, the United Kingdom and Morocco will meet in {city} on Friday. The Secretary "
        f"of State for {title_name}, will coordinate the talks."
    )
    return _country(text, title_name.split(", ")[1])


def test_secretary_of_state_at_a_meeting_in_lisbon() -> None:
    assert _secretary("Portugal", "Lisbon", "European Affairs, Ana Costa") == "Portugal"


def test_secretary_of_state_at_a_meeting_in_warsaw() -> None:
    assert _secretary("Poland", "Warsaw", "Security Policy, Tomasz Nowak") == "Poland"


def test_secretary_of_state_at_a_meeting_in_paris() -> None:
    assert _secretary("France", "Paris", "Development, Claire Martin") == "France"


def test_secretary_of_state_at_a_meeting_in_london_stays_british() -> None:
    assert _secretary("Kenya", "London", "Development, James Hart") == "United Kingdom"


# ---- the Westminster opposition's "shadow X secretary" is British ------------------------------------------


def test_shadow_foreign_secretary_on_a_trip_abroad() -> None:
    text = (
        "The prime minister arrived in Rio for the summit on Monday. Tom Avery, the shadow foreign "
        "secretary, said the trip was a mistake."
    )
    assert _country(text, "Tom Avery") == "United Kingdom"


def test_shadow_defence_secretary_beside_a_cause() -> None:
    text = (
        "The prime minister will lecture allies in Ankara on Friday. At Westminster, the shadow defence "
        "secretary, Lucy Hale, said the money was missing for Ukraine."
    )
    assert _country(text, "Lucy Hale") == "United Kingdom"


def test_shadow_home_secretary_before_the_name() -> None:
    text = (
        "The prime minister landed in Delhi on Monday. Shadow Home Secretary Mark Fenton said the visa deal "
        "went too far."
    )
    assert _country(text, "Mark Fenton") == "United Kingdom"


def test_a_shadow_minister_is_not_read_as_british() -> None:
    text = (
        "The prime minister landed in Jakarta on Monday. Shadow Minister for Foreign Affairs Kate Lyons said "
        "the deal went too far."
    )
    assert _country(text, "Kate Lyons") != "United Kingdom"


# ---- a joint command of two states tells neither state -----------------------------------------------------


def test_combined_forces_command_in_a_wire_story() -> None:
    text = (
        "SEOUL (Yonhap) -- Defense Minister Kim Tae-ho met Gen. Robert Lane, Commander of the ROK-U.S. "
        "Combined Forces Command, on Monday."
    )
    assert _country(text, "Robert Lane") is None


def test_deputy_commander_of_a_joint_operations_command() -> None:
    text = (
        "Tokyo - The Japan-U.S. talks opened on Monday. Defense Minister Sato Ken met Lt. Gen. Mark Olsen, "
        "Deputy Commander of the Japan-U.S. Joint Operations Command, at the ministry."
    )
    assert _country(text, "Mark Olsen") is None


def test_joint_border_command_of_two_neighbours() -> None:
    text = (
        "NAIROBI - Kenya and Somalia agreed on border patrols. Brig. Ali Farah, Commander of the "
        "Kenya-Somalia Joint Border Command, briefed the ministers on Monday."
    )
    assert _country(text, "Ali Farah") is None


def test_one_state_command_keeps_its_state() -> None:
    text = (
        "SEOUL (Yonhap) -- Defense Minister Kim Tae-ho met Adm. John Reyes, Commander of the U.S. "
        "Indo-Pacific Command, on Monday."
    )
    assert _country(text, "John Reyes") == "United States"
