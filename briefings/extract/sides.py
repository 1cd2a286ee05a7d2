"""Side meetings beside the main event: bilaterals, trilaterals, sideline talks, calls and working meals."""

from __future__ import annotations

import re
from datetime import date

from briefings.extract.dates import find_dates
from briefings.extract.eventcues import mentioned_countries
from briefings.extract.events import MainEvent
from briefings.extract.gazetteer import ORGANISATIONS, adjective_of, country_of, find_city
from briefings.extract.literals import has_any
from briefings.extract.people import People, PersonRec
from briefings.extract.places import cities_in
from briefings.extract.roles import portfolio
from briefings.extract.sentences import Doc, Sentence
from briefings.models import Event, EventKind

_MEETING_NOUNS = r"(?i:meetings?|dialogue|talks|consultations|discussions|roundtable|summit)"
_CUE = re.compile(
    r"\b(?P<kind>[Bb]ilateral|[Tt]rilateral|[Mm]ultilateral|[Qq]uadrilateral|[Oo]ne-on-one)\s+"
    r"(?:[\w.'’-]+\s+){0,3}?"
    r"(?P<noun>(?i:meetings?|talks|discussions?|dialogues?|format|sessions?|consultations|call|summits?))\b"
    r"|\b(?P<side>on the (?:sidelines|margins))\b"
    r"|\b(?P<verb>(?:will|to|would)\s+(?:also\s+)?(?:meet(?:\s+(?:jointly|separately|briefly|privately))?"
    r"(?:\s+with)?|hold\s+talks\s+with|call\s+on|"
    r"speak\s+(?:by\s+(?:phone|telephone|video)\s+)?with)|"
    r"(?:also\s+)?(?:met|held\s+talks)\s+with|"
    # "will call on A and meet with B": the second verb of one future subject
    r"(?<=\band\s)(?:also\s+)?meet\s+with|will\s+(?:also\s+)?be\s+received\s+by|for\s+talks\s+with|"
    rf"(?:(?:will|to|also)\s+)?(?:hold|held|co-chair|chair)\s+(?:[\w.'’-]+\s+){{0,8}}?{_MEETING_NOUNS}\s+with|"
    # "... and a Y meeting with B"
    rf"\ba(?<=\band\sa)n?\s+(?:[\w.'’-]+\s+){{0,6}}?{_MEETING_NOUNS}\s+with)\b"
    # "A and B held the annual Foreign Ministers' Meeting": the subjects meet each other
    rf"|\b(?P<pair>(?:held|will\s+hold|(?:will\s+)?co-chair(?:ed)?)\s+(?:an?|the)\s+(?:[\w.'’–-]+\s+){{0,5}}?{_MEETING_NOUNS})\b(?!\s+with)"
    r"|\b(?P<meal>working\s+(?:lunch|breakfast|dinner))\b"
    # "before joining A, B and C for a four-way meeting": a meeting with all of them
    r"|\b(?P<join>(?:joining|join|joins))\s+(?=[A-Z][^.;]{0,80}?\bfor\s+an?\s+(?:[\w-]+\s+){0,3}"
    r"(?i:meeting|talks|summit|dinner|lunch|session)\b)"
    # "The ASEAN Regional Forum will convene on 11 July with ... X": a named gathering of its own
    r"|\b(?P<conv>(?:Forum|Council|Meeting|Summit|Conference|Dialogue)\s+will\s+(?:convene|be\s+held|"
    r"take\s+place))\b"
)
# a meeting only being explored or proposed is not an event
# before the cue: "is exploring the possibility of", "may also meet"; anywhere: "nothing has been decided"
_TENTATIVE = re.compile(
    r"\b(?:[Ee]xplor\w*|[Pp]ossibility|[Pp]roposed|[Pp]roposal|might|could|may|[Cc]onsidering)\b"
)
_UNDECIDED = re.compile(
    r"\b(?:not been decided|undecided|unconfirmed|not (?:yet )?(?:been )?(?:confirmed|scheduled|decided))\b",
    re.I,
)
_CLAUSE = re.compile(
    r",\s*while\s+|;\s*|\s+while\s+|,\s*whereas\s+|,\s+and\s+(?=(?:also\s+)?(?:will|then|later|held|met)\b)|"
    r",\s+and\s+(?=(?:[A-Z][\w.-]*\s+(?:and\s+)?){1,8}(?:will|is|was|held|met|has)\b)|"
    r",\s*where\s+|,\s*who\s+|,\s*which\s+|"
    # "meet A at X before travelling on to Y for talks with B": the next leg holds a meeting of its own
    r",?\s+(?:before|after)\s+(?=(?:travel|fly|head|go|mov|leav|continu|join)\w*\b)|"
    # "meet A and call on B", "a X meeting with A and a Y meeting with B": one subject, two meetings
    r"\s+and\s+(?=(?:will\s+)?(?:also\s+)?(?:call\s+on|meet|hold|host|co-chair|chair)\b)|"
    rf"\s+and\s+(?=an?\s+(?:[\w.'’-]+\s+){{0,6}}?{_MEETING_NOUNS}\s+with\b)"
)
_COUNTERPARTS_FROM = re.compile(
    r"\b(?:his|her|their)\s+counterparts?\s+from\s+(?P<list>(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?"
    r"(?:\s*,\s*(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)*(?:,?\s+and\s+(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:\s+[A-Z][\w’'-]*)?)?)"
)
_COUNTERPART_ADJ = re.compile(
    r"\b(?:his|her|their)\s+(?P<adj>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?"
    r"(?:(?:,\s*|,?\s+and\s+)[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)*)\s+counterparts?\b"
)
_TITLE_REF = re.compile(
    r"\b[Tt]he\s+((?:[A-Z][\w-]*\s+){0,3}(?:Minister|Secretary|President|Premier|Chancellor|Ambassador))\b"
)
_EACH = re.compile(r"\beach of the\b|\bseparate(?:ly)?\b|\brespectively\b", re.I)
# "Earlier in the day" / "Earlier Saturday": a meeting of the same news day, not a past one
_PAST_ONLY = re.compile(
    r"\b(?:last|previous|earlier(?!\s+(?:in\s+the\s+day|that\s+day|today|on\s+[A-Z]|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))|"
    r"ago|in (?:19|20)\d\d)\b",
    re.I,
)
_PAST_WORDS = ("last", "previous", "earlier", "ago", "in 19", "in 20")
# every _CUE match holds one of these words: a sentence without any cannot hold a side meeting
_CUE_WORDS = (
    "ilateral", "ne-on-one", "on the ", "meet", "met", "hold", "held", "call", "speak", "received", "talks",
    "working", "chair", "joining ", "join ", "joins ", " will convene", " will be held", " will take place",
)  # fmt: skip


