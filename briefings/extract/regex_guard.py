"""A first-character lookahead computed from a regex's own parse tree, so sre skips most positions at once.

sre tries every alternative of `\\bA|\\bB|...` at each word boundary. Prefixing `(?=[chars])`, where chars
are all the characters a match can start with, rejects the other positions in one step and matches
exactly the same spans and groups. No package computes this set, so it is worked out here from the
stdlib parser's tree (the parser the `re` module itself uses); anything it cannot reason about (a class
like \\w, a backreference, an empty match) leaves the pattern as it is.
"""

from __future__ import annotations

import re
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
    return re.compile(f"{guard}(?:{pattern.pattern})", pattern.flags)
