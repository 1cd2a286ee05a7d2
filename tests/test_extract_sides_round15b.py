"""Side-meeting rules, round 15 (sides): "A will co-chair the meeting/talks/summit with B" points back to
the meeting the text announces (its two chairs), not a bilateral of their own; "co-chair the annual X Forum
with B" names a gathering of its own and stays a meeting."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract


def _sides(text: str) -> list[tuple[str, list[str]]]:
    b = extract(text, today=date(2031, 5, 1))
    return [(e.kind, sorted(e.participants)) for e in b.events if e is not b.main_event and e.kind != "main"]


@pytest.mark.parametrize(
    "text",
    [
        "Zambia and Bolivia will hold the second meeting of their Joint Commission in Lusaka on Sunday, "
        "officials said.\n\nForeign Affairs Adviser Chanda Mulenga will co-chair the meeting with Bolivia's "
        "Minister of Foreign Affairs and Culture Rosa Quispe, officials told reporters yesterday.",
        "Leaders of the Northern Seas group will gather in Riga on June 3 for their annual summit, with "
        "Estonian President Kaur Tamm, Danish Prime Minister Lise Holt and Irish Taoiseach Niall Brennan "
        "attending.\n\nLatvian President Ivo Berzs will co-chair the summit with Icelandic Prime Minister "
        "Dagny Einars.",
        "Leaders of the Northern Seas group will gather in Riga on June 3 for their annual summit, with "
        "Estonian President Kaur Tamm, Danish Prime Minister Lise Holt and Irish Taoiseach Niall Brennan "
        "attending.\n\nLatvian President Ivo Berzs will co-chair the meeting with Icelandic Prime Minister "
        "Dagny Einars.",
        "Defence Minister Rafe Dunmore will visit Oslo on June 3 for the Norway-Ireland defence talks.\n\n"
        "Dunmore will co-chair the talks with Norwegian Defence Minister Sigrid Holm on June 3.",
    ],
)
def test_co_chair_the_meeting_is_the_main_event(text: str) -> None:
    assert _sides(text) == []


def test_co_chair_a_named_gathering_stays_a_meeting() -> None:
    text = (
        "Foreign Minister Ilse Harrow will travel to Valdivia on June 3 for the fourth Chile-Norway Joint "
        "Commission.\n\nHarrow will also co-chair the annual Ocean Policy Forum with Norwegian Foreign "
        "Minister Tomas Reed on June 4."
    )
    assert _sides(text) == [("bilateral", ["Ilse Harrow", "Tomas Reed"])]
