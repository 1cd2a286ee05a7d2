"""The Discord adapter: slash commands in, rendered replies out (discord.py 2.x Client + CommandTree).

Thin by design: an interaction becomes `dispatch(deps, name, args, ctx)`, the Reply is rendered by
`bot.render.discord` and sent as the interaction's response (deferred first when the answer is slow).
`post()` sends to a channel for reminders. No message ever pings anyone (AllowedMentions.none()).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import discord
from discord import app_commands

from bot.adapters.discord_client import (
    DiscordStartError,
    DiscordTokenError,
    check_token,
    is_admin,
    new_client,
    use_endpoints,
)
from bot.adapters.discord_tree import build_tree
from bot.commands.spec import CommandSpec, Deps
from bot.render.discord import render_discord
from bot.reply import Context, Reply, error

__all__ = ["DiscordAdapter", "DiscordStartError", "DiscordTokenError", "check_token", "create"]

log = logging.getLogger(__name__)

Dispatch = Callable[[Deps, str, dict[str, Any], Context], Awaitable[Reply]]
Complete = Callable[[Deps, str, str], Awaitable[list[str]]]

DEFER_AFTER = 1.5  # seconds; Discord drops interactions not answered within 3 s
AUTOCOMPLETE_TIMEOUT = 2.0


class DiscordAdapter:
    """A running Discord bot answering COMMANDS; `post()` sends replies to channels."""

    name = "discord"

    def __init__(
        self,
        deps: Deps,
        *,
        token: str,
        commands: Sequence[CommandSpec],
        dispatch: Dispatch,
        complete: Complete,
        api_base_url: str,
        gateway_url: str | None = None,
        guild_id: int | None = None,
        defer_after: float = DEFER_AFTER,
        guild_ready_timeout: float = 2.0,
    ) -> None:
        self.deps = deps
        self._token = token
        self._dispatch = dispatch
        self._complete = complete
        self.api_base_url = api_base_url
        self.gateway_url = gateway_url
        self.guild_id = guild_id
        self.defer_after = defer_after
        self.client = new_client(self._on_ready, guild_ready_timeout)
        self.tree = build_tree(self.client, commands, self._invoke, self._suggest)
        self.tree.on_error = self._on_tree_error  # type: ignore[method-assign]
        self._ready = asyncio.Event()
        self._synced = False
        self._runner: asyncio.Task[None] | None = None

    # -- lifecycle --------------------------------------------------------------------------------
    async def start(self) -> None:
        """Log in, connect to the gateway and return once READY (guild commands synced if configured)."""
        use_endpoints(self.api_base_url)
        try:
            await self.client.login(self._token)
        except discord.LoginFailure:
            await self.client.close()
            raise DiscordTokenError(
                "DISCORD_TOKEN was rejected by Discord (401 Unauthorized): reset the bot token and update it"
            ) from None
        except (discord.HTTPException, OSError) as exc:
            await self.client.close()
            raise DiscordStartError(f"cannot reach Discord at {self.api_base_url}: {exc}") from None
        gateway = self.gateway_url
        if not gateway:
            try:
                _, gateway, _ = await self.client.http.get_bot_gateway()
            except discord.GatewayNotFound:
                await self.client.close()
                raise DiscordStartError("Discord did not name a gateway (GET /gateway/bot failed)") from None
        use_endpoints(self.api_base_url, gateway)
        self._runner = asyncio.create_task(self.client.connect(reconnect=True), name="discord-gateway")
        ready = asyncio.create_task(self._ready.wait())
        await asyncio.wait({ready, self._runner}, return_when=asyncio.FIRST_COMPLETED)
        if not ready.done():
            ready.cancel()
            failure = self._runner.exception() or "the connection was closed"
            await self.client.close()
            raise DiscordStartError(f"the Discord gateway closed before READY: {failure}")
        log.info("discord: ready as %s", self.client.user)

    async def _on_ready(self) -> None:
        # READY comes again after a session is invalidated; sync once per process, never on reconnect.
        if not self._synced and self.guild_id is not None:
            self._synced = True
            guild = discord.Object(id=self.guild_id)
            self.tree.copy_global_to(guild=guild)
            try:
                synced = await self.tree.sync(guild=guild)
            except discord.HTTPException as exc:
                log.error("discord: could not sync commands to guild %s: %s", self.guild_id, exc)
            else:
                log.info("discord: synced %d commands to guild %s", len(synced), self.guild_id)
        self._ready.set()

    async def wait_closed(self) -> None:
        """Return when the gateway connection has ended (a failure is logged as one line, not raised)."""
        if self._runner is None:
            return
        try:
            await asyncio.shield(self._runner)
        except asyncio.CancelledError:
            if not self._runner.cancelled():
                raise  # we were cancelled, not the connection
        except Exception as exc:
            log.error("discord: the gateway connection ended: %s", exc)

    async def close(self) -> None:
        """Disconnect and close the HTTP session."""
        await self.client.close()
        if self._runner is not None:
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await self._runner

    # -- sending ----------------------------------------------------------------------------------
    async def post(self, channel_id: str, reply: Reply) -> None:
        """Send `reply` to a channel (reminders); `channel_id` is the numeric Discord id."""
        if not channel_id.isdigit():
            raise ValueError(f"not a Discord channel id: {channel_id!r} (expected digits)")
        kwargs = render_discord(reply)
        kwargs.pop("ephemeral", None)
        await self.client.get_partial_messageable(int(channel_id)).send(**kwargs)

    # -- interactions -----------------------------------------------------------------------------
    async def _invoke(
        self, interaction: discord.Interaction, spec: CommandSpec, args: dict[str, Any]
    ) -> None:
        """Answer one slash command: directly when the reply is ready fast, else defer and follow up."""
        private = bool(args.get("private"))
        ctx = Context(
            platform="discord",
            channel_id=str(interaction.channel_id or ""),
            user_id=str(interaction.user.id),
            user_is_admin=is_admin(interaction.permissions),
        )
        clean = {k: v for k, v in args.items() if v is not None}
        # The answer is worked out on this task; only when it takes longer than `defer_after` does a
        # timer start the deferral beside it. A fast answer thus costs no extra task or wait.
        loop = asyncio.get_running_loop()
        deferral: list[asyncio.Task[Any]] = []

        def defer() -> None:
            deferral.append(loop.create_task(interaction.response.defer(ephemeral=private, thinking=True)))

        timer = loop.call_later(self.defer_after, defer)
        try:
            reply = await self._answer(spec.name, clean, ctx)
        except BaseException:
            for task in deferral:
                task.cancel()
            raise
        finally:
            timer.cancel()
        hint = f"… (cut to fit Discord: narrow your /{spec.name} to see the rest)"
        kwargs = render_discord(reply, more_hint=hint)
        kwargs["ephemeral"] = private or reply.ephemeral
        if not deferral:
            await interaction.response.send_message(**kwargs)
            return
        await deferral[0]
        if reply.ephemeral and not private:
            # The deferred placeholder is public; an ephemeral answer (an error) must not be.
            await interaction.delete_original_response()
        await interaction.followup.send(**kwargs)

    async def _answer(self, name: str, args: dict[str, Any], ctx: Context) -> Reply:
        log.debug("discord: /%s from user %s in channel %s", name, ctx.user_id, ctx.channel_id)
        try:
            reply = await self._dispatch(self.deps, name, args, ctx)
        except Exception:
            log.exception("discord: /%s failed", name)
            return error(f"Sorry, /{name} failed on our side; it has been logged.")
        if reply.kind == "error":
            log.info("discord: /%s answered with an error: %s", name, reply.title[:200])
        return reply

    async def _suggest(self, interaction: discord.Interaction, source: str, current: str) -> list[str]:
        try:
            async with asyncio.timeout(AUTOCOMPLETE_TIMEOUT):  # no extra task, unlike wait_for on 3.11
                return await self._complete(self.deps, source, current)
        except Exception:
            log.exception("discord: autocomplete %s %r failed", source, current[:100])
            return []

    async def _on_tree_error(
        self, interaction: discord.Interaction, exc: app_commands.AppCommandError
    ) -> None:
        name = interaction.command.name if interaction.command else "command"
        log.error("discord: /%s: %s", name, exc, exc_info=exc)
        kwargs = render_discord(error(f"Sorry, /{name} could not be answered: {_one_line(exc)}"))
        try:
            if interaction.response.is_done():
                await interaction.followup.send(**kwargs)
            else:
                await interaction.response.send_message(**kwargs)
        except discord.HTTPException as send_error:
            log.error("discord: could not report the error: %s", send_error)


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, app_commands.CommandInvokeError):
        return "an internal error (logged)"
    text = " ".join(str(exc).split())
    return text[:200] or type(exc).__name__


def create(deps: Deps, **overrides: Any) -> DiscordAdapter:
    """The Discord adapter configured from `deps.settings`; keyword overrides win (tests, tools)."""
    settings = deps.settings
    options: dict[str, Any] = {
        "token": settings.discord_token,
        "api_base_url": settings.discord_api_base_url,
        "gateway_url": settings.discord_gateway_url,
        "guild_id": settings.discord_guild_id,
    }
    options.update(overrides)
    options["token"] = check_token(options["token"])
    if "commands" not in options or "dispatch" not in options or "complete" not in options:
        from bot.commands import COMMANDS, complete, dispatch

        options.setdefault("commands", COMMANDS)
        options.setdefault("dispatch", dispatch)
        options.setdefault("complete", complete)
    return DiscordAdapter(deps, **options)
