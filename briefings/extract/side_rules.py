"""Side-meeting rules about the main event: a meeting that only restates it, the visitor and host of a
visit, and the counterpart of a country."""

from __future__ import annotations

import re
from datetime import date

from briefings.extract.dates import LAST_HELD, DateMention, find_dates
from briefings.extract.event_date_score import TRAVEL_DAY
from briefings.extract.events import MainEvent
from briefings.extract.gazetteer import country_of, find_city
from briefings.extract.people import People, PersonRec
from briefings.extract.places import cities_in
from briefings.extract.quote_holders import initials_holder
from briefings.extract.roles import portfolio
from briefings.extract.sentences import Doc, Sentence
from briefings.extract.side_calls import HEAD
from briefings.extract.side_clause_bounds import body_start
from briefings.extract.side_cues import ASIDE_WORD
from briefings.extract.side_gathering_days import day_inside_gathering
from briefings.models import Event

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
    if day_inside_gathering(main, _own_dates(doc, a, b, ref), doc.text[a:b]):
        return False  # "On Saturday, A will hold a four-way meeting with B, C and D": one day of the forum
    if main.event.place and not main.trip and _elsewhere(doc, main.event.place, a, b, ref):
        return False  # "He is due in Warsaw on Friday for talks with B": a day and a city of its own
    stop = _WHERE_CITY.search(doc.text, max(0, a - 60), b)
    if stop and main.event.place and stop[1] != main.event.place and find_city(stop[1]) is not None:
        return False  # "after a stop in Warsaw, where she is due to meet B": a meeting in another city
    met = names - {subject.name} if subject else names
    if subject and len(met) >= 2 and _hosts_met(main, subject, objects):
        return False  # "A will be in X, her first visit to Y ... A is scheduled to meet B and C": the visit's
    if len(names) >= 2 and names <= main_set and _lead_pair(doc, main, a, b, names, ref):
        return True  # "A will visit Xland at B's invitation ... In Xcity, A will hold talks with B"
    if _visit_programme(doc, main, a):
        return False  # "Official Visit of A to X ... B will hold talks with A on Monday": the visit's talks
    if main_set and names == main_set and not (main.trip and not _named_in(main, met)):
        return True  # (a trip whose lead names nobody met: its stops' meetings are legs, not the trip again)
    if main.trip:
        return False  # a meeting on one leg of a trip
    s = doc.sentence_at(a)
    sa, sb = (s.start, s.end) if s else (a, b)
    dates = find_dates(doc.text, sa, sb, ref)
    cities = {c.name for c, _, _ in cities_in(doc.text, sa, sb, frozenset())}
    aside = ASIDE_WORD.search(doc.text, sa, sb)
    prev = doc.sentences[s.index - 1] if s and s.index > 0 and not aside else None
    if prev is not None and s is not None and prev.paragraph == s.paragraph and _OPENS_ASIDE.match(prev.text):
        aside = _OPENS_ASIDE.match(
            prev.text
        )  # "Ahead of the talks, A will meet B. C will host D ...": still aside
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
    if not names <= main_set and _VISIT.search(main.sentence.text):
        return False  # "the Minister is also expected to meet Defence Minister B": another one met on a visit
    if len(names) >= 2 and main_set and not names & main_set:
        return False  # "Minister C will meet D": two people the main event does not have, a meeting of theirs
    if not dates and not cities and not aside:
        return True  # no day, place or "also" of its own: the main event's programme, not a side meeting
    if not names <= main_set:
        return False
    same_day = any(d.date == main.event.date for d in (find_dates(doc.text, a, b, ref) or dates))
    return same_day and (not cities or cities == {main.event.place})


_WHERE_CITY = re.compile(r"\bin\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?),\s+where\b")
_OPENS_ASIDE = re.compile(
    r"\s*(?:[Aa]head\s+of|[Bb]efore|[Aa]fter|[Ff]ollowing|[Oo]n\s+the\s+(?:sidelines|margins)|[Ii]n\s+addition)\b"
)


