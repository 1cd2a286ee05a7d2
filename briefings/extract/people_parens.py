"""A country in brackets after a person: "A, Minister of X (Yland)" and a colon list under one plural title
("The Foreign Ministers of X and Y have confirmed: A (X), B (Y)")."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.mentions import Mention
from briefings.extract.sentences import Sentence

_PAREN_END = re.compile(r"\s*\(([^()]{2,40})\)$")
_PAREN_AFTER = re.compile(r"\s*\(([^()]{2,40})\)")
# "The Foreign Ministers of X, Y and Z have confirmed their participation:" (the title's own words first)
_PLURAL_HEAD = re.compile(
    r"\b(?:[Tt]he\s+)?(?P<title>(?:[A-Z][\w-]*\s+){0,3}(?:Ministers|Secretaries|Presidents|Leaders|Ambassadors|"
    r"Chiefs|Commanders|Envoys)|(?:[a-z-]+\s+){0,2}(?:ministers|secretaries|ambassadors|envoys))\b"
    r"[^:;.]{0,160}:\s*$"
)
_ITEM_GAP = re.compile(r"\s*(?:,\s*and|,|and|;)\s*")
# "Commandant, Xland Coast Guard": a state's own service closing an apposition title after a comma
_SERVICE_END = re.compile(
    r",\s+(?:the\s+)?(?P<state>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}?)\s+"
    r"(?:Coast\s+Guard|Navy|Army|Air\s+Force|Marine\s+Corps|Armed\s+Forces|Defen[cs]e\s+Forces?|Self-Defense\s+Force)$"
)


def _bracketed_country(inner: str) -> str | None:
    """The country a bracket holds ("(Kazakhstan)"), not an acronym or a party ("(TNI)", "(R-Texas)")."""
    inner = inner.strip()
    return country_of(inner) if inner[:1].isupper() and not inner.isupper() else None


def bracketed_countries(text: str, sent: Sentence, ms: list[Mention]) -> None:
    """A title closed by a bracketed country ("Minister of Foreign Affairs (Yland)") is that country's; the
    bracket is no part of the title; so is a state's service after a comma ("Commandant, Xland Coast
    Guard"), which names the state. A colon list of such names under one plural title gives each title."""
    for m in ms:
        if m.role and "," in m.role and (end := _SERVICE_END.search(m.role)):
            state = country_of(end["state"])
            if state and not m.role[: end.start()].endswith(("of", "for")):
                m.role, m.country = m.role[: end.start()], state  # "Commandant, Xland Coast Guard"
    if "(" not in sent.text:
        return
    for m in ms:
        if m.role and not m.country and (after := _PAREN_AFTER.match(text, m.end)):
            m.country = _bracketed_country(after[1])  # "the Chair, Ambassador A (Yland),": the delegate's
        if not m.role or not m.role.endswith(")"):
            continue
        tail = _PAREN_END.search(m.role)
        country = _bracketed_country(tail[1]) if tail else None
        if tail and country:
            m.role = m.role[: tail.start()]
            m.country = m.country or country
    _colon_list(text, sent, ms)


def _colon_list(text: str, sent: Sentence, ms: list[Mention]) -> None:
    """ "The Foreign Ministers of X and Y have confirmed: A (X), B, Deputy Prime Minister (Y)": every name
    of the list is a Foreign Minister (unless it gives its own title) of its bracketed country."""
    colon = text.find(":", sent.start, sent.end)
    if colon < 0:
        return
    head = _PLURAL_HEAD.search(text, sent.start, colon + 1)
    items = [m for m in ms if m.start > colon]
    if head is None or len(items) < 2:
        return
    own: list[str | None] = []
    pos = colon + 1
    for k, m in enumerate(items):
        gap = text[pos : m.start]
        if gap.strip() and not (k and _ITEM_GAP.fullmatch(gap)):
            return  # the names must follow each other as one list
        after = _PAREN_AFTER.match(text, m.end)
        country = _bracketed_country(after[1]) if after else m.country
        if country is None:
            return
        own.append(country)
        pos = after.end() if after and not m.role else max(m.tail_end, m.end)
        if m.role:
            pos = _skip_title(text, m, pos, sent.end)
    title = _singular(head["title"])
    for m, country in zip(items, own, strict=True):
        m.country = m.country or country
        m.role = m.role or title
        if m.written == "?":
            m.written = text[m.start : m.end]


def _skip_title(text: str, m: Mention, pos: int, end: int) -> int:
    """Past an apposition title and its bracket ("A, Minister of X (Yland)")."""
    role = m.role or ""
    at = text.find(role, m.end, end) if role else -1
    if at < 0:
        return pos
    after = _PAREN_AFTER.match(text, at + len(role))
    return after.end() if after else at + len(role)


def _singular(title: str) -> str:
    """ "Foreign Ministers" -> "Foreign Minister", "Secretaries" -> "Secretary"."""
    title = title.strip()
    if title.endswith("ies"):
        return title[:-3] + "y"
    return title[:-1] if title.endswith("s") else title
