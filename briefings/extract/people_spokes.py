"""A spokesperson's country from the national institutions the text names: "Press Secretary A ... the
Pentagon", "the Ministry of X (MX) ... MX spokesperson A"."""

from __future__ import annotations

import re

from briefings.extract.country_links import TRAVELS
from briefings.extract.literals import has_any
from briefings.extract.people import People, PersonRec
from briefings.extract.tokens import INSTITUTIONS

_INSTITUTION_FIRST = tuple(sorted({name.split()[0] for name in INSTITUTIONS}))
_SPOKES_ROLE = re.compile(r"\b(?:press secretary|spokes(?:person|man|woman))\b", re.I)
_INSTITUTION_NAMED = re.compile(
    r"\b(?:the\s+)?("
    + "|".join(re.escape(name).replace("\\ ", r"\s+") for name in sorted(INSTITUTIONS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)

# the comma closing a reported clause right before the speaker's title and name
_REPORT_END = re.compile(r",\s*(?:the\s+)?$")


def spokes_institution(rec: PersonRec, text: str | None = None) -> str | None:
    """A spokesperson's country: the one institution their own sentences name ("register with the
    Pentagon press desk"), else (text given: the spokesperson whose statement the text is) the one
    institution the whole text names ("Statement from Press Secretary A" ... "at the White House")."""
    if not rec.role or not _SPOKES_ROLE.search(rec.role):
        return None
    found: set[str] = set()
    for m in rec.mentions:
        # "... talks at the Pentagon, ministry spokesperson A said": the report before the comma is no
        # clause of the speaker's own
        said_after = _REPORT_END.search(m.sentence.text, 0, m.span_start - m.sentence.start)
        found.update(
            _institutions(
                m.sentence.text[m.span_start - m.sentence.start :] if said_after else m.sentence.text
            )
        )
    if not found and text is not None:
        found = _institutions(text)
    return found.pop() if len(found) == 1 else None


_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")


def acronym_institution(rec: PersonRec, text: str) -> str | None:
    """ "the Ministry of External Affairs (MEA) ... MEA spokesperson A": the country of the national
    institution the text defines by the initials of the spokesperson's title."""
    if not rec.role or not _SPOKES_ROLE.search(rec.role):
        return None
    # the initials written before the title, outside the role's own words ("MEA Official Spokesperson A")
    before = [text[max(m.sentence.start, m.span_start - 8) : m.span_start].split()[-1:] for m in rec.mentions]
    for acr in [*_ACRONYM.findall(rec.role), *(w[0] for w in before if w and _ACRONYM.fullmatch(w[0]))]:
        at = text.find(f"({acr})")
        if at > 0:
            named = _institutions(text[max(0, at - 60) : at])
            if len(named) == 1:
                return named.pop()
    return None


# "the DND spokesperson, Director A": the initials of the body the spokesperson speaks for
_INITIALS_SPOKES = re.compile(r"\b([A-Z]{3,5})\s+[Ss]pokes(?:person|man|woman),?\s*$")
# a body's head noun, first of its initials, and its head's title (a Department's Secretary)
_BODY_HEADS = {"D": "Secretary", "M": "Minister"}
_HEADS = frozenset(_BODY_HEADS.values())
_SMALL = frozenset({"of", "for", "the", "and"})


def _body_initials(role: str) -> str | None:
    """The initials of the body a head's title names ("Secretary of National Defense": "DND", "Foreign
    Affairs Minister": "MFA"), else None."""
    words = role.split()
    heads = [k for k, v in _BODY_HEADS.items() if v in words]
    if len(heads) != 1 or not all(w[0].isupper() or w in _SMALL for w in words):
        return None
    return heads[0] + "".join(w[0] for w in words if w not in _HEADS and w not in _SMALL)


def _parts_initials(role: str) -> set[str]:
    """The initials of the bodies each office of a joined title names ("Deputy Prime Minister and Minister of
    Foreign Affairs": "MFA")."""
    parts = [role, *role.split(" and ")] if " and " in role else [role]  # ("... Affairs and Trade": "MFAT")
    return {i for part in parts if (i := _body_initials(part))}


def body_head(rec: PersonRec, people: People, text: str) -> str | None:
    """ "DFA Spokesperson A", "the DND spokesperson, Director A": the country of the head the text names by
    the body's portfolio ("Foreign Affairs Secretary B", "Secretary of National Defense B"): of one named
    bare (the text's own), else of one named with its state ("Xish Foreign Affairs Secretary B")."""
    acrs = _ACRONYM.findall(rec.role or "") if rec.role and _SPOKES_ROLE.search(rec.role) else []
    for m in rec.mentions:
        lead = _INITIALS_SPOKES.search(text, max(m.sentence.start, m.span_start - 40), m.span_start)
        acrs += [lead[1]] if lead else []
    heads = [
        r for r in people.recs if r is not rec and r.country and r.role and _parts_initials(r.role) & {*acrs}
    ]
    # the text's own head, named with no state, first; else one the text names with its state
    bare = {r.country for r in heads if not any(m.country for m in r.mentions)}
    found = bare or {r.country for r in heads}
    return found.pop() if len(found) == 1 else None


def _institutions(text: str) -> set[str]:
    """The countries of the national institutions a text names ("the Pentagon": United States)."""
    if text.isascii() and not has_any(text.lower(), _INSTITUTION_FIRST):
        return set()
    return {INSTITUTIONS[" ".join(x.lower().split())] for x in _INSTITUTION_NAMED.findall(text)}


def own_voice(text: str, rec: PersonRec) -> bool:
    """A press officer the text speaks through: named in a line that is no sentence of the body (a
    headline "Statement from Spokesperson A on ...", a by-line "A, Spokesperson", a contact line)."""
    if not rec.role or not _SPOKES_ROLE.search(rec.role):
        return False
    for m in rec.mentions:
        if m.contact:
            return True
        lo = text.rfind("\n", 0, m.start) + 1
        hi = text.find("\n", m.end)
        line = text[lo : hi if hi >= 0 else len(text)].rstrip()
        if line and len(line) <= 160 and line[-1] not in ".:;\"”'’":
            return True
    return False


# "will host President B", "welcomes Minister B": the hosted guest, whose host's office speaks
_HOSTS_BEFORE = re.compile(
    r"\b(?:host|hosts|hosting|welcome|welcomes|welcoming|receive|receives|receiving)\s+(?:the\s+)?$"
)


def principal(recs: list[PersonRec], rec: PersonRec, skip: set[str], text: str = "") -> PersonRec | None:
    """Whom a spokesperson speaks for when no issuer is known: the text's first titled person who is no
    press officer, no writer or outside expert (names in `skip`), whose travel or hosting the text
    announces ("Spokesperson A ... Minister B will visit Xland": A is of B's side, not Xland's), and no
    guest hosted who does not travel ("Statement from A on the Visit of President B ... C will host B")."""
    for r in recs:
        if r is rec or not r.role or r.name in skip or _SPOKES_ROLE.search(r.role):
            continue
        spans = [text[max(m.sentence.start, m.span_start - 30) : m.span_start] for m in r.mentions]
        hosted = any(map(_HOSTS_BEFORE.search, spans))
        if hosted and not any(TRAVELS.match(text, m.tail_end) for m in r.mentions):
            continue
        return r
    return None
