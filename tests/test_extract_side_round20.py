"""Side meetings, round 20 (side): a sentence opening on another time than the main event's ("Prior to the
session", "Following the Dialogue", "During his stay") names a side meeting, not the main event's people;
"for consultations with B" is talks with B; "a meeting with A and B" is one meeting; "a meeting of the
foreign ministers of X, Y and Z" with no subject takes each country's holder of that portfolio; "The visit
comes four months after ..." tells background; a session "in the X-Y Council format" is the body's own;
"a Foreign Ministers' Meeting and a working dinner with B" is the meeting, not a meal only; a listed
state's minister may hold the portfolio as one of two joined offices ("Deputy Prime Minister and Foreign
Minister", "Deputy Prime Minister – Minister of Foreign Affairs"), and a spokesperson holds none; "preceded
by a senior officials' meeting, co-chaired by A and B" is a meeting of the main event's two sides; "The
Xish ministers" or "The Foreign Secretary and Defence Secretary" meeting their counterparts is the 2+2
itself."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2031, 3, 1)


def _sides(text: str) -> list[tuple[str, frozenset[str]]]:
    b = extract(text, today=_TODAY)
    return [(e.kind, frozenset(e.participants)) for e in b.events if e.kind != "main"]


@pytest.mark.parametrize(
    "text, kind, names",
    [
        (
            "Council to hold special session on flooding\n\n"
            "Washington - The Permanent Council of the Organization of American States (OAS) will hold a "
            "special session on 12 March 2031 at OAS headquarters in Washington.\n\n"
            "The Minister of Water of Bolivia, Pavel Orlant, will address the Council in person.\n\n"
            "Prior to the session, OAS Secretary General Miriam Castellane will hold a private meeting with "
            "Minister Orlant and the Foreign Minister of Paraguay, Tomas Egerby, on flood warnings.\n",
            "trilateral",
            {"Miriam Castellane", "Pavel Orlant", "Tomas Egerby"},
        ),
        (
            "Envoy to lead delegation to ocean dialogue\n\n"
            "Canberra - Australia's Ambassador for Oceans, Dr Ruth Pellingham, will lead Australia's "
            "delegation to the second Australia-Chile Ocean Dialogue in Santiago on 10 March.\n\n"
            "Officials will discuss fisheries and marine parks.\n\n"
            "Following the Dialogue, Dr Pellingham will travel to Lima on 12 March for consultations with "
            "the Director of the Peruvian Sea Institute, Ana Quispe Lora.\n",
            "bilateral",
            {"Ruth Pellingham", "Ana Quispe Lora"},
        ),
        (
            "Vice minister to attend senior officials meeting\n\n"
            "The Vice Minister of Foreign Affairs, Tomas Irigoyen Vidal, will travel to Brussels to take "
            "part, on 9 and 10 March, in the meeting of senior officials of the Andean Community and the "
            "European "
            "Union.\n\n"
            "During his stay, the Vice Minister will meet the Deputy Secretary General of the European "
            "External Action Service, Karl Brenning, to review the trade agreement.\n",
            "bilateral",
            {"Tomas Irigoyen Vidal", "Karl Brenning"},
        ),
    ],
)
def test_other_time_opener_is_a_side_meeting(text: str, kind: str, names: set[str]) -> None:
    assert (kind, frozenset(names)) in _sides(text)


def test_talks_with_two_of_other_states_stay_one_each() -> None:
    text = (
        "Minister to visit the region\n\n"
        "Foreign Minister Hanna Lindqvist of Sweden will visit Vilnius on 10 March.\n\n"
        "On the sidelines, Lindqvist will meet Lithuanian Foreign Minister Jonas Petraitis and Latvian "
        "Foreign Minister Ilze Berzina.\n"
    )
    sides = _sides(text)
    assert ("bilateral", frozenset({"Hanna Lindqvist", "Jonas Petraitis"})) in sides
    assert ("bilateral", frozenset({"Hanna Lindqvist", "Ilze Berzina"})) in sides


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Minister to visit neighbour\n\n"
            "Minister of Foreign Affairs of Slovakia Petr Halman will pay an official visit to Hungary on "
            "10-11 March.\n\n"
            "In Budapest, Halman will hold talks with Hungary's Deputy Prime Minister and Minister of "
            "Foreign Affairs Lena Morovan.\n\n"
            "The minister will also be received by Prime Minister of Hungary Adrian Costel.\n\n"
            "On 11 March, a trilateral meeting of the foreign ministers of Slovakia, Hungary and Romania "
            "will "
            "take place in Budapest with the participation of Romanian Foreign Minister Dana Popescu.\n",
            {"Petr Halman", "Lena Morovan", "Dana Popescu"},
        ),
        (
            "Defence minister heads to Riga\n\n"
            "Estonian Defence Minister Kaarel Tamm will travel to Riga on 14 March for talks with Latvian "
            "Prime Minister Arturs Liepa.\n\n"
            "He will also meet Latvian Defence Minister Edgars Kalns and Lithuanian Prime Minister Rasa "
            "Vaitkute.\n\n"
            "On 15 March, a trilateral meeting of the defence ministers of Estonia, Latvia and Lithuania "
            "will "
            "take place in Riga with the participation of Lithuanian Defence Minister Tomas Zilinskas.\n",
            {"Kaarel Tamm", "Edgars Kalns", "Tomas Zilinskas"},
        ),
        (
            "Trade minister to visit Hanoi\n\n"
            "Thai Minister of Commerce Somchai Rattana will pay an official visit to Vietnam on 3-4 "
            "March.\n\n"
            "He will be received by Vietnamese Prime Minister Pham Van Duc and hold talks with Minister of "
            "Industry and Trade Nguyen Thi Lan.\n\n"
            "On 4 March, a trilateral meeting of the trade ministers of Thailand, Vietnam and Laos will take "
            "place in Hanoi with the participation of Lao Minister of Industry and Commerce Bounmy Vongsa.\n",
            {"Somchai Rattana", "Nguyen Thi Lan", "Bounmy Vongsa"},
        ),
    ],
)
def test_ministers_of_listed_states_by_portfolio(text: str, names: set[str]) -> None:
    assert ("trilateral", frozenset(names)) in _sides(text)


@pytest.mark.parametrize(
    "text",
    [
        "Minister to visit Belgium\n\n"
        "Foreign Minister Arno Belcourt of France will pay an official visit to Belgium from 20 to 22 "
        "March.\n\n"
        "During the visit, Belcourt will hold talks with Foreign Minister Ilse Varga in Brussels.\n\n"
        "The visit comes four months after Varga travelled to Paris, where the two foreign ministers "
        "co-chaired a meeting of the joint cooperation committee.\n",
        "Visit\n\n"
        "Prime Minister Jonas Berg of Norway will visit Finland on 4 March for talks with Prime Minister "
        "Aino "
        "Salo.\n\n"
        "The bilateral talks come a month after Berg hosted Swedish Prime Minister Karl Lund in Oslo.\n",
        "Ministers meet\n\n"
        "Polish Foreign Minister Adam Nowak will host his Czech and Slovak counterparts, Petr Dvorak and Jan "
        "Hudak, in Warsaw on 9 March.\n\n"
        "The trilateral meeting comes two weeks after Nowak held talks with Hungarian Foreign Minister Gabor "
        "Kiss in Budapest.\n",
        "Minister to visit Chile\n\n"
        "Argentine Foreign Minister Tomas Ruiz will pay an official visit to Chile from 20 to 22 March at "
        "the "
        "invitation of Foreign Minister Ana Soto.\n\n"
        "The visit comes six months after Soto travelled to Buenos Aires, where the two foreign ministers "
        "co-chaired a meeting of the binational commission.\n",
    ],
)
def test_comes_after_tells_background(text: str) -> None:
    assert [kind for kind, _ in _sides(text) if kind != "other"] == []


def test_comes_after_with_a_meeting_to_come_keeps_it() -> None:
    text = (
        "Visit\n\n"
        "Prime Minister Jonas Berg of Norway will visit Finland on 4 March for talks with Prime Minister "
        "Aino "
        "Salo.\n\n"
        "The talks come a day after the Nordic summit, and Berg will also meet Swedish Prime Minister Karl "
        "Lund in Helsinki on 5 March.\n"
    )
    assert ("bilateral", frozenset({"Jonas Berg", "Karl Lund"})) in _sides(text)


@pytest.mark.parametrize(
    "text, guest",
    [
        (
            "Chiefs of defence to meet\n\n"
            "BRUSSELS -- The alliance's top military officers will meet at headquarters in Brussels on "
            "March 14-15 for the Military Committee session, chaired by Adm. Jens Holmgaard.\n\n"
            "On March 15 the chiefs are scheduled to meet in NATO-Ukraine Council format with Ukraine's "
            "Commander-in-Chief of the Armed Forces, Gen. Petro Danylenko.\n",
            "Petro Danylenko",
        ),
        (
            "Committee to meet in Brussels\n\n"
            "The NATO Military Committee will meet at NATO Headquarters in Brussels on 14-15 March. The "
            "meeting will be chaired by the Chair of the NATO Military Committee, Admiral Jens Holmgaard.\n\n"
            "On 15 March, the Military Committee will meet in the format of the NATO-Georgia Commission with "
            "the Chief of Defence Forces of Georgia, General Davit Kapanadze.\n",
            "Davit Kapanadze",
        ),
        (
            "Ministers gather in Brussels\n\n"
            "BRUSSELS -- EU defence ministers will meet in Brussels on March 14 for the Foreign Affairs "
            "Council, chaired by High Representative Lotte Brandvold.\n\n"
            "In the afternoon the ministers will meet in EU-Moldova Council format with Moldova's Defence "
            "Minister Ion Rusnac.\n",
            "Ion Rusnac",
        ),
    ],
)
def test_body_format_session_is_multilateral(text: str, guest: str) -> None:
    assert any(kind == "multilateral" and guest in names for kind, names in _sides(text))


def test_two_ministers_meeting_in_town_stay_bilateral() -> None:
    text = (
        "Ministers to meet\n\n"
        "Foreign Minister Arno Belcourt of France will travel to Madrid on 12 March for talks with Spanish "
        "Foreign Minister Lucia Serrano.\n\n"
        "On the sidelines, Belcourt will meet Portuguese Foreign Minister Rui Matos in Madrid.\n"
    )
    assert ("bilateral", frozenset({"Arno Belcourt", "Rui Matos"})) in _sides(text)


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Visit of the Foreign Minister of Peru to Japan\n\n"
            "1. Minister for Foreign Affairs of Peru Ana Torres Vega will visit Japan from March 10 to "
            "13.\n\n"
            "2. During her stay in Tokyo, Minister Torres Vega is scheduled to hold a Japan-Peru Foreign "
            "Ministers' Meeting and a working dinner with Mr. SATO Kenji, Minister for Foreign Affairs.\n",
            {"Ana Torres Vega", "Sato Kenji"},
        ),
        (
            "Foreign Minister to visit Europe\n\n"
            "Foreign Minister MORI Ayaka will visit Europe from March 3 to 7.\n\n"
            "(1) Madrid, Spain (March 4): Minister Mori will hold a Japan-Spain Foreign Ministers' Meeting "
            "and "
            "a working lunch with Foreign Minister Lucia Serrano.\n\n"
            "(2) Lisbon, Portugal (March 5): Minister Mori will hold a Japan-Portugal Foreign Ministers' "
            "Meeting with Foreign Minister Rui Matos.\n",
            {"Mori Ayaka", "Lucia Serrano"},
        ),
        (
            "Minister of Mongolia to visit Korea\n\n"
            "Minister for Foreign Affairs of Mongolia Batbold Sukh will visit the Republic of Korea from 10 "
            "to "
            "12 March.\n\n"
            "In Seoul, Minister Sukh is scheduled to hold a Korea-Mongolia Foreign Ministers' Meeting, "
            "followed by a working dinner, with Foreign Minister Kim Min-jun.\n",
            {"Batbold Sukh", "Kim Min-jun"},
        ),
    ],
)
def test_meeting_and_working_meal_is_the_meeting(text: str, names: set[str]) -> None:
    assert ("bilateral", frozenset(names)) in _sides(text)


def test_working_lunch_alone_stays_a_meal() -> None:
    text = (
        "Minister visits\n\n"
        "Foreign Minister Arno Belcourt of France will visit Madrid on 12 March for talks with Spanish "
        "Foreign "
        "Minister Lucia Serrano.\n\n"
        "On 13 March, Belcourt will have a working lunch with Spanish business leader Pablo Ortega.\n"
    )
    assert ("other", frozenset({"Arno Belcourt", "Pablo Ortega"})) in _sides(text)


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Minister to visit Vilnius\n\n"
            "WARSAW (PAP) - Deputy Prime Minister and Foreign Minister Jan Kowalczyk will hold talks in "
            "Vilnius on July 18 with Lithuanian Foreign Minister Rasa Vaitkute.\n\n"
            "Foreign Secretary Anna Nowicka will accompany the minister.\n\n"
            "A trilateral meeting of the foreign ministers of Poland, Lithuania and Ukraine is also expected "
            "in Vilnius on July 19, with Ukrainian Foreign Minister Petro Kovalenko attending.\n\n"
            "Tomas Zilinskas, a professor at Vilnius University, said the meeting mattered.\n",
            {"Jan Kowalczyk", "Rasa Vaitkute", "Petro Kovalenko"},
        ),
        (
            "Council of Foreign Ministers meets in Astana\n\n"
            "The Council of Foreign Ministers of the Organization of Turkic States will meet in Astana on "
            "3 March.\n\n"
            "The Council will be attended by the Deputy Prime Minister – Minister of Foreign Affairs of "
            "Kazakhstan Nurlan Bekov, the Minister of Foreign Affairs of Azerbaijan Rauf Aliyev and the "
            "Minister of Foreign Affairs of Uzbekistan Timur Saidov.\n\n"
            "Kazakh Ambassador Arman Tulegenov said the meeting was important.\n\n"
            "On the sidelines of the Council, a trilateral meeting of the Foreign Ministers of Azerbaijan, "
            "Kazakhstan and Uzbekistan on transport corridors is planned.\n",
            {"Nurlan Bekov", "Rauf Aliyev", "Timur Saidov"},
        ),
        (
            "Prime minister to visit Hanoi\n\n"
            "Thai Deputy Prime Minister and Foreign Minister Somchai Rattana will visit Vietnam on 3-4 "
            "March.\n\n"
            "He will hold talks with Vietnamese Foreign Minister Nguyen Thi Lan.\n\n"
            "Thai Foreign Ministry spokesperson Kanya Suksri said the visit was important, and Vietnamese "
            "analyst Tran Van Minh agreed.\n\n"
            "On 4 March, a trilateral meeting of the foreign ministers of Thailand, Vietnam and Laos will "
            "take "
            "place in Hanoi, with Lao Foreign Minister Bounmy Vongsa attending.\n",
            {"Somchai Rattana", "Nguyen Thi Lan", "Bounmy Vongsa"},
        ),
    ],
)
def test_listed_ministers_hold_a_joined_office(text: str, names: set[str]) -> None:
    assert ("trilateral", frozenset(names)) in _sides(text)


def test_listed_ministers_leave_an_unlisted_state_out() -> None:
    text = (
        "Minister to visit Vilnius\n\n"
        "WARSAW (PAP) - Deputy Prime Minister and Foreign Minister Jan Kowalczyk will hold talks in Vilnius "
        "on "
        "July 18 with Lithuanian Foreign Minister Rasa Vaitkute and Lithuanian Defence Minister Darius "
        "Kaunas.\n\n"
        "A trilateral meeting of the foreign ministers of Poland, Latvia and Ukraine is also expected in "
        "Vilnius on July 19, with Ukrainian Foreign Minister Petro Kovalenko and Latvian Defence Minister "
        "Ilze Berzina attending.\n"
    )
    want = ("trilateral", frozenset({"Jan Kowalczyk", "Petro Kovalenko", "Ilze Berzina"}))
    assert want in _sides(text)


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Leaders to hold annual retreat\n\n"
            "SINGAPORE - Prime Minister Lee Wei Ming will host Indonesian President Budi Santoso for the "
            "annual "
            "Singapore-Indonesia Leaders' Retreat in Singapore on Tuesday (March 11).\n\n"
            "The retreat will be preceded by a senior officials' meeting on Monday, chaired by Permanent "
            "Secretary Tan Hui Min and her Indonesian counterpart, Director-General Rina Wulandari.\n",
            {"Tan Hui Min", "Rina Wulandari"},
        ),
        (
            "KUALA LUMPUR (Bernama) -- Foreign Minister Aziz Rahman will co-chair the 9th Malaysia-Brunei "
            "Joint "
            "Commission with his Bruneian counterpart, Foreign Minister Hamid Yusof, in Penang on Monday "
            "(March 10).\n\n"
            "Wisma Putra said the meeting would be preceded by a senior officials' meeting on Sunday (March "
            "9), "
            "chaired by Foreign Ministry secretary-general Datuk Siti Aminah and her Bruneian counterpart.\n",
            {"Siti Aminah"},
        ),
        (
            "Ministers to meet in Canberra\n\n"
            "Foreign Minister Claire Hadley will host New Zealand Foreign Minister Tama Wiremu in Canberra "
            "on "
            "12 March for the annual Australia-New Zealand Foreign Ministers' Meeting.\n\n"
            "The ministerial talks will be preceded by a senior officials' meeting, co-chaired by DFAT "
            "Deputy "
            "Secretary Mark Ellis and MFAT Deputy Secretary Aroha Ngata.\n",
            {"Mark Ellis", "Aroha Ngata"},
        ),
    ],
)
def test_preceding_officials_meeting_is_the_two_sides(text: str, names: set[str]) -> None:
    assert any(kind == "bilateral" and names <= found for kind, found in _sides(text))


def test_preceding_officials_meeting_keeps_its_count_word() -> None:
    text = (
        "Ministers meet in Kars\n\n"
        "The 4th Trilateral Meeting of the Foreign Ministers of Turkey, Azerbaijan and Georgia will be held "
        "in "
        "Kars on 6 March, hosted by Foreign Minister Kerem Aydin with Azerbaijani Foreign Minister Elnur "
        "Aliyev and Georgian Foreign Minister Nino Beridze.\n\n"
        "The meeting will be preceded by a trilateral meeting of senior officials, to be co-chaired on the "
        "Turkish side by Deputy Foreign Minister Selin Kaya in Kars on 5 March.\n"
    )
    assert ("trilateral", frozenset({"Selin Kaya"})) in _sides(text)


@pytest.mark.parametrize(
    "text",
    [
        "Argentina and Chile to hold 2+2 meeting\n\n"
        "Buenos Aires, 5 March 2031 - Foreign Minister Tomas Ruiz and Defence Minister Julian Paz will "
        "travel to "
        "Santiago on 8 March for the third 2+2 Meeting of Foreign and Defence Ministers between Argentina "
        "and "
        "Chile.\n\n"
        "The Argentine ministers will be received at La Moneda by their Chilean counterparts, Foreign "
        "Minister "
        "Ana Soto and Defence Minister Pedro Rojas.\n",
        "UK and Japan 2+2\n\n"
        "Foreign Secretary Helen Carter and Defence Secretary Mark Dean will welcome Japan's Minister for "
        "Foreign Affairs, Sato Emi, and Minister of Defense, Mori Ken, to London on 12 March for the "
        "UK-Japan "
        "2+2.\n\n"
        "The Foreign Secretary and Defence Secretary will host their Japanese counterparts for talks on "
        "security cooperation.\n",
        "Korea and Australia 2+2\n\n"
        "Defense Minister Kim Tae-ho and Foreign Minister Lee Soo-min will travel to Canberra on 10 March "
        "for "
        "the 2+2 talks with their Australian counterparts, Foreign Minister Claire Hadley and Defence "
        "Minister "
        "Tom Brannigan.\n\n"
        "The Korean ministers will hold talks with their Australian counterparts on defence industry "
        "cooperation.\n",
    ],
)
def test_two_ministers_meeting_their_counterparts_is_the_format_itself(text: str) -> None:
    assert [kind for kind, _ in _sides(text)] == []


def test_two_ministers_meeting_another_keep_it() -> None:
    text = (
        "Korea and Australia 2+2\n\n"
        "Defense Minister Kim Tae-ho and Foreign Minister Lee Soo-min will travel to Canberra on 10 March "
        "for "
        "the 2+2 talks with their Australian counterparts, Foreign Minister Claire Hadley and Defence "
        "Minister "
        "Tom Brannigan.\n\n"
        "The Korean ministers will also meet Prime Minister Sarah Collins on 11 March.\n"
    )
    assert any("Sarah Collins" in names for _, names in _sides(text))
