"""Quotes, round 10: a statement "issued the following statement:" whose first paragraph is not in the
first person runs on through its "We will ..." paragraphs; a first-person statement stops at a paragraph
that gives a day or a month in the reporter's voice."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.models import Briefing

REF = date(2026, 3, 4)


def _b(text: str) -> Briefing:
    return extract(text, today=REF)


def _openings(b: Briefing) -> list[str]:
    return [q.text[:24] for q in b.quotes]


def test_a_statement_runs_on_through_we_will_paragraphs() -> None:
    b = _b(
        "Foreign Minister Tessa Orlan will travel to Velmora tomorrow to attend the River Council.\n\n"
        "Before her departure, Foreign Minister Orlan issued the following statement:\n\n"
        "The River Council was founded on the belief that the basin can only thrive together.\n\n"
        "We will not allow that belief to be broken. Together with our partners, we stand up for it.\n\n"
        "I thank our Velmoran hosts for their tireless work this year.\n\n"
        "Background:\n\n"
        "The River Council has twelve members."
    )
    openings = _openings(b)
    assert any(o.startswith("The River Council was") for o in openings)
    assert any(o.startswith("We will not allow") for o in openings)
    assert any(o.startswith("I thank our Velmoran") for o in openings)
    assert all(q.speaker == "Tessa Orlan" for q in b.quotes)
    assert not any(o.startswith("The River Council has") for o in openings)


def test_a_first_person_statement_stops_at_a_dated_paragraph() -> None:
    b = _b(
        "Foreign Minister Tessa Orlan will travel to Velmora on Wednesday for the River Council.\n\n"
        "Foreign Minister Orlan said:\n\n"
        "We cannot let the floods distract us from the drought. We will not tire.\n\n"
        "A partnership across the basin has to prove itself in practice.\n\n"
        "The River Council follows the meeting in Kessa in November last year. Leaders will meet in "
        "June.\n\n"
        "On Friday, ministers will discuss grain storage."
    )
    openings = _openings(b)
    assert any(o.startswith("We cannot let") for o in openings)
    assert any(o.startswith("A partnership across") for o in openings)
    assert not any(o.startswith(("The River Council", "On Friday")) for o in openings)


def test_he_added_colon_after_a_quote_is_its_speaker() -> None:
    b = _b(
        "River ministers will meet in Velmora on Thursday.\n\n"
        '"Our levees are strong, but we must keep them so," Ms Orlan said.\n\n'
        "In the evening, ministers will meet with Kessan Minister of Water Bram Keller.\n\n"
        'The chair stressed that the fund was an investment. "If the river wins, we lose," she said.\n\n'
        "She added:\n\n"
        "We have seen reports that the dam may have cracked. If confirmed, this would be grave."
    )
    q = next(q for q in b.quotes if q.text.startswith("We have seen reports"))
    assert q.speaker is not None and q.speaker.endswith("Orlan")


def test_a_short_quote_ending_a_long_reported_clause() -> None:
    b = _b(
        "River ministers will meet in Velmora on Wednesday.\n\n"
        "Council chair Tessa Orlan, who will open the meeting, said last week that members had delivered "
        "more sandbags to the delta in the past three months than in the whole of the first half of the "
        'year, but that it was "still not enough."\n\n'
        "Minister Bram Keller, who chairs the water board, stated that Kessa and Velmora, as old partners "
        "sharing one river, would further strengthen cooperation toward realizing a "
        '"Clean and Open River Basin".'
    )
    said = [(q.speaker, q.text) for q in b.quotes]
    assert ("Tessa Orlan", "still not enough.") in said or ("Tessa Orlan", "still not enough") in said
    assert not any(t.startswith("Clean and Open") for _, t in said)
