"""An untitled person's office from the text's own description of its holder ("The Xish defence minister will
be on a visit", "Yland will host Xland's foreign minister") or of a meeting a counterpart is a party to."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.people import People, PersonRec
from briefings.extract.roles import portfolio
from briefings.extract.sentences import Doc

# a minister's office of one portfolio word, lower case or title case ("defence minister", "Foreign Minister")
_PORTFOLIO = r"(?i:foreign|defen[cs]e|finance|trade|interior|home|economy|energy|health)"
_OFFICE = rf"(?P<office>{_PORTFOLIO}\s+(?i:minister|secretary))"
_ADJ = r"(?:U\.S\.|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
# "the Xish defence minister", "a Xish foreign minister", "Xland's defense minister": no name after it. The
# office is found first and its describer read just before it: one pattern over the whole text that opens
# with the describer tried every capitalised word (a tenth of an article's extraction cost, by callgrind).
_OFFICE_AT = re.compile(rf"{_OFFICE}\b(?![ \t]+[A-Z])")
# a portfolio word right before a head word: where an office may open (a case-folded pattern tried at every
# "e", "t" or "i" of a text cost more than all the rest of this module, so the head words are found first)
_PORTFOLIO_BEFORE = re.compile(rf"{_PORTFOLIO}\s+$")
_HEAD_WORDS = ("inister", "INISTER", "ecretary", "ECRETARY")


def _office_starts(text: str) -> list[int]:
    """Where a portfolio word opens an office ("defence minister", "Foreign Secretaries"), in text order."""
    starts = set()
    for word in _HEAD_WORDS:
        at = text.find(word)
        while at > 0:
            m = _PORTFOLIO_BEFORE.search(text, max(0, at - 26), at - 1)
            if m is not None:
                starts.add(m.start())
            at = text.find(word, at + len(word))
    return sorted(starts)


_DESCRIBER = re.compile(rf"\b(?:(?:[Tt]he|[Aa])\s+(?P<adj>{_ADJ})|(?P<poss>{_ADJ})['’]s)\s+$")
# a military rank alone is no office: "his Xish counterpart General A", "The Xish defence minister"
RANK = re.compile(
    r"(?i)^(?:(?:major|lieutenant|brigadier|rear|vice|air|field|senior)[\s-]+)?"
    r"(?:general|admiral|marshal|gen\.?|adm\.?)$"
)
_SINCE = re.compile(r"\bsince\s+$")  # "the first by a Xish foreign minister since A": a past holder
_HEADS = re.compile(r"(?i)\b(?:minister|secretary)\b")


def _country(words: str) -> str | None:
    """The country an adjective or a country's name gives ("New Zealand", "Xish"), or its last word's."""
    return country_of(words) or (country_of(words.split()[-1]) if " " in words else None)


def _untitled(text: str, rec: PersonRec) -> bool:
    """A person the text gives no office (no role, or a military rank alone), named outside a byline and
    never as a past holder ("since A")."""
    if rec.role is not None and not RANK.match(rec.role):
        return False
    return not all(m.credit for m in rec.mentions) and not any(
        _SINCE.search(text, max(0, m.start - 8), m.start) for m in rec.mentions
    )


# "foreign ministers of Xland, Yland and Zland": each of the states named
_PLURAL = re.compile(
    rf"\b(?P<office>{_PORTFOLIO})\s+(?i:ministers)\s+(?:of|from)\s+(?P<list>(?:the\s+)?[A-Z][\w.]*"
    r"(?:\s+[A-Z][\w.]*)*(?:\s*,\s*(?:and\s+)?(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*|\s+and\s+(?:the\s+)?"
    r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)+)"
)
_SEP = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?|^the\s+")


def described_offices(doc: Doc, people: People) -> None:
    """ "The Xish defence minister will ...", "foreign ministers of Xland and Yland meet ...": the one
    untitled person of each state holds that office, when no one of it holds a minister's office of its
    portfolio."""
    text = doc.text
    if "inister" not in text and "ecretary" not in text:
        return  # the cheap test: no minister's office named
    starts = _office_starts(text)
    for om in filter(None, (_OFFICE_AT.match(text, at) for at in starts)):
        m = _DESCRIBER.search(text, max(0, om.start() - 60), om.start())
        country = _country(m["adj"] or m["poss"]) if m else None
        if country is None:
            continue
        _give(text, people, country, om["office"])
    for m in filter(None, (_PLURAL.match(text, at) for at in starts)):
        office = m["office"] + " minister"
        for name in _SEP.split(m["list"]):
            country = _country(name.strip())
            if country is not None:
                _give(text, people, country, office)


def described_states(text: str) -> list[tuple[str, str]]:
    """Each state whose minister's office the text describes with no name after it ("Xland's defence minister
    will ...", "the Xish foreign minister"), with that office as written, in text order."""
    if "inister" not in text and "ecretary" not in text:
        return []
    found = []
    for om in filter(None, (_OFFICE_AT.match(text, at) for at in _office_starts(text))):
        m = _DESCRIBER.search(text, max(0, om.start() - 60), om.start())
        country = _country(m["adj"] or m["poss"]) if m else None
        if country is not None:
            found.append((country, om["office"]))
    return found


def _give(text: str, people: People, country: str, office: str) -> None:
    """The office to the one untitled person of the country, when no one of it holds one of its portfolio."""
    family = portfolio(office)
    same = [r for r in people.recs if r.country == country]
    if any(r.role and _HEADS.search(r.role) and portfolio(r.role) == family for r in same):
        return  # the holder is named with the title: the description is theirs
    free = [r for r in same if _untitled(text, r)]
    if len(free) == 1:
        free[0].role = " ".join(w[:1].upper() + w[1:] for w in office.split())


# a meeting named for its parties' office: "the foreign ministers' meeting", "X-Y Defence Ministers' Dialogue"
_MINISTERS_MEETING = re.compile(rf"\b(?P<office>{_PORTFOLIO})\s+(?i:minister)s['’]")
# "his Xish counterpart B", "her Xish counterpart, B": a counterpart named with its state's word
_XISH_COUNTERPART = re.compile(r"\b(?:his|her)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+counterpart,?\s+$")


def meeting_counterparts(doc: Doc, people: People) -> None:
    """ "A will hold the annual foreign ministers' meeting with his Xish counterpart B", "A and his Xish
    counterpart B will hold the X-Y Foreign Ministers' Dialogue": an untitled counterpart who is a party to
    a meeting named for its parties' office holds that office."""
    text = doc.text
    if "counterpart" not in text or "inisters" not in text:
        return
    for sent in doc.sentences:
        if "counterpart" not in sent.text:
            continue
        meeting = _MINISTERS_MEETING.search(text, sent.start, sent.end)
        if meeting is None:
            continue
        office = meeting["office"].capitalize() + " Minister"
        for pm, rec in people.at(sent.start, sent.end):
            cue = _XISH_COUNTERPART.search(text, max(sent.start, pm.span_start - 40), pm.span_start)
            if cue is None or not _untitled(text, rec):
                continue
            # the meeting before the counterpart, or after it as the joined subject's ("A and his Xish
            # counterpart B will hold ..."; not "a meeting with his Xish counterpart B and attend the ...")
            between = text[pm.end : meeting.start()]
            if meeting.start() < pm.start or (
                _AND_BEFORE.search(text, max(sent.start, cue.start() - 6), cue.start())
                and "," not in between
                and " and " not in between
            ):
                rec.role = office


_AND_BEFORE = re.compile(r"\band\s+$")
