"""Whom a sentence-opening "He"/"She" means: the subject of the sentence before, or a bare title's holder."""

from __future__ import annotations

import re

from briefings.extract.mentions import Mention
from briefings.extract.people import People, PersonRec
from briefings.extract.quote_holders import initials_holder
from briefings.extract.sentences import Sentence

# "She said the Deputy Prime Minister would be accompanied by C": the reported clause's subject ("5. The
# Minister will ...": after a numbered paragraph's number)
_TITLE_SUBJECT = re.compile(
    r"\s*(?:\d+\.\s+)?(?:(?:He|She)\s+(?:said|added|noted)\s+(?:that\s+)?)?[Tt]he\s+((?:[A-Z][\w-]*\s+){1,5}?)"
    r"(?:will|is|was|has|would)\s"
)
# "On Thursday she will travel to ...": a sentence whose subject is a pronoun again
_PRONOUN_LEAD = re.compile(
    r"\s*(?:(?:In|At|On|During|After|Later|Then)\b[^,.]{0,40}?,?\s+)?(?:[Hh]e|[Ss]he)\s+[a-z]"
)
# "3. EAM is also scheduled to call on ...": a sentence whose subject is an office's initials
_INITIALS_SUBJECT = re.compile(r"\s*(?:\d+\.\s+)?([A-Z]{2,6})\s+(?:is|will|was|has|would)\s")
# "During the visit, Minister A will call on B": a subject after the sentence's opening phrase
_OPENING_PHRASE = re.compile(
    r"\s*(?:In|At|On|During|After|Before|Ahead\s+of|Later|Then|Earlier)\b[^,.;]{0,40},\s*"
)
# "In a statement today, the ministry said (that) ": the reported clause's subject named next
_REPORTED_LEAD = re.compile(
    r"\s*(?:[A-Z][A-Z .'’-]*(?:,[^()\n]{0,30})?(?:\s*\([^)\n]{1,30}\))?\s*(?:--|—|–)\s*)?"  # a dateline
    r"(?:(?:In|At|On|During|After|Before|Later|Earlier)\b[^,.;]{0,40},\s*)?(?:[Tt]he\s+)?[A-Z][^.;,\"“]{0,60}?"
    r"\s(?:said|announced|stated|confirmed)\s+(?:(?:on\s+|last\s+)?[A-Z][a-z]+day\s+)?(?:that\s+)?"
)
# "During the visit(,) the Foreign Secretary will ...": the opening phrase's comma may be left out
_PLACED_TITLE_SUBJECT = re.compile(
    r"\s*(?:(?:In|At|On|During|After)\s+[^,]{1,40}?,?\s+)?[Tt]he\s+((?:[A-Z][\w-]*\s+){1,5}?)"
    r"(?:will|is|was|has|would)\s"
)


def pronoun_subject(people: People, m: Mention, text: str = "") -> PersonRec | None:
    """Whom a sentence-opening "He"/"She" means: the subject opening the sentence before ("A will hold talks
    with B. He will be accompanied by C": A), else the person mentioned last; a sentence opened by a bare
    title ("The Minister will be accompanied by C") means that title's holder."""
    return sentence_pronoun(people, m.sentence, text)


def sentence_pronoun(
    people: People, sentence: Sentence, text: str = "", strict: bool = False
) -> PersonRec | None:
    """Whom the "He"/"She" opening a sentence means (as pronoun_subject, for a sentence naming no one);
    strict: only a subject that opens the sentence before, never the person mentioned last."""
    lead = _TITLE_SUBJECT.match(sentence.text)
    if lead:
        holder = _principal(people, lead[1].strip()) or people.by_title(lead[1].strip(), sentence.start)
        if holder is not None:
            return holder
    before = [(x, r) for x, r in people.mentions if x.sentence.index == sentence.index - 1]
    if before:
        x, r = min(before, key=lambda p: p[0].span_start)
        # "In Xtown, the Foreign Secretary will meet A. He will be joined by C": the title's holder
        prior = _PLACED_TITLE_SUBJECT.match(x.sentence.text) if x.span_start - x.sentence.start > 4 else None
        holder = people.by_title(prior[1].strip(), x.sentence.start) if prior else None
        if holder is not None:
            return holder
        opening = x.span_start - x.sentence.start <= 4
        if opening or _OPENING_PHRASE.fullmatch(text, x.sentence.start, x.span_start):
            return r
        if text and _REPORTED_LEAD.fullmatch(text, x.sentence.start, x.span_start):
            # "In a statement, the ministry said A will co-chair ... with B. He will be accompanied by C": A
            return r
        if _PRONOUN_LEAD.match(x.sentence.text) and not strict:
            # "On Monday she will meet B. She will be joined by C": the earlier "she", not B
            return pronoun_subject(people, x)
    elif text and sentence.start > 2:
        # "EAM is also scheduled to ... He will be accompanied by C": the one holder of the initials' office
        at = sentence.start - 2
        opens = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1)
        im = _INITIALS_SUBJECT.match(text, opens)
        holder = initials_holder(people, im[1]) if im else None
        # "On Friday, the Minister will travel to Xtown. He will be accompanied by C": the bare title's holder
        tm = None if im else _PLACED_TITLE_SUBJECT.match(text, opens)
        holder = holder or (people.by_title(tm[1].strip(), sentence.start) if tm else None)
        if holder is not None:
            return holder
    return None if strict else people.last_before(sentence.start)


def _principal(people: People, title: str) -> PersonRec | None:
    """The text's first person when their title holds every word of a bare title opening a sentence ("The
    Minister will be accompanied by C" in Defence Minister A's release: A, not another minister named
    later)."""
    first = people.recs[0] if people.recs else None
    role = (first.role or "").lower().split() if first is not None else []
    words = title.lower().split()
    return first if words and role and all(w in role for w in words) else None
