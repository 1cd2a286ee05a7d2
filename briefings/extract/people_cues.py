"""Country cues read around one person's mentions: a speaker placed in a city,
the institution a spokesperson's sentences name, the city a mention is placed in, the one a companion
travels with."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import City, country_of, find_city
from briefings.extract.homes import leading_country
from briefings.extract.mentions import Mention
from briefings.extract.people import People, PersonRec
from briefings.extract.people_author import companion_of_author, speaks_as_i
from briefings.extract.people_bare import HOST_NOUN
from briefings.extract.people_chains import accompanied_before, after_cue, member_gap, title_lead
from briefings.extract.people_escorts import (
    accompanies,
    acting_for,
    conveyed_from,
    delegation_member,
    title_owner,
)
from briefings.extract.people_pronouns import pronoun_subject

_SPOKE = re.compile(
    r",?\s*(?:said|says|told|added|confirmed|announced|stated|noted|warned|stressed|insisted|urged|denied)\b"
)
# "In Manila, <Title> A said": a speaker placed in a city at the head of the sentence speaks from home
# (also "In Beijing, a Foreign Ministry spokesman, A, said": the title in apposition before the name)
_IN_CITY_LEAD = re.compile(r"\s*In\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\s*,\s*(?:an?\s+|the\s+)?$")
# "spokesman A said in Xcity": the city the spokesperson speaks in
_SAID_IN_CITY = re.compile(
    r"\s+in\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)(?=\s*[.,;:]|\s+(?:on|that|at|during|after|when)\b)"
)


def speaks_in_city(text: str, m: Mention) -> str | None:
    """ "In Manila, Presidential Communications Secretary A said ...": the city's country; a spokesperson's
    "said in Xcity" too (a government's spokesperson briefs at home)."""
    spoke = _SPOKE.match(text, m.tail_end, m.sentence.end) if m.role is not None else None
    if spoke is None:
        return None
    said_in = _SAID_IN_CITY.match(text, spoke.end(), m.sentence.end) if "spokes" in (m.role or "") else None
    if said_in:
        city = find_city(said_in[1])
        if city:
            return city.country
    lead = _IN_CITY_LEAD.match(text, m.sentence.start, m.span_start)
    if not lead:
        return None
    city = find_city(lead[1])
    return city.country if city else None


_GROUP_OF = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:dignitaries|officials|leaders|ministers|lawmakers|politicians|figures|"
    r"counterparts|delegates|officers|commanders|interlocutors)\s*,?\s*(?:including|such\s+as|notably)\s+"
    r"(?:the\s+)?$"
)


def named_group(text: str, m: Mention) -> str | None:
    """ "other Norwegian officials, including Minister A": the country of the group a name is taken from."""
    lo = max(m.sentence.start, m.span_start - 70)
    if "includ" not in text[lo : m.span_start] and "such as" not in text[lo : m.span_start]:
        return None
    g = _GROUP_OF.search(text, lo, m.span_start)
    return country_of(g[1]) if g else None


# "a delegation of Xish parliamentarians headed by Hon. A": the group's country
# "... led by (the) (Dr) ", right before the leader's name
_LED_BY_NAME = r"\b(?:led|headed)\s+by\s+(?:the\s+)?(?:(?:Hon|Dr|Mr|Mrs|Ms|Prof)\.?\s+)?$"
_DELEGATION_OF = re.compile(
    r"\b(?:delegation|team|group)\s+of\s+(?:[a-z-]+\s+){0,2}?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+"
    r"[a-z][\w-]*s\b[^.;]{0,60}?"
    + _LED_BY_NAME
    # "a delegation from the Xland Congress led by A", "a delegation of Xland Senators ..., led by B": the
    # state opening the capitalised words after "of"/"from" (its legislature, its members) is the leader's
    + r"|\b(?:delegation|team)\s+(?:of|from)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?P<run>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})(?:\s+[a-z][\w-]*s)?\b"
    r"[^.;()]{0,60}?" + _LED_BY_NAME
)


def delegation_of(text: str, m: Mention) -> str | None:
    """ "a delegation of Xish lawmakers led by A": A is of that country."""
    lo = max(m.sentence.start, m.span_start - 120)
    if " by" not in text[lo : m.span_start]:
        return None
    d = _DELEGATION_OF.search(text, lo, m.span_start)
    return (country_of(d[1]) if d[1] else leading_country(d["run"])) if d else None


