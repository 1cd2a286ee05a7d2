"""A first-character lookahead computed from a regex's own parse tree, so sre skips most positions at once.

sre tries every alternative of `\\bA|\\bB|...` at each word boundary. Prefixing `(?=[chars])`, where chars
are all the characters a match can start with, rejects the other positions in one step and matches
exactly the same spans and groups. No package computes this set, so it is worked out here from the
stdlib parser's tree (the parser the `re` module itself uses); anything it cannot reason about (a class
like \\w, a backreference, an empty match) leaves the pattern as it is. by_first_letter goes further: it
regroups a leading alternation under its first literal letters, so sre scans for those letters in C.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found,unused-ignore]
import re
import re._compiler as R  # type: ignore[import-not-found,unused-ignore]
import re._constants as C  # type: ignore[import-not-found,unused-ignore]
import re._parser as P  # type: ignore[import-not-found,unused-ignore]
from typing import Any

_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)


def class_chars(items: Any) -> set[str] | None:
    """The characters a parsed character class admits, or None when too many or not listable."""
    out: set[str] = set()
    for op, arg in items:
        if op is C.LITERAL:
            out.add(chr(arg))
        elif op is C.RANGE and arg[1] - arg[0] < 256:
            out.update(chr(c) for c in range(arg[0], arg[1] + 1))
        else:
            return None  # a category, a negation or a huge range: anything may start here
    return out


def first_chars(seq: Any, folded: list[bool]) -> tuple[set[str] | None, bool]:
    """(characters a match of `seq` can start with, or None for any; whether it can match empty).

    `folded` gets True appended when an inline case-insensitive group decides a first character.
    """
    out: set[str] = set()
    for op, arg in seq:
        if op in _ZERO_WIDTH:
            continue
        if op is C.LITERAL:
            return out | {chr(arg)}, False
        if op is C.IN:
            chars = class_chars(arg)
            return (None if chars is None else out | chars), False
        if op is C.SUBPATTERN:
            first, empty = first_chars(arg[-1], folded)
            if arg[1] & re.IGNORECASE:
                folded.append(True)
        elif op is C.BRANCH:
            parts = [first_chars(b, folded) for b in arg[1]]
            if any(p[0] is None for p in parts):
                return None, False
            first = set().union(*(p[0] or set() for p in parts))
            empty = any(p[1] for p in parts)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            first, item_empty = first_chars(arg[2], folded)
            empty = arg[0] == 0 or item_empty
        else:
            return None, False
        if first is None:
            return None, False
        out |= first
        if not empty:
            return out, False
    return out, True


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same regex behind a lookahead of its possible first characters (itself when unknown)."""
    folded: list[bool] = []
    chars, empty = first_chars(P.parse(pattern.pattern, pattern.flags), folded)
    if chars is None or empty or not chars:
        return pattern
    group = "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"
    guard = f"(?=(?i:{group}))" if folded else f"(?={group})"
    source = f"{guard}(?:{pattern.pattern})"
    if folded or pattern.flags & re.IGNORECASE:
        # sre's own first-character scan does not fold case: it gets every character that folds to one
        if not all(c.isascii() for c in chars):
            return re.compile(source, pattern.flags)
        folds = re.compile(group, re.I)  # one class, not one fullmatch per character (import time)
        chars = {x for x in _ASCII_FOLDS if folds.fullmatch(x)}
    return _first_char_scan(pattern, chars, source)


# the characters that match an ASCII character under re.IGNORECASE: ASCII, and four that fold to a letter
# (test_regex_lookaheads checks every code point)
_ASCII_FOLDS = frozenset(map(chr, range(128))) | frozenset("\u0130\u0131\u017f\u212a")


def _first_char_scan(pattern: re.Pattern[str], chars: set[str], source: str) -> re.Pattern[str]:
    """The pattern compiled with its first characters as sre's search charset (the INFO block sre builds
    itself for a pattern opening with a literal or a class): sre_search then skips in C every position
    whose character is not one of them, where the lookahead `source` spells out would call the matcher at
    each. Same matches; the pattern keeps `source` as its text, which describes it exactly."""
    p = P.parse(pattern.pattern, pattern.flags)
    flags = p.state.flags | pattern.flags
    lo, hi = p.getwidth()
    if lo == 0:  # (first_chars saw a character first, so never; sre wants a width for its scan)
        return re.compile(source, pattern.flags)
    code = [C.INFO, 0, C.SRE_INFO_CHARSET, min(lo, R.MAXCODE), min(hi, R.MAXCODE)]
    charset, _ = R._optimize_charset([(C.LITERAL, ord(c)) for c in sorted(chars)])
    R._compile_charset(charset, flags, code)
    code[1] = len(code) - 1  # the INFO block's length
    R._compile(code, p.data, flags)
    code.append(C.SUCCESS)
    return _compiled(source, flags, code, p.state)


