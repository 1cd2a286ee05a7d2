"""Past-tense and running-on cues shared by the date and event modules."""

from __future__ import annotations

import re

from briefings.extract.regex_guard import by_first_letter, guarded

# a comment on a meeting after it ("A criticised the talks on Monday"); "hailed as", "criticised by": no verb
REACTED = (
    r"(?:critici[sz]ed|praised|condemned|slammed|rejected|dismissed|hailed|lauded|denounced|questioned|"
    r"blasted|decried|lambasted|derided|applauded)\b(?!\s+as\b)"
)
# a past tense or a word of time gone by ("met", "last year", "ago", "founded in")
_PAST_WORDS = (
    r"met|held|hosted|visited|signed|announced|agreed|was|were|had|(?<!the\s)last(?!\s+[\w'’-]+\s+before\b)|"
    r"earlier|previous|ago|ran|brought|took place|attended|discussed|established|founded|since|came|opened|"
    rf"began|started|kicked off|{REACTED}"
)


def _past(words: str) -> re.Pattern[str]:
    """The words as a past-tense cue ("hosted by X", "attended by Y": a passive description, none)."""
    # the lookahead: each word's first letter, a cheap filter before the alternatives
    return by_first_letter(guarded(re.compile(rf"\b(?=[abcdefhklmopqrstvw])(?:{words})\b(?!\s+by\b)", re.I)))


# an event's sentence told in the past ("the ministers met in May")
PAST = _past(_PAST_WORDS)
# a date's clause told in the past, its speech too: "A said on Tuesday" is last Tuesday (an event's sentence
# is not past for its attribution: "A will fly to X on Monday, B said")
PAST_OR_SAID = _past(_PAST_WORDS + "|said|spoke")
# "The meeting runs until Tuesday", "the Forum, which runs until": the last day of a gathering opened before
RUNS_UNTIL = re.compile(r"\b(?:runs?|running|lasts?|continues?)\s+(?:through|until|till)\s+$")
