"""Quotations and who said them: "X said" before or after, pronouns, titles, follow-on paragraphs."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.literals import has_any
from briefings.extract.people import People, PersonRec
from briefings.extract.quote_cues import (
    COUNTERPART,
    WITH_SAYING,
    according_to,
    agrees,
    counterpart_of,
    holds,
    initials_holder,
    labels,
    latest_agreeing,
    names_a_title,
    namesake,
    remark_owner,
    remarks_subject,
    reporting_subject,
    signed_by,
    title_holder,
)
from briefings.extract.quote_forms import (
    BEFORE,
    FAR_BEFORE,
    VERB_WORDS,
    Resolver,
    ends_intro,
    inline_statements,
    paragraphs,
    statements,
)
from briefings.extract.quote_spans import quote_spans
from briefings.extract.quote_subjects import (
    named_since,
    opener,
    recent_subject,
    subject,
    subject_since,
    titled_since,
)
from briefings.extract.roles import HEADS
from briefings.extract.sentences import Doc
from briefings.models import Quote

_AFTER = re.compile(
    rf"^\s*[,.]?\s*(?:(?:{VERB_WORDS}|according\s+to)\s+(?P<a>[^,;“”\"]{{1,90}})|"
    rf"(?!\s*(?:while|whereas|but)\b)(?P<b>[^,;“”\"]{{1,90}}?)(?:,\s(?P<ap>[^,;“”\"]{{1,80}}),)?\s+(?:{VERB_WORDS})\b)"
)
_POSSESSIVE_TITLE = re.compile(
    r"(?:^|\s)(?P<c>[A-Z][\w-]*)['’]s\s+(?P<t>(?:[A-Za-z][\w'/-]*\s+){0,5}[A-Za-z][\w'/-]*)\s*$"
)
_PRONOUN = re.compile(r"^\s*(?:he|she|they|the\s+(?:minister|secretary|ambassador|president))\s*$", re.I)
# a capitalised title without an article, alone or after a lead-in ("In his remarks, Defence Minister")
_BARE_TITLE = re.compile(r"(?:^|,)\s*(?P<t>(?:[A-Z][\w'/-]*\s+){0,4}[A-Z][\w'/-]*)\s*$")
_TRAILING_TITLE = re.compile(r"\bthe\s+(?P<t>(?:[A-Za-z][\w'/-]*\s+){0,5}[A-Za-z][\w'/-]*)\s*$", re.I)
# "Quotes attributable to the Minister, Senator Doe:" (a media release's quote heading)
_ATTRIBUTABLE = re.compile(r"\battribut(?:able|ed)\s+to\s+(?P<w>[^:“”\"]{1,120}?)\s*:\s*$", re.I)
# the subject before the verb: a name opening the sentence, after at most a short lead-in ("On Monday,")
_ACRONYM = re.compile(r"[A-Z]{2,5}")
_FUNCTION_WORDS = frozenset({"and", "of", "the", "for", "a", "an", "to", "in", "on", "at", "with"})
# between two quotes of one sentence: a reported clause joined on ("..." and that the plan was "...")
_SAME_CLAUSE = re.compile(r"[^.;!?“”\"]{0,80}?\band\s+(?:that\b|said\b|added\b)[^.;!?“”\"]{0,80}$")
_APPOSED = re.compile(r",\s*([^,;“”\"]{3,90}?)\s*[.,;]?\s*$")
_WORD_BEFORE = re.compile(r"\w\s?$")
# a second "B said:" between the first speech verb and the quote
_NEAR_INTRO = re.compile(
    rf"[,;]\s+(?:while\s+|and\s+|but\s+)?(?P<w>[^.,;“”\"]{{1,60}}?)\s+(?:{VERB_WORDS})\b[^,;“”\"]{{0,40}}:\s*$"
)
# 'build on the AUKUS "optimal pathway"', 'declared X its "main enemy"': a term after its determiner
_DET_TERM = re.compile(r"(?:\b(?:the|its|their|his|her|our|this|that)|\w['’]s)\s+(?:[A-Z][\w'’-]*\s+)?$")
_NAMED_PHRASE = re.compile(r"\b(?:a|an|the|its|their)\s$")
_DESCRIBED_WORDS = ("described", "characteri", "termed", "dubbed")
_DESCRIBED = re.compile(
    r"\b(?:described|characteri[sz]ed|termed|dubbed)\b(?:\s+by\s+[^“”\".;]{1,40}?)?\s+as\b[^“”\".;]{0,60}$"
)
# a participle or adverbial opening the attribution: its subject comes after the comma
_LEAD_CLAUSE = re.compile(
    r"\s*(?:Asked|Speaking|Responding|Answering|Addressing|Replying|Commenting|Referring|Writing|Briefing|"
    r"Questioned|Pressed|When|After|Before|While|During|Ahead|Prior|Upon|Following|Later|Earlier|Meanwhile|However|In|On|At)\b"
)
_NUMBERED = re.compile(r"\s*\(?\d{1,2}[.)]\s+")  # "7. " numbering a release's paragraph
# "the ministry", "the MEA", "the State Department": an office speaks, not a person
_ORG_SAYS = re.compile(
    r"^\s*(?:the\s+)?(?:[A-Z]{2,6}|(?:[A-Z][\w'’.-]*\s+){0,4}?(?:[Mm]inistry|[Dd]epartment|[Oo]ffice|[Ee]mbassy|"
    r"[Gg]overnment|[Aa]gency|[Ss]ecretariat|[Pp]alace|[Kk]remlin|[Pp]entagon|[Ss]tatement|[Rr]eadout))\s*$"
)
# "Doe's spokesperson", "the President's aides": someone on a person's staff
_STAFF = re.compile(
    r"[’']s\s+(?:[\w-]+\s+){0,2}?(?:spokes(?:person|man|woman)|aides?|staff|team|camp|advis[eo]rs?|officials?)\s*$"
)
# "a senior official", "one European diplomat", "an adviser to A": no one the text names
_UNNAMED = re.compile(
    r"^\s*(?:an?|one|another)\s+(?:[\w.-]+\s+){0,3}?"
    r"(?:officials?|diplomats?|sources?|aides?|advis[eo]rs?|insiders?|negotiators?|spokes(?:person|man|woman))\b",
    re.I,
)


def _speaker(
    text: str,
    people: People,
    offset: int,
    last: PersonRec | None = None,
    since: int = 0,
    doc: Doc | None = None,
) -> PersonRec | None:
    """Resolve an attribution phrase (a name, a surname, a pronoun or a bare title) to a person; a pronoun
    means the last speaker unless someone else is named after that speaker's quote (since)."""
    text = text.strip().rstrip(".,;:")
    head, who, rel = text.partition(", who ")
    if who and "," not in rel:
        # "A senior official, who briefed reporters ... set by the Pentagon, said": the subject before it
        text = head
    if _STAFF.search(text):
        return None  # "Doe's spokesperson said": someone on Doe's staff, not named
    if _UNNAMED.match(text):
        # "A spokesperson for the ministry, A B, said": the name in apposition, else no one
        _, comma, apposed = text.partition(",")
        return _speaker(apposed, people, offset) if comma and not _UNNAMED.match(apposed) else None
    _, comma, clause = text.rpartition(",")
    if comma and _PRONOUN.match(clause):
        text = clause.strip()  # "Asked whether ..., she said:": the pronoun after the lead-in speaks
    elif comma and _LEAD_CLAUSE.match(text):
        # "Asked whether he would meet A, the Foreign Secretary told ...": the clause after the lead-in
        found = _speaker(clause, people, offset, last, since, doc)
        if found is not None or _ORG_SAYS.search(clause):
            return found
    if _ORG_SAYS.search(text):
        # "the ministry said", "the MEA said": an office; "EAM wrote": the minister whose role it spells
        return initials_holder(people, text) if _ACRONYM.fullmatch(text) else None
    words = re.findall(r"[^\W\d_][\w'’.-]*", text)
    if not words:
        return None
    cm = COUNTERPART.fullmatch(text) if "ounterpart" in text else None
    if cm:
        # "Her counterpart said:": the other side of the meeting, seen from the last speaker
        anchor = last or (people.recs[0] if people.recs else None)
        return counterpart_of(people, anchor, offset, country_of(cm["c"]) if cm["c"] else None)
    if _PRONOUN.match(text):
        tm = _TRAILING_TITLE.search(text)
        if tm and last is not None and holds(last, tm["t"]):
            other = subject_since(people, since, offset)
            if other is not None and other is not last and holds(other, tm["t"]):
                return other  # "'...,' A said. B has pushed for ... the minister said": B, named since
            return last  # "the minister added" after that minister's quote
        holder = people.by_title(tm["t"]) if tm and tm["t"][:1].isupper() else None
        if holder:
            return holder  # "The Secretary said:": a capitalised bare title means its holder
        # the last person named, or the one who "said" something in that sentence
        named = reporting_subject(people, offset)
        if named is None and last is not None:
            # one named since only as an object ("... will meet A.") does not take "he said" over
            named = subject_since(people, since, offset)
        elif named is None:
            # "The President looks forward to ... He said:": the subject of the sentences before
            named = recent_subject(doc, people, offset, text) if doc else None
            named = named or people.last_before(offset)
        pick = last  # "She continued:" after her own quote
        if last is None or (named is not None and named is not last and named_since(named, since, offset)):
            pick = named  # "Doe said ... 'Quote,' he said": the person named since the last quote
        after = doc is not None and last is not None and (named is None or named is last)
        titled = titled_since(doc, people, since, offset) if doc and after else None
        if titled is not None and titled is not last and agrees(people, titled, text):
            pick = titled  # "'...,' A said. The president was more cautious. '...,' he said": the president
        if pick is not None and not agrees(people, pick, text):
            # "'...,' Park said. Oduya, for his part, ... '...,' she added": not Oduya
            ok_last = last is not None and last is not pick and agrees(people, last, text)
            pick = last if ok_last else latest_agreeing(people, offset, text)
        return pick
    if text in ("I", "we", "We"):
        return people.recs[0] if people.recs else None  # a first-person release: its author
    for n in range(min(4, len(words)), 0, -1):
        for i in range(len(words) - n, -1, -1):
            chunk = words[i : i + n]
            if not chunk[-1][:1].isupper():
                continue
            rec = people.find([w.rstrip(".").removesuffix("'s").removesuffix("’s") for w in chunk])
            if rec:
                given = {w.casefold() for w in chunk}
                if not all(k in given for k in rec.keys):
                    rec = namesake(people, rec, text, chunk[-1])  # a family name several people may share
                return rec
    m = _TRAILING_TITLE.search(text)
    if m:
        return title_holder(people, m["t"])
    bare = _BARE_TITLE.search(text)  # "In his opening remarks, External Affairs Minister said:"
    if bare and bare["t"].rsplit(None, 1)[-1].lower() in HEADS:
        return title_holder(people, bare["t"])
    m = _POSSESSIVE_TITLE.search(text)  # "Japan's foreign minister"
    return title_holder(people, f"{m['c']} {m['t']}") if m else None


