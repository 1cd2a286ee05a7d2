"""Main event dates, round 15 (dates2): invented announcements of the genre the round's rules fix.
A sentence opening "On 11 May, the ministry announced that A will ..." dates the statement, not the visit."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

Span = tuple[date | None, date | None]


def _span(text: str, today: date) -> Span:
    ev = extract(text, today=today).main_event
    assert ev is not None
    return ev.date, ev.end_date


# --- "On <day>, X announced that A will ... from D1 to D2": the statement's day is no day of the visit -----

STATEMENT_DAY = [
    (
        """Minister Ampofo to visit Norway

Accra – On October 14, the spokesperson of the Ministry of Foreign Affairs said that Minister Kwesi Ampofo \
will pay an official visit to Norway and hold political consultations with his Norwegian counterpart in \
Oslo from October 20 to 21, 2025.
""",
        date(2025, 10, 14),
        (date(2025, 10, 20), date(2025, 10, 21)),
    ),
    (
        """Latvian Foreign Minister to pay official visit to Japan

Riga – On 5 February, Foreign Ministry spokesperson Ilze Ozola announced that Foreign Minister Jānis \
Kalniņš will pay an official visit to Japan and hold talks with Japanese leaders in Tokyo from 12 to 14 \
February 2026.
""",
        date(2026, 2, 5),
        (date(2026, 2, 12), date(2026, 2, 14)),
    ),
    (
        """Kazakh minister to visit Mongolia

ASTANA – On June 2, Foreign Ministry spokesman Arman Dzhaksybekov confirmed that Foreign Minister Yerlan \
Abenov will pay a working visit to Mongolia and take part in the Joint Intergovernmental Commission in \
Ulaanbaatar from June 10 to 12, 2026.
""",
        date(2026, 6, 2),
        (date(2026, 6, 10), date(2026, 6, 12)),
    ),
]


@pytest.mark.parametrize(("text", "today", "want"), STATEMENT_DAY)
def test_statement_day_dates_no_visit(text: str, today: date, want: Span) -> None:
    assert _span(text, today) == want


def test_day_of_meeting_opening_sentence_stays() -> None:
    # the sentence's opening day is the meeting's own: no statement about a later act
    text = """Estonia, Chile hold talks

On 4 May, Foreign Minister Kadri Tamm held talks with Chilean Foreign Minister Rodrigo Fuenzalida in \
Tallinn, the ministry said.
"""
    assert _span(text, date(2026, 5, 4)) == (date(2026, 5, 4), None)
