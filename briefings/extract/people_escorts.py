"""The person someone accompanies when the companion is the subject: "The foreign secretary, A, will
accompany B to Xcity" makes A a member of B's party, unless B is a guest the text says is hosted, welcomed or
received (a host's minister escorts a visitor around the host country); and the members a sentence lists
after "The delegation includes", who travel with the delegation's leader named just before; and a leader
whose greetings, message or letter someone conveys ("He will convey the greetings of President B"), who is of
the envoy's side, not of the one receiving them; and one who will be "Acting Minister for X" while its
holder is away, who stays at home in the holder's government; and the leader whose title owns the person's
("the President's diplomatic adviser, A"), whose staff A is."""

from __future__ import annotations

import re

from briefings.extract.people import People, PersonRec
from briefings.extract.people_pronouns import pronoun_subject
from briefings.extract.roles import role_key

# "will accompany B", "is to accompany the Prime Minister, B", "accompanied B" right before a name
_ACCOMPANY = re.compile(
    # "A, who will accompany B": a relative clause
    r"\s*(?:,[^,]{0,80})?,?\s*(?:who\s+)?(?:(?:will|would|shall|is\s+to|are\s+to)\s+)?"
    # "is due to", "is not scheduled to": whether or not the companion goes, B's party is the companion's
    r"(?:(?:is|are)\s+(?:not\s+)?(?:due|set|scheduled|expected|planned|slated)\s+to\s+)?"
    r"(?:also\s+)?accompan(?:y|ies|ied)\s+(?:the\s+|his\s+|her\s+)?"
)


# "A will host / welcome / receive B": B is a guest, and a host's official may escort B around
_HOSTED = re.compile(r"\b(?:host(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|receiv(?:e|es|ed|ing))\b[^.;]{0,80}$")


def _guest(text: str, rec: PersonRec) -> bool:
    """Someone a sentence says is hosted, welcomed or received."""
    return any(_HOSTED.search(text, m.sentence.start, m.span_start) for m in rec.mentions)


def accompanies(text: str, rec: PersonRec, people: People) -> PersonRec | None:
    """The person a mention's sentence says it accompanies ("A ... will accompany B"): B."""
    for m in rec.mentions:
        if "accompan" not in text[m.tail_end : m.sentence.end]:
            continue
        cue = _ACCOMPANY.match(text, m.tail_end, m.sentence.end)
        if cue is None:
            continue
        nxt = people.at(cue.end(), m.sentence.end)
        if nxt and nxt[0][1] is not rec and nxt[0][0].span_start - cue.end() <= 40:
            return None if _guest(text, nxt[0][1]) else nxt[0][1]
        held = (
            _title_holder(text, cue.end(), rec, people)
            if not nxt or nxt[0][0].span_start > cue.end()
            else None
        )
        if held is not None:  # a host's official escorting a hosted guest ("accompany the Prime Minister")
            return None if _guest(text, held) else held
    return None


# "will accompany the Foreign Minister on ...": a bare title in capitals, no name after it
_BARE_TITLE = re.compile(r"[A-Z][\w-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w-]*){0,5}(?![\w-]|\s+[A-Z])")


# "who will accompany the prime minister": a leader's bare title in lower case
_LOWER_TITLE = re.compile(
    r"(?:prime\s+minister|president|premier|chancellor|(?:foreign|defen[cs]e)\s+minister)\b"
)


def _holds(role: str, title: str) -> bool:
    """The role is the bare title, ends with it, or opens with it."""
    return role.endswith(" " + title) or role.startswith(title)


def _title_holder(text: str, at: int, rec: PersonRec, people: People) -> PersonRec | None:
    """The other person whose title a bare title at `at` names ("accompany the Foreign Minister": the
    text's "Federal Foreign Minister A"): the only one, or the text's lead."""
    t = _BARE_TITLE.match(text, at) or _LOWER_TITLE.match(text, at)
    if t is None:
        return None
    title = t.group(0).lower()
    # "the Secretary" of "Secretary of State A", "the Foreign Minister" of "Federal Foreign Minister B"
    holders = [r for r in people.recs if r is not rec and r.role and _holds(r.role.lower(), title)]
    # several holders ("Foreign Minister B" of the host too): the text's lead, its principal, is meant
    return holders[0] if len(holders) == 1 or (holders and holders[0] is people.recs[0]) else None


# "The delegation includes A and B", "The delegation will also comprise A": members of one named before
_MEMBERS = re.compile(
    r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}?delegation\s+(?:will\s+)?(?:also\s+)?"
    r"(?:include[sd]?|comprise[sd]?|consists?\s+of|is\s+made\s+up\s+of)\s"
)
_CLAUSE_WORD = re.compile(r"\b(?:will|would|said|says|met|meets|while|who|which|whom)\b")
# "a delegation led by Chairman A", "A will lead a delegation": the leader
_LED_BY = re.compile(r"\b(?:led|headed)\s+by\s+(?:[A-Z][\w.'’-]*\s+|of\s+|the\s+){0,8}$")
_LEADS = re.compile(
    r"[^.;]{0,40}?\b(?:will|is\s+to|to)\s+(?:co-)?(?:lead|head)\b[^.;]{0,60}?\b[Dd]elegation\b"
)


