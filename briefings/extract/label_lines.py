"""Lines over a US government release's headline that name no news: a site's section label ("Press
Releases", "STATEMENTS & RELEASES") and the issuing body's letterhead in capitals or after the state's
word ("U.S. DEPARTMENT OF THE TREASURY", "United States Mission to the United Nations", "U.S. Embassy &
Consulate in Xland")."""

from __future__ import annotations

import re

# the words a section label is made of, and nothing else
_LABEL_WORDS = frozenset(
    {
        "press", "release", "releases", "statement", "statements", "briefing", "briefings", "readout",
        "readouts", "remarks", "speeches", "news", "events", "media", "note", "notes", "advisory",
        "advisories", "announcement", "announcements", "transcript", "transcripts", "fact", "sheet", "sheets",
        "&", "and", "|",
    }
)  # fmt: skip
_CONNECTORS = frozenset({"of", "for", "the", "and", "in", "to", "&"})
_BODY = re.compile(
    r"^(?:The\s+)?(?:(?:U\.S\.|US|United\s+States)\s+)?"
    r"(?:Department|Embassy(?:\s+(?:&|and)\s+Consulates?)?|Consulate(?:\s+General)?|(?:Permanent\s+)?Mission|"
    # "Mission to the United Nations"; "Embassy to Host ..." is a headline's verb
    r"Agency|Office)\s+(?:of|for|in|to\s+the)\b(?:\s+(?:of|for|the|and|in|to|&|[A-Z][\w.'’-]*))+$"
)


def section_label(line: str) -> bool:
    """A section label of two or more label words ("Press Releases", "BRIEFINGS & STATEMENTS")."""
    words = line.casefold().split()
    return len(words) >= 2 and all(w in _LABEL_WORDS for w in words)


def label_word(word: str) -> bool:
    """A word section labels are made of ("Press", "Release", "Note")."""
    return word.casefold() in _LABEL_WORDS


def state_letterhead(line: str) -> bool:
    """A government body's letterhead, in capitals or after the state's word ("U.S. Embassy & Consulate in
    X", "U.S. DEPARTMENT OF THE TREASURY"); a headline has a verb ("U.S. Embassy to Host ...")."""
    if line.isupper():
        words = line.split()
        line = " ".join(w.lower() if w.lower() in _CONNECTORS else w[:1] + w[1:].lower() for w in words)
        line = line.replace("U.s.", "U.S.")
    return bool(_BODY.match(line))


# a US release's label in capitals ("MEDIA NOTE", "THE WHITE HOUSE"), maybe a section after it ("BRIEFING
# ROOM · STATEMENTS AND RELEASES")
_US_LABEL = re.compile(
    r"(?:media note|office of the spokesperson|the white house|briefing room|"
    r"department of (?:state|defense|war))(?:\s+[|·/]\s+[a-z& ]+)?\W*"
)


def us_label(line: str) -> bool:
    """A US government release's label line ("MEDIA NOTE", "BRIEFING ROOM · STATEMENTS AND RELEASES")."""
    return bool(_US_LABEL.fullmatch(line.lower()))
