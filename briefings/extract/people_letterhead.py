"""Letterheads in capitals ("THE HON JANE DOE MP" over "DEPUTY PRIME MINISTER" / "MINISTER FOR X"): the
offices of a person the release names in its body."""

from __future__ import annotations

from briefings.extract.people import People, PersonRec, better_role
from briefings.extract.role_scan import scan_title
from briefings.extract.roles import _words, role_key
from briefings.extract.sentences import Doc, Sentence
from briefings.extract.tokens import POSTNOMINALS, tokenize

_COURTESY = _words(
    "the hon hon. honourable honorable rt rt. right senator sen. dr dr. mr mr. ms ms. mrs mrs. sir dame"
)
_SMALL = _words("of for and the to on at in")
_TOP = 14  # letterheads sit among the first lines of a release


def _caps_line(s: Sentence) -> bool:
    """A short line of its own in capitals."""
    t = s.text.strip()
    return 0 < len(t) <= 70 and t.isupper() and "\n" not in t


def _title_cased(text: str) -> str:
    """ "MINISTER FOR DEFENCE" -> "Minister for Defence" (small words in lower case)."""
    words = text.split()
    out = [w.lower() if k and w.lower() in _SMALL else w[:1] + w[1:].lower() for k, w in enumerate(words)]
    return " ".join(out)


def _caps_title(text: str) -> tuple[str, str | None] | None:
    """A line that is a title and nothing else, title-cased: (role, country)."""
    line = _title_cased(text.strip())
    toks = tokenize(line, 0, len(line))
    t = scan_title(toks, 0, line) if toks else None
    if t and t.next_index == len(toks):
        return line[t.role_start : t.role_end], t.country
    return None


def _named(people: People, text: str) -> PersonRec | None:
    """The person a capitals name line names ("THE HON JANE DOE MP"), when the body names them in full."""
    words = [w for w in text.split() if w.strip(",")]
    while words and words[0].lower() in _COURTESY:
        words.pop(0)
    while words and words[-1].lower().strip(",") in POSTNOMINALS:
        words.pop()
    if not 2 <= len(words) <= 4:
        return None
    rec = people.find(words)
    if rec is None or sorted(rec.keys) != sorted(_keys_of(words)):
        return None
    return rec


def _keys_of(words: list[str]) -> list[str]:
    """Name words as PersonRec.keys holds them (folded, lower case), initials left out."""
    probe = PersonRec(tokens=words, family_first=False, written="")
    return probe.keys


def caps_letterheads(doc: Doc, people: People) -> None:
    """A capitals name line and the capitals title lines under it: the person's full office
    ("Deputy Prime Minister and Minister for Defence") when it extends or replaces the one found."""
    sents = doc.sentences[:_TOP]
    for k, s in enumerate(sents):
        if not _caps_line(s):
            continue
        rec = _named(people, s.text)
        if rec is None:
            continue
        roles: list[tuple[str, str | None]] = []
        for nxt in sents[k + 1 :]:
            got = _caps_title(nxt.text) if _caps_line(nxt) else None
            if got is None:
                break
            roles.append(got)
        if not roles:
            continue
        role = " and ".join(r for r, _ in roles)
        old = role_key(rec.role) if rec.role else ""
        if not rec.role or role_key(role).startswith(old + " ") or better_role(rec.role, role):
            rec.role = role
            rec.country = rec.country or next((c for _, c in roles if c), None)
