"""Who a side-meeting cue names: the subject and everyone in its clause, by the cue's form."""

from __future__ import annotations

import re

from briefings.extract.events import MainEvent
from briefings.extract.people import People, PersonRec
from briefings.extract.sentences import Doc, Sentence
from briefings.extract.side_cues import NAMED_GATHERING
from briefings.extract.side_formats import format_kind, sides_kind
from briefings.extract.side_lists import names_main
from briefings.extract.side_rules import chaired_gathering, the_two, visit_pair
from briefings.extract.side_state_subject import state_subject
from briefings.extract.side_subjects import (
    HOSTS,
    antecedents,
    hosted_talks,
    joint_subject,
    people_in,
    pronoun_partner,
    subject_of,
    with_pronoun,
)

_ABBREV_AND = re.compile(r"(?:^|[\s,])[A-Z]{2,5}\s+and\s+(?:[A-Z][\w.-]*\s+){1,4}[A-Z]")
_PLURAL_TITLE = re.compile(
    r"\s*[Tt]he\s+(?:two\s+)?(?:[A-Z][\w-]*\s+)?(Secretar|Minister)(?:ies|s)\s+(?:will|are)\b"
)
_REPORTS_THAT = re.compile(r"\b(?:announced|said|stated|confirmed|noted|told\s+reporters)\s+that\b")
_RELATIVE = re.compile(r",\s*who\s+[^,;]{1,80},")

_ATTENDS = re.compile(
    r"\b(?:will|to|would)\s+(?:also\s+)?(?:attend|take\s+part|participate|join)\b"
    r"(?=[^.;]{0,120}?\b(?:meeting|session)\b)"
)
_IT_WILL_BE = re.compile(
    r"\s*(?:It|The\s+(?:meeting|session|group))\s+(?:will|is\s+to|would)\s+(?:also\s+)?be\s+"
)
# "Foreign ministers of the bloc will meet on Friday, chaired by A": a group's session, its chair named after
_GROUP_MEETS = re.compile(
    r"\b(?:[Mm]inisters|[Ll]eaders|[Hh]eads|[Cc]hiefs|[Oo]fficials|[Dd]elegates)\b[^.;]{0,60}?"
    r"\bwill\s+(?:also\s+)?(?:meet|convene|gather)\b"
)
_DAY = re.compile(r"\b(?:[Tt]oday|[Tt]omorrow|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b")
_ARTICLE = re.compile(r"\s(?:an?|the)\s")
_OF_BODY = re.compile(r"\s+of\s+the\s+[A-Z]")
_WITH_AFTER = re.compile(r"[^,;]{0,40}?\bwith\s+(?:[A-Z]|(?:his|her|their)\s)")

Parties = tuple[PersonRec | None, list[PersonRec], str, bool]


# "the 6th meeting", "the third session": a numbered sitting of a body
_NTH_MEETING = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:meeting|session|round)\b",
    re.I,
)


def _headline_pair(doc: Doc, main: MainEvent, pair: list[PersonRec], cue: str) -> bool:
    """ "A and B will hold talks Saturday" under "A to hold summit with B": the headline's meeting again."""
    if not doc.sentences:
        return False
    main_set = set(main.event.participants)
    art = _ARTICLE.search(cue)
    if art:
        # "A and B will co-chair the 6th meeting of X" under "6th Meeting of X (Xcity, 12 May)": the
        # dated title's meeting, said again with its number; else a named meeting of its own
        named = _NTH_MEETING.search(cue, art.start())
        title = main.sentence.text.lower() if main.sentence.index == 0 else ""
        return bool(named and named.group().lower() in title and all(r.name in main_set for r in pair))
    head = set(re.findall(r"[\w'’-]+", doc.sentences[0].text))
    return all(r.name in main_set and any(w in head for w in r.name.split()[:3]) for r in pair)