def _compiled(source: str, flags: int, code: list[int], state: Any) -> re.Pattern[str]:
    """A pattern object from sre code the parser's `state` (its groups) was compiled into."""
    names: list[str | None] = [None] * state.groups
    for name, g in state.groupdict.items():
        names[g] = name
    return _sre.compile(  # type: ignore[no-any-return,unused-ignore]
        source, flags, code, state.groups - 1, state.groupdict, tuple(names)
    )


# by_first_letter: sre searches a pattern whose alternatives all open with a literal by scanning for their
# first characters in C (an INFO charset), calling its matcher only there; a pattern opening with \b, a
# lookahead or a group gets the matcher called at every position, which is what costs
_LIMIT = 2000  # literal-first alternatives one alternative may expand into


def _char_set(items: Any) -> set[int] | None:
    """The code points a parsed character class admits, or None when not listable."""
    out: set[int] = set()
    for op, arg in items:
        if op is C.LITERAL:
            out.add(arg)
        elif op is C.RANGE and arg[1] - arg[0] < 64:
            out.update(range(arg[0], arg[1] + 1))
        else:
            return None
    return out


def _expand(seq: list[Any], out: list[list[Any]], state: Any) -> bool:
    """Append to out the literal-first sequences that, tried in order, match as seq does (False: cannot)."""
    if not seq or len(out) > _LIMIT:
        return False
    op, arg = seq[0]
    rest = list(seq[1:])
    if op is C.LITERAL:
        out.append(list(seq))
        return True
    if op in _ZERO_WIDTH:  # "Z c r" is "c (?<=Z c) r"
        tails: list[list[Any]] = []
        if not _expand(rest, tails, state):
            return False
        for t in tails:
            out.append([t[0], (C.ASSERT, (-1, P.SubPattern(state, [seq[0], t[0]]))), *t[1:]])
        return True
    if op is C.IN:
        chars = _char_set(arg)
        if chars is None:
            return False
        out.extend([(C.LITERAL, c), *rest] for c in sorted(chars))
        return True
    if op is C.BRANCH:  # "(?:a|b)r" is "ar|br"
        return all(_expand(list(item) + rest, out, state) for item in arg[1])
    if op is C.SUBPATTERN and arg[0] is None and not arg[1] and not arg[2]:
        return _expand(list(arg[3]) + rest, out, state)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) and arg[1] == 1 and arg[0] in (0, 1):  # "x?r" is "xr|r"
        item = list(arg[2])
        if arg[0] == 1:
            return _expand(item + rest, out, state)
        tries = [item + rest, rest] if op is C.MAX_REPEAT else [rest, item + rest]
        return all(_expand(t, out, state) for t in tries)
    return False


def _codes(seq: list[Any]) -> set[int] | None:
    """The code points a match of seq can start with, or None when any or when it can match empty."""
    chars, empty = first_chars(seq, [])
    return None if chars is None or empty else {ord(c) for c in chars}


def _by_letter(alts: list[list[Any]], depth: int, state: Any) -> list[Any]:
    """The alternatives regrouped under their first literal (a trie), trying the same ones in the same order
    wherever one can match: only alternatives of different first characters change places."""
    # (a first char, its tails, True) or (the first chars, an alternative left as it is, False)
    entries: list[tuple[int | set[int] | None, list[Any], bool]] = []
    for seq in alts:
        expanded: list[list[Any]] = []
        if not _expand(seq, expanded, state):
            entries.append((_codes(seq), seq, False))
            continue
        for e in expanded:
            c = e[0][1]
            last = None  # the last entry that may match where e does
            for i in range(len(entries) - 1, -1, -1):
                key, _, lit = entries[i]
                if (lit and key == c) or (not lit and (key is None or c in key)):  # type: ignore[operator]
                    last = i
                    break
            if last is not None and entries[last][2]:
                entries[last][1].append(e[1:])
            else:
                entries.append((c, [e[1:]], True))
    out: list[Any] = []
    for key, body, lit in entries:
        if not lit:
            out.append(P.SubPattern(state, body))
            continue
        head = [(C.LITERAL, key)]
        tails = _by_letter(body, depth + 1, state) if len(body) > 1 and depth < 6 else body
        if len(tails) == 1:
            out.append(P.SubPattern(state, head + list(tails[0])))
        else:
            branch = (C.BRANCH, (None, [P.SubPattern(state, t) for t in tails]))
            out.append(P.SubPattern(state, [*head, branch]))
    return out


