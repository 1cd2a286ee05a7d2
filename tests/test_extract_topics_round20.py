"""Topic rules, round 20: agenda forms the cue lists missed.

- a bulleted or numbered agenda under a line in any tense of its verb ("The programme covers:", "will
  deliberate on:", "The ministers will consider:") or naming the bodies the meeting works in ("organised
  into four working groups:"); a bullet's "particularly B" is an item, and two phrases each with its own
  preposition part rather than run on ("the state of A and plans for the B on C");
- "The agenda of the meeting includes A", "Priority areas include A";
- "A and B would be at the centre of the talks", "- A and B are among the items on the agenda";
- "present Xland's views on A" (a possessive before "views");
- "The focus of the talks will be A, B and C": the whole list, not its first item only.
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
        # bulleted agendas under an opener in another tense or form
        (
            "The forum programme covers:\n\n• seabed mining rules and port logistics\n"
            "• coral reef monitoring\n",
            ["seabed mining rules", "port logistics", "coral reef monitoring"],
        ),
        (
            "The assembly will deliberate on:\n1. Oversight of municipal borrowing;\n"
            "2. Rural broadband rollout.\n",
            ["oversight of municipal borrowing", "rural broadband rollout"],
        ),
        (
            "The ministers will consider:\n- expansion of the northern grain terminal;\n"
            "- tariff harmonisation and customs digitisation;\n",
            ["expansion of the northern grain terminal", "tariff harmonisation", "customs digitisation"],
        ),
        (
            "Officials will meet in Valdora, organised into three working groups:\n\n"
            "- Fisheries and Oceans;\n"
            "- Energy Transition;\n- Health Cooperation.\n",
            ["fisheries and oceans", "energy transition", "health cooperation"],
        ),
        (
            "The envoys will review:\n- regional affairs, particularly the state of the coastal ceasefire "
            "and "
            "plans for the donor conference on the recovery of the northern valleys;\n",
            ["state of the coastal ceasefire"],
        ),
        # "the agenda of X includes", "Priority areas include"
        (
            "The agenda of the session includes river navigation, flood warning systems and "
            "hydropower sharing.",
            ["river navigation", "flood warning systems", "hydropower sharing"],
        ),
        (
            "Priority areas include pilot training, naval logistics and military medicine.",
            ["pilot training", "naval logistics", "military medicine"],
        ),
        # an agenda line before its verb
        (
            "The envoy said that vaccine supply, grain storage and cyber resilience would be at the "
            "centre of the talks.",
            ["vaccine supply", "grain storage", "cyber resilience"],
        ),
        (
            "- Drought relief, fishing quotas and tourism are among the items on the agenda.",
            ["drought relief", "fishing quotas", "tourism"],
        ),
        # a possessive before "views on"
        (
            "The minister will present Valdora's views on water security, the fight against piracy and "
            "border demarcation at the gathering.",
            ["water security", "fight against piracy", "border demarcation"],
        ),
        # the focus sentence's whole list
        (
            "The focus of the talks will be grain exports, rail links to the coast, and the situation in the "
            "delta region.",
            ["grain exports", "rail links to the coast", "situation in the delta region"],
        ),
    ],
)
def test_agenda_forms_round20(body: str, expected: list[str]) -> None:
    got = _topics(body)
    for item in expected:
        assert item in got, f"{item!r} not among {got}"


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        # a bulleted list under a line that names no agenda
        (
            "Delegates can reach the venue by:\n\n- shuttle bus from the airport\n- ferry from the harbour\n",
            ["shuttle bus", "ferry"],
        ),
        # "at the centre of" a place, not of the talks
        (
            "The new conference hall and the press centre will be at the centre of the old town.",
            ["conference hall", "press centre"],
        ),
        # the focus list stops at who said it
        ("The focus of the talks will be grain exports, an official said.", ["official"]),
        # the bullet sign is no part of the item
        ("- Port fees and fishing quotas are among the items on the agenda.", ["- port fees"]),
        # where it is raised is no part of the item
        ("The minister will present Valdora's views on water security at the gathering.", ["gathering"]),
    ],
)
def test_agenda_forms_round20_negative(body: str, absent: list[str]) -> None:
    got = _topics(body)
    for item in absent:
        assert not any(item in g for g in got), f"{item!r} in {got}"
