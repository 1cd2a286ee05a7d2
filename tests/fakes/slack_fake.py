"""A loopback Slack for tests: Web API, Socket Mode websocket and response_url sink on 127.0.0.1.

- Web API at `base_url` (`/api/{method}`): auth.test, apps.connections.open (answers a ws:// URL of the
  Socket Mode server below), chat.postMessage, users.info. Tokens are checked like Slack does
  (`invalid_auth`), every call is recorded in `calls`, and `fail_next(method, ...)` makes the next call
  fail (e.g. HTTP 429 with Retry-After).
- Socket Mode at `/link`: sends `hello` on connect; `push_slash_command(payload)` sends a
  `slash_commands` envelope and `wait_ack(envelope_id)` returns the client's acknowledgement.
- `response_url(key)` is a URL whose POSTs are recorded under `key` (`wait_response(key)`).

Every message body (chat.postMessage, response_url) is checked against Slack's Block Kit limits with
slack_sdk's own block models; problems are collected in `block_problems`.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web
from slack_sdk.errors import SlackObjectFormationError
from slack_sdk.models.blocks import Block

BOT_TOKEN = "xoxb-1111-2222-fakebottoken"
APP_TOKEN = "xapp-1-A111-3333-fakeapptoken"
SIGNING_SECRET = "fake-signing-secret-0123456789abcdef"
BOT_USER_ID = "UBOT0001"
TEAM_ID = "T0000FAKE"


@dataclass
class ApiCall:
    """One Web API request the fake received."""

    method: str
    params: dict[str, Any]
    token: str | None


@dataclass
class Failure:
    """A scripted failure for the next call of one method."""

    error: str
    status: int = 200
    retry_after: int | None = None


@dataclass
class SlackFake:
    """The loopback Slack server; `async with SlackFake() as fake:` starts and stops it."""

    users: dict[str, dict[str, Any]] = field(default_factory=dict)
    bot_token: str = BOT_TOKEN
    app_token: str = APP_TOKEN
    calls: list[ApiCall] = field(default_factory=list)
    responses: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    acks: dict[str, dict[str, Any]] = field(default_factory=dict)
    block_problems: list[str] = field(default_factory=list)
    port: int = 0
    _failures: dict[str, list[Failure]] = field(default_factory=dict)
    _sockets: list[web.WebSocketResponse] = field(default_factory=list)
    _runner: web.AppRunner | None = None

    # -- lifecycle -------------------------------------------------------------------------
    async def start(self) -> None:
        """Listen on a random loopback port."""
        app = web.Application()
        app.router.add_post("/api/{method}", self._api)
        app.router.add_get("/api/{method}", self._api)
        app.router.add_get("/link", self._link)
        app.router.add_post("/response/{key}", self._response)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def close(self) -> None:
        """Close websockets and stop listening."""
        for ws in list(self._sockets):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def __aenter__(self) -> SlackFake:
        await self.start()
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.close()

    @property
    def base_url(self) -> str:
        """What SLACK_API_BASE_URL should be."""
        return f"http://127.0.0.1:{self.port}/api/"

    def response_url(self, key: str = "r1") -> str:
        """A response_url whose POSTs are recorded under `key`."""
        return f"http://127.0.0.1:{self.port}/response/{key}"

    def fail_next(
        self, method: str, error: str, *, status: int = 200, retry_after: int | None = None
    ) -> None:
        """Make the next call of `method` fail with `error` (and an HTTP status / Retry-After)."""
        self._failures.setdefault(method, []).append(Failure(error, status, retry_after))

    def calls_to(self, method: str) -> list[ApiCall]:
        """The recorded calls of one Web API method."""
        return [c for c in self.calls if c.method == method]

    # -- Web API ---------------------------------------------------------------------------
    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params: dict[str, Any] = dict(request.query)
        if request.can_read_body:
            if request.content_type == "application/json":
                params.update(await request.json())
            else:
                params.update(dict(await request.post()))
        auth = request.headers.get("Authorization", "")
        token = auth.removeprefix("Bearer ") if auth.startswith("Bearer ") else params.get("token")
        self.calls.append(ApiCall(method, params, token))
        failures = self._failures.get(method)
        if failures:
            failure = failures.pop(0)
            headers = {"Retry-After": str(failure.retry_after)} if failure.retry_after is not None else {}
            return _json({"ok": False, "error": failure.error}, status=failure.status, headers=headers)
        expected = self.app_token if method == "apps.connections.open" else self.bot_token
        if token is None:
            return _json({"ok": False, "error": "not_authed"})
        if token != expected:
            return _json({"ok": False, "error": "invalid_auth"})
        handler = getattr(self, "_api_" + method.replace(".", "_"), None)
        if handler is None:
            return _json({"ok": False, "error": "unknown_method"})
        body: dict[str, Any] = handler(params)
        return _json(body)

    def _api_auth_test(self, _: dict[str, Any]) -> dict[str, Any]:
        return {
            "ok": True,
            "url": "https://fake.slack.test/",
            "team": "Fake Team",
            "user": "briefbot",
            "team_id": TEAM_ID,
            "user_id": BOT_USER_ID,
            "bot_id": "BFAKE0001",
            "is_enterprise_install": False,
        }

    def _api_apps_connections_open(self, _: dict[str, Any]) -> dict[str, Any]:
        return {"ok": True, "url": f"ws://127.0.0.1:{self.port}/link?ticket={uuid.uuid4().hex}"}

    def _api_chat_postMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        blocks = params.get("blocks")
        if isinstance(blocks, str):
            blocks = json.loads(blocks)
        self.block_problems.extend(check_message({"blocks": blocks or [], "text": params.get("text")}))
        if not params.get("channel"):
            return {"ok": False, "error": "channel_not_found"}
        ts = f"{time.time():.6f}"
        return {"ok": True, "channel": params["channel"], "ts": ts, "message": {"text": params.get("text")}}

    def _api_users_info(self, params: dict[str, Any]) -> dict[str, Any]:
        user_id = params.get("user", "")
        if user_id not in self.users:
            return {"ok": False, "error": "user_not_found"}
        return {"ok": True, "user": {"id": user_id, "name": user_id.lower(), **self.users[user_id]}}

    # -- response_url ----------------------------------------------------------------------
    async def _response(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.block_problems.extend(check_message(body))
        self.responses.setdefault(request.match_info["key"], []).append(body)
        return web.Response(text="ok")

    async def wait_response(self, key: str = "r1", timeout: float = 10.0) -> dict[str, Any]:
        """The first message posted to response_url `key` (waits for it)."""
        await _wait(lambda: bool(self.responses.get(key)), timeout, f"a reply at response_url {key!r}")
        return self.responses[key][0]

    async def wait_call(self, method: str, timeout: float = 10.0) -> ApiCall:
        """The first recorded call of `method` (waits for it)."""
        await _wait(lambda: bool(self.calls_to(method)), timeout, f"a call to {method}")
        return self.calls_to(method)[0]

    # -- Socket Mode -----------------------------------------------------------------------
    async def _link(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        self._sockets.append(ws)
        await ws.send_json(
            {
                "type": "hello",
                "num_connections": len(self._sockets),
                "debug_info": {"host": "fake", "approximate_connection_time": 3600},
                "connection_info": {"app_id": "A111"},
            }
        )
        try:
            async for msg in ws:
                if msg.type == WSMsgType.TEXT:
                    data = json.loads(msg.data)
                    if "envelope_id" in data:
                        self.acks[data["envelope_id"]] = data
        finally:
            self._sockets.remove(ws)
        return ws

    async def wait_connected(self, timeout: float = 10.0) -> None:
        """Wait until a Socket Mode client is connected."""
        await _wait(lambda: bool(self._sockets), timeout, "a Socket Mode connection")

    async def push_slash_command(self, payload: dict[str, Any]) -> str:
        """Send a `slash_commands` envelope to the connected client; returns its envelope id."""
        await self.wait_connected()
        envelope_id = str(uuid.uuid4())
        envelope = {
            "envelope_id": envelope_id,
            "type": "slash_commands",
            "accepts_response_payload": True,
            "payload": payload,
        }
        await self._sockets[-1].send_json(envelope)
        return envelope_id

    async def wait_ack(self, envelope_id: str, timeout: float = 10.0) -> dict[str, Any]:
        """The client's acknowledgement of one envelope."""
        await _wait(lambda: envelope_id in self.acks, timeout, f"the ack of envelope {envelope_id}")
        return self.acks[envelope_id]