# "X will be represented by A", "The UN will be ...", "The Xish side will be ..." (no article, no "side")
_REPRESENTED = re.compile(
    # "..., with X represented by A", "with the EU represented by A"
    r"\b(?:(?<=\bwith\s)(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+|"
    r"(?:[Tt]he\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)(?:\s+(?:side|delegation|government))?"
    # a relative clause or an "as" phrase before the verb: "Xland, which has ..., will be", "Xland, as
    # host, will be", "Xland as a full member, represented by A", "Xland will attend as an observer, ..."
    r"(?:\s*,\s*(?:which|who)(?:\s[^.;,]{0,100},)?|\s*,?\s+(?:will\s+attend\s+)?as\s[^.;,]{1,60},)?\s+"
    r"(?:(?:will|is\s+to|is\s+(?:expected|due|set)\s+to)\s+(?:also\s+|further\s+)?be(?:\s+also|\s+further)?|"
    r"was|is|are|were)?\s*)"
    r"represented\b[^.;]{0,80}?\bby\s+(?:the\s+|its\s+|their\s+)?$"
)


# "X will be represented by A and Y by B": the verb left out of the second clause, B is of Y
_GAPPED_BY = re.compile(r"(?:,|\band)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+by\s+(?:the\s+)?$")


def represented_by(text: str, m: Mention) -> str | None:
    """ "X was represented by its envoy A": A is of X (and "..., and Y by B": B is of Y; "They will be
    represented by A" after "the Xish authorities ...": Xland)."""
    if "represented" not in text[m.sentence.start : m.span_start]:
        return None
    lo = max(m.sentence.start, m.span_start - 40)
    gapped = _GAPPED_BY.search(text, lo, m.span_start)
    if gapped and country_of(gapped[1]):
        return country_of(gapped[1])
    r = _REPRESENTED.search(text, m.sentence.start, m.span_start)
    if r and (r[1] or r[2]) in ("They", "It"):
        # "the Xish transitional authorities will take part ... They will be represented by A"
        named = list(_STATE_BODY.finditer(text, max(0, m.sentence.start - 300), m.sentence.start))
        return country_of(named[-1][1]) if named else None
    return country_of(r[1] or r[2]) if r else None


# "the Xish (transitional) authorities", "the Xish government": a state's side a later "They" stands for
_STATE_BODY = re.compile(
    r"\b[Tt]he\s+([A-Z][\w'’-]*)\s+(?:[a-z-]+\s+){0,2}?(?:authorities|government|side|delegation|leadership)\b"
)


_RETURNS_TO = re.compile(
    # "A will depart Xland on Friday": the country a traveller sets out from is A's own too
    r"\s+(?:will\s+|is\s+(?:due|scheduled|expected|set)\s+to\s+)?(?:then\s+)?"
    r"(?:return(?:s|ed)?\s+(?:home\s+)?to|depart(?:s|ed)?|leaves?)\s+"
    r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
)


def returns_to(text: str, rec: PersonRec) -> str | None:
    """ "A will return to X on <date>", "A departs X on <date>": a traveller's own country."""
    for m in rec.mentions:
        r = _RETURNS_TO.match(text, m.tail_end, m.sentence.end)
        if r:
            city = find_city(r[1])
            return city.country if city else country_of(r[1])
    return None


# "accompanied by", "supported throughout the meeting by", "will travel with": a companion of the subject
_COMPANION_WORDS = ("accompanied", "joined", "supported", "assisted", "travel", "together", "along")
# "... and by B": a list of companions that repeats the "by"
_BY_GAP = re.compile(r"^\s*(?:,|and|,\s*and|&)\s*(?:by\s+)?(?:the\s+)?$")
# "A will be accompanied by:" over a bulleted list of companions
_LIST_LEAD = re.compile(r"\b(?:accompanied|joined|supported|assisted)\s+by\s*:\s*$")
_BULLET_LINE = re.compile(r"\s*(?:[-•*–·▪]|\d{1,2}[.)])\s")
# ", with Foreign Minister A attending in person": A goes with the clause's subject
_WITH_BEFORE = re.compile(r",\s*with\s+(?:the\s+|his\s+|her\s+)?$")
_ATTENDING = re.compile(
    r"\s*(?:also\s+)?(?:attending|accompanying|joining|present|in\s+attendance|representing|leading|taking\s+part|"
    r"travell?ing)\b"
)
CHAIN_GAP = re.compile(r"^\s*(?:,|and|,\s*and|&)\s*(?:the\s+)?$")
_IN_AT = re.compile(r"\s*,?\s+(?:in|at)\s+$")


def city_of_mention(text: str, m: Mention, cities: list[tuple[City, int, int]]) -> str:
    """Of a sentence's cities, the one a mention is placed in: "talks with A in Xtown" names A's own
    city; else the last one named before it ("in Xtown on Monday and then in Ytown with A"); else the
    first."""
    if len(cities) == 1:
        return cities[0][0].country
    for city, a, _ in cities:
        if a >= m.tail_end and _IN_AT.fullmatch(text, m.tail_end, a):
            return city.country
    before = [c for c, a, _ in cities if a < m.span_start]
    return (before[-1] if before else cities[0][0]).country


