"""Topic list items: an agenda list split into items, each trimmed of leading and trailing junk."""

from __future__ import annotations

import itertools
import re

from briefings.extract.agenda import DATE_TAIL
from briefings.extract.gazetteer import country_of
from briefings.extract.literals import has_any
from briefings.extract.regex_guard import class_scan, guarded
from briefings.extract.topic_pairs import joined_pairs
from briefings.extract.topic_words import (
    adjective_series,
    clause_item,
    has_term,
    protect_terms,
    slogan_head,
    unprotect_terms,
    unquote_terms,
)

_LEAD_JUNK = re.compile(
    r"^(?:a series of|a number of|series of|the concept of|concept of|notion of|idea of|the issue of|"
    r"(?:the )?importance of|more|greater|closer|further|(?:19|20)\d\d|issue of|"
    r"critical issues related to|issues? related to|"
    # "India's approach to counter-terrorism": the subject approached
    r"(?:[\w.-]+['’]s\s+)?approach(?:es)?\s+to|(?:a\s+)?(?:recurrence|repetition)\s+of|"
    r"(?:issues|matters|topics|subjects) (?:such as|including|like)|"
    r"ways to|such as|including|includes?|especially|particularly|notably|in particular|"
    r"about|as well as|(?:strengthen|enhance|deepen|improve)\s+(?:coordination|cooperation)\s+on|"
    r"the|a|an|its|their|his|her|our|these|those|this|that|some|several|various|of|in|"
    r"on|for|from|at)\s+",
    re.I,
)
_TAIL_JUNK = re.compile(
    r"\s+(?:(?:announced|signed|launched|held|adopted|established|agreed)\s+(?:by|in|at|on|last)\b.*|"
    # "A at the gathering": where it is raised, no part of it
    r"at (?:the|an?) invitation .*|at the (?:gathering|meeting|summit|talks|conference|forum|session)|"
    r"more closely|further|together|as well|too|also|amid .*|in the face of .*|"
    r"to ensure .*|to be .*|(?:later|earlier) (?:this|next) (?:year|month|week)|"
    # "relations with China", "cooperation with Japan": the partner stays
    r"so as .*|in order .*|among .*|(?:must|should) .*|"
    r"worth (?:[$€£\d]|several|some|about|around|more|up|over|nearly|a|an) .*|"
    r"(?<!relations )(?<!ties )(?<!engagement )(?<!partnerships )(?<!cooperation )(?<!negotiations )"
    r"(?<!coordination )(?<!agreement )(?<!agreements )with .*|"
    # "global governance to call for" (a list cut short before a quote): the aim's verb left open
    r"to [a-z]+ (?:for|on|with|about|into|at)|"
    # "cooperation between Japan and China" names its parties; "between the two sides" does not
    r"between (?!(?-i:(?:the )?[A-Z][^,]* and (?:the )?[A-Z])).*|"
    r"that (?:has|have|is|are|was|were|will|took|came|entered|[a-z]+ed) .*|"
    r"that (?-i:(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:\s+and\s|\s+[a-z]+ed\b|$)).*)$",
    re.I,
)


# the words a _LEAD_JUNK match opens with (any word before "'s approach to"), and those a _TAIL_JUNK match
# holds right after its leading whitespace: an ASCII text holding none of them is left as it is
_LEAD_FIRST = frozenset(
    re.findall(
        r"\w+",
        "a series number concept notion idea the importance especially particularly notably more greater "
        "closer further issue critical "
        "issues approach approaches recurrence repetition matters topics subjects ways such including "
        "includes include about as strengthen enhance deepen improve an its their his her our these those "
        "this that some several various of in on for from at",
    )
)
_TAIL_FIRST = frozenset(
    re.findall(
        r"\w+",
        "announced signed launched held adopted established agreed at more further together as too also "
        "amid in to later earlier so among must should worth with between that",
    )
)


def _lead_may_match(s: str) -> bool:
    """False only when _LEAD_JUNK cannot match s: an ASCII text whose first word opens no junk phrase."""
    if not s.isascii():
        return True
    low = s.lower()
    head = low.split(None, 1)
    if not head:
        return False
    first = head[0]
    return first in _LEAD_FIRST or (first[:2] in ("19", "20") and len(first) == 4) or "approach" in low


