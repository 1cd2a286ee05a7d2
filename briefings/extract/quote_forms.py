"""Statements without quote marks: "X said:" and the paragraphs after it, "X said: text" in one
paragraph, and the "Name: answer" lines of a press-briefing transcript."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from briefings.extract.people import People, PersonRec
from briefings.extract.sentences import Doc
from briefings.models import Quote

VERB_WORDS = (
    r"said|says|added|adds|noted|notes|stressed|explained|stated|remarked|declared|wrote|emphasi[sz]ed|"
    r"underscored|warned|insisted|continued|replied|responded|told|observed|argued|announced|commented|"
    r"called|described|saying|adding|writing|accused|posted|tweeted|reiterated|affirmed|cautioned|acknowledged|conceded|"
    r"asserted|recalled|predicted|vowed|pledged|highlighted|underlined|maintained|put\s+it|"
    # "issued a statement calling X '...'" (not "..., calling X a '...'": a clause on the sentence's subject)
    r"(?<!,\s)calling"
)
# "A refused to sign, telling reporters that ...", "A welcomed them, noting that ...": a speech participle
# after the subject's first verb, with its "that" clause (not 'arguing for a "coalition of X" approach': a
# term; nor after the quote: '"...," noting X' names no speaker)
_PARTICIPLES = r"telling|noting|stressing|insisting|arguing|emphasi[sz]ing|stating|explaining|declaring"
BEFORE = re.compile(
    rf"(?P<w>[^.;“”\"]{{1,120}}?)\s+(?:(?:{VERB_WORDS})\b[^;“”\"]{{0,130}}?|"
    rf"(?:{_PARTICIPLES})\b[^;“”\"]{{0,90}}?\bthat\b[^;“”\"]{{0,40}}?)[,:]?\s*$"
)
# "X said last week that allies had delivered ... but that it was "still not enough"": a long reported clause
FAR_BEFORE = re.compile(rf"(?P<w>[^.;“”\"]{{1,120}}?)\s+(?:{VERB_WORDS})\b[^;“”\"]{{131,220}}?[,:]?\s*$")
INTRO = re.compile(
    rf"(?:\b(?:{VERB_WORDS})\b[^.:“”\"]{{0,40}}:|following\s+(?:statement|readout|remarks)(?:\s+(?:on|at|in|after|to|today|yesterday)\b[^.:“”\"]{{0,40}})?\s*:?|(?:statement|readout)\s*:|"
    r"\battributable\s+to\b[^:“”\"]{1,120}:)\s*$",
    re.I,
)
_WILL = re.compile(r"\bwill\b")
# background the reporter gives: "A and B last met in May", "X previously visited ... in 2019"
_LAST_TIME = re.compile(r"\b(?:last|previously|first)\s+(?:met|visited|held|hosted|spoke|travel(?:l)?ed)\b")
_WILL_FIRST = re.compile(r"[^,;.]{0,120}?\bwill\b")  # "will" in a paragraph's opening clause
_NARRATION = re.compile(r"\b(?:said|says|added|told|wrote)\b")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|my|My)\b")
# the same, without a capital "I" that may be a numeral ("Pillar I and ..."): "I" opens a sentence or a
# clause, or follows a conjunction, and goes on in lower case ("In Sri Lanka, I want", "and I expect")
_OWN_VOICE = re.compile(
    r"\b(?:we|We|our|Our|us|my|My)\b|"
    r"(?:(?:^|[.,;:!?]\s+)|\b(?:and|but|that|so|as|when|because|why|where)\s+)I(?=\s+[a-z]|'[a-z])"
)
# a third-person word or a title: the reporter speaks of someone again
_THIRD_PERSON = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Tt]hey|[Tt]heir|[Tt]he\s+(?:leaders|ministers|secretaries|two|sides|delegations|visit|trip)|"
    r"welcomed|agreed|discussed|reaffirmed|exchanged|thanked|accepted|met|held)\b"
)
_WHEN = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July|August|September|"
    r"October|November|December)\b"
)
# "Minister Doe said on Monday: Text ..." inside one paragraph (the colon not at its end)
_INLINE = re.compile(rf"\b(?:{VERB_WORDS})\b[^.:;“”\"]{{0,60}}:\s+(?=[A-Z]|(?<=\bsaid:\s)[a-z])")
# a bulleted item in lower case: a list that completes the sentence before it
# a list item's mark opening a line ("- ", "• "): the marks sentences.py keeps on their own lines
BULLET = r"[-•*–]"
_LIST_ITEM = re.compile(BULLET + r"\s+[a-z]")
# a transcript turn's label, its speaker's name and a colon ("Mira Tolk:", "MR DOE:")
TURN_LABEL = r"(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*:"
# "Mira Tolk: During the visit ...": a transcript line opening with a speaker's name
_TRANSCRIPT = re.compile(TURN_LABEL + r"\s+(?=[A-Z“\"‘'])")

# a turn label naming its speaker in capitals ("MR DOE:", "DOE:", "Press Secretary DOE:"): the style of a
# verbatim transcript of record (a briefing, a broadcast), whose turns are the record itself, not quotes
_RECORD_LABEL = re.compile(r"\b(?!MRS?\b|MS\b|DR\b)[A-Z][A-Z'’-]{2,}(?=\s*$|\s*:)")

Resolver = Callable[[str, int], PersonRec | None]


@dataclass
class Para:
    """A paragraph: its number and offsets."""

    index: int
    start: int
    end: int


def paragraphs(doc: Doc) -> list[Para]:
    """The paragraphs of a document, from its sentences."""
    spans: dict[int, tuple[int, int]] = {}
    for s in doc.sentences:
        a, b = spans.get(s.paragraph, (s.start, s.end))
        spans[s.paragraph] = (min(a, s.start), max(b, s.end))
    return [Para(k, a, b) for k, (a, b) in sorted(spans.items())]


def ends_intro(text: str) -> bool:
    """True for a paragraph ending like "X said:" or "the following statement:"."""
    return text.rstrip().endswith(":") and bool(INTRO.search(text[-120:]))


def _intro_speaker(
    doc: Doc, people: People, start: int, colon: int, resolve: Resolver, strict: bool = False
) -> PersonRec | None:
    """Who speaks in the sentence ending at a colon: its speech verb's subject, else its last person."""
    sent = doc.sentence_at(start)
    if sent is None:
        return None
    intro = doc.text[sent.start : colon].rstrip(": ")
    bm = BEFORE.search(intro)
    rec = resolve(bm["w"], sent.start) if bm else None
    if rec is None and bm and (cm := _CLOSING_VERB.search(intro)) and cm["w"] != bm["w"]:
        # "Later, in a message posted on X, A said:": the verb before the colon, not a participle before it
        rec = resolve(cm["w"], sent.start)
    if rec is None and not (strict and bm):  # strict: "the ministry said:" is no one, not a person nearby
        found = people.at(sent.start, min(sent.end, colon))
        rec = found[-1][1] if found else None
    return rec


