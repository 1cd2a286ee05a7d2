"""Who a sentence is about: the person or title it opens with, whom a later "he said" or a quote
standing alone in its paragraph means."""

from __future__ import annotations

import re
from dataclasses import replace

from briefings.extract.people import People, PersonRec
from briefings.extract.quote_forms import BULLET, TURN_LABEL
from briefings.extract.quote_titles import home_holder
from briefings.extract.roles import HEADS, MODIFIERS
from briefings.extract.sentences import Doc, Sentence

# a title or a pronoun opening the sentence, as its subject
# (after a style of address: "HE the Prime Minister affirmed", "H.E. the Ambassador said")
_STYLED = r"(?:(?:HE|H\.\s?E\.|HH|H\.\s?H\.|His\s+Excellency|Her\s+Excellency)\s+)?"
# "5. " numbering a release's paragraph, "- " a bullet
_NUMBERED = r"\s*(?:(?:\(?\d{1,2}[.)]|" + BULLET + r")\s+)?"
_COMMA_LEAD = r"(?:[^,;.“”\"]{0,60},\s*)?"  # "At the outset, "
_OPENING = re.compile(
    _NUMBERED
    + _COMMA_LEAD
    + r"(?:(?:[Hh]e|[Ss]he)\b|"
    + _STYLED
    + r"[Tt]he\s+(?P<t>(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)\b)"
)
# a sentence opening with "the" and a title, in any case ("The visiting minister is ...")
_TITLED = re.compile(_NUMBERED + _COMMA_LEAD + _STYLED + r"[Tt]he\s+(?P<t>(?:[\w'’-]+\s+){0,2}[\w'’-]+)")
_CLOSING_SAID = re.compile(r",\s*(?:said|says)\s+$")  # searched up to a name: "..., said A"
# "2. At the outset, ", "- On Monday, "
_LEAD_IN = re.compile("^" + _NUMBERED + _COMMA_LEAD + "$")
# the article and the words of a title before its holder's name: "The party's committee chair, A B, ..."
# (not a preposition's object: "The talks with A B, ...")
_THE_LEAD = re.compile(
    _NUMBERED
    + _COMMA_LEAD
    + r"[Tt]he\s+"
    + r"(?:(?!(?:with|of|for|to|by|between|and|from|at|in|on|that|who)\s)[\w'’-]+\s+){0,3}$"
)
_TURN = re.compile(TURN_LABEL + r"\s")  # "MR DOE: ", "Laila Doe: "
# "For A, an analyst at X, the visit ...", "For security professor A, ...": whose view the sentence gives
_VIEW_LEAD = re.compile(r"\s*(?:For|In\s+the\s+(?:view|eyes|opinion)\s+of)\s+(?:[\w.'’-]+\s+){0,4}?$")


# a lower-case description before the name: "Harare-based analyst A B was ...", "Security professor A B"
_DESCRIBED = re.compile(
    r"\s*(?:[A-Z][\w'’-]*\s+)?(?:[a-z][\w'’-]*\s+){0,3}?(?P<h>[a-z][\w'’-]*)\s+(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*"
)
_DESCRIBED_HEADS = HEADS | {"professor", "academic"}


def _opens(sent: Sentence, span_start: int, end: int) -> bool:
    """True when a mention (its span's start and its end) opens its sentence as the subject: after at
    most a comma lead-in or a lower-case description, or as the viewer of "For A, ..." (a comma after
    the name)."""
    before = sent.text[: max(0, span_start - sent.start)]
    if _LEAD_IN.match(before) or _THE_LEAD.match(before):  # "The committee chair, A B, ..."
        return True
    described = _DESCRIBED.fullmatch(sent.text, 0, max(0, end - sent.start))
    if described and described["h"] in _DESCRIBED_HEADS:
        return True
    return sent.text.startswith(("For ", "In the "), len(before) - len(before.lstrip())) and bool(
        _VIEW_LEAD.fullmatch(before) and sent.text.startswith(",", end - sent.start)
    )


def subject(doc: Doc, people: People, start: int, verb: int) -> PersonRec | None:
    """The person a sentence opens with, when the speech verb follows ("Doe thanked A and said ...")."""
    found = people.at(start, verb)
    if found and _LEAD_IN.match(doc.text[start : found[0][0].span_start]):
        return found[0][1]
    head = _OPENING.match(doc.text, start, verb)
    if head is None:
        return _lower_title_holder(doc, people, start, verb)
    if head["t"]:  # "The Defence Minister thanked A and said ..."
        return people.by_title(head["t"])
    return people.last_before(start)  # "She thanked A and said ...": the person last named


