"""Quotes, round 11: a heading ending in a colon ("Notes to editors:") introduces no statement; a person's
unquoted answer after "X said:" ends at a paragraph in the reporter's voice ("according to", "last met");
a short quoted term after a determiner is a scare quote; "A, B's adviser, said" makes A the one a later
"he said" means."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Briefing

REF = date(2026, 3, 4)


def _b(text: str) -> Briefing:
    return extract(text, today=REF)


def _openings(b: Briefing) -> list[str]:
    return [q.text[:24] for q in b.quotes]


@pytest.mark.parametrize(
    "heading", ["Notes to editors:", "Notes for editors:", "NOTES TO EDITORS:", "Notes:"]
)
def test_a_notes_heading_introduces_no_statement(heading: str) -> None:
    b = _b(
        "Prime Minister Orrin Tave will host leaders in Porto Vell on Sunday 2 March.\n\n"
        f"{heading}\n"
        "- Porto Vell House has previously hosted river council meetings, most recently in May 2021.\n"
        "- Media wishing to attend the press conference should contact the press office."
    )
    assert b.quotes == []


@pytest.mark.parametrize(
    "background",
    [
        "Tave and Marn last met in Lune in October last year on the margins of the river summit.",
        "The two leaders previously met in Lune in October, when they agreed on a ferry link.",
        "Tave first visited Morvia in 2019, when he attended the river summit in Lune.",
        "The envoys plan to follow up with talks in Lune in July, according to the ministry.",
    ],
)
def test_a_persons_unquoted_answer_ends_at_the_reporters_background(background: str) -> None:
    b = _b(
        "Prime Minister Orrin Tave will attend the river summit in Lune on Friday.\n\n"
        "Asked about the meeting with Marn, spokesperson Ila Dorn said:\n"
        "The Prime Minister is expected to have bilateral meetings with some leaders. Details are being "
        "worked out.\n\n"
        f"{background}\n\n"
        "Tave will return home on Saturday."
    )
    assert len(b.quotes) == 1
    assert b.quotes[0].speaker == "Ila Dorn"


@pytest.mark.parametrize(
    "sentence",
    [
        'Doe said the talks would build on the treaty\'s "optimal pathway" announced in March.',
        'Doe said the talks would build on the Lune "optimal pathway" announced in March.',
        'The rebels have rejected talks and have declared Kestria their "principal enemy."',
        'Doe said the plan would follow its "twin track" agreed last year.',
    ],
)
def test_a_short_term_after_a_determiner_is_no_quote(sentence: str) -> None:
    b = _b("Minister Jan Doe will visit Lune on Friday.\n\n" + sentence)
    assert b.quotes == []


def test_a_longer_quote_after_a_determiner_stays() -> None:
    b = _b('Minister Jan Doe said the talks would give the "clearest signal yet of our resolve."')
    assert len(b.quotes) == 1


@pytest.mark.parametrize(
    "attribution",
    [
        "Ila Dorn, Tave's deputy national security adviser, told reporters in Lune.",
        "Ila Dorn, Tave's top aide, said at the presidential office.",
        "said Ila Dorn, Tave's deputy adviser, at a briefing.",
        "Ila Dorn, a senior adviser to Tave's office, told reporters.",
    ],
)
def test_a_name_in_the_possessive_does_not_take_the_next_he_said(attribution: str) -> None:
    b = _b(
        "President Orrin Tave will travel to Lune this week for a summit, Deputy National Security Adviser "
        "Ila Dorn told reporters.\n\n"
        f'"The summit will be a historic milestone for the river states," {attribution}\n\n'
        '"The three countries will set out a framework for lasting cooperation," she said.'
    )
    assert [q.speaker for q in b.quotes] == ["Ila Dorn", "Ila Dorn"]
