"""Side-meeting rules, round 13: a kind word used as a noun ("a trilateral with", "a separate bilateral
with") and a pull-aside are meetings of that kind; ", and she is expected to ..." opens a clause of its
own; "each of her counterparts" means every other party of the main event; counterparts listed by
dotted abbreviations ("the U.S.") or named untitled elsewhere are found; a lowercase roundtable with
several people is one group meeting."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract


def _sides(text: str) -> list[tuple[str, list[str]]]:
    b = extract(text, today=date(2031, 5, 1))
    return [(e.kind, sorted(e.participants)) for e in b.events if e.kind != "main"]


_BASE = (
    "Foreign ministers from Chile, Norway, Kenya and Peru will meet from June 3 to 5 in Valdivia. "
    "Chilean Foreign Minister Ilse Harrow will host Norwegian Foreign Minister Tomas Reed, Kenyan Foreign "
    "Minister Pavel Orlo and Peruvian Foreign Minister Mara Quist for the gathering.\n\n"
)
_TRI = ("trilateral", ["Ilse Harrow", "Mara Quist", "Tomas Reed"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Harrow will hold a trilateral with her counterparts from Norway and Peru, the sources said.",
        "Harrow will also host a trilateral with Reed and Quist on June 4.",
        "On the sidelines, Harrow is to have a trilateral with her Norwegian and Peruvian counterparts.",
        "Harrow will have a trilateral with Reed and Quist in Valdivia on June 4, officials said.",
    ],
)
def test_kind_word_as_noun(sentence: str) -> None:
    assert _TRI in _sides(_BASE + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Harrow is expected to have a pull-aside with Orlo.",
        "Harrow will hold a pull-aside with Orlo on Thursday.",
        "On the margins, Harrow will also have a brief pull-aside meeting with Orlo.",
        "Harrow will have a separate bilateral with Orlo, the ministry said.",
    ],
)
def test_pull_aside_and_separate_bilateral(sentence: str) -> None:
    assert ("bilateral", ["Ilse Harrow", "Pavel Orlo"]) in _sides(_BASE + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Harrow will hold a trilateral with Reed and Quist, and she is expected to have a pull-aside "
        "with Orlo.",
        "Harrow will hold a trilateral with Reed and Quist, and she will also meet Orlo.",
        "Harrow will host a trilateral with Reed and Quist on June 4, and she plans to have a "
        "pull-aside with Orlo.",
    ],
)
def test_pronoun_clause_is_its_own_meeting(sentence: str) -> None:
    got = _sides(_BASE + sentence)
    assert _TRI in got
    assert ("bilateral", ["Ilse Harrow", "Pavel Orlo"]) in got
    assert all(not (k == "trilateral" and "Pavel Orlo" in p) for k, p in got)


@pytest.mark.parametrize(
    "sentence",
    [
        "Harrow will hold bilateral talks with each of her counterparts, starting with Reed on June 3.",
        "Harrow will hold separate bilateral meetings with each of her counterparts.",
        "Harrow will also have bilateral meetings with each of the visiting ministers, beginning with Reed.",
    ],
)
def test_each_of_her_counterparts(sentence: str) -> None:
    got = _sides(_BASE + sentence)
    for who in ("Tomas Reed", "Pavel Orlo", "Mara Quist"):
        assert ("bilateral", sorted(["Ilse Harrow", who])) in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Harrow will hold a trilateral with her counterparts from the U.S. and Peru.",
        "Harrow will host a trilateral meeting with her counterparts from Peru and the U.S. on June 4.",
        "Harrow will also hold trilateral talks with her counterparts from the U.S. and Peru, aides said.",
    ],
)
def test_dotted_country_in_counterpart_list(sentence: str) -> None:
    text = _BASE.replace("Norway", "the U.S.").replace(
        "Norwegian Foreign Minister", "U.S. Secretary of State"
    )
    assert ("trilateral", ["Ilse Harrow", "Mara Quist", "Tomas Reed"]) in _sides(text + sentence)


_UNTITLED = (
    "Chilean Defence Minister Ilse Harrow will host her counterparts from the Pacific seaboard in "
    "Valdivia on 3 and 4 June, her ministry said. The meeting will bring together ministers from six "
    "countries, among them Peru's Mara Quist and Ecuador's Tomas Reed.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "On the sidelines, Harrow will hold a trilateral with her counterparts from Peru and Ecuador.",
        "Harrow will also hold a trilateral meeting with her counterparts from Ecuador and Peru on Thursday.",
        "Harrow is to have trilateral talks with her Peruvian and Ecuadorian counterparts.",
    ],
)
def test_untitled_counterpart_of_a_country(sentence: str) -> None:
    assert ("trilateral", ["Ilse Harrow", "Mara Quist", "Tomas Reed"]) in _sides(_UNTITLED + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Later in the day, Harrow will co-chair a roundtable on migration with Reed and Quist.",
        "Harrow will chair a roundtable with Reed and Quist on Friday.",
        "On Friday, Harrow will hold a roundtable on fisheries with Reed and Quist.",
    ],
)
def test_roundtable_is_one_group_meeting(sentence: str) -> None:
    got = _sides(_BASE + sentence)
    assert ("multilateral", ["Ilse Harrow", "Mara Quist", "Tomas Reed"]) in got
    assert ("bilateral", ["Ilse Harrow", "Tomas Reed"]) not in got
