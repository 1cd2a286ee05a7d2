"""A person mention (`Mention`) and how one is made from a name's tokens and the title before it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefings.extract import forms
from briefings.extract.gazetteer import country_of
from briefings.extract.org_names import bracketed_org
from briefings.extract.role_parliament import chamber_before
from briefings.extract.role_scan import Title
from briefings.extract.sentences import Sentence
from briefings.extract.tokens import Tok, base

_HYPHEN_GIVEN = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{1,4}")
_POSSESSIVE = ("'s", "’s", "s'", "s’")  # the endings base() strips
# "U.S. Forces Xland Commander A", "British Forces Yland Commander B": one state's forces stationed in a place
_STATIONED = re.compile(r"(?P<s>\bU\.S\.|\b[A-Z][a-z]+)\s+Forces\s+$")
_COMMANDER = re.compile(r"(?:[Dd]eputy\s+)?[Cc]ommander")
# "A B MP", "C D MEP": a legislator's seat written after the name (the only title when no office is given)
SEAT_AFTER = re.compile(r" (MP|MEP|MLA|MSP|TD)\b(?![\w'’-])")


@dataclass
class Mention:
    """One mention of a person in a sentence."""

    tokens: list[str]
    start: int
    end: int
    span_start: int
    sentence: Sentence
    role: str | None = None
    country: str | None = None
    family_first: bool = False
    written: str = ""
    tail_end: int = 0  # end of the mention including a title in apposition after the name
    contact: bool = False  # a press contact line ("Media contact: A B, 0400 ...")
    honorific: bool = False  # led by an honorific ("The Hon A B", "Dr A B")
    credit: bool = False  # a byline or a staff credit line ("By A B", "Editor: A B")
    cue: bool = False  # a bare name in a person's place ("Doe said", "will meet Doe"): see people_bare
    bare: bool = False  # a person by such a cue alone, with no title, honorific or speech


def role_of(title: Title, text: str) -> str | None:
    """The role a title gives, with its prefix ("Foreign Ministry spokesperson"); None for a couple."""
    role = text[title.role_start : title.role_end]
    if role.startswith("under ") and role[6:7].isupper() and not role[6:].lower().startswith("secretary"):
        role = role[6:]  # "took office under President A": a preposition
    if forms.couple(role):
        return None
    return f"{title.prefix} {role}" if title.prefix else role


def make_mention(name: list[Tok], sent: Sentence, span_start: int, title: Title | None, text: str) -> Mention:
    """A Mention of the name tokens, cut at a line's end, with the title's role and country."""
    for j in range(1, len(name)):
        if "\n" in text[name[j - 1].end : name[j].start]:
            name = name[:j]  # a name ends at its line's end ("... Lord Doe" over "Published 1 May")
            break
    words = [base(t.text) if t.text.endswith(_POSSESSIVE) else t.text for t in name]
    family_first = (
        len(words) >= 2
        and words[0].isalpha()
        and words[0].isupper()
        and len(words[0]) > 1
        and not words[1].isupper()
    )
    # "Cho Ab-cd", "Pak Ef-gh": a hyphenated two-syllable given name after a one-syllable family name
    family_first = family_first or (len(words) == 2 and bool(_HYPHEN_GIVEN.fullmatch(words[1])))
    end = name[-1].start + len(words[-1])
    m = Mention(
        tokens=words,
        start=name[0].start,
        end=end,
        span_start=span_start,
        sentence=sent,
        role=role_of(title, text) if title else None,
        country=title.country if title else None,
        family_first=family_first,
        written=text[name[0].start : end],
    )
    if title and m.country is None:
        m.country = bracketed_org(text, title.role_start)  # "X Agency (XA) Director General A"
    seat = SEAT_AFTER.match(text, end) if title is None else None
    if seat:
        m.role = seat[1]
    if title and m.role:
        chamber = chamber_before(text, sent.start, title.role_start, m.role)
        if chamber:  # "Xish House of Representatives Speaker A": the chamber is part of the title
            m.span_start = min(m.span_start, chamber[0])
            m.role = f"{chamber[1]} {m.role}"
            m.country = m.country or chamber[2]
    if title and m.role and title.country and title.start > sent.start and _COMMANDER.fullmatch(m.role):
        st = _STATIONED.search(text, max(sent.start, title.start - 30), title.start)
        home = country_of(st["s"]) if st else None
        if st and home and home != title.country:  # the forces' state, not the place they are stationed in
            m.span_start = min(m.span_start, st.start("s"))
            m.role = f"{text[st.start('s') : title.role_start].strip()} {m.role}"
            m.country = home
    m.tail_end = m.end
    return m
