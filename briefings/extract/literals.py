"""Cheap substring tests run before a regex: a pattern whose literal words are all absent cannot match."""

from __future__ import annotations

# A long word list is checked in groups: words sharing a substring (the same last word " on", the same first
# four letters "talk") sit behind that substring, so a text lacking it costs one test instead of one per word.
# The answer is the same as testing every word: a word holds its group's substring, so it is absent with it.
_GROUPED_FROM = 16  # shorter lists (and lists built per call) are tested word by word
_PLAN_LIMIT = 512
# id(words) -> (words, words tested alone, (substring, words holding it)...); keeping `words` in the value
# keeps it alive, so its id cannot be reused by another tuple while the entry exists
_Plan = tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]]
_plans: dict[int, _Plan] = {}


def has_any(text: str, words: tuple[str, ...]) -> bool:
    """True when text contains one of the words (a plain loop: cheaper than any() over a generator)."""
    if len(words) < _GROUPED_FROM:
        for w in words:  # noqa: SIM110 (any() over a generator costs more in this hot path)
            if w in text:
                return True
        return False
    plan = _plans.get(id(words))
    if plan is None or plan[0] is not words:
        plan = _plan(words)
        if len(_plans) >= _PLAN_LIMIT:
            _plans.clear()
        _plans[id(words)] = plan
    for w in plan[1]:
        if w in text:
            return True
    for key, group in plan[2]:
        if key in text:
            for w in group:
                if w in text:
                    return True
    return False


def _plan(words: tuple[str, ...]) -> _Plan:
    """Split a word list into words tested alone and groups behind a substring every member holds."""
    by_last: dict[str, list[str]] = {}
    rest: list[str] = []
    for w in words:
        core = w.rstrip()
        sp = core.rfind(" ")
        if sp > 0 and len(core) - sp >= 3:
            by_last.setdefault(core[sp:], []).append(w)  # " on" of "talks on"
        else:
            rest.append(w)
    groups: list[tuple[str, tuple[str, ...]]] = []
    for key, members in by_last.items():
        if len(members) >= 3:
            groups.append((key, tuple(members)))
        else:
            rest.extend(members)
    by_start: dict[str, list[str]] = {}
    alone: list[str] = []
    for w in rest:
        if len(w) >= 5:
            by_start.setdefault(w[:4], []).append(w)  # "talk" of "talks about"
        else:
            alone.append(w)
    for key, members in by_start.items():
        if len(members) >= 2:
            groups.append((key, tuple(members)))
        else:
            alone.extend(members)
    return words, tuple(alone), tuple(groups)
