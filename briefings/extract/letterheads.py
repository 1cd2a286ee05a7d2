"""The issuing state of a release from a government body's letterhead over its headline, in any case:
"MINISTRY OF FOREIGN AFFAIRS OF XLAND", "Ministry of Defence of the Republic of Xland", "MINISTRY OF FOREIGN
AFFAIRS, XLAND", or a body's line with the state's name on the line under it ("DEPARTMENT OF X" / "REPUBLIC
OF XLAND")."""

from __future__ import annotations

import itertools
import re
from datetime import date

from briefings.extract.dates import find_dates
from briefings.extract.gazetteer import capital_country, country_of
from briefings.extract.label_lines import section_label
from briefings.extract.literals import has_any
from briefings.extract.org_acronyms import spelled_out
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.sentences import Doc, Sentence

# a letterhead line opens with the issuing body's head noun
_BODY = re.compile(
    r"^(?:the\s+)?(?:ministry|department|government|office|embassy|presidency|secretariat|"
    r"(?:permanent\s+)?mission|high\s+commission)\b",
    re.I,
)
# a state's word before its body on a letterhead line ("U.S. DEPARTMENT OF THE TREASURY", "Australian
# Government", "Japan Ministry of Defense")
_STATE_BODY = re.compile(
    r"^(?:the\s+)?(?P<c>[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)?)\s+(?:ministry|department|government|embassy|"
    r"(?:permanent\s+)?mission|high\s+commission)\b",
    re.I,
)
# a head of state's or government's own letterhead, the whole line: "PRIME MINISTER OF XLAND"
_LEADER_LINE = re.compile(
    r"(?:prime\s+minister|president|chancellor)\s+of\s+(?:the\s+)?(?P<c>[A-Z][\w'’ -]{2,40})$", re.I
)
# the text after which a line's closing words may name the state: "... of X", "..., X"
_CUT = re.compile(r",\s*|\s+of\s+", re.I)
# "Embassy of Xland in Ycity": the post's place is no issuer
_POSTED = re.compile(r"\s+(?:in|to|at)\s+", re.I)
_SMALL = frozenset({"of", "the", "and", "for"})


def _cased(words: str) -> str:
    """An all-capital phrase in title case, its small words in lower case ("REPUBLIC OF X")."""
    if not words.isupper():
        return words
    out = [w.lower() if w.lower() in _SMALL and i else w.capitalize() for i, w in enumerate(words.split())]
    return " ".join(out)


def _state(phrase: str) -> str | None:
    """The state a whole phrase names ("the Republic of X", "X"), not an organisation."""
    c = country_of(_cased(phrase.strip(" .,;:")))
    return c if c and c not in ORGANISATION_NAMES else None


def _owner_state(word: str) -> str | None:
    """The state a letterhead's opening word names ("U.S.", "Australian", "Japan's"), as written or cased."""
    for w in (word, word.removesuffix("'s").removesuffix("’s")):
        c = country_of(w) or _state(w)
        if c and c not in ORGANISATION_NAMES:
            return c
    return None


def _closing_state(line: str) -> str | None:
    """The state a body's line names at its end, after "of" or a comma."""
    posted = _POSTED.search(line)
    if posted:
        line = line[: posted.start()]
    cuts = [m.end() for m in _CUT.finditer(line)]
    for at in cuts:  # the longest closing phrase first: "of the Republic of X" before "of X"
        c = _state(line[at:])
        if c:
            return c
    return None


def _own_line(doc: Doc, s: Sentence) -> bool:
    """True when a sentence is a line of its own, not one sentence of a paragraph."""
    near = doc.sentences[max(0, s.index - 1) : s.index + 2]
    return not any(x.paragraph == s.paragraph and x.index != s.index for x in near)


def _caps_line(t: str) -> bool:
    """A letterhead's line in capitals: short, no sentence's end."""
    return t.isupper() and len(t) <= 60 and not t.endswith(".")