_LOWER_TITLED = re.compile(_NUMBERED + r"[Tt]he\s+(?P<t>(?:[a-z][\w'’-]*\s+){0,4}[a-z][\w'’-]*)")


def _lower_title_holder(doc: Doc, people: People, start: int, verb: int) -> PersonRec | None:
    """ "The minister of state urged ... adding that": the one holder of the longest title (a head or
    grade word first) the sentence opens with in lower case."""
    m = _LOWER_TITLED.match(doc.text, start, verb)
    words = m["t"].split() if m else []
    if not words or (words[0] not in HEADS and words[0] not in MODIFIERS):
        return None
    for n in range(len(words), 0, -1):
        if words[n - 1] not in ("of", "for", "and", "the") and any(w in HEADS for w in words[:n]):
            rec = people.by_title(" ".join(words[:n]))
            if rec is not None:
                return rec
    return None


def opener(doc: Doc, people: People, sent: Sentence, qs: int) -> PersonRec | None:
    """The person a quote's lead-in opens with when it ends in a colon, or the person the sentence
    before opens with (same paragraph) when the quote is a sentence of its own."""
    lead = doc.text[sent.start : qs]
    if lead.rstrip().endswith(":"):
        return subject(doc, people, sent.start, qs)
    # "A told X that ... . In his words, '...'": the words of the one the sentence before opens with
    if (lead.strip() and not _OWN_WORDS.fullmatch(lead)) or sent.index == 0:
        return None
    prev = doc.sentences[sent.index - 1]
    if "“" in prev.text or '"' in prev.text:
        return None
    # a quote paragraph right under a paragraph reporting one's words ("General A said the conference came
    # at a time of ... ." / '"..."'): that speaker's
    if prev.paragraph != sent.paragraph and (
        lead.strip() or prev.paragraph != sent.paragraph - 1 or not _REPORTED.match(prev.text)
    ):
        return None
    return subject(doc, people, prev.start, prev.end)


_OWN_WORDS = re.compile(
    r"\s*(?:In\s+(?:his|her|their)\s+(?:own\s+)?words|As\s+(?:he|she|they)\s+put\s+it),\s*"
)
# a sentence reporting a speaker's words: its verb of speech within its opening words
_REPORTED = re.compile(
    r"[^,;:“”\"]{0,80}?(?:,[^;:“”\"]{1,100}?,)?\s(?:also\s+)?"
    r"(?:said|says|told|noted|stressed|added|explained|warned|argued|opined|insisted|emphasi[sz]ed)\b"
)


def recent_subject(doc: Doc, people: People, offset: int, pronoun: str) -> PersonRec | None:
    """The subject of the latest sentence before an offset that names a person or opens with a title
    its holder answers to ("A, ..., is to meet B." -> A), within three sentences; None when that
    sentence names people only after its opening, or a sentence between opens with the other pronoun."""
    sent = doc.sentence_at(offset)
    if sent is None:
        return None
    other = {"he": "she", "she": "he"}.get(pronoun.lower(), "")
    for i in range(sent.index, max(-1, sent.index - 4), -1):
        s = doc.sentences[i]
        stop = min(s.end, offset)
        turn = _TURN.match(doc.text, s.start, stop)
        if turn and people.at(s.start, turn.end()):
            # "DOE: Look, the Secretary has been clear.": the label names who talks, not the subject
            s = replace(s, start=turn.end(), text=doc.text[turn.end() : s.end])
        head = _OPENING.match(doc.text, s.start, stop)
        if i < sent.index and head and head.group().split()[-1].lower() == pronoun.lower():
            continue  # "A said .... He said B would attend. '...,' he told reporters": still A
        found = people.at(s.start, stop)
        if found:
            if _opens(s, found[0][0].span_start, found[0][0].end):
                return found[0][1]
            # "X will host the meeting, said Foreign Minister A.": the speaker after the closing verb
            said = [rec for m, rec in found if _CLOSING_SAID.search(doc.text, s.start, m.span_start)]
            if said and i < sent.index:
                return said[0]
            # "The spokesperson said the minister would meet A and B.": the title opening it, not A or B
            title = _opening_title(doc, s.start, found[0][0].span_start)
            return people.by_title(title) if title is not None else None
        if head and other and head.group().split()[-1].lower() == other:
            return None  # "She will also meet his deputy. '...,' he said": not her
        title = _opening_title(doc, s.start, stop)
        if title is not None:
            # "The Prime Minister has made ...": its holder (of two, the one of the text's own country),
            # else someone the text does not name
            return people.by_title(title) or home_holder(people, title)
    return None


