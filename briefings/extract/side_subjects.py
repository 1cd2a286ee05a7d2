"""Who holds a side meeting and whom it meets: the subject of the cue's clause, people and titles."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of, find_city
from briefings.extract.mentions import Mention
from briefings.extract.people import People, PersonRec
from briefings.extract.people_bare import ASKER_LABEL
from briefings.extract.quote_holders import initials_holder
from briefings.extract.sentences import Doc, Sentence
from briefings.extract.side_clause_bounds import body_start
from briefings.extract.side_counterpart_cues import TITLE_REF
from briefings.extract.side_cues import FIRST_VERB
from briefings.extract.side_rules import prev_subject
from briefings.extract.side_titles import (
    delegation_head,
    held_by_one,
    lead_title,
    protagonists_title,
    sole_holder,
    title_holder,
)

# "the President of the Republic, A": a title with the name of its holder set beside it
_NAMED_AFTER = re.compile(r"\s+(?:[A-Z]|of\b|for\b)")
_APPOSED_NAME = re.compile(r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*){1,4})?,\s+")


def people_in(doc: Doc, people: People, a: int, b: int, lead: PersonRec | None = None) -> list[PersonRec]:
    """The parties text[a:b] names, in order: not the source of the words ("A said"), an owner or an asker."""
    recs: list[PersonRec] = []
    for mention, found in people.at(a, b):
        rec = titled_namesake(people, mention, found)
        if rec in recs or _SAID.match(doc.text, mention.end, mention.end + 20):
            continue  # "..., a day before the talks, Sethi said": the source, not a participant
        if _APPOSED_SAID.match(doc.text, mention.end, b) or _ACCORDING_TO.search(
            doc.text, max(a, mention.start - 40), mention.start
        ):
            continue  # "..., Kim, deputy director of X, told a briefing", "According to Kim, ...": the source
        if _OWN_VISIT.match(doc.text, mention.end, b) and _TIME_PREP.search(
            doc.text, max(a, mention.start - 50), mention.start
        ):
            continue  # "a meeting with A ahead of Prime Minister B's visit to X": B is not met
        if _OWNER.match(doc.text, mention.end, b):
            continue  # "meet X's chief adviser, A": the adviser is met, not the owner
        if ASKER_LABEL.search(doc.text, max(0, mention.start - 16), mention.start):
            continue  # "Reporter (A, Xpress): Is a meeting with B planned?": the journalist asks
        recs.append(rec)
    starts = {mention.start for mention, _ in people.at(a, b)} if "," in doc.text[a:b] else set()
    for m in TITLE_REF.finditer(doc.text, a, b):
        named = _APPOSED_NAME.match(doc.text, m.end(), b) if starts else None
        if named and named.end() in starts:
            continue  # "The President of the Republic, A, will receive B": the title is A's, named beside it
        # "the Foreign Minister" (no name or "of X" after it) of a release about the Federal Foreign Minister
        bare = not _NAMED_AFTER.match(doc.text, m.end(), m.end() + 6)
        titled = lead if lead and bare and lead_title(lead, m[1]) else title_holder(people, m[1])
        if titled is None and lead and lead.role and m[1].split()[-1] in lead.role:
            titled = lead  # "the Secretary" that several hold: the protagonist of the release
        if titled and titled not in recs:
            recs.append(titled)
    return recs


def met_namesakes(people: People, s: Sentence, recs: list[PersonRec]) -> list[PersonRec]:
    """ "Kim held talks with B": of two people sharing the surname, the one named beside B before."""
    out = list(recs)
    for mention, found in people.at(s.start, s.end):
        if len(mention.tokens) != 1 or found not in out:
            continue
        word = mention.tokens[0]
        namesakes = [r for r in people.recs if r is not found and len(r.tokens) > 1 and r.surname == word]
        if not namesakes:
            continue
        others = [r for r in out if r is not found]
        with_found = _beside(found, others, s.index)
        beside = [r for r in namesakes if r not in out and _beside(r, others, s.index) > with_found]
        if len(beside) == 1:
            out[out.index(found)] = beside[0]
    return out


def _beside(rec: PersonRec, others: list[PersonRec], here: int) -> int:
    """How many of others rec shares a sentence with, other than sentence here."""
    own = {m.sentence.index for m in rec.mentions} - {here}
    return sum(1 for r in others if own & {m.sentence.index for m in r.mentions})


def titled_namesake(people: People, mention: Mention, rec: PersonRec) -> PersonRec:
    """ "Minister Kim" given to Adm. Kim A (a chairman) when Minister Kim B is named too: the one person
    sharing the surname whose role holds the mention's title."""
    title = (mention.role or "").strip()
    if len(mention.tokens) != 1 or not title or " " in title or (rec.role and title in rec.role):
        return rec
    namesakes = [
        r
        for r in people.recs
        if r is not rec and mention.tokens[0] in r.tokens and r.role and title in r.role
    ]
    return namesakes[0] if len(namesakes) == 1 else rec


