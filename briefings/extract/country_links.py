"""Countries passed from person to person: along a list of titled names, from a leader served under, away
from a counterpart's country; and whether a titled person travels."""

from __future__ import annotations

import itertools
import re

from briefings.extract.gazetteer import country_of
from briefings.extract.homes import doc_countries, named_countries, trip_countries
from briefings.extract.mentions import Mention
from briefings.extract.offices import fits
from briefings.extract.people import People, PersonRec
from briefings.extract.people_chains import pair_meets
from briefings.extract.people_clauses import new_clause
from briefings.extract.people_cues import CHAIN_GAP
from briefings.extract.people_escorts import accompanies
from briefings.extract.regex_guard import guarded
from briefings.extract.sentences import Doc

_APPOS_GAP = re.compile(r"^\s*(?:MP\s*)?,\s*(?:the\s+)?[^,;]{0,90},\s*(?:and\s+)?$")
_MEETS = re.compile(
    r"\s*,?\s*(?:will\s+|is\s+to\s+|to\s+)?(?:also\s+)?(?:meet|meets|met|hold|holds|held|host|hosts|hosted|"
    r"welcome[sd]?|receive[sd]?|call(?:s|ed)?\s+on)\b"
)
# "A and his Philippine counterpart": A is not of the counterpart's country; nor are A and B in "A and B
# will hold talks with their Philippine counterparts"
_HIS_COUNTERPART = re.compile(
    r"\s*(?:,|and|met|meets|will meet|with|held talks with|spoke with)?[^.;]{0,30}?\b(?:his|her)\s+"
    r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:counterparts?|peers?)\b"
    r"|[^.;]{0,90}?\bwith\s+their\s+"
    r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:counterparts?|peers?)\b"
)
SAYS = re.compile(r"\s*,?\s*(?:said|says|told|added)\b")  # "B, spokesperson for X, told"
TRAVELS = re.compile(
    r"\s*,?\s*(?:will|is to|is set to|plans to|is (?:scheduled|due|expected) to)?\s*(?:also\s+|then\s+)?"
    # "lead a delegation to X, Y and Z": the places follow the whole phrase
    r"(?:(?:lead|head)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?delegation\s+to\b|"
    # "attend the X meetings to be held in Xcity": an attendee of meetings held abroad travels there
    r"attend\s+[^.;]{0,90}?\bto\s+be\s+held\s+in\b|"
    r"travel|visit|fly|head|arrive|tour|"
    r"pay\s+(?:an?\s+)?(?:(?:[Oo]fficial|[Ss]tate|[Ww]orking)\s+)?[Vv]isit)"
)


def says_after(text: str, m: Mention) -> bool:
    """The mention is followed by a speech verb: it names the sentence's speaker."""
    return bool(SAYS.match(text, m.tail_end))


# "President A has been invited": a guest invited to a meeting
_INVITED = re.compile(r"\s*,?\s*(?:has|have)\s+been\s+invited\b")


def invited_guest(text: str, rec: PersonRec) -> bool:
    """The person is said to have been invited to the meeting: a guest, of neither the host's nor the
    author's side."""
    return any(_INVITED.match(text, m.tail_end) for m in rec.mentions)


def title_travels(text: str, rec: PersonRec) -> bool:
    """ "The Foreign Minister will travel to ...": the person holding that title travels."""
    role = rec.role
    if not role:
        return False
    # r"\b[Tt]he\s+ROLE(?=TRAVELS)" read at each place the role is written, with no pattern to compile
    at = text.find(role)
    while at >= 0:
        j = at
        while j > 0 and text[j - 1].isspace():
            j -= 1
        if (
            3 <= j < at
            and text[j - 3 : j] in ("the", "The")
            and (j == 3 or not (text[j - 4].isalnum() or text[j - 4] == "_"))
            and TRAVELS.match(text, at + len(role))
        ):
            return "the " + role.lower() in text.lower()  # the written form the rule asks for
        at = text.find(role, at + 1)
    return False


