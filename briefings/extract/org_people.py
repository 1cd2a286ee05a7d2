"""Organisation officials: an organisation's short name in a title, roles that name an organisation, the
officials of one, and the leader someone reports back to."""

from __future__ import annotations

import re
from collections import Counter

from briefings.extract.gazetteer import country_of
from briefings.extract.mentions import Mention
from briefings.extract.org_acronyms import opening_org
from briefings.extract.org_issuer import org_staff
from briefings.extract.org_names import ORGANISATION_NAMES, ORGANISATIONS
from briefings.extract.people import People, PersonRec
from briefings.extract.role_bodies import org_desk
from briefings.extract.roles import INITIALS_WORD, role_key
from briefings.extract.sentences import Doc

_ORGS = ORGANISATION_NAMES
_ORG_ONLY_IN_TITLES = frozenset({"Alliance", "European"})
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
_MULTI_WORD_ORGS = tuple((k, k.split()[-1], v) for k, v in ORGANISATIONS.items() if " " in k)


def org_short_titles(doc: Doc, per_sentence: list[list[Mention]]) -> None:
    """ "the Forum Secretary General" after "Pacific Islands Forum": a title opened by the last word of an
    organisation the text names belongs to that organisation."""
    text = doc.text
    heads = {last: v for k, last, v in _MULTI_WORD_ORGS if k in text}
    if not heads:
        return
    for ms in per_sentence:
        for m in ms:
            if not m.role or m.country:
                continue
            w = _WORD_BEFORE.search(text, max(0, m.span_start - 30), m.span_start)
            if w and w[1] in heads and text.find(w[1]) < w.start(1):
                m.role = f"{w[1]} {m.role}"
                m.country = heads[w[1]]
                m.span_start = w.start(1)


_ORG_OFFICE = re.compile(
    r"(?:(?:deputy|assistant|under) )?secretary general(?: for [\w ]+)?|high representative\b.*|"
    # a commission's "Executive Vice-President (for X)", also joined to its portfolio ("... and Commissioner
    # for Y"): no state's office
    r"executive vice president(?: for [\w ,]+?)?(?: and commissioner for [\w ,]+)?|commissioner for [\w ,]+|"
    # a commission's portfolio before the office ("Trade Commissioner", "Defence and Space Commissioner"); an
    # envoy's, a police force's or a state's own commissioners are none
    r"(?!(?:high|deputy|assistant|police|chief|election|information|county|district|city|state|customs|"
    r"privacy) )[a-z]+(?: and [a-z]+)? commissioner|"
    r"(?:deputy )?chairperson|"
    # "Commission President A", "Council President B": an organisation's commission or council, no state's
    r"(?:commission|council) president|"
    # the head of an organisation's own organ ("President of the Parliamentary Assembly"): no state's office
    r"(?:vice )?(?:president|chair(?:person|man|woman)?) of the (?:parliamentary assembly|"
    r"committee of ministers|executive council|executive board|permanent council|board of governors)"
)
# cheap guards for _ORG_OFFICE
# (an organ's head: "of the Parliamentary Assembly", "... Council", "... Board")
_OFFICE_WORDS = (
    *("eneral", "epresentative", "ommission", "hairperson", "xecutive"),
    *("ssembly", "ouncil", "oard"),
)
# the office an organisation's officers share: "secretary general", "commissioner", "chairperson"
_OFFICE_HEAD = re.compile(r"secretary general|commissioner|chairperson")
# longest first: "European Commission" is one name, not the adjective "European" before a word
_LONGEST_FIRST = sorted((k for k in ORGANISATIONS if k[0].isupper()), key=len, reverse=True)
_ORG_NAME = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in _LONGEST_FIRST) + r")\b")


_ORG_IN_ROLE = re.compile(
    r"(?<!\bto )(?<!\bto the )(?<![A-Za-z]-)\b(?:"
    + "|".join(re.escape(k) for k in ORGANISATIONS if k[0].isupper() and k not in ("Alliance", "European"))
    # no \b: "U.N." ends on its period; "head of the EU-China programme": a pair's relations, no owner
    + r")(?!\w)(?!-[A-Z])"
)