_OWNER = re.compile(
    r"['’]s\s+(?:[a-z][\w-]*\s+){0,3}"
    r"(?:adviser|advisor|envoy|deputy|aide|counterpart|representative|spokes\w+|chief|secretary)\b"
)
_OWN_VISIT = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|arrival|tour)\b")
_TIME_PREP = re.compile(
    r"\b(?:ahead\s+of|before|after|following|during|prior\s+to)\s+(?:[A-Z][\w.'’-]*\s+){0,6}$"
)


# "on Tuesday, July 8, Minister B will ...": a time or place opens the clause before its own subject
_TIME_FIRST = re.compile(r"\s*(?:on|in|at|later|then)\s+(?:[^,;]{1,30},\s+){1,2}(?=[A-Z])")


def author(doc: Doc, people: People) -> PersonRec | None:
    """The author of a first-person release: whom its quotes are "attributable to", else the first named."""
    at = doc.text.find("attributable to")
    named = people.at(at, min(len(doc.text), at + 160)) if at >= 0 else []
    return named[0][1] if named else people.recs[0] if people.recs else None


def subject_of(
    doc: Doc, people: People, s: Sentence, clause_start: int, cue_start: int, main_first: PersonRec | None
) -> PersonRec | None:
    """Who holds the meeting: a person before the cue in the clause, else the sentence's subject."""
    head = doc.text[clause_start:cue_start]
    if main_first and _MEETING_WITH.match(head):
        return main_first  # "The meeting with B is expected on Saturday": the protagonist meets B
    told = [x.end() for x in _REPORTED.finditer(head)] if "that " in head else []
    reported = people_in(doc, people, clause_start + told[-1], cue_start) if told else []
    if reported:
        return reported[0]  # "A noted that on the margins, B will hold talks with C": B holds them, not A
    if told and not _PRONOUN.search(head, told[-1]):
        return None  # "A announced that on the sidelines, B will meet C": the teller holds no meeting
    if main_first and main_first.role and " said the " in head:
        told_title = _SAID_TITLE.search(head)
        if told_title and told_title[1] in main_first.role.lower():
            return main_first  # "A said the minister would also call on B": the protagonist, not the teller A
    if clause_start > s.start and (not head.strip(" ,") or _VERB_OPEN.match(head)):
        # "... and call on B": the clause shares the subject of the sentence (before its first verb)
        own_start = body_start(s)
        first = FIRST_VERB.search(doc.text, own_start, clause_start)
        if first and first.start() > own_start:
            return subject_of(doc, people, s, own_start, first.start(), main_first)
    frame = _FIRST_PERSON_FRAME.match(head) if head.lstrip().startswith(("I ", "We ")) else None
    if frame:  # "I can confirm he will meet B": the reported clause's subject, not the speaker
        return subject_of(doc, people, s, clause_start + frame.end(), cue_start, main_first)
    if re.match(r"\s*(?:I|we)\b", head) or re.search(r"(?:^|,)\s*I\b", head):
        return author(doc, people)  # a first-person release: its author
    sayer = said_pronoun(doc, people, clause_start, cue_start) if " he " in head or " she " in head else None
    if sayer is not None:
        return sayer  # "Minister A said he would hold a meeting with B": the speaker holds it
    verb = FIRST_VERB.search(head)
    subject_end = clause_start + verb.start() if verb else cue_start
    own_title = TITLE_REF.search(doc.text, clause_start, subject_end) if "the " in head.lower() else None
    if own_title and protagonists_title(doc, own_title, main_first):
        return main_first  # "the Prime Minister will also hold ... with Prime Minister B": the protagonist
    before = people_in(doc, people, clause_start, subject_end)
    if before and (
        not re.match(r"\s*(?:also\s+)?[a-z]", head) or held_by_one(people, head) or _TIME_FIRST.match(head)
    ):
        return before[0]
    if verb and TITLE_REF.search(doc.text, clause_start, subject_end):
        tm = TITLE_REF.search(doc.text, clause_start, subject_end)
        return title_holder(people, tm[1]) if tm else None  # "the President will meet X and hold ..."
    # (the cue may open with the verb: "..., and External Affairs Minister | will hold a bilateral with B")
    at_verb = verb is not None or FIRST_VERB.match(doc.text, cue_start) is not None
    bare_title = _BARE_TITLE.match(doc.text, clause_start, subject_end) if at_verb else None
    if bare_title and people.by_title(bare_title["t"]):
        return people.by_title(bare_title["t"])  # "Following the talks, Finance Minister will travel ..."
    # (the cue may open with the verb: "The prime minister | will also meet B")
    cm = _COMMON_SUBJECT.fullmatch(head[: verb.start()] if verb else head)
    # "On the sidelines, the minister will hold ... with B": an anaphor looks back, so where the lead named no
    # participant (or only one named later, as B may be) it means the first holder of that title named before
    named = {id(r) for mn, r in people.mentions if mn.start < s.start} if cm else set()
    earlier = titled_among(people, cm[1], named) if cm else None
    if earlier is not None and (main_first is None or id(main_first) not in named):
        return earlier
    if cm and main_first and (not main_first.role or cm[1] in main_first.role.lower()):
        # "The external affairs minister is also expected to hold ... with B": the protagonist, unless
        # the protagonist holds another title ("the prime minister" when a president hosts)
        return main_first
    if _PRONOUN_SUBJECT.match(head[: verb.start()] if verb else head):
        # "He is also scheduled to meet B for a trilateral with C": B is met, "he" holds the meeting;
        # "A will arrive in X on Monday, where he will attend ...": the sentence's own subject
        first = FIRST_VERB.search(doc.text, s.start, clause_start) if clause_start > s.start else None
        own = people_in(doc, people, s.start, first.start()) if first else []
        if own:
            return own[-1]  # "X: After Y, Minister B will travel to Z, where he will meet C": B
        return prev_subject(doc, people, s) or main_first or people.last_before(clause_start)
    office = _CLAUSE_OFFICE.search(head) if clause_start > s.start and "the " in head.lower() else None
    held = title_holder(people, office["t"]) if office else None
    if held is not None and sole_holder(people, held):
        return held  # "..., while the Secretary-General will meet B": the clause's own titled subject
    lead = people_in(doc, people, s.start, cue_start)
    sm = TITLE_REF.search(doc.text, s.start, cue_start) if lead and "the " in s.text.lower() else None
    if sm and protagonists_title(doc, sm, main_first) and not people.at(s.start, sm.start()):
        # "the Prime Minister will hold talks with Prime Minister A ..., and meet B on the sidelines":
        # the sentence's subject is the protagonist, not the first leader named
        return main_first
    if lead:
        return lead[0]
    if re.search(r"\b(?:he|she)\b", doc.text[clause_start:cue_start], re.I):
        # "Minister B will open a fair. Later, he will ... meet C": the previous sentence's subject
        return prev_subject(doc, people, s) or main_first or people.last_before(clause_start)
    m = TITLE_REF.search(doc.text, s.start, cue_start)
    if m and protagonists_title(doc, m, main_first):
        return main_first
    titled = title_holder(people, m[1]) if m else None
    if titled is None and main_first and re.match(r"\s*(?:[A-Z][\w,]*\s+)*[Tt]he\s+[A-Z]", head):
        return main_first  # "The Envoy will also meet X": the protagonist of the main event
    head_of = delegation_head(doc, people, head) if titled is None else None
    if head_of is not None:
        return head_of  # "In X, MEPs will meet B": the delegation's head, whom the text says leads it
    if titled is None and main_first and _COMMON_TITLE.search(head):
        return main_first  # "While there, the Army chief will hold ...": the protagonist by a common noun
    bare = _BARE_SUBJECT.search(head) if titled is None and main_first else None
    if bare and not GROUP_SUBJECT.search(head) and not country_of(bare["who"]) and not find_city(bare["who"]):
        # "..., EAM will co-chair": an abbreviated title, its holder's (the External Affairs Minister's) or
        # else the protagonist's
        spelled = initials_holder(people, bare["who"]) if bare["who"].isupper() else None
        return spelled or main_first
    return titled


