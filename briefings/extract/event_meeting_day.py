"""The meeting's day over the journey's: a lead that dates the traveller's journey ("will travel to Xcity on
Thursday and hold talks with B the following day", "departed today for Xcity, where he will meet B
tomorrow", "travels on Friday for a trilateral meeting in Xcity on Saturday") or the guest's stay ("will
visit Xland from 9 to 11 May for the X Mechanism, which will be held on 10 May"), and then dates the meeting
itself a little later, announces the meeting: its own day is the main event's date, the journey's day and
the stay's other days being travel around it. A trip over several cities, a visit the headline gives
several engagements, and a day a separate act takes ("will also call on", "a working dinner") keep the pick.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefings.extract.dates import DateMention, find_dates
from briefings.extract.event_visit_meeting import engagements_after, several_engagements
from briefings.extract.eventcues import is_trip
from briefings.extract.places import cities_in
from briefings.extract.sentences import Doc, Sentence

Picked = tuple[DateMention, Sentence]

# the journey itself, just before its day: "will travel to Xcity on", "departed Ycity today", "flies to X"
_JOURNEY = re.compile(
    r"\b(?:travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew|ying)|head(?:s|ed|ing)?|leav(?:e|es|ing)|left|"
    r"depart(?:s|ed|ing)?|set(?:s|ting)?\s+off|arriv(?:e|es|ed|ing))\b"
)
# a stay the guest makes: "will visit Xland from", "will be on a visit to Xland from", "an official visit"
_STAY = re.compile(r"\b(?:visit(?:s|ing)?|stay|be\s+in|travel(?:s|ling)?\s+to)\b", re.I)
# the purpose after a stay: "Visit of X to Y for the Z Meeting (May 5-7)"
_PURPOSE = re.compile(r"\s(?:for|to\s+attend)\s")
# "... from 9 to 11 May for the meeting of the X", "to attend the X Meeting", "for talks with B": a stay's
# one purpose, a meeting named or given its counterpart ("for talks on X" names a subject, not a meeting)
_ONE = (
    r"(?:for|to\s+attend|to\s+co-chair|to\s+hold)\s+(?:the\s+(?:[\w'’-]+\s+){0,8}?(?i:meeting|talks|summit|"
    r"dialogue|consultations?|mechanism|commission|ministerial)\b(?!\s+on\b)|talks\s+with\b|"
    r"(?:the\s+)?(?:(?:[A-Z][\w'’.-]*|and|of|on|for)\s+){0,8}?(?:Meeting|Talks|Summit|Dialogue|Consultations?|Mechanism|Commission|"
    r"Ministerial)\b)"
)
_PURPOSE_AFTER = re.compile(rf"^[,.]?\s+{_ONE}")
# (in a headline only "for"/"to attend": "X to visit Y; to co-chair Z" gives two items)
_HEAD_PURPOSE = re.compile(rf"\b(?=for\s|to\s+attend\s){_ONE}")
# the stay the later clause is set in: "During the visit, A and B will co-chair ..."
_DURING = re.compile(
    r"^\s*(?:During|In\s+the\s+course\s+of)\s+(?:the|his|her|their)\s+(?:visit|stay|trip),\s*"
)
# a meeting word in the clause that gives the later day
_MEETING = re.compile(
    r"\b(?:meet|meets|meeting|meetings|talks|summit|dialogue|consultations?|mechanism|commission|"
    r"ministerial|co-chair|chair|hold\s+the|host\s+the|debate|assembly|session|conference)\b",
    re.I,
)
# another act than the meeting, or a journey's own day, in that clause
_ASIDE = re.compile(
    r"\b(?:also|separate\w*|courtesy|call\s+on|calls\s+on|sidelines|margins|dinner|lunch|luncheon|"
    r"breakfast|reception|banquet|press|news\s+conference|briefing|arriv\w*|depart(?:s|ed|ing|ure)?|leav\w*|left|"
    r"return\w*|fly|flies|flew|travel\w*|previous\w*|last|tour\w*|visit\w*|evening|afternoon|morning)\b",
    re.I,
)
# whom "meet" takes when it names the meeting: a person by name or title, the counterpart, the pair
_MET_WHOM = re.compile(r"\s+(?:with\s+)?(?:[A-Z]|his\s|her\s|their\s|the\s+two\b|counterparts?\b)")
# background in a dated sentence ("Friday's meeting will be their first since they met in X last July")
_PAST = re.compile(r"\b(?:last|since|previous\w*|earlier|ago)\b")
# the journey home before a city: "before returning to Xcity"
_HOME = re.compile(r"\b(?:return\w*|back|home)\s+(?:to\s+)?$")
# the clause boundary before a later day (inside one sentence): a semicolon, a colon, ", and", ", then"
_CLAUSE = re.compile(r"[;:]|,\s+(?:and|before|then|after)\s|\s(?:before|after)\s")
# the journey is itself the visit: "on Monday for a three-day visit", "for talks and a tour"
_FOR_VISIT = re.compile(
    r"^[^.;]{0,40}?\bfor\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour)\b"
)


def meeting_over_travel(
    doc: Doc, picked: Picked | None, headline: str | None, ref: date, skip_sentences: set[int]
) -> Picked | None:
    """The later day the lead (or the next three sentences) gives the meeting a journey or a stay is made
    for, or None to keep the pick."""
    if picked is None:
        return None
    d, s = picked
    window = _window(doc, d, s, headline)
    if window is None or is_trip(doc, s, frozenset()):
        return None
    if d.end_date and headline and _several(headline):
        return None
    lo, hi = window
    after = [t for t in doc.sentences[s.index + 1 :] if t.index not in skip_sentences][:3]
    dated = {t.index: find_dates(doc.text, t.start, t.end, ref) for t in [s, *after]}
    for t in [s, *after]:
        for x in dated[t.index]:
            last = x.end_date or x.date
            # (a gathering the journey reaches may run on past the window: "runs from 22 to 28 September")
            if (t is s and x.start < d.end) or not (lo <= x.date <= hi and (last <= hi or not d.end_date)):
                continue
            if d.end_date and (x.date, last) == (d.date, d.end_date):
                continue
            if _meeting_clause(doc, d, s, x, t):
                return None if _cities(doc, d, s, x, t, after, window, dated) > 1 else (x, t)
    return None


def _several(headline: str) -> bool:
    """The headline gives the visit several engagements beyond one named meeting ("for Talks, Business
    Forum"; "for the X Trade and Investment Ministerial" is one)."""
    one = _HEAD_PURPOSE.search(headline)
    return engagements_after(headline, one.end()) if one else several_engagements(headline)


def _window(doc: Doc, d: DateMention, s: Sentence, headline: str | None) -> tuple[date, date] | None:
    """The days a later meeting may fall on: the three after a journey's day, or the stay's own days (None:
    the pick is the meeting's own)."""
    before = doc.text[max(s.start, d.start - 120) : d.start]
    clause = _CLAUSE.split(before)[-1]
    if d.end_date is None:
        journey = _JOURNEY.search(clause)
        if journey is None or _MEETING.search(clause, journey.end()):
            return None  # "will hold talks on Monday before travelling": the meeting's own day
        if _FOR_VISIT.match(doc.text[d.end : s.end]) and not (headline and _HEAD_PURPOSE.search(headline)):
            # "flies to X on Monday for a three-day visit": the visit from that day, unless the headline
            # gives the journey one meeting ("to travel to X for the Y Dialogue")
            return None
        return d.date + timedelta(days=1), d.date + timedelta(days=3)
    stay = _STAY.search(clause)
    purpose = _PURPOSE.search(clause, stay.end()) if stay else None
    if stay is None or _MEETING.search(clause, stay.end(), purpose.start() if purpose else len(clause)):
        return None  # "will attend the summit from 3 to 5 May": the meeting's own days
    if purpose and _MEETING.search(clause, purpose.end()) and not clause.rstrip().endswith("("):
        return None  # "to attend the X Dialogue from 5 to 7 June": the dialogue's own days
    # only a stay made for one meeting: "for the X Mechanism" before or after its days, or in the headline
    after = doc.text[d.end : s.end]
    own = _PURPOSE_AFTER.match(after)
    if not (
        (purpose and _HEAD_PURPOSE.match(clause, purpose.start() + 1))
        or own
        or (headline and _HEAD_PURPOSE.search(headline))
    ):
        return None  # "will visit Xland from 3 to 5 May. During the visit, ...": the stay
    if own and engagements_after(after, own.end()):
        return None  # "for talks with B and a tour of the port": several engagements, the stay
    return d.date, d.end_date


def _cities(
    doc: Doc,
    d: DateMention,
    s: Sentence,
    x: DateMention,
    t: Sentence,
    after: list[Sentence],
    window: tuple[date, date],
    dated: dict[int, list[DateMention]],
) -> int:
    """How many cities the journey's clause, the meeting's and the other sentences dated inside the window
    name ("travel to A on Monday and meet B in C on Tuesday", "... then travel to D on 6 May": a trip), the
    journey home aside ("before returning to E on Friday")."""
    lo = max(s.start, d.start - 60)
    comma = doc.text.find(",", d.end, s.end)
    spans = [(lo, x.end)] if t is s else [(lo, s.end if comma < 0 else comma), (t.start, x.end)]
    for u in after:
        if (
            u is not t
            and not _PAST.search(u.text)
            and any(window[0] <= y.date <= window[1] for y in dated[u.index])
        ):
            spans.append((u.start, u.end))
    return len(
        {
            c.name
            for a, b in spans
            for c, at, _ in cities_in(doc.text, a, b, frozenset())
            if not _HOME.search(doc.text, max(a, at - 16), at)
        }
    )


def _meeting_clause(doc: Doc, d: DateMention, s: Sentence, x: DateMention, t: Sentence) -> bool:
    """The clause giving x names a meeting and no other act ("and hold talks with B the following day",
    "the meeting of the X, which will be held on 10 May")."""
    start = d.end if t is s else t.start
    for c in _CLAUSE.finditer(doc.text, start, x.start):
        start = c.end()  # "... on 2 May for a two-day visit, and the meeting is being arranged for 3 May"
    clause = doc.text[start : x.start]
    if during := _DURING.match(clause):
        clause = clause[during.end() :]
    if not clause.strip(" ,") or clause.strip().lower() == "on":
        # "On Tuesday she will co-chair the X Dialogue in Y": the day fronted, its clause after it
        clause = re.split(r"[,;.]\s", doc.text[x.end : t.end] + " ")[0]
        return _names_meeting(clause) and not _ASIDE.search(clause)
    tail = doc.text[x.end : min(t.end, x.end + 40)]
    return _names_meeting(clause) and not _ASIDE.search(clause + " " + tail.split(",")[0])


def _names_meeting(clause: str) -> bool:
    """A meeting word in the clause; "meet" only with a person or the pair ("meet B", "meet his
    counterpart"), not with a group ("meet business leaders", "meet investors": another engagement)."""
    return any(
        m[0].lower() not in ("meet", "meets") or _MET_WHOM.match(clause, m.end())
        for m in _MEETING.finditer(clause)
    )