def _elsewhere(doc: Doc, place: str, a: int, b: int, ref: date) -> bool:
    """text[a:b] gives its meeting a day of its own, in a sentence whose cities are all other than place."""
    s = doc.sentence_at(a)
    if s is None or not _own_dates(doc, a, b, ref):
        return False
    cities = {c.name for c, _, _ in cities_in(doc.text, s.start, s.end, frozenset())}
    return bool(cities) and place not in cities


def _hosts_met(main: MainEvent, subject: PersonRec, objects: list[PersonRec]) -> bool:
    """The main sentence is the visit of the subject alone, and the objects are officials of one other
    country: the people met on the visit, each a meeting of the visit, not the visit said again."""
    countries = {r.country for r in objects}
    return (
        len(countries) == 1
        and None not in countries
        and subject.country not in countries
        and bool(_VISIT.search(main.sentence.text))
        and subject.name.split()[-1] in main.sentence.text
        and not _named_in(main, {r.name for r in objects})
    )


_VISIT_NAME = re.compile(r"\b[Vv]isit\b")
_TRAVEL = re.compile(r"\b(?:visit|travel|trip|arrive|fly|flies|head)", re.IGNORECASE)
# "During the visit, A will co-chair the X-Y Joint Commission Meeting with B": the visit named again beside a
# named meeting of its own is no travel of the sentence's own ("European Commission President B" is an office)
_THE_VISIT = re.compile(r"\b(?:the|this|his|her)\s+visit\b", re.IGNORECASE)
_NAMED_MEETING_OF_ITS_OWN = re.compile(
    r"\b[A-Z][\w'’-]*\s+(?:Meeting|Commission|Dialogue|Consultations)\b(?!\s+[A-Z])"
)


def _visit_programme(doc: Doc, main: MainEvent, a: int) -> bool:
    """A meeting told in a sentence of its own after the lead of a visit the main event is named by."""
    if not _VISIT_NAME.search(main.event.name):
        return False
    s = doc.sentence_at(a)
    if s is None or s.index <= main.sentence.index:
        return False
    own = _NAMED_MEETING_OF_ITS_OWN.search(s.text) is not None
    return not _TRAVEL.search(_THE_VISIT.sub("", s.text) if own else s.text)


def _lead_pair(doc: Doc, main: MainEvent, a: int, b: int, names: set[str], ref: date) -> bool:
    """Everyone met is named in the lead of a visit to a country, and the meeting's sentence has no day of its
    own and no city outside that country."""
    if not all(n.split()[-1] in main.sentence.text for n in names):
        return False
    s = doc.sentence_at(a)
    sa, sb = (s.start, s.end) if s else (a, b)
    if ASIDE_WORD.search(doc.text, sa, sb) or _own_dates(doc, sa, sb, ref):
        return False
    towns = {c.country for c, _, _ in cities_in(doc.text, sa, sb, frozenset())}
    visited = _VISIT_TO.search(main.sentence.text) if len(towns) == 1 else None
    return visited is not None and country_of(visited[1]) in towns


def _named_in(main: MainEvent, names: set[str]) -> bool:
    """One of names is named (by surname) in the main event's sentence."""
    return any(n.split()[-1] in main.sentence.text for n in names)


def _own_dates(doc: Doc, a: int, b: int, ref: date) -> list[DateMention]:
    """The dates of text[a:b] but the dateline's and the day of a statement ("the ministry said Monday")."""
    return [
        d
        for d in find_dates(doc.text, a, b, ref)
        if not _SAID_ON.search(doc.text, max(a, d.start - 20), d.start)
        and not _DATELINE_HEAD.match(doc.text, a, d.start)
        and not LAST_HELD.search(doc.text, max(a, d.start - 60), d.start)  # "they last met on March 4"
        and not TRAVEL_DAY.search(doc.text, max(a, d.start - 45), d.start)  # "fly to X tonight for talks"
    ]


