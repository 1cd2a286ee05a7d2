"""Titles given without a name, picked up by the person a later generic mention names
("The Foreign Minister of Australia will visit ... The minister, A B, said"), or whose holder takes up a
post ("The Minister will travel ... A B, who took up her post in May, ..."), or who speaks for a nameless
spokesperson just before ("..., a spokesperson for X said. Colonel A B told ...")."""

from __future__ import annotations

import re

from briefings.extract import forms
from briefings.extract.gazetteer import country_of
from briefings.extract.people import People, PersonRec
from briefings.extract.role_ranks import GRADES
from briefings.extract.role_scan import scan_title
from briefings.extract.roles import HEADS
from briefings.extract.sentences import Doc
from briefings.extract.tokens import tokenize


def named_later(doc: Doc, people: People) -> None:
    """A person known only by a bare lower-case head ("the minister, A B") takes the full title (and its
    country) of the nameless "The <Title>" mention of that head in the sentences before."""
    for rec in people.recs:
        head = rec.role.lower() if rec.role else ""
        if head not in HEADS or not rec.role or not rec.role.islower() or rec.country:
            continue
        first = min(m.sentence.index for m in rec.mentions)
        for s in reversed(doc.sentences[max(0, first - 4) : first + 1]):
            found = _nameless_title(doc, s.start, s.end, head, people)
            if found:
                rec.role, rec.country = found
                break


def _nameless_title(
    doc: Doc, start: int, end: int, head: str, people: People
) -> tuple[str, str | None] | None:
    """The last "the <Title>" in a span whose head word is `head` and after which no name follows."""
    text = doc.text
    if head not in text[start:end].lower():
        return None
    toks = tokenize(text, start, end)
    named = {m.span_start for m, _ in people.at(start, end)}
    out: tuple[str, str | None] | None = None
    for k, t in enumerate(toks[:-1]):
        if t.low != "the" or not toks[k + 1].cap:
            continue
        title = scan_title(toks, k + 1, text)
        acronym = toks[k + 1].text
        if title is None and k + 2 < len(toks) and acronym.isupper() and 2 <= len(acronym) <= 6:
            title = scan_title(toks, k + 2, text, ci=True)  # "the MEA spokesperson": a ministry's acronym
            if title is not None and country_of(acronym) is None:
                title.role_start = title.start = toks[k + 1].start
            else:
                title = None
        if title is None or title.start in named:
            continue
        role = text[title.role_start : title.role_end]
        # "Deputy Prime Minister and Minister for X": its last office names the head
        words = role.lower().rpartition(" and ")[2].split()
        last = next((w for w in reversed(words) if w in HEADS), "")
        nxt = toks[title.next_index] if title.next_index < len(toks) else None
        # "the Prime Minister" is no "minister" to a later "the minister, A B"
        if last == head and "prime" not in words and len(role.split()) > 1 and (nxt is None or not nxt.cap):
            out = (role, title.country)
    return out


