"""A bare title as a quote's speaker when several people hold it ("the Principal Secretary said",
"the minister said"): the holder the text has just named, else the first holder it names."""

from __future__ import annotations

import re

from briefings.extract.people import People, PersonRec
from briefings.extract.quote_holders import holds
from briefings.extract.roles import role_key
from briefings.extract.sentences import Doc


def holders(people: People, title: str) -> list[PersonRec]:
    """Everyone whose role is the title (else has its every word), in the order the text first names them."""
    key = role_key(title)
    exact = [r for r in people.recs if r.role and role_key(r.role) == key]
    found = exact or [r for r in people.recs if r.role and holds(r, title)]
    return sorted(found, key=lambda r: min((m.start for m in r.mentions), default=0))


def near_holder(doc: Doc, people: People, title: str, offset: int) -> PersonRec | None:
    """Of several holders of a title, the one named last in the quote's paragraph or the one before it;
    with none named there, the first holder the text names (its principal)."""
    held = holders(people, title)
    if len(held) < 2:
        return held[0] if held else None
    sent = doc.sentence_at(offset)
    if sent is None:
        return None
    best: tuple[int, PersonRec] | None = None
    subj: tuple[int, PersonRec] | None = None
    opened: set[int] = set()  # the sentences whose first person is seen
    for m, rec in people.mentions:
        first = m.sentence.index not in opened
        opened.add(m.sentence.index)
        near = sent.paragraph - 1 <= m.sentence.paragraph <= sent.paragraph
        if rec in held and m.start < offset and near and (best is None or m.start > best[0]):
            best = (m.start, rec)
        if first and rec in held and m.start < offset and near and (subj is None or m.start > subj[0]):
            subj = (m.start, rec)
    # "Minister A will meet ... the Xish minister, B. '...,' the minister said": the subject A, not B
    return subj[1] if subj else best[1] if best else held[0]


_CHAIRS = ("chair", "chairman", "chairwoman", "chairperson", "co-chair")
_CHAIRED_BY = re.compile(r"\b(?:co-)?chaired\s+by\s+(?:[A-Z][\w.'’-]*\s+){0,3}$")
_WILL_CHAIR = re.compile(r"\s+(?:will\s+|is\s+to\s+|is\s+set\s+to\s+)?(?:co-)?chair(?:s|ed|ing)?\b")


def chair_of(doc: Doc, people: People, title: str, offset: int) -> PersonRec | None:
    """ "The Chair said" when no one holds the title Chair: the person the text last says chairs the
    meeting before the quote ("chaired by A", "A will chair")."""
    if title.rsplit(None, 1)[-1].lower() not in _CHAIRS:
        return None
    best: tuple[int, PersonRec] | None = None
    for m, rec in people.mentions:
        if m.end > offset or (best is not None and m.start < best[0]):
            continue
        s = m.sentence
        before = doc.text[max(s.start, m.span_start - 60) : m.span_start]
        if _CHAIRED_BY.search(before) or _WILL_CHAIR.match(doc.text, m.end, min(s.end, m.end + 30)):
            best = (m.start, rec)
    return best[1] if best else None


# a common noun for a person that no title holds: whom "the expert told X" or "the diplomat said" means
_GENERIC = frozenset(
    {
        "diplomat", "expert", "analyst", "scholar", "researcher", "academic", "professor", "lecturer",
        "economist", "observer", "commentator", "spokesman", "spokeswoman", "spokesperson", "envoy",
        "politician", "lawmaker", "legislator",
    }
)  # fmt: skip
_SPEAKS = re.compile(
    r"\b(?:said|says|told|tells|added|stated|noted|stressed|explained|announced|believes|thinks|argues|"
    r"argued|warned|wrote|writes)\b"
)


def generic_noun(title: str) -> str | None:
    """The noun of a bare "the diplomat", "the Russian expert", "the senior analyst" (a kind of person, not
    an office), else None."""
    words = title.lower().split()
    return words[-1] if len(words) <= 2 and words[-1] in _GENERIC else None


def unnamed_kind(doc: Doc, noun: str, offset: int) -> bool:
    """True when the text shortly before names someone of that kind without a name ("a Western diplomat")."""
    before = doc.text[max(0, offset - 700) : offset]
    return re.search(rf"\b(?:an?|one|another)\s+(?:[\w-]+\s+){{0,3}}?{noun}\b", before, re.I) is not None


def reporter_before(doc: Doc, people: People, offset: int) -> PersonRec | None:
    """The person a speech verb follows in the latest sentence before the quote's (within its paragraph and
    the one before) that names someone: "…, Spokeswoman A told a briefing." then '"…," the diplomat said'."""
    sent = doc.sentence_at(offset)
    if sent is None:
        return None
    floor = sent.paragraph - 1
    for i in range(sent.index - 1, max(-1, sent.index - 4), -1):
        s = doc.sentences[i]
        if s.paragraph < floor:
            return None
        found = people.at(s.start, s.end)
        if not found:
            if s.paragraph == floor and s.text[:1] in '“"':
                floor -= 1  # a run-on quote paragraph of the same speech: the reporter is before it
            continue
        for k, (m, rec) in enumerate(found):
            stop = found[k + 1][0].span_start if k + 1 < len(found) else s.end
            if _SPEAKS.search(doc.text, m.end, stop):
                return rec
        return None
    return None


def home_holder(people: People, title: str) -> PersonRec | None:
    """Of several holders of a bare title ("the Prime Minister said"), the one of the text's own country
    (its first person's): a foreign holder is the one a writer qualifies ("the Prime Minister of Xland")."""
    key = role_key(title)
    if not key or not people.recs or people.recs[0].country is None:
        return None
    held = [r for r in people.recs if r.role and role_key(r.role).startswith(key)]
    home = [r for r in held if r.country == people.recs[0].country]
    return home[0] if len(held) > 1 and len(home) == 1 else None


# a name followed by its visit: "A B is visiting X", "A B, Chief of Staff, will visit X", "A B arrived in X"
_VISITS = re.compile(
    r"\s*(?:of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*)?(?:,[^,;.“”\"]{1,120},\s*)?"
    r"(?:(?:is|was|will\s+be)\s+(?:currently\s+|also\s+)?(?:visiting\b|on\s+an?\s+"
    r"(?:[\w-]+\s+){0,3}?visit\b)|(?:will\s+(?:also\s+)?visit|arrived\s+in|arrives\s+in)\b)"
)


def visitor(doc: Doc, people: People, title: str, offset: int) -> PersonRec | None:
    """ "the visiting dignitary said": the one person the text, before the quote, says is visiting."""
    words = title.lower().split()
    if len(words) != 2 or words[0] != "visiting":
        return None
    found = {
        id(rec): rec
        for m, rec in people.mentions
        if m.start < offset and _VISITS.match(doc.text, max(m.end, m.tail_end))
    }
    return next(iter(found.values())) if len(found) == 1 else None
