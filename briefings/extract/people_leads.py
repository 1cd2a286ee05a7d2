"""A person's side read from what the sentence says they do after their name: the delegation they lead
("A will head the Xish side") and the home a traveller returns to later in the sentence ("A is due to depart
for Y on Friday and return to Xland on Monday")."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import capital_country, country_of, find_city
from briefings.extract.mention_model import Mention
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.people import People, PersonRec
from briefings.extract.people_pronouns import sentence_pronoun
from briefings.extract.regions import region_country
from briefings.extract.sentences import Doc

# "A will lead the Xish delegation", "A is to head the Xish side": the side's adjective; "A will lead
# Xland's delegation", "Xcity's delegation": the state's or its capital's possessive
_LEADS_SIDE = re.compile(
    r"\s*,?\s+(?:will|would|is\s+to|is\s+(?:due|expected|set|scheduled)\s+to)\s+(?:lead|head)\s+"
    r"(?:(?:the|its)\s+([A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,2})|([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s)"
    r"(?:\s+(?:[a-z]+-level|senior|official|technical|expert|working|military))?\s+(?:delegation|side|team)\b"
)
# "... and return to Xland on Monday": a later verb of the same traveller's clause, no other subject between
_RETURN_LATER = re.compile(
    r"[^.;]{0,120}?,?\s+and\s+(?:then\s+)?return(?:s|ing)?\s+(?:home\s+)?to\s+"
    r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
)
_LATER_WORDS = ("depart", "leave", "fly", "travel", "head")
# "A will also meet B in the afternoon before returning to Xcity": the subject's home, its clause's end
_BEFORE_RETURN = re.compile(
    r"[^.;]{0,120}?\s(?:before|after)\s+(?:then\s+)?returning\s+(?:home\s+)?to\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
)
_LOWER_WORD = re.compile(r"\b(?!the\b)[a-z]{2,}\b")


# "A will lead it": the delegation the sentence before says a state is sending ("Xland is again sending a
# lower-level delegation.", "Xcity will send a team of five.")
_LEADS_IT = re.compile(
    r"\s*,?\s+(?:will|would|is\s+to|is\s+(?:due|expected|set|scheduled)\s+to)\s+(?:lead|head)\s+it\b"
)
_SENDING = re.compile(
    r"(?:^|\s)(?:The\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+"
    r"(?:(?:is|was|will\s+be)\s+(?:again\s+|also\s+)?(?:sending|dispatching)|"
    r"(?:will\s+)?(?:again\s+|also\s+)?(?:send|sends|dispatch|dispatches)|has\s+(?:also\s+)?sent)"
    r"\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,3}?(?:delegation|team)\b[^.;]*[.]\s*$"
)


def _sent_before(text: str, m: Mention) -> str | None:
    """The state the sentence before says is sending the delegation the mention leads ("... will lead it")."""
    if not _LEADS_IT.match(text, m.tail_end, m.sentence.end):
        return None
    sent = _SENDING.search(text, max(0, m.sentence.start - 160), m.sentence.start)
    c = (country_of(sent[1]) or capital_country(sent[1])) if sent else None
    return c if c and c not in ORGANISATION_NAMES else None


# "Xish Navy destroyer X and corvette Y will visit Z, led by Rear Admiral A": a state's forces opening the
# sentence, the person who leads them named after "led by" at the end of its clause
_UNIT_SUBJECT = re.compile(
    r"(?:[^\n(]{0,40}\([A-Za-z]+\)\s*(?:[–—]|--?)\s*)?"  # a dateline first, "Xcity, June 9 (AGENCY) –"
    r"\s*(?:(?:The|An?)\s+)?((?:[A-Z][\w.'’-]*\s+){1,2}?)(?:[A-Z][\w.'’-]*\s+){0,3}"  # "Xland Maritime Force"
    r"(?:Navy|Army|Air\s+Force|Coast\s+Guard|Marines|naval|navy|army|air\s+force|coast\s+guard|military|troops|"
    r"forces|warships?|ships?|destroyers?|frigates?|corvettes?|vessels?|delegation|contingent|task\s+group)\b"
)
_LED_BY = re.compile(
    r",\s*(?:and\s+)?led\s+by\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}$"
)  # a title may follow


def led_unit(text: str, m: Mention) -> str | None:
    """The state whose forces (or delegation) the sentence opens with and the person leads ("Xish Navy
    ships will visit Y, led by Rear Admiral A")."""
    if "led" not in text[max(m.sentence.start, m.span_start - 60) : m.span_start]:
        return None
    if not _LED_BY.search(text, max(m.sentence.start, m.span_start - 60), m.span_start):
        return None
    unit = _UNIT_SUBJECT.match(text, m.sentence.start, m.span_start)
    c = country_of(unit[1].strip()) if unit else None
    return c if c and c not in ORGANISATION_NAMES else None


def led_side(text: str, m: Mention) -> str | None:
    """ "A will head the Xish side": A is of Xland; "Xland is sending a delegation. A will lead it": too."""
    unit = led_unit(text, m)
    if unit:
        return unit
    lead = _LEADS_SIDE.match(text, m.tail_end, m.sentence.end)
    if not lead:
        return _sent_before(text, m) if "it" in text[m.tail_end : m.tail_end + 40] else None
    c = country_of(lead[1]) if lead[1] else country_of(lead[2]) or capital_country(lead[2])
    return c if c and c not in ORGANISATION_NAMES else None


# "Senator A of Xstate": a legislator named with the state or province that elects them
_SEAT = re.compile(r"\s+of\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\b(?![\w'’-])")
_LEGISLATORS = frozenset(
    {"senator", "sen.", "rep.", "representative", "congressman", "congresswoman", "state senator"}
)


def seat_state(text: str, m: Mention) -> str | None:
    """ "Senator A of Xstate": the country of the region the legislator's name is followed by."""
    if not m.role or m.role.lower() not in _LEGISLATORS or not text.startswith(" of ", m.end):
        return None
    seat = _SEAT.match(text, m.end, m.sentence.end)
    words = seat[1].split() if seat else []
    # "of New South Wales", "of Maine Tuesday": the longest run of the words that is a region
    return next((c for k in range(len(words), 0, -1) if (c := region_country(" ".join(words[:k])))), None)


def returns_later(text: str, rec: PersonRec) -> str | None:
    """ "A is scheduled to depart for Y on Friday and return to Xland on Monday": Xland is A's home."""
    for m in rec.mentions:
        after = text[m.tail_end : min(m.sentence.end, m.tail_end + 60)]
        if "return" not in text[m.tail_end : m.sentence.end]:
            continue
        r = (
            _RETURN_LATER.match(text, m.tail_end, m.sentence.end)
            if any(w in after for w in _LATER_WORDS)
            else None
        )
        # "before returning to Xcity": only the sentence's subject (no lower-case word before the name)
        subject = not _LOWER_WORD.search(text, m.sentence.start, m.span_start)
        r = r or (_BEFORE_RETURN.match(text, m.tail_end, m.sentence.end) if subject else None)
        if not r:
            continue
        city = find_city(r[1])
        c = city.country if city else country_of(r[1])
        if c and c not in ORGANISATION_NAMES:
            return c
    return None


# "The Foreign Minister departs Xcity on Wednesday and returns on Saturday": a bare title as the traveller
_TITLE_DEPARTS = re.compile(
    r"(?:^|(?<=[.\n]\s)|(?<=\n))The\s+((?:[A-Z][\w'’-]*\s+){0,4}?[A-Z][\w'’-]*)\s+(?:will\s+)?"
    r"(?:departs?|leaves?)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+[^.;]{0,60}?\band\s+(?:will\s+)?"
    r"returns?\b(?!\s+to\b)"
)


# "He will return to Xcity on 27 May": a sentence whose pronoun subject goes home
_PRONOUN_RETURNS = re.compile(
    r"\s*(?:He|She)\s+(?:will\s+|is\s+(?:due|scheduled|expected|set)\s+to\s+)?(?:then\s+|also\s+)?"
    r"return(?:s|ed)?\s+(?:home\s+)?to\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
    # ("She will then return to Xcity on 14 May for a summit": another leg of the trip, not home)
    r"(?![^.;]*?\b(?:for\s+(?:a|an|the)|to\s+(?:attend|join|take\s+part|participate))\b)"
)


def title_departs(doc: Doc, people: People) -> dict[int, str]:
    """ "The Foreign Minister departs Xcity on <day> and returns on <day>", "He will return to Xcity on
    <day>": the holder's (the pronoun's subject's) home is Xcity's country (id of the person -> country)."""
    out: dict[int, str] = {}
    text = doc.text
    if "return" not in text:
        return out
    for t in _TITLE_DEPARTS.finditer(text):
        city = find_city(t[2])
        c = city.country if city else country_of(t[2])
        rec = people.by_title(t[1], before=t.start()) if c and c not in ORGANISATION_NAMES else None
        if rec is not None and c:
            out.setdefault(id(rec), c)
    for s in doc.sentences:
        r = _PRONOUN_RETURNS.match(s.text) if "return" in s.text else None
        city = find_city(r[1]) if r else None
        c = city.country if city else (country_of(r[1]) if r else None)
        rec = sentence_pronoun(people, s, text, strict=True) if c and c not in ORGANISATION_NAMES else None
        if rec is not None and c:
            out.setdefault(id(rec), c)
    return out


# "travelling to Xland for talks with ": the country a traveller goes to, then the one met there
_TALKS_THERE = re.compile(
    r"\b(?:travel\w*|head\w*|fly\w*|go|goes|going|proceed\w*|mov(?:e|es|ing)\s+on)\s+(?:on\s+)?to\s+"
    r"(?:the\s+)?(?P<c>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+"
    r"(?:for\s+(?:talks|a\s+meeting|meetings|discussions)|to\s+(?:meet|hold\s+talks))\s+with\s+(?:the\s+)?$"
)


def talks_there(text: str, m: Mention) -> str | None:
    """ "before travelling to Xland for talks with Premier A": A is the country gone to's."""
    if "with" not in text[max(m.sentence.start, m.span_start - 8) : m.span_start]:
        return None
    tm = _TALKS_THERE.search(text, max(m.sentence.start, m.span_start - 100), m.span_start)
    c = country_of(tm["c"]) if tm else None
    return c if c and c not in ORGANISATION_NAMES else None
