"""A statement introduced by a pronoun ("Before her departure, she issued the following statement:") is the
words of the person the pronoun goes back to."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract

HEAD = (
    "Foreign Minister to travel to Chile and Peru\n\n"
    "Federal Foreign Minister Dr Anna Keller will travel to Chile and Peru from 22 to 25 April. "
)


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract(text, today=date(2031, 4, 20)).quotes]


def test_her_statement_is_hers() -> None:
    text = HEAD + (
        "Before her departure, she issued the following statement:\n\n"
        '"Much of what will shape this century will be decided in South America."\n'
    )
    assert _speakers(text) == ["Anna Keller"]


def test_a_statement_run_over_two_paragraphs_stays_hers() -> None:
    text = HEAD + (
        "Before her departure, she issued the following statement:\n\n"
        '"Much of what will shape this century will be decided in South America.\n\n'
        'That is why I am travelling with a business delegation."\n'
    )
    assert _speakers(text) == ["Anna Keller", "Anna Keller"]


def test_an_office_issuing_a_statement_names_no_one() -> None:
    text = HEAD + (
        "Before her departure, the ministry issued the following statement:\n\n"
        '"The visit will deepen our partnerships in South America."\n'
    )
    assert _speakers(text) == [None]
