"""Dev tool: extract N of bench_extract's articles, for an instruction count that machine load cannot blur.

    valgrind --tool=callgrind .venv/bin/python -m bench.extract_instructions 60
    valgrind --tool=callgrind .venv/bin/python -m bench.extract_instructions 10

Instructions per article = (collected with 60 - collected with 10) / 50: start-up and the gazetteer
load cancel out. Wall time on a shared machine varies by a third between runs; this count by well
under 1 %.
"""

from __future__ import annotations

import random
import sys
from datetime import date

from bench.bench_extract import _article
from briefings.extract import extract


def main(n: int) -> None:
    """Extract n fresh articles (fixed seed), each with its own salt line so no cache is warm."""
    rng = random.Random(7)
    for text in [f"{_article(rng)}\n\nRef {rng.random()}." for _ in range(n)]:
        extract(text, today=date(2026, 1, 1))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 60)
