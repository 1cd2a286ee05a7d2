"""Header lines, paragraphs and sentences, each with character offsets into the whole text."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from briefings.models import Evidence

_HEADER = re.compile(r"^[ \t]*(published|title|date|source)[ \t]*:[ \t]*(.*?)[ \t]*$", re.I)
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")

# Abbreviations after which a period does not end a sentence.
_ABBREV = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "sr",
    "jr",
    "lt",
    "gen",
    "col",
    "maj",
    "capt",
    "adm",
    "sgt",
    "cmdr",
    "gov",
    "sen",
    "rep",
    "rev",
    "prof",
    "hon",
    "smt",
    "ret",
    "retd",
    "purn",
    "ybhg",  # Malaysian style: "YBhg. Datuk A"
    "hj",  # Malay pilgrim styles abbreviated: "Hj. A", "Dato' Hjh. B"
    "hjh",
    "pol",  # Thai police ranks: "Pol. Lt. Gen. A"
    "eng",  # an engineer's style in Arab releases: "H.E. Eng. A"
    "brig",
    "comdr",
    "rt",
    "no",
    "vs",
    "etc",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thurs",
    "fri",
    "sat",
    "sun",
    "e",
    "h",
    "u.s",
    "u.k",
    "u.n",
    "e.u",
    "a.m",
    "p.m",
    "approx",
    "dept",
    "inc",
    "corp",
    "ltd",
    "co",
    "ft",
    "mt",
    "messrs",
    "mme",
    "govt",
    "amb",
    "asec",  # Philippine titles abbreviated: "Asec. A" (Assistant Secretary), "Usec. B", "Atty. C"
    "usec",
    "atty",
    "engr",
    "supt",
    "cdr",
    "pres",
    "sec",
    "i.e",
    "e.g",
    "cf",
    "al",
}
# US states as news agencies abbreviate them after a city ("ANNAPOLIS, Md. (AP) —", "Salem, Ore."):
# after a city's comma the period closes the state's name, not the sentence
_STATE_ABBREV = frozenset(
    {"ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky"}
    | {"la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn"}
    | {"vt", "va", "wash", "wis", "wyo"}
)
# (one stop mark first, then the rest: a leading class lets sre scan for it in C; same matches as "[.!?…]+")
_END = re.compile(r"[.!?…][.!?…]*[\"”’')\]]*(?=\s+)")
_LINE = re.compile(r"[^\n]*(?:\n|$)")
_TEXT_LINE = re.compile(r"[^\n]+")
# "Ma. Elena"; not "... Li Bo. He will", "... Zhou Bo. Minister A will": a two-letter name ending a
# sentence before a pronoun, an article or a title that opens the next sentence
_DOT_NAME = re.compile(
    r"\.\s+(?!(?:He|She|It|They|We|The|This|These|Those|There|His|Her|Their|Minister|Secretary|President|"
    r"Prime|Foreign|Defen[cs]e|Deputy|Vice|Ambassador|Both|On|In|At|During|After|Before|Also)\b)[A-Z][a-z]"
)
_CLOCK_END = re.compile(r"\s+(?:He|She|It|They|We|The|This|These|Those|There|His|Her|Their)\b")
_LIST_MARK = re.compile(r"\(?[a-zA-Z0-9]{1,3}\)?")  # "1." "(a)." "iv."


@dataclass
class Sentence:
    """One sentence: its index, offsets into the whole text, and paragraph number."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int


@dataclass
class Doc:
    """The text cut into header, paragraphs and sentences."""

    text: str
    body_start: int
    header: dict[str, str] = field(default_factory=dict)
    sentences: list[Sentence] = field(default_factory=list)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing a character offset."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None

    def evidence(self, start: int, end: int, sentence: Sentence | None = None) -> Evidence | None:
        """Evidence for a span, clipped to the sentence that holds its start."""
        s = sentence or self.sentence_at(start)
        if s is None:
            return None
        start = max(start, s.start)
        end = max(start, min(end, s.end))
        return Evidence(sentence=s.index, start=start, end=end, text=s.text)


def parse_header_date(value: str) -> date | None:
    """An ISO date from a header value, or None."""
    m = _ISO.search(value)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _split_header(text: str) -> tuple[dict[str, str], int]:
    """Leading `key: value` lines up to a blank line or the first other line; returns (header, body start)."""
    header: dict[str, str] = {}
    body = 0
    for m in _LINE.finditer(text):
        line = m.group().rstrip("\r\n")
        if m.start() >= len(text):
            break
        hm = _HEADER.match(line)
        if hm:
            header.setdefault(hm[1].lower(), hm[2])
            body = m.end()
        elif not line.strip():
            if header:
                body = m.end()
                break
        else:
            break
    return header, body


