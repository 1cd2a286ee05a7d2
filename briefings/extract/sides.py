"""Side meetings beside the main event: bilaterals, trilaterals, sideline talks, calls and working meals."""

from __future__ import annotations

import re
from datetime import date

from briefings.extract.dates import find_dates, past_month_year
from briefings.extract.eventcues import THE_MEETING_IS, is_trip, mentioned_countries
from briefings.extract.events import MainEvent
from briefings.extract.literals import has_any
from briefings.extract.people import People
from briefings.extract.sentences import Doc
from briefings.extract.side_calls import (
    courtesy_call,
    pair_session,
    preceding_people,
    received_by_peer,
    unnamed_session,
)
from briefings.extract.side_clause_bounds import clause
from briefings.extract.side_clause_words import (
    AND_WITH,
    BE_WITH,
    BETWEEN,
    IN_BODY,
    JOINT,
    MEAL_CALL_WORDS,
    OF_NAMED,
    PLURAL_MEETINGS,
    THE_NTH,
    THEY,
    chairs_attended,
    meal_or_call_at,
)
from briefings.extract.side_counterpart_cues import EACH
from briefings.extract.side_counterpart_each import counterpart_pairs, counterparts_each
from briefings.extract.side_cues import (
    CUE,
    CUE_WORDS,
    FUTURE_CUE,
    KIND_WORD,
    KINDS,
    LATER_GATHERING,
    NEXT_YEAR,
    NOW_IN,
    ONE_ON_ONE,
    PREPARE_FOR,
    PURPOSE,
    TENTATIVE,
    THAT_MET,
    UNDECIDED,
    WAY,
    body_session,
    co_chairs_the_main,
    kind_names_meeting,
    past_only,
    past_only_outside_asides,
    told_past,
)
from briefings.extract.side_events import side_event
from briefings.extract.side_formats import (
    body_kind,
    counted_together,
    format_kind,
    many_states,
    meeting_of_the,
    named_format,
    named_pair_kind,
    pair_body,
    sides_kind,
    subjects_meet,
    third_side,
    two_chairs,
)
from briefings.extract.side_in_group import drop_split_pairs
from briefings.extract.side_listed import listed_meetings
from briefings.extract.side_lists import (
    bullet_subject,
    gatherings_after,
    lead_attends,
    names_main,
)
from briefings.extract.side_met import met_people
from briefings.extract.side_objects import attendees_next, expected_attendees, joined_next, session_added
from briefings.extract.side_parties import cue_parties
from briefings.extract.side_restated import drop_restated, main_named
from briefings.extract.side_rules import ClauseEvents, by_side, margins_only, restates_main, separate_hosts
from briefings.extract.side_subjects import GROUP_SUBJECT, met_namesakes, semicolon_list_end
from briefings.models import Event, EventKind


