"""The country a person's sentence takes place in: the place a "where" clause opens on, a city or
institution in the sentence, the paragraph's place, the meeting's host."""

from __future__ import annotations

import re
from datetime import date

from briefings.extract.country_cues import past_city
from briefings.extract.eventcues import mentioned_countries
from briefings.extract.gazetteer import country_of, stray_namesake
from briefings.extract.homes import paragraph_host
from briefings.extract.literals import has_any
from briefings.extract.mentions import Mention
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.org_seats import seat_named
from briefings.extract.people_cues import city_of_mention
from briefings.extract.places import cities_in
from briefings.extract.sentences import Doc
from briefings.extract.token_countries import country_at
from briefings.extract.tokens import INSTITUTIONS, tokenize

_INSTITUTION_AT = re.compile(
    r"\b(?:at|to|in)\s+(?:the\s+)?("
    + "|".join(re.escape(name).replace("\\ ", r"\s+") for name in sorted(INSTITUTIONS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_INSTITUTION_FIRST = tuple(sorted({name.split()[0] for name in INSTITUTIONS}))
# "travel on to Xland, where he will meet A": the capitalised words before ", where"
_WHERE = re.compile(r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*,\s*where\b")
_ORGS = ORGANISATION_NAMES
# "The Xish ministry said in Ytown that ...": the speaker's city, not the reported clause's place
_SAID_IN = re.compile(
    r"\b(?:said|says|announced|stated|confirmed|told\s+(?:reporters|journalists|the\s+press))\s+(?:in|from)\s+$"
)
_SAID_WORDS = ("said", "says", "announced", "stated", "confirmed", "told")
# "... before flying back to Ytown", "returning to Ytown": a traveller's home, not where the sentence is
_ONWARD = re.compile(
    r"\b(?:before\s+(?:fly|head|travel|go|leav|depart|mov|continu|proceed)\w*\s+(?:on\s+|onward\s+)?(?:to|for)|"
    r"(?:on|onwards?)\s+to)\s+$"
)
_BACK_TO = re.compile(r"\b(?:(?:back|home)\s+to|return(?:s|ing|ed)?\s+(?:home\s+)?to)\s+$")
# "will arrive in Xcity after a stop in Ytown": the stop before, not where the sentence's meeting is
_AFTER_STOP = re.compile(
    r"\bafter\s+(?:(?:a|an|his|her|their)\s+)?(?:(?:brief|short)\s+)?(?:stop(?:over)?s?\s+in|stopping\s+in|visiting|visits?\s+to)\s+$"
)


def where_place(doc: Doc, m: Mention) -> str | None:
    """The country of the place a "where" clause before the mention is about ("from Xland, where he will
    meet Prime Minister A": Xland; "to Ytown, where": Ytown's country)."""
    s = m.sentence
    at = doc.text.rfind(", where", s.start, m.span_start)
    if at < 0:
        return None
    found = list(_WHERE.finditer(doc.text, max(s.start, at - 60), at + 7))
    w = found[-1] if found else None
    if cities_in(doc.text, at + 7, m.span_start, frozenset()):
        return None  # "..., where he will meet A, before going on to Ytown to see B": B is in Ytown
    if w is not None and w.end() == at + 7:
        words = w[1].split()
        for k in range(len(words)):  # "On Monday Xland": the longest tail that names a place
            c = country_of(" ".join(words[k:]))
            if c:
                return c if c not in _ORGS else None
        cities = [c for c, _, end in cities_in(doc.text, s.start, at + 1, frozenset()) if end >= w.end(1) - 1]
        if cities:
            return cities[-1].country
    return _last_place(doc.text, s.start, at)


# "arrive from Xland, the first visit to that country by a minister, where": a place after a preposition
_PLACE_AFTER = re.compile(
    r"\b(?:in|to|from|at|into|visit|visits|visiting)\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
)


def _last_place(text: str, start: int, at: int) -> str | None:
    """The country of the last place named after a preposition in text[start:at] (a "where" clause's place
    when a description stands between the place and the clause)."""
    found: str | None = None
    for p in _PLACE_AFTER.finditer(text, start, at):
        words = p[1].split()
        for n in range(len(words), 0, -1):
            c = country_of(" ".join(words[:n]).rstrip(".,;:"))
            if c:
                found = c if c not in _ORGS else None
                break
        else:
            cities = cities_in(text, p.start(), p.end(), frozenset())
            if cities:
                found = cities[-1][0].country
    return found


def sentence_host(
    doc: Doc,
    m: Mention,
    parties: frozenset[str],
    host: str | None,
    several: set[int],
    ref: date | None = None,
) -> str | None:
    """The country a sentence takes place in for a mention: a "where" clause's place before it, a city or
    institution in the sentence (of several cities, the one the mention is placed in; the sentence's index
    then goes into several), the paragraph's place, else host (the meeting's, or the one country the
    text's traveller visits)."""
    where = where_place(doc, m) if ", where" in m.sentence.text else None
    if where:
        several.add(m.sentence.index)
        return where
    cities = cities_in(doc.text, m.sentence.start, m.sentence.end, parties)
    if cities and has_any(m.sentence.text, _SAID_WORDS):
        cities = [c for c in cities if not _reported_from(doc.text, m, c[1])]
    if (
        cities
        and ref is not None
        and " will " in m.sentence.text
        and any(ch.isdigit() for ch in m.sentence.text)
    ):
        # "A will host B ..., the first meeting since the session in Xcity in May 2024": a past meeting's town
        cities = [
            c
            for c in cities
            if " will " not in doc.text[m.sentence.start : c[1]] or not past_city(doc.text, c[2], ref)
        ]
    if cities and ("back" in m.sentence.text or "return" in m.sentence.text):
        cities = [c for c in cities if not _BACK_TO.search(doc.text, max(m.sentence.start, c[1] - 24), c[1])]
    if cities and "after" in m.sentence.text:
        cities = [
            c for c in cities if not _AFTER_STOP.search(doc.text, max(m.sentence.start, c[1] - 40), c[1])
        ]
    if cities:
        named = mentioned_countries(doc)
        cities = [c for c in cities if not stray_namesake(c[0], named)]
    if cities and any(seat_named(c[0].name, m.sentence.text) for c in cities):
        # "the EU's chief met A in Brussels": an organisation's seat hosts its meeting, no state does
        cities = [c for c in cities if not seat_named(c[0].name, m.sentence.text)]
        if not cities:
            return None
    if len(cities) > 1:
        several.add(m.sentence.index)  # (before the next stop is dropped: a name after it is there)
    if cities and ("before" in m.sentence.text or " on to" in m.sentence.text):
        # "... call on A before flying on to Ytown": the next stop, not where the call is
        # (a person named after that city is there: "before going on to Ytown for the summit hosted by B")
        cities = [
            c
            for c in cities
            if c[1] < m.span_start or not _ONWARD.search(doc.text, max(m.tail_end, c[1] - 40), c[1])
        ]
    if cities:
        return city_of_mention(doc.text, m, cities)
    st = m.sentence.text
    # an ASCII sentence without any institution's first word (lower-cased) holds no match: skip the scan
    inst = _INSTITUTION_AT.search(st) if not st.isascii() or has_any(st.lower(), _INSTITUTION_FIRST) else None
    if inst:
        return INSTITUTIONS[" ".join(inst[1].lower().split())]
    # "In Xcity, A will ... the first session since it was relaunched in Ycity in October 2025": the past
    # meeting's town places no one
    return paragraph_host(doc, m, parties, lambda end: past_city(doc.text, end, ref)) or host


def _reported_from(text: str, m: Mention, at: int) -> bool:
    """The city at `at` is where a speaker said what the mention's clause reports ("said in Ytown that A
    would ...", "A will meet B, a spokesperson said in Ytown"): it does not place the mention."""
    lo = max(m.sentence.start, at - 40)
    if at >= m.span_start:
        # "B is due to meet A on Sunday, a spokesperson said in Ytown": another speaker's city after a comma
        near = max(m.tail_end, at - 40)
        return "," in text[m.tail_end : at] and bool(_SAID_IN.search(text, near, at))
    return bool(_SAID_IN.search(text, lo, at)) and " that " in text[at : m.span_start]


# "the Xland Canal Authority's Administrator, A": a body whose name opens with a country's
_BODY_OF = re.compile(r"\b[Tt]he\s+([A-Z][\w.'’-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w.'’-]*){1,4})(?:'s|’s)\s+$")


def body_country(text: str, m: Mention) -> str | None:
    """The country whose name opens the name of the body the mention's title is an office of ("the
    Xland Coast Guard's spokesperson, A"): its officer is of that country."""
    lo = max(m.sentence.start, m.span_start - 70)
    if "'s" not in text[lo : m.span_start] and "’s" not in text[lo : m.span_start]:
        return None
    b = _BODY_OF.search(text, lo, m.span_start)
    if not b:
        return None
    toks = tokenize(text, b.start(1), b.end(1))
    hit = country_at(toks, 0, text) if toks else None
    return hit[0] if hit and hit[1] < len(toks) else None
