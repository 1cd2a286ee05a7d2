"""Render a `Reply` as a Slack Block Kit message (header, sections, fields, source context).

Every plain string is escaped (`&`, `<`, `>`), stripped of invisible and bidi control characters and has
its mrkdwn control characters neutralised, so text from users or articles can never become a mention, a
link or formatting. Slack's size limits are kept: text is cut cleanly with "…" and a note says how to see
more.
"""

from __future__ import annotations

import re
from datetime import UTC
from typing import Any

from bot.reply import Field, Moment, Reply, Text

MAX_BLOCKS = 50
MAX_SECTION_TEXT = 3000
MAX_FIELDS = 10
MAX_FIELD_TEXT = 2000
MAX_HEADER = 150
MAX_FALLBACK = 3000
MAX_NAME = 200  # a field name is bold on one line; longer names are cut before the value is laid out

ELLIPSIS = "…"
CUT_NOTE = (
    "Part of this answer was cut to fit Slack. Ask about one item (for example `/who NAME` or "
    "`/talks EVENT`) to see more."
)

# Zero-width, soft hyphen and bidi control characters: they hide text or reorder what follows them.
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# Lookalikes for mrkdwn markers: Slack has no backslash escape, so the markers are replaced.
_MARKERS = str.maketrans({"*": "\u2217", "~": "\u223c", "`": "\u02cb"})
_UNDERSCORE = re.compile(r"(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])")
_QUOTE_START = re.compile(r"^([ \t]*)>", re.MULTILINE)
_BROADCAST = re.compile(r"@(channel|here|everyone|group)\b", re.IGNORECASE)


def escape(text: str) -> str:
    """Make plain text safe for mrkdwn: no mentions, links, formatting or hidden characters."""
    text = _INVISIBLE.sub("", text)
    text = text.translate(_MARKERS)
    text = _UNDERSCORE.sub("\u02cd", text)
    text = _QUOTE_START.sub("\\1\u203a", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    # A word joiner keeps "@channel" from being read as a broadcast if Slack ever parses it.
    return _BROADCAST.sub("@\u2060\\1", text)


def escape_plain(text: str) -> str:
    """Make text safe for a plain_text object (header): one line, entities escaped, nothing hidden."""
    text = " ".join(_INVISIBLE.sub("", text).split())
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def moment_fallback(moment: Moment) -> str:
    """The UTC ISO 8601 text shown where Slack cannot format a date token."""
    at = moment.at.astimezone(UTC)
    return at.strftime("%Y-%m-%d") if moment.style == "date" else at.strftime("%Y-%m-%dT%H:%MZ")


def moment_token(moment: Moment) -> str:
    """A `<!date^...>` token that Slack shows in each reader's own timezone."""
    pattern = {"full": "{date_long_pretty} {time}", "relative": "{ago}", "date": "{date_long_pretty}"}
    return f"<!date^{moment.unix}^{pattern[moment.style]}|{moment_fallback(moment)}>"


def mrkdwn(text: Text) -> str:
    """Inline parts as mrkdwn: strings escaped, moments as date tokens."""
    return "".join(escape(p) if isinstance(p, str) else moment_token(p) for p in text)


def fallback_text(text: Text) -> str:
    """Inline parts as escaped text with moments in UTC (for notifications)."""
    return "".join(escape(p) if isinstance(p, str) else moment_fallback(p) for p in text)


def units(text: str) -> int:
    """Length as Slack counts it (UTF-16 code units), so emoji never push a text past a limit."""
    return len(text.encode("utf-16-le")) // 2


def cut(text: str, limit: int) -> tuple[str, bool]:
    """Cut escaped mrkdwn to `limit` units, ending in "…"; never inside an entity or a `<...>` token."""
    if units(text) <= limit:
        return text, False
    budget = limit - units(ELLIPSIS)
    end, used = 0, 0
    while end < len(text):
        used += 2 if ord(text[end]) > 0xFFFF else 1
        if used > budget:
            break
        end += 1
    head = text[:end]
    # Never leave half a date token or half an entity behind.
    if head.rfind("<") > head.rfind(">"):
        head = head[: head.rfind("<")]
    amp = head.rfind("&")
    if amp > head.rfind(";"):
        head = head[:amp]
    space = max(head.rfind(" "), head.rfind("\n"))
    if space > len(head) * 0.8:
        head = head[:space]
    return head.rstrip() + ELLIPSIS, True


def _labelled(field: Field, limit: int) -> tuple[str, bool]:
    """A field as "*name*\\nvalue", cut to `limit`."""
    name, name_cut = cut(" ".join(escape(field.name).split()), MAX_NAME)
    value = mrkdwn(field.value).strip() or "—"
    body = f"*{name}*\n{value}" if name else value
    text, value_cut = cut(body, limit)
    return text, name_cut or value_cut


def _field_blocks(fields: list[Field]) -> tuple[list[dict[str, Any]], bool]:
    """Inline fields side by side (at most 10 a section); other fields each in a section of their own."""
    blocks: list[dict[str, Any]] = []
    truncated = False
    group: list[dict[str, Any]] = []

    def flush() -> None:
        if group:
            blocks.append({"type": "section", "fields": list(group)})
            group.clear()

    for f in fields:
        if f.inline:
            text, was_cut = _labelled(f, MAX_FIELD_TEXT)
            group.append({"type": "mrkdwn", "text": text, "verbatim": True})
            if len(group) == MAX_FIELDS:
                flush()
        else:
            flush()
            text, was_cut = _labelled(f, MAX_SECTION_TEXT)
            blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": text, "verbatim": True}})
        truncated = truncated or was_cut
    flush()
    return blocks, truncated


def _context(text: str) -> dict[str, Any]:
    """A context block of one mrkdwn element."""
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text, "verbatim": True}]}


