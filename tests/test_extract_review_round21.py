"""Review of round 21: near-misses of its new rules in ordinary announcements and wire copy.

A refusal or a logistics fact ("declined to confirm the agenda", "would confirm the venue later") is no
agenda; "She will then return to Xcity ... for a summit" is another leg, not home; a press briefing
on the road names no spokesperson's state (only a regular one does); "European Commission President B" is
an office, not a named meeting that makes "During the visit" a programme item; a hope a wire reports ("Xland
hopes that this visit ..., an official told reporters") is no issuer's own.
"""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Briefing

TODAY = date(2026, 5, 1)


def _b(text: str) -> Briefing:
    return extract(text, source="x", published=None, today=TODAY)


def _topics(text: str) -> list[str]:
    return [t.name for t in _b(text).topics]


def _countries(text: str) -> dict[str, str | None]:
    return {p.name: p.country for p in _b(text).people}


@pytest.mark.parametrize(
    "sentence",
    [
        "A ministry spokesman declined to confirm the agenda of the talks.",
        "The ministry would confirm the venue later, officials said.",
    ],
)
def test_confirming_facts_is_no_agenda(sentence: str) -> None:
    text = f"Xland and Yland foreign ministers will meet in Geneva on 12 May. {sentence}"
    assert _topics(text) == []


def test_confirm_still_reads_an_agenda() -> None:
    text = "Talks ahead\n\nThe ministers are expected to confirm the harbour defence roadmap.\n"
    assert any("harbour defence roadmap" in t for t in _topics(text))


def test_returning_for_a_meeting_is_no_home() -> None:
    text = (
        "Foreign Minister Jane Doe will travel to Tokyo on 12 May to meet her counterpart John Roe. She will "
        "then return to Brussels on 14 May for a NATO meeting."
    )
    assert _countries(text)["Jane Doe"] != "Belgium"


def test_a_press_briefing_on_the_road_names_no_state() -> None:
    text = (
        "U.S. Secretary of State Jane Doe will meet Chinese Foreign Minister John Roe in Bangkok on 12 May, "
        "department spokesman Ted Loe told a press briefing in Bangkok."
    )
    assert _countries(text)["Ted Loe"] != "Thailand"


def test_an_office_named_for_a_commission_is_no_meeting_of_its_own() -> None:
    text = (
        "Prime Minister Jane Doe will visit Brussels on 12 May. During the visit, she will meet European "
        "Commission President John Roe and NATO Secretary General Ann Moe."
    )
    assert [e.kind for e in _b(text).events] == ["main"]


def test_a_hope_a_wire_reports_names_no_issuer() -> None:
    text = (
        "Xland foreign minister to visit Japan\n\nForeign Minister Jane Doe of Xland will visit Tokyo on "
        "12 May for talks with Foreign Minister John Roe.\n\nJapan hopes that this visit will deepen ties, "
        "a Japanese official told reporters. Doe will also meet Deputy Minister Ann Moe."
    )
    got = _countries(text)
    assert got["Jane Doe"] != "Japan" and got["John Roe"] == "Japan"
