"""Officers named by the kind of their body ("A, the institute's director-general"): the body's place."""

from __future__ import annotations

import re

from briefings.extract.people import People
from briefings.extract.people_affiliation import BASED_PLACE, CAPS, place_state
from briefings.extract.sentences import Doc

# "A, the institute's director-general," / "the think tank's president, A": an officer of the one body of
# that kind the text names
_ITS_KIND = r"the\s+(?P<kind>institute|think[- ]tank|foundation|centre|center|university|council)['’]s\s+"
_OWN_AFTER = re.compile(rf"\s*,\s*{_ITS_KIND}", re.I)
_OWN_BEFORE = re.compile(rf"\b{_ITS_KIND}(?:[\w-]+,?\s+){{0,4}}$", re.I)
_BASED_RUN = re.compile(rf"{BASED_PLACE}(?P<run>{CAPS}(?:\s+(?:(?:of|for|on|and|the)\s+)*{CAPS})*)")


def own_body_officers(doc: Doc, people: People) -> None:
    """An officer named by the kind of their body ("the institute's director-general") takes the place of
    the one body of that kind the text names as "Xcity-based"."""
    text = doc.text
    if "-based" not in text or ("’s" not in text and "'s" not in text):
        return
    for rec in people.recs:
        if rec.country or not rec.role:
            continue
        for m in rec.mentions:
            own = _OWN_AFTER.match(text, m.end) or _OWN_BEFORE.search(text, m.sentence.start, m.span_start)
            if own is None:
                continue
            kind = own["kind"].lower().replace("-", " ")
            places = {
                place_state(b["place"])
                for b in _BASED_RUN.finditer(text)
                if re.search(rf"\b{kind}\b", b["run"].lower().replace("-", " "))
            }
            if len(places) == 1 and None not in places:
                rec.country = places.pop()
                break
