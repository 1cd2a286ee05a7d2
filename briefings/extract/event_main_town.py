"""The main event's town as a town cue names it ("in the resort town of Smalltown"): in the main sentence, in
the next sentences that give its days, as a town the main sentence only describes, or in the lead sentence
that names the gathering there ("to attend the X summit in the Alpine resort town of Smalltown" before "The
summit runs from 14 to 16 June") when the main sentence names no city of its own."""

from __future__ import annotations

import re
from datetime import date

from briefings.extract.dates import DateMention
from briefings.extract.event_city_checks import TOWN_OF
from briefings.extract.event_spans import NOUN
from briefings.extract.event_towns import described_town
from briefings.extract.gazetteer import country_of
from briefings.extract.places import cities_in
from briefings.extract.sentences import Doc, Sentence
from briefings.extract.town_cues import meeting_town

# the gathering's noun just before the town cue: "the X summit in the ... town of" (not the verb, "will meet
# in the port city of X": a meeting of the lead's own, maybe beside the gathering)
_NOUN_BEFORE = re.compile(rf"\b(?!meet\b){NOUN}\s*$", re.I)


def main_town(
    doc: Doc, s: Sentence, dm: DateMention | None, ref: date, body: list[Sentence]
) -> tuple[str, int] | None:
    """The town and its offset (see the module's doc)."""
    town_m = TOWN_OF.search(doc.text, s.start, s.end) if " of " in s.text else None
    if town_m and not country_of(town_m[1]):
        return town_m[1], town_m.start()
    before = body[: body.index(s)] if s in body else []
    found = meeting_town(doc, s, dm, ref) or described_town(s, before)
    if found or cities_in(doc.text, s.start, s.end, frozenset()):
        return found
    for x in before[-2:]:
        for m in TOWN_OF.finditer(doc.text, x.start, x.end) if " of " in x.text else ():
            gathered = _NOUN_BEFORE.search(doc.text, max(x.start, m.start() - 30), m.start())
            if gathered and not country_of(m[1]):
                return m[1], m.start()
    return None
