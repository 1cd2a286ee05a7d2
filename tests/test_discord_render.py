"""Rendering a Reply for Discord: escaping, timestamps, colours and every documented length limit."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

import discord
import pytest
from discord.utils import escape_markdown, escape_mentions
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.render.discord import (
    _INVISIBLE,
    _TOKEN_OPEN,
    COLOURS,
    CONTENT_MAX,
    DESCRIPTION_MAX,
    EMBED_TOTAL_MAX,
    FIELD_NAME_MAX,
    FIELD_VALUE_MAX,
    FIELDS_MAX,
    TITLE_MAX,
    _special,
    escape,
    render_discord,
)
from bot.reply import Field, Moment, Reply, error
from tests.fakes.openapi import shared_validator

AT = datetime(2024, 7, 28, 6, 0, tzinfo=UTC)
UNIX = int(AT.timestamp())
HINT = "… use /brief for the rest"


def embed_of(reply: Reply, **kwargs: Any) -> dict[str, Any]:
    """The embed as Discord receives it, after checking the request it would be sent in."""
    rendered = render_discord(reply, **kwargs)
    embed: discord.Embed = rendered["embed"]
    data = embed.to_dict()
    body = {"type": 4, "data": {"embeds": [data], "allowed_mentions": {"parse": []}}}
    assert shared_validator().check("POST", "/interactions/1/t/callback", [], body) == []
    return dict(data)


def total(embed: dict[str, Any]) -> int:
    """Discord's 6000-character count: title, description, field names and values, footer."""
    fields = sum(len(f["name"]) + len(f["value"]) for f in embed.get("fields", []))
    return (
        len(embed.get("title", ""))
        + len(embed.get("description", ""))
        + fields
        + len(embed.get("footer", {}).get("text", ""))
    )


def test_a_reply_becomes_a_titled_embed_with_fields_footer_and_colour() -> None:
    reply = Reply(
        title="Talks in Tokyo",
        description=["Main event ", Moment(AT, "relative")],
        fields=[Field("Where", ["Tokyo"], inline=True)],
        footer="Source: a.txt — sentence 2",
    )
    kwargs = render_discord(reply)
    assert kwargs["ephemeral"] is False
    assert kwargs["allowed_mentions"].to_dict() == {"parse": []}
    embed = embed_of(reply)
    assert embed["title"] == "Talks in Tokyo"
    assert embed["description"] == f"Main event <t:{UNIX}:R>"
    assert embed["fields"] == [{"name": "Where", "value": "Tokyo", "inline": True}]
    assert embed["footer"]["text"] == "Source: a.txt — sentence 2"
    assert embed["color"] == COLOURS["info"]


@pytest.mark.parametrize(("style", "code"), [("full", "F"), ("relative", "R"), ("date", "D")])
def test_moments_are_timestamps_each_reader_sees_in_their_zone(style: str, code: str) -> None:
    embed = embed_of(Reply(title="t", fields=[Field("When", [Moment(AT, style)])]))  # type: ignore[arg-type]
    assert embed["fields"][0]["value"] == f"<t:{UNIX}:{code}>"


def test_colour_follows_the_kind() -> None:
    assert embed_of(Reply(title="r", kind="reminder"))["color"] == COLOURS["reminder"]
    assert embed_of(Reply(title="e", description=["x"], kind="error"))["color"] == COLOURS["error"]
    assert len(set(COLOURS.values())) == 3


def test_a_bare_error_is_one_private_line_of_content() -> None:
    kwargs = render_discord(error("No one named 'x' in the briefings."))
    assert kwargs == {
        "ephemeral": True,
        "allowed_mentions": kwargs["allowed_mentions"],
        "content": "No one named 'x' in the briefings.",
    }