_THE_TWO = re.compile(
    r"\b[Tt]he\s+two\s+(?:[Mm]inisters|[Ll]eaders|[Ss]ecretaries|[Ff]oreign\s+[Mm]inisters)\s+$"
)
_VISIT = re.compile(r"\b(?:[Vv]isit|[Tt]rip|[Tt]ravel)\b")
_VISIT_TO = re.compile(r"\bvisit\s+to\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")


def visit_pair(doc: Doc, people: People, main: MainEvent, a: int, cue: int, cue_text: str) -> list[PersonRec]:
    """ "During the visit, the two Ministers will co-chair the A-B Dialogue": the visitor and the host."""
    named = re.sub(r"^.*?\b(?:an?|the)\s+", "", cue_text)  # "Norway-Chile Strategic Dialogue"
    if not _THE_TWO.search(doc.text, a, cue) or not _VISIT.search(main.sentence.text):
        return []
    if named in main.event.name or main.event.name in named:
        return []  # the main event itself
    recs = [r for name in main.event.participants for r in people.recs if r.name == name]
    # "visit Country for talks with his counterpart B": B is the host though no title was read
    recs += [r for _, r in people.at(main.sentence.start, main.sentence.end) if r not in recs]
    first = recs[0] if recs else None
    other = next((r for r in recs[1:] if first and r.country and r.country != first.country), None)
    return [first, other] if first and other else []


_OF_MINISTRY = re.compile(r"\bof\s+the\s+(?:Ministry|Department)\b")


def counterpart(
    people: People, subject: PersonRec | None, country: str, field: str | None = None
) -> PersonRec | None:
    """The person of `country` holding the subject's portfolio ("his counterparts from Japan"), or with no
    subject the field the text names ("the foreign ministers of X, Y and Z")."""
    want = _held_portfolio(subject.role) if subject else field
    same = [r for r in people.recs if r.country == country and r is not subject]
    if want:
        hit = [r for r in same if portfolio(r.role) == want]
        # "Deputy Prime Minister and Defence Minister", "Deputy Prime Minister – Minister of X": one office's
        hit += [r for r in same if r not in hit and any(portfolio(p) == want for p in _offices(r.role))]
        if len(hit) > 1:  # "Permanent Secretary of the Ministry of X": the ministry's official, not its head
            heads = [r for r in hit if not _OF_MINISTRY.search(r.role or "")]
            hit = heads or hit
        if not hit and len(same) == 1 and portfolio(same[0].role) is None:
            hit = same  # "Xland's A" among the ministers gathered: the one person of that country, untitled
        return hit[0] if hit else None
    return same[0] if len(same) == 1 else None


def _held_portfolio(role: str | None) -> str | None:
    """The portfolio of a role, or of one of the offices it joins ("Deputy Prime Minister and Foreign
    Minister", "Deputy Prime Minister – Minister of Foreign Affairs")."""
    return portfolio(role) or next((p for p in map(portfolio, _offices(role)) if p), None)


def _offices(role: str | None) -> list[str]:
    """The offices a role joins by "and" or a dash (the role alone when it joins none)."""
    return _JOINED_OFFICES.split(role) if role else []


_JOINED_OFFICES = re.compile(r"\s+and\s+|\s+[–—-]\s+")
# "The two are scheduled to meet", "The two ministers will then co-chair": the two the sentence before names
_THE_TWO_ALONE = re.compile(
    r"\s*[Tt]he\s+two\s+(?:(?:ministers|leaders|officials|secretaries)\s+)?(?:are|were|will|would|is)\b"
)
_THE_TWO_OF = re.compile(r"\b[Tt]he\s+two\s+(?P<p>[a-z]+)\s+(?:ministers|secretaries)\b")
_PORTFOLIO_WORDS = {
    "defence": re.compile(r"\bdefen[cs]e\b|\barmed forces\b|\bmilitary\b", re.I),
    "defense": re.compile(r"\bdefen[cs]e\b|\barmed forces\b|\bmilitary\b", re.I),
    "foreign": re.compile(r"\bforeign\b|\bexternal affairs\b|\bsecretary of state\b", re.I),
    "trade": re.compile(r"\btrade\b|\bcommerce\b", re.I),
    "finance": re.compile(r"\bfinance\b|\btreasury\b", re.I),
}