_CLOSING_VERB = re.compile(rf"(?P<w>[^.;“”\"]{{1,160}}?)\s+(?:{VERB_WORDS})\s*$")
# a time clause before the subject: "Before his departure, ", "Ahead of the talks, ", "On arrival, "
_LEAD_IN = re.compile(r"(?:Before|After|Ahead\s+of|Following|On|Upon|Prior\s+to|During|At)\s[^,;:]{1,50},\s+")
# "she issued the following statement": a pronoun as the statement's subject
_HE_SHE = re.compile(
    r"(?:[Hh]e|[Ss]he)\s+(?:has\s+|will\s+|also\s+)?(?:issued|released|gave|made|delivered)\b"
)
_OPENING_WORDS = re.compile(r"(?:(?:[A-Z][\w.'’-]*|the|of|for|and)\s+)*")  # a title before the name


def issuer(doc: Doc, people: People, colon: int) -> PersonRec | None:
    """The person a statement's intro sentence opens with ("Chief Spokesman A B issued the following
    statement:"); no one when it opens otherwise ("The ministry, on behalf of A, issued ...")."""
    sent = doc.sentence_at(colon)
    if sent is None:
        return None
    found = people.at(sent.start, colon)
    if not found:
        # "Before her departure, she issued the following statement:": the person the pronoun goes back to
        lead = _LEAD_IN.match(doc.text, sent.start, colon)
        said_by = _HE_SHE.match(doc.text, lead.end() if lead else sent.start, colon)
        return people.last_before(sent.start) if said_by else None
    m, rec = found[0]
    lead = (
        _LEAD_IN.match(doc.text, sent.start, m.start)
        if doc.text[sent.start : sent.start + 1] in "ABDFOPU"
        else None
    )
    # "Before his departure, Minister A B issued the following statement:": the subject after the lead-in
    return rec if _OPENING_WORDS.fullmatch(doc.text, lead.end() if lead else sent.start, m.start) else None