def _opening_title(doc: Doc, start: int, stop: int) -> str | None:
    """The title (up to its last head word) that text[start:stop] opens with, if any."""
    titled = _TITLED.match(doc.text, start, stop)
    words = titled["t"].split() if titled else []
    for n in range(len(words), 0, -1):
        if words[n - 1].lower() in HEADS:
            return " ".join(words[:n])
    return None


def named_since(rec: PersonRec, since: int, offset: int) -> bool:
    """True when the person is mentioned between two offsets."""
    return any(since <= m.start < offset for m in rec.mentions)


# "A will meet B", "A is expected to attend": the itinerary of the trip, not a new voice
_PLANS = re.compile(
    r"[^.;,]{0,20}?\b(?:will|(?:is|are)\s+(?:also\s+)?(?:expected|scheduled|due|set|slated)\s+to)\b"
)


def subject_since(people: People, since: int, offset: int, doc: Doc | None = None) -> PersonRec | None:
    """The person last named between two offsets as a sentence's subject, not of a planned act (unless
    that sentence comes right before the quote's, in its paragraph: "B will also attend. '...,' he said")."""
    here = doc.sentence_at(offset) if doc is not None else None
    best: tuple[int, PersonRec] | None = None
    for m, rec in people.mentions:
        if since <= m.start < offset and (best is None or m.start > best[0]):
            sent = m.sentence
            nxt = (sent.paragraph, sent.index + 1)
            just_before = here is not None and (here.paragraph, here.index) == nxt
            if _opens(sent, m.span_start, m.end) and (
                just_before or not _PLANS.match(sent.text, max(0, m.end - sent.start))
            ):
                best = (m.start, rec)
    return best[1] if best else None


def titled_since(doc: Doc, people: People, since: int, offset: int) -> PersonRec | None:
    """The holder of the title a sentence between two offsets opens with ("The president was more
    cautious."), the latest such sentence first."""
    sent = doc.sentence_at(offset)
    if sent is None:
        return None
    for i in range(sent.index, -1, -1):
        s = doc.sentences[i]
        if s.start < since:
            return None
        stop = min(s.end, offset)
        if people.at(s.start, stop):
            return None  # a sentence naming someone: subject_since's to judge
        title = _opening_title(doc, s.start, stop)
        if title is not None:
            return people.by_title(title)
    return None


# "I'd point you to what the Secretary said last week. He said, '...'": a title that spoke just before
_TITLE_SAID = re.compile(
    r"\bthe\s+(?P<t>(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)\s+(?:said|told|stated|wrote|remarked|declared)\b"
)


def spoken_title_before(doc: Doc, people: People, offset: int) -> PersonRec | None:
    """The holder of a capitalised title that "said" something in the sentence before the quote's (in its
    paragraph), when no one is named after that title up to the quote."""
    sent = doc.sentence_at(offset)
    if sent is None or sent.index == 0:
        return None
    prev = doc.sentences[sent.index - 1]
    if prev.paragraph != sent.paragraph or (" said" not in prev.text and " told" not in prev.text):
        return None
    titles = list(_TITLE_SAID.finditer(prev.text))
    found = titles[-1] if titles else None  # the last title that spoke
    if found is None or people.at(prev.start + found.end(), offset):
        return None
    return people.by_title(found["t"])


def turn_speaker(doc: Doc, people: People, offset: int) -> PersonRec | None:
    """The person whose transcript turn ("DOE: ...") holds an offset: the one talking, whom their own
    "he said" cannot mean."""
    sent = doc.sentence_at(offset)
    if sent is None:
        return None
    first = sent
    while first.index > 0 and doc.sentences[first.index - 1].paragraph == sent.paragraph:
        first = doc.sentences[first.index - 1]
    tm = _TURN.match(doc.text, first.start, offset)
    found = people.at(first.start, tm.end()) if tm else []
    return found[0][1] if found else None
