"""The days and the city of the main event: day counts ("a two-day meeting"), a meeting's own city
inside a trip, and the cities of a sentence that are not where an earlier meeting was."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from briefings.extract.dates import DateMention, find_dates
from briefings.extract.event_city_checks import counted_aside
from briefings.extract.event_opened_next import counted_opening, opened_next
from briefings.extract.gazetteer import City, find_city
from briefings.extract.literals import has_any
from briefings.extract.places import cities_in, past_place
from briefings.extract.provinces import provinces_in
from briefings.extract.regex_guard import class_scan
from briefings.extract.regions import is_region
from briefings.extract.sentences import Doc, Sentence
from briefings.extract.tense_words import RUNS_UNTIL


def located(
    doc: Doc,
    s: Sentence,
    dm: DateMention,
    cities: list[tuple[City, int, int]],
    event_noun: re.Pattern[str],
    travel_nouns: frozenset[str],
) -> bool:
    """The date follows "<meeting> in <city>" directly: the meeting of the date has its own city."""
    for _city, a, b in cities:
        if 0 <= dm.start - b <= 5 and doc.text[b : dm.start].strip() in ("", "on", ","):
            nouns = {m.group().lower() for m in event_noun.finditer(doc.text, s.start, a)}
            if nouns - travel_nouns:
                return True
    return False


_WHERE_ON = re.compile(r",\s+where\s+(?:on\s+)?$")
# "His first stop is X, where on 13 July ...", "will begin in X, where": the trip's opening stop, still a trip
_OPENING_STOP = re.compile(r"\b(?:first|opening)\s+stop\b|\b(?:begins?|starts?)\b")


def dated_there(
    doc: Doc,
    s: Sentence,
    dm: DateMention,
    cities: list[tuple[City, int, int]],
    event_noun: re.Pattern[str],
    travel_nouns: frozenset[str],
) -> bool:
    """ "travel on to X, where on 29 July she will attend the Y Conference": the city a "where" clause dates
    a meeting in, that meeting's own city (not a leg of a trip)."""
    for _city, _a, b in cities:
        if (
            0 < dm.start - b <= 16
            and _WHERE_ON.search(doc.text, b, dm.start)
            and not _OPENING_STOP.search(doc.text, s.start, b)
        ):
            nouns = {m.group().lower() for m in event_noun.finditer(doc.text, dm.end, s.end)}
            if nouns - travel_nouns:
                return True
    return False


# "a two-day meeting", "began two days of talks in X on Wednesday": the count before the first day
_N_DAY = re.compile(
    r"\b(two|three|four|five|[2-5])(?:-day\b|\s+days\s+of\s+(?:talks|meetings|consultations|negotiations)\b)",
    re.I,
)
_N = {"two": 2, "three": 3, "four": 4, "five": 5}
_COUNT = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")  # a trip's days less one
_FIRST_STOP_OF = re.compile(
    r",?\s+(?:the\s+)?first\s+(?:stop|leg)\s+(?:on|of)\s+(?:a|an|his|her|their|the)\s+"
    r"(two|three|four|five|six|seven|eight|nine|ten)-day\s+(?:[\w-]+\s+){0,3}?(?:trip|tour|visit|journey|swing)\b",
    re.I,
)
# "meet today (Saturday) for two days of talks": a bracketed weekday restating the day between
_DAYS_OF = re.compile(r"(?:\s*\([^()]{1,25}\))?\s*,?\s+for\s+(two|three|four|five|[2-5])\s+days\s+of\b", re.I)
# "begin on Monday in X, and run for two days", "opens Monday and will last three days"
_RUN_FOR = re.compile(
    r"[^.;]{0,60}?\band\s+(?:will\s+)?(?:run|runs|last|lasts|continue|continues)\s+(?:for\s+)?"
    r"(two|three|four|five|[2-5])\s+days\b",
    re.I,
)
# "will arrive in X on Wednesday for a two-day visit": the visit's count of days just after its first day
_FOR_N_DAY = re.compile(
    # ("on Wednesday at the start of a two-day visit", "on the first day of a three-day summit": the same)
    r"\s*,?\s+(?:for|at\s+the\s+(?:start|beginning|outset|opening)\s+of|on\s+the\s+first\s+day\s+of)\s+"
    r"(?:a|an|his|her|their)\s+(two|three|four|five|[2-5])-day\s+"
    # "gathered in X on Wednesday for a two-day summit": the gathering's days too
    r"(?:(?:official|state|working|introductory|bilateral)\s+)?(?:visit|stay|summit|meeting|conference|session)\b",
    re.I,
)
# "will depart for X on Wednesday for a four-day trip": the day of leaving home, not the stay's first day
_DEPART = re.compile(r"\b(?:depart|departs|departing|leave|leaves|leaving)\b[^.;]{0,40}$")
_BY_ASIDE = re.compile(r",\s+(?:hosted|organi[sz]ed|chaired|co-chaired|attended|led)\s+by\s+[^,;.]{1,60},")
# a comma inside a list of names ("with Peru, Chile and Mexico"): no clause of its own
_LIST_COMMA = re.compile(r",(?=\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:,|\s+and\s+[A-Z]))")
# ("The two-day meeting of X leaders will open on Monday": the count's own meeting opening, no other clause)
_OTHER_CLAUSE = re.compile(
    r"\b(?:where|will(?!\s+(?:open|begin|start|convene|be\s+held|take\s+place)\s+(?:on\s+)?$)|meet|meets|"
    r"hold|holds|talks\s+with)\b|,"
)


