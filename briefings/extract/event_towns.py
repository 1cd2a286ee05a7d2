"""Which named city is the main event's: a named gathering's city that is the main event's own or
another's ("the Shangri-La Dialogue in Singapore" / "ahead of the G20 Summit in X"), and a release's date
line ("Paris, 28 May 2031") beside a meeting sentence that names where the meeting was."""

from __future__ import annotations

import re

from briefings.extract.dates import DateMention
from briefings.extract.event_names import proper_name
from briefings.extract.gazetteer import City, find_city
from briefings.extract.sentences import Sentence

# "ahead of the G20 Summit in X": the city of another, named gathering
OTHER_EVENT_IN = re.compile(
    r"\b[A-Z][\w-]*\s+(?:Summit|Forum|Conference|Meeting|Dialogue|Games|Congress|Assembly|Ministerial)"
    r"\s+(?:in|at)\s+$"
)
_ANCHORED = re.compile(r"\b(?:ahead\s+of|before|after|following|since|last)\s+(?:the\s+)?$", re.I)


def _anchored(text: str, name: str) -> bool:
    """The name is another gathering the sentence dates its meeting by ("ahead of the NATO Summit")."""
    at = text.find(name)
    return at >= 0 and bool(_ANCHORED.search(text, max(0, at - 25), at))


def own_gathering(s: Sentence, lead: list[Sentence]) -> str:
    """The proper name of the main event's gathering ("on the sidelines of the X Dialogue"), or ""."""
    return next((p for x in [s, *lead] if (p := proper_name(x.text)) and not _anchored(x.text, p)), "")


def other_event_in(text: str, start: int, at: int, own: str) -> bool:
    """text[at] is the city of a named gathering ("ahead of the G20 Summit in X") other than the main one."""
    m = OTHER_EVENT_IN.search(text, start, at)
    return m is not None and not (own and m.group().rsplit(None, 1)[0] in own)


def title_town(
    town: str | None, dm: DateMention | None, cities: list[tuple[City, int, int]], prefer: frozenset[str]
) -> str | None:
    """The town of a title line, unless it is a known city's date line of one day ("Paris, 28 May 2031")
    over a meeting sentence naming another city ("held talks on 28 May in Jakarta")."""
    if (
        town
        and dm
        and not dm.end_date
        and cities
        and cities[0][0].name != town
        and find_city(town, prefer) is not None
    ):
        return None
    return town
