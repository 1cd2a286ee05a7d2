"""Dev tool: random checks that the speed-ups' cheaper tests answer exactly as the tests they replace.

    .venv/bin/python -m bench.speed_equivalence

literals.WordGroups(*lists).mask against literals.has_any on each list, and stops._stop_cue against
_STOP_CUE.search, on random texts built from the words themselves (so hits are frequent) plus random
letters and spaces.
"""

from __future__ import annotations

import random
import sys

from briefings.extract import agenda, frameworks, side_cues, topics
from briefings.extract.literals import WordGroups, has_any
from briefings.extract.stops import _STOP_CUE, _stop_cue

_WORD_LISTS: list[tuple[str, ...]] = [
    topics._ANY_WORDS,
    topics._WHEN_WORDS,
    agenda.AGENDA_MORE_WORDS,
    agenda.AGENDA_CUES_WORDS,
    frameworks.FRAMEWORK_HEADS,
    agenda.FEATURE_WORDS,
    side_cues.CUE_WORDS,
    ("ab", "abc", "b", "a.b", "(x)"),
]
_STOP_BITS = ["In", "At", "From", " ", "\n", "\t", "\u00a0", "in", "to", "on to", "stop", "be", "end"]
_STOP_BITS += ["heads", "Tokyo", "É", "x", ".", "a"]


def main() -> int:
    """Print the number of disagreements (0 expected); exit 1 on any."""
    rng = random.Random(11)
    bad = 0
    groups = WordGroups(*_WORD_LISTS)
    pieces = [w for words in _WORD_LISTS for w in words] + [" ", "x", "A", "19", "\u2019", "."]
    for _ in range(50000):
        text = "".join(rng.choice(pieces)[: rng.randint(1, 12)] for _ in range(rng.randint(0, 6)))
        mask = groups.mask(text)
        bad += sum(bool(mask & (1 << i)) != has_any(text, words) for i, words in enumerate(_WORD_LISTS))
    for _ in range(100000):
        text = "".join(rng.choice(_STOP_BITS) for _ in range(rng.randint(0, 12)))
        bad += (_STOP_CUE.search(text) is not None) != _stop_cue(text)
    print(f"disagreements: {bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