def _is_abbrev(text: str, dot: int) -> bool:
    """True when the period at `dot` closes an abbreviation or an initial."""
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower()
    if not word:
        return False
    if len(word) == 1 and text[j].isupper():
        return True  # an initial: "John Q. Public"
    if "." in word and len(word) <= 6:
        # "H.E.", "U.S."; but "at 10 a.m. The two ...": a clock time ending the sentence
        return not (word in ("a.m", "p.m") and _CLOCK_END.match(text, dot + 1))
    if len(word) == 2 and text[j].isupper() and text[j + 1].islower() and _DOT_NAME.match(text, dot):
        return True  # "Ma. Elena": a short name abbreviation
    if word in _STATE_ABBREV and text[j].isupper() and text[max(0, j - 2) : j] == ", ":
        return True  # "ANNAPOLIS, Md. (AP)": a state after its city
    if word == "jr" and _AFTER_NAME.search(text, max(0, j - 40), j) and _NEW_SUBJECT.match(text, dot + 1):
        return False  # "... and Secretary B Jr. Secretary A will also ...": the suffix ends the sentence
    return word in _ABBREV


_AFTER_NAME = re.compile(r"[A-Z][\w'’-]+\s$")
# a title or name that opens a sentence and its verb: "Secretary A will", "The two ministers will"
_NEW_SUBJECT = re.compile(r"\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:will|would|is|are|was|were|has|have|also)\b")


_QUOTE_MARK = re.compile(r"[“”\"]")


def _quote_depth_map(text: str, start: int, end: int) -> Callable[[int], bool]:
    """A function telling whether an offset sits inside a quotation (curly or straight quotes)."""
    inside: list[tuple[int, int]] = []
    open_at = -1
    for m in _QUOTE_MARK.finditer(text, start, end):
        c, i = m.group(), m.start()
        if c == "“" or (c == '"' and open_at < 0):
            open_at = i
        elif open_at >= 0:
            inside.append((open_at, i))
            open_at = -1

    def depth(offset: int) -> bool:
        return any(a < offset <= b for a, b in inside)

    return depth


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cur = start
    depth = _quote_depth_map(text, start, end)
    for m in _END.finditer(text, start, end):
        punct_end = m.end()
        first_dot = m.start()
        nxt = punct_end
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt >= end:
            break
        following = text[nxt]
        # the tests below only skip (none has an effect), so the cheapest runs first
        if not (following.isupper() or following.isdigit() or following in "\"“‘'(["):
            continue
        if text[first_dot] == "." and _is_abbrev(text, first_dot):
            # "U.S. Secretary" does not end here; "in the U.S. The" might, but we keep it together.
            continue
        lead = text[cur:first_dot].strip()
        if lead.isdigit() or (len(lead) <= 5 and _LIST_MARK.fullmatch(lead)):
            continue  # "1. Today ...": a list number, not a sentence
        if depth(punct_end) and punct_end - cur < 600:
            continue  # inside a quotation: a multi-sentence quote stays one sentence
        spans.append((cur, punct_end))
        cur = nxt
    spans.append((cur, end))
    return spans


_FINAL = '.!?:;"”’)]…'
_BULLETS = "-•*–"


def _paragraphs(text: str, body_start: int) -> list[tuple[int, int]]:
    """Paragraph spans; hard-wrapped lines (long, no final punctuation) join the next line."""
    lines: list[tuple[int, int]] = []
    stripped: list[str] = []
    for m in _TEXT_LINE.finditer(text, body_start):
        t = m.group().strip()
        if t:
            lines.append(m.span())
            stripped.append(t)
    # a bulleted line ("- will urge partners to ...") ends without a stop; it is not a wrapped one
    wrapped = [t for t in stripped if 55 <= len(t) <= 100 and t[-1] not in _FINAL and t[0] not in _BULLETS]
    wrap_mode = len(wrapped) >= 3 and len(wrapped) * 3 >= len(lines)
    paras: list[tuple[int, int]] = []
    prev_end = -1
    for (a, b), t in zip(lines, stripped, strict=True):
        joins = (
            wrap_mode
            and paras
            and prev_end >= 0
            and "\n\n" not in text[prev_end:a].replace("\r", "")
            and t[0] not in _BULLETS  # "- item": a list item starts its own line
            and text[paras[-1][0] : paras[-1][1]].strip()[-1] not in _FINAL
            and len(text[paras[-1][0] : paras[-1][1]].split("\n")[-1].strip()) >= 55
        )
        if joins:
            paras[-1] = (paras[-1][0], b)
        else:
            paras.append((a, b))
        prev_end = b
    return paras


def split(text: str) -> Doc:
    """Cut text into header, paragraphs and sentences (offsets always into the whole text)."""
    header, body_start = _split_header(text)
    doc = Doc(text=text, body_start=body_start, header=header)
    for para, (a, b) in enumerate(_paragraphs(text, body_start)):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        for s, e in _split_paragraph(text, a, b):
            while e > s and text[e - 1].isspace():
                e -= 1
            while s < e and text[s].isspace():
                s += 1
            if e > s:
                doc.sentences.append(Sentence(len(doc.sentences), s, e, text[s:e], para))
    return doc