def _tail_may_match(s: str) -> bool:
    """False only when _TAIL_JUNK cannot match s: an ASCII text with no junk word after whitespace."""
    if not s.isascii():
        return True
    words = s.lower().split()
    start = 0 if s[:1].isspace() else 1
    return not _TAIL_FIRST.isdisjoint(words[start:])


def _clean(item: str) -> str:
    s = item.strip(" ,–—")
    for _ in range(3):
        if not _lead_may_match(s):
            break
        s, n = _LEAD_JUNK.subn("", s)
        if not n:
            break  # nothing removed: another pass removes nothing either
    if _tail_may_match(s):
        s = _TAIL_JUNK.sub("", s)
    return s.strip(" ,–—")


_REPORTING = frozenset(
    re.findall(
        r"\w+",
        "expressed welcomed confirmed agreed noted stated stressed emphasized emphasised discussed reviewed "
        "exchanged reaffirmed underscored shared called urged condemned",
    )
)
_ADJ_END = re.compile(r"(?:al|ic|ive|ous|ent|ant|ary|ing|ear)$")  # "nuclear and missile programs"
_NOT_NP = re.compile(
    r"(?:what|that|how|whether|which|who|whose|where|when|to|originally|also|will|would|has|have|is|are|was|were|"
    r"most)\b"
    r"|\w+ly\s+\w+ed\b",
    re.I,
)


# the patterns run per list item, compiled once (the re module's cache lookup costs as much as a short match)
_LIST_SEP = class_scan(guarded(re.compile(r",\s*(?:and|or)\s+|,\s*|\s+as well as\s+")))
_AND_OR = class_scan(guarded(re.compile(r"\s+(?:and|or)\s+")))
_SERIAL = re.compile(r",\s*(?:and|or)\s+")
_FOLLOWING = class_scan(re.compile(r"\bfollowing\s+\w+$"))
# "the ministers will attend ...", "the issue could come up": a clause, not a topic
_MODAL = re.compile(r"\b(?:will|would|shall|could|might)\s")
_SAID_WORD = re.compile(r"\b(?:said|says|told|added)\b")
# each match of _MODAL / _SAID_WORD holds one of these (case-sensitive patterns: a plain test first)
_MODAL_WORDS = ("will", "would", "shall", "could", "might")
_SAID_WORDS = ("said", "says", "told", "added")
_PREPOSITION = re.compile(r"(?:on|in|for|of|to|with|about)\s")
_DETERMINER = re.compile(r"(?:the|a|an|its|their|our|his|her)\s", re.I)
# a capitalised name running on "of"/"for" ("the Fund for the Relief of Poverty") and one capitalised word
_NAME_OF = re.compile(r"[A-Z][\w'’-]*\s+(?:of|for)\s+(?:the\s+)?[A-Z][a-z]+$")
_ONE_CAP = re.compile(r"[A-Z][a-z]+")
# "peace and stability in the region", "peace and prosperity in X Asia": a lone noun shares the next's place
_LONE = re.compile(r"(?:the\s+)?[a-z]+")
# (also "water and climate security in Central Asia": a two-word noun after the lone one)
_OF_PLACE = re.compile(
    r"[a-z]+(?:\s+[a-z]+)?\s+(?:in|of|across|throughout)\s+"
    r"(?:the\s+(?:region|world|continent|peninsula)|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
)
_DET_ONE = re.compile(r"(?:the|an?|its|their|our)\s+(?:[a-z]+ed\s+)?[a-z][\w-]+")
_DET_BEFORE = re.compile(r"\b(?:the|a|an|its|their|our|his|her|this|these|those)\s+$", re.I)
# "pressure on the region, from A and B to C and D": the range names the items
_FROM_TO = re.compile(
    r"\b(?:priorities|pressures?|challenges|issues|concerns|threats)\b[^.;:“”\"]{0,40}?\bfrom\s+"
    r"(?P<a>[^.;:,“”\"]{3,80}?)\s+to\s+(?P<b>[^.;:,“”\"]{3,80})"
)
_FROM_TO_WORDS = ("priorities", "pressure", "challenges", "issues", "concerns", "threats")
_LIST_END = class_scan(guarded(re.compile(
    r"\s+(?:amid|(?<!well )(?<!such )as(?!\s+well\b)|while|after|before|when|ahead of|during|"
    # "raise its defence spending beyond the 2 percent target": the figure is no part of the item
    r"beyond(?=\s+(?:the\s+)?\d)|"
    # "devoted to A, following the attack on B": the occasion is no part of the item
    r"following(?=\s+(?:the|an?|its|their|his|her|recent|last|this)\s))\s+"
)))
# (a place may close the pair: "cooperation between the X and the Y in the Horn")
_NAMED_PAIR = re.compile(
    r"(?:the )?[A-Z][^,]*? and (?:the )?[A-Z][\w'.-]*(?:\s+(?:of\s+)?[A-Z][\w'.-]*)*"
    r"(?:\s+(?:in|across)\s+(?:the\s+)?(?:[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*|region|world|continent))?$"
)
# "on the ground and at sea": no pair
_PAIR_NOT = re.compile(r"(?:on|in|for|of|to|with|about|at|by|from|into|under|over|the|a|an)\s")
# "cooperation in defence", "strengthening deterrence": the word that an "and" pair after it shares
_PREP_WORD = re.compile(r"\b(?:in|on|of|for|[a-z]{3,}ing)\s+([a-z][\w-]*)$")
_PREP_ENDS = ("in", "on", "of", "for", "ing")  # how the word before the last ends in each _PREP_WORD match
# "building A and accelerating B": an "and" between two actions, each opening with its -ing verb
_ING_AND_ING = re.compile(r"(?<=\S)\s+and\s+(?=[a-z]{3,}ing\s)")
# (also ", under which A will ...": the list ends at the relative clause)
_RELATIVE_CLAUSE = re.compile(
    r",\s*(?:(?:under|through|by|in|from|for|on|to)\s+which|with|which|who|where)\b"
)