def letterhead_issuer(doc: Doc, headline: int | None = None) -> str | None:
    """The state a government body's letterhead names, on its own line over the headline (or among the
    first lines): at the line's end ("Ministry of Defence of X") or on the next line ("REPUBLIC OF X"), or a
    state's name in capitals over a body's line in capitals ("REPUBLIC OF X" / "THE NATIONAL ASSEMBLY")."""
    lines = [s for s in doc.sentences[:6] if headline is None or s.index < headline]
    for i, s in enumerate(lines):
        t = s.text.strip()
        if " | " in t and i < 2 and (c := _masthead_state(t)) and _own_line(doc, s):
            return c
        if t.isupper() and len(t) <= 40 and i + 1 < len(lines) and _caps_line(lines[i + 1].text.strip()):
            c = _state(t)  # "REPUBLIC OF XLAND" / "THE NATIONAL ASSEMBLY": the state over its body's line
            if c and _own_line(doc, s):
                return c
        leader = _LEADER_LINE.match(t) if t[:1] in "PpCc" else None
        if leader and _own_line(doc, s) and (c := _state(leader["c"])):
            return c  # "PRIME MINISTER OF XLAND" over a release: the head of government's own office
        owned = _STATE_BODY.match(t) if len(t) <= 60 and not t.endswith(".") else None
        if owned and (c := _owner_state(owned["c"])) and _own_line(doc, s):
            return c  # "U.S. DEPARTMENT OF THE TREASURY", "Japan Ministry of Defense": the state's word first
        if len(t) > 100 or t.endswith(".") or not _BODY.match(t):
            continue
        if not _own_line(doc, s):
            continue
        c = _closing_state(t)
        if c:
            return c
        if i + 1 < len(lines):
            nxt = lines[i + 1].text.strip()
            if len(nxt) <= 40 and not nxt.endswith("."):
                c = _state(nxt)
                if c:
                    return c
    return None


# a site's masthead: "XYZ Xland | News Releases" (a body's initials and its state beside a section label)
_INITIALS_STATE = re.compile(r"^(?:[A-Z]{2,8})\s+(?P<c>[A-Z][\w.'’ -]{2,30})$")


def _masthead_state(line: str) -> str | None:
    """The state a masthead line names beside a section label ("XYZ Xland | News Releases")."""
    parts = [p.strip() for p in line.split(" | ")]
    if len(parts) < 2 or not any(section_label(p) for p in parts):
        return None
    for p in parts:
        m = _INITIALS_STATE.match(p)
        c = _state(m["c"]) if m else None
        if c:
            return c
    return None


# "June 3, 2025 – Xcity, Region – Department of X" (or spaced hyphens): a release's own line, its date, then
# its place
_REF = date(2000, 1, 1)
_DATE_PLACE_LINE = re.compile(
    r"^(?P<d>[^–—|]{6,30}?)\s+[–—|-]\s+(?P<city>[A-Z][\w.'’ -]{1,30}?)"
    r"(?:,\s*[A-Z][\w. ]{1,30})?(?:\s+[–—|-]\s+.*)?$"
)


# "Xcity, 21.08.2025 – The Minister will ...": a government's lead opened by its capital and a numeric date
# (a wire's dateline spells its month)
_NUMERIC_LEAD = re.compile(r"^(?P<city>[A-Z][\w.'’ -]{1,30}?),\s*\d{1,2}\.\d{1,2}\.\d{4}\s*[–—-]\s")
# "Xcity, 3 March 2026", "Seat House, Xcity, Monday, 9th June 2026": a release's own place-and-date line, its
# place first (the seat of the office before the capital it stands in)
_PLACE_DATE = re.compile(
    r"^(?:[A-Z][\w'’ -]{2,30},\s+)?(?P<city>[A-Z][\w.'’ -]{1,30}?),\s+(?:[A-Z][a-z]{2,5}day,\s+)?"
    r"(?P<d>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})\.?$"
)


def _prose(t: str) -> bool:
    """A sentence of the body: a full stop after eight words or more (no line of a letterhead or a date)."""
    return t.endswith(".") and t.count(" ") >= 7


def date_line_capital(doc: Doc) -> str | None:
    """The state whose capital a release's own date-and-place line names ("June 3, 2025 – Xcity, Region –
    Department of X", a line of its own; "Xcity, 21.08.2025 – " opening the lead): a government issues its
    releases from its capital."""
    for s in doc.sentences[:8]:
        t = s.text.strip()
        lead = _NUMERIC_LEAD.match(t) if "." in t[:40] else None
        if lead:
            return capital_country(lead["city"].strip())
        if _prose(t):
            break  # the body has begun: a "Monday 23 November — Xcity" line below it is a programme's day
        m = _DATE_PLACE_LINE.match(t) if len(t) <= 120 and not t.endswith(".") else None
        if m is None or not find_dates(m["d"], 0, len(m["d"]), _REF):
            continue
        if not _own_line(doc, s):
            continue
        return capital_country(m["city"].strip())
    return None


