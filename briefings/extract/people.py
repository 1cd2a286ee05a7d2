"""People of a document: mentions merged into persons (names, aliases, roles), lookups, conflicts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from briefings.extract.forms import weak_title
from briefings.extract.gazetteer import fold
from briefings.extract.mentions import Mention
from briefings.extract.role_compare import better_role, holds_office
from briefings.extract.role_joined_bare import own_title
from briefings.extract.roles import HEADS, SINGULAR, role_key
from briefings.extract.sentences import Doc
from briefings.extract.tokens import PARTICLES
from briefings.models import Conflict, Evidence


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
        return _surname(tuple(self.tokens), self.family_first)

    @property
    def keys(self) -> list[str]:
        """Folded lower-case name words without initials, for matching."""
        return _keys(tuple(self.tokens))

    @property
    def name(self) -> str:
        """Display name as written with its middle initials ("Paul R. Doe"), a leading initial dropped
        ("S. Ravi Menon" -> "Ravi Menon"), all-capital family names in title case."""
        return _display_name(tuple(self.tokens))

    @property
    def plain(self) -> str:
        """The name without middle initials ("Paul R. Doe" -> "Paul Doe"), an alias of the full one."""
        words = [cased(w) for w in self.tokens if not (_initial_like(w) and len(self.tokens) > 2)]
        return " ".join(words)


@lru_cache(maxsize=4096)
def _display_name(tokens: tuple[str, ...]) -> str:
    # asked for thousands of times per document (every lookup and merge reads rec.name)
    lead = 0
    while len(tokens) - lead > 2 and _initial_like(tokens[lead]):
        lead += 1  # "P. K. Ravi Rao" -> "Ravi Rao"
    return " ".join(cased(w) for w in tokens[lead:])


@lru_cache(maxsize=4096)
def _surname(tokens: tuple[str, ...], family_first: bool) -> str:
    words = [w for w in tokens if not _initial(w) and w.lower() not in ("jr.", "jr", "sr.", "ii", "iii")]
    if not words:
        return tokens[-1]
    return words[0] if family_first else words[-1]


@lru_cache(maxsize=4096)
def _keys(tokens: tuple[str, ...]) -> list[str]:
    return [_key(w) for w in tokens if not _initial(w)]


def _leading_run(short: list[str], full: list[str]) -> bool:
    """A name of three words or more, or one a particle continues ("A bin B", then "A bin B Al C"), or two
    words opening a three-word name ("A B" in a headline, then "A B C"), that opens a longer name word for
    word."""
    n = len(short)
    return 2 <= n < len(full) and full[:n] == short and (n >= 3 or full[n] in PARTICLES or len(full) == 3)


def _family_run(short: list[str], full: list[str]) -> bool:
    """A family name of two to four words with a particle ("Van Dijk", "Lopez de Soto") that closes a
    longer name word for word; a patronymic's tail ("Salman bin A Al B" in "C bin Salman bin A Al B")
    is a father's name, not a family name."""
    n = len(short)
    if not 2 <= n <= 4 or n >= len(full) or full[-n:] != short:
        return False
    return any(w in PARTICLES for w in short[:-1]) and not any(w in _PATRONYMIC for w in short)


_PATRONYMIC = frozenset({"bin", "binti", "bint", "ibn", "al", "el"})


def _prefix_only(rec: PersonRec, m: Mention) -> bool:
    """A two-word person whose words only open a three-word name ("Jane Doe", then "Jane Doe Smith")."""
    keys = _keys(tuple(m.tokens))
    return len(rec.keys) == 2 and len(keys) == 3 and rec.keys == keys[:2] and keys[2] not in PARTICLES


def _initial(w: str) -> bool:
    return len(w) == 2 and w[1] == "." and w[0].isupper()


def _initial_like(w: str) -> bool:
    """A middle initial with or without its dot ("R.", "K")."""
    return _initial(w) or (len(w) == 1 and w.isupper())