def opposition_home(
    text: str, people: People, rec: PersonRec, host: str | None, issuer: str | None = None
) -> str | None:
    """The country, not the host's, of the text's first person when the text says that person travels and
    writes no country word beside them ("Prime Minister A travels to Xcity ... Opposition Leader B said the
    trip was"): a home outlet's own leader abroad, and its opposition. Else, in a foreign issuer's text, the
    host's ("FROM: AMEMBASSY XCITY ... the detention of opposition mayor A": the politics of the place)."""
    foreign = host if issuer not in (None, host) else None
    lead = next((r for r in people.recs if not all(m.credit for m in r.mentions)), None)
    if lead is None or lead is rec or lead.country in (None, host) or any(m.country for m in lead.mentions):
        return foreign  # "Xish Foreign Minister A will arrive in Ycity": a guest the text marks as foreign
    travels = any(TRAVELS.match(text, m.tail_end) for m in lead.mentions) or title_travels(text, lead)
    return lead.country if travels else foreign


def joint_traveller(text: str, rec: PersonRec, people: People) -> PersonRec | None:
    """ "A, Minister X, and B, Minister Y, will travel to ...": the travelling person A is joined to (B)."""
    for m in rec.mentions:
        prev = m
        for nxt, other in people.at(m.tail_end, m.sentence.end):  # the names joined after this one, in order
            if not CHAIN_GAP.match(text[prev.tail_end : nxt.span_start]):
                break
            if TRAVELS.match(text, nxt.tail_end):
                return other
            prev = nxt
    return None


_COUNTERPART = ("counterpart ", "counterparts ")


def named_counterpart(text: str, rec: PersonRec) -> bool:
    """ "talks with his counterpart A": A, named with no title, is of the country the talks are held in."""
    return any(text[max(0, m.span_start - 13) : m.span_start].endswith(_COUNTERPART) for m in rec.mentions)


def counterparts_country(text: str, rec: PersonRec, people: People) -> str | None:
    """The country of the counterpart a person meets ("A and his Philippine counterpart", "A met B of C"):
    a guessed country must not be that one."""
    for m in rec.mentions:
        # "counterpart" or "peer" is in every _HIS_COUNTERPART match
        rest = text[m.tail_end : m.sentence.end]
        has_cp = "counterpart" in rest or " peer" in rest
        cm = _HIS_COUNTERPART.match(text, m.tail_end, m.sentence.end) if has_cp else None
        word = (cm[1] or cm[2]) if cm else None
        if word and country_of(word):
            return country_of(word)
        if _MEETS.match(text, m.tail_end, m.sentence.end):
            # "A will meet with the pope, B said": the reporting clause's speaker is no one A meets
            after = people.at(m.tail_end, m.sentence.end)
            met = [r for x, r in after if r is not rec and not _reports(text, x)]
            if met and met[0].country:
                return met[0].country
    return None


# "A ... with her counterpart, Foreign Minister B": B is named as A's counterpart (no country word)
_COUNTERPART_OF = re.compile(r"\b(?:his|her|their)\s+counterparts?\s*,?\s*(?:(?:the|fellow)\s+)?$")


def counterpart_owner(text: str, rec: PersonRec, people: People) -> str | None:
    """The country of the person whose counterpart rec is named as ("A ... her counterpart, B"): not B's."""
    for m in rec.mentions:
        lo = max(m.sentence.start, m.span_start - 30)
        if "counterpart" not in text[lo : m.span_start] or not _COUNTERPART_OF.search(text, lo, m.span_start):
            continue
        owner = people.last_before(m.span_start)
        if owner is not None and owner is not rec and owner.country:
            return owner.country
    return None


def _reports(text: str, m: Mention) -> bool:
    """The mention is the speaker of a closing reporting clause (", B said")."""
    return text[max(0, m.span_start - 2) : m.span_start].strip() == "," and says_after(text, m)