def titled_among(people: People, noun: str, named: set[int]) -> PersonRec | None:
    """The first person of `named` (ids of the people named before the clause) whose role holds a title noun
    ("minister")."""
    return next((r for r in people.recs if id(r) in named and noun in (r.role or "").lower()), None)


def joint_subject(
    doc: Doc, people: People, s: Sentence, a: int, subject: PersonRec | None, main_first: PersonRec | None
) -> list[PersonRec]:
    """ "A and B discussed X, which ..., and agreed to convene a meeting with C": A and B both meet C."""
    if a <= s.start or subject is None or " and " not in doc.text[s.start : a]:
        return []
    fv = FIRST_VERB.search(doc.text, s.start, a)
    if fv is None or " and " not in doc.text[s.start : fv.start()]:
        return []
    joint = people_in(doc, people, s.start, fv.start(), main_first)
    return joint if len(joint) >= 2 and subject in joint else []


def pronoun_partner(
    doc: Doc, people: People, s: Sentence, a: int, cue: int, main_first: PersonRec | None
) -> PersonRec | None:
    """ "where he and Secretary B will meet C": whom the pronoun joined to a name means."""
    pm = _PRONOUN_AND.match(doc.text, a, s.end)  # (its lookahead reads the verb, which may open the cue)
    if pm is None and " I " in doc.text[a:cue] and _I_AND.search(doc.text, a, cue):
        return author(doc, people)  # "Secretary B and I will be joined by C": the release's author
    return subject_of(doc, people, s, a, pm.end("p"), main_first) if pm and pm.end() <= cue else None


