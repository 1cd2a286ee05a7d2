"""Topic names from verb phrases: "efforts to strengthen X" -> "X strengthening"."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefings.extract.agenda import MONTH
from briefings.extract.gazetteer import find_city
from briefings.extract.literals import has_any
from briefings.extract.regex_guard import by_first_letter, guarded

_NOMINAL = {
    "integrate": "integration",
    "upgrade": "upgrades",
    "strengthen": "strengthening",
    "deepen": "deepening",
    "expand": "expansion",
    "enhance": "enhancement",
    "improve": "improvement",
    "develop": "development",
    "boost": "boost",
    "bolster": "bolstering",
    "promote": "promotion",
    "modernize": "modernization",
    "modernise": "modernisation",
    "coordinate": "coordination",
    "build": "building",
    "increase": "increase",
    "reduce": "reduction",
    "counter": "countering",
    "advance": "advancement",
    "protect": "protection",
    "align": "alignment",
    "reinforce": "reinforcement",
    "establish": "establishment",
    "create": "creation",
    "share": "sharing",
    "secure": "security",
    "support": "support",
}


def _singular(w: str) -> str:
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def nominalize(verb: str, obj: str, clean: Callable[[str], str]) -> str | None:
    """A noun phrase for "verb object" ("strengthen port security" -> "port security strengthening")."""
    obj = clean(re.split(r"\s+(?:to|in order|so that|for|by)\s+", obj)[0])
    words = obj.split()
    if not words or len(words) > 5:
        return None
    compound = "-".join([*words[-2:-1], _singular(words[-1])]) if len(words) >= 2 else words[0]
    v = verb.lower()
    noun = _NOMINAL.get(v) or (v[:-1] + "ing" if v.endswith("e") else v + "ing")
    return f"{compound} {noun}"


# (behind a lookahead of its first letters: a position no comma or cut word starts at is passed in one step)
_CUT = guarded(
    re.compile(
        r",|\b(?:is|are|was|were|will|be|been|being|that|which|who|wherein|with|by|to|and|has|have|"
        r"had|called|on|at|for|from)\b",
        re.I,
    )
)


def after_last_cut(s: str) -> str:
    """The text after the last comma or clause word: "the talks, held by X in" -> "X in"."""
    # Every _CUT match is a comma or a whole word, so the last match of a scan started anywhere before it
    # is the last match of the full scan: scan growing windows from the end instead of the whole text.
    pos = len(s)
    while True:
        pos = max(0, pos - 48)
        last = None
        for last in _CUT.finditer(s, pos):  # noqa: B007 (only the last match is wanted)
            pass
        if last is not None:
            return s[last.end() :]
        if pos == 0:
            return s


# a day number or a month; a year naming a plan ("the 2050 Strategy for ...") is no date
_DATE_WORD = re.compile(
    rf"\b{MONTH}\b|(?<![\w+-])\d{{1,2}}(?:(?:st|nd|rd|th)(?!\s+(?!of\b)[a-z]))?(?![\w+-])"
    r"|\b(?:19|20)\d\d\b(?!\s+[A-Z])"
)  # "F-35 fighters", "2+2 talks", "the 2050 Strategy" and "its 11th member" are no dates
# "the procurement of 31 armed drones": a count after a word, before its noun (not "8 Sept", "$3 billion")
_COUNT = re.compile(
    r"(?<=[a-z] )\d{1,2}(?=\s+(?!(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|billion|million|trillion|"
    r"per|percent)\b)[A-Za-z]{2})"
)
_NAMED_YEAR = re.compile(r"\b[A-Z][a-z]+\s+(?:19|20)\d\d\b")  # "the Agenda 2040 plan"


_MONTHS = tuple(MONTH[3:-1].split("|"))
_DIGIT = re.compile(r"\d")
_FOR_YEAR = re.compile(r"\S\s+for\s+(?:19|20)\d\d$")  # "the chairmanship for 2027": which one, not when


def dated(item: str) -> bool:
    """A day, a month or a year in the item, but a year that is part of a name or says which one."""
    if not (has_any(item, _MONTHS) or _DIGIT.search(item)):
        return False  # every _DATE_WORD match holds a month or a digit
    m = _DATE_WORD.search(item)
    if m is None:
        return False
    if " " in item:
        item = _COUNT.sub("#", item)  # (only an item with a number: the date word search found one)
        m = _DATE_WORD.search(item)
        if m is None:
            return False
    if len(_DATE_WORD.findall(item)) > 1:
        return True
    return not (_NAMED_YEAR.search(item) or _FOR_YEAR.search(item))


# a fact needs a noun first: "held in Tokyo in March" or "took office in June" tells no topic
_BARE_VERB = re.compile(
    r"(?:held|took|take|taking|came|come|met|meet|host|hosted|began|begun|agreed|announced|signed|launched|"
    r"visited|attended|hold|review|confirm|welcomed|(?:margins|sidelines|side-lines) of|"
    r"it|they|he|she|we|as|since|when|while|after|before|following)\b"
    r"|[a-z]+ed\s+(?:in|on|at)\b"
)
_IN_OFFICE = re.compile(r"\b(?:took|taking|take|assumed|assuming)\s+(?:office|up\s+(?:his|her|the)\s+post)\b")
_FUNCTION_WORDS = frozenset(("in", "of", "the", "and", "on", "at", "for", "to", "'s"))


def is_background_fact(frag: str) -> bool:
    """True when the words before "in <time>" name a thing or a fact, not a bare place, verb or tenure."""
    in_office = ("took" in frag or "tak" in frag or "assum" in frag) and _IN_OFFICE.search(frag) is not None
    if not frag[:1].isalnum() or _BARE_VERB.match(frag) or in_office:
        return False  # "-face talks", "(Reference) ...", "held in Tokyo", "since he took office"
    words = frag.split()
    if len(words) < 2:
        return False  # "region", "host": too little to tell what happened
    # "Camp David", "Asean Summit in Kuala Lumpur": a place or an event's name alone, no fact
    return any(w[:1].islower() and w not in _FUNCTION_WORDS for w in words)


_TITLE_WORD = re.compile(
    r"\b(?:Minister|Secretary|Secretary-General|President|Ambassador|Advis[eo]r|Chancellor|Premier|"
    r"Envoy|Representative|Director|Spokes(?:person|man|woman)|Commissioner|Chairman|Chairperson)\b"
)
_TITLE_WORD = by_first_letter(guarded(_TITLE_WORD))  # scanned for its capitals in C (same matches)
# (also "X's new Defence Minister A", "former Foreign Minister B": who, still)
_NAME_GLUE = frozenset(
    ("of", "for", "the", "and", "by", "to", "on", "de", "da", "van", "von", "bin", "new", "former", "acting")
)


def names_a_person(item: str) -> bool:
    """True for a title with or without a name ("Thai Foreign Minister Somchai X"): who, not what."""
    if _TITLE_WORD.search(item) is None:
        return False
    return not any(w[:1].islower() and w not in _NAME_GLUE for w in item.split())


_THREE_LETTERS = re.compile(r"[A-Za-z]{3}")


def background_name(before: str, when: str, clean: Callable[[str], str]) -> str | None:
    """'... initiatives announced' + 'April' -> 'initiatives announced in April'."""
    frag = clean(after_last_cut(before))
    if not frag or all(w.endswith(("ed", "ly")) for w in frag.split()):
        # "the alliance, originally established in 1951": take the noun phrase before the comma.
        head, _, _ = before.rpartition(",")
        head_np = " ".join(clean(after_last_cut(head)).split()[-4:])
        frag = clean(f"{head_np} {frag}")
    if not frag or not _THREE_LETTERS.search(frag) or not is_background_fact(frag):
        return None
    return f"{frag} in {when}"


# "is expected to urge Beijing to swiftly release the detained crew and to lift its ban on ...": the asks
_URGE = re.compile(
    r"\b(?:expected|likely|set|plans?|planning|will|would)\s+to\s+(?:urge|press|call\s+on)\s+"
    r"(?:(?:the|his|her|their|its)\s+)?(?:[A-Za-z][\w'’-]*\s+){1,3}?to\s+(?:\w+ly\s+)?"
    r"(?P<v>[a-z]+)\s+(?P<o>(?:[\w'’-]+\s+){0,5}?[\w'’-]+)(?=\s+and\s+to\b|\s*[,.;]|$)"
)
_URGE_WORDS = (" urge ", " press ", " call on ")


def urged_actions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the actions a visitor is expected to urge on the host ("release the detained crew")."""
    if not has_any(text[start:end], _URGE_WORDS):  # (the sentence sliced once, not once a word)
        return []
    return [(m.start("v"), m.end("o")) for m in _URGE.finditer(text, start, end)]


