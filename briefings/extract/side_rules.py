"""Side-meeting rules about the main event: a meeting that only restates it, the visitor and host of a
visit, and the counterpart of a country."""

from __future__ import annotations

import re
from datetime import date

from briefings.extract.dates import DateMention, find_dates
from briefings.extract.events import MainEvent
from briefings.extract.people import People, PersonRec
from briefings.extract.places import cities_in
from briefings.extract.roles import portfolio
from briefings.extract.sentences import Doc
from briefings.extract.side_cues import ASIDE_WORD

_DATELINE_HEAD = re.compile(r"[A-Z][A-Z .'’-]+,\s*$")  # "LIMA, May 2": the dateline's date
# the day of the news, not the meeting
_SAID_ON = re.compile(r"\b(?:said|says|announced|stated)\s+(?:on\s+)?$")


def restates_main(
    doc: Doc, main: MainEvent, a: int, b: int, subject: PersonRec | None, objects: list[PersonRec], ref: date
) -> bool:
    """ "X will meet Y" said again of the main event (same people, or no day/place/"also" of its own)."""
    names = {r.name for r in ([subject] if subject else []) + objects}
    main_set = set(main.event.participants)
    first, last = main.event.date, main.event.end_date or main.event.date
    if first and last and any(not first <= d.date <= last for d in _own_dates(doc, a, b, ref)):
        return False  # a day of its own outside the main event's days: another meeting
    if main_set and names == main_set:
        return True
    if main.trip:
        return False  # a meeting on one leg of a trip
    s = doc.sentence_at(a)
    sa, sb = (s.start, s.end) if s else (a, b)
    dates = find_dates(doc.text, sa, sb, ref)
    cities = {c.name for c, _, _ in cities_in(doc.text, sa, sb, frozenset())}
    aside = ASIDE_WORD.search(doc.text, sa, sb)
    if (
        names <= main_set
        and not _own_dates(doc, sa, sb, ref)
        and not aside
        and main.event.place
        and cities == {main.event.place}
    ):
        return True  # "will travel to X this week for talks with B": the main event's people and city again
    if len(names) >= 2 and names < main_set:
        return False  # a smaller meeting inside the main event's group
    if not dates and not cities and not aside:
        return True  # no day, place or "also" of its own: the main event's programme, not a side meeting
    if not names <= main_set:
        return False
    same_day = any(d.date == main.event.date for d in (find_dates(doc.text, a, b, ref) or dates))
    return same_day and (not cities or cities == {main.event.place})


def _own_dates(doc: Doc, a: int, b: int, ref: date) -> list[DateMention]:
    """The dates of text[a:b] but the dateline's and the day of a statement ("the ministry said Monday")."""
    return [
        d
        for d in find_dates(doc.text, a, b, ref)
        if not _SAID_ON.search(doc.text, max(a, d.start - 20), d.start)
        and not _DATELINE_HEAD.match(doc.text, a, d.start)
    ]


_THE_TWO = re.compile(
    r"\b[Tt]he\s+two\s+(?:[Mm]inisters|[Ll]eaders|[Ss]ecretaries|[Ff]oreign\s+[Mm]inisters)\s+$"
)
_VISIT = re.compile(r"\b(?:[Vv]isit|[Tt]rip|[Tt]ravel)\b")


def visit_pair(doc: Doc, people: People, main: MainEvent, a: int, cue: int, cue_text: str) -> list[PersonRec]:
    """ "During the visit, the two Ministers will co-chair the A-B Dialogue": the visitor and the host."""
    named = re.sub(r"^.*?\b(?:an?|the)\s+", "", cue_text)  # "Norway-Chile Strategic Dialogue"
    if not _THE_TWO.search(doc.text, a, cue) or not _VISIT.search(main.sentence.text):
        return []
    if named in main.event.name or main.event.name in named:
        return []  # the main event itself
    recs = [r for name in main.event.participants for r in people.recs if r.name == name]
    first = recs[0] if recs else None
    other = next((r for r in recs[1:] if first and r.country and r.country != first.country), None)
    return [first, other] if first and other else []


def counterpart(people: People, subject: PersonRec | None, country: str) -> PersonRec | None:
    """The person of `country` holding the subject's portfolio ("his counterparts from Japan")."""
    want = portfolio(subject.role) if subject else None
    same = [r for r in people.recs if r.country == country and r is not subject]
    if want:
        hit = [r for r in same if portfolio(r.role) == want]
        if not hit:  # "Deputy Prime Minister and Defence Minister": the portfolio of one of the roles
            hit = [
                r
                for r in same
                if r.role
                and " and " in r.role
                and any(portfolio(part) == want for part in r.role.split(" and "))
            ]
        return hit[0] if hit else None
    return same[0] if len(same) == 1 else None