def cased(w: str) -> str:
    """An all-capital family name in title case ("MORITA" -> "Morita"); regnal numbers ("II") kept."""
    if _ROMAN.fullmatch(w):
        return w
    for pre in ("Mc", "Mac"):  # "McALLISTER" -> "McAllister", "MacDONALD" -> "MacDonald"
        if w.startswith(pre) and len(w) > len(pre) + 1 and w[len(pre) :].isupper():
            return pre + w[len(pre) :].capitalize()
    if len(w) > 3 and w[1] in "'’" and w.isupper():  # "O'HALLORAN" -> "O'Halloran"
        return w[:2] + w[2:].capitalize()
    return w.capitalize() if w.isupper() and len(w) > 1 and "." not in w else w


_ROMAN = re.compile(r"II|III|IV|VI|VII|VIII|IX|XII|XIII|XIV|XV|XVI")


@lru_cache(maxsize=8192)
def _key(w: str) -> str:
    return fold(w).lower()


class People:
    """All people of a document, with lookups by name, surname, title and position."""

    def __init__(self) -> None:
        self.recs: list[PersonRec] = []
        self.mentions: list[tuple[Mention, PersonRec]] = []
        self._known: set[str] = set()  # every name word of every person, to reject strangers fast

    def find(self, words: list[str]) -> PersonRec | None:
        """The person a name (full or surname only) refers to, most recently mentioned first."""
        keys = _keys(tuple(words))  # cached: asked for every mention of the document (never mutated)
        if not keys or self._known.isdisjoint(keys):
            return None
        sorted_keys = sorted(keys)
        n_keys = len(keys)
        for rec in reversed(self.recs):
            rk = rec.keys
            # sorted lists of different lengths never match: no sort then
            if keys == rk or (len(rk) == n_keys and sorted_keys == sorted(rk)):
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
            rk = rec.keys
            if len(rk) == 1 and rk[0] in (keys[-1], keys[0]):
                return rec  # "President Doe" first, "John Doe" later
            if keys[-1] == _key(rec.surname) and keys[0] == rk[0]:
                return rec
            if len(keys) >= 2 and set(keys) < set(rk) and len(set(keys)) == len(keys):
                return rec  # "Mohd Abc" for "Mohd Abc Def"; "Mohd Mohd" (a word twice) is no short form
            if _leading_run(rk, keys):
                return rec  # "A bin B" first, "A bin B Al C" later: the name in full
            if _family_run(rk, keys):
                return rec  # "Van Dijk" first, "Anna van Dijk" later
            if len(rk) == 2 and len(keys) == 3 and keys[1:] == rk and rec.role:
                return rec  # "Minister Abdel Rahman" first, "A Abdel Rahman" later: a two-word family name
        return None

    def add(self, m: Mention) -> PersonRec | None:
        """Attach a mention to a person (a new one unless the name is known)."""
        rec = self.find(m.tokens)
        if rec is None and len(m.tokens) >= 4 and m.written != "?":
            rec = self._given_names(m.tokens)
        if rec is not None and len(m.tokens) == 1:
            rec = self._namesake(m, rec)
        elif rec is not None and len(rec.tokens) == 1 and m.role and rec.role and _kin(rec, [m], m.role):
            rec = None  # "President Doe and First Lady Jane Doe": two people of one family name
        elif rec is not None and m.role and rec.role and m.role != rec.role and _prefix_only(rec, m):
            rec = None  # "Minister Jane Doe ... Senator Jane Doe Smith": two offices, two people
        if rec is None:
            if m.written == "?":
                return None
            rec = PersonRec(tokens=m.tokens, family_first=m.family_first, written=m.written)
            self.recs.append(rec)
            self._known.update(rec.keys)
        elif len(m.tokens) > len(rec.tokens) and m.written != "?":
            rec.aliases.add(rec.name)
            rec.tokens, rec.family_first = m.tokens, m.family_first
            self._known.update(rec.keys)
        if m.written not in ("?", "") and len(m.tokens) >= 2:
            rec.aliases.add(m.written)
        if m.role and (own := own_title(m.role)):
            m.role, m.country = own, None if " and " in m.role else m.country
        elif m.role and " and " in m.role:
            self._unjoin(m, rec)
        if m.role and (not rec.role or better_role(rec.role, m.role)):
            rec.role = m.role
        if m.country and not rec.country:
            rec.country = m.country
        rec.mentions.append(m)
        self.mentions.append((m, rec))
        return rec

    def _given_names(self, words: list[str]) -> PersonRec | None:
        """ "A B" named first, then "A B C D" in full: a name of four words or more whose two first words are
        a person's whole name so far (a Malay or Spanish name's given names: "Ana Maria", "Ana Maria C D")."""
        keys = _keys(tuple(words))
        return next((r for r in reversed(self.recs) if r.keys == keys[:2]), None) if len(keys) >= 4 else None

    def _unjoin(self, m: Mention, rec: PersonRec) -> None:
        """ "Secretary A and Foreign Minister B" read as "the Secretary and Foreign Minister B": when the
        title before "and" is someone else's, only the title after it is B's (and its country is not
        known from the joined run)."""
        left, _, right = (m.role or "").partition(" and ")
        lead = m.sentence.text[max(0, m.span_start - m.sentence.start - 4) : m.span_start - m.sentence.start]
        if lead.lower() != "the ":
            return  # "meet A and Deputy Prime Minister and Minister of X B": one joined title
        holder = self.by_title(left)
        if holder is None and _two_leaders(left, right) and role_key(rec.role or "") == role_key(right):
            # "The President and Prime Minister B": the issuer's unnamed President, and B
            m.role, m.country = right, None
            return
        # "Minister of Foreign Affairs and Trade": "Trade" holds no head noun, so it is one title
        heads = any(w.lower() in HEADS for w in right.split())
        # "Deputy Prime Minister and Minister of X" held by two people of two countries: one joined title
        twin = holder is not None and role_key(right) in role_key(holder.role or "")
        # a "Deputy Prime Minister" holds no bare "Prime Minister": "the Prime Minister and Minister of X, B"
        owned = holder is not None and holds_office(holder.role or "", left)
        if holder is not None and holder is not rec and right[:1].isupper() and heads and not twin and owned:
            m.role = right
            m.country = None
            at = m.sentence.text.find(right, m.span_start - m.sentence.start)
            if at >= 0:
                m.span_start = m.sentence.start + at

    def _namesake(self, m: Mention, rec: PersonRec) -> PersonRec:
        """Of two people sharing a family name ("President Doe" and "Mrs. Doe"), the one a surname-only
        mention means: the holder of the title it gives, else one without a title."""
        key = _key(m.tokens[0])
        # a family-name-first name read given-name-first still holds the word ("Doe Jane" and "Mrs. Doe Mary")
        same = [r for r in self.recs if _key(r.surname) == key or key in r.keys]
        if len(same) < 2:
            return rec
        if m.role:
            held = [r for r in same if r.role and role_key(r.role) == role_key(m.role)]
            # "President Doe" for "the President of the Republic, Mr John Doe": one of the holder's offices
            held = held or [r for r in same if r.role and holds_office(r.role, m.role)]
            return held[-1] if held else rec
        untitled = [r for r in same if not r.role]
        return untitled[-1] if untitled else rec

    def by_title(self, title: str, before: int | None = None) -> PersonRec | None:
        """The person holding a title ("the Foreign Secretary", "the Secretary" -> whoever has it); with
        before, a bare title referring back means a holder named before that offset when there is one."""
        if before is not None:
            named = {id(r) for m, r in self.mentions if m.start < before}
            earlier = self._by_title(title, [r for r in self.recs if id(r) in named])
            if earlier is not None:
                return earlier
        return self._by_title(title, self.recs)

    def _by_title(self, title: str, recs: list[PersonRec]) -> PersonRec | None:
        key = role_key(title)
        if not key:
            return None
        titled = [r for r in recs if r.role]
        exact = [r for r in titled if role_key(r.role or "") == key]
        if exact:
            return exact[0]
        words = key.split()
        holding = [r for r in titled if all(w in role_key(r.role or "").split() for w in words)]
        if len(holding) == 1:
            return holding[0]
        starting = [r for r in holding if role_key(r.role or "").startswith(key)]
        if len(starting) == 1:
            return starting[0]
        if len(starting) > 1 and self.recs[0] not in starting:
            return None  # "the Minister" of two "Minister of X"s, not a first person who is "Prime Minister"
        # several hold it: the text's first person (the release's author) is the one its bare title means
        return holding[0] if holding and holding[0] is self.recs[0] else None

    def last_before(self, offset: int) -> PersonRec | None:
        """The person most recently mentioned before an offset."""
        best: tuple[int, PersonRec] | None = None
        for m, rec in self.mentions:
            if m.start < offset and (best is None or m.start > best[0]):
                best = (m.start, rec)
        return best[1] if best else None

    def at(self, start: int, end: int) -> list[tuple[Mention, PersonRec]]:
        """Mentions (with their people) inside a span, in order."""
        # a list comprehension, sorted only when two or more are found (a stable sort of the same items in the
        # same first order: the same list)
        hits = [x for x in self.mentions if start <= x[0].start and x[0].end <= end]
        if len(hits) > 1:
            hits.sort(key=_mention_start)
        return hits