_NO_TOPIC = re.compile(
    r"^(?:according to\b|condition of anonymity|during\b|addition$|"
    r"(?:specific|exact|firm|precise)\s+(?:date|time)s?$|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$|"
    # a lone adjective ("peaceful", "critical") or pronoun: what was cut off its noun
    r"(?-i:[A-Za-z][a-z]+(?:ful|ous|ical|ial|ed)$|(?:free|open|fair|illegal|economic|known|because|accordance|"
    r"results?|questions?|visits?|region|track|forum|matters?|issues?|subjects?|topics?|summit|meeting|talks|(?:working\s+)?(?:dinner|lunch|luncheon|breakfast))$|(?:everything|anything|something|nothing|them|foreign)(?:\s+\w+ly)?$))"
    r"|\s(?:announced|said|says|stated|reported)$",
    re.I,
)
# its two halves apart: the anchored head tried once, the tail only when an ASCII name ends with its word
_NO_TOPIC_HEAD = re.compile(_NO_TOPIC.pattern.split(r"|\s(?:announced", 1)[0], re.I)
_NO_TOPIC_TAIL = re.compile(r"\s(?:announced|said|says|stated|reported)$", re.I)
_TAIL_WORDS = ("announced", "said", "says", "stated", "reported")


def _no_topic(name: str) -> bool:
    """Same answer as bool(_NO_TOPIC.search(name))."""
    if _NO_TOPIC_HEAD.match(name) is not None:
        return True
    if name.isascii():
        low = name.lower()
        if not (low.endswith(_TAIL_WORDS) or (low.endswith("\n") and low[:-1].endswith(_TAIL_WORDS))):
            return False
    return _NO_TOPIC_TAIL.search(name) is not None


