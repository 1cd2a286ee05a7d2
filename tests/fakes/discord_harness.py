"""Run the real Discord adapter against a fresh fake Discord (tests), or a fake on its own (benchmarks).

`python -m tests.fakes.discord_harness [--no-validate]` serves a fake until killed and prints its port.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from bot.commands.spec import Deps
from bot.reply import Context, Reply
from tests.fakes.discord_fake import GUILD_ID, TOKEN, FakeDiscord

if TYPE_CHECKING:
    from bot.adapters.discord_app import DiscordAdapter


def deps_for(store: Any, now: datetime) -> Deps:
    """Deps over `store` with a frozen clock and settings that ignore the developer's .env."""
    from bot.settings import Settings

    return Deps(store=store, settings=Settings(_env_file=None), now=lambda: now)  # type: ignore[call-arg]


@asynccontextmanager
async def running_bot(
    deps: Deps, *, guild_id: int | None = GUILD_ID, **overrides: Any
) -> AsyncIterator[BotUnderTest]:
    """The real adapter (`create`) connected to a fresh fake through DISCORD_API_BASE_URL/GATEWAY_URL.

    On exit it closes both and fails the test if any REST request broke the OpenAPI spec.
    """
    from bot.adapters.discord_app import create
    from bot.settings import Settings

    async with FakeDiscord() as fake:
        env: dict[str, Any] = {
            "DISCORD_TOKEN": TOKEN,
            "DISCORD_API_BASE_URL": fake.api_base_url,
            "DISCORD_GATEWAY_URL": fake.gateway_url,
            "DISCORD_GUILD_ID": guild_id,
        }
        settings = Settings(_env_file=None, **env)  # type: ignore[call-arg]
        contexts: list[tuple[str, dict[str, Any], Context]] = []
        inner = overrides.pop("dispatch", None)
        if inner is None:
            from bot.commands import dispatch as inner

        async def spy(d: Deps, name: str, args: dict[str, Any], ctx: Context) -> Reply:
            contexts.append((name, dict(args), ctx))
            return await inner(d, name, args, ctx)

        overrides.setdefault("guild_ready_timeout", 0.1)
        adapter = create(replace(deps, settings=settings), dispatch=spy, **overrides)
        await adapter.start()
        try:
            yield BotUnderTest(fake, adapter, contexts)
        finally:
            await adapter.close()
        assert fake.violations == [], "requests broke Discord's OpenAPI spec:\n" + "\n".join(fake.violations)


@dataclass
class BotUnderTest:
    """A connected bot: the fake it talks to, the adapter, and every (command, args, Context) dispatched."""

    fake: FakeDiscord
    adapter: DiscordAdapter
    dispatched: list[tuple[str, dict[str, Any], Context]]


async def serve_forever(token: str = TOKEN, validate: bool = True) -> None:
    """Run a fake until killed, printing its port on the first line of stdout (for other processes)."""
    async with FakeDiscord(token=token, validate=validate) as fake:
        print(fake.port, flush=True)
        await asyncio.Event().wait()


if __name__ == "__main__":
    import sys

    from bot.runner import serve

    serve(serve_forever(validate="--no-validate" not in sys.argv))  # on uvloop when installed, like the bot
