"""Topics: agenda phrases, threats named, definitions the text gives, and background facts."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.literals import has_any
from briefings.extract.sentences import Doc, Sentence
from briefings.models import Topic, TopicKind

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DATE_TAIL = re.compile(rf"\s+(?:on|in|at|from|during|by|next|this)\s+(?=\d|{_MONTH}|{_WEEKDAY}|week\b)")
_ANY_TOPIC = re.compile(
    r"discuss|address|focus|agenda|topic|cover|views|deliberat|cent(?:red|ered)|review|explore|heart|includ|"
    r"such as|cooperation|advanc|reaffirm|effort|threat|wherein|whereby|refers to|defined as|"
    r"enhanc|strengthen|deepen|bolster|boost|expand|improv|promot|reinforc|"
    r"Central|High on|Top|\bin (?:1|2|[A-Z])"
)
_AGENDA = re.compile(
    r"\b(?:discuss(?:ed|es|ing)?|address(?:ed|es|ing)?|focus(?:ed|es|ing)?\s+on|review(?:ed|s|ing)?|"
    r"agenda (?:will )?includes?|topics? (?:will )?(?:include|such as)|cover(?:ed|s|ing)?|"
    r"exchange(?:d)? views on|deliberate(?:d)? on|with a focus on|cent(?:red|ered) on|explore|"
    r"including|such as|cooperation (?:on|under|in)|advance|advancing|reaffirm)\s+"
    r"(?P<list>(?:(?!\s+and\s+(?:exchange|discuss|review|address|explore|sign|hold)\b)"
    r"(?:[^.;:!?]|(?<=\b[A-Z])\.))+)"
)
_AGENDA_BEFORE = re.compile(
    r"(?:\bsaid\s+|^|,\s+)(?P<list>[^.;:!?,]+(?:,\s*[^.;:!?,]+)*?)\s+(?:would|will)\s+"
    r"(?:top|dominate|be on|lead)\s+the\s+agenda"
)
_CENTRAL = re.compile(
    r"\b(?:Central to|At the heart of|High on the agenda (?:of|for)|Top(?:ping)? the agenda (?:of|for))"
    r"\s+(?:the|these|this)\s+\w+\s+(?:will be|is|are|was)\s+(?P<np>[^,.;]+)",
    re.I,
)
_DEFINITION = re.compile(
    r"\s*,?\s*(?:wherein|whereby|which (?:refers to|means|is defined as|describes)|"
    r"defined as|meaning|i\.e\.,?|that is,)\s+(?P<d>[^.]+)",
    re.I,
)
_PURPOSE = re.compile(
    r"\b(?:aim(?:s|ed)?\s+(?:to|at)|expected\s+to|seeks?\s+to|intended\s+to|designed\s+to|in\s+order\s+to|"
    r"so\s+as\s+to|and|to)\s+(?:further\s+)?(?:enhance|strengthen|deepen|bolster|advance|boost|expand|improve|"
    r"promote|reinforce|enhancing|strengthening|deepening|advancing|boosting|expanding|improving)\s+(?P<o>[^.;:]+)"
)
_EFFORTS = re.compile(r"\befforts? to\s+(?P<x>[^.;]+)")
_THREATS = re.compile(r"\bthreats?\s+(?:from|posed by|by)\s+(?P<list>[^.;]+)")
_BACKGROUND_TIME = re.compile(
    rf"\bin\s+(?P<t>{_MONTH}(?:\s+\d{{4}}|\s+(?:next|last|this)\s+year)?|(?:19|20)\d{{2}})\b"
)
_CUT = re.compile(
    r",|\b(?:is|are|was|were|will|be|been|being|that|which|who|wherein|with|by|to|and|has|have|"
    r"had|called|on|at|for|from)\b",
    re.I,
)
_LEAD_JUNK = re.compile(
    r"^(?:a series of|a number of|series of|the concept of|concept of|notion of|idea of|the issue of|"
    r"issue of|"
    r"critical issues related to|issues? related to|issues such as|matters such as|ways to|such as|including|"
    r"the|a|an|its|their|his|her|our|these|those|this|that|some|several|various|of|in|"
    r"on|for|from|at)\s+",
    re.I,
)
_TAIL_JUNK = re.compile(
    r"\s+(?:more closely|further|together|as well|too|amid .*|in the face of .*|to ensure .*|"
    r"so as .*|in order .*|with .*|among .*|between .*)$",
    re.I,
)
_NOMINAL = {
    "integrate": "integration",
    "upgrade": "upgrades",
    "strengthen": "strengthening",
    "deepen": "deepening",
    "expand": "expansion",
    "enhance": "enhancement",
    "improve": "improvement",
    "develop": "development",
    "boost": "boost",
    "bolster": "bolstering",
    "promote": "promotion",
    "modernize": "modernization",
    "modernise": "modernisation",
    "coordinate": "coordination",
    "build": "building",
    "increase": "increase",
    "reduce": "reduction",
    "counter": "countering",
    "advance": "advancement",
    "protect": "protection",
    "align": "alignment",
    "reinforce": "reinforcement",
    "establish": "establishment",
    "create": "creation",
    "share": "sharing",
    "secure": "security",
    "support": "support",
}


def _clean(item: str) -> str:
    s = item.strip(" ,")
    for _ in range(3):
        s = _LEAD_JUNK.sub("", s)
    s = _TAIL_JUNK.sub("", s)
    return s.strip(" ,")


_REPORTING = frozenset(
    re.findall(
        r"\w+",
        "expressed welcomed confirmed agreed noted stated stressed emphasized emphasised discussed reviewed "
        "exchanged reaffirmed underscored shared called urged condemned",
    )
)
_ADJ_END = re.compile(r"(?:al|ic|ive|ous|ent|ant|ary|ing)$")
_NOT_NP = re.compile(
    r"(?:what|that|how|whether|which|who|where|when|to|originally|also|will|would|has|have|is|are|was|were)\b"
    r"|\w+ly\s+\w+ed\b",
    re.I,
)


def _split_list(s: str) -> list[str]:
    """ "A, B and C" -> items; "critical and emerging technologies" stays one item."""
    parts = re.split(r",\s*(?:and|or)\s+|,\s*|\s+as well as\s+", s)
    items: list[str] = []
    for part in parts:
        pieces = re.split(r"\s+(?:and|or)\s+", part)
        merged: list[str] = []
        for piece in pieces:
            if merged and _ADJ_END.search(merged[-1]) and merged[-1].split()[-1].islower():
                merged[-1] = f"{merged[-1]} and {piece}"  # a lone adjective shares the noun after it
            else:
                merged.append(piece)
        items.extend(merged)
    out = []
    for p in (_clean(x) for x in items):
        words = p.split()
        if not p or len(words) > 10 or _NOT_NP.match(p):
            continue
        if len(words) > 4 and words[0].lower() in _REPORTING:
            continue  # "expressed serious concerns over ...": a verb phrase, not a topic
        if any(q in p for q in '"“”') or re.search(r"\b(?:said|says|told|added)\b", p):
            continue  # "officials said": attribution, not a topic
        out.append(p)
    return out


def _singular(w: str) -> str:
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def _nominalize(verb: str, obj: str) -> str | None:
    obj = _clean(re.split(r"\s+(?:to|in order|so that|for|by)\s+", obj)[0])
    words = obj.split()
    if not words or len(words) > 5:
        return None
    compound = "-".join([*words[-2:-1], _singular(words[-1])]) if len(words) >= 2 else words[0]
    v = verb.lower()
    noun = _NOMINAL.get(v) or (v[:-1] + "ing" if v.endswith("e") else v + "ing")
    return f"{compound} {noun}"


def _background_name(before: str, when: str) -> str | None:
    """'... initiatives announced' + 'April' -> 'initiatives announced in April'."""
    frag = _clean(_after_last_cut(before))
    if not frag or all(w.endswith(("ed", "ly")) for w in frag.split()):
        # "the alliance, originally established in 1951": take the noun phrase before the comma.
        head, _, _ = before.rpartition(",")
        head_np = " ".join(_clean(_after_last_cut(head)).split()[-4:])
        frag = _clean(f"{head_np} {frag}")
    if not frag or not re.search(r"[A-Za-z]{3}", frag):
        return None
    return f"{frag} in {when}"


class _Topics:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.items: list[Topic] = []
        self.seen: set[str] = set()

    def add(
        self, name: str, kind: TopicKind, s: Sentence, start: int, end: int, definition: str | None = None
    ) -> None:
        key = name.lower()
        if not name or key in self.seen or len(name) < 3:
            return
        ev = self.doc.evidence(start, end, s)
        if ev is None:
            return
        self.seen.add(key)
        self.items.append(Topic(name=name, kind=kind, definition=definition, evidence=ev))

    def add_background(self, s: Sentence, start: int, end: int, when: str) -> None:
        text = self.doc.text
        before = text[s.start : start]
        name = _background_name(before, when)
        if name:
            frag = name[: -len(f" in {when}")]
            pos = text.rfind(frag.split()[0], s.start, start)
            self.add(name, "background", s, pos if pos >= 0 else start, end)


_CENTRAL_WORDS = ("central to", "at the heart of", "high on the agenda", "top")
_AGENDA_WORDS = (
    "discuss", "address", "focus", "review", "agenda", "topic", "cover", "exchange", "deliberate", "cent",
    "explore", "including", "such as", "cooperation", "advanc", "reaffirm",
)  # fmt: skip
_PURPOSE_WORDS = (
    "enhanc", "strengthen", "deepen", "bolster", "advanc", "boost", "expand", "improv", "promot", "reinforc",
)  # fmt: skip


_ANY_WORDS = (
    "discuss", "address", "focus", "agenda", "topic", "cover", "views", "deliberat", "centred", "centered",
    "review", "explore", "heart", "includ", "such as", "cooperation", "advanc", "reaffirm", "effort",
    "threat", "wherein", "whereby", "refers to", "defined as", "enhanc", "strengthen", "deepen", "bolster",
    "boost", "expand", "improv", "promot", "reinforc", "Central", "High on", "Top",
)  # fmt: skip
# every _BACKGROUND_TIME match holds one of these
_WHEN_WORDS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "19", "20",
)  # fmt: skip
_IN_YEAR_OR_NAME = re.compile(r"\bin (?:1|2|[A-Z])")


def _any_topic(text: str) -> bool:
    """bool(_ANY_TOPIC.search(text)): its literal words by substring tests, then its one real pattern."""
    return ("in " in text and bool(_IN_YEAR_OR_NAME.search(text))) or has_any(text, _ANY_WORDS)


def find_topics(doc: Doc, skip_sentences: set[int]) -> list[Topic]:
    """Agenda items, threats and background the text gives, each with its evidence."""
    text = doc.text
    t = _Topics(doc)
    for s in doc.sentences:
        if s.index in skip_sentences or not _any_topic(s.text):
            continue
        st = s.text
        # literal words each pattern needs, tested before running it (case-insensitive ones on ASCII only)
        low = st.lower() if st.isascii() else None
        central = low is None or has_any(low, _CENTRAL_WORDS)
        for m in _CENTRAL.finditer(text, s.start, s.end) if central else ():
            name = _clean(m["np"])
            dm = _DEFINITION.match(text, m.end("np"), s.end)
            t.add(
                name,
                "agenda",
                s,
                m.start("np"),
                m.start("np") + len(m["np"]),
                dm["d"].strip() if dm else None,
            )
        for m in _AGENDA.finditer(text, s.start, s.end) if has_any(st, _AGENDA_WORDS) else ():
            lst = re.split(r"\s+(?:amid|as|while|after|before|when|ahead of|during)\s+", m["list"])[0]
            lst = re.split(r",\s*(?:with|which|who|where)\b", lst)[0]
            lst = _DATE_TAIL.split(lst)[0]
            for item in _split_list(lst):
                if country_of(item) or re.search(rf"\d|\b{_MONTH}\b", item):
                    continue
                pos = text.find(item, m.start("list"), s.end)
                t.add(
                    item,
                    "agenda",
                    s,
                    pos if pos >= 0 else m.start(),
                    (pos + len(item)) if pos >= 0 else m.end(),
                )
        for m in _AGENDA_BEFORE.finditer(text, s.start, s.end) if "agenda" in st else ():
            for item in _split_list(m["list"]):
                pos = text.find(item, m.start("list"), s.end)
                if pos >= 0 and not country_of(item):
                    t.add(item, "agenda", s, pos, pos + len(item))
        for m in _EFFORTS.finditer(text, s.start, s.end) if "effort" in st else ():
            for chunk in re.split(r"\s+and\s+(?=[a-z]+\s+(?:their|its|the|our|a)\b)", m["x"]):
                vm = re.match(r"(?P<v>[a-z-]+)\s+(?P<o>.+)", chunk.strip())
                if vm:
                    nominal = _nominalize(vm["v"], vm["o"])
                    if nominal:
                        pos = text.find(chunk.strip(), m.start("x"), s.end)
                        t.add(nominal, "agenda", s, max(pos, s.start), max(pos, s.start) + len(chunk.strip()))
        for m in _PURPOSE.finditer(text, s.start, s.end) if has_any(st, _PURPOSE_WORDS) else ():
            obj = _clean(re.split(r"\s+(?:to|in order|so that|for|by|with|amid|through)\s+|,", m["o"])[0])
            if obj and 2 <= len(obj.split()) <= 5 and not _NOT_NP.match(obj) and not country_of(obj):
                pos = text.find(obj, m.start("o"), s.end)
                if pos >= 0:  # "expected to ... enhance regional security cooperation"
                    t.add(obj, "agenda", s, pos, pos + len(obj))
        for m in _THREATS.finditer(text, s.start, s.end) if "threat" in st else ():
            for item in _split_list(m["list"]):
                name = country_of(item) or item
                pos = text.find(item, m.start("list"), s.end)
                t.add(
                    name,
                    "threat",
                    s,
                    pos if pos >= 0 else m.start(),
                    (pos + len(item)) if pos >= 0 else m.end(),
                )
        for m in _BACKGROUND_TIME.finditer(text, s.start, s.end) if has_any(st, _WHEN_WORDS) else ():
            t.add_background(s, m.start(), m.end(), m["t"])
    return t.items


def _after_last_cut(s: str) -> str:
    # Every _CUT match is a comma or a whole word, so the last match of a scan started anywhere before it
    # is the last match of the full scan: scan growing windows from the end instead of the whole text.
    pos = len(s)
    while True:
        pos = max(0, pos - 48)
        last = None
        for last in _CUT.finditer(s, pos):  # noqa: B007 (only the last match is wanted)
            pass
        if last is not None:
            return s[last.end() :]
        if pos == 0:
            return s
