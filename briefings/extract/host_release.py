"""The host government's own release: a lead sentence whose subject is the head of state or government by
bare title ("The President will welcome President A of Yland", "The Prime Minister will host ...") speaks
of its own leader, as only that leader's government does; the release is the host's."""

from __future__ import annotations

import re

from briefings.extract.sentences import Doc

# "The President and the First Lady will welcome", "The Prime Minister is pleased to host", "The Chancellor
# receives": the bare title opening the sentence, a verb of receiving a guest after it
_OWN_LEADER_HOSTS = re.compile(
    r"(?:(?:On|This|Next|Later)\b[^,]{0,40},\s*)?The\s+(?:President|Prime\s+Minister|Chancellor|Taoiseach|Premier)"
    r"(?:\s+and\s+the\s+First\s+(?:Lady|Gentleman|Spouse))?\s+"
    r"(?:will\s+|is\s+(?:pleased|delighted|honou?red)\s+to\s+|looks\s+forward\s+to\s+)?"
    r"(?:welcom|host|receiv)"
)


def host_release(doc: Doc, host: str | None, dateline: bool) -> str | None:
    """The host when a lead sentence of a release with no dateline opens on its own leader by bare title
    receiving a guest ("The President will welcome President A of Yland to Xcity"), else None."""
    if host is None or dateline:
        return None
    for s in doc.sentences[:8]:
        t = s.text.lstrip()
        if "The " in t[:50] and _OWN_LEADER_HOSTS.match(t):
            return host
    return None
