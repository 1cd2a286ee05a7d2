"""Side meetings, round 21 (europe26): a group's session two people co-chair or convene beside a ministerial
("A and B will co-chair a meeting of the X Group", "will convene the X coalition, a group of 18 countries")
is multilateral and gains whoever is "expected to attend" it; a bloc's council with one state ("the
Org-Xland Council") is multilateral; "A, B and C will meet on the sidelines" is one meeting of the three;
"The visit will conclude in X with a meeting with B" is the traveller's meeting with B."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Briefing

_TODAY = date(2026, 3, 1)


def _sides(text: str) -> list[tuple[str, list[str]]]:
    b: Briefing = extract(text, today=_TODAY)
    return [(e.kind, sorted(e.participants)) for e in b.events if e.kind != "main" and e.participants]


_MINISTERIAL = (
    "NATO defence ministers to meet in Brussels\n\n"
    "BRUSSELS, March 2 (Reuters) - NATO defence ministers will meet in Brussels on Thursday to review "
    "spending plans.\n\n"
)


# --- a group's session co-chaired by two people ---


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            _MINISTERIAL + "On the eve of the ministerial, Danish Defence Minister Lars Vindeby and Spanish "
            "Defence Minister Rocío Albarrán will co-chair a meeting of the Northern Supply Contact Group, "
            "which coordinates deliveries to the front.",
            ["Lars Vindeby", "Rocío Albarrán"],
        ),
        (
            _MINISTERIAL + "On Wednesday, Austrian Defence Minister Petra Hollersbach and Greek Defence "
            "Minister Nikos Vlachakis will co-chair a meeting of the Mediterranean Demining Group. Moldovan "
            "Defence Minister Ion Cebotaru is expected to attend and to present his requests.",
            ["Ion Cebotaru", "Nikos Vlachakis", "Petra Hollersbach"],
        ),
        (
            _MINISTERIAL + "Irish Defence Minister Aoife Brannigan and Czech Defence Minister Radek Šindelář "
            "will co-chair a meeting of the Black Sea Recovery Group on Wednesday afternoon, with Georgian "
            "Defence Minister Levan Gelashvili expected to attend in person.",
            ["Aoife Brannigan", "Levan Gelashvili", "Radek Šindelář"],
        ),
    ],
)
def test_pair_co_chairs_a_groups_meeting(text: str, people: list[str]) -> None:
    assert ("multilateral", people) in _sides(text)
    assert not any(kind == "bilateral" for kind, _ in _sides(text))


def test_pair_co_chairing_a_two_state_dialogue_stays_bilateral() -> None:
    text = (
        _MINISTERIAL
        + "Portuguese Foreign Minister Duarte Vasconcelos and Brazilian Foreign Minister Marcelo "
        "Tavares will also co-chair a session of the Portugal-Brazil Strategic Dialogue on Friday."
    )
    assert ("bilateral", ["Duarte Vasconcelos", "Marcelo Tavares"]) in _sides(text)


# --- a coalition of many states convened on the sidelines ---


@pytest.mark.parametrize(
    "tail",
    [
        "will convene the demining coalition, a group of 14 countries led by their two states.",
        "will convene the cyber coalition, a coalition of some twenty nations that trains Xish units.",
        "will convene the maritime capability coalition, a group of about 11 countries.",
    ],
)
def test_coalition_of_many_states_is_multilateral(tail: str) -> None:
    text = (
        _MINISTERIAL + "On the sidelines of the meeting, Estonian Defence Minister Mart Kiviloo and Belgian "
        "Defence Minister Luc Vandenbroucke " + tail
    )
    assert ("multilateral", ["Luc Vandenbroucke", "Mart Kiviloo"]) in _sides(text)


def test_sidelines_talks_of_two_stay_bilateral() -> None:
    text = (
        _MINISTERIAL + "On the sidelines of the meeting, Estonian Defence Minister Mart Kiviloo will meet "
        "Belgian Defence Minister Luc Vandenbroucke to discuss a group of 14 projects."
    )
    assert ("bilateral", ["Luc Vandenbroucke", "Mart Kiviloo"]) in _sides(text)


# --- a bloc's council with one state ---


@pytest.mark.parametrize("bloc", ["NATO", "ASEAN", "OSCE"])
def test_bloc_council_with_a_state_is_multilateral(bloc: str) -> None:
    text = (
        _MINISTERIAL + "Moldovan Defence Minister Ion Cebotaru will also join the " + bloc + "-Moldova "
        "Council, which Secretary General Hendrik Maasland will chair on Thursday afternoon."
    )
    assert ("multilateral", ["Hendrik Maasland", "Ion Cebotaru"]) in _sides(text)


def test_eu_council_with_a_state_stays_bilateral() -> None:
    text = (
        _MINISTERIAL + "Moldovan Defence Minister Ion Cebotaru will also join the EU-Moldova Council, which "
        "High Representative Hendrik Maasland will chair on Thursday afternoon."
    )
    assert ("bilateral", ["Hendrik Maasland", "Ion Cebotaru"]) in _sides(text)


# --- three subjects who meet one another ---


@pytest.mark.parametrize(
    "verb",
    [
        "will meet on the sidelines on Saturday to coordinate on sanctions.",
        "will also meet in Munich on Saturday evening.",
        "are due to meet on the margins to align positions, officials said.",
    ],
)
def test_three_subjects_meet_together(verb: str) -> None:
    text = (
        _MINISTERIAL + "Irish Foreign Minister Aoife Brannigan, Czech Foreign Minister Radek Šindelář and "
        "Greek Foreign Minister Nikos Vlachakis " + verb.replace("are due to", "will")
    )
    assert ("trilateral", ["Aoife Brannigan", "Nikos Vlachakis", "Radek Šindelář"]) in _sides(text)
    assert not any(kind == "bilateral" for kind, _ in _sides(text))


def test_one_subject_meeting_two_is_not_joined() -> None:
    text = (
        _MINISTERIAL
        + "Irish Foreign Minister Aoife Brannigan will meet Czech Foreign Minister Radek Šindelář "
        "and Greek Foreign Minister Nikos Vlachakis separately on Saturday."
    )
    assert not any(kind == "trilateral" for kind, _ in _sides(text))


# --- a visit that ends or opens with a meeting ---

_TRIP = (
    "Foreign Minister Hanna Lindqvist to visit the Baltic states\n\n"
    "STOCKHOLM, 2 March 2026 - Foreign Minister Hanna Lindqvist will travel to Estonia, Latvia and Lithuania "
    "from 9 to 11 March.\n\n"
    "In Tallinn on 9 March, she will meet Foreign Minister Mart Kiviloo.\n\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "The visit will conclude in Vilnius on 11 March with a meeting with Prime Minister Ona Žemaitytė.",
        "The trip will end in Vilnius with talks with Prime Minister Ona Žemaitytė.",
        "The programme will close in Vilnius on Wednesday with a working meeting with Prime Minister Ona "
        "Žemaitytė.",
    ],
)
def test_visit_concludes_with_a_meeting(line: str) -> None:
    assert ("bilateral", ["Hanna Lindqvist", "Ona Žemaitytė"]) in _sides(_TRIP + line)


def test_visit_concluding_with_a_tour_is_no_meeting() -> None:
    text = (
        _TRIP
        + "The visit will conclude in Vilnius on 11 March with a tour of the old town with Ona Žemaitytė."
    )
    assert not any("Ona Žemaitytė" in people for _, people in _sides(text))