def with_pronoun(
    doc: Doc, people: People, s: Sentence, a: int, cue: int, first: PersonRec | None, pair: list[PersonRec]
) -> list[PersonRec]:
    """ "where he and B will co-chair the X": the pronoun's person joined to the one name before the cue."""
    he = pronoun_partner(doc, people, s, a, cue, first) if len(pair) == 1 else None
    return [he, *pair] if he and he not in pair else pair


def antecedents(doc: Doc, people: People, s: Sentence, a: int) -> list[PersonRec]:
    """ "A will be accompanied by B and C, who will also meet D": B and C, the people the clause is about."""
    if not _WHO_END.search(doc.text, max(s.start, a - 8), a):
        return []
    verbs = list(_ANTECEDENT_FROM.finditer(doc.text, s.start, a))
    start = verbs[-1].end() if verbs else s.start
    return people_in(doc, people, start, a)


# "..., and join A and B for a trilateral", "... with A and a separate trilateral with B": a clause that
# opens with its verb or its object shares the sentence's subject
_VERB_OPEN = re.compile(
    r"\s*(?:will\s+|would\s+)?(?:also\s+|then\s+)?(?:join|joins|joining|meet|hold|host|attend|co-chair|chair|call\s+on|an?|"
    # "..., before travelling on to Y for a meeting with B": the participle shares the sentence's subject
    r"(?:travell?|fly|flie|head|go|mov|leav|continu|return)\w*)\b"
)
# "Secretary B and I will ...", "I and Minister B are to ...": the release's author beside a named partner
_I_AND = re.compile(
    r"(?:\b[A-Z][\w.'’-]*\s+and\s+I|(?<![\w'’])I\s+and\s+(?:[A-Z][\w.'’-]*\s+){1,6})\s*(?:will|are|would)\b"
)
_PRONOUN_AND = re.compile(
    # "..., where on July 28 he and B will ...": a relative adverb and a day before the pronoun
    r"\s*(?:[^,;]{0,40},\s*){0,2}(?:(?:where|when)\s+)?(?:(?:on|in)\s+(?:[A-Z][a-z]+|\d+)(?:\s+\d+)?,?\s+)?"
    r"(?P<p>[Hh]e|[Ss]he)\s+and\s+(?=[A-Z](?:[\w.'’-]*\s+(?:of\s+|for\s+)?){1,8}(?:will|is|are)\b)"
)
_WHO_END = re.compile(r",\s*who\s+$")
_ANTECEDENT_FROM = re.compile(r"\b(?:by|with|joined|accompanied|including)\b")  # start of the list


