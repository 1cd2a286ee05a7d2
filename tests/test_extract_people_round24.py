"""Round 24 (people): whose country a title takes beside a host and visitors (a side led, a "He" after a
bare title, counterparts on a pair's two sides, "and, separately, with"), where a title ends (a portfolio
series, a compound compass word, an office number, a country of two words) and mentions that are no person."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_REF = date(2030, 6, 13)


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Name -> (role, country) of a short text written on _REF."""
    b = extract(text, source="t", published=_REF, today=_REF)
    return {p.name: (p.role, p.country) for p in b.people}


def _check(text: str, expected: tuple[str | None, ...]) -> None:
    got = _people(text)
    if expected[0] == "-":  # no person of that name
        assert expected[1] not in got, got
        return
    name, role, country = expected
    assert name in got, got
    if role is not None:
        assert got[name][0] == role, got
    if country is not None:
        assert got[name][1] == country, got


# mechanism -> what it reads
MECHANISMS = {
    "lead": '"will lead the Xish working-level delegation": a lower-case word before the side\'s noun',
    "pron": '"He" after a sentence naming no one, opened by a bare title ("On Friday, the Minister will")',
    "peers": '"T1 A and T1 B of Yland will hold the Xland-Yland Dialogue": one office, two sides',
    "admin": '"Administrative Vice Minister": a grade word of the title',
    "sep": '"meet with A and, separately, with B": B is met too',
    "series": '"director for X, Y and Z on the Joint Staff": a portfolio series across commas',
    "chain": '"A, the Xish defense attaché, and B, director ...": A\'s own country word does not pass to B',
    "region": '"Director of the Office of Maritime Southeast Asia": a compound compass word inside the title',
    "notname": 'an outlet whose name ends on a world region, a styled building after "at": no person',
    "country": '"of Viet Nam Ho Van A": a country of two words ends the title before the name',
    "roman": '"Minister of Defence II, Dato A": the office number before a comma',
    "called": 'a moderator giving a reporter the floor: "First question, A B."',
    "metin": 'one named once in a sentence with a host of its own ("in Xcity, Minister A"): its host',
    "contact": 'a contact line\'s "Title: Name, +32 ..." closed by a telephone number or e-mail address',
}

