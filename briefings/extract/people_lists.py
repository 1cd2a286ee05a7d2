"""Lists of names under one plural title: "Foreign Ministers A (X) and B (Y)", "the defence ministers of
X and Y, A and B" (respectively), "his counterparts from X and Y, A and B", "the political directors of the
three countries: A of X, B of Y and C of Z", "the chiefs of the X of both countries, General A and Admiral B",
"the Foreign Ministers of X, A; of Y, B; and of Z, C" (or with commas: "of X, A, of Y, B, and of Z, C")."""

from __future__ import annotations

import re

from briefings.extract.forms import of_country, weak_title
from briefings.extract.gazetteer import country_of
from briefings.extract.literals import has_any
from briefings.extract.mentions import Mention
from briefings.extract.regex_guard import class_scan
from briefings.extract.roles import MODIFIERS
from briefings.extract.sentences import Sentence

_PLURAL_HINTS: tuple[str, ...] = ("inisters", "ecretaries", "residents", "ounterparts", "eaders", "tatives")
_PLURAL_HINTS += ("enators", "MPs", "EPs")  # "MPs A and B", "MEPs A and B"
# the plural heads _COLON_TITLE reads ("directors", "chiefs"): a cheap test before it
_COLON_HINTS: tuple[str, ...] = ("ectors", "inisters", "ecretaries", "mbassadors", "nvoys", "ommanders")
_COLON_HINTS += ("egotiators", "tatives", "dvis", "hiefs", "eads")
# the plural heads a list of titles over several names ends with ("ministers", "counterparts")
_LIST_HEADS = ("ministers", "secretaries", "counterparts", "leaders")
_LIST_HEAD = "(?:" + "|".join(_LIST_HEADS) + ")"
_OF_LIST = re.compile(_LIST_HEAD + r"\s+(?:of|from)\s", re.I)
_OF_LIST_LOW = re.compile(_OF_LIST.pattern)  # on lower-cased ASCII text
# a plural head closing the title, or before its portfolio ("Deputy Ministers of X and Y, A and B")
_PLURAL_END = re.compile(
    r"(?:[Mm]inisters|[Ss]ecretaries|[Pp]residents|Representatives|Senators|ME?Ps)"
    r"(?:$|(?= (?:of|for) [A-Z]))"
)
_COUNTRY_AFTER = re.compile(
    r"\s*\(([^()]{2,40})\)|,?\s+of\s+(?:the\s+)?[A-Z][^,;()]{1,40}?(?=\s*(?:,|and\b|$|\.|;))"
)
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
_LIST_GAP = re.compile(r"\s*(?:,\s*and|,|and|&)\s*")
# "the foreign ministers of X, Y and Z, " / "his counterparts from X and Y, " right before the names
_RESPECTIVELY = re.compile(
    r"\b(?P<title>(?:[A-Za-z-]+\s+){0,2}?" + _LIST_HEAD + r")\s+(?:of|from)\s+"
    r"(?:the\s+)?(?P<cs>[A-Z][\w.'’ -]*?(?:\s*,\s*(?:and\s+)?(?:the\s+)?[A-Z][\w.'’ -]*?|\s+and\s+(?:the\s+)?"
    r"[A-Z][\w.'’ -]*?)+)(?:\s*[,:–—]|\s+-)\s*$",
    re.I,
)

# "his French and Polish counterparts, " / "the Japanese, Korean and US ministers, " right before the names
# (a state's adjective may run to several words: "South Xish", "New Yish"; the first item may open with a word
# that is no part of it: "on Friday Xish and Yish leaders")
_ADJ = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
_ADJ_LIST = class_scan(re.compile(
    rf"\b(?P<cs>{_ADJ}(?:\s*,\s*{_ADJ})*\s*,?\s+and\s+{_ADJ})\s+"
    rf"(?P<title>(?:[a-z-]+\s+){{0,2}}?{_LIST_HEAD})(?:\s*[,:–—]|\s+-)\s*$"
))