def hosted_talks(
    doc: Doc, people: People, a: int, b: int, cue: int, subject: PersonRec | None, in_clause: list[PersonRec]
) -> tuple[PersonRec | None, list[PersonRec]]:
    """ "A will host B at X for talks with C": A meets B (the host cue), B meets C (the talks cue)."""
    host = HOSTS.search(doc.text, a, b)
    talks = _FOR_TALKS.search(doc.text, host.end(), b) if host else None
    if host is None or talks is None:
        return subject, in_clause
    guests = people_in(doc, people, host.end(), talks.start())
    if not guests:
        return subject, in_clause
    if cue >= talks.start():
        return guests[0], guests + [r for r in people_in(doc, people, talks.end(), b) if r not in guests]
    return subject, [r for r in in_clause if r is subject or r in guests]


_COMMON_SUBJECT = re.compile(
    r"\s*(?:[A-Z][\w ]{0,60},\s*)?[Tt]he\s+(?:[a-z][\w-]*\s+){0,3}(minister|secretary|envoy|chief)\s*"
)
_PRONOUN_SUBJECT = re.compile(r"\s*(?:[\w ]{0,30}?,?\s+)?(?:[Hh]e|[Ss]he)\s*$")  # "on May 3 she will join"
_COMMON_TITLE = re.compile(
    r"(?:^|,\s*|\bsaid\s+(?:that\s+)?)[Tt]he\s+(?:[A-Z][\w-]*\s+)?(?:chief|minister|secretary|envoy|commander)"
    r"(?:\s+(?:will|would|is|to)\b|\s*$)"
)
_REPORTED = re.compile(
    r"\b(?:said|says|noted|notes|announced|stated|confirmed|added|explained|indicated|"
    r"told\s+(?:\w+\s+){0,2}?(?:reporters|journalists))\s+that\s"
)
# "A said the foreign minister would ...": a reported clause without "that" whose subject is a common title
_SAID_TITLE = re.compile(
    r"\bsaid\s+the\s+(?:[a-z][\w-]*\s+){0,3}(minister|secretary|envoy|chief|president|premier)\s+"
    r"(?:(?:will|would|is|was)\s+(?:also\s+)?(?:(?:expected|scheduled|set|due)\s+to\s+)?)?$"
)
_PRONOUN = re.compile(r"\b(?:he|she|they|I|we)\b")
# "I can confirm (that) he ...", "We expect the Secretary ...": a speaker's frame around a third person
_FIRST_PERSON_FRAME = re.compile(
    r"\s*(?:I|We)\s+(?:can\s+|would\s+|do\s+)?(?:confirm|expect|understand|anticipate)\s+(?:that\s+)?"
    r"(?=(?:he|she|they)\b|the\s+[A-Z]|[A-Z][a-z]+\s+(?:will|is|would)\b)"
)
_MEETING_WITH = re.compile(
    r"\s*(?:[Tt]he|[Hh]is|[Hh]er|[Aa]n?)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks)\s+with\b"
)
# "..., while the Secretary-General will meet B": an office alone before the verb stands for its holder
_CLAUSE_OFFICE = re.compile(
    r"(?:^|,)\s*(?:also\s+)?[Tt]he\s+(?P<t>(?:[A-Z][\w-]*\s+){0,3}?(?:(?:Secretary|Director)[- ]General|"
    r"Minister|Secretary|President|Premier|Chancellor|Ambassador|Representative|Chair(?:person|man|woman)?|"
    r"Commissioner|Envoy|Governor))\s*$"
)
_BARE_TITLE = re.compile(
    r"(?:[^,]{0,40},\s*)?(?P<t>(?:[A-Z][\w-]*\s+){1,3}(?:Minister|Secretary))\s*$"
)  # the subject before the verb is a title alone ("Finance Minister will travel")
_SAID = re.compile(r"\s*,?\s*(?:said|says|told|added)\b")
# "A said he would ...", "A told reporters that she will ...": the pronoun right after is the speaker
_SAID_PRONOUN = re.compile(
    r"\s*,?\s*(?:said|says|added|told\s+(?:\w+\s+){0,2}?(?:reporters|journalists|the\s+\w+))\s+(?:that\s+)?"
    r"(?:he|she)\s+(?:\w+\s+){0,3}$"
)


