"""Foundation figures: ingest rate (extract + store) and /who, /talks latency on 10,000 briefings.

Targets: ingest >= 200 articles/s on one core; /who and /talks p99 <= 5 ms. The 10,000-briefing store is
cached under data/bench/ keyed by STORE_VERSION, so reruns skip the build.
"""

from __future__ import annotations

import asyncio
import os
import random
import statistics
import tempfile
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path
from typing import Any

from bench.synthetic import synthetic_article, synthetic_briefing
from briefings.compiled import is_compiled
from briefings.extract import extract
from briefings.ingest import ingest_paths
from briefings.store import Store

STORE_VERSION = "v3"  # bump when the schema or synthetic_briefing changes
STORE_SIZE = 10_000
INGEST_ARTICLES = 200
CALLS = 1_000
NOW = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
CACHE_DIR = Path("data/bench")


def ingest_rate(runs: int = 3) -> float:
    """Median articles/s over `runs` ingests of INGEST_ARTICLES files into a fresh SQLite file."""
    # warm-up: the extractor loads its gazetteer once per process; a running bot pays that only once
    extract(
        synthetic_article(0, random.Random(99)), source="warm-up.txt", published=None, today=date(2025, 6, 1)
    )
    rates = []
    for run in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp, "articles")
            folder.mkdir()
            rng = random.Random(run)
            for i in range(INGEST_ARTICLES):
                (folder / f"{i:04d}.txt").write_text(synthetic_article(i, rng), encoding="utf-8")
            store = Store(f"sqlite:///{tmp}/bench.db")
            started = time.perf_counter()
            report = ingest_paths(store, [folder], published=None, today=date(2025, 6, 1))
            elapsed = time.perf_counter() - started
            store.close()
            if not report.ok:
                raise SystemExit(f"ingest failed: {report.errors[0]}")
            rates.append(INGEST_ARTICLES / elapsed)
    return statistics.median(rates)


def split_rates(runs: int = 3) -> tuple[float, float]:
    """Median articles/s of extraction alone, and of the store alone (pre-built Briefings)."""
    extract_rates, store_rates = [], []
    for run in range(runs):
        rng = random.Random(run)
        texts = [synthetic_article(i, rng) for i in range(INGEST_ARTICLES)]
        started = time.perf_counter()
        for i, body in enumerate(texts):
            extract(body, source=f"{i}.txt", published=None, today=date(2025, 6, 1))
        extract_rates.append(INGEST_ARTICLES / (time.perf_counter() - started))
        briefings = [synthetic_briefing(i, rng) for i in range(INGEST_ARTICLES)]
        with tempfile.TemporaryDirectory() as tmp:
            store = Store(f"sqlite:///{tmp}/bench.db")
            started = time.perf_counter()
            for i, b in enumerate(briefings):
                store.ingest(b, f"h{i}")
            store_rates.append(INGEST_ARTICLES / (time.perf_counter() - started))
            store.close()
    return statistics.median(extract_rates), statistics.median(store_rates)


def _complete(path: Path) -> bool:
    """True when the cached store at `path` holds all STORE_SIZE briefings."""
    if not path.exists():
        return False
    store = Store(f"sqlite:///{path}")
    try:
        return store.counts()["briefings"] == STORE_SIZE
    finally:
        store.close()


