"""Render a `Reply` as Discord message kwargs: an embed (or one line of content), cut to Discord's limits.

Every plain-text part is escaped (markdown, mentions, `<...>` tokens, bidi and zero-width tricks), so user
or article text can never ping, link, or reformat the message. Moments become Discord timestamp tokens,
which each reader sees in their own timezone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import discord
from discord.utils import escape_markdown, escape_mentions

from bot.reply import Field, Moment, Reply, Text

# Discord's documented limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
CONTENT_MAX = 2000
TITLE_MAX = 256
DESCRIPTION_MAX = 4096
FIELDS_MAX = 25
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FOOTER_MAX = 1024  # Discord allows 2048; a citation never needs it, and the rest of the 6000 does
DESCRIPTION_KEEP = 1500  # when over 6000 in all, drop fields before cutting the description below this
EMBED_TOTAL_MAX = 6000

ELLIPSIS = "…"
DEFAULT_MORE_HINT = "… (too long for Discord: ask a narrower question to see the rest)"

COLOURS: dict[str, int] = {"info": 0x5865F2, "error": 0xED4245, "reminder": 0xFEE75C}
MOMENT_CODES: dict[str, str] = {"full": "F", "relative": "R", "date": "D"}

# Bidi overrides/isolates reorder the rest of a line; zero-width spaces and joiners-as-spacers hide text.
# U+200D (zero-width joiner) stays: emoji sequences need it.
_INVISIBLE = re.compile("[\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# `<@id>`, `<#id>`, `<:emoji:id>`, `<t:unix>`, `</cmd:id>`, `<id:customize>` would render as tokens.
_TOKEN_OPEN = re.compile(r"<(?=[@#:!&/]|a:|t:|id:)")


# Anything escape() might change; most text has none of it and skips the (slow) regex passes. The
# characters are one class (searched in one pass); a line's leading mark is looked for apart, at the
# start only when the text is one line (as one alternation of the three, the search cost ~50 % more).
# (_INVISIBLE is one bracketed class: its pattern after the "[" is the rest of this class.)
_SPECIAL_CHAR = re.compile(r"[_\\~|*`\[@<" + _INVISIBLE.pattern[1:])
_LINE_MARK = re.compile(r"^\s*[->#]", re.MULTILINE)
# Labels, usage lines, names and roles recur in every reply: remember the short ones (under 1 MB of
# ASCII text at most).
MEMO_MAX_LEN = 384
MEMO_SIZE = 1024


def escape(text: str) -> str:
    """Plain text made inert on Discord: no markdown, no mentions, no tokens, no bidi tricks."""
    return _escape_memo(text) if len(text) <= MEMO_MAX_LEN else _escape(text)


def _special(text: str) -> bool:
    """Whether escape() might change `text`."""
    if _SPECIAL_CHAR.search(text):
        return True
    if "\n" in text:
        return _LINE_MARK.search(text) is not None
    return _LINE_MARK.match(text) is not None


def _escape(text: str) -> str:
    if not _special(text):
        return text
    text = _INVISIBLE.sub("", text)
    text = _TOKEN_OPEN.sub("<\u200b", text)
    return escape_mentions(escape_markdown(text))


_escape_memo = lru_cache(maxsize=MEMO_SIZE)(_escape)


def moment_token(moment: Moment) -> str:
    """A Discord timestamp token, e.g. `<t:1700000000:F>`."""
    return f"<t:{moment.unix}:{MOMENT_CODES[moment.style]}>"


def _pieces(text: Text) -> list[tuple[str, bool]]:
    """Rendered pieces, each flagged True when it is an atomic token that must not be cut."""
    return [(moment_token(p), True) if isinstance(p, Moment) else (escape(p), False) for p in text]


def _cut_escaped(text: str, room: int) -> str:
    """At most `room` characters of escaped text, ending on a word boundary and never mid-escape."""
    if room <= 0:
        return ""
    cut = text[:room]
    if len(text) > room:
        space = cut.rfind(" ")
        if space >= room - 20 and space > 0:
            cut = cut[:space]
        # An odd run of trailing backslashes would escape the ellipsis (or dangle): drop one.
        trailing = len(cut) - len(cut.rstrip("\\"))
        if trailing % 2:
            cut = cut[:-1]
        # Do not leave a half-escaped mention ("@" followed by nothing) or a dangling zero-width space.
        cut = cut.rstrip("\u200b")
    return cut.rstrip()


def fit(pieces: list[tuple[str, bool]], limit: int, hint: str = ELLIPSIS) -> str:
    """Join pieces; when longer than `limit`, cut cleanly and end with `hint` (whole result ≤ limit)."""
    whole = "".join([p for p, _ in pieces])
    if len(whole) <= limit:
        return whole
    if len(hint) >= limit:
        hint = ELLIPSIS
    room = limit - len(hint)
    out: list[str] = []
    used = 0
    for piece, atomic in pieces:
        if used + len(piece) <= room:
            out.append(piece)
            used += len(piece)
            continue
        if not atomic:
            out.append(_cut_escaped(piece, room - used))
        break
    text = "".join(out).rstrip()
    return f"{text}{hint}"


def text_to_discord(text: Text, limit: int, hint: str = ELLIPSIS) -> str:
    """Escape and join `text` (moments as timestamp tokens), cut to `limit` characters."""
    if len(text) == 1 and isinstance(text[0], str):  # most text is one plain string
        single = escape(text[0])
        if len(single) <= limit:
            return single
        return fit([(single, False)], limit, hint)
    return fit(_pieces(text), limit, hint)


def _field(field: Field, hint: str) -> tuple[str, str, bool]:
    name = text_to_discord([field.name], FIELD_NAME_MAX) or "\u200b"
    value = text_to_discord(field.value, FIELD_VALUE_MAX, hint) or "—"
    return name, value, field.inline


def _embed_size(title: str, description: str, fields: list[tuple[str, str, bool]], footer: str) -> int:
    return len(title) + len(description) + len(footer) + sum(len(n) + len(v) for n, v, _ in fields)


def render_embed(reply: Reply, *, more_hint: str = DEFAULT_MORE_HINT) -> discord.Embed:
    """The reply as one embed within every Discord limit (per part, 25 fields, 6000 in all)."""
    title = text_to_discord([reply.title], TITLE_MAX)
    description = text_to_discord(reply.description, DESCRIPTION_MAX, more_hint)
    # Footers render neither markdown nor mentions: only strip invisible characters.
    footer = _INVISIBLE.sub("", reply.footer or "")
    if len(footer) > FOOTER_MAX:
        footer = footer[: FOOTER_MAX - 1].rstrip() + ELLIPSIS
    fields = [_field(f, more_hint) for f in reply.fields]
    if len(fields) > FIELDS_MAX:
        hidden = len(fields) - (FIELDS_MAX - 1)
        fields = [*fields[: FIELDS_MAX - 1], ("More", f"{hidden} more not shown {more_hint}", False)]

    # Over the 6000 total: fields give way first (from the end, saying so) until the description keeps
    # at least DESCRIPTION_KEEP characters; then the description takes whatever room is left.
    keep = min(len(description), DESCRIPTION_KEEP)
    truncated = False
    while fields and _embed_size(title, "", fields, footer) + keep > EMBED_TOTAL_MAX:
        fields.pop()
        truncated = True
    if truncated:
        note = ("More", more_hint, False)
        while fields and _embed_size(title, "", [*fields, note], footer) + keep > EMBED_TOTAL_MAX:
            fields.pop()
        fields.append(note)
    room = EMBED_TOTAL_MAX - _embed_size(title, "", fields, footer)
    if len(description) > room:
        description = fit(_pieces(reply.description), max(room, 0), more_hint)

    embed = discord.Embed(
        title=title or None,
        description=description or None,
        colour=COLOURS.get(reply.kind, COLOURS["info"]),
    )
    for name, value, inline in fields:
        embed.add_field(name=name, value=value, inline=inline)
    if footer:
        embed.set_footer(text=footer)
    return embed


def render_discord(reply: Reply, *, more_hint: str = DEFAULT_MORE_HINT) -> dict[str, Any]:
    """Keyword arguments for `send_message` / `followup.send` / `channel.send` (drop `ephemeral` there).

    A bare error (title only) becomes one line of content; everything else is one embed.
    """
    kwargs: dict[str, Any] = {
        "ephemeral": reply.ephemeral,
        "allowed_mentions": discord.AllowedMentions.none(),
    }
    if reply.kind == "error" and not reply.description and not reply.fields:
        kwargs["content"] = text_to_discord([reply.title], CONTENT_MAX)
        return kwargs
    kwargs["embed"] = render_embed(reply, more_hint=more_hint)
    return kwargs
