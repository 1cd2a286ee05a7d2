"""Topic rules, round 19: agenda forms the cue lists missed.

- "statements on A, B and C" (any adjective before the plural) and "sign documents on A and B";
- "particularly in A, B and C" (a lower-case item follows: not "especially in Asia", "in times of");
- an agenda line before its verb whose list a comma closes ("A, and B in C, will be on the agenda"), holds
  a relative clause ("A, where B clashed, is likely to feature prominently"), or ends "is expected to
  feature.", "will be high on the President's agenda", "will be among the topics discussed" (a clause
  with a finite "is" before the item is none);
- "devoted to A" / "dedicated to A" (not "to the memory of", "to meetings of officials");
- "a conversation on A and on B", "blunt conversations about A", "questions over A and B";
- "Analysts expect A, B and C to dominate the talks";
- an adjunct "following the X" ends a list item.
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
    ("body", "expected"),
    [
        # statements / documents on
        (
            "The hosts will push for brief, practical statements on seabed mining, coral bleaching and "
            "fisheries enforcement, an official said.",
            ["seabed mining", "coral bleaching", "fisheries enforcement"],
        ),
        (
            "The two sides plan to sign documents on port logistics and grain storage during the visit.",
            ["port logistics", "grain storage"],
        ),
        (
            "Leaders are likely to release separate statements on vaccine supply and pandemic preparedness.",
            ["vaccine supply", "pandemic preparedness"],
        ),
        # particularly in
        (
            '"The visit will lift our partnership further, particularly in aquaculture, digital payments '
            'and tourism," the ministry said.',
            ["aquaculture", "digital payments", "tourism"],
        ),
        (
            "Both governments want closer ties, especially in battery recycling and rail signalling.",
            ["battery recycling", "rail signalling"],
        ),
        (
            "The envoy hopes to broaden cooperation, particularly in water management and forestry.",
            ["water management and forestry"],
        ),
        # an agenda line before its verb
        (
            "Valdora's part in brokering the prisoner exchange, and Norvian investment in Valdoran ports, "
            "will be on the agenda.",
            ["valdora's part in brokering the prisoner exchange", "norvian investment in valdoran ports"],
        ),
        (
            "Joint work on hydrogen pipelines and rare metals is also expected to feature.",
            ["hydrogen pipelines", "rare metals"],
        ),
        (
            '"Cocoa prices will be high on the Chancellor\'s agenda," an aide told reporters.',
            ["cocoa prices"],
        ),
        (
            "The renewal of the fisheries accord will be among the topics discussed.",
            ["renewal of the fisheries accord"],
        ),
        (
            "Smuggling in the Kessa Strait, where patrol boats have collided twice this year, is likely to "
            "feature prominently.",
            ["smuggling in the kessa strait"],
        ),
        # devoted / dedicated to
        (
            "The second day will be dedicated to desert locusts, the safety of shipping lanes and "
            "irrigation.",
            ["desert locusts", "safety of shipping lanes", "irrigation"],
        ),
        (
            "A working lunch devoted to grain exports, following the closure of the northern port, will end "
            "the visit.",
            ["grain exports"],
        ),
        (
            "The afternoon session is devoted to pension portability.",
            ["pension portability"],
        ),
        # conversations / questions
        (
            "The envoy was received by the President for a conversation on refugee returns and on the "
            "mountain border.",
            ["refugee returns", "mountain border"],
        ),
        (
            "Officials said partners should expect frank conversations about cost-sharing.",
            ["cost-sharing"],
        ),
        (
            "A lecturer at Norvia University said the minister would face questions over fuel subsidies "
            "and visa fees.",
            ["fuel subsidies", "visa fees"],
        ),
        # expect A, B and C to dominate
        (
            "Observers expect the Kessa Strait, fuel tariffs and the drought in the south to dominate the "
            "talks.",
            ["fuel tariffs", "drought in the south"],
        ),
        (
            "Diplomats expect grain quotas and the pipeline dispute to top the agenda.",
            ["grain quotas", "pipeline dispute"],
        ),
        (
            "Analysts expect rail links, the future of Norvian bases and debt relief to dominate the "
            "weekend.",
            ["rail links", "future of norvian bases", "debt relief"],
        ),
    ],
)
def test_agenda_forms_round19(body: str, expected: list[str]) -> None:
    got = _topics(body)
    for item in expected:
        assert item in got, f"{item!r} not among {got}"


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        # a statement's place of publication, a region, a period: no topics
        ("The ministry said in a statement on its website that the talks had gone well.", ["its website"]),
        ("Trade has grown fast, especially in Asia and in times of crisis.", ["asia", "times of crisis"]),
        ("The ceremony was dedicated to the memory of the fallen.", ["memory of the fallen"]),
        (
            '"Norvia is our main buyer of wool, and port fees will be high on the agenda," he said.',
            ["norvia is our main buyer of wool"],
        ),
        ("The first day is devoted to meetings of senior officials, led by Deputy Minister Ana Ruiz.", []),
        ("Leaders will travel to Valdora to dominate the summit.", ["valdora"]),
        (
            "Smuggling in the Kessa Strait, where patrol boats have collided twice this year, is likely to "
            "feature prominently.",
            ["patrol boats have collided twice this year"],
        ),
        (
            "A working lunch devoted to grain exports, following the closure of the northern port, will end "
            "the visit.",
            ["following the closure of the northern port"],
        ),
    ],
)
def test_agenda_forms_round19_negative(body: str, absent: list[str]) -> None:
    got = _topics(body)
    for item in absent:
        assert not any(item in g for g in got), f"{item!r} in {got}"
    if not absent:
        assert not any("officials" in g or "ruiz" in g for g in got), got
