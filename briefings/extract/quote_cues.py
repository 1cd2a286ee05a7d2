"""Cues around a quotation that say who spoke, or that it is no speech at all: "According to X,",
"The minister made the remarks ...", titles of lectures and panels."""

from __future__ import annotations

import re

from briefings.extract.literals import has_any
from briefings.extract.people import People, PersonRec
from briefings.extract.quote_holders import holds
from briefings.extract.roles import role_key

# "According to Minister Doe, the meeting "..."": the person named after "according to" speaks
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?P<w>[^.;:“”\"]{1,160})$", re.I)
_ACCORDING_WORDS = ("ccording to",)
# the paragraph after an unattributed quote: "The minister made the remarks in an interview ..."
_REMARKS = re.compile(
    r"\s*(?P<w>[^,.;:“”\"]{1,80}?)\s+(?:(?:made|gave|offered|delivered)\s+(?:the|these|those|his|her|their)\s+"
    r"(?:remarks|comments)\b|(?P<s>was\s+speaking\b|spoke\b))"
)
_REMARKS_WORDS = ("made ", "gave ", "offered ", "delivered ", "speaking", "spoke")
# a quoted title, not speech: "a lecture ... on "X"", "a panel titled "X"", "under the theme "X""
_TITLE_OF = re.compile(
    r"(?:\b(?:lecture|speech|address|keynote|talk|panel|session|seminar|workshop|symposium|roundtable|"
    r"conference|forum|debate|discussion|paper|report|book|article|essay|exhibition)s?\b"
    r"[^.;:“”\"]{0,80}?\b(?:on|about)|\b(?:titled|entitled|themed|headlined)|"
    r"\bunder\s+the\s+(?:theme|title|banner|slogan)(?:\s+of)?)\s*[,:]?\s*$",
    re.I,
)
_TITLE_OF_WORDS = ("on ", "about ", "itled", "hemed", "eadlined", "nder the")
# a quoted label, not speech: "regards X as its "prime friend"", "calls X a "model ally"" (not "called
# the plan "late"")
_LABEL_BEFORE = re.compile(
    r"\b(?:as|calls?|called|calling|dubbed|termed|labell?ed|declared|declares|named|branded|designated)\s+"
    r"(?:\S+\s+){0,2}?(?:its|an?|the|their|his|her|our)\s+$|"
    r"\b(?:so-called|called|dubbed|termed|labell?ed)\s+$"  # 'the so-called "grey zone"', 'what he called "X"'
)


def according_to(text: str, start: int, quote_start: int, people: People) -> PersonRec | None:
    """The person named after "according to" earlier in the quote's sentence."""
    lead = text[start:quote_start]
    if not has_any(lead, _ACCORDING_WORDS):
        return None
    m = _ACCORDING.search(lead)
    if m is None:
        return None
    found = people.at(start + m.start("w"), quote_start)
    return found[0][1] if found else None


# "For A, an analyst at X, the meeting is "..."", "In the view of Dr A, ... "...": whose view the quote gives
_FOR_WHOM = re.compile(
    r"\s*(?:For|In\s+the\s+(?:view|eyes|opinion|words)\s+of)\s+(?:[A-Z][\w.'’-]*\s+){0,4}?$"
)
_FOR_WHOM_FIRST = ("For ", "In the ")


def for_whom(text: str, start: int, quote_start: int, people: People) -> PersonRec | None:
    """The person a quote's sentence opens with "For A," (or "In the view of A,") before the quote."""
    if not text.startswith(_FOR_WHOM_FIRST, start):
        return None
    comma = text.find(",", start, quote_start)
    if comma < 0:
        return None
    found = people.at(start, comma)
    if not found or not _FOR_WHOM.fullmatch(text, start, found[0][0].start):
        return None  # "For the first time since A visited, ...": A is no opening subject
    return found[0][1]


def remarks_subject(text: str, start: int, end: int, *, spoke: bool) -> str | None:
    """The subject of a paragraph opening "The minister made the remarks ..." (or, with spoke,
    "Doe was speaking ..."), if it opens so."""
    head = text[start : min(end, start + 160)]
    if not has_any(head, _REMARKS_WORDS):
        return None
    m = _REMARKS.match(head)
    if m is None or (m["s"] and not spoke):
        return None
    return m["w"]


_SIGNATURE = re.compile(r"[-–—]{1,2}\s*[A-Z]")


def signed_by(text: str, people: People, start: int, end: int) -> PersonRec | None:
    """The person a dash-led signature line names ("– The Honourable A B, Minister of ...")."""
    if end - start > 200 or not _SIGNATURE.match(text, start, min(end, start + 4)):
        return None  # a short line: a bullet of a list says more
    found = people.at(start, end)
    return found[0][1] if found else None


