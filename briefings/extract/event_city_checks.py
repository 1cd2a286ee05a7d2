"""Checks `events.build_main` makes on a candidate city of the main event: a speaker's or an earlier
act's place, a town named by its kind, a later year's gathering, a past day's meeting, a guest's name, a
quotation; and the remote-meeting cue; the city a reporting clause closing the main sentence names ("...,
the sources said, speaking at the ministry's weekly briefing in X"); a city only counted in a visit beside a
named venue."""

from __future__ import annotations

import re
from datetime import date

from briefings.extract.dates import DateMention, find_dates
from briefings.extract.gazetteer import City
from briefings.extract.people import People
from briefings.extract.places import UPPER, VENUE_HEAD
from briefings.extract.regex_guard import guarded

# "told reporters at the presidential office in X": where a speaker spoke, not where the meeting is
SPOKE_IN = re.compile(r"\b(?:told|briefed|said|spoke|speaking|briefing)\b[^.;,]{0,60}?\s(?:in|at)\s+$")
# "The announcement was made by the spokesperson at the regular press conference in X": where the news was
# given, not where the meeting is (searched from its sentence's start)
ANNOUNCED_IN = re.compile(r"\bannounc\w*\b[^;]{0,140}?\b(?:press|news)\s+(?:conference|briefing)\s+in\s+$")
# "the framework, signed in X in October": where an earlier act was done, not where anyone meets
DONE_IN = re.compile(
    r"\b(?:signed|agreed|adopted|concluded|launched|established|founded|inked|struck|sealed|unveiled)"
    r"\s+(?:\w+\s+){0,2}?in\s+$"
)
# "in the resort town of X", "on the island of X", "in his hometown of X", "in the Xish resort town of Y Z",
# "in the Xish Alpine resort of Y"
TOWN_OF = re.compile(
    r"\b(?:in|to|at|on)\s+(?:the|his|her|their|its)\s+(?:[A-Za-z-]+\s+){0,3}?"
    r"(?:town|city|village|port|island|resort|hometown|home\s+town)\s+of\s+"
    # a town's name may open with an accented capital ("Évian-les-Bains", "Ústí nad Labem")
    rf"({UPPER}[\w'’-]+(?:\s+{UPPER}[\w'’-]+){{0,2}})\b"
)


# a meeting held at a distance: "talks by videoconference", "will meet virtually", "a video call"
REMOTE = re.compile(
    r"\b(?:(?:by|via|over)\s+(?:an?\s+)?(?:video(?:conference|[\s-]link|[\s-]call)?|videoconferencing|"
    r"tele(?:phone|conference)|phone)|(?:meet|meets|met|hold|holds|held|join|joins|convene|convenes|attend)\s+virtually|(?:virtual|video|online|telephone|phone)\s+"
    r"(?:meeting|talks|summit|call|conference|session|dialogue|consultations?))\b",
    re.I,
)
# behind a lookahead of its possible first characters (regex_guard: same matches, fewer tries)
REMOTE = guarded(REMOTE)
VISIT_SUBJECTS = ("The visit ", "The trip ", "The tour ", "His visit ", "Her visit ", "Their visit ")
HELD_DAYS = re.compile(
    r"\b(?:held|taking\s+place|running)\s+(?:from\s+)?$|"
    # "at the X Dialogue, May 31-June 2" (or "(May 31-June 2)", "from May 31 to June 2"): the days set beside
    # the gathering's own name are its days
    r"\b(?-i:[A-Z])[\w'’-]*\s+(?-i:Talks|Meeting|Summit|Dialogue|Ministerial|Conference|Consultations|Forum|"
    r"Session|Retreat)(?:,\s+|\s+\(\s*|\s+from\s+)$"
)


# "the summit, to be held in X next year", "in X in 2031": a later year's gathering
_LATER_AFTER = re.compile(r",?\s+(?:next\s+year|(?:in\s+)?(20\d\d)\b)")


def later_year(text: str, end: int, dm: DateMention | None) -> bool:
    """The city ending at `end` is dated a later year than the main event ("in Xcity next year")."""
    m = _LATER_AFTER.match(text, end, end + 20) if dm else None
    return m is not None and dm is not None and (m[1] is None or int(m[1]) > dm.date.year)


# "in Xcity on May 30": the day right after a city
_ON_AFTER = re.compile(r",?\s+(?:on\s+)?")