# a minister's title or a "Secretary of State" (organisations have none) or a think-tank or academic title
# (no organisation's office)
_GOVERNMENT_TITLE = re.compile(
    r"\b(?:[Mm]inister|[Aa]nalyst|[Ff]ellow|[Rr]esearcher|[Ss]cholar|[Pp]rofessor|[Ll]ecturer|[Ee]xpert)s?\b|"
    r"\b[Ss]ecretary of [Ss]tate\b"
)
# a command of the Alliance's own, named by its capitalised adjective ("Supreme Allied Commander X")
_ALLIED_COMMAND = re.compile(r"\bAllied (?:[A-Z][a-z]+ ){0,2}Command(?:er)?\b")
_AT_MINISTRY = re.compile(r" at the (?:[A-Z][\w-]* ){0,3}(?:Ministry|Department)\b")


def org_in_role(role: str) -> str | None:
    """The one organisation a title names ("spokesman for the UN Secretary-General"), not as the body an
    envoy is sent to ("Ambassador to NATO")."""
    if " at the " in role and _AT_MINISTRY.search(role):
        return None  # "Director General of X Cooperation at the (Foreign) Ministry": a government's official
    if _GOVERNMENT_TITLE.search(role):
        return None  # "Minister for X Union Relations": no organisation has ministers; a fellow is no officer
    # "Undersecretary for X and ASEAN Affairs", "Director General of the X Department": a government's
    # desk for the organisation, not its officer
    hits = _ORG_IN_ROLE.finditer(role)
    found = {ORGANISATIONS[m[0]] for m in hits if not org_desk(role, m.end())}
    if not found and _ALLIED_COMMAND.search(role):
        found = {ORGANISATIONS["Alliance"]}  # "Supreme Allied Commander Europe": the Alliance's command
    return found.pop() if len(found) == 1 else None


def organisation_staff(doc: Doc, people: People, issuing_org: str | None) -> None:
    """The organisations' officials: a principal's staff ("Spokesperson for the Secretary-General"), then
    the issuing organisation's bare-titled staff (when no state issues the text), then the officials a title
    or the text names, then the principals' staff again (their principal's organisation known only now)."""
    principals_staff(doc.text, people)
    org_staff(people, issuing_org)
    org_officials(doc, people)
    principals_staff(doc.text, people)


def org_officials(doc: Doc, people: People) -> None:
    """Officials of an organisation: a title naming it ("spokesman for the UN Secretary-General"); a bare
    office ("Deputy Secretary General") of the organisation whose other officer the text names ("NATO
    Secretary General A"), else of the one the text names most."""
    _same_prefix(doc.text, people)
    for rec in people.recs:
        if rec.role and not rec.country and not rec.role[1:].islower():
            rec.country = org_in_role(rec.role) or _org_defined(doc.text, rec.role)
    bare = [
        r
        for r in people.recs
        if not r.country and r.role and any(w in r.role for w in _OFFICE_WORDS)
        if _ORG_OFFICE.fullmatch(role_key(r.role)) and not _national_office(doc.text, r)
    ]
    if not bare:
        return
    # a bare adjective ("European allies") names no organisation
    names = (m[0] for m in _ORG_NAME.finditer(doc.text))
    named = Counter(ORGANISATIONS[n] for n in names if n not in _ORG_ONLY_IN_TITLES)
    counts = named.most_common(2)
    most = counts[0][0] if counts and (len(counts) == 1 or counts[0][1] > counts[1][1]) else None
    for rec in bare:
        head = _OFFICE_HEAD.search(role_key(rec.role or ""))
        peers = {
            r.country
            for r in people.recs
            if r.country in _ORGS and r.role and head and head[0] in role_key(r.role)
        }
        # the organisation opening the person's clause ("The X Commission will be represented by A,
        # Commissioner for Y") before another body's officer of the same office named elsewhere in the text;
        # one named after the person is often where the person goes ("will attend a meeting of X ministers")
        organ = _organ_owner(doc.text, role_key(rec.role or ""))
        if organ == "":
            continue  # "the Xland Power Authority's Board of Governors": another body's board
        lead = organ or _body_owner(role_key(rec.role or ""), set(named))
        lead = lead or _owner_before(doc.text, rec) or _named_beside(doc.text, rec, before=True)
        peer = next(iter(peers)) if len(peers) == 1 else None
        rec.country = lead or peer or _named_beside(doc.text, rec) or most


