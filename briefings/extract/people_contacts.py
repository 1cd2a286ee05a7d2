"""Press contacts listed under a "Media contact:" heading line, one a line with a telephone number or an
e-mail address ("A B (Minister's office): 0400 000 000"): the issuing office's staff."""

from __future__ import annotations

import re

from briefings.extract.mentions import Mention
from briefings.extract.org_names import org_in_title
from briefings.extract.people import People, PersonRec
from briefings.extract.people_bare import person_shaped
from briefings.extract.role_scan import HEADS, TITLE_WORDS
from briefings.extract.sentences import Doc
from briefings.extract.tokens import tokenize

# a heading line of its own: "Media contact:", "Press enquiries:", "Contacts"
_HEADING = re.compile(
    r"^[ \t]*(?:(?:Media|Press|News)\s+)?(?:[Cc]ontacts?|[Ee]nquiries|[Ii]nquiries)[ \t]*:?[ \t]*$", re.M
)
# "For more information, contact:" on a line of its own, the contacts on the lines under it
_INFO_HEADING = re.compile(
    r"^[ \t]*For[ \t]+(?:more|further)[ \t]+information,?[ \t]+(?:please[ \t]+)?contact[ \t]*:?[ \t]*\n", re.M
)
# "A B (office): 0400 000 000", "A B, +61 2 0000 0000", "A B – a.b@example.org"
_CONTACT_LINE = re.compile(
    r"[ \t]*(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3})[ \t]*(?:\((?P<office>[^)\n]{1,50})\))?[ \t]*"
    r"[:,–-][ \t]*"
    r"(?:\+?\d[\d \t()./-]{5,}|[\w.+-]+@[\w-]+\.[\w.]+)"
)
# "A B, Communications Manager, X Secretariat": a name, then its job and (maybe) its body, on one line
_NAME_JOB_LINE = re.compile(
    r"[ \t]*(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3})[ \t]*,[ \t]*"
    r"(?P<title>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,3})[ \t]*(?:,[ \t]*(?P<body>[^\n]+))?$"
)
# a job's last word, which the general titles (HEADS) leave out
_JOBS = frozenset({"manager", "officer", "coordinator", "attaché", "attache", "specialist", "assistant"})
_MAX_LINES = 8
# a name alone on its line ("Mr A B"), and the next line's title before a colon ("Spokesperson: Department")
_NAME_LINE = re.compile(
    r"[ \t]*(?:(?:Mr|Ms|Mrs|Dr|Miss)\.?[ \t]+)?(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3})[ \t]*$"
)
_TITLE_LINE = re.compile(
    r"[ \t]*(?P<title>[A-Z][\w-]*(?:[ \t]+[\w-]+){0,3})[ \t]*(?P<mark>[:,])[ \t]*(?P<body>\S[^\n]*)"
)
# the principal a contact speaks for, bracketed after the name: "(Pollard)", "(Minister Doe's office)"
_PRINCIPAL = re.compile(r"(?:[A-Z][\w-]*\s+)?([A-Z][\w'’-]+?)(?:['’]s\s+office)?")
# a desk, not a person: "Defence Media", "Press Office", "Communications Unit"
_DESK_WORDS = frozenset(
    {
        "media",
        "press",
        "office",
        "desk",
        "team",
        "unit",
        "communications",
        "communication",
        "enquiries",
        "inquiries",
        "line",
        "centre",
        "center",
        "service",
        "services",
        "news",
        "public",
        "affairs",
        "relations",
        "secretariat",
        "hotline",
        "duty",
    }
)


def contact_names(doc: Doc, per_sentence: list[list[Mention]]) -> None:
    """Add a mention for each person of a contact block that no mention names yet."""
    text = doc.text
    if "ontact" not in text and "nquiries" not in text:
        return
    heads = [h.end() + 1 for h in _HEADING.finditer(text, doc.body_start)]
    heads += [h.end() for h in _INFO_HEADING.finditer(text, doc.body_start)] if "information" in text else []
    for at in heads:
        for _ in range(_MAX_LINES):
            if at >= len(text):
                break
            nl = text.find("\n", at)
            end = len(text) if nl < 0 else nl
            if not text[at:end].strip():
                break  # a blank line closes the block
            line = _CONTACT_LINE.match(text, at, end)
            if line is not None:
                _add(doc, per_sentence, line.start("name"), line.end("name"))
            job = None if line else _NAME_JOB_LINE.fullmatch(text, at, end)
            last = job["title"].split()[-1].lower() if job else ""
            if job is not None and (last in HEADS or last in _JOBS):
                org = _organisation(job["body"]) if job["body"] else None
                _add(doc, per_sentence, job.start("name"), job.end("name"), job["title"], org)
                line = job
            alone = None if line else _NAME_LINE.fullmatch(text, at, end)
            if alone is not None:
                role, org = _title_under(text, end + 1)
                _add(doc, per_sentence, alone.start("name"), alone.end("name"), role, org)
            at = end + 1