def n_days(doc: Doc, s: Sentence, dm: DateMention, ref: date) -> DateMention:
    """ "a two-day meeting starting Thursday": the last day follows from the count."""
    if dm.end_date is None and "first" in s.text and (stop := _FIRST_STOP_OF.match(doc.text, dm.end, s.end)):
        # "arrived in X today, the first stop on a six-day trip": the trip's days from that day
        return replace(dm, end_date=dm.date + timedelta(days=_COUNT.index(stop[1].lower()) + 1))
    if dm.end_date is None and "days of" in s.text:
        after = _DAYS_OF.match(doc.text, dm.end, min(s.end, dm.end + 40))
        if after:  # "meet on Monday for two days of talks"
            n = _N.get(after[1].lower()) or int(after[1])
            return replace(dm, end_date=dm.date + timedelta(days=n - 1))
    if dm.end_date is None and " days" in s.text:
        lasting = _RUN_FOR.match(doc.text, dm.end, min(s.end, dm.end + 80))
        if lasting:  # "will begin tomorrow in X and run for two days"
            n = _N.get(lasting[1].lower()) or int(lasting[1])
            return replace(dm, end_date=dm.date + timedelta(days=n - 1))
    counted = "-day" in s.text or " days of " in s.text
    m = _N_DAY.search(doc.text, max(s.start, dm.start - 130), dm.start) if counted else None
    if m is None or any(m.end() <= d.start < dm.start for d in find_dates(doc.text, s.start, s.end, ref)):
        return dm
    between = doc.text[m.end() : dm.start]
    if "," in between and " by " in between:
        between = _BY_ASIDE.sub("", between)  # "The two-day summit, hosted by B, opens on Monday"
    if "," in between:
        between = _LIST_COMMA.sub("", between)  # "a two-day meeting with A, B and C in Y starting 3 May"
    if _OTHER_CLAUSE.search(between):
        return dm  # "a two-day visit to X, where she will meet Y on Tuesday": the meeting's own day
    n = _N.get(m[1].lower()) or int(m[1])
    if _CONCLUDED.search(doc.text, max(s.start, m.start() - 40), m.start()):
        # "wrapped up two days of talks in X on Thursday": Thursday is the last of the two
        return replace(dm, date=dm.date - timedelta(days=n - 1), end_date=dm.date)
    return replace(dm, end_date=dm.date + timedelta(days=n - 1))


_CONCLUDED = re.compile(
    r"\b(?:wrapped\s+up|wraps\s+up|concluded|concludes|ended|ends|closed|wound\s+up)\s+(?:its\s+|their\s+|the\s+|a\s+)?$"
)


def visit_days(doc: Doc, s: Sentence, dm: DateMention, ref: date) -> DateMention:
    """ "will arrive in X on Wednesday for a two-day visit" in the sentence or the two before it, dating dm's
    own day: the visit's days (not after "depart", the day of leaving home)."""
    if dm.end_date is not None:
        return dm
    for x in doc.sentences[max(0, s.index - 2) : s.index + 1]:
        if "-day" not in x.text:
            continue
        for d in find_dates(doc.text, x.start, x.end, ref):
            after = _FOR_N_DAY.match(doc.text, d.end, x.end) if d.date == dm.date and not d.end_date else None
            if after and not _DEPART.search(doc.text, max(x.start, d.start - 50), d.start):
                n = _N.get(after[1].lower()) or int(after[1])
                return replace(dm, end_date=dm.date + timedelta(days=n - 1))
    return dm


