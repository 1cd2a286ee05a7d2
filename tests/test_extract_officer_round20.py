"""Officer rules, round 20 (officer): a commander's title closed by the command's region or function
("Supreme Allied Commander Europe Gen. A") is the role, not the rank, and the Alliance's command is the
Alliance's; a staff title naming its principal's office ("Spokesperson for the Secretary-General, A") takes
the body of the one person the text gives that office bare; a person named with a rank alone first in the
sentence after a nameless spokesperson's ("..., a spokesperson for Xland's Ministry of Y said. Senior
Colonel A told ...") is that spokesperson; "the current" before an apposed office is no part of it
("Ambassador A of Xland, the current Chairperson of the X Council": the office, not the address); the head
of an organisation's own organ ("The President of the Parliamentary Assembly, A") is the organisation's,
not the host's; a secretariat defined by initials of its name in its own language ("the Xish General
Secretariat (SEGX)") is an organisation, and "SEGX Secretary General A" its officer; a state's ministry
named with the state's possessive and initials before a title ("Yland's Department of Z (YDZ) Deputy
Secretary A") is A's country, not the host's; a state's armed force known by its own name ("of the
Bundeswehr", "of the Tatmadaw") and the "Secretary of National Defense" of the cabinets so styled name the
officer's state before any host or issuing organisation does; a principal's staff title may go on past the
office ("Special Representative of the Secretary-General to the X Union") and an organisation an envoy is
sent "to" is no affiliation of theirs; a desk's portfolio after a colon closes the title before a ranked
name ("Deputy Director-General: Africa, Ambassador A"); a body the text defines by initials that open with
an organisation's short name ("the EU Mission in Xland (EUMX)") is that organisation's, not Xland's; the
seat's word before an organisation of states ("secretary general of the Xcity-based Regional X Secretariat")
does not hide the organisation."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2026, 3, 1)


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "BRUSSELS -- NATO defence chiefs will meet on March 9. Supreme Allied Commander Atlantic Gen. "
            "Hannah Veldkamp will brief them on the exercise.",
            "Hannah Veldkamp",
            "Supreme Allied Commander Atlantic",
        ),
        (
            "NATO will host the chiefs in Brussels on 9 March. The Supreme Allied Commander Transformation, "
            "Admiral Joaquim Ferraz, will present the new concept.",
            "Joaquim Ferraz",
            "Supreme Allied Commander Transformation",
        ),
        (
            "NATO chiefs meet in Brussels on 9 March. The Supreme Allied Commander Europe, General Colm "
            "Redfern, will brief the Committee on the plans.",
            "Colm Redfern",
            "Supreme Allied Commander Europe",
        ),
    ],
)
def test_command_named_by_its_region_is_the_role(text: str, name: str, role: str) -> None:
    people = _people(text)
    assert people[name] == (role, "NATO")
    assert "Transformation" not in people and "Europe" not in people


def test_rank_and_fleet_after_the_name_unchanged() -> None:
    # near miss: a rank before a name, the command after it: no region closes a title before the name
    people = _people("Commander Laura Pettigrew of the Atlantic Fleet will attend the talks in Norfolk.")
    assert "Atlantic" not in (people["Laura Pettigrew"][0] or "")


@pytest.mark.parametrize(
    "text, name, body",
    [
        (
            "NEW YORK, 3 March -- The Security Council will meet at United Nations Headquarters on Tuesday. "
            "Secretary-General Lidia Moravec "
            'will brief it. "The seas are contested," Tomas Eriksen, Spokesperson for the Secretary-General, '
            "told reporters.",
            "Tomas Eriksen",
            "United Nations",
        ),
        (
            "NEW YORK, 3 March -- The United Nations Security Council will meet on Tuesday with "
            "Secretary-General Lidia Moravec and Jin-ho Baek, Secretary-General of the International "
            "Maritime Organization. Anna Petrov, Deputy Spokesperson for the Secretary-General, said the "
            "debate would be webcast.",
            "Anna Petrov",
            "United Nations",
        ),
        (
            "BRUSSELS -- NATO Secretary General Ruud Jansma will open the meeting on Tuesday. Olga Varga, "
            "spokesperson for the Secretary General, said allies would discuss air defence.",
            "Olga Varga",
            "NATO",
        ),
    ],
)
def test_staff_of_a_principals_office_take_its_body(text: str, name: str, body: str) -> None:
    assert _people(text)[name][1] == body


def test_staff_of_a_state_officer_unchanged() -> None:
    # near miss: the principal is a state's officer, not an organisation's: no organisation is given
    people = _people(
        "PARIS, 3 March -- President Claire Moreau will host the summit on Tuesday. Luc Aubry, Spokesperson "
        "for the President, said the leaders would discuss trade."
    )
    assert people["Luc Aubry"][1] == "France"  # the host's, as before


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "HANOI, May 3 -- The talks will open on May 10, a spokesperson for Vietnam's Ministry of "
            "National Defence said Tuesday. Senior Colonel Tran Van Long told a press conference that ten "
            "countries would attend.",
            "Tran Van Long",
            "spokesperson for the Ministry of National Defence",
        ),
        (
            "JAKARTA -- The exercise will start on Monday, a Defence Ministry spokesman said. Colonel Ahmad "
            "Rizal told reporters that three navies would take part.",
            "Ahmad Rizal",
            "Defence Ministry spokesman",
        ),
        (
            "NEW DELHI -- The drills will begin next week, a spokesman for the Indian Army said on Friday. "
            "Colonel Rajiv Menon said the troops were ready.",
            "Rajiv Menon",
            "spokesman for the Indian Army",
        ),
    ],
)
def test_ranked_speaker_after_a_nameless_spokesperson(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


def test_ranked_person_met_after_a_spokesperson_unchanged() -> None:
    # near miss: the ranked person does not open the sentence after the spokesperson's: the rank stays
    people = _people(
        "HANOI -- The talks will open on May 10, a spokesperson said. The minister will meet Colonel Tran "
        "Van Long on Monday."
    )
    assert people["Tran Van Long"][0] == "Colonel"
    # nor when the ranked person opening the next sentence does not speak
    people = _people(
        "NEW DELHI -- The drills will begin next week, a spokesman for the Indian Army said on Friday. "
        "General Arjun Rao will lead the exercise."
    )
    assert people["Arjun Rao"][0] == "General"


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "Ambassador Grace Wanjiru of Kenya, the current Chairperson of the Executive Council, will open "
            "the session.",
            "Grace Wanjiru",
            "Chairperson of the Executive Council",
        ),
        (
            "Ambassador Lars Holm, the current President of the Conference on Disarmament, said the talks "
            "would resume.",
            "Lars Holm",
            "President of the Conference on Disarmament",
        ),
        (
            "The board will be opened by Dr Amina Yusuf, the current Chair of the Board of Governors, on "
            "Monday.",
            "Amina Yusuf",
            "Chair of the Board of Governors",
        ),
    ],
)
def test_current_office_in_apposition(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


def test_current_without_an_office_unchanged() -> None:
    # near miss: "the current" before no title: the address stays the role
    assert _people("Ambassador Lars Holm, the current favourite, said the talks would resume.")["Lars Holm"][
        0
    ] == ("Ambassador")


@pytest.mark.parametrize(
    "text, name, body",
    [
        (
            "STRASBOURG -- Ministers of the Council of Europe's member states meet in Strasbourg on 14 May, "
            "chaired by Moldova's Foreign Minister Ion Rusu. The President of the Parliamentary Assembly, "
            "Lena Bergqvist, will address them.",
            "Lena Bergqvist",
            "Council of Europe",
        ),
        (
            "THE HAGUE -- The OPCW Executive Council meets in The Hague on 7 March. The Chairperson of the "
            "Executive Council, Tomas Lind, will open the session.",
            "Tomas Lind",
            "OPCW",
        ),
        (
            "VIENNA -- The IAEA Board of Governors meets in Vienna on Monday. The Chair of the Board of "
            "Governors, Maria Lund, will open the session.",
            "Maria Lund",
            "IAEA",
        ),
    ],
)
def test_head_of_an_organisations_organ(text: str, name: str, body: str) -> None:
    assert _people(text)[name][1] == body


def test_head_of_a_national_assembly_unchanged() -> None:
    # near miss: a state's own assembly, in a text naming an organisation: the host's
    people = _people(
        "HANOI -- ASEAN ministers meet in Hanoi on Monday. The President of the National Assembly, Tran Thi "
        "Mai, will welcome them."
    )
    assert people["Tran Thi Mai"][1] == "Vietnam"


@pytest.mark.parametrize(
    "text, name, body",
    [
        (
            "LISBON -- Ministers will meet at the headquarters of the Lusophone General Secretariat (SEGEL) "
            "on 5 May. SEGEL Secretary General Paulo Matos will open the session, the European Union said.",
            "Paulo Matos",
            "SEGEL",
        ),
        (
            "LIMA -- The Andean General Secretariat (SGCA) hosts the talks on 5 May, with the European Union "
            "as observer. SGCA Secretary General Rosa Quispe will chair them.",
            "Rosa Quispe",
            "SGCA",
        ),
        (
            "PANAMA CITY -- The Caribbean Integration Secretariat (SEICA) hosts the meeting on 5 May with "
            "European Union observers. SEICA Secretary General Ana Ruiz will open it.",
            "Ana Ruiz",
            "SEICA",
        ),
    ],
)
def test_secretariat_defined_by_its_own_languages_initials(text: str, name: str, body: str) -> None:
    assert _people(text)[name][1] == body


def test_state_secretariat_by_foreign_initials_unchanged() -> None:
    # near miss: a state's own secretariat ("National ...") is no organisation of its own
    people = _people(
        "PARIS -- The National Defence General Secretariat (SGDSN) hosts the talks on 5 May with European "
        "Union observers. SGDSN Secretary General Luc Marchand will open them."
    )
    assert people["Luc Marchand"][1] != "SGDSN"


@pytest.mark.parametrize(
    "text, name, role, country",
    [
        (
            "KUALA LUMPUR -- Malaysia will host the dialogue on 3 May with New Zealand's Ministry of Foreign "
            "Affairs and Trade (MFAT) Deputy Secretary Tom Reid.",
            "Tom Reid",
            "Deputy Secretary",
            "New Zealand",
        ),
        (
            "MANILA -- The Philippines will host the talks on 3 May with Canada's Department of National "
            "Defence (DND) Assistant Deputy Minister Claire Roy.",
            "Claire Roy",
            "DND Assistant Deputy Minister",
            "Canada",
        ),
        (
            "MANILA -- The Philippines will host the talks on 3 May with Japan's Ministry of Defense (MOD) "
            "Director General Sato Kenji.",
            "Sato Kenji",
            "MOD Director General",
            "Japan",
        ),
    ],
)
def test_officer_of_a_ministry_named_with_its_state(text: str, name: str, role: str, country: str) -> None:
    assert _people(text)[name] == (role, country)


def test_ministry_with_no_state_named_unchanged() -> None:
    # near miss: the ministry's state is not named: the host's, the title as written
    people = _people(
        "MANILA -- The Philippines will host the talks on 3 May. The Department of Foreign Affairs (DFA) "
        "Undersecretary Maria Lopez will open them."
    )
    assert people["Maria Lopez"] == ("Department of Foreign Affairs (DFA) Undersecretary", "Philippines")


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "BRUSSELS -- NATO chiefs meet in Brussels on 9 March. The Inspector General of the Bundeswehr, "
            "General Jana Roth, will host a breakfast for the Nordic chiefs.",
            "Jana Roth",
            "Germany",
        ),
        (
            "BANGKOK -- The talks open on 9 March. The Commander-in-Chief of the Tatmadaw, Senior General "
            "Aung Win, will attend.",
            "Aung Win",
            "Myanmar",
        ),
        (
            "BRUSSELS -- NATO chiefs meet on 9 March. The Chief of the General Staff of the Bundesheer, "
            "General Karl Huber, will attend as a partner.",
            "Karl Huber",
            "Austria",
        ),
        (
            "WASHINGTON -- Secretary of National Defense Ramon Cruz will visit Washington on 9 March for "
            "talks with Defense Secretary John Hale.",
            "Ramon Cruz",
            "Philippines",
        ),
    ],
)
def test_a_states_own_force_or_office_names_its_state(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_plain_service_and_other_cabinet_unchanged() -> None:
    # near misses: a service named by its common noun tells no state; the other cabinet so styled keeps its
    # own
    people = _people(
        "BRUSSELS -- NATO chiefs meet in Brussels on 9 March. The Inspector General of the Army, General "
        "Jana Roth, will host a breakfast for the Nordic chiefs."
    )
    assert people["Jana Roth"][1] != "Germany"
    people = _people(
        "MEXICO CITY (Notimex) -- Secretary of National Defense Luis Ortega Ruiz will receive U.S. Defense "
        "Secretary John Hale on 9 March."
    )
    assert people["Luis Ortega Ruiz"][1] == "Mexico"


@pytest.mark.parametrize(
    "text, name, body",
    [
        (
            "ADDIS ABABA -- The African Union and United Nations conference opens on 3 May with UN "
            "Secretary-General Lidia Moravec. Jean Kabila, Special Representative of the Secretary-General "
            "to the African Union, will attend.",
            "Jean Kabila",
            "United Nations",
        ),
        (
            "ADDIS ABABA -- The African Union summit opens on 3 May with United Nations Secretary-General "
            "Lidia Moravec. Tom Varga, Special Envoy of the Secretary-General for the Great Lakes Region, "
            "will brief the leaders.",
            "Tom Varga",
            "United Nations",
        ),
        (
            "STOCKHOLM -- Sweden's minister will travel to Brussels on 3 May with Maria Lind, Permanent "
            "Representative to the European Union.",
            "Maria Lind",
            "Sweden",
        ),
    ],
)
def test_envoy_of_a_principal_sent_to_a_body(text: str, name: str, body: str) -> None:
    assert _people(text)[name][1] == body


def test_staff_of_a_heads_office_unchanged() -> None:
    # near miss: the principal is a state's head of government: the state's, as before
    people = _people(
        "OTTAWA -- Prime Minister Anne Roy will host the talks on 3 May. Paul Dube, Chief of Staff to the "
        "Prime Minister, said the agenda was set."
    )
    assert people["Paul Dube"] == ("Chief of Staff to the Prime Minister", "Canada")


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "PRETORIA -- The talks will be led by the Deputy Director-General: Asia and Middle East, "
            "Ambassador Sipho Ndlovu, on 3 May.",
            "Sipho Ndlovu",
            "Deputy Director-General: Asia and Middle East",
        ),
        (
            "PRETORIA -- The Chief Director: Public Diplomacy, Mr Lebo Mokoena, said the talks would open on "
            "3 May.",
            "Lebo Mokoena",
            "Chief Director: Public Diplomacy",
        ),
        (
            "PRETORIA -- The session on 3 May will be opened by the Director-General: Americas and Europe, "
            "Ambassador Nandi Zulu.",
            "Nandi Zulu",
            "Director-General: Americas and Europe",
        ),
    ],
)
def test_desk_after_a_colon_closes_the_title(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


def test_colon_after_a_titled_name_unchanged() -> None:
    # near miss: a colon opening what the person said is no desk of the title
    people = _people(
        "PRETORIA -- Ambassador Thabo Khumalo, Deputy Director-General, said: Peace, Security and Trade are "
        "on the agenda for 3 May."
    )
    assert people["Thabo Khumalo"][0] == "Deputy Director-General"


@pytest.mark.parametrize(
    "text, name, body",
    [
        (
            "TBILISI -- MEPs will visit the EU Monitoring Mission in Georgia (EUMM) on 3 May. The Head of "
            "EUMM, Anna Berg, will brief them.",
            "Anna Berg",
            "European Union",
        ),
        (
            "JUBA -- The UN Mission in South Sudan (UNMISS) hosts the talks on 3 May. The Head of UNMISS, "
            "Kofi Mensah, will open them.",
            "Kofi Mensah",
            "United Nations",
        ),
        (
            "MOGADISHU -- The AU Transition Mission in Somalia (AUTMS) hosts the talks on 3 May. The Head of "
            "AUTMS, Amina Diallo, will open them.",
            "Amina Diallo",
            "African Union",
        ),
    ],
)
def test_mission_of_an_organisation_defined_by_initials(text: str, name: str, body: str) -> None:
    assert _people(text)[name][1] == body


def test_states_own_office_defined_by_initials_unchanged() -> None:
    # near miss: the initials do not open with the organisation's the text names: the state's body
    people = _people(
        "YEREVAN -- MEPs from the EU will visit the Border Monitoring Office of Armenia (BMOA) on 3 May. The "
        "Head of BMOA, Aram Petrosyan, will brief them."
    )
    assert people["Aram Petrosyan"][1] == "Armenia"


@pytest.mark.parametrize(
    "text, name, body",
    [
        (
            "MANILA -- The ministers will meet on 3 May. Rina Sato, secretary general of the Jakarta-based "
            "Regional Maritime Cooperation Secretariat, will attend the session.",
            "Rina Sato",
            "Regional Maritime Cooperation Secretariat",
        ),
        (
            "MANILA -- The ministers will meet on 3 May. Karl Weber, secretary general of the Vienna-based "
            "International Gas Union, will attend the session.",
            "Karl Weber",
            "International Gas Union",
        ),
        (
            "MANILA -- The ministers will meet on 3 May. Amara Okoye, secretary general of the Nairobi-based "
            "African Regional Standards Organisation, will attend the session.",
            "Amara Okoye",
            "African Regional Standards Organisation",
        ),
    ],
)
def test_organisation_named_past_its_seat(text: str, name: str, body: str) -> None:
    assert _people(text)[name][1] == body


def test_states_agency_past_its_seat_unchanged() -> None:
    # near miss: a state's own agency ("National ...") is no organisation of states
    people = _people(
        "MANILA -- The ministers will meet on 3 May. Kim Ji-ho, director-general of the Seoul-based National "
        "Maritime Agency, will attend the session."
    )
    assert people["Kim Ji-ho"][1] != "National Maritime Agency"