def delegation_member(text: str, rec: PersonRec, people: People) -> PersonRec | None:
    """A member listed after "The delegation includes" travels with the leader the sentences before name
    ("a delegation led by A will visit X. The delegation includes B": B is of A's party)."""
    for m in rec.mentions:
        s = m.sentence
        if "delegation" not in s.text:
            continue
        cue = _MEMBERS.search(text, s.start, m.span_start)
        if cue is None or _CLAUSE_WORD.search(text, cue.end(), m.span_start):
            continue
        for x, r in reversed([(x, r) for x, r in people.mentions if s.start - 600 <= x.start < s.start]):
            if r is rec or "elegation" not in x.sentence.text:
                continue
            lo = max(x.sentence.start, x.span_start - 80)
            if _LED_BY.search(text, lo, x.span_start) or _LEADS.match(text, x.tail_end, x.sentence.end):
                return r
        return None
    return None


# "will convey the greetings of President B", "delivered a personal letter from Prime Minister B": the sender
_CONVEYED = re.compile(
    r"\b(?:convey|conveys|conveyed|conveying|deliver|delivers|delivered|delivering|carry|carries|carried|"
    r"carrying|hand|hands|handed|handing|pass|passes|passed|passing|extend|extends|extended|extending|"
    r"bring|brings|brought|bringing)\s+(?:over\s+|on\s+)?(?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?:greetings|regards|wishes|message|letter|invitation|felicitations|condolences)\s+(?:of|from)\s+"
    r"(?:the\s+)?$"
)
_SUBJECT_GAP = re.compile(
    r"\s*(?:,[^,;]{1,80},)?\s*(?:(?:will|would|shall|is|are|was|also|to|be|expected|due|set|scheduled)\s+)*"
)
_PRONOUN_OPENING = re.compile(r"\s*(?:He|She)\s")


def conveyed_from(text: str, rec: PersonRec, people: People) -> PersonRec | None:
    """The envoy who conveys the mentioned person's greetings, message or letter ("A will convey the
    greetings of President B"; "He will deliver a letter from B", the "he" the sentence before opens with)."""
    for m in rec.mentions:
        s = m.sentence
        lo = max(s.start, m.span_start - 80)
        near = text[max(0, m.span_start - 9) : m.span_start]
        if "of " not in near and "from " not in near:
            continue
        cue = _CONVEYED.search(text, lo, m.span_start)
        if not cue:
            continue
        # the verb's subject right before it ("A will convey"), not one the clause names earlier
        found = [(x, r) for x, r in people.at(s.start, cue.start()) if r is not rec]
        if found and _SUBJECT_GAP.fullmatch(text, found[-1][0].tail_end, cue.start()):
            return found[-1][1]
        if not found and _PRONOUN_OPENING.match(s.text):
            lead = pronoun_subject(people, m, text)
            return lead if lead is not rec else None
    return None


# "Minister of State A will be Acting Minister for X from 3 to 10 May": the office of a holder who is away
_ACTING = re.compile(
    r"\s*,?\s+will\s+(?:be|serve\s+as|act\s+as)\s+(?:the\s+)?Acting\s+((?:[A-Z][\w-]*|of|for|and|the)"
    r"(?:\s+(?:[A-Z][\w-]*|of|for|and|the)){0,8}?)(?=\s+(?:from|during|while|until|in|on)\b|\s*[.,;]|$)"
)


def acting_for(text: str, rec: PersonRec, people: People) -> PersonRec | None:
    """The holder of the office someone will act in while the holder is away ("B will be Acting Minister for
    Trade from 3 May" beside "Minister for Trade A will visit Xland"): A."""
    for m in rec.mentions:
        if "Acting" not in text[m.tail_end : m.tail_end + 40]:
            continue
        act = _ACTING.match(text, m.tail_end, m.sentence.end)
        if act is None:
            continue
        office = act[1].lower()
        holders = [r for r in people.recs if r is not rec and r.role and r.role.lower() == office]
        return holders[0] if len(holders) == 1 else None
    return None


# "the President's diplomatic adviser, Ms A": a leader's title owning the person's own (lower-case) title in
# apposition before the name ("the Prime Minister's Office, A" is a body, not A's title)
_OWNED_TITLE = re.compile(
    r"\b[Tt]he\s+([Pp]resident|[Pp]rime\s+[Mm]inister|[Pp]remier|[Cc]hancellor|[Kk]ing|[Qq]ueen|[Ee]mperor)"
    r"(?:'s|’s)\s+(?:[a-z-]+\s+){0,4}?[a-z-]+,\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$"
)


def title_owner(text: str, rec: PersonRec, people: People) -> PersonRec | None:
    """The leader whose title owns the person's ("the President's adviser, A": the President's holder)."""
    for m in rec.mentions:
        lo = max(m.sentence.start, m.start - 90)
        if "s " not in text[lo : m.start]:
            continue
        own = _OWNED_TITLE.search(text, lo, m.start)
        if own is None:
            continue
        # the leader named first with that title: the principal of the text, not a host's namesake office
        key = role_key(own[1])
        return next((r for r in people.recs if r is not rec and role_key(r.role or "").startswith(key)), None)
    return None