# "A and B that support growth", "the X plan through which Y promised Z", "the capabilities Kyiv will need":
# a relative clause after the noun, cut before the item is split at its "and"
_REL_TAIL = re.compile(
    r"\s+(?:through|by|under|in|with|from|for|on|to)\s+which\s.*$|"
    r"(?<!\bon)(?<!\bin)(?<!\bof)(?<!\bfor)(?<!\bto)(?<!\bat)(?<!\bby)(?<!\bwith)(?<!\babout)(?<!\band)"
    r"(?<!\bso)(?<!\bsuch)(?<!\bnow)\s+(?:that|which|whose)\s+(?=[a-z])(?!that\b|this\b).*$",
    re.S,
)
# "the brigade being stationed in X and on Y": the participle clause, up to the next "and"
_BEING = re.compile(r"\s+being\s+[a-z]+ed\b(?:(?!\s+and\s)[^,])*")
# a contact clause after a common noun: "the capabilities Kyiv will need" (not "any provocation by X will",
# "whether X would", "North Korea will")
_CONTACT = re.compile(r"(?<=\s)(?:[A-Z][\w'’-]*\s+){1,3}(?:will|would|can|could|must|may|might)\s+[a-z]")
_NOT_BEFORE_CONTACT = frozenset(
    (
        "whether", "that", "which", "from", "with", "about", "when", "after", "before", "said",
        "than", "by", "of", "in",
        "on", "for", "to", "at", "and", "or", "as", "if", "while", "because", "since", "where", "who",
    )
)  # fmt: skip
_REL_WORDS_RX = class_scan(re.compile(r"\b(?:that|which|whose|being|will|would|can|could|must|may|might)\s"))


# "their shared efforts to:": the item is still to come
_OPEN_ENDS = frozenset(("to", "of", "for", "on", "in", "with", "by", "the", "a", "an", "and", "or"))


def _open_end(words: list[str]) -> bool:
    """True for an item cut before its object ("efforts to", "cooperation in"); "to get aid in" is whole."""
    last = words[-1]
    return last in _OPEN_ENDS and (last not in ("in", "on") or len(words) <= 3)


def _rel_cut(part: str) -> str:
    """The part without its relative clause, unless that leaves a lone word ("issues that matter")."""
    cut = _BEING.sub("", _REL_TAIL.sub("", part))
    m = _CONTACT.search(cut)
    if m is not None:
        before = cut[: m.start()].split()
        last = before[-1] if before else ""
        if len(last) >= 3 and last.isalpha() and last.islower() and last not in _NOT_BEFORE_CONTACT:
            cut = cut[: m.start()].rstrip()
    return part if " " not in _clean(cut) else cut


