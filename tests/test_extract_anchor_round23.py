"""Round 23 (anchors): a later gathering a report sets the meeting against ("comes three weeks before leaders
meet in X on", "setting the stage for a summit in X on") does not date the meeting; "wrapped up two days of
talks on Thursday" ends on that Thursday."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Event

_REF = date(2030, 6, 13)  # a Thursday


def _main(text: str) -> Event:
    """The main event of a short report written on _REF."""
    ev = extract(text, source="t", published=_REF, today=_REF).main_event
    assert ev is not None
    return ev


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (
            "Northern leaders to meet in Tallinn ahead of alliance summit\n\n"
            "RIGA (AP) — Leaders of the alliance's northern members will gather Wednesday in Estonia's "
            "capital, Tallinn, to press for more air defenses, Latvia's president said Thursday.\n\n"
            "The one-day summit comes less than three weeks before alliance leaders meet in Madrid, Spain, "
            "on July 7-8.\n",
            date(2030, 6, 19),
            None,
        ),
        (
            "Defense ministers agree new targets ahead of Rome summit\n\n"
            "BRUSSELS (AP) — Alliance defense ministers wrapped up two days of talks in Brussels on Thursday "
            "by agreeing on new targets for air defense, setting the stage for a leaders' summit in Rome on "
            "July 9-10.\n",
            date(2030, 6, 12),
            date(2030, 6, 13),
        ),
        (
            "Foreign ministers to meet in Vienna on Friday\n\n"
            "VIENNA (Reuters) - Foreign ministers of the two countries will meet in Vienna on Friday, paving "
            "the way for talks between their leaders in Geneva on July 20.\n",
            date(2030, 6, 14),
            None,
        ),
    ],
)
def test_a_later_gathering_set_against_the_meeting_does_not_date_it(
    text: str, first: date, last: date | None
) -> None:
    ev = _main(text)
    assert (ev.date, ev.end_date) == (first, last)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # the meeting's own days, with a later gathering after them
        (
            "Leaders to meet in Madrid in July\n\n"
            "MADRID (AP) — Alliance leaders will meet in Madrid on July 7-8, three weeks before the UN "
            "General Assembly's high-level week.\n",
            date(2030, 7, 7),
            date(2030, 7, 8),
        ),
        # two days of talks that begin on the day named
        (
            "Envoys to hold two days of talks in Oslo\n\n"
            "OSLO (Reuters) - Envoys of the two countries will begin two days of talks in Oslo on Monday, "
            "the foreign ministry said on Thursday.\n",
            date(2030, 6, 17),
            date(2030, 6, 18),
        ),
    ],
)
def test_the_meetings_own_days_stay(text: str, first: date, last: date) -> None:
    ev = _main(text)
    assert (ev.date, ev.end_date) == (first, last)
