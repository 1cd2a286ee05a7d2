"""Side-meeting rules, round 19 (sm19): "separate talks with A and B" are two meetings even when the three
make up the main event; a meal named in a fronted "After ..., " phrase does not make the next meeting a
meal; "preceded by a Meeting of Senior Officials" with a capital M; "a bilateral on Friday", the kind word
as a noun before its time; "X said the minister would also meet B" (no "that"): the protagonist meets B;
a session "which C is due to attend" gains C; a programme's timed item "9:30 a.m. – Meeting with B"."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from tests.extract_helpers import sides_of

# ---- "A is expected to hold separate talks with B and C" after "A, B and C will meet" ----------------------

_SEPARATE = [
    (
        "Three leaders to meet in Hanoi\n\nThe leaders of Vietnam, Laos and Cambodia will sit down in "
        "Hanoi on "
        "May 4 for the 5th trilateral summit. Prime Minister Duong Van Kiet will host President Somphet "
        "Vongsa and Prime Minister Chan Sopheap at the Presidential Palace.\n\nPresident Somphet is "
        "expected to "
        "hold separate talks with Prime Minister Duong and Prime Minister Chan.",
        [
            ("bilateral", ["Chan Sopheap", "Somphet Vongsa"]),
            ("bilateral", ["Duong Van Kiet", "Somphet Vongsa"]),
        ],
    ),
    (
        "Baltic trio to meet in Riga\n\nThe prime ministers of Latvia, Lithuania and Estonia will meet "
        "in Riga "
        "on June 9. Latvian Prime Minister Ilze Ozola will host Lithuanian Prime Minister Tomas Grigas and "
        "Estonian Prime Minister Kaja Tamm.\n\nMs Ozola will also hold separate meetings with Mr Grigas and "
        "Ms Tamm.",
        [("bilateral", ["Ilze Ozola", "Tomas Grigas"]), ("bilateral", ["Ilze Ozola", "Kaja Tamm"])],
    ),
    (
        "Andean ministers gather in Lima\n\nThe foreign ministers of Peru, Chile and Bolivia will meet "
        "in Lima "
        "on 3 March. Peruvian Foreign Minister Ana Quispe will host Chilean Foreign Minister Pablo Soto and "
        "Bolivian Foreign Minister Luis Mamani.\n\nMr Soto will hold separate talks with Ms Quispe and Mr "
        "Mamani.",
        [("bilateral", ["Ana Quispe", "Pablo Soto"]), ("bilateral", ["Luis Mamani", "Pablo Soto"])],
    ),
]


@pytest.mark.parametrize(("text", "want"), _SEPARATE)
def test_separate_talks_with_the_main_events_people_are_meetings_of_their_own(
    text: str, want: list[tuple[str, list[str]]]
) -> None:
    got = sides_of(extract(text, today=date(2031, 1, 5)))
    for one in want:
        assert one in got


def test_talks_with_both_without_separate_restate_the_main_event() -> None:
    text = (
        "Three leaders to meet in Hanoi\n\nThe leaders of Vietnam, Laos and Cambodia will sit down in "
        "Hanoi on "
        "May 4 for the 5th trilateral summit. Prime Minister Duong Van Kiet will host President Somphet "
        "Vongsa and Prime Minister Chan Sopheap at the Presidential Palace.\n\nPresident Somphet is expected "
        "to hold talks with Prime Minister Duong and Prime Minister Chan."
    )
    assert sides_of(extract(text, today=date(2031, 1, 5))) == []


# ---- "After the talks and a working lunch with B, A is due to meet C": C's meeting is no meal ------------

_FRONTED_MEAL = [
    (
        "Premier in Ottawa for trade talks\n\nPrime Minister Rosa Elling of Norway will hold talks with "
        "Prime "
        "Minister Mark Dubois in Ottawa on Monday. After the talks and a working lunch with the prime "
        "minister, Elling is due to meet Finance Minister Claire Tanaka on Tuesday.",
        ("bilateral", ["Claire Tanaka", "Rosa Elling"]),
    ),
    (
        "Minister visits Canberra\n\nFinnish Foreign Minister Aino Vesala will hold talks with Australian "
        "Foreign Minister Peter Lang in Canberra on 4 May. Following a working dinner with her host, Vesala "
        "will meet Defence Minister Julia Hart in Sydney on 5 May.",
        ("bilateral", ["Aino Vesala", "Julia Hart"]),
    ),
    (
        "Secretary to visit Seoul\n\nU.S. Secretary of State Dana Price will hold talks with South Korean "
        "Foreign Minister Lee Min-ho in Seoul on June 3. After a working breakfast with the minister, "
        "Price is scheduled to meet Unification Minister Kang Ji-won on June 4.",
        ("bilateral", ["Dana Price", "Kang Ji-won"]),
    ),
]


@pytest.mark.parametrize(("text", "want"), _FRONTED_MEAL)
def test_a_meal_in_a_fronted_time_phrase_is_not_the_next_meeting(
    text: str, want: tuple[str, list[str]]
) -> None:
    assert want in sides_of(extract(text, today=date(2031, 1, 5)))


def test_a_working_lunch_with_the_person_met_is_still_a_meal() -> None:
    text = (
        "Minister visits Canberra\n\nFinnish Foreign Minister Aino Vesala will hold talks with Australian "
        "Foreign Minister Peter Lang in Canberra on 4 May. On 5 May, Vesala will have a working lunch with "
        "Defence Minister Julia Hart."
    )
    assert ("bilateral", ["Aino Vesala", "Julia Hart"]) not in sides_of(extract(text, today=date(2031, 1, 5)))


def _sides(text: str) -> list[tuple[str, list[str]]]:
    return sides_of(extract(text, today=date(2031, 1, 5)))


# ---- "A and B are to hold a bilateral on Friday": the kind word as a noun before its time ----------------

_BILATERAL_NOUN = [
    (
        "G20 finance ministers meet in Rome\n\nFinance ministers of the G20 will meet in Rome on 12 and 13 "
        "June. German Finance Minister Karl Weiss and French Finance Minister Julie Martin are pencilled in "
        "for a bilateral on the first evening, officials said.",
        ("bilateral", ["Julie Martin", "Karl Weiss"]),
    ),
    (
        "Defence ministers gather in Brussels\n\nNATO defence ministers will meet in Brussels on 4 and 5 "
        "March. Dutch Defence Minister Pieter de Wit will also see Norwegian Defence Minister Ola Berg for a "
        "bilateral on Thursday afternoon, a ministry spokesman said.",
        ("bilateral", ["Ola Berg", "Pieter de Wit"]),
    ),
    (
        "Ministers meet in Jakarta\n\nASEAN foreign ministers will meet in Jakarta on 8 July. Malaysian "
        "Foreign Minister Aziz Rahman and Thai Foreign Minister Somchai Wong, Japanese Foreign Minister Ito "
        "Ken and Australian Foreign Minister Ann Lee attend. Rahman and Ito are scheduled to hold a "
        "bilateral "
        "on Wednesday morning.",
        ("bilateral", ["Aziz Rahman", "Ito Ken"]),
    ),
]


@pytest.mark.parametrize(("text", "want"), _BILATERAL_NOUN)
def test_a_bilateral_before_its_time_is_a_meeting(text: str, want: tuple[str, list[str]]) -> None:
    assert want in _sides(text)


def test_a_bilateral_adjective_before_a_topic_is_no_meeting() -> None:
    text = (
        "Defence ministers gather in Brussels\n\nNATO defence ministers will meet in Brussels on 4 and 5 "
        "March. Dutch Defence Minister Pieter de Wit said a bilateral agreement on Thursday with Norwegian "
        "Defence Minister Ola Berg was signed last year."
    )
    assert ("bilateral", ["Ola Berg", "Pieter de Wit"]) not in _sides(text)


# ---- "A said the foreign minister would also meet B": the protagonist meets B, not the spokesperson A ----

_SAID_THE_MINISTER = [
    (
        "FM Rauf leaves for Tokyo\n\nISLAMABAD: Foreign Minister Ahmed Rauf will leave for Tokyo on Sunday "
        "for the fifth Pakistan-Japan Strategic Dialogue with Japanese Foreign Minister Sato Ken on "
        "Monday.\n\n"
        "Spokesperson Nadia Karim said the foreign minister would also meet Economy Minister Mori Aki to "
        "discuss investment.",
        ("bilateral", ["Ahmed Rauf", "Mori Aki"]),
    ),
    (
        "Minister to visit Cairo\n\nAMMAN: Foreign Minister Omar Haddad will travel to Cairo on Sunday for "
        "talks with Egyptian Foreign Minister Sami Fahmy on Monday.\n\nSpokesman Ali Nasser said the "
        "foreign minister would also call on President Adel Mansour and meet Trade Minister Hoda Farouk.",
        ("bilateral", ["Hoda Farouk", "Omar Haddad"]),
    ),
    (
        "Secretary to visit Manila\n\nWASHINGTON: U.S. Defense Secretary Ray Stone will travel to Manila on "
        "May 2 for talks with Philippine Defense Secretary Jose Cruz on May 3.\n\nPress Secretary Amy Dale "
        "said the defense secretary would also call on President Luz Santos and meet Foreign Secretary "
        "Ana Reyes.",
        ("bilateral", ["Ana Reyes", "Ray Stone"]),
    ),
]


@pytest.mark.parametrize(("text", "want"), _SAID_THE_MINISTER)
def test_said_the_minister_would_meet_is_the_protagonists_meeting(
    text: str, want: tuple[str, list[str]]
) -> None:
    assert want in _sides(text)


def test_said_a_named_other_person_would_meet_is_that_persons_meeting() -> None:
    text = (
        "Minister to visit Cairo\n\nAMMAN: Foreign Minister Omar Haddad will travel to Cairo on Sunday for "
        "talks with Egyptian Foreign Minister Sami Fahmy on Monday.\n\nMinistry spokesman Ali Nasser said "
        "Trade Minister Rami Saleh would also meet Egyptian Trade Minister Hoda Farouk on Tuesday."
    )
    got = _sides(text)
    assert ("bilateral", ["Hoda Farouk", "Omar Haddad"]) not in got


# ---- "In X, the delegation will meet B": the delegation's head, whom the text says leads it ---------------

_DELEGATION = [
    (
        "Senator Leads Delegation to Korea and Japan\n\nWASHINGTON - U.S. Senator Ellen Marsh (D-Ore.) will "
        "lead a bipartisan congressional delegation to Seoul and Tokyo from June 2 to June 7.\n\nIn Seoul, "
        "the delegation will meet Foreign Minister Han Ji-woo. In Tokyo, members will hold talks with "
        "Defense "
        "Minister Ota Ren.",
        [("bilateral", ["Ellen Marsh", "Han Ji-woo"]), ("bilateral", ["Ellen Marsh", "Ota Ren"])],
    ),
    (
        "MEPs to visit Georgia\n\nA delegation from the Committee on Foreign Affairs, led by Anna Berger "
        "(EPP, AT), will be in Georgia from 3 to 5 May to discuss the country's European path.\n\nIn "
        "Tbilisi, MEPs will meet Foreign Minister Nino Beridze.",
        [("bilateral", ["Anna Berger", "Nino Beridze"])],
    ),
    (
        "Committee visit to Oslo\n\nThe Defence Committee will visit Oslo on 9 and 10 June. The delegation "
        "will be led by the Chair of the Committee, Sir Tom Reed MP, and will include Jane Moss MP.\n\nOn 10 "
        "June, Members will meet the Norwegian Minister of Defence, Kari Lunde, to discuss Arctic security.",
        [("bilateral", ["Kari Lunde", "Tom Reed"])],
    ),
]


@pytest.mark.parametrize(("text", "want"), _DELEGATION)
def test_a_delegations_meeting_is_held_by_its_head(text: str, want: list[tuple[str, list[str]]]) -> None:
    got = _sides(text)
    for one in want:
        assert one in got


def test_a_delegation_member_not_said_to_lead_it_holds_no_meeting() -> None:
    text = (
        "Senators to visit Seoul\n\nA bipartisan congressional delegation will visit Seoul from June 2 to "
        "June 5. The delegation includes Senator Ellen Marsh (D-Ore.) and Senator Tom Pike (R-Utah).\n\nIn "
        "Seoul, the delegation will meet Foreign Minister Han Ji-woo."
    )
    assert all("Han Ji-woo" not in names or len(names) != 2 for _, names in _sides(text))


# ---- a session "which C is due to attend" gains C; "preceded by a Meeting of Senior Officials" ------------

_WHICH_ATTEND = [
    (
        "NATO defence ministers meet\n\nBRUSSELS (Reuters) - NATO defence ministers meet in Brussels on "
        "Thursday. Before the ministerial opens, Dutch Defence Minister Pieter de Wit and Danish Defence "
        "Minister Jens Holm will co-chair a meeting of the Baltic Air Coalition, which Latvian Defence "
        "Minister Ilze Kalna is due to attend.",
        ["Ilze Kalna", "Jens Holm", "Pieter de Wit"],
    ),
    (
        "Ministers meet in Vienna\n\nVIENNA - OSCE foreign ministers meet in Vienna on 4 December. On "
        "the eve, "
        "Austrian Foreign Minister Eva Gruber and Swiss Foreign Minister Marc Favre will co-chair a meeting "
        "of the Danube Security Group, which Hungarian Foreign Minister Gabor Nagy is expected to attend.",
        ["Eva Gruber", "Gabor Nagy", "Marc Favre"],
    ),
    (
        "Leaders gather in Lisbon\n\nLISBON - EU leaders gather in Lisbon on 20 March. Portuguese Prime "
        "Minister Rui Costa and Spanish Prime Minister Ana Ruiz will co-chair a session of the Atlantic "
        "Ports Forum, which Irish Taoiseach Sean Byrne is set to attend.",
        ["Ana Ruiz", "Rui Costa", "Sean Byrne"],
    ),
]


@pytest.mark.parametrize(("text", "want"), _WHICH_ATTEND)
def test_a_session_which_someone_is_due_to_attend_gains_them(text: str, want: list[str]) -> None:
    assert ("multilateral", want) in _sides(text)


def test_a_venue_which_someone_will_visit_adds_no_one() -> None:
    text = (
        "NATO defence ministers meet\n\nBRUSSELS (Reuters) - NATO defence ministers meet in Brussels on "
        "Thursday. Before the ministerial opens, Dutch Defence Minister Pieter de Wit and Danish Defence "
        "Minister Jens Holm will co-chair a meeting of the Baltic Air Coalition at NATO headquarters, which "
        "Latvian Defence Minister Ilze Kalna visited last year."
    )
    assert all("Ilze Kalna" not in names for _, names in _sides(text))


_SENIOR_OFFICIALS = [
    (
        "Minister to visit Lusaka\n\nPRETORIA - Minister of International Relations Naledi Khoza will "
        "co-chair "
        "the 5th Session of the South Africa-Zambia Joint Commission with Zambian Foreign Minister Mutale "
        "Banda in Lusaka on 24 June 2031. The Ministerial Session will be preceded by a Meeting of Senior "
        "Officials on 23 June 2031, to be co-chaired by South African Ambassador Sipho Dube and Zambian "
        "Permanent Secretary Grace Phiri.",
        ("bilateral", ["Grace Phiri", "Sipho Dube"]),
    ),
    (
        "Minister to visit Maputo\n\nPRETORIA - Minister of International Relations Naledi Khoza will "
        "co-chair "
        "the 3rd Session of the South Africa-Mozambique Bi-National Commission with Mozambican Foreign "
        "Minister Rosa Macuacua in Maputo on 10 May 2031. It will be preceded by a Meeting of Officials on "
        "9 May 2031, co-chaired by South African Ambassador Thabo Nkosi and Mozambican Ambassador Carlos "
        "Mucavele.",
        ("bilateral", ["Carlos Mucavele", "Thabo Nkosi"]),
    ),
    (
        "Minister to visit Gaborone\n\nPRETORIA - Minister of International Relations Naledi Khoza will "
        "co-chair the 2nd Session of the South Africa-Botswana Joint Commission with Botswana Foreign "
        "Minister Kabo Molefe in Gaborone on 2 April 2031. The Session will be preceded by a Meeting of "
        "Senior Officials on 1 April 2031, co-chaired by South African Ambassador Lerato Mokoena and "
        "Botswana Permanent Secretary Neo Sebele.",
        ("bilateral", ["Lerato Mokoena", "Neo Sebele"]),
    ),
]


@pytest.mark.parametrize(("text", "want"), _SENIOR_OFFICIALS)
def test_preceded_by_a_capitalised_meeting_of_officials(text: str, want: tuple[str, list[str]]) -> None:
    assert want in _sides(text)


# ---- "9:30 a.m. – Meeting with B": a programme's timed item is the visitor's meeting ----------------------

_TIMED_ITEM = [
    (
        "MEDIA ADVISORY\n\nESTONIAN MINISTER TO VISIT OTTAWA, MAY 4-5\n\nWHAT: Working visit to Ottawa "
        "of the "
        "Minister of Foreign Affairs of Estonia, Kaia Lepp\n\nPROGRAM\n\nMonday, May 4\n9:00 a.m. – Meeting "
        "with Minister of Foreign Affairs Claire Dubois, Global Affairs Canada\n2:00 p.m. – Press "
        "availability\n",
        ("bilateral", ["Claire Dubois", "Kaia Lepp"]),
    ),
    (
        "MEDIA ADVISORY\n\nLATVIAN MINISTER TO VISIT WASHINGTON, JUNE 8\n\nWHAT: Visit to Washington of the "
        "Minister of Defence of Latvia, Andris Ozols\n\nSCHEDULE\n\n10:30 a.m. – Meeting with Deputy "
        "Secretary of Defense Mark Ellis, the Pentagon (closed press)\n1:00 p.m. – Remarks at a think tank\n",
        ("bilateral", ["Andris Ozols", "Mark Ellis"]),
    ),
    (
        "MEDIA ADVISORY\n\nFINNISH PRIME MINISTER TO VISIT LONDON, 3 MARCH\n\nWHAT: Visit to London of the "
        "Prime Minister of Finland, Sanna Koski\n\nPROGRAMME\n\nTuesday, 3 March\n11.15 – Meeting with "
        "Foreign Secretary James Hale, Foreign Office\n15.00 – Press conference\n",
        ("bilateral", ["James Hale", "Sanna Koski"]),
    ),
]


@pytest.mark.parametrize(("text", "want"), _TIMED_ITEM)
def test_a_timed_programme_item_meeting_with_b_is_the_visitors_meeting(
    text: str, want: tuple[str, list[str]]
) -> None:
    assert want in _sides(text)


def test_a_meeting_with_b_line_without_a_time_is_no_item() -> None:
    text = (
        "MEDIA ADVISORY\n\nESTONIAN MINISTER TO VISIT OTTAWA, MAY 4-5\n\nWHAT: Working visit to Ottawa "
        "of the "
        "Minister of Foreign Affairs of Estonia, Kaia Lepp\n\nNOTES\n\nMeeting with Minister of Foreign "
        "Affairs Claire Dubois was last held in 2029.\n"
    )
    assert ("bilateral", ["Claire Dubois", "Kaia Lepp"]) not in _sides(text)


# ---- "Foreign ministers of the bloc will meet on Friday, chaired by A": the group's session, its chair ----

_GROUP_CHAIRED = [
    (
        "Leaders gather in Accra\n\nAccra (AFP) - West African heads of state gather in Accra on Sunday "
        "for an "
        "ECOWAS summit. Foreign ministers of the bloc will meet on Friday, chaired by Togo's Foreign "
        "Minister "
        "Kofi Amega, to finalise the draft communique.",
        ["Kofi Amega"],
    ),
    (
        "Police chiefs meet in Riga\n\nRIGA - Police chiefs from 40 countries are gathered in Riga for the "
        "European Regional Conference from 12 to 14 May. The heads of the national bureaus will also meet on "
        "13 May, under the chairmanship of Vice-President for Europe Anna Kalnina.",
        ["Anna Kalnina"],
    ),
    (
        "Savchuk to meet Hale in Brussels\n\nBRUSSELS - Ukrainian Defence Minister Oleh Savchuk will hold "
        "talks with British Defence Secretary Tom Hale in Brussels on Feb. 12 at a meeting of the Ukraine "
        "Defence Contact Group.\n\nOn Feb. 13, NATO defence ministers, including Hale and Norway's Eva Lund, "
        "will gather at the alliance's headquarters for a meeting chaired by Secretary General Jan Visser.",
        ["Eva Lund", "Jan Visser", "Tom Hale"],
    ),
]


@pytest.mark.parametrize(("text", "want"), _GROUP_CHAIRED)
def test_a_group_meeting_chaired_by_a_is_a_session_with_its_chair(text: str, want: list[str]) -> None:
    assert ("multilateral", want) in _sides(text)


def test_a_gathering_chaired_by_a_with_no_group_meeting_is_no_session() -> None:
    text = (
        "Leaders gather in Accra\n\nAccra (AFP) - West African heads of state gather in Accra on Sunday "
        "for an "
        "ECOWAS summit. The bloc's new trade report, chaired by Togo's Foreign Minister Kofi Amega, will be "
        "published on Friday."
    )
    assert ("multilateral", ["Kofi Amega"]) not in _sides(text)


# ---- "the foreign ministers of X, Y and Z": each listed country's named minister, field in lower case ----

_LOWER_FIELD = [
    (
        "FM Qadir in Beijing for strategic dialogue\n\nISLAMABAD: Foreign Minister Amir Qadir will leave for "
        "Beijing on Sunday for the fifth Pakistan-China Strategic Dialogue with Chinese Foreign Minister Wen "
        "Tao on Monday.\n\nOn Tuesday, Mr Qadir will also attend the trilateral meeting of the foreign "
        "ministers "
        "of Pakistan, China and Afghanistan, to be hosted by Mr Wen. Afghanistan's Acting Foreign Minister "
        "Hamid Noori is expected to travel to Beijing for the meeting.",
        ["Amir Qadir", "Hamid Noori", "Wen Tao"],
    ),
    (
        "Minister to attend retreat in Cebu\n\nMANILA - Defense Secretary Ramon Cruz will attend the ASEAN "
        "Defence Ministers' Retreat in Cebu on 25 February. Malaysian Defence Minister Hamzah Aziz and "
        "Indonesian Defence Minister Budi Santoso will attend. On the sidelines, Cruz will hold a trilateral "
        "meeting with the defence ministers of Malaysia and Indonesia on the Sulu Sea.",
        ["Budi Santoso", "Hamzah Aziz", "Ramon Cruz"],
    ),
    (
        "Astana hosts Council of Foreign Ministers\n\nASTANA - Kazakhstan will host the Council of Foreign "
        "Ministers in Astana on 3 May, chaired by Foreign Minister Aida Bekova and attended by Uzbek Foreign "
        "Minister Timur Azimov and Azerbaijani Foreign Minister Rauf Aliyev.\n\nOn the sidelines of the "
        "Council, Bekova will also hold a trilateral meeting with the foreign ministers of Uzbekistan and "
        "Azerbaijan.",
        ["Aida Bekova", "Rauf Aliyev", "Timur Azimov"],
    ),
]


@pytest.mark.parametrize(("text", "want"), _LOWER_FIELD)
def test_the_foreign_ministers_of_listed_countries_are_their_named_ministers(
    text: str, want: list[str]
) -> None:
    assert any(kind == "trilateral" and set(want) <= set(names) for kind, names in _sides(text))


def test_other_officials_of_listed_countries_are_not_their_ministers() -> None:
    text = (
        "Astana hosts Council of Foreign Ministers\n\nASTANA - Kazakhstan will host the Council of Foreign "
        "Ministers in Astana on 3 May, chaired by Foreign Minister Aida Bekova and attended by Uzbek Foreign "
        "Minister Timur Azimov and Azerbaijani Foreign Minister Rauf Aliyev.\n\nOn the sidelines of the "
        "Council, Bekova will also hold a trilateral meeting with the former ministers of Uzbekistan and "
        "Azerbaijan."
    )
    assert not any({"Rauf Aliyev", "Timur Azimov"} <= set(names) for _, names in _sides(text))


# ---- "MR A: I expect the Secretary will ... I can confirm he will meet B": the speaker holds no meeting ----

_SPEAKER_FRAME = [
    (
        "Department Press Briefing\nJohn Avery, Deputy Spokesperson\nWashington, DC\nMay 2, 2031\n\nMR "
        "AVERY: "
        "Secretary of State Laura Finch will travel to Rome May 8 to 9 to attend the G7 Foreign Ministers' "
        "Meeting.\n\nQUESTION: Will the Secretary see anyone on the margins?\n\nMR AVERY: I expect the "
        "Secretary will have several meetings on the margins. I can confirm she will meet Italian Foreign "
        "Minister Marco Bellini there.",
        ("bilateral", ["Laura Finch", "Marco Bellini"]),
    ),
    (
        "Press Briefing\nAnna Cole, Pentagon Spokesperson\nWashington, DC\nJune 3, 2031\n\nMS COLE: Defense "
        "Secretary Paul Grant will travel to Singapore June 10 to 12 for the Shangri-La Dialogue.\n\n"
        "QUESTION: Any bilaterals?\n\nMS COLE: I expect the Secretary will hold a few. I can confirm he will "
        "meet Japanese Defense Minister Sato Jun there.",
        ("bilateral", ["Paul Grant", "Sato Jun"]),
    ),
    (
        "Department Press Briefing\nJohn Avery, Deputy Spokesperson\nWashington, DC\nMay 2, 2031\n\nMR "
        "AVERY: "
        "Secretary of State Laura Finch will travel to Brussels May 8 to 9 for the NATO Foreign Ministers' "
        "Meeting.\n\nQUESTION: Any meetings on the margins?\n\nMR AVERY: We expect the Secretary will be "
        "busy. "
        "I can confirm that she will meet Belgian Foreign Minister Jan Peeters there.",
        ("bilateral", ["Jan Peeters", "Laura Finch"]),
    ),
]


@pytest.mark.parametrize(("text", "want"), _SPEAKER_FRAME)
def test_a_speakers_frame_leaves_the_meeting_to_the_person_spoken_of(
    text: str, want: tuple[str, list[str]]
) -> None:
    assert sorted(want[1]) in [names for kind, names in _sides(text) if kind == want[0]]


def test_a_speaker_who_will_meet_someone_holds_the_meeting() -> None:
    text = (
        "Department Press Briefing\nJohn Avery, Deputy Spokesperson\nWashington, DC\nMay 2, 2031\n\nMR "
        "AVERY: "
        "Secretary of State Laura Finch will travel to Rome May 8 to 9 to attend the G7 Foreign Ministers' "
        "Meeting.\n\nQUESTION: Will you go?\n\nMR AVERY: I will meet Italian spokesman Marco Bellini on "
        "May 8."
    )
    assert ("bilateral", ["Laura Finch", "Marco Bellini"]) not in _sides(text)


# ---- "chair the X Roundtable on the sidelines of the Dialogue": a gathering of its own ----

_ROUNDTABLE = [
    (
        "Delhi to host Sagar Dialogue\n\nNEW DELHI - The fifth Sagar Dialogue will be held in New Delhi "
        "from 3 to "
        "5 March 2031.\n\nOn 4 March, External Affairs Minister Vikram Rao will chair the India-Baltic "
        "Foreign "
        "Ministers' Roundtable on the sidelines of the Dialogue, with the participation of Latvia's Foreign "
        "Minister Ilze Ozola and Estonia's Foreign Minister Kaja Tamm, among others.",
        ["Ilze Ozola", "Kaja Tamm", "Vikram Rao"],
    ),
    (
        "Lisbon hosts Atlantic Forum\n\nLISBON - The Atlantic Forum opens in Lisbon on 10 June "
        "2031.\n\nOn 11 "
        "June, Foreign Minister Rui Costa will chair the Lusophone Foreign Ministers' Roundtable on the "
        "margins "
        "of the Forum, with the participation of Brazil's Foreign Minister Ana Lima and Angola's Foreign "
        "Minister Jose Neto.",
        ["Ana Lima", "Jose Neto", "Rui Costa"],
    ),
    (
        "Oslo hosts Arctic Summit\n\nOSLO - The Arctic Summit will be held in Oslo on 2 and 3 May "
        "2031.\n\nOn 2 "
        "May, Foreign Minister Eva Lund will chair the Nordic-Baltic Ministers' Meeting on the sidelines of "
        "the Summit, with the participation of Finland's Foreign Minister Aino Vesala and Lithuania's "
        "Foreign "
        "Minister Tomas Grigas.",
        ["Aino Vesala", "Eva Lund", "Tomas Grigas"],
    ),
]


@pytest.mark.parametrize(("text", "want"), _ROUNDTABLE)
def test_a_gathering_on_the_sidelines_of_the_main_one_is_its_own(text: str, want: list[str]) -> None:
    assert ("multilateral", want) in _sides(text)


def test_chairing_the_main_gathering_itself_is_no_side_meeting() -> None:
    text = (
        "Delhi to host Sagar Dialogue\n\nNEW DELHI - The fifth Sagar Dialogue will be held in New Delhi "
        "from 3 to "
        "5 March 2031.\n\nOn 4 March, External Affairs Minister Vikram Rao will chair the Sagar Dialogue's "
        "closing session, with the participation of Latvia's Foreign Minister Ilze Ozola."
    )
    assert ("multilateral", ["Ilze Ozola", "Vikram Rao"]) not in _sides(text)
