"""Extraction speed: articles per second on ~400-word synthetic briefings, one process."""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import time
from datetime import date

from briefings.compiled import PURE_ENV, is_compiled
from briefings.extract import extract

_CITIES = [
    ("TOKYO", "Japan", "Japanese"),
    ("CANBERRA", "Australia", "Australian"),
    ("SEOUL", "South Korea", "South Korean"),
    ("MANILA", "Philippines", "Philippine"),
    ("LONDON", "United Kingdom", "British"),
]
_GIVEN = ["Aiko", "Mark", "Helen", "Ravi", "Clara", "Tom", "Min-jun", "Ana", "Paul", "Irene"]
_FAMILY = ["Tanabe", "Halvorsen", "Corrigan", "Menon", "Dunmore", "Ashby", "Seo", "Ruiz", "Whitford", "Lind"]
_MONTHS = ["January", "March", "May", "June", "July", "September", "October", "November"]
_FILLER = [
    "Officials in {city2} said the meeting would build on commitments made at earlier talks in {month2}.",
    "The ministers are expected to sign a joint statement on supply chains and maritime security.",
    "Analysts at the {inst} said the talks reflected growing concern in {country} over coercion at sea.",
    "{given} {family}, a senior fellow at the {inst}, said the meeting could set the tone for the year.",
    "Both governments have expanded joint exercises since the previous meeting in {city2} in {month2}.",
    "The Defence Ministry in {city2} said preparations were on track and that a communique would follow.",
    "Trade between the two countries reached a record last year, according to figures from {country}.",
]
_INSTITUTES = [
    "Lowy Institute",
    "Center for Strategic Studies",
    "Asia Policy Forum",
    "Pacific Strategy Centre",
]


def _article(rng: random.Random) -> str:
    city, country, adj = rng.choice(_CITIES)
    a, b, c = (f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY)}" for _ in range(3))
    month, day = rng.choice(_MONTHS), rng.randint(1, 28)
    parts = [
        f"{city.title()} to host security talks\n",
        f"{city} — The United States and {country} will hold high-level security talks on {month} {day}, "
        f"with foreign and defence ministers set to discuss regional stability, cyber defence and trade.",
        f"The talks will bring together U.S. Secretary of State {a} and Secretary of Defense {b} with their "
        f"{adj} counterparts, Foreign Minister {c} and Defence Minister Lee Wen.",
        f"In addition, {a.split()[1]} will have a bilateral meeting with {c.split()[1]} on the sidelines.",
        f'"This is a turning point for the alliance and for the region," said {adj} Foreign Minister {c}.',
        f'"We will keep working together," {c.split()[1]} added.',
        "The backdrop is a series of initiatives announced in April, aimed at deepening defence cooperation "
        "in the face of threats from China, North Korea and Russia.",
    ]
    while len(" ".join(parts).split()) < 400:
        parts.append(
            rng.choice(_FILLER).format(
                city2=rng.choice(_CITIES)[0].title(),
                month2=rng.choice(_MONTHS),
                country=country,
                inst=rng.choice(_INSTITUTES),
                given=rng.choice(_GIVEN),
                family=rng.choice(_FAMILY),
            )
        )
    return "\n\n".join(parts)


def main() -> None:
    """Print articles/s (CPU time) of the extractor as it runs, and of pure Python when that is compiled."""
    rate = measure()
    if is_compiled():
        # the same articles in a pure-Python process: a compiled build slower than Python is a bug
        done = subprocess.run(
            [sys.executable, "-m", "bench.bench_extract"],
            env={**os.environ, PURE_ENV: "1"},
            capture_output=True,
            text=True,
            check=True,
        )
        pure = float(done.stdout.strip().splitlines()[-1].split()[-1])
        print(f"  compiled / pure Python: {rate / pure:.2f}x ({rate:.0f} vs {pure:.0f} articles/s)")


def measure() -> float:
    """Print the median, p50 and p99 of articles/s (CPU time of this process) over 5 runs of 200 articles."""
    rng = random.Random(7)
    extract(_article(rng), today=date(2026, 1, 1))  # load the gazetteer once, as a running bot would
    rates: list[float] = []
    per_article: list[float] = []
    words = 0.0
    for _ in range(5):
        # fresh articles every run, each with its own salt line, so no per-text cache is ever warm
        articles = [f"{_article(rng)}\n\nRef {rng.random()}." for _ in range(200)]
        words = statistics.mean(len(a.split()) for a in articles)
        t0 = time.process_time()
        for text in articles:
            t1 = time.process_time()
            extract(text, today=date(2026, 1, 1))
            per_article.append(time.process_time() - t1)
        rates.append(len(articles) / (time.process_time() - t0))
    per_article.sort()
    p50 = per_article[len(per_article) // 2] * 1000
    p99 = per_article[int(len(per_article) * 0.99)] * 1000
    mode = "compiled (mypyc)" if is_compiled() else "pure Python"
    print(f"extract: {len(articles)} articles x 5 runs, {words:.0f} words each; extractor: {mode}")
    print(f"  articles/s median {statistics.median(rates):.0f} (min {min(rates):.0f}, max {max(rates):.0f})")
    print(f"  per article p50 {p50:.2f} ms, p99 {p99:.2f} ms")
    return statistics.median(rates)


if __name__ == "__main__":
    print(f"median articles/s {measure():.1f}")
