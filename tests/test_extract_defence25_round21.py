"""Round 21 (defence25): defence releases' ranks and billets — a unit a comma joins to an office before
the holder's rank, a rank of two words after a rank-like head, a possessive state before a billet, a
ministry's own bureau, units closed by a district, a region or a deployed state, command initials opening
an apposed title, forces known by their initials; a small town whose only namesakes lie abroad."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Person

TODAY = date(2026, 3, 1)


def _person(text: str, name: str) -> Person:
    found = [p for p in extract(text, today=TODAY).people if p.name == name]
    assert found, f"{name!r} not found"
    return found[0]


# a small town the gazetteer knows only abroad, in none of the countries the text names: no host's country
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Defence Minister Jone Vatu will host Tonga's Minister for Defence, Sione Lata, for the annual "
            "Fiji–Tonga Defence Ministers' Meeting in Windsor on Friday.\n\nThe ministers will be joined by "
            "the Commander of the Military Forces, Brigadier Ratu Seru.",
            "Jone Vatu",
            "Fiji",
        ),
        (
            "Foreign Minister Aino Kask will welcome Latvia's Foreign Minister, Ilze Berzina, to the "
            "Estonia–Latvia consultations in Cambridge on 4 May.\n\nMayor Peeter Tamm will host a dinner for "
            "the delegations.",
            "Peeter Tamm",
            "Estonia",
        ),
        (
            "Foreign Minister Rita Ozola will host Estonia's Foreign Minister, Kalle Rebane, for the "
            "Latvia–Estonia consultations in Albany on 4 May.\n\nMayor Janis Liepa will host a dinner "
            "for the delegations.",
            "Janis Liepa",
            "Latvia",
        ),
    ],
)
def test_stray_namesake_town_gives_no_host(text: str, name: str, country: str) -> None:
    assert _person(text, name).country == country


def test_namesake_in_a_named_country_stays_host() -> None:
    text = (
        "Foreign Minister Aino Kask will host Latvia's Foreign Minister, Ilze Berzina, for the "
        "Britain–Latvia consultations in Windsor on 4 May, the United Kingdom said.\n\nMayor Tom Ashby "
        "will host a dinner for the delegations."
    )
    assert _person(text, "Tom Ashby").country == "United Kingdom"


# "Chief of Staff, Joint Staff General A B": the comma-joined unit closes the office, the rank opens the name
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Attendees\nChief of Staff, Joint Staff General SATO Jiro\nMinister of Defense KATO Ichiro",
            "Sato Jiro",
            "Chief of Staff, Joint Staff",
        ),
        (
            "Chief of Staff, Armed Forces of the Philippines General Ramon D. Cruz will attend the talks in "
            "Tokyo on May 3.",
            "Ramon D. Cruz",
            "Chief of Staff, Armed Forces",
        ),
        (
            "Commander, Western Naval Command Vice Admiral Aditya Rao will receive the ships in Mumbai on "
            "May 3.",
            "Aditya Rao",
            "Commander, Western Naval Command",
        ),
    ],
)
def test_comma_unit_before_rank(text: str, name: str, role: str) -> None:
    assert _person(text, name).role == role


def test_comma_rank_without_unit_noun_not_cut() -> None:
    p = _person(
        "Minister of Defence, General Ramon D. Cruz will attend the talks in Tokyo on May 3.", "Ramon D. Cruz"
    )
    assert p.role == "Minister of Defence"


# "XDF Commander Major General A": a rank of two words after the rank-like head is no part of the office
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("XDF Commander Major General Ignatius Toka will attend with senior officers.", "Ignatius Toka"),
        ("Garrison Commander Brigadier General Tom Reyes will attend the ceremony on Friday.", "Tom Reyes"),
        ("Base Commander Lieutenant Colonel Ana Silva said the runway would reopen on Monday.", "Ana Silva"),
    ],
)
def test_two_word_rank_after_commander(text: str, name: str) -> None:
    assert _person(text, name).role == "Commander"


def test_lieutenant_commander_stays_rank() -> None:
    assert _person("Lieutenant Commander Jane Doe will attend.", "Jane Doe").role == "Lieutenant Commander"


# "Xland's Chief of Staff, Joint Staff, General A": the possessive state is the country, no part of the billet
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "In parallel, the Chief of the Defence Staff will host Japan's Chief of Staff, Joint Staff, "
            "General Takeshi Moriya, for staff talks.",
            "Takeshi Moriya",
            "Japan",
        ),
        (
            "The admiral will meet India's Chief of Staff, Eastern Naval Command, Vice Admiral Rohan "
            "Desai, on Monday.",
            "Rohan Desai",
            "India",
        ),
        (
            "Officials will brief Poland's Commander, Operational Command, General Marek Nowicki, on Friday.",
            "Marek Nowicki",
            "Poland",
        ),
    ],
)
def test_possessive_state_before_billet(text: str, name: str, country: str) -> None:
    p = _person(text, name)
    assert p.country == country
    assert p.role is not None and not p.role.startswith(country.split()[0])


# "Head of the ministry's X Bureau RANK A": the ministry's own bureau closes the office before the name
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Head of the ministry's Defense Information Bureau Brig. Gen. TNI Budi Santoso said the talks "
            "will be held on May 3.",
            "Budi Santoso",
            "Head of the ministry's Defense Information Bureau",
        ),
        (
            "Director of the ministry's Strategic Planning Office Colonel Arif Rahman said the review would "
            "end in June.",
            "Arif Rahman",
            "Director of the ministry's Strategic Planning Office",
        ),
        (
            "Chief of the department's Public Affairs Bureau Maj. Gen. Dewi Lestari said the exercise "
            "would start on Monday.",
            "Dewi Lestari",
            "Chief of the department's Public Affairs Bureau",
        ),
    ],
)
def test_ministry_own_bureau_before_rank(text: str, name: str, role: str) -> None:
    assert _person(text, name).role == role


def test_ministry_possessive_before_a_rank_not_read_on() -> None:
    text = "Head of the ministry's Brig. Gen. Budi Santoso said the talks will be held on May 3."
    assert "ministry's" not in (_person(text, "Budi Santoso").role or "")


# "Commandant, X District": a district closes a unit a comma joins to the office
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "He will be received by Vice Admiral KUROSAWA Jun, Commandant, Maizuru District.",
            "Kurosawa Jun",
            "Commandant, Maizuru District",
        ),
        (
            "Rear Admiral Ito Ken, Commandant, Sasebo District, will attend the ceremony on Friday.",
            "Ito Ken",
            "Commandant, Sasebo District",
        ),
        (
            "The team met Captain Maria Lopez, Commander, Third Naval District, on Friday.",
            "Maria Lopez",
            "Commander, Third Naval District",
        ),
    ],
)
def test_district_unit(text: str, name: str, role: str) -> None:
    assert _person(text, name).role == role


def test_district_running_on_not_a_unit() -> None:
    assert (
        _person("Rear Admiral Ito Ken, Commandant, Sasebo District officials said.", "Ito Ken").role
        == "Commandant"
    )


# "Commanding General of X Forces, Pacific": a service's component named by its region
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Guests include Lt. Gen. John W. Smith, Commanding General of U.S. Army Forces, Pacific; Japan's "
            "Lt. Gen. Noboru Ito, Commanding General of the Western Army.",
            "John W. Smith",
            "Commanding General of U.S. Army Forces, Pacific",
        ),
        (
            "Lt. Gen. Amy Carter, Commander of U.S. Naval Forces, Europe, will attend the talks.",
            "Amy Carter",
            "Commander of U.S. Naval Forces, Europe",
        ),
        (
            "Gen. Tom Hart, Commander of Air Forces, Africa, will attend the talks.",
            "Tom Hart",
            "Commander of Air Forces, Africa",
        ),
    ],
)
def test_regional_component(text: str, name: str, role: str) -> None:
    assert _person(text, name).role == role


def test_city_after_service_not_a_component() -> None:
    text = "Gen. Tom Hart, Commander of Air Forces, Paris, will attend the talks."
    assert _person(text, "Tom Hart").role == "Commander of Air Forces"


# "commander of Multinational Brigade – Xland": the state a unit is deployed in names it
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "They will be briefed by Colonel Jane Moss, the Canadian commander of Multinational Brigade – "
            "Estonia, and meet troops.",
            "Jane Moss",
            "commander of Multinational Brigade – Estonia",
        ),
        (
            "The minister met Brig. Gen. Piet Vos, commander of Multinational Division – Poland, on Friday.",
            "Piet Vos",
            "commander of Multinational Division – Poland",
        ),
        (
            "The minister met Colonel Ivo Kask, the Danish commander of Multinational Corps – Latvia, "
            "on Friday.",
            "Ivo Kask",
            "commander of Multinational Corps – Latvia",
        ),
    ],
)
def test_unit_of_deployed_state(text: str, name: str, role: str) -> None:
    assert _person(text, name).role == role


def test_dash_before_non_state_not_kept() -> None:
    text = (
        "They will be briefed by Colonel Jane Moss, the Canadian commander of Multinational Brigade – North, "
        "and meet troops."
    )
    assert _person(text, "Jane Moss").role == "commander of Multinational Brigade"


# a portfolio list joined by "&" ("Acquisition, Technology & Logistics Agency")
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The delegation will be led by Taro Aoki, Commissioner of the Acquisition, Technology & "
            "Logistics Agency (ATLA), to discuss the schedule.",
            "Taro Aoki",
            "Commissioner of the Acquisition, Technology & Logistics Agency",
        ),
        (
            "The delegation will be led by Jane Fox, Minister of Science, Innovation & Technology, "
            "on Monday.",
            "Jane Fox",
            "Minister of Science, Innovation & Technology",
        ),
        (
            "The delegation will be led by Jane Fox, Secretary of Energy, Mines & Petroleum, on Monday.",
            "Jane Fox",
            "Secretary of Energy, Mines & Petroleum",
        ),
    ],
)
def test_ampersand_portfolio_list(text: str, name: str, role: str) -> None:
    assert _person(text, name).role == role


def test_ampersand_firm_not_a_portfolio() -> None:
    text = "The delegation will be led by Jane Fox, Minister of Trade, Smith & Sons chairman, on Monday."
    assert _person(text, "Jane Fox").role == "Minister of Trade"


# "Industries" is a portfolio word, no person's name
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The delegation will be led by Kerem Aydin, Undersecretary for Defence Industries of Turkiye, on "
            "Monday.",
            "Kerem Aydin",
            "Undersecretary for Defence Industries",
        ),
        (
            "The visit will be hosted by Hamid Karimi, Minister of Mines and Industries, on Monday.",
            "Hamid Karimi",
            "Minister of Mines and Industries",
        ),
        (
            "The delegation will be led by Kerem Aydin, President of Defence Industries of the Republic of "
            "Turkiye, on Monday.",
            "Kerem Aydin",
            "President of Defence Industries of the Republic",
        ),
    ],
)
def test_industries_portfolio(text: str, name: str, role: str) -> None:
    b = extract(text, today=TODAY)
    assert "Industries" not in [p.name for p in b.people]
    assert _person(text, name).role == role


def test_industries_before_full_name_unchanged() -> None:
    text = "Minister of Trade and Industries Hamid Karimi will visit on Monday."
    assert _person(text, "Hamid Karimi").role == "Minister of Trade and Industries"


# "Exercise director A": the exercise's own office
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Exercise director Maj. Gen. Jose R. Cruz said the drill would start on Monday.",
            "Jose R. Cruz",
            "Exercise director",
        ),
        (
            "Exercise commander Col. Ben Ode said the drill would start on Monday.",
            "Ben Ode",
            "Exercise commander",
        ),
        (
            "Exercise spokesperson Lt. Col. Ana Cruz said the drill would start on Monday.",
            "Ana Cruz",
            "Exercise spokesperson",
        ),
    ],
)
def test_exercise_office(text: str, name: str, role: str) -> None:
    assert _person(text, name).role == role


def test_other_noun_before_lower_title_not_kept() -> None:
    text = "Drill director Maj. Gen. Jose R. Cruz said the drill would start on Monday."
    assert _person(text, "Jose R. Cruz").role == "director"


# a command's initials opening an apposed title ("A, XCOM spokesperson,")
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "He will be accompanied by Fleet Master Chief Dana R. Obi, NAVCENT senior enlisted leader, "
            "who will meet leaders.",
            "Dana R. Obi",
            "NAVCENT senior enlisted leader",
        ),
        (
            "He will be accompanied by Jane Doe, CENTCOM spokesperson, who will meet reporters.",
            "Jane Doe",
            "CENTCOM spokesperson",
        ),
        (
            "Enquiries: Mr Lunga Dube, DIRCO Spokesperson, 082 000 1234",
            "Lunga Dube",
            "DIRCO Spokesperson",
        ),
    ],
)
def test_command_initials_title(text: str, name: str, role: str) -> None:
    assert _person(text, name).role == role


def test_organisation_initials_stay_affiliation() -> None:
    p = _person("He will be accompanied by Jane Doe, NATO spokesperson, who will meet reporters.", "Jane Doe")
    assert (p.role, p.country) == ("spokesperson", "NATO")


# "Command Senior Enlisted Leader": "Command" opens the office
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "He will be accompanied by Fleet Master Chief Tamika L. Rowe, PACFLT's Command Senior Enlisted "
            "Leader, who will meet sailors.",
            "Tamika L. Rowe",
            "Command Senior Enlisted Leader",
        ),
        (
            "He will be accompanied by Master Chief Jane Doe, SOCOM's Command Senior Enlisted Leader, who "
            "will meet sailors.",
            "Jane Doe",
            "Command Senior Enlisted Leader",
        ),
        (
            "He will be accompanied by Jane Doe, Command Senior Enlisted Leader of the Fleet, who will meet "
            "sailors.",
            "Jane Doe",
            "Command Senior Enlisted Leader of the Fleet",
        ),
    ],
)
def test_command_office(text: str, name: str, role: str) -> None:
    assert _person(text, name).role == role


def test_command_as_body_unchanged() -> None:
    text = "Adm. Jane Doe, Commander of U.S. Indo-Pacific Command, will travel to Japan on Monday."
    assert _person(text, "Jane Doe").role == "Commander of U.S. Indo-Pacific Command"


# forces known by their initials give the state
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "According to the Head of the TNI Information Center, Major General Sutrisno, the agenda covers "
            "patrols.",
            "Sutrisno",
            "Indonesia",
        ),
        (
            "According to the Director of the PLA Navy Research Institute, Senior Colonel Zhao Ming, the "
            "drills will end on Friday.",
            "Zhao Ming",
            "China",
        ),
        (
            "According to the Head of the NZDF Media Office, Colonel Rangi Ora, the exercise will end "
            "on Friday.",
            "Rangi Ora",
            "New Zealand",
        ),
    ],
)
def test_forces_initials_state(text: str, name: str, country: str) -> None:
    assert _person(text, name).country == country


def test_unknown_initials_give_no_state() -> None:
    text = (
        "According to the Head of the XQF Media Office, Colonel Rangi Ora, the exercise will end on Friday."
    )
    assert _person(text, "Rangi Ora").country is None
