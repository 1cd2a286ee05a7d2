"""The Slack adapter: a slack-bolt AsyncApp answering every slash command, in Socket Mode or over HTTP.

Socket Mode is used when SLACK_APP_TOKEN is set (no public URL needed); otherwise an aiohttp server
listens on BRIEFBOT_SLACK_PORT at /slack/events and bolt checks each request's signature with
SLACK_SIGNING_SECRET. Every Web API call goes to SLACK_API_BASE_URL (GovSlack, a proxy, or a test fake).
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from typing import Any

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.adapter.socket_mode.aiohttp import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack_config import EVENTS_PATH, SlackConfig, SlackConfigError, slack_config
from bot.commands import COMMANDS, dispatch, parse_line
from bot.commands.spec import Deps
from bot.render.slack import render_slack
from bot.reply import Context, Reply, error

log = logging.getLogger(__name__)

ADMIN_CACHE_SECONDS = 600.0

__all__ = ["SlackAdapter", "SlackConfigError", "create"]


class SlackAdapter:
    """A running Slack connection: slash commands in, replies out, and post() for reminders."""

    name = "slack"

    def __init__(self, deps: Deps, config: SlackConfig) -> None:
        self.deps = deps
        self.config = config
        self.client = AsyncWebClient(token=config.bot_token, base_url=config.api_base_url)
        self.app = AsyncApp(
            client=self.client,
            signing_secret=config.signing_secret or "",
            # Socket Mode envelopes are authenticated by the connection, not signed.
            request_verification_enabled=not config.socket_mode,
            logger=logging.getLogger("briefbot.slack.bolt"),
        )
        for spec in COMMANDS:
            self.app.command(f"/{spec.name}")(self._on_command)
        # A command left in an outdated app manifest still gets an answer (pointing to /help), not a 404.
        self.app.command(re.compile(r"^/"))(self._on_command)
        self._admin_cache: dict[str, tuple[bool, float]] = {}
        self._handler: AsyncSocketModeHandler | None = None
        self._runner: web.AppRunner | None = None
        self._closed = asyncio.Event()
        self._tasks: set[asyncio.Task[Any]] = set()
        self.port: int | None = None  # the bound port in HTTP mode (useful with port 0)
        self.bot_user_id: str | None = None

    # -- Adapter protocol ------------------------------------------------------------------
    async def start(self) -> None:
        """Check the bot token, then connect (Socket Mode) or listen (HTTP); return once ready."""
        self._closed.clear()
        auth = await self._call("SLACK_BOT_TOKEN", self.client.auth_test())
        self.bot_user_id = auth.get("user_id")
        if self.config.socket_mode:
            await self._start_socket_mode()
        else:
            await self._start_http()
        log.info("Slack ready as %s (%s mode)", auth.get("user"), self.mode)

    async def wait_closed(self) -> None:
        """Return when close() has been called."""
        await self._closed.wait()

    async def post(self, channel_id: str, reply: Reply) -> None:
        """Post a reply into a channel with chat.postMessage (blocks plus plain-text fallback)."""
        rendered = render_slack(reply)
        try:
            await self.client.chat_postMessage(
                channel=channel_id, blocks=rendered["blocks"], text=rendered["text"], unfurl_links=False
            )
        except SlackApiError as exc:
            raise _sink_error(exc, channel_id) from exc

    async def close(self) -> None:
        """Disconnect, stop listening and let in-flight replies finish."""
        if self._handler is not None:
            await self._handler.close_async()
            self._handler = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        pending = self._tasks - {asyncio.current_task()}
        if pending:
            await asyncio.wait(pending, timeout=5)
        self._closed.set()

    # -- modes -----------------------------------------------------------------------------
    @property
    def mode(self) -> str:
        """The connection mode: socket or http."""
        return "socket" if self.config.socket_mode else "http"

    async def _start_socket_mode(self) -> None:
        """Open a Socket Mode connection; a rejected app token is one clear error, not a retry loop."""
        handler = AsyncSocketModeHandler(self.app, app_token=self.config.app_token, web_client=self.client)
        try:
            # Fetching the URL first turns a bad app token into an error; connect() would retry forever.
            handler.client.wss_uri = await self._call(
                "SLACK_APP_TOKEN", handler.client.issue_new_wss_url()
            )
            await handler.connect_async()
        except BaseException:
            await handler.close_async()
            raise
        self._handler = handler

    async def _start_http(self) -> None:
        """Serve bolt's request handling on an aiohttp server (signature checked by bolt)."""
        webapp = web.Application()
        webapp.router.add_post(EVENTS_PATH, self._http_events)
        webapp.router.add_get("/healthz", _healthz)
        runner = web.AppRunner(webapp, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, self.config.host, self.config.port)
        try:
            await site.start()
        except OSError as exc:
            await runner.cleanup()
            raise SlackConfigError(
                f"BRIEFBOT_SLACK_PORT {self.config.port} cannot be used on {self.config.host}: {exc.strerror}"
            ) from exc
        self._runner = runner
        server = getattr(site, "_server", None)
        sockets = getattr(server, "sockets", None) or []
        self.port = sockets[0].getsockname()[1] if sockets else self.config.port

    async def _http_events(self, request: web.Request) -> web.Response:
        """One HTTP request from Slack through bolt (signature, ack, listeners)."""
        bolt_response = await self.app.async_dispatch(await to_bolt_request(request))
        return await to_aiohttp_response(bolt_response)

    # -- commands --------------------------------------------------------------------------
    async def _on_command(self, ack: Any, command: dict[str, Any], respond: Any) -> None:
        """Acknowledge at once (Slack waits 3 s), then answer through the response_url."""
        await ack()
        task = asyncio.current_task()
        if task is not None:  # close() lets answers in flight finish
            self._tasks.add(task)
        try:
            reply = await self.answer(command)
            await respond(**render_slack(reply))
        except Exception:
            log.exception("Could not deliver the answer to /%s", command.get("command", "?").lstrip("/"))
        finally:
            self._tasks.discard(task)

    async def answer(self, command: dict[str, Any]) -> Reply:
        """The Reply to one slash-command payload (name, text, user and channel ids)."""
        name = str(command.get("command", "")).lstrip("/")
        text = str(command.get("text") or "")
        try:
            _, args = parse_line(f"/{name} {text}".rstrip())
        except ValueError as exc:
            return error(str(exc).splitlines()[0] if str(exc) else f"Could not read /{name} {text}")
        user_id = str(command.get("user_id", ""))
        ctx = Context(
            platform="slack",
            channel_id=str(command.get("channel_id", "")),
            user_id=user_id,
            user_is_admin=await self.is_admin(user_id),
        )
        try:
            return await dispatch(self.deps, name, args, ctx)
        except Exception:  # dispatch should never raise; a user still gets one line if it does
            log.exception("/%s failed", name)
            return error("Something went wrong answering that; the error has been logged.")

    async def is_admin(self, user_id: str) -> bool:
        """True for BRIEFBOT_SLACK_ADMINS and for workspace admins/owners (users.info, cached)."""
        if not user_id:
            return False
        if user_id in self.config.admins:
            return True
        cached = self._admin_cache.get(user_id)
        now = time.monotonic()
        if cached is not None and cached[1] > now:
            return cached[0]
        try:
            info = await self.client.users_info(user=user_id)
            user = info.get("user") or {}
            admin = bool(user.get("is_admin") or user.get("is_owner") or user.get("is_primary_owner"))
        except SlackApiError as exc:  # e.g. missing_scope (no users:read): not an admin, asked again later
            log.info("users.info %s: %s", user_id, exc.response.get("error") if exc.response else exc)
            admin = False
        except Exception as exc:  # network trouble: not an admin this time, nothing cached
            log.warning("users.info for %s failed: %s", user_id, exc)
            return False
        self._admin_cache[user_id] = (admin, now + ADMIN_CACHE_SECONDS)
        return admin

    async def _call(self, variable: str, call: Any) -> Any:
        """Await a start-up Web API call; a rejected credential or unreachable API is one clear line."""
        try:
            return await call
        except SlackApiError as exc:
            code = exc.response.get("error", "error") if exc.response is not None else "error"
            raise SlackConfigError(f"{variable} was rejected by Slack ({code})") from exc
        except (TimeoutError, OSError) as exc:
            raise SlackConfigError(
                f"Cannot reach the Slack API at SLACK_API_BASE_URL={self.config.api_base_url}: {exc}"
            ) from exc
        except Exception as exc:
            if type(exc).__module__.startswith("aiohttp"):
                raise SlackConfigError(
                    f"Cannot reach the Slack API at SLACK_API_BASE_URL={self.config.api_base_url}: {exc}"
                ) from exc
            raise


