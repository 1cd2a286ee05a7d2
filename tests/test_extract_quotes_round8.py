"""Quotes, round 8: a bare short title the text gave its holder once ("Foreign Secretary Doe"), an unnamed
official with a relative clause, and "with Doe saying he hoped to "..."" in an absolute clause."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.models import Briefing

REF = date(2026, 3, 4)


def _b(text: str) -> Briefing:
    return extract(text, today=REF)


def _said(b: Briefing) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text[:24]) for q in b.quotes]


def test_a_short_title_means_the_one_the_text_named_with_it() -> None:
    b = _b(
        "Foreign Minister Aiko Tanabe will meet the Rt Hon Miriam Holt MP, Secretary of State for Foreign, "
        "Commonwealth and Development Affairs of the United Kingdom, in Osaka on March 9.\n\n"
        "On the margins, Foreign Minister Tanabe will hold a bilateral meeting with Foreign Secretary "
        "Holt.\n\n"
        "In a statement issued by the ministry, the Foreign Secretary said: 'Our two island nations share "
        "every interest that matters.' She added that both sides 'stand as one' on maritime law."
    )
    assert ("Miriam Holt", "Our two island nations s") in _said(b)
    assert ("Miriam Holt", "stand as one") in _said(b)


def test_an_unnamed_official_with_a_relative_clause_is_no_one_named() -> None:
    b = _b(
        'Pentagon press secretary Col. Ada Brenner said in a statement: "The Secretary looks forward to the '
        'talks."\n\n'
        "A senior U.S. defense official, who briefed reporters under ground rules set by the Pentagon, said "
        'the meeting was "not a concession" to anyone.'
    )
    assert (None, "not a concession") in _said(b)


def test_with_a_name_saying_gives_the_speaker_of_a_partial_quote() -> None:
    b = _b(
        "Defence Minister Tom Ralston will visit Delhi on Monday for talks with Defence Minister "
        "Vikram Rao.\n\n"
        "The rugby test between the two countries in Pune on Sunday has added a lighter note to the visit, "
        'with Ralston saying he hoped to "remain good friends" whatever the score.'
    )
    assert ("Tom Ralston", "remain good friends") in _said(b)
