"""Country rules, round 19 (pc19): a US party-and-state tag after a name ("Senator A (R-Ohio)") makes a
member of Congress American whoever issues the text; "a delegation of/from <state's words> ... led by A"
gives A that state; initials before a name that the text spells out as a city's own forum or conference
("the Xcity Security Forum (XSF) ... XSF President A") give A the city's state, not the forum as a body."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from tests.extract_helpers import person

_TODAY = date(2026, 3, 1)


def _country(text: str, name: str) -> str | None:
    return person(extract(text, today=_TODAY), name).country


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Embassy of Estonia\nMedia Advisory\n\nEstonian Defence Minister to visit Washington\n\n"
            "Estonian Defence Minister Kaarel Tamm will visit Washington on 4 March. He will attend a "
            "breakfast hosted by Senator Owen Pratt (R-Texas) at the Capitol.\n",
            "Owen Pratt",
        ),
        (
            "Ministry of Foreign Affairs of Lithuania\nPress release\n\nVice-minister visits Congress\n\n"
            "Vice-Minister Jonas Petraitis will hold a working breakfast with Senator Dana Whitlow (D-NY) on "
            "Tuesday.\n",
            "Dana Whitlow",
        ),
        (
            "Ministry of Foreign Affairs of Finland\nPress release\n\nMinister Lehto hosts US lawmakers\n\n"
            "Minister for Foreign Affairs Mikko Lehto received Senator Grace Holloway (I-VT) in Helsinki "
            "on Monday to discuss Arctic security.\n",
            "Grace Holloway",
        ),
    ],
)
def test_party_and_state_tag_makes_a_us_legislator(text: str, name: str) -> None:
    assert _country(text, name) == "United States"


def test_a_bracketed_home_state_is_no_party_tag() -> None:
    text = (
        "Senate committee meets in Canberra\n\nCANBERRA - Australian lawmakers met on Monday.\n\n"
        "Senator Kate Orr (Queensland) chaired the Senate committee hearing on defence procurement.\n"
    )
    assert _country(text, "Kate Orr") != "United States"


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Security forum opens in Oslo\n\nOSLO - The Nordic Security Forum opens on Friday.\n\n"
            "A bipartisan delegation of United States Senators will attend, led by Senator Owen Pratt.\n",
            "Owen Pratt",
            "United States",
        ),
        (
            "Security forum opens in Oslo\n\nOSLO - The Nordic Security Forum opens on Friday.\n\n"
            "A delegation from the Japanese Diet led by lawmaker Kenji Sato will also attend.\n",
            "Kenji Sato",
            "Japan",
        ),
        (
            "Ports conference in Lisbon\n\nLISBON - Ministers gather on Tuesday for a ports conference.\n\n"
            "A delegation from the Brazilian Congress headed by Deputy Ana Costa arrived on Monday.\n",
            "Ana Costa",
            "Brazil",
        ),
    ],
)
def test_delegation_of_a_states_words_led_by(text: str, name: str, country: str) -> None:
    assert _country(text, name) == country


def test_a_ministry_delegation_names_no_state() -> None:
    text = (
        "Security forum opens in Oslo\n\nOSLO - The Nordic Security Forum opens on Friday.\n\n"
        "A delegation from the Ministry of Defence led by State Secretary Per Holm will welcome guests.\n"
    )
    assert _country(text, "Per Holm") == "Norway"


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Forum opens in Berlin\n\nBERLIN - The Oslo Peace Forum (OPF) opens its Berlin session on "
            "Friday with 40 ministers. Oslo is its home.\n\n"
            '"We meet in hard times," said OPF President Ola Nordmann.\n',
            "Ola Nordmann",
            "Norway",
        ),
        (
            "Conference to open\n\nThe Warsaw Security Conference (WSC) will open on 3 March in Warsaw with "
            "30 ministers.\n\nWSC Chairman Piotr Lis said the agenda would focus on air defence.\n",
            "Piotr Lis",
            "Poland",
        ),
        (
            "Dialogue opens in Berlin\n\nBERLIN - The dialogue is hosted by the Madrid-based Centre for "
            "Strategic Policy (CSP) with 40 ministers.\n\n"
            '"We meet in hard times," said CSP President Luis Ortega.\n',
            "Luis Ortega",
            "Spain",
        ),
    ],
)
def test_initials_of_a_city_forum_before_a_name(text: str, name: str, country: str) -> None:
    assert _country(text, name) == country


def test_initials_of_an_international_forum_stay_the_body() -> None:
    text = (
        "Forum opens in Berlin\n\nBERLIN - The International Peace Forum (IPF) opens on Friday with 40 "
        "ministers.\n\n"
        '"We meet in hard times," said IPF President Ola Nordmann.\n'
    )
    assert _country(text, "Ola Nordmann") == "IPF"


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Minister heads abroad\n\nMANILA (PNA) - Foreign Minister Maria Santos "
            "will leave for Tokyo on Sunday "
            "for a three-day official visit.\n\nDuring the visit she will meet Trade Minister Sato Kenji.\n",
            "Sato Kenji",
            "Japan",
        ),
        (
            "Minister departs\n\nNAIROBI - Defence Cabinet Secretary John Mwangi "
            "left for Pretoria on Monday.\n\n"
            "He is expected to hold talks with Defence Minister Thandi Nkosi on border security.\n",
            "Thandi Nkosi",
            "South Africa",
        ),
        (
            "FM departs for talks\n\nISLAMABAD: Foreign Minister Tariq Khan "
            "departed for Beijing this morning "
            "on a two-day visit.\n\nA spokesperson said the minister would also "
            "meet Commerce Minister Wang Lei.\n",
            "Wang Lei",
            "China",
        ),
    ],
)
def test_people_met_where_a_datelined_traveller_leaves_for(text: str, name: str, country: str) -> None:
    assert _country(text, name) == country


def test_leaving_for_a_city_of_the_datelines_own_country_keeps_it() -> None:
    text = (
        "Minister heads south\n\nMANILA (PNA) - Foreign Minister Maria Santos "
        "will leave for Cebu on Sunday.\n\n"
        "During the visit she will meet Governor Ramon Cruz.\n"
    )
    assert _country(text, "Ramon Cruz") == "Philippines"


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Moore heads to Jakarta\n\nPrime Minister Rachel Moore will fly to Jakarta on Thursday to meet "
            "President Budi Santoso, the first visit by an Australian prime minister since 2019.\n\n"
            "Opposition Leader Mark Dunn said the visit would do little to ease tensions with Beijing.\n",
            "Mark Dunn",
            "Australia",
        ),
        (
            "Harlow heads to Tokyo\n\nPrime Minister Nigel Harlow travels to Tokyo on Monday for talks with "
            "Prime Minister Sato Kenji, the first visit by a British prime minister since 2022.\n\n"
            "Opposition foreign affairs spokeswoman Priya Shah said the trip was "
            "a distraction from Brussels.\n",
            "Priya Shah",
            "United Kingdom",
        ),
        (
            "Reid heads to Seoul\n\nPrime Minister Tom Reid will travel to Seoul next week for talks with "
            "President Lee Jae-won, the first visit by a New Zealand prime minister in six years.\n\n"
            "Opposition defence spokesman Hemi Walker said the trip would not change minds in Washington.\n",
            "Hemi Walker",
            "New Zealand",
        ),
    ],
)
def test_opposition_of_a_home_leader_abroad(text: str, name: str, country: str) -> None:
    assert _country(text, name) == country


def test_opposition_where_a_foreign_guest_arrives_is_the_hosts() -> None:
    text = (
        "Visitors head to Brisbane\n\nUS Secretary of State John Reed will arrive in Brisbane tomorrow for "
        "annual security talks with their Australian counterparts.\n\nForeign Minister Penny Wood will host "
        "the talks on Friday.\n\nThe Opposition defence spokesman, Andrew Hale, said the Coalition supported "
        "the talks.\n"
    )
    assert _country(text, "Andrew Hale") == "Australia"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "EU and Japan leaders meet in Brussels\n\nBRUSSELS (Reuters) - "
            "European Union and Japanese leaders "
            "meet in Brussels on Monday for their annual summit.\n\nEuropean Commission President Anna Berg "
            "will host Prime Minister Sato Kenji.\n\nThe EU wants more access for its farm exports.\n\n"
            "Agriculture Commissioner Pavel Novak will meet Japanese Farm Minister Ito Jun on Sunday.\n",
            "Pavel Novak",
        ),
        (
            "EU and Canada to talk defence in Brussels\n\nBRUSSELS (Reuters) - "
            "EU and Canadian officials meet "
            "in Brussels on Thursday.\n\nThe EU hopes to sign a security pact. "
            "EU officials said the pact was "
            "close.\n\nDefence and Space Commissioner Ilse Maas will co-chair "
            "the talks with Canadian Defence "
            "Minister Paul Roy.\n",
            "Ilse Maas",
        ),
        (
            "EU-India trade round opens in Brussels\n\nBRUSSELS (Reuters) - European Union and Indian "
            "negotiators open a new round of trade talks in Brussels on "
            "Monday.\n\nThe EU is pushing for lower "
            "tariffs on wine. EU diplomats expect slow progress.\n\nTrade Commissioner Lena Holm will meet "
            "Indian Commerce Minister Ravi Rao on Tuesday.\n",
            "Lena Holm",
        ),
    ],
)
def test_portfolio_commissioner_is_the_commissions(text: str, name: str) -> None:
    assert _country(text, name) == "European Union"


def test_a_high_commissioner_stays_a_states_envoy() -> None:
    text = (
        "Sri Lanka and India talks\n\nCOLOMBO (Reuters) - Sri Lankan and Indian officials meet in Colombo on "
        "Monday. ASEAN observers will attend. ASEAN officials said the talks mattered.\n\n"
        "High Commissioner Ravi Menon will attend the opening session.\n"
    )
    assert _country(text, "Ravi Menon") == "Sri Lanka"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The Global Institute for Maritime Studies\nEvents\n\nGIMS Ocean Dialogue 2026\n\n"
            "The GIMS Ocean Dialogue will convene in Jakarta from 3 to 5 May, hosted with the Indonesian "
            "foreign ministry.\n\nGIMS Director-General Helen Marsh will open the Dialogue on Friday.\n",
            "Helen Marsh",
        ),
        (
            "Maritime forum opens in Manila\n\nMANILA - Defence officials from "
            "ten countries gathered in Manila "
            "on Monday for a forum organised by the Regional Institute for Ocean Studies.\n\n"
            "RIOS President Mark Lowe said the forum would discuss coast guard cooperation.\n",
            "Mark Lowe",
        ),
        (
            "Security talks in Hanoi\n\nHANOI - The Asia Foundation for Peace "
            "Research opened its Hanoi office "
            "on Monday.\n\nAFPR Chair Linda Cole said the office would study maritime disputes.\n",
            "Linda Cole",
        ),
    ],
)
def test_officer_of_initials_spelled_out_as_a_think_tank_takes_no_host(text: str, name: str) -> None:
    assert _country(text, name) is None


def test_initials_spelled_out_as_a_ministry_keep_the_host() -> None:
    text = (
        "Ministry briefing in Tokyo\n\nTOKYO - The Ministry of Foreign Affairs "
        "said on Monday that talks would "
        "open in Tokyo on Friday.\n\nMOFA Director-General Sato Ken will brief reporters on the agenda.\n"
    )
    assert _country(text, "Sato Ken") == "Japan"


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Bhutan set to host Himalayan water ministers\n\nOfficials say glacier monitoring will top the "
            "agenda.\n\nForeign Minister Karma Dorji will chair the meeting at a "
            "hotel on Thursday, attended by "
            "ministers from Nepal and India.\n",
            "Karma Dorji",
            "Bhutan",
        ),
        (
            "Laos to host Mekong ministers next week\n\nWater Minister Somchai Vong will open the two-day "
            "meeting, with delegations from Thailand, Cambodia and Vietnam expected.\n",
            "Somchai Vong",
            "Laos",
        ),
        (
            "Estonia will host Baltic energy talks on Friday\n\nEconomy Minister Kadri Tamm will chair the "
            "session, joined by ministers from Latvia and Lithuania.\n",
            "Kadri Tamm",
            "Estonia",
        ),
    ],
)
def test_state_named_as_host_in_the_headline_hosts_its_officials(text: str, name: str, country: str) -> None:
    assert _country(text, name) == country


def test_a_host_not_opening_the_headline_is_not_read() -> None:
    text = (
        "Water ministers meet as Bhutan prepares to host next round\n\nForeign "
        "Minister Karma Dorji will chair "
        "the meeting at a hotel on Thursday, attended by ministers from Nepal and India.\n"
    )
    assert _country(text, "Karma Dorji") is None


_AMERIPOL = (
    "AMERIPOL\n\nPolice chiefs meet in Lima as AMERIPOL Andean Regional Conference opens\n\n"
    "LIMA, Peru - Police chiefs from 20 countries are gathered in Lima for AMERIPOL's 12th Andean Regional "
    "Conference, hosted by the Peruvian National Police.\n\n"
    "The conference was opened by Peru's Interior Minister Rosa Diaz and AMERIPOL Secretary General Jorge "
    "Salas.\n\n"
)


@pytest.mark.parametrize(
    "text, name, body",
    [
        (
            _AMERIPOL
            + "The bureau heads will meet on Friday under the chairmanship of AMERIPOL Vice-President "
            "for the Andes Lucia Mora.\n",
            "Lucia Mora",
            "AMERIPOL",
        ),
        (
            "AFRICUSTOMS\n\nCustoms chiefs gather in Nairobi as AFRICUSTOMS East Africa Regional Conference "
            "opens\n\nNAIROBI, Kenya - Customs chiefs are gathered in Nairobi for "
            "AFRICUSTOMS' 9th East Africa "
            "Regional Conference, hosted by the Kenya Revenue Authority.\n\nThe "
            "meeting was opened by Kenya's "
            "Treasury Secretary John Kamau and AFRICUSTOMS Secretary General Amina Bello.\n\n"
            "AFRICUSTOMS Vice-President for East Africa Peter Osei will chair the closing session.\n",
            "Peter Osei",
            "AFRICUSTOMS",
        ),
        (
            "PACFISH\n\nFisheries officials meet in Suva as PACFISH Pacific Regional Conference opens\n\n"
            "SUVA, Fiji - Officials are gathered in Suva for PACFISH's 7th "
            "Pacific Regional Conference, hosted "
            "by the Fiji Ministry of Fisheries.\n\nThe meeting was opened by Fiji's Fisheries Minister Semi "
            "Koroi and PACFISH Secretary General Mele Tonga.\n\n"
            "PACFISH Vice-President for Melanesia Sione Latu said catches had fallen.\n",
            "Sione Latu",
            "PACFISH",
        ),
    ],
)
def test_officer_under_a_peers_body_name_is_of_that_body(text: str, name: str, body: str) -> None:
    assert _country(text, name) == body


def test_a_states_service_before_a_title_is_no_peers_body() -> None:
    text = _AMERIPOL + "National Police Director Luis Paz will chair the closing session on Friday.\n"
    assert _country(text, "Luis Paz") == "Peru"


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Sahel conference opens at UN\n\nMinisters open a two-day conference on Mali and Niger at United "
            "Nations headquarters in New York on Monday, days after President "
            "Anna Lind said France would send "
            "200 trainers to the region.\n",
            "Anna Lind",
            "France",
        ),
        (
            "Donors meet on reconstruction at UN\n\nDonors meet at United "
            "Nations headquarters in New York on "
            "Tuesday on rebuilding Gaza and Lebanon, a week after Prime Minister Tomas Reyes announced that "
            "Spain will contribute 50 million euros.\n",
            "Tomas Reyes",
            "Spain",
        ),
        (
            "Naval coalition meets at UN\n\nDefence officials meet at United "
            "Nations headquarters in New York "
            "this week on shipping off Yemen and Somalia, two days after Defence "
            "Minister Karl Weber confirmed "
            "that Germany would join the mission.\n",
            "Karl Weber",
            "Germany",
        ),
    ],
)
def test_official_announcing_a_states_act_is_of_that_state(text: str, name: str, country: str) -> None:
    assert _country(text, name) == country


def test_a_state_whose_office_the_speaker_cannot_hold_is_not_given() -> None:
    text = (
        "Sahel conference opens at UN\n\nMinisters open a two-day conference on Mali and Niger at United "
        "Nations headquarters in New York on Monday, days after President Anna Lind said Sweden would send "
        "200 trainers to the region.\n"
    )
    assert _country(text, "Anna Lind") is None


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Security forum opens\n\nMANILA - More than 200 officials gather this "
            "week for the Oslo International "
            "Peace Forum (OSLOPF), which has met in Oslo since 2010.\n\n"
            '"We meet in hard times," said OSLOPF President Ola Nordmann.\n',
            "Ola Nordmann",
            "Norway",
        ),
        (
            "Forum announces programme\n\nJAKARTA - Officials gather in Jakarta "
            "for the 5th Kyoto Global Security "
            "Forum (KGSEC) this week. Kyoto hosted the first edition.\n\nKGSEC "
            "Chair Tanaka Yuki will open the "
            "forum.\n",
            "Tanaka Yuki",
            "Japan",
        ),
        (
            "Conference opens in Rabat\n\nRABAT - The Lisbon Atlantic Security "
            "Conference (LASEC) opens in Rabat "
            "on Friday. Lisbon hosted its first edition.\n\nLASEC President Rui "
            "Costa will give the keynote.\n",
            "Rui Costa",
            "Portugal",
        ),
    ],
)
def test_bracketed_initials_of_a_city_forum_before_a_name(text: str, name: str, country: str) -> None:
    assert _country(text, name) == country


def test_bracketed_initials_of_a_region_word_name_give_no_state() -> None:
    text = (
        "Conference opens in Madrid\n\nMADRID - The Latin American Defence Studies Group (LADSEC) opens its "
        "meeting in Madrid on Friday.\n\nLADSEC President Rui Costa will give the keynote.\n"
    )
    assert _country(text, "Rui Costa") is None


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "European Parliament\nPress release\n\nMEPs travel to Georgia\n\nA "
            "delegation of the Committee on "
            "Foreign Affairs will be in Tbilisi from 3 to 5 May. The delegation is led by Anna Kowalczyk "
            "(EPP, PL).\n\nAhead of the visit, Anna Kowalczyk said Georgia stood at a crossroads.\n",
            "Anna Kowalczyk",
            "Poland",
        ),
        (
            "European Parliament\nPress release\n\nMEPs visit Moldova\n\nThe "
            "delegation, led by Pierre Dubois "
            "(Renew, FR), will meet Moldovan ministers in Chisinau on 12 June.\n",
            "Pierre Dubois",
            "France",
        ),
        (
            "European Parliament\nPress release\n\nMEPs in Kyiv\n\nThe visit will be led by Nikos Pappas "
            "(S&D, EL), Vice-Chair of the Subcommittee on Security and Defence, who will meet Ukrainian "
            "officials in Kyiv.\n",
            "Nikos Pappas",
            "Greece",
        ),
    ],
)
def test_european_parliament_group_and_state_tag(text: str, name: str, country: str) -> None:
    assert _country(text, name) == country


def test_a_group_tag_without_a_state_gives_none() -> None:
    text = (
        "European Parliament\nPress release\n\nMEPs in Kyiv\n\nThe visit will be led by Nikos Pappas (S&D), "
        "Vice-Chair of the Subcommittee on Security and Defence, who will meet Ukrainian officials in Kyiv.\n"
    )
    assert _country(text, "Nikos Pappas") is None
