"""Named gatherings: bullets under "X will also attend the following meetings:" (one meeting each), a list
after "participate in", whether a text names the main event, the countries a meeting is "with"."""

from __future__ import annotations

import re
from datetime import date

from briefings.extract.dates import DateMention, find_dates
from briefings.extract.eventcues import mentioned_countries
from briefings.extract.events import MainEvent
from briefings.extract.gazetteer import country_of
from briefings.extract.people import People, PersonRec
from briefings.extract.sentences import Doc, Sentence
from briefings.extract.side_cues import FIRST_VERB, FUTURE_CUE
from briefings.extract.side_events import side_event
from briefings.extract.side_subjects import people_in
from briefings.models import Event

_INTRO = re.compile(
    r"\b(?:attend|participate\s+in|take\s+part\s+in|join)\s+the\s+following\s+"
    r"(?:meetings|events|sessions|gatherings)\b[^.;]{0,60}:\s*$"
)
# "- the 14th East Asia Summit (EAS) Foreign Ministers' Meeting; and"
_ITEM = re.compile(
    r"[-•*–]\s+(?:the\s+)?(?:[A-Z0-9(][\w'’()&.-]*\s+){0,10}"
    r"(?:Conference|Meeting|Summit|Forum|Dialogue|Council|Ministerial|Session|Retreat)\b"
)


def listed_gatherings(
    doc: Doc, people: People, main: MainEvent, ref: date, prefer: frozenset[str] | None
) -> list[Event]:
    """One multilateral meeting per bulleted gathering the traveller "will also attend"."""
    out: list[Event] = []
    sentences = doc.sentences
    for s in sentences:
        if "following" not in s.text or not s.text.rstrip().endswith(":"):
            continue
        intro = _INTRO.search(s.text)
        if not intro:
            continue
        verb = FIRST_VERB.search(doc.text, s.start, s.start + intro.start())
        subjects = people_in(doc, people, s.start, verb.start() if verb else s.start + intro.start())
        subject: PersonRec | None = subjects[0] if subjects else None
        if subject is None:
            continue
        for item in sentences[s.index + 1 :]:
            im = _ITEM.match(item.text)
            if not im:
                if item.text.lstrip()[:1] in "-•*–":
                    continue  # a bullet naming no gathering: the list goes on
                break
            if prefer is None:
                prefer = mentioned_countries(doc)  # computed once, only for a list that is there
            recs = [subject] + [r for r in people_in(doc, people, item.start, item.end) if r is not subject]
            ev = side_event(
                doc, main, item, item.start, item.start + im.end(), "multilateral", recs, [], ref,
                item.start, item.end, prefer,
            )  # fmt: skip
            name = im.group().lstrip("-•*– ")
            out.append(ev.model_copy(update={"name": name[4:] if name.startswith("the ") else name}))
    return out


def bullet_subject(doc: Doc, people: People, item: Sentence) -> PersonRec | None:
    """The subject of the line a bullet item hangs from ("A will take part in two meetings:"), else None."""
    if item.text.lstrip()[:1] not in "-•*–":
        return None
    for s in reversed(doc.sentences[: item.index]):
        if s.text.lstrip()[:1] in "-•*–":
            continue  # an earlier item of the same list
        if not s.text.rstrip().endswith(":"):
            return None
        colon = s.start + len(s.text.rstrip()) - 1
        verb = FIRST_VERB.search(doc.text, s.start, colon)
        subjects = people_in(doc, people, s.start, verb.start() if verb else colon)
        return subjects[0] if subjects else None
    return None


