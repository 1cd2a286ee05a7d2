"""A visit made for one meeting: a lead "A will visit Xland from May 4 to 6 for talks with his counterpart B"
(or "to attend the X ministers' meeting") announces the meeting its purpose clause names; a later sentence
dating that same meeting inside the visit's days ("A and B will meet in Ycity on May 5", "The two ministers
will hold talks on Tuesday", "The talks are scheduled for June 13") gives the main event's day, the visit's
other days being travel around it. A trip over several cities or states, a purpose naming several
engagements ("for talks with B and a tour of ..."), or a headline that dates the visit or gives it several
engagements keeps the visit's days."""

from __future__ import annotations

import re
from datetime import date

from briefings.extract.dates import DateMention, find_dates
from briefings.extract.event_days import n_days
from briefings.extract.event_headline_day import headline_meeting_day
from briefings.extract.eventcues import countries_in_span, is_trip
from briefings.extract.places import cities_in
from briefings.extract.sentences import Doc, Sentence

# the journey, then its purpose: a meeting with someone ("for talks with B", "to hold talks with B", "for a
# meeting with B", "to meet B")
_JOURNEY = re.compile(
    r"\b(?:visit|visits|visiting|trip|travel\w*|tour|heads?\s+to|fly|flies|arrive\w*|be\s+in|stay)\b", re.I
)
_PURPOSE = re.compile(
    r"\b(?:for|to\s+(?:hold|have|conduct))\s+(?:(?:bilateral|official|formal|high-level|separate)\s+)?"
    r"(?:talks|(?:a\s+)?(?:bilateral\s+)?meeting|discussions|consultations)\s+with\s+|"
    r"\bto\s+meet(?:\s+with)?\s+",
    re.I,
)
# a meeting the journey is made to attend: "to attend the X foreign ministers' meeting" (a summit's or a
# conference's days are the gathering rules')
_ATTEND = re.compile(
    r"\bto\s+(?:attend|participate\s+in|take\s+part\s+in)\s+(?:the|a|an)\s+[^,;.]{0,80}?\b"
    r"(meeting|talks|dialogue|consultations|session)\b",
    re.I,
)
_RELATIVE = re.compile(r",\s+(?:which|that)\b|\bwill\s+host\b")
# the end of the person's phrase after "with": a clause, a topic, a place or a date
_PHRASE_END = re.compile(r",|;|\.\s|\s(?:on|in|at|about|over|to|from|for|during|next|this|as|amid|after)\s")
# a second engagement after the meeting ("for talks with B and a tour of the port", "as well as visits to")
_SECOND = re.compile(
    r"\s*(?:,\s*)?(?:and|as\s+well\s+as|plus)\s+(?:a|an|to|will|the\s+[a-z]|visits?|tours?|attend|address|"
    r"inspect|open|inaugurat)",
    re.I,
)
_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]+")
# the capitalised run closing the person's phrase: "his Xish counterpart Mira Test", "President Ro Ha-eun"
_RUN = re.compile(r"(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\s+)*[A-ZÀ-ÖØ-Þ][\w'’-]+$")
_TITLES = frozenset(
    {"president", "prime", "minister", "foreign", "defence", "defense", "secretary", "state", "general",
     "gen", "vice", "deputy", "chancellor", "premier", "king", "queen", "crown", "prince", "his", "her",
     "the", "national", "affairs", "external", "trade", "finance", "interior", "home", "chief", "staff",
     "admiral", "adm", "lt", "col", "dr", "mr", "ms", "mrs", "sheikh", "emir", "of"}
)  # fmt: skip
# whom the traveller meets, when the purpose names the counterpart by office alone
_MEETS_WHOM = re.compile(r"\b(?:meet|meets|talks\s+with|meeting\s+with)\s+(?:with\s+)?(?:[A-Z]|his\s|her\s)")
# the same meeting: the pair met, the talks, the two sides
_SAME = re.compile(
    r"\b(?:the|their)\s+(?:two|talks|meeting|summit|bilateral\s+(?:talks|meeting))\b|\b(?:his|her)\s+(?:\w+\s+)?"
    r"counterpart\b",
    re.I,
)
_MEETS = re.compile(r"\b(?:meet|meets|meeting|talks|confer)\b", re.I)
# another act beside the meeting, or a journey's own day
_BESIDE = re.compile(
    r"\b(?:also|separate\w*|courtesy|call\s+on|calls\s+on|sidelines|margins|dinner|lunch|breakfast|"
    r"reception|press|news\s+conference|arriv\w*|depart\w*|leav\w*|return\w*|fly|flies|travel\w*|"
    r"previous\w*|last|opens?|begins?|starts?|until|through)\b",
    re.I,
)
_CLAUSE = re.compile(r"[;:]|\.\s")
# the headline's engagements after "for": "for talks with B, business forum", "for Talks and Tours"
_HEAD_FOR = re.compile(r"\b(?:for|to\s+hold|to\s+attend)\s", re.I)
_HEAD_MORE = re.compile(
    r"(?:,|\band\b|&)\s*(?:[\w'’-]+\s+){0,3}?(?:tours?|forum|visits?|ceremony|conference|summit|fair|expo|"
    r"exhibition|inaugurat\w*|opening|address|lecture|investment\s+\w+|business\s+\w+)\b",
    re.I,
)


