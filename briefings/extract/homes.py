"""More country cues: delegation leaders, a traveller's home, namesakes, the paragraph's host, an issuer
label or letterhead line, the author of a first-person release (organisation officials: org_people)."""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable

from briefings.extract.gazetteer import country_of, find_city
from briefings.extract.label_lines import us_label
from briefings.extract.literals import has_any
from briefings.extract.mentions import Mention
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.people import People, PersonRec
from briefings.extract.places import cities_in, heading_city
from briefings.extract.sentences import Doc, Sentence
from briefings.extract.token_countries import country_at, is_institution
from briefings.extract.tokens import tokenize

_ORGS = ORGANISATION_NAMES
# a water named after a state ("the South X Sea", "the Xish Sea", "the Sea of X", "the Gulf of Y") names the
# water, not the state
_WATER_AFTER = frozenset({"Sea", "Ocean", "Gulf", "Strait", "Straits"})
# "A and B will lead the U.S. delegation": the leaders of a country's delegation are of that country
_LEAD_DELEGATION = re.compile(
    r"\s*(?:will|to|would|shall|is to|are to)?\s*(?:co-)?(?:lead|leads|led|head|heads|headed)\s+"
    # "a bipartisan Xish Parliamentary Delegation": lower-case words before the country, a noun after it
    r"(?:the|a|an|its|his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<c>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+[Dd]elegation\b"
)
_LEAD_WORDS = ("lead", "led", "head")  # every _LEAD_DELEGATION match holds one of these
# "China said its delegation would be led by A": the sentence's subject country leads through its delegation
_ITS_DELEGATION = re.compile(
    r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}?delegation\b[^.;]{0,40}?\b(?:led|headed)\s+by\s+$"
)
_SUBJECT = re.compile(
    r"(?:the\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)\s+(?:has\s+|had\s+|have\s+)?(?:[a-z]+ed|said|says)\b"
)
_LIST_GAP = re.compile(r"^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$")
# "President A of the Republic of B and Mrs. C A": a namesake joined by "and" (a spouse) shares the country
_SPOUSE_GAP = re.compile(
    r"^(?:\s*,?\s+of\s+[^,;]{1,40}?)?\s*,?\s*and\s*(?:(?:his|her)\s+(?:wife|husband|spouse)\s*,?\s*)?"
    r"(?:(?:Mrs|Mr|Ms|Madam|Madame|Dr)\.?\s+)?$"
)
# "support for Ukraine", "the war in Ukraine": a country named as a cause, not a party to the meeting
_NOT_PARTY = re.compile(
    r"\b(?:(?:support|aid|assistance|help|solidarity)\s+(?:for|to|with)|(?:war|conflict|crisis)\s+in|"
    r"(?:invasion|occupation)\s+of|against|(?:threats?|coercion|pressure|aggression)\s+(?:from|by))\s+(?:the\s+)?$",
    re.I,
)
# "Xland's war of aggression", "Yland's invasion": a country named as the aggressor, no party either
_AGGRESSOR = re.compile(
    r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}?(?:'s|’s)\s+(?:[a-z-]+\s+){0,3}?"
    r"(?:war|invasion|aggression|attacks?|occupation|blockades?)\b"
)


# "the Xish shadow fleet", "Xish sabotage": a country's adjective before a threat the meeting is about
_THREAT = re.compile(
    r"[A-Z][\w-]*\s+(?:shadow\s+fleet|sabotage|disinformation|hybrid\s+(?:threats?|attacks?|warfare)|"
    r"aggression|drone\s+incursions?)\b"
    # "the UK-led force", "the Xish-chaired group": the group's leader, no party of one pair either
    r"|[A-Z][\w.]*-(?:led|chaired)\b"
)


def _as_cause(text: str, pos: int) -> bool:
    """The country named at pos is a cause ("support for X", "X's war of aggression", "the Xish shadow
    fleet") or a group's leader ("the X-led force"), not a party."""
    return bool(
        _NOT_PARTY.search(text, max(0, pos - 40), pos)
        or _AGGRESSOR.match(text, pos)
        or _THREAT.match(text, pos)
    )


_PLAIN_WORD = re.compile(r"\s(?!(?:and|the|of|to|in)\b)[a-z]+\b")
_PAIR = re.compile(r"\b[A-Z][\w.]*(?:\s*[-–/]\s*[A-Z][\w.]*)+")
_LEG = re.compile(r"\b(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:leg|stop|portion)\b")
# read after a word boundary (visited_country); every alternative opens with one of _VISIT_HEADS
_VISIT = re.compile(
    r"(?:visit|visits|travel to|travels to|fly to|flies to|arrive in|arrives in|tour of|trip to|visit to)"
    r"\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
)
_VISIT_HEADS = ("visit", "travel", "fly", "flies", "arrive", "tour", "trip")
_LEG_WORDS = ("leg", "stop", "portion")  # every _LEG match holds one of these