# "Foreign and Defence Minister": two portfolios sharing one head (from a plural title over two names)
_SHARED_HEAD = re.compile(r"([A-Z][\w-]*) and ([A-Z][\w-]*) (Minister|Secretary)")
_LIST_CLOSE = frozenset(",:–—")
_PLURAL_MARKS = ("s, ", "s: ", "s – ", "s — ", "s - ")  # a plural title closed by a comma, colon or dash
_PLURAL_COMMA = re.compile(_LIST_HEAD + r"(?:\s*[,:–—]|\s+-\s)")


# "the political directors of the three countries: " right before a list of names
_COLON_TITLE = re.compile(
    r"\b(?:[Tt]he|[Tt]heir|[Ii]ts)\s+(?P<title>(?:[a-z][\w-]*\s+){0,2}?(?:directors|ministers|secretaries|ambassadors|"
    r"envoys|commanders|negotiators|representatives|advisers|advisors|chiefs|heads))"
    r"(?P<body>\s+of\s+the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?"
    r"(?P<both>\s+of\s+(?:the|their|both|all)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
    r"(?:countries|nations|states|sides|governments|partners))?(?P<mark>[:,])\s*$"
)
_LIST_OPENS = (": ", " countries, ", " nations, ", " sides, ", " states, ")


def _colon_titles(text: str, sent: Sentence, ms: list[Mention]) -> None:
    """ "the political directors of the three countries: A of X, B of Y and C of Z", "the chiefs of the Joint
    Staff of both countries, General A and Admiral B": each name untitled or ranked only after the colon
    (or after the comma closing "of both countries") takes the singular title."""
    for k, m in enumerate(ms):
        lo = max(sent.start, m.span_start - 120)
        if (m.role and not weak_title(m.role)) or not text.endswith((": ", ", "), lo, m.span_start):
            continue
        head = _COLON_TITLE.search(text, lo, m.span_start)
        if head is None or (head["mark"] == "," and not head["both"]):
            continue
        group = _run(text, ms, k, addressed=True)
        if len(group) < 2:
            continue
        role = _singular(head["title"]) + (head["body"] or "")
        for x in group:
            x.role = role if not x.role or weak_title(x.role) else x.role
            if x.written == "?":
                x.written = text[x.start : x.end]
        return


# "; of Yland, " / "; and of the Yland, " right before the next name of a list under one plural title
_OF_ITEM = re.compile(r";\s+(?:and\s+)?of\s+(?:the\s+)?([A-Z][^,;]{1,40}),\s+$")


# the comma form: "the foreign ministers of X, A, of Y, B, and of Z, C" (each state before its name, so a
# name's ", of Y" after it is the next name's)
_OF_FIRST = re.compile(r"\bof\s+(?:the\s+)?([A-Z][^,;]{1,40}),\s+$")
_OF_COMMA_ITEM = re.compile(r"^,\s+(?:and\s+)?of\s+(?:the\s+)?([A-Z][^,;]{1,40}),\s+$")


def _of_items(text: str, ms: list[Mention], commas: bool = False) -> None:
    """ "the Foreign Ministers of X, A; of Y, B; and of Z, C": each name the singular title and its state."""
    for k, m in enumerate(ms):
        if not m.role or not m.role.endswith(_PLURAL_HEADS):
            continue
        first = _OF_FIRST.search(text, max(0, m.start - 60), m.start) if commas else None
        if first and country_of(first[1]):
            m.country = country_of(first[1])
        if not m.country:
            continue
        role, prev, items = _singular(m.role), m, []
        for nxt in ms[k + 1 :]:
            gap = text[(prev.end if first else prev.tail_end) : nxt.span_start]
            if first:
                item = _OF_COMMA_ITEM.search(gap)
            else:
                item = _OF_ITEM.search(gap) if gap.count(";") == 1 else None
            state = country_of(item[1]) if item else None
            if state is None or nxt.role:
                break
            items.append((nxt, state))
            prev = nxt
        if not items:
            continue
        m.role = role
        for x, state in items:
            x.role, x.country = role, state
            if x.written == "?":
                x.written = text[x.start : x.end]
        return


_PLURAL_HEADS = ("Ministers", "ministers", "Secretaries", "secretaries", "Ambassadors", "ambassadors")