def side_meetings(doc: Doc, people: People, main: MainEvent, ref: date, skip: set[int]) -> list[Event]:
    """Meetings beside the main event, one per pair for "separate bilateral meetings with A and B"."""
    out: list[Event] = []
    legs: list[Event] = []
    grouped: set[tuple[int, int]] = set()  # clauses whose group meeting is out already
    told_session: set[int] = set()  # sentences that add people to a body's session listed before
    seen: dict[tuple[str, tuple[str, ...], str, str], Event] = {}
    by_clause: ClauseEvents = {}  # each clause's events, each with whether a margins cue made it
    main_set = set(main.event.participants)
    main_recs = [r for r in people.recs if r.name in main_set]
    main_first = main_recs[0] if main_recs else None
    if main.trip and people.recs and people.recs[0].role:
        main_first = people.recs[0]  # a trip's traveller is the first person named, not a host met at a stop
    upcoming = bool(main.event.date and main.event.date > ref)  # a preview: its past meetings are background
    prefer: frozenset[str] | None = None  # the countries of the opening, computed once on first need
    for s in doc.sentences:
        if s.index in skip or not has_any(s.text, CUE_WORDS):
            continue
        past = past_only(s.text)
        if past and not FUTURE_CUE.search(s.text):
            continue
        in_main = s.index == main.sentence.index
        # "A will meet B on the sidelines of X. The meeting is set for Friday": that meeting is the main one
        told_main = s.index == main.sentence.index - 1 and bool(THE_MEETING_IS.match(main.sentence.text))
        for m in CUE.finditer(doc.text, s.start, s.end):
            if (in_main and not (m["side"] or m["kind"] or main.trip)) or (told_main and not m["kind"]):
                continue
            if co_chairs_the_main(doc.text, m.start(), m.end(), s.end):
                continue  # "A will co-chair the meeting with B": the main event's two chairs
            if m["chaired"] and (s.index in told_session or chairs_attended(doc.text, s.start, m.start())):
                continue  # "The Council will be chaired by A": the chair of the session just listed
            sides_named: list[str | None] = []
            inner = KIND_WORD.search(m.group())
            kind_word = (m["kind"] or (inner.group() if inner else "")).lower()
            before = m["multi"] is not None and m["multi"].startswith("preceded")  # another by definition
            if m["multi"] and not before and names_main(main, doc.text[m.start() : min(s.end, m.end() + 60)]):
                continue  # "will take part in the opening session of the Forum": the main event itself
            if m["multi"] and lead_attends(doc, main, s, m.start(), skip):
                continue  # "A will travel to X to attend the Y meeting": the lead's gathering, the main event
            if m["multi"] and (
                PREPARE_FOR.search(doc.text, max(s.start, m.start() - 30), m.start())
                or ("prepar" in s.text and LATER_GATHERING.search(s.text))
            ):
                # "will prepare for the Leaders' Meeting in September", "would prepare for the visit ... for
                # the X Summit later this year": a later gathering
                continue
            of_body = bool(m["verb"] and OF_NAMED.search(m.group()))
            # "A and B will co-chair a meeting of the X Group": the body's session, not the pair's talks
            pair_of = pair_body(doc.text, m.end(), s.end) if m["pair"] else None
            unnamed = unnamed_session(doc.text, m, s.start)
            if m["multi"] or of_body or pair_of:
                # "chair a meeting of the X Group with B": a named group's session ("a trilateral meeting of")
                kind_word = (kind_word if inner else "") or pair_of or body_kind(m.group()) or "multilateral"
            if m["fmt"]:  # "travel to X for the A-B Economic Dialogue": a meeting of the sides it names
                fmt = named_format(doc, s, m, main.sentence, main.event.name)
                if fmt is None:
                    continue
                kind_word, sides_named = fmt
            if not kind_word and m["verb"]:
                # "co-chair the Org-B Summit with B": a bloc's gathering; "hold the A-B-C-D Defense Ministers'
                # Meeting with B, C and D": the format's one meeting of its states
                kind_word = format_kind(m.group()) or ""
            if not kind_word and m["verb"] and "one-on-one" in s.text:  # "to meet B one-on-one on Friday"
                kind_word = "bilateral" if ONE_ON_ONE.match(doc.text, m.end(), s.end) else kind_word
            if not kind_word and "roundtable" in m.group():
                kind_word = "multilateral"  # "a roundtable with A and B"; "X-Y Roundtable": its sides
            if m["join"]:  # "joining A, B and C for a four-way meeting": the count names the kind
                way = WAY.search(doc.text, m.end(), s.end)
                kind_word = way[1].lower() if way else kind_word
            named_kind = m["kind"] and m["kind"][0].isupper() and m["kind"].lower() in main.event.name.lower()
            if named_kind and m.start() > s.start and not main.trip:
                continue  # "Trilateral Foreign Ministers' Meeting": the main event's name, not a leg's
            # "the bilateral meetings would be with A, B and C": the protagonist's meetings the lead announced
            be_with = bool(m["kind"] and main_first and BE_WITH.match(doc.text, m.end(), s.end))
            the = m["kind"] and re.search(r"\bthe\s+$", doc.text[max(s.start, m.start() - 5) : m.start()])
            if m["kind"] and not the and THE_NTH.search(doc.text, max(s.start, m.start() - 25), m.start()):
                # "for the first trilateral summit among the three": the main event, when it has that count
                the = KINDS.get(m["kind"].lower()) == sides_kind(main_recs)
            if the and not be_with:
                continue  # "At the trilateral meeting": the main event itself
            if m["kind"] and PURPOSE.search(doc.text, max(s.start, m.start() - 40), m.start()):
                continue  # "to prepare for a trilateral summit": a later meeting, not this one
            if "year" in s.text and NEXT_YEAR.search(doc.text, max(s.start, m.start() - 60), m.start()):
                continue  # "ahead of a planned visit by B next year for a trilateral summit": a later one
            a, b = clause(s, m.start(), m.end())
            if doc.text.startswith(";", b):
                b = semicolon_list_end(doc, people, m.start(), b, s.end)  # "with A, title; B, title; and C"
            own_days = find_dates(doc.text, s.start, s.end, ref) if m["hostc"] else []
            if m["hostc"] and all(d.date == main.event.date for d in own_days):
                continue  # "A will host his X and Y counterparts": the main event, unless on a day of its own
            if m["side"] and (a, b) in grouped:
                continue  # "join a four-way meeting on the sidelines with A, B and C": that meeting, once
            ev, leg = main.event.evidence, False
            if in_main and a <= ev.start < b and not (main.hosted and m["side"]):
                if prefer is None and main.trip:
                    prefer = mentioned_countries(doc)
                if not main.trip or is_trip(doc, s, prefer or frozenset()):
                    continue  # the clause that announces the main event itself
                # the trip took its first day from this leg's meeting: still a meeting of that leg,
                # listed after the legs the text announces on their own
                leg = True
            seg = doc.text[a:b]
            if not kind_word and m["side"]:
                # "chair a meeting of the X Council on the margins ... with B"
                kind_word = body_kind(seg) or ("multilateral" if many_states(seg) else "")
            if (m["multi"] or m["fmt"]) and past_month_year(doc.text, m.end(), min(b, m.end() + 50), ref):
                continue  # "the visit of B to X for the Y Summit in May 2020": a past gathering
            if past and past_only_outside_asides(doc.text[a : m.end()]):
                continue  # "..., the first such gathering since they began in 2024": that clause is past
            if m.group() == "met" and THAT_MET.search(doc.text, max(a, m.start() - 40), m.start()):
                continue  # "..., a grouping that first met in X in May": the format's past, told in passing
            if upcoming and (NOW_IN.search(doc.text, a, m.start()) or told_past(doc.text[a : m.end()])):
                continue  # "is currently in X for ...", "On Friday, he met B": before the meeting announced
            if TENTATIVE.search(doc.text, a, m.end()) or UNDECIDED.search(seg):
                continue  # "exploring the possibility of a meeting": not (yet) an event
            found_parties = cue_parties(
                doc, people, main, s, m, a, b, main_first, main_recs, kind_word, in_main, be_with
            )
            if found_parties is None:
                continue
            subject, in_clause, kind_word, in_visit = found_parties
            joined_by = meeting_of_the(doc.text, a, m.start(), s.end) if m["multi"] else None
            if joined_by is False:
                continue  # "for a meeting of the X Triangle" that no one joins: no cue
            if before:  # "preceded by a meeting of officials, where A will lead X's side": its people only
                subject, in_clause = None, preceding_people(people, m.end(), s.end)
            if subject is None and in_clause:  # "- the A-B-C Meeting with B and C": the list's traveller
                listed = bullet_subject(doc, people, s)
                subject = listed if listed is not None and listed not in in_clause else None
            if subject is not None and in_clause:  # "Kim held talks with B": the Kim named beside B
                was = [subject, *[r for r in in_clause if r is not subject]]
                named = met_namesakes(people, s, was)
                if named != was:
                    subject, in_clause = named[0], [named[i] for i, r in enumerate(was) if r in in_clause]
            if (
                m["fmt"]
                and subject is None
                and main_first
                and (main_first.country is None or main_first.country in sides_named)
            ):
                subject = main_first  # "A A-B Meeting with X is being arranged": the protagonist's side
            if m["item"] and subject is None:  # "9:30 a.m. – Meeting with B": the visitor, named first
                subject = next((r for r in people.recs if r not in in_clause), None)
            if (m["planned"] or m["ends"]) and subject is None and main_first:
                # "A meeting with B is also being arranged", "The visit will conclude with a meeting with B"
                # the protagonist's meeting; "A meeting between B and C is planned": B's with C
                subject = in_clause[0] if in_clause and "between" in (m["planned"] or "") else main_first
            objects, others, each_party = met_people(
                doc, people, s, m, a, b, seg, subject, in_clause, kind_word, sides_named, main_set, main_recs
            )
            per_cp = counterparts_each(seg, m.group(), kind_word, others)  # "her counterparts from A and B"
            also_other = "also" in m.group() and any(r.name not in main_set for r in objects)
            # "The two ministers will co-chair ...": the two of the sentence before, not the main parties
            others_pair = bool(m["pair"]) and not main_named(main, in_clause)
            if (
                not kind_word
                and not in_visit
                and not also_other
                and not others_pair
                and THEY.match(doc.text[a : m.start()])
            ):
                continue  # "They will meet ...": the main event's parties again
            if not kind_word and any(
                not PURPOSE.search(doc.text, max(a, k.start() - 40), k.start())
                and doc.text[max(a, k.start() - 4) : k.start()] != "the "  # "before the trilateral summit"
                and (k.group()[0].islower() or k.start() == s.start)  # "Director for Bilateral Affairs"
                and kind_names_meeting(doc.text, k.start(), s.end)  # not "to discuss bilateral trade"
                for k in KIND_WORD.finditer(doc.text, a, b)
            ):
                continue  # "held talks with A and B in a trilateral format": the kind cue speaks for it
            in_body = bool(IN_BODY.match(doc.text, m.end(), b))  # "meet in the X Council with B": its session
            if (
                not kind_word
                and not m["side"]
                and not m["meal"]
                and "call" not in m.group()  # "and call on the Prime Minister": a call, not the talks again
                and not in_visit
                and not in_body
                and not m["fmt"]  # "join B for the A-B 2+2 Meeting": a format the main event is not named by
                and not m["conv"]  # "the X Council will meet on Thursday with B": a named body's own session
                and not m["item"]  # "9:30 a.m. – Meeting with B": one item of a visit's programme
                # "meet each of his counterparts separately", "hold separate talks with B and C": one by one
                and not (each_party and EACH.search(seg))
                and not (subject is not None and len(objects) > 1 and EACH.search(m.group()))
                and not per_cp
                # "A meeting with B is being arranged": one with someone the main event does not have
                and not (m["planned"] and any(r.name not in main_set for r in objects))
                and restates_main(doc, main, a, b, subject, objects, ref)
            ):
                continue
            plural = bool(PLURAL_MEETINGS.search(m.group()))
            # "a separate meeting between A and B": A and B meet each other
            each = bool(EACH.search(seg)) and not (subject is None and BETWEEN.match(doc.text, m.end(), b))
            # "will hold talks with A and with B": the preposition said again, one meeting with each
            each = each or per_cp or bool(" and with " in seg and AND_WITH.search(doc.text, m.start(), b))
            two_way = KINDS.get(kind_word) == "bilateral"  # "one-on-one talks with A and with B": one each
            split = (two_way and (each or plural)) or (not kind_word and each)
            groups = [[o] for o in objects] if split and len(objects) > 1 else [objects]
            # "talks with B, and a working dinner with investors": the dinner is not the talks
            obj_end = (
                max((mn.end for mn, r in people.at(a, b) if r in objects), default=b)
                if has_any(seg, MEAL_CALL_WORDS)
                else b
            )
            meal_or_call = meal_or_call_at(doc.text, a, b, m.span(), obj_end)
            if meal_or_call and "received" in m.group() and received_by_peer(subject, objects):
                meal_or_call = False  # "will be received by the Xish Foreign Minister": the visit's talks
            # "ministers will meet in the format of the X Council with Y": the whole group meets Y
            of_group = subject is None and bool(GROUP_SUBJECT.search(doc.text, a, m.start()))
            # "a session of the X Council with B", "meet in the X Council with B": the body's session
            group = any((m["conv"], m["multi"], m["chaired"], m["fmt"], in_body, of_group, of_body))
            # "talks with A of X and B of Y": a bilateral with each; "met his X and Y counterparts": together
            joint = kind_word or group or meal_or_call or m["join"] or m["pair"] or "counterparts" in seg
            # "A will meet B and C ... The three officials will also discuss": one meeting of the three
            n_met = len(groups[0]) + (subject is not None)
            together = len(groups) == 1 and (
                counted_together(doc, s, n_met, seg) or subjects_meet(people, doc.text, a, b, m.span())
            )
            if not (joint or together or JOINT.search(seg)) or (
                kind_word == "bilateral" and subject is not None and not group and not meal_or_call
            ):
                # "bilateral talks with A of X and B of Y": one with each side
                groups = by_side(subject, groups)
                if not kind_word and not others:  # "also meet B and C" of the host
                    groups = separate_hosts(doc, people, s, subject, groups)
            # "bilateral meetings with B, and with his counterparts from C and D": one with each, named or not
            pairs = counterpart_pairs(seg, groups, others, split and (per_cp or two_way or not objects))
            for objs, oth in pairs or [(g, others) for g in groups]:
                recs = ([subject] if subject else []) + objs
                if joined_by:  # "A and B will be joined by C for a meeting of the X": the sides named
                    kind_word = sides_kind(recs)
                    if kind_word == "multilateral":
                        continue  # a pair joined by one more: no many-sided session (its people unsure)
                if s.index + 1 < len(doc.sentences) and (m["multi"] or m["fmt"]) and not joined_by:
                    recs += joined_next(doc, people, doc.sentences[s.index + 1], recs)
                if pair_of:  # "A and B will co-chair a meeting of the X Group. C is expected to attend."
                    recs += expected_attendees(doc, people, s, m.end(), b, recs)
                if m["conv"] or in_body:
                    # "the X Council will meet with B. The Council will be chaired by A.": its chair joins
                    added, last = session_added(doc, people, s, recs)
                    recs += added
                    told_session.update(range(s.index + 1, last + 1))
                if of_group and also_other:  # "The ministers will also meet with B": the main event's people
                    recs = [r for r in main_recs if r not in objs] + objs
                if not objs and not oth and subject is None and "partners" in seg:
                    recs += attendees_next(doc, people, s)  # "will meet the partners - X and Y. A, B attend"
                n = len(recs) + len(oth)
                if n < (0 if before else 1 if group else 2):
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
                    # "meet PM C for talks", "meet C and, separately, B": talks, no call on a head
                    talks = "for talks" in seg or "separately" in s.text
                    if kind == "bilateral" and not talks and courtesy_call(people, subject, objs):
                        kind = "other"
                if kind == "trilateral" and not oth:
                    recs += third_side(doc, s, recs, subject, main_recs)  # three sides: the main pair and B
                # "preceded by a Senior Officials' Meeting (, co-chaired by A and B)": of the main event's
                # sides, when no count word names its kind ("a trilateral meeting of senior officials")
                of_sides = not inner and {r.country for r in recs} <= set(main.parties)
                if before and not oth and (not recs or of_sides):
                    kind = "bilateral" if len(set(main.parties)) == 2 else "multilateral"
                if kind == "multilateral" and unnamed and not (m["kind"] or inner):
                    kind = "bilateral" if pair_session(recs, main_recs) else kind
                if kind == "multilateral" and not (m["kind"] or inner or oth):
                    # "the X Commission, co-chaired by A and Yland's B": two states' talks; "co-chair the 13th
                    # meeting of the A-B Joint Commission with B": the meeting of the states its name joins
                    two = two_chairs(doc, m.group(), seg, recs, main_recs)
                    kind = "bilateral" if two else named_pair_kind(seg, recs) or kind
                one_side = len(recs) > 1 and recs[0].country is not None
                one_side = one_side and len({r.country for r in recs}) == 1
                lone = len(groups) > 1 or not (group or kind_word or meal_or_call or "call" in m.group())
                if subject is None and not oth and one_side and lone:
                    continue  # one side of a cue's people (the other split off, or no holder named): none
                names = [r.name for r in recs]
                # one person at two named gatherings: two meetings
                if prefer is None:
                    prefer = mentioned_countries(doc)
                found = side_event(doc, main, s, m.start(), m.end(), kind, recs, oth, ref, a, b, prefer)
                # the same people again on another day ("a bilateral meeting ... The two ministers will then
                # co-chair a joint commission meeting on March 11"): another meeting
                day = found.date.isoformat() if found.date else ""
                # the same two in talks and in a named body's session the same day: two meetings
                body = m.group() if group and len(names) < 2 else "" if group else body_session(seg)
                key = (kind, tuple(sorted(names + oth)), body, day)
                by_clause.setdefault((a, b), []).append((bool(m["side"]), seen.get(key, found)))  # by its cue
                if key in seen:
                    continue
                seen[key] = found
                (legs if leg else out).append(found)
                for x0, x1 in gatherings_after(doc.text, m.end(), b) if m["multi"] and "the " in seg else ():
                    also_met = side_event(doc, main, s, x0, x1, kind, recs, oth, ref, a, b, prefer)
                    (legs if leg else out).append(also_met)  # "participate in the A, the B, and the C"
                if group or together:
                    grouped.add((a, b))
    out, legs = margins_only(by_clause, out), margins_only(by_clause, legs)  # the verbs', not the margins'
    out = listed_meetings(doc, people, main, ref, prefer, out)
    return drop_split_pairs(drop_restated(out + legs, main, people), people)