def _past_only(text: str) -> bool:
    """_PAST_ONLY.search, skipped when an ASCII text lacks all its words (the regex ignores case)."""
    if text.isascii():
        low = text.lower()
        if not has_any(low, _PAST_WORDS):
            return False
    return bool(_PAST_ONLY.search(text))


_KINDS: dict[str, EventKind] = {
    "bilateral": "bilateral",
    "one-on-one": "bilateral",
    "trilateral": "trilateral",
    "two-way": "bilateral",
    "three-way": "trilateral",
}
_WAY = re.compile(r"\bfor\s+an?\s+((?:two|three|four|five|six|seven|eight)-way)\b", re.I)


_THEY = re.compile(
    r"\s*(?:They|The\s+(?:two|three|four|visiting)?\s*(?:[a-z]+\s+)?(?:ministers|leaders|delegations|sides|parties))\b"
)
_ASIDE_WORD = re.compile(
    r"\b(?:also|separate|separately|prior to|before|after|following|ahead of|in addition|earlier|later)\b",
    re.I,
)
_FIRST_VERB = re.compile(r"\b(?:will|would|is|are|was|were|has|have|had|met|held|to|also)\b")
_KIND_WORD = re.compile(r"\b(?:bilateral|trilateral|multilateral|quadrilateral|one-on-one)\b", re.I)
_MEAL_OR_CALL = re.compile(
    r"\bworking\s+(?:lunch|breakfast|dinner)\b|\bcall(?:s)?\s+on\b|\bcourtesy call\b|\bbe\s+received\s+by\b"
)  # a call-on, a meal or an audience: kind "other"


