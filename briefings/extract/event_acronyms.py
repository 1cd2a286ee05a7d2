"""The short name a lead gives its meeting in brackets ("(XYMIN)"), and the later sentence setting its day."""

from __future__ import annotations

import re

from briefings.extract.sentences import Doc, Sentence

# "for the Xland-Yland Ministerial Consultations (XYMIN)": a meeting's full name, then its short name
_NAMED_SHORT = re.compile(
    r"\b(?:Talks|Meeting|Summit|Dialogue|Ministerial|Conference|Consultations|Forum|Session|Retreat)\s*"
    r"\(([A-Z][A-Za-z]*[A-Z][A-Za-z0-9+&-]*)\)"
)
_PROSE_END = (".", ".”", '."')
# "XYMIN will be held in Ycity on": the short name as the subject of the verb that sets the meeting's day
_SET_VERB = (
    r"(?:\s+20\d\d)?\s+(?:will\s+be\s+(?:held|hosted|convened)|is\s+to\s+be\s+held|will\s+take\s+place|"
    r"(?:is|are)\s+(?:scheduled|set|slated)\s+(?:for|to\s+take\s+place))\b[^.;]{0,70}?\s(?:on\s+)?$"
)


def lead_short_names(doc: Doc, skip_sentences: set[int]) -> tuple[str, ...]:
    """The bracketed short names the first three prose sentences give a meeting ("the X Consultations
    (XYMIN)"), longest first."""
    lead = [
        x
        for x in doc.sentences[:12]
        if x.index not in skip_sentences and x.text.rstrip().endswith(_PROSE_END)
    ][:3]
    names = {m[1] for x in lead for m in _NAMED_SHORT.finditer(x.text)}
    return tuple(sorted(names, key=len, reverse=True))


def short_name_set(text: str, s: Sentence, at: int, names: tuple[str, ...]) -> bool:
    """The sentence makes the lead's meeting, by its short name, the subject of the day at `at` ("XYMIN will
    be held in Ycity on Monday 18 August")."""
    seg = text[max(s.start, at - 130) : at]
    return any(n in seg and re.search(rf"\b{re.escape(n)}{_SET_VERB}", seg) is not None for n in names)