def _join_series(parts: list[str]) -> list[str]:
    """ "A, upholding a free", "open", "rules-based order": the adjectives after a later item's article share
    its noun ("upholding a free, open, rules-based order")."""
    out: list[str] = []
    i = 0
    while i < len(parts):
        part = parts[i]
        words = part.rsplit(" ", 2)
        j = i
        if len(words) >= 2 and adjective_series(" ".join(words[-2:])):
            while j + 1 < len(parts) - 1 and adjective_series(parts[j + 1], lead=False):
                j += 1
            if j > i:
                j += 1  # the last piece holds the noun
            elif j + 1 < len(parts) and adjective_series(parts[j + 1].split(" ", 1)[0], lead=False):
                j += 1  # "a free" + "peaceful and prosperous region": the next piece goes on with its noun
        out.append(", ".join(parts[i : j + 1]))
        i = j + 1
    return out


# "the political, security and humanitarian situation": "the" and a lone adjective open a series whose last
# item joins two words and goes on to their shared noun
_THE_ADJ = re.compile(r"the\s+[a-z][a-z-]*(?:al|ic|ary|ive|ous)")
_AND_DET = re.compile(r"\s+and\s+(?=(?:the|a|an|its|their)\s)")
_ADJ_AND_NOUN = re.compile(r"[a-z][a-z-]*\s+and\s+[a-z][a-z-]*\s+[a-z]")


def _the_series(parts: list[str]) -> bool:
    """True for "the political" + "security and humanitarian situation": adjectives sharing the last noun."""
    if _THE_ADJ.fullmatch(parts[0]) is None:
        return False
    j = 1
    while j < len(parts) - 1 and adjective_series(parts[j], lead=False):
        j += 1
    return _ADJ_AND_NOUN.match(parts[j]) is not None


def _split_list(s: str) -> list[str]:
    """ "A, B and C" -> items; "critical and emerging technologies" stays one item."""
    if " and " in s and has_term(s):
        return [unprotect_terms(x) for x in _split_items(protect_terms(s))]
    return _split_items(s)


def _split_items(s: str) -> list[str]:
    """The items of a list whose terms of art are protected."""
    parts = [_rel_cut(p) if _REL_WORDS_RX.search(p) else p for p in _LIST_SEP.split(s)]
    series = len(parts) >= 2 and adjective_series(parts[0])
    the = not series and len(parts) >= 2 and _the_series(parts)
    series = series or the
    if series:
        # "a stable, prosperous and resilient region": the adjectives share the noun at the end
        j = 1
        while j < len(parts) - 1 and adjective_series(parts[j], lead=False):
            j += 1
        if the:  # "... humanitarian situation and the status of B": the next item after "and the"
            parts[j : j + 1] = _AND_DET.split(parts[j], maxsplit=1)
        parts = [", ".join(parts[: j + 1]), *parts[j + 1 :]]
    else:
        parts = _join_series(parts)
    # "A, B and C, and D" (a serial comma before the last): "B and C" is one item
    serial = len(parts) >= 3 and _SERIAL.search(s) is not None
    items: list[str] = []
    for i, part in enumerate(parts):
        head, between, parties = part.partition(" between ")
        if between and not _NAMED_PAIR.match(parties):
            head, between = part, ""
        whole = (serial and i < len(parts) - 1) or (series and i == 0 and not between)
        pieces = [part] if whole else _AND_OR.split(head)
        if whole and part.split(" ", 1)[0].endswith("ing") and _ING_AND_ING.search(part):
            # "building A and accelerating B" in a serial list: two actions, each an item
            pieces = _ING_AND_ING.split(part)
        if between and pieces[-1] != part:
            pieces[-1] += between + parties  # "ties between A and B": the pair stays whole
        merged: list[str] = []
        for piece in pieces:
            if merged and slogan_head(merged[-1], piece):
                merged[-1] = f"{merged[-1]} and {piece}"  # "a Free and Open Indo-Pacific": one name
            elif merged and _OF_PLACE.fullmatch(piece) and _LONE.fullmatch(merged[-1]):
                merged[-1] = f"{merged[-1]} and {piece}"
            elif (
                merged and _ONE_CAP.fullmatch(piece) and _NAME_OF.search(merged[-1]) and not country_of(piece)
            ):
                merged[-1] = f"{merged[-1]} and {piece}"  # "the X Fund for the Relief of Poverty and Hunger"
            elif (
                merged
                and _ADJ_END.search(merged[-1])
                and merged[-1].split()[-1].islower()
                and not _DETERMINER.match(piece)  # "regional policing and the agenda": two items
                and not _PREPOSITION.match(piece)  # "on A and on B": two items
                and not (" " in merged[-1] and merged[-1].endswith("ing"))  # "copper refining and B": a noun
            ):
                merged[-1] = f"{merged[-1]} and {piece}"  # a lone adjective shares the noun after it
            else:
                merged.append(piece)
        items.extend(merged)
        for one, nxt in itertools.pairwise(pieces):
            if (
                _DET_ONE.fullmatch(one)
                and " " in nxt
                and not (_DETERMINER.match(nxt) or _PREPOSITION.match(nxt))
            ):
                items.append(f"{one} and {nxt}")  # "the planned trade and investment mission": one noun too
    for part in parts:
        a, _, b = part.partition(" and ")
        items += joined_pairs(part) if b else []  # "combating A and B", "A and B and C": a pair, one item too
        if not b or b.count(" ") > 1 or not b.islower() or _PAIR_NOT.match(b):
            continue
        a_words = a.split()  # a _PREP_WORD match ends the word before the last with one of these
        pm = _PREP_WORD.search(a) if len(a_words) >= 2 and a_words[-2].endswith(_PREP_ENDS) else None
        if pm and " " not in b:
            items.append(f"{pm[1]} and {b}")  # "cooperation in defence and security": the pair too
        elif a.count(" ") <= 2:
            a = _clean(a)
            if " " not in a and a.islower():
                items.append(f"{a} and {b}")  # "forestry and fisheries", "air and missile defence": one too
    out = []
    for raw in items:
        p = _clean(raw)
        words = p.split()
        if not p or len(words) > 16 or _NOT_NP.match(p) or clause_item(p):
            continue
        if len(words) > 4 and words[0].lower() in _REPORTING and not _DET_BEFORE.search(raw, 0, raw.find(p)):
            continue  # "expressed serious concerns over ...": a verb phrase ("our shared plan": an adjective)
        said = has_any(p, _SAID_WORDS) and _SAID_WORD.search(p) is not None
        p = unquote_terms(p) if any(q in p for q in '"“”') else p  # 'the "X" project': its term kept
        if not p or said or (has_any(p, _MODAL_WORDS) and _MODAL.search(p)):
            continue  # a quote opened or closed in the item (speech), or "officials said": no topic
        if p.endswith("following") or _FOLLOWING.search(p) or _open_end(words):
            continue  # "the following areas": the list comes after it
        out.append(p)
    return out