def _quote(doc: Doc, rec: PersonRec | None, start: int, end: int) -> Quote | None:
    ev = doc.evidence(start, end, doc.sentence_at(start))
    if ev is None:
        return None
    return Quote(speaker=rec.name if rec else None, text=" ".join(doc.text[start:end].split()), evidence=ev)


_LAST_SENTENCE = re.compile(r"(?<=[.!?][\"”])\s+(?=[A-Z])|(?<=[.!?])\s+(?=[A-Z])")


def statements(
    doc: Doc, people: People, paras: list[Para], quoted: set[int], resolve: Resolver
) -> list[Quote]:
    """An unquoted statement after "X said:" or "the following statement:" is a quote too."""
    text = doc.text
    out: list[Quote] = []
    for pi, p in enumerate(paras[:-1]):
        seg = text[p.start : p.end]
        if not seg.rstrip().endswith(":") or (pi + 1) in quoted:
            continue
        intro = _LAST_SENTENCE.split(seg.rstrip())[-1]  # 'A said the X was "...". He said:': its own
        if "“" in intro or '"' in intro:
            continue
        im = INTRO.search(seg[-120:])
        if im is None or not seg[: len(seg) - min(len(seg), 120) + im.start()].strip():
            continue  # "Notes to editors:": a heading, no one speaks
        nxt = paras[pi + 1]
        body = text[nxt.start : nxt.end]
        if body.startswith(("“", '"')) or len(body.split()) < 4 or _LIST_ITEM.match(body):
            continue  # (a bulleted list in lower case ends the intro's own sentence: "would review:")
        rec = _intro_speaker(doc, people, p.end - 1, p.end, resolve)
        # a readout ("X said:" then third-person paragraphs) runs on to its end; a statement in the
        # speaker's own voice runs on through paragraphs in that voice
        # (the speaker's voice may show only in the second paragraph: "Together we are building ...")
        readout = not _FIRST_PERSON.search(body) and not (
            pi + 2 < len(paras) and _OWN_VOICE.search(text, paras[pi + 2].start, paras[pi + 2].end)
        )
        future = _WILL.search(body) is not None  # a past-tense readout stops at "X will travel ..."
        for k in range(pi + 1, len(paras)):
            nxt = paras[k]
            body = text[nxt.start : nxt.end]
            ended = not body.rstrip().endswith((".", "!", "?"))  # "# # #", "Background": the end
            if k > pi + 1 and (
                ended or not (readout or _FIRST_PERSON.search(body) or _voice(doc, people, nxt, rec))
            ):
                break
            wm = _WILL_FIRST.match(body) if k > pi + 1 and readout and not future else None
            if wm is not None and not _FIRST_PERSON.search(wm.group()):
                break  # "X will travel on to ...": the readout is over (not "..., which will", "We will")
            cited = "according to" in body or body.startswith("According to")
            if k > pi + 1 and (_NARRATION.search(body) or cited):
                break  # "..., the spokesperson added.", "..., according to the ministry": the reporter again
            if k > pi + 1 and readout and rec is not None and _LAST_TIME.search(body):
                break  # a person's answer, then "A and B last met in May": the reporter's background
            if k > pi + 1 and (k in quoted or "“" in body or '"' in body or body.rstrip().endswith(":")):
                break
            q = _quote(doc, rec, nxt.start, nxt.end)
            if q:
                out.append(q)
    return out


