"""A date line printed after the lead ("Hà Nội, May 8, 2026" below the first paragraph, as some agencies
and government portals set it) closes no header: the lead above it is the text's first sentence, its dates
the meeting's, and only the line itself is the writer's day."""

from __future__ import annotations

from briefings.extract.datelines import Dateline
from briefings.extract.sentences import Doc

_LEAD_WORDS = 12  # a headline is shorter, or carries no full stop


def header_end(doc: Doc, dateline: Dateline | None) -> int:
    """Where the header ends: the dateline's end, or the headline's when a lead stands above the line."""
    if dateline is None:
        return 0
    line = doc.sentence_at(dateline.end - 1)
    if line is None or doc.text[line.start : line.end].strip() != doc.text[line.start : dateline.end].strip():
        return dateline.end  # "SEOUL, March 9 (Reuters) - ...": the lead runs on after the dateline
    above = doc.sentences[: line.index]
    lead = any(len(s.text.split()) >= _LEAD_WORDS and s.text.rstrip().endswith(".") for s in above)
    return doc.sentences[0].end if lead else dateline.end
