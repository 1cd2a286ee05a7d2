"""Main-event date and place rules, round 16: a US state abbreviated after a dateline's city ("ANNAPOLIS,
Md. (AP) —") ends no sentence; a city named with an earlier year ("the last one in X, Country, in December
2019") is a past meeting's; a town named with its region and country ("in Smalltown, Region, Country") is
the place; a visit's day in another province ("travel to Y Province on 27 May") makes it a stay over
several places; a readout titled by its meeting dates it by the day of writing ("On 2 May, A held the X
Meeting"); a headline's "Meeting at Smalltown" over a lead's "Smalltown Air Base" names the town; and a
visitor who "will also meet" two of the host's officials (no head, no named format) meets each apart."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.extract.event_places import town_country
from briefings.extract.sentences import split
from briefings.models import Event


def _main(text: str, today: date = date(2031, 3, 10)) -> Event:
    ev = extract(text, today=today).main_event
    assert ev is not None
    return ev


def _sides(text: str, today: date = date(2031, 3, 10)) -> list[list[str]]:
    return [sorted(e.participants) for e in extract(text, today=today).events if e.kind == "bilateral"]


# ---- "ANNAPOLIS, Md. (AP) —": the state's abbreviation after a city's comma ends no sentence ---------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "US and Australia to deepen ties as officials meet at Naval Academy\n\nANNAPOLIS, Md. (AP) — Top "
            "U.S. and Australian diplomats are meeting Tuesday at the U.S. Naval Academy.",
            "Annapolis",
        ),
        (
            "Ministers gather at the shipyard\n\nNORFOLK, Va. (AP) — Defense ministers of three allies are "
            "meeting Thursday at the Naval Station to discuss submarines.",
            "Norfolk",
        ),
        (
            "Envoys hold talks at a lakeside resort\n\nMADISON, Wis. (AP) — Trade envoys from Canada and "
            "Mexico are meeting Monday at the Monona Terrace Convention Center.",
            "Madison",
        ),
        (
            "Talks open at the presidential library\n\nSACRAMENTO, Calif. (AP) — Foreign ministers of Chile "
            "and Peru are meeting Wednesday at the state Capitol.",
            "Sacramento",
        ),
    ],
)
def test_state_abbreviation_after_dateline_city(text: str, place: str) -> None:
    assert _main(text).place == place


def test_state_abbreviation_not_after_a_comma_still_ends_a_sentence() -> None:
    doc = split("The old man was called Pa. He smiled at the visitors.")
    assert len(doc.sentences) == 2


# ---- "since the last one in X, Country, in December 2019": an earlier year's meeting ----------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Leaders to meet in Seoul\n\nSEOUL, March 8 (Yonhap) -- The trilateral summit among the three "
            "countries will take place Monday, marking the first such meeting since the last one in "
            "Chengdu, China, in December 2027.",
            "Seoul",
        ),
        (
            "HANOI, March 8 (Agency) -- The ministerial will be held on Thursday, the first since the last "
            "one in Osaka, Japan, in June 2028.",
            "Hanoi",
        ),
        (
            "CANBERRA, March 8 (Agency) -- The dialogue will take place on Friday, three years after the "
            "previous round in Auckland in May 2028.",
            "Canberra",
        ),
        (
            "MANILA, March 8 (Agency) -- The forum will be held on Wednesday, the first since one in "
            "Jakarta, Indonesia, in November 2029 was cut short.",
            "Manila",
        ),
    ],
)
def test_city_of_an_earlier_year_is_no_place(text: str, place: str) -> None:
    assert _main(text).place == place


def test_city_with_the_same_years_month_is_kept() -> None:
    text = "The ministers will meet in Lisbon on 12 March 2031, in March 2031 as agreed."
    assert _main(text).place == "Lisbon"


# ---- "in Smalltown, Region, Country": a town with its region and country ----------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "1. On Thursday, March 12, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs, will hold the Japan-"
            "Australia Consultations with Senator Penny Wong, Minister for Foreign Affairs of Australia, in "
            "Queenscliff, Victoria, Australia.",
            "Queenscliff",
        ),
        (
            "On 12 March, Foreign Minister Ana Kerr will hold talks with her Canadian counterpart, Minister "
            "Paul Roy, in Smalltown, Ontario, Canada.",
            "Smalltown",
        ),
        (
            "The two defence ministers will meet on 12 March in Port Ellery, Queensland, Australia.",
            "Port Ellery",
        ),
        (
            "On 12 March the envoys will convene in Bad Kleinberg, Bavaria, Germany, for a two-hour session.",
            "Bad Kleinberg",
        ),
    ],
)
def test_town_region_country(text: str, place: str) -> None:
    assert _main(text).place == place


def test_town_country_refuses_a_list_of_cities() -> None:
    assert town_country("will travel to Paris, Lyon, France") is None
    assert town_country("will travel to Smalltown, Victoria, Australia") == ("Smalltown", "Australia")


# ---- a visit's day in another province: a stay over several places --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Visit of Thai Foreign Minister to China\n\nMinister of Foreign Affairs of Thailand Somchai Dee will "
        "pay an official visit to China from March 25 to 27.\n\nForeign Minister Wang Lei will hold talks "
        "with him in Beijing on March 26. After "
        "Beijing, he will travel to Yunnan Province on March 27.",
        "Foreign Minister to Visit Japan\n\nForeign Minister Ana Kerr will visit Japan from March 25 to "
        "27.\n\nShe will meet her counterpart "
        "in Tokyo on March 25, and on March 27 she will visit Okinawa Prefecture.",
        "President to Visit China\n\nPresident Lars Holm will pay a state visit to China from March 25 to "
        "28.\n\nHe will hold talks in "
        "Beijing on March 26 and travel to the Xinjiang Uygur Autonomous Region on March 28.",
        "Trade Minister to Visit Vietnam\n\nTrade Minister Paul Roy will visit Vietnam from March 25 to "
        "27.\n\nHe will meet officials in Hanoi "
        "on March 25, then on March 27 he will be in Quang Ninh Province.",
    ],
)
def test_day_in_another_province_is_a_trip(text: str) -> None:
    ev = _main(text)
    assert ev.date == date(2031, 3, 25)
    assert ev.place is None


def test_visit_in_one_city_keeps_it() -> None:
    text = (
        "Minister of Foreign Affairs Somchai Dee will pay an official visit to China from March 25 to 27.\n\n"
        "Foreign Minister Wang Lei will hold talks with him in Beijing on March 26."
    )
    assert _main(text).place == "Beijing"


# ---- a readout titled by its meeting: the day of writing is the meeting's ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Japan-Indonesia Foreign Ministers' Meeting and Working Dinner\n\nMarch 2, 2031\n\n1. On March 2 "
        "(Tue.), Ms. ISHIZAKI Haruka, Minister for Foreign Affairs of Japan, held a Foreign Ministers' "
        "Meeting and working dinner with Dr. Dewi Putri, Minister for Foreign Affairs of Indonesia, at the "
        "Iikura Guest House in Tokyo.\n\n2. On March 3, Minister Dewi is scheduled to deliver a lecture "
        "and meet with Mr. SUGAWARA Tetsuo, Minister of Economy.",
        "Korea-Chile Foreign Ministers' Meeting\n\nMarch 2, 2031\n\nOn March 2, Foreign Minister Kim Min-su "
        "held a Foreign Ministers' Meeting with Foreign Minister Ana Rojas of Chile in Seoul.\n\nOn March 4, "
        "Minister Rojas is scheduled to visit Busan and will meet business leaders.",
        "India-Peru Strategic Dialogue\n\nMarch 2, 2031\n\nOn 2 March, External Affairs Minister Ravi Nair "
        "held the Strategic Dialogue with Foreign Minister Luis Paz in New Delhi.\n\nOn 5 March, Minister "
        "Paz will travel to Mumbai, where he is scheduled to meet investors.",
        "UK-Ghana Defence Talks\n\nMarch 2, 2031\n\nOn 2 March, Defence Secretary Ann Hale held talks with "
        "Defence Minister Kofi Mensah in London.\n\nOn 3 March, Minister Mensah is expected to visit a "
        "shipyard and will meet industry leaders.",
    ],
)
def test_readout_titled_by_its_meeting_takes_the_day_of_writing(text: str) -> None:
    assert _main(text, today=date(2031, 3, 2)).date == date(2031, 3, 2)


def test_readout_of_another_meeting_does_not_win() -> None:
    text = (
        "Leaders' Summit in Hanoi\n\nMarch 2, 2031\n\nOn March 2, the foreign ministers held a preparatory "
        "meeting in Hanoi.\n\nThe leaders will hold the summit in Hanoi on March 5."
    )
    assert _main(text, today=date(2031, 3, 2)).date == date(2031, 3, 5)


# ---- "Meeting at Smalltown" over "at Smalltown Air Base": the base's town ----------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "U.S. Department of Defense\nRELEASE\n\nSecretary of Defense Lloyd Austin to Host Contact Group "
            "Meeting at Ramstein\n\nSept. 16, 2031\n\nSecretary of Defense Lloyd Austin will travel to "
            "Germany next week to host the meeting of the Contact Group at Ramstein Air Base on Tuesday, "
            "March 18.",
            "Ramstein",
        ),
        (
            "Minister to Attend Coalition Meeting at Kleinfeld\n\nDefence Minister Ana Kerr will travel to "
            "Germany to attend a meeting of the coalition at Kleinfeld Air Base on 18 March.",
            "Kleinfeld",
        ),
        (
            "Generals to Hold Talks at Misawa\n\nThe chiefs of defence will hold talks at Misawa Air Base "
            "on 18 March.",
            "Misawa",
        ),
        (
            "Admirals Convene Conference at Kelmarsh\n\nNaval chiefs of eight navies will convene a "
            "conference at Kelmarsh Naval Base on 18 March.",
            "Kelmarsh",
        ),
    ],
)
def test_headline_town_of_a_base(text: str, place: str) -> None:
    assert _main(text).place == place


def test_headline_town_needs_a_base_of_that_name() -> None:
    text = (
        "Ministers to Hold Talks at Smalltown\n\nThe ministers will hold talks at the Smalltown Grand "
        "Hotel on 18 March."
    )
    assert _main(text).place != "Smalltown"


# ---- "will also meet B and C" of the host: one meeting with each ------------------------------------


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "New Zealand Foreign Minister Winston Peters travels to Washington D.C. this week.\n\nMr Peters "
            "will hold "
            "talks with Secretary of State Antony Blinken on Thursday, 12 March.\n\nMr Peters will also "
            "meet Deputy Secretary of State Kurt Campbell and National Security Advisor Jake Sullivan, and "
            "will call on members of Congress.",
            [["Jake Sullivan", "Winston Peters"], ["Kurt Campbell", "Winston Peters"]],
        ),
        (
            "NATO Secretary General Mark Rutte will visit Tokyo, Japan, on 12 March.\n\nDuring his visit, "
            "the Secretary General will meet with the Prime Minister of Japan, Mr. Shigeru Ishiba. He will "
            "also meet with the Minister of Foreign Affairs, Mr. Takeshi Iwaya, and the Minister of "
            "Defense, Mr. Gen Nakatani.",
            [["Mark Rutte", "Nakatani"], ["Mark Rutte", "Takeshi Iwaya"]],
        ),
        (
            "Australian Foreign Minister Helen Marsh will visit Ottawa on 12 March.\n\nShe will hold talks "
            "with Canadian Foreign Minister Paul Roy. Ms Marsh will also meet Canadian Defence Minister "
            "Anne Leduc and Canadian Trade Minister Marc Gagnon.",
            [["Anne Leduc", "Helen Marsh"], ["Helen Marsh", "Marc Gagnon"]],
        ),
        (
            "Indian External Affairs Minister Ravi Nair will visit Berlin on 12 March.\n\nHe will hold "
            "talks with German Foreign Minister Eva Brandt. Mr Nair will also meet German Economy Minister "
            "Jonas Keller and German Defence Minister Lena Vogt.",
            [["Jonas Keller", "Ravi Nair"], ["Lena Vogt", "Ravi Nair"]],
        ),
    ],
)
def test_visitor_meets_each_host_official(text: str, pairs: list[list[str]]) -> None:
    sides = _sides(text)
    for pair in pairs:
        assert pair in sides


@pytest.mark.parametrize(
    ("text", "together"),
    [
        (
            "U.S. Secretary of State Ann Hale will attend the Regional Security Conference in Panama City "
            "on 12 "
            "March.\n\nOn the margins, the Secretary will also meet with Panamanian President José Mulino "
            "and "
            "Panamanian Foreign Minister Javier Acha.",
            ["Ann Hale", "Javier Acha", "José Mulino"],
        ),
        (
            "U.S. Under Secretary Rosa Quell will attend the Maritime Forum in Manila on 12 March.\n\nShe "
            "will "
            "also meet Philippine Undersecretary Cristina Bautista and Philippine Undersecretary Joel "
            "Macaraeg. "
            "The three officials will discuss defence cooperation.",
            ["Cristina Bautista", "Joel Macaraeg", "Rosa Quell"],
        ),
    ],
)
def test_visitor_meets_host_officials_together(text: str, together: list[str]) -> None:
    assert together in _sides(text)