POSITIVE = [
    (
        "lead",
        (
            "U.S. Embassy in Ghana\n\nACCRA - Assistant Secretary Dana Whitford will co-chair the "
            "U.S.-Ghana Bi-National Commission in Accra on June 2.\n\nKofi Mensah-Boateng, Director of "
            "the Treaties Bureau of the Ministry of Foreign Affairs, will lead the Ghanaian technical "
            "delegation."
        ),
        ("Kofi Mensah-Boateng", None, "Ghana"),
    ),
    (
        "lead",
        (
            "U.S. Embassy in Peru\n\nLIMA - Under Secretary Rhea Calloway will hold the U.S.-Peru "
            "High-Level Dialogue in Lima on June 2.\n\nRosa Quispe Huaman, Director of the Americas "
            "Bureau of the Ministry of Foreign Affairs, will head the Peruvian senior delegation."
        ),
        ("Rosa Quispe Huaman", None, "Peru"),
    ),
    (
        "peers",
        (
            "Press Releases\n\n1. Separately, First Vice Minister of Foreign Affairs Lee Soo-bin and "
            "Vice Minister of Foreign Affairs Sato Hiroki of Japan will hold the 9th Korea-Japan Vice "
            "Ministerial Strategic Dialogue on March 4.\n\nMinistry of Foreign Affairs, Republic of "
            "Korea"
        ),
        ("Lee Soo-bin", None, "South Korea"),
    ),
    (
        "peers",
        (
            "Press Releases\n\n1. Second Vice Minister of Foreign Affairs Jang Min-ho and Vice "
            "Minister of Foreign Affairs Nguyen Thanh Long of Vietnam will hold the 5th Korea-Vietnam "
            "Strategic Dialogue in Seoul on May 7.\n\nMinistry of Foreign Affairs, Republic of Korea"
        ),
        ("Jang Min-ho", None, "South Korea"),
    ),
    (
        "peers",
        (
            "Press Releases\n\n2. Senior Deputy Minister of Trade Oh Ji-won and Deputy Minister of "
            "Trade Rahul Mehra of India will hold the Korea-India Trade Policy Forum on April "
            "9.\n\nMinistry of Trade, Republic of Korea"
        ),
        ("Oh Ji-won", None, "South Korea"),
    ),
    (
        "admin",
        (
            "SEOUL, May 2 (Yonhap) -- Vice Defense Minister Seo Jae-hun will meet Japanese Vice "
            "Minister for Foreign Affairs Kenta Mori and Administrative Vice Minister of Defense Aiko "
            "Hanada in Tokyo next week, the ministry said."
        ),
        ("Aiko Hanada", "Administrative Vice Minister of Defense", "Japan"),
    ),
    (
        "admin",
        (
            "TOKYO -- Administrative Vice Minister for Foreign Affairs Daisuke Kanno will visit Manila "
            "on Friday, the ministry said."
        ),
        ("Daisuke Kanno", "Administrative Vice Minister for Foreign Affairs", None),
    ),
    (
        "admin",
        (
            "Japanese Administrative Vice Minister of Economy, Trade and Industry Rina Takeda will "
            "lead the talks."
        ),
        ("Rina Takeda", "Administrative Vice Minister of Economy, Trade and Industry", "Japan"),
    ),
    (
        "sep",
        (
            "Secretary Whitford's Travel to Latvia\n\nSecretary of State Dana Whitford will travel to "
            "Paris and Riga May 3-5.\n\nIn Paris, the Secretary will attend the OECD Ministerial "
            "Council Meeting.\n\nOn May 5, the Secretary will travel to Riga, where she will meet with "
            "Latvian President Andris Kalnins and, separately, with Foreign Minister Liga Berzina."
        ),
        ("Liga Berzina", None, "Latvia"),
    ),
    (
        "sep",
        (
            "Secretary Whitford's Travel to Portugal and Spain\n\nSecretary of State Dana Whitford "
            "will travel to Lisbon and Madrid May 3-5.\n\nIn Lisbon, the Secretary will attend a "
            "conference on the Atlantic.\n\nOn May 5, the Secretary will travel to Madrid, where she "
            "will meet with Spanish King Felipe and, separately, with Foreign Minister Ana Robles Gil."
        ),
        ("Ana Robles Gil", None, "Spain"),
    ),
    (
        "sep",
        (
            "Secretary Whitford's Travel to Austria and Czechia\n\nSecretary of State Dana Whitford "
            "will travel to Vienna and Prague May 3-5.\n\nIn Vienna, the Secretary will attend the "
            "OSCE meeting.\n\nOn May 5, the Secretary will travel to Prague, where she will meet with "
            "Czech Prime Minister Pavel Dvorak and, later, with Foreign Minister Jana Novakova."
        ),
        ("Jana Novakova", None, "Czech Republic"),
    ),
    (
        "series",
        (
            "Rear Adm. Luis Ocampo, the Chilean naval attaché, and Maj. Gen. Dana Kirby, director for "
            "plans, policy and strategy on the Joint Staff, joined the session."
        ),
        ("Dana Kirby", "director for plans, policy and strategy on the Joint Staff", None),
    ),
    (
        "series",
        (
            "Brig. Gen. Tara Voss, deputy director for operations, readiness and mobilization on the "
            "Army Staff, will attend."
        ),
        ("Tara Voss", "deputy director for operations, readiness and mobilization on the Army Staff", None),
    ),
    (
        "chain",
        (
            "Secretary of Defense Mark Tolliver hosted Colombian Minister of Defense Andrés Pardo at "
            "the Pentagon today. Gen. Felipe Rojas, the Colombian defense attaché, and Lt. Gen. Karen "
            "Hollis, director for strategy on the Joint Staff, joined the session."
        ),
        ("Karen Hollis", None, "United States"),
    ),
    (
        "chain",
        (
            "Secretary of Defense Mark Tolliver hosted Polish Minister of Defense Piotr Zielinski at "
            "the Pentagon today. Col. Adam Nowicki, the Polish defense attaché, and Vice Adm. Greg "
            "Sutton, director of operations on the Joint Staff, joined the session."
        ),
        ("Greg Sutton", None, "United States"),
    ),
    (
        "chain",
        (
            "Secretary of Defense Mark Tolliver hosted Kenyan Cabinet Secretary for Defence Amos "
            "Kiprono at the Pentagon today. Brig. Peter Otieno, the Kenyan defence attaché, and Maj. "
            "Gen. Lisa Crane, deputy director for Africa on the Joint Staff, joined the session."
        ),
        ("Lisa Crane", None, "United States"),
    ),
    (
        "region",
        (
            "Our briefers today are Maya Lin, Deputy Assistant Secretary for Central Asia, and Tom "
            "Berg, Director of the Office of Maritime Southeast Asia. From here on, they will be "
            "officials."
        ),
        ("Tom Berg", "Director of the Office of Maritime Southeast Asia", None),
    ),
    (
        "region",
        ("Our briefer today is Ivan Petrov, Director of the Office of Maritime Northeast Asia. Over to you."),
        ("Ivan Petrov", "Director of the Office of Maritime Northeast Asia", None),
    ),
    (
        "notname",
        (
            "KUALA LUMPUR, May 3 (Bernama) -- Prime Minister Datuk Seri Azman Hashim will host Thai "
            "Prime Minister Somchai Rattana at Seri Melati here on May 14."
        ),
        ("-", "Melati"),
    ),
    (
        "country",
        "PM Lim will call on General Secretary of the Communist Party of Viet Nam Đỗ Văn Tâm.",
        ("Đỗ Văn Tâm", "General Secretary of the Communist Party", "Vietnam"),
    ),
    (
        "roman",
        (
            "The meeting will be chaired by Brunei's Minister of Foreign Affairs II, Dato Seri Setia "
            "Haji Rahman Yusof."
        ),
        ("Rahman Yusof", "Minister of Foreign Affairs II", "Brunei"),
    ),
    (
        "roman",
        (
            "The forum will be opened by Brunei's Minister of Defence II, Pehin Dato Haji Salleh "
            "Ibrahim, on Monday."
        ),
        ("Salleh Ibrahim", "Minister of Defence II", "Brunei"),
    ),
    (
        "contact",
        (
            "The High Representative will travel to Jakarta on Monday.\n\nFor further "
            "information:\nSpokesperson for Foreign Affairs and Security Policy: Marta Kowalska, +32 "
            "(0)2 29 12345"
        ),
        ("Marta Kowalska", "Spokesperson for Foreign Affairs and Security Policy", None),
    ),
    (
        "contact",
        (
            "The Commissioner will travel to Nairobi on Monday.\n\nFor further "
            "information:\nSpokesperson for Trade: Lukas Brenner, lukas.brenner@example.eu"
        ),
        ("Lukas Brenner", "Spokesperson for Trade", None),
    ),
    (
        "contact",
        (
            "The Minister will travel to Lima on Monday.\n\nMedia enquiries:\nSenior Press Officer: "
            "Nadia Farrow, 020 7000 1234"
        ),
        ("Nadia Farrow", "Senior Press Officer", None),
    ),
    (
        "lead",
        (
            "U.S. Embassy in Kenya\n\nNAIROBI - Assistant Secretary Dana Whitford will co-chair the "
            "U.S.-Kenya Bi-National Dialogue in Nairobi on June 2.\n\nGrace Wanjiru, Deputy Director "
            "of the Foreign Relations Department of the Ministry of Defence, will lead the Kenyan "
            "high-level delegation."
        ),
        ("Grace Wanjiru", None, "Kenya"),
    ),
    (
        "pron",
        (
            "MEDIA RELEASE\n\nThe Minister for Defence, the Hon Alistair Penrose MP, will travel to "
            "Malaysia this week for the annual Australia-Malaysia Defence Ministers' Meeting.\n\nThe "
            "Minister will co-chair the meeting with Malaysia's Minister of Defence, Rahim "
            "Zulkarnain.\n\nWhile in Kuala Lumpur, the Minister will also call on Deputy Prime "
            "Minister Ismail Harun.\n\nOn Friday, the Minister will travel to Penang to visit a "
            "shipyard.\n\nHe will be accompanied by the Chief of Navy, Vice Admiral Fiona Trask."
        ),
        ("Fiona Trask", None, "Australia"),
    ),
    (
        "pron",
        (
            "MEDIA RELEASE\n\nThe Minister for Trade, the Hon Gareth Bellamy MP, will travel to "
            "Vietnam this week for the Australia-Vietnam Economic Partnership Meeting.\n\nThe Minister "
            "will meet Vietnam's Minister of Industry and Trade, Đặng Văn Lộc.\n\nIn Hanoi, the "
            "Minister will also call on Deputy Prime Minister Vũ Thị Mai.\n\nOn Thursday, the Minister "
            "will travel to Da Nang to visit a port.\n\nHe will be accompanied by the Trade "
            "Commissioner, Ms Laura Quigley."
        ),
        ("Laura Quigley", None, "Australia"),
    ),
    (
        "pron",
        (
            "MEDIA RELEASE\n\nThe Minister for Foreign Affairs, the Hon Priya Nandakumar MP, will "
            "travel to Indonesia this week for the Australia-Indonesia Foreign Ministers' "
            "Meeting.\n\nThe Minister will hold talks with Indonesia's Foreign Minister, Sutrisno "
            "Wijaya.\n\nIn Jakarta, the Minister will also meet Coordinating Minister Dewi "
            "Kartika.\n\nOn Saturday, the Minister will travel to Bali to visit a school.\n\nShe will "
            "be accompanied by the Ambassador for Climate Change, Mr Owen Tarrant."
        ),
        ("Owen Tarrant", None, "Australia"),
    ),
    (
        "series",
        "Col. Ann Pike, chief for manpower, personnel and training of the Air Staff, will attend.",
        ("Ann Pike", "chief for manpower, personnel and training of the Air Staff", None),
    ),
    (
        "notname",
        (
            "KUALA LUMPUR, May 3 (Bernama) -- Prime Minister Datuk Seri Azman Hashim will host Thai "
            "Prime Minister Somchai Rattana at Seri Kenanga on May 14."
        ),
        ("-", "Kenanga"),
    ),
    (
        "roman",
        ("The talks will be opened by Brunei's Minister of Energy II, Dato Haji Karim Osman, on Monday."),
        ("Karim Osman", "Minister of Energy II", "Brunei"),
    ),
    (
        "country",
        ("PM Lim will call on Chairman of the Patriotic Movement of Burkina Faso Issa Kaboré Sawadogo."),
        ("Issa Kaboré Sawadogo", None, "Burkina Faso"),
    ),
    (
        "country",
        "PM Lim will call on Chairman of the Fatherland Front of Viet Nam Lê Văn Hải.",
        ("Lê Văn Hải", None, "Vietnam"),
    ),
    (
        "notname",
        (
            "TOKYO -- Thai Prime Minister Somchai Rattana will visit Japan from March 5 to 8, Nikkei "
            'Asia has learned.\n\n"Japan is our most trusted partner," Arun Chai, Thailand\'s '
            "ambassador to Japan, said in an interview with Nikkei Asia last week."
        ),
        ("-", "Nikkei Asia"),
    ),
    (
        "notname",
        (
            'JAKARTA -- President Budi Santoso will visit Tokyo next month.\n\n"We are ready," Rina '
            "Sari, Indonesia's ambassador to Japan, said in an interview with Channel Asia last week."
        ),
        ("-", "Channel Asia"),
    ),
    (
        "notname",
        (
            'JAKARTA -- President Budi Santoso will visit Tokyo next month.\n\n"We are ready," Rina '
            "Sari, Indonesia's ambassador to Japan, said in an interview with Focus Asia last week."
        ),
        ("-", "Focus Asia"),
    ),
    (
        "notname",
        (
            "KUALA LUMPUR, May 3 (Bernama) -- Prime Minister Datuk Seri Azman Hashim will host Thai "
            "Prime Minister Somchai Rattana at Seri Cempaka on May 14."
        ),
        ("-", "Cempaka"),
    ),
    (
        "region",
        ("Our briefer today is Omar Haddad, Director of the Office of Maritime Southwest Asia. Over to you."),
        ("Omar Haddad", "Director of the Office of Maritime Southwest Asia", None),
    ),
    (
        "region",
        ("Our briefer today is Nora Blake, Director of the Office of Regional Northeast Asia. Over to you."),
        ("Nora Blake", "Director of the Office of Regional Northeast Asia", None),
    ),
]