def now_cities(
    doc: Doc, start: int, end: int, prefer: frozenset[str], dm: DateMention | None
) -> list[tuple[City, int, int]]:
    """Cities of text[start:end] except where an earlier meeting was ("met in Brisbane last August") and
    where another gathering the date's meeting comes before or after is ("... before leaders meet at a
    summit in X")."""
    out = []
    for c in cities_in(doc.text, start, end, prefer):
        if past_place(doc.text, c[2]) and not (dm is not None and 0 <= dm.start - c[2] < 30):
            continue
        ym = MONTH_YEAR_AFTER.match(doc.text, c[2], min(end, c[2] + 60)) if dm else None
        if ym and dm is not None and int(ym[1]) < dm.date.year:
            continue  # "since the last one in X, Country, in December 2019": an earlier year's meeting
        if " in " in doc.text[c[1] - 4 : c[1]] and (
            _TOPIC_IN.search(doc.text, max(start, c[1] - 40), c[1])
            or _WHO_MET_IN.search(doc.text, max(start, c[1] - 60), c[1])
        ):
            # "to discuss the humanitarian situation in X": a subject of the talks, not their town;
            # "The ministers, who met in X on Monday, will ...": where they met before
            continue
        if counted_aside(doc.text, start, c):
            continue  # "... to the White House, the Prime Minister's first to X since taking office": a count
        if is_region(c[0].name) and find_city(c[0].name) is None:
            continue  # "the retreat in Maryland, where": the state, not a "Maryland City" the gazetteer knows
        other = _OTHER_GATHERING.search(doc.text, max(start, c[1] - 100), c[1]) if dm else None
        if other and dm is not None and start <= dm.start < other.start():
            continue
        out.append(c)
    return out


# a city's month and year with no day ("in X, Country, in December 2019"): when a meeting there was
MONTH_YEAR_AFTER = re.compile(
    r"(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?=,))?\s*,?\s*in\s+(?:January|February|March|April|"
    r"May|June|July|August|September|October|November|December)\s+(\d{4})\b"
)
# "the situation in X", "the war in X": a city the talks are about; "amid concern in X": a capital's mood
_TOPIC_IN = re.compile(
    r"\b(?:situation|crisis|war|conflict|fighting|violence|ceasefire|hostilities|tensions|unrest|"
    r"concerns?|worries|unease|alarm|anxiety|frustration|anger)\s+in\s+$"
)
_WHO_MET_IN = re.compile(
    r"\bwho\s+(?:last\s+|first\s+|also\s+)?(?:met|held|hosted|attended|gathered)\b[^.;,]{0,30}?\sin\s+$"
)
# "the meeting on Thursday is the last before leaders meet at a summit in X": the other gathering's city
_OTHER_GATHERING = re.compile(
    r"\b(?:before|after|ahead\s+of|followed\s+by)\s[^.;,]{0,70}?\b(?:summit|meeting|talks|conference|"
    # "a day after a summit of regional leaders in X": the gathering's "of" phrase before its town
    r"ministerial|gathering|forum)(?:\s+of\s+[^.;,]{1,40}?)?\s+(?:in|at)\s+$",
    re.I,
)


_UNTIL = re.compile(
    r"\b(?:(?:runs?|running|continues?|continuing|lasts?|lasting)\s+(?:through|until|till|to)|until|till|"
    r"(?:ends?|ending|closes?|closing|concludes?|concluding)(?:\s+(?:at|in the)\s+\w+)?(?:\s+on)?)\s+"
    r"(?:tomorrow,\s+)?$"  # "continues until tomorrow, Wednesday 5 March": the day restated
)
# "the council meets on 3 May, followed by the enlarged session the next day, 4 May"
_FOLLOWED = re.compile(r"\bfollowed\s+by\b[^.;]{0,80}$")
# "followed by a press conference on 6 May", "a reception the next day": no day of the meeting
_NOT_A_MEETING = re.compile(r"\b(?:press|media|reception|dinner|lunch|breakfast|photo|visit|tour)\b", re.I)