def _restates_main(
    doc: Doc, main: MainEvent, a: int, b: int, subject: PersonRec | None, objects: list[PersonRec], ref: date
) -> bool:
    """ "X will meet Y" said again of the main event (same people, or no day/place/"also" of its own)."""
    names = {r.name for r in ([subject] if subject else []) + objects}
    main_set = set(main.event.participants)
    first, last = main.event.date, main.event.end_date or main.event.date
    if first and last and any(not first <= d.date <= last for d in find_dates(doc.text, a, b, ref)):
        return False  # a day of its own outside the main event's days: another meeting
    if main_set and names == main_set:
        return True
    if main.trip or (len(names) >= 2 and names < main_set):
        return False  # a meeting on one leg of a trip, or a smaller meeting inside the main event's group
    s = doc.sentence_at(a)
    sa, sb = (s.start, s.end) if s else (a, b)
    dates = find_dates(doc.text, sa, sb, ref)
    cities = {c.name for c, _, _ in cities_in(doc.text, sa, sb, frozenset())}
    if not dates and not cities and not _ASIDE_WORD.search(doc.text, sa, sb):
        return True  # no day, place or "also" of its own: the main event's programme, not a side meeting
    if not names <= main_set:
        return False
    same_day = any(d.date == main.event.date for d in (find_dates(doc.text, a, b, ref) or dates))
    return same_day and (not cities or cities == {main.event.place})


def _counterpart(people: People, subject: PersonRec | None, country: str) -> PersonRec | None:
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


def _clause(s: Sentence, a: int, b: int) -> tuple[int, int]:
    """The clause of sentence s around the span [a, b)."""
    start, end = s.start, s.end
    for c in _CLAUSE.finditer(s.text):
        if s.start + c.end() <= a:
            start = s.start + c.end()
        elif s.start + c.start() >= b:
            end = s.start + c.start()
            break
    return start, end


def _people_in(doc: Doc, people: People, a: int, b: int, lead: PersonRec | None = None) -> list[PersonRec]:
    recs: list[PersonRec] = []
    for mention, rec in people.at(a, b):
        if rec not in recs and not _SAID.match(doc.text, mention.end, mention.end + 20):
            recs.append(rec)  # "..., a day before the talks, Sethi said": the source, not a participant
    for m in _TITLE_REF.finditer(doc.text, a, b):
        titled = people.by_title(m[1])
        if titled is None and lead and lead.role and m[1].split()[-1] in lead.role:
            titled = lead  # "the Secretary" that several hold: the protagonist of the release
        if titled and titled not in recs:
            recs.append(titled)
    return recs


def _subject(
    doc: Doc, people: People, s: Sentence, clause_start: int, cue_start: int, main_first: PersonRec | None
) -> PersonRec | None:
    """Who holds the meeting: a person before the cue in the clause, else the sentence's subject."""
    head = doc.text[clause_start:cue_start]
    if not head.strip(" ,") and clause_start > s.start:
        # "... and call on B": the clause shares the subject of the sentence (before its first verb)
        first = _FIRST_VERB.search(doc.text, s.start, clause_start)
        if first and first.start() > s.start:
            return _subject(doc, people, s, s.start, first.start(), main_first)
    if re.match(r"\s*(?:I|we)\b", head) or re.search(r"(?:^|,)\s*I\b", head):
        return people.recs[0] if people.recs else None  # a first-person release: its author
    verb = _FIRST_VERB.search(head)
    subject_end = clause_start + verb.start() if verb else cue_start
    before = _people_in(doc, people, clause_start, subject_end)
    if before and not re.match(r"\s*(?:also\s+)?[a-z]", head):
        return before[0]
    if verb and _TITLE_REF.search(doc.text, clause_start, subject_end):
        tm = _TITLE_REF.search(doc.text, clause_start, subject_end)
        return people.by_title(tm[1]) if tm else None  # "the President will meet X and hold ..."
    lead = _people_in(doc, people, s.start, cue_start)
    if lead:
        return lead[0]
    if re.search(r"\b(?:he|she)\b", doc.text[clause_start:cue_start], re.I):
        return main_first or people.last_before(clause_start)  # the protagonist, in a release
    m = _TITLE_REF.search(doc.text, s.start, cue_start)
    titled = people.by_title(m[1]) if m else None
    if titled is None and main_first and re.match(r"\s*(?:[A-Z][\w,]*\s+)*[Tt]he\s+[A-Z]", head):
        return main_first  # "The Envoy will also meet X": the protagonist of the main event
    bare = _BARE_SUBJECT.search(head) if titled is None and main_first else None
    if (
        bare
        and not _GROUP_SUBJECT.search(head)
        and not country_of(bare["who"])
        and not find_city(bare["who"])
    ):
        return main_first  # "..., EAM will co-chair": an abbreviated title of the protagonist
    return titled


