"""Side-meeting rules, round 15: "a series of bilateral meetings, including with A, B and C" is one
bilateral with each; "A will meet B and C ... The three officials will ..." is one meeting of the three;
"According to ..." and "from May 2 to 4" hold no verb "to" before the subject; "where he and B will
co-chair the X" is a meeting of the two; a bare title opening a clause ("..., and External Affairs
Minister will hold ...") is its subject; "hold talks in X with B" is a meeting with B."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract


def _sides(text: str) -> list[tuple[str, list[str]]]:
    b = extract(text, today=date(2031, 5, 1))
    return [(e.kind, sorted(e.participants)) for e in b.events if e.kind != "main"]


# --- "a series of bilateral meetings, including with A, B and C" ------------------------------------

_SUMMIT = (
    "Prime Minister Ilse Harrow will host more than 30 leaders at the Coastal Summit in Valdivia on "
    "Thursday 12 June.\n\nNorwegian Prime Minister Tomas Reed will address the opening session. Kenyan "
    "President Pavel Orlo will attend.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "On the margins of the summit, the Prime Minister will hold a series of bilateral meetings, "
        "including with Prime Minister Reed, President Orlo and Peruvian President Mara Quist.",
        "The Prime Minister will hold a number of bilateral meetings, including with President Orlo, "
        "Peruvian President Mara Quist and Prime Minister Reed.",
        "On the sidelines, Harrow will hold several bilateral meetings, notably with Prime Minister Reed, "
        "Peruvian President Mara Quist and President Orlo.",
        "Harrow will also hold a round of bilateral meetings, including with Peruvian President Mara Quist, "
        "President Orlo and Prime Minister Reed.",
    ],
)
def test_bilateral_meetings_including_with_a_list(sentence: str) -> None:
    sides = _sides(_SUMMIT + sentence)
    for other in ("Tomas Reed", "Pavel Orlo", "Mara Quist"):
        assert ("bilateral", sorted(["Ilse Harrow", other])) in sides


def test_held_meeting_without_with_still_needs_two_holders() -> None:
    # "will hold a series of meetings." with nobody named after it: no side meeting of one person
    sides = _sides(_SUMMIT + "On the margins, the Prime Minister will hold a series of meetings.")
    assert not [s for s in sides if s[0] == "bilateral"]


# --- "A will meet B and C ... The three officials will ...": one meeting -----------------------------

_VISIT = (
    "At the invitation of Peruvian Foreign Minister Ilse Harrow, U.S. Deputy Secretary of State Ana Lorne "
    "will travel to Lima, Peru, June 3-5, 2031, to participate in the fifth U.S.-Peru-Chile Vice Foreign "
    "Ministerial Meeting, which Peru will host on June 4.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "On June 4, Deputy Secretary Lorne will meet with Peruvian Vice Minister Tomas Reed and Chilean Vice "
        "Minister Pavel Orlo to discuss fisheries. The three officials will also discuss port security.",
        "Lorne will meet Chilean Vice Minister Pavel Orlo and Peruvian Vice Minister Tomas Reed on June 4. "
        "The three vice ministers are also expected to review mining.",
        "On June 4, Ms Lorne will meet with Vice Minister Tomas Reed of Peru and Vice Minister Pavel Orlo of "
        "Chile. All three officials will then brief reporters.",
    ],
)
def test_three_counted_after_the_meeting_meet_together(sentence: str) -> None:
    sides = _sides(_VISIT + sentence)
    assert ("trilateral", ["Ana Lorne", "Pavel Orlo", "Tomas Reed"]) in sides
    assert ("bilateral", ["Ana Lorne", "Tomas Reed"]) not in sides


def test_a_count_that_differs_keeps_the_meetings_apart() -> None:
    sides = _sides(
        _VISIT + "Deputy Secretary Lorne will meet with Peruvian Vice Minister Tomas Reed and Chilean Vice "
        "Minister Pavel Orlo. The two officials will also tour the port."
    )
    assert ("trilateral", ["Ana Lorne", "Pavel Orlo", "Tomas Reed"]) not in sides


# --- "According to ...", "from May 2 to 4": no verb; "where he and B will co-chair the X" ----------

_TRIP = (
    "Foreign Ministry Spokesperson Lena Marsh announced: At the invitation of Foreign Minister Tomas Reed "
    "of Norway and Foreign Minister Pavel Orlo of Kenya, Foreign Minister Ilse Harrow will pay official "
    "visits to Norway and Kenya from June 7 to 11.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the arrangements, Foreign Minister Ilse Harrow will be in Oslo from June 7 to 9, where "
        "she will hold talks with Foreign Minister Tomas Reed. From June 10 to 11 she will be in Nairobi, "
        "where she and Foreign Minister Pavel Orlo will co-chair the third Chile-Kenya Strategic Dialogue.",
        "Pursuant to the plan, Foreign Minister Ilse Harrow will stay in Oslo from June 7 to 9, where she "
        "will hold talks with Foreign Minister Tomas Reed. From June 10 to 11 she will be in Nairobi, where "
        "she and Foreign Minister Pavel Orlo will co-chair the Chile-Kenya Joint Commission.",
        "In addition to talks in Oslo, Foreign Minister Ilse Harrow will be in Oslo from June 7 to 9, where "
        "she will hold talks with Foreign Minister Tomas Reed. From June 10 to 11 she will be in Nairobi, "
        "where she and Foreign Minister Pavel Orlo will co-chair the second Chile-Kenya Dialogue.",
    ],
)
def test_pronoun_subjects_after_a_preposition_to(sentence: str) -> None:
    sides = _sides(_TRIP + sentence)
    assert ("bilateral", ["Ilse Harrow", "Tomas Reed"]) in sides
    assert ("bilateral", ["Ilse Harrow", "Pavel Orlo"]) in sides
    assert not [s for s in sides if "Lena Marsh" in s[1]]


# --- a bare title opening a clause is its subject ---------------------------------------------------

_TWO_PLUS_TWO = (
    "Defence Minister Ilse Harrow and Foreign Minister Ana Lorne of Chile will host Defence Minister "
    "Tomas Reed and Foreign Minister Pavel Orlo of Peru for the 2+2 Dialogue in Santiago on 5 June.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "On the sidelines of the Dialogue, Defence Minister will hold a bilateral meeting with Defence "
        "Minister Reed, and Foreign Minister will hold a separate bilateral meeting with Foreign Minister "
        "Orlo.",
        "Defence Minister Harrow will hold a bilateral meeting with Minister Reed, and Foreign Minister will "
        "hold a separate bilateral meeting with Minister Orlo.",
        "On the margins, Minister Harrow will hold a bilateral meeting with Defence Minister Reed, and "
        "Foreign Minister will have a separate bilateral meeting with Foreign Minister Orlo.",
    ],
)
def test_bare_title_opening_a_clause(sentence: str) -> None:
    sides = _sides(_TWO_PLUS_TWO + sentence)
    assert ("bilateral", ["Ana Lorne", "Pavel Orlo"]) in sides
    assert ("bilateral", ["Pavel Orlo", "Tomas Reed"]) not in sides


# --- "hold talks in X with B" ------------------------------------------------------------------------

_LEAD = (
    "Foreign Minister Ilse Harrow of Chile will travel to Nairobi next week for the third round of the "
    "Chile-Kenya Strategic Dialogue.\n\nHarrow and her Kenyan counterpart Pavel Orlo will co-chair the "
    "dialogue on June 10.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Before arriving in Kenya, Harrow will visit Norway from Sunday to Tuesday, where she will hold "
        "talks in Oslo with Foreign Minister Tomas Reed.",
        "Harrow will hold talks in Oslo with Foreign Minister Tomas Reed on June 8.",
        "On June 8, Harrow will hold talks at the Foreign Ministry with Norway's Foreign Minister "
        "Tomas Reed.",
        "Harrow will also have talks on June 8 with Norwegian Foreign Minister Tomas Reed.",
    ],
)
def test_talks_with_a_place_or_day_between(sentence: str) -> None:
    text = _LEAD + sentence
    assert ("bilateral", ["Ilse Harrow", "Tomas Reed"]) in _sides(text)


def test_talks_in_a_place_without_with_are_no_meeting() -> None:
    text = _LEAD + "Harrow will hold talks in Oslo on trade."
    assert not [s for s in _sides(text) if s[0] == "bilateral" and "Pavel Orlo" not in s[1]]
