"""The spec check the fake applies to every request can fail: it catches what Discord would reject."""

from __future__ import annotations

from typing import Any

import aiohttp
import pytest

from tests.fakes.discord_fake import TOKEN, FakeDiscord
from tests.fakes.openapi import shared_validator

CALLBACK = "/interactions/1/token/callback"


def command(name: str = "who", description: str = "A person", **extra: Any) -> dict[str, Any]:
    """A minimal slash-command payload."""
    return {"name": name, "description": description, "type": 1, **extra}


def test_a_well_formed_message_and_command_list_pass() -> None:
    v = shared_validator()
    message = {"content": "hi", "flags": 64, "allowed_mentions": {"parse": []}}
    assert v.check("POST", CALLBACK, ["with_response"], {"type": 4, "data": message}) == []
    assert v.check("PUT", "/applications/1/guilds/2/commands", [], [command()]) == []
    assert v.check("GET", "/users/@me", [], None) == []


@pytest.mark.parametrize(
    ("method", "path", "query", "body", "complaint"),
    [
        ("POST", CALLBACK, [], {"type": 4, "data": {"content": "x" * 2001}}, "2001 characters"),
        ("POST", CALLBACK, [], {"type": 4, "data": {"embeds": [{"title": "t" * 257}]}}, "embeds/0/title"),
        ("POST", CALLBACK, [], {"type": 4, "data": {"embeds": [{"title": 5}]}}, "embeds/0/title"),
        ("POST", CALLBACK, ["bogus"], {"type": 5}, "undeclared query parameter"),
        ("PUT", "/applications/1/commands", [], [command("Who")], "lowercase"),
        ("PUT", "/applications/1/commands", [], [command("two words")], "lowercase"),
        ("PUT", "/applications/1/commands", [], [command(description="")], "1-100"),
        ("PUT", "/applications/1/commands", [], [command(description="d" * 101)], "1-100"),
        (
            "PUT",
            "/applications/1/commands",
            [],
            [command(options=[{"type": 3, "name": "Name", "description": "x"}])],
            "option of 'who'",
        ),
        ("GET", "/no/such/route", [], None, "no such operation"),
        ("DELETE", "/users/@me", [], None, "no such operation"),
    ],
)
def test_requests_discord_would_reject_are_caught(
    method: str, path: str, query: list[str], body: Any, complaint: str
) -> None:
    problems = shared_validator().check(method, path, query, body)
    assert any(complaint in p for p in problems), problems


async def test_the_fake_answers_400_and_records_a_violation() -> None:
    async with FakeDiscord() as fake, aiohttp.ClientSession() as http:
        url = f"{fake.api_base_url}/channels/1/messages"
        headers = {"Authorization": f"Bot {TOKEN}"}
        async with http.post(url, json={"content": "x" * 2001}, headers=headers) as bad:
            assert bad.status == 400
        async with http.post(url, json={"content": "fine"}, headers=headers) as good:
            assert good.status == 200 and good.headers["Content-Type"] == "application/json"
        async with http.post(url, json={"content": "no auth"}) as anonymous:
            assert anonymous.status == 400
    assert len(fake.violations) == 2
    assert "2001 characters" in fake.violations[0] and "Authorization" in fake.violations[1]
