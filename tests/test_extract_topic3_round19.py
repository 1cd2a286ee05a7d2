"""Topic rules, round 19 (third pass): agenda forms still missed.

- "Other issues on the table include A, B and C" (an agenda noun with "on the table"/"up for discussion"
  before "include");
- "will examine A, B and C", with the cue list of "consider" and "assess" (not "examine any offer");
- "the political, security and humanitarian situation": "the" and a lone adjective open a series whose last
  item names the shared noun, one item;
- a colon list whose items semicolons part ("themes: A; B; and C").
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
            "The envoys meet on Friday. Other issues on the table include the drought in the south, river "
            "shipping and the fate of the grain levy.",
            ["drought in the south", "river shipping", "fate of the grain levy"],
        ),
        (
            "The council meets on Friday. Other topics up for discussion include port tariffs and the "
            "fishing quota dispute.",
            ["port tariffs", "fishing quota dispute"],
        ),
        (
            "The ministers will examine the border crossing backlog, the status of the salt lake treaty and "
            "the rail freight corridor.",
            ["border crossing backlog", "status of the salt lake treaty", "rail freight corridor"],
        ),
        (
            "The leaders will examine the economic, energy and food situation in the valley and the progress "
            "of the dam talks.",
            ["economic, energy and food situation in the valley", "progress of the dam talks"],
        ),
        (
            "The talks will be organised around four themes: coastal erosion; the future of the tin mines, "
            "with a view to the new mining code; seed banks; and the governance of river basins.",
            ["future of the tin mines", "seed banks", "governance of river basins"],
        ),
        (
            "Their agenda is set out in three priorities: lowering ferry fares; rebuilding the old harbour; "
            "and a common census of island fisheries.",
            ["rebuilding the old harbour", "common census of island fisheries"],
        ),
    ],
)
def test_agenda_forms(body: str, wanted: list[str]) -> None:
    got = _topics(body)
    for w in wanted:
        assert w in got, (w, got)


def test_examine_any_offer_is_no_topic() -> None:
    got = _topics("The envoys meet on Friday. 'Our country will examine any invitation calmly,' he said.")
    assert not any("invitation" in t for t in got), got


def test_the_noun_list_stays_apart() -> None:
    """'the proposal, trade and investment': a noun opens it, three items."""
    got = _topics("The ministers will examine the proposal, trade and investment.")
    assert "proposal, trade and investment" not in got, got