def render_slack(reply: Reply) -> dict[str, Any]:
    """The reply as `{"blocks", "text", "response_type"}` for respond() or chat.postMessage."""
    blocks: list[dict[str, Any]] = []
    truncated = False
    if reply.kind == "error":
        text, truncated = cut(f":warning: {escape(reply.title)}", MAX_SECTION_TEXT)
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": text, "verbatim": True}})
    else:
        title, truncated = cut(escape_plain(reply.title) or "briefbot", MAX_HEADER)
        blocks.append({"type": "header", "text": {"type": "plain_text", "text": title, "emoji": True}})
    description = mrkdwn(reply.description).strip()
    if description:
        text, was_cut = cut(description, MAX_SECTION_TEXT)
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": text, "verbatim": True}})
        truncated = truncated or was_cut
    field_blocks, fields_cut = _field_blocks(reply.fields)
    blocks.extend(field_blocks)
    truncated = truncated or fields_cut

    tail: list[dict[str, Any]] = []
    if reply.footer:
        footer = reply.footer if reply.footer.startswith("Source") else f"Source: {reply.footer}"
        source, source_cut = cut(escape(footer), MAX_SECTION_TEXT)
        tail.append(_context(source))
        truncated = truncated or source_cut
    room = MAX_BLOCKS - len(tail) - 1  # one block is kept free for the note
    if len(blocks) > room + 1 or truncated:
        truncated = truncated or len(blocks) > room + 1
        blocks = blocks[:room]
        tail.insert(0, _context(f"{ELLIPSIS} {CUT_NOTE}"))
    blocks.extend(tail)

    return {
        "blocks": blocks,
        "text": _fallback(reply),
        "response_type": "ephemeral" if reply.ephemeral else "in_channel",
    }


def _fallback(reply: Reply) -> str:
    """The plain `text` Slack shows in notifications and where blocks cannot be displayed."""
    parts = [escape(" ".join(reply.title.split()))]
    description = fallback_text(reply.description).strip()
    if description:
        parts.append(description)
    text, _ = cut("\n".join(parts), MAX_FALLBACK)
    return text
