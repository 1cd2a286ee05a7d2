"""Dates and times in prose: absolute, ranges, without a year, relative, and clock times."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from datetime import date, time, timedelta
from functools import lru_cache

from briefings.extract.date_numeric import numeric_dates
from briefings.extract.date_order import later_weekdays
from briefings.extract.date_restated import restated_spans
from briefings.extract.literals import has_any
from briefings.extract.regex_guard import class_scan, guarded
from briefings.extract.relative_dates import (
    DAY_WORDS,
    RELATIVE,
    WD_RANGE,
    WHO_MET,
    day_spans,
    opens_range,
    relative_date,
)
from briefings.extract.tense_words import PAST_OR_SAID

_MONTH_NAMES = (
    *("january", "february", "march", "april", "may", "june"),
    *("july", "august", "september", "october", "november", "december"),
)
# full names and three-letter short forms ("jan", "sep"), and "sept"
_MONTHS = {n: i for i, n in enumerate(_MONTH_NAMES, 1)} | {n[:3]: i for i, n in enumerate(_MONTH_NAMES, 1)}
_MONTHS["sept"] = 9
_M = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?|"
    # a heading or cable in capitals: "MARCH 10-11", "24 FEB 2026"
    + "|".join(n.upper() for n in _MONTH_NAMES) + r"|(?:JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\.?)"
)
_W = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"Mon\.?|Tues?\.?|Wed\.?|Thu(?:rs?)?\.?|Fri\.?|Sat\.?|Sun\.?)"
)
_D = r"(\d{1,2})(?:st|nd|rd|th)?"
_SEP = r"\s*(?:-|–|—|to|through|until|and|till)\s*"
_YEAR = r"(?:,?\s+(\d{4})\b)?"
_WD_AFTER = rf"(?:,?\s*\(\s*{_W}\s*\))?"

# "Wednesday, July 8" and "Wednesday (July 8)": the weekday the date restates opens the mention
_WD_OPEN = rf"(?:\b{_W}(?:,?\s+|\s*\(\s*))?"
_WD_BEFORE = rf"(?:{_W},?\s+)?"  # "Wednesday 11 and Thursday 12 March": a weekday before the second day
MONTH_DAY = re.compile(
    rf"{_WD_OPEN}\b({_M})\s+{_D}\b(?:{_YEAR}{_WD_AFTER}{_SEP}{_WD_BEFORE}(?:({_M})\s+)?{_D}\b)?{_YEAR}{_WD_AFTER}"
)
# behind a lookahead of its possible first characters (regex_guard: same matches, fewer tries)
MONTH_DAY = guarded(MONTH_DAY)
DAY_MONTH = class_scan(guarded(re.compile(
    rf"{_WD_OPEN}\b{_D}(?:{_SEP}{_WD_BEFORE}{_D})?\s+(?:of\s+)?({_M})(?!\s+\d{{1,2}}\b)"
    rf"(?:{_YEAR}{_SEP}{_WD_BEFORE}{_D}\s+({_M}))?{_YEAR}{_WD_AFTER}"
)))  # (regex_guard: same matches)
ISO = class_scan(guarded(re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")))  # (regex_guard: same matches)
_MAYBE_DATE = class_scan(guarded(re.compile(
    r"\d|[Tt]o(?:day|night|morrow)|[Yy]esterday|week|day\b|[Tt]his (?:morning|afternoon|evening)"
)))  # (regex_guard: same matches)
TIME = re.compile(
    r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)|\b([01]?\d|2[0-3]):([0-5]\d)\b(?!\s*[ap]\.?m)|"
    r"\b(noon|midday)\b",
    re.I,
)


# "said the forum on May 9 would focus on": reported future
# "last met in X on March 4": an earlier meeting's day, in a sentence that may also speak of the next one
LAST_HELD = re.compile(r"\blast\s+(?:met|held|hosted|visited|convened|spoke)\b[^.;]*$")
# (and a plan in progress: "are arranging to hold a meeting on Dec. 6, sources said Tuesday")
_FUTURE_WORD = class_scan(re.compile(
    r"\b(?:will|would|to be held|is to|are to|shall|scheduled|set to|expected to|"
    # (a schedule's present, "travels to X on Thursday", speaks of days to come)
    r"(?:arranging|planning|preparing)\s+to|(?:travels|heads|flies)\s+to)\b"
))  # (regex_guard: same matches)
# a closing attribution: ", officials said.", ", the ministry told reporters on Friday."
_ATTRIBUTION = re.compile(r",\s+[^,]{0,60}?\b(?:said|says|told|added|reported|according\s+to)\b[^,]{0,60}$")
# a relative clause opening after a date: its tense is not the date's ("..., which had been held in 2015")
_REL_CLAUSE = re.compile(r",\s+(?:which|who|whose)\b")
_REL_WORDS = (", which", ", who")
# "since Washington demanded ...", "since taking office": a clause of earlier events (not "since 2015")
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?![\d(])[^,.;]*")
_NUMERIC_WORDS = ("/", ".", "the ")  # each numeric_dates pattern needs one
_MONTH_STEMS = tuple(n[:3].title() for n in _MONTH_NAMES) + tuple(n[:3].upper() for n in _MONTH_NAMES)
_MAYBE_WORDS = (
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "day", "night", "morrow", "week",
    "his morning", "his afternoon", "his evening",
)  # fmt: skip


@dataclass
class DateMention:
    """A date found in text: span, resolved date(s), and whether the year was assumed."""

    start: int
    end: int
    date: dt.date
    end_date: dt.date | None = None
    year_assumed: bool = False
    relative: bool = False


@dataclass
class TimeMention:
    """A clock time found in text."""

    start: int
    end: int
    time: time


def _month(s: str) -> int:
    return _MONTHS[s.lower().rstrip(".")]


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def resolve_year(month: int, day: int, ref: date, past: bool) -> date | None:
    """The first such day on/after the reference date (or the last on/before it for past events);
    a day in the fortnight before the reference date is taken as just past (news of the week)."""
    recent = _safe(ref.year, month, day)
    if recent and timedelta(0) < ref - recent <= timedelta(days=14):
        return recent
    for y in (ref.year, ref.year - 1, ref.year - 2) if past else (ref.year, ref.year + 1, ref.year + 2):
        d = _safe(y, month, day)
        if d and ((d <= ref) if past else (d >= ref)):
            return d
    return None


def _build(
    ref: date, past: bool, m1: int, d1: int, y1: str | None, m2: int | None, d2: int | None, y2: str | None
) -> tuple[date, date | None, bool] | None:
    year = y2 or y1
    if year:
        start = _safe(int(y1 or year), m1, d1)
        if start is None:
            return None
        end = _safe(int(year), m2 or m1, d2) if d2 else None
        if end and end < start:
            end = None
        return start, end, False
    start = resolve_year(m1, d1, ref, past)
    if start is None:
        return None
    end = None
    if d2:
        end = _safe(start.year, m2 or m1, d2)
        if end and end < start:
            end = _safe(start.year + 1, m2 or m1, d2)
    return start, end, True


def find_dates(text: str, start: int, end: int, ref: date) -> list[DateMention]:
    """Every date mentioned in text[start:end], resolved against a reference date."""
    return list(_find_dates(text, start, end, ref))


@lru_cache(maxsize=1024)
def _find_dates(text: str, start: int, end: int, ref: date) -> tuple[DateMention, ...]:
    seg = text[start:end]
    if seg.isascii() and not has_any(seg, _MAYBE_WORDS):
        return ()  # none of the digits or words a _MAYBE_DATE match needs
    if not _MAYBE_DATE.search(text, start, end):
        return ()
    past_memo: list[bool] = []
    tail_at: list[int] = []

    def is_past(at: int = -1) -> bool:
        # computed on first use only: most sentences hold no date that needs it
        if not past_memo:
            future = bool(_FUTURE_WORD.search(seg))
            # "gather on Wednesday for their first meeting since X demanded ...": the clause's past is its own
            own = _SINCE_CLAUSE.sub("", seg) if "since " in seg else seg
            past_memo.append(bool(PAST_OR_SAID.search(own)) and not future)
            # "The summit opens on Monday, officials said": the attribution's tense is not the clause's
            cut = seg.rfind(", ")
            tail = _ATTRIBUTION.match(seg, cut) if cut > 0 and past_memo[0] else None
            tail_at.append(start + cut if tail else end)
            past_memo.append(bool(PAST_OR_SAID.search(seg, 0, cut)) if tail else past_memo[0])
        return past_memo[0] if at >= tail_at[0] else past_memo[1]

    # literal words each pattern needs: a pattern whose words are absent cannot match, so it is not run
    months = has_any(seg, _MONTH_STEMS)
    days = has_any(seg, DAY_WORDS)
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    for m in ISO.finditer(text, start, end) if "-" in seg else ():
        d = _safe(int(m[1]), int(m[2]), int(m[3]))
        if d:
            out.append(DateMention(m.start(), m.end(), d))
            taken.append(m.span())

    def past_at(at: int) -> bool:
        # "..., and will meet Y on Monday. The two last held talks on March 4": that clause is past
        if "last " in seg and LAST_HELD.search(text, max(start, at - 60), at):
            return True
        if "who " in seg and WHO_MET.search(text, max(start, at - 60), at):
            return True  # "The ministers, who met in X on Monday, will hold ...": the clause's own past
        if not is_past(at):
            return False
        if has_any(seg, _REL_WORDS) and in_present_clause(text, start, at):
            return False  # "The X, which runs from Feb. 13 to 15, comes ... since it was founded in 1963"
        # "The trip ends in X on December 3, with talks which had not been held since 2015": the
        # relative clause after the date is past, the date's own clause is not
        rel = _REL_CLAUSE.search(text, at, end) if has_any(seg, _REL_WORDS) else None
        return rel is None or bool(PAST_OR_SAID.search(text, start, rel.start()))

    for m in MONTH_DAY.finditer(text, start, end) if months else ():
        if not free(*m.span()):
            continue
        b = _build(
            ref,
            past_at(m.start()),
            _month(m[1]),
            int(m[2]),
            m[3],
            _month(m[4]) if m[4] else None,
            int(m[5]) if m[5] else None,
            m[6],
        )
        if b:
            out.append(DateMention(m.start(), m.end(), b[0], b[1], b[2]))
            taken.append(m.span())
    for m in DAY_MONTH.finditer(text, start, end) if months else ():
        if not free(*m.span()):
            continue
        d1, d2, mon = int(m[1]), int(m[2]) if m[2] else None, _month(m[3])
        if m[5]:  # "29 June to 2 July 2019"
            b = _build(ref, past_at(m.start()), mon, d1, m[4], _month(m[6]), int(m[5]), m[7])
        else:
            b = _build(ref, past_at(m.start()), mon, d1, m[7], None, d2, None)
        if b:
            out.append(DateMention(m.start(), m.end(), b[0], b[1], b[2]))
            taken.append(m.span())
    for x in numeric_dates(text, start, end, ref, is_past(start)) if has_any(seg, _NUMERIC_WORDS) else ():
        if free(x.start, x.end):  # "Friday (6/2)", "24.9.2026", "on the 30th"
            out.append(DateMention(x.start, x.end, x.first, x.last, x.year_assumed))
            taken.append((x.start, x.end))
    for at, to, lo, hi in day_spans(text, start, end, ref) if days else ():
        if free(at, to):  # "this weekend", "departing Sunday and returning Friday"
            if lo > ref and is_past(at):  # "met in X this weekend", written on the Monday: the one before
                lo, hi = lo - timedelta(days=7), hi - timedelta(days=7)
            out.append(DateMention(at, to, lo, hi, relative=True))
            taken.append((at, to))
    for m in WD_RANGE.finditer(text, start, end) if "day" in seg else ():
        if not free(*m.span()) or any(
            abs(m.start() - d.end) < 25 or abs(d.start - m.end()) < 25 for d in out
        ):
            continue
        past = past_at(m.start())  # the clause's own tense ("..., which meets on Saturday and Sunday")
        if m[3] and "week" not in m[1]:
            # "Friday and Saturday next week": the last day in the next week, the first the one before it
            # ("from Sunday to Friday next week": the Sunday that opens that Friday's week)
            last, one = relative_date(f"{m[2]} next week", ref), relative_date(m[1], ref)
            first = last - timedelta(days=(last.weekday() - one.weekday()) % 7) if last and one else None
        else:
            first, last = relative_date(m[1], ref, past), relative_date(m[2], ref, past)
        if first and last:
            while last < first:  # "from Monday next week to Wednesday": the week of the first day
                last += timedelta(days=7)
            out.append(DateMention(m.start(), m.end(), first, last, relative=True))
            taken.append(m.span())
    for m in RELATIVE.finditer(text, start, end) if days else ():
        # a weekday next to a full date restates it ("Thursday (March 5)"); next to a weekday: another day
        if not free(*m.span()) or any(
            (abs(m.start() - d.end) < 25 or abs(d.start - m.end()) < 25)
            and not opens_range(text, m.start(), m.end(), d.start)
            for d in out
            if not d.relative
        ):
            continue
        at = m.start()
        d = relative_date(m[1], ref, is_past(at) or ("who " in seg and bool(WHO_MET.search(text, start, at))))
        if d:
            out.append(DateMention(m.start(), m.end(), d, relative=True))
    out.sort(key=lambda x: x.start)
    if out and days and months:
        out = restated_spans(text, start, out, ref)  # "tomorrow and Saturday (May 8-9)": one mention
    if out and has_any(seg, _NEXT_DAY_WORDS):
        out = _next_days(text, start, end, out)
    if len(out) >= 2 and ("from" in seg or "etween" in seg):
        out = _join_ranges(text, out)
    if len(out) >= 2 and days:
        out = later_weekdays(text, out)
    return tuple(out)


# "will travel to X on 2 May for talks with B the following day": the day after the date before it
_NEXT_DAY = re.compile(r"\b(?:the\s+)?(?:following|next)\s+day\b")
_NEXT_DAY_WORDS = ("following day", "next day")


def _next_days(text: str, start: int, end: int, out: list[DateMention]) -> list[DateMention]:
    """Add "the following day" / "the next day" as the day after the sentence's date just before it."""
    added = list(out)
    for m in _NEXT_DAY.finditer(text, start, end):
        prev = [d for d in out if d.end <= m.start()]
        if prev:
            p = prev[-1]
            day = (p.end_date or p.date) + timedelta(days=1)
            added.append(DateMention(m.start(), m.end(), day, None, p.year_assumed, p.relative))
    added.sort(key=lambda x: x.start)
    return added