POSITIVE += [
    (
        "called",
        "MODERATOR: Great. Let's go to questions. First question, Dan Kessler.",
        ("Dan Kessler", None, None),
    ),
    (
        "called",
        "MODERATOR: Okay. Our last question comes from Tom Akers.",
        ("Tom Akers", None, None),
    ),
    (
        "called",
        "MODERATOR: Thank you. Next question, Maria Lopes.",
        ("Maria Lopes", None, None),
    ),
]

POSITIVE += [
    (
        "metin",
        (
            "Minister Aalto to visit Central Asia\n\nForeign Minister Liisa Aalto will travel to "
            "Kazakhstan, Kyrgyzstan and Tajikistan on 3-6 May.\n\nIn Astana on Monday, Minister Aalto "
            "will hold talks with Foreign Minister Daniyar Seitkali. On Tuesday in Bishkek, she will "
            "meet Foreign Minister Aibek Toktogulov, and on Wednesday in Dushanbe, Minister of Foreign "
            "Affairs Farrukh Nazarov."
        ),
        ("Farrukh Nazarov", None, "Tajikistan"),
    ),
    (
        "metin",
        (
            "Minister Aalto to visit the Baltic states\n\nForeign Minister Liisa Aalto will travel to "
            "Estonia, Latvia and Lithuania on 3-6 May.\n\nIn Tallinn on Monday, Minister Aalto will "
            "hold talks with Foreign Minister Kaarel Tamm. On Tuesday in Riga, she will meet Foreign "
            "Minister Juris Ozols, and on Wednesday in Vilnius, Minister of Foreign Affairs Rokas "
            "Petrauskas."
        ),
        ("Rokas Petrauskas", None, "Lithuania"),
    ),
    (
        "metin",
        (
            "Minister Aalto to visit the Caucasus\n\nForeign Minister Liisa Aalto will travel to "
            "Georgia, Armenia and Azerbaijan on 3-6 May.\n\nIn Tbilisi on Monday, Minister Aalto will "
            "hold talks with Foreign Minister Giorgi Beridze. On Tuesday in Yerevan, she will meet "
            "Foreign Minister Armen Sargsyan, and on Wednesday in Baku, Minister of Foreign Affairs "
            "Elnur Mammadli."
        ),
        ("Elnur Mammadli", None, "Azerbaijan"),
    ),
]

