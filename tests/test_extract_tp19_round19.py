"""Topic rules, round 19 (tp19): the idioms of previews that name what will dominate or be on the table.

- "A will dominate." / "A and B are set to dominate three days of talks" (intransitive, or over a span of
  talks with no "the"); "Officials say A and B will dominate talks" (the list after "say"), "the forum,
  where A and B are expected to dominate" (the list after "where");
- the present with no auxiliary: "A and B top the agenda"; a headline's "A, B top agenda as X";
- "on the table": "A and B will all be on the table", "A is also on the table", a headline's "with A and
  B on the table" (a negated "is not on the table" names nothing);
- "X has put A and B at the top of the agenda" / "high on the agenda" (not a pronoun: "put that at ...");
- "A would be a key item on the agenda", "A is likely to be one of the most contentious issues";
- "Expect A and B to dominate." (a preview's imperative);
- a stop inside a quote the sentence holds whole: '"The agenda is full. A and B will be on the table."';
- a quoted term inside a list goes with its item ('the "Blue Corridor" project, A and B'); a quote that opens
  or closes in an item is speech, no topic;
- a label that opens a line ("Agenda: A, B and C"), and a country in a colon list, which is an item of it;
- "as well as" after a relative clause goes on with the list ("A, which X called vital, as well as B and C").
"""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from tests.extract_helpers import topics_of

_TODAY = date(2031, 3, 1)


def _topics(body: str, headline: str = "Ministers to meet in Valdora") -> list[str]:
    return topics_of(extract(headline + "\n\n" + body, today=_TODAY))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # dominate, with no object or over a span of talks
        (
            "The envoys will meet in Valdora on Friday. Glacier monitoring will dominate.",
            ["glacier monitoring"],
        ),
        (
            "Ministers gather in Valdora on Friday for the Harbour Forum, where grain corridors and pension "
            "portability are set to dominate two days of closed-door sessions.",
            ["grain corridors", "pension portability"],
        ),
        (
            "The council meets on Friday. Officials say river dredging and the ferry subsidy will dominate "
            "talks, but hopes are low.",
            ["river dredging", "ferry subsidy"],
        ),
        (
            "The envoys will meet in Valdora on Friday, where fishing quotas are expected to dominate.",
            ["fishing quotas"],
        ),
        # the present with no auxiliary
        (
            "The envoys will meet in Valdora on Friday. Rail tariffs and the lithium levy top the agenda.",
            ["rail tariffs", "lithium levy"],
        ),
        (
            "The envoys will meet in Valdora on Friday. Aides say cocoa exports and visa fees top the "
            "agenda.",
            ["cocoa exports", "visa fees"],
        ),
        # on the table
        (
            "The envoys will meet in Valdora on Friday. Tidal power, coral reef protection and the grain "
            "levy will all be on the table.",
            ["tidal power", "coral reef protection", "grain levy"],
        ),
        (
            "The envoys will meet in Valdora on Friday. Cooperation on mountain rescue is also on the table.",
            ["cooperation on mountain rescue"],
        ),
        (
            "The envoys will meet in Valdora on Friday. Ferry routes and fishing rights are on the table.",
            ["ferry routes", "fishing rights"],
        ),
        # put A at the top of / high on the agenda
        (
            "The envoys will meet in Valdora on Friday. The hosts have put desert locusts, irrigation and "
            "seed banks at the top of the agenda.",
            ["desert locusts", "irrigation", "seed banks"],
        ),
        (
            "The envoys will meet in Valdora on Friday. She said Norvia would put undersea cables high on "
            "the agenda.",
            ["undersea cables"],
        ),
        (
            "The envoys will meet in Valdora on Friday. The chair placed water security on the summit's "
            "agenda.",
            ["water security"],
        ),
        # a key item, one of the most contentious issues
        (
            "The envoys will meet in Valdora on Friday. Sources said the safety of seasonal workers would "
            "be a key item on the agenda.",
            ["safety of seasonal workers"],
        ),
        (
            "The envoys will meet in Valdora on Friday. Grain tariffs are likely to be one of the most "
            "contentious issues.",
            ["grain tariffs"],
        ),
        (
            "The envoys will meet in Valdora on Friday. Port fees will be the main topic.",
            ["port fees"],
        ),
        # Expect A and B to dominate.
        (
            "The envoys will meet in Valdora on Friday. Expect the copper levy, river pollution and visa "
            "fees to dominate.",
            ["copper levy", "river pollution", "visa fees"],
        ),
        (
            "The envoys will meet in Valdora on Friday. Expect glacier loss and avalanche warnings to "
            "dominate the talks.",
            ["glacier loss", "avalanche warnings"],
        ),
        (
            "The envoys will meet in Valdora on Friday. Expect ferry safety to overshadow.",
            ["ferry safety"],
        ),
        # a stop inside a quote the sentence holds whole
        (
            'The envoys will meet in Valdora on Friday, the minister says. "The agenda is a long one. Seed '
            'banks, river dredging and tidal power will all be on the table."',
            ["seed banks", "river dredging", "tidal power"],
        ),
        (
            '"We have much work ahead. Grain corridors and ferry routes will top the agenda," she said.',
            ["grain corridors", "ferry routes"],
        ),
        (
            '"Our hosts are generous. Fishing rights and port fees will dominate," the envoy said.',
            ["fishing rights", "port fees"],
        ),
    ],
)
def test_agenda_idioms_tp19(body: str, expected: list[str]) -> None:
    got = _topics(body)
    for item in expected:
        assert item in got, f"{item!r} not among {got}"


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        (
            "Envoys meet in Valdora with ferry routes and tidal power on the table",
            ["ferry routes", "tidal power"],
        ),
        ("Grain levy, rail tariffs top agenda as Valdora hosts envoys", ["grain levy", "rail tariffs"]),
        (
            "Copper exports and visa fees expected to dominate two days of talks",
            ["copper exports", "visa fees"],
        ),
    ],
)
def test_headline_idioms_tp19(headline: str, expected: list[str]) -> None:
    got = _topics("The envoys will meet in Valdora on Friday.", headline=headline)
    for item in expected:
        assert item in got, f"{item!r} not among {got}"


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        # negated: nothing is on the table
        ("The envoys will meet in Valdora on Friday. The pension fund is not on the table.", "pension fund"),
        # a pronoun put on the agenda stands for something named elsewhere
        (
            "The envoys will meet in Valdora on Friday. We want to put that experience at the centre of the "
            "regional agenda.",
            "experience",
        ),
        # what dominates a region is no agenda item
        (
            "The envoys will meet in Valdora on Friday. Norvian fishing fleets will dominate the region.",
            "norvian fishing fleets",
        ),
        # "expected to dominate" after a clause in a body sentence (no headline line): not its list's start
        (
            "The envoys met on Friday, with harbour dues expected to dominate the talks.",
            "the envoys met on friday",
        ),
        # an auxiliary stays out of the item ("A will" + "dominate" is no reading)
        ("The envoys will meet in Valdora on Friday. Ferry routes will dominate talks.", "ferry routes will"),
    ],
)
def test_agenda_idioms_near_misses_tp19(body: str, absent: str) -> None:
    got = _topics(body)
    assert absent not in got, f"{absent!r} among {got}"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            'The envoys will meet on Friday. Talks will cover tourism, the "Blue Corridor" rail project and '
            "visa fees.",
            ["blue corridor rail project", "visa fees"],
        ),
        (
            "The envoys will meet on Friday. They will discuss cooperation against the so-called “grey "
            "fleet” of tankers, port security and the situation in the delta.",
            ["port security", "situation in the delta"],
        ),
        (
            'The envoys will meet on Friday. The meeting will review the joint patrol "Silver Gull", the '
            "tidal power plan and river dredging.",
            ["tidal power plan", "river dredging"],
        ),
    ],
)
def test_quoted_term_inside_a_list_tp19(body: str, expected: list[str]) -> None:
    got = _topics(body)
    for item in expected:
        assert item in got, f"{item!r} not among {got}"


