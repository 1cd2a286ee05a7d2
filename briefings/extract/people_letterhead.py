"""Letterheads in capitals ("THE HON JANE DOE MP" over "DEPUTY PRIME MINISTER" / "MINISTER FOR X"): the
offices of a person the release names in its body."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of, find_city
from briefings.extract.homes import pair_in
from briefings.extract.literals import search_at
from briefings.extract.mentions import Mention
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.people import People, PersonRec, better_role
from briefings.extract.role_scan import TITLE_WORDS, scan_title
from briefings.extract.roles import _words, role_key
from briefings.extract.sentences import Doc, Sentence
from briefings.extract.tokens import POSTNOMINALS, tokenize

_COURTESY = _words(
    "the hon hon. honourable honorable rt rt. right senator sen. dr dr. mr mr. ms ms. mrs mrs. sir dame"
)
_SMALL = _words("of for and the to on at in")
_TOP = 14  # letterheads sit among the first lines of a release


def _caps_line(s: Sentence) -> bool:
    """A short line of its own in capitals."""
    t = s.text.strip()
    return 0 < len(t) <= 70 and t.isupper() and "\n" not in t


def _title_cased(text: str) -> str:
    """ "MINISTER FOR DEFENCE" -> "Minister for Defence" (small words in lower case)."""
    words = text.split()
    out = [w.lower() if k and w.lower() in _SMALL else w[:1] + w[1:].lower() for k, w in enumerate(words)]
    return " ".join(out)


def _caps_title(text: str) -> tuple[str, str | None] | None:
    """A line that is a title and nothing else, title-cased: (role, country)."""
    line = _title_cased(text.strip())
    toks = tokenize(line, 0, len(line))
    t = scan_title(toks, 0, line) if toks else None
    if t and t.next_index == len(toks):
        return line[t.role_start : t.role_end], t.country
    return None


def _named(people: People, text: str) -> PersonRec | None:
    """The person a capitals name line names ("THE HON JANE DOE MP"), when the body names them in full."""
    words = [w for w in text.split() if w.strip(",")]
    while words and words[0].lower() in _COURTESY:
        words.pop(0)
    while words and words[-1].lower().strip(",") in POSTNOMINALS:
        words.pop()
    if not 2 <= len(words) <= 4:
        return None
    rec = people.find(words)
    if rec is None or sorted(rec.keys) != sorted(_keys_of(words)):
        return None
    return rec


def caps_name_line(people: People, line: str) -> PersonRec | None:
    """The person a letterhead's capitals name line names ("THE HON JANE DOE MP"), the body naming them."""
    t = line.strip()
    if not (0 < len(t) <= 70 and t.isupper()):
        return None
    return _named(people, t)


def _name_words(text: str) -> list[str]:
    """The name of a capitals name line led by a courtesy or closed by post-nominals ("THE HON JANE DOE MP"),
    two to four plain words that open no title; else []."""
    words = [w for w in text.split() if w.strip(",")]
    styled = False
    while words and words[0].lower() in _COURTESY:
        words.pop(0)
        styled = True
    while words and words[-1].lower().strip(",") in POSTNOMINALS:
        words.pop()
        styled = True
    if not styled or not 2 <= len(words) <= 4 or not all(_plain(w) for w in words):
        return []
    if any(w.lower() in TITLE_WORDS or country_of(w) for w in words):
        return []
    return words


def _plain(word: str) -> bool:
    """A name word of letters, an apostrophe or hyphen inside ("O'HALLORAN", "SMITH-JONES")."""
    return (
        word[:1].isalpha()
        and word[-1:].isalpha()
        and word.replace("'", "").replace("’", "").replace("-", "").isalpha()
    )


def _line_mention(s: Sentence, words: list[str]) -> Mention:
    """A mention of the name written on a letterhead line."""
    start = s.start + s.text.find(words[0])
    end = s.start + s.text.rfind(words[-1]) + len(words[-1])
    return Mention(
        tokens=words,
        start=start,
        end=end,
        span_start=start,
        sentence=s,
        written=" ".join(words),
        tail_end=end,
    )


# "I will travel to Xcity": the author of a first-person release visits that place
# (the word boundary checked behind the first letter, "\bI" as "I(?<=\bI)": the same matches, and sre then
# skips to the next "I" or "W" at once instead of trying the pattern at every position)
_I_TRAVEL = re.compile(
    r"(?:I(?<=\bI)|W(?<=\bW)e) (?:will|am to|are to|shall)\s+(?:also\s+)?(?:travel to|visit|fly to|be in)\s+"
    r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
)

# the words every _I_TRAVEL match opens with (its subject and auxiliary, one space apart)
_I_TRAVEL_NEEDS = ("I will", "I am to", "I are to", "I shall", "We will", "We am to", "We are to", "We shall")


def visitor_side(doc: Doc) -> str | None:
    """The author's country when the release's first pair of countries ("Xland-Yland talks") is the author's
    and the one the author says they will visit: the side not visited."""
    text = doc.text
    trip = search_at(_I_TRAVEL, text, _I_TRAVEL_NEEDS)  # (matched only where its opening words are)
    if trip is None:
        return None
    city = find_city(trip[1])
    visited = country_of(trip[1]) or (city.country if city else None)
    for sent in doc.sentences[:_TOP]:
        pair = pair_in(text, sent.start, sent.end)
        if pair:
            if visited in pair:
                return pair[1 - pair.index(visited)]
            # "I will travel to Xcity ... the ASEAN-Yland Conference": a bloc's partner met elsewhere
            states = [c for c in pair if c not in ORGANISATION_NAMES]
            return states[0] if len(states) == 1 else None
    return None


def _keys_of(words: list[str]) -> list[str]:
    """Name words as PersonRec.keys holds them (folded, lower case), initials left out."""
    probe = PersonRec(tokens=words, family_first=False, written="")
    return probe.keys


def caps_letterheads(doc: Doc, people: People) -> None:
    """A capitals name line and the capitals title lines under it: the person's full office
    ("Deputy Prime Minister and Minister for Defence") when it extends or replaces the one found."""
    sents = doc.sentences[:_TOP]
    for k, s in enumerate(sents):
        if not _caps_line(s):
            continue
        rec = _named(people, s.text)
        roles: list[tuple[str, str | None]] = []
        for nxt in sents[k + 1 :] if rec is not None or _name_words(s.text) else ():
            got = _caps_title(nxt.text) if _caps_line(nxt) else None
            if got is None:
                break
            roles.append(got)
        if not roles:
            continue
        if rec is None:  # a letterhead's person the body names only as "I": the name line itself
            rec = people.add(_line_mention(s, _name_words(s.text)))
            if rec is None:
                continue
            rec.country = rec.country or visitor_side(doc)
        role = " and ".join(r for r, _ in roles)
        old = role_key(rec.role) if rec.role else ""
        if not rec.role or role_key(role).startswith(old + " ") or better_role(rec.role, role):
            rec.role = role
            rec.country = rec.country or next((c for _, c in roles if c), None)
