"""`parse_line`: one typed line ("/who jane doe private") into a command name and its arguments."""

from __future__ import annotations

import re
from typing import Any

from bot.commands.dispatcher import find

_PAIR = re.compile(r"^([A-Za-z_][\w-]*):(.*)$")


def parse_line(line: str) -> tuple[str, dict[str, Any]]:
    """Split a line into (command, args): `key:value` pairs, a final `private`, and free words
    filling the remaining string options in order (the last one takes the rest of the line)."""
    words = line.strip().split()
    if not words:
        return "", {}
    name = words[0].lstrip("/").lower()
    spec = find(name)
    rest = words[1:]
    args: dict[str, Any] = {}
    if spec is None:
        if rest:
            args["text"] = " ".join(rest)
        return name, args
    options = {o.name: o for o in spec.all_options}
    if rest and rest[-1].lower() == "private":
        args["private"] = True
        rest = rest[:-1]
    free: list[str] = []
    current: str | None = None  # a key:value value runs until the next key:
    for word in rest:
        pair = _PAIR.match(word)
        if pair and pair.group(1).lower() in options:
            current = pair.group(1).lower()
            args[current] = pair.group(2)
        elif current is not None and options[current].type == "string":
            args[current] = f"{args[current]} {word}".strip()
        else:
            free.append(word)
    # Free words fill the string options not given as key:value, in order: one word each, the last
    # option takes the rest ("/who jane doe" → name; "/remind on 7d,1d" → action, leads).
    open_options = [o.name for o in spec.options if o.type == "string" and o.name not in args]
    if free and not open_options:
        args["text"] = " ".join(free)
    for i, option in enumerate(open_options):
        if not free:
            break
        last = i == len(open_options) - 1
        args[option] = " ".join(free) if last else free[0]
        free = [] if last else free[1:]
    return name, args
