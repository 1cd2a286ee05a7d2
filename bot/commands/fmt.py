"""Small formatting helpers shared by the command handlers: dates, countdowns, flags and citations."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pycountry

from briefings.models import Evidence, SourceRef

UTC = ZoneInfo("UTC")
MAX_SENTENCE = 300  # long sentences are cut so a footer stays within every platform's limit

# Organisations have no ISO 3166 entry but do have a flag emoji.
_EXTRA_FLAGS = {"european union": "🇪🇺", "eu": "🇪🇺", "united nations": "🇺🇳", "un": "🇺🇳"}


def zone(name: str | None) -> tzinfo:
    """The IANA zone called `name`, or UTC when it is missing or unknown."""
    if not name:
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def long_date(d: date) -> str:
    """'Wednesday, July 28, 2027'."""
    return f"{d:%A}, {d:%B} {d.day}, {d.year}"


def short_date(d: date) -> str:
    """'July 28, 2027'."""
    return f"{d:%B} {d.day}, {d.year}"


def clock(dt: datetime) -> str:
    """'10:00 JST' (24-hour time with the zone's abbreviation)."""
    return f"{dt:%H:%M} {dt.tzname() or ''}".rstrip()


def day_start(d: date, tz: tzinfo) -> datetime:
    """Midnight at the start of `d` in `tz`, as an aware datetime."""
    return datetime.combine(d, time(0, 0), tzinfo=tz)


def days_phrase(days: int) -> str:
    """'today', 'tomorrow', 'in 241 days', 'yesterday', '3 days ago'."""
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    if days == -1:
        return "yesterday"
    return f"in {days} days" if days > 0 else f"{-days} days ago"


def relative_phrase(delta: timedelta) -> str:
    """'in 3 days', '2 hours ago', 'in 5 minutes', 'now' for a signed time difference."""
    seconds = int(delta.total_seconds())
    future = seconds >= 0
    n = abs(seconds)
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if n >= size:
            count = n // size
            text = f"{count} {unit}{'' if count == 1 else 's'}"
            return f"in {text}" if future else f"{text} ago"
    return "now"


def offset_label(dt: datetime) -> str:
    """'UTC+09:00' for an aware datetime."""
    off = dt.utcoffset() or timedelta(0)
    sign = "+" if off >= timedelta(0) else "-"
    minutes = abs(int(off.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


@lru_cache(maxsize=512)
def flag(country: str | None) -> str:
    """The flag emoji of a country name ('Peru' → 🇵🇪), or '' when it has none."""
    if not country:
        return ""
    key = country.strip().casefold()
    if key in _EXTRA_FLAGS:
        return _EXTRA_FLAGS[key]
    try:
        return str(getattr(pycountry.countries.lookup(country.strip()), "flag", "") or "")
    except LookupError:
        pass
    # Short forms such as "Russia" or "South Korea": a country whose name contains the words.
    # (pycountry's search_fuzzy did this at 8-40 ms a call; this scan of ~250 names is ~0.1 ms.)
    for names, mark in _country_names():
        if any(key in n for n in names):
            return mark
    return ""


@lru_cache(maxsize=1)
def _country_names() -> tuple[tuple[tuple[str, ...], str], ...]:
    """Every country's casefolded names with its flag."""
    return tuple(
        (
            tuple(
                (getattr(c, a, "") or "").casefold()
                for a in ("name", "common_name", "official_name")
                if getattr(c, a, "")
            ),
            str(getattr(c, "flag", "") or ""),
        )
        for c in pycountry.countries
    )


def with_flag(country: str | None) -> str:
    """'🇵🇪 Peru', 'NATO', or '' when no country is known."""
    if not country:
        return ""
    mark = flag(country)
    return f"{mark} {country}" if mark else country


def quote_sentence(text: str) -> str:
    """A source sentence in quotation marks, shortened when very long."""
    text = " ".join(text.split())
    if len(text) > MAX_SENTENCE:
        text = text[: MAX_SENTENCE - 1].rstrip() + "…"
    return f"“{text}”"


def source_label(source: SourceRef) -> str:
    """'Title (path)' or just the title when the path is unknown or the same."""
    if source.source and source.source != source.title:
        return f"{source.title} ({source.source})"
    return source.title


def cite(source: SourceRef, evidence: Evidence | None = None) -> str:
    """The footer citation: 'Source: Title (path) — sentence 3: “…”'."""
    text = f"Source: {source_label(source)}"
    if evidence is not None:
        text += f" — sentence {evidence.sentence + 1}: {quote_sentence(evidence.text)}"
    return text


def join_names(names: list[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