def spread_plural_titles(text: str, sent: Sentence, ms: list[Mention]) -> None:
    """Give each name of a list the singular title the list opens with, and its own country."""
    if len(ms) < 2:
        return
    if has_any(sent.text, _LIST_OPENS) and has_any(sent.text, _COLON_HINTS):
        _colon_titles(text, sent, ms)
    if not has_any(sent.text, _PLURAL_HINTS):
        return
    if "; " in sent.text:
        _of_items(text, ms)
    elif ", of " in sent.text or ", and of " in sent.text:
        _of_items(text, ms, commas=True)
    of_list = _of_list(sent.text)
    if of_list or (has_any(sent.text, _PLURAL_MARKS) and _PLURAL_COMMA.search(sent.text)):
        _respectively(text, sent, ms, of_list)
    for k, m in enumerate(ms):
        if m.role and _PLURAL_END.search(m.role):
            group = _run(text, ms, k)
            if len(group) < 2:
                continue
            head = _PLURAL_END.search(m.role)
            role = _singular(m.role[: head.end()]) + m.role[head.end() :] if head else m.role
            before = _WORD_BEFORE.search(text, max(sent.start, m.span_start - 20), m.span_start)
            if role.islower() and before and before[1].lower() in MODIFIERS:
                role = f"{before[1]} {role}"  # "Foreign ministers A and B"
            title_at = text.rfind(m.role, m.span_start, m.start)  # the plural title, after any country word
            lo = max(sent.start, m.span_start - 80)
            owners = _adjective_owners(text, lo, title_at, len(group)) if title_at >= 0 else None
            split = _SHARED_HEAD.fullmatch(role) if len(group) == 2 else None
            # "Foreign Ministers A, B and C of X, Y and Z, respectively": each name its country in order
            after = _countries_after(text, group[-1].tail_end, sent.end, len(group))
            states = _countries_after(m.role, head.end(), len(m.role), len(group)) if head else None
            if states and head:  # "the Foreign Ministers of X and Y, A and B": respectively, no title's part
                role, after = _singular(m.role[: head.end()]), after or states
            for i, x in enumerate(group):
                x.role = role if x is m or not x.role else x.role
                if split and (x is m or x.role == role):
                    # "Foreign and Defence Ministers A and B": respectively
                    x.role = f"{split[i + 1]} {split[3]}"
                x.country = _own_country(text, x, sent.end) or (x.country if x is not m else None)
                if owners:
                    x.country = owners[i]  # "Xish and Yish foreign ministers A and B": respectively
                elif after:
                    x.country = after[i]
                if x.written == "?":
                    x.written = text[x.start : x.end]


# "Xish and Yish " right before a plural title with its names after it, no comma between
_ADJ_BEFORE = re.compile(rf"\b(?P<cs>{_ADJ}(?:\s*,\s*{_ADJ})*\s*,?\s+and\s+{_ADJ})\s+$")


def _adjective_owners(text: str, lo: int, at: int, n: int) -> list[str] | None:
    """The countries of n country words listed right before a plural title ("Italian and Spanish foreign
    ministers A and B"), in order; None unless each word is a distinct country and there are n of them."""
    if text.find(" and ", lo, at) < 0:
        return None
    head = _ADJ_BEFORE.search(text, lo, at)
    if not head:
        return None
    parts = [p for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", head["cs"]) if p]
    countries = [country_words(p.strip(), first=i == 0) for i, p in enumerate(parts)]
    if len(countries) != n or len(set(countries)) != n:
        return None
    return [c for c in countries if c] if all(countries) else None


# " of X, Y and Z, respectively" / " of X and Y" right after a list of names
_OF_COUNTRIES = re.compile(
    r",?\s+(?:of|from)\s+(?P<cs>(?:the\s+)?[A-Z][\w.'’ -]*?(?:\s*,\s*(?:and\s+)?(?:the\s+)?[A-Z][\w.'’ -]*?)*"
    r",?\s+and\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)(?P<resp>,?\s+respectively)?"
)


def _countries_after(text: str, at: int, limit: int, n: int) -> list[str] | None:
    """The n distinct countries a list of n names is followed by ("A and B of X and Y, respectively")."""
    m = _OF_COUNTRIES.match(text, at, limit)
    if not m:
        return None
    split = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m["cs"])
    parts = [re.sub(r"^the\s+", "", p.strip()) for p in split if p]
    # the last may close the sentence ("... and Zland.")
    countries = [country_of(p) or country_of(p.rstrip(".")) for p in parts]
    if len(countries) != n or not all(countries) or len(set(countries)) != n:
        return None
    return [c for c in countries if c]


