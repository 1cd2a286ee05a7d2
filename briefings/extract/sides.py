"""Side meetings beside the main event: bilaterals, trilaterals, sideline talks, calls and working meals."""

from __future__ import annotations

import re
from datetime import date

from briefings.extract.eventcues import mentioned_countries
from briefings.extract.events import MainEvent
from briefings.extract.gazetteer import ORGANISATIONS, adjective_of, country_of, find_city
from briefings.extract.literals import has_any
from briefings.extract.people import People, PersonRec
from briefings.extract.sentences import Doc, Sentence
from briefings.extract.side_cues import (
    COUNTERPART_ADJ,
    COUNTERPARTS_FROM,
    CUE,
    CUE_WORDS,
    EACH,
    FIRST_VERB,
    KIND_WORD,
    KINDS,
    MEAL_OR_CALL,
    OFFICIALS_OF,
    TENTATIVE,
    THEY,
    TITLE_REF,
    UNDECIDED,
    WAY,
    clause,
    past_only,
)
from briefings.extract.side_events import side_event
from briefings.extract.side_rules import (
    body_kind,
    by_side,
    counterpart,
    prev_subject,
    restates_main,
    the_two,
    visit_pair,
)
from briefings.models import Event, EventKind


def _people_in(doc: Doc, people: People, a: int, b: int, lead: PersonRec | None = None) -> list[PersonRec]:
    recs: list[PersonRec] = []
    for mention, rec in people.at(a, b):
        if rec not in recs and not _SAID.match(doc.text, mention.end, mention.end + 20):
            recs.append(rec)  # "..., a day before the talks, Sethi said": the source, not a participant
    for m in TITLE_REF.finditer(doc.text, a, b):
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
    if main_first and _MEETING_WITH.match(head):
        return main_first  # "The meeting with B is expected on Saturday": the protagonist meets B
    if not head.strip(" ,") and clause_start > s.start:
        # "... and call on B": the clause shares the subject of the sentence (before its first verb)
        first = FIRST_VERB.search(doc.text, s.start, clause_start)
        if first and first.start() > s.start:
            return _subject(doc, people, s, s.start, first.start(), main_first)
    if re.match(r"\s*(?:I|we)\b", head) or re.search(r"(?:^|,)\s*I\b", head):
        return people.recs[0] if people.recs else None  # a first-person release: its author
    verb = FIRST_VERB.search(head)
    subject_end = clause_start + verb.start() if verb else cue_start
    before = _people_in(doc, people, clause_start, subject_end)
    if before and not re.match(r"\s*(?:also\s+)?[a-z]", head):
        return before[0]
    if verb and TITLE_REF.search(doc.text, clause_start, subject_end):
        tm = TITLE_REF.search(doc.text, clause_start, subject_end)
        return people.by_title(tm[1]) if tm else None  # "the President will meet X and hold ..."
    bare_title = _BARE_TITLE.match(doc.text, clause_start, subject_end) if verb else None
    if bare_title and people.by_title(bare_title["t"]):
        return people.by_title(bare_title["t"])  # "Following the talks, Finance Minister will travel ..."
    lead = _people_in(doc, people, s.start, cue_start)
    if lead:
        return lead[0]
    if re.search(r"\b(?:he|she)\b", doc.text[clause_start:cue_start], re.I):
        # "Minister B will open a fair. Later, he will ... meet C": the previous sentence's subject
        return prev_subject(doc, people, s) or main_first or people.last_before(clause_start)
    m = TITLE_REF.search(doc.text, s.start, cue_start)
    titled = people.by_title(m[1]) if m else None
    if titled is None and main_first and re.match(r"\s*(?:[A-Z][\w,]*\s+)*[Tt]he\s+[A-Z]", head):
        return main_first  # "The Envoy will also meet X": the protagonist of the main event
    if titled is None and main_first and _COMMON_TITLE.search(head):
        return main_first  # "While there, the Army chief will hold ...": the protagonist by a common noun
    bare = _BARE_SUBJECT.search(head) if titled is None and main_first else None
    if (
        bare
        and not _GROUP_SUBJECT.search(head)
        and not country_of(bare["who"])
        and not find_city(bare["who"])
    ):
        return main_first  # "..., EAM will co-chair": an abbreviated title of the protagonist
    return titled


