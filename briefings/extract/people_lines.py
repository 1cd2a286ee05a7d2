"""Letterhead and sign-off lines: a name line with the title lines under it (or a title line above it)."""

from __future__ import annotations

import itertools
import re

from briefings.extract.forms import service_unit, weak_title
from briefings.extract.mentions import Mention
from briefings.extract.people import People, PersonRec, better_role
from briefings.extract.people_affiliation import outside_role, workplace_country
from briefings.extract.role_scan import scan_title
from briefings.extract.roles import portfolio, role_key
from briefings.extract.sentences import Doc, Sentence
from briefings.extract.token_countries import country_at
from briefings.extract.tokens import tokenize

_WORKPLACES = frozenset({"office", "ministry", "department", "embassy", "bureau", "secretariat", "mission"})


def _line_title(doc: Doc, s: Sentence) -> tuple[str, str | None] | None:
    """A short line that is a title and nothing else ("Minister for Defence"): (role, country)."""
    if len(s.text) > 90:
        return None
    toks = tokenize(doc.text, s.start, s.end)
    if toks and toks[0].low in _WORKPLACES:
        return None  # "Office of the Minister of X": the title holder's office, no title of its own
    t = scan_title(toks, 0, doc.text) if toks else None
    if t is None and 1 < len(toks) < 5 and toks[0].cap and not any(x.cap for x in toks[1:]):
        t = scan_title(toks, 0, doc.text, ci=True)  # "Press officer": a title line in sentence case
    if t and t.next_index == len(toks):
        return doc.text[t.role_start : t.role_end], t.country
    if t and t.role_end == toks[t.next_index - 1].end and service_unit(toks, t.next_index) == len(toks):
        # "Military Spokesperson, Xland Defence Forces": the service it speaks for completes the title
        hits = (country_at(toks, j, doc.text) for j in range(t.next_index + 1, len(toks)))
        hit = next((h[0] for h in hits if h), None)  # "Xland Defence Forces", "Royal Xish Navy"
        return doc.text[t.role_start : toks[-1].end], t.country or hit
    return None


def name_lines(doc: Doc, per_sentence: list[list[Mention]]) -> None:
    """A line holding a bare full name and nothing else, with a title line under it ("Jane Doe / Press
    Secretary" in a contact block or a sign-off): that person, holding that title."""
    sents = doc.sentences
    for k, ms in enumerate(per_sentence[:-1]):
        if len(ms) != 1 or ms[0].written != "?" or len(ms[0].tokens) < 2:
            continue
        m, a, b = ms[0], sents[k], sents[k + 1]
        if b.paragraph == a.paragraph or doc.text[a.start : a.end].strip() != doc.text[m.start : m.end]:
            continue
        if per_sentence[k + 1]:
            continue
        got = _line_title(doc, b)
        if got:
            m.written = doc.text[m.start : m.end]
            m.role, m.country = got


# a broadcast script's bracketed caption: "[Sound bite: A B - Senior Fellow, X Institute (Language)]"; a
# contact's "(For more information: A B – Tel.: +32 ...; C D – ...)" gives a number, no title
_CAPTION = re.compile(
    r"[\[(][A-Za-z][\w ]{0,30}:\s*(?P<n>[^\[\]()]+?)\s+[-–—]\s+(?P<t>[A-Z][^,\[\]()+;]{1,60}?)"
    r"(?:,\s*(?P<w>[^\[\]()]{2,80}?))?\s*(?:\([^()]*\)\s*)?[\])]"
)


