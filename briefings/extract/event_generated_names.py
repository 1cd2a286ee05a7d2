"""A name for the main event: the one the text writes, or one made of its parties and noun."""

from __future__ import annotations

import re

from briefings.extract.event_names import proper_name
from briefings.extract.event_spans import EVENT_NOUN, NOUN
from briefings.extract.roles import _words
from briefings.extract.sentences import Doc, Sentence

_FORMAT = re.compile(
    r"[“\"]([^”\"\n]{1,12})[”\"]\s+(?:talks|dialogue|meeting|format|summit|ministerial)", re.I
)
_MODIFIER = re.compile(rf"\b([a-z][a-z-]+)\s+{NOUN}\b")
_SHORT = {"United States": "US", "United Kingdom": "UK", "European Union": "EU"}
_STOP_MODIFIER = _words(
    "the a an of and to high-level first last next this these its their his her upcoming planned annual "
    "so-called in-person held hold will for with at s which that have has bilateral"
)


def generated_name(
    doc: Doc, s: Sentence, lead: list[Sentence], parties: list[str], headline: str | None, trip: bool = False
) -> tuple[str, bool]:
    """The main event's name: the headline of a trip or visit, a proper name the lead writes, else one made of
    the parties, a modifier or a quoted format, and the meeting's noun ("US–Japan security talks"); and
    whether it was made so (no gathering named)."""
    if trip and headline:
        return headline, False  # a trip over several stops: its meetings are stops, the headline names it
    for cand in [s, *[x for x in lead if x is not s]]:
        proper = proper_name(cand.text)
        if proper:
            return proper, False
    fmt = next((m[1] for c in lead for m in _FORMAT.finditer(c.text)), None)
    nm = EVENT_NOUN.search(s.text) or next(
        (EVENT_NOUN.search(c.text) for c in lead if EVENT_NOUN.search(c.text)), None
    )
    noun = nm.group().lower() if nm else "meeting"
    if noun in ("travel", "trip", "visit", "tour", "trips", "visits", "tours") and headline:
        return headline, False
    if noun in ("meet", "travel", "discussion", "discussions"):
        noun = "talks" if noun.startswith("discussion") else "meeting"
    mod = ""
    for m in _MODIFIER.finditer(s.text):
        if m[1] not in _STOP_MODIFIER:
            mod = m[1]
            break
    who = "–".join(_SHORT.get(p, p) for p in parties[:4])
    if fmt:
        return " ".join(x for x in (who, f'"{fmt}"', noun) if x), True
    return " ".join(x for x in (who, mod, noun) if x) or "meeting", True