NEAR_MISSES = [
    (
        "metin",
        (
            "Minister Aalto to visit Kazakhstan\n\nForeign Minister Liisa Aalto will travel to "
            "Kazakhstan on 3-6 May.\n\nIn Astana on Monday, Minister Aalto will hold talks with "
            "Foreign Minister Daniyar Seitkali."
        ),
        ("Daniyar Seitkali", None, "Kazakhstan"),
    ),
    (
        "called",
        "MODERATOR: First question, Foreign Policy.",
        ("-", "Foreign Policy"),
    ),
    (
        "called",
        "The first question, Hong Kong, was discussed at length.",
        ("-", "Hong Kong"),
    ),
    (
        "lead",
        "Colonel Ilze Ozola will lead the working group on Friday.",
        ("Ilze Ozola", "Colonel", None),
    ),
    (
        "peers",
        (
            "Press Releases\n\n1. Prime Minister Oda Ken and Foreign Minister Sato Hiroki of Japan "
            "will attend the Japan-US summit on March 4."
        ),
        ("Oda Ken", None, "Japan"),
    ),
    (
        "peers",
        (
            "Vice Minister of Foreign Affairs Lee Soo-bin and Vice Minister of Foreign Affairs Kim "
            "Dae-ho of South Korea will visit Paris on March 4."
        ),
        ("Lee Soo-bin", None, "South Korea"),
    ),
    (
        "series",
        "Lt. Gen. Ron Akers, director for logistics, said the plan was ready.",
        ("Ron Akers", "director for logistics", None),
    ),
    (
        "chain",
        (
            "Gen. Felipe Rojas, the commander, and Lt. Gen. Ana Ruiz, the deputy commander, of "
            "Colombia joined the session."
        ),
        ("Felipe Rojas", None, None),
    ),
    (
        "notname",
        "Minister Asia Romano will speak on Monday, the ministry said.",
        ("Asia Romano", None, None),
    ),
    (
        "contact",
        "For further information:\nSpokesperson for Trade: Lukas Brenner",
        ("Lukas Brenner", "Spokesperson for Trade", None),
    ),
    (
        "region",
        "Deputy Assistant Secretary for Southeast Asia Lydia Chen will brief reporters.",
        ("Lydia Chen", "Deputy Assistant Secretary for Southeast Asia", None),
    ),
    (
        "roman",
        "The forum will be opened by Minister of Defence II Dato Salleh Ibrahim on Monday.",
        ("Salleh Ibrahim", "Minister of Defence II", None),
    ),
    (
        "pron",
        (
            "MEDIA RELEASE\n\nThe Minister for Defence, the Hon Alistair Penrose MP, will travel to "
            "Malaysia this week for the annual Australia-Malaysia Defence Ministers' Meeting.\n\nOn "
            "Friday, Malaysia's Minister of Defence, Rahim Zulkarnain, will host a dinner.\n\nHe will "
            "be accompanied by the Chief of Navy, Admiral Aziz Rahman."
        ),
        ("Aziz Rahman", None, "Malaysia"),
    ),
    (
        "sep",
        (
            "On May 5, the Secretary will travel to Riga, where she will meet with Latvian President "
            "Andris Kalnins. Separately, Foreign Minister Liga Berzina will host a dinner."
        ),
        ("Andris Kalnins", "President", "Latvia"),
    ),
    (
        "admin",
        "Administrative Officer Jane Roe said the office would open on Monday.",
        ("Jane Roe", None, None),
    ),
    (
        "country",
        "PM Lim will call on President of Viet Nam Lương Văn Cường.",
        ("Lương Văn Cường", "President", "Vietnam"),
    ),
]


@pytest.mark.parametrize(("mechanism", "text", "expected"), POSITIVE)
def test_positive(mechanism: str, text: str, expected: tuple[str | None, ...]) -> None:
    """Each mechanism reads its invented case."""
    assert mechanism in MECHANISMS
    _check(text, expected)


@pytest.mark.parametrize(("mechanism", "text", "expected"), NEAR_MISSES)
def test_near_miss(mechanism: str, text: str, expected: tuple[str | None, ...]) -> None:
    """Cases next to a mechanism stay as they were."""
    assert mechanism in MECHANISMS
    _check(text, expected)