def _voice(doc: Doc, people: People, p: Para, rec: PersonRec | None) -> bool:
    """True when a paragraph inside a first-person statement may still be the speaker's: it names no one,
    not even the speaker by title ("The Foreign Secretary will also ..."), speaks of no "he" or "she" and
    gives no day or month (the reporter's voice does: "On Friday, ministers will ...")."""
    role = rec.role if rec is not None else None
    return (
        not people.at(p.start, p.end)
        and not (role and f"the {role.casefold()}" in doc.text[p.start : p.end].casefold())
        and _THIRD_PERSON.search(doc.text, p.start, p.end) is None
        and _WHEN.search(doc.text, p.start, p.end) is None
    )


def _named(people: People, words: list[str]) -> PersonRec | None:
    """The person a transcript's speaker label names ("Secretary Doe", "FOREIGN MINISTER DOE")."""
    if all(w.isupper() for w in words):
        words = [w.capitalize() for w in words]
    for i in range(len(words)):
        rec = people.find(words[i:])
        if rec is not None:
            return rec
    return None


def inline_statements(doc: Doc, people: People, paras: list[Para], resolve: Resolver) -> list[Quote]:
    """ "X said: Text ..." inside a paragraph, without quote marks, and a transcript's "Name: answer"."""
    text = doc.text
    out: list[Quote] = []
    for pi, p in enumerate(paras):
        if ":" not in text[p.start : p.end]:
            continue
        # (not a headline "A: X to host the summit": a headline's speaker line is no transcript turn)
        tm = _TRANSCRIPT.match(text, p.start, p.end) if pi > 0 else None
        if tm:
            colon = tm.end() - len(tm.group()) + tm.group().rindex(":")
            words = text[p.start : colon].split()
            rec = _named(people, words) if len(words) <= 5 else None
            if rec is not None and _RECORD_LABEL.search(text, p.start, colon):
                continue  # "MR DOE:", "Press Secretary DOE:": a verbatim record's turn, no quoted speech
            if rec is not None and text[tm.end()] not in "“\"‘'":
                q = _quote(doc, rec, tm.end(), p.end)
                if q:
                    out.append(q)
                out.extend(_answer_runs_on(doc, rec, paras, pi))
            continue
        im = _INLINE.search(text, p.start, p.end)
        if im is None or any(c in text[im.end() : p.end] for c in '“”"'):
            continue
        if len(text[im.end() : p.end].split()) < 4:
            continue
        rec = _intro_speaker(doc, people, im.start(), im.end(), resolve, strict=True)
        q = _quote(doc, rec, im.end(), p.end)
        if q:
            out.append(q)
    return out


def _answer_runs_on(doc: Doc, rec: PersonRec, paras: list[Para], pi: int) -> list[Quote]:
    """The unlabelled paragraphs of a transcript answer before the next "Name:" turn are the answerer's
    too (not the text's closing lines: the run must end at another turn)."""
    text = doc.text
    run: list[Para] = []
    for p in paras[pi + 1 :]:
        if _TRANSCRIPT.match(text, p.start, p.end):
            break
        if not text[p.start : p.end].rstrip().endswith((".", "!", "?", '."', ".”")):
            return []
        run.append(p)
    else:
        return []
    found = (_quote(doc, rec, p.start, p.end) for p in run)
    return [q for q in found if q]
