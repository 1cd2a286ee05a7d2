"""Topics: agenda phrases, threats named, definitions the text gives, and background facts."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from briefings.extract.agenda import (
    AGENDA,
    AGENDA_BEFORE,
    AGENDA_BEFORE_WORDS,
    AGENDA_CUES,
    AGENDA_CUES_WORDS,
    AGENDA_MORE,
    AGENDA_MORE_WORDS,
    AGENDA_ROUND4,
    AGENDA_ROUND4_WORDS,
    ALONG_WITH,
    COLON_LIST,
    COLON_WORDS,
    EXPECT_TO,
    FEATURE,
    FEATURE_WORDS,
    MONTH,
    ON_AGENDA,
    PUT_ON_AGENDA,
    REALIZING_QUOTED,
    RESUMED,
    RESUMED_ALSO,
    THEME_QUOTED,
)
from briefings.extract.frameworks import FRAMEWORK_HEADS, named_frameworks
from briefings.extract.gazetteer import country_of
from briefings.extract.literals import WordGroups, has_any
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.regex_guard import by_first_letter, class_scan, guarded
from briefings.extract.sentences import Doc
from briefings.extract.topic_bullets import bullet_topics
from briefings.extract.topic_collect import HEADLINE_LINK, Topics, agenda_before_may_match, headline_topics
from briefings.extract.topic_focus import QUOTED_LIST, focus_items
from briefings.extract.topic_lists import (
    _FROM_TO,
    _FROM_TO_WORDS,
    _LIST_END,
    _clean,
    _split_list,
    cut_list,
    resumed_lists,
)
from briefings.extract.topic_preps import (
    cue_preposition,
    how_topics,
    inner_repeats,
    repeated_lists,
    semicolon_items,
)
from briefings.extract.topic_purpose import PURPOSE_WORDS, purpose_topics
from briefings.extract.topic_words import (
    anniversary_spans,
    dated,
    is_city,
    nominalize,
    urged_actions,
)
from briefings.models import Topic

_ORGS = ORGANISATION_NAMES
_LISTED = re.compile(
    r"\b(?:includ(?:e|es|ing)|cover|such as|on|about|speak(?:s|ing)?\s+of|spoke\s+of|take up|taking up|"
    r"discuss(?:ed|es|ing)?|"
    r"address(?:ed|es|ing)?)\s+$|:\s+$"  # (or a colon: "the agenda: Xland, the sanctions package and B")
)
# (also "The centrepiece of the summit, X said, is expected to be A", "the main focus of the talks will be A")
_CENTRAL = re.compile(
    r"\b(?:Central to|At the heart of|High on the agenda (?:of|for)|Top(?:ping)? the agenda (?:of|for)|"
    r"(?:the\s+)?(?:centerpiece|centrepiece|(?:main\s+|key\s+)?focus|highlight)\s+of)"
    r"\s+(?:the|these|this)\s+\w+(?:,\s+[^,.;]{1,40},)?\s+(?:will be|is|are|was)\s+"
    r"(?:(?:expected|likely|set)\s+to\s+be\s+)?(?P<np>[^,.;]+)",
    re.I,
)
_DEFINITION = re.compile(
    r"\s*,?\s*(?:wherein|whereby|which (?:refers to|means|is defined as|describes)|"
    r"defined as|meaning|i\.e\.,?|that is,)\s+(?P<d>[^.]+)",
    re.I,
)
_EFFORTS = re.compile(r"\befforts? to\s+(?P<x>[^.;]+)")
_THREATS = re.compile(r"\bthreats?\s+(?:from|posed by|by)\s+(?P<list>[^.;]+)")
_BACKGROUND_TIME = re.compile(
    rf"\bin\s+(?P<t>{MONTH}(?:\s+\d{{4}}|\s+(?:next|last|this)\s+year)?|(?:19|20)\d{{2}})\b"
)
# "dialogue partners, including A, B and C", "his counterparts, including D": who takes part, not what is
# discussed (the names and countries of such a list are no topics)
_PARTIES = guarded(
    re.compile(
        r"\b(?:partners|members|countries|states|nations|economies|delegations|participants|ministers|leaders|"
        r"counterparts|allies|guests),?\s+(?:including|such\s+as|notably)\s+$"
    )
)


# "A, where B and C have clashed, is likely to feature": a relative clause inside a list before its verb
_INNER_CLAUSE = re.compile(r",\s*(?:where|which|who|whose)\b[^,]*(?=,|$)")
# what opens the list of an agenda sentence: "said A and B would top the agenda", "officials say A", "the
# forum, where A and B are set to dominate"
_SAID = re.compile(r"\b(?:said|says|say|that)\s+[“\"]?")
_SAID_WHERE = re.compile(_SAID.pattern + r"|\bwhere\s+")
_STOPS = (".", "!", "?", '"', "”", "’", "'")
_PRONOUN = re.compile(r"(?:it|them|this|that|these|those|him|her|us|me)\b", re.I)
# a phrase every ON_AGENDA match holds ("on the agenda", "set to feature", "on the table")
_ON_AGENDA_WORDS = ("the agenda", " to figure", " to feature", " to dominate", "the table")
# "X is our main supplier of rice, and A will be high on the agenda": a clause before the item, no item
_FINITE = re.compile(r"\s(?:is|are|was|were|has|have|had)\s")
# "cooperation with the X and Y": a country after a preposition of its list item is no subject of its own
_HELD = re.compile(r"\b(?:with|between|of|in|to|for|from|on|against|by)\s+[^,;]*$")
_MEDIA = re.compile(r"\b(?:interested\s+in|wishing\s+to|wish\s+to|want(?:ing)?\s+to|planning\s+to)\s+$")
# behind a lookahead of their first letters (regex_guard: same matches), as the agenda patterns are
_CENTRAL, _EFFORTS, _THREATS, _BACKGROUND_TIME, _FROM_TO = (
    guarded(p) for p in (_CENTRAL, _EFFORTS, _THREATS, _BACKGROUND_TIME, _FROM_TO)
)
# and those opening with a literal word regrouped by its first letter (by_first_letter: sre scans for it in C)
_EFFORTS, _THREATS, _BACKGROUND_TIME, _FROM_TO = (
    by_first_letter(p) for p in (_EFFORTS, _THREATS, _BACKGROUND_TIME, _FROM_TO)
)
_BACKGROUND_TIME = class_scan(_BACKGROUND_TIME)  # (regex_guard: same matches)


_CENTRAL_WORDS = (
    "central to", "at the heart of", "high on the agenda", "top", "centerpiece", "centrepiece", "focus of",
    "highlight of",
)  # fmt: skip
_AGENDA_WORDS = (
    "discuss", "address", "focus", "review", "agenda", "topic", "cover", "exchange", "deliberate", "cent",
    "explore", "including", "such as", "cooperation", "advanc", "reaffirm", "views on",
)  # fmt: skip


_ANY_WORDS = (
    "discuss", "address", "focus", "agenda", "topic", "cover", "views", "deliberat", "centred", "centered",
    "centre on", "center on",
    "review", "explore", "heart", "includ", "such as", "cooperation", "advanc", "reaffirm", "effort",
    "threat", "wherein", "whereby", "refers to", "defined as", "enhanc", "strengthen", "deepen", "bolster",
    "boost", "expand", "improv", "promot", "reinforc", "Central", "High on", "Top", "protect", "to support",
    "will support", "would support", "and support", "to ease", "to lift", "revise", "update", "coordinate",
    "counter ", "combat", " end ", " stop ", "revive", "tackle", "maintain", "uphold", "preserve", "keep ",
    "acquire", "procure", "purchase", "launch", "centerpiece", "centrepiece", "highlight of", "accelerat",
    "solidif", "prevent", "supporting",
)  # fmt: skip
# every _BACKGROUND_TIME match holds one of these
_WHEN_WORDS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "19", "20",
)  # fmt: skip
_IN_YEAR_OR_NAME = guarded(re.compile(r"\bin (?:1|2|[A-Z])"))
# the cue words of the patterns below, all looked for in one pass over each sentence (same answers as
# has_any on each list); bit i is the i-th list
_WORDS = WordGroups(
    _ANY_WORDS, AGENDA_MORE_WORDS, AGENDA_ROUND4_WORDS, AGENDA_CUES_WORDS, FRAMEWORK_HEADS,
    AGENDA_BEFORE_WORDS, FEATURE_WORDS, _FROM_TO_WORDS, COLON_WORDS, _AGENDA_WORDS, PURPOSE_WORDS,
    _WHEN_WORDS,
)  # fmt: skip
_ANY, _MORE, _ROUND4, _CUES, _FRAMES, _BEFORE = 1, 2, 4, 8, 16, 32
_FEATURE, _RANGE, _COLON, _AGENDA, _PURPOSE, _WHEN = 64, 128, 256, 512, 1024, 2048


def _any_topic(text: str, words: int) -> bool:
    """True when some topic pattern may match: a year or capital after "in", or one of the cue words."""
    return ("in " in text and bool(_IN_YEAR_OR_NAME.search(text))) or bool(words & _ANY)


def _nested(pattern: re.Pattern[str], text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The pattern's matches, also those inside an earlier match's list ("reviewed A, and discussed B",
    "speaking on condition of anonymity, said X would raise C"): each search resumes where the list began."""
    m = pattern.search(text, start, end)
    while m is not None:
        yield m
        m = pattern.search(text, m.start("list"), end)