def contact_principals(doc: Doc, people: People) -> None:
    """A contact whose line brackets a person's name ("A B (Doe): 0400 ...") is of that person's country."""
    if not people.recs:
        return
    lead = people.recs[0]
    for rec in people.recs:
        m = rec.mentions[0]
        if not m.contact or len(rec.mentions) > 1:
            continue
        line = _CONTACT_LINE.match(doc.text, m.start, m.sentence.end)
        office = line["office"] if line is not None else None
        who = _PRINCIPAL.fullmatch(office.strip()) if office else None
        boss = people.find([who[1]]) if who else None
        boss = boss or _office_holder(doc.text, m.start, people)  # "Deputy Prime Minister's Office: A, 04.."
        if boss is not None and boss is not rec and boss.country:
            rec.country = boss.country
        elif lead is not rec and lead.country and _in_block(doc.text, m.start) and m.country is None:
            # the issuing office's staff: the release's first person's country (an organisation the contact's
            # own title line names stays: "Spokesperson, X Secretariat")
            rec.country = lead.country


# "Deputy Prime Minister's Office: A", "Office of the Minister for X: A": the office a contact line opens with
_OFFICE_OPENER = re.compile(
    r"(?:(?P<a>[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|of|for|the|and)){0,6})['’]s[ \t]+Office"
    r"|Office[ \t]+of[ \t]+(?:the[ \t]+)?(?P<b>[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|of|for|the|and)){0,6}))"
    r"[ \t]*[:–-][ \t]*$"
)


def _office_holder(text: str, at: int, people: People) -> PersonRec | None:
    """The one person the office opening a contact's line names, by title or surname ("Deputy Prime
    Minister's Office: A", "Minister B's Office: C"): the contact is of that office."""
    start = text.rfind("\n", 0, at) + 1
    if at - start < 8 or "Office" not in text[start:at]:
        return None
    m = _OFFICE_OPENER.search(text, start, at)
    words = (m["a"] or m["b"]) if m else None
    if not words:
        return None
    last = words.split()[-1]
    held = [r for r in people.recs if r.role and r.role.lower().startswith(words.lower())]
    named = [r for r in people.recs if r.name.split()[-1] == last]
    found = held or named
    return found[0] if len(found) == 1 else None


def org_contacts(people: People, org: str | None) -> None:
    """A press contact with no title in an organisation's own release ("For more information: A – Tel.:
    ...") is its staff, of the organisation, not of the country the release is about."""
    if org is None:
        return
    for rec in people.recs:
        if rec.country is None and rec.role is None and all(m.contact for m in rec.mentions):
            rec.country = org


def _in_block(text: str, at: int) -> bool:
    """A position within the lines under a contact heading."""
    heads = list(_HEADING.finditer(text, 0, at))
    return bool(heads) and "\n\n" not in text[heads[-1].end() : at]


def _title_under(text: str, at: int) -> tuple[str | None, str | None]:
    """The title opening the line at `at` before a colon or a comma ("Spokesperson: Department of X",
    "Spokesperson, X Secretariat"), if a title; and the organisation the body after a comma opens with."""
    nl = text.find("\n", at)
    t = _TITLE_LINE.match(text, at, len(text) if nl < 0 else nl)
    if t is None or t["title"].split()[-1].lower() not in HEADS:
        return None, None
    return t["title"], _organisation(t["body"]) if t["mark"] == "," else None


def _organisation(body: str) -> str | None:
    """The organisation a body's name opens with ("X Secretariat" -> X, "African Union Commission")."""
    words = body.split(",")[0].split()
    for w in range(min(3, len(words)), 0, -1):
        org = org_in_title(" ".join(words[:w]))
        if org:
            return org
    return None


def _add(
    doc: Doc,
    per_sentence: list[list[Mention]],
    start: int,
    end: int,
    role: str | None = None,
    org: str | None = None,
) -> None:
    """A contact mention of the name at start..end (with the role under it), unless a mention covers it."""
    text = doc.text
    sent = doc.sentence_at(start)
    if sent is None or end > sent.end:
        return
    words = [t.text for t in tokenize(text, start, end)]
    if any(w.lower() in _DESK_WORDS or w.lower() in TITLE_WORDS for w in words):
        return
    if not person_shaped(text, start, end, words):
        return
    ms = per_sentence[sent.index]
    for m in ms:
        if m.start < end and start < m.end:
            if (m.start, m.end) == (start, end):
                if m.written == "?":
                    m.written = text[start:end]  # a bare name the contact line confirms
                m.contact, m.role = True, m.role or role
                m.country = m.country or org
            return
    ms.append(
        Mention(
            tokens=words,
            start=start,
            end=end,
            span_start=start,
            sentence=sent,
            written=text[start:end],
            tail_end=end,
            contact=True,
            role=role,
            country=org,
        )
    )
    ms.sort(key=lambda m: m.start)