@pytest.mark.parametrize(
    ("hostile", "forbidden"),
    [
        ("@everyone look", "@everyone"),
        ("@here", "@here"),
        ("<@123456789012345678> hi", "<@1"),
        ("<@123>", "<@123>"),
        ("<@&123456789012345678>", "<@&"),
        ("<#123456789012345678>", "<#1"),
        ("<t:0:R>", "<t:0"),
        ("**bold** and _it_", "**bold**"),
        ("```py\nprint(1)\n```", "```"),
        ("# Heading", "\n# "),
        ("||spoiler||", "||spoiler"),
        ("[click](https://evil.example)", "\n[click]"),
        ("abc\u202edcba", "\u202e"),
        ("zero\u200bwidth\u2060joined", "\u2060"),
    ],
)
def test_plain_text_can_never_ping_link_or_format(hostile: str, forbidden: str) -> None:
    for text in (escape(hostile), embed_of(Reply(title=hostile, description=[hostile]))["description"]):
        assert forbidden not in "\n" + text
    content = render_discord(error(hostile))["content"]
    assert forbidden not in "\n" + content


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab -_*~`|\\[]()<>@#:!&t1\n \u200b\u202e\u2066", max_size=40))
def test_the_fast_path_escapes_exactly_like_the_full_one(text: str) -> None:
    full = escape_mentions(escape_markdown(_TOKEN_OPEN.sub("<\u200b", _INVISIBLE.sub("", text))))
    assert escape(text) == full


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab -_*~`|\\[<@#>\n\r\t\u2028\u3000\u200b\ufeff", max_size=30))
def test_the_special_check_is_the_one_alternation_it_replaces(text: str) -> None:
    one = re.compile(r"[_\\~|*`\[@<]|^\s*[->#]|" + _INVISIBLE.pattern, re.MULTILINE)
    assert _special(text) == bool(one.search(text))


def test_escaping_keeps_the_words() -> None:
    assert escape("@everyone").replace("\u200b", "") == "@everyone"
    assert escape("**bold**").replace("\\", "") == "**bold**"
    assert escape("Kamikawa said: fine") == "Kamikawa said: fine"


def test_title_is_cut_to_256_with_an_ellipsis() -> None:
    embed = embed_of(Reply(title="word " * 100))
    assert len(embed["title"]) <= TITLE_MAX
    assert embed["title"].endswith("…") and "word" in embed["title"]
    assert not embed["title"].endswith(" …")  # cut at a word boundary, no stray space


def test_description_is_cut_to_4096_and_says_how_to_see_more() -> None:
    embed = embed_of(Reply(title="t", description=["sentence. " * 1000]), more_hint=HINT)
    assert len(embed["description"]) <= DESCRIPTION_MAX
    assert embed["description"].endswith(HINT)


def test_a_cut_never_splits_an_escape_or_a_timestamp() -> None:
    stars = embed_of(Reply(title="t", description=["*" * 5000]))["description"]
    body = stars.removesuffix(stars[stars.index("…") :])
    assert len(body) % 2 == 0 and body == "\\*" * (len(body) // 2)
    moments = embed_of(Reply(title="t", description=[Moment(AT)] * 500))["description"]
    assert moments.startswith(f"<t:{UNIX}:F>")
    assert moments.split("…")[0].endswith(f"<t:{UNIX}:F>")


def test_field_name_and_value_limits() -> None:
    embed = embed_of(Reply(title="t", fields=[Field("n" * 300, ["v " * 700])]), more_hint=HINT)
    field = embed["fields"][0]
    assert len(field["name"]) <= FIELD_NAME_MAX and field["name"].endswith("…")
    assert len(field["value"]) <= FIELD_VALUE_MAX and field["value"].endswith(HINT)


def test_empty_field_values_still_show_something() -> None:
    field = embed_of(Reply(title="t", fields=[Field("", [])]))["fields"][0]
    assert field["name"] and field["value"]


def test_more_than_25_fields_keep_24_and_say_how_many_are_hidden() -> None:
    fields = [Field(f"f{i}", [f"v{i}"]) for i in range(30)]
    embed = embed_of(Reply(title="t", fields=fields), more_hint=HINT)
    assert len(embed["fields"]) == FIELDS_MAX
    assert [f["name"] for f in embed["fields"][:24]] == [f"f{i}" for i in range(24)]
    assert embed["fields"][-1]["value"].startswith("6 more not shown")
    assert HINT in embed["fields"][-1]["value"]


def test_the_whole_embed_stays_within_6000_and_says_so() -> None:
    fields = [Field(f"field {i}", ["x " * 600]) for i in range(25)]
    reply = Reply(title="t" * 300, description=["d " * 3000], fields=fields, footer="source " * 300)
    embed = embed_of(reply, more_hint=HINT)
    assert total(embed) <= EMBED_TOTAL_MAX
    assert embed["fields"][-1]["value"] == HINT
    assert len(embed["fields"]) >= 2  # kept what fits, not nothing
    assert len(embed["description"]) >= 1500 and embed["description"].endswith(HINT)


def test_content_is_cut_to_2000() -> None:
    content = render_discord(error("too long " * 400))["content"]
    assert len(content) <= CONTENT_MAX and content.endswith("…")


def test_ephemeral_is_passed_through() -> None:
    assert render_discord(Reply(title="t", ephemeral=True))["ephemeral"] is True