def captioned_by(text: str, people: People, start: int, end: int) -> PersonRec | None:
    """The person a bracketed caption line over a quote names ("[Sound bite: A B - Professor]")."""
    line = text[start:end].rstrip()
    if end - start > 200 or line[:1] not in "[(" or line[-1:] not in "])":
        return None
    found = people.at(start, end)
    if not found:
        return None
    m, rec = found[0]
    # the caption's shape: a label, the name, then its title or the bracket's end (not "[Photo: A arrives]")
    if _CAPTION_HEAD.fullmatch(text, start, m.span_start) and _CAPTION_TAIL.match(text, m.end, end):
        return rec
    return None


_CAPTION_HEAD = re.compile(r"[\[(](?:[A-Za-z][\w ]{0,30}:\s*)?")
_CAPTION_TAIL = re.compile(r"\s*(?:[-–—,/]|[\])])")


def names_a_title(text: str, start: int, quote_start: int) -> bool:
    """True when the quote is the title of a lecture, panel or theme ("a lecture on "...")."""
    lead = text[max(start, quote_start - 140) : quote_start]
    return has_any(lead, _TITLE_OF_WORDS) and _TITLE_OF.search(lead) is not None


# 'The conference, "From A to B: Science for X", will ...': a title set off by commas after its event (or
# after a talk: '3:00 p.m. – Public remarks, "Holding X: The Y in 2026," followed by ...')
_APPOSED_EVENT = re.compile(
    r"\b(?:conference|forum|summit|dialogue|seminar|symposium|workshop|exhibition|campaign|report|book|"
    r"programme|program|initiative|exercise|session|panel|lecture|festival|film|documentary|"
    r"remarks|address|keynote|presentation)s?,\s*$",
    re.I,
)
_TITLE_WORD = re.compile(r"[A-Z0-9]")


def apposed_title(text: str, start: int, quote_start: int, inner: str) -> bool:
    """True when the quote names the event just before it ("The conference, "A New Era of X", will ...")
    in title case, rather than speaking."""
    if _APPOSED_EVENT.search(text, max(start, quote_start - 40), quote_start) is None:
        return False
    words = [w for w in inner.split() if len(w) > 3]
    return bool(words) and sum(1 for w in words if _TITLE_WORD.match(w)) * 4 >= len(words) * 3


# an event's theme or motto, even inside a speaker's sentence: 'under the theme "X"', "this year's theme,
# "X"", 'The theme of the summit is "X"', 'under the motto "X"' (not "on the theme of X, she said:")
_THEME = re.compile(
    r"\b(?:[Tt]heme|[Mm]otto|[Ss]logan|[Tt]agline)"
    r"(?:\s+of\s+(?:the|this|that|its|their)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s+(?:is|was|will\s+be)"
    r"|\s+of\s+(?:the|this)\s+year|\s+(?:is|was|will\s+be))?\s*[,:]?\s*$"  # "the theme of the year "..."
)
_THEME_WORDS = ("heme", "otto", "logan", "agline")
# a phrase spoken of rather than spoken: 'watch the language on "..."', 'the notion of "..."'
_MENTION = re.compile(
    r"\b(?:the|this|that|its|their)\s+(?:(?:language|wording)\s+(?:on|of|about|around)|"
    r"(?:phrase|catchphrase|mantra|buzzword)|(?:notion|concept)\s+of)\s*$",
    re.I,
)


def themed(text: str, start: int, quote_start: int) -> bool:
    """True when the quote is the theme, motto or slogan the words before it name, or a phrase they
    speak of ("the language on", "the phrase")."""
    lead = text[max(start, quote_start - 80) : quote_start]
    if _MENTION.search(lead[-40:]) is not None:
        return True
    return has_any(lead, _THEME_WORDS) and _THEME.search(lead) is not None


def labels(text: str, quote_start: int) -> bool:
    """True when the quote follows "as its", "calls X a" or "dubbed the": a label, not speech."""
    return _LABEL_BEFORE.search(text, max(0, quote_start - 30), quote_start) is not None


# "Responding to A's remark that Australia would "...", B said": the quoted words are A's, not B's
_REMARK_OWNER = re.compile(
    r"(?P<w>(?:[A-Z][\w.'’-]*\s+){0,6}[A-Z][\w.'’-]*)(?:'s|’s)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:remarks?|comments?|statements?|words|claims?|assertions?|pledges?|promises?|warnings?|"
    r"descriptions?|characteri[sz]ations?|calls?|insistence|vow)\b[^“”\".;:]{0,100}$"
)
_REMARK_WORDS = ("'s ", "’s ")


