"""Names of the main event: a proper name in a sentence ("the 17th Japan-India Strategic Dialogue")."""

from __future__ import annotations

import re

from briefings.extract.literals import has_any
from briefings.extract.regex_guard import guarded

_PROPER = re.compile(
    r"((?:[A-Z0-9][\w'’+&.–-]*\s+(?:(?:of|and|for|on|the)\s+)*){1,8}(?:Summit|Dialogue|Meeting|Conference|"
    r"Ministerial|Forum|Talks|Consultations|Meetings|Retreat)s?)\b"
)
_PAIR_FORMAT = guarded(
    re.compile(
        r"\b[A-Z][\w.]*(?:[-–][A-Z][\w.]*)+\s+(?:\d+\s*\+\s*\d+\s+)?(?:summit|talks|dialogue|meeting|ministerial|"
        r"consultations)\b"
    )
)
_PROPER_HEADS = (
    "Summit", "Dialogue", "Meeting", "Conference", "Ministerial", "Forum", "Talks", "Consultations",
    "Retreat",
)  # fmt: skip
_DOC_WORDS = frozenset({"Readout", "Statement", "Remarks", "Transcript", "Communique", "Communiqué", "Press"})
_LEAD_WORDS = frozenset(
    re.findall(
        r"\w+",
        "The This That A An In At On During Ahead After Before To Attend Attends Host Hosts Hold Holds Visit "
        "Visits Travel Travels Join Joins Lead Leads Chair Chairs Welcome Welcomes Meet Meets For Statement",
    )
)


def proper_name(text: str) -> str | None:
    """The proper name of a meeting a text gives, without a leading document word or lead-in."""
    # every _PROPER match ends in one of its head words, every _PAIR_FORMAT match holds a dash
    for m in _PROPER.finditer(text) if has_any(text, _PROPER_HEADS) else ():
        words = m[1].split()
        if words and words[0] in _DOC_WORDS:
            continue  # "Readout of the Secretary's Meeting": a document title, not an event name
        while words and (
            words[0] in _LEAD_WORDS
            or words[0].lower() in ("of", "and", "for", "on", "the")
            or re.fullmatch(r"\(?\d+[.)]", words[0])  # "2. At the ...": a paragraph number
        ):
            words = words[1:]
        if len(words) >= 2 and not words[0].endswith(("'s", "’s")):
            return " ".join(words)
    pair = _PAIR_FORMAT.search(text) if "-" in text or "–" in text else None  # "the annual EU-Japan summit"
    return pair.group() if pair else None