def place_date_capital(doc: Doc) -> str | None:
    """The state whose capital a release's own place-and-date line over its body names ("Xcity, 3 March
    2026", "Seat House, Xcity, Monday, 9th June 2026"): a government dates its releases from its capital."""
    for s in doc.sentences[:6]:
        t = s.text.strip()
        m = _PLACE_DATE.match(t) if len(t) <= 80 and t[-1:].isdigit() else None
        if m and find_dates(m["d"], 0, len(m["d"]), _REF) and _own_line(doc, s):
            return capital_country(m["city"].strip())
    return None


# "Xcity, Region" / "Xcity": a place line of its own
_PLACE_LINE = re.compile(r"^(?P<city>[A-Z][\w.'’ -]{1,30}?)(?:,\s*[A-Z][\w.'’ -]{1,30})?$")


def date_over_place_capital(doc: Doc) -> str | None:
    """The state whose capital a release's place line names next to its own date line ("June 3, 2026" over
    "Xcity, Region", each a line of its own over the body): a government dates its releases from its
    capital."""
    for a, b in itertools.pairwise(doc.sentences[:6]):
        ta, tb = a.text.strip(), b.text.strip()
        if _prose(ta):
            break
        for d, p in ((ta, tb), (tb, ta)):
            m = _PLACE_LINE.match(p) if len(p) <= 40 and len(d) <= 30 else None
            if m is None or not find_dates(d, 0, len(d), _REF) or any(ch.isdigit() for ch in p):
                continue
            c = capital_country(m["city"].strip())
            if c and _own_line(doc, a) and _own_line(doc, b):
                return c
    return None


def signoff_capital(doc: Doc) -> str | None:
    """The state whose capital closes a release's sign-off block ("Spokesperson" / "Ministry of X" /
    "Xcity" / a date, each a line of its own at the text's end): the body signs from its capital."""
    tail = doc.sentences[-6:]
    for a, b in itertools.pairwise(tail):
        ta, tb = a.text.strip(), b.text.strip()
        if len(ta) > 80 or ta.endswith(".") or not _BODY.match(ta) or len(tb) > 30:
            continue
        if a.paragraph == b.paragraph or not (_own_line(doc, a) and _own_line(doc, b)):
            continue
        c = capital_country(tb.rstrip(" ,"))
        if c:
            return c
    return None


def foot_capital(doc: Doc) -> str | None:
    """The state whose capital a release's closing place-and-date line names ("XCITY, 3 MAR 2026", or "Xcity"
    over "March 3, 2026", lines of their own under the body): a government dates its releases from its
    capital."""
    tail = doc.sentences[-3:]
    for k, s in enumerate(tail):
        t = s.text.strip()
        if len(t) > 40 or s.index < 2 or not _own_line(doc, s):
            continue
        if k + 2 == len(tail) and "," not in t and _own_line(doc, tail[-1]):
            t = t + ", " + tail[-1].text.strip()  # the place over the date
        elif k + 1 != len(tail):
            continue  # the closing line only
        m = _PLACE_DATE.match(_cased(t))
        if not (m and find_dates(m["d"], 0, len(m["d"]), _REF)):
            continue
        if has_any(doc.sentences[s.index - 1].text, _MISSION_WORDS):
            return None  # "Embassy of Xland in Yland" over "Ycity, 3 March 2026": a post abroad
        return capital_country(m["city"].strip())
    return None


# "U.S. Embassy & Consulate in X", "Australian High Commission", "the British High Commission press office",
# "U.S. Mission Xland": a diplomatic post named by its own state's word (a post is named after the state it
# serves, not its host)
_MISSION = re.compile(
    r"(?P<c>\b[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?:Embassy|High\s+Commission|Consulate(?:[\s-]+General)?|"
    r"Mission)\b"
)
_MISSION_WORDS = ("Embassy", "High Commission", "Consulate", "Mission")
# a closing line that tells the press whom to ask: the issuing post's own office
_CONTACT = ("contact", "Contact", "enquiries", "Enquiries", "press office", "Press Office", "From:")