def caption_lines(doc: Doc, per_sentence: list[list[Mention]]) -> None:
    """A bracketed caption line naming a speaker and their title ("[Interview: A B - Professor, X
    University]"): that person, holding that title at that workplace."""
    for s, ms in zip(doc.sentences, per_sentence, strict=True):
        if not ms or s.text[:1] not in "[(" or s.text.rstrip()[-1:] not in "])":
            continue
        cm = _CAPTION.fullmatch(s.text.rstrip())
        if cm is None:
            continue
        at, to = s.start + cm.start("n"), s.start + cm.end("n")
        m = next((m for m in ms if m.start == at and m.end == to), None)
        if m is None or len(m.tokens) < 2:
            continue
        m.written = doc.text[m.start : m.end]
        m.role = f"{cm['t']} at {cm['w']}" if cm["w"] else cm["t"]
        if cm["w"] and outside_role(cm["t"]):
            m.country = workplace_country(f"at {cm['w']}")  # "Professor, Xland Institute for Y"


def _give_line_role(rec: PersonRec, role: str, country: str | None) -> None:
    """A letterhead's office replaces a missing or courtesy title, or the same title reworded."""
    bare = rec.role is not None and " " not in role_key(rec.role)  # "Minister A" in a contact line
    if (
        not rec.role
        or _reordered(rec.role, role)
        or _weak_role(rec.role)
        or (bare and better_role(rec.role, role))
        or (_same_portfolio(rec.role, role) and better_role(rec.role, role))
        or _formal(rec.role, role)
    ):
        rec.role = role
        rec.country = rec.country or country


def _weak_role(role: str) -> bool:
    """A courtesy or parliamentary title ("Senator", "MP") that an office line replaces."""
    return weak_title(role) or role.lower() in ("senator", "representative", "mp")


def title_lines(doc: Doc, people: People) -> None:
    """A name line and a title line next to each other (media-release letterheads and sign-offs); a name
    line followed by several title lines holds all of them ("Deputy Prime Minister / Minister for X")."""
    sents = doc.sentences
    used: set[int] = set()  # title lines already given to the name line above them
    for k, a in enumerate(sents[:-1]):
        if len(a.text) > 90 or sents[k + 1].paragraph == a.paragraph:
            continue
        ms = people.at(a.start, a.end)
        if len(ms) != 1 or len(a.text.split()) > len(ms[0][0].tokens) + 4:
            continue
        roles: list[tuple[str, str | None]] = []
        j = k + 1
        while j < len(sents) and sents[j].paragraph != sents[j - 1].paragraph:
            got = _line_title(doc, sents[j])
            if got is None or people.at(sents[j].start, sents[j].end):
                break
            roles.append(got)
            used.add(j)
            j += 1
        if roles:
            role = " and ".join(r for r, _ in roles)
            country = next((c for _, c in roles if c), None)
            _give_line_role(ms[0][1], role, country)
    for k, (a, b) in enumerate(itertools.pairwise(sents)):
        if k in used or a.paragraph == b.paragraph or len(b.text) > 90:
            continue  # letterhead lines are short lines of their own
        ms_b = people.at(b.start, b.end)
        got = _line_title(doc, a) if len(ms_b) == 1 else None
        if got:  # the title first, then the name
            rec = ms_b[0][1]
            if not rec.role or better_role(rec.role, got[0]):
                rec.role = got[0]
                rec.country = rec.country or got[1]


def _same_portfolio(old: str, new: str) -> bool:
    """A short office in capitals ("Foreign Minister") and the letterhead's formal name of the same
    portfolio ("Minister for Foreign Affairs")."""
    po = portfolio(old)
    return old[:1].isupper() and po is not None and portfolio(new) == po


def _reordered(old: str, new: str) -> bool:
    """The same title in another word order ("Foreign Affairs Minister", "Minister of Foreign Affairs")."""

    def words(r: str) -> list[str]:
        return sorted(w for w in role_key(r).split() if w not in ("of", "for", "the"))

    return words(old) == words(new) and role_key(old) != role_key(new)


def _formal(old: str, new: str) -> bool:
    """A letterhead's joined offices over the body's first one ("Deputy Prime Minister and Minister for
    Defence" over "Deputy Prime Minister")."""
    return role_key(new).startswith(role_key(old) + " and ")