def remark_owner(text: str, start: int, quote_start: int) -> str | None:
    """The possessor of "A's remark that ..." right before a quote: the one who said the quoted words."""
    before = text[max(start, quote_start - 220) : quote_start]
    if not any(w in before for w in _REMARK_WORDS):
        return None
    m = _REMARK_OWNER.search(before)
    return m["w"] if m else None


_LEAD = re.compile(r"\s*(?:[^,;.“”\"]{0,40},\s*)?$")  # "On Monday, " before the subject
_CITED = re.compile(r"\s*[Aa]ccording\s+to\s+")
_REPORTS = re.compile(r"\b(?:said|says|told|tells|added|stated|noted|stressed|explained)\b")


def reporting_subject(people: People, offset: int) -> PersonRec | None:
    """In the sentence of the last mention before an offset, the person a speech verb follows
    ("Secretary Doe, briefing reporters, said Smith would ..." -> Doe): whom a later "she said" means."""
    latest = None
    for m, _ in people.mentions:
        if m.start < offset and (latest is None or m.start > latest.start):
            latest = m
    if latest is None:
        return None
    sent = latest.sentence
    inside = people.at(sent.start, min(sent.end, offset))
    if not inside:
        return None
    first = inside[0][0]
    before_first = max(0, first.span_start - sent.start)  # the sentence's text before its first person
    if _CITED.fullmatch(sent.text, 0, before_first):
        return inside[0][1]  # "According to A, an analyst, the talks come at ... '...,' she said": A's view
    if _LEAD.match(sent.text[:before_first]) and _reports(
        sent.text, max(0, first.end - sent.start), max(0, min(sent.end, offset) - sent.start)
    ):
        # "A will lead X while B will lead Y, spokesperson C told the briefing": C, the verb's own subject
        closing = [
            rec
            for m, rec in inside[1:]
            if _OWN_VERB.match(sent.text, m.tail_end - sent.start)
            and ", " in sent.text[: m.span_start - sent.start]
        ]
        # else the sentence's subject ("Doe, who met Smith, said ...")
        return closing[0] if closing else inside[0][1]
    # a name in the possessive speaks for no one ("A, B's adviser, told reporters": A)
    heads = [
        (m, rec) for m, rec in inside if sent.text[m.end - sent.start : m.end - sent.start + 2] not in _POSS
    ]
    for i, (m, rec) in enumerate(heads):
        stop = heads[i + 1][0].span_start if i + 1 < len(heads) else min(sent.end, offset)
        if _reports(sent.text, max(0, m.end - sent.start), max(0, stop - sent.start)):
            return rec
    return None


_POSS = ("'s", "’s")


# "..., the ministry said": an office's speech verb, not the person's
_OFFICE_BEFORE = re.compile(
    r"(?:[Mm]inistry|[Dd]epartment|[Oo]ffice|[Ee]mbassy|[Gg]overnment|[Ss]tatement|[Rr]eadout|[Ss]ources?|"
    r"officials?|[Ss]pokes(?:person|man|woman))\s+$"
)


_PRONOUN_BEFORE = re.compile(r"\b(?:he|she|they)\s+$", re.I)


_OWN_VERB = re.compile(r"\s+(?:said|told|added|stated|noted|stressed|explained)\b")


def _reports(text: str, start: int, end: int) -> bool:
    """True when a speech verb between two offsets has a person, not an office, as its subject."""
    for m in _REPORTS.finditer(text, start, end):
        before = text[max(start, m.start() - 30) : m.start()]
        # ("A will visit X on Monday, she added": the pronoun's verb, someone else's words)
        if not _OFFICE_BEFORE.search(before) and not _PRONOUN_BEFORE.search(before):
            return True
    return False


# "he", "his", "she", "her" as a possessive ("her government", not "thanked her for")
_GENDERED = re.compile(
    r"\b(?:(?P<m>[Hh]e|[Hh]is|[Hh]imself)|(?P<f>[Ss]he|[Hh]erself|[Hh]er(?=\s+[a-z])"
    r"(?!\s+(?:for|to|at|on|in|and|or|with|that|as|by|from|about|of|after|before)\b)))\b"
)


