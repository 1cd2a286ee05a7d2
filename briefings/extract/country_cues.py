"""Cues that keep a person from the host's or dateline's country: a traveller's companion, a past meeting's
city, the one country a list of counterparts leaves, a US legislator's state; and the one that gives it: an
envoy's title naming no post."""

from __future__ import annotations

import re
from datetime import date

from briefings.extract.gazetteer import find_city
from briefings.extract.people import People, PersonRec
from briefings.extract.people_cues import companion_of
from briefings.extract.people_escorts import accompanies
from briefings.extract.sentences import Sentence

# an envoy's title naming no post ("Ambassador A"): met in a country, the envoy is posted there
UNPOSTED_ENVOY = re.compile(
    r"(?:the\s+)?(?:[Aa]mbassador(?:\s+[Ee]xtraordinary\s+and\s+[Pp]lenipotentiary)?|[Cc]harg\S+\s+d\S+[Aa]ffaires"
    r"(?:\s+a\.\s?i\.)?|[Cc]onsul[- ][Gg]eneral|[Hh]igh\s+[Cc]ommissioner)"
)

# "will travel to Xcity and Ycity with the Minister for Z, A": A travels along, is not met there
_TRAVEL_WITH = re.compile(
    r"\b(?:(?:travel|travels|travelled|traveled|travelling|traveling|fly|flies|flew|flying)\s+(?:on\s+)?to|"
    # "will visit X base near Ytown with the Chief of Staff, A": A goes along
    r"visit|visits|visiting|tour|tours|touring)\s+"
    r"((?:(?:and\s+|the\s+|near\s+)?[A-Z][\w'’.-]*,?\s+){1,6})with\s+(?:the\s+)?$"
)

_PLACE_SPLIT = re.compile(r"\s*(?:,|\band\b|\bthe\b)\s*|\s+$")


# "B will be accompanied by A": A is of B's party, whoever A meets later ("talks with A")
ESCORTED = re.compile(r"\baccompanied\s+by\s+(?:the\s+)?$")


def travels_with(before: str) -> bool:
    """The text before a mention makes the person a companion on a journey to the places it names."""
    return "with" in before and bool(_TRAVEL_WITH.search(before))


def journey_with(text: str, rec: PersonRec, named: list[tuple[str, int]]) -> set[str]:
    """The countries of the places a person is taken to as a companion ("will travel to Xcity and Yland with
    the Minister for Z, A": Xcity's country and Yland); empty when no such journey is told."""
    out: set[str] = set()
    for m in rec.mentions:
        lo = max(m.sentence.start, m.span_start - 80)
        j = _TRAVEL_WITH.search(text, lo, m.span_start) if "with" in text[lo : m.span_start] else None
        if j is None:
            continue
        out.update(c for c, pos in named if j.start() <= pos < j.end())
        for part in _PLACE_SPLIT.split(j[1]):  # "Xcity and Ytown": each place of the run
            city = find_city(part) if part else None
            if city is not None:
                out.add(city.country)
    return out


_MONTH_NUMBERS = {
    m: k + 1
    for k, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    )
}
# "in Xcity in July 2024", "in Xcity in 2023": the town of a meeting dated by month and year or year alone
_DATED = re.compile(
    r"\s*,?\s+(?:in|on)\s+(?:(?:early|late|mid-?)\s*)?(?:([A-Z][a-z]{2})[a-z]*\.?\s+(?:\d{1,2},?\s+)?)?((?:19|20)\d\d)\b"
)


def past_city(text: str, end: int, ref: date | None) -> bool:
    """The city ending at `end` is dated by a month and year (or a year) before the reference date's
    ("the first session in Xcity in July 2024"): a past meeting's town, not where the sentence is."""
    if ref is None or (not text.startswith(" ", end) and not text.startswith(",", end)):
        return False
    d = _DATED.match(text, end)
    if d is None:
        return False
    year = int(d[2])
    month = _MONTH_NUMBERS.get(d[1].lower()) if d[1] else None
    if d[1] and month is None:
        return False
    return year < ref.year or (month is not None and year == ref.year and month < ref.month)


def escort_pair(text: str, rec: PersonRec, people: People, sent: Sentence) -> bool:
    """The person travels with another in the sentence ("He will be accompanied by A": A), or is the
    one another accompanies there ("A will accompany the President, B": B): one side of a pair, not two."""
    if companion_of(text, rec, people) is not None:
        return True
    return any(
        r is not rec and accompanies(text, r, people) is rec for _, r in people.at(sent.start, sent.end)
    )


# "held in Xcity in December last year", "in Xcity last year": the town of a meeting a year or more ago
_LAST_YEAR = re.compile(r"\s*,?\s+(?:in\s+(?:[A-Z][a-z]+\s+)?)?last\s+year\b")


def last_years_city(text: str, end: int) -> bool:
    """The city ending at `end` is dated "last year": a past meeting's town, no host of the text's meeting."""
    return " last year" in text[end : end + 30] and _LAST_YEAR.match(text, end) is not None
