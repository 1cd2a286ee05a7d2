"""Country rules, round 17 (people3a): a delegation owned by a capital's possessive ("Xcity's delegation will
be led by A") is the capital's state's, as a state's own possessive is: the capital stands for its
government; a town the gazetteer lacks, placed under its region's news-style abbreviation ("welcome the
leaders to Smalltown, Alta., from 15 June"), gives the meeting's host state as a known city does; a leader
whose greetings, message or letter an envoy conveys ("He will convey the greetings of President B") is of
the envoy's side, not the host's; a delegation whose own word names its state ("a lunch for the Xish
delegation, including B") is that state's, not the person's named before it; "A will lead it" after a
sentence saying a state is sending a delegation makes A that state's; one who will be "Acting Minister for
X" while its holder travels is of the holder's government."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from tests.extract_helpers import person

TODAY = date(2031, 6, 2)


def _country(text: str, name: str) -> str | None:
    """The country extracted for the named person (fails when the person is not found)."""
    return person(extract(text, today=TODAY), name).country


# ---- a capital's possessive owns the delegation ---------------------------------------------------------


def test_capital_possessive_delegation_led_by() -> None:
    text = (
        "JAKARTA (Wire) - Defence chiefs gather in Jakarta on Friday for the annual forum.\n\n"
        "Ottawa's delegation will instead be led by Brigadier General Colm Hartigan, deputy commandant "
        "of the Staff College."
    )
    assert _country(text, "Colm Hartigan") == "Canada"


def test_capital_possessive_delegation_headed_by() -> None:
    text = (
        "NAIROBI, May 4 - Trade ministers meet in Nairobi next week.\n\n"
        "Lima's delegation will be headed by Ambassador Ana Quispe, head of the Diplomatic Academy."
    )
    assert _country(text, "Ana Quispe") == "Peru"


def test_capital_possessive_delegation_of_several() -> None:
    text = (
        "MANILA (Wire) - Coast guard heads convene in Manila on Tuesday.\n\n"
        "Canberra's delegation will be led by Rear Admiral Fergus Lowther, director of the Maritime Academy."
    )
    assert _country(text, "Fergus Lowther") == "Australia"


def test_city_that_is_no_capital_does_not_stand_for_its_state() -> None:
    # near miss: a city that is no capital speaks for its own council, not for its state's government
    text = (
        "JAKARTA (Wire) - Mayors gather in Jakarta on Friday for the annual forum.\n\n"
        "Osaka's delegation will be led by Deputy Mayor Ren Takeda, head of the city's port bureau."
    )
    assert _country(text, "Ren Takeda") != "Japan"


# ---- a town under its region's abbreviation gives the host state -----------------------------------------


def test_leaders_welcomed_to_town_under_province_abbreviation() -> None:
    text = (
        "Prime Minister Rowan Ellis will welcome the leaders of the world's largest economies to Jasper, "
        "Alta., from June 15 to 17."
    )
    assert _country(text, "Rowan Ellis") == "Canada"


def test_host_in_town_under_state_abbreviation() -> None:
    text = "President Dana Whitcombe will host the leaders in Sedona, Ariz., from May 4 to 6."
    assert _country(text, "Dana Whitcombe") == "United States"


def test_meeting_at_town_under_abbreviation_on_a_day() -> None:
    text = (
        "Trade ministers will gather at Lunenburg, N.S., on Tuesday for two days of talks.\n\n"
        "Minister Priya Raghunathan will chair the meeting."
    )
    assert _country(text, "Priya Raghunathan") == "Canada"


def test_known_city_named_first_keeps_its_state() -> None:
    # near miss: a city the gazetteer knows, named first, stays the host; the later town is another stop
    text = (
        "President Dana Whitcombe will host the leaders in Mexico City on June 3, then fly to Sedona, Ariz., "
        "on June 4."
    )
    assert _country(text, "Dana Whitcombe") == "Mexico"


# ---- the sender of conveyed greetings is the envoy's ----------------------------------------------------


def test_message_passed_on_by_the_pronoun_subject() -> None:
    text = (
        "ACCRA (Wire) - Polish Special Envoy Lena Kowalczyk will hold talks in Accra on Tuesday with Foreign "
        "Minister Kofi Asante. In Accra, Kowalczyk will also call on Vice President Ama Owusu. She is "
        "expected to pass on a message from President Marek Zielinski."
    )
    assert _country(text, "Marek Zielinski") == "Poland"


def test_invitation_handed_over_by_the_named_envoy() -> None:
    text = (
        "HANOI (Wire) - Chilean Foreign Minister Camila Rojas will hold talks in Hanoi on Friday with "
        "Foreign Minister Tran Duc Anh. Rojas will hand over an invitation from President Tomas Vidal."
    )
    assert _country(text, "Tomas Vidal") == "Chile"


def test_message_carried_by_a_special_envoy() -> None:
    text = (
        "ACCRA (Wire) - Special Envoy Lena Kowalczyk of Poland will hold talks in Accra on Tuesday with "
        "Foreign Minister Kofi Asante. Ms Kowalczyk is expected to carry a message from President Marek "
        "Zielinski."
    )
    assert _country(text, "Marek Zielinski") == "Poland"


def test_message_delivered_by_an_unnamed_minister_keeps_its_reading() -> None:
    # near miss: the envoy is no person the text names ("the minister"): the host's president named earlier
    # in the clause is no sender's countryman
    text = (
        "Nairobi, 12 May - The Tanzanian delegation paid a courtesy call on President Amani Njoroge at "
        "State House, Nairobi, where the minister delivered a message from Prime Minister Juma Mwakyusa of "
        "Tanzania."
    )
    assert _country(text, "Juma Mwakyusa") == "Tanzania"


# ---- a delegation's own word names its state, not the person hosting it -----------------------------------


def test_lunch_for_the_named_delegation_including() -> None:
    text = (
        "ROME, 2 June - Foreign Minister Giulia Ferri will hold talks with Kenyan Foreign Minister Otieno "
        "Kamau in Rome on Monday. Deputy Minister Paolo Greco will host a working lunch for the Kenyan "
        "delegation, including Principal Secretary Wanjiru Mutua."
    )
    assert _country(text, "Wanjiru Mutua") == "Kenya"


def test_dinner_for_a_possessive_delegation_including() -> None:
    text = (
        "ROME, 2 June - Foreign Minister Giulia Ferri will hold talks with Chilean Foreign Minister Camila "
        "Rojas in Rome on Monday. Deputy Minister Paolo Greco will host a dinner for Chile's delegation, "
        "including Undersecretary Matias Soto."
    )
    assert _country(text, "Matias Soto") == "Chile"


def test_named_delegation_made_up_of_two() -> None:
    text = (
        "ROME, 2 June - Foreign Minister Giulia Ferri will hold talks with Vietnamese Foreign Minister Tran "
        "Duc Anh in Rome on Monday. State Secretary Paolo Greco will welcome the Vietnamese delegation, made "
        "up of Vice Minister Le Thi Hoa and Ambassador Pham Van Long."
    )
    assert _country(text, "Le Thi Hoa") == "Vietnam"
    assert _country(text, "Pham Van Long") == "Vietnam"


def test_unqualified_delegation_stays_its_leader() -> None:
    # near miss: "a delegation" names no state: its members are of the person arriving with it
    text = (
        "ROME, 2 June - Kenyan Foreign Minister Otieno Kamau will arrive in Rome on Monday with a delegation "
        "that includes Principal Secretary Wanjiru Mutua."
    )
    assert _country(text, "Wanjiru Mutua") == "Kenya"


# ---- "A will lead it": the delegation the sentence before says a state sends -----------------------------


def test_lead_it_after_a_capital_will_send() -> None:
    text = (
        "SINGAPORE (Reuters) - Defence ministers gather in Singapore on Friday.\n\n"
        "Ottawa will send a small delegation. Brigadier General Colm Hartigan, deputy commandant of the "
        "Staff College, will lead it."
    )
    assert _country(text, "Colm Hartigan") == "Canada"


def test_head_it_after_a_state_has_sent() -> None:
    text = (
        "SINGAPORE (Reuters) - Defence ministers gather in Singapore on Friday.\n\n"
        "Peru has sent a team of five officers. Captain Ana Quispe will head it, the navy said."
    )
    assert _country(text, "Ana Quispe") == "Peru"


def test_lead_it_after_a_state_is_again_sending() -> None:
    text = (
        "SINGAPORE (Reuters) - Defence ministers gather in Singapore on Friday.\n\n"
        "Vietnam is again sending a lower-level delegation. Senior Colonel Tran Van Minh, deputy director of "
        "the National Defence Academy, is expected to lead it."
    )
    assert _country(text, "Tran Van Minh") == "Vietnam"


def test_lead_it_after_no_sending_keeps_the_host() -> None:
    # near miss: "it" is a committee no state sends: the host's reading stands
    text = (
        "SINGAPORE (Reuters) - Defence ministers gather in Singapore on Friday.\n\n"
        "The drafting committee meets on Thursday. Colonel Wanjiru Mutua, head of the Staff College, will "
        "lead it."
    )
    assert _country(text, "Wanjiru Mutua") == "Singapore"


# ---- an acting minister covers the absent holder at home -------------------------------------------------


def test_acting_minister_while_the_minister_tours() -> None:
    # the acting minister stays at home: no visited state, whatever the holder's country
    text = (
        "PRESS RELEASE\n\nMinister for Trade and Industry Dr Lim Boon Keat will visit Peru and Ecuador from "
        "3 to 8 May 2031.\n\n2 In Lima, Minister Lim will meet Minister of Foreign Trade Ana Ribeiro.\n\n"
        "3 Senior Minister of State for Trade and Industry Ms Aisha Rahman will be Acting Minister for Trade "
        "and Industry from 3 to 8 May 2031."
    )
    assert _country(text, "Aisha Rahman") == _country(text, "Lim Boon Keat")


def test_serves_as_acting_minister_during_the_visit() -> None:
    text = (
        "MEDIA RELEASE\n\nMinister of Defence Tane Parata will visit Japan from 9 to 12 June.\n\n"
        "In Tokyo, Minister Parata will meet Defense Minister Sato Ken.\n\n"
        "Associate Minister Hemi Walker will serve as Acting Minister of Defence during the visit."
    )
    assert _country(text, "Hemi Walker") == _country(text, "Tane Parata")


def test_acting_minister_in_the_holders_absence() -> None:
    text = (
        "Minister of Finance Kofi Mensah will attend the spring meetings in Washington from 12 to 16 "
        "April.\n\n"
        "In Washington, Minister Mensah will meet Treasury Secretary Dana Whitcombe.\n\n"
        "Deputy Minister Ama Boateng will be Acting Minister of Finance in his absence."
    )
    assert _country(text, "Ama Boateng") == _country(text, "Kofi Mensah")


def test_acting_office_two_hold_changes_nothing() -> None:
    # near miss: two in the text hold the acting office (the visitor and the host): no one holder to follow
    text = (
        "Fijian Prime Minister Ratu Jone Vakalalabure will visit New Zealand from 2 to 5 July.\n\n"
        "In Wellington, he will meet Prime Minister Tom Hendry.\n\n"
        "Attorney-General Mere Tuilagi will be Acting Prime Minister from 2 to 5 July."
    )
    assert _country(text, "Mere Tuilagi") == "New Zealand"
