"""Discord: interaction → callback latency through the loopback fake, and the bot's memory after READY.

The unmodified discord.py client and our adapter answer real commands over a 10,000-briefing SQLite store
(the cached store of bench_foundation). The fake runs in its own process (as Discord would), and measures
from just before it builds and pushes INTERACTION_CREATE on the gateway to the moment its REST handler
receives the interaction callback; the memory figure is therefore the bot's alone. The bot runs as
`bot.runner` runs it: uvloop when installed, store indexes warmed, start-up heap frozen.
Targets: p99 ≤ 50 ms at 100 concurrent interactions; resident memory ≤ 150 MB after READY.
"""

from __future__ import annotations

import asyncio
import os
import random
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from briefings.store import Store

SEQUENTIAL = 300
CONCURRENT = 100
ROUNDS = 5
NOW = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parent.parent
# The tests validate every request against the OpenAPI spec; here that would time jsonschema (~3 ms per
# request in the fake's process), not the bot, so the bench's fake skips it.
VALIDATE = False


def rss_mb() -> float:
    """Resident memory of this process in MB (VmRSS from /proc/self/status)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _percentile(ms: list[float], q: float) -> float:
    ordered = sorted(ms)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def report(label: str, seconds: list[float], target_ms: float | None = None) -> None:
    """One line: n, median, p50, p99 (ms), and the target when there is one."""
    ms = [s * 1000 for s in seconds]
    p99 = _percentile(ms, 0.99)
    verdict = (
        ""
        if target_ms is None
        else f"   target p99 <= {target_ms:g} ms   " + ("OK" if p99 <= target_ms else "MISSED")
    )
    print(
        f"{label}: n={len(ms)} median={statistics.median(ms):.2f} ms p50={_percentile(ms, 0.5):.2f} ms "
        f"p99={p99:.2f} ms{verdict}",
        flush=True,
    )


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process has used so far (/proc/PID/stat fields 14 and 15)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def store_with_10k() -> Store:
    """The 10,000 synthetic briefings store (shared with bench_foundation, built once and cached).

    Found (or built) in a child process and opened here by URL, as `briefbot run` opens its store: this
    process's memory figure is then the bot's, without the build or the extractor the build imports.
    """
    build = (
        "from bench.bench_foundation import big_store; s, t = big_store(); "
        "print(f'{t:.0f}'); print(s.engine.url.database); s.close()"
    )
    done = subprocess.run([sys.executable, "-c", build], cwd=ROOT, capture_output=True, text=True, check=True)
    seconds, database = done.stdout.strip().splitlines()[-2:]
    if float(seconds or 0):
        print(f"built the 10,000-briefing store in {seconds} s (cached)")
    return Store(f"sqlite:///{(ROOT / database).resolve()}")


async def run() -> None:
    """Start the fake in its own process, connect the bot, then time single and concurrent interactions."""
    import aiohttp
    from discord.utils import HAS_ORJSON
    from pydantic import SecretStr

    from bot.adapters.discord_app import create
    from bot.commands.spec import Deps
    from bot.runner import settle_heap, warm_store
    from bot.settings import Settings
    from tests.fakes.discord_payloads import GUILD_ID, TOKEN  # not the fake itself: it runs elsewhere

    imported = rss_mb()
    store = store_with_10k()
    counts = store.counts()
    opened = rss_mb()
    fake = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.fakes.discord_harness", *([] if VALIDATE else ["--no-validate"]),
        stdout=asyncio.subprocess.PIPE, cwd=ROOT,
    )
    assert fake.stdout is not None
    port = int((await fake.stdout.readline()).decode())
    base = f"http://127.0.0.1:{port}"
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, DISCORD_TOKEN=SecretStr(TOKEN), DISCORD_GUILD_ID=GUILD_ID,
        DISCORD_API_BASE_URL=f"{base}/api/v10", DISCORD_GATEWAY_URL=f"ws://127.0.0.1:{port}/gateway",
    )
    deps = Deps(store=store, settings=settings, now=lambda: NOW)
    warm_store(deps)  # as bot.runner.run does before starting the adapters
    before = rss_mb()
    print(f"resident memory: {imported:.1f} MB after imports, {opened:.1f} MB with the store open, "
          f"{before:.1f} MB with its indexes warm", flush=True)
    adapter = create(deps, guild_ready_timeout=0.1)
    try:
        await adapter.start()
        settle_heap()  # as bot.runner.run does once the adapters are up
        ready = rss_mb()
        loop = type(asyncio.get_running_loop()).__module__.split(".")[0]
        print(f"event loop: {loop}; discord.py JSON: {'orjson' if HAS_ORJSON else 'json'}", flush=True)
        print(f"store: {counts}")
        print(f"bot resident memory after READY with {counts.get('briefings', 0):,} briefings stored: "
              f"{ready:.1f} MB (before connecting: {before:.1f} MB)   target <= 150 MB   "
              f"{'OK' if ready <= 150 else 'MISSED'}", flush=True)
        names = store.person_names("", limit=100_000)
        rng = random.Random(11)
        async with aiohttp.ClientSession() as http:

            async def burst(
                name: str, options: list[dict[str, Any]], focused: str | None = None
            ) -> list[float]:
                body = {"name": name, "options": options, "autocomplete": focused}
                async with http.post(f"{base}/_control/burst", json=body) as response:
                    return [ms / 1000 for ms in (await response.json())["latencies_ms"]]

            def who() -> dict[str, Any]:
                return {"name": rng.choice(names).split()[-1].lower()}

            def typed() -> dict[str, Any]:
                return {"typed": rng.choice(names)[:3]}

            await burst("who", [who() for _ in range(20)])  # warm-up
            for label, name, make, focused in (("/who", "who", who, None), ("/help", "help", dict, None),
                                               ("/who autocomplete", "who", typed, "name")):
                samples: list[float] = []
                for _ in range(SEQUENTIAL):
                    samples += await burst(name, [make()], focused)
                report(f"{label} interaction → callback, 1 at a time", samples)
            for label, name, make in (("/who", "who", who), ("/help", "help", dict)):
                samples = []
                bot_cpu, fake_cpu = time.process_time(), cpu_seconds(fake.pid)
                for _ in range(ROUNDS):
                    samples += await burst(name, [make() for _ in range(CONCURRENT)])
                report(f"{label} interaction → callback, {CONCURRENT} concurrent x {ROUNDS} rounds", samples,
                       target_ms=50)
                # where the time goes: a burst's last callback waits for every interaction's CPU before it
                n = CONCURRENT * ROUNDS
                print(f"  CPU per interaction: bot {(time.process_time() - bot_cpu) / n * 1000:.2f} ms, "
                      f"fake Discord {(cpu_seconds(fake.pid) - fake_cpu) / n * 1000:.2f} ms", flush=True)
            async with http.get(f"{base}/_control/state") as response:
                violations = (await response.json())["violations"]
        print(f"bot resident memory after the runs: {rss_mb():.1f} MB; OpenAPI violations: {len(violations)}")
    finally:
        await adapter.close()
        fake.terminate()
        await fake.wait()
        store.close()


def main() -> None:
    """Print Discord latency percentiles and resident memory against their targets.

    Runs in a fresh interpreter so that the memory figure is not inflated by benchmarks run before it.
    """
    subprocess.run([sys.executable, "-m", "bench.bench_discord"], cwd=ROOT, check=True)


if __name__ == "__main__":
    from bot.runner import serve

    serve(run())  # the event loop `briefbot run` uses (uvloop when installed)
