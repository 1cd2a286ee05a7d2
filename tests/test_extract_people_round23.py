"""Country and role rules, round 23 (people): a traveller who "will travel to Xcity, Xland" (or "to
southern Xland") is no national of Xland, so a two-party meeting's other side is theirs — while a trip
to a city alone may be a trip at home; the US departments' junior grades ("principal deputy under
secretary of defense", "Deputy Under Secretary of the Army", "Treasury Under Secretary for X") are
American wherever the story is filed, and a chain of titles does not pass its first country to such an
office (a shared one, "Treasury Secretary", still takes it); a double title one of whose offices only one
state has ("State Councillor and Foreign Minister") is that state's; an official two guests of different
states "travel with" ("A and B will travel with Minister C") is of neither by that cue (one guest's
companion still is theirs); an organisation's short name before an office ("Forum Secretary General A")
is the affiliation, as its full name there is, not a word of the role (a state's "Union Home Minister"
keeps its word, and so does a described office, "the Forum Secretary General, A"); a Cabinet Secretary of a
portfolio ("Trade Cabinet Secretary", "Cabinet Secretary for Defence") is Kenya's wherever the story is
filed (Japan's "Chief Cabinet Secretary" stays Japan's); a side's phrase opening its list ("From the Xish
side, A, T1, and B, T2, will attend, and from the Yish side, C") gives its country to the names after it
(one closing a list, "A attended from the Xish side", to the names before); a State cable's addresses
("FROM: AMEMBASSY XCITY", "TO: SECSTATE WASHDC") make the United States its issuer, so "Ambassador A and
the Country Team" are American, while the opposition the cable reports on stays the host's; the officer
who leads a state's ships or delegation the sentence opens with ("Xish Navy ships will visit Y, led by Rear
Admiral A", a dateline before it allowed) is that state's, not the port's; a wire's nameless "Xland's
chief negotiator said" is the person named with no title who speaks after a quotation in the next sentence
(a ministry that "said" is no person's title)."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2031, 1, 10)


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


@pytest.mark.parametrize(
    "text, name, expected",
    [
        pytest.param(
            "President travels to Kenya\n\n"
            "President Jean-Luc Moreau will travel to Nairobi, Kenya, on 4 June for the Africa Climate "
            "Summit, which Kenya will host. He will meet Kenya's Deputy President Wanjiku Mwangi on the "
            "France-Kenya partnership.\n",
            "Jean-Luc Moreau",
            ("President", "France"),
            id="city and country",
        ),
        pytest.param(
            "President to visit Vietnam\n\n"
            "President Amara Okafor will travel to Hanoi, Vietnam, on 4 June for the Mekong Investment "
            "Forum, which Vietnam will host. She will meet Vietnam's Vice President Lan Pham on the "
            "Nigeria-Vietnam rice partnership.\n",
            "Amara Okafor",
            ("President", "Nigeria"),
            id="host state named",
        ),
        pytest.param(
            "The President travels to southern Italy\n\n"
            "President Marta Kowalczyk will travel to southern Italy from March 3 to 6 for the "
            "Mediterranean Energy Summit, which Prime Minister Luca Ferrante will host in Bari. She will "
            "hold talks with Prime Minister Ferrante on the Poland-Italy energy partnership.\n",
            "Marta Kowalczyk",
            ("President", "Poland"),
            id="compass word before the country",
        ),
    ],
)
def test_named_destination_is_not_home(text: str, name: str, expected: tuple[str, str]) -> None:
    assert _people(text)[name] == expected


def test_trip_to_a_city_alone_may_be_at_home() -> None:
    text = (
        "Minister to visit Darwin\n\n"
        "Minister for Defence Paul Kerrigan will travel to Darwin on 4 May for the Australia-Japan "
        "defence talks with Japan's Minister of Defense Mori Kenji. Minister Kerrigan will also visit "
        "troops at Robertson Barracks.\n"
    )
    assert _people(text)["Paul Kerrigan"] == ("Minister for Defence", "Australia")


@pytest.mark.parametrize(
    "text, name, expected",
    [
        pytest.param(
            "Finance dialogue opens in Nairobi\n\n"
            "NAIROBI, Jan. 9 (Reuters) - Kenya and the United States will hold a finance dialogue next week. "
            "Governor of the Central Bank of Kenya Amina Otieno and Treasury Under Secretary for "
            "International Affairs Mark Holloway will take part in a session on payments.\n",
            "Mark Holloway",
            ("Treasury Under Secretary for International Affairs", "United States"),
            id="department before the grade, in a chain",
        ),
        pytest.param(
            "S. Korea, U.S. to hold defense talks\n\n"
            "SEOUL, Jan. 9 (Yonhap) -- South Korea and the United States will hold defense policy talks in "
            "Washington next week, the ministry said. The dialogue will take place next Tuesday, with Park "
            "Min-ji, deputy minister for national defense policy, and Laura Keane, principal deputy under "
            "secretary of defense for policy, leading their respective delegations.\n",
            "Laura Keane",
            ("principal deputy under secretary of defense for policy", "United States"),
            id="principal deputy under secretary",
        ),
        pytest.param(
            "Philippines, U.S. army talks\n\n"
            "MANILA, Jan. 9 (AP) - The Philippines and the United States will hold army staff talks in "
            "Manila next week. Philippine Army chief Lt. Gen. Ramon Cruz and Deputy Under Secretary of the "
            "Army Raymond Collins will open the talks.\n",
            "Raymond Collins",
            ("Deputy Under Secretary of the Army", "United States"),
            id="deputy under secretary",
        ),
    ],
)
def test_us_junior_grades_are_american(text: str, name: str, expected: tuple[str, str]) -> None:
    assert _people(text)[name] == expected


def test_shared_office_keeps_the_chain_country() -> None:
    text = (
        "Australia hosts finance talks\n\n"
        "CANBERRA, Jan. 9 (AAP) - Australia and Japan will hold finance talks in Canberra next week. "
        "Australia's Minister for Finance, Karen Holt, and Treasury Secretary Graham Pike will meet "
        "Japan's Vice Minister of Finance Sato Ken.\n"
    )
    assert _people(text)["Graham Pike"] == ("Treasury Secretary", "Australia")


@pytest.mark.parametrize(
    "text, name, expected",
    [
        pytest.param(
            "ASEAN forum to meet in Vientiane\n\n"
            "The ASEAN Regional Forum will meet in Vientiane on 20 January. The ministers will hold an "
            "informal session with State Councillor and Foreign Minister Wang Lei on the South China Sea.\n",
            "Wang Lei",
            ("State Councillor and Foreign Minister", "China"),
            id="state councillor and",
        ),
        pytest.param(
            "Summit on Ukraine recovery\n\n"
            "The Ukraine Recovery Conference will open in Rome on 20 January. Speakers include "
            "Vice-Chancellor and Federal Foreign Minister Katrin Albers and the Prime Minister of Italy, "
            "Giulia Conti.\n",
            "Katrin Albers",
            ("Vice-Chancellor and Federal Foreign Minister", "Germany"),
            id="and federal foreign minister",
        ),
        pytest.param(
            "Trade ministers gather in Geneva\n\n"
            "Trade ministers will meet in Geneva on 20 January. Chief Cabinet Secretary and Minister for "
            "Economic Security Tanaka Hiro will attend the opening session.\n",
            "Tanaka Hiro",
            ("Chief Cabinet Secretary and Minister for Economic Security", "Japan"),
            id="chief cabinet secretary and",
        ),
    ],
)
def test_one_national_office_of_a_double_title(text: str, name: str, expected: tuple[str, str]) -> None:
    assert _people(text)[name] == expected


def test_double_title_of_common_offices_tells_no_state() -> None:
    text = (
        "Trade ministers gather in Geneva\n\n"
        "Trade ministers will meet in Geneva on 20 January. Deputy Prime Minister and Minister of Foreign "
        "Affairs and Trade Jonas Hale will attend the opening session.\n"
    )
    assert _people(text)["Jonas Hale"] == (
        "Deputy Prime Minister and Minister of Foreign Affairs and Trade",
        None,
    )


_HOST_TWO = (
    "{host_title} {host} will host {pron} {adj1} and {adj2} counterparts in {city} on 20 January. "
    "{g1_intro}, and {g2_intro}, will join the {host_title} for talks.\n\n"
    "On 21 January, Minister {s1} and Minister {s2} will travel with {title} {name} to {town} to visit a "
    "factory.\n"
)


@pytest.mark.parametrize(
    "text, name, country",
    [
        pytest.param(
            "Defence Secretary to host Polish and Czech counterparts\n\n"
            + _HOST_TWO.format(
                host_title="Defence Secretary",
                host="Martin Hale",
                pron="his",
                adj1="Polish",
                adj2="Czech",
                city="London",
                g1_intro="Poland's Minister of National Defence, Piotr Nowak",
                g2_intro="the Czech Minister of Defence, Jana Dvorak",
                s1="Nowak",
                s2="Dvorak",
                title="Minister for Veterans",
                name="Sarah Quill",
                town="Portsmouth",
            ),
            "Sarah Quill",
            "United Kingdom",
            id="two guests travel with a minister",
        ),
        pytest.param(
            "Foreign Minister to host Finnish and Estonian counterparts\n\n"
            + _HOST_TWO.format(
                host_title="Foreign Minister",
                host="Anne Lund",
                pron="her",
                adj1="Finnish",
                adj2="Estonian",
                city="Copenhagen",
                g1_intro="Finland's Foreign Minister, Mikko Virtanen",
                g2_intro="Estonia's Foreign Minister, Kadri Tamm",
                s1="Virtanen",
                s2="Tamm",
                title="Minister for Development",
                name="Soren Holm",
                town="Aarhus",
            ),
            "Soren Holm",
            "Denmark",
            id="foreign ministers",
        ),
        pytest.param(
            "Minister to host Japanese and Korean counterparts\n\n"
            + _HOST_TWO.format(
                host_title="Trade Minister",
                host="Claire Dubois",
                pron="her",
                adj1="Japanese",
                adj2="Korean",
                city="Ottawa",
                g1_intro="Japan's Minister of Economy, Sato Ken",
                g2_intro="Korea's Minister of Trade, Lee Jun-ho",
                s1="Sato",
                s2="Lee",
                title="Minister of Natural Resources",
                name="Paul Girard",
                town="Sudbury",
            ),
            "Paul Girard",
            "Canada",
            id="trade ministers",
        ),
    ],
)
def test_companion_of_two_guests_is_the_hosts(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_companion_of_one_guest_is_theirs() -> None:
    text = (
        "Foreign Minister to host Finnish counterpart\n\n"
        "Foreign Minister Anne Lund will host her Finnish counterpart in Copenhagen on 20 January. Finland's "
        "Foreign Minister, Mikko Virtanen, will join the Foreign Minister for talks on the Baltic Sea.\n\n"
        "On 21 January, Minister Virtanen will travel with Minister for Development Aino Salo to Aarhus to "
        "visit a wind farm.\n"
    )
    assert _people(text)["Aino Salo"] == ("Minister for Development", "Finland")


@pytest.mark.parametrize(
    "text, name, role",
    [
        pytest.param(
            "Pacific ministers meet in Apia\n\n"
            "APIA, Jan. 9 (RNZ) - Pacific Islands Forum foreign ministers will meet in Apia next week. Forum "
            "Secretary General Tomasi Vakalahi said the ministers would discuss climate finance.\n",
            "Tomasi Vakalahi",
            "Secretary General",
            id="wire",
        ),
        pytest.param(
            "Pacific leaders gather in Majuro\n\n"
            'Pacific Islands Forum leaders will gather in Majuro on 20 January. "We need results," Forum '
            "Secretary General Ana Lolohea told reporters at the Pacific Islands Forum Secretariat.\n",
            "Ana Lolohea",
            "Secretary General",
            id="after a quote",
        ),
        pytest.param(
            "Pacific fisheries talks\n\n"
            "Ministers of the Pacific Islands Forum will meet in Honiara on 20 January. Forum Deputy "
            "Secretary General Sione Fifita will open the session on tuna stocks.\n",
            "Sione Fifita",
            "Deputy Secretary General",
            id="deputy",
        ),
    ],
)
def test_organisation_short_name_is_no_part_of_the_role(text: str, name: str, role: str) -> None:
    assert _people(text)[name] == (role, "Pacific Islands Forum")


def test_state_word_before_an_office_stays() -> None:
    text = (
        "Union ministers meet\n\n"
        "NEW DELHI, Jan. 9 (PTI) - Union Home Minister Rakesh Varma will meet state officials.\n"
    )
    assert _people(text)["Rakesh Varma"] == ("Union Home Minister", "India")


def test_described_office_keeps_the_organisations_word() -> None:
    text = (
        "Pacific Islands Forum leaders will meet in Nuku'alofa on 20 January. The Forum Secretary General, "
        "Ms Mele Tupou, will open the meeting.\n"
    )
    assert _people(text)["Mele Tupou"] == ("Forum Secretary General", "Pacific Islands Forum")


@pytest.mark.parametrize(
    "text, name, role",
    [
        pytest.param(
            "President to visit Rwanda\n\n"
            "KIGALI, Jan. 9 (Reuters) - Kenya's President will visit Rwanda next week. Trade Cabinet "
            "Secretary Amos Kiprotich is also scheduled to meet Rwandan investors.\n",
            "Amos Kiprotich",
            "Trade Cabinet Secretary",
            id="portfolio before",
        ),
        pytest.param(
            "Ministers meet in Kampala\n\n"
            "KAMPALA, Jan. 9 (AFP) - Defence ministers of the region will meet in Kampala next week. Cabinet "
            "Secretary for Defence Jane Wambui will attend the talks.\n",
            "Jane Wambui",
            "Cabinet Secretary for Defence",
            id="portfolio after",
        ),
        pytest.param(
            "Ministers meet in Dar es Salaam\n\n"
            "DAR ES SALAAM, Jan. 9 (AFP) - East African ministers will meet next week. Energy Cabinet "
            "Secretary Peter Omondi will open the session.\n",
            "Peter Omondi",
            "Energy Cabinet Secretary",
            id="energy",
        ),
    ],
)
def test_portfolio_cabinet_secretary_is_kenyan(text: str, name: str, role: str) -> None:
    assert _people(text)[name] == (role, "Kenya")


def test_chief_cabinet_secretary_is_japanese() -> None:
    text = (
        "Tokyo briefing\n\n"
        "TOKYO, Jan. 9 (Kyodo) - Chief Cabinet Secretary Ono Taro said the talks would go ahead.\n"
    )
    assert _people(text)["Ono Taro"] == ("Chief Cabinet Secretary", "Japan")


_KOREA_AUSTRALIA = (
    "Korea-Australia Foreign and Defence Ministers' Meeting\n\n"
    '1. The Korea-Australia "2+2" will be held in Canberra on 5 March. From the Korean side, '
    "Mr. PARK Jin-soo, Minister of Foreign Affairs, and Ms. LEE Hana, Minister of National Defense, "
    "will attend, and from the Australian side, Ms. Karen Holt, Minister for Foreign Affairs, and "
    "Mr. Paul Kerrigan, Minister for Defence, will attend.\n"
)
_JAPAN_INDIA = (
    "Japan-India Vice-Ministerial Dialogue\n\n"
    "The Japan-India Vice-Ministerial Dialogue will be held in New Delhi on 5 March. On the Japanese "
    "side, Mr. ONO Taro, Deputy Minister for Foreign Affairs, will attend, while on the Indian side, "
    "Mr. Vikram Rao, Secretary (East), will attend.\n"
)
_JAPAN_ITALY = (
    "Japan-Italy Defence Talks\n\n"
    "The Japan-Italy defence talks will be held in Rome on 5 March. From the Japanese side, "
    "Mr. SATO Ken, Vice-Minister of Defense for International Affairs, and Ms. MORI Aya, "
    "Director-General, will attend, and from the Italian side, Mr. Marco Bianchi, Secretary General "
    "of Defence, will attend.\n"
)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            _KOREA_AUSTRALIA,
            {"Park Jin-soo": "South Korea", "Karen Holt": "Australia", "Paul Kerrigan": "Australia"},
            id="two sides, two each",
        ),
        pytest.param(_JAPAN_INDIA, {"Ono Taro": "Japan", "Vikram Rao": "India"}, id="on the side, while"),
        pytest.param(
            _JAPAN_ITALY,
            {"Sato Ken": "Japan", "Mori Aya": "Japan", "Marco Bianchi": "Italy"},
            id="three people",
        ),
    ],
)
def test_side_phrase_opening_its_list(text: str, expected: dict[str, str]) -> None:
    got = _people(text)
    assert {n: got[n][1] for n in expected} == expected


def test_side_phrase_closing_its_list() -> None:
    text = (
        "Japan-Korea Talks\n\n"
        "The Japan-Korea talks will be held in Seoul on 5 March. Mr. ONO Taro, Director-General, attended "
        "from the Japanese side, Mr. KIM Min-ho, Director-General, from the Korean side.\n"
    )
    got = _people(text)
    assert (got["Ono Taro"][1], got["Kim Min-ho"][1]) == ("Japan", "South Korea")


_CABLE = (
    "SENSITIVE BUT UNCLASSIFIED\n\n"
    "FROM: AMEMBASSY {caps}\n"
    "TO: SECSTATE WASHDC\n"
    "DATE: 2 JAN 2031\n"
    "SUBJECT: SCENESETTER FOR THE DEPUTY SECRETARY'S VISIT TO {caps}\n\n"
    "1. (SBU) SUMMARY: The Deputy Secretary's visit to {city} comes as {adj} leaders seek closer ties. "
    "END SUMMARY.\n\n"
    "2. (SBU) Post recommends you raise the detention of opposition mayor {mayor} privately with the "
    "Foreign Minister.\n\n"
    "3. (SBU) CONCLUSION: Ambassador {amb} and the Country Team look forward to welcoming you to {city}.\n"
)


@pytest.mark.parametrize(
    "city, adj, mayor, amb, host",
    [
        pytest.param("Tbilisi", "Georgian", "Giorgi Beridze", "Laura Finch", "Georgia", id="Tbilisi"),
        pytest.param("Belgrade", "Serbian", "Milan Petrovic", "Mark Dolan", "Serbia", id="Belgrade"),
        pytest.param("Yerevan", "Armenian", "Aram Sargsyan", "Ruth Keller", "Armenia", id="Yerevan"),
    ],
)
def test_cable_ambassador_is_american(city: str, adj: str, mayor: str, amb: str, host: str) -> None:
    got = _people(_CABLE.format(caps=city.upper(), city=city, adj=adj, mayor=mayor, amb=amb))
    assert got[amb] == ("Ambassador", "United States")
    assert got[mayor] == ("opposition mayor", host)


def test_home_opposition_stays_home() -> None:
    text = (
        "Opposition leader criticises trip\n\n"
        "LONDON, Jan. 9 (PA) - Prime Minister Anna Field will travel to Paris next week. Opposition leader "
        "Tom Marsh said the trip was a distraction.\n"
    )
    assert _people(text)["Tom Marsh"] == ("Opposition leader", "United Kingdom")


@pytest.mark.parametrize(
    "text, name, country",
    [
        pytest.param(
            "Japanese ships to visit Cam Ranh\n\n"
            "Ha Noi, Jan 9 (VNA) – Japan Maritime Self-Defense Force destroyers JS Ise and JS Kirisame will "
            "visit Cam Ranh from January 12 to 15, led by Rear Admiral Sato Kenji, Commander of Escort "
            "Flotilla 4. The crew will play friendly football matches with Vietnamese sailors.\n",
            "Sato Kenji",
            "Japan",
            id="force's name before its ships",
        ),
        pytest.param(
            "Indian ships call at Jakarta\n\n"
            "Jakarta, Jan 9 (ANTARA) – Indian Navy ships INS Kolkata and INS Shakti will arrive in "
            "Jakarta on January 12 for a four-day port call, led by Rear Admiral Vikram Menon, Flag Officer "
            "Commanding Eastern Fleet.\n",
            "Vikram Menon",
            "India",
            id="navy ships",
        ),
        pytest.param(
            "French frigate visits Manila\n\n"
            "Manila, Jan 9 (PNA) – French Navy frigate Vendemiaire will dock in Manila from January 12 to "
            "14, led by Captain Luc Moreau, Commander of the frigate.\n",
            "Luc Moreau",
            "France",
            id="frigate",
        ),
    ],
)
def test_leader_of_a_states_ships(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_leader_of_unmarked_ships_stays_local() -> None:
    text = (
        "Ships visit Cam Ranh\n\n"
        "Ha Noi, Jan 9 (VNA) – Two destroyers will visit Cam Ranh from January 12 to 15, led by Rear Admiral "
        "Nguyen Van Long of the Naval Region 4 command.\n"
    )
    assert _people(text)["Nguyen Van Long"][1] == "Vietnam"


@pytest.mark.parametrize(
    "text, name, expected",
    [
        pytest.param(
            "Trade ministers to meet in Lima\n\n"
            "LIMA, Jan 9 (Reuters) - Trade ministers of the region will meet in Lima next week to salvage a "
            "stalled tariff deal, Peru's chief negotiator said on Monday.\n\n"
            '"We need a text that everyone can sign," Carmen Rojas told reporters at a briefing in Lima. '
            '"Nobody wants another failure."\n',
            "Carmen Rojas",
            ("chief negotiator", "Peru"),
            id="chief negotiator",
        ),
        pytest.param(
            "Climate talks open in Nairobi\n\n"
            "NAIROBI, Jan 9 (AFP) - Climate negotiators will meet in Nairobi next week to agree a finance "
            "goal, Kenya's climate envoy said on Tuesday.\n\n"
            '"Africa cannot wait another decade," Daniel Mwangi said at a press conference.\n',
            "Daniel Mwangi",
            ("climate envoy", "Kenya"),
            id="climate envoy",
        ),
        pytest.param(
            "G7 finance talks in Ottawa\n\n"
            "OTTAWA, Jan 9 (Reuters) - G7 finance ministers will meet in Ottawa next week, Canada's G7 "
            "sherpa said on Friday.\n\n"
            '"The agenda is crowded but manageable," Marie Tremblay told reporters.\n',
            "Marie Tremblay",
            ("G7 sherpa", "Canada"),
            id="sherpa",
        ),
    ],
)
def test_wire_lead_speaker_named_next(text: str, name: str, expected: tuple[str, str]) -> None:
    assert _people(text)[name] == expected


def test_ministry_that_said_is_no_title() -> None:
    text = (
        "Trade ministers to meet in Lima\n\n"
        "LIMA, Jan 9 (Reuters) - Trade ministers will meet in Lima next week, Peru's foreign ministry said "
        "on Monday.\n\n"
        '"We need a text that everyone can sign," Carmen Rojas told reporters.\n'
    )
    assert _people(text)["Carmen Rojas"] == (None, None)
