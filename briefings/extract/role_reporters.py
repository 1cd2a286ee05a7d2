"""Titles in reporters' wording after a name: "A, a senior official of the X Staff," (an official of a
named body; "A, the Xland Foreign Ministry's senior official for Yland," an official over a named region or
country), "A, chief of the General Staff and a deputy defense minister," (two titles joined by "and a"),
"chief of the General Staff of the Xland People's Army" (a state's armed service named after the state)."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.role_scan import Title, scan_title
from briefings.extract.roles import HEADS, TITLE_WORDS
from briefings.extract.token_countries import country_at
from briefings.extract.tokens import INSTITUTIONS, Tok

# grade words before "official" ("a senior official", "a high-ranking defense official")
_GRADES = frozenset(
    {"senior", "top", "high-ranking", "ranking", "high-level", "veteran", "career", "government"}
)
# "of/at/with the <Capitalised body>" after "official": the body that makes the official's post a title
_OF_BODY = re.compile(r"\s+(?:of|at|with)\s+(?:the\s+)?[A-Z]")
# a service named after its state, continuing a title that ended on the state ("... of the Xland")
_SERVICE_TAIL = re.compile(
    r"(?:\s+[A-Z][\w'’-]*){1,3}?\s+(?:Army|Navy|Air\s+Force|Armed\s+Forces|Liberation\s+Army|Coast\s+Guard|"
    r"Marine\s+Corps|Police|Party)\b"
)
# "Ministry of Foreign Affairs" right before a lower-case title ("... spokesperson, A,")
_MINISTRY_OF = re.compile(
    r"\b(?:Ministry|Department)\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:(?:and|&)\s+)?){1,4}$"
)
_APPOS_END = re.compile(r"\s*(?:[,.;:)\]—–]|$|said\b|says\b|who\b|will\b|has\b|is\b)")


def official_of(toks: list[Tok], k: int, text: str) -> Title | None:
    """ ", a senior official of the X Staff,": an official of a named body (a nameless "a senior official"
    alone is no title)."""
    if k + 2 >= len(toks) or toks[k].low not in ("a", "an"):
        return None
    j = k + 1
    while j < len(toks) and j < k + 3 and toks[j].low in _GRADES and not toks[j].cap:
        j += 1
    if j >= len(toks) or toks[j].text != "official" or j + 1 >= len(toks):
        return None
    if not _OF_BODY.match(text, toks[j].end, toks[-1].end):
        return None
    return Title(toks[k + 1].start, toks[j].end, toks[k].start, None, j + 1)


def service_tail(text: str, end: int, stop: int) -> int:
    """The end of "People's Army" after a title ending "of the Xland", else 0."""
    m = _SERVICE_TAIL.match(text, end, stop)
    return m.end() if m else 0


def second_title(toks: list[Tok], i: int, text: str) -> tuple[int, int] | None:
    """ "and a deputy defense minister" closing an apposition: (the second title's end, the index after
    it), when the apposition closes right after it."""
    if i + 2 >= len(toks) or toks[i].low != "and" or toks[i + 1].low not in ("a", "an"):
        return None
    title = scan_title(toks, i + 1, text, ci=True)
    if title is None or title.next_index > len(toks) or title.next_index <= i + 2:
        return None
    end = toks[title.next_index - 1].end
    if title.role_end != end or not _APPOS_END.match(text, end, toks[-1].end):
        return None
    return end, title.next_index


def joined_titles(toks: list[Tok], i: int, text: str) -> tuple[int, int] | None:
    """ ", National Security Adviser and Secretary-General of X;" closing an apposition: a further pair of
    capitalised titles joined by "and" after a comma, when the list item ends right after it (";", ".",
    ")" or the sentence's end: no name follows): (its end, the index after it)."""
    if i + 3 >= len(toks) or toks[i].text != "," or not toks[i + 1].cap:
        return None
    title = scan_title(toks, i + 1, text)
    if title is None or title.next_index > len(toks) or title.start != toks[i + 1].start:
        return None
    end = toks[title.next_index - 1].end
    joined = any(t.low == "and" for t in toks[i + 2 : title.next_index - 1])
    if not joined or title.role_end != end or not _ITEM_END.match(text, end, toks[-1].end):
        return None
    return end, title.next_index


_ITEM_END = re.compile(r"\s*(?:[.;)]|$)")


def ministry_of_prefix(toks: list[Tok], i: int, text: str) -> tuple[int, str | None] | None:
    """ "Xland's Ministry of Foreign Affairs spokesperson": the token index the title starts at (the
    ministry's) and the country a word right before the ministry names, when such a ministry precedes
    token i."""
    at = toks[i].start
    m = _MINISTRY_OF.search(text, max(0, at - 70), at)
    if m is None:
        return None
    k = next((j for j in range(i - 1, -1, -1) if toks[j].start == m.start()), -1)
    if k < 0:
        return None
    for back in (3, 2, 1):
        hit = country_at(toks, k - back, text) if k - back >= 0 else None
        if hit and hit[1] == k:
            return k, hit[0]
    return k, None


# words before a state's adjective in "a former Xish ambassador to Y" (kept as the title's first word)
_PAST = frozenset({"former", "retired", "veteran", "onetime", "one-time", "then"})


def national_described(toks: list[Tok], k: int, text: str) -> Title | None:
    """ ", a former Xish ambassador to Y,": a title after an article, a word of time and a state's adjective
    (the adjective is the country, no part of the role: "former ambassador to Y")."""
    if k + 3 >= len(toks) or toks[k].low not in ("a", "an") or toks[k + 1].low not in _PAST:
        return None
    hit = country_at(toks, k + 2, text)
    if hit is None or hit[1] >= len(toks) or toks[hit[1]].cap:
        return None
    title = scan_title(toks, hit[1], text, ci=True)
    if title is None:
        return None
    title.prefix = toks[k + 1].text
    title.country = title.country or hit[0]
    title.start = toks[k].start
    return title


# the mark closing an apposition after its last word
_CLOSES = frozenset({",", ".", ";", ":", ")"})


def state_task_title(toks: list[Tok], k: int, text: str) -> Title | None:
    """ ", the Xish contingent commander,": a state's adjective, a lower-case word naming the task, then the
    head ("the Xish team leader"): the two words are the role, the adjective its country."""
    if k + 4 >= len(toks) or toks[k].low != "the":
        return None
    hit = country_at(toks, k + 1, text)
    if hit is None or hit[1] + 2 >= len(toks) or hit[0] in ORGANISATION_NAMES:
        return None
    task, head = toks[hit[1]], toks[hit[1] + 1]
    if task.cap or not task.text.isalpha() or task.low in HEADS or task.low in TITLE_WORDS:
        return None
    if head.cap or head.low not in HEADS or toks[hit[1] + 2].text not in _CLOSES:
        return None
    return Title(task.start, head.end, toks[k].start, hit[0], hit[1] + 2)


# "... of the Communist Party of Xland", "... of the Republic of the Xlands": a state closing a title
_OF_STATE_END = re.compile(r"\bof\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})$")


def closing_state(role: str) -> str | None:
    """The state a title in apposition ends on ("Director of the Office of the X Commission of the
    Communist Party of Xland"), not an organisation."""
    if " of " not in role:
        return None
    m = _OF_STATE_END.search(role)
    if m is None:
        return None
    for k in range(len(m[1].split()), 0, -1):
        words = " ".join(m[1].split()[-k:])
        c = country_of(words)
        if c and c not in ORGANISATION_NAMES:
            return c
    return None


# the rest of a "for ..." portfolio a title scan stopped inside ("for Korean | Peninsula peace and security
# affairs"), ending on a portfolio's common noun
_PORTFOLIO_REST = re.compile(
    r"(?:\s+(?:[A-Z][\w'’-]*|[a-z][\w-]*|&)){1,7}?\s+(?:affairs|issues|policy|relations|cooperation|"
    r"negotiations|dialogue|matters|questions|process)\b"
)


def portfolio_rest(text: str, role: str, end: int, stop: int) -> int:
    """The end of a "for ..." portfolio after where a title scan stopped, when the apposition closes right
    after it ("special representative for Korean Peninsula peace and security affairs,"), else 0."""
    if " for " not in role and not text.startswith(" for ", end):
        return 0
    m = _PORTFOLIO_REST.match(text, end, stop)
    if m is None or not _APPOS_END.match(text, m.end(), stop) or text.startswith(" and ", m.end()):
        return 0
    return m.end()


# "at Xland's foreign ministry" after a title: the workplace names the state by its possessive
_AT_STATES_BODY = re.compile(
    r"\s+(?:at|in|of)\s+(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})(?:'s|’s)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?:ministry|department|office|embassy|mission|government|cabinet)\b"
    # "at Xland's Ministry of Industry and Trade": the ministry's own name
    r"|\s+at\s+(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})(?:'s|’s)\s+(?:Ministry|Department)"
    r"(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w'’&-]*)*"
)


_AT_THE_MINISTRY = re.compile(r"\s+at\s+the\s+(?:foreign|defen[cs]e|finance|trade|unification)\s+ministry\b")


def states_workplace(text: str, end: int, stop: int) -> tuple[int, str | None] | None:
    """ "director of the X Bureau at Xland's foreign ministry,": (the end of the workplace, Xland), when
    the apposition closes right after it."""
    m = _AT_STATES_BODY.match(text, end, stop)
    if m is None:  # "director-general for X policy at the foreign ministry,": the ministry, no owner named
        plain = _AT_THE_MINISTRY.match(text, end, stop)
        ok = plain is not None and _APPOS_END.match(text, plain.end(), stop)
        return (plain.end(), None) if plain and ok else None
    if not _APPOS_END.match(text, m.end(), stop) or text.startswith(" and ", m.end()):
        return None
    c = country_of(m[1] or m[2])
    return (m.end(), c) if c and c not in ORGANISATION_NAMES else None


# a legislator's party and state: "R-CA", "D-Texas", "PSD-MG", "União-PR"
_PARTY_STATE = re.compile(r"(?:[A-Z]{1,5}|[A-Z][a-zà-ÿ]{2,9})-(?:[A-Z]{2}|[A-Z][a-z]{2,11}\.?)")


def party_affiliation(toks: list[Tok], k: int) -> int:
    """The index of the comma after a party affiliation right after a name ("Rep. A of the main opposition
    party, a member of X,") or a legislator's bracketed party and state ("Rep. A (R-CA), chair of X,"),
    so that the apposition after it is read; else k."""
    if k + 3 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")" and toks[k + 3].text == ",":
        return k + 3 if _PARTY_STATE.fullmatch(toks[k + 1].text) else k
    if k + 3 >= len(toks) or toks[k].low != "of" or toks[k + 1].low != "the":
        return k
    for j in range(k + 2, min(k + 8, len(toks) - 1)):
        if toks[j].low == "party" and toks[j + 1].text == ",":
            return j + 1
        if not toks[j].text.replace("-", "").isalpha():
            return k
    return k


# "the [Owner's] [grade] official for <Capitalised field>"; the owner ends on a possessive
_OFFICIAL_FOR = re.compile(
    r"(?:(?:the|an?)\s+)?"
    r"(?P<owner>[A-Z][\w.'’-]*?(?:\s+[\w.'’-]+?){0,4}?['’]s\s+)?"
    r"(?P<role>(?:(?:senior|top|high-ranking|ranking|chief|lead|principal)\s+)?official\s+(?:for|on)\s+"
    r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})"
)
_POSSESSIVE = re.compile(r"['’]s\s*$")


def _owner_country(owner: str) -> str | None:
    """The country an owner names: its opening country words ("U.S. State Department") or itself."""
    words = _POSSESSIVE.sub("", owner).split()
    for n in range(len(words), 0, -1):
        place = country_of(" ".join(words[:n]))
        if place:
            return place
    return INSTITUTIONS.get(" ".join(words).lower())


def official_for(toks: list[Tok], k: int, text: str) -> Title | None:
    """ ", the Xland Foreign Ministry's senior official for Yland,": the post and the owner's country."""
    if k >= len(toks) or not (toks[k].low in ("the", "a", "an") or toks[k].cap):
        return None
    m = _OFFICIAL_FOR.match(text, toks[k].start, toks[-1].end)
    if m is None or (toks[k].cap and not m["owner"]):
        return None  # no article: only a possessive owner opens it ("Xland's senior official for Y")
    country = _owner_country(m["owner"]) if m["owner"] else None
    end = m.end("role")
    nxt = next((i for i, t in enumerate(toks) if t.start >= end), len(toks))
    return Title(m.start("role"), end, toks[k].start, country, nxt)
