"""The first-letter lookaheads put before hot alternation regexes must admit every alternative.

A lookahead such as `\\b(?=[aeilp])(?:last|previous|...)` only spares sre from trying each alternative
at every word; if someone adds an alternative whose first letter is not in the set, that alternative
silently never matches. This test reads each guarded pattern's parse tree and checks that every
alternative's possible first characters are inside the lookahead's set.
"""

from __future__ import annotations

import re
import re._constants as C  # the parser's opcodes (sre_constants)
import re._parser as P  # the stdlib's own regex parser (sre_parse)
from typing import Any

import pytest

from briefings.extract import (
    event_dates,
    event_participants,
    eventcues,
    places,
    side_cues,
    stops,
    tense_words,
)
from briefings.extract.literals import search_at
from briefings.extract.regex_guard import _ASCII_FOLDS, class_chars, class_scan, first_chars, guarded

GUARDED = {
    "event_dates.EVENT_NOUN": event_dates.EVENT_NOUN,
    "eventcues._TRIP": eventcues._TRIP,
    "event_participants._PARTICIPATE": event_participants._PARTICIPATE,
    "places._IN_CITY": places._IN_CITY,
    "side_cues.PAST_ONLY": side_cues.PAST_ONLY,
    "stops._STOP_CUE": stops._STOP_CUE,
    "tense_words.PAST": tense_words.PAST,
    "tense_words.PAST_OR_SAID": tense_words.PAST_OR_SAID,
}


def _firsts(seq: Any) -> tuple[set[str] | None, bool]:
    """(possible first characters or None for 'any', whether the sequence can match empty)."""
    return first_chars(seq, [])


def _guard_and_rest(pattern: re.Pattern[str]) -> list[tuple[set[str], Any]]:
    """Each (lookahead letters, what follows it) after a word boundary in the pattern's top level."""
    tree = list(P.parse(pattern.pattern, pattern.flags))
    branches = tree[0][1][1] if len(tree) == 1 and tree[0][0] is C.BRANCH else [tree]
    found = []
    for branch in branches:
        items = list(branch)
        for i, (op, arg) in enumerate(items):
            if op is C.ASSERT and arg[0] == 1:  # a lookahead
                first_item = next(iter(arg[1]))
                if first_item[0] is C.IN:
                    chars = class_chars(first_item[1])
                    assert chars is not None
                    found.append((chars, items[i + 1 :]))
    return found


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_every_alternative_starts_with_a_letter_its_lookahead_admits(name: str) -> None:
    pattern = GUARDED[name]
    guards = _guard_and_rest(pattern)
    assert guards, f"{name} has no first-letter lookahead any more: drop it from this test"
    fold = bool(pattern.flags & re.IGNORECASE)
    for letters, rest in guards:
        firsts, _ = _firsts(rest)
        assert firsts is not None, f"{name}: an alternative may start with any character"
        if fold:
            letters = {c.lower() for c in letters}
            firsts = {c.lower() for c in firsts}
        assert firsts <= letters, f"{name}: add {sorted(firsts - letters)} to its lookahead"


def test_the_check_catches_a_missing_letter() -> None:
    bad = re.compile(r"\b(?=[ab])(?:alpha|beta|gamma)\b")
    ((letters, rest),) = _guard_and_rest(bad)
    firsts, _ = _firsts(rest)
    assert firsts == {"a", "b", "g"} and not firsts <= letters


@pytest.mark.parametrize(
    "source",
    [
        r"\b(?:alpha|(?i:beta)|(?<=\s)gamma|\)delta)\b",
        r"\b(?P<k>[Bb]ilateral|one-on-one)\s+(?:talks|(?i:meeting))|\b(?P<v>met)\s+with",
        r"(?:x|y)?zeta",
        r"(?i)\b(?:kelvin|sigma|idle)\b",
    ],
)
def test_a_guarded_regex_matches_exactly_what_the_original_matches(source: str) -> None:
    original = re.compile(source)
    fast = guarded(original)
    assert fast.pattern != source  # a guard was added
    texts = [
        "Alpha BETA beta gamma )delta",
        "x gamma, yzeta and zeta",
        "Bilateral MEETING; met with them",
        "one-on-one Talks",
        "ALPHA gAmMa",
        "\u212aelvin \u017figma \u0130dle \u0131dle KELVIN Sigma",
    ]
    for text in texts:
        got = [(m.span(), m.groupdict()) for m in fast.finditer(text)]
        assert got == [(m.span(), m.groupdict()) for m in original.finditer(text)]


def test_a_regex_that_may_start_anywhere_is_left_as_it_is() -> None:
    for source in (r"\w+ing", r"(?:a)?", r"[^x]y"):
        pattern = re.compile(source)
        assert guarded(pattern) is pattern


def test_the_side_meeting_cue_is_guarded() -> None:
    assert side_cues.CUE.pattern.startswith("(?=")


def test_the_case_folds_of_ascii_are_all_known() -> None:
    # a case-insensitive guard's scan set holds every character that matches an ASCII one under re.I
    ascii_class = re.compile(r"[\x00-\x7f]", re.IGNORECASE)
    folds = {chr(c) for c in range(0x110000) if ascii_class.fullmatch(chr(c))}
    assert folds == _ASCII_FOLDS


@pytest.mark.parametrize(
    "source",
    [
        r",\s*(?:and|or)\s+|,\s*|\s+as well as\s+",
        r"\s+(?:and|or)\s+",
        r"\b(\d{4})-(\d{2})-(\d{2})\b",
        r"[“”\";]|,?\s+said",
    ],
)
def test_a_class_scanned_regex_matches_exactly_what_the_original_matches(source: str) -> None:
    original = re.compile(source)
    scanned = class_scan(original)
    assert scanned is not original  # (it opens with a class sre can scan for)
    texts = ["A, B and C as well as D", "on 2026-05-01 and\u00a0or 1999-1-1", "x said  “y”; z\u2003and w", ""]
    for text in texts:
        for start in range(len(text) + 1):
            got = [(m.span(), m.groups()) for m in scanned.finditer(text, start)]
            assert got == [(m.span(), m.groups()) for m in original.finditer(text, start)]
            assert scanned.split(text[start:]) == original.split(text[start:])


def test_search_at_finds_the_leftmost_match_where_its_words_open() -> None:
    pattern = re.compile(r"(?:I(?<=\bI)|W(?<=\bW)e) (?:will|shall) (\w+)")
    words = ("I will", "I shall", "We will", "We shall")
    for text in ["We will go. I will stay.", "AI will not. I shall go", "no one", "We shall see; We will"]:
        found = search_at(pattern, text, words)
        expected = pattern.search(text)
        assert (found and found.span()) == (expected and expected.span())
