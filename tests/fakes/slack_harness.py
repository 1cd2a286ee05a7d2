"""Running the real Slack adapter against the loopback fake: deps, settings, signed slash commands."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

import aiohttp

from bot.adapters.slack_app import SlackAdapter, create
from bot.commands.spec import Deps
from bot.settings import Settings
from briefings.models import Briefing
from briefings.store import Store
from tests.fakes.slack_fake import (
    APP_TOKEN,
    BOT_TOKEN,
    SIGNING_SECRET,
    SlackFake,
    signed_headers,
    slash_payload,
)

# A week before the seed briefing's meetings, so they are upcoming.
NOW = datetime(2024, 7, 21, 3, 0, tzinfo=UTC)


def slack_settings(fake: SlackFake, **values: Any) -> Settings:
    """Settings pointing at the fake, read from the given values only (not the environment or .env)."""
    base: dict[str, Any] = {
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_BASE_URL": fake.base_url,
        "BRIEFBOT_SLACK_PORT": 0,
    }
    base.update(values)
    return Settings.model_validate(base)


def seeded_deps(store: Store, briefing: Briefing, settings: Settings) -> Deps:
    """Deps over a real store holding `briefing`, with the clock fixed at NOW."""
    store.create_all()
    store.ingest(briefing, hashlib.sha256(briefing.text.encode()).hexdigest())
    return Deps(store=store, settings=settings, now=lambda: NOW)


@asynccontextmanager
async def running_adapter(
    deps: Deps, *, socket_mode: bool = False, **overrides: Any
) -> AsyncIterator[SlackAdapter]:
    """The real adapter started on loopback (HTTP mode on a random port, or Socket Mode)."""
    if socket_mode:
        overrides.setdefault("app_token", APP_TOKEN)
    adapter = create(deps, host="127.0.0.1", **overrides)
    await adapter.start()
    try:
        yield adapter
    finally:
        await adapter.close()


class SlashClient:
    """Sends slash commands to an HTTP-mode adapter the way Slack does (signed form POSTs)."""

    def __init__(self, adapter: SlackAdapter, fake: SlackFake, secret: str = SIGNING_SECRET) -> None:
        self.url = f"http://127.0.0.1:{adapter.port}/slack/events"
        self.fake = fake
        self.secret = secret
        self._count = 0

    async def post(
        self,
        body: str,
        headers: dict[str, str],
    ) -> tuple[int, str]:
        """POST a raw body with the given headers; (status, body)."""
        async with (
            aiohttp.ClientSession() as session,
            session.post(self.url, data=body.encode(), headers=headers) as resp,
        ):
            return resp.status, await resp.text()

    async def command(
        self, command: str, text: str = "", *, user_id: str = "U0USER001", timestamp: int | None = None
    ) -> tuple[int, str]:
        """Send one signed slash command; (ack status, response_url key)."""
        self._count += 1
        key = f"r{self._count}"
        payload = slash_payload(command, text, response_url=self.fake.response_url(key), user_id=user_id)
        body = urlencode(payload)
        status, _ = await self.post(body, signed_headers(self.secret, body, timestamp))
        return status, key

    async def ask(self, command: str, text: str = "", **kwargs: Any) -> dict[str, Any]:
        """Send a slash command and return the reply that arrives at its response_url."""
        status, key = await self.command(command, text, **kwargs)
        assert status == 200, f"ack status {status}"
        return await self.fake.wait_response(key)


def visible_text(message: dict[str, Any]) -> str:
    """All text a reader sees in a message (blocks and fallback), joined by newlines."""
    out: list[str] = [message.get("text") or ""]
    for block in message.get("blocks") or []:
        if "text" in block:
            out.append(block["text"]["text"])
        out.extend(f["text"] for f in block.get("fields") or [])
        out.extend(e.get("text", "") for e in block.get("elements") or [])
    return "\n".join(out)