# "AI governance is planned for the second day", "the future of X expected to dominate": the thing
_CLAUSE_TAIL = re.compile(
    r"\s+(?:(?:is|are|was|were)\s+(?:also\s+)?(?:planned|expected|set|scheduled|likely|due)|expected\s+to)\b.*$"
)
_CLAUSE_WORDS = (" is ", " are ", " was ", " were ", " expected ")


def agenda_name(name: str) -> str | None:
    """An agenda item without a trailing clause; None for attribution, a pronoun or a bare month."""
    if _no_topic(name):
        return None
    if not any(w in name for w in _CLAUSE_WORDS):
        return name
    cut = _CLAUSE_TAIL.sub("", name)
    return None if cut != name and " " not in cut else cut  # "Doe is scheduled to speak": a person


# "marks the 10th anniversary of the A-B comprehensive strategic partnership": the partnership
_ANNIVERSARY = re.compile(
    r"\banniversary\s+of\s+(?:the\s+)?(?:(?:establishment|signing|launch)\s+of\s+(?:the\s+)?)?"
    r"(?P<x>(?:[^,.;:“”\"]|\.(?=\S)){3,80}?)(?=\s*[,;:]|\.(?!\S)|\s+(?:and|with|between|in|on|this|next|last|since)\b|$)"
)


