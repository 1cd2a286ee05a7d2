"""Dates written in figures or by day alone: "Friday (6/2)", "24.9.2026", "3.–4.12.2026", "on the 30th"."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from briefings.extract.agenda import WEEKDAY as _W
from briefings.extract.regex_guard import class_scan, guarded
from briefings.extract.relative_dates import relative_date


class NumericDate(NamedTuple):
    """A date written in figures: its span, first and last day, and whether the year was assumed."""

    start: int
    end: int
    first: date
    last: date | None
    year_assumed: bool


# "on Friday (6/2)", "Wednesday (12/8)": day/month in brackets after its weekday (which checks the order)
_WD_SLASH = re.compile(rf"\b({_W}),?\s*\((\d{{1,2}})/(\d{{1,2}})(?:/(\d{{2,4}}))?\)")
# "on 05/07/2026": a full date in slashes, its order the figures' (one over 12) or the writer's habit
# ("from 14 to 16/4/2026", "14-16/04/2026": a first day before a day-first date opens its range)
_SLASHED = re.compile(
    r"\b(?:(\d{1,2})\s*(?:-|–|—|to|and)\s*)?(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b(?!\s*\d{1,2}:\d\d)"
)
# the writer's own order in words: "3 June 2026" (day first) or "June 3, 2026" (month first)
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DAY_WORD_MONTH = re.compile(rf"\b\d{{1,2}}\s+{_MONTHS}\s+(?:19|20)\d\d\b")
_MONTH_WORD_DAY = re.compile(rf"\b{_MONTHS}\s+\d{{1,2}},\s+(?:19|20)\d\d\b")
# "24.9.2026", "on 3.–4.12.2026": day.month.year, European style, with an optional first day before it
_DOTTED = re.compile(r"\b(?:(\d{1,2})\.\s*(?:-|–|—|to|and)\s*)?(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b")
_DOTTED = class_scan(guarded(_DOTTED))  # (regex_guard: same matches)
# "on the 30th", "on the 18th of this month", "set for the 28th": a day of the reference date's month or
# the next
_ORDINAL = re.compile(
    r"\b(?:[Oo]n|for)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?:\s+of\s+(this|next)\s+month)?"
    # a day, not "the 30th anniversary": punctuation or a linking word next
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|to|at|in|for|with|ahead|before|after|when|as|while|where|during)\b)"
)


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _slash(m: re.Match[str], ref: date) -> NumericDate | None:
    day, month = int(m[2]), int(m[3])
    years = [int(m[4]) + (2000 if len(m[4]) == 2 else 0)] if m[4] else [ref.year, ref.year + 1, ref.year - 1]
    found = [d for y in years if (d := _safe(y, month, day))]
    # the weekday must agree with day/month read in that order, else the figures are something else
    found = [d for d in found if relative_date(m[1], d) == d]
    if not found:
        return None
    d = min(found, key=lambda x: abs((x - ref).days))
    return NumericDate(m.start(), m.end(), d, None, not m[4])


@lru_cache(maxsize=256)
def _day_first(text: str) -> bool | None:
    """Whether the text writes its dates in words day first ("3 June 2026": True) or month first ("June 3,
    2026": False); None when it writes none, or both."""
    day_first = _DAY_WORD_MONTH.search(text) is not None
    month_first = _MONTH_WORD_DAY.search(text) is not None
    return day_first if day_first != month_first else None


def _slashed(text: str, m: re.Match[str]) -> NumericDate | None:
    a, b, year = int(m[2]), int(m[3]), int(m[4])
    if a > 12 or b > 12:
        first = a > 12  # "18/05/2026": the figure over 12 is the day
    elif a == b:
        first = True
    elif (order := _day_first(text)) is not None:
        first = order  # "05/07/2026" in a text writing "3 June 2026": 5 July
    else:
        return None
    d = _safe(year, b, a) if first else _safe(year, a, b)
    if d is None:
        return None
    opening = _safe(year, b, int(m[1])) if m[1] and first else None
    if opening is not None and opening < d:
        return NumericDate(m.start(), m.end(), opening, d, False)
    return NumericDate(m.start(2), m.end(), d, None, False)


def _dotted(m: re.Match[str]) -> NumericDate | None:
    last = _safe(int(m[4]), int(m[3]), int(m[2]))
    if last is None:
        return None
    first = _safe(last.year, last.month, int(m[1])) if m[1] else None
    if first is not None and first < last:
        return NumericDate(m.start(), m.end(), first, last, False)
    return NumericDate(m.start(1) if m[1] else m.start(2), m.end(), last, None, False)


def _ordinal(m: re.Match[str], ref: date, past: bool) -> NumericDate | None:
    day = int(m[1])
    if m[2] == "next":
        nxt = ref.replace(day=1) + timedelta(days=32)
        d = _safe(nxt.year, nxt.month, day)
    else:
        d = _safe(ref.year, ref.month, day)
        if d is not None and d < ref and not past and m[2] is None:
            nxt = ref.replace(day=1) + timedelta(days=32)
            d = _safe(nxt.year, nxt.month, day)
    return NumericDate(m.start(), m.end(), d, None, True) if d else None


def numeric_dates(text: str, start: int, end: int, ref: date, past: bool) -> list[NumericDate]:
    """Dates in figures in text[start:end] ("Friday (6/2)", "24.9.2026", "on the 30th")."""
    seg = text[start:end]
    out: list[NumericDate] = []
    if "/" in seg:
        out.extend(x for m in _WD_SLASH.finditer(text, start, end) if (x := _slash(m, ref)))
        taken = [(x.start, x.end) for x in out]
        out.extend(
            x
            for m in _SLASHED.finditer(text, start, end)
            if not any(a <= m.start() < b for a, b in taken) and (x := _slashed(text, m))
        )
    if "." in seg:
        out.extend(x for m in _DOTTED.finditer(text, start, end) if (x := _dotted(m)))
    if "the " in seg:
        out.extend(x for m in _ORDINAL.finditer(text, start, end) if (x := _ordinal(m, ref, past)))
    return out