# ", which runs from": a relative clause in the present or future, opening just before a date
_OPEN_CLAUSE = re.compile(r",\s+which\s+(?:[^.;,]{0,40}?\s)?$")


def in_present_clause(text: str, start: int, at: int) -> bool:
    """The date at `at` sits in a ", which ..." clause whose own words hold no past tense."""
    m = _OPEN_CLAUSE.search(text, max(start, at - 50), at)
    if m is None:
        return False
    close = text.find(",", at, at + 60)
    return not PAST_OR_SAID.search(text, m.start(), close if close > 0 else at)


# "from Friday (May 30) to Sunday (Jun 1)": two dates, each after its weekday, are one range
_RANGE_OPEN = re.compile(rf"\b(?:[Ff]rom|[Bb]etween)\s+(?:{_W}\s*\(\s*)?$")
# (a comma may close the first date: "from Friday, May 29, to Sunday, May 31")
_RANGE_GAP = re.compile(rf"\s*\)?,?\s*(?:to|until|till|through|and|-|–|—)\s+(?:{_W}\s*\(\s*)?$")


def _join_ranges(text: str, out: list[DateMention]) -> list[DateMention]:
    """Join "from A to B" / "between A and B" written as two single dates into one range."""
    joined: list[DateMention] = []
    for d in out:
        prev = joined[-1] if joined else None
        if (
            prev is not None
            # a weekday may open it ("from Friday next week to Aug. 22"), the full date closing it
            and (not prev.relative or opens_range(text, prev.start, prev.end, d.start))
            and not d.relative
            and prev.end_date is None
            and d.end_date is None
            and prev.date < d.date <= prev.date + timedelta(days=31)
            and _RANGE_GAP.fullmatch(text, prev.end, d.start)
            and _RANGE_OPEN.search(text, max(0, prev.start - 25), prev.start)
            # "and" joins a range only after "between"
            and (
                "and" not in text[prev.end : d.start]
                or "etween" in text[max(0, prev.start - 25) : prev.start]
            )
        ):
            assumed = prev.year_assumed or d.year_assumed
            joined[-1] = DateMention(prev.start, d.end, prev.date, d.date, assumed)
            continue
        joined.append(d)
    return joined


