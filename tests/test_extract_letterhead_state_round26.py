"""A letterhead that opens with the state's word before its body names the issuing state."""

from __future__ import annotations

import pytest

from briefings.extract.letterheads import letterhead_issuer
from briefings.extract.sentences import split


@pytest.mark.parametrize(
    ("head", "state"),
    [
        ("U.S. DEPARTMENT OF THE TREASURY", "United States"),
        ("Japan Ministry of Defense", "Japan"),
        ("AUSTRALIAN GOVERNMENT", "Australia"),
    ],
)
def test_a_states_word_before_its_body_names_the_issuer(head: str, state: str) -> None:
    doc = split(f"{head}\n\nSecretary to travel to Manila\n\nThe Secretary will travel there on Monday.\n")
    assert letterhead_issuer(doc) == state


@pytest.mark.parametrize(
    "text",
    [
        "The Foreign Ministry said on Monday that talks will be held in Manila.\n",
        "European Commission\n\nHigh Representative to travel to Manila\n\nShe will travel on Monday.\n",
    ],
)
def test_no_state_word_names_no_issuer(text: str) -> None:
    assert letterhead_issuer(split(text)) is None
