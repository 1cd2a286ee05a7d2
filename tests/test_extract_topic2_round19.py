"""Topic rules, round 19 (second pass): agenda forms the cue lists still missed.

- a repeated preposition runs a list on: "focus on A; on B; and on C", "on A, where X, as well as on B",
  "speak of A, of B and of C", "think together about A, and about B", "devoted to A and to B" (not an
  infinitive: "to be held", "to work with");
- "discuss how to A" (the action) and "discuss how X can A, B and C" (what each action is done to);
- "will meet Commissioner A on B" without "with", and "talks with A on Tuesday about B";
- a country that opens an agenda sentence is its subject ("Xland will also be on the agenda"), not one a
  phrase of the item holds ("cooperation with A and Xland").
"""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from tests.extract_helpers import topics_of

_TODAY = date(2031, 3, 1)


def _topics(body: str) -> list[str]:
    return topics_of(extract("Ministers to meet in Valdora\n\n" + body, today=_TODAY))


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        (
            "The council will meet on Friday. Talks will centre on water security, including the drought in "
            "the north; on port logistics; and on reform of the grain levy and of the fuel subsidy regime.",
            ["port logistics", "reform of the grain levy", "fuel subsidy regime"],
        ),
        (
            "The envoys will meet on Friday. The talks will focus on the situation in the delta, where "
            "fishing boats have been seized, as well as on coral reef protection and the tidal power plan.",
            ["coral reef protection", "tidal power plan"],
        ),
        (
            'The envoys will meet on Friday. "The two presidents will speak of Norland, of the refugee '
            'crisis and of the youth of our two nations."',
            ["norland", "refugee crisis"],
        ),
        (
            "The envoys will meet on Friday. 'We must think together about the northern shipping lanes, and "
            "about the Arctic.'",
            ["northern shipping lanes", "arctic"],
        ),
        (
            "The envoys will meet on Friday, in a session devoted, among others, to the Harbour Accord and "
            "to river flood defences.",
            ["river flood defences"],
        ),
    ],
)
def test_repeated_preposition_runs_the_list_on(body: str, wanted: list[str]) -> None:
    got = _topics(body)
    for w in wanted:
        assert w in got, (w, got)


def test_an_infinitive_is_no_repeated_to() -> None:
    got = _topics(
        "The envoys will meet on Friday to reaffirm their commitment to the Harbour Accord and to work "
        "with partners on the coast, and to prepare the summit, to be held in May."
    )
    assert "harbour accord" in got
    assert "work" not in got and "be held" not in got


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        (
            '"The two leaders will discuss how we can take our shipbuilding partnership forward, including '
            'in naval repair," the spokesman said.',
            ["shipbuilding partnership"],
        ),
        (
            "The ministers will discuss how the bloc could amplify the voice of small island states, reform "
            "the lending rules and deepen cooperation on fisheries.",
            ["voice of small island states", "lending rules", "cooperation on fisheries"],
        ),
        (
            '"We will discuss how we can further enhance our readiness and our logistics posture," the '
            "admiral told reporters.",
            ["readiness", "logistics posture"],
        ),
        (
            "In Ostrava, the two leaders will discuss how to modernise the customs union for a digital era.",
            ["modernise the customs union for a digital era"],
        ),
    ],
)
def test_discuss_how(body: str, wanted: list[str]) -> None:
    got = _topics(body)
    for w in wanted:
        assert w in got, (w, got)


def test_discuss_how_keeps_no_lone_adverb() -> None:
    got = _topics(
        '"We will talk about how we can work together, and with our neighbours, to calm the border."'
    )
    assert "together" not in got


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        ("She will meet Commissioner Rosa Varga on the Danube shipping pact.", "danube shipping pact"),
        (
            "He is also scheduled to meet Deputy Minister Tomas Ekberg on Sunday on the island's bid for "
            "observer status.",
            "island's bid for observer status",
        ),
        (
            "He will hold talks with Minister Ana Lindqvist on Tuesday about seal hunting quotas.",
            "seal hunting quotas",
        ),
    ],
)
def test_meet_someone_on_a_topic(body: str, wanted: str) -> None:
    assert wanted in _topics(body)


def test_meet_on_the_sidelines_or_another_clause_is_no_topic() -> None:
    got = _topics(
        "She will meet Minister Ana Lindqvist on the summit's sidelines. He expects to meet Governor Paul "
        "Ostrander on Thursday and will call on the mayor, Hendrik Vos."
    )
    assert not any("sidelines" in x or "hendrik" in x or "mayor" in x for x in got), got


def test_a_country_opening_an_agenda_sentence() -> None:
    got = _topics("The talks will focus on grain exports. Norway will also be on the agenda.")
    assert "norway" in got
    got = _topics("Fisheries, Iceland and seabed mining are also on the agenda, officials said.")
    assert "iceland" in got


def test_a_country_inside_an_item_is_no_subject() -> None:
    got = _topics("Border security and joint patrols with Sweden and Finland are also on the agenda.")
    assert "finland" not in got