def slash_payload(
    command: str,
    text: str = "",
    *,
    response_url: str,
    user_id: str = "U0USER001",
    channel_id: str = "C0CHAN001",
) -> dict[str, str]:
    """The fields Slack sends for a slash command (form fields over HTTP, payload in Socket Mode)."""
    return {
        "token": "legacy-verification-token",
        "team_id": TEAM_ID,
        "team_domain": "fake",
        "channel_id": channel_id,
        "channel_name": "general",
        "user_id": user_id,
        "user_name": user_id.lower(),
        "command": command if command.startswith("/") else f"/{command}",
        "text": text,
        "api_app_id": "A111",
        "is_enterprise_install": "false",
        "response_url": response_url,
        "trigger_id": "1111.2222.abcd",
    }


def signed_headers(secret: str, body: str, timestamp: int | None = None) -> dict[str, str]:
    """Slack's request signature headers: v0=HMAC_SHA256(secret, "v0:{ts}:{body}")."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": f"v0={digest}",
        "Content-Type": "application/x-www-form-urlencoded",
    }


def check_message(message: dict[str, Any]) -> list[str]:
    """Problems with a message's blocks under Slack's limits (slack_sdk models plus field sizes)."""
    problems: list[str] = []
    blocks = message.get("blocks") or []
    if len(blocks) > 50:
        problems.append(f"{len(blocks)} blocks (Slack allows 50)")
    if not message.get("text"):
        problems.append("no plain-text fallback")
    for raw in blocks:
        try:
            block = Block.parse(raw)
            if block is None:
                problems.append(f"unknown block {raw!r:.80}")
                continue
            block.validate_json()
        except SlackObjectFormationError as exc:
            problems.append(f"{raw.get('type')}: {exc}")
        for f in raw.get("fields") or []:
            if len(f.get("text", "")) > 2000:
                problems.append("a section field over 2000 characters")
    return problems


def _json(body: dict[str, Any], *, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    return web.Response(
        text=json.dumps(body), status=status, headers=headers, content_type="application/json"
    )


async def _wait(ready: Any, timeout: float, what: str) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not ready():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)