def _admits(z: Any, c: int) -> bool:
    """True when z is a lookahead of one class or literal that c passes (a guard the letter makes moot)."""
    op, arg = z
    if op is not C.ASSERT or arg[0] != 1 or len(arg[1].data) != 1:
        return False
    iop, iarg = arg[1].data[0]
    if iop is C.LITERAL:
        return bool(iarg == c)
    chars = _char_set(iarg) if iop is C.IN else None
    return chars is not None and c in chars


def by_first_letter(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same regex (same matches, spans and groups) with its leading alternation regrouped by first
    literal and its leading \\b or lookaheads moved behind that letter, so sre scans for those letters in C
    (itself when some alternative cannot open with a literal)."""
    if pattern.flags & re.IGNORECASE:
        return pattern
    p = P.parse(pattern.pattern, pattern.flags)
    lead: list[Any] = []
    for i, (op, arg) in enumerate(p.data):
        if op is C.LITERAL and lead:  # "\\bin\\s+" is "i(?<=\\bi)n\\s+"
            arg = (None, [P.SubPattern(p.state, p.data[i:])])
            i = len(p.data) - 1
            break
        if op is C.BRANCH:
            break
        if op not in _ZERO_WIDTH:
            return pattern
        lead.append((op, arg))
    else:
        return pattern
    alts = _by_letter([list(x) for x in arg[1]], 0, p.state)
    for j, alt in enumerate(alts):
        op, c = alt[0]
        if op is not C.LITERAL:
            return pattern
        zs = [z for z in lead if not _admits(z, c)]
        if zs:
            behind = (C.ASSERT, (-1, P.SubPattern(p.state, [*zs, (C.LITERAL, c)])))
            alts[j] = P.SubPattern(p.state, [alt[0], behind, *list(alt)[1:]])
    p.data[: i + 1] = [(C.BRANCH, (None, alts))]
    p.width = None
    return _compiled(pattern.pattern, pattern.flags | p.state.flags, R._code(p, pattern.flags), p.state)


def _first_items(seq: Any) -> tuple[list[Any] | None, bool]:
    """first_chars as sre charset items (literals, ranges and classes like \\s or \\d), None for any."""
    out: list[Any] = []
    for op, arg in seq:
        if op in _ZERO_WIDTH:
            continue
        if op is C.LITERAL:
            return [*out, (op, arg)], False
        if op is C.IN:
            if any(o not in (C.LITERAL, C.RANGE, C.CATEGORY) for o, _ in arg):
                return None, False  # a negated class, or one under re.I: anything may start here
            return [*out, *arg], False
        if op is C.SUBPATTERN:
            if arg[1] or arg[2]:
                return None, False  # inline flags (re.I): left alone
            first, empty = _first_items(arg[-1])
        elif op is C.BRANCH:
            parts = [_first_items(b) for b in arg[1]]
            if any(p[0] is None for p in parts):
                return None, False
            first = [x for p in parts for x in p[0] or []]
            empty = any(p[1] for p in parts)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            first, item_empty = _first_items(arg[2])
            empty = arg[0] == 0 or item_empty
        else:
            return None, False
        if first is None:
            return None, False
        out += first
        if not empty:
            return out, False
    return out, True


def class_scan(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same regex with sre's search charset made of the classes its matches can start with (a blank,
    a digit, a comma): sre then skips in C every other position, where a pattern opening with a repeat, a
    lookahead or a \\b calls its matcher at each (itself when its first character may be anything)."""
    if pattern.flags & re.IGNORECASE:
        return pattern
    p = P.parse(pattern.pattern, pattern.flags)
    items, empty = _first_items(p.data)
    lo, hi = p.getwidth()
    if items is None or empty or not items or lo == 0:
        return pattern
    flags = p.state.flags | pattern.flags
    code = [C.INFO, 0, C.SRE_INFO_CHARSET, min(lo, R.MAXCODE), min(hi, R.MAXCODE)]
    charset, _ = R._optimize_charset(items)
    R._compile_charset(charset, flags, code)
    code[1] = len(code) - 1  # the INFO block's length
    R._compile(code, p.data, flags)
    code.append(C.SUCCESS)
    return _compiled(pattern.pattern, flags, code, p.state)
