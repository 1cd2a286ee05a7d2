"""Counterpart offices: a person named only as a titled person's counterpart holds that person's office."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefings.extract.mention_model import Mention
from briefings.extract.offices import fits
from briefings.extract.people import People, PersonRec
from briefings.extract.roles import PORTFOLIO
from briefings.extract.sentences import Doc, Sentence
from briefings.extract.tokens import RANKS

# "his Xish and Yish counterparts", "her counterpart", "A's Xish counterpart": the owner's word before it
_ADJS = r"(?:(?:[A-Z][\w.'’-]*|and),?\s+){0,6}"
_OWNER = re.compile(rf"(?:\b(?P<pron>his|her|their)|(?P<poss>['’]s))\s+{_ADJS}$")
_WORD = re.compile(r"\bcounterparts?\b")
# what may stand between the word and the name: "from Xland and Yland,", ":", a dash, other names listed
# (each written as NUL), "and", a state's name before its counterpart ("and Yland, B")
# (one word a step, so that no run of words splits two ways)
_NAME_WORD = r"[A-Z][\w'’-]*"
_GAP = re.compile(
    rf"^counterparts?(?:\s+(?:from|of))?(?:\s*[,:—–-]\s*|\s+)"
    rf"(?:(?:\x00|and|the|{_NAME_WORD})(?:\s*[,—–-]\s*|\s+))*$"
)
# "B, A's Xish counterpart", "B, his Xish counterpart": the word right after the name
_AFTER = re.compile(
    rf"\s*,\s*(?:(?P<pron>his|her)|(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})['’]s)\s+{_ADJS}counterpart\b"
)
_JOINED = re.compile(r"^,?\s+and\s+$")
_WHO = re.compile(r",\s+who\b")
_FULL_RANKS = frozenset({"general", "admiral", "marshal", "colonel", "brigadier", "commodore"})
_SHORT_HEADS = frozenset({"minister", "secretary"})
# a sentence whose subject is "He"/"She" ("On Monday, she will meet ...")
_PRONOUN_OPENS = re.compile(
    r"\s*(?:(?:In|At|On|During|After|Later|Then|While)\b[^,.]{0,40},\s*)?(?:He|She|he|she)\s"
)
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\b")
# a bare title as the subject of the clause ("While in Xcity, the Minister will hold talks with ...")
_TITLE_SUBJECT = re.compile(
    r"(?:^|,\s+)[Tt]he\s+((?:[A-Z][\w-]*\s+){1,5}?)(?:will|would|is|was|has|had|also)\s"
)
# of several joined offices the portfolio one: "Deputy Prime Minister and Minister of X" -> "Minister of X"
_SECOND = re.compile(
    r"(?i)^(?:deputy prime minister|prime cabinet secretary|deputy premier|vice premier|state councilor)"
    r"\s*(?:,|and)\s+(?P<office>.+)$"
)
_FIRST = re.compile(
    r"(?i)^(?P<office>.+?)\s*(?:,|and)\s+(?:deputy prime minister|deputy premier|vice premier)$"
)


def _office(role: str) -> str:
    """The portfolio office of a title, without a joined deputy leader's office."""
    m = _SECOND.match(role) or _FIRST.match(role)
    return m["office"] if m else role


def _titled(rec: PersonRec) -> bool:
    """A person holding an office the text gives (not a military rank alone)."""
    return bool(rec.role) and not all(w.lower() in RANKS for w in (rec.role or "").split())


def _bare_head(role: str) -> bool:
    """A one-word title that may shorten a portfolio's office ("Minister B" for the Foreign Minister)."""
    return role.lower() in _SHORT_HEADS


def _shortens(role: str, office: str) -> bool:
    """The bare head names the office by its head noun, the office holding a portfolio ("Minister" of
    "Foreign Minister", not of "Prime Minister")."""
    words = office.lower().replace(",", " ").split()
    return role.lower() in words and any(w in PORTFOLIO for w in words if w != role.lower())


def _written_rank(role: str) -> bool:
    """A military rank written out in full as the person's only title ("Major General", "Rear-Admiral")."""
    words = role.lower().replace("-", " ").split()
    return bool(words) and words[-1] in _FULL_RANKS and all(w in RANKS for w in words)


def _ranked(text: str, m: Mention, lo: int, rank_role: bool = False) -> bool:
    """A rank written right before the name ("his Xish counterpart, Gen. B"); not when the rank was read as
    the person's title ("his Xish counterpart, Major General B": a rank, no office, so the office goes)."""
    if rank_role:
        return False
    words = text[max(lo, m.span_start - 30) : m.start].split()
    return any(w.lower() in RANKS for w in words[-3:])


def _subject(doc: Doc, people: People, sent: Sentence) -> PersonRec | None:
    """The first person of the nearest earlier sentence naming one (whom "He will meet ..." refers to)."""
    k = sent.index  # (its own index: no search of the sentence list, which compares every field)
    for prev in reversed(doc.sentences[max(0, k - 2) : k]):
        found = people.at(prev.start, prev.end)
        if found:
            return found[0][1]
    return None


