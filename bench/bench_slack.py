"""Slack: Block Kit rendering time, and slash-command round trips through the real adapter (loopback)."""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from bot.render.slack import render_slack
from bot.reply import Field, Moment, Reply

ROUNDS = 200


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _report(label: str, seconds: list[float]) -> None:
    ms = [s * 1000 for s in seconds]
    print(
        f"{label}: n={len(ms)} median={statistics.median(ms):.3f} ms "
        f"p50={_percentile(ms, 0.5):.3f} ms p99={_percentile(ms, 0.99):.3f} ms"
    )


def bench_render() -> None:
    """render_slack on a typical reply and on one that must be cut to Slack's limits."""
    at = datetime(2031, 7, 28, 6, 0, tzinfo=UTC)
    typical = Reply(
        title="Harbour talks",
        description=["Ministers meet on ", Moment(at), " (", Moment(at, "relative"), ")."],
        fields=[Field(f"Field {i}", ["value <with> & markers *x*"], inline=i % 2 == 0) for i in range(8)],
        footer="Harbour briefing — sentence 2",
    )
    huge = Reply(
        title="t " * 200,
        description=["long text & more " * 800],
        fields=[Field(f"F{i}", ["v " * 1500]) for i in range(80)],
        footer="src",
    )
    for label, reply in (("render_slack typical", typical), ("render_slack over limits", huge)):
        times = []
        for _ in range(ROUNDS):
            start = time.perf_counter()
            render_slack(reply)
            times.append(time.perf_counter() - start)
        _report(label, times)


async def bench_round_trip() -> None:
    """Signed /who POST → ack → reply at the response_url, HTTP mode against the loopback fake."""
    from briefings.store import Store
    from tests.conftest import build_seed_briefing
    from tests.fakes.slack_fake import SlackFake
    from tests.fakes.slack_harness import SlashClient, running_adapter, seeded_deps, slack_settings

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{Path(tmp) / 'bench.db'}")
        async with SlackFake() as fake:
            deps = seeded_deps(store, build_seed_briefing(), slack_settings(fake))
            async with running_adapter(deps, admins="U0USER001") as adapter:
                client = SlashClient(adapter, fake)
                acks, replies = [], []
                for _ in range(ROUNDS // 2):
                    start = time.perf_counter()
                    status, key = await client.command("/who", "kamikawa")
                    acked = time.perf_counter()
                    await fake.wait_response(key)
                    acks.append(acked - start)
                    replies.append(time.perf_counter() - start)
                    assert status == 200
        store.close()
    _report("slack /who ack (HTTP mode)", acks)
    _report("slack /who reply at response_url", replies)


def main() -> None:
    """Print medians, p50 and p99."""
    bench_render()
    asyncio.run(bench_round_trip())


if __name__ == "__main__":
    main()
