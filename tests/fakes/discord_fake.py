"""A loopback Discord: REST + gateway websocket on 127.0.0.1 for the unmodified discord.py client.

Point the bot at it with DISCORD_API_BASE_URL=`fake.api_base_url` and DISCORD_GATEWAY_URL=
`fake.gateway_url`. Every REST request is validated against the vendored OpenAPI spec
(tests/fakes/openapi.py); failures are answered 400 and kept in `fake.violations` (tests assert it is
empty). `await fake.command(name, {...})` pushes an INTERACTION_CREATE and returns what the user sees;
`await fake.autocomplete(...)` returns the offered choices.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from tests.fakes import discord_payloads as payloads
from tests.fakes.discord_payloads import (
    API_PREFIX,
    APP_ID,
    CHANNEL_ID,
    EPHEMERAL,
    GUILD_ID,
    MANAGE_CHANNELS,
    MANAGE_GUILD,
    MEMBER,
    TOKEN,
)
from tests.fakes.openapi import SpecValidator, shared_validator

__all__ = ["CHANNEL_ID", "GUILD_ID", "MANAGE_CHANNELS", "MANAGE_GUILD", "MEMBER", "TOKEN", "FakeDiscord",
           "Recorded", "Seen"]

BODY: web.RequestKey[Any] = web.RequestKey("body", object)  # the validated JSON body, for the handlers

@dataclass
class Recorded:
    """One REST request the bot sent."""

    method: str
    path: str
    query: dict[str, str]
    body: Any
    problems: list[str] = field(default_factory=list)


@dataclass
class Seen:
    """What the user sees for one interaction: the message (data) and whether only they see it."""

    interaction_id: int
    kind: str  # "message", "autocomplete"
    body: dict[str, Any]
    ephemeral: bool
    deferred: bool = False
    at: float = field(default_factory=time.perf_counter)  # when the answer reached the fake

    @property
    def embed(self) -> dict[str, Any]:
        """The first embed (empty dict if none)."""
        embeds = self.body.get("embeds") or [{}]
        return dict(embeds[0])

    @property
    def text(self) -> str:
        """Everything visible as one string: content, title, description, fields, footer."""
        e = self.embed
        parts = [self.body.get("content") or "", e.get("title") or "", e.get("description") or ""]
        for f in e.get("fields", []):
            parts += [f["name"], f["value"]]
        parts.append((e.get("footer") or {}).get("text", ""))
        return "\n".join(p for p in parts if p)


def _json(data: Any, status: int = 200) -> web.Response:
    # discord.py decodes JSON only when Content-Type is exactly application/json.
    headers = {"Content-Type": "application/json"}
    return web.Response(status=status, body=payloads.dumps(data), headers=headers)


class FakeDiscord:
    """The fake server; use `async with FakeDiscord() as fake:`."""

    def __init__(
        self,
        *,
        token: str = TOKEN,
        guild_id: int = GUILD_ID,
        validator: SpecValidator | None = None,
        validate: bool = True,
    ) -> None:
        self.token = token
        self.validate = validate  # off only in benchmarks: the tests always validate
        self.guild_id = guild_id
        self.validator = validator or shared_validator()
        self.requests: list[Recorded] = []
        self.violations: list[str] = []
        self.commands: dict[int | None, list[dict[str, Any]]] = {}
        self.command_puts: list[int | None] = []
        self.channel_messages: list[tuple[int, dict[str, Any]]] = []
        self.identifies = 0
        self.resumes = 0
        self._ids = itertools.count(1_200_000_000_000_000_000)
        self._seq = 0
        self._sockets: list[web.WebSocketResponse] = []
        self._pending: dict[int, asyncio.Future[Seen]] = {}
        # interaction id -> is the deferred placeholder ephemeral (None once the bot deleted it)
        self._deferred: dict[int, bool | None] = {}
        self._by_token: dict[str, int] = {}
        self._identified = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # -- server lifecycle -------------------------------------------------------------------------
    async def __aenter__(self) -> FakeDiscord:
        app = web.Application(middlewares=[self._validate])
        app.router.add_get("/gateway", self._gateway)
        app.router.add_post("/_control/burst", self._burst)
        app.router.add_get("/_control/state", self._state)
        r = app.router
        p = API_PREFIX
        r.add_get(f"{p}/gateway/bot", self._gateway_bot)
        r.add_get(f"{p}/users/@me", self._me)
        r.add_get(f"{p}/oauth2/applications/@me", self._application)
        r.add_put(f"{p}/applications/{{app}}/commands", self._put_commands)
        r.add_put(f"{p}/applications/{{app}}/guilds/{{guild}}/commands", self._put_commands)
        r.add_post(f"{p}/interactions/{{iid}}/{{token}}/callback", self._callback)
        r.add_patch(f"{p}/webhooks/{{app}}/{{token}}/messages/@original", self._edit_original)
        r.add_delete(f"{p}/webhooks/{{app}}/{{token}}/messages/@original", self._delete_original)
        r.add_post(f"{p}/webhooks/{{app}}/{{token}}", self._followup)
        r.add_post(f"{p}/channels/{{channel}}/messages", self._channel_message)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def __aexit__(self, *exc: object) -> None:
        for ws in list(self._sockets):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_base_url(self) -> str:
        """What DISCORD_API_BASE_URL should be."""
        return f"http://127.0.0.1:{self.port}{API_PREFIX}"

    @property
    def gateway_url(self) -> str:
        """What DISCORD_GATEWAY_URL should be."""
        return f"ws://127.0.0.1:{self.port}/gateway"

    # -- control (for a bot in another process: bench/bench_discord.py) ---------------------------
    async def _burst(self, request: web.Request) -> web.Response:
        """Run interactions concurrently; answer each one's push → callback latency in ms."""
        spec = await request.json()

        async def timed(options: dict[str, Any]) -> float:
            started = time.perf_counter()
            if spec.get("autocomplete"):
                typed = {"name": spec["autocomplete"], "type": 3, "value": options.get("typed", "")}
                seen = await self._interact(4, spec["name"], [{**typed, "focused": True}], MEMBER, 10)
            else:
                seen = await self._interact(2, spec["name"], payloads.options(options), MEMBER, 10)
            # Until the callback arrived, not until this coroutine next runs behind the fake's other work.
            return (seen.at - started) * 1000

        latencies = await asyncio.gather(*(timed(o) for o in spec["options"]))
        return _json({"latencies_ms": latencies})

    async def _state(self, request: web.Request) -> web.Response:
        return _json(
            {"identifies": self.identifies, "violations": self.violations, "command_puts": self.command_puts}
        )

    # -- REST ---------------------------------------------------------------------------------------
    @web.middleware
    async def _validate(self, request: web.Request, handler: Any) -> web.StreamResponse:
        if not request.path.startswith(API_PREFIX):
            return await handler(request)
        path = request.path[len(API_PREFIX) :]
        body: Any = None
        problems: list[str] = []
        if request.can_read_body:
            if request.content_type != "application/json":
                problems.append(f"{request.method} {path}: unexpected Content-Type {request.content_type}")
            else:
                body = await request.json(loads=payloads.loads)
        if self.validate:
            problems += self.validator.check(request.method, path, request.query.keys(), body)
        if (
            not path.startswith(("/interactions/", "/webhooks/"))
            and request.headers.get("Authorization") != f"Bot {self.token}"
        ):
            if path == "/users/@me":
                return _json({"message": "401: Unauthorized", "code": 0}, 401)
            problems.append(f"{request.method} {path}: missing or wrong Authorization header")
        self.requests.append(Recorded(request.method, path, dict(request.query), body, problems))
        if problems:
            self.violations += problems
            return _json({"code": 50035, "message": "Invalid Form Body", "errors": problems}, 400)
        request[BODY] = body
        return await handler(request)

    async def _gateway_bot(self, request: web.Request) -> web.Response:
        return _json(payloads.gateway_bot(self.gateway_url))

    async def _me(self, request: web.Request) -> web.Response:
        return _json({**payloads.user(), "mfa_enabled": False, "verified": True})

    async def _application(self, request: web.Request) -> web.Response:
        return _json(payloads.application())

    async def _put_commands(self, request: web.Request) -> web.Response:
        guild = request.match_info.get("guild")
        scope = int(guild) if guild else None
        stored = []
        for command in request[BODY] or []:
            item = {
                **command,
                "id": str(next(self._ids)),
                "application_id": str(APP_ID),
                "version": str(next(self._ids)),
                "type": command.get("type", 1),
            }
            if scope is not None:
                item["guild_id"] = str(scope)
            stored.append(item)
        self.commands[scope] = stored
        self.command_puts.append(scope)
        return _json(stored)

    def _message(self, channel_id: int, body: dict[str, Any], kind: int = 0) -> dict[str, Any]:
        return payloads.message(next(self._ids), channel_id, body, kind)

    async def _callback(self, request: web.Request) -> web.Response:
        iid = int(request.match_info["iid"])
        body = request[BODY]
        kind = body["type"]
        data = body.get("data") or {}
        ephemeral = bool((data.get("flags") or 0) & EPHEMERAL)
        info: dict[str, Any] = {"id": str(iid), "type": 2}
        resource: dict[str, Any] = {"type": kind}
        if kind == 8:
            info["type"] = 4
            self._resolve(iid, Seen(iid, "autocomplete", data, ephemeral=False))
        elif kind in (4, 5):
            message = self._message(CHANNEL_ID, data, kind=20)
            info.update(
                response_message_id=message["id"],
                response_message_loading=kind == 5,
                response_message_ephemeral=ephemeral,
            )
            resource["message"] = message
            if kind == 4:
                self._resolve(iid, Seen(iid, "message", data, ephemeral))
            else:
                self._deferred[iid] = ephemeral
        return _json({"interaction": info, "resource": resource})

    def _answer_after_defer(self, token: str, body: dict[str, Any]) -> None:
        iid = self._by_token.get(token)
        if iid is None or iid not in self._deferred:
            return
        placeholder = self._deferred.pop(iid)
        # The answer replaces the "thinking…" placeholder and keeps its visibility; only once the bot has
        # deleted the placeholder does a follow-up's own ephemeral flag decide.
        ephemeral = bool((body.get("flags") or 0) & EPHEMERAL) if placeholder is None else placeholder
        self._resolve(iid, Seen(iid, "message", body, ephemeral, deferred=True))

    async def _edit_original(self, request: web.Request) -> web.Response:
        self._answer_after_defer(request.match_info["token"], request[BODY])
        return _json(self._message(CHANNEL_ID, request[BODY]))

    async def _delete_original(self, request: web.Request) -> web.Response:
        iid = self._by_token.get(request.match_info["token"])
        if iid is not None and iid in self._deferred:
            self._deferred[iid] = None  # placeholder gone: the next follow-up's own flags decide
        return web.Response(status=204)

    async def _followup(self, request: web.Request) -> web.Response:
        self._answer_after_defer(request.match_info["token"], request[BODY])
        return _json(self._message(CHANNEL_ID, request[BODY]))

    async def _channel_message(self, request: web.Request) -> web.Response:
        channel = int(request.match_info["channel"])
        self.channel_messages.append((channel, request[BODY]))
        return _json(self._message(channel, request[BODY]))

    def _resolve(self, iid: int, seen: Seen) -> None:
        future = self._pending.get(iid)
        if future is not None and not future.done():
            future.set_result(seen)

    # -- gateway ------------------------------------------------------------------------------------
    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._sockets.append(ws)
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": 41250}, "s": None, "t": None})
        try:
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    continue
                payload = payloads.loads(msg.data)
                op = payload.get("op")
                if op == 1:
                    await ws.send_json({"op": 11, "d": None, "s": None, "t": None})
                elif op == 2:
                    await self._identify(ws, payload["d"])
                elif op == 6:
                    self.resumes += 1
                    await self._dispatch(ws, "RESUMED", {})
                    self._identified.set()
        finally:
            self._sockets.remove(ws)
        return ws

    async def _identify(self, ws: web.WebSocketResponse, data: dict[str, Any]) -> None:
        if data.get("token") != self.token:
            await ws.close(code=4004, message=b"Authentication failed.")
            return
        self.identifies += 1
        session = f"session-{self.identifies}"
        await self._dispatch(ws, "READY", payloads.ready(self.guild_id, session, self.gateway_url))
        await self._dispatch(ws, "GUILD_CREATE", payloads.guild(self.guild_id))
        self._identified.set()

    async def _dispatch(self, ws: web.WebSocketResponse, event: str, data: Any) -> None:
        self._seq += 1
        await ws.send_json({"op": 0, "t": event, "s": self._seq, "d": data}, dumps=payloads.dumps_text)

    async def wait_identified(self, timeout: float = 10) -> None:
        """Wait until the bot has identified on the gateway."""
        await asyncio.wait_for(self._identified.wait(), timeout)

    async def wait_resumed(self, count: int, timeout: float = 10) -> None:
        """Wait until the bot has resumed `count` times in all."""
        async with asyncio.timeout(timeout):
            while self.resumes < count:
                await asyncio.sleep(0.01)

    async def invalidate_session(self) -> None:
        """Send INVALID_SESSION (not resumable): the client reconnects and identifies afresh."""
        self._identified.clear()
        for ws in list(self._sockets):
            await ws.send_json({"op": 9, "d": False, "s": None, "t": None})

    async def request_reconnect(self) -> None:
        """Send RECONNECT (op 7): the client reconnects and RESUMEs the same session (no READY)."""
        for ws in list(self._sockets):
            await ws.send_json({"op": 7, "d": None, "s": None, "t": None})

    async def close_gateway(self, code: int) -> None:
        """Close every gateway connection with `code` (4004: authentication failed, not resumable)."""
        for ws in list(self._sockets):
            await ws.close(code=code, message=b"closed by the fake")

    # -- interactions -------------------------------------------------------------------------------
    def registered(self, name: str) -> dict[str, Any]:
        """The synced command called `name` (guild commands first, then global)."""
        for scope in (self.guild_id, None):
            for command in self.commands.get(scope, []):
                if command["name"] == name:
                    return command
        raise KeyError(f"/{name} was never synced")

    async def command(
        self,
        name: str,
        options: dict[str, Any] | None = None,
        *,
        permissions: int = MEMBER,
        timeout: float = 10,
    ) -> Seen:
        """Invoke /name with options as a guild member; return what that member sees."""
        return await self._interact(2, name, payloads.options(options or {}), permissions, timeout)

    async def autocomplete(
        self, name: str, option: str, typed: str, others: dict[str, Any] | None = None, timeout: float = 10
    ) -> list[dict[str, Any]]:
        """Type `typed` into /name's `option`; return the choices offered."""
        opts = payloads.options(others or {})
        opts.append({"name": option, "type": 3, "value": typed, "focused": True})
        seen = await self._interact(4, name, opts, MEMBER, timeout)
        return list(seen.body.get("choices") or [])

    async def _interact(
        self, kind: int, name: str, options: list[dict[str, Any]], permissions: int, timeout: float
    ) -> Seen:
        if not self._sockets:
            raise RuntimeError("the bot is not connected to the fake gateway")
        iid = next(self._ids)
        token = f"interaction-token-{iid}"
        self._by_token[token] = iid
        future: asyncio.Future[Seen] = asyncio.get_running_loop().create_future()
        self._pending[iid] = future
        payload = payloads.interaction(kind, self.registered(name), options, permissions, iid, token,
                                       self.guild_id)
        await self._dispatch(self._sockets[-1], "INTERACTION_CREATE", payload)
        try:
            return await asyncio.wait_for(future, timeout)
        finally:
            self._pending.pop(iid, None)