# a subject that refers back to a person: a pronoun or "the <title>", after a leading adverbial
_REFERRING_SUBJECT = re.compile(
    r"\s*(?:[\d.]+\s+)?(?:(?:In|At|On|During|After|Later|There|Meanwhile)\b[^,]{0,60},\s*)?"
    r"(?:He|She|They|The|His|Her|Their|[a-z])"
)


# "They were joined by A": others joining a group, not its own companions
_GROUP_JOINED = re.compile(r"\s*They\s+(?:were|will\s+be|are|had\s+been)\s+(?:also\s+)?joined\s+by\b")


# "the two ministers will travel ..., where they will be joined by A": a group of both sides, A of neither
_GROUP_SUBJECT = re.compile(r"\b(?:[Tt]he\s+two|[Bb]oth)\s+(?:ministers|leaders|delegations|sides)\b")
# "at the invitation of B", "hosted by B": the host a visitor comes to, no companion
_INVITER = re.compile(r"(?:invitation\s+of|hosted\s+by|guest\s+of)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}$")

_CO_CHAIRED = re.compile(r"\bco-?chair(?:ed|s)?\b[^.;]*\btogether\s+with\s+(?:the\s+)?[^,;]*$", re.I)


def companion_of(text: str, rec: PersonRec, people: People) -> PersonRec | None:
    """The person someone accompanies ("He will be accompanied by Y": the "he" before)."""
    for m in rec.mentions:
        lo = max(m.sentence.start, m.span_start - 40)
        cue = any(text.find(w, lo, m.span_start) >= 0 for w in _COMPANION_WORDS)
        if cue and _CO_CHAIRED.search(text, m.sentence.start, m.span_start):
            continue  # "co-chaired by A, together with B": a fellow chair, of a side of its own
        lead_in = _bullet_lead(text, m, people)
        if lead_in is not None:
            return lead_in
        if (
            accompanied_before(text, m.sentence.start, m.span_start)
            or (cue and after_cue(text, m))  # "accompanied by the Minister of X, Hon. A"
            or _listed_after(text, m, people)
            or (_WITH_BEFORE.search(text, lo, m.span_start) and _ATTENDING.match(text, m.tail_end))
        ):
            # "at the invitation of B, accompanied by A": the inviting host is no one A travels with
            found = [
                r
                for x, r in people.at(m.sentence.start, m.span_start)
                if r is not rec and not _INVITER.search(text, max(0, x.span_start - 24), x.span_start)
            ]
            if _joint_subject(text, m, people):
                return None  # "A and B will be joined by C": two sides' subject, C of neither by this cue
            if not found and speaks_as_i(text, m):  # "I will be accompanied by A": the author's
                return companion_of_author(text, people, rec)
            if not found and (_GROUP_JOINED.match(m.sentence.text) or _GROUP_SUBJECT.search(m.sentence.text)):
                return None  # "They were joined by A": a group joined by the other side (joined_group)
            lead = pronoun_subject(people, m, text) if m.sentence.start < m.span_start else None
            if not found and not _REFERRING_SUBJECT.match(m.sentence.text):
                return None  # "Raksha Mantri will be accompanied by A": a subject no person of the text names
            return found[-1] if found else lead
    # "A will accompany B": B's party; "The delegation includes A": its leader's
    # "He will convey the greetings of President B": B is the envoy's
    return (
        accompanies(text, rec, people)
        or delegation_member(text, rec, people)
        or conveyed_from(text, rec, people)
        or acting_for(text, rec, people)  # "B will be Acting Minister for X": the absent holder's government
        or title_owner(text, rec, people)  # "the President's adviser, A": the President's staff
    )


def _joint_subject(text: str, m: Mention, people: People) -> bool:
    """The last two people before a companion's cue are joined by "and" ("A and B will be joined by C", "A
    and B will travel with C")."""
    before = [x for x, _ in people.at(m.sentence.start, m.span_start)]
    if len(before) < 2 or before[-1].tail_end > m.span_start:
        return False
    a, b = before[-2], before[-1]
    cue = text[b.tail_end : m.span_start]
    return bool(CHAIN_GAP.match(text[a.tail_end : b.span_start])) and ("by" in cue or " with " in cue)