def meeting_day_in_stay(
    doc: Doc,
    picked: tuple[DateMention, Sentence] | None,
    headline: str | None,
    ref: date,
    skip_sentences: set[int],
) -> tuple[DateMention, Sentence] | None:
    """The day inside the picked stay of the meeting the headline names (`event_headline_day`) or, failing
    that, of the meeting the lead's visit is made for."""
    return headline_meeting_day(doc, picked, headline, ref, skip_sentences) or visit_meeting_day(
        doc, picked, headline, ref, skip_sentences
    )


def visit_meeting_day(
    doc: Doc,
    picked: tuple[DateMention, Sentence] | None,
    headline: str | None,
    ref: date,
    skip_sentences: set[int],
) -> tuple[DateMention, Sentence] | None:
    """The day a sentence gives the meeting a visit is made for, inside the visit's days, or None."""
    if picked is None:
        return None
    d, s = picked
    stay = d if d.end_date else (n_days(doc, s, d, ref) if "-day" in s.text else d)
    if stay.end_date is None:
        return None
    journey = _JOURNEY.search(s.text)
    purpose = _PURPOSE.search(s.text, journey.end()) if journey else None
    attend = _ATTEND.search(s.text, journey.end()) if journey and purpose is None else None
    purpose = purpose or attend
    if journey is None or purpose is None or is_trip(doc, s, frozenset()):
        return None
    rest = s.text[purpose.end() :]
    end = _PHRASE_END.search(rest)
    phrase = "" if attend else (rest[: end.start()] if end else rest).rstrip(" .\n")
    run = _RUN.search(phrase)
    names = [w for w in _NAME.findall(run.group()) if w.lower() not in _TITLES] if run else []
    if _SECOND.match(rest, len(phrase)) or not (names or attend or "counterpart" in phrase):
        return None  # "for talks with B and a tour of ...": several engagements; "to meet officials": whom?
    if headline and _several(headline, d, stay, ref):
        return None
    span = (stay.date, stay.end_date)
    lead_at = s.start + purpose.end()  # a day after the purpose clause, or in a later sentence
    found: tuple[DateMention, Sentence] | None = None
    # the destination between the journey and its purpose: "will visit Xland", "to Ycity and Zcity"
    where = (s.start + journey.start(), s.start + purpose.start())
    stops = {c.name for c, _, _ in cities_in(doc.text, *where, frozenset())}
    states = set(countries_in_span(doc.text, *where))
    for t in doc.sentences:
        if t.index in skip_sentences or not s.index <= t.index <= s.index + 5:
            continue
        for x in find_dates(doc.text, t.start, t.end, ref):
            last = x.end_date or x.date
            if not (span[0] <= x.date and last <= span[1]) or (x.date, last) == span or x.start < lead_at:
                continue
            if x.relative and doc.text[x.start : x.end].lower().endswith("week"):
                continue
            cities = cities_in(doc.text, t.start if t is not s else where[0], t.end, frozenset())
            stops.update(c.name for c, _, _ in cities)
            states.update(c.country for c, _, _ in cities)
            # (in the lead, the clause after the journey: "to attend the X Meeting hosted by B on 8 May")
            lo = s.start + purpose.start() if t is s else t.start
            noun = attend[1] if attend else ""
            if (
                noun
                and noun.lower() not in (headline or "").lower()
                and _RELATIVE.search(doc.text, lo, x.start)
            ):
                continue  # "Travel to Y" over "to attend the X Meeting, which Y will host on 6 May": the trip
            if found is None and _dates_meeting(doc.text, lo, t, x, names, noun):
                found = (x, t)
    if found is None or len(stops) > 1 or len(states) > 1:
        return None  # "meet B in A on 5 May and tour a shipyard in C on 6 May": the trip over its cities
    return found


def _several(headline: str, d: DateMention, stay: DateMention, ref: date) -> bool:
    """The headline dates the visit itself or gives it several engagements."""
    if any(
        (h.date, h.end_date) == (stay.date, stay.end_date)
        for h in find_dates(headline, 0, len(headline), ref)
    ):
        return True
    return several_engagements(headline)


def several_engagements(headline: str | None) -> bool:
    """The headline gives a visit several engagements after its "for" ("for Talks and Tours", "for talks
    with B, business forum")."""
    m = _HEAD_FOR.search(headline) if headline else None
    return bool(m and _HEAD_MORE.search(m.string, m.end()))


def engagements_after(text: str, at: int) -> bool:
    """Another engagement named after text[:at] ("..., Business Forum", "and Tours")."""
    return bool(_HEAD_MORE.search(text, at))


def _dates_meeting(text: str, lo: int, t: Sentence, x: DateMention, names: list[str], noun: str) -> bool:
    """The date's clause dates the purpose's meeting: a meeting word, and the counterpart (by a name of his,
    or, when the purpose names him only as the counterpart, whoever the traveller meets) or the pair; a
    meeting attended, by its noun ("The ministers' meeting will take place on May 5")."""
    start = lo
    for c in _CLAUSE.finditer(text, lo, x.start):
        start = c.end()
    before = text[start : x.start]
    after = text[x.end : min(t.end, x.end + 60)]
    clause = before + " " + (_CLAUSE.split(after)[0])
    if not _MEETS.search(clause) or _BESIDE.search(before):
        return False
    if noun:
        return bool(re.search(rf"\b(?:the|this|their)\s+(?:[\w'’-]+\s+){{0,6}}?{noun}\b", clause, re.I))
    if _SAME.search(clause):
        return True
    if not names:
        return bool(_MEETS_WHOM.search(clause))
    return any(re.search(rf"\b{re.escape(w)}\b", clause) for w in names)
