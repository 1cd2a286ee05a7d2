"""A state as a meeting's subject ("Singapore will co-chair ...", "our Minister will ..."): its person."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.people import People, PersonRec
from briefings.extract.sentences import Doc, Sentence

# "Singapore will co-chair the X Conference with B", "A said Singapore would hold meetings with B, C": the
# state is the clause's subject, right before its verb (the cue may open at the verb or after it)
_STATE_BEFORE_VERB = re.compile(
    r"(?:^|(?<=[\s,]))(?P<state>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:(?:will|would)\b[^,;]{0,40})?$"
)
# "our Minister is expected to hold bilateral meetings with B": the issuing state's own office holder
_OUR_TITLE = re.compile(
    r"\b[Oo]ur\s+(?:[A-Z][\w-]*\s+){0,3}?(?P<t>Minister|President|Secretary|Chancellor)\b[^,;]{0,60}$"
)
_SAID = re.compile(r"\s+(?:said|says|told\s+\w+)\b")


def state_subject(
    doc: Doc, people: People, s: Sentence, a: int, cue: int, main_first: PersonRec | None, fmt: bool
) -> PersonRec | None:
    """The person a state subject stands for: its teller who holds its office, else the protagonist of it."""
    # "A said Singapore would hold ...": A, when A is Singapore's; "Singapore will co-chair": the protagonist
    our = _OUR_TITLE.search(doc.text, max(a, cue - 80), cue)
    if our is not None:
        held = main_first is not None and main_first.role is not None and our["t"] in main_first.role
        return main_first if held else None
    sm = _STATE_BEFORE_VERB.search(doc.text, max(a, cue - 80), cue)
    state = country_of(sm["state"]) if sm else None
    if sm is None or state is None:
        return None
    tellers = [
        r
        for mn, r in people.at(s.start, sm.start())
        if r.country == state and _SAID.match(doc.text, mn.end, sm.start())
    ]
    if tellers:
        return tellers[-1]
    # "Singapore will co-chair the A-B Conference with C": the state's seat in a format is the protagonist's
    # ("Chile will hold talks with B" beside a Chilean protagonist's visit: another delegation, unnamed)
    return main_first if fmt and main_first is not None and main_first.country == state else None