def anniversary_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of what an anniversary the text mentions is of."""
    if "anniversary of" not in text[start:end]:
        return []
    # one word ("ties", "NATO") says nothing the event does not
    return [(m.start("x"), m.end("x")) for m in _ANNIVERSARY.finditer(text, start, end) if " " in m["x"]]


def is_city(item: str) -> bool:
    """A place named in a list ("..., in Kuala Lumpur"): where, not what."""
    city = find_city(item, frozenset()) if item[:1].isupper() and len(item.split()) <= 3 else None
    return city is not None and city.population >= 100000


# the first adjective of a capitalised policy slogan ("Free and Open ...", "Safe and Secure ...")
_SLOGAN = frozenset(("free", "open", "safe", "secure", "stable", "peaceful", "prosperous", "fair", "strong"))


def slogan_head(part: str, nxt: str) -> bool:
    """True when a list piece ends with a slogan adjective that the next piece goes on ("a Free" + "Open
    Indo-Pacific", "a free" + "open region")."""
    last = part.rsplit(" ", 1)[-1]
    if last.lower() not in _SLOGAN:
        return False
    return (last[:1].isupper() and nxt[:1].isupper()) or nxt.split(" ", 1)[0].lower() in _SLOGAN


_ADJECTIVE = re.compile(r"[a-z][a-z-]*(?:al|ic|ive|ous|ent|ant|ary|ble|ful)$")
_ARTICLE = re.compile(r"an?\s+")


def adjective_series(part: str, lead: bool = True) -> bool:
    """True for "a stable" (lead) or "durable": one adjective of a comma series before a shared noun."""
    if lead:
        m = _ARTICLE.match(part)
        if m is None:
            return False
        part = part[m.end() :]
    return " " not in part and (part in _SLOGAN or _ADJECTIVE.fullmatch(part) is not None)


# "Japan is" (cut before a quote), "rooted in UK ...", "X agreed to restore": a clause, not a thing
_CLAUSE_ITEM = re.compile(
    r"^[a-z]+ed\s+(?:in|by|on|at)\b|\s(?:is|are|was|were|has|have)$|\b(?!need\b)[a-z]+ed\s+to\s+[a-z]+$"
)


_VERB_ENDS = (" is", " are", " was", " were", " has", " have")


def clause_item(item: str) -> bool:
    """True for a list item that is a clause fragment rather than a noun phrase."""
    if "ed " not in item and not item.endswith(_VERB_ENDS):
        return False  # every _CLAUSE_ITEM match holds one or the other
    return _CLAUSE_ITEM.search(item) is not None


# terms of art joined by "and" (most with an initialism: C2, SAR, HADR, ISR, MRO), never split into items
_TERMS = re.compile(
    r"\b(?:command and control|search and rescue|research and development|science and technology|"
    r"humanitarian assistance and disaster relief|air and missile defen[cs]e|law and order|"
    r"intelligence, surveillance and reconnaissance|maintenance, repair and overhaul|"
    r"peace and (?:security|stability)|sovereignty and territorial integrity)\b",
    re.I,
)
# behind a lookahead of its possible first characters (regex_guard: same matches, fewer tries)
_TERMS = guarded(_TERMS)


def protect_terms(s: str) -> str:
    """The text with each term of art's "and" and commas hidden from the list split."""
    s = _TERMS.sub(lambda m: m.group().replace(" and ", "\x00").replace(", ", "\x01"), s)
    for lo, hi in reversed(_spelled_out(s)):
        s = s[:lo] + s[lo:hi].replace(" and ", "\x00") + s[hi:]
    return s


# "common security and defence policy (CSDP)": a name its bracketed initials spell out
_INITIALS = re.compile(r"\s\(([A-Z]{3,8})\)")
_SKIPPED = frozenset({"and", "of", "the", "for", "on", "&"})


def _spelled_out(s: str) -> list[tuple[int, int]]:
    """Spans of names with an "and" inside whose words' initials the bracketed letters after them spell."""
    out = []
    for m in _INITIALS.finditer(s):
        letters = m[1]
        words = list(re.finditer(r"[\w'’-]+", s[: m.start()]))
        got = ""
        for w in reversed(words):
            word = w.group()
            if word.lower() in _SKIPPED:
                continue
            got = word[0].upper() + got
            if len(got) >= len(letters):
                if got == letters and " and " in s[w.start() : m.start()]:
                    out.append((w.start(), m.start()))
                break
    return out


def unprotect_terms(s: str) -> str:
    """The text with the terms of art protect_terms hid written out again."""
    return s.replace("\x00", " and ").replace("\x01", ", ")


def has_term(s: str) -> bool:
    """True when the text holds a term of art joined by "and"."""
    return _TERMS.search(s) is not None or ("(" in s and bool(_spelled_out(s)))


_QUOTED_TERM = re.compile(r"[“\"]([^“”\"]{1,60})[”\"]")


def unquote_terms(item: str) -> str:
    """An item with the marks of the terms it quotes dropped ('the "Blue Corridor" project'); "" when a quote
    opens or closes in it (speech, no term)."""
    out = _QUOTED_TERM.sub(r"\1", item)
    return "" if any(q in out for q in '"“”') else out
