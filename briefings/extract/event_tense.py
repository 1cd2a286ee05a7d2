"""A date's sentence as the main date's score reads it: future or past tense, event nouns, logistics."""

from __future__ import annotations

import re
from functools import lru_cache

from briefings.extract.event_spans import EVENT_NOUN
from briefings.extract.regex_guard import guarded
from briefings.extract.tense_words import PAST

_FUTURE = re.compile(
    r"\b(?:will|to hold|to meet|to host|is to|are to|set to|scheduled|plans? to|due to|"
    r"travel|to visit|upcoming|to attend|to take place|to be held|to convene|set for|slated for|"
    # a summary line in the present: "- Foreign Secretary attends the X Meeting in Y from 3 to 5 May"
    r"attends|hosts|co-hosts|heads\s+to|travels\s+to|"
    # a gathering's schedule in the present: "The two-day summit opens on Monday"
    r"opens|begins|starts|kicks\s+off|gets\s+under\s+way|"
    # "Ministers gather in X on Thursday": a newsletter's present for the coming meeting
    r"gathers?|"
    # "is making an introductory visit to X from 3 to 5 March": a visit under way or about to be
    r"(?:is|are)\s+(?:making|paying|undertaking)|"
    # "Ministers are expected in Xcity from 20 to 22 May for the Y Conference": arrivals to come
    r"(?:is|are)\s+expected\s+(?:in|at)(?=\s+(?-i:[A-Z])))\b",
    re.I,
)
# behind a lookahead of its possible first characters (regex_guard: same matches, fewer tries)
_FUTURE = guarded(_FUTURE)
LOGISTICS = re.compile(
    r"\b(?:media availability|press availability|availability|photo|credential|accredit|"
    r"RSVP|register|registration|deadline|camera|pool spray|embargo|livestream|(?:press|news) conference|"
    r"press briefing|will be streamed|"
    # "the weekly media briefing"
    r"(?:weekly|daily|regular|media|news)\s+(?:media\s+|press\s+|news\s+)?briefing|"
    r"doors open|check-in|(?:Posted|Updated|Published)\s*:|wishing\s+to\s+(?:attend|cover)|should\s+contact)",
    re.I,
)
# behind a lookahead of its possible first characters (regex_guard: same matches, fewer tries)
LOGISTICS = guarded(LOGISTICS)

# "The President will welcome President A to the White House on March 16": a host announcing a visit
_WELCOME = re.compile(
    # (two guests too: "will host Defence Minister A and Foreign Minister B on 3 May")
    r"\b(?:will|to)\s+(?:welcome|host|receive)\s+(?:[A-Z][\w.'’-]*\s+(?:and\s+)?){1,12}(?:of|to|at|in|on)\b"
)


# "is to lead a delegation to Xland from Monday next week to Friday": a visit with no visit noun
_DELEGATION = re.compile(r"\blead(?:s|ing)?\s+an?\s+(?:[\w-]+\s+){0,2}?delegation\s+to\s+[A-Z]")


@lru_cache(maxsize=256)  # the date scorer and the place rules read the same sentences
def sentence_score(seg: str) -> tuple[float, bool]:
    """The part of a date's score that depends on its sentence only: (bonus, past-only sentence)."""
    bonus = 0.0
    if EVENT_NOUN.search(seg) or _WELCOME.search(seg) or ("delegation" in seg and _DELEGATION.search(seg)):
        bonus += 4
    future = bool(_FUTURE.search(seg))
    if future:
        bonus += 3
    return bonus, bool(not future and PAST.search(seg))