def _joint_subject(
    doc: Doc, people: People, s: Sentence, a: int, subject: PersonRec | None, main_first: PersonRec | None
) -> list[PersonRec]:
    """ "A and B discussed X, which ..., and agreed to convene a meeting with C": A and B both meet C."""
    if a <= s.start or subject is None or " and " not in doc.text[s.start : a]:
        return []
    fv = FIRST_VERB.search(doc.text, s.start, a)
    if fv is None or " and " not in doc.text[s.start : fv.start()]:
        return []
    joint = _people_in(doc, people, s.start, fv.start(), main_first)
    return joint if len(joint) >= 2 and subject in joint else []


_RELATIVE = re.compile(r",\s*who\s+[^,;]{1,80},")
_OFFICIALS_WORDS = ("inisters of", "ecretaries of", "eaders of", "hiefs of")
_COMMON_TITLE = re.compile(
    r"(?:^|,\s*|\bsaid\s+(?:that\s+)?)[Tt]he\s+(?:[A-Z][\w-]*\s+)?(?:chief|minister|secretary|envoy|commander)"
    r"(?:\s+(?:will|would|is|to)\b|\s*$)"
)
_MEETING_WITH = re.compile(
    r"\s*(?:[Tt]he|[Hh]is|[Hh]er|[Aa]n?)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks)\s+with\b"
)
_BARE_TITLE = re.compile(
    r"(?:[^,]{0,40},\s*)?(?P<t>(?:[A-Z][\w-]*\s+){1,3}(?:Minister|Secretary))\s*$"
)  # the subject before the verb is a title alone ("Finance Minister will travel")
_GOVERNMENT = re.compile(
    r"\bwith\s+the\s+(?P<c>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+[Gg]overnment\b|"
    r"\bwith\s+the\s+[Gg]overnment\s+of\s+(?:the\s+)?(?P<c2>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)
_OF_NAMED = re.compile(r"\bof\s+the\s+[A-Z]")
_NAMED_GROUP = re.compile(
    r"\b(?:[A-Z][\w'’-]*\s+){1,6}(?:Group|Council|Coalition|Commission|Committee|Forum|Conference)\b"
)
_JOINT = re.compile(r"\b(?:jointly|together|joint|three-way|four-way|all)\b")


def _names_main(main: MainEvent, text: str) -> bool:
    """True when text names the main event (one of its capitalised name words, "Forum", "Summit")."""
    words = {w for w in re.findall(r"[A-Z][\w'’-]{3,}", main.event.name) if w not in _GENERIC_NAME_WORDS}
    return any(w in text for w in words)


_GENERIC_NAME_WORDS = frozenset(
    {"Minister", "Ministers", "Foreign", "Defence", "Defense", "Secretary", "Travel"}
)


_NAMED_GATHERING = re.compile(
    r"\b(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){1,6}(?:Forum|Council|Meeting|Summit|Conference|Dialogue)\s+will\b"
)
_FUTURE_CUE = re.compile(r"\b(?:will|is scheduled|are scheduled|is to|are to|is set to|are set to)\b")
_PURPOSE = re.compile(
    r"\b(?:prepare|preparing|preparations?|ahead\s+of|run-up\s+to|towards?|pave\s+the\s+way)\b[^.;,]{0,25}$",
    re.I,
)
_SAID = re.compile(r"\s*,?\s*(?:said|says|told|added)\b")
_MEAL_CALL_WORDS = ("working", "call", "received", "lunch", "breakfast", "dinner")  # MEAL_OR_CALL, _FOR_MEAL
_FOR_MEAL = re.compile(r",?\s+for\s+an?\s+(?:working\s+)?(?:lunch|breakfast|dinner)\b")
_BETWEEN = re.compile(r"\s+between\s+[A-Z][^.;,]{0,60}?\s+and\s+[A-Z]")
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
    if main.trip and people.recs and people.recs[0].role:
        main_first = people.recs[0]  # a trip's traveller is the first person named, not a host met at a stop
    prefer: frozenset[str] | None = None  # the countries of the opening, computed once on first need
    for s in doc.sentences:
        if s.index in skip or not has_any(s.text, CUE_WORDS):
            continue
        past = past_only(s.text)
        if past and not _FUTURE_CUE.search(s.text):
            continue
        in_main = s.index == main.sentence.index
        for m in CUE.finditer(doc.text, s.start, s.end):
            if in_main and not (m["side"] or m["kind"] or main.trip):
                continue
            in_visit = False
            inner = KIND_WORD.search(m.group())
            kind_word = (m["kind"] or (inner.group() if inner else "")).lower()
            if m["multi"] and _names_main(main, doc.text[m.start() : min(s.end, m.end() + 60)]):
                continue  # "will take part in the opening session of the Forum": the main event itself
            if m["multi"] or (m["verb"] and _OF_NAMED.search(m.group())):
                # "chair a meeting of the X Group with B": a named group's session
                kind_word = body_kind(m.group()) or "multilateral"
            if m["fmt"]:  # "travel to X for the A-B Economic Dialogue": a meeting of the sides it names
                sides_named = [country_of(x) for x in re.split(r"[-–]", m["fmt"])]
                if not all(sides_named) or m["fmt"] in main.sentence.text or m["fmt"] in main.event.name:
                    continue
                kind_word = {2: "bilateral", 3: "trilateral"}.get(len(sides_named), "multilateral")
            if m["join"]:  # "joining A, B and C for a four-way meeting": the count names the kind
                way = WAY.search(doc.text, m.end(), s.end)
                kind_word = way[1].lower() if way else kind_word
            if m["kind"] and (m["kind"][0].isupper() and m.start() > s.start) and not main.trip:
                continue  # "Trilateral Foreign Ministers' Meeting": the main event's name, not a leg's
            if m["kind"] and re.search(r"\bthe\s+$", doc.text[max(s.start, m.start() - 5) : m.start()]):
                continue  # "At the trilateral meeting": the main event itself
            if m["kind"] and _PURPOSE.search(doc.text, max(s.start, m.start() - 40), m.start()):
                continue  # "to prepare for a trilateral summit": a later meeting, not this one
            a, b = clause(s, m.start(), m.end())
            ev = main.event.evidence
            if in_main and a <= ev.start < b and not (main.hosted and m["side"]):
                continue  # the clause that announces the main event itself
            seg = doc.text[a:b]
            if not kind_word and m["side"]:
                # "chair a meeting of the X Council on the margins ... with B"
                kind_word = body_kind(seg) or ""
            if past and past_only(doc.text[a : m.end()]):
                continue  # "..., the first such gathering since they began in 2024": that clause is past
            if TENTATIVE.search(doc.text, a, m.end()) or UNDECIDED.search(seg):
                continue  # "exploring the possibility of a meeting": not (yet) an event
            if m["pair"]:
                pair = _people_in(doc, people, a, m.start())
                if len(pair) < 2:
                    # a named meeting of the visitor and the host inside the visit: not the visit restated
                    pair = visit_pair(doc, people, main, a, m.start(), m.group()) or pair
                    in_visit = len(pair) >= 2
                if len(pair) < 2:
                    pair = the_two(people, doc.text[a : m.start()])  # "the two finance ministers will hold"
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
            elif m["chaired"]:
                if in_main or not _NAMED_GROUP.search(doc.text, s.start, m.start()):
                    continue  # "the Dialogue, co-chaired by A and B": the main event's chairs
                subject, in_clause, kind_word = None, _people_in(doc, people, m.end(), s.end), "multilateral"
            else:
                subject = _subject(doc, people, s, a, m.start(), main_first)
                in_clause = _people_in(doc, people, a, b, main_first)
                if subject is None and not in_clause:
                    in_clause = the_two(
                        people, doc.text[a : m.start()], doc, s
                    )  # "the two finance ministers"
                    subject = in_clause[0] if in_clause else None
                if ", who " in doc.text[s.start : m.start()]:
                    # "B, who travels with the President, will meet C": the President is not met
                    aside = [
                        r
                        for x in _RELATIVE.finditer(doc.text, s.start, m.start())
                        for r in _people_in(doc, people, *x.span())
                    ]
                    met = {r.name for r in _people_in(doc, people, m.start(), b)}
                    in_clause = [r for r in in_clause if r not in aside or r.name in met]
                in_clause += [
                    r for r in _joint_subject(doc, people, s, a, subject, main_first) if r not in in_clause
                ]
            objects = [r for r in in_clause if r is not subject]
            others: list[str] = []
            countries: list[str] = []
            cm = COUNTERPARTS_FROM.search(seg)
            if cm:
                named = (country_of(x.strip()) for x in re.split(r",|\band\b", cm["list"]))
                countries = [x for x in named if x]
            for om in OFFICIALS_OF.finditer(seg) if has_any(seg, _OFFICIALS_WORDS) else ():
                countries += [
                    c for c in (country_of(x.strip()) for x in re.split(r",|\band\b", om["list"])) if c
                ]
            for am in COUNTERPART_ADJ.finditer(seg):
                for adj in re.split(r",|\band\b", am["adj"]):  # "his Australian and Philippine counterparts"
                    adj_country = country_of(adj.strip())
                    if adj_country and adj_country not in ORGANISATIONS.values():
                        countries.append(adj_country)
            for country in countries:
                hit = counterpart(people, subject, country)
                if hit and hit not in objects and hit is not subject:
                    objects.append(hit)
                elif not hit and all(r.country != country for r in objects):
                    others.append(f"{adjective_of(country)} counterpart")  # unnamed, not one already met
            gov = _GOVERNMENT.search(seg) if not objects and "overnment" in seg else None
            gov_country = country_of(gov["c"] or gov["c2"]) if gov else None
            if gov_country:
                others.append(f"{gov_country} government")  # "for talks with the X Government"
            if re.search(r"\beach of the\b", seg) and not objects:
                objects = [r for r in people.recs if r.name in main_set and r is not subject]
            if not kind_word and THEY.match(doc.text[a : m.start()]):
                continue  # "They will meet ...": the main event's parties again
            if not kind_word and any(
                not _PURPOSE.search(doc.text, max(a, k.start() - 40), k.start())
                and doc.text[max(a, k.start() - 4) : k.start()] != "the "  # "before the trilateral summit"
                and (k.group()[0].islower() or k.start() == s.start)  # "Director for Bilateral Affairs"
                for k in KIND_WORD.finditer(doc.text, a, b)
            ):
                continue  # "held talks with A and B in a trilateral format": the kind cue speaks for it
            if (
                not kind_word
                and not m["side"]
                and not m["meal"]
                and not in_visit
                and restates_main(doc, main, a, b, subject, objects, ref)
            ):
                continue
            plural = m["noun"] in ("meetings", "discussions") or "meetings" in m.group()
            # "a separate meeting between A and B": A and B meet each other
            each = bool(EACH.search(seg)) and not (subject is None and _BETWEEN.match(doc.text, m.end(), b))
            split = (kind_word == "bilateral" and (each or plural)) or (not kind_word and each)
            groups = [[o] for o in objects] if split and len(objects) > 1 else [objects]
            # "talks with B, and a working dinner with investors": the dinner is not the talks
            obj_end = (
                max((mn.end for mn, r in people.at(a, b) if r in objects), default=b)
                if has_any(seg, _MEAL_CALL_WORDS)
                else b
            )
            meal_or_call = bool(
                MEAL_OR_CALL.search(doc.text, a, max(obj_end, m.end()))
                or _FOR_MEAL.match(doc.text, obj_end, b)
            )
            # "ministers will meet in the format of the X Council with Y": the whole group meets Y
            group = bool(m["conv"] or m["multi"] or m["chaired"] or m["fmt"]) or (
                subject is None and bool(_GROUP_SUBJECT.search(doc.text, a, m.start()))
            )
            # "talks with A of X and B of Y": a bilateral with each; "met his X and Y counterparts": together
            joint = kind_word or group or meal_or_call or m["join"] or m["pair"] or "counterparts" in seg
            if not (joint or _JOINT.search(seg)):
                groups = by_side(subject, groups)
            # "bilateral meetings with his counterparts from A and B": one with each unnamed counterpart
            pairs: list[tuple[list[PersonRec], list[str]]] = (
                [([], [o]) for o in others] if split and not objects and len(others) > 1 else []
            )
            for objs, oth in pairs or [(g, others) for g in groups]:
                recs = ([subject] if subject else []) + objs
                n = len(recs) + len(oth)
                if n < (1 if group else 2):
                    continue
                kind: EventKind
                if group and not kind_word and not meal_or_call:
                    kind = "multilateral"
                elif kind_word:
                    kind = KINDS.get(kind_word, "multilateral")
                elif meal_or_call:
                    kind = "other"
                else:
                    # sides, not heads: two Samoan leaders and a visitor make a bilateral
                    sides = {r.country or r.name for r in recs} | set(oth)
                    n_sides = len(sides)
                    kind = "bilateral" if n_sides <= 2 else "trilateral" if n_sides == 3 else "multilateral"
                names = [r.name for r in recs]
                key = (kind, tuple(sorted(names + oth)))
                if key in seen:
                    continue
                seen.add(key)
                if prefer is None:
                    prefer = mentioned_countries(doc)
                out.append(side_event(doc, main, s, m.start(), m.end(), kind, recs, oth, ref, a, b, prefer))
    return out