def gender_of(people: People, rec: PersonRec) -> str | None:
    """The person's gender ("m"/"f") from the first "he/his/she/her" after each mention, if they agree."""
    seen: set[str] = set()
    for m in rec.mentions:
        sent = m.sentence
        stop = sent.end
        for other, _ in people.mentions:
            if m.end <= other.span_start < stop:
                stop = other.span_start
        g = _GENDERED.search(sent.text, max(0, m.end - sent.start), max(0, stop - sent.start))
        if g:
            seen.add("m" if g["m"] else "f")
    return seen.pop() if len(seen) == 1 else None


def agrees(people: People, rec: PersonRec, pronoun: str) -> bool:
    """False only when the text shows the person's gender and "he"/"she" is the other one."""
    want = {"he": "m", "she": "f"}.get(pronoun.lower())
    if want is None:
        return True
    known = gender_of(people, rec)
    return known is None or known == want


def latest_agreeing(
    people: People, offset: int, pronoun: str, besides: PersonRec | None = None
) -> PersonRec | None:
    """The person most recently named before an offset whom "he"/"she" can mean (other than besides)."""
    best: tuple[int, PersonRec] | None = None
    for m, rec in people.mentions:
        if rec is besides:
            continue
        if m.start < offset and (best is None or m.start > best[0]) and agrees(people, rec, pronoun):
            best = (m.start, rec)
    return best[1] if best else None


COUNTERPART = re.compile(r"(?:his|her|their|the)\s+(?:(?P<c>[A-Z][\w-]*)\s+)?counterparts?", re.I)


def counterpart_of(
    people: People, anchor: PersonRec | None, offset: int, country: str | None
) -> PersonRec | None:
    """ "Her counterpart said": the latest person named before the quote, other than the one the
    pronoun means, preferring one with the same title (and the country the phrase gives)."""
    if anchor is None:
        return None
    latest: list[tuple[int, PersonRec]] = []
    for m, rec in people.mentions:
        if m.start >= offset or rec is anchor or (country is not None and rec.country != country):
            continue
        for i, (seen_at, seen) in enumerate(latest):
            if seen is rec:
                latest[i] = (max(seen_at, m.start), rec)
                break
        else:
            latest.append((m.start, rec))
    ranked = [r for _, r in sorted(latest, key=lambda x: x[0], reverse=True)]
    key = role_key(anchor.role) if anchor.role else None
    same = [r for r in ranked if key and r.role and role_key(r.role) == key]
    pick = same or ranked
    return pick[0] if pick else None


# "..., with Doe saying he hoped to "..."": an absolute clause names the speaker after "with"
WITH_SAYING = re.compile(
    r"\bwith\s+(?P<w>[^,;“”\"]{1,60}?)\s+(?:saying|adding|noting|stressing|warning|insisting)\b[^.;“”\"]{0,130}$"
)


_SPOUSE_WORD = re.compile(r"\b(?:Mrs|Madam|Madame|Ms|Lady|[Ff]irst\s+[Ll]ady|[Ss]pouse|[Ww]ife|[Hh]usband)\b")


_COURTESY = re.compile(r"(?:(?:mr|ms|dr)\.?)?")


def namesake(people: People, rec: PersonRec, phrase: str, family: str) -> PersonRec:
    """Of the people sharing rec's family name, the one a speaker phrase means: the holder of the title it
    gives ("Prime Minister Doe" over Mrs Doe), else the one person of them with a title (an official over
    a reporter of the same name in the byline)."""
    fam = family.casefold()
    same = [r for r in people.recs if fam in (t.casefold() for t in r.tokens)]
    if len(same) < 2:
        return rec
    # a reporter named only in the byline or a credit line is not the one the story quotes
    quoted = [r for r in same if not all(m.credit for m in r.mentions)]
    if len(quoted) == 1:
        return quoted[0]
    low = phrase.casefold()
    title = low[: low.rfind(fam)].strip() if fam in low else ""  # "Minister Kim": "minister"
    titled = [r for r in same if r.role and (r.role.casefold() in low or (title and holds(r, title)))]
    if len(titled) == 1:
        return titled[0]
    roled = [r for r in same if r.role]
    if rec.role is None and len(roled) == 1 and not _SPOUSE_WORD.search(phrase):
        return roled[0]
    officials = [r for r in roled if not _SPOUSE_WORD.search(r.role or "")]
    if len(officials) == 1 and not _SPOUSE_WORD.search(phrase):
        return officials[0]  # "Lee" means President A Lee, not the president's spouse B Lee
    if rec.role and len(officials) == len(same) and _COURTESY.fullmatch(title):
        # "Minister A Doe ... Secretary B Doe ... Mr. Doe said": a bare family name keeps meaning the one
        # introduced first; a later namesake is told apart by their full name
        return same[0]
    return rec
