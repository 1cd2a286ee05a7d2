"""Who a side meeting is with beyond the names of its clause: counterparts named by their country ("his
Australian and Philippine counterparts", "counterparts from A and B", "the ministers of A and B") and a
government ("talks with the X Government"), and who the next sentence adds ("The meeting will also be
attended by B", "B will join the Secretary")."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import adjective_of, country_of
from briefings.extract.literals import has_any
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.people import People, PersonRec
from briefings.extract.roles import portfolio
from briefings.extract.sentences import Doc, Sentence
from briefings.extract.side_counterpart_cues import COUNTERPART_ADJ, COUNTERPARTS_FROM, OFFICIALS_OF
from briefings.extract.side_rules import counterpart
from briefings.extract.side_subjects import people_in


def named_counterparts(
    people: People, seg: str, subject: PersonRec | None, objects: list[PersonRec]
) -> list[str]:
    """Add to objects the counterparts seg names by country; return the unnamed ones ("X counterpart")."""
    others: list[str] = []
    cm = COUNTERPARTS_FROM.search(seg)
    countries = _listed(cm["list"]) if cm else []
    field = None  # "a meeting of the foreign ministers of X, Y and Z": their portfolio, with no subject's
    for om in OFFICIALS_OF.finditer(seg) if has_any(seg, _OFFICIALS_WORDS) else ():
        countries += _listed(om["list"])
        field = field or portfolio(seg[om.start() : om.start("list")])
    for am in COUNTERPART_ADJ.finditer(seg):
        for adj in _LIST_SEP.split(am["adj"]):  # "his Australian and Philippine counterparts"
            adj_country = country_of(adj.strip())
            if adj_country and adj_country not in _ORGS:
                countries.append(adj_country)
    for country in countries:
        if any(r.country == country for r in objects) or (subject is not None and subject.country == country):
            continue  # "their X counterparts, A and B": named already; the subject's own state: the subject
        hit = counterpart(people, subject, country, field)
        if hit and hit not in objects and hit is not subject:
            objects.append(hit)
        elif not hit and all(r.country != country for r in objects):
            others.append(f"{adjective_of(country)} counterpart")  # unnamed, not one already met
    gov = _GOVERNMENT.search(seg) if not objects and "overnment" in seg else None
    gov_country = country_of(gov["c"] or gov["c2"]) if gov else None
    if gov_country:
        others.append(f"{gov_country} government")  # "for talks with the X Government"
    return others


def _listed(names: str) -> list[str]:
    """The countries a list names ("Japan, South Korea and the U.S.")."""
    return [c for c in (country_of(x.strip()) for x in _LIST_SEP.split(names)) if c]


_LIST_SEP = re.compile(r",|\band\b")
_ORGS = ORGANISATION_NAMES
_OFFICIALS_WORDS = ("inisters of", "ecretaries of", "eaders of", "hiefs of")
_GOVERNMENT = re.compile(
    r"\bwith\s+the\s+(?P<c>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+[Gg]overnment\b|"
    r"\bwith\s+the\s+[Gg]overnment\s+of\s+(?:the\s+)?(?P<c2>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)


def joined_next(doc: Doc, people: People, nxt: Sentence, recs: list[PersonRec]) -> list[PersonRec]:
    """The people a gathering's next sentence adds: "The meeting will (also) be hosted/attended by A and B",
    "Assistant Secretary B will join the Secretary", "The President will be joined by A and B"."""
    if not (_HOSTED_BY_NEXT.match(nxt.text) or _JOINS_NEXT.match(nxt.text) or _JOINED_BY.match(nxt.text)):
        if " also " not in nxt.text or not _ALSO_ATTEND_NEXT.match(nxt.text):
            return []
        s = doc.sentences[nxt.index - 1] if nxt.index > 0 else None
        if s is None or s.paragraph != nxt.paragraph:
            return []
    return [r for r in people_in(doc, people, nxt.start, nxt.end) if r not in recs]


def session_added(
    doc: Doc, people: People, s: Sentence, recs: list[PersonRec]
) -> tuple[list[PersonRec], int]:
    """The people a named body's session gains after its sentence ("The Council will be chaired by A. The
    European Union will be represented by B.", "B is also expected to attend"), and the index of the last
    sentence read."""
    added: list[PersonRec] = []
    last = s.index
    if "meetings will be" in doc.text:  # "The meetings will be chaired by A": the chair of every session
        for x in doc.sentences[: s.index]:
            if _ALL_CHAIRED.match(x.text):
                found = people_in(doc, people, x.start, x.end)
                added += [r for r in found if r not in recs and r not in added]
    for nxt in doc.sentences[s.index + 1 : s.index + 3]:
        if nxt.paragraph != s.paragraph or not _SESSION_NEXT.match(nxt.text):
            break
        added += [r for r in people_in(doc, people, nxt.start, nxt.end) if r not in recs and r not in added]
        last = nxt.index
    return added, last


_HOSTED_BY_NEXT = re.compile(
    r"\s*The\s+(?:meeting|summit|forum|session|dialogue)\s+will\s+(?:also\s+)?be\s+(?:hosted|attended|chaired)\s+by\b",
    re.I,
)
# "The Council will be chaired by A", "The X Union will be represented by B", "B is also expected to attend"
_SESSION_NEXT = re.compile(
    r"\s*(?:The\s+(?:Council|Commission|Committee|Group|meeting|session)\s+will\s+(?:also\s+)?be\s+"
    r"(?:chaired|co-chaired|hosted|attended)\s+by\b|[^.;]{0,120}?\b(?:will\s+be\s+represented\s+by|"
    r"(?:is|are)\s+(?:also\s+)?expected\s+to\s+(?:attend|take\s+part|participate)\s*\.))"
)
_ALL_CHAIRED = re.compile(r"\s*The\s+meetings\s+will\s+(?:also\s+)?be\s+(?:co-)?chaired\s+by\b")
# "The President will be joined by Prime Minister A of X, ..."
_JOINED_BY = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+){1,4}will\s+(?:also\s+)?be\s+joined\s+by\b")
# "A and B will also attend the SAJMC.": the named gathering just told of, with two more of its people
_ALSO_ATTEND_NEXT = re.compile(
    r"[^.;]{0,160}?\bwill\s+also\s+(?:attend|join|take\s+part\s+in|participate\s+in)\s+the\s+"
    r"(?:[A-Z][\w.'’-]*\s+){0,6}?[A-Z][\w.'’-]*\s*\.?\s*$"
)
# "Assistant Secretary for Energy Resources B will join the Secretary."
_JOINS_NEXT = re.compile(
    r"\s*(?:[A-Z][\w.'’-]*\s+(?:(?:for|of|and)\s+)?){1,10}will\s+(?:also\s+)?(?:join|accompany)\s+"
    r"(?:the\s+[A-Z][\w-]*|him|her)\s*\.?\s*$"
)


def format_counterparts(people: People, subject: PersonRec, sides: list[str | None]) -> list[PersonRec]:
    """ "A Korea-Japan foreign ministers' meeting" with no one named: the subject's counterpart of each other
    side the format names."""
    out: list[PersonRec] = []
    for country in sides:
        hit = counterpart(people, subject, country) if country and country != subject.country else None
        if hit and hit not in out:
            out.append(hit)
    return out


# "A, B and C are expected to attend, with X represented by D", "E will also participate"
_ATTEND_NEXT = re.compile(
    r"\b(?:(?:is|are)\s+(?:also\s+)?expected\s+to\s+(?:attend|participate|take\s+part)|"
    r"will\s+(?:also\s+)?(?:attend|participate|take\s+part)\s*[.,]|represented\s+by)"
)


def attendees_next(doc: Doc, people: People, s: Sentence) -> list[PersonRec]:
    """ "Leaders will also meet with the partners - X, Y and Z. A of X and B of Y are expected to attend.
    C will also participate.": the people the sentences after a meeting with unnamed partners name."""
    out: list[PersonRec] = []
    for nxt in doc.sentences[s.index + 1 : s.index + 3]:
        if nxt.paragraph != s.paragraph or not _ATTEND_NEXT.search(nxt.text):
            break
        out += [r for r in people_in(doc, people, nxt.start, nxt.end) if r not in out]
    return out