def doc_countries(doc: Doc, institutions: bool = False) -> list[tuple[str, int]]:
    """Every country (no organisation; an institution only when asked) the text names, with its offset, in
    order; "India-Singapore" names two."""
    text = doc.text
    out: list[tuple[str, int]] = []
    for s in doc.sentences:
        toks = tokenize(text, s.start, s.end)
        i = 0
        while i < len(toks):
            t = toks[i]
            if not t.cap:
                i += 1
                continue
            if "-" in t.text:
                parts = [country_of(part) for part in t.text.split("-")]
                if sum(1 for c in parts if c) >= 2:  # "India-Singapore"; not "Agence France-Presse"
                    out.extend((c, t.start) for c in parts if c and c not in _ORGS)
            hit = country_at(toks, i, text)
            if hit:
                phrase = text[t.start : toks[hit[1] - 1].end]
                water = (hit[1] < len(toks) and toks[hit[1]].text in _WATER_AFTER) or (
                    i >= 2 and toks[i - 1].text == "of" and toks[i - 2].text in _WATER_AFTER  # "the Sea of X"
                )
                if hit[0] not in _ORGS and not water and (institutions or not is_institution(phrase)):
                    out.append((hit[0], t.start))
                i = hit[1]
                continue
            i += 1
    return out


def its_delegation(text: str, start: int, at: int) -> str | None:
    """ "China has confirmed that its delegation will be led by A": the subject country of the sentence."""
    if "delegation" not in text[max(start, at - 80) : at]:
        return None
    dm = _ITS_DELEGATION.search(text, max(start, at - 80), at)
    subject = _SUBJECT.match(text, start, dm.start()) if dm else None
    country = country_of(subject[1]) if subject else None
    return country if country not in _ORGS else None


def leading_country(words: str) -> str | None:
    """The country the capitalised words open with ("Xish Parliamentary": Xland), longest reading first."""
    parts = words.split()
    for k in range(len(parts), 0, -1):
        country = country_of(" ".join(parts[:k]))
        if country:
            return country
    return None


def lead_delegations(doc: Doc, people: People) -> None:
    """ "A and B will lead the U.S. delegation": A and B are of that country."""
    text = doc.text
    for s in doc.sentences:
        if "elegation" not in s.text or not has_any(s.text, _LEAD_WORDS):
            continue
        found: list[tuple[Mention, PersonRec]] | None = None  # the sentence's people, read when first needed
        for m in _LEAD_DELEGATION.finditer(text, s.start, s.end):
            country = leading_country(m["c"])
            if not country:
                continue
            if found is None:
                found = people.at(s.start, s.end)
            leaders = [x for x in found if x[0].tail_end <= m.start()]
            if not leaders or text[leaders[-1][0].tail_end : m.start()].strip(" ,"):
                continue
            chain = [leaders[-1]]
            for a, b in zip(reversed(leaders[:-1]), reversed(leaders[1:]), strict=True):
                if not _LIST_GAP.match(text[a[0].tail_end : b[0].span_start]):
                    break
                chain.append(a)
            for _, rec in chain:
                rec.country = rec.country or country


def namesakes(doc: Doc, people: People) -> None:
    """A spouse named right after "and" ("President A B of C and Mrs. D B") shares the country."""
    text = doc.text
    for (ma, ra), (mb, rb) in zip(people.mentions, people.mentions[1:], strict=False):
        if rb.country or not ra.country or ra is rb or ma.sentence is not mb.sentence:
            continue
        gap = text[ma.tail_end : mb.span_start]
        # "Prime Minister A B of C and Mrs. A D": a family name written first, with a spouse's honorific
        spouse = any(w in text[ma.tail_end : mb.start] for w in ("Mrs", "Madam", "wife", "husband", "spouse"))
        shared = ra.surname.lower() == rb.surname.lower() or (
            spouse and ra.tokens[0].lower() == rb.tokens[0].lower()
        )
        if shared and _SPOUSE_GAP.match(gap):
            rb.country = ra.country


def real_parties(doc: Doc, parties: list[str], named: list[tuple[str, int]]) -> list[str]:
    """The parties that the text names other than as a cause ("support for Ukraine")."""
    out = []
    for p in parties:
        spots = [pos for c, pos in named if c == p]
        if not spots or any(not _as_cause(doc.text, pos) for pos in spots):
            out.append(p)
    return out


