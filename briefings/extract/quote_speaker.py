"""Who an attribution phrase names: a name or surname, a pronoun, a bare title, "her counterpart", an
office (no one) or an unnamed official (no one)."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.people import People, PersonRec
from briefings.extract.people_author import author
from briefings.extract.quote_cues import (
    COUNTERPART,
    agrees,
    counterpart_of,
    latest_agreeing,
    namesake,
    reporting_subject,
)
from briefings.extract.quote_forms import BULLET, TURN_LABEL
from briefings.extract.quote_holders import (
    abbreviation_holder,
    holds,
    initials_holder,
    statement_issuer,
    title_holder,
)
from briefings.extract.quote_subjects import (
    named_since,
    recent_subject,
    spoken_title_before,
    subject_since,
    titled_since,
    turn_speaker,
)
from briefings.extract.quote_titles import (
    chair_of,
    generic_noun,
    home_holder,
    near_holder,
    reporter_before,
    unnamed_kind,
    visitor,
)
from briefings.extract.regex_guard import class_scan
from briefings.extract.roles import HEADS
from briefings.extract.sentences import Doc

_POSSESSIVE_TITLE = re.compile(
    r"(?:^|\s)(?P<c>[A-Z][\w-]*)['’]s\s+(?P<t>(?:[A-Za-z][\w'/-]*\s+){0,5}[A-Za-z][\w'/-]*)\s*$"
)
PRONOUN = re.compile(r"^\s*(?:he|she|they|the\s+(?:minister|secretary|ambassador|president))\s*$", re.I)
# "His Excellency said", "Her Majesty noted": a style standing in for its bearer, used as a pronoun is
_STATEMENT = re.compile(r"(?:the|his|her|that)\s+(?:written\s+)?statement", re.I)
# "the statement quoted him as saying", "a ministry readout quoted Minister A as": the one quoted speaks
_QUOTED_AS = re.compile(
    r"\bquot(?:ed|es|ing)\s+(?P<w>[^,;]{1,60}?)\s+as(?:\s+(?:saying|telling\s+[\w ]{1,30}))?$"
)
_OBJECT_PRONOUN = {"him": "he", "her": "she", "them": "they"}
_STYLE = re.compile(r"(?P<p>His|Her)\s+(?:Royal\s+)?(?:Excellency|Highness|Majesty|Holiness)", re.I)
_TURN_LABEL = class_scan(re.compile(TURN_LABEL + r"\s+(?=\S)"))
# a capitalised title without an article, alone or after a lead-in ("In his remarks, Defence Minister")
_BARE_TITLE = re.compile(r"(?:^|,)\s*(?P<t>(?:[A-Z][\w'/-]*\s+){0,4}[A-Z][\w'/-]*)\s*$")
_TRAILING_TITLE = re.compile(r"\bthe\s+(?P<t>(?:[A-Za-z][\w'/-]*\s+){0,5}[A-Za-z][\w'/-]*)\s*$", re.I)
# "the High Representative ahead of the meeting": when the words were said, after the title
_ADJUNCT_TAIL = re.compile(
    r"\s+(?:ahead\s+of|before|after|during|following|at)\s+(?:the|a|an|this|his|her|their)\s+[\w'’ -]{1,40}$"
)
# the subject before the verb: a name opening the sentence, after at most a short lead-in ("On Monday,")
_ACRONYM = re.compile(r"[A-Z]{2,5}")
# a participle or adverbial opening the attribution: its subject comes after the comma
LEAD_CLAUSE = re.compile(
    r"\s*(?:Asked|Speaking|Responding|Answering|Addressing|Replying|Commenting|Referring|Writing|Briefing|"
    r"Questioned|Pressed|When|After|Before|While|During|Ahead|Prior|Upon|Following|Later|Earlier|Meanwhile|However|In|On|At)\b"
)
_LEAD_PRONOUN = re.compile(
    r"(?:At|On|In|During|Later|Earlier|Speaking|Asked|After|Before|Ahead|Prior|Following)\b"
    r"[^,;:“”\"]{0,80}?\s(?P<p>he|she)"
)
# "the ministry", "the MEA", "the State Department": an office speaks, not a person
ORG_SAYS = re.compile(
    r"^\s*(?:[Tt]he\s+)?(?:[A-Z]{2,6}|(?:[A-Z][\w'’.-]*\s+){0,4}?(?:[Mm]inistry|[Dd]epartment|[Oo]ffice|[Ee]mbassy|"
    r"[Gg]overnment|[Aa]gency|[Ss]ecretariat|[Pp]alace|[Kk]remlin|[Pp]entagon|[Ss]tatement|[Rr]eadout))\s*$"
)
# "Doe's spokesperson", "the President's aides": someone on a person's staff
STAFF = re.compile(
    r"[’']s\s+(?:[\w-]+\s+){0,2}?(?:spokes(?:person|man|woman)|aides?|staff|team|camp|advis[eo]rs?|officials?)\s*$"
)
# "a senior official", "one European diplomat", "an adviser to A": no one the text names (also as a
# bulleted line: "- A senior official was blunter: ...")
UNNAMED = re.compile(
    r"^\s*(?:" + BULLET + r"\s+)?(?:an?|one|another)\s+(?:[\w.-]+\s+){0,3}?"
    r"(?:officials?|diplomats?|sources?|aides?|advis[eo]rs?|insiders?|negotiators?|spokes(?:person|man|woman))\b",
    re.I,
)


def _whole_title_holder(people: People, text: str) -> PersonRec | None:
    """The one person whose whole role an "and" title spells ("the Deputy Prime Minister and Minister for
    Defence"), before its last part alone ("Minister for Defence") is read as another's title."""
    title = re.sub(r"^(?:the|The)\s+", "", text).strip()
    if " and " not in title:
        return None
    holders = [r for r in people.recs if r.role and r.role.casefold() == title.casefold()]
    return holders[0] if len(holders) == 1 else None


def speaker(
    text: str,
    people: People,
    offset: int,
    last: PersonRec | None = None,
    since: int = 0,
    doc: Doc | None = None,
) -> PersonRec | None:
    """Resolve an attribution phrase (a name, a surname, a pronoun or a bare title) to a person; a pronoun
    means the last speaker unless someone else is named after that speaker's quote (since)."""
    text = _TURN_LABEL.sub("", text.strip().rstrip(".,;:"))  # "DOE: On Friday he said": not Doe
    lead_pronoun = _LEAD_PRONOUN.fullmatch(text) if text.endswith("he") else None
    if lead_pronoun:
        text = lead_pronoun["p"]  # "At an event on Friday she said", a short lead-in without its comma
    if text.startswith("As ") and "," not in text:
        text = text[3:]  # "As A said in May, '...'": A
    head, who, rel = text.partition(", who ")
    if who and "," not in rel:
        # "A senior official, who briefed reporters ... set by the Pentagon, said": the subject before it
        text = head
    quoted = _QUOTED_AS.search(text)
    if quoted:
        text = _OBJECT_PRONOUN.get(quoted["w"].lower(), quoted["w"])
    style = _STYLE.fullmatch(text)
    if style:
        text = "he" if style["p"].lower() == "his" else "she"
    if STAFF.search(text):
        return None  # "Doe's spokesperson said": someone on Doe's staff, not named
    if UNNAMED.match(text):
        # "A spokesperson for the ministry, A B, said": the name in apposition, else no one
        _, comma, apposed = text.partition(",")
        return speaker(apposed, people, offset) if comma and not UNNAMED.match(apposed) else None
    _, comma, clause = text.rpartition(",")
    if comma and PRONOUN.match(clause):
        text = clause.strip()  # "Asked whether ..., she said:": the pronoun after the lead-in speaks
    elif comma and LEAD_CLAUSE.match(text):
        # "Asked whether he would meet A, the Foreign Secretary told ...": the clause after the lead-in
        found = speaker(clause, people, offset, last, since, doc)
        # (an office or an unnamed official after it speaks: "Asked whether A would meet B, a Pentagon
        # official said": no one, not the people the lead-in names)
        if found is not None or ORG_SAYS.search(clause) or UNNAMED.match(clause):
            return found
    if ORG_SAYS.search(text):
        if doc is not None and _STATEMENT.fullmatch(text):
            # "A said in a statement. '...,' the statement said": A
            return statement_issuer(doc.text, people, offset)
        # "the ministry said", "the MEA said": an office; "EAM wrote": the minister whose role it spells
        if _ACRONYM.fullmatch(text):
            return initials_holder(people, text)
        # "the PS said": the Principal Secretary ("The MEA said": an office's initials, no one)
        initials = text.removeprefix("the ").removeprefix("The ").strip()
        if not _ACRONYM.fullmatch(initials):
            return None
        return abbreviation_holder(people, initials) or initials_holder(people, initials)
    words = re.findall(r"[^\W\d_][\w'’.-]*", text)
    if not words:
        return None
    cm = COUNTERPART.fullmatch(text) if "ounterpart" in text else None
    if cm:
        # "Her counterpart said:": the other side of the meeting, seen from the last speaker
        anchor = last or (people.recs[0] if people.recs else None)
        return counterpart_of(people, anchor, offset, country_of(cm["c"]) if cm["c"] else None)
    if PRONOUN.match(text):
        pick = _pronoun(text, people, offset, last, since, doc)
        talking = turn_speaker(doc, people, offset) if pick is not None and doc is not None else None
        # (no one the pronoun can mean is no one: not the subject before, whom it does not fit)
        if pick is not None and talking is pick and text.lower() in ("he", "she"):
            # "DOE: At an event he said, '...'": someone Doe speaks of, never Doe, whose turn it is
            other = recent_subject(doc, people, offset, text) if doc is not None else None
            if other is None or other is talking:
                other = latest_agreeing(people, offset, text, talking)
            return other
        return pick
    if text in ("I", "we", "We"):
        writer = author(doc.text, people) if doc is not None else None  # the letterhead's, else the first
        return writer or (people.recs[0] if people.recs else None)  # a first-person release: its author
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
    whole = _whole_title_holder(people, text)
    if whole is not None:
        return whole  # "Quotes attributable to the Deputy Prime Minister and Minister for Defence:"
    m = _TRAILING_TITLE.search(_ADJUNCT_TAIL.sub("", text))
    if m and doc is not None and _unnamed_before(doc, people, m["t"], offset):
        return None  # "A senior official told reporters ... '...,' the official said": still unnamed
    if m:
        held = home_holder(people, m["t"])
        held = held or title_holder(people, m["t"])
        if held is None and doc is not None and m["t"].rsplit(None, 1)[-1].lower() in HEADS:
            held = near_holder(doc, people, m["t"], offset)  # "the Principal Secretary said": one of two
        if held is None and doc is not None:
            held = chair_of(doc, people, m["t"], offset)  # "the Chair noted": who chairs the meeting
        if held is None and doc is not None:
            held = visitor(doc, people, m["t"], offset)  # "the visiting dignitary said": who is visiting
        others = [r for _, r in people.at(since, offset) if r is not last] if last is not None else []
        if held is None and last is not None and _describes(last, m["t"]) and not others:
            held = last  # '"...," A told reporters. "...," the Xish envoy added': A, described again
        noun = generic_noun(m["t"]) if held is None and doc is not None else None
        if noun and doc is not None and not unnamed_kind(doc, noun, offset):
            # "the diplomat said", "the expert told X": the last speaker, else whoever just spoke
            held = (None if others else last) if last is not None else reporter_before(doc, people, offset)
        return held
    bare = _BARE_TITLE.search(text)  # "In his opening remarks, External Affairs Minister said:"
    if bare and bare["t"].rsplit(None, 1)[-1].lower() in HEADS:
        return title_holder(people, bare["t"])
    m = _POSSESSIVE_TITLE.search(text)  # "Japan's foreign minister"
    return title_holder(people, f"{m['c']} {m['t']}") if m else None


def _pronoun(
    text: str, people: People, offset: int, last: PersonRec | None, since: int, doc: Doc | None
) -> PersonRec | None:
    """Whom "he", "she", "they" or "the minister" means: the last speaker, the person named since, a
    title's holder or the subject of the sentences before."""
    tm = _TRAILING_TITLE.search(text)
    if tm and last is not None and holds(last, tm["t"]):
        other = subject_since(people, since, offset)
        if other is not None and other is not last and holds(other, tm["t"]):
            return other  # "'...,' A said. B has pushed for ... the minister said": B, named since
        return last  # "the minister added" after that minister's quote
    capital = tm is not None and tm["t"][:1].isupper()
    holder = (home_holder(people, tm["t"]) or people.by_title(tm["t"])) if tm and capital else None
    if holder is None and tm and last is None and doc is not None:
        holder = near_holder(doc, people, tm["t"], offset)  # "the minister said" of two ministers
    if holder:
        return holder  # "The Secretary said:": a capitalised bare title means its holder
    # (only with no one quoted just before: "the Minister said ... he said" after A's quote is A's)
    fresh = tm is None and last is None
    spoken = spoken_title_before(doc, people, offset) if fresh and doc is not None else None
    if spoken is not None and agrees(people, spoken, text):
        return spoken  # "... what the Secretary said last week. He said, '...'": the Secretary
    # the last person named, or the one who "said" something in that sentence
    named = reporting_subject(people, offset)
    if named is None and last is not None:
        # one named since only as an object ("... will meet A.") does not take "he said" over
        named = subject_since(people, since, offset, doc)
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


def _describes(rec: PersonRec, title: str) -> bool:
    """True when a bare "Xish <head noun>" fits a person of that country, or of no known one ("the
    Chinese envoy")."""
    words = title.split()
    if len(words) != 2 or words[1].lower() not in HEADS:
        return False
    country = country_of(words[0])
    return country is not None and rec.country in (None, country)


def _unnamed_before(doc: Doc, people: People, title: str, offset: int) -> bool:
    """True when a sentence shortly before the quote (its paragraph or the one before) holds an unnamed
    person ("A senior official", "a ministry official said") whose noun the bare title repeats ("the
    official"), and no one is named between them."""
    sent = doc.sentence_at(offset)
    if sent is None:
        return False
    noun = title.rsplit(None, 1)[-1].lower().rstrip("s")
    for s in reversed(doc.sentences[max(0, sent.index - 3) : sent.index + 1]):
        if s.paragraph < sent.paragraph - 1:
            break
        seg_end = min(s.end, offset)
        for um in _UNNAMED_ANY.finditer(doc.text, s.start, seg_end):
            if um.group().rsplit(None, 1)[-1].lower().rstrip("s") != noun:
                continue
            if _UNNAMED_NAMED.match(doc.text, um.end()) is None and not people.at(um.end(), offset):
                return True
    return False


# an unnamed person anywhere in a sentence ("..., a ministry official said"); and a name set off after it
_UNNAMED_ANY = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w.-]+\s+){0,3}?"
    r"(?:officials?|diplomats?|sources?|aides?|advis[eo]rs?|insiders?|negotiators?|spokes(?:person|man|woman))\b"
)
_UNNAMED_NAMED = re.compile(r"\s*,\s*[A-Z]")