# "A as it defends itself, B, C, and D" / "A in July, and on B": after the adjunct that cut the list, a
# serial "and" shows that the list goes on
# (a last item alone must open as one does: "and on B", "and the B", "and preparations", not "and prepare")
_RESUME = re.compile(
    # ("A in July, as well as B": "as well as" goes on with any noun phrase)
    # "A in 2025 and the situation in B": a year, then the last item after "and" and its article
    r"(?:\s+(?:in|by)\s+(?:19|20)\d\d\s+and\s+(?P<dated>(?:the|its|their)\s.+)|"
    r"[^,]*,\s+(?:as\s+well\s+as\s+(?P<also>.+)|and\s+(?P<last>(?:on|in|for|of|to|the|an?|its|their|his|her|our|[A-Z]|\w+ing\b|\w+ions\b).+)|"
    r"(?P<more>.+,\s+(?:and|or)\s+.+)|"
    # "A in Y by 2025, the B of C and D, an official said": a last pair, then who said it
    r"(?P<pair>(?:the|an?)\s+[^,]+\s+and\s+[^,]+)(?:,\s+(?:an?|the)\s+[^,]*\b(?:said|told)\b[^,]*)?))$",
    re.S,
)


def cut_list(raw: str) -> tuple[str, str]:
    """The list up to its first adjunct ("as ...", "ahead of ...", "in July") and the rest of the text."""
    lst = _LIST_END.split(raw, maxsplit=1)[0]
    lst = _RELATIVE_CLAUSE.split(lst, maxsplit=1)[0]
    lst = DATE_TAIL.split(lst)[0]
    return lst, raw[len(lst) :]


def resumed_lists(rest: str) -> list[str]:
    """The parts of a list that go on after an adjunct cut it: "in July, and on B" -> ["on B"]."""
    out: list[str] = []
    for _ in range(3):
        m = _RESUME.match(rest) if rest else None
        if m is None:
            break
        lst, rest = cut_list(m["also"] or m["last"] or m["more"] or m["pair"] or m["dated"])
        out.append(lst)
    return out
