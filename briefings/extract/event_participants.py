"""Who takes part in the main event: the people its sentence and the lead's participation cues name."""

from __future__ import annotations

import re

from briefings.extract.eventcues import THE_MEETING_IS
from briefings.extract.literals import has_any
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.people import People
from briefings.extract.regex_guard import by_first_letter, guarded
from briefings.extract.sentences import Doc, Sentence

_PARTICIPATE = re.compile(  # the lookahead: each cue's first letter, a cheap filter before the alternatives
    r"\b(?=[abcdhilmptw])(?:bring together|brings together|will (?:also )?(?:meet|attend|join|participate|"
    r"travel|host|lead|hold|co-chair|chair|visit|represent|take part|welcome|receive)|to meet|attended by|"
    r"hosted by|chaired by|led by|participants|delegation|will be joined|meeting with|attend(?:ing|s)?|"
    r"pay (?:an? )?(?:official |working |state )?visit|make (?:an? )?(?:official |working |state )?visit|"
    r"talks with|meet with|(?:will\s+be|is)\s+on\s+an?\s+(?:official\s+|state\s+|working\s+)?visit)\b",
    re.I,
)
_PARTICIPATE = by_first_letter(guarded(_PARTICIPATE))  # (regex_guard: same matches)
_THE_TITLE = re.compile(
    r"\b[Tt]he\s+((?:[A-Z][\w-]*\s+){0,3}(?:Minister|Secretary|President|Premier|Chancellor))\b"
)
_NEGATED = re.compile(
    r"\b(?:not expected to|will not|won't|not (?:attend|join|travel|participate)|absent)\b", re.I
)
_ASIDE = re.compile(
    r"\b(?:sidelines|margins|separately|separate|one-on-one)\b|"
    r"\b[Bb]efore\s+(?:arriving|travell?ing|heading|flying)\b|"  # "Before arriving in X, she will meet B"
    # "Prior to the session, A will meet B", "Following the Dialogue, A will travel to X": another time's
    # ("Following an invitation from A" is no time)
    r"^(?:Prior\s+to|Following(?!\s+(?:an?\s+|the\s+)?(?:invitation|request))|During\s+(?:his|her|their)\s+stay)\b|"
    r"\balso\s+\w+ing\s+an?\s+(?:[\w-]+\s+)?(?:meeting|talks)\b|"  # "is also arranging a meeting with"
    # "The ministers will also meet B", "A is also slated to meet B": a meeting beside the main one
    r"\b(?:will\s+also|(?:is|are)\s+also\s+(?:slated|scheduled|set|expected|due)\s+to)\s+"
    r"(?:meet|hold\s+(?:talks|an?\s+(?:[\w-]+\s+)?meeting)|sit\s+down)\b|"
    # "A meeting with B is possible", "A meeting with B is being arranged": one of its own, if it happens
    r"^\s*A\s+(?:[a-z][\w-]*\s+){0,2}?(?:meeting|call|talks)\s+(?:with|between)\b[^.;]*?\b(?:is|are|was|were)\s+"
    r"(?:also\s+)?(?:possible|being\s+(?:arranged|planned|discussed))\b|"
    r"\bworking\s+(?:lunch|breakfast|dinner)\b",  # "will join a working lunch hosted by B": a meal of its own
    re.I,
)
_ASIDE = by_first_letter(guarded(_ASIDE))  # (regex_guard: same matches)
# literal words every match of a pattern holds (lower-cased; for the case-insensitive ones tested on ASCII
# text only, where lower() folds exactly as re.I does), so the pattern runs only when one is there
_THE_TITLE_WORDS = ("Minister", "Secretary", "President", "Premier", "Chancellor")
_NEGATED_WORDS = ("not", "won't", "absent")
# ("possible", "being": "A meeting with B is possible", "... is being arranged")
_ASIDE_WORDS = (
    "sidelines", "margins", "separate", "one-on-one", "before", "also", "prior", "following", "stay",
    "possible", "being", "working",
)
_ORG_NAMES = ORGANISATION_NAMES


def _may_hold(text: str, words: tuple[str, ...]) -> bool:
    """False only when a case-insensitive pattern whose every match holds one of words cannot match."""
    return not text.isascii() or has_any(text.lower(), words)


def _aside_or_negated(text: str) -> bool:
    """_ASIDE or _NEGATED matches the sentence (each run only when its literal words are there)."""
    return (_may_hold(text, _ASIDE_WORDS) and _ASIDE.search(text) is not None) or (
        _may_hold(text, _NEGATED_WORDS) and _NEGATED.search(text) is not None
    )


_STATE_HEADS = frozenset({"President", "Premier", "Chancellor"})


def main_participants(
    doc: Doc, people: People, body: list[Sentence], lead: list[Sentence], s: Sentence
) -> list[str]:
    """The people of the main event's sentence and of the nearby sentences that cue taking part."""
    participants: list[str] = []
    near = [x for x in body if s.index < x.index and x.paragraph <= s.paragraph + 4][:6]
    near += [
        x for x in lead if x.index < s.index and x.paragraph >= s.paragraph - 1
    ]  # "A will travel to ..."
    near_ids = {x.index for x in near}
    told = s.index - 1 if THE_MEETING_IS.match(s.text) else -1  # the meeting "The meeting is set for" names
    for x in body:
        # "also expected to meet X on the sidelines": a side meeting; "not expected to attend": absent
        if (
            x.index == s.index
            or x.index == told
            or (x.index in near_ids and _PARTICIPATE.search(x.text) and not _aside_or_negated(x.text))
        ):
            for mention, rec in people.at(x.start, x.end):
                if doc.text.startswith(":", mention.end) and mention.start == x.start:
                    continue  # "A: At the invitation of ...": the transcript's speaker, not a party
                if rec.name not in participants and rec.role and not _said_near(doc, mention.end):
                    participants.append(rec.name)
            if x.index == s.index:
                titled = has_any(x.text, _THE_TITLE_WORDS)
                for tm in _THE_TITLE.finditer(doc.text, x.start, x.end) if titled else ():
                    held = people.by_title(tm[1])
                    if held and held.country in _ORG_NAMES and tm[1].split()[-1] in _STATE_HEADS:
                        continue  # "the President will welcome": a state's, not the "World Bank President"
                    if held and held.name not in participants:
                        participants.insert(0, held.name)  # "the Foreign Secretary will hold talks ..."
    return participants


def main_parties(people: People, participants: list[str], parties: list[str]) -> list[str]:
    """The main event's parties: the participants' countries first when they name two or more sides."""
    party_of = {r.name: r.country for r in people.recs}
    by_people = [c for c in dict.fromkeys(party_of.get(n) for n in participants) if c and c not in _ORG_NAMES]
    if len(by_people) >= 2 or (by_people and len(parties) >= 2):
        # the countries of who meets first, then the others the lead names ("the leaders of A, B and C")
        return list(dict.fromkeys([*by_people, *(p for p in parties if p not in _ORG_NAMES)]))
    return parties


def _said_near(doc: Doc, offset: int) -> bool:
    return bool(re.match(r"^\s*,?\s*(?:said|says|told|added)\b", doc.text[offset : offset + 20]))
