"""Quotations and who said them: "X said" before or after, pronouns, titles, follow-on paragraphs."""

from __future__ import annotations

import re

from briefings.extract.literals import has_any
from briefings.extract.people import People, PersonRec
from briefings.extract.quote_cues import (
    WITH_SAYING,
    according_to,
    apposed_title,
    captioned_by,
    for_whom,
    labels,
    names_a_title,
    remark_owner,
    remarks_subject,
    signed_by,
    themed,
)
from briefings.extract.quote_forms import (
    BEFORE,
    FAR_BEFORE,
    VERB_WORDS,
    Resolver,
    ends_intro,
    inline_statements,
    issuer,
    paragraphs,
    statements,
)
from briefings.extract.quote_spans import quote_spans
from briefings.extract.quote_speaker import LEAD_CLAUSE, ORG_SAYS, PRONOUN, STAFF, UNNAMED, speaker
from briefings.extract.quote_subjects import (
    opener,
    subject,
)
from briefings.extract.quote_terms import is_term, modifies_noun, names_policy, repeated_speakers
from briefings.extract.sentences import Doc
from briefings.models import Quote

# '"...", after B warned': a clause of its own after a joining word, not the quote's speaker
_CLAUSE_WORDS = r"while|whereas|but|after|before|when|since|because|although|though|until|unless"
_AFTER = re.compile(
    rf"^\s*[,.]?\s*(?:(?:{VERB_WORDS}|according\s+to)\s+(?P<a>[^,;“”\"]{{1,90}})|"
    rf"(?!\s*(?:{_CLAUSE_WORDS})\b)(?P<b>[^,;“”\"]{{1,90}}?)(?:,\s(?P<ap>[^,;“”\"]{{1,110}}),)?\s+(?:{VERB_WORDS})\b)"
)
# "Quotes attributable to the Minister, Senator Doe:" (a media release's quote heading)
_ATTRIBUTABLE = re.compile(r"\battribut(?:able|ed)\s+to\s+(?P<w>[^:“”\"]{1,120}?)\s*:\s*$", re.I)
# between two quotes of one sentence: a reported clause joined on ("..." and that the plan was "...")
_SAME_CLAUSE = re.compile(r"[^.;!?“”\"]{0,80}?\band\s+(?:that\b|said\b|added\b)[^.;!?“”\"]{0,80}$")
_APPOSED = re.compile(r",\s*([^,;“”\"]{3,90}?)\s*[.,;]?\s*$")
_SAYS = re.compile(rf"\b(?:{VERB_WORDS})\b")
_RELATIVE = re.compile(r"(?:who|whom|whose|which|where)\b")
_WORD_BEFORE = re.compile(r"\w\s?$")
# a second "B said:" between the first speech verb and the quote
_NEAR_INTRO = re.compile(
    rf"[,;]\s+(?:while\s+|and\s+|but\s+)?(?P<w>[^.,;“”\"]{{1,60}}?)\s+(?:{VERB_WORDS})\b[^,;“”\"]{{0,40}}:\s*$"
)
# 'build on the AUKUS "optimal pathway"', 'declared X its "main enemy"': a term after its determiner
# (not 'said that Xland "firmly supports" ...': "that" and a capitalised word, the clause's subject)
_DET_TERM = re.compile(
    r"(?:\b(?:the|its|their|his|her|our|this)|\w['’]s)\s+(?:[A-Z][\w'’-]*\s+)?$|\bthat\s+$"
)
# a speech verb, then a clause of the writer's own after a comma ("said Monday, as the two ...")
_WRITERS_CLAUSE = re.compile(
    r"\b(?:said|says|announced|told\s+[\w ]{1,30}?)\b[^,;“”\"]{0,30},\s+(?:as|amid|while)\s[^,;:“”\"]{1,100}$"
)
_NAMED_PHRASE = re.compile(r"\b(?:a|an|the|its|their)\s$")
# a verb right after a quoted name: the name is the clause's subject ('the X "Special Partnership" is ...')
_RUNS_ON = re.compile(r"\s+(?:is|are|was|were|has|have|had|will|would|remains|remained)\b")
# (also a judgement: "dismissed the talks as '...'", "condemned the move as '...'")
_DESCRIBED_WORDS = (
    "described",
    "characteri",
    "termed",
    "dubbed",
    "welcomed",
    "hailed",
    "praised",
    "lauded",
    "dismissed",
    "denounced",
    "condemned",
    "criticised",
    "criticized",
)
_DESCRIBED = re.compile(
    r"\b(?:described|characteri[sz]ed|termed|dubbed|welcomed|hailed|praised|lauded|"
    r"dismissed|denounced|condemned|critici[sz]ed)\b(?:\s+(?:by\s+)?[^“”\".;,]{1,40}?)?\s+as\b[^“”\".;]{0,60}$"
)
_APPOSED_VERB = re.compile(r",\s[^,;“”\".]{1,80},\s+(?:has\s+|had\s+)?")
_DESCRIBED_BY = re.compile(r"\bby\s+([^“”\".;,]+?)\s+as\b")
_TITLE_THEN = re.compile(r"\bthe\s+(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*\s+$")  # "the Deputy PS" + verb
_WHOLE = re.compile(r"[A-Z][^.!?]*[a-z][.!?]")  # a whole sentence: "That matters."
_NUMBERED = re.compile(r"\s*\(?\d{1,2}[.)]\s+")  # "7. " numbering a release's paragraph