# "A B, who took up her post in May": A B holds an office the text has named without a name
_TOOK_POST = re.compile(
    r",\s+who\s+(?:took|has\s+taken|had\s+taken|assumed|took\s+up|took\s+over)\b[^,.;]{0,50}?"
    r"\b(?:post|office|role|job|position|portfolio)\b"
)
# "A B, who heads French diplomacy as Minister for X,": the title after "as" in the relative clause
_WHO_AS = re.compile(r",\s+who\s+([^,;]{0,60}?)\bas\s+(?:the\s+)?(?=[A-Z])")
_OWNER = re.compile(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:'s|’s)\s+$")


def post_holders(doc: Doc, people: People) -> None:
    """A person with no title who "took up the post" holds the nameless title written before: the nearest
    one, or a longer one with the same head word ("Britain's Minister of State for X" over "The Minister")."""
    text = doc.text
    for rec in people.recs:
        if rec.role:
            continue
        if _serves_as(doc, rec):
            continue
        m = next((m for m in rec.mentions if _TOOK_POST.match(text, m.tail_end, m.sentence.end)), None)
        if m is None:
            continue
        titles: list[tuple[str, str | None]] = []  # nameless titles before the mention, nearest first
        for s in reversed(doc.sentences[max(0, m.sentence.index - 6) : m.sentence.index]):
            titles.extend(reversed(_nameless_titles(doc, s.start, s.end, people)))
        if not titles:
            continue
        role, country = titles[0]
        head = _head(role)
        for longer, c in titles[1:]:
            if _head(longer) == head and len(longer) > len(role):
                role, country = longer, c or country
        rec.role, rec.country = role, rec.country or country


def _nameless_titles(doc: Doc, start: int, end: int, people: People) -> list[tuple[str, str | None]]:
    """Every "the <Title>" / "<Country>'s <Title>" in a span that no name follows, in order."""
    text = doc.text
    toks = tokenize(text, start, end)
    found = people.at(start, end)
    named = {m.span_start for m, _ in found}
    names = {m.start for m, _ in found}  # "the Minister of X of Xland, A B": the title is A B's
    out: list[tuple[str, str | None]] = []
    for k, t in enumerate(toks[:-1]):
        owner = _OWNER.search(text, max(start, t.start - 30), t.start) if t.cap and k else None
        if t.low != "the" and not (owner and country_of(owner[1])):
            continue
        at = k + 1 if t.low == "the" else k
        title = scan_title(toks, at, text, ci=not toks[at].cap)
        if title is None or title.start in named or title.role_start in named:
            continue
        nxt = toks[title.next_index] if title.next_index < len(toks) else None
        role = text[title.role_start : title.role_end]
        after = toks[title.next_index + 1] if title.next_index + 1 < len(toks) else None
        if nxt is not None and nxt.text == "," and after is not None and after.start in names:
            continue
        if _head(role) and (nxt is None or not nxt.cap):
            out.append((role, title.country or (country_of(owner[1]) if owner else None)))
    return out


def _head(role: str) -> str:
    """The first head noun of a title ("Minister of State for X" -> "minister"), else ""."""
    return next((w for w in role.lower().split() if w in HEADS), "")


def _serves_as(doc: Doc, rec: PersonRec) -> bool:
    """ "A B, who serves as Foreign Minister of X,": the title (its country, else a country word in the
    clause) is the person's; True when found."""
    text = doc.text
    for m in rec.mentions:
        wm = _WHO_AS.match(text, m.tail_end, m.sentence.end)
        if not wm:
            continue
        toks = tokenize(text, wm.end(), m.sentence.end)
        title = scan_title(toks, 0, text) if toks else None
        if title is None or not _head(text[title.role_start : title.role_end]):
            continue
        words = (country_of(w) for w in re.findall(r"[A-Z][\w’'-]*", wm[1]))
        rec.role = text[title.role_start : title.role_end]
        rec.country = rec.country or title.country or next((c for c in words if c), None)
        return True
    return False


def fuller_titles(doc: Doc, people: People) -> None:
    """ "The Deputy Secretary of State will travel ... Deputy Secretary A B will": a short title that opens
    the one nameless full title written shortly before is that title."""
    for rec in people.recs:
        if not rec.role or rec.role.islower():
            continue
        lead = rec.role + " "
        found: set[tuple[str, str | None]] = set()
        near = {k for m in rec.mentions for k in range(max(0, m.sentence.index - 4), m.sentence.index)}
        for s in (doc.sentences[k] for k in sorted(near)):
            if lead + "of " not in s.text and lead + "for " not in s.text:
                continue  # the cheap test: a fuller title continues with "of" or "for"
            found.update(t for t in _nameless_titles(doc, s.start, s.end, people) if t[0].startswith(lead))
        if len({r for r, _ in found}) == 1:
            role, country = found.pop()
            # "Minister for X of France to India": a visit's wording, not a fuller title
            if role[len(lead) :].startswith(("of ", "for ")) and " to " not in role:
                rec.role, rec.country = role, rec.country or country


# "..., a spokesperson for Xland's Ministry of Y said Tuesday.": a nameless spokesperson who speaks
_NAMELESS_SPOKES = re.compile(
    r"\b(?:a|an|the)\s+((?:[A-Z][\w-]*\s+){0,3}spokes(?:person|man|woman)"
    r"(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.'’-]*){0,5})?)"
    r"\s*,?\s+(?:said|told|announced|says)\b"
)
_SPEAKS = re.compile(r"\s+(?:told|said|says|added|announced|stated|noted)\b")
_OWNER_WORD = re.compile(r"\b([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:'s|’s)\s+")


_NOT_RANKS = frozenset({"senator", "chief", "pol."})


def _rank_only(role: str) -> bool:
    """A role that is a rank and nothing else ("Senior Colonel", "Major General")."""
    words = role.lower().split()
    if not words or words[-1] in _NOT_RANKS:  # "Senator", "Chief": an office or a grade, no officer's rank
        return False
    return forms.rank_word(words[-1]) and all(w in GRADES or forms.rank_word(w) for w in words)


def spokes_named_next(doc: Doc, people: People) -> None:
    """ "..., a spokesperson for Xland's Ministry of Y said. Senior Colonel A told ...": the person named
    with a rank alone, who speaks, first in the sentence after a nameless spokesperson's is that
    spokesperson."""
    text = doc.text
    for rec in people.recs:
        if not rec.role or not _rank_only(rec.role):
            continue
        m = min(rec.mentions, key=lambda x: x.start)
        k = m.sentence.index
        if k == 0 or text[m.sentence.start : m.span_start].strip() or not _SPEAKS.match(text, m.end):
            continue  # the person opens the sentence and speaks ("Colonel A told a press conference")
        found = list(_NAMELESS_SPOKES.finditer(doc.sentences[k - 1].text))
        if len(found) != 1:
            continue
        role = found[0][1].strip()
        owner = _OWNER_WORD.search(role)
        country = country_of(owner[1]) if owner else None
        if owner and country:
            role = role[: owner.start()] + "the " + role[owner.end() :]  # "for Xland's Ministry": "for the"
        rec.role, rec.country = role, rec.country or country


# "..., Xland's G20 sherpa said on Monday.": a nameless official's title owned by a state, who speaks
_OWNED_SPEAKER = re.compile(
    r"\b([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:'s|’s)\s+((?:[A-Z0-9][\w-]*\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})"
    r"\s+(?:said|told|says)\b"
)
# a body, not a person: "Xland's foreign ministry said"
_BODY_HEADS = frozenset(
    {
        "ministry",
        "government",
        "office",
        "embassy",
        "department",
        "agency",
        "military",
        "army",
        "navy",
        "media",
    }
    | {"cabinet", "parliament", "presidency", "administration", "side", "delegation", "mission", "council"}
)
_QUOTE_OPEN = re.compile(r"\s*[\"“]")


def lead_speaker_named_next(doc: Doc, people: People) -> None:
    """ "..., Xland's G20 sherpa said on Monday. \"...,\" A told reporters": the person named with no title,
    who speaks after a quotation opening the next sentence, is that nameless official."""
    text = doc.text
    for rec in people.recs:
        if rec.role or rec.country:
            continue
        m = min(rec.mentions, key=lambda x: x.start)
        k = m.sentence.index
        before = text[m.sentence.start : m.span_start]
        if k == 0 or not _QUOTE_OPEN.match(before) or people.at(m.sentence.start, m.span_start):
            continue
        if not _SPEAKS.match(text, m.end):
            continue
        prev = doc.sentences[k - 1]
        found = list(_OWNED_SPEAKER.finditer(prev.text))
        if len(found) != 1 or people.at(prev.start, prev.end):
            continue
        country = country_of(found[0][1])
        role = found[0][2].strip()
        if country and role.split()[-1].lower() not in _BODY_HEADS:
            rec.role, rec.country = role, country
