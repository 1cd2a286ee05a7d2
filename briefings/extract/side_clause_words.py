"""Small patterns `sides` reads inside one side-meeting clause: meals, calls, joint meetings, "and with", a
subject that is the main event's parties again ("They will meet ...")."""

from __future__ import annotations

import re

from briefings.extract.side_cues import MEAL_OR_CALL

PLURAL_MEETINGS = re.compile(r"\b(?:meetings|discussions|interactions|engagements)\b")
OF_NAMED = re.compile(r"\bof\s+the\s+[A-Z]")
# "meet in the X Council with B", "meet in the format of the X Council, with B": the body's session
# "meet in X-Y Council format with B": the format word after the body's name
IN_BODY = re.compile(
    r"\s+in\s+(?:the\s+format\s+of\s+)?(?:the\s+(?:[A-Z][\w'’-]*\s+){1,5}(?:Council|Commission|Committee|Group)\b|"
    r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,5}(?:Council|Commission|Committee|Group)\s+format\b)"
)
# one meeting: "jointly", "a three-way meeting"; "hold a private meeting with A and B" (the noun singular)
JOINT = re.compile(
    r"\b(?:jointly|together|joint|three-way|four-way|all|convene[sd]?|an?\s+(?:[a-z][\w-]*\s+)?meeting\s+with)\b"
)


# "They will meet ...", "The Xish ministers will be received by ...": the main event's parties again
THEY = re.compile(
    r"\s*(?:(?:They|The\s+(?:two|three|four|visiting)?\s*(?:[a-z]+\s+|[A-Z][a-z]+\s+)?(?:ministers|leaders|delegations|sides|parties))\b|"
    # "The Foreign Secretary and Defence Secretary will host their counterparts": the two titles together
    r"The\s+(?:[A-Z][\w-]*\s+){1,3}and\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:Minister|Secretary)\s*$)"
)


MEAL_CALL_WORDS = ("working", "call", "received", "lunch", "breakfast", "dinner")  # MEAL_OR_CALL, FOR_MEAL
# "host A for a working lunch", "receive A at the Office of the Prime Minister for a courtesy call"
FOR_MEAL = re.compile(
    r"(?:,?\s+(?:at|in)\s+(?:the\s+)?[A-Z][^,;.]{0,60}?)?"
    r",?\s+for\s+an?\s+(?:(?:working\s+)?(?:lunch|breakfast|dinner)|courtesy\s+call)\b"
)
BE_WITH = re.compile(r"\s+(?:will|would|are\s+to)\s+(?:also\s+)?be\s+with\b")
THE_NTH = re.compile(r"\bthe\s+(?:first|second|third|fourth|fifth|inaugural|\d+(?:st|nd|rd|th))\s+$")
AND_WITH = re.compile(r"\bwith\s+[^;]{3,160}?\band\s+with\s+(?:[A-Z]|(?:his|her|its|their|the)\s)")
BETWEEN = re.compile(r"\s+between\s+[A-Z][^.;,]{0,60}?\s+and\s+[A-Z]")
# "meet members of the Xish community", "meet representatives of civil society", "meet soldiers of the X
# Battalion", "meet Xish defence industry leaders at a roundtable hosted by A": a group, not a side's
# official (the person named hosts or leads it), so the meeting is of kind "other"
GROUP_MET = re.compile(
    r"\s+(?:with\s+)?(?:(?!and\b)[\w'’-]+\s+){0,3}?(?:(?:members|representatives)\s+of|community|diaspora|"
    r"soldiers|troops|students|experts|(?:business|industry|community|civil\s+society)\s+leaders)\b"
)
# "meet B and officials of the X Mission over a working breakfast": the meeting is the meal
# ("meet separately over breakfast": still the talks, held at a meal; the working meal is the meeting itself)
_OVER_MEAL = re.compile(r"\bover\s+an?\s+working\s+(?:lunch|breakfast|dinner)\b")
# "After the talks and a working lunch with B, A will meet C": a fronted time phrase's meal is not C's meeting
_FRONTED_TIME = re.compile(
    r"\s*(?:After|Following|Before|Ahead\s+of|Prior\s+to)\s[^;:]{0,120}?,\s+(?=(?:[A-Z][\w.'’-]*\s+){1,4}"
    r"(?:will|is|would|also|then|plans|intends)\b)"
)


def _meal_from(text: str, a: int, cue_start: int, cue_end: int) -> int:
    """Where a clause's meal or call is looked for: after a fronted "After ..., " phrase, whose subject and
    verb may open the cue ("After a working lunch with B, A will meet C")."""
    fronted = _FRONTED_TIME.match(text, a, cue_end)
    return min(fronted.end(), cue_start) if fronted else a


# "a Foreign Ministers' Meeting and a working dinner", "talks, followed by a working lunch": a meeting first
_MEETING_AND_MEAL = re.compile(
    r"\b(?:[Mm]eeting|talks)(?:,?\s+(?:followed\s+by|and)\s+an?)\s+working\s+(?:lunch|breakfast|dinner)\b"
)


def meal_or_call_at(text: str, a: int, b: int, cue: tuple[int, int], obj_end: int) -> bool:
    """Whether the side-meeting clause text[a:b] with its cue at `cue` is a call-on, a meal, an audience or a
    meeting with a group (kind "other"); a meeting with its working meal ("hold the X Meeting and a working
    dinner with B") is the meeting."""
    start, end = cue
    seg = text[a:b]
    found = bool(
        MEAL_OR_CALL.search(text, _meal_from(text, a, start, end), max(obj_end, end))  # after "After ..., "
        or FOR_MEAL.match(text, obj_end, b)
        or (" over " in seg and _OVER_MEAL.search(text, end, b))
        or GROUP_MET.match(text, end, b)  # "meet members of the Xish community": a group
    )
    return found and not ("working" in seg and _MEETING_AND_MEAL.search(seg))


# "he will participate in the X Conference, chaired by B": the chair of the gathering just attended, no
# gathering of its own
_ATTENDED_THEN_CHAIR = re.compile(
    r"\b(?:participate|participating|attend|attending|take\s+part|taking\s+part|join|joining)(?:\s+in)?\s+the\s+"
    r"(?:[A-Z][\w.'’-]*\s+){1,6}(?:Conference|Meeting|Summit|Forum|Dialogue|Retreat|Council),\s*$"
)


def chairs_attended(text: str, start: int, at: int) -> bool:
    """Whether a "chaired by" cue at `at` only names the chair of a gathering attended just before it."""
    return _ATTENDED_THEN_CHAIR.search(text, max(start, at - 160), at) is not None