def served_under(text: str, people: People) -> None:
    """ "A took office under President B": B leads A's government, so B is of A's country."""
    for rec in people.recs:
        if rec.country or not rec.role:
            continue
        for m in rec.mentions:
            at = m.span_start + 6 if text.startswith("under ", m.span_start) else m.span_start
            if text[max(0, at - 6) : at] != "under ":
                continue
            served = [r for _, r in people.at(m.sentence.start, m.span_start) if r is not rec and r.country]
            if served and fits(people, rec, served[0].country or ""):
                rec.country = served[0].country
                break


# "A and his former defence minister B": the possessive is A's, so is B's government
_AND_HIS = re.compile(r"\band\s+(?:his|her)\s+$")
_NOT_OWN = re.compile(r"\b(?:counterparts?|peers?|hosts?|guests?|visitors?|opposite)\b", re.I)
_NOT_OWN = guarded(_NOT_OWN)  # (regex_guard: same matches)


def his_own(text: str, people: People) -> None:
    """ "Prime Minister A and his defence minister B": B serves in A's government, so is of A's country."""
    for rec in people.recs:
        if rec.country or not rec.role or _NOT_OWN.search(rec.role):
            continue
        for m in rec.mentions:
            if not _AND_HIS.search(text, max(m.sentence.start, m.span_start - 10), m.span_start):
                continue
            boss = people.last_before(m.span_start)
            if boss is not None and boss is not rec and boss.country and fits(people, rec, boss.country):
                rec.country = boss.country
                break


def _own_word(gap: str, country: str) -> bool:
    """ "A, the Xish defense attaché, and B": the apposition after A names A's own country, no list's."""
    words = re.findall(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?", gap)
    return any(country_of(w) == country or country_of(w.split()[0]) == country for w in words)


def chain_countries(doc: Doc, people: People, skip: set[int]) -> None:
    """In a list of titled names ("A, T2 B, and T3 C"), an unknown country follows the one before (not
    from a person whose id is in skip)."""
    by_sentence: dict[int, list[tuple[Mention, PersonRec]]] = {}
    for m, r in people.mentions:
        if m.role or m.country:
            by_sentence.setdefault(m.sentence.index, []).append((m, r))
    for items in by_sentence.values():
        items.sort(key=lambda x: x[0].start)
        for (ma, ra), (mb, rb) in itertools.pairwise(items):
            gap = doc.text[ma.end : mb.span_start]
            if (
                ra.country
                and not rb.country
                and id(ra) not in skip
                and (CHAIN_GAP.match(gap) or (_APPOS_GAP.match(gap) and not _own_word(gap, ra.country)))
                and not says_after(doc.text, mb)
                and not new_clause(doc.text, ma, mb)
                and not pair_meets(doc.text, people, mb)
                and fits(people, rb, ra.country)  # "President A and President B": two states
            ):
                rb.country = ra.country


# a head of state or government, and a cabinet minister's title (no junior minister's) that travels with one
_LEADER = re.compile(r"(?:President|Prime Minister|Premier|Chancellor)")
_CABINET = re.compile(r"^(?!.*\b(?:of State|Deputy|Vice|Assistant|Junior)\b).*\bMinister\b")


def escorts_home(doc: Doc, people: People, rec: PersonRec, companion: PersonRec, issuer: str) -> bool:
    """A guest of another country touring the issuer's, escorted by the person: the guest travels to the
    issuer's country, read from the cities, and from the countries the text names when the person is the
    escort ("A will accompany Secretary B", B "will visit Xland")."""
    if companion.country in (None, issuer):
        return False
    escort = accompanies(doc.text, rec, people) is companion
    if not escort and _LEADER.fullmatch(companion.role or "") and _CABINET.search(rec.role or ""):
        return False  # "Prime Minister A ... will be accompanied by Foreign Minister B": his own cabinet's

    named = named_countries(doc, people, doc_countries(doc)) if escort else None
    return issuer in trip_countries(doc, companion, TRAVELS, named)