def find_topics(doc: Doc, skip_sentences: set[int], headline: int | None = None) -> list[Topic]:
    """Agenda items, threats and background the text gives, each with its evidence (of the headline, only
    what it says is on the agenda)."""
    text = doc.text
    t = Topics(doc)
    if headline is not None and headline not in skip_sentences:
        headline_topics(t, doc.sentences[headline])
    for s in doc.sentences:
        st = s.text
        if s.index in skip_sentences or s.index == headline:
            continue
        if st.endswith(":"):  # "... will address:" and a bulleted list under it
            for name, x, a, b in bullet_topics(doc, s, _clean):
                t.add(name, "agenda", x, a, b)
        # the rarer cues are tested on their own, so a sentence holding only them skips the common patterns
        words = _WORDS.mask(st)
        core_ok = _any_topic(st, words)
        more_ok = bool(words & _MORE)
        round4_ok = bool(words & _ROUND4)
        cues_ok = bool(words & _CUES)
        frames_ok = bool(words & _FRAMES)
        before_ok = bool(words & _BEFORE)
        for a, b in urged_actions(text, s.start, s.end):
            t.add(text[a:b], "agenda", s, a, b)
        for fm in FEATURE.finditer(text, s.start, s.end) if words & _FEATURE else ():
            t.add(fm.group(), "agenda", s, fm.start(), fm.end())
        agenda_ok = has_any(st, _ON_AGENDA_WORDS)
        ranged = " from " in st and bool(words & _RANGE)
        colon_ok = ":" in st and bool(words & _COLON)
        themed = "heme" in st and ('"' in st or "“" in st)
        if not (
            core_ok
            or more_ok
            or round4_ok
            or cues_ok
            or frames_ok
            or before_ok
            or agenda_ok
            or ranged
            or colon_ok
            or themed
        ):
            continue
        # literal words each pattern needs, tested before running it (case-insensitive ones on ASCII only)
        low = st.lower() if st.isascii() else None
        central = core_ok and (low is None or has_any(low, _CENTRAL_WORDS))
        for m in _CENTRAL.finditer(text, s.start, s.end) if central else ():
            name = _clean(m["np"])
            dm = _DEFINITION.match(text, m.end("np"), s.end)
            t.add(
                name,
                "agenda",
                s,
                m.start("np"),
                m.start("np") + len(m["np"]),
                dm["d"].strip() if dm else None,
            )
            if dm is None and text.startswith(",", m.end("np")):  # "... will be A, B and C": the list goes on
                for item, pos in focus_items(text, m.start("np"), s.end, _split_list):
                    t.add(item, "agenda", s, pos, pos + len(item))
        more = _nested(AGENDA_MORE, text, s.start, s.end) if more_ok else ()
        round4 = _nested(AGENDA_ROUND4, text, s.start, s.end) if round4_ok else ()
        core = _nested(AGENDA, text, s.start, s.end) if core_ok and words & _AGENDA else ()
        cues = _nested(AGENDA_CUES, text, s.start, s.end) if cues_ok else ()
        colon = COLON_LIST.finditer(text, s.start, s.end) if colon_ok else ()
        in_quotes = QUOTED_LIST.finditer(text, s.start, s.end) if core_ok and ('"' in st or "“" in st) else ()
        for m in itertools.chain(core, more, round4, cues, colon, in_quotes):
            if m.group().startswith("cover") and _MEDIA.search(text, max(s.start, m.start() - 30), m.start()):
                continue  # "Media interested in covering the press conference must register": no agenda
            lst, rest = cut_list(m["list"])
            whole = lst == m["list"]
            prep = cue_preposition(text[m.start() : m.start("list")])
            items = (
                [x for part in inner_repeats(lst, prep) for x in _split_list(part)]
                if prep
                else _split_list(lst)
            )
            rm = (
                (RESUMED.match(text, m.end("list"), s.end) or RESUMED_ALSO.match(text, m.end("list"), s.end))
                if whole
                else None
            )
            if rm:
                items += _split_list(_LIST_END.split(rm["list"], maxsplit=1)[0])
            # "focus on A; on B; and on C", "on A, where X, as well as on B": the repeated preposition goes on
            for _, more_list in repeated_lists(text, m.start("list") + len(lst), s.end, prep) if prep else ():
                items += _split_list(cut_list(more_list)[0])
            if m.re is COLON_LIST and whole:  # "themes: A; B; and C": semicolons part the items
                items += [
                    x
                    for part in semicolon_items(text, m.end("list"), s.end)
                    for x in _split_list(cut_list(part)[0])
                ]
            first = len(items)
            for more_list in resumed_lists(rest):
                items += _split_list(more_list)
            if _PARTIES.search(text, max(s.start, m.start("list") - 40), m.start("list")):
                items = [x for x in items if x[:1].islower() and not country_of(x)]
            for i, item in enumerate(items):
                if dated(item) or is_city(item) or (i >= first and country_of(item)):
                    continue
                if (
                    country_of(item)
                    and not (len(items) > 1 and country_of(item) in _ORGS)
                    and not _LISTED.search(text, max(s.start, m.start("list") - 12), m.start("list"))
                ):
                    continue  # a country is a topic only in a list of items ("including China, North Korea")
                pos = text.find(item, m.start("list"), s.end)
                t.add(
                    item,
                    "agenda",
                    s,
                    pos if pos >= 0 else m.start(),
                    (pos + len(item)) if pos >= 0 else m.end(),
                )
        for m in _FROM_TO.finditer(text, s.start, s.end) if ranged else ():
            for g in ("a", "b"):
                for item in _split_list(m[g]):
                    pos = text.find(item, m.start(g), m.end(g))
                    if pos >= 0 and not country_of(item):
                        t.add(item, "agenda", s, pos, pos + len(item))
        for m in ON_AGENDA.finditer(text, s.start, s.end) if agenda_ok else ():
            g = "list" if m["list"] else "list2"
            for item in _split_list(m[g]):
                pos = text.find(item, m.start(g), s.end)
                if pos >= 0 and not country_of(item):
                    t.add(item, "agenda", s, pos, pos + len(item))
        quoted = cues_ok and ('"' in st or "“" in st)
        for m in REALIZING_QUOTED.finditer(text, s.start, s.end) if quoted else ():
            t.add(m["x"], "agenda", s, m.start("x"), m.end("x"))
        for m in THEME_QUOTED.finditer(text, s.start, s.end) if themed else ():
            t.add(m["x"], "agenda", s, m.start("x"), m.end("x"))
        for a, b in named_frameworks(text, s.start, s.end) if frames_ok else ():
            t.add(text[a:b], "agenda", s, a, b)
        # run on the sentence alone, so that "^" is its start ("Trade and X will be discussed.")
        # each only when its own literal words are there too ("xpect", a cue word of the list, is needed by
        # EXPECT_TO alone; every AGENDA_BEFORE match holds one of its closing words: agenda_before_may_match)
        before = (
            itertools.chain(
                AGENDA_BEFORE.finditer(st) if agenda_before_may_match(st) else (),
                EXPECT_TO.finditer(st) if "xpect" in st else (),
            )
            if before_ok
            else ()
        )
        if "agenda" in st and ("put" in st or "plac" in st):
            before = itertools.chain(before, PUT_ON_AGENDA.finditer(st))
        for m in before:
            put = m.re is PUT_ON_AGENDA
            if put and _PRONOUN.match(m["list"]):
                continue  # "put that experience at the centre of the agenda": what it stands for is elsewhere
            if m.re is AGENDA_BEFORE and m["bare"] and (m.start() > 0 or st.rstrip().endswith(_STOPS)):
                continue  # "A and B expected to top the agenda" with no auxiliary: a headline's line only
            # "X, who will chair, said A, B and C would top the agenda": the list follows "said" ("officials
            # say A", "the forum, where A and B are set to dominate"); "A, where B clashed, is likely to
            # feature": a relative clause a comma closes is no item
            opener = _SAID if st.startswith(",", m.end("list")) else _SAID_WHERE
            lst = _INNER_CLAUSE.sub("", opener.split(m["list"])[-1])
            if not put and m.re is AGENDA_BEFORE and m["bare"]:
                lst = HEADLINE_LINK.split(lst)[-1]  # "X meets Y, with A and B expected to top the agenda"
            # "North Korea will also be on the agenda": a country that opens the sentence is its subject (not
            # one a phrase before it holds: "cooperation with X and Y"); "put X at the top of the agenda": its
            # object
            subject = put or (lst == m["list"] and m.start("list") <= 1)
            for item in _split_list(lst):
                pos = text.find(item, s.start + m.start("list"), s.end)
                held = _HELD.search(text, s.start, max(pos, s.start)) is not None
                if pos >= 0 and ((subject and not held) or not country_of(item)) and not _FINITE.search(item):
                    t.add(item, "agenda", s, pos, pos + len(item))
            am = ALONG_WITH.match(st, m.end()) if " with " in st else None
            if am is not None:
                for item in _split_list(cut_list(am["list"])[0]):
                    pos = text.find(item, s.start + am.start("list"), s.end)
                    if pos >= 0 and not country_of(item):
                        t.add(item, "agenda", s, pos, pos + len(item))
        for name, pos in how_topics(text, s.start, s.end, _split_list) if " how " in st else ():
            t.add(name, "agenda", s, pos, pos + len(name))
        if not core_ok:
            continue  # none of the words the patterns below need
        for m in _EFFORTS.finditer(text, s.start, s.end) if "effort" in st else ():
            for chunk in re.split(r"\s+and\s+(?=[a-z]+\s+(?:their|its|the|our|a)\b)", m["x"]):
                vm = re.match(r"(?P<v>[a-z-]+)\s+(?P<o>.+)", chunk.strip())
                if vm:
                    nominal = nominalize(vm["v"], vm["o"], _clean)
                    if nominal:
                        pos = text.find(chunk.strip(), m.start("x"), s.end)
                        t.add(nominal, "agenda", s, max(pos, s.start), max(pos, s.start) + len(chunk.strip()))
        for part, pos in purpose_topics(text, s.start, s.end) if words & _PURPOSE else ():
            t.add(part, "agenda", s, pos, pos + len(part))
        for m in _THREATS.finditer(text, s.start, s.end) if "threat" in st else ():
            for item in _split_list(m["list"]):
                name = country_of(item) or item
                pos = text.find(item, m.start("list"), s.end)
                t.add(
                    name,
                    "threat",
                    s,
                    pos if pos >= 0 else m.start(),
                    (pos + len(item)) if pos >= 0 else m.end(),
                )
        for m in _BACKGROUND_TIME.finditer(text, s.start, s.end) if words & _WHEN else ():
            t.add_background(s, m.start(), m.end(), m["t"])
    for s in doc.sentences if "anniversary of" in text else ():  # after the agenda, which names it first
        for a, b in anniversary_spans(text, s.start, s.end) if s.index not in skip_sentences else ():
            t.add(text[a:b], "background", s, a, b)
    return t.items
