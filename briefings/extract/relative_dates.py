"""Relative day words resolved against a reference date ("tomorrow", "next Friday", "Thursday and Friday")."""

from __future__ import annotations

import re
from datetime import date, timedelta

_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
_W_FULL = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
RELATIVE = re.compile(
    rf"\b((?:[Oo]n\s+)?{_W_FULL},?\s+(?:of\s+)?(?:next|this)\s+week|"  # "Thursday next week"
    r"(?:[Tt]oday|[Tt]onight|[Tt]omorrow|[Yy]esterday|[Nn]ext week|[Tt]his week|later this week|"
    r"[Tt]his (?:morning|afternoon|evening))|"
    rf"(?:[Tt]his|[Nn]ext|[Oo]n|[Ll]ast)\s+{_W_FULL}|{_W_FULL})\b"
)
# "Thursday and Friday", "from tonight until Sunday", "Monday-Tuesday"
WD_RANGE = re.compile(
    # "from Monday next week to Friday": the week after the first day
    rf"\b((?:[Nn]ext\s+)?{_W_FULL}(?:\s+next\s+week)?|[Tt]o(?:day|night|morrow))(?:\s+(?:and|to|through|until|till)\s+|\s*[-–]\s*)({_W_FULL})\b"
    # "on Friday and Saturday next week": the week both days are in
    r"(,?\s+next\s+week\b)?"
)
# "this weekend", "the coming weekend": the Saturday and Sunday of the reference date's week
_WEEKEND = re.compile(r"\b(?:[Tt]his|[Tt]he\s+coming)\s+weekend\b")
# "next week, departing Sunday and returning Friday": the journey's first and last days
_AWAY = re.compile(
    rf"\b(?:([Nn]ext\s+week),?\s+)?(?:departing|leaving)\s+(?:on\s+)?({_W_FULL})\s+and\s+"
    rf"(?:returning|coming\s+back|back)\s+(?:on\s+)?({_W_FULL})\b(,?\s+next\s+week\b)?"
)
# "..., who met in X on Monday, will ...": a relative clause's past meeting inside a future sentence
WHO_MET = re.compile(
    r"\bwho\s+(?:last\s+|first\s+|also\s+)?(?:met|held|hosted|visited|attended|gathered|arrived)\b[^.;,]{0,40}?\s(?:on\s+)?$"
)
# "from Friday next week to Aug. 22": a weekday opening a range a full date closes
_TO_DATE = re.compile(r"\s+(?:to|until|till|through|-|–)\s+")
_FROM_BEFORE = re.compile(r"\b(?:[Ff]rom|[Bb]etween)\s+$")


def opens_range(text: str, a: int, b: int, d_start: int) -> bool:
    """The weekday at text[a:b] opens a "from ... to" range that the full date at d_start closes."""
    m = _TO_DATE.match(text, b)
    return m is not None and m.end() == d_start and bool(_FROM_BEFORE.search(text, max(0, a - 10), a))


# every RELATIVE match holds one of these
DAY_WORDS = ("day", "onight", "omorrow", "week", "his morning", "his afternoon", "his evening")


def relative_date(word: str, ref: date, past: bool = False) -> date | None:
    """A relative day word against the reference date ("tomorrow", "next Friday", "on Friday")."""
    w = word.lower().split()
    if len(w) > 1 and w[0] == "on" and w[-1] == "week":
        w = w[1:]
    if (
        w == ["today"]
        or w == ["tonight"]
        or (w[0] == "this" and w[-1] in ("morning", "afternoon", "evening"))
    ):
        return ref
    if w == ["tomorrow"]:
        return ref + timedelta(days=1)
    if w == ["yesterday"]:
        return ref - timedelta(days=1)
    if w[-1] == "week" and len(w) >= 3 and w[0].rstrip(",") in _WEEKDAYS:
        monday = ref - timedelta(days=ref.weekday()) + timedelta(days=7 if w[-2] == "next" else 0)
        return monday + timedelta(days=_WEEKDAYS[w[0].rstrip(",")])
    if w[-1] == "week":
        if w[0] == "next":
            return ref + timedelta(days=7 - ref.weekday())
        return None
    wd = _WEEKDAYS.get(w[-1].rstrip("."))
    if wd is None:
        return None
    delta = (wd - ref.weekday()) % 7
    if w[0] == "last" or (past and w[0] != "next"):
        # "met on Saturday" in a text of that Saturday: the same day; "last Saturday": a week back
        back = (ref.weekday() - wd) % 7 or (7 if w[0] == "last" else 0)
        return ref - timedelta(days=back)
    if w[0] == "next" and wd >= ref.weekday():
        # "next Tuesday" said on a Monday: the Tuesday of next week ("this Tuesday" is tomorrow)
        return ref - timedelta(days=ref.weekday()) + timedelta(days=7 + wd)
    return ref + timedelta(days=delta)


def day_spans(text: str, start: int, end: int, ref: date) -> list[tuple[int, int, date, date]]:
    """Spans of days in text[start:end] that words give: "this weekend" (the Saturday and Sunday of the
    reference date's week) and "departing Sunday and returning Friday" (next week's, where it says so)."""
    out: list[tuple[int, int, date, date]] = []
    seg = text[start:end]
    for m in _WEEKEND.finditer(text, start, end) if "weekend" in seg else ():
        saturday = ref - timedelta(days=ref.weekday()) + timedelta(days=5)
        out.append((m.start(), m.end(), saturday, saturday + timedelta(days=1)))
    for m in _AWAY.finditer(text, start, end) if "return" in seg or " back " in seg else ():
        first, last = relative_date(m[2], ref), relative_date(m[3], ref)
        if m[1] or m[4]:
            # "next week, departing Sunday and returning Friday": the return in next week, the
            # departure the day of that name before it
            last = relative_date(f"{m[3]} next week", ref)
            back = (last.weekday() - _WEEKDAYS[m[2].lower()]) % 7 or 7 if last else 0
            first = last - timedelta(days=back) if last else None
        if first and last:
            while last < first:
                last += timedelta(days=7)
            out.append((m.start(), m.end(), first, last))
    return out
