"""The main event's place with the learned place ranker behind the rules (invented texts)."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.extract.place_ranker import model, rerank
from briefings.extract.sentences import split
from tests.extract_helpers import main_of

TODAY = date(2031, 5, 1)

HANOI = (
    "Ministers to meet in Hanoi\n\n"
    "TOKYO (Kyodo) -- The foreign ministers of Japan and Vietnam will hold talks in Hanoi on May 12, "
    "the ministry said on Tuesday.\n\n"
    "The two ministers last met in Osaka in 2029.\n"
)


def _rerank(text: str, place: str | None, trip: bool = False) -> str | None:
    """The ranker's place for `text` when the rules picked `place` (None when the rules' place stands)."""
    doc = split(text)
    body = doc.sentences
    s = next(x for x in body if " will " in x.text)
    headline = body[0].text.strip()
    picked = rerank(doc, body, s, None, None, headline, frozenset(), place, trip)
    return None if picked is None else picked.name


def test_extract_place_meeting_city_over_dateline_and_earlier_meeting() -> None:
    """The talks' city, not the wire's dateline nor where the ministers last met."""
    assert main_of(extract(HANOI, today=TODAY)).place == "Hanoi"


def test_extract_place_writer_city_named_last_is_not_the_meeting() -> None:
    """ "will meet in Lima ... the ministry said in Santiago": Lima."""
    text = (
        "The trade ministers of Chile and Peru will meet in Lima on 22 May, the Chilean ministry said in "
        "Santiago. The ministers met in Santiago last year.\n"
    )
    assert main_of(extract(text, today=TODAY)).place == "Lima"


def test_extract_place_videoconference_has_no_place() -> None:
    """A summit by videoconference is held in no city, whatever the dateline."""
    text = (
        "Leaders to hold virtual summit\n\n"
        "BERLIN - The leaders of Germany and Brazil will hold a summit by videoconference on May 20, "
        "the chancellery said.\n"
    )
    assert main_of(extract(text, today=TODAY)).place is None


def test_extract_place_ranker_replaces_a_pick_it_is_much_surer_against() -> None:
    """Rules that picked the earlier meeting's city give way to the talks' own city."""
    assert _rerank(HANOI, "Osaka") == "Hanoi"


def test_extract_place_ranker_leaves_an_agreeing_pick_alone() -> None:
    """Where the rules already chose the ranker's city, nothing changes."""
    assert _rerank(HANOI, "Hanoi") is None


def test_extract_place_ranker_needs_a_margin_to_override() -> None:
    """The weights come with a positive margin: a close second never replaces the rules' place."""
    weights, margin = model()
    assert margin > 0 and weights
    text = "Ministers meet\n\nThe ministers of A and B will meet in Lima or in Quito on 22 May.\n"
    assert _rerank(text, "Quito") is None
