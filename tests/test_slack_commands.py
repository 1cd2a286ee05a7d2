"""Every command once, and hostile input, through the real Slack adapter in HTTP mode (issue 4 item 7)."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.adapters.slack_app import SlackAdapter
from bot.commands import COMMANDS
from bot.commands.spec import Deps
from briefings.models import Briefing
from briefings.store import Store
from tests.fakes.slack_fake import SlackFake
from tests.fakes.slack_harness import SlashClient, running_adapter, seeded_deps, slack_settings, visible_text

# What a user would type after each command; commands added later get an empty line.
EXAMPLES = {
    "talks": ("", ["Tokyo", "Antony Blinken"]),
    "who": ("kamikawa", ["Yoko Kamikawa", "Foreign Minister", "Japan"]),
    "when": ("", ["Asia/Tokyo", "<!date^"]),
    "topics": ("", ["defence industry integration"]),
    "quotes": ("emanuel", ["Rahm Emanuel", "projecting its power"]),
    "search": ("alliance", ["alliance", "sentence"]),
    "brief": ("", ["Published", "Tokyo"]),
    "help": ("", [f"/{c.name}" for c in COMMANDS]),
}
INVISIBLE = re.compile("[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
MENTION = re.compile(r"<[@#!]|<https?:")


@pytest.fixture
async def fake() -> AsyncIterator[SlackFake]:
    async with SlackFake() as f:
        yield f


@pytest.fixture
def deps(fake: SlackFake, store: Store, seed_briefing: Briefing) -> Deps:
    return seeded_deps(store, seed_briefing, slack_settings(fake))


@pytest.fixture
async def slack(fake: SlackFake, deps: Deps) -> AsyncIterator[SlashClient]:
    adapter: SlackAdapter
    async with running_adapter(deps) as adapter:
        yield SlashClient(adapter, fake)


def mrkdwn_texts(message: dict[str, Any]) -> list[str]:
    """The mrkdwn texts of a message's blocks (what Slack parses for formatting)."""
    out: list[str] = []
    for block in message["blocks"]:
        if block.get("text", {}).get("type") == "mrkdwn":
            out.append(block["text"]["text"])
        out.extend(f["text"] for f in block.get("fields") or [])
        out.extend(e["text"] for e in block.get("elements") or [] if e.get("type") == "mrkdwn")
    return out


def assert_safe(message: dict[str, Any]) -> None:
    """No mention, broadcast, link, hidden character or broken formatting anywhere a reader looks."""
    shown = visible_text(message)
    assert not MENTION.search(shown.replace("<!date^", "")), shown
    assert not re.search(r"@(everyone|here|channel)\b", shown), shown
    assert not INVISIBLE.search(shown), shown
    assert "Traceback" not in shown and "Something went wrong" not in shown
    for text in mrkdwn_texts(message):
        assert "`" not in text and "~" not in text, text
        for line in text.split("\n"):
            assert line.count("*") % 2 == 0, line  # every bold opened is closed on its line


@pytest.mark.parametrize("command", [c.name for c in COMMANDS])
async def test_every_command_answers_in_slack(slack: SlashClient, fake: SlackFake, command: str) -> None:
    text, expected = EXAMPLES.get(command, ("", []))
    reply = await slack.ask(f"/{command}", text)
    shown = visible_text(reply)
    for phrase in expected:
        assert phrase in shown, f"/{command} {text}: {phrase!r} missing from\n{shown}"
    assert reply["blocks"] and reply["text"]
    assert_safe(reply)
    assert fake.block_problems == []


HOSTILE = [
    pytest.param("who", "", id="empty"),
    pytest.param("who", "x" * 1000, id="1000-characters"),
    pytest.param("search", "a " * 500, id="1000-characters-words"),
    pytest.param("who", "@everyone", id="at-everyone"),
    pytest.param("talks", "@here @channel", id="at-here"),
    pytest.param("who", "<@123>", id="user-mention"),
    pytest.param("who", "<!channel>", id="channel-mention"),
    pytest.param("search", "<https://evil.test|click here>", id="link"),
    pytest.param("search", "**bold** _it_ ~strike~ `code`", id="markdown"),
    pytest.param("who", "```\nkamikawa\n```", id="code-fence"),
    pytest.param("who", "> quoted\n> lines", id="blockquote"),
    pytest.param("who", "Ka\u200bmi\u200bkawa", id="zero-width"),
    pytest.param("who", "\u202eawakimaK\u202c", id="right-to-left-override"),
    pytest.param("quotes", "\u2067Emanuel\u2069 \ufeff", id="bidi-isolates"),
    pytest.param("who", "Zyxwvut Qponm", id="matches-nobody"),
    pytest.param("nosuchcommand", "hello", id="unknown-command"),
]


@pytest.mark.parametrize(("command", "text"), HOSTILE)
async def test_hostile_input_gets_a_safe_reply(
    slack: SlashClient, fake: SlackFake, command: str, text: str
) -> None:
    reply = await slack.ask(f"/{command}", text)
    assert reply["blocks"], "a reply with something to read"
    assert_safe(reply)
    assert fake.block_problems == []


async def test_mention_typed_by_the_user_is_shown_literally(slack: SlashClient) -> None:
    reply = await slack.ask("/who", "<!channel>")
    shown = visible_text(reply)
    assert "&lt;!channel&gt;" in shown  # Slack displays this as the text "<!channel>", no ping
    assert reply["response_type"] == "ephemeral"  # a miss is shown only to the asker


async def test_name_matching_nobody_gets_suggestions(slack: SlashClient) -> None:
    reply = await slack.ask("/who", "Kamikwa Yoco")
    assert "Yoko Kamikawa" in visible_text(reply)


async def test_typo_still_finds_the_person(slack: SlashClient) -> None:
    reply = await slack.ask("/who", "kamikwa")
    assert reply["blocks"][0]["text"]["text"] == "Yoko Kamikawa"


async def test_empty_required_option_explains_usage(slack: SlashClient) -> None:
    reply = await slack.ask("/who", "")
    shown = visible_text(reply)
    assert "/who" in shown and "NAME" in shown
    assert reply["response_type"] == "ephemeral"


async def test_unknown_command_points_to_help(slack: SlashClient) -> None:
    reply = await slack.ask("/nosuchcommand", "")
    assert "/help" in visible_text(reply)


async def test_code_fence_around_a_name_still_answers_without_a_code_block(slack: SlashClient) -> None:
    reply = await slack.ask("/who", "```kamikawa```")
    assert "```" not in visible_text(reply)
