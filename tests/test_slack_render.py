"""Block Kit rendering: layout, moments, escaping of hostile text, and Slack's size limits."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

import pytest

from bot.render.slack import (
    CUT_NOTE,
    MAX_BLOCKS,
    MAX_FIELD_TEXT,
    MAX_HEADER,
    MAX_SECTION_TEXT,
    escape,
    render_slack,
)
from bot.reply import Field, Moment, Reply, error
from tests.fakes.slack_fake import check_message

AT = datetime(2031, 7, 28, 0, 30, tzinfo=UTC)


def texts(message: dict[str, Any]) -> list[str]:
    """Every text a reader could see, from every block."""
    out: list[str] = []
    for block in message["blocks"]:
        if "text" in block:
            out.append(block["text"]["text"])
        out.extend(f["text"] for f in block.get("fields") or [])
        out.extend(e["text"] for e in block.get("elements") or [])
    return [*out, message["text"]]


def test_layout_header_sections_fields_and_source_context() -> None:
    reply = Reply(
        title="Harbour talks",
        description=["Foreign ministers meet on ", Moment(AT), "."],
        fields=[Field("Place", ["Lisbon"], inline=True), Field("Who", ["Ana Costa, Ben Ode"])],
        footer="Harbour briefing (seeds/harbour.txt), sentence 2",
    )
    msg = render_slack(reply)
    assert [b["type"] for b in msg["blocks"]] == ["header", "section", "section", "section", "context"]
    header, description, inline, who, source = msg["blocks"]
    assert header["text"] == {"type": "plain_text", "text": "Harbour talks", "emoji": True}
    assert description["text"]["type"] == "mrkdwn"
    assert inline["fields"][0]["text"] == "*Place*\nLisbon"
    assert who["text"]["text"] == "*Who*\nAna Costa, Ben Ode"
    assert source["elements"][0]["text"].startswith("Source: Harbour briefing")
    assert msg["response_type"] == "in_channel"
    assert msg["text"].startswith("Harbour talks\nForeign ministers meet on 2031-07-28T00:30Z")
    assert check_message(msg) == []


def test_private_reply_is_ephemeral_and_error_is_a_warning_line() -> None:
    assert render_slack(Reply(title="x", ephemeral=True))["response_type"] == "ephemeral"
    msg = render_slack(error("No one named 'Zed' in the briefings"))
    assert msg["response_type"] == "ephemeral"
    assert msg["blocks"][0]["text"]["text"] == ":warning: No one named 'Zed' in the briefings"


@pytest.mark.parametrize(
    ("style", "token"),
    [
        ("full", "<!date^1942965000^{date_long_pretty} {time}|2031-07-28T00:30Z>"),
        ("relative", "<!date^1942965000^{ago}|2031-07-28T00:30Z>"),
        ("date", "<!date^1942965000^{date_long_pretty}|2031-07-28>"),
    ],
)
def test_moments_become_date_tokens_with_utc_fallback(style: str, token: str) -> None:
    msg = render_slack(Reply(title="t", description=["At ", Moment(AT, style)]))  # type: ignore[arg-type]
    assert msg["blocks"][1]["text"]["text"] == f"At {token}"


@pytest.mark.parametrize(
    "hostile",
    ["<!channel>", "<@U123>", "<!here|here>", "<https://evil.test|click me>", "<#C123>", "<!subteam^S1>"],
)
def test_user_text_never_becomes_a_mention_or_link(hostile: str) -> None:
    msg = render_slack(
        Reply(
            title=hostile,
            description=[f"No one named '{hostile}'"],
            fields=[Field(hostile, [hostile])],
            footer=hostile,
        )
    )
    for text in texts(msg):
        assert "<" not in text.replace("<!date^", ""), text
        assert "&lt;" in text


def test_ampersand_and_angle_brackets_are_escaped_once() -> None:
    assert escape("R&D <b> a > b") == "R&amp;D &lt;b&gt; a &gt; b"


def test_broadcast_words_are_defused() -> None:
    out = escape("ping @everyone and @here and @channel")
    assert "@everyone" not in out and "@here" not in out and "@channel" not in out
    assert out.replace("\u2060", "") == "ping @everyone and @here and @channel"


def test_mrkdwn_markers_in_user_text_do_not_format() -> None:
    out = escape("*bold* _it_ ~gone~ `code` ```fence```\n> quote")
    assert not re.search(r"[*~`]", out)
    assert "_it_" not in out
    assert "\n&gt;" not in out and not out.startswith("&gt;")
    # words keep their letters and intraword underscores stay
    assert "bold" in out and "snake_case" in escape("snake_case")


def test_field_name_with_markers_keeps_the_bold_intact() -> None:
    msg = render_slack(Reply(title="t", fields=[Field("a*b*c\nd", ["v"], inline=True)]))
    text = msg["blocks"][1]["fields"][0]["text"]
    name = text.split("\n")[0]
    assert name.startswith("*") and name.endswith("*") and name.count("*") == 2


def test_zero_width_and_bidi_controls_are_removed() -> None:
    hostile = "Ana\u200b Cos\u202eta\u2066x\u2069\ufeff"
    msg = render_slack(Reply(title=hostile, description=[hostile]))
    for text in texts(msg):
        assert not re.search("[\u200b\u202e\u2066\u2069\ufeff]", text)
    assert msg["blocks"][0]["text"]["text"] == "Ana Costax"


def test_header_is_cut_to_150_with_ellipsis_and_a_note() -> None:
    msg = render_slack(Reply(title="word " * 60))
    header = msg["blocks"][0]["text"]["text"]
    assert len(header) <= MAX_HEADER and header.endswith("…")
    assert not header.endswith(" …")
    assert CUT_NOTE in msg["blocks"][-1]["elements"][0]["text"]
    assert check_message(msg) == []


def test_long_description_is_cut_cleanly_without_splitting_entities_or_tokens() -> None:
    parts: list[str | Moment] = []
    for _ in range(400):
        parts += ["a&b ", Moment(AT), " "]
    msg = render_slack(Reply(title="t", description=parts))
    text = msg["blocks"][1]["text"]["text"]
    assert len(text) <= MAX_SECTION_TEXT and text.endswith("…")
    body = text[:-1]
    assert body.count("<") == body.count(">")
    assert not re.search(r"&[a-z]*$", body)
    assert CUT_NOTE in msg["blocks"][-1]["elements"][0]["text"]
    assert check_message(msg) == []


def test_more_than_ten_inline_fields_spill_into_another_section() -> None:
    fields = [Field(f"F{i}", [f"v{i}"], inline=True) for i in range(23)]
    msg = render_slack(Reply(title="t", fields=fields))
    sections = [b for b in msg["blocks"] if b.get("fields")]
    assert [len(s["fields"]) for s in sections] == [10, 10, 3]
    shown = [f["text"].split("\n")[0] for s in sections for f in s["fields"]]
    assert shown == [f"*F{i}*" for i in range(23)]


def test_field_value_is_cut_at_2000() -> None:
    msg = render_slack(Reply(title="t", fields=[Field("Quote", ["x " * 3000], inline=True)]))
    text = msg["blocks"][1]["fields"][0]["text"]
    assert len(text) <= MAX_FIELD_TEXT and text.endswith("…")
    assert check_message(msg) == []


def test_emoji_count_double_towards_the_limit() -> None:
    msg = render_slack(Reply(title="t", description=["🇯🇵" * 2000]))
    text = msg["blocks"][1]["text"]["text"]
    assert len(text.encode("utf-16-le")) // 2 <= MAX_SECTION_TEXT


def test_at_most_50_blocks_with_the_source_kept_and_a_note() -> None:
    fields = [Field(f"Meeting {i}", ["details"]) for i in range(80)]
    msg = render_slack(Reply(title="t", description=["d"], fields=fields, footer="the source"))
    blocks = msg["blocks"]
    assert len(blocks) == MAX_BLOCKS
    assert blocks[-1]["elements"][0]["text"] == "Source: the source"
    assert CUT_NOTE in blocks[-2]["elements"][0]["text"]
    assert check_message(msg) == []


def test_short_reply_has_no_cut_note() -> None:
    msg = render_slack(Reply(title="t", description=["short"], footer="src"))
    assert all(CUT_NOTE not in t for t in texts(msg))


def test_empty_field_value_is_shown_as_a_dash() -> None:
    msg = render_slack(Reply(title="t", fields=[Field("Place", [], inline=True)]))
    assert msg["blocks"][1]["fields"][0]["text"] == "*Place*\n—"


def test_footer_already_naming_its_source_is_not_prefixed_twice() -> None:
    msg = render_slack(Reply(title="t", footer="Source: Harbour briefing, sentence 2"))
    assert msg["blocks"][-1]["elements"][0]["text"] == "Source: Harbour briefing, sentence 2"


def test_fallback_text_is_escaped_too() -> None:
    msg = render_slack(Reply(title="<!channel> alert", description=["see <@U1> & ", Moment(AT)]))
    assert msg["text"] == "&lt;!channel&gt; alert\nsee &lt;@U1&gt; &amp; 2031-07-28T00:30Z"
