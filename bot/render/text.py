"""A Reply as plain text for the console and `briefbot ask`: title, description, fields, source."""

from __future__ import annotations

from datetime import datetime, tzinfo

from bot.commands.fmt import relative_phrase
from bot.reply import Moment, Reply, Text


def _zone_name(tz: tzinfo, at: datetime) -> str:
    """The IANA key of a zone when it has one ('Europe/Paris'), else its abbreviation ('UTC')."""
    key = getattr(tz, "key", None)
    return str(key) if key else (at.tzname() or "local time")


def moment_text(moment: Moment, tz: tzinfo, now: datetime) -> str:
    """A Moment in the reader's zone: full ('Tuesday, July 27, 2027 at 11:00 (Europe/Paris)'),
    date ('July 28, 2027') or relative ('in 3 days')."""
    local = moment.at.astimezone(tz)
    if moment.style == "relative":
        return relative_phrase(moment.at - now)
    if moment.style == "date":
        return f"{local:%B} {local.day}, {local.year}"
    return f"{local:%A}, {local:%B} {local.day}, {local.year} at {local:%H:%M} ({_zone_name(tz, local)})"


def text_of(parts: Text, tz: tzinfo, now: datetime) -> str:
    """Inline parts joined into one string."""
    return "".join(p if isinstance(p, str) else moment_text(p, tz, now) for p in parts)


def _indent(value: str) -> str:
    """Continuation lines of a multi-line field value, indented under its name."""
    return value.replace("\n", "\n  ")


def render_text(reply: Reply, *, tz: tzinfo | None = None, now: datetime | None = None) -> str:
    """The reply as plain text; Moments in `tz` (default: this machine's zone); errors on one line."""
    zone = tz or datetime.now().astimezone().tzinfo
    assert zone is not None
    current = now or datetime.now(zone)
    if reply.kind == "error":
        line = " ".join(reply.title.split())
        extra = " ".join(text_of(reply.description, zone, current).split())
        return f"{line} {extra}".strip()
    out = [reply.title]
    description = text_of(reply.description, zone, current).strip()
    if description:
        out.append(description)
    for f in reply.fields:
        value = text_of(f.value, zone, current).strip()
        if "\n" in value:
            out.append(f"{f.name}:\n  {_indent(value)}")
        else:
            out.append(f"{f.name}: {value}")
    if reply.footer:
        footer = reply.footer if reply.footer.startswith("Source") else f"Source: {reply.footer}"
        out.append(footer)
    return "\n".join(out)
