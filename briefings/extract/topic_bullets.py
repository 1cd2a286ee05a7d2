"""Topics listed as bullets under an agenda line ("... will address:" then "- A;", "- B and C.")."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefings.extract.sentences import Doc, Sentence

# the line that opens the list: an agenda verb or noun right before the colon
_OPENER = re.compile(
    r"\b(?:address|discuss|cover|review|examine|include|includes|including|focus on|focus|agenda|topics|"
    r"issues|priorities|areas|themes|following|pillars|covering|will)"
    r"(?:\s+(?:are|is|include|includes|will\s+be))?\s*:\s*$|"
    # "Priorities for the meeting:", "The agenda includes the following items:"
    r"\b(?:agenda|topics|issues|priorities|areas|themes|pillars|following)\b[^:.;]{1,40}:\s*$|"
    # "The two sides will review cooperation in:", "discuss ways to work together on:"
    r"\b(?:address|discuss|cover|review|examine|explore|focus\s+on)\s+[^:.;]{1,40}\b(?:in|on|of)\s*:\s*$",
    re.I,
)
_BULLET = re.compile(r"^\s*(?:[-–•*▪·○◦●■□►➢‣]|\(?[a-z0-9]\)|[0-9]+\.|\(?[ivx]{1,4}[.)])\s+")
_ITEM_END = re.compile(r"[;.,]?\s*(?:and|or)?\s*$")
# a bullet that opens with what the speaker will do: "- push for A", "- seek B" (the object is the topic)
_ACTION = re.compile(
    r"(?:call\s+out|push\s+for|press\s+for|call\s+for|discuss|highlight|address|review|promote|support|"
    r"advance|explore|pursue|seek|reaffirm|underline|stress|emphasi[sz]e|welcome|launch|sign|agree\s+on|"
    r"work\s+on|build\s+on|take\s+stock\s+of|focus\s+on|implementing|enhancing|deepening|expanding)\s+"
)
_LONGEST = 20  # words of a whole bullet kept as one topic


_PREP = re.compile(r"\b(?:in|of|between|with|against|on|for|to|among|from)\s")


def _items(body: str) -> list[str]:
    """ "A and B, and C in X and Y": A, B and "C in X and Y" (an "and" after a preposition joins)."""
    out: list[str] = []
    for part in re.split(r",\s*(?:and|or)\s+|;\s*|,\s*(?:including|such as|notably|in particular)\s+", body):
        pieces = part.split(" and ")
        cur = pieces[0]
        for nxt in pieces[1:]:
            if _PREP.search(cur):
                cur = f"{cur} and {nxt}"
            else:
                out.append(cur)
                cur = nxt
        out.append(cur)
    return out


def _kind(marker: str) -> str:
    """A list marker's kind: a digit, a letter or the bullet sign itself."""
    m = marker.strip().strip("(")[:1]
    return "1" if m.isdigit() else "a" if m.isalpha() else m


def bullet_topics(doc: Doc, s: Sentence, clean: Callable[[str], str]) -> list[tuple[str, Sentence, int, int]]:
    """The items of the bulleted lines that follow an agenda line ending in a colon."""
    if not _OPENER.search(s.text):
        return []
    out: list[tuple[str, Sentence, int, int]] = []
    kind = ""
    for x in doc.sentences[s.index + 1 : s.index + 13]:
        bm = _BULLET.match(x.text)
        if bm is None or kind not in ("", _kind(bm.group())):
            break  # "○ A;" bullets, then the release's next numbered paragraph "3. On the sidelines, ..."
        kind = _kind(bm.group())
        body = x.text[bm.end() :]
        body = _ITEM_END.sub("", body, count=1)
        act = _ACTION.match(body)
        # the whole line is the item as the text words it ("fisheries and forestry"), then its parts
        wholes = [body, body[act.end() :]] if act else [body]
        head = wholes[-1].split(",", 1)[0]  # "the green shift, through A": its head
        for raw in [*wholes, head, *_items(body)]:
            item = clean(raw)
            whole = raw in wholes
            at = raw.find(item) if whole and item else -1
            if at >= 0 and at + len(item) < len(raw.rstrip(" ,")):
                item = raw[at:].rstrip(" ,")  # "partnerships with A": the whole line keeps its "with A"
            if len(item.split()) == 1 and len(raw.split()) > 3:
                continue  # "cooperation between A and B" cut to "cooperation": too little to name it
            most = _LONGEST if whole else 16
            pos = doc.text.find(item, x.start + bm.end(), x.end) if item and len(item.split()) <= most else -1
            if pos >= 0:
                out.append((item, x, pos, pos + len(item)))
    return out