def _mission_state(line: str) -> str | None:
    """The state whose own word names the diplomatic post a line names ("Australian High Commission")."""
    for m in _MISSION.finditer(line):
        words = m["c"].split()
        for n in range(len(words)):  # "the Press Office of the U.S. Embassy": the last words before the post
            phrase = " ".join(words[n:])
            c = country_of(phrase) or _state(phrase)  # "U.S.": its last period is no sentence's end
            if c and c not in ORGANISATION_NAMES:
                return c
    return None


def mission_issuer(doc: Doc) -> str | None:
    """The state of a diplomatic post issuing a release: named by the state's word on a letterhead line of its
    own among the first lines ("U.S. Embassy & Consulate in Xland"), on a "From:" line, or in the press
    contact lines closing the text ("contact the Australian High Commission Public Affairs Section")."""
    lines: list[str] = []
    for s in doc.sentences[:8]:
        t = s.text.strip()
        # a letterhead line ends with no period (a sentence of the story does)
        if t.startswith("From:") or (_own_line(doc, s) and not t.endswith(".")):
            lines.append(t)
    lines += [t for s in doc.sentences[-4:] if has_any(t := s.text.strip(), _CONTACT)]
    for t in lines:
        t = t.title() if _caps_line(t) else t  # "U.S. EMBASSY IN XLAND": a letterhead in capitals
        c = _mission_state(t) if len(t) <= 160 and has_any(t, _MISSION_WORDS) else None
        if c:
            return c
    return None


# "By XAF Public Affairs Office": a byline naming the issuing body's press office, not a reporter
_OFFICE_BYLINE = re.compile(
    r"^By\s+(?:the\s+)?(?P<body>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5}?)\s+"
    r"(?:Public\s+(?:Affairs|Information)|Press|Media|Information|Communications?)\s+(?:Office|Division|Section|Unit)$"
)


def byline_issuer(doc: Doc) -> str | None:
    """The state of a body whose press office signs the byline ("By XAF Public Affairs Office", the text
    spelling XAF out as "the Xish Armed Forces" or "the Armed Forces of Xland")."""
    for s in doc.sentences[:6]:
        t = s.text.strip()
        m = _OFFICE_BYLINE.match(t) if t.startswith("By ") and len(t) <= 80 else None
        if m is None:
            continue
        body = m["body"]
        name = spelled_out(doc.text, body) if body.isupper() and body.isalpha() else None
        for phrase in (body, name or ""):
            c = _state(phrase.split()[0]) if phrase else None
            c = c or (_closing_state(phrase) if phrase else None)
            if c:
                return c
    return None


# "Through this visit, the Government of Xland hopes to ...", "Xland hopes that this visit will ...": a
# government's own release closing on its hopes for the visit it announces
_HOPES = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:Through\s+this\s+visit,\s+)?(?:[Tt]he\s+Government\s+of\s+)?"
    r"(?P<c>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:hopes|looks\s+forward|intends\s+to|aims\s+to|seeks\s+to)\s+"
    r"(?:that\s+this\s+visit\b)?"
)

# the hope told by someone ("..., a Xish official told reporters", "according to the ministry")
_HOPE_REPORTED = re.compile(r",\s+(?:[^,.;]{0,60}\s)?(?:said|told|says)\b|\baccording\s+to\b")


def hoping_state(doc: Doc) -> str | None:
    """The state a release's body says hopes for the visit it announces ("Through this visit, the
    Government of Xland looks forward to ...", "Xland hopes that this visit will ..."): the release is that
    government's."""
    for s in doc.sentences[2:]:
        t = s.text.strip()
        if "this visit" not in t or not has_any(t, ("hopes", "looks forward", "intends", "aims", "seeks")):
            continue
        if _HOPE_REPORTED.search(t):
            continue  # "Xland hopes that this visit will ..., an official told reporters": a wire reports it
        for m in _HOPES.finditer(t):
            through = m.group(0).lstrip(".!?\n ").startswith("Through")
            hope = has_any(m.group(0), ("hopes", "looks forward"))  # "intends to", "aims to": after "Through"
            if not (through or (hope and m.group(0).rstrip().endswith("visit"))):
                continue  # "Xland hopes to host ...": no hope for this visit
            c = _state(m["c"])
            if c:
                return c
    return None