def test_speech_inside_a_list_is_no_topic_tp19() -> None:
    body = 'The envoys will meet on Friday. They will discuss grain quotas, "and much else," an aide said.'
    got = _topics(body)
    assert not [t for t in got if "much else" in t], got


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The envoys will meet on Friday.\n\nAgenda: tidal power, port fees and the grain levy.",
            ["tidal power", "port fees"],
        ),
        (
            "The envoys will meet on Friday.\n\nPriorities: river dredging, seed banks and visa fees.",
            ["river dredging", "seed banks"],
        ),
        # a country in a colon list is an item of it
        (
            "The envoys will meet on Friday, and the agenda is a long one: Ukraine, the grain levy and "
            "Myanmar.",
            ["ukraine", "myanmar"],
        ),
    ],
)
def test_colon_label_lists_tp19(body: str, expected: list[str]) -> None:
    got = _topics(body)
    for item in expected:
        assert item in got, f"{item!r} not among {got}"


def test_participants_label_is_no_agenda_tp19() -> None:
    got = _topics("The envoys will meet on Friday.\n\nParticipants: Japan, Chile and Kenya.")
    assert "japan" not in got and "chile" not in got, got


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The envoys will discuss the grain corridor, which both sides have called vital, as well as visa "
            "fees and river dredging.",
            ["visa fees", "river dredging"],
        ),
        (
            "The agenda is expected to include the tidal power plan, where work has stalled since spring, as "
            "well as port security and seed banks.",
            ["port security", "seed banks"],
        ),
        (
            "Talks will cover the fisheries accord, which expires in May, as well as coral reef protection.",
            ["coral reef protection"],
        ),
    ],
)
def test_as_well_as_after_a_relative_clause_tp19(body: str, expected: list[str]) -> None:
    got = _topics(body)
    for item in expected:
        assert item in got, f"{item!r} not among {got}"


def test_as_well_as_by_a_person_is_no_topic_tp19() -> None:
    body = (
        "The envoys will discuss the grain corridor, which both sides have called vital, as well as by the "
        "Deputy Minister Alon Verrick."
    )
    got = _topics(body)
    assert not [t for t in got if "verrick" in t], got
