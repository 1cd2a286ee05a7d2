"""Topic lists a repeated preposition runs on ("on A; on B; and on C", "speak of A, of B", "devoted to A and
to B") and agenda items named as a question of how ("discuss how to A", "discuss how X can A and B")."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefings.extract.regex_guard import guarded

# the prepositions a cue may end with that a list repeats before each of its items
_REPEATABLE = frozenset(("on", "about", "of", "to"))
# "A, where B happened, as well as on C": a relative clause after the first item, skipped
_REL_SKIP = re.compile(r",\s*(?:where|which|who|whose)\b[^,;.!?]*")


def _run_on(prep: str) -> re.Pattern[str]:
    """The separator before a repeated preposition: "; on", ", and on", " as well as on"."""
    return re.compile(
        rf"\s*(?:[;,]\s*(?:and\s+|as\s+well\s+as\s+)?|\s+as\s+well\s+as\s+|\s+and\s+){prep}\s+(?=[\w'’\"“])"
    )


_RUN_ON = {p: _run_on(p) for p in _REPEATABLE}
_ITEM_END = re.compile(r"[;.!?]|,\s*(?:where|which|who|whose|with|while|adding|saying|noting)\b")


def cue_preposition(cue: str) -> str | None:
    """The preposition a cue ends with ("will focus on" -> "on"), when lists repeat it."""
    words = cue.split()
    last = words[-1].lower() if words else ""
    return last if last in _REPEATABLE else None


# "to be held", "to work with our partners", "to lay the groundwork": an infinitive, no repeated "to"; "to a
# free and open X": a slogan the list's cleaner keeps whole only where it opens the list
_NOT_TO = re.compile(
    r"\w+\s+(?:the|a|an|our|their|its|his|her|this|these|with|on|for|in|by|up|out|held|together)\b|"
    r"(?:be|a|an)\b"
)


def inner_repeats(lst: str, prep: str) -> list[str]:
    """The list cut at each repeated preposition: "A and to B" -> ["A", "B"] (for "to" and "of", which the
    item cleaner keeps); a part that goes on after a comma with a bare verb ("and underscore X") ends
    there."""
    if prep not in ("to", "of"):
        return [lst]
    parts: list[str] = []
    pos = 0
    for m in re.finditer(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+){prep}\s+(?=[\w'’])", lst):
        if prep == "to" and _NOT_TO.match(lst, m.end()):
            continue
        parts.append(lst[pos : m.start()])
        pos = m.end()
    parts.append(lst[pos:])
    if len(parts) == 1:
        return parts
    return [_verb_cut(part) for part in parts]


def _verb_cut(part: str) -> str:
    """A repeated item up to ", and VERB": "B, and underscore C" -> "B" (the sentence's next action)."""
    vm = re.search(r",\s*and\s+([a-z]+)\s", part)
    return part[: vm.start()] if vm and vm[1] in _VERBS else part


def repeated_lists(text: str, list_end: int, end: int, prep: str) -> list[tuple[int, str]]:
    """The lists after a cue's list that repeat its preposition ("focus on A; on B; and on C", "focus on A,
    where X, as well as on B"): (offset, list) each."""
    out: list[tuple[int, str]] = []
    pos = list_end
    run_on = _RUN_ON[prep]
    for _ in range(8):
        skip = _REL_SKIP.match(text, pos, end) if not out else None
        m = run_on.match(text, skip.end() if skip else pos, end)
        if m is None or (prep == "to" and _NOT_TO.match(text, m.end())):
            break
        stop = _ITEM_END.search(text, m.end(), end)
        item_end = stop.start() if stop else end
        # the next repeat ends this item ("on B; on C": B)
        nxt = run_on.search(text, m.end(), item_end)
        if nxt is not None:
            item_end = nxt.start()
        out.append((m.end(), _verb_cut(text[m.end() : item_end])))
        pos = item_end
    return out


_SEMI_ITEM = re.compile(r";\s*(?:and\s+)?(?P<x>[^;.!?]+)")


def semicolon_items(text: str, list_end: int, end: int) -> list[str]:
    """The items after a colon list's first that semicolons separate ("themes: A; B; and C"): B and C."""
    out: list[str] = []
    pos = list_end
    while len(out) < 12:
        m = _SEMI_ITEM.match(text, pos, end)
        if m is None:
            break
        out.append(m["x"].strip())
        pos = m.end()
    return out


# "discuss how to A", "discuss how the two nations can A, B and C", "explore how X could A"
_HOW = guarded(
    re.compile(
        r"\b(?:discuss(?:ed|es|ing)?|explor(?:e|es|ed|ing)|examin(?:e|es|ed|ing)|consider(?:s|ed|ing)?|"
        r"(?:look|looking|looked)\s+at|(?:talk|talking|talked)\s+about|focus(?:ed|es|ing)?\s+on)\s+how\s+"
        r"(?:(?P<to>to)|(?P<subj>(?:[\w'’-]+\s+){1,4}?)(?:can|could|will|would|should|might|may)"
        r"(?:\s+(?:best|further|jointly|together|better|also))?)\s+"
        r"(?P<vp>[^.;:!?]+)"
    )
)
HOW_WORDS = (" how to ", " how ")
# a verb phrase of the list ends at an adjunct after a comma
_VP_END = re.compile(
    r",\s*(?:including|especially|particularly|notably|with|where|which|while|as|because|so|since|to)\b|"
    r"\s+(?:amid|because)\b|,?[”\"]\s*,|,[”\"]"
)
_OPEN = (" the", " a", " an", " our", " their", " its", " to", " of", " and")
# the verbs an action of the list opens with (a general list: a comma or "and" before one opens the next
# action)
_VERBS = frozenset(
    re.findall(
        r"\w+",
        "take strengthen deepen enhance expand build boost improve reform accelerate advance support "
        "promote address tackle counter develop increase reduce ensure maintain modernize modernise "
        "bolster implement protect coordinate manage secure respond help work step broaden diversify "
        "align integrate leverage use harness create establish achieve sustain uphold preserve combat "
        "prevent mitigate attract facilitate unlock scale move bring drive push elevate upgrade "
        "complement deliver raise ease resolve restore rebuild revive foster encourage contribute "
        "cooperate collaborate invest fund finance adapt carry safeguard defend deter reinforce "
        "intensify widen open underscore reaffirm highlight stress emphasise emphasize discuss review "
        "sign hold visit meet",
    )
)
_ADVERBS = frozenset(("together", "forward", "further", "closely", "ahead", "better", "jointly"))
_VP_SEP = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_ADVERB = re.compile(r"(?:further|jointly|together|better|also|best|more\s+closely|closely)\s+")
_FORWARD = re.compile(r"(?:^|\s+)(?:forward|further|together|ahead|more\s+closely|closely)$")
_LEAD_PREP = re.compile(r"^(?:up\s+)?(?:to|on|with|in|into|for|about|against)\s+")


def _actions(vp_text: str) -> list[str]:
    """ "build A, expand B, and accelerate C" -> the three actions (a separator before no verb stays)."""
    out: list[str] = []
    pos = 0
    for m in _VP_SEP.finditer(vp_text):
        nxt = _ADVERB.sub("", vp_text[m.end() :], count=1).split(" ", 1)[0]
        if nxt in _VERBS:
            out.append(vp_text[pos : m.start()])
            pos = m.end()
    out.append(vp_text[pos:])
    return out


def how_topics(
    text: str, start: int, end: int, split_list: Callable[[str], list[str]]
) -> list[tuple[str, int]]:
    """Agenda items of "discuss how to A" (the action, verb kept) and "discuss how X can A and B" (what each
    action is done to), with their offsets."""
    out: list[tuple[str, int]] = []
    for m in _HOW.finditer(text, start, end):
        vp_text = m["vp"]
        cut = _VP_END.search(vp_text)
        if cut is not None:
            vp_text = vp_text[: cut.start()]
        base = m.start("vp")
        if m["to"]:
            for vp in _actions(vp_text):
                vp = _FORWARD.sub("", vp.strip(" ,"))
                verb, _, obj = vp.partition(" ")
                pm = _LEAD_PREP.match(obj)
                if pm is not None:  # "how to deliver on A, on B and on C": what it is done on
                    for item in split_list(obj[pm.end() :]):
                        pos = text.find(item, base, end)
                        out.append((item, pos if pos >= 0 else base))
                elif " " in obj.strip() and not obj.endswith(_OPEN):
                    out.append(
                        (vp.replace('"', "").replace("“", "").replace("”", ""), text.find(vp, base, end))
                    )
            continue
        for i, vp in enumerate(_actions(vp_text)):
            vp = _ADVERB.sub("", vp.strip(" ,"), count=1)
            verb, _, obj = vp.partition(" ")
            # the first action's verb follows the modal; a later one opens with a verb the list knows
            if not obj or not (verb in _VERBS or (i == 0 and verb.isalpha() and verb.islower())):
                continue
            obj = _FORWARD.sub("", _LEAD_PREP.sub("", obj, count=1))
            for item in split_list(obj):
                if item.lower() in _ADVERBS:
                    continue  # "work together, and with X": no object
                pos = text.find(item, base, end)
                out.append((item, pos if pos >= 0 else base))
    return out