def _of_list(sentence: str) -> bool:
    """_OF_LIST.search(sentence), as a case-sensitive scan of the lower-cased text when it is ASCII (the
    same answer there, found faster)."""
    if sentence.isascii():
        return _OF_LIST_LOW.search(sentence.lower()) is not None
    return _OF_LIST.search(sentence) is not None


def _respectively(text: str, sent: Sentence, ms: list[Mention], of_list: bool) -> None:
    """ "the defence ministers of X and Y, A and B": A is X's, B is Y's (of_list: the sentence holds an
    _OF_LIST match, which every _RESPECTIVELY match contains)."""
    for k, m in enumerate(ms):
        lo = max(sent.start, m.span_start - 160)
        tail = text[lo : m.span_start].rstrip()
        if not tail or (tail[-1] not in _LIST_CLOSE and not tail.endswith(" -")):
            continue  # both patterns end in a comma, colon or dash right before the name
        head = (_RESPECTIVELY.search(text, lo, m.span_start) if of_list else None) or (
            _ADJ_LIST.search(text, lo, m.span_start)
            if text.find("and", lo, m.span_start) >= 0 and tail[:-1].rstrip().endswith(_LIST_HEADS)
            else None
        )
        if not head:
            continue
        names = _run(text, ms, k, addressed=True)
        parts = [p for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", head["cs"]) if p]
        parts = [re.sub(r"^the\s+", "", p.strip()) for p in parts]
        countries = [country_words(p, first=i == 0) for i, p in enumerate(parts)]
        if len(names) != len(countries) or not all(countries) or len(set(countries)) != len(countries):
            return
        counterparts = "counterpart" in head["title"].lower()
        role = None if counterparts else _singular(re.sub(r"^(?:the|The)\s+", "", head["title"].strip()))
        for x, c in zip(names, countries, strict=True):
            x.country = c
            x.role = x.role or role
            if x.written == "?":
                x.written = text[x.start : x.end]
        return


def country_words(words: str, *, first: bool = False) -> str | None:
    """The country a list item names ("South Xish"); the first item of a list found by search may open with
    a capitalised word that is no part of it ("Friday Xish"), dropped one at a time."""
    country = country_of(words)
    while country is None and first and " " in words:
        words = words.split(None, 1)[1]
        country = country_of(words)
    return country


def _run(text: str, ms: list[Mention], k: int, addressed: bool = False) -> list[Mention]:
    """The mention at k and those listed after it ("A (X), B (Y) and C (Z)"); with addressed, a surname
    under a form of address too ("Mr A B, Mr C D and Mr E")."""
    group = [ms[k]]
    for nxt in ms[k + 1 :]:
        prev = group[-1]
        pos = prev.tail_end
        if text.startswith(" (", pos) and nxt.end < text.find(")", pos, nxt.end + 2) + 1:
            continue  # "A (D-Xstate) and B": a bracketed tag read as a name is no item of the list
        extra = _COUNTRY_AFTER.match(text, pos, nxt.span_start)
        if extra:
            pos = extra.end()
        gap = _LIST_GAP.fullmatch(text, pos, nxt.span_start)
        if not gap or (len(nxt.tokens) < 2 and not (addressed and _ADDRESS.match(text, nxt.span_start))):
            break
        group.append(nxt)
    return group


_ADDRESS = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.?\s")


def _own_country(text: str, m: Mention, limit: int) -> str | None:
    """The country written right after a name: "A of X" or "A (X)"."""
    extra = _COUNTRY_AFTER.match(text, m.tail_end, limit)
    if not extra:
        return None
    if extra[1]:
        return country_of(extra[1].strip())
    return of_country(text, m.tail_end, limit)


def _singular(role: str) -> str:
    """ "Foreign Ministers" -> "Foreign Minister", "defence secretaries" -> "defence secretary"."""
    if role.endswith(("ies", "IES")):
        return role[:-3] + ("y" if role[-1].islower() else "Y")
    return role[:-1] if role.endswith(("s", "S")) else role