def traveller_home(
    doc: Doc,
    rec: PersonRec,
    travels: re.Pattern[str],
    named: list[tuple[str, int]],
    along: set[str] | None = None,
) -> str | None:
    """A traveller's country: the one the text names most often besides the places visited (along: the
    places of a journey the person makes with another)."""
    text = doc.text
    visited = trip_countries(doc, rec, travels, named) | (along or set())
    if not visited:
        return None
    counts = Counter(c for c, pos in named if c not in visited and not _as_cause(text, pos)).most_common(2)
    if not counts or counts[0][1] < 2 or (len(counts) > 1 and counts[1][1] == counts[0][1]):
        return None
    return counts[0][0]


def trip_countries(
    doc: Doc, rec: PersonRec, travels: re.Pattern[str], named: list[tuple[str, int]] | None = None
) -> set[str]:
    """The countries a person is said to travel to ("A will travel to Xcity and Yland"): the cities and
    countries (named: doc_countries, when known) after the travel verb, up to the first plain word."""
    text = doc.text
    visited: set[str] = set()
    for m in rec.mentions:
        tm = travels.match(text, m.tail_end)
        if not tm:
            continue
        stop = _PLAIN_WORD.search(text, tm.end(), m.sentence.end)  # the places run to the first plain word
        end = stop.start() if stop else m.sentence.end
        if named is not None:
            visited.update(c for c, pos in named if tm.end() <= pos < end)
        visited.update(c.country for c, _, _ in cities_in(text, m.tail_end, end, frozenset()))
    return visited


def paragraph_host(
    doc: Doc, m: Mention, parties: frozenset[str], past: Callable[[int], bool] = lambda _: False
) -> str | None:
    """The country of the place a paragraph is about, read before the mention's sentence: a city ("In
    Kuala Lumpur, ..."; no past meeting's, `past` at its end), a trip's leg ("During the X leg of ...")."""
    text = doc.text
    sents: list[Sentence] = []  # the mention's paragraph up to its sentence, nearest first
    k = m.sentence.index - 1
    while k >= 0 and doc.sentences[k].paragraph == m.sentence.paragraph and len(sents) < 6:
        sents.append(doc.sentences[k])
        k -= 1
    for s in sents:
        cities = [c for c in cities_in(text, s.start, s.end, parties) if not past(c[2])]
        if cities:
            return cities[0][0].country
    for s in [m.sentence, *sents]:
        if not has_any(s.text, _LEG_WORDS):
            continue
        for leg in _LEG.finditer(text, s.start, s.end):
            c = country_of(leg[1])
            if c and c not in _ORGS:
                return c
    head = heading_city(doc.sentences[k].text) if k >= 0 and len(sents) < 6 else None
    return head.country if head else _last_leg(doc, k)


# "the Secretary will travel to Hanoi": a traveller's next stop, which the paragraphs after it are about
_MOVES = re.compile(r"\b(?:travel|travels|fly|flies|head|heads|proceed|proceeds)\s+(?:on\s+)?to\s+[A-Z]")


def _last_leg(doc: Doc, k: int) -> str | None:
    """The country of the city the traveller last moved on to, in the six sentences up to sentence k
    (earlier paragraphs)."""
    for s in reversed(doc.sentences[max(0, k - 5) : k + 1]):
        if "to " in s.text and _MOVES.search(s.text):
            cities = cities_in(doc.text, s.start, s.end, frozenset())
            return cities[-1][0].country if cities else None
    return None


def caps_issuer(doc: Doc) -> str | None:
    """The issuer named by an all-capital label line ("MEDIA NOTE", "OFFICE OF THE SPOKESPERSON"), or by a
    letterhead line that is a country's name and nothing else ("Prime Minister's Office / Singapore")."""
    for s in doc.sentences[:6]:
        t = s.text.strip()
        if len(t) <= 60 and t.isupper() and us_label(t):
            return "United States"
    for s in doc.sentences[:6]:
        t = s.text.strip()
        c = country_of(t) if len(t) <= 40 and "\n" not in t and t[:1].isupper() else None
        if c and c not in _ORGS and not t.isupper():
            return c
    return _sign_off(doc)


_DATE_LINE = re.compile(r"(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+\d{4}")