async def _healthz(_: web.Request) -> web.Response:
    """A liveness probe for HTTP mode."""
    return web.Response(text="ok")


class SlackPostError(RuntimeError):
    """post() failed (used only when bot.reminders is unavailable; otherwise SinkError is raised)."""

    def __init__(self, message: str, *, status: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


def _sink_error(exc: SlackApiError, channel_id: str) -> Exception:
    """A Slack API failure as the reminders' SinkError (HTTP status, Retry-After seconds)."""
    response = exc.response
    status = getattr(response, "status_code", None)
    headers = getattr(response, "headers", None) or {}
    retry = headers.get("Retry-After") or headers.get("retry-after")
    code = response.get("error", "error") if response is not None else "error"
    message = f"Slack refused the post to {channel_id}: {code}"
    retry_after = float(retry) if retry else None
    try:
        from bot.reminders.sinks import SinkError
    except ImportError:
        return SlackPostError(message, status=status, retry_after=retry_after)
    return SinkError(message, status=status, retry_after=retry_after)


def create(deps: Deps, **overrides: Any) -> SlackAdapter:
    """A Slack adapter from deps.settings (tokens checked now); overrides: bot_token, app_token,
    signing_secret, api_base_url, host, port, admins."""
    return SlackAdapter(deps, slack_config(deps.settings, **overrides))