def _owner(doc: Doc, people: People, rec: PersonRec, m: Mention) -> PersonRec | None:
    """Whose counterpart the mention names, or None when it is named otherwise."""
    text, sent = doc.text, m.sentence
    rank_role = _written_rank(rec.role or "")
    after = _AFTER.match(text, max(m.end, m.tail_end))
    if after is not None:
        if _ranked(text, m, sent.start, rank_role):
            return None  # "Gen. B, his Xish counterpart"
        if after["name"]:  # "B, A's Xish counterpart"
            owner = people.find(after["name"].split())
            return owner if owner is not rec else None
        return _lead(doc, people, rec, sent, m.span_start, "his")
    words = list(_WORD.finditer(text, sent.start, m.span_start))
    if not words:
        return None
    word = words[-1]  # the word nearest before the name
    cue = _OWNER.search(text, max(sent.start, word.start() - 60), word.start())
    if cue is None:
        return None
    between = people.at(word.end(), m.span_start)
    gap = list(text[word.start() : m.span_start])
    for pm, _r in between:
        gap[pm.span_start - word.start() : max(pm.end, pm.tail_end) - word.start()] = "\x00"
    if (
        any(r is rec for _pm, r in between)
        or not _GAP.match("".join(gap))
        or _ranked(text, m, word.end(), rank_role)
    ):
        return None
    if cue["poss"]:  # "A's Xish counterpart B"
        leads = people.at(sent.start, cue.start())
        last = leads[-1][0] if leads else None
        return leads[-1][1] if last is not None and max(last.end, last.tail_end) >= cue.start() else None
    return _lead(doc, people, rec, sent, cue.start(), cue["pron"])


def _lead(doc: Doc, people: People, rec: PersonRec, sent: Sentence, cue: int, pron: str) -> PersonRec | None:
    """Whom "his/her/their" before cue refers to: the one the counterpart is joined to by "and" or a "who"
    clause, else the sentence's subject, else the titled person nearest before (an earlier sentence's
    subject for "He will meet ...")."""
    text = doc.text
    leads = [(pm, r) for pm, r in people.at(sent.start, cue) if r is not rec]
    if not leads:
        title = _TITLE_SUBJECT.search(text, sent.start, cue)
        if title is not None:  # "While in X, the Minister will meet his counterpart B": the title's holder
            return people.by_title(title[1].strip(), sent.start)
        return _subject(doc, people, sent) if _PRONOUN.search(text, sent.start, cue) else None
    last = leads[-1][0]
    if _JOINED.match(text[max(last.end, last.tail_end) : cue]) or _WHO.search(text, last.end, cue):
        return leads[-1][1]
    if pron == "their":
        offices = {_office(r.role) for _pm, r in leads if r.role and _titled(r)}
        return leads[0][1] if len(offices) == 1 and all(_titled(r) for _pm, r in leads) else None
    clause = _clause_start(text, sent.start, cue)
    own = [(pm, r) for pm, r in leads if pm.span_start >= clause] if clause > sent.start else []
    if own and own[0][0].span_start - clause <= 4:  # "..., while B will hold talks with his counterpart C"
        return own[0][1]
    if leads[0][0].span_start - sent.start <= 4:  # the sentence's subject
        return leads[0][1]
    if _PRONOUN_OPENS.match(text, sent.start):  # "She will meet A ... and her Xish counterpart B": hers
        return _subject(doc, people, sent)
    titled = [r for _pm, r in leads if _titled(r)]
    return titled[-1] if titled else None


# words opening a second main clause, its own subject next ("A will meet B, while C will hold talks ...")
_CLAUSE_OPENERS = (", while ", "; ", ", whereas ")


def _clause_start(text: str, start: int, end: int) -> int:
    """Where the last main clause before end opens (right after its opener), else start."""
    best = start
    for w in _CLAUSE_OPENERS:
        at = text.rfind(w, start, end)
        if at >= 0:
            best = max(best, at + len(w))
    return best


def counterpart_offices(doc: Doc, people: People, parties: Sequence[str] = ()) -> None:
    """ "Foreign Minister A will hold talks with his Xish counterpart B", "B, A's Xish counterpart", "A will
    host his Xish and Yish counterparts, B and C": a person the text names only as a titled person's
    counterpart holds that person's (portfolio) office; a rank written with the name gives none. A
    counterpart is never of its owner's state: one guessed so in a text about two parties (`parties`: "A's
    counterpart B" met where A hosts) is of the other."""
    if "counterpart" not in doc.text:
        return
    for rec in people.recs:
        if all(m.credit for m in rec.mentions):
            continue
        if rec.role and not _written_rank(rec.role) and not _bare_head(rec.role):
            continue  # a title of its own wins (not a rank alone, nor a bare head shortening the office)
        for m in rec.mentions:
            if m.credit or "counterpart" not in doc.text[m.sentence.start : m.sentence.end]:
                continue
            owner = _owner(doc, people, rec, m)
            if owner is not None and owner is not rec and owner.role and _titled(owner):
                office = _office(owner.role)
                if rec.role and _titled(rec) and not _shortens(rec.role, office):
                    break  # "Minister B" of a counterpart who is "Defence Secretary": B's own title
                rec.role = office
                other = [p for p in parties if p != owner.country]
                if owner.country in parties and rec.country in (None, owner.country) and len(other) == 1:
                    rec.country = other[0] if fits(people, rec, other[0]) else rec.country
                break
