"""The topic collector (one Topic a name, no word of a list's frame) and a headline's agenda line."""

from __future__ import annotations

import re

from briefings.extract.agenda import AGENDA_BEFORE, AGENDA_BEFORE_WORDS, ISSUE_WORDS
from briefings.extract.gazetteer import country_of
from briefings.extract.literals import has_any
from briefings.extract.sentences import Doc, Sentence
from briefings.extract.topic_lists import _clean, _split_list
from briefings.extract.topic_words import agenda_name, background_name, names_a_person
from briefings.models import Topic, TopicKind

# "talks on the sidelines", "on Saturday at the forum", a lone "including" or "regional": where, when, or a
# word of the list's frame, no topic
_NOT_TOPIC = re.compile(
    r"(?:the\s+)?(?:sidelines|margins)\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"(?:including|expand|regional|international|bilateral|global)$|"
    # a lone preposition ("including through:"), a companion ("with our partners"), a source ("people familiar
    # with the matter said", "observers say"), a refusal ("declining to comment on what"), a meeting planned
    # ("plans for A to meet B")
    r"(?:through|via|by|with|from|into|over|under|against|between|among|beyond|abroad|time|host|text)$|"
    r"with\s+(?:our|us|them|their|his|her|my)\b|"
    # a lone slogan adjective ("connected, prosperous, secure, and resilient"), compass word ("the East and
    # South China Seas") or abbreviation ("Washington, D.C.")
    r"(?:free|open|safe|secure|stable|peaceful|prosperous|resilient|connected|inclusive|sustainable|"
    r"transparent|rules-based|East|West|North|South)$|(?:[A-Z]\.){2,}$|"
    r"(?:people|sources|officials|diplomats|analysts|observers|experts)\s+(?:familiar|close|say|says|said|told)\b|"
    r"(?:declin|refus)ing\s+to\b",
    re.I,
)
# _NOT_TOPIC's last alternative on its own, run only when the name holds a "to" ("plans for A to meet B")
_TO_MEET = re.compile(r"[^,]*\bto\s+(?:meet|visit|travel|attend)\b", re.I)


def _not_topic(name: str) -> bool:
    """_NOT_TOPIC or _TO_MEET matches at the name's start (one regex of both alternatives, split)."""
    if _NOT_TOPIC.match(name) is not None:
        return True
    return ("to" in name.lower() or not name.isascii()) and _TO_MEET.match(name) is not None


class Topics:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.items: list[Topic] = []
        self.seen: set[str] = set()

    def add(
        self, name: str, kind: TopicKind, s: Sentence, start: int, end: int, definition: str | None = None
    ) -> None:
        if kind == "agenda":
            name = agenda_name(name) or ""
        key = name.lower()
        if not name or key in self.seen or len(name) < 3 or names_a_person(name) or _not_topic(name):
            return
        ev = self.doc.evidence(start, end, s)
        if ev is None:
            return
        self.seen.add(key)
        self.items.append(Topic(name=name, kind=kind, definition=definition, evidence=ev))

    def add_background(self, s: Sentence, start: int, end: int, when: str) -> None:
        text = self.doc.text
        before = text[s.start : start]
        name = background_name(before, when, _clean)
        if name:
            frag = name[: -len(f" in {when}")]
            pos = text.rfind(frag.split()[0], s.start, start)
            self.add(name, "background", s, pos if pos >= 0 else start, end)


# a word every AGENDA_BEFORE match holds (its closing phrase's), case as written there, or one below
AGENDA_BEFORE_NEEDS = (
    "agenda", "dominate", "overshadow", "among", "discussed", "addressed", "table", "come", "attention",
    "centre", "center", "heart", "forefront", *ISSUE_WORDS,
)  # fmt: skip
# and "feature"/"figure", only as a closing verb: a blank, ".", "!" or a quote after it ("figures": none)
_VERB_NEEDS = ("feature", "figure")


def agenda_before_may_match(st: str) -> bool:
    """False when AGENDA_BEFORE cannot match st: none of its closing phrases' words is there."""
    if has_any(st, AGENDA_BEFORE_NEEDS):
        return True
    for w in _VERB_NEEDS:
        i = st.find(w)
        while i >= 0:
            j = i + len(w)
            if j == len(st) or st[j].isspace() or st[j] in '.!”"':
                return True
            i = st.find(w, j)
    return False


HEADLINE_LINK = re.compile(r"\s+(?:with|as|amid|while|after|before|when|ahead\s+of|during)\s+")


def headline_topics(t: Topics, s: Sentence) -> None:
    """A headline's agenda line only ("...; A, B on agenda", "A and B to top the agenda"): a headline's other
    words name the event, not its topics."""
    st = s.text
    for m in (
        AGENDA_BEFORE.finditer(st)
        if has_any(st, AGENDA_BEFORE_WORDS) and agenda_before_may_match(st)
        else ()
    ):
        # "X to host Y as A, B top agenda", "X to meet in Z with A, B on agenda": the list after the link word
        items = _split_list(HEADLINE_LINK.split(m["list"])[-1])
        for item in items:
            pos = t.doc.text.find(item, s.start + m.start("list"), s.end)
            if pos >= 0 and (len(items) > 1 or not country_of(item)):
                t.add(item, "agenda", s, pos, pos + len(item))
