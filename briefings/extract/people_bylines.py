"""Credit lines: a writer's byline ("By A B and C D", "BY A B [mail]") and a staff label line
("Editor: A B", "Translator: A B")."""

from __future__ import annotations

import re

from briefings.extract.agenda import MONTH
from briefings.extract.gazetteer import country_of, find_city
from briefings.extract.label_lines import label_word, section_label
from briefings.extract.people_bare import thing_run
from briefings.extract.role_scan import scan_title
from briefings.extract.tokens import Tok, is_initial, is_name_text, tokenize

_BY = re.compile(r"\s*(?:By:?|BY:?|by|(?:Edited|Written|Reported|Translated|Compiled)\s+by\s*:?)\s+(?=[A-Z])")
# "Text by: A B", "Analysis by A B, X editor": a credit naming the piece's kind; its names close the line
_KIND_BY = re.compile(r"\s*(?:Text|Words|Analysis|Commentary|Story|Report)\s+by\s*:?\s+(?=[A-Z])")
# a label line's word, kept as the person's role ("Editor: A B" -> "Editor")
# ("Reporter – A B" with a dash too); a label in capitals is a site's form field ("WRITER: A B"): no role
_LABEL = re.compile(
    r"\s*(Editor|Translator|Reporter|Writer|Photographer|Correspondent|EDITOR|TRANSLATOR|REPORTER|WRITER|"
    r"PHOTOGRAPHER|CORRESPONDENT)\s*(?::|\s[–—-])\s*(?=[A-Z])"
)
# a desk or a job, not a person ("By Staff Reporter", "JANE DOE, STAFF WRITER")
_DESK = frozenset(
    {"staff", "writer", "writers", "reporter", "reporters", "correspondent", "editor", "desk", "team", "news"}
)
# "Jane Doe (The Daily Courier)": a writer's name on a line of its own, the outlet in brackets
_PAREN_CREDIT = re.compile(
    r"\s*((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*)\s*\(((?:The\s+)?[A-Z][\w .&'’-]{1,40})\)\s*$"
)
# "By political reporter A B", "By Xland affairs reporter A B": the writer's job between "By" and the name
_BY_JOB = re.compile(
    r"\s*(?:By|BY)\s+((?:[A-Z]?[a-z]+\s+(?:[a-z]+\s+){0,2}?)?(?:reporter|correspondent|writer|editor|journalist))"
    r"\s+(?=[A-Z])"
)
# "By A B, Xtown Radio journalist": the writer's job after the name
_JOB_AFTER = re.compile(
    r"\s*(?:,|\s[–—-])\s*((?:[A-Z][\w&.'’-]*\s+){0,4}(?:[a-z]+\s+){0,2}"
    r"(?:[Rr]eporter|[Cc]orrespondent|[Ww]riter|[Ee]ditor|[Jj]ournalist))\s*$"
)
# "By: A B - Reporter / @handle": the writer's social-media handle closing the line
# "McALLISTER", "MacDONALD": a capitals surname keeps its prefix in lower case
_MC_CAPS = re.compile(r"Ma?c[A-Z][A-Z'’-]+")
_HANDLE = re.compile(r"\s*/\s*@\w+\s*$")
# "A B reports.": a broadcast script's lead handing over to its reporter
_REPORTS = re.compile(r"\s*((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*)\s+reports\.\s*$")
# "A B · Xtown News · Posted: 9 Feb": a writer's name opening a line of items split by middle dots
_DOT_CREDIT = re.compile(r"\s*((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*)\s+[·•]\s+\S")
# "A B | 14.11.2025 - Update", "A B | Xcity": a writer's name, then a time stamp or the writer's city
# ("A B and C D | 14.11.2025", "A B | Publication date 14 January 2026 | 09:12": two writers, more bars)
_PIPE_NAME = r"(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*"
_PIPE_CREDIT = re.compile(rf"\s*({_PIPE_NAME}(?:\s+(?:and|&)\s+{_PIPE_NAME})?)\s*\|\s*(.+?)\s*$")
_STAMP_START = re.compile(r"\d|(?:Updated?|Published|Publication|Posted)\b")
# "AGENCY/A B/C D": a news agency's initials, then its writers and editors, at the foot of a story
_SIGN_OFF = re.compile(r"\s*[A-Z]{2,6}((?:\s*/\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}){1,3})\s*$")
# "A B/ C D" closing a release: the officers who issued it, names joined by slashes with no agency
_SLASH_NAMES = re.compile(
    r"\s*()[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,3}(?:\s*/\s*[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,3}){1,3}\s*$"
)
_OPENINGS = frozenset({"By", "BY", "by", "Ed", "Tr", "Re", "Wr", "Ph", "Co", "Te", "An", "St", "Wo"})
_OPENINGS |= {w.upper() for w in _OPENINGS}
# a writer's job on a line of its own under the name line ("Correspondent", "SENIOR POLITICAL REPORTER")
_JOB_LINE = re.compile(
    r"[ \t]*((?:[A-Za-z]+[ \t]+){0,4}(?:reporter|correspondent|writer|editor|journalist))[ \t]*(?:\n|$)", re.I
)
# a news site's time stamp line under a byline, a city line may come between ("NEW DELHI")
_STAMP_LINE = re.compile(r"\s*(?:[A-Z][A-Z .-]{2,30}\n\s*)?(?:Updated|Published|Posted)\b")
# a date with its year on a line of its own under the name line, a time may follow ("02/10/2026",
# "Nov 10, 2025", "Thu 2 Jul 2026 18.05 BST", "JULY 14 2025")
_UNDER_DATE = re.compile(
    r"[ \t]*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+)?"
    r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|"
    r"(?:\d{1,2}[ \t]+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"(?:[ \t]+\d{1,2})?,?[ \t]+\d{4})\b[^\n]{0,30}(?:\n|$)",
    re.I,
)
# "A B Diplomatic editor": the writer's job after the name with no comma, its first word capitalised
_JOB_ENDS = ("reporter", "correspondent", "writer", "editor", "journalist")
_JOB_NO_COMMA = re.compile(
    r"\s+([A-Z][a-z]+(?:\s+[a-z]+){0,3}\s+(?:reporter|correspondent|writer|editor|journalist))\s*$"
)
# a date line of its own ("Tuesday, 20 January", "January 29, 2026"), then a blank line: a byline's place
_DATE_LINE = re.compile(
    rf"(?:^|\n)[ \t]*(?:[A-Z][a-z]+day,?[ \t]+)?(?:\d{{1,2}}[ \t]+{MONTH}|{MONTH}[ \t]+\d{{1,2}})"
    r"(?:,?[ \t]+\d{4})?[ \t]*\n[ \t]*\n?[ \t]*$"
)
_HEADER_LINE = re.compile(r"[ \t]*published:[^\n]*(?:\n|$)")
_LINKING = frozenset({"of", "the", "for", "in", "to", "on", "at"})
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_TOP_LINES = 12  # a byline without "By" stands near the top
_MAX_LINE = 90  # a credit is a short line of its own


