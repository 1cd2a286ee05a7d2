"""Round 21 (d33): a dating headline's place from the lead's "at the X Hotel, Cityname"; a journey "departed
today (16 Nov) for X to attend the A and the B" dated by the next sentence's days for both; "The Minister of
X, Jane Doe will ..." (an appositive missing its closing comma); "5. The Minister will be accompanied by A"
(a numbered paragraph's bare title); "A will accompany B and hold talks with his counterpart C" (the
subject's counterpart); "said the High Representative ahead of the meeting"; and a two-word quote in the
writer's clause after the attribution ("said Monday, as the two keep up "x y"")."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2027, 3, 1)


def _main(text: str, today: date = _TODAY):  # type: ignore[no-untyped-def]
    return next(e for e in extract(text, today=today).events if e.kind == "main")


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


def _quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract(text, today=_TODAY).quotes]


# --- place: the lead's venue named with its city, under a headline that dates the meeting ---------------


@pytest.mark.parametrize(
    "text, city",
    [
        (
            "MFA Press Release: 12th Coral Sea Ministers' Meeting and Related Meetings, "
            "14 to 16 April 2027\n\n"
            "Singapore will host the 12th Coral Sea Ministers' Meeting "
            "(CSMM) and Related Meetings from 14 to "
            "16 April 2027 at the Marina Pearl Hotel, Singapore. "
            "Minister for Foreign Affairs Dr Lau Kee Hwang "
            "will chair the meetings.\n",
            "Singapore",
        ),
        (
            "Press Release: Fourth Northern Waters Ministers' Meeting and Related Meetings, "
            "5 to 6 May 2027\n\n"
            "Norway will host the Fourth Northern Waters Ministers' "
            "Meeting (NWMM) and Related Meetings from 5 "
            "to 6 May 2027 at the Fjordside Conference Hall, Bergen. "
            "State Secretary Ingrid Solvang will open "
            "the meetings.\n",
            "Bergen",
        ),
        (
            "Media Advisory: Ninth Lakes Region Ministers' Meeting and Related Meetings, "
            "20 to 21 May 2027\n\n"
            "Kenya will host the Ninth Lakes Region Ministers' Meeting "
            "(LRMM) and Related Meetings from 20 to "
            "21 May 2027 at the Jacaranda Grand Hotel, Nairobi. Cabinet Secretary Amos Wekesa will chair the "
            "meetings.\n",
            "Nairobi",
        ),
    ],
)
def test_lead_venue_city_under_dating_headline(text: str, city: str) -> None:
    assert _main(text).place == city


def test_lead_without_venue_city_names_no_place() -> None:
    # near miss: the lead names a venue without its city: no city to take
    text = (
        "Press Release: Fifth Reef Partners' Meeting and Related Meetings, 8 to 9 June 2027\n\n"
        "The ministry will host the Fifth Reef Partners' Meeting (RPM) and Related Meetings from 8 to 9 June "
        "2027 at the Seabreeze Pavilion. Minister Hana Koroi will chair the meetings.\n"
    )
    assert _main(text).place is None


# --- date: "departed today (16 Nov) for X to attend the A and the B", both dated next --------------------


@pytest.mark.parametrize(
    "text, today, first, last",
    [
        (
            "Minister Attends Meetings in Hanoi\n\n16 Nov 2026\n\n"
            "Minister for Defence Mr Goh Wen Jie departed today (16 Nov) for Hanoi, Vietnam, to attend the "
            "9th Mekong Defence Ministers' Meeting (MDMM) and the 4th MDMM-Plus. The MDMM will be held on "
            "17 Nov and the MDMM-Plus on 18 Nov.\n",
            date(2026, 11, 16),
            date(2026, 11, 17),
            date(2026, 11, 18),
        ),
        (
            "Minister Attends Meetings in Vientiane\n\n3 Mar 2027\n\n"
            "Minister for Home Affairs Mr Tay Boon Seng left today (3 Mar) for Vientiane, Laos, to attend "
            "the 5th Border Ministers' Meeting (BMM) and the 2nd BMM-Plus. The BMM will be held on 4 Mar "
            "and the BMM-Plus on 5 Mar.\n",
            date(2027, 3, 3),
            date(2027, 3, 4),
            date(2027, 3, 5),
        ),
        (
            "Minister Attends Meetings in Dili\n\n8 Jun 2027\n\n"
            "Minister for Trade Ms Rina Lowe departed today (8 Jun) for Dili, Timor-Leste, to attend the "
            "3rd Arafura Trade Ministers' Meeting (ATMM) and the 1st ATMM Retreat. The ATMM will be held "
            "on 9 Jun and the ATMM Retreat on 10 Jun.\n",
            date(2027, 6, 8),
            date(2027, 6, 9),
            date(2027, 6, 10),
        ),
    ],
)
def test_departed_today_for_two_gatherings(text: str, today: date, first: date, last: date) -> None:
    main = _main(text, today)
    assert (main.date, main.end_date) == (first, last)


def test_departed_today_for_one_gathering_keeps_one_day() -> None:
    # near miss: one gathering only: its own day, no span
    text = (
        "Minister Attends Meeting in Hanoi\n\n16 Nov 2026\n\n"
        "Minister for Defence Mr Goh Wen Jie departed today (16 Nov) for Hanoi, Vietnam, to attend the "
        "9th Mekong Defence Ministers' Meeting (MDMM). The MDMM will be held on 17 Nov.\n"
    )
    main = _main(text, date(2026, 11, 16))
    assert (main.date, main.end_date) == (date(2026, 11, 17), None)


# --- people: "The Minister of X, Jane Doe will ..." (no closing comma) ------------------------------------


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "PRESS RELEASE\n\nThe Minister of Foreign Affairs, Dato' Seri Rahim Osman will "
            "undertake an official visit to Hanoi, Vietnam, from 3 to 5 April 2027 at the "
            "invitation of H.E. Tran Van Binh, Minister of Foreign Affairs of "
            "Vietnam.\n\nMINISTRY OF FOREIGN AFFAIRS\nPUTRAJAYA\n1 March 2027\n",
            "Rahim Osman",
            "Minister of Foreign Affairs",
        ),
        (
            "PRESS RELEASE\n\nThe Minister of Trade, Mr Edgar Mwale will lead a delegation to "
            "Lusaka, Zambia, from 3 to 5 April 2027 at the invitation of Hon. Bwalya Phiri, "
            "Minister of Commerce of Zambia.\n",
            "Edgar Mwale",
            "Minister of Trade",
        ),
        (
            "PRESS RELEASE\n\nThe Secretary of Foreign Affairs, Elena Dimaculangan will travel "
            "to Canberra, Australia, on 9 April 2027 to meet Foreign Minister Grace Holloway.\n",
            "Elena Dimaculangan",
            "Secretary of Foreign Affairs",
        ),
    ],
)
def test_title_comma_name_then_verb(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


def test_title_comma_event_name_is_no_person() -> None:
    # near miss: "the X Retreat will" after the comma is no name
    text = (
        "PRESS RELEASE\n\nThe Minister of Trade, the Trade Council Retreat will take place in "
        "Lusaka, Zambia, on 9 April 2027.\n"
    )
    assert _people(text) == {}


# --- people: "4. The Minister will be accompanied by A": the bare title's holder, past the number ---------


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "PRESS RELEASE\n\nThe Minister of Foreign Affairs, Rahim Osman, will visit Hanoi, "
            "Vietnam, from 3 to 5 April 2027 at the invitation of Tran Van Binh, Minister of "
            "Foreign Affairs of Vietnam.\n\n2. Minister Rahim will meet Minister Tran on 4 "
            "April.\n\n3. He will also call on the Minister of Planning and Investment, H.E. "
            "Le Thi Hoa.\n\n4. The Minister will be accompanied by the Secretary-General of "
            "the Ministry of Foreign Affairs, Nor Hafizah Idris.\n\nMINISTRY OF FOREIGN "
            "AFFAIRS\nPUTRAJAYA\n1 March 2027\n",
            "Nor Hafizah Idris",
            "Malaysia",
        ),
        (
            "PRESS RELEASE\n\nThe Minister of Defence, Arif Zulkifli, will visit Bangkok, "
            "Thailand, from 3 to 5 April 2027.\n\n2. He will meet the Minister of Defence of "
            "Thailand, General Somchai Rattanakul, on 4 April.\n\n3. He will also call on the "
            "Minister of Interior of Thailand, Anan Kittisak.\n\n4. The Minister will be "
            "accompanied by the Chief of Defence Force, General Hamzah Rais.\n\nMINISTRY OF "
            "DEFENCE\nPUTRAJAYA\n1 March 2027\n",
            "Hamzah Rais",
            "Malaysia",
        ),
        (
            "PRESS RELEASE\n\nThe Minister of Trade, Lim Wei Kiat, will visit Jakarta, "
            "Indonesia, from 3 to 5 April 2027.\n\n2. He will meet the Minister of Trade of "
            "Indonesia, Budi Hartono, on 4 April.\n\n3. He will also call on the Minister of "
            "Industry of Indonesia, Dewi Lestari.\n\n4. The Minister will be accompanied by "
            "the Secretary-General of the Ministry of Trade, Tan Mei Ling.\n\nMINISTRY OF "
            "TRADE\nPUTRAJAYA\n1 March 2027\n",
            "Tan Mei Ling",
            "Malaysia",
        ),
    ],
)
def test_numbered_paragraph_bare_title_companion(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_numbered_paragraph_named_subject_companion() -> None:
    # near miss: a named subject ("Minister Budi") is the one accompanied, not the release's minister
    text = (
        "PRESS RELEASE\n\nThe Minister of Trade, Lim Wei Kiat, will visit Jakarta, Indonesia, "
        "from 3 to 5 April 2027.\n\n2. He will meet the Minister of Trade of Indonesia, Budi "
        "Hartono, on 4 April.\n\n3. He will also call on the Minister of Industry of "
        "Indonesia, Dewi Lestari.\n\n4. Minister Budi will be accompanied by the "
        "Secretary-General of the Ministry of Trade, Tan Mei Ling.\n\nMINISTRY OF "
        "TRADE\nPUTRAJAYA\n1 March 2027\n"
    )
    assert _people(text)["Tan Mei Ling"][1] == "Indonesia"


# --- people: "A will accompany B and hold talks with his counterpart C": A's counterpart ------------------


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "SEOUL, March 1 (Yonhap) -- President Park Ji-hoon will visit Tokyo on Thursday "
            "for talks with Prime Minister Kenji Morita.\n\nForeign Minister Lee Dong-wook "
            "will accompany Park and hold talks with his Japanese counterpart Aiko Tanabe on "
            "Thursday morning, officials said.\n",
            "Aiko Tanabe",
            "Foreign Minister",
        ),
        (
            "OTTAWA, March 1 -- Prime Minister Claire Dubois will travel to Mexico City on "
            "Thursday for talks with President Luis Ortega.\n\nDefence Minister Paul Girard "
            "will accompany Dubois and meet his Mexican counterpart Ramon Estrada on Friday, "
            "officials said.\n",
            "Ramon Estrada",
            "Defence Minister",
        ),
        (
            "CANBERRA, March 1 -- Prime Minister Owen Fletcher will visit Jakarta on Thursday "
            "for talks with President Budi Santoso.\n\nTrade Minister Nina Walsh will "
            "accompany Fletcher and hold talks with her Indonesian counterpart Dewi Kartika on "
            "Thursday morning, officials said.\n",
            "Dewi Kartika",
            "Trade Minister",
        ),
    ],
)
def test_counterpart_of_the_subject_not_the_accompanied(text: str, name: str, role: str) -> None:
    # the subject's office, not the accompanied leader's (round 24b's counterpart convention)
    assert _people(text)[name][0] == role


def test_leaders_counterpart_keeps_office() -> None:
    # near miss: the leader herself is the subject: her counterpart holds her office
    text = (
        "OTTAWA, March 1 -- Prime Minister Claire Dubois will travel to Mexico City on "
        "Thursday, and she and her Mexican counterpart Ramon Estrada will sign a trade accord, "
        "officials said.\n"
    )
    assert _people(text)["Ramon Estrada"][0] == "Prime Minister"


# --- quotes: "said the High Representative ahead of the meeting" -------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Brussels, 1 March 2027\n\nEU trade ministers will meet in Brussels on 9 March "
            "2027. The meeting will be chaired by Anneli Koskinen, High Representative of the "
            'Union for Foreign Affairs and Security Policy.\n\n"Our partners expect decisions, '
            'not more statements," said the High Representative ahead of the meeting.\n',
            "Anneli Koskinen",
        ),
        (
            "Geneva, 1 March 2027\n\nHealth ministers will meet in Geneva on 9 March 2027. The "
            "meeting will be chaired by Tomas Berglund, Director-General of the Regional "
            'Health Office.\n\n"We cannot afford another lost year for vaccination," said the '
            "Director-General before the meeting.\n",
            "Tomas Berglund",
        ),
        (
            "Vienna, 1 March 2027\n\nEnergy ministers will meet in Vienna on 9 March 2027. The "
            "session will be opened by Marta Lindqvist, Secretary-General of the Danube Energy "
            'Forum.\n\n"The grid must be ready for the winter ahead," said the '
            "Secretary-General at a briefing for journalists.\n",
            "Marta Lindqvist",
        ),
    ],
)
def test_title_speaker_before_time_adjunct(text: str, name: str) -> None:
    assert [s for s, _ in _quotes(text)] == [name]


def test_unnamed_speaker_before_adjunct_stays_unnamed() -> None:
    # near miss: "a senior official at a briefing": no one named
    text = (
        "Vienna, 1 March 2027\n\nEnergy ministers will meet in Vienna on 9 March 2027. The "
        "session will be opened by Marta Lindqvist, Secretary-General of the Danube Energy "
        'Forum.\n\n"The grid must be ready for the winter ahead," said a senior official at a '
        "briefing for journalists.\n"
    )
    assert [s for s, _ in _quotes(text)] == [None]


# --- quotes: a two-word quote in the writer's clause after the attribution ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        (
            "TOKYO, 1 (Kyodo) -- Prime Minister Kenji Morita will visit South Korea on "
            "Thursday for talks with President Park Ji-hoon in Busan, the government said "
            'Monday, as the two neighbors keep up "shuttle talks" amid regional tension.\n'
        ),
        (
            "MANILA, March 1 -- Foreign Secretary Elena Dimaculangan will fly to Hanoi on "
            "Thursday for talks with Minister Tran Van Binh, the ministry said Monday, as the "
            'two countries pursue "maritime understanding" in the South China Sea.\n'
        ),
        (
            "JAKARTA, March 1 -- Foreign Minister Dewi Kartika will visit Canberra on Thursday "
            "for talks with Foreign Minister Grace Holloway, the ministry announced on Monday, "
            'amid efforts to keep "defence dialogue" on track.\n'
        ),
    ],
)
def test_writers_clause_scare_quotes(text: str) -> None:
    assert _quotes(text) == []


def test_reported_clause_short_quote_kept() -> None:
    # near miss: "adding that the two would "speak frankly"": the speaker's reported words
    text = (
        "TOKYO, 1 (Kyodo) -- Prime Minister Kenji Morita will visit South Korea on Thursday "
        "for talks with President Park Ji-hoon in Busan, the government said Monday, adding "
        'that the two leaders would "speak frankly" about history.\n'
    )
    assert [q for _, q in _quotes(text)] == ["speak frankly"]


# --- sides: "A and B will co-chair the 4th meeting of X" under "4th Meeting of X (City, date)" -----------


def _sides(text: str) -> list[tuple[str, set[str]]]:
    return [(e.kind, set(e.participants)) for e in extract(text, today=_TODAY).events if e.kind != "main"]


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "4th Meeting of the Kenya-Ghana Joint Commission on Bilateral Cooperation (Nairobi, "
            "April 9, 2027)\n\nMarch 02, 2027\n\nCabinet Secretary for Foreign Affairs Amos Wekesa "
            "and Minister for Foreign Affairs of Ghana, Hon. Kofi Asante, will co-chair the 4th "
            "meeting of the Kenya-Ghana Joint Commission on Bilateral Cooperation (JCBC) in "
            "Nairobi on April 9, 2027. Minister Asante will be on an official visit to Kenya "
            "from April 8-10, 2027.\n\n2. Minister Asante will call on President Daniel Kiprono on "
            "April 8.\n",
            {"Amos Wekesa", "Kofi Asante"},
        ),
        (
            "3rd Session of the Chile-Peru Joint Commission on Bilateral Cooperation (Santiago, "
            "April 14, 2027)\n\nMarch 02, 2027\n\nForeign Minister Camila Rojas and Foreign Minister "
            "of Peru Hon. Jorge Quispe will co-chair the 3rd session of the Chile-Peru Joint "
            "Commission on Bilateral Cooperation (JCBC) in Santiago on April 14, 2027. Minister "
            "Quispe will be on an official visit to Chile from April 13-15, 2027.\n\n2. Minister "
            "Quispe will call on President Andres Valdivia on April 13.\n",
            {"Camila Rojas", "Jorge Quispe"},
        ),
        (
            "7th Meeting of the Fiji-Samoa Joint Commission on Bilateral Cooperation (Suva, June "
            "3, 2027)\n\nMarch 02, 2027\n\nForeign Minister Ratu Josefa Naivalu and Foreign Minister "
            "of Samoa Hon. Tuilagi Faleolo will co-chair the 7th meeting of the Fiji-Samoa Joint "
            "Commission on Bilateral Cooperation (JCBC) in Suva on June 3, 2027. Minister "
            "Faleolo will be on an official visit to Fiji from June 2-4, 2027.\n\n2. Minister "
            "Faleolo will call on Prime Minister Ilisoni Vakarua on June 2.\n",
            {"Josefa Naivalu", "Tuilagi Faleolo"},
        ),
    ],
)
def test_numbered_meeting_of_the_title_is_the_main_event(text: str, pair: set[str]) -> None:
    assert ("bilateral", pair) not in _sides(text)


def test_other_numbered_meeting_stays_a_side_meeting() -> None:
    # near miss: a numbered meeting the title does not name is a meeting of its own
    text = (
        "4th Meeting of the Kenya-Ghana Joint Commission on Bilateral Cooperation (Nairobi, "
        "April 9, 2027)\n\nMarch 02, 2027\n\nCabinet Secretary for Foreign Affairs Amos Wekesa and "
        "Minister for Foreign Affairs of Ghana, Hon. Kofi Asante, will co-chair the 4th meeting "
        "of the Kenya-Ghana Joint Commission on Bilateral Cooperation (JCBC) in Nairobi on April "
        "9, 2027. Minister Asante will be on an official visit to Kenya from April 8-10, "
        "2027.\n\n2. Minister Asante and Trade Secretary Rose Njeri will co-chair the 2nd meeting "
        "of the Kenya-Ghana Trade Committee on April 10.\n"
    )
    assert ("bilateral", {"Kofi Asante", "Rose Njeri"}) in _sides(text)


# --- topics: "maritime safety and surveillance programme (MSSP)": one name its initials spell -------------


def _topics(text: str) -> list[str]:
    return [t.name for t in extract(text, today=_TODAY).topics]


@pytest.mark.parametrize(
    "text, whole",
    [
        (
            "Brussels, 1 March 2027\n\nEU ministers will meet in Brussels on 9 March 2027. They "
            "will also take stock of the bloc's maritime safety and surveillance programme "
            "(MSSP) missions and operations, including the coastal patrol mission.\n",
            "maritime safety and surveillance programme (MSSP)",
        ),
        (
            "Geneva, 1 March 2027\n\nHealth ministers will meet in Geneva on 9 March 2027. They "
            "will review the regional vaccine access and delivery framework (VADF) projects and "
            "operations, including the northern cold-chain network.\n",
            "regional vaccine access and delivery framework (VADF)",
        ),
        (
            "Oslo, 1 March 2027\n\nEnergy ministers will meet in Oslo on 9 March 2027. They will "
            "discuss the northern grid security and resilience strategy (NGSRS) pilots and "
            "audits, as well as offshore wind permits.\n",
            "northern grid security and resilience strategy (NGSRS)",
        ),
    ],
)
def test_initials_keep_an_and_name_whole(text: str, whole: str) -> None:
    assert any(whole in t for t in _topics(text))


def test_initials_not_spelled_split_as_before() -> None:
    # near miss: "(RS)" spells only the last words: "grid security" is an item of its own
    text = (
        "Oslo, 1 March 2027\n\nEnergy ministers will meet in Oslo on 9 March 2027. They will "
        "discuss grid security and the resilience strategy (RS) pilots, as well as offshore wind "
        "permits.\n"
    )
    assert "grid security" in _topics(text)