_LEADERS = frozenset({"president", "prime minister", "chancellor", "premier", "king", "queen", "emir"})


def _two_leaders(left: str, right: str) -> bool:
    """Two different top offices of a state ("President" and "Prime Minister"), each held by one person."""
    a, b = left.strip().lower(), right.strip().lower()
    return a != b and a in _LEADERS and b in _LEADERS


def _mention_start(x: tuple[Mention, PersonRec]) -> int:
    return x[0].start


def merge_singletons(people: People) -> None:
    """A one-word person ("Kim") named in full elsewhere ("Kim Min-jun") is that person."""
    for rec in list(people.recs):
        if len(rec.tokens) != 1:
            continue
        key = _key(rec.tokens[0])
        hits = [r for r in people.recs if len(r.tokens) > 1 and key in [_key(w) for w in r.tokens]]
        if len(hits) != 1:
            continue
        target = hits[0]
        if rec.role and _kin(rec, target.mentions, target.role):
            continue
        _merge_into(people, rec, target)
    for rec in list(people.recs):
        # "EAM Doe to visit X" (a headline), then "External Affairs Minister Jane Doe": an office's initials
        # before the family name, no given name
        if rec.role or len(rec.tokens) != 2 or not _INITIALS.fullmatch(rec.tokens[0]):
            continue
        key = _key(rec.tokens[1])
        hits = [r for r in people.recs if r is not rec and len(r.tokens) > 1 and _key(r.surname) == key]
        if len(hits) == 1 and hits[0].role:
            _merge_into(people, rec, hits[0])


_INITIALS = re.compile(r"[A-Z]{2,5}")


def _merge_into(people: People, rec: PersonRec, target: PersonRec) -> None:
    for m in rec.mentions:
        target.mentions.append(m)
    people.mentions = [(m, target if r is rec else r) for m, r in people.mentions]
    if rec.role and (not target.role or better_role(target.role, rec.role)):
        target.role = rec.role
    target.country = target.country or rec.country
    people.recs.remove(rec)


def _kin(rec: PersonRec, others: list[Mention], role: str | None) -> bool:
    """A surname-only person and a full name with another office in one sentence ("President Doe and
    First Lady Jane Doe"): two people, not one."""
    if not role or not rec.role or weak_title(rec.role) or weak_title(role):
        return False
    heads = {w for w in role_key(rec.role).split() if w in HEADS}
    other = {w for w in role_key(role).split() if w in HEADS}
    if not heads or not other or not heads.isdisjoint(other):
        return False
    sentences = {x.sentence.index for x in rec.mentions}
    return any(x.sentence.index in sentences for x in others)


def find_conflicts(doc: Doc, people: People) -> list[Conflict]:
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