_NAMED_GATHERING = re.compile(
    r"\b(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){1,6}(?:Forum|Council|Meeting|Summit|Conference|Dialogue)\s+will\b"
)
_FUTURE_CUE = re.compile(r"\b(?:will|is scheduled|are scheduled|is to|are to|is set to|are set to)\b")
_PURPOSE = re.compile(
    r"\b(?:prepare|preparing|preparations?|ahead\s+of|run-up\s+to|towards?|pave\s+the\s+way)\b[^.;,]{0,25}$",
    re.I,
)
_SAID = re.compile(r"\s*,?\s*(?:said|says|told|added)\b")
_GROUP_SUBJECT = re.compile(
    r"\b(?:[Mm]inisters|[Ll]eaders|[Aa]llies|[Mm]embers|[Dd]elegations|[Pp]articipants)\s+"
    r"(?:(?:will|would|are\s+to|are\s+expected\s+to)\s+(?:also\s+)?)?$"
)
_BARE_SUBJECT = re.compile(
    r"(?:^|,)\s*(?:[Tt]he\s+)?(?P<who>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\s+(?:will\s+)?(?:also\s+)?$"
)


def side_meetings(doc: Doc, people: People, main: MainEvent, ref: date, skip: set[int]) -> list[Event]:
    """Meetings beside the main event, one per pair for "separate bilateral meetings with A and B"."""
    out: list[Event] = []
    seen: set[tuple[str, tuple[str, ...]]] = set()
    main_set = set(main.event.participants)
    main_first = next((r for r in people.recs if r.name in main_set), None)
    prefer: frozenset[str] | None = None  # the countries of the opening, computed once on first need
    for s in doc.sentences:
        if s.index in skip or not has_any(s.text, _CUE_WORDS):
            continue
        past = _past_only(s.text)
        if past and not _FUTURE_CUE.search(s.text):
            continue
        in_main = s.index == main.sentence.index
        for m in _CUE.finditer(doc.text, s.start, s.end):
            if in_main and not (m["side"] or m["kind"] or main.trip):
                continue
            inner = _KIND_WORD.search(m.group())
            kind_word = (m["kind"] or (inner.group() if inner else "")).lower()
            if m["join"]:  # "joining A, B and C for a four-way meeting": the count names the kind
                way = _WAY.search(doc.text, m.end(), s.end)
                kind_word = way[1].lower() if way else kind_word
            if m["kind"] and (m["kind"][0].isupper() and m.start() > s.start) and not main.trip:
                continue  # "Trilateral Foreign Ministers' Meeting": the main event's name, not a leg's
            if m["kind"] and re.search(r"\bthe\s+$", doc.text[max(s.start, m.start() - 5) : m.start()]):
                continue  # "At the trilateral meeting": the main event itself
            if m["kind"] and _PURPOSE.search(doc.text, max(s.start, m.start() - 40), m.start()):
                continue  # "to prepare for a trilateral summit": a later meeting, not this one
            a, b = _clause(s, m.start(), m.end())
            ev = main.event.evidence
            if in_main and a <= ev.start < b and not (main.hosted and m["side"]):
                continue  # the clause that announces the main event itself
            seg = doc.text[a:b]
            if past and _past_only(doc.text[a : m.end()]):
                continue  # "..., the first such gathering since they began in 2024": that clause is past
            if _TENTATIVE.search(doc.text, a, m.end()) or _UNDECIDED.search(seg):
                continue  # "exploring the possibility of a meeting": not (yet) an event
            if m["pair"]:
                pair = _people_in(doc, people, a, m.start())
                if len(pair) < 2:
                    continue
                subject, in_clause = pair[0], pair
                if re.match(r"[^,;]{0,40}?\bwith\b", doc.text[m.end() : b]):
                    # "A and B will hold a meeting in X on Monday with C and D": both sides meet
                    in_clause = pair + [r for r in _people_in(doc, people, m.end(), b) if r not in pair]
            elif m["conv"]:
                if not _NAMED_GATHERING.search(doc.text, a, m.end()) or in_main:
                    continue
                subject, in_clause = None, _people_in(doc, people, m.end(), b)
            else:
                subject = _subject(doc, people, s, a, m.start(), main_first)
                in_clause = _people_in(doc, people, a, b, main_first)
            objects = [r for r in in_clause if r is not subject]
            others: list[str] = []
            countries: list[str] = []
            cm = _COUNTERPARTS_FROM.search(seg)
            if cm:
                named = (country_of(x.strip()) for x in re.split(r",|\band\b", cm["list"]))
                countries = [x for x in named if x]
            for am in _COUNTERPART_ADJ.finditer(seg):
                for adj in re.split(r",|\band\b", am["adj"]):  # "his Australian and Philippine counterparts"
                    adj_country = country_of(adj.strip())
                    if adj_country and adj_country not in ORGANISATIONS.values():
                        countries.append(adj_country)
            for country in countries:
                hit = _counterpart(people, subject, country)
                if hit and hit not in objects and hit is not subject:
                    objects.append(hit)
                elif not hit:
                    others.append(f"{adjective_of(country)} counterpart")
            if re.search(r"\beach of the\b", seg) and not objects:
                objects = [r for r in people.recs if r.name in main_set and r is not subject]
            if not kind_word and _THEY.match(doc.text[a : m.start()]):
                continue  # "They will meet ...": the main event's parties again
            if not kind_word and any(
                not _PURPOSE.search(doc.text, max(a, k.start() - 40), k.start())
                for k in _KIND_WORD.finditer(doc.text, a, b)
            ):
                continue  # "held talks with A and B in a trilateral format": the kind cue speaks for it
            if (
                not kind_word
                and not m["side"]
                and not m["meal"]
                and _restates_main(doc, main, a, b, subject, objects, ref)
            ):
                continue
            plural = m["noun"] == "meetings" or "meetings" in m.group()
            each = bool(_EACH.search(seg))
            split = (kind_word == "bilateral" and (each or plural)) or (not kind_word and each)
            groups = [[o] for o in objects] if split and len(objects) > 1 else [objects]
            meal_or_call = bool(_MEAL_OR_CALL.search(seg))
            # "ministers will meet in the format of the X Council with Y": the whole group meets Y
            group = bool(m["conv"]) or (
                subject is None and bool(_GROUP_SUBJECT.search(doc.text, a, m.start()))
            )
            for objs in groups:
                recs = ([subject] if subject else []) + objs
                n = len(recs) + len(others)
                if n < (1 if group else 2):
                    continue
                kind: EventKind
                if group and not kind_word and not meal_or_call:
                    kind = "multilateral"
                elif kind_word:
                    kind = _KINDS.get(kind_word, "multilateral")
                elif meal_or_call:
                    kind = "other"
                else:
                    # sides, not heads: two Samoan leaders and a visitor make a bilateral
                    sides = {r.country or r.name for r in recs} | set(others)
                    n_sides = len(sides)
                    kind = "bilateral" if n_sides <= 2 else "trilateral" if n_sides == 3 else "multilateral"
                names = [r.name for r in recs]
                key = (kind, tuple(sorted(names + others)))
                if key in seen:
                    continue
                seen.add(key)
                if prefer is None:
                    prefer = mentioned_countries(doc)
                out.append(_event(doc, main, s, m.start(), m.end(), kind, recs, others, ref, a, b, prefer))
    return out