def said_pronoun(doc: Doc, people: People, a: int, cue: int) -> PersonRec | None:
    """ "A said he would hold talks with B": the person whose "said he" opens the clause, else None."""
    found = [
        titled_namesake(people, mention, rec)
        for mention, rec in people.at(a, cue)
        if _SAID_PRONOUN.fullmatch(doc.text, mention.end, cue)
    ]
    return found[-1] if found else None


# ", first deputy director of X, told": an apposition (not a "who" clause) between the source and its verb
_APPOSED_SAID = re.compile(
    r",\s+(?!who\b|which\b)(?:an?\s+|the\s+)?[a-z][^,;.]{0,80},\s+(?:said|says|told|added)\b"
)
# "according to Kim", "according to presidential spokesperson Kim": the source, titled or not
_ACCORDING_TO = re.compile(
    r"\b[Aa]ccording\s+to\s+(?:(?:the\s+)?(?:[a-z][\w'’-]*\s+){1,3})?(?:[A-Z][\w.'’-]*\s+){0,5}$"
)
_BARE_SUBJECT = re.compile(
    r"(?:^\s*(?:\d+\.\s*)?|,)\s*(?:[Tt]he\s+)?(?P<who>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\s+"
    r"(?:(?:will|is)\s+)?(?:also\s+)?(?:(?:expected|scheduled|slated|set)\s+)?$"
)
HOSTS = re.compile(r"\bhost(?:s|ed|ing)?\b")
_FOR_TALKS = re.compile(r"\bfor\s+talks\s+with\b")
GROUP_SUBJECT = re.compile(
    r"\b(?:[Mm]inisters|[Ll]eaders|[Aa]llies|[Mm]embers|[Dd]elegations|[Pp]articipants)\s+"
    r"(?:(?:will|would|are\s+to|are\s+expected\s+to)\s+(?:also\s+)?)?$"
)


def semicolon_list_end(doc: Doc, people: People, a: int, b: int, end: int) -> int:
    """The end of a "with A, title; B, title; and C, title" list the clause [a, b) opens, else b."""
    if not doc.text.startswith(";", b) or " with " not in doc.text[a:b] or not people.at(a, b):
        return b
    # every piece after the semicolon names a person: the list of those met goes on
    pieces = doc.text[b + 1 : end].split(";")
    at = b + 1
    for piece in pieces:
        if not people.at(at, at + len(piece)):
            return b
        at += len(piece) + 1
    return end
