"""Header lines, sentence splitting and evidence offsets into the whole text."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.extract.sentences import split


def test_header_lines_are_read_and_offsets_count_them() -> None:
    text = (
        "published: 2024-07-20\ntitle: Talks in Tokyo\n\n"
        "TOKYO — Foreign Minister Aiko Tanabe will meet on July 28."
    )
    b = extract(text, today=date(2026, 1, 1))
    assert b.title == "Talks in Tokyo" and b.published == date(2024, 7, 20)
    p = b.people[0]
    assert text[p.evidence.start : p.evidence.end] == "Foreign Minister Aiko Tanabe"
    assert b.sentences == ["TOKYO — Foreign Minister Aiko Tanabe will meet on July 28."]


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    doc = split("Mr. A. B. Smith met U.S. officials at 10 a.m. on Monday. H.E. Ms. Lee spoke. Then he left.")
    assert [s.text for s in doc.sentences] == [
        "Mr. A. B. Smith met U.S. officials at 10 a.m. on Monday.",
        "H.E. Ms. Lee spoke.",
        "Then he left.",
    ]


def test_a_quotation_stays_in_one_sentence() -> None:
    doc = split("He said: “We are ready. We are able.” Then he left.")
    assert [s.text for s in doc.sentences] == ["He said: “We are ready. We are able.”", "Then he left."]


def test_hard_wrapped_lines_are_joined_into_paragraphs() -> None:
    text = (
        "The foreign ministers of the two countries will meet in Tokyo on\n"
        "July 28 to discuss maritime security and the situation on the Korean\n"
        "Peninsula, officials from both governments said on Friday afternoon in\n"
        "statements.\n\nA second paragraph follows here."
    )
    doc = split(text)
    assert len(doc.sentences) == 2
    assert doc.sentences[0].text.endswith("statements.")


def test_sentence_offsets_slice_the_text() -> None:
    text = "Headline here\n\nFirst sentence. Second one!  Third?"
    doc = split(text)
    for s in doc.sentences:
        assert text[s.start : s.end] == s.text
    assert [s.paragraph for s in doc.sentences] == [0, 1, 1, 1]