def closing_day(doc: Doc, s: Sentence, dm: DateMention, ref: date) -> DateMention:
    """ "opens Thursday and runs through Saturday": the gathering's last day, later in the sentence."""
    if dm.end_date:
        return dm
    for d in find_dates(doc.text, dm.end, min(s.end, dm.end + 60), ref)[:1]:
        # "on Monday, June 30, and Tuesday, July 1": two consecutive days joined by "and"
        if _AND_NEXT.match(doc.text[dm.end : d.start]) and d.date == dm.date + timedelta(days=1):
            return replace(dm, end_date=d.end_date or d.date)
    if "followed by" in s.text:
        for d in find_dates(doc.text, dm.end, s.end, ref):
            fm = _FOLLOWED.search(doc.text, dm.end, d.start)
            if fm and dm.date < d.date <= dm.date + timedelta(days=2) and not _NOT_A_MEETING.search(fm[0]):
                return replace(dm, end_date=d.end_date or d.date)
    for later in doc.sentences[s.index + 1 : s.index + 3] if has_any(s.text, _VISIT_WORDS) else ():
        # "will visit X on Monday. During the two-day visit until Tuesday, ...": the visit's last day;
        # "..., who will be in X until Friday, ...": the stay's
        for d in find_dates(doc.text, later.start, later.end, ref) if has_any(later.text, _THROUGH) else ():
            if not _N_DAY_THROUGH.search(doc.text, max(later.start, d.start - 50), d.start):
                continue
            last = d.date + timedelta(days=7) if d.relative and d.date <= dm.date else d.date
            if dm.date < last <= dm.date + timedelta(days=8):  # "the week-long visit, which runs until"
                return replace(dm, end_date=last)
    if opened := opened_next(doc, s, dm, ref) or counted_opening(doc, s, dm, ref):
        return opened  # "arrived on Friday for the X. The X opens Friday ..."; "two days of talks ... opens"
    if not (
        _OPENING.search(doc.text, max(s.start, dm.start - 70), dm.start)
        or _OPENS_AFTER.match(doc.text, dm.end, s.end)  # "A today opens the X Conference"
        # "will open the X Conference in Y on 14 May": the opening verb heads the day's clause
        or (
            has_any(s.text, _OPEN_WORDS)
            and _OPENS_CLAUSE.search(doc.text, max(s.start, dm.start - 130), dm.start)
        )
    ):
        return dm  # "meet Y on Monday and stay until Friday": the meeting's day alone
    # the closing day later in the sentence, or in the next sentence of the paragraph ("... opens on
    # Monday. Panels follow, and the forum ends on 6 May.")
    # a gathering's own "will run until" may stand two sentences on, after one about its opening day
    for x in (s, *doc.sentences[s.index + 1 : s.index + 3]):
        if not has_any(x.text, _UNTIL_WORDS):
            continue
        if x.index == s.index + 2 and not _GATHERING_RUNS.search(x.text):
            continue
        # a one-sentence paragraph of a wire story: "gather from Friday. / ... the Forum, which runs until
        # Sunday": the gathering's running span in the next paragraph, not any "to" or "end"
        until = _UNTIL if x.paragraph == s.paragraph else RUNS_UNTIL
        for d in find_dates(doc.text, dm.end if x is s else x.start, x.end, ref):
            if until.search(doc.text, max(x.start, dm.end, d.start - 35), d.start):
                last = d.end_date or d.date if x is not s else d.date
                if d.relative and last <= dm.date:
                    last += timedelta(days=7)
                if dm.date < last <= dm.date + timedelta(days=14):
                    return replace(dm, end_date=last)
                return dm
    return dm


# ("today (23 March) and tomorrow": the bracket restating the first day closes before the "and")
_AND_NEXT = re.compile(r"^\)?,?\s+and\s+(?:on\s+)?$")
_N_DAY_THROUGH = re.compile(
    r"\b(?:(?:two|three|four|five|[2-5])-day\s+(?:visit|trip|stay|talks|meeting|summit|tour)|"
    # "The week-long visit, which runs until next Tuesday", "the trip lasts through Friday"
    r"(?:visit|trip|tour|stay)(?:,\s+which)?\s+(?:runs?|lasts?|continues?|will\s+(?:run|last|continue))\s*|"
    r"(?:will\s+be|stays?|staying|remains?)\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+"
    r"(?:through|until|till|to)\s+$",
    re.I,
)
_VISIT_WORDS = ("visit", "travel", "trip")
_THROUGH = ("through", "until", "till")
_OPENING = class_scan(
    re.compile(
        r"\b(?:opens?|opening|begins?|beginning|starts?|starting|from|kicks?\s+off|gets?\s+under\s+way|"
        # a report on the first day: "began in Xcity today and will continue until tomorrow"
        r"opened|began|started|commenced?|commences|commencing|kicked\s+off|got\s+under\s*way)"
        # "which opens in Xcity on May 29": the town (or a venue and its town) between the verb and its day
        r"(?:\s+(?:in|at)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}"
        r"(?:,\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)?)?(?:\s+on)?\s+$"
    )
)
_OPENS_AFTER = re.compile(r"\s+(?:opens|begins|starts|kicks\s+off|inaugurates)\b")
_OPEN_WORDS = ("open", "inaugurat")
_OPENS_CLAUSE = re.compile(
    # (a long name and its venue: "will open the X and Y Conference at the Z Palace in Ycity on 22 May")
    r"\b(?:will|to|shall)\s+(?:formally\s+|officially\s+)?(?:open|inaugurate)\s+the\s+[^.;,]{0,100}?\s(?:on\s+)?$"
)
# "The dialogue, Asia's premier summit, will run until May 31": the gathering named as the running subject
_GATHERING_RUNS = re.compile(
    r"^\s*The\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?:,[^,.;]{1,60},)?\s+(?:will\s+)?(?:runs?|lasts?|continues?)\s+"
    r"(?:through|until|till)\s"
)
_UNTIL_WORDS = ("until", "till", "through", " to ", "end", "clos", "conclud")