# ", the East Asia Summit Foreign Ministers' Meeting, and the Regional Forum": the list goes on
# "the A Conference on July 11 and the B Forum on July 12": each gathering's own day between them
_NEXT_GATHERING = re.compile(
    r"(?:\s+on\s+(?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}|[A-Z][a-z]+day))?"
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)the\s+((?:[A-Z0-9][\w.'’-]*\s+){1,6}"
    r"(?:Forum|Meeting|Summit|Conference|Dialogue|Council))\b"
)


def gatherings_after(text: str, at: int, end: int) -> list[tuple[int, int]]:
    """The spans of further gatherings listed right after one ("participate in the A, the B and the C")."""
    out: list[tuple[int, int]] = []
    while (m := _NEXT_GATHERING.match(text, at, end)) is not None:
        out.append(m.span(1))
        at = m.end()
    return out


def parties_named(text: str, start: int, end: int) -> list[str]:
    """The countries a meeting is "with" ("with the United States and Japan"), when it names only them."""
    m = _WITH_LIST.match(text, start, end)
    if m is None:
        return []
    parts = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", m[1])]
    # "with U.S. and Japanese defense officials": the officials' countries
    named = [country_of(_OFFICIALS_TAIL.sub("", re.sub(r"^the\s+", "", p))) for p in parts if p]
    return [c for c in named if c] if named and all(named) else []


_OFFICIALS_TAIL = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}(?:officials|counterparts|ministers|delegations|representatives|sides)$"
)
_WITH_LIST = re.compile(
    # "a trilateral meeting of defense officials with the United States": the officials' meeting with it
    r"(?:\s+of\s+(?:[a-z-]+\s+){0,2}(?:officials|experts|envoys))?\s+with\s+((?:the\s+)?[A-Z][\w.'’ ,-]*?)"
    r"(?=\s+(?:on|in|at|to|for|next|this|is|are)\b|;|\.(?:\s+[A-Z]|\s*$)|$)"
)


# a name word, or a short code with a digit ("G7", "G20")
_NAME_WORD = re.compile(r"[A-Z][\w'’-]{3,}|\b[A-Z]{1,3}\d{1,2}\b")


def lead_attends(doc: Doc, main: MainEvent, s: Sentence, cue: int, skip: set[int]) -> bool:
    """Whether "to attend the X" at cue is told in the lead (or beside the main sentence): the main event."""
    if doc.text[max(0, cue - 3) : cue] not in ("to ", "ld "):
        return False  # "will attend", "will participate in": the cues told anywhere
    # "A will travel to X this week to attend the Y meeting": the first sentence of things to come
    lead = next((x.index for x in doc.sentences if x.index not in skip and FUTURE_CUE.search(x.text)), 0)
    return s.index <= max(lead, main.sentence.index + 1)


def names_main(main: MainEvent, text: str) -> bool:
    """True when text names the main event (one of its capitalised name words, "Forum", "Summit")."""
    aside = _ON_THE_SIDELINES.search(text) if "the " in text else None
    text = text[: aside.start()] if aside else text  # "the X on the sidelines of the Forum": not it
    # "Travel to the United Kingdom, Lithuania, and Finland": a country the trip names is no gathering's name
    words = {w for w in _NAME_WORD.findall(main.event.name) if w not in _GENERIC_NAME_WORDS}
    if main.trip:
        words = {w for w in words if not country_of(w)}
    shared = words & set(_NAME_WORD.findall(text))  # whole words: "ROK-UNC" does not name "ROK-U.S."
    run = _OF_THE_NAME.search(text) if shared and "of the " in text else None
    if run and run[1] not in words and run[1] not in _GENERIC_NAME_WORDS:
        return False  # "a meeting of the Quad Senior X Group" beside the main "A-B X Dialogue": another body
    if shared and shared <= _GATHERING_NOUNS:
        # "the Y Defence Ministers' Meeting" shares only the noun with the main "X Meeting": another one
        named = (m[1] for m in _NAMED_NOUN.finditer(text) if m[2] in shared)
        return not any(w not in words for w in named)
    return bool(shared)


_ON_THE_SIDELINES = re.compile(r"\b(?:on|in)\s+the\s+(?:sidelines|margins)\s+of\b")
# the first word of a body's name of several words after "of the" ("a meeting of the Quad Senior X Group")
_OF_THE_NAME = re.compile(r"\bof\s+the\s+([A-Z][\w'’-]{3,})\s+(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*")
_NAMED_NOUN = re.compile(r"\b([A-Z][\w'’-]+)\s+(Meeting|Summit|Forum|Dialogue|Conference|Talks)\b")


