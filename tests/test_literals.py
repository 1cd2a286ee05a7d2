"""literals.has_any: the grouped test of long word lists answers exactly as testing every word would."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefings.extract.literals import WordGroups, has_any

WORD = st.text(alphabet="abcdeno tk", min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(words=st.lists(WORD, min_size=1, max_size=60), text=st.text(alphabet="abcdeno tkx", max_size=80))
def test_has_any_agrees_with_a_plain_loop(words: list[str], text: str) -> None:
    as_tuple = tuple(words)
    assert has_any(text, as_tuple) == any(w in text for w in as_tuple)
    assert has_any(text, as_tuple) == any(w in text for w in as_tuple)  # again, through the cached plan


def test_long_lists_sharing_a_last_word_or_a_prefix() -> None:
    shared = tuple(f"talks {x} on" for x in "abcdefghij")
    words = (*shared, "talk about", "talking", "visit", "meet with", "host", "co-chair", "convene", "attend")
    assert len(words) >= 16
    assert has_any("they will meet with her", words)
    assert has_any("during talks e on trade", words)
    assert has_any("talking points", words)
    assert not has_any("talks z on trade", words)
    assert not has_any("", words)


@settings(max_examples=300, deadline=None)
@given(
    lists=st.lists(st.lists(WORD, min_size=1, max_size=20), min_size=1, max_size=6),
    text=st.text(alphabet="abcdeno tkx", max_size=80),
)
def test_word_groups_mask_agrees_with_has_any_on_each_list(lists: list[list[str]], text: str) -> None:
    groups = WordGroups(*(tuple(words) for words in lists))
    mask = groups.mask(text)
    for i, words in enumerate(lists):
        assert bool(mask & (1 << i)) == has_any(text, tuple(words))


def test_word_groups_on_non_ascii_text() -> None:
    groups = WordGroups(("“talks”", "Türkiye"), ("Ministère",))
    assert groups.mask("the “talks” in Türkiye") == 1
    assert groups.mask("le Ministère") == 2
    assert groups.mask("Turkiye") == 0