def _body_owner(key: str, named: set[str]) -> str | None:
    """ "Commission President": of the organisations the text names, the one whose own commission (or
    council) the title names by its last word ("European Commission": the European Union)."""
    if not key.endswith(" president") or " " in key[: -len(" president")]:
        return None
    body = " " + key.split()[0].title()
    owners = {v for k, v in ORGANISATIONS.items() if k.endswith(body)} & named
    return owners.pop() if len(owners) == 1 else None


# an organisation's own organ, at the end of its officer's title ("chair of the board of governors")
_ORGAN = re.compile(
    r"\b(parliamentary assembly|committee of ministers|executive council|executive board|permanent council|"
    r"board of governors)$"
)
# the body owning an organ, written before it ("the X Authority's Board", "the IAEA Board") or after it
_OWNER_RUN = re.compile(r"(?:[A-Z][\w&.’'()-]*\s+)*[A-Z][\w&.’'()-]*\s+$")
_OWNER_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+(?:(?:of|for|the|and)\s+)*[A-Z][\w’'-]*)*)"
)
_WHOSE = re.compile(r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*),?\s+whose\s+$")


def _organ_owner(text: str, role: str) -> str | None:
    """The owner the text writes for an officer's organ ("Chair of the Board of Governors"): the organisation
    ("the IAEA Board of Governors", "the Executive Council of the X Union"); "" when only another body owns it
    ("the Xland Power Authority's Board of Governors"); None when the text writes no owner."""
    organ = _ORGAN.search(role)
    if organ is None:
        return None
    orgs: set[str] = set()
    other = False
    for m in re.finditer(re.escape(organ[1]), text, re.I):
        before = text[max(0, m.start() - 90) : m.start()]
        runs = [_OWNER_RUN.search(before), _WHOSE.search(before), _OWNER_AFTER.match(text, m.end())]
        for run in filter(None, runs):
            owner = run[run.lastindex or 0].strip()
            if owner in ("The", "the") or not owner or re.search(r"[a-z]\.$", owner):
                continue  # "... Xland. Executive Council": a sentence's end, no owner
            found = _ORG_NAME.finditer(owner)
            named = [ORGANISATIONS[n[0]] for n in found if n[0] not in _ORG_ONLY_IN_TITLES]
            orgs.update(named)
            other = other or not named
    if len(orgs) == 1:
        return orgs.pop()
    return "" if other and not orgs else None


def _org_defined(text: str, role: str) -> str | None:
    """The organisation whose own body a title names by initials the text defines ("Head of EUMX" beside
    "the EU Mission in Xland (EUMX)")."""
    return next(filter(None, (opening_org(text, acr) for acr in INITIALS_WORD.findall(role))), None)


def _same_prefix(text: str, people: People) -> None:
    """ "XPOL Vice-President B" beside "XPOL Secretary General A" of the body XPOL: the name written right
    before B's title is the body another person's country already is, so it is B's too."""
    bodies = {
        r.country for r in people.recs if r.country and r.country[:1].isupper() and not country_of(r.country)
    }
    if not bodies:
        return
    for rec in people.recs:
        if rec.country or not rec.role:
            continue
        for m in rec.mentions:
            before = text[max(m.sentence.start, m.span_start - 24) : m.span_start].split()
            word = before[-1].removesuffix("'s").removesuffix("’s") if before else ""
            if word in bodies:
                rec.country = word
                break


