"""Main-event place rules, round 15, on invented announcements: a state's formal name is no town ("host
Republic of Korea Minister"); a town before a water word names the water ("a base at Xtown Bay"); a title
line's dash tail gives the visit's town ("Visit ... – Smalltown, 18 and 19 May"); a venue line of its own
gives the city ("X Convention Center Ycity, Ycity"); a gathering "in Xland" away from the dateline's country
takes the town of Xland the next sentences name; "in the Xish capital" (with or without the city's name)
over another country's dateline; a world region is no town ("from Central America"); a gathering "which will
be held in X" or a city "next year" is another event's; a city inside a longer person's name is no place;
a country is a city-state only where it is its own capital ("to El Salvador"); "St. X" = "Saint X"; a
city's own "'s" ("St. George's") and apostrophe ("Nuku'alofa") are kept. Each text failed before."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2026, 3, 1)


def _place(text: str) -> tuple[str | None, str | None]:
    ev = extract(text, today=_TODAY).main_event
    assert ev is not None
    return ev.place, ev.timezone


FIXED = [
    pytest.param(
        (
            "Secretary Whitmore to Host Republic of the Philippines Foreign Secretary\n"
            "\n"
            "Secretary of State Caroline Whitmore will host Republic of the Philippines Secretary "
            "of Foreign Affairs Teresa Lazaro at the Department of State on April 7.\n"
            "\n"
            "The Secretary and Foreign Secretary Lazaro will discuss maritime security in the South "
            "China Sea and the U.S.-Philippines alliance.\n"
        ),
        None,
        None,
        id="a1-republic-philippines-state",
    ),
    pytest.param(
        (
            "Press Release No. 112\n"
            "May 2, 2026\n"
            "\n"
            "Visit to Paraguay of the Minister of Foreign Affairs of the Republic of Korea, Cho "
            "Hyun-woo – Asunción, May 11 and 12, 2026\n"
            "\n"
            "The Minister of Foreign Affairs of the Republic of Korea, Cho Hyun-woo, will pay an "
            "official visit to Paraguay on May 11 and 12. He will be received by the Paraguayan "
            "Foreign Minister, Rubén Ortiz, at the Palacio de López.\n"
            "\n"
            "They will discuss trade and investment, including the launch of talks on a trade "
            "agreement with Mercosur, to be held in Montevideo.\n"
        ),
        "Asunción",
        "America/Asuncion",
        id="a3-dash-tail-asuncion",
    ),
    pytest.param(
        (
            "Communiqué No. 45\n"
            "9 March 2026\n"
            "\n"
            "Official visit of the Minister of Foreign Affairs of Portugal, João Mendes Cardoso - "
            "Dakar, 16 and 17 March 2026\n"
            "\n"
            "The Minister of Foreign Affairs of Portugal, João Mendes Cardoso, will pay an official "
            "visit to Senegal on 16 and 17 March. He will be received by the Minister of Foreign "
            "Affairs, Aminata Diop, at the Ministry.\n"
            "\n"
            "The ministers will review preparations for the Africa-Europe summit to be held in "
            "Abidjan.\n"
        ),
        "Dakar",
        "Africa/Dakar",
        id="a3-dash-tail-dakar",
    ),
    pytest.param(
        (
            "Press Release\n"
            "20 August 2026\n"
            "\n"
            "Working visit of the Minister of State for Foreign Affairs of Ghana, Kwame Asante — "
            "Lomé, 27 August 2026\n"
            "\n"
            "The Minister of State for Foreign Affairs of Ghana, Kwame Asante, will pay a working "
            "visit to Togo on 27 August. He will be received at the Presidency by the Minister of "
            "Foreign Affairs of Togo, Komlan Agbo.\n"
            "\n"
            "They will discuss the Abidjan-Lagos corridor and security in the Sahel, a subject also "
            "on the agenda of the ECOWAS summit in Abuja.\n"
        ),
        "Lomé",
        "Africa/Lome",
        id="a3-dash-tail-lome",
    ),
    pytest.param(
        (
            "OSCE Permanent Council, Special Session, 18 March 2026\n"
            "\n"
            "Meeting information\n"
            "Hofburg Congress Center, Vienna, Austria\n"
            "Wednesday, 18 March 2026\n"
            "10:00\n"
            "\n"
            "The Permanent Council will hold a special session chaired by the "
            "Chairperson-in-Office, Foreign Minister Elina Korhonen.\n"
        ),
        "Vienna",
        "Europe/Vienna",
        id="a4-venue-line-vienna",
    ),
    pytest.param(
        (
            "Nordic-Baltic Defence Ministers' Meeting, 9 June 2026\n"
            "\n"
            "Meeting details\n"
            "Kultuurikatel Conference Centre, Tallinn\n"
            "Tuesday, 9 June 2026\n"
            "\n"
            "Defence ministers will discuss air defence in the Baltic region and support for "
            "Ukraine.\n"
        ),
        "Tallinn",
        "Europe/Tallinn",
        id="a4-venue-line-tallinn",
    ),
    pytest.param(
        (
            "Pacific ministers to meet in Tuvalu on sea-level rise\n"
            "\n"
            "Suva (AFP) - Pacific foreign ministers will gather in Tuvalu next week for talks on "
            "sea-level rise and statehood.\n"
            "\n"
            "The meeting runs from Monday to Wednesday in Funafuti, the low-lying nation's "
            "capital.\n"
            "\n"
            'Fiji\'s foreign minister said the talks would be "about survival".\n'
        ),
        "Funafuti",
        "Pacific/Funafuti",
        id="a5-tuvalu-funafuti",
    ),
    pytest.param(
        (
            "South Asian ministers to meet in Bhutan\n"
            "\n"
            "New Delhi (AFP) - Environment ministers from South Asia will convene in Bhutan next "
            "week to discuss Himalayan glaciers.\n"
            "\n"
            "The talks run from Monday to Tuesday in Paro, a town in the kingdom's west.\n"
            "\n"
            "India's minister will attend.\n"
        ),
        "Paro",
        "Asia/Thimphu",
        id="a5-bhutan-paro",
    ),
    pytest.param(
        (
            "Secretary Whitmore to Host Republic of Singapore Foreign Minister\n"
            "\n"
            "Secretary of State Caroline Whitmore will host Republic of Singapore Minister for "
            "Foreign Affairs Lionel Tan at the Department of State on May 19.\n"
            "\n"
            "The Secretary and Minister Tan will discuss the U.S.-Singapore Strategic Partnership, "
            "semiconductors and security in the Indo-Pacific.\n"
        ),
        None,
        None,
        id="a1-republic-singapore",
    ),
    pytest.param(
        (
            "Secretary of Defense to Host Republic of Fiji Minister for Defence\n"
            "\n"
            "Secretary of Defense Marcus T. Redfield will host Republic of Fiji Minister for "
            "Defence and Veterans Affairs Pio Tikoduadua at the Pentagon on June 23.\n"
            "\n"
            "The two leaders will discuss U.S.-Fiji maritime security cooperation and humanitarian "
            "assistance.\n"
        ),
        None,
        None,
        id="a1-republic-fiji",
    ),
    pytest.param(
        (
            "Deputy Secretary to Host Union of the Comoros Foreign Minister\n"
            "\n"
            "Deputy Secretary of State Harold Bristow will host Union of the Comoros Minister of "
            "Foreign Affairs Dhoihir Dhoulkamal at the Department of State on July 14.\n"
            "\n"
            "They will discuss U.S. support for maritime security in the Mozambique Channel and "
            "economic development.\n"
        ),
        None,
        None,
        id="a1-union-comoros-dos",
    ),
    pytest.param(
        (
            "Korea's defence minister to visit the Philippines\n"
            "\n"
            "MANILA (AP) — South Korea's defence minister will visit the Philippines on Sept. 8-9 "
            "for talks on naval cooperation, officials said on Monday.\n"
            "\n"
            "Ahn Gyu-baek will meet Defense Secretary Ramon Villanueva in Manila on Sept. 8.\n"
            "\n"
            "On Sept. 9, Ahn is scheduled to tour a shipyard at Olongapo Bay, the officials said.\n"
        ),
        "Manila",
        "Asia/Manila",
        id="a2-subic-like-olongapo",
    ),
    pytest.param(
        (
            "Japan defence minister to visit Thailand\n"
            "\n"
            "BANGKOK, Jan 5 (Reuters) - Japan's defence minister will visit Thailand on Jan 14-15 "
            "for talks on defence equipment, officials said on Monday.\n"
            "\n"
            "Sota Kameyama will meet Thai Defence Minister Somchai Rattanakul in Bangkok on Jan "
            "14.\n"
            "\n"
            "On Jan 15, Kameyama will visit the Royal Thai Navy's base at Sattahip Bay.\n"
        ),
        "Bangkok",
        "Asia/Bangkok",
        id="a2-sattahip-bay",
    ),
    pytest.param(
        (
            "Eastern Partnership Foreign Ministers' Meeting, 4 September 2026\n"
            "\n"
            "Venue information\n"
            "Radisson Blu Iveria Hotel, Tbilisi\n"
            "Friday, 4 September 2026\n"
            "\n"
            "Ministers will discuss connectivity across the Black Sea under the chairmanship of the "
            "Minister of Foreign Affairs, Nino Kapanadze.\n"
        ),
        "Tbilisi",
        "Asia/Tbilisi",
        id="a4-venue-line-hotel",
    ),
    pytest.param(
        (
            "Pacific ministers to meet in Kiribati\n"
            "\n"
            "Apia (AFP) - Pacific energy ministers will meet in Kiribati next week to discuss fuel "
            "prices and solar power.\n"
            "\n"
            "The talks run from Monday to Wednesday in Tarawa, the atoll nation's capital.\n"
            "\n"
            "Samoa's minister will attend.\n"
        ),
        "Tarawa",
        "Pacific/Tarawa",
        id="a5-kiribati-tarawa",
    ),
    pytest.param(
        (
            "Melanesian leaders to gather in Vanuatu\n"
            "\n"
            "Port Moresby (AFP) - Melanesian Spearhead Group leaders will gather in Vanuatu next "
            "week for their summit.\n"
            "\n"
            "The summit runs from Tuesday to Thursday in Luganville, the country's second town.\n"
            "\n"
            "Papua New Guinea's prime minister will attend.\n"
        ),
        "Luganville",
        "Pacific/Efate",
        id="a5-vanuatu-luganville",
    ),
    pytest.param(
        (
            "President to receive the Prime Minister of Senegal\n"
            "\n"
            "The President of the Republic, Étienne Marchal, will receive the Prime Minister of the "
            "Republic of Senegal, Abdou Karim Sarr, at the Élysée Palace on Wednesday 6 May 2026.\n"
            "\n"
            "The two leaders will review bilateral cooperation in energy, agriculture and "
            "vocational training, and exchange views on security in the Sahel.\n"
            "\n"
            "They will also prepare the Africa-France Summit, which will be held in Nairobi next "
            "year.\n"
            "\n"
            "A working lunch will follow their talks.\n"
            "\n"
            "A joint press statement is planned at 1 p.m. in the Salle des Fêtes.\n"
        ),
        None,
        None,
        id="03-elysee-venue-only",
    ),
    pytest.param(
        (
            "ASEAN ministers to meet on South China Sea code\n"
            "\n"
            "SINGAPORE (AP) — Foreign ministers of the Association of Southeast Asian Nations will "
            "meet next week in the Malaysian capital, Kuala Lumpur, to push talks on a long-delayed "
            "code of conduct in the South China Sea.\n"
            "\n"
            "The meeting on July 8 will be chaired by Malaysian Foreign Minister Ahmad Zaki "
            "Harun.\n"
            "\n"
            "Singapore's foreign minister, Lionel Tan, told reporters on Friday that he expected "
            '"a frank discussion" about incidents at sea.\n'
            "\n"
            "China's foreign minister is expected to join a separate session with ASEAN "
            "counterparts on July 9.\n"
            "\n"
            "The ministers last met in Vientiane in January.\n"
        ),
        "Kuala Lumpur",
        "Asia/Kuala_Lumpur",
        id="04-malaysian-capital-named",
    ),
    pytest.param(
        (
            "Japan, Malaysia to hold first 2+2 talks\n"
            "\n"
            'TOKYO, Feb 12 (Kyodo) -- Japan and Malaysia will hold their first "2+2" security talks '
            "involving foreign and defense ministers in the Malaysian capital on Feb 20, the "
            "Japanese government said Thursday.\n"
            "\n"
            "Foreign Minister Kenji Moriyama and Defense Minister Haruto Ishizaki will meet their "
            "Malaysian counterparts to discuss maritime security and defense equipment transfers.\n"
            "\n"
            "The talks come as Tokyo seeks to deepen security ties with Southeast Asian nations "
            "facing China's growing assertiveness.\n"
            "\n"
            "Japan held similar talks with Indonesia in Jakarta last year.\n"
        ),
        "Kuala Lumpur",
        "Asia/Kuala_Lumpur",
        id="05-malaysian-capital-bare",
    ),
    pytest.param(
        (
            "Central American foreign ministers to meet on migration\n"
            "\n"
            "PANAMA CITY, Sept 2 (Reuters) - Foreign ministers from Central America, Mexico and "
            "Colombia will meet in Panama City on Sept 10 to coordinate their response to record "
            "migration through the Darien jungle, Panama's foreign ministry said on Tuesday.\n"
            "\n"
            "Panamanian Foreign Minister Esteban Arosemena will chair the meeting.\n"
            "\n"
            "U.S. Assistant Secretary of State for Western Hemisphere Affairs Laura Benning is "
            "expected to attend as an observer.\n"
            "\n"
            '"No country can handle this alone," Arosemena told reporters.\n'
            "\n"
            "A previous round of talks was held in Guatemala City in March.\n"
        ),
        "Panama City",
        "America/Panama",
        id="08-panama-city",
    ),
    pytest.param(
        (
            "Deputy Secretary to Travel to Tonga\n"
            "\n"
            "Media Note\n"
            "Office of the Spokesperson\n"
            "August 3, 2026\n"
            "\n"
            "Deputy Secretary of State Harold Bristow will travel to Nuku'alofa, Tonga, on August "
            "6-7 to lead the U.S. delegation to the Pacific Islands Forum Post-Forum Dialogue.\n"
            "\n"
            "Deputy Secretary Bristow will meet with Tongan Prime Minister Siaosi Fifita and with "
            "leaders from across the Pacific to discuss climate resilience, maritime security and "
            "economic development.\n"
            "\n"
            "He will also announce new U.S. assistance for disaster preparedness.\n"
            "\n"
            "The Forum's leaders met in Honiara last year.\n"
        ),
        "Nuku'alofa",
        "Pacific/Tongatapu",
        id="11-nukualofa",
    ),
    pytest.param(
        (
            "Secretary Whitmore to Meet Cypriot Foreign Minister\n"
            "\n"
            "Media Note\n"
            "Office of the Spokesperson\n"
            "June 1, 2026\n"
            "\n"
            "Secretary of State Caroline Whitmore will host Paris Kyriakou, the Minister of Foreign "
            "Affairs of the Republic of Cyprus, at the Department of State on June 3.\n"
            "\n"
            "The Secretary and Foreign Minister Kyriakou will discuss energy security in the "
            "Eastern Mediterranean, regional stability, and Cyprus's upcoming Presidency of the "
            "Council of the European Union.\n"
            "\n"
            "The two last met on the margins of the NATO Foreign Ministers' Meeting.\n"
        ),
        None,
        None,
        id="b01-person-paris-venue-only",
    ),
    pytest.param(
        (
            "Foreign Secretary to visit Maldives\n"
            "\n"
            "Foreign Secretary Vikram Anand will visit Malé on 4 and 5 February for Foreign Office "
            "Consultations with the Maldives.\n"
            "\n"
            "He will hold talks with the Foreign Secretary of the Maldives, Aishath Shiham, and "
            "call on the President.\n"
            "\n"
            "The two sides will review projects under India's development partnership and discuss "
            "the Colombo Security Conclave.\n"
            "\n"
            "The previous round of consultations was held in New Delhi.\n"
        ),
        "Malé",
        "Indian/Maldives",
        id="b07-male-maldives",
    ),
    pytest.param(
        (
            "Secretary to lead delegation to inauguration in El Salvador\n"
            "\n"
            "Media Note\n"
            "Office of the Spokesperson\n"
            "May 26, 2026\n"
            "\n"
            "Secretary of State Caroline Whitmore will travel to El Salvador on June 1 to lead the "
            "Presidential Delegation to the inauguration of President-elect Rodrigo Menjívar in San "
            "Salvador.\n"
            "\n"
            "While in San Salvador, the Secretary will meet with President-elect Menjívar to "
            "discuss migration, security and economic cooperation.\n"
            "\n"
            "The Secretary will return to Washington on June 2.\n"
        ),
        "San Salvador",
        "America/El_Salvador",
        id="b08-el-salvador-san-salvador",
    ),
    pytest.param(
        (
            "Polish president to visit Ukraine\n"
            "\n"
            "WARSAW, Aug 20 (PAP) - Polish President Andrzej Wolski will hold talks with Ukraine's "
            "President Oleh Marchenko in the Ukrainian capital on Aug 24, Ukraine's Independence "
            "Day, his office said on Wednesday.\n"
            "\n"
            "The presidents will discuss reconstruction, grain exports and Ukraine's path to the "
            "European Union.\n"
            "\n"
            "Wolski last visited Ukraine a year ago.\n"
        ),
        "Kyiv",
        "Europe/Kyiv",
        id="b10-ukrainian-capital-bare",
    ),
    pytest.param(
        (
            "Australian PM to visit Vietnam\n"
            "\n"
            "SYDNEY (AAP) - Prime Minister Neil Carrington will travel to the Vietnamese capital "
            "Hanoi on June 3 for talks with Vietnam's Prime Minister Pham Quoc Huy on trade and "
            "maritime security.\n"
            "\n"
            "The visit follows the upgrade of relations to a comprehensive strategic partnership.\n"
            "\n"
            "Carrington is expected to announce new scholarships for Vietnamese students.\n"
        ),
        "Hanoi",
        "Asia/Bangkok",
        id="c03-vietnamese-capital-no-comma",
    ),
    pytest.param(
        (
            "Belarusian, Russian leaders to meet\n"
            "\n"
            "MINSK (BelTA) - The presidents of Belarus and Russia will meet in St. Petersburg on "
            "Dec 26 for an informal summit of the Commonwealth of Independent States, the "
            "Belarusian leader's press service said.\n"
            "\n"
            "The leaders will also discuss the Union State's budget.\n"
            "\n"
            "They last met in Minsk in November.\n"
        ),
        "St. Petersburg",
        "Europe/Moscow",
        id="c13-st-petersburg",
    ),
    pytest.param(
        (
            "Security ministers to meet in Colombia\n"
            "\n"
            "BOGOTA (Reuters) - Security ministers from Central America and the Caribbean will meet "
            "in Bogotá on Oct 8 to coordinate action against cocaine trafficking, Colombia's "
            "defence ministry said.\n"
            "\n"
            "Colombian Defence Minister Iván Cárdenas will chair the meeting.\n"
            "\n"
            "U.S. officials will attend as observers.\n"
        ),
        "Bogotá",
        "America/Bogota",
        id="d-region-latin",
    ),
    pytest.param(
        (
            "Ministers from Central Africa to meet on refugees\n"
            "\n"
            "Ministers from Central Africa and the Great Lakes will meet in Nairobi on 14 May to "
            "discuss refugee flows, Kenya's foreign ministry said.\n"
            "\n"
            "Kenyan Cabinet Secretary Joseph Mwangi Karanja will host the meeting.\n"
            "\n"
            "The U.S. Assistant Secretary of State for African Affairs will attend.\n"
        ),
        "Nairobi",
        "Africa/Nairobi",
        id="d-region-east-africa",
    ),
    pytest.param(
        (
            "Secretary Whitmore to Meet Peruvian Foreign Minister\n"
            "\n"
            "Secretary of State Caroline Whitmore will host Lima Vargas Llosa, Peru's Minister of "
            "Foreign Affairs, at the Department of State on May 20.\n"
            "\n"
            "The Secretary and Foreign Minister Vargas will discuss the U.S.-Peru Trade Promotion "
            "Agreement.\n"
        ),
        None,
        None,
        id="d-person-lima",
    ),
    pytest.param(
        (
            "Secretary of Defense to Host Bulgarian Minister of Defense\n"
            "\n"
            "Secretary of Defense Marcus T. Redfield will host Sofia Petrova-Ivanova, Bulgaria's "
            "Minister of Defense, at the Pentagon on March 18.\n"
            "\n"
            "The two leaders will discuss Black Sea security and U.S. Army rotations in Bulgaria.\n"
        ),
        None,
        None,
        id="d-person-sofia",
    ),
    pytest.param(
        (
            "CARICOM heads to meet in Grenada\n"
            "\n"
            "The Conference of Heads of Government of the Caribbean Community will meet in St. "
            "George's on 6 and 7 July.\n"
            "\n"
            "Grenada's Prime Minister Dickon Mitchell-Baptiste will chair the meeting.\n"
        ),
        "St. George's",
        "America/Grenada",
        id="d-saint-st-georges",
    ),
    pytest.param(
        (
            "Russian and Chinese foreign ministers to meet\n"
            "\n"
            "MOSCOW (Reuters) - Russia's foreign minister will host his Chinese counterpart in St "
            "Petersburg on June 18, the Russian foreign ministry said.\n"
            "\n"
            "The ministers will discuss energy and the Shanghai Cooperation Organisation.\n"
        ),
        "St Petersburg",
        "Europe/Moscow",
        id="d-saint-stpete-short",
    ),
    pytest.param(
        (
            "Kazakh president to attend economic forum in Russia\n"
            "\n"
            "ASTANA (Reuters) - Kazakhstan's president will attend the International Economic Forum "
            "in St. Petersburg on June 18-20, his office said.\n"
            "\n"
            "He will hold talks with Russia's president on the sidelines.\n"
        ),
        "St. Petersburg",
        "Europe/Moscow",
        id="d-saint-stpete-forum",
    ),
    pytest.param(
        (
            "President to Receive the Prime Minister of Japan\n"
            "\n"
            "The President of the Republic will receive the Prime Minister of Japan, Yoshio Hamada, "
            "at the Quirinale Palace on 14 April.\n"
            "\n"
            "The two leaders will discuss preparations for the Expo, which will be held in Osaka in "
            "2031.\n"
            "\n"
            "A working dinner will follow.\n"
        ),
        None,
        None,
        id="d-later-year-games",
    ),
    pytest.param(
        (
            "Chancellor to Receive Indonesian President\n"
            "\n"
            "The Federal Chancellor will receive the President of Indonesia, Bambang Wiranto, at "
            "the Federal Chancellery on 3 June.\n"
            "\n"
            "The two leaders will prepare the EU-ASEAN Summit, to be held in Jakarta next year.\n"
        ),
        None,
        None,
        id="d-later-year-summit",
    ),
    pytest.param(
        (
            "Gaza ceasefire talks to resume\n"
            "\n"
            "CAIRO (Reuters) - Negotiators will resume talks on a Gaza ceasefire in the Qatari "
            "capital on Sunday, two Egyptian security sources said.\n"
            "\n"
            "An Egyptian delegation will attend, the sources said.\n"
            "\n"
            "The last round ended without agreement.\n"
        ),
        "Doha",
        "Asia/Qatar",
        id="d-capital-qatari",
    ),
    pytest.param(
        (
            "Central Asian leaders to meet\n"
            "\n"
            "ALMATY (Reuters) - Central Asian leaders will meet next week in the Kyrgyz capital, "
            "Bishkek, for a consultative summit.\n"
            "\n"
            "The summit on Aug 5 will be chaired by the Kyrgyz president.\n"
            "\n"
            "Officials in Almaty said energy and water sharing would top the agenda.\n"
        ),
        "Bishkek",
        "Asia/Bishkek",
        id="d-capital-comma-kyrgyz",
    ),
    pytest.param(
        (
            "Thai PM to visit Laos\n"
            "\n"
            "BANGKOK (AP) — Thailand's prime minister will travel to the Lao capital Vientiane on "
            "Friday for talks on electricity trade and the Mekong River.\n"
            "\n"
            "He will meet the Lao prime minister at the Presidential Palace.\n"
        ),
        "Vientiane",
        "Asia/Vientiane",
        id="d-capital-nocomma-lao",
    ),
    pytest.param(
        (
            "Foreign Minister to visit El Salvador\n"
            "\n"
            "The Minister of Foreign Affairs, Esteban Arosemena, will travel to El Salvador on 9 "
            "March for the Central American Integration System ministerial meeting in San "
            "Salvador.\n"
            "\n"
            "He will also meet the Salvadoran Foreign Minister.\n"
        ),
        "San Salvador",
        "America/El_Salvador",
        id="d-state-elsalvador-2",
    ),
    pytest.param(
        (
            "SICA ministers to meet\n"
            "\n"
            "GUATEMALA CITY (AP) — Guatemala's foreign minister will fly to El Salvador on Thursday "
            "to attend a regional security conference in San Salvador, the ministry said.\n"
            "\n"
            "The conference will focus on gang violence and migration.\n"
        ),
        "San Salvador",
        "America/El_Salvador",
        id="d-state-elsalvador-3",
    ),
]

UNCHANGED = [
    pytest.param(
        (
            "Secretary of Defense to Travel to the Republic of Korea\n"
            "\n"
            "Secretary of Defense Marcus T. Redfield will host Republic of Korea Minister of "
            "National Defense Ahn Gyu-baek in Seoul, Republic of Korea, on Thursday, March 12.\n"
            "\n"
            "The two leaders will discuss extended deterrence.\n"
        ),
        "Seoul",
        "Asia/Seoul",
        id="a1-neg-seoul",
    ),
    pytest.param(
        (
            "Press Release - 3 May 2026\n"
            "\n"
            "The Minister of Foreign Affairs of the Republic of Korea, Cho Hyun-woo, will pay an "
            "official visit to Paraguay and Uruguay from May 11 to 14.\n"
            "\n"
            "He will be received by the Paraguayan Foreign Minister, Rubén Ortiz, in Asunción, and "
            "by the Uruguayan Foreign Minister in Montevideo.\n"
        ),
        None,
        None,
        id="a3-neg-release-date",
    ),
    pytest.param(
        (
            "Ministry of Foreign Affairs, Wellington\n"
            "\n"
            "Foreign Minister to visit Chile and Peru\n"
            "\n"
            "Foreign Minister Winston Pereira will visit Chile and Peru from 9 to 13 March.\n"
            "\n"
            "He will meet his counterparts in Santiago and Lima.\n"
        ),
        None,
        None,
        id="a4-neg-letterhead",
    ),
    pytest.param(
        (
            "Pacific leaders to meet in Australia\n"
            "\n"
            "Sydney (AFP) - Pacific island leaders will gather in Australia next week for their "
            "annual summit.\n"
            "\n"
            "The meeting runs from Tuesday to Friday at the Sydney Convention Centre.\n"
        ),
        "Sydney",
        "Australia/Sydney",
        id="a5-neg-same-country",
    ),
    pytest.param(
        (
            "Japan defence minister to visit Thailand\n"
            "\n"
            "BANGKOK, Jan 5 (Reuters) - Japan's defence minister will visit Thailand on Jan 14-15 "
            "for talks on defence equipment, officials said on Monday.\n"
            "\n"
            "Sota Kameyama will meet Thai Defence Minister Somchai Rattanakul in Bangkok on Jan "
            "14.\n"
            "\n"
            "On Jan 15, Kameyama will visit the Royal Thai Navy's base at Sattahip.\n"
        ),
        None,
        None,
        id="a2-neg-two-cities",
    ),
    pytest.param(
        (
            "Trade minister to lead business delegation to Indonesia\n"
            "\n"
            "Trade Minister Sydney Harrington will visit Indonesia from 14 to 16 October to promote "
            "Australian education and agricultural exports.\n"
            "\n"
            "In Jakarta, Minister Harrington will meet Indonesia's Minister of Trade, Dwi Prasetyo, "
            "and co-chair the Australia-Indonesia Trade Ministers' Meeting on 15 October.\n"
            "\n"
            "She will also address the Indonesia-Australia Business Forum.\n"
            "\n"
            "Minister Harrington said: \"Indonesia will soon be one of the world's largest "
            'economies."\n'
            "\n"
            "Media enquiries: Office of the Minister for Trade, Canberra.\n"
        ),
        "Jakarta",
        "Asia/Jakarta",
        id="09-person-named-like-city",
    ),
    pytest.param(
        (
            "Foreign Minister to visit Japan\n"
            "\n"
            "Foreign Minister Ingrid Solberg will pay an official visit to Japan from 11 to 13 "
            "May.\n"
            "\n"
            "On 11 May, she will hold talks in Tokyo with Japanese Foreign Minister Takeshi Onoda "
            "on trade, Arctic research and Indo-Pacific security.\n"
            "\n"
            "On 12 May, Minister Solberg will travel to Osaka, where she will meet the Governor of "
            "Osaka Prefecture and visit a hydrogen research centre.\n"
            "\n"
            "She will return to Tokyo on 13 May to deliver a lecture at Keio University.\n"
            "\n"
            '"Japan is one of our most important partners in Asia," Solberg said.\n'
        ),
        None,
        None,
        id="13-one-country-two-cities",
    ),
    pytest.param(
        (
            "Minister for Pacific Affairs to visit Fiji, Samoa and Tonga\n"
            "\n"
            "The Minister for Pacific Affairs, Rebecca Tane, will travel to Fiji, Samoa and Tonga "
            "from 3 to 9 June.\n"
            "\n"
            "In Suva, Minister Tane will meet Fijian Prime Minister Jone Vakatale and the Secretary "
            "General of the Pacific Islands Forum.\n"
            "\n"
            "In Apia, she will hold talks with Samoa's Prime Minister, Tuilagi Malietoa Lemalu.\n"
            "\n"
            "The visit will conclude in Nuku'alofa, where the Minister will open a new solar power "
            "station.\n"
            "\n"
            '"Our Pacific partnerships are at the heart of our foreign policy," Minister Tane '
            "said.\n"
        ),
        None,
        None,
        id="14-multistop-trip",
    ),
    pytest.param(
        (
            "Norway to host talks on Sudan ceasefire\n"
            "\n"
            "OSLO, Oct 14 (Reuters) - Norway will host a new round of talks on a ceasefire in Sudan "
            "in Oslo on Oct 21, the Norwegian foreign ministry said on Tuesday.\n"
            "\n"
            "Foreign Minister Henrik Aasland will open the talks, which will bring together envoys "
            "from the warring parties, the African Union and the United Nations.\n"
            "\n"
            "The last round of talks was held in Geneva in August and ended without agreement.\n"
            "\n"
            "The next round is expected to take place in Addis Ababa in December if the Oslo "
            "meeting makes progress.\n"
            "\n"
            '"There is no military solution," Aasland said.\n'
        ),
        "Oslo",
        "Europe/Oslo",
        id="17-past-and-next-distractors",
    ),
    pytest.param(
        (
            "Defence ministers to gather for annual security forum\n"
            "\n"
            "Defence ministers and military chiefs from more than 40 countries will attend the "
            "Shangri-La Dialogue at the Shangri-La Hotel in Singapore from 29 to 31 May.\n"
            "\n"
            "Prime Minister Lawrence Goh will deliver the keynote address on the opening evening.\n"
            "\n"
            "Chinese Defence Minister Dong Liang is expected to attend for the first time since "
            "2024.\n"
            "\n"
            "The forum is organised by the International Institute for Strategic Studies, a "
            "London-based think tank.\n"
        ),
        "Singapore",
        "Asia/Singapore",
        id="22-venue-and-city",
    ),
    pytest.param(
        (
            "India, Australia to hold foreign ministers' framework dialogue\n"
            "\n"
            "NEW DELHI, Jan 8 (Reuters) - Australian Foreign Minister Helena Marchetti will hold "
            "talks with her Indian counterpart in the Indian capital on Jan 15, India's foreign "
            "ministry said on Thursday.\n"
            "\n"
            "The ministers will discuss critical minerals, education and maritime security.\n"
            "\n"
            "Marchetti will then travel to Mumbai to meet business leaders.\n"
            "\n"
            "The two met in Canberra in November.\n"
        ),
        "New Delhi",
        "Asia/Kolkata",
        id="27-indian-capital-dateline",
    ),
    pytest.param(
        (
            "Ministers to meet in Panama\n"
            "\n"
            "Foreign ministers of Colombia, Costa Rica and the United States will meet in Panama "
            "City on Sept 10 to discuss migration, Panama's foreign ministry said.\n"
            "\n"
            "Panamanian Foreign Minister Esteban Arosemena will chair the meeting.\n"
        ),
        "Panama City",
        "America/Panama",
        id="d-region-neg",
    ),
    pytest.param(
        (
            "Secretary of Defense to Travel to Bulgaria\n"
            "\n"
            "Secretary of Defense Marcus T. Redfield will host Bulgaria's Minister of Defense, "
            "Nikolai Petrov, in Sofia on March 18 for U.S.-Bulgaria defense talks.\n"
            "\n"
            "The two leaders will discuss Black Sea security.\n"
        ),
        "Sofia",
        "Europe/Sofia",
        id="d-person-neg",
    ),
    pytest.param(
        (
            "Trade ministers to meet in Missouri\n"
            "\n"
            "The U.S. Trade Representative will host trade ministers from Canada and Mexico in St. "
            "Louis on 9 June for talks on the USMCA review.\n"
            "\n"
            "The ministers will also visit a rail freight hub.\n"
        ),
        "St. Louis",
        "America/Chicago",
        id="d-saint-neg-louis",
    ),
    pytest.param(
        (
            "President to Receive the Prime Minister of Japan\n"
            "\n"
            "The President of the Republic will receive the Prime Minister of Japan, Yoshio Hamada, "
            "in Rome on 14 April.\n"
            "\n"
            "The two leaders will discuss preparations for the Expo, which will be held in Osaka in "
            "2031.\n"
        ),
        "Rome",
        "Europe/Rome",
        id="d-later-year-neg",
    ),
    pytest.param(
        (
            "HANOI (VNA) – Vietnam will host the ASEAN defence senior officials' meeting in the "
            "Vietnamese capital on May 12.\n"
            "\n"
            "Deputy Defence Minister Hoang Xuan Chien will chair the meeting.\n"
        ),
        "Hanoi",
        "Asia/Bangkok",
        id="d-capital-neg-same",
    ),
]


@pytest.mark.parametrize(("text", "place", "tz"), FIXED)
def test_place_round15(text: str, place: str | None, tz: str | None) -> None:
    got, zone = _place(text)
    assert got == place
    if place is not None and tz is not None:
        assert zone == tz


@pytest.mark.parametrize(("text", "place", "tz"), UNCHANGED)
def test_place_round15_near_misses_unchanged(text: str, place: str | None, tz: str | None) -> None:
    got, zone = _place(text)
    assert got == place
    if place is not None and tz is not None:
        assert zone == tz
