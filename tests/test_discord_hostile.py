"""Hostile input through the real bot (issue 4 item 7): every answer is safe, pings nobody, stays readable."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest

from briefings.models import Briefing
from briefings.store import Store
from tests.fakes.discord_fake import Seen
from tests.fakes.discord_harness import BotUnderTest, deps_for, running_bot

NOW = datetime(2024, 7, 21, 9, 0, tzinfo=UTC)

HOSTILE = {
    "empty": "",
    "long": "Kamikawa " * 111,  # 999 characters, past every option's max_length
    "everyone": "@everyone @here",
    "user mention": "<@123> <@123456789012345678>",
    "slack broadcast": "<!channel> <!here>",
    "markdown": "**bold** __under__ ~~strike~~ ||spoiler|| [link](https://evil.example) # heading",
    "code fence": "```py\nimport os\n``` `tick`",
    "invisible": "Kami\u200bkawa \u202eawakimaK\u202c \u2066x\u2069",
    "nobody": "Zebulon Quackenbush",
}
RAW_FORBIDDEN = ["@everyone", "@here", "<@1", "```", "**bold**", "||spoiler", "\u202e", "\u2066", "\n# "]


def assert_safe(seen: Seen) -> None:
    """Nothing in the answer can ping, format or reorder text."""
    assert seen.body["allowed_mentions"] == {"parse": []}
    visible = "\n" + seen.text
    for bad in RAW_FORBIDDEN:
        assert bad not in visible, f"{bad!r} reached the user unescaped:\n{seen.text}"
    assert seen.text.strip()


@pytest.fixture
async def bot(store: Store, seed_briefing: Briefing) -> AsyncIterator[BotUnderTest]:
    """The bot over the seed briefing."""
    store.create_all()
    store.ingest(seed_briefing, "seed-hash")
    async with running_bot(deps_for(store, NOW)) as running:
        yield running


@pytest.mark.parametrize("kind", list(HOSTILE))
async def test_hostile_names_and_queries_get_safe_answers(bot: BotUnderTest, kind: str) -> None:
    text = HOSTILE[kind]
    for name, option in [("who", "name"), ("search", "query"), ("quotes", "person"), ("brief", "briefing")]:
        seen = await bot.fake.command(name, {option: text})
        assert_safe(seen)
        if kind == "long":
            assert seen.ephemeral and "too long" in seen.text
    choices = await bot.fake.autocomplete("who", "name", text)
    assert len(choices) <= 25 and all(1 <= len(c["name"]) <= 100 for c in choices)


async def test_an_empty_required_option_says_what_is_needed(bot: BotUnderTest) -> None:
    seen = await bot.fake.command("who", {"name": ""})
    assert seen.ephemeral and "name" in seen.text and "/who" in seen.text


async def test_a_name_matching_nobody_suggests_who_is_known(bot: BotUnderTest) -> None:
    seen = await bot.fake.command("who", {"name": "Kishy"})
    assert "Nobuo Kishi" in seen.text
    nobody = await bot.fake.command("who", {"name": HOSTILE["nobody"]})
    assert nobody.ephemeral and "Zebulon Quackenbush" in nobody.text and "\n" not in nobody.text


async def test_zero_width_characters_do_not_hide_a_known_name(bot: BotUnderTest) -> None:
    seen = await bot.fake.command("who", {"name": "Kami\u200bkawa"})
    assert_safe(seen)
    assert "Yoko Kamikawa" in seen.text
