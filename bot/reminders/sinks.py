"""Where reminders go: the running chat adapters (`post`) and Discord/Slack incoming webhooks (httpx).

Adapters map their platform errors to `SinkError(status=..., retry_after=...)`; the sender retries 429
(honouring retry_after) and 5xx with exponential backoff, a bounded number of times and within a time
budget that stays inside the ledger's lease. Other 4xx are permanent.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

import httpx

from bot.reply import Reply

log = logging.getLogger(__name__)

DISCORD_WEBHOOK = "discord-webhook"
SLACK_WEBHOOK = "slack-webhook"


class SinkError(Exception):
    """Sending failed; `status` is the HTTP status if there was one, `retry_after` seconds if given."""

    def __init__(self, message: str, *, status: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after

    @property
    def retryable(self) -> bool:
        """429, 5xx and failures without a status (network) are worth retrying; other 4xx are not."""
        return self.status is None or self.status == 429 or self.status >= 500


class Sink(Protocol):
    """Something that can deliver a reply to a target inside its platform."""

    async def send(self, target: str, reply: Reply) -> None:
        """Deliver `reply` to `target` (the channel id without the platform prefix) or raise SinkError."""


class PostingAdapter(Protocol):
    """The part of bot.adapters.base.Adapter a sink needs."""

    name: str

    async def post(self, channel_id: str, reply: Reply) -> None:
        """Post a reply into a channel."""


class AdapterSink:
    """Deliver through a running adapter's `post`."""

    def __init__(self, adapter: PostingAdapter) -> None:
        self.adapter = adapter

    async def send(self, target: str, reply: Reply) -> None:
        """Post; unexpected adapter errors become retryable SinkErrors."""
        try:
            await self.adapter.post(target, reply)
        except SinkError:
            raise
        except Exception as exc:  # an adapter bug or a dropped connection: retry, bounded
            raise SinkError(f"{self.adapter.name}: {type(exc).__name__}: {exc}") from exc


def _retry_after(response: httpx.Response) -> float | None:
    """Seconds to wait from a 429's JSON body (Discord) or Retry-After header (both platforms)."""
    try:
        body = response.json()
        if isinstance(body, dict) and isinstance(body.get("retry_after"), int | float):
            return float(body["retry_after"])
    except ValueError:
        pass
    header = response.headers.get("retry-after")
    try:
        return float(header) if header is not None else None
    except ValueError:
        return None


async def _post_json(http: httpx.AsyncClient, url: str, payload: dict[str, Any], label: str) -> None:
    """POST JSON to a webhook; any non-2xx or transport failure raises SinkError."""
    try:
        response = await http.post(url, json=payload)
    except httpx.HTTPError as exc:
        raise SinkError(f"{label}: {type(exc).__name__}") from exc
    if response.status_code >= 300:
        raise SinkError(
            f"{label}: HTTP {response.status_code}",
            status=response.status_code,
            retry_after=_retry_after(response) if response.status_code == 429 else None,
        )


def discord_webhook_payload(reply: Reply) -> dict[str, Any]:
    """The JSON body of a Discord webhook message for `reply`; mentions never ping."""
    try:
        from bot.render.discord import render_discord
    except ImportError:  # pragma: no cover - the renderer ships with the bot
        return {"content": _plain(reply)[:2000], "allowed_mentions": {"parse": []}}
    kwargs = render_discord(reply)
    payload: dict[str, Any] = {"allowed_mentions": {"parse": []}}
    if kwargs.get("embed") is not None:
        payload["embeds"] = [kwargs["embed"].to_dict()]
    if kwargs.get("content"):
        payload["content"] = kwargs["content"]
    return payload


def slack_webhook_payload(reply: Reply) -> dict[str, Any]:
    """The JSON body of a Slack incoming-webhook message for `reply`."""
    try:
        from bot.render.slack import render_slack
    except ImportError:  # pragma: no cover
        return {"text": _plain(reply)}
    rendered = render_slack(reply)
    return {"text": rendered["text"], "blocks": rendered["blocks"]}


def _plain(reply: Reply) -> str:
    """The reply as plain text (fallback)."""
    from bot.render.text import render_text

    return render_text(reply)


class DiscordWebhookSink:
    """A Discord channel's incoming webhook (no gateway connection needed)."""

    def __init__(self, http: httpx.AsyncClient, url: str) -> None:
        self.http = http
        self.url = url

    async def send(self, target: str, reply: Reply) -> None:
        """POST the embed; `target` is unused (the URL names the channel)."""
        await _post_json(self.http, self.url, discord_webhook_payload(reply), "Discord webhook")


class SlackWebhookSink:
    """A Slack incoming webhook."""

    def __init__(self, http: httpx.AsyncClient, url: str) -> None:
        self.http = http
        self.url = url

    async def send(self, target: str, reply: Reply) -> None:
        """POST text and blocks; `target` is unused (the URL names the channel)."""
        await _post_json(self.http, self.url, slack_webhook_payload(reply), "Slack webhook")


async def send_with_retry(
    send: Callable[[], Awaitable[None]],
    *,
    attempts: int = 5,
    base_delay: float = 1.0,
    max_delay: float = 30.0,
    budget: float = 60.0,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> int:
    """Call `send` until it succeeds; retry retryable SinkErrors with backoff. -> attempts used.

    The wait is retry_after when the sink gave one (honoured as given), else base_delay·2^(n−1)
    capped at max_delay.
    Raises the last SinkError when attempts run out, the error is permanent, or waiting would exceed
    `budget` seconds in total (the caller keeps its claim, recovered after the lease).
    """
    waited = 0.0
    for attempt in range(1, attempts + 1):
        try:
            await send()
            return attempt
        except SinkError as exc:
            if not exc.retryable or attempt == attempts:
                raise
            backoff = min(base_delay * 2 ** (attempt - 1), max_delay)
            delay = max(0.0, exc.retry_after if exc.retry_after is not None else backoff)
            if waited + delay > budget:
                raise
            log.info("reminder send failed (%s); retry %d in %.1fs", exc, attempt, delay)
            waited += delay
            await sleep(delay)
    raise AssertionError("unreachable")  # pragma: no cover
