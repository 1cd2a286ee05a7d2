"""A minister's own release: the minister's name and style head it ("Hon A B" / "Rt Hon C D" / "THE HON E F
MP" / "Senator the Hon G H", a line of its own over the body, the portfolio under it). The release is that
minister's government's, so once the minister's country is known it is the issuer's."""

from __future__ import annotations

import re

from briefings.extract.people import People
from briefings.extract.sentences import Doc

# the style opening a letterhead's name line, in any case
_STYLED = re.compile(r"(?:senator\s+)?(?:the\s+)?(?:rt\.?\s+)?hon\.?\s+[A-Z]", re.I)


def minister_home(doc: Doc, people: People) -> str | None:
    """The country of the first minister whose styled name heads the release on a line of its own (before
    the body's first sentence of prose), when the text has given that minister one."""
    for s in doc.sentences[:8]:
        t = s.text.strip()
        if t.endswith(".") and t.count(" ") >= 7:
            return None  # the body has begun: a "Hon A" inside it is no letterhead
        if len(t) > 60 or t.endswith(".") or not _STYLED.match(t):
            continue
        for _, rec in people.at(s.start, s.end):
            if rec.country:
                return rec.country
    return None