def cue_parties(
    doc: Doc,
    people: People,
    main: MainEvent,
    s: Sentence,
    m: re.Match[str],
    a: int,
    b: int,
    main_first: PersonRec | None,
    main_recs: list[PersonRec],
    kind_word: str,
    in_main: bool,
    be_with: bool,
) -> Parties | None:
    """(subject, the people of its clause, kind word, a meeting inside the visit?); None: no meeting."""
    seg = doc.text[a:b]
    if m["now"] and (not _DAY.search(s.text) or not people_in(doc, people, a, m.start())):
        return None  # "A meets B" is a plan only beside its day ("on Friday"), and only a named person's
    in_visit = False
    pair_cue = bool(m["pair"])
    if (
        pair_cue
        and (kind_word or _OF_BODY.match(doc.text, m.end(), b))
        and _WITH_AFTER.match(doc.text, m.end(), b)
        and len(people_in(doc, people, a, m.start())) < 2
    ):
        # "A will also hold a trilateral meeting on Monday with B and C", "Leaders will hold the meeting
        # of the X Council with B": one subject, the people met after
        pair_cue = False
    if pair_cue:
        told = list(_REPORTS_THAT.finditer(doc.text, a, m.start())) if "that" in seg else []
        # "the spokesperson announced that A and B will co-chair ...": the source is not a party
        pair = people_in(doc, people, told[-1].end() if told else a, m.start())
        pair = with_pronoun(doc, people, s, a, m.start(), main_first, pair)  # "he and B co-chair"
        if len(pair) < 2:
            # a named meeting of the visitor and the host inside the visit: not the visit restated
            pair = visit_pair(doc, people, main, a, m.start(), m.group()) or pair
            in_visit = len(pair) >= 2
        single = len(pair) == 1 and main_first is not None and pair[0] is not main_first
        if single and main_first and _ABBREV_AND.search(doc.text, a, m.start()):
            pair = [main_first, pair[0]]  # "EAM and Foreign Minister B will hold the X Dialogue"
            in_visit = "visit" in main.sentence.text  # a named session inside the visit
        if len(pair) < 2:
            pair = the_two(people, doc.text[a : m.start()], doc, s)  # "the two finance ministers will hold"
        if len(pair) < 2 or _headline_pair(doc, main, pair, m.group()):
            return None
        subject, in_clause = pair[0], pair
        if re.match(r"[^,;]{0,40}?\bwith\b", doc.text[m.end() : b]):
            # "A and B will hold a meeting in X on Monday with C and D": both sides meet
            in_clause = pair + [r for r in people_in(doc, people, m.end(), b) if r not in pair]
    elif m["conv"]:
        if not NAMED_GATHERING.search(doc.text, a, m.end()) or in_main:
            return None
        subject, in_clause = None, people_in(doc, people, m.end(), b)
    elif m["chaired"]:
        if in_main:
            return None  # "the Dialogue, co-chaired by A and B": the main event's chairs
        subject, in_clause, kind_word = None, people_in(doc, people, m.end(), s.end), "multilateral"
        if _ATTENDS.search(doc.text, a, m.start()):
            # "A will attend the X Council meeting with B, chaired by C": A sits in the session too
            came = [r for r in people_in(doc, people, a, m.start()) if r not in in_clause]
            subject, in_clause = (came[0] if came else None), came + in_clause
        body, meeting = chaired_gathering(doc.text, s.start, m.start())
        if not body and not meeting and s.index > 0 and _IT_WILL_BE.fullmatch(doc.text, s.start, m.start()):
            # "The meeting of the X Group will take place on Monday. It will be co-chaired by A and B."
            prev = doc.sentences[s.index - 1]
            if prev.index == main.sentence.index:
                return None  # the main event's chairs
            body, meeting = chaired_gathering(doc.text, prev.start, prev.end)
        if meeting:  # "a Senior Officials' Meeting ..., chaired by A and B": its own sides
            if names_main(main, meeting):
                return None
            kind_word = sides_kind(in_clause)
        elif not body:
            # "Foreign ministers of the bloc will meet on Friday, chaired by A": the group's session, with the
            # members it names ("ministers, including B and C, will gather for a meeting chaired by A")
            group = _GROUP_MEETS.search(doc.text, s.start, m.start())
            if group is None:
                return None
            named = [r for r in people_in(doc, people, group.start(), m.start()) if r not in in_clause]
            in_clause = named + in_clause
        else:  # "the A-B Military Committee Meeting will be held ..., co-chaired by": the format's sides
            kind_word = format_kind(doc.text[s.start : m.start()]) or kind_word
    else:
        ants = antecedents(doc, people, s, a) if a > s.start and m.start() - a < 40 else []
        pm = _PLURAL_TITLE.match(doc.text, a, m.end()) if not ants else None
        if pm:  # "The Secretaries will also meet B": every holder of the title among the main event's
            ants = [r for r in main_recs if r.role and pm[1] in r.role]
            ants = ants if len(ants) >= 2 else []
        subject = ants[0] if ants else subject_of(doc, people, s, a, m.start(), main_first)
        # "Singapore will co-chair the X Conference with B": its minister ("India will host the ministers of
        # A, B and C": the state hosts a gathering, no talks of one person)
        if subject is None and not in_main and "host" not in m.group():
            subject = state_subject(doc, people, s, a, m.start(), main_first, bool(m["fmt"]))
        in_clause = ants + [r for r in people_in(doc, people, a, b, main_first) if r not in ants]
        told = list(_REPORTS_THAT.finditer(doc.text, a, m.start())) if "that " in seg else []
        teller = people_in(doc, people, a, told[-1].start()) if told else []
        if teller and subject not in teller:  # "A noted that B will meet C": A only reports the meeting
            in_clause = [r for r in in_clause if r not in teller]
        if subject is None and not in_clause:
            in_clause = the_two(people, doc.text[a : m.start()], doc, s)  # "the two finance ministers"
            subject = in_clause[0] if in_clause else None
        if ", who " in doc.text[s.start : m.start()]:
            # "B, who travels with the President, will meet C": the President is not met
            aside = [
                r
                for x in _RELATIVE.finditer(doc.text, s.start, m.start())
                for r in people_in(doc, people, *x.span())
            ]
            met = {r.name for r in people_in(doc, people, m.start(), b)}
            in_clause = [r for r in in_clause if r not in aside or r.name in met]
        in_clause += [r for r in joint_subject(doc, people, s, a, subject, main_first) if r not in in_clause]
        he = pronoun_partner(doc, people, s, a, m.start(), main_first) if " and " in seg else None
        if he is not None and he not in in_clause:
            subject, in_clause = he, [he, *in_clause]  # "where he and B will meet C": he, B and C
        if "for talks with" in seg and HOSTS.search(seg):
            subject, in_clause = hosted_talks(doc, people, a, b, m.start(), subject, in_clause)
        if be_with and main_first:
            subject, in_clause = main_first, [main_first, *people_in(doc, people, m.end(), b)]
    return subject, in_clause, kind_word, in_visit