def _named_beside(text: str, rec: PersonRec, before: bool = False) -> str | None:
    """The one organisation the sentences of a person's mentions name by an initialism or full name
    ("NATO ministers will meet ... chaired by Secretary General A"); a bare adjective is none. With
    before, only the part of each sentence before the mention counts."""
    found = {
        ORGANISATIONS[m[0]]
        for x in rec.mentions
        for m in _ORG_NAME.finditer(text, x.sentence.start, x.span_start if before else x.sentence.end)
        if m[0] not in _ORG_ONLY_IN_TITLES
    }
    return found.pop() if len(found) == 1 else None


# "the alliance's secretary general, A": the organisation owning the office, named by its common noun
_OWNER_BEFORE = re.compile(r"\b([Aa]lliance)(?:'s|’s)\s+$")


def _owner_before(text: str, rec: PersonRec) -> str | None:
    """The organisation a possessive before the person's office names ("the alliance's secretary general")."""
    for m in rec.mentions:
        w = _OWNER_BEFORE.search(text, max(0, m.span_start - 12), m.span_start)
        if w:
            return ORGANISATIONS.get(w[1].capitalize())
    return None


# "the ministry's secretary-general, A": the office of a national ministry, not of an organisation
_MINISTRY_OF = re.compile(r"\b(?:ministry|department|government)(?:'s|’s)\s+$", re.I)


def _national_office(text: str, rec: PersonRec) -> bool:
    """The person's office is written as a national ministry's ("the ministry's secretary-general")."""
    return any(_MINISTRY_OF.search(text, max(0, m.span_start - 30), m.span_start) for m in rec.mentions)


_REPORTS_TO = re.compile(r"\b(?:report(?:s|ed|ing)?\s+(?:back\s+)?to|brief(?:s|ed|ing)?)\s+(?:the\s+)?$")


def reports_to(doc: Doc, people: People) -> None:
    """ "He will report back to Prime Minister A": A is of the country of the one reporting (the person
    mentioned last before)."""
    for rec in people.recs:
        if rec.country or not rec.role:
            continue
        for m in rec.mentions:
            if not _REPORTS_TO.search(doc.text, max(m.sentence.start, m.span_start - 30), m.span_start):
                continue
            boss_of = people.last_before(m.span_start)
            if boss_of is not None and boss_of is not rec and boss_of.country:
                rec.country = boss_of.country
                break


# "Spokesperson for the Secretary-General", "Special Representative of the Secretary-General to X": a staff
# title naming its principal's office after "for/of/to the"
_STAFF_OF = re.compile(r".+?\b(?:for|of|to) the ((?:[A-Z][\w-]*\s?)+?)(?:\s+(?:to|for|on|in|and)\s.*)?")
_BODY_AFTER = re.compile(r"\s+of\s+the\s+[A-Z]")


def _body_written(text: str, role: str, m: Mention) -> bool:
    """The mention writes its office with the body after it ("B, Secretary-General of the Y Organization")."""
    written = text[m.span_start : max(m.tail_end, m.end)]
    at = written.find(role)
    return at >= 0 and bool(_BODY_AFTER.match(written, at + len(role)))


def principals_staff(text: str, people: People) -> None:
    """A staff title naming its principal's office ("Spokesperson for the Secretary-General, A") beside the
    one person holding that very office ("Secretary-General B", of the X Organisation): A is B's body."""
    for rec in people.recs:
        if rec.country or not rec.role:
            continue
        m = _STAFF_OF.fullmatch(rec.role)
        if not m:
            continue
        office = role_key(m[1])
        holders = [r for r in people.recs if r is not rec and r.role and role_key(r.role) == office]
        # "Secretary-General A" beside "B, Secretary-General of the Y Organization": the office written bare
        bare = [r for r in holders if not any(_body_written(text, r.role or "", x) for x in r.mentions)]
        homes = {r.country for r in (bare if len(holders) > 1 else holders)}
        if len(homes) == 1 and (home := homes.pop()) in _ORGS:
            rec.country = home
