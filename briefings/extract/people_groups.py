"""Names introduced under one plural title by "including" or "among them": "defence ministers from eight
countries, among them Xland's A, Yland's B and C" gives each listed name without a title of its own the
singular title."""

from __future__ import annotations

import re

from briefings.extract.literals import has_any
from briefings.extract.mentions import Mention
from briefings.extract.roles import MODIFIERS
from briefings.extract.sentences import Sentence

_CUES = ("including", "among them", "among whom", "such as", "notably")
# "<portfolio> ministers (from|of) <some> countries, including " right before the first listed name
_GROUP_HEAD = re.compile(
    r"\b(?P<mod>[A-Za-z-]+)\s+(?P<head>ministers|secretaries|envoys|ambassadors|chiefs|commanders)"
    r"(?:\s+(?:from|of)\s+(?:[\w-]+\s+){0,3}?(?:countries|nations|states|governments|members|allies|partners|region|world))?"
    r"\s*,?\s+(?:including|among\s+(?:them|whom)|such\s+as|notably)\s+"
    r"(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?:'s|’s)\s+)?$"
)
# between two listed names: a comma or "and", and the next one's country in the possessive
_GROUP_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?:'s|’s)\s+)?")
_HEADS = {"ministers": "minister", "secretaries": "secretary", "envoys": "envoy", "ambassadors": "ambassador",
          "chiefs": "chief", "commanders": "commander"}  # fmt: skip


def group_titles(text: str, sent: Sentence, ms: list[Mention]) -> None:
    """Give the names listed after "<portfolio> ministers ..., including" the singular title."""
    if len(ms) < 2 or not has_any(sent.text, _CUES):
        return
    for k, m in enumerate(ms):
        lo = max(sent.start, m.span_start - 120)
        head = _GROUP_HEAD.search(text, lo, m.span_start)
        if head is None or head["mod"].lower() not in MODIFIERS:
            continue
        role = f"{head['mod']} {_HEADS[head['head'].lower()]}"
        group = [m]
        for nxt in ms[k + 1 :]:
            if not _GROUP_GAP.fullmatch(text, group[-1].tail_end, nxt.span_start) or len(nxt.tokens) < 2:
                break
            group.append(nxt)
        if len(group) < 2:
            return
        for x in group:
            if not x.role:
                x.role = role
                if x.written == "?":
                    x.written = text[x.start : x.end]
        return