def _lead_phrase(text: str, start: int, verb_at: int) -> str | None:
    """The whole sentence up to its speech verb when it opens with a lead-in clause longer than the
    attribution pattern reaches ("Asked about a meeting between A and B, the spokesperson")."""
    nm = _NUMBERED.match(text, start, verb_at)
    lead = text[nm.end() if nm else start : verb_at]
    if "," not in lead or not LEAD_CLAUSE.match(lead) or any(c in lead for c in '.;“”"'):
        return None
    return lead


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
    loose: list[Quote] = []
    lone: list[Quote] = []
    run_pi: dict[int, int] = {}  # out index -> paragraph, for quotes that open their paragraph unattributed
    for qs, qe, _ in quote_spans(doc, paras):
        sent = doc.sentence_at(qs)
        if sent is None:
            continue
        pi = para_of[sent.paragraph]
        closed = text[qe - 1] in "”\"’'»"
        opened = text[qs] in "“\"‘'«"  # a run-on quote's last paragraph may open without a mark
        inner = text[qs + int(opened) : qe - 1 if closed else qe].strip()
        if closed and (modifies_noun(inner, text, qe) or names_policy(inner, text, qe)):
            continue  # 'call for "real" reform': a term before its noun
        if closed and text[qs - 1 : qs] == "(" and text[qe : qe + 1] == ")":
            continue  # 'the Ministerial Consultations ("2+2")': a label in brackets, not speech
        end_sent = doc.sentence_at(qe - 1)
        tail = text[qe : end_sent.end if end_sent else qe][:170]
        rec: PersonRec | None = None
        attributed = False
        am = _AFTER.match(tail) if closed else None
        owner = remark_owner(text, sent.start, qs) if am else None
        owned = speaker(owner, people, qs) if owner else None
        if owned:
            attributed, rec, am = True, owned, None  # the quoted remark is its owner's
        if am:
            attributed = True
            phrase = am["a"] or am["b"] or ""
            rec = speaker(phrase, people, qs, last if pi - last_pi <= 2 else None, last_end, doc)
            if pi - anon_pi <= 1 and PRONOUN.match(phrase) and not people.at(anon_end, qs):
                rec = None  # '"...," a diplomat said. "...," he added': still the unnamed diplomat
            if rec is None and am["ap"]:
                rec = speaker(am["ap"], people, qs)  # '"...," Doe's spokesman, A B, said': A B
            apposed = _APPOSED.match(tail, am.end()) if am["a"] else None
            # (not '"...," said A, a professor at X in Y': a description, whose words name no one)
            described = apposed is not None and rec is not None and apposed[1].startswith(("a ", "an "))
            # (not 'said a senior official, who briefed reporters ... set by the X': a clause on the subject)
            apposed = None if apposed is not None and _RELATIVE.match(apposed[1]) else apposed
            # (not 'said Dr A B, Senior Fellow at the X': the name already given speaks, not the body's head)
            by_name = rec is not None and rec.surname.casefold() in (am["a"] or "").casefold()
            if apposed and not described and not by_name and (rec is None or not PRONOUN.match(am["a"])):
                # "said the spokeswoman, State Secretary A B.": the name in apposition
                rec = speaker(apposed[1], people, qs) or rec
        if rec is None:
            # a name after "a" in a reported clause is no speech: 'stated that ... realizing a "Free ..."'
            # (or a name the clause runs on from: 'stated that the X "Special Partnership" is stronger')
            named = is_term(inner) and (
                _NAMED_PHRASE.search(text, sent.start, qs) is not None or _RUNS_ON.match(text, qe) is not None
            )
            bm = None if named else BEFORE.search(text[sent.start : qs])
            if bm is None and qs - sent.start > 140 and not is_term(inner):
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
                if bm is None:
                    # "Spokesman A B provided the following statement:": the sentence's subject, else no one
                    attributed, rec = True, issuer(doc, people, paras[pi - 1].end - 1)
            if bm:
                attributed = True
                verb_at = sent.start + bm.start("w") + len(bm["w"])
                # "A welcomed B on his visit and stated, ...": the sentence's subject speaks, not B
                joined = bm["w"].endswith(" and") and subject(doc, people, sent.start, verb_at)
                near = _NEAR_INTRO.search(text, verb_at, qs) if not joined else None
                # '"...," A said, while B said: "..."': the speaker right before the colon
                rec = speaker(near["w"], people, qs) if near else None
                lead_w = _lead_phrase(text, sent.start, verb_at) or bm["w"]
                rec = (
                    rec
                    or joined
                    or speaker(lead_w, people, qs, last if pi - last_pi <= 2 else None, last_end, doc)
                )
                said_by = bm["w"].rpartition(",")[2]
                if said_by.strip() == "which":
                    rec = None  # "..., according to a media note, which said": a thing's words, no person's
                elif rec is None and not (ORG_SAYS.search(said_by) or STAFF.search(said_by)):
                    rec = subject(doc, people, sent.start, verb_at)  # not "A's office said": no one
                with_at = rec is None and "with " in text[verb_at:qs]
                wm = WITH_SAYING.search(text, verb_at, qs) if with_at else None
                if wm:
                    # "... has added a note to the visit, with Doe saying he hoped to "..."": Doe speaks
                    rec = speaker(wm["w"], people, qs)
            heading = _ATTRIBUTABLE.search(text[paras[pi - 1].start : paras[pi - 1].end]) if pi > 0 else None
            if rec is None and qs == paras[pi].start and heading:
                attributed = True
                rec = speaker(heading["w"], people, qs)
        if rec is None:
            cited = according_to(text, sent.start, qs, people)  # "According to Minister Doe, ... "...""
            cited = cited or for_whom(text, sent.start, qs, people)  # "For Doe, an analyst, it is "...""
            if cited:
                attributed, rec = True, cited
        if rec is None and not attributed and qs == paras[pi].start and pi > 0:
            # a broadcast script's "[Sound bite: A B - Professor]" caption line over the quote
            rec = captioned_by(text, people, paras[pi - 1].start, paras[pi - 1].end)
            attributed = rec is not None
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
                remarked = speaker(subj, people, paras[nxt_pi].start) if subj else None
                # "– The Honourable A B, Minister of ...": a signature line under the quote
                remarked = remarked or signed_by(text, people, paras[nxt_pi].start, paras[nxt_pi].end)
                if remarked:
                    attributed, rec, follow_pi = True, remarked, nxt_pi
        if text.endswith("so-called ", max(sent.start, qs - 10), qs):
            continue  # 'the meeting of the so-called "coalition of the X"': a name, however long
        if themed(text, sent.start, qs) or apposed_title(text, sent.start, qs, inner):
            continue  # 'under the theme "..."', 'The theme of the summit is "..."': a motto, not speech
        if (not attributed or is_term(inner)) and names_a_title(text, sent.start, qs):
            continue  # "a lecture on "Europe as a ..."", 'A said ... under the theme "X and Y"': a title
        lead_in = text[max(sent.start, qs - 140) : qs]
        described = _DESCRIBED.search(lead_in) if has_any(lead_in, _DESCRIBED_WORDS) else None
        if described:
            # "which both sides have described as '...'": the describer, when a person is named
            at = max(sent.start, qs - 140) + described.start()
            who = people.at(max(sent.start, at - 40), qs)
            # "analyst A, of the X University, described the visit as '...'": the name before its apposition
            who = who or [m for m in people.at(sent.start, at) if _APPOSED_VERB.fullmatch(text, m[0].end, at)]
            # (a family name two people share: the one its words mean, the president, not the first lady)
            describer = speaker(text[who[-1][0].span_start : who[-1][0].end], people, qs) if who else None
            # "the Deputy PS described ... as '...'": a title naming no one here means its holder
            tm = _TITLE_THEN.search(text, max(sent.start, at - 60), at) if not who else None
            titled = speaker(tm.group(), people, qs) if tm else None
            attributed, rec = True, (describer or who[-1][1] if who else titled)
            by = _DESCRIBED_BY.search(described.group())
            if by and not people.at(at + by.start(1), at + by.end(1)):
                rec = None  # "described by diplomats as '...'": unnamed describers, not one named before
        if (
            not attributed
            and last is not None
            and last_sent is sent
            and (_SAME_CLAUSE.match(text, last_end, qs) or not is_term(inner))
        ):
            # 'X said A "..." and that B was "short quote"', 'X said A would "..." while building a "..."'
            attributed, rec = True, last
        # '"...," the official said. "That matters."': a short full sentence after a quote of its paragraph
        # (or a paragraph of its own right after that quote's: '"...," A said.' then '"Not just that."')
        alone = qs == paras[pi].start and qe >= paras[pi].end - 1 and pi - 1 in (last_pi, anon_pi)
        inside = qs > paras[pi].start and pi in (last_pi, anon_pi)
        spoken_on = (alone or inside) and bool(_WHOLE.fullmatch(inner))
        if (
            not attributed
            and not spoken_on
            and (len(inner.split()) < 4 or is_term(inner) or _NAMED_PHRASE.search(text, sent.start, qs))
        ):
            # scare quotes around a term, a quoted name ("a 'Free and Open Region'"), or an unattributed
            # phrase after an article ('to promote a "win-win partnership for all ..."')
            continue
        if (
            len(inner.split()) <= 2
            and _WORD_BEFORE.search(text, max(sent.start, qs - 3), qs)
            and (
                labels(text, qs)
                or is_term(inner)
                or _DET_TERM.search(text, max(sent.start, qs - 40), qs) is not None
                # 'the ministry said Monday, as the two keep up "shuttle talks"': the writer's clause
                or _WRITERS_CLAUSE.search(text, max(sent.start, qs - 160), qs) is not None
            )  # not 'said Doe was "quite pleased"'
        ):
            continue  # "calls X its 'key ally'": a term inside a reported clause
        lead = text[sent.start : qs]
        if rec is None and not attributed and lead.rstrip().endswith(":") and UNNAMED.match(lead):
            attributed = not people.at(sent.start, qs)  # 'A European diplomat put it bluntly: "..."'
        if rec is None and not attributed and qs == sent.start and qs > paras[pi].start:
            # 'One diplomat, who asked not to be named, said .... "..."': still the unnamed speaker
            attributed = _unnamed_said_before(doc, people, sent.index)
        if rec is None and not attributed and last is not None and pi - last_pi <= 1 and last_end > anon_end:
            rec = last  # a follow-on quote paragraph keeps the last speaker
        ev = doc.evidence(qs, qe, sent)
        if ev is None:
            continue
        out.append(
            Quote(speaker=rec.name if rec else None, text=" ".join(inner.split()).rstrip(","), evidence=ev)
        )
        if not attributed and rec is None:
            loose.append(out[-1])  # no one said it here: words a named speaker repeats may be theirs
            if qs == paras[pi].start and qe >= paras[pi].end - 1 and len(inner.split()) >= 8:
                lone.append(out[-1])  # a quote paragraph naming no one
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
    out = _sole_voice(out, lone, anon_pi < 0)
    resolve = _resolver(doc, people, list(out))
    out.extend(statements(doc, people, paras, quoted_paras, resolve))
    out.extend(inline_statements(doc, people, paras, resolve))
    out.sort(key=lambda q: q.evidence.start)
    return repeated_speakers(out, loose)