# "..., with B expected to attend", "B is expected to attend in person and ...": a body's session gains B
_EXPECTED_TO_ATTEND = re.compile(
    r"\b(?:(?:is|are)\s+(?:also\s+)?)?(?:expected|due|scheduled|set)\s+to\s+"
    r"(?:attend|take\s+part|participate|join)\b"
)
# "a meeting of the X Group, which C is due to attend": a relative clause naming an attendee
_WHICH_ATTEND = re.compile(
    r",\s+(?:which|where)\s[^.;]{0,80}?\b(?:expected|due|scheduled|set)\s+to\s+(?:attend|join)\b"
)


def expected_attendees(
    doc: Doc, people: People, s: Sentence, start: int, end: int, recs: list[PersonRec]
) -> list[PersonRec]:
    """The people a body's session co-chaired by a pair gains: those its clause (start to end) or the next
    sentence of its paragraph names before "(is) expected to attend"."""
    spans: list[tuple[int, int]] = []
    if _WHICH_ATTEND.match(doc.text, end, s.end):
        end = s.end  # "a meeting of the X Group, which C is due to attend": the relative clause adds C
    hit = _EXPECTED_TO_ATTEND.search(doc.text, start, end) if "to " in doc.text[start:end] else None
    if hit:
        spans.append((start, hit.start()))
    nxt = doc.sentences[s.index + 1] if s.index + 1 < len(doc.sentences) else None
    if nxt is not None and nxt.paragraph == s.paragraph and " to " in nxt.text:
        hit = _EXPECTED_TO_ATTEND.search(doc.text, nxt.start, nxt.end)
        if hit and hit.start() - nxt.start <= 120:
            spans.append((nxt.start, hit.start()))
    out: list[PersonRec] = []
    for a, b in spans:
        out += [r for r in people_in(doc, people, a, b) if r not in recs and r not in out]
    return out