# "(Reporting by A and B in Xtown, C; Writing by D; Editing by E)", "--With assistance from F.": an agency's
# credits at the foot of a story, each part a job done "by" a list of people (a place after a name)
_AGENCY_PART = re.compile(r"\s*(?:[A-Za-z]+\s+){0,2}?(?:[Bb]y|from)\s+(.+?)\s*$")
_AGENCY_OPEN = re.compile(
    r"\s*(?:\(\s*(?=(?:[A-Za-z]+\s+){0,2}?[Bb]y\s)|(?:-{1,2}|[—–])\s*(?=[Ww]ith\s+(?:additional\s+)?assistance\s+from\s))"
)
_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s*$")
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
_MAX_AGENCY = 320
_POSSESSIVE = ("'s", "’s", "'S", "’S")
_DESKS = frozenset({"newsroom", "desk", "bureau", "staff"})
# a name word, accented Latin letters included ("Nicolás", "Ólafsdóttir", "Müller")
_CREDIT_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ](?:[a-zß-öø-ÿ'’]*(?:-[A-Za-zÀ-ÖØ-öø-ÿ][a-zß-öø-ÿ]*)*|\.)")


def _agency_credit(text: str, start: int, end: int) -> list[list[Tok]] | None:
    """The people of an agency's credit line ("(Reporting by A in X and B; Editing by C)"), in order."""
    opening = _AGENCY_OPEN.match(text, start, end)
    if opening is None or end - start > _MAX_AGENCY:
        return None
    body = text[opening.end() : end].rstrip()
    stop = len(body.rstrip(").")) + opening.end()
    out: list[list[Tok]] = []
    at = opening.end()
    while at < stop:
        semi = text.find(";", at, stop)
        part_end = semi if semi >= 0 else stop
        part = _AGENCY_PART.match(text, at, part_end)
        if part is None:
            return None
        pos = part.start(1)
        for piece in _LIST_SPLIT.split(part[1]):
            a = text.find(piece, pos, part_end)
            pos = a + len(piece)
            place = _IN_PLACE.search(piece)
            name_end = a + (place.start() if place else len(piece))
            toks = tokenize(text, a, name_end)
            if toks and toks[-1].low in _DESKS:
                continue  # "Additional reporting by Xtown Newsroom": a desk, no person
            if not 2 <= len(toks) <= 4 or not all(_CREDIT_WORD.fullmatch(t.text) for t in toks):
                return None
            if country_of(text[a:name_end]) is not None:
                return None
            out.append(toks)
        at = part_end + 1
    return out or None


def credit_line(text: str, start: int, end: int) -> tuple[str | None, list[list[Tok]]] | None:
    """The names a credit line gives, and the label's role (None for a byline); None for any other line."""
    if text[start:end].lstrip()[:1] in ("(", "-", "—", "–"):
        agency = _agency_credit(text, start, end)
        return (None, agency) if agency else None
    if end - start > _MAX_LINE:
        return None
    if text.endswith("reports.", start, end):
        said = _REPORTS.match(text, start, end)
        names = _names(tokenize(text, said.start(1), said.end(1))) if said else []
        return (None, names) if len(names) == 1 and names[0][-1].end == said.end(1) else None  # type: ignore[union-attr]
    opening = text[start:end].strip()[:2] in _OPENINGS
    job = _BY_JOB.match(text, start, end) if opening else None
    lead = job or (_BY.match(text, start, end) if opening else None)
    kind = _KIND_BY.match(text, start, end) if opening and lead is None else None
    if kind is not None:  # "Text by: A B", "Analysis by A B, X editor"
        return _kind_credit(text, kind.end(), end)
    label = None if lead or not opening else _LABEL.match(text, start, end)
    if lead is None and label is None:  # "Colin A": a name that opens like a label
        paren = _paren_credit(text, start, end)
        if paren is None and "|" in text[start:end]:
            paren = _pipe_credit(text, start, end)
        if paren is None and "/" in text[start:end]:
            paren = _sign_off(text, start, end)
        return paren or _dot_credit(text, start, end) or _bare_credit(text, start, end)
    at = (lead or label).end()  # type: ignore[union-attr]
    handle = _HANDLE.search(text, at, end)
    end = handle.start() if handle else end
    comma = text.find(",", at, end)
    if comma < 0 and lead and not job:  # "By: A B - Reporter": the job after a dash
        comma = max(text.find(" - ", at, end), text.find(" – ", at, end))
    after = _JOB_AFTER.match(text, comma, end) if comma > 0 and lead and not job else None
    office = _office_after(text, comma, end) if comma > 0 and lead and not job and not after else None
    toks = tokenize(text, at, after.start() if after else comma if office else end)
    names = _names(toks)
    if not names or ((after or office) and len(names) > 1):
        return None
    role = job[1] if job else after[1] if after else office
    if role is None and lead and len(names) == 1 and text.startswith("\n", end):
        under = _JOB_LINE.match(text, end + 1)  # "By A B" / "Staff writer": the job on the line under it
        role = under[1] if under else None
    if label:
        role = None if label[1].isupper() else label[1]
    return role, names


def _office_after(text: str, comma: int, end: int) -> str | None:
    """ "by A, Spokesperson for the Secretary-General": an official's whole title after the byline's name."""
    at = comma + 1
    while at < end and text[at] == " ":
        at += 1
    stop = len(text[:end].rstrip(" ."))
    toks = tokenize(text, at, stop)
    t = scan_title(toks, 0, text) if toks else None
    return text[t.role_start : t.role_end] if t and t.next_index == len(toks) else None


def _kind_credit(text: str, at: int, end: int) -> tuple[str | None, list[list[Tok]]] | None:
    """The names after "Text by:" or "Analysis by", closing the line or before a comma and a job."""
    comma = text.find(",", at, end)
    after = _JOB_AFTER.match(text, comma, end) if comma > 0 else None
    if comma > 0 and after is None:
        return None
    stop = len(text[at : comma if after else end].rstrip()) + at
    names = _names(tokenize(text, at, stop))
    if not names or names[-1][-1].end != stop or (after and len(names) > 1):
        return None
    return (after[1] if after else None), names


def _dot_credit(text: str, start: int, end: int) -> tuple[str | None, list[list[Tok]]] | None:
    """ "A B · Xtown News · Posted: 9 Feb 2026" opening the text: the writer's name before the first dot."""
    if "·" not in text[start:end] and "•" not in text[start:end]:
        return None
    if (start and text[start - 1] != "\n") or text.count("\n", 0, start) > 12:
        return None  # a line of its own near the top
    m = _DOT_CREDIT.match(text, start, end)
    # "BRIEFING ROOM · STATEMENTS AND RELEASES": a site's section beside its label, no writer's credit
    if m is None or country_of(m[1]) is not None or section_label(text[m.end() - 1 : end].strip()):
        return None
    names = _names(tokenize(text, m.start(1), m.end(1)))
    return (None, names) if len(names) == 1 and names[0][-1].end == m.end(1) else None


def _own_line(text: str, start: int, end: int) -> bool:
    """The span is a line of its own."""
    return (not start or text[start - 1] == "\n") and (end >= len(text) or text[end] == "\n")


def _pipe_credit(text: str, start: int, end: int) -> tuple[str | None, list[list[Tok]]] | None:
    """ "A B | 14.11.2025 - Update : ..." or "A B | Xcity" near the top: the writer's name before the bar; or
    a staff label's name closing the line after the last bar ("... | Editor: A B")."""
    if not _own_line(text, start, end) or text.count("\n", 0, start) > _TOP_LINES:
        return None
    last = text.rfind("|", start, end) + 1
    label = _LABEL.match(text, last, end)
    if label:  # "Source: X | 2025-10-14 16:20 | Editor: A B": a staff label closing the line
        names = _names(tokenize(text, label.end(), end))
        stop = len(text[:end].rstrip())
        whole = len(names) == 1 and names[0][-1].end == stop
        return (None if label[1].isupper() else label[1], names) if whole else None
    m = _PIPE_CREDIT.match(text, start, end)
    if m is None or country_of(m[1]) is not None or find_city(m[1]):
        return None
    if not _STAMP_START.match(m[2]) and not find_city(m[2]):
        return None
    names = _names(tokenize(text, m.start(1), m.end(1)))
    return (None, names) if len(names) in (1, 2) and names[-1][-1].end == m.end(1) else None


def _sign_off(text: str, start: int, end: int) -> tuple[str | None, list[list[Tok]]] | None:
    """ "AGENCY/A B/C D" on a line of its own: the names after the agency's initials."""
    if not _own_line(text, start, end):
        return None
    m = _SIGN_OFF.match(text, start, end)
    if m is None and not text[end:].strip():  # the text's last line: names alone
        m = _SLASH_NAMES.match(text, start, end)
    if m is None or country_of(text[start:end].split("/", 1)[0].strip()) is not None:
        return None
    out: list[list[Tok]] = []
    pos = m.start(1)
    parts = m[1].split("/")[1:] if m[1] else text[start:end].split("/")
    for part in parts:
        a = text.find(part.strip(), pos, end)
        pos = a + len(part.strip())
        got = _names(tokenize(text, a, pos))
        if len(got) != 1 or got[0][-1].end != pos or country_of(part.strip()) is not None:
            return None
        out.extend(got)
    return (None, out) if out else None


def _paren_credit(text: str, start: int, end: int) -> tuple[str | None, list[list[Tok]]] | None:
    """ "Jane Doe (The Daily Courier)" alone on its line: a byline naming the outlet in brackets."""
    if not text[start:end].rstrip().endswith(")") or (start and text[start - 1] != "\n"):
        return None
    if end < len(text) and text[end] != "\n":
        return None
    m = _PAREN_CREDIT.match(text, start, end)
    if m is None or country_of(m[2]) is not None:
        return None  # "Jane Doe (Norway)": a person's country, no outlet
    names = _names(tokenize(text, m.start(1), m.end(1)))
    return (None, names) if len(names) == 1 and names[0][-1].end == m.end(1) else None


def _names(toks: list[Tok]) -> list[list[Tok]]:
    """Names joined by "and" or commas at the head of a byline; a capitals name stops at the first word in
    lower case ("A B Associated Press")."""
    out: list[list[Tok]] = []
    cur: list[Tok] = []
    caps: bool | None = None
    for t in toks:
        if t.low in ("and", ",", "&"):
            if len(cur) < 2:
                return out
            out.append(cur)
            cur = []
            continue
        upper = (t.text.isupper() or bool(_MC_CAPS.fullmatch(t.text))) and len(t.text.rstrip(".")) > 1
        if caps is None and not is_initial(t):
            caps = upper
        word = t.text[:1].isupper() and t.low not in _DESK
        word = word and (is_initial(t) or is_name_text(t.text, not cur) or upper)
        if not word or (caps and not upper and not is_initial(t)) or len(cur) >= 5:
            break
        cur.append(t)
    if len(cur) >= 2:
        out.append(cur)
    return out


def _under_headline(text: str, start: int) -> bool:
    """A paragraph of its own straight under the headline (and a standfirst): a writer's name line."""
    if start < 2 or text[start - 2 : start] != "\n\n":
        return False
    head = text[: start - 2]
    header = _HEADER_LINE.match(head)
    paras = [p for p in _BLANK_LINE.split(head[header.end() if header else 0 :]) if p.strip()]
    return 1 <= len(paras) <= 2


def _bare_credit(text: str, start: int, end: int) -> tuple[str | None, list[list[Tok]]] | None:
    """A byline without "By" on a line of its own near the top: names and their job after a comma ("A B and
    C D, Xtown staff writers"), two names joined by "and" ("A B in Xcity and C D in Ycity"), or one name
    with a job line or a time stamp line under it ("A B / Correspondent", "A B / Updated - 9 May")."""
    if (start and text[start - 1] != "\n") or (end < len(text) and text[end] != "\n"):
        return None
    if text.count("\n", 0, start) > _TOP_LINES:
        return None
    comma = text.find(",", start, end)
    job: str | None = None
    if comma > 0:  # "A B and C D, Xtown staff writers": the job after the comma, a plural made singular
        tail = text[comma:end].rstrip()
        after = _JOB_AFTER.fullmatch(tail) or _JOB_AFTER.fullmatch(tail.removesuffix("s"))
        if after is None:
            return None
        job = after[1]
    line = text[start : comma if comma > 0 else end]
    if comma < 0 and line.endswith(_JOB_ENDS):  # "A B Diplomatic editor"
        bare_job = _JOB_NO_COMMA.search(line)
        if bare_job is not None:
            job, line = bare_job[1], line[: bare_job.start()]
    parts = [_IN_PLACE.sub("", x) for x in re.split(r"\s+(?:and|&)\s+", line.strip())]
    names: list[list[Tok]] = []
    pos = start
    for part in parts:
        a = text.find(part, pos, end)
        pos = a + len(part)
        got = _names(tokenize(text, a, pos))
        if len(got) != 1 or got[0][-1].end != pos or country_of(part) is not None or find_city(part):
            return None
        names.extend(got)
    if job is None and len(names) == 1:
        under = _JOB_LINE.match(text, end + 1) or _STAMP_LINE.match(text, end + 1)
        if under is None and _UNDER_DATE.match(text, end + 1):  # "A B" / "Nov 10, 2025": a writer's date line
            plain = not any(label_word(t.text) or t.low in _LINKING for t in names[0])
            return (None, names) if plain and not thing_run([t.text for t in names[0]]) else None
        if under is None:
            # "Tuesday, 20 January" / blank / "A B": a name line right under the story's date line
            # and over a blank line (a line with a list under it is a heading: "Story Highlights")
            alone = text.startswith("\n\n", end)
            dated = alone and _DATE_LINE.search(text, 0, max(0, start - 1)) is not None
            lone = alone and not any(label_word(t.text) or t.low in _LINKING for t in names[0])
            # "SECRETARY-GENERAL'S TRAVELS": a possessive before another word is a section's heading
            heading = any(t.text.endswith(_POSSESSIVE) for t in names[0][:-1])
            lone = lone and _under_headline(text, start)
            body = thing_run([t.text for t in names[0]])  # "TRADE NEGOTIATIONS COMMITTEE": a section's body
            return (None, names) if (dated or lone) and not body and not heading else None
        job = under[1] if under.re is _JOB_LINE else None
    return job, names


# a credited name, the town the writer filed from may follow ("A B in Xtown", "A B in Xtown, Yland")
_CREDITED = r"(?:[A-Z][\w.'’-]*\s+){1,3}?[A-Z][\w'’-]*(?:\s+in\s+[A-Z][\w'’-]*(?:,\s+[A-Z][\w'’-]*)?)?"
# "(Reporting by A; Editing by B)", "Associated Press writer A": a news agency's credit names a person
_BYLINE = re.compile(
    # "Reporting by A and B": the second name of a credit too
    r"(?:\b(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Rr]eported|[Ww]ritten|[Cc]ompiled)\s+by"
    r"(?:\s+[A-Z][\w.'’-]*){0,4}?(?:\s+and)?|"
    r"(?P<org>(?:[A-Z][\w&.'’-]*\s+){1,4})(?P<job>writer|correspondent|reporter|journalist|columnist)"
    # "Associated Press writers A in Xtown and B": a plural credit, its second name after "and"
    rf"(?:s(?:\s+{_CREDITED},?\s+and)?)?)\s+$"
)
_BYLINE_WORDS = ("by ", "writer ", "correspondent ", "reporter ", "journalist ", "columnist ", " and ", "s ")


def byline(before: str) -> str | None:
    """A reporter's credit right before a name: its role ("Associated Press writer"), "" for a plain
    "Reporting by", None when there is no credit."""
    if not before.endswith(_BYLINE_WORDS):
        return None
    m = _BYLINE.search(before)
    if m is None:
        return None
    return f"{m['org']}{m['job']}" if m["job"] else ""
