"""The Slack adapter end to end against a loopback Slack: HTTP mode, Socket Mode, post(), set-up errors."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlencode

import pytest

import bot.adapters.slack_app as slack_app
from bot.adapters.slack_app import SlackConfigError, create
from bot.commands.spec import Deps
from bot.reply import Context, Field, Reply
from briefings.models import Briefing
from briefings.store import Store
from tests.fakes.slack_fake import BOT_TOKEN, SIGNING_SECRET, SlackFake, signed_headers, slash_payload
from tests.fakes.slack_harness import (
    SlashClient,
    running_adapter,
    seeded_deps,
    slack_settings,
    visible_text,
)


@pytest.fixture
async def fake() -> AsyncIterator[SlackFake]:
    async with SlackFake(users={"U0WSADMIN": {"is_admin": True}, "U0OWNER": {"is_owner": True}}) as f:
        yield f


@pytest.fixture
def deps(fake: SlackFake, store: Store, seed_briefing: Briefing) -> Deps:
    return seeded_deps(store, seed_briefing, slack_settings(fake, BRIEFBOT_SLACK_ADMINS="U0LISTED, U0OTHER"))


# -- HTTP mode -------------------------------------------------------------------------------------


async def test_http_slash_command_is_acked_and_answered_at_response_url(fake: SlackFake, deps: Deps) -> None:
    async with running_adapter(deps) as adapter:
        assert adapter.mode == "http"
        reply = await SlashClient(adapter, fake).ask("/who", "kamikawa")
    shown = visible_text(reply)
    assert reply["response_type"] == "in_channel"
    assert reply["blocks"][0]["type"] == "header"
    assert "Yoko Kamikawa" in shown and "Foreign Minister" in shown
    assert fake.block_problems == []
    # bolt authorised the request with auth.test against the fake, using the bot token
    assert [c.token for c in fake.calls_to("auth.test")][:1] == [BOT_TOKEN]


async def test_private_flag_makes_the_reply_ephemeral(fake: SlackFake, deps: Deps) -> None:
    async with running_adapter(deps) as adapter:
        reply = await SlashClient(adapter, fake).ask("/who", "kamikawa private")
    assert reply["response_type"] == "ephemeral"
    assert "Yoko Kamikawa" in visible_text(reply)


async def test_bad_signature_is_refused_with_401_and_not_answered(fake: SlackFake, deps: Deps) -> None:
    async with running_adapter(deps) as adapter:
        client = SlashClient(adapter, fake, secret="not-the-secret")
        status, key = await client.command("/who", "kamikawa")
        assert status == 401
        body = urlencode(slash_payload("/who", "x", response_url=fake.response_url("tampered")))
        headers = signed_headers(SIGNING_SECRET, body)
        status, _ = await client.post(body.replace("x", "y"), headers)
        assert status == 401
    assert key not in fake.responses and "tampered" not in fake.responses


async def test_stale_timestamp_is_refused_with_401(fake: SlackFake, deps: Deps) -> None:
    async with running_adapter(deps) as adapter:
        client = SlashClient(adapter, fake)
        status, key = await client.command("/who", "kamikawa", timestamp=int(time.time()) - 6 * 60)
    assert status == 401
    assert key not in fake.responses


async def test_unsigned_request_is_refused(fake: SlackFake, deps: Deps) -> None:
    async with running_adapter(deps) as adapter:
        body = urlencode(slash_payload("/who", "kamikawa", response_url=fake.response_url()))
        status, _ = await SlashClient(adapter, fake).post(
            body, {"Content-Type": "application/x-www-form-urlencoded"}
        )
    assert status == 401


# -- Socket Mode -----------------------------------------------------------------------------------


async def test_socket_mode_envelope_is_acked_and_answered(fake: SlackFake, deps: Deps) -> None:
    async with running_adapter(deps, socket_mode=True) as adapter:
        assert adapter.mode == "socket" and adapter.port is None
        payload = slash_payload("/talks", "", response_url=fake.response_url("s1"))
        envelope_id = await fake.push_slash_command(payload)
        ack = await fake.wait_ack(envelope_id)
        reply = await fake.wait_response("s1")
    assert ack["envelope_id"] == envelope_id
    assert fake.calls_to("apps.connections.open")[0].token == "xapp-1-A111-3333-fakeapptoken"
    shown = visible_text(reply)
    assert "<!date^" in shown  # the meeting date is shown in each reader's own timezone
    assert fake.block_problems == []


async def test_socket_mode_needs_no_signing_secret(
    fake: SlackFake, store: Store, seed_briefing: Briefing
) -> None:
    deps = seeded_deps(store, seed_briefing, slack_settings(fake, SLACK_SIGNING_SECRET=None))
    async with running_adapter(deps, socket_mode=True):
        envelope_id = await fake.push_slash_command(
            slash_payload("/help", "", response_url=fake.response_url("h"))
        )
        await fake.wait_ack(envelope_id)
        assert "/who" in visible_text(await fake.wait_response("h"))


async def test_rejected_app_token_is_one_clear_error(fake: SlackFake, deps: Deps) -> None:
    with pytest.raises(SlackConfigError, match=r"^SLACK_APP_TOKEN was rejected by Slack \(invalid_auth\)$"):
        async with running_adapter(deps, app_token="xapp-1-A111-9999-wrongtoken"):
            pass


async def test_rejected_bot_token_is_one_clear_error(fake: SlackFake, deps: Deps) -> None:
    with pytest.raises(SlackConfigError, match=r"^SLACK_BOT_TOKEN was rejected by Slack \(invalid_auth\)$"):
        async with running_adapter(deps, bot_token="xoxb-0000-wrong"):
            pass


async def test_unreachable_api_is_one_clear_error(deps: Deps) -> None:
    with pytest.raises(SlackConfigError, match="Cannot reach the Slack API at SLACK_API_BASE_URL="):
        async with running_adapter(deps, api_base_url="http://127.0.0.1:9/api/"):
            pass


# -- post() for reminders --------------------------------------------------------------------------


async def test_post_sends_blocks_and_text_with_chat_post_message(fake: SlackFake, deps: Deps) -> None:
    reply = Reply(
        title="Reminder: harbour talks",
        description=["Tomorrow <!channel>"],
        fields=[Field("Where", ["Lisbon"], inline=True)],
        kind="reminder",
    )
    async with running_adapter(deps, socket_mode=True) as adapter:
        await adapter.post("C0REMIND", reply)
    call = fake.calls_to("chat.postMessage")[0]
    assert call.params["channel"] == "C0REMIND"
    assert call.params["text"].startswith("Reminder: harbour talks")
    blocks: list[dict[str, Any]] = call.params["blocks"]
    assert blocks[0]["text"]["text"] == "Reminder: harbour talks"
    assert "<!channel>" not in str(call.params)
    assert fake.block_problems == []


async def test_post_failure_carries_status_and_retry_after(fake: SlackFake, deps: Deps) -> None:
    fake.fail_next("chat.postMessage", "ratelimited", status=429, retry_after=7)
    async with running_adapter(deps) as adapter:
        with pytest.raises(Exception, match="Slack refused the post to C0X: ratelimited") as info:
            await adapter.post("C0X", Reply(title="t"))
    err: Any = info.value
    assert (err.status, err.retry_after) == (429, 7.0)


async def test_post_to_unknown_channel_names_it(fake: SlackFake, deps: Deps) -> None:
    fake.fail_next("chat.postMessage", "channel_not_found")
    async with running_adapter(deps) as adapter:
        with pytest.raises(Exception, match="C0GONE: channel_not_found"):
            await adapter.post("C0GONE", Reply(title="t"))


# -- admins ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("user_id", "admin"),
    [("U0NOBODY", False), ("U0LISTED", True), ("U0OTHER", True), ("U0WSADMIN", True), ("U0OWNER", True)],
)
async def test_admin_flag_reaches_the_command(
    fake: SlackFake, deps: Deps, monkeypatch: pytest.MonkeyPatch, user_id: str, admin: bool
) -> None:
    seen: list[Context] = []
    real_dispatch = slack_app.dispatch

    async def recording_dispatch(d: Deps, name: str, args: dict[str, Any], ctx: Context) -> Reply:
        seen.append(ctx)
        return await real_dispatch(d, name, args, ctx)

    monkeypatch.setattr(slack_app, "dispatch", recording_dispatch)
    async with running_adapter(deps) as adapter:
        await SlashClient(adapter, fake).ask("/help", "", user_id=user_id)
    assert [(c.platform, c.user_id, c.channel_id, c.user_is_admin) for c in seen] == [
        ("slack", user_id, "C0CHAN001", admin)
    ]
    looked_up = [c.params.get("user") for c in fake.calls_to("users.info")]
    assert looked_up == ([] if user_id in {"U0LISTED", "U0OTHER"} else [user_id])


async def test_workspace_admin_lookup_is_cached(fake: SlackFake, deps: Deps) -> None:
    adapter = create(deps)
    assert await adapter.is_admin("U0WSADMIN") and await adapter.is_admin("U0WSADMIN")
    assert not await adapter.is_admin("U0NOBODY") and not await adapter.is_admin("")
    assert [c.params["user"] for c in fake.calls_to("users.info")] == ["U0WSADMIN", "U0NOBODY"]


async def test_remind_on_is_refused_for_a_non_admin(fake: SlackFake, deps: Deps) -> None:
    async with running_adapter(deps) as adapter:
        reply = await SlashClient(adapter, fake).ask("/remind", "on", user_id="U0NOBODY")
    assert reply["response_type"] == "ephemeral"
    assert "only admins" in visible_text(reply)


@pytest.mark.parametrize("user_id", ["U0LISTED", "U0WSADMIN"])
async def test_remind_on_works_for_listed_and_workspace_admins(
    fake: SlackFake, deps: Deps, user_id: str
) -> None:
    async with running_adapter(deps) as adapter:
        slack = SlashClient(adapter, fake)
        turned_on = await slack.ask("/remind", "on leads:1d", user_id=user_id)
        listed = await slack.ask("/remind", "list", user_id="U0NOBODY")
    assert turned_on["blocks"][0]["text"]["text"] == "Reminders are on in this channel"
    assert listed["blocks"][0]["text"]["text"] == "Reminders in this channel"
    assert "1 day" in visible_text(listed)


async def test_runner_builds_the_adapter_from_settings_alone(
    fake: SlackFake, store: Store, seed_briefing: Briefing
) -> None:
    from bot.runner import create_adapter

    settings = slack_settings(fake, SLACK_APP_TOKEN="xapp-1-A111-3333-fakeapptoken")
    adapter = create_adapter("slack", seeded_deps(store, seed_briefing, settings))
    assert adapter.name == "slack"
    await adapter.start()
    try:
        envelope_id = await fake.push_slash_command(
            slash_payload("/who", "kamikawa", response_url=fake.response_url("run"))
        )
        await fake.wait_ack(envelope_id)
        assert "Yoko Kamikawa" in visible_text(await fake.wait_response("run"))
    finally:
        await adapter.close()
    await adapter.wait_closed()  # returns once closed