def find_times(text: str, start: int, end: int) -> list[TimeMention]:
    """Clock times in text[start:end] ("10:00 a.m.", "14:30", "noon")."""
    out: list[TimeMention] = []
    for m in TIME.finditer(text, start, end):
        if m[6]:
            out.append(TimeMention(m.start(), m.end(), time(12, 0)))
            continue
        if m[3]:
            h, mi = int(m[1]), int(m[2] or 0)
            if not 1 <= h <= 12 or mi > 59:
                continue
            pm = m[3].lower().startswith("p")
            h = (h % 12) + (12 if pm else 0)
        else:
            h, mi = int(m[4]), int(m[5])
        out.append(TimeMention(m.start(), m.end(), time(h, mi)))
    return out


_IN_MONTH_YEAR = re.compile(r"\bin\s+(?:(?P<m>[A-Z][a-z]{2,8})\.?\s+)?(?P<y>(?:19|20)\d\d)\b")


def past_month_year(text: str, start: int, end: int, ref: date) -> bool:
    """text[start:end] names a month or year already over on the reference date ("in September 2023")."""
    for m in _IN_MONTH_YEAR.finditer(text, start, end):
        year, month = int(m["y"]), _MONTHS.get(m["m"].lower()) if m["m"] else None
        if year < ref.year or (month is not None and year == ref.year and month < ref.month):
            return True
    return False
