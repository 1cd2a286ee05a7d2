"""The order of a sentence's weekdays: "in X on Monday and Tuesday, then fly to Y on Wednesday" (the Wednesday
after them, not the first Wednesday from the day of writing)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefings.extract.dates import DateMention

_WEEKDAY_ONLY = re.compile(r"(?:[Oo]n\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")
_THEN = re.compile(r"\bthen\b")
_SAID_BEFORE = re.compile(r"\b(?:said|says|announced|told|stated|confirmed)\b[^.;]{0,12}$")


def later_weekdays(text: str, out: list[DateMention]) -> list[DateMention]:
    """A bare weekday that "then" follows earlier weekdays of the same sentence with falls on or after the day
    they begin; a statement's day ("..., the ministry said Wednesday") is left alone."""
    first: date | None = None  # the day the earlier weekdays begin on
    after = 0  # where the earlier weekdays end
    for k, d in enumerate(out):
        weekday = d.relative and bool(_WEEKDAY_ONLY.fullmatch(text, d.start, d.end) or d.end_date)
        if not weekday:
            continue
        if (
            first is not None
            and not d.end_date
            and d.date < first
            # "..., then fly to Y on Wednesday": a sequence ("Ahead of the summit on Thursday, A will meet B
            # on Wednesday" is not one)
            and _THEN.search(text, after, d.start)
            and not _SAID_BEFORE.search(text, max(0, d.start - 40), d.start)
        ):
            out[k] = d = replace(d, date=d.date + timedelta(days=7 * -(-(first - d.date).days // 7)))
        first, after = d.date, d.end
    return out