def the_two(people: People, text: str, doc: Doc | None = None, s: Sentence | None = None) -> list[PersonRec]:
    """ "the two trade ministers": the two people of different countries who hold that portfolio; "The
    two are scheduled to meet": the two people the previous sentence names."""
    if doc is not None and s is not None and s.index > 0 and _THE_TWO_ALONE.match(text):
        prev = doc.sentences[s.index - 1]
        named: list[PersonRec] = []
        for _, rec in people.at(prev.start, prev.end) if prev.paragraph == s.paragraph else ():
            if rec not in named:
                named.append(rec)
        return named if len(named) == 2 else []
    m = _THE_TWO_OF.search(text) if "two " in text else None
    rx = _PORTFOLIO_WORDS.get(m["p"]) if m else None
    if rx is None:
        return []
    held = [
        r
        for r in people.recs
        if r.role and rx.search(r.role) and not re.search(r"\b(?:deputy|vice|assistant)\b", r.role, re.I)
    ]
    return held if len(held) == 2 and held[0].country != held[1].country else []


def prev_subject(doc: Doc, people: People, s: Sentence) -> PersonRec | None:
    """The one person named as the subject of the previous sentence of the paragraph ("B will ...")."""
    prev = doc.sentences[s.index - 1] if s.index > 0 else None
    if prev is None or prev.paragraph != s.paragraph:
        return None
    verb = _SUBJECT_END.search(doc.text, prev.start, prev.end)
    start = body_start(prev)  # "MR A: I expect the Secretary will ...": the speaker is no subject
    if verb is None:  # "B leaves X on Sunday.": the name that opens the sentence (after a speaker's label)
        first = people.at(start, min(prev.end, start + 60))
        return first[0][1] if first and first[0][0].span_start == start else None
    named: list[PersonRec] = []
    for mention, rec in people.at(start, verb.start()):
        if _WITH_BEFORE.search(doc.text, max(prev.start, mention.span_start - 40), mention.span_start):
            continue  # "A meeting with B is being arranged": B is met, not the subject
        if rec not in named:
            named.append(rec)
    if not named:  # "The President of the Republic will lay a wreath. He will then meet B": its holder
        tm = _THE_TITLE.fullmatch(doc.text, start, verb.start())
        im = _INITIALS.fullmatch(doc.text, start, verb.start()) if tm is None else None
        # "EAM will call on B. He is also expected to meet C": the holder of the title its initials spell
        return people.by_title(tm[1]) if tm else (initials_holder(people, im[1]) if im else None)
    return named[0] if len(named) == 1 else None


# ("I expect the Secretary will ...": a speaker's frame before the title)
_THE_TITLE = re.compile(
    r"\s*(?:(?:I|We)\s+(?:can\s+)?(?:confirm|expect|understand|anticipate)\s+(?:that\s+)?)?"
    r"[Tt]he\s+((?:[A-Z][\w-]*\s+)+(?:of\s+the\s+[A-Z][\w-]*\s+)?)"
)


_INITIALS = re.compile(r"\s*(?:\d{1,2}\.\s+)?([A-Z]{2,6})\s+")
_WITH_BEFORE = re.compile(r"\bwith\s+(?:[A-Z][\w.'’-]*\s+){0,4}$")


_SUBJECT_END = re.compile(r"\b(?:will|would|is|are|was|were|has|have|had|met|held)\b")


