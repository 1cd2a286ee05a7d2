"""A release an organisation issues: its letterhead or contact lines name it ("AFRICAN UNION", "WTO | News",
"Spokesperson, OSCE Secretariat", "Note to Correspondents"), and its own staff named by a bare office
("Deputy Director-General A", "the Spokesperson for the Secretary-General, B") belong to it, not to the
country of its seat's dateline or of the meeting's host."""

from __future__ import annotations

import re

from briefings.extract.mention_model import Mention
from briefings.extract.org_names import ORGANISATIONS
from briefings.extract.people import People
from briefings.extract.regex_guard import class_scan, guarded
from briefings.extract.sentences import Doc

# the United Nations' own genre of release, as "Media Note" is the State Department's
_UN_LABELS = frozenset({"note to correspondents", "notes to correspondents"})
# its daily briefing's heading: "(Daily Press Briefing by the) Office of the Spokesperson for the
# Secretary-General"; its byline: "(by A,) Spokesperson for (the) Secretary-General"
_UN_BRIEFING = (
    "Office of the Spokesperson for the Secretary-General",
    "Office of the Spokesperson for the Secretary General",
)
_UN_BYLINE = re.compile(r"^Spokes(?:person|man|woman) for (?:the )?Secretary[- ]General$")
_SEAT = re.compile(r"^(?P<o>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4})\s+(?:Secretariat|Commission)$")
_COUNCIL_OF = re.compile(r"^(?:the\s+)?Council\s+of\s+the\s+(?P<o>[A-Z][\w.]*(?:\s+[A-Z]\w*){0,2})$")
# "NATO Parliamentary Assembly": an organisation's assembly of legislators is a body of its own
_ASSEMBLY = re.compile(r"^(?P<o>[A-Z][\w.]*)\s+Parliamentary\s+Assembly$")
# (the lookahead: a blank or a separator starts every match, so other positions fail in one step)
_PARTS = re.compile(r"(?=[\s|,;:–—])(?:\s*[|,;:–—]\s*|\s+-\s+)")
_PARTS = class_scan(guarded(_PARTS))  # (regex_guard: same matches)
# the staff titles of an organisation's secretariat, as a release writes them bare
_GRADES = r"(?:(?:deputy|assistant|under|acting|senior|principal|chief|associate)[ -])*"
_STAFF = re.compile(
    _GRADES + r"(?:secretary[- ]general|director[- ]general|executive (?:secretary|director)|"
    r"(?:[\w-]+ (?:and [\w-]+ )?)?(?:spokes(?:person|man|woman)|officer|advis[eo]r)|"
    r"special (?:envoy|representative|adviser|coordinator)|"
    r"(?:director|head|chief) of (?:the )?(?:[A-Z][\w-]* |and )*"
    r"(?:Centre|Center|Division|Directorate|Office|Unit|Section|Branch|Service)|"
    r"[\w ,-]+ at the (?:[A-Z][\w-]* )?Secretariat)"
    r"(?: (?:of|for|to) the Secretary[- ]General\b[\w ,-]*| for (?:the )?[A-Z][\w ,-]*)?",
    re.I,
)
# a state's office: never an organisation's staff, whatever its grade
_STATE_TITLE = re.compile(r"\b(?:[Mm]inister|[Aa]mbassador|[Pp]resident|[Ss]enator|[Gg]overnor|[Mm]ayor)\b")


def _org_of_part(part: str) -> str | None:
    """The organisation one letterhead or contact field names, if any."""
    if part.isupper() and " " in part:
        part = part.title()  # "AFRICAN UNION", "PACIFIC ISLANDS FORUM SECRETARIAT"
    if part.lower() in _UN_LABELS or part.endswith(_UN_BRIEFING) or _UN_BYLINE.match(part):
        return "United Nations"
    if part in ORGANISATIONS and part[0].isupper() and part not in ("Alliance", "European"):
        return ORGANISATIONS[part]
    # (each pattern below holds a literal word the part is first tested for: most parts hold none)
    m = _COUNCIL_OF.match(part) if "Council" in part else None  # "Council of the EU": the Union's council
    if m and m["o"] in ORGANISATIONS:
        return ORGANISATIONS[m["o"]]
    m = _ASSEMBLY.match(part) if part.endswith("Assembly") else None
    if m and m["o"] in ORGANISATIONS:
        return part
    # "OSCE Secretariat", "Commonwealth Secretariat", "African Union Commission"
    m = _SEAT.match(part) if part.endswith(("Secretariat", "Commission")) else None
    if m:
        name = m["o"]
        return ORGANISATIONS.get(name) or ORGANISATIONS.get(part)
    return None