def big_store() -> tuple[Store, float]:
    """The cached store of STORE_SIZE synthetic briefings (built on first use) and the build time."""
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    path = CACHE_DIR / f"foundation-{STORE_VERSION}-{STORE_SIZE}.db"
    built = 0.0
    if not _complete(path):
        # a private file renamed into place when done: concurrent runs never see a half-built store
        partial = CACHE_DIR / f"{path.stem}.{os.getpid()}.building"
        store = Store(f"sqlite:///{partial}")
        rng = random.Random(42)
        started = time.perf_counter()
        for i in range(STORE_SIZE):
            store.ingest(synthetic_briefing(i, rng), f"hash-{i}")
        built = time.perf_counter() - started
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
        for suffix in ("-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
        partial.replace(path)
    return Store(f"sqlite:///{path}"), built


def percentiles(samples: list[float]) -> str:
    """p50 / p99 / max in milliseconds."""
    ordered = sorted(samples)
    p50 = ordered[len(ordered) // 2] * 1000
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000
    return f"p50 {p50:6.2f} ms   p99 {p99:6.2f} ms   max {ordered[-1] * 1000:6.2f} ms"


async def timed(calls: list[Callable[[], Awaitable[Any]]]) -> list[float]:
    """Wall time of each call, after a short warm-up."""
    for call in calls[:20]:
        await call()
    out = []
    for call in calls:
        started = time.perf_counter()
        await call()
        out.append(time.perf_counter() - started)
    return out


def who_queries(store: Store, rng: random.Random) -> list[str]:
    """A mix users type: full names, surnames, given names and one-letter typos."""
    names = store.person_names("", limit=100_000)
    out = []
    for _ in range(CALLS):
        name = rng.choice(names)
        given, surname = name.split()[0], name.split()[-1]
        kind = rng.random()
        if kind < 0.3:
            out.append(name)
        elif kind < 0.7:
            out.append(surname.lower())
        elif kind < 0.8:
            out.append(given)
        else:
            i = rng.randrange(1, len(surname))
            out.append(surname[:i] + surname[i + 1 :])  # a dropped letter
    return out


async def latency(store: Store) -> dict[str, list[float]]:
    """Times of /who and /talks, through bot.commands.dispatch when it exists, else the store calls."""
    rng = random.Random(7)
    queries = who_queries(store, rng)
    results: dict[str, list[float]] = {}
    try:
        from bot.commands import dispatch
        from bot.commands.spec import Deps
        from bot.reply import Context
        from bot.settings import Settings

        deps = Deps(store=store, settings=Settings.model_validate({}), now=lambda: NOW)
        ctx = Context()

        def who_cmd(q: str) -> Callable[[], Awaitable[Any]]:
            return lambda: dispatch(deps, "who", {"name": q}, ctx)

        async def talks_cmd() -> Any:
            return await dispatch(deps, "talks", {}, ctx)

        results["/who (dispatch)"] = await timed([who_cmd(q) for q in queries])
        # the same names again: answered from the store's per-revision caches
        results["/who (dispatch, repeated)"] = await timed([who_cmd(q) for q in queries])
        results["/talks (dispatch)"] = await timed([talks_cmd] * CALLS)
    except ImportError as exc:
        print(f"bot.commands.dispatch not available ({exc}); timing the store calls only")

    def who_store(q: str) -> Callable[[], Awaitable[Any]]:
        async def call() -> Any:
            matches = store.find_people(q)
            return store.person_detail(matches[0].person.id) if matches else None

        return call

    async def talks_store() -> Any:
        return store.upcoming_events(NOW, limit=1)

    queries = who_queries(store, rng)  # names not asked above: not yet in the store's caches
    results["who: find_people + person_detail"] = await timed([who_store(q) for q in queries])
    results["talks: upcoming_events"] = await timed([talks_store] * CALLS)
    return results


def _fresh(store: Store) -> Store:
    """Another Store on the same database: empty caches, as in a new process or after a change."""
    return Store(store.engine.url.render_as_string(hide_password=False))


def _first_call(store: Store, call: Callable[[Store], Any]) -> tuple[float, float]:
    """(seconds, MB kept) of `call` on a fresh Store: the cache it builds, measured by tracemalloc."""
    fresh = _fresh(store)
    try:
        started = time.perf_counter()
        call(fresh)
        seconds = time.perf_counter() - started
    finally:
        fresh.close()
    fresh = _fresh(store)
    try:
        call(fresh)  # the engine's own first-use costs (statement cache, pool) are not the index's
        fresh = _fresh(store)
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        call(fresh)
        kept = (tracemalloc.get_traced_memory()[0] - before) / 1e6
        tracemalloc.stop()
    finally:
        fresh.close()
    return seconds, kept


def print_memory(store: Store) -> None:
    """Memory kept by the in-memory name index and event catalog, and the first lookup's time."""
    for label, call in (
        ("name index (find_people)", lambda s: s.find_people("warm up")),
        ("event catalog (find_events)", lambda s: s.find_events("warm up", NOW)),
    ):
        seconds, kept = _first_call(store, call)
        after = f"first lookup after a change {seconds * 1000:6.0f} ms"
        print(f"{label:36s} {kept:6.1f} MB kept (tracemalloc); {after}")


def event_queries(store: Store, rng: random.Random) -> list[str]:
    """What users type to find a meeting: full or partial names, places, topics, and typos of them."""
    with store.engine.connect() as conn:
        names = [r[0] for r in conn.exec_driver_sql("SELECT name FROM events ORDER BY id")]
        places = sorted({r[0] for r in conn.exec_driver_sql("SELECT DISTINCT place FROM events") if r[0]})

    def typo(word: str) -> str:
        i = rng.randrange(1, len(word) - 1) if len(word) > 4 else 0
        return word[:i] + word[i + 1 :] if i else word

    out = []
    for _ in range(CALLS):
        kind, name = rng.random(), rng.choice(names)
        if kind < 0.3:
            out.append(name)
        elif kind < 0.45:
            out.append(" ".join(name.split()[:-1]))
        elif kind < 0.6:
            out.append(rng.choice(places))
        elif kind < 0.7:
            out.append(typo(rng.choice(places)))
        elif kind < 0.8:
            out.append(" ".join(typo(w) for w in name.split()[:2]))
        elif kind < 0.9:
            out.append(rng.choice(["talks", "bilateral", "maritime security", "summit", "energy transition"]))
        else:
            out.append(rng.choice(name.split()))
    return out


def lookups(store: Store) -> dict[str, list[float]]:
    """Times of find_events and of person-name autocomplete, after a short warm-up."""
    rng = random.Random(5)
    queries = event_queries(store, rng)
    typed = [name[: rng.randrange(2, 6)] for name in rng.sample(store.person_names("", limit=100_000), CALLS)]
    calls: dict[str, list[Callable[[], object]]] = {
        "find_events (name, place, typo)": [partial(store.find_events, q, NOW) for q in queries],
        "person_names autocomplete": [partial(store.person_names, q) for q in typed],
    }
    out: dict[str, list[float]] = {}
    for label, fns in calls.items():
        for fn in fns[:20]:
            fn()
        samples = []
        for fn in fns:
            started = time.perf_counter()
            fn()
            samples.append(time.perf_counter() - started)
        out[label] = samples
    return out


def p99_ms(samples: list[float]) -> float:
    """The 99th percentile of samples in seconds, in milliseconds."""
    return sorted(samples)[min(len(samples) - 1, int(len(samples) * 0.99))] * 1000


def main() -> None:
    """Print the ingest rate, the store's own figures and the command latencies against their targets."""
    rate = ingest_rate()
    print(
        f"ingest (extract + store, SQLite, 1 core): {rate:7.1f} articles/s median of 3 x "
        f"{INGEST_ARTICLES}   target >= 200/s   {'OK' if rate >= 200 else 'MISSED'}"
    )
    extract_only, store_only = split_rates()
    mode = "compiled (mypyc)" if is_compiled() else "pure Python"
    print(f"  of which: extract alone {extract_only:7.1f} articles/s (extractor: {mode})")
    print(
        f"store write (SQLite, pre-built briefings, one transaction each): {store_only:7.1f} briefings/s "
        f"median of 3 x {INGEST_ARTICLES}   target >= 800/s   {'OK' if store_only >= 800 else 'MISSED'}"
    )
    store, built = big_store()
    counts = store.counts()
    note = f"built in {built:.1f} s" if built else "cached"
    print(
        f"store: {counts['briefings']:,} briefings, {counts['people']:,} people, "
        f"{counts['events']:,} events ({note})"
    )
    print_memory(store)
    for label, samples in asyncio.run(latency(store)).items():
        p99 = p99_ms(samples)
        print(f"{label:36s} {percentiles(samples)}   target p99 <= 5 ms   {'OK' if p99 <= 5 else 'MISSED'}")
    for label, samples in lookups(store).items():
        p99 = p99_ms(samples)
        print(f"{label:36s} {percentiles(samples)}   target p99 <= 5 ms   {'OK' if p99 <= 5 else 'MISSED'}")
    store.close()


if __name__ == "__main__":
    main()