def _sign_off(doc: Doc) -> str | None:
    """The issuer's city signing off a release, on a line of its own above a date line ("New Delhi" /
    "August 21, 2026"): that city's country."""
    tail = doc.sentences[-3:]
    for a, b in itertools.pairwise(tail):
        place, when = a.text.strip(), b.text.strip()
        if len(place) <= 30 and place[:1].isupper() and _DATE_LINE.fullmatch(when):
            city = find_city(place)
            if city is not None:
                return city.country
    return None


# organisations of several words, with their last word, in ORGANISATIONS' order


def author_home(
    doc: Doc, people: People, named: list[tuple[str, int]], fit: Callable[[str], bool] | None = None
) -> str | None:
    """The author of a first-person release: the one country the text names that nobody else holds; else
    the one named as a party (not "Xland's invasion of Y") whose office the author's title can be (fit)."""
    held = {r.country for r in people.recs[1:] if r.country}
    free = {c for c, _ in named if c not in held and c not in _ORGS}
    if len(free) == 1:
        return next(iter(free))
    if fit is None:
        return None
    able = {c for c, pos in named if c not in _ORGS and not _as_cause(doc.text, pos) and fit(c)}
    return next(iter(able)) if len(able) == 1 else None


def named_countries(doc: Doc, people: People, every: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The countries the text names (every: doc_countries), less those inside a person's name
    ("Jordan Doe")."""
    spans = sorted((m.start, m.end) for m, _ in people.mentions)
    out = []
    for c, pos in every:
        k = bisect.bisect_right(spans, (pos, 1 << 60)) - 1
        if k < 0 or not (spans[k][0] <= pos < spans[k][1]):
            out.append((c, pos))
    return out


def pair_in(text: str, start: int, end: int) -> tuple[str, str] | None:
    """Two countries joined by a hyphen or dash ("Japan-UK", "Australia–Japan")."""
    if text.find("-", start, end) < 0 and text.find("–", start, end) < 0 and text.find("/", start, end) < 0:
        return None  # every _PAIR match holds one of them
    for m in _PAIR.finditer(text, start, end):
        parts = re.split(r"\s*[-–/]\s*", m.group())
        if len(parts) != 2:
            continue
        a, b = country_of(parts[0]), country_of(parts[1])
        if a and b and a != b:
            return a, b
    return None


def visited_country(doc: Doc) -> str | None:
    """The one country the text says someone will visit or travel to ("EAM will visit Germany")."""
    text = doc.text
    # r"\b" + _VISIT, as finditer would read it: tried only where one of its opening words is written
    starts: set[int] = set()
    for word in _VISIT_HEADS:
        at = text.find(word)
        while at >= 0:
            starts.add(at)
            at = text.find(word, at + 1)
    found: set[str | None] = set()
    pos = 0
    for at in sorted(starts):
        if at < pos or (at and (text[at - 1].isalnum() or text[at - 1] == "_")):
            continue  # inside the last match, or inside a word ("\b" fails there)
        v = _VISIT.match(text, at)
        if v is not None:
            found.add(country_of(v[1]))
            pos = v.end()
    found.discard(None)
    found -= _ORGS
    return found.pop() if len(found) == 1 else None


_QUOTE_OPEN = ('"', "“", "‘", "'")
_PLURAL_DEMONYM = re.compile(r"\b([A-Z][a-z]+(?:an|ese|ino|ish|i))s\b")  # "Australians", "Filipinos"


def paragraph_state(doc: Doc, rec: PersonRec) -> str | None:
    """The one state named in the paragraph of a person's first mention and a quote paragraph after it
    ("Opposition Leader A said the government owed Xlanders an answer"): no city, no cause; else None."""
    m = min(rec.mentions, key=lambda x: x.start)
    para = m.sentence.paragraph
    text = doc.text
    spans = [s for s in doc.sentences if s.paragraph == para]
    after = [s for s in doc.sentences if s.paragraph == para + 1]
    if after and text[after[0].start : after[0].start + 1] in _QUOTE_OPEN:  # the quote their words run on in
        spans += after
    lo, hi = spans[0].start, spans[-1].end
    found = {
        c
        for c, pos in doc_countries(doc)
        if lo <= pos < hi and not _as_cause(text, pos) and find_city(_word_at(text, pos)) is None
    }
    found.update(c for w in _PLURAL_DEMONYM.findall(text, lo, hi) if (c := country_of(w)))
    return found.pop() if len(found) == 1 else None


def _word_at(text: str, pos: int) -> str:
    """The word starting at pos."""
    end = pos
    while end < len(text) and (text[end].isalnum() or text[end] in ".'-"):
        end += 1
    return text[pos:end].rstrip(".")
