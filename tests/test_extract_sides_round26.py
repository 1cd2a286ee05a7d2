"""Sides of officials with unqualified titles, round 26 (sides): the state the text ties an official to by
the office's owner it names (a title with another state's word for the other holder, "Chairman of the Xish
Joint X" beside the bare one; a diplomatic post's letterhead "Xish Mission Yland"; a spokesperson's body by
its defined initials or its head, a ministry's spokesperson of the minister the text gives "her ministry", a
minister the text describes by the state alone; "Shadow" opening a lower-case title), by the one it stands
for ("A's counterpart B" is never of A's state; "She will be accompanied by" after "During the visit the
Foreign Secretary will"; "The Minister will be accompanied by" in the minister's own release; "will send B in
his place"), and a title verb after a modal ("will lead the delegation") that opens no title."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2026, 5, 1)


def _person(text: str, name: str) -> tuple[str | None, str | None]:
    found = [(p.role, p.country) for p in extract(text, today=_TODAY).people if p.name == name]
    assert found, name
    return found[0]


@pytest.mark.parametrize(
    "text, name, role, country",
    [
        pytest.param(
            (
                "Minister of National Defense to attend talks in Washington\n"
                "\n"
                "Minister of National Defense Ahn Sung-jae will visit Washington from May 4 to 6 to "
                "attend the annual ROK-U.S. defense talks.\n"
                "\n"
                "Ahead of the talks, Chairman of the Joint Chiefs of Staff Gen. Yoo Dae-hyun and "
                "Chairman of the U.S. Joint Chiefs of Staff Gen. Harlan P. Crowe will hold a military "
                "committee meeting on May 4.\n"
            ),
            "Yoo Dae-hyun",
            "Chairman of the Joint Chiefs of Staff",
            "South Korea",
            id="jcs",
        ),
        pytest.param(
            (
                "U.S. Mission Ghana\n"
                "PRESS RELEASE\n"
                "\n"
                "Assistant Secretary Lindqvist to visit Accra\n"
                "\n"
                "ACCRA — Assistant Secretary of State for African Affairs Marta Lindqvist will visit "
                "Accra next week for talks with Ghana's Minister of Foreign Affairs, Kofi Asante-Mensah.\n"
                "\n"
                "“Ghana is a vital partner,” said Chargé d'Affaires a.i. Gregory P. Tallis.\n"
            ),
            "Gregory P. Tallis",
            "Chargé d'Affaires a.i.",
            "United States",
            id="mission",
        ),
        pytest.param(
            (
                "Defence talks set for Canberra\n"
                "\n"
                "South Korea's Minister of National Defense Ahn Sung-jae will travel to Canberra on May "
                "4 for talks with Australian Defence Minister Paul Hennessy at Parliament House.\n"
                "\n"
                "MND spokesperson Col. Jeon Min-ho told reporters that the ministry had finished "
                "preparations with the Australian Department of Defence and the Pentagon.\n"
            ),
            "Jeon Min-ho",
            "MND spokesperson",
            "South Korea",
            id="mnd",
        ),
        pytest.param(
            (
                "Portugal's top diplomat to visit Ghana\n"
                "\n"
                "Accra (AFP) – Portuguese Foreign Minister Inês Carvalho will travel to Ghana next week, "
                "her ministry announced Thursday.\n"
                "\n"
                "Carvalho will hold talks in Accra with Ghana's Foreign Minister Kofi Asante-Mensah on "
                "Monday.\n"
                "\n"
                "“Ghana is a key partner,” foreign ministry spokeswoman Beatriz Lobo told reporters.\n"
            ),
            "Beatriz Lobo",
            "foreign ministry spokeswoman",
            "Portugal",
            id="ministry",
        ),
        pytest.param(
            (
                "Japanese and Vietnamese defense chiefs to meet in Hanoi\n"
                "\n"
                "HANOI, Vietnam (AP) — Japan's defense minister will hold talks with his Vietnamese "
                "counterpart in Hanoi on Thursday, officials said.\n"
                "\n"
                "Defense Minister Kenji Moriyama is to arrive Wednesday night and meet General Pham Van "
                "Tuan at the defence ministry, the Vietnamese ministry said.\n"
            ),
            "Kenji Moriyama",
            "Defense Minister",
            "Japan",
            id="described",
        ),
        pytest.param(
            (
                "Minister to host Fijian counterpart\n"
                "\n"
                "Defence Minister Paul Hennessy will host his Fijian counterpart, Ratu Josefa Tuilagi, "
                "in Canberra on Friday.\n"
                "\n"
                "Shadow defence minister Wendy Carraway said the Coalition supported the visit.\n"
            ),
            "Wendy Carraway",
            "Shadow defence minister",
            "Australia",
            id="shadow",
        ),
        pytest.param(
            (
                "India, Canada to hold defence dialogue\n"
                "\n"
                "New Delhi, May 1 (PTI) India and Canada will hold their defence dialogue here on May 8, "
                "with Defence Minister Suresh Varadan set to host his Canadian counterpart, the ministry "
                "said.\n"
                "\n"
                "Varadan's counterpart Julien Ostrander is expected to arrive on the morning of the "
                "talks, officials said.\n"
            ),
            "Julien Ostrander",
            "Defence Minister",
            "Canada",
            id="counterpart",
        ),
        pytest.param(
            (
                "Deputy Secretary Mallory to co-chair dialogue in Accra\n"
                "\n"
                "Deputy Minister Dana Mallory will lead the U.S. delegation and co-chair the "
                "Commission with Ghana's Minister of Foreign Affairs, Amb. Kofi Asante-Mensah, on May 8.\n"
            ),
            "Kofi Asante-Mensah",
            "Minister of Foreign Affairs",
            "Ghana",
            id="lead",
        ),
        pytest.param(
            (
                "Press release\n"
                "\n"
                "Foreign Secretary to visit Hanoi\n"
                "\n"
                "From: Foreign, Commonwealth & Development Office\n"
                "\n"
                "The Foreign Secretary, Harriet Oakes, will visit Hanoi on Wednesday, where she and her "
                "Vietnamese counterpart, Nguyen Van Long, will hold the first strategic dialogue.\n"
                "\n"
                "During the visit the Foreign Secretary will also meet Vietnam's Minister of Trade, Tran "
                "Thi Mai, to discuss energy.\n"
                "\n"
                "She will be accompanied by the Minister for Asia, Lord Peter Ashdown, who will stay on "
                "in Hanoi for trade talks.\n"
            ),
            "Peter Ashdown",
            "Minister for Asia",
            "United Kingdom",
            id="during",
        ),
        pytest.param(
            (
                "Defence Minister to attend forum in Singapore\n"
                "\n"
                "Defence Minister Alan Whitcombe will travel to Singapore this week to attend the "
                "regional defence forum.\n"
                "\n"
                "Mr Whitcombe will hold bilateral meetings with his Singaporean counterpart, Dr Lee Wen "
                "Jie, and with Japan's Minister of Defense, Hara Takumi.\n"
                "\n"
                "The Minister will be accompanied by the Chief of Defence Force, Air Marshal Tane "
                "Walker, who will attend a meeting of defence chiefs.\n"
                "\n"
                "The Minister will return to New Zealand on Monday.\n"
            ),
            "Tane Walker",
            "Chief of Defence Force",
            "New Zealand",
            id="theminister",
        ),
        pytest.param(
            (
                "NATO defence ministers meet in Brussels\n"
                "\n"
                "BRUSSELS, May 1 (Reuters) - NATO defence ministers will meet in Brussels on Thursday to "
                "discuss air defence for Ukraine, diplomats said.\n"
                "\n"
                "U.S. Defense Secretary Carl Brenner will not travel to Brussels and will send Deputy "
                "Defense Secretary Lydia Marsh in his place, a Pentagon official said.\n"
            ),
            "Lydia Marsh",
            "Deputy Defense Secretary",
            "United States",
            id="send",
        ),
    ],
)
def test_side_of_unqualified_official(text: str, name: str, role: str, country: str) -> None:
    assert _person(text, name) == (role, country)


@pytest.mark.parametrize(
    "text, name, role, country",
    [
        pytest.param(
            (
                "Forum opens in Singapore\n"
                "\n"
                "U.S. Defense Secretary Carl Brenner will speak at the first plenary session on "
                "Saturday, while China is sending Defence Minister Zhao Ming for the first time in three "
                "years.\n"
            ),
            "Zhao Ming",
            "Defence Minister",
            "China",
            id="nm_sending",
        ),
        pytest.param(
            (
                "Forum opens in Singapore\n"
                "\n"
                "MANILA, Philippines (AP) — Japan's defense minister will hold talks with his Philippine "
                "counterpart in Manila on Thursday, officials said.\n"
                "\n"
                "Defense Secretary Armando Cruz will host the talks at Camp Aguinaldo.\n"
            ),
            "Armando Cruz",
            "Defense Secretary",
            "Philippines",
            id="nm_described",
        ),
        pytest.param(
            (
                "Portugal's top diplomat to visit Ghana\n"
                "\n"
                "Accra (AFP) – Portuguese Foreign Minister Inês Carvalho will travel to Ghana next week.\n"
                "\n"
                "In Accra, foreign ministry spokesman Kwame Boateng said Ghana welcomed the visit.\n"
            ),
            "Kwame Boateng",
            "foreign ministry spokesman",
            "Ghana",
            id="nm_ministry",
        ),
    ],
)
def test_side_near_misses(text: str, name: str, role: str, country: str) -> None:
    # "..., while China is sending A": the country's clause, not the earlier subject's; a described office
    # other than the person's own; a ministry spokesperson with no "her ministry" cue keeps the place's
    assert _person(text, name) == (role, country)


def test_lead_after_a_noun_is_no_verb() -> None:
    text = "The delegation lead, Dr Marta Lindqvist, will arrive in Accra on Monday.\n"
    assert "Marta Lindqvist" in {p.name for p in extract(text, today=_TODAY).people}
