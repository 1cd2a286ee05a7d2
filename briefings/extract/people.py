"""Merge mentions into people: names, aliases, roles, countries, and the rules that fill gaps."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from briefings.extract.gazetteer import country_of, fold
from briefings.extract.mentions import Mention, find_mentions, scan_title
from briefings.extract.places import cities_in
from briefings.extract.roles import SINGULAR, portfolio, role_key
from briefings.extract.sentences import Doc
from briefings.extract.tokens import INSTITUTIONS, RANKS, tokenize
from briefings.models import Conflict, Evidence, Person

_COUNTERPARTS = re.compile(
    r"\b(?:(?:his|her|their|its)\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+counterparts?\b"
)
_CHAIN_GAP = re.compile(r"^\s*(?:,|and|,\s*and|&)\s*$")
_APPOS_GAP = re.compile(r"^\s*(?:MP\s*)?,\s*(?:the\s+)?[^,;]{0,90},\s*(?:and\s+)?$")
_INSTITUTION_AT = re.compile(r"\b(?:at|to|in)\s+the\s+(White House|Pentagon|Kremlin|State Department)\b")
_LIST_OPEN = re.compile(r"^\s*[,:—–-]?\s*(?:namely\s+)?$")


@dataclass
class PersonRec:
    """A person being assembled from mentions."""

    tokens: list[str]
    family_first: bool
    written: str
    role: str | None = None
    country: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)

    @property
    def surname(self) -> str:
        """The family name."""
        words = [
            w for w in self.tokens if not _initial(w) and w.lower() not in ("jr.", "jr", "sr.", "ii", "iii")
        ]
        if not words:
            return self.tokens[-1]
        return words[0] if self.family_first else words[-1]

    @property
    def name(self) -> str:
        """Display name: no middle initials, all-capital family names in title case."""
        words = [_cased(w) for w in self.tokens if not (_initial(w) and len(self.tokens) > 2)]
        return " ".join(words)


def better_role(old: str, new: str) -> bool:
    """True when a later title is the fuller form: an office over a bare rank, or a longer same office."""
    o, n = role_key(old), role_key(new)
    if o == n:
        return False
    if _weak(o) and not _weak(n):
        return True
    if _weak(n):
        return False
    po, pn = portfolio(old), portfolio(new)
    if po and pn and po != pn:
        return False
    head = o.split()[-1]
    return len(n) > len(o) and head in n.split() and not (po and not pn)


def _weak(role: str) -> bool:
    words = role.replace(".", ". ").split()
    return all(w in RANKS or w.rstrip(".") + "." in RANKS or w in _WEAK_TITLES for w in words)


_WEAK_TITLES = frozenset(
    {"senator", "representative", "congressman", "congresswoman", "mp", "the", "hon", "and"}
)


def _initial(w: str) -> bool:
    return len(w) == 2 and w[1] == "." and w[0].isupper()


def _cased(w: str) -> str:
    return w.capitalize() if w.isupper() and len(w) > 1 and "." not in w else w


def _key(w: str) -> str:
    return fold(w).lower()


class People:
    """All people of a document, with lookups by name, surname, title and position."""

    def __init__(self) -> None:
        self.recs: list[PersonRec] = []
        self.mentions: list[tuple[Mention, PersonRec]] = []

    def find(self, words: list[str]) -> PersonRec | None:
        """The person a name (full or surname only) refers to, most recently mentioned first."""
        keys = [_key(w) for w in words if not _initial(w)]
        if not keys:
            return None
        for rec in reversed(self.recs):
            rk = [_key(w) for w in rec.tokens if not _initial(w)]
            if keys == rk or sorted(keys) == sorted(rk):
                return rec
        if len(keys) == 1:
            for rec in reversed(self.recs):
                if keys[0] == _key(rec.surname):
                    return rec
            for rec in reversed(self.recs):
                if len(rec.tokens) > 1 and keys[0] in [_key(w) for w in rec.tokens]:
                    return rec
            return None
        for rec in reversed(self.recs):
            rk = [_key(w) for w in rec.tokens if not _initial(w)]
            if len(rk) == 1 and rk[0] in (keys[-1], keys[0]):
                return rec  # "President Biden" first, "Joe Biden" later
            if keys[-1] == _key(rec.surname) and keys[0] == rk[0]:
                return rec
            if len(keys) >= 2 and set(keys) < set(rk):
                return rec  # "Mohd Hakim" for "Mohd Hakim Zulkifli"
        return None

    def add(self, m: Mention) -> PersonRec | None:
        """Attach a mention to a person (a new one unless the name is known)."""
        rec = self.find(m.tokens)
        if rec is None:
            if m.written == "?":
                return None
            rec = PersonRec(tokens=m.tokens, family_first=m.family_first, written=m.written)
            self.recs.append(rec)
        elif len(m.tokens) > len(rec.tokens) and m.written != "?":
            rec.aliases.add(rec.name)
            rec.tokens, rec.family_first = m.tokens, m.family_first
        if m.written not in ("?", "") and len(m.tokens) >= 2:
            rec.aliases.add(m.written)
        if m.role and (not rec.role or better_role(rec.role, m.role)):
            rec.role = m.role
        if m.country and not rec.country:
            rec.country = m.country
        rec.mentions.append(m)
        self.mentions.append((m, rec))
        return rec

    def by_title(self, title: str) -> PersonRec | None:
        """The person holding a title ("the Foreign Secretary", "the Secretary" -> whoever has it)."""
        key = role_key(title)
        if not key:
            return None
        titled = [r for r in self.recs if r.role]
        exact = [r for r in titled if role_key(r.role or "") == key]
        if exact:
            return exact[0]
        words = key.split()
        holding = [r for r in titled if all(w in role_key(r.role or "").split() for w in words)]
        if len(holding) == 1:
            return holding[0]
        starting = [r for r in holding if role_key(r.role or "").startswith(key)]
        return starting[0] if len(starting) == 1 else None

    def last_before(self, offset: int) -> PersonRec | None:
        """The person most recently mentioned before an offset."""
        best: tuple[int, PersonRec] | None = None
        for m, rec in self.mentions:
            if m.start < offset and (best is None or m.start > best[0]):
                best = (m.start, rec)
        return best[1] if best else None

    def at(self, start: int, end: int) -> list[tuple[Mention, PersonRec]]:
        """Mentions (with their people) inside a span, in order."""
        return sorted(
            ((m, r) for m, r in self.mentions if start <= m.start and m.end <= end), key=lambda x: x[0].start
        )


def _fill_countries(doc: Doc, per_sentence: list[list[Mention]]) -> None:
    """Shared country words over lists ("their Japanese counterparts, A and B") and coordination."""
    text = doc.text
    for sent, ms in zip(doc.sentences, per_sentence, strict=True):
        titled = [m for m in ms if m.role]
        for cm in _COUNTERPARTS.finditer(text, sent.start, sent.end):
            country = country_of(cm[1])
            if not country:
                continue
            pos = cm.end()
            first = True
            for m in titled:
                if m.span_start < pos:
                    continue
                gap = text[pos : m.span_start]
                if not (_LIST_OPEN.match(gap) if first else _CHAIN_GAP.match(gap)):
                    break
                if not m.country:
                    m.country = country
                first = False
                pos = m.end
        for a, b in itertools.pairwise(titled):
            if a.country and not b.country and _CHAIN_GAP.match(text[a.end : b.span_start]):
                b.country = a.country


_OBJECT_CUE = re.compile(
    r"\b(?:with|meet|meets|meeting|met|call(?:s)? on|calling on|welcome[sd]?|host(?:s|ed)?|receive[sd]?|"
    r"visit(?:s)?|join(?:ed|s)?|counterparts?)\s+(?:the\s+)?$",
    re.I,
)


def _merge_singletons(people: People) -> None:
    """A one-word person ("Park") named in full elsewhere ("Park Ji-hoon") is that person."""
    for rec in list(people.recs):
        if len(rec.tokens) != 1:
            continue
        key = _key(rec.tokens[0])
        hits = [r for r in people.recs if len(r.tokens) > 1 and key in [_key(w) for w in r.tokens]]
        if len(hits) != 1:
            continue
        target = hits[0]
        for m in rec.mentions:
            target.mentions.append(m)
        people.mentions = [(m, target if r is rec else r) for m, r in people.mentions]
        if rec.role and (not target.role or better_role(target.role, rec.role)):
            target.role = rec.role
        target.country = target.country or rec.country
        people.recs.remove(rec)


_HOST_VERB = re.compile(
    r"^\s*(?:is\s+|will\s+)?(?:host|hosts|hosting|welcome|welcomes|welcoming|receive|receives)\b"
)
_DELEGATION = re.compile(
    r"([A-Z][\w.-]*(?:\s+(?:of\s+)?[A-Z][\w.-]*){0,3})(?:'s|’s)\s+(?:delegation|team|side)\b[^.;]*?\bby\s+$"
)
_PAIR = re.compile(r"\b[A-Z][\w.]*(?:\s*[-–/]\s*[A-Z][\w.]*)+")


def _sentence_host(doc: Doc, m: Mention, ctx: CountryContext) -> str | None:

    cities = cities_in(doc.text, m.sentence.start, m.sentence.end, frozenset(ctx.parties))
    if cities:
        return cities[0][0].country
    inst = _INSTITUTION_AT.search(m.sentence.text)
    return INSTITUTIONS[inst[1].lower()] if inst else ctx.host


def _guess_countries(doc: Doc, people: People, ctx: CountryContext) -> None:
    """Countries the text implies: the host of a meeting, the other party of a pair, the issuer."""
    text = doc.text
    stated = {r.country for r in people.recs if r.country}
    unknown = [r for r in people.recs if not r.country and r.role]
    for rec in unknown:
        for m in rec.mentions:
            before = text[max(m.sentence.start, m.span_start - 80) : m.span_start]
            dm = _DELEGATION.search(before)
            if dm and country_of(dm[1]):
                rec.country = country_of(dm[1])
                break
            host = _sentence_host(doc, m, ctx)
            if not host:
                continue
            if host != ctx.issuer and _OBJECT_CUE.search(before[-40:]):
                rec.country = host
                break
            if _HOST_VERB.match(text[m.end : m.end + 30]) and not ctx.issuer:
                rec.country = host
                break
    _chain(doc, people)
    # "a Japan-UK meeting" with a British person: the unknown one in that sentence is the other side.
    for _ in range(2):
        for rec in people.recs:
            if rec.country or not rec.role:
                continue
            for m in rec.mentions:
                pair = _pair_in(text, m.sentence.start, m.sentence.end)
                if not pair:
                    continue
                others = {r.country for mm, r in people.at(m.sentence.start, m.sentence.end) if r is not rec}
                side = [c for c in pair if c not in others]
                if len(side) == 1 and len(others & set(pair)) == 1:
                    rec.country = side[0]
                    break
    missing = [p for p in ctx.parties if p not in stated]
    first = next((r.country for r in people.recs if r.role and r.country), None)
    for rec in people.recs:
        if rec.country or not rec.role:
            continue
        if ctx.issuer:
            rec.country = ctx.issuer
        elif len(ctx.parties) == 2 and len(missing) == 1:
            rec.country = missing[0]
        elif ctx.dateline:
            rec.country = ctx.dateline
        elif first:
            rec.country = first
        elif ctx.host:
            rec.country = ctx.host


def _pair_in(text: str, start: int, end: int) -> tuple[str, str] | None:
    """Two countries joined by a hyphen or dash ("Japan-UK", "Australia–Japan")."""
    for m in _PAIR.finditer(text, start, end):
        parts = re.split(r"\s*[-–/]\s*", m.group())
        if len(parts) != 2:
            continue
        a, b = country_of(parts[0]), country_of(parts[1])
        if a and b and a != b:
            return a, b
    return None


def _chain(doc: Doc, people: People) -> None:
    """In a list of titled names ("A, T2 B, and T3 C"), an unknown country follows the one before."""
    by_sentence: dict[int, list[tuple[Mention, PersonRec]]] = {}
    for m, r in people.mentions:
        if m.role:
            by_sentence.setdefault(m.sentence.index, []).append((m, r))
    for items in by_sentence.values():
        items.sort(key=lambda x: x[0].start)
        for (ma, ra), (mb, rb) in itertools.pairwise(items):
            gap = doc.text[ma.end : mb.span_start]
            if ra.country and not rb.country and (_CHAIN_GAP.match(gap) or _APPOS_GAP.match(gap)):
                rb.country = ra.country


def _title_lines(doc: Doc, people: People) -> None:
    """A line holding only a name, then a line holding only a title (media-release sign-offs)."""
    for a, b in itertools.pairwise(doc.sentences):
        ms = people.at(a.start, a.end)
        if len(ms) != 1 or ms[0][1].role or b.paragraph == a.paragraph:
            continue
        if len(a.text.split()) > len(ms[0][0].tokens) + 4:
            continue
        toks = tokenize(doc.text, b.start, b.end)
        t = scan_title(toks, 0, doc.text) if toks else None
        if t and t.next_index == len(toks):
            ms[0][1].role = doc.text[t.role_start : t.role_end]
            ms[0][1].country = ms[0][1].country or t.country


@dataclass
class CountryContext:
    """What the document says about whose text it is and where the meeting is."""

    issuer: str | None = None
    dateline: str | None = None
    host: str | None = None
    parties: list[str] = field(default_factory=list)


def build_people(doc: Doc, ctx: CountryContext) -> tuple[People, list[Person], list[Conflict]]:
    """People of a document, as models, plus conflicts (one singular title, two names)."""
    per_sentence = [find_mentions(doc.text, s) for s in doc.sentences]
    _fill_countries(doc, per_sentence)
    people = People()
    pending: list[Mention] = []
    for ms in per_sentence:
        for m in ms:
            if m.written == "?" and not people.find(m.tokens):
                pending.append(m)
                continue
            people.add(m)
    for m in pending:  # bare names mentioned before the full name ("Blinken ... Antony Blinken")
        if people.find(m.tokens):
            people.add(m)
    _merge_singletons(people)
    _title_lines(doc, people)
    _guess_countries(doc, people, ctx)
    out: list[Person] = []
    for rec in people.recs:
        first = min(rec.mentions, key=lambda m: (m.written == "?", m.start))
        ev = doc.evidence(first.span_start, first.end, first.sentence)
        if ev is None:
            continue
        aliases = {a for a in rec.aliases if a != rec.name}
        if rec.family_first:
            words = [_cased(w) for w in rec.tokens]
            aliases.add(" ".join(words[1:] + words[:1]))
        folded = fold(rec.name)
        if folded != rec.name:
            aliases.add(folded)
        aliases.discard(rec.name)
        out.append(
            Person(name=rec.name, aliases=sorted(aliases), role=rec.role, country=rec.country, evidence=ev)
        )
    return people, out, _conflicts(doc, people)


def _conflicts(doc: Doc, people: People) -> list[Conflict]:
    """One singular office (same title, same country) given to two different names."""
    groups: dict[tuple[str, str], list[PersonRec]] = {}
    for rec in people.recs:
        if rec.role and rec.country and SINGULAR.match(rec.role.strip()):
            groups.setdefault((role_key(rec.role), rec.country), []).append(rec)
    out: list[Conflict] = []
    for (role, country), recs in groups.items():
        if len(recs) < 2:
            continue
        evs: list[Evidence] = []
        for r in recs:
            m = next((m for m in r.mentions if m.role), r.mentions[0])
            ev = doc.evidence(m.span_start, m.end, m.sentence)
            if ev:
                evs.append(ev)
        names = [r.name for r in recs]
        out.append(
            Conflict(
                description=f"the text gives the title {role!r} ({country}) to {' and '.join(names)}",
                people=names,
                evidence=evs,
            )
        )
    return out