def joined_group(text: str, rec: PersonRec, people: People) -> PersonRec | None:
    """ "The Xish delegation includes B and C. They were joined by A": the group's last person named (C)."""
    for m in rec.mentions:
        s = m.sentence
        if s.start < m.span_start and _GROUP_JOINED.match(s.text) and not people.at(s.start, m.span_start):
            return people.last_before(s.start) if accompanied_before(text, s.start, m.span_start) else None
    return None


def _bullet_lead(text: str, m: Mention, people: People) -> PersonRec | None:
    """A bulleted item under "A will be accompanied by:": the person opening that lead sentence."""
    at = m.sentence.start
    if not _BULLET_LINE.match(text, at) and not _BULLET_LINE.match(text, max(0, at - 2)):
        return None
    earlier = [x for x, _ in people.mentions if x.start < m.sentence.start]
    # the last sentence before the item naming a person that is no item itself
    heads = [x for x in earlier if not _BULLET_LINE.match(text, x.sentence.start)]
    if not heads:
        return None
    s = max(heads, key=lambda x: x.start).sentence
    if not _LIST_LEAD.search(s.text):
        return None
    between = text[s.end : m.sentence.start].split("\n")
    if not all(not line.strip() or _BULLET_LINE.match(line) for line in between):
        return None  # only the list's items between the lead and the item
    first = people.at(s.start, s.end)
    return first[0][1] if first and first[0][1] is not people.find(m.tokens) else None


def _listed_after(text: str, m: Mention, people: People) -> bool:
    """The mention continues a list opened by "accompanied by" ("accompanied by A and B": B)."""
    s = m.sentence
    if not any(w in s.text for w in _COMPANION_WORDS[:5]):
        return False
    prev = [x for x, _ in people.at(s.start, m.span_start) if x is not m]
    while prev:
        last = prev.pop()
        gap = text[last.tail_end : m.span_start]
        if not _BY_GAP.match(gap) and not member_gap(gap):
            return False
        at = title_lead(text, s.start, last.span_start)
        if accompanied_before(text, s.start, at):
            return True
        m = last
    return False


# "A, Yoon's first deputy national security adviser," / "A, the president's spokesman,": whose staff A is
_STAFF_OF = re.compile(r"\s*,\s*(?:the\s+)?([A-Z][\w-]*|[a-z]+(?: minister)?)(?:'s|’s)\s")
_LEADER_KEYS = frozenset({"president", "prime minister", "premier", "chancellor", "king", "queen", "emperor"})


def staff_of(text: str, people: People) -> None:
    """A title owned by a person ("A, Yoon's adviser,") or by a leader ("A, the president's spokesman,") is
    of that person's country: the one person of a known country with that name or that title."""
    for rec in people.recs:
        if rec.country or not rec.role:
            continue
        for m in rec.mentions:
            gap = text[m.end : m.tail_end]
            if "'s" not in gap and "’s" not in gap:
                continue
            own = _STAFF_OF.match(text, m.end, m.tail_end)
            if not own:
                continue
            word = own[1]
            if word[0].isupper():
                bosses = {r.country for r in people.recs if r is not rec and r.country and word in r.tokens}
            elif word in _LEADER_KEYS:
                bosses = {r.country for r in people.recs if r.country and r.role and r.role.lower() == word}
            else:
                continue
            if len(bosses) == 1:
                rec.country = bosses.pop()
                break


# "Mrs A B", "Madame A B", "First Lady A B", "his wife, A B": a spouse, named with the partner's family name
_SPOUSE_CUE = re.compile(
    r"(?:\b(?:Mrs|Madam|Madame|Mme)\.?|\bFirst\s+(?:Lady|Gentleman)|\b(?:wife|husband|spouse),?)\s*$"
)


def spouses(text: str, people: People) -> None:
    """A spouse of unknown country ("Mrs A B") shares the country of the one person of known country with
    the same family name."""
    for rec in people.recs:
        if rec.country or len(rec.tokens) < 2:
            continue
        cued = any(
            _SPOUSE_CUE.search(text, max(m.sentence.start, m.span_start - 16), m.start) for m in rec.mentions
        )
        if not cued:
            continue
        family = rec.surname.lower()
        kin = {
            r.country
            for r in people.recs
            if r is not rec and r.country and family in (w.lower() for w in r.tokens)  # either name order
        }
        if len(kin) == 1:
            rec.country = kin.pop()


def host_named(text: str, people: People, host: str | None) -> None:
    """A person named as the meeting's "host" ("leaders will join host A") is of its host country."""
    if host is None or "host" not in text:
        return
    for rec in people.recs:
        if rec.country:
            continue
        for m in rec.mentions:
            lo = max(m.sentence.start, m.span_start - 40)
            if text.find("host", lo, m.span_start) >= 0 and HOST_NOUN.search(text, lo, m.span_start):
                rec.country = host
                break