def issuing_org(doc: Doc) -> str | None:
    """The one organisation the release's first or last short lines name as its issuer."""
    sents = doc.sentences
    lines = [s for s in sents[:4] + sents[-6:] if len(s.text) <= 200]
    found = set()
    for s in lines:
        for part in _PARTS.split(s.text.strip()):
            org = _org_of_part(part.strip())
            if org:
                found.add(org)
    return found.pop() if len(found) == 1 else None


def org_staff(people: People, org: str | None) -> None:
    """In an organisation's release, a person of no stated country with a bare secretariat title is the
    organisation's."""
    if org is None:
        return
    for rec in people.recs:
        if rec.country or not rec.role or _STATE_TITLE.search(rec.role):
            continue
        if _STAFF.fullmatch(rec.role):
            rec.country = org


# "the NATO Parliamentary Assembly (NATO PA)": an organisation's own body and the short form the text gives it
_BODY_SHORT = re.compile(
    r"\b(?P<name>(?P<head>[A-Z][\w.]*)(?:\s+[A-Z][\w-]*){1,3}\s+(?:Assembly|Secretariat|Commission|Council))"
    r"\s*\((?P<short>[A-Z][\w.]*(?:\s+[A-Z]{1,4})+)\)"
)
# an organisation's officer, as a title after its name ("Commonwealth Secretary-General")
_ORG_OFFICE = re.compile(
    r"(?:(?:deputy|assistant|vice)[- ])?"
    r"(?:secretary[- ]general|director[- ]general|president|chair(?:person)?)",
    re.I,
)


def _prefixes(text: str) -> dict[str, str]:
    """The words that name an organisation before a title: a short form the text defines for an organisation's
    body ("NATO PA"), and the name of an organisation whose secretariat the text names ("Commonwealth")."""
    out: dict[str, str] = {}
    if "(" in text:
        for m in _BODY_SHORT.finditer(text):
            if m["head"] in ORGANISATIONS:
                out[m["short"]] = m["name"]
    if "Secretar" in text:
        for key, org in ORGANISATIONS.items():
            short = key.removesuffix(" Secretariat")
            # "the X Secretariat", or its head named by the organisation's short name: "X Secretary-General"
            if short != key and (key in text or short + " Secretary" in text):
                out[short] = org
    return out


def org_prefixed_titles(doc: Doc, per_sentence: list[list[Mention]]) -> None:
    """ "Commonwealth Secretary-General A", "NATO PA President B": the organisation's name before its office
    is the affiliation, no part of the title."""
    prefixes = _prefixes(doc.text)
    if not prefixes:
        return
    text = doc.text
    for ms in per_sentence:
        for m in ms:
            if not m.role:
                continue
            for short, org in prefixes.items():
                rest = m.role.removeprefix(short + " ")
                if rest != m.role and _ORG_OFFICE.fullmatch(rest):
                    m.role, m.country = rest, org
                    break
                if _ORG_OFFICE.fullmatch(m.role) and text.endswith(short + " ", 0, m.span_start):
                    m.country = org
                    break


# "Executive Secretary of the Intergovernmental Authority on X (IAX)": the office, then its organisation
_OF_ORG_DEFINED = re.compile(r"^(?P<title>.+?) of (?:the )?(?P<name>[A-Z][^()]+?) \((?P<acr>[A-Z]{2,8})\)$")


def defined_org_titles(per_sentence: list[list[Mention]]) -> None:
    """A title closed by an organisation named with its initials: the organisation is the affiliation."""
    for ms in per_sentence:
        for m in ms:
            if not m.role or not m.role.endswith(")"):
                continue
            t = _OF_ORG_DEFINED.match(m.role)
            org = ORGANISATIONS.get(t["acr"]) or ORGANISATIONS.get(t["name"]) if t else None
            if t and org and (m.country in (None, org)) and _STAFF.fullmatch(t["title"]):
                m.role, m.country = t["title"], org