def by_side(subject: PersonRec | None, groups: list[list[PersonRec]]) -> list[list[PersonRec]]:
    """The people met, grouped by their country (or organisation): one meeting with each side; the
    subject's compatriots go to every meeting."""
    if len(groups) != 1 or len(groups[0]) < 2:
        return groups
    own = subject.country if subject else None
    mine = [r for r in groups[0] if own and r.country == own]
    sides: dict[str, list[PersonRec]] = {}
    for r in groups[0]:
        if r not in mine:
            sides.setdefault(r.country or r.name, []).append(r)
    return [mine + v for v in sides.values()] or groups


def separate_hosts(
    doc: Doc, people: People, s: Sentence, subject: PersonRec | None, groups: list[list[PersonRec]]
) -> list[list[PersonRec]]:
    """ "A will also meet Minister B and Minister C" of the country A visits: a visitor's meeting with each of
    the host's officials (a head of state or government with a minister is received together; "The three
    officials will discuss", "They will discuss" after it names one meeting)."""
    if subject is None or subject.country is None or len(groups) != 1 or len(groups[0]) < 2:
        return groups
    met = groups[0]
    if len({r.country for r in met}) != 1 or met[0].country in (None, subject.country):
        return groups
    if any(r.role and HEAD.match(r.role) for r in met) or _FOR_FORMAT.search(s.text):
        return groups  # "meet B and C for the X Consultations": the named format's one meeting
    nxt = doc.sentences[s.index + 1] if s.index + 1 < len(doc.sentences) else None
    if nxt is not None and nxt.paragraph == s.paragraph and _TOGETHER_NEXT.match(nxt.text):
        return groups
    last = max((mn.end for mn, r in people.at(s.start, s.end) if r in met), default=s.end)
    if _SHARED_PURPOSE.match(doc.text, last, s.end):
        return groups  # "will meet with B and C to discuss X": one meeting, its agenda shared
    return [[r] for r in met]


_SHARED_PURPOSE = re.compile(r"\s+to\s+(?:discuss|review|exchange|address)\b")


_FOR_FORMAT = re.compile(r"(?<!Minister\s)(?<!Secretary\s)\bfor\s+the\s+(?:\d+\w*\s+)?[A-Z]")
# "The three officials will discuss ...", "They will discuss ...": the people just named met together
_TOGETHER_NEXT = re.compile(r"\s*(?:They|The\s+(?:three|four|five|officials|ministers|leaders)|All)\b")


_NAMED_GROUP = re.compile(
    r"\b(?:[A-Z][\w'’-]*\s+){1,6}(?:Group|Council|Coalition|Commission|Committee|Forum|Conference)\b"
)
_NAMED_MEETING = re.compile(r"\b(?:[A-Z][\w'’-]*\s+){1,4}Meeting\b")


def chaired_gathering(text: str, start: int, end: int) -> tuple[bool, str]:
    """Before "chaired by": whether a named body precedes ("the X Contact Group"), and the named meeting
    after the last such body ("a Senior Officials' Meeting on 26 February"), or ""."""
    body = list(_NAMED_GROUP.finditer(text, start, end))
    meetings = list(_NAMED_MEETING.finditer(text, body[-1].end() if body else start, end))
    return bool(body), meetings[-1].group() if meetings else ""


ClauseEvents = dict[tuple[int, int], list[tuple[bool, Event]]]  # a clause's events: by a margins cue?


def _margins_only(evs: list[tuple[bool, Event]]) -> list[Event]:
    """A clause's events only its margins cue made, of people its verb's events already meet."""
    verbs = [e for side, e in evs if not side]
    met = {p for e in verbs for p in e.participants}
    return [e for side, e in evs if side and all(e is not v for v in verbs) and set(e.participants) <= met]


def margins_only(by_clause: ClauseEvents, events: list[Event]) -> list[Event]:
    """events without those a clause's margins cue alone made ("A will meet B and C separately on the
    margins": the verb's meetings with B and with C, no B-C meeting)."""
    drop = {id(e) for evs in by_clause.values() for e in _margins_only(evs)}
    return [e for e in events if id(e) not in drop]
