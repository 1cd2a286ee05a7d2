"""Quotes: marks, attribution before or after, pronouns, titles, follow-on and unquoted statements."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.models import Briefing

REF = date(2026, 3, 4)


def _b(text: str) -> Briefing:
    return extract(text, today=REF)


def _said(b: Briefing) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in b.quotes]


def test_straight_and_curly_quotes_said_after_or_before() -> None:
    b = _b(
        'Japanese Foreign Minister Aiko Tanabe will visit Seoul on May 3. "We share a common future," '
        "Tanabe said. Defence Minister Paul Whitford said, “Our alliance has never mattered more.”"
    )
    assert _said(b) == [
        ("Aiko Tanabe", "We share a common future"),
        ("Paul Whitford", "Our alliance has never mattered more."),
    ]


def test_said_before_the_name_with_title() -> None:
    b = _b("“The alliance is ready for the next step,” said US Ambassador to Japan Carl Benson.")
    assert _said(b) == [("Carl Benson", "The alliance is ready for the next step")]
    assert b.people[0].role == "Ambassador to Japan"


def test_pronoun_speaker_is_the_last_named_person() -> None:
    b = _b(
        "Foreign Minister Aiko Tanabe spoke to reporters in Tokyo on Tuesday. "
        '"We will not be intimidated by anyone," she said.'
    )
    assert _said(b) == [("Aiko Tanabe", "We will not be intimidated by anyone")]


def test_multi_sentence_and_multi_paragraph_quotes() -> None:
    b = _b(
        "Defence Minister Paul Whitford said on Monday:\n\n"
        "“Our partnership is deep. It is getting deeper every year.\n\n"
        "“That is why this visit matters.”"
    )
    assert [q.speaker for q in b.quotes] == ["Paul Whitford", "Paul Whitford"]
    assert b.quotes[0].text.startswith("Our partnership is deep. It is getting deeper")
    assert b.quotes[1].text.startswith("That is why this visit matters")


def test_unattributed_follow_on_paragraph_keeps_the_last_speaker() -> None:
    b = _b(
        '"This is a historic day for both nations," said Prime Minister Ana Ruiz.\n\n'
        '"We have waited a long time for this agreement to be signed."'
    )
    assert [q.speaker for q in b.quotes] == ["Ana Ruiz", "Ana Ruiz"]


def test_unquoted_statement_after_said_colon() -> None:
    b = _b(
        "Defence Secretary Alasdair Quinn said:\n\n"
        "Our partnership with Japan shows what two island nations can build together."
    )
    assert _said(b) == [
        ("Alasdair Quinn", "Our partnership with Japan shows what two island nations can build together.")
    ]


def test_title_only_speaker_resolves_to_the_title_holder() -> None:
    b = _b(
        "NATO Secretary General Henrik Vaal will chair the meeting in Brussels on April 3.\n\n"
        "“Our security is not regional, it is global,” said the Secretary General."
    )
    assert _said(b) == [("Henrik Vaal", "Our security is not regional, it is global")]


def test_scare_quotes_are_not_quotes_and_unnamed_sources_have_no_speaker() -> None:
    b = _b(
        "The so-called “2+2” talks will be held on May 3. “The talks will be tough but fair,” a senior "
        "official said."
    )
    assert _said(b) == [(None, "The talks will be tough but fair")]


def test_single_quotes_and_she_continued() -> None:
    b = _b(
        "Foreign Secretary Imogen Hart and Defence Minister Paul Whitford will meet in Adelaide on May 3. "
        "'We are family,' Hart said.\n\n"
        "She continued:\n\n"
        "“In Adelaide we will take the next steps on submarines.”"
    )
    assert [q.speaker for q in b.quotes] == ["Imogen Hart", "Imogen Hart"]


def test_first_person_release_quote_is_the_author() -> None:
    b = _b(
        "Minister for Foreign Affairs\nSenator the Hon Helen Marr\n\n"
        "I will travel to Suva on Friday to meet Pacific leaders.\n\n"
        '"The Pacific is our home," I said today.'
    )
    assert b.quotes[0].speaker == "Helen Marr"