def earlier_day(text: str, end: int, dm: DateMention | None, ref: date) -> bool:
    """The city ending at `end` is dated a day already past, before the main event's ("follows their talks on
    the sidelines of the X Dialogue in Ycity on May 30" under a meeting on Thursday June 4)."""
    if dm is None:
        return False
    gap = _ON_AFTER.match(text, end)
    after = gap.end() if gap else end
    days = [d for d in find_dates(text, after, min(len(text), after + 30), ref) if d.start == after]
    if not days and (month := _IN_MONTH.match(text, end)):
        # "their meeting at the X Summit in Ycity in July": a month of the main event's year already over
        m = _MONTHS.index(month[1][:3].lower()) + 1
        last = date(dm.date.year + m // 12, m % 12 + 1, 1)  # the first day after that month
        return last <= min(ref, dm.date)
    return bool(days) and not days[0].relative and days[0].date < min(ref, dm.date)


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# a month alone after the city, no day or year after it: "in Ycity in July"
_IN_MONTH = re.compile(
    r",?\s+in\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"(?!\s*\d|\s+(?:this|next)\b)"
)


def unnamed_cities(people: People, found: list[tuple[City, int, int]]) -> list[tuple[City, int, int]]:
    """The cities that are no person's name ("will host Xcity Surname, the Minister of ..." names a guest)."""
    if not found:
        return found
    # a one-word mention that is the city itself is no guest: "travel to Xcity" beside "Minister Xcity Y"
    spans = [(m.start, m.end) for m, _ in people.mentions]
    return [c for c in found if not any(a <= c[1] and c[2] <= b and b - a > c[2] - c[1] for a, b in spans)]


def quoted_at(text: str, start: int, at: int) -> bool:
    """text[at] lies inside a quotation opened after start ("data from Mumbai to Trieste")."""
    seg = text[start:at]
    return seg.count("“") > seg.count("”") or seg.count('"') % 2 == 1


# "..., the ministry said, speaking at its weekly press briefing in X", "an official told reporters in Y":
# where the news was given, after the clause reporting it, not the meeting's town
# ", the spokesperson said in a press briefing in X": where the news was given, too
_REPORTED_IN = re.compile(
    # ", ministry spokesman A B told the regular government press conference in X"
    r",\s+(?:speaking|(?:[\w'’-]+\s+){0,5}?(?:told|briefed)\s+(?:\w+\s+){0,3}?"
    r"(?:reporters|journalists|the\s+press|media|briefing|(?:press|news)\s+conference)|(?:[\w'’.-]+\s+){0,6}?said\s+(?:in|at|during)\s+"
    r"(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:briefing|(?:press|news)\s+conference))\b"
    r"[^.;]{0,70}?\s(?:in|at)\s+$"
)


def reported_from(text: str, start: int, found: list[tuple[City, int, int]]) -> list[tuple[City, int, int]]:
    """The cities that are not only where a reporting clause says the news was given (all of them when the
    sentence names no other)."""
    cues = ("speaking", "told", "brief", "conference")
    if len(found) < 1 or not any(w in text[start : found[-1][1]] for w in cues):
        return found
    return [c for c in found if not _REPORTED_IN.search(text, max(start, c[1] - 110), c[1])]


# "first official visit to ", "first to ": the words counting visits right before a city
_FIRST_VISIT_TO = r"first\s+(?:(?:official|state|working)\s+)?(?:(?:visit|trip)\s+)?to\s+$"
# ", his first visit to X since taking office": an aside counting visits to a city, not where the meeting is
_COUNTED = re.compile(rf"\b{_FIRST_VISIT_TO}")


def counted_visit(text: str, start: int, city: tuple[City, int, int], main: tuple[int, int]) -> bool:
    """ "the Prime Minister's first to X since taking office": a city named to count visits to it, while the
    main sentence text[main[0]:main[1]] names the venue ("welcome A to the X Palace")."""
    at = city[1]
    return bool(
        _FIRST_SINCE.match(text, city[2])
        and _COUNTED.search(text, max(start, at - 40), at)
        and venue_named(text, main[0], main[1])
    )


def counted_aside(text: str, start: int, city: tuple[City, int, int]) -> bool:
    """ "... to the White House, the Prime Minister's first to X since taking office": a city counted in an
    aside set off by a comma, after text[start:] names the venue."""
    at = city[1]
    return bool(
        _FIRST_SINCE.match(text, city[2])
        and _FIRST_TO.search(text, max(start, at - 60), at)
        and venue_named(text, start, at)
    )


def venue_named(text: str, start: int, end: int) -> bool:
    """text[start:end] names the meeting's venue as where it is ("welcome X to the White House")."""
    return bool(_TO_VENUE.search(text, start, end))


# ", the Prime Minister's first to X": the counting aside set off by a comma
_FIRST_TO = re.compile(rf",\s+(?:(?:the|his|her|their|its|[A-Z][\w.'’-]*)\s+){{0,4}}{_FIRST_VISIT_TO}")
# "... to X since 2019", "... to X by a Xish defence chief since ...": who made the visits may come between
_FIRST_SINCE = re.compile(
    r"(?:\s+by\s+(?:an?|the|his|her|its|their)\s+(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)?\s+since\b"
)
# "welcome X to the White House", "host Y at the Z Palace": the sentence names the meeting's venue
_TO_VENUE = re.compile(r"\b(?:to|at)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}?" + VENUE_HEAD.pattern)