def _lead_phrase(text: str, start: int, verb_at: int) -> str | None:
    """The whole sentence up to its speech verb when it opens with a lead-in clause longer than the
    attribution pattern reaches ("Asked about a meeting between A and B, the spokesperson")."""
    nm = _NUMBERED.match(text, start, verb_at)
    lead = text[nm.end() if nm else start : verb_at]
    if "," not in lead or not _LEAD_CLAUSE.match(lead) or any(c in lead for c in '.;“”"'):
        return None
    return lead


def _is_term(inner: str) -> bool:
    """A short quoted phrase in Title Case: a name or slogan, not speech."""
    words = re.findall(r"[^\W\d_][\w'’-]*", inner)
    return 0 < len(words) <= 6 and all(w[0].isupper() or w.lower() in _FUNCTION_WORDS for w in words)


def find_quotes(doc: Doc, people: People) -> list[Quote]:
    """Every quotation with its speaker when the text says who (scare quotes are left out)."""
    text = doc.text
    paras = paragraphs(doc)
    para_of = {p.index: i for i, p in enumerate(paras)}
    out: list[Quote] = []
    last: PersonRec | None = None
    last_pi = -5
    last_end = 0
    last_sent = None
    anon_pi, anon_end = -5, 0
    quoted_paras: set[int] = set()
    run_pi: dict[int, int] = {}  # out index -> paragraph, for quotes that open their paragraph unattributed
    for qs, qe, _ in quote_spans(doc, paras):
        sent = doc.sentence_at(qs)
        if sent is None:
            continue
        pi = para_of[sent.paragraph]
        closed = text[qe - 1] in "”\"’'»"
        opened = text[qs] in "“\"‘'«"  # a run-on quote's last paragraph may open without a mark
        inner = text[qs + int(opened) : qe - 1 if closed else qe].strip()
        end_sent = doc.sentence_at(qe - 1)
        tail = text[qe : end_sent.end if end_sent else qe][:140]
        rec: PersonRec | None = None
        attributed = False
        am = _AFTER.match(tail) if closed else None
        owner = remark_owner(text, sent.start, qs) if am else None
        owned = _speaker(owner, people, qs) if owner else None
        if owned:
            attributed, rec, am = True, owned, None  # the quoted remark is its owner's
        if am:
            attributed = True
            phrase = am["a"] or am["b"] or ""
            rec = _speaker(phrase, people, qs, last if pi - last_pi <= 2 else None, last_end, doc)
            if pi - anon_pi <= 1 and _PRONOUN.match(phrase) and not people.at(anon_end, qs):
                rec = None  # '"...," a diplomat said. "...," he added': still the unnamed diplomat
            if rec is None and am["ap"]:
                rec = _speaker(am["ap"], people, qs)  # '"...," Doe's spokesman, A B, said': A B
            apposed = _APPOSED.match(tail, am.end()) if am["a"] else None
            # (not '"...," said A, a professor at X in Y': a description, whose words name no one)
            described = apposed is not None and rec is not None and apposed[1].startswith(("a ", "an "))
            if apposed and not described and (rec is None or not _PRONOUN.match(am["a"])):
                # "said the spokeswoman, State Secretary A B.": the name in apposition
                rec = _speaker(apposed[1], people, qs) or rec
        if rec is None:
            # a name after "a" in a reported clause is no speech: 'stated that ... realizing a "Free ..."'
            named = _is_term(inner) and _NAMED_PHRASE.search(text, sent.start, qs) is not None
            bm = None if named else BEFORE.search(text[sent.start : qs])
            if bm is None and qs - sent.start > 140 and not _is_term(inner):
                # a quote that ends a long reported clause: '... but that it was "still not enough"'
                bm = None if named else FAR_BEFORE.search(text[sent.start : qs])
            if (
                bm is None
                and qs == paras[pi].start
                and pi > 0
                and ends_intro(text[paras[pi - 1].start : paras[pi - 1].end])
            ):
                # "The Foreign Secretary said:" closes the paragraph before the quote
                bm = BEFORE.search(text[paras[pi - 1].start : paras[pi - 1].end].rstrip(": "))
            if bm:
                attributed = True
                verb_at = sent.start + bm.start("w") + len(bm["w"])
                # "A welcomed B on his visit and stated, ...": the sentence's subject speaks, not B
                joined = bm["w"].endswith(" and") and subject(doc, people, sent.start, verb_at)
                near = _NEAR_INTRO.search(text, verb_at, qs) if not joined else None
                # '"...," A said, while B said: "..."': the speaker right before the colon
                rec = _speaker(near["w"], people, qs) if near else None
                lead_w = _lead_phrase(text, sent.start, verb_at) or bm["w"]
                rec = (
                    rec
                    or joined
                    or _speaker(lead_w, people, qs, last if pi - last_pi <= 2 else None, last_end, doc)
                )
                said_by = bm["w"].rpartition(",")[2]
                if rec is None and not (_ORG_SAYS.search(said_by) or _STAFF.search(said_by)):
                    rec = subject(doc, people, sent.start, verb_at)  # not "A's office said": no one
                with_at = rec is None and "with " in text[verb_at:qs]
                wm = WITH_SAYING.search(text, verb_at, qs) if with_at else None
                if wm:
                    # "... has added a note to the visit, with Doe saying he hoped to "..."": Doe speaks
                    rec = _speaker(wm["w"], people, qs)
            heading = _ATTRIBUTABLE.search(text[paras[pi - 1].start : paras[pi - 1].end]) if pi > 0 else None
            if rec is None and qs == paras[pi].start and heading:
                attributed = True
                rec = _speaker(heading["w"], people, qs)
        if rec is None:
            cited = according_to(text, sent.start, qs, people)  # "According to Minister Doe, ... "...""
            if cited:
                attributed, rec = True, cited
        if rec is None and not attributed:
            # 'Doe put it bluntly: "..."', 'Doe was wary. "..."' (a short term stays a term)
            rec = opener(doc, people, sent, qs)
        follow_pi = pi
        if rec is None and not attributed and qs == paras[pi].start:
            # a quote paragraph, then "The French minister made the remarks in an interview ..."
            qpi = next((i for i in range(pi, len(paras)) if paras[i].end >= qe), pi)
            nxt_pi = qpi + 1
            if nxt_pi < len(paras) and qe >= paras[qpi].end - 1:
                # "Doe spoke ..." names the speaker only when no earlier speaker's quotes run on here
                spoke = last is None or pi - last_pi > 1
                subj = remarks_subject(text, paras[nxt_pi].start, paras[nxt_pi].end, spoke=spoke)
                remarked = _speaker(subj, people, paras[nxt_pi].start) if subj else None
                # "– The Honourable A B, Minister of ...": a signature line under the quote
                remarked = remarked or signed_by(text, people, paras[nxt_pi].start, paras[nxt_pi].end)
                if remarked:
                    attributed, rec, follow_pi = True, remarked, nxt_pi
        if not attributed and names_a_title(text, sent.start, qs):
            continue  # "a lecture on "Europe as a ..."": a title, not speech
        lead_in = text[max(sent.start, qs - 140) : qs]
        described = _DESCRIBED.search(lead_in) if has_any(lead_in, _DESCRIBED_WORDS) else None
        if described:
            # "which both sides have described as '...'": the describer, when a person is named
            at = max(sent.start, qs - 140) + described.start()
            who = people.at(max(sent.start, at - 40), qs)
            attributed, rec = True, (who[-1][1] if who else None)
        if (
            not attributed
            and last is not None
            and last_sent is sent
            and (_SAME_CLAUSE.match(text, last_end, qs) or not _is_term(inner))
        ):
            # 'X said A "..." and that B was "short quote"', 'X said A would "..." while building a "..."'
            attributed, rec = True, last
        if not attributed and (
            len(inner.split()) < 4 or _is_term(inner) or _NAMED_PHRASE.search(text, sent.start, qs)
        ):
            # scare quotes around a term, a quoted name ("a 'Free and Open Region'"), or an unattributed
            # phrase after an article ('to promote a "win-win partnership for all ..."')
            continue
        if (
            len(inner.split()) <= 2
            and _WORD_BEFORE.search(text, max(sent.start, qs - 3), qs)
            and (
                labels(text, qs)
                or _is_term(inner)
                or _DET_TERM.search(text, max(sent.start, qs - 40), qs) is not None
            )  # not 'said Doe was "quite pleased"'
        ):
            continue  # "calls X its 'key ally'": a term inside a reported clause
        lead = text[sent.start : qs]
        if rec is None and not attributed and lead.rstrip().endswith(":") and _UNNAMED.match(lead):
            attributed = not people.at(sent.start, qs)  # 'A European diplomat put it bluntly: "..."'
        if rec is None and not attributed and last is not None and pi - last_pi <= 1 and last_end > anon_end:
            rec = last  # a follow-on quote paragraph keeps the last speaker
        ev = doc.evidence(qs, qe, sent)
        if ev is None:
            continue
        out.append(
            Quote(speaker=rec.name if rec else None, text=" ".join(inner.split()).rstrip(","), evidence=ev)
        )
        if qs == paras[pi].start and not attributed:
            run_pi[len(out) - 1] = pi  # a paragraph opening with an unattributed quote
        quoted_paras.add(pi)
        if rec and (follow_pi > pi or (am and qs == paras[pi].start)):
            # unattributed quote paragraphs just before '"...," X said.' or "X made the remarks" are X's
            k, want = len(out) - 2, pi - 1
            while k >= 0 and run_pi.get(k) == want and out[k].speaker is None:
                out[k] = out[k].model_copy(update={"speaker": rec.name})
                k, want = k - 1, want - 1
        if rec:
            last, last_pi, last_end, last_sent = rec, max(pi, follow_pi), qe, sent
        elif attributed:
            anon_pi, anon_end = pi, qe  # an unnamed speaker ("a senior official") spoke last
    resolve = _resolver(doc, people, list(out))
    out.extend(statements(doc, people, paras, quoted_paras, resolve))
    out.extend(inline_statements(doc, people, paras, resolve))
    out.sort(key=lambda q: q.evidence.start)
    return out


def _resolver(doc: Doc, people: People, quotes: list[Quote]) -> Resolver:
    """The speaker lookup the unquoted statement forms use: "He added:" after a quote means its speaker."""

    def resolve(phrase: str, offset: int) -> PersonRec | None:
        prev = [q for q in quotes if q.speaker and q.evidence.end <= offset]
        name = prev[-1].speaker if prev else None
        last = next((r for r in people.recs if r.name == name), None) if name else None
        if last is None or offset - prev[-1].evidence.end > 400:
            return _speaker(phrase, people, offset)
        return _speaker(phrase, people, offset, last, prev[-1].evidence.end, doc)

    return resolve
