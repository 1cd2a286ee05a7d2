"""Who a side meeting is with: its clause's people, a format's other side, each of the main parties."""

from __future__ import annotations

import re

from briefings.extract.people import People, PersonRec
from briefings.extract.sentences import Doc, Sentence
from briefings.extract.side_counterpart_cues import EACH, EACH_OF, EACH_ONE
from briefings.extract.side_lists import parties_named
from briefings.extract.side_objects import format_counterparts, named_counterparts
from briefings.extract.side_subjects import people_in


def met_people(
    doc: Doc,
    people: People,
    s: Sentence,
    m: re.Match[str],
    a: int,
    b: int,
    seg: str,
    subject: PersonRec | None,
    in_clause: list[PersonRec],
    kind_word: str,
    sides_named: list[str | None],
    main_set: set[str],
    main_recs: list[PersonRec],
) -> tuple[list[PersonRec], list[str], bool]:
    """The people a side-meeting cue's subject meets in the clause seg (doc.text[a:b]), the countries of
    counterparts named without a name, and whether it is with each of several parties."""
    objects = [r for r in in_clause if r is not subject]
    others = named_counterparts(people, seg, subject, objects)
    if m["fmt"] and subject and not objects:  # "A Korea-Japan meeting": the other side's counterpart
        objects = format_counterparts(people, subject, sides_named)
    if kind_word in ("trilateral", "quadrilateral") and not objects and not others:
        others = parties_named(doc.text, m.end(), b)  # "a trilateral meeting with the US and Japan"
    each_of = bool(EACH_OF.search(seg)) if "each of " in seg else False
    each_party = "each of " in seg and ((not objects and "each of the" in seg) or each_of)
    if each_party:
        # "talks with each of her counterparts, starting with B": every other party of the main event
        # ("each of his counterparts": of other countries, not the spokesperson announcing it)
        own = subject.country if subject and each_of and "counterparts" in seg else None
        objects += [
            r
            for r in people.recs
            if r.name in main_set
            and r is not subject
            and r not in objects
            and not (own and r.country == own)
        ]
    if not objects and not others and subject and "with " in seg and EACH_ONE.search(seg):
        # "A will sit down with B and C ..., and will hold separate bilateral talks with each leader":
        # the people the sentence names before the clause
        objects = [r for r in people_in(doc, people, s.start, a) if r is not subject]
        if not objects and subject.name in main_set and EACH.search(seg):
            # "will also hold separate bilateral meetings with each leader": the main event's other people
            objects = [r for r in main_recs if r is not subject]
    if (
        kind_word == "bilateral"
        and not objects
        and not others
        and subject
        and subject.name in main_set
        and "bilateral meetings" not in seg  # several meetings, not one with the visit's other party
    ):
        # "B will be welcomed with a ceremony, then a bilateral meeting": with the visit's other party
        objects = [r for r in main_recs if r.country != subject.country][:1]
    return objects, others, each_party