def _sole_voice(quotes: list[Quote], alone: list[Quote], no_anon: bool) -> list[Quote]:
    """A quote paragraph naming no one, in a text where one person alone speaks and has spoken before it
    (a minister's release: '"...," the Minister said.' ... '"..."'), is that person's."""
    voices = {q.speaker for q in quotes if q.speaker}
    if len(voices) != 1 or not alone or not no_anon:
        return quotes
    first = min(q.evidence.start for q in quotes if q.speaker)
    return [
        q.model_copy(update={"speaker": next(iter(voices))})
        if q.speaker is None and q.evidence.start > first and any(q is a for a in alone)
        else q
        for q in quotes
    ]


def _unnamed_said_before(doc: Doc, people: People, index: int) -> bool:
    """True when the sentence before (in the quote's paragraph) opens with an unnamed speaker who
    says something and names no one."""
    if index == 0:
        return False
    prev, here = doc.sentences[index - 1], doc.sentences[index]
    if prev.paragraph != here.paragraph or not UNNAMED.match(prev.text) or people.at(prev.start, prev.end):
        return False
    return _SAYS.search(prev.text) is not None


def _resolver(doc: Doc, people: People, quotes: list[Quote]) -> Resolver:
    """The speaker lookup the unquoted statement forms use: "He added:" after a quote means its speaker."""

    def resolve(phrase: str, offset: int) -> PersonRec | None:
        prev = [q for q in quotes if q.speaker and q.evidence.end <= offset]
        name = prev[-1].speaker if prev else None
        last = next((r for r in people.recs if r.name == name), None) if name else None
        if last is None or offset - prev[-1].evidence.end > 400:
            return speaker(phrase, people, offset)
        return speaker(phrase, people, offset, last, prev[-1].evidence.end, doc)

    return resolve