def spans_cities(
    doc: Doc,
    body: list[Sentence],
    dm: DateMention,
    ref: date,
    country: str,
    prefer: frozenset[str],
    dateline: str = "",
    main_at: int = -1,
) -> bool:
    """A visit to a country whose dated days name two or more of its cities (a stay over several); a
    dateline's city of that country counts as one ("PUTRAJAYA - ... state visit to Malaysia from 22 to 24
    Sept ... a meeting in Kuala Lumpur on 24 Sept"), and so do the undated legs just after the visit's
    sentence ("In Beijing, A will ... A will then travel to the X Region, where he will visit B and C")."""
    last = dm.end_date or dm.date
    seen: set[str] = {dateline} if dateline else set()
    for x in body:
        leg = main_at < x.index <= main_at + 5 and bool(_LEG.search(x.text))
        if not leg and not any(dm.date <= d.date <= last for d in find_dates(doc.text, x.start, x.end, ref)):
            continue
        seen.update(
            c[0].name
            for c in cities_in(doc.text, x.start, x.end, prefer)
            if c[0].country == country
            and not (doc.text[x.start : c[1]].strip() == "In" and _SAID_FROM.match(doc.text, c[2], x.end))
            # "..., according to the X embassy in Ycity": where the source sits, no stop
            and not ("according" in x.text and _SOURCE_IN.search(doc.text, max(x.start, c[1] - 70), c[1]))
            # "where contracts for a rail link in Xcity could be signed": a hedged object's town, no stop
            and not _HEDGED_AFTER.match(doc.text, c[2], x.end)
        )
        if "Province" in x.text or "Prefecture" in x.text or "Autonomous Region" in x.text:
            # "after the capital, A will travel to Y Province on 27 May": a day in another of its provinces
            seen.update(m[1] for m in _TO_PROVINCE.finditer(doc.text, x.start, x.end))
        elif " in " in x.text and not leg:  # "tour the X shipyard in Yprovince" on the stay's last day
            seen.update(provinces_in(doc.text, x.start, x.end, country))
    return len(seen) >= 2


# a leg of a visit: "In Beijing, the Minister will ...", "will then travel to ...", "where he will visit ..."
_LEG = re.compile(
    r"^\s*In\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,|\bwill\s+then\s+(?:travel|go|proceed|fly|head)\b|"
    r"\bwhere\s+(?:he|she|they)\s+will\s+visit\b|"
    # "In the second leg of the visit, ...", "The delegation will also travel to X": another stop
    r"\b(?:second|next|third|final|last)\s+leg\b|\bwill\s+also\s+(?:travel|go|fly|head)\s+to\b"
)
# "In Xcity, presidential spokesperson A said B would host ...": where the words were said, no stop
_SAID_FROM = re.compile(r",\s+(?:[^.;,]{1,70}?\s)?(?:said|says|told|announced|confirmed|stated)\b")
_HEDGED_AFTER = re.compile(r"[^.;,]{0,30}?\s(?:could|might)\s+be\b")
_SOURCE_IN = re.compile(r"\baccording\s+to\s+[^.;,]{0,60}?\s(?:in|at)\s+$")
_TO_PROVINCE = re.compile(
    r"\b(?:to|in|visit|visits|visiting|tour|tours|touring)\s+(?:the\s+)?"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:Province|Prefecture|Autonomous\s+Region))\b"
)


def title_lines(doc: Doc, skip: set[int]) -> int:
    """How many letterhead and title lines stand before the headline's lead beyond the headline itself
    (a ministry's name, a label, a title over two lines): the lead is the first sentence of prose."""
    for x in doc.sentences[:12]:
        t = x.text.rstrip()
        near = doc.sentences[max(0, x.index - 1) : x.index + 2]
        prose = t.endswith((".", "!", "?", '"', "”")) or any(
            y.paragraph == x.paragraph and y.index != x.index for y in near
        )
        if prose:
            return max(0, x.index - 1 - sum(1 for i in skip if i < x.index))
    return 0