_GATHERING_NOUNS = frozenset({"Meeting", "Summit", "Forum", "Dialogue", "Conference", "Talks"})


_GENERIC_NAME_WORDS = frozenset(
    {"Minister", "Ministers", "Foreign", "Defence", "Defense", "Secretary", "Travel", "Visit", "Affairs"}
    | {"January", "February", "March", "April", "June", "July", "August", "September", "October"}
    | {"November", "December"}  # "Visit of X to Y (July 28-30)": the days of the name are no name
)


# "Dr X will hold bilateral meetings with his counterparts, including:" and one counterpart a bullet
_PEOPLE_INTRO = re.compile(
    r"\b(?:(?P<kind>bilateral|separate)\s+)?(?:meetings|talks)\s+with\s+(?:his|her|their|several|other|"
    r"the\s+following)?\s*(?:[\w-]+\s+){0,2}?(?:counterparts|leaders|ministers|officials)\b[^.;:]{0,40}:\s*$",
    re.I,
)
# a day's programme line: "- Meeting with the Hon. B, Minister for X"
_PROGRAMME_ITEM = re.compile(r"[-•*–]\s+(?:(?:Bilateral|Separate)\s+)?(?:[Mm]eeting|[Tt]alks)\s+with\s+")


def listed_counterparts(doc: Doc, people: People, main: MainEvent, ref: date) -> list[Event]:
    """A bilateral meeting for each person bulleted under "will hold bilateral meetings with his
    counterparts, including:", and for each programme line "- Meeting with B" (with the traveller)."""
    out: list[Event] = []
    sentences = doc.sentences
    prefer: frozenset[str] | None = None
    main_first = next((r for r in people.recs if r.name in main.event.participants), None)
    for s in sentences:
        text = s.text.lstrip()
        intro = _PEOPLE_INTRO.search(s.text) if s.text.rstrip().endswith(":") else None
        item = _PROGRAMME_ITEM.match(text) if text[:1] in "-•*–" else None
        if intro is not None:
            verb = FIRST_VERB.search(doc.text, s.start, s.start + intro.start())
            subjects = people_in(doc, people, s.start, verb.start() if verb else s.start + intro.start())
            items = []
            for x in sentences[s.index + 1 :]:
                if x.text.lstrip()[:1] not in "-•*–":
                    break
                items.append(x)
        elif item is not None and main_first is not None:
            subjects, items = [main_first], [s]
        else:
            continue
        if not subjects:
            continue
        for x in items:
            met = [r for r in people_in(doc, people, x.start, x.end) if r is not subjects[0]]
            if len(met) != 1:
                continue  # a bullet of one counterpart each
            if prefer is None:
                prefer = mentioned_countries(doc)
            recs = [subjects[0], met[0]]
            ev = side_event(doc, main, x, x.start, x.end, "bilateral", recs, [], ref, x.start, x.end, prefer)
            day = _day_heading(doc, x, ref) if item is not None else None
            if day:  # "Monday, September 8 / - Meeting with B": the day the line stands under
                ev = ev.model_copy(update={"date": day.date, "year_assumed": day.year_assumed})
            out.append(ev)
    return out


def _day_heading(doc: Doc, item: Sentence, ref: date) -> DateMention | None:
    """The date line a programme's bullets stand under ("Monday, September 8")."""
    for x in reversed(doc.sentences[max(0, item.index - 8) : item.index]):
        if x.text.lstrip()[:1] in "-•*–":
            continue
        days = find_dates(doc.text, x.start, x.end, ref)
        return days[0] if len(days) == 1 and len(x.text.strip()) < 40 else None
    return None


def unseen(found: list[Event], out: list[Event]) -> list[Event]:
    """The meetings found apart from the cue pass whose people no meeting already found has."""
    have = {tuple(sorted(e.participants)) for e in out}
    return [e for e in found if tuple(sorted(e.participants)) not in have]
