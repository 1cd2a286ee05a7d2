"""Topics listed as bullets under an agenda line ("... will address:" then "- A;", "- B and C.")."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefings.extract.gazetteer import country_of
from briefings.extract.sentences import Doc, Sentence
from briefings.extract.topic_lists import cut_list

# the line that opens the list: an agenda verb or noun right before the colon
_OPENER = re.compile(
    # (any tense: "The programme covers:", "will deliberate on:", "The ministers will consider:")
    r"\b(?:(?:address|discuss)(?:es|ed)?|(?:cover|review|examine|consider)(?:s|ed)?|deliberate\s+(?:up)?on|"
    r"include|includes|including(?:\s+through)?|focus on|focus|"
    # "The talks will centre on:", "talks will revolve around:", "will concentrate on:"
    r"agenda|topics|cent(?:re|er|red|ered)\s+on|revolve\s+around|concentrate\s+on|"
    r"issues|priorities|areas|themes|following|pillars|covering|will|"
    # "He will raise:", "She will highlight:", "press for:"
    r"raise|highlight|outline|set\s+out|stress|underline|press\s+for|push\s+for|call\s+for)"
    r"(?:\s+(?:are|is|include|includes|will\s+be))?\s*:\s*$|"
    # "Priorities for the meeting:", "The agenda includes the following items:"
    # "organised into five subcommissions:", "in three working groups:": each body's field is an item
    r"\b(?:agenda|topics|issues|priorities|areas|themes|pillars|following|(?:sub-?)?commissions|"
    r"working\s+groups|workstreams|baskets)\b[^:.;]{0,40}:\s*$|"
    # "The two sides will review cooperation in:", "discuss ways to work together on:", "discuss efforts to:"
    r"\b(?:address|discuss|cover|review|examine|explore|focus\s+on)\s+[^:.;]{1,40}\b(?:in|on|of|to)\s*:\s*$|"
    # "expected to exchange views on:", "will put forward requests on:", "proposals regarding:"
    r"\b(?:views|requests|proposals|positions|talks|discussions?|consultations|exchanges?|decisions|progress)\s+"
    r"(?:on|about|regarding)\s*:\s*$",
    re.I,
)
_BULLET = re.compile(r"^\s*(?:--|[-–—•*▪·○◦●■□►➢‣▲△◆◇➤✓]|\(?[a-z0-9]\)|[0-9]+\.|\(?[ivx]{1,4}[.)])\s+")
_ITEM_END = re.compile(r"[;.,]?\s*(?:and|or)?\s*$")
# a bullet that opens with what the speaker will do: "- push for A", "- seek B" (the object is the topic)
_VERBS = (
    r"(?:call\s+out|push\s+for|press\s+for|call\s+for|discuss|highlight|address|review|promote|support|"
    r"advance|explore|pursue|seek|reaffirm|underline|stress|emphasi[sz]e|welcome|launch|sign|agree\s+on|"
    r"work\s+on|build\s+on|take\s+stock\s+of|focus\s+on|implementing|enhancing|deepening|expanding|"
    # "- modernize A and deepen B", "- strengthen C", "- combating D"
    r"moderni[sz]e|deepen|strengthen|maintain|expand|enhance|improve|boost|bolster|reinforce|protect|counter|"
    r"combat|ensure|develop|increase|coordinate|foster|uphold|preserve|accelerate|tackle|secure|"
    r"strengthening|advancing|promoting|supporting|improving|countering|combating|protecting|maintaining|"
    r"ensuring|boosting|bolstering|modernizing|modernising)"
)
# ("support for A", "increase in B": a noun, not an action)
_ACTION = re.compile(_VERBS + r"\s+(?!(?:for|of|to|from|in|and|or|on)\s)")
# "modernize A and deepen B": two actions, each with its object
_AND_ACTION = re.compile(r",?\s+and\s+(?=" + _VERBS + r"\s+(?!(?:for|of|to|from|in|and|or|on)\s))")
_LONGEST = 20  # words of a whole bullet kept as one topic
_JOINED = 14  # words of two phrases joined by "and" into one item


# where a bullet's items part: a serial "and", a semicolon, a comma before "including"/"particularly" B
_PARTS = re.compile(
    r",\s*(?:and|or)\s+|;\s*|,\s*(?:including|such as|notably|in particular|particularly|especially)\s+"
)
_DET = re.compile(r"^(?:(?:the|a|an|its|their|our|his|her|[\w.-]+'s)\s+)+")
_PREP = re.compile(r"\b(?:in|of|between|with|against|on|for|to|among|from)\s")
_TITLE_CASE = re.compile(r"[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*)+")
# a line of what the visitor does, not of what is discussed: "- Convene a trilateral meeting with A"
_MEETING_LINE = re.compile(r"(?i:convene|hold|join|meet|attend|visit|travel|deliver|host|participate)\s")


def _items(body: str) -> list[str]:
    """ "A and B, and C in X and Y": A, B and "C in X and Y" (an "and" after a preposition joins)."""
    out: list[str] = []
    for part in _PARTS.split(body):
        pieces = part.split(" and ")
        cur = pieces[0]
        for i, nxt in enumerate(pieces[1:]):
            # "the command and control structures", "peace and stability across A": a lone word shares
            # the rest (also a later one: "A and food and energy security")
            lone = (len(pieces) == 2 or (i > 0 and cur == pieces[i])) and len(_DET.sub("", cur).split()) == 1
            lone = lone and not _DET.match(nxt)
            # "the Guided Weapons and Explosive Ordnance Enterprise": one capitalised name
            name = bool(_TITLE_CASE.fullmatch(_DET.sub("", cur)) and _TITLE_CASE.fullmatch(nxt))
            name = name and not country_of(nxt)
            # ("the situation in A and preparations for the B on C": two phrases with their own prepositions
            # would run on past what one item says, so they part)
            run_on = _PREP.search(nxt) is not None and len(cur.split()) + len(nxt.split()) > _JOINED
            if (_PREP.search(cur) and not run_on) or lone or name:
                cur = f"{cur} and {nxt}"
            else:
                out.append(cur)
                cur = nxt
        out.append(cur)
    return out


def _objects(body: str) -> list[str]:
    """The objects of a line of actions: "modernize A and deepen B" -> [A, B]."""
    out: list[str] = []
    for chunk in _AND_ACTION.split(body):
        a = _ACTION.match(chunk)
        out.append(chunk[a.end() :] if a else chunk)
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
        if _MEETING_LINE.match(body):
            continue
        act = _ACTION.match(body)
        # the whole line is the item as the text words it ("fisheries and forestry"), then its parts; a line
        # of actions gives each action's object ("modernize A and deepen B": A, B)
        objects = _objects(body) if act else []
        # (an object that is a lone name, "support Ukraine as it ...": the whole line says it)
        wholes = [body, *(o for o in (cut_list(x)[0] for x in objects) if " " in o or o.islower())]
        heads = [w.split(",", 1)[0] for w in wholes[1:] or wholes]  # "the green shift, through A": its head
        parts = [p for w in wholes[1:] for p in _items(w)] if act else _items(body)
        for raw in [*wholes, *heads, *parts]:
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
