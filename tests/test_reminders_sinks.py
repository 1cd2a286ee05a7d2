"""Webhook sinks on a loopback server: payloads, 429 then 200, bounded 5xx retries, permanent 4xx."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import httpx
import pytest

from bot.reminders.sinks import SinkError, send_with_retry
from briefings.store import Store
from tests.reminder_proc import Clock, briefing, make_service, meeting, webhook_server

DAY = date(2030, 5, 20)
DUE_1H = datetime(2030, 5, 20, 8, 0, tzinfo=UTC)


def webhook_env(kind: str, url: str) -> dict[str, str]:
    """Settings for a deployment whose only reminder channel is one webhook."""
    return {
        "BRIEFBOT_REMINDER_CHANNELS": f"{kind}-webhook",
        f"BRIEFBOT_{kind.upper()}_WEBHOOK_URL": url,
        "BRIEFBOT_REMINDER_LEADS": "1h",
    }


async def test_slack_webhook_429_then_200_delivers_once_after_retry(store: Store) -> None:
    store.ingest(briefing("a.txt", [meeting("Summit", day=DAY)]), "h")
    async with webhook_server() as hook, httpx.AsyncClient() as http:
        hook.answers.append((429, {"Retry-After": "0.2"}, {"ok": False, "error": "rate_limited"}))
        service = make_service(store, Clock(DUE_1H), {}, http=http, env=webhook_env("slack", hook.url))
        await service.start()
        await service.run_due()
        await service.stop()
    assert hook.requests == 2
    assert hook.titles() == ["Reminder: Summit"]
    assert hook.bodies[0]["blocks"][0]["type"] == "header"


async def test_discord_webhook_posts_an_embed_that_cannot_ping(store: Store) -> None:
    store.ingest(briefing("a.txt", [meeting("Summit @everyone", day=DAY)]), "h")
    async with webhook_server() as hook, httpx.AsyncClient() as http:
        hook.answers.append(
            (429, {}, {"message": "You are being rate limited.", "retry_after": 0.1, "global": False})
        )
        service = make_service(store, Clock(DUE_1H), {}, http=http, env=webhook_env("discord", hook.url))
        await service.start()
        await service.stop()
    assert hook.requests == 2
    (body,) = hook.bodies
    assert body["allowed_mentions"] == {"parse": []}
    assert body["embeds"][0]["title"].startswith("Reminder: Summit")
    assert "@everyone" not in body["embeds"][0]["title"]  # escaped so it can never mention


async def test_server_errors_are_retried_a_bounded_number_of_times_then_recovered(store: Store) -> None:
    store.ingest(briefing("a.txt", [meeting("Summit", day=DAY)]), "h")
    clock = Clock(DUE_1H)
    async with webhook_server() as hook, httpx.AsyncClient() as http:
        hook.answers.extend([(503, {}, {"error": "down"})] * 3)
        service = make_service(
            store,
            clock,
            {},
            http=http,
            env=webhook_env("slack", hook.url),
            retry_attempts=3,
            retry_base_delay=0.01,
        )
        await service.start()
        assert hook.requests == 3 and hook.bodies == []  # gave up, claim kept
        clock.advance(minutes=3)  # after the lease the claim is recovered and sent once
        report = await service.run_due()
        await service.run_due()
        await service.stop()
    assert report.sent == 1
    assert hook.titles() == ["Reminder: Summit"]


async def test_client_errors_are_permanent(store: Store) -> None:
    store.ingest(briefing("a.txt", [meeting("Summit", day=DAY)]), "h")
    clock = Clock(DUE_1H)
    async with webhook_server() as hook, httpx.AsyncClient() as http:
        hook.answers.append((404, {}, {"error": "no_service"}))
        service = make_service(store, clock, {}, http=http, env=webhook_env("slack", hook.url))
        await service.start()
        clock.advance(minutes=5)
        await service.run_due()
        await service.stop()
    assert hook.requests == 1 and hook.bodies == []


async def test_backoff_doubles_and_retry_after_is_honoured() -> None:
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    failures = [
        SinkError("x", status=500),
        SinkError("x", status=502),
        SinkError("x", status=429, retry_after=7.5),
    ]

    async def send() -> None:
        if failures:
            raise failures.pop(0)

    assert await send_with_retry(send, attempts=5, base_delay=1.0, budget=60, sleep=sleep) == 4
    assert waits == [1.0, 2.0, 7.5]


async def test_retries_stop_at_the_attempt_limit_and_the_time_budget() -> None:
    calls = 0

    async def sleep(seconds: float) -> None:
        return None

    async def send() -> None:
        nonlocal calls
        calls += 1
        raise SinkError("down", status=500)

    with pytest.raises(SinkError):
        await send_with_retry(send, attempts=4, base_delay=0.5, sleep=sleep)
    assert calls == 4
    calls = 0

    async def slow() -> None:
        nonlocal calls
        calls += 1
        raise SinkError("slow down", status=429, retry_after=120)

    with pytest.raises(SinkError):
        await send_with_retry(slow, attempts=5, budget=60, sleep=sleep)
    assert calls == 1  # waiting 120 s would outlast the lease: leave it to recovery


async def test_unexpected_adapter_errors_are_retried(store: Store) -> None:
    store.ingest(briefing("a.txt", [meeting("Summit", day=DAY)]), "h")

    class Flaky:
        name = "console"

        def __init__(self) -> None:
            self.calls = 0

        async def post(self, channel_id: str, reply: object) -> None:
            self.calls += 1
            if self.calls == 1:
                raise ConnectionResetError("gateway dropped")

    flaky = Flaky()
    service = make_service(
        store, Clock(DUE_1H + timedelta(seconds=5)), {"console": flaky}, retry_base_delay=0.01
    )
    await service.start()
    await service.stop()
    assert flaky.calls == 2


async def test_a_broken_sink_fails_its_reminder_without_stopping_the_others(store: Store) -> None:
    from tests.reminder_proc import RecordingAdapter

    store.ingest(briefing("a.txt", [meeting("Summit", day=DAY)]), "h")

    class Broken:
        calls = 0

        async def send(self, target: str, reply: object) -> None:
            Broken.calls += 1
            raise RuntimeError("renderer bug")

    console = RecordingAdapter()
    clock = Clock(DUE_1H + timedelta(seconds=5))
    env = {"BRIEFBOT_REMINDER_CHANNELS": "slack:C1,console", "BRIEFBOT_REMINDER_LEADS": "1h"}
    service = make_service(store, clock, {"console": console, "slack": Broken()}, env=env)
    await service.start()
    clock.advance(minutes=5)
    report = await service.run_due()
    await service.stop()
    assert console.titles == ["Reminder: Summit"]
    assert Broken.calls == 1  # failed once, recorded, never retried in a loop
    assert report.sent == 0 and report.failed == 0
