"""Round 24 (datelines): a dateline's city written with diacritics ("BOGOTÁ, May 5 (Reuters) -",
"Orléans (AFP) -") is read like a plain one: it gives the place and the date the text is read against;
so is a meeting's town with an accented capital ("the X Meeting in Ærøbing from 14 to 15 May")."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2031, 5, 6)


@pytest.mark.parametrize(
    ("lead", "day", "place"),
    [
        (
            "BOGOTÁ, May 5 (Reuters) - Colombia and Peru will hold security talks on Friday, officials said.",
            date(2031, 5, 9),
            "Bogotá",
        ),
        (
            "Orléans (AFP) - France and Germany will hold a defence council on Thursday, May 8, "
            "officials said.",
            date(2031, 5, 8),
            "Orléans",
        ),
        (
            "ÖREBRO, May 5 (TT) - Sweden and Finland will hold defence talks on Friday, the ministry said.",
            date(2031, 5, 9),
            "Örebro",
        ),
        (
            "Québec, 5 May 2031 – Canada and France will hold talks on 9 May, the ministry said.",
            date(2031, 5, 9),
            "Québec",
        ),
    ],
)
def test_a_dateline_city_with_diacritics_gives_the_place_and_the_reading_date(
    lead: str, day: date, place: str
) -> None:
    ev = extract(f"Talks set\n\n{lead}\n", source="t", published=None, today=_TODAY).main_event
    assert ev is not None
    assert (ev.date, ev.place) == (day, place)


def test_a_plain_dateline_reads_as_before() -> None:
    lead = "LIMA, May 5 (Reuters) - Peru and Chile will hold security talks on Friday, officials said."
    ev = extract(f"Talks set\n\n{lead}\n", source="t", published=None, today=_TODAY).main_event
    assert ev is not None
    assert (ev.date, ev.place) == (date(2031, 5, 9), "Lima")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Ministers to meet in Ærøbing\n\nThe Nordic Defence Meeting in Ærøbing "
            "from 14 to 15 May will discuss air defence, the ministry said.\n",
            "Ærøbing",
        ),
        (
            "Leaders to meet in Évora\n\nThe Iberian Summit in Évora on 20 May "
            "will discuss water, the ministry said.\n",
            "Évora",
        ),
        (
            "Ministers to gather\n\nThe Baltic Council meeting in Ölsburg "
            "from 3 to 4 June will focus on energy, officials said.\n",
            "Ölsburg",
        ),
        (
            "Ministers to gather\n\nThe Baltic Council meeting in Olsburg "
            "from 3 to 4 June will focus on energy, officials said.\n",
            "Olsburg",
        ),
    ],
)
def test_a_meetings_town_with_an_accented_capital_is_its_place(text: str, place: str) -> None:
    ev = extract(text, source="t", published=None, today=_TODAY).main_event
    assert ev is not None
    assert ev.place == place
