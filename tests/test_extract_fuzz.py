"""Arbitrary text never crashes the extractor, and every evidence span is a slice of the source."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefings.extract import extract
from briefings.models import Event, Person, Quote, Topic

_WORDS = st.sampled_from(
    [
        "Foreign", "Minister", "Secretary", "of", "State", "Japan", "US", "said", "“", "”", '"', "—", "TOKYO",
        "July", "28", "June 10-12", "Mr.", "Dr", "KISHI", "Nobuo", "Ana", "Ruiz", ",", ".", "\n", "\n\n",
        "bilateral", "meeting", "with", "his", "counterparts", "from", "talks", "on", "Friday", "at",
        "10:00", "a.m.", "in", "Seoul", "the", "Pentagon", "discuss", "threats", "and", "published:",
        "2024-07-20", "Đỗ", "Minh", "(", ")", ":", "'s", "travel", "to", "Manila", "Hanoi",
    ]
)  # fmt: skip
_TEXT = st.one_of(st.text(max_size=300), st.lists(_WORDS, max_size=80).map(" ".join))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_arbitrary_text_never_crashes_and_spans_slice_the_source(text: str) -> None:
    b = extract(text, today=date(2026, 1, 1))
    facts: list[Person | Event | Quote | Topic] = [*b.people, *b.events, *b.quotes, *b.topics]
    for fact in facts:
        ev = fact.evidence
        assert 0 <= ev.start <= ev.end <= len(text)
        assert b.sentences[ev.sentence] == ev.text
        assert text[ev.start : ev.end] in ev.text
    for e in b.events:
        if e.start is not None:
            assert e.start.tzinfo is not None