def _event(
    doc: Doc,
    main: MainEvent,
    s: Sentence,
    start: int,
    end: int,
    kind: EventKind,
    recs: list[PersonRec],
    others: list[str],
    ref: date,
    a: int,
    b: int,
    prefer: frozenset[str],
) -> Event:
    dates = find_dates(doc.text, a, b, ref) or find_dates(doc.text, s.start, s.end, ref)
    cities = cities_in(doc.text, s.start, s.end, prefer)
    prev = doc.sentences[s.index - 1] if s.index > 0 else None
    if not cities and main.trip and prev is not None and prev.paragraph == s.paragraph:
        # "In Tokyo on May 26, X will meet A. A will then host X and B for ...": the leg's city
        cities = cities_in(doc.text, prev.start, prev.end, prefer)
    city = cities[-1][0] if cities else None
    ev = doc.evidence(start, end, s)
    assert ev is not None
    label = "–".join([r.surname for r in recs] + others)
    noun = "meeting" if kind != "other" else "call"
    return Event(
        name=f"{label} {kind} {noun}" if kind != "other" else f"{label} {noun}",
        kind=kind,
        date=dates[0].date if dates else main.event.date,
        year_assumed=dates[0].year_assumed if dates else main.event.year_assumed,
        timezone=city.timezone if city else main.event.timezone,
        place=city.name if city else main.event.place,
        participants=[r.name for r in recs],
        others=others,
        parent=main.event.name,
        evidence=ev,
    )
