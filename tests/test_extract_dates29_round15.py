"""Main event date and place, round 15 (dates29): invented wire previews of the genre the round's rules fix.
A ministry's "in a statement today" dates the statement, not the meeting the lead dates."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

Want = tuple[date | None, date | None, str | None]


def _main(text: str, today: date) -> Want:
    ev = extract(text, today=today).main_event
    assert ev is not None
    return ev.date, ev.end_date, ev.place


# --- "The ministry, in a statement today, said ...": the statement's day ------------------------------

STATEMENT_TODAY = [
    (
        """Ghana to host West African coast guard chiefs in Takoradi

ACCRA, March 9 (GNA) -- Ghana will host the heads of the coast guards of five West African states at a \
regional maritime security conference in Takoradi from 16 to 17 March.

The Ministry of the Interior, in a statement today, said the chiefs of the coast guards of Togo, Benin, \
Nigeria and Cote d'Ivoire are expected to attend the meeting.

The conference will discuss piracy in the Gulf of Guinea and illegal fishing.
""",
        date(2026, 3, 9),
        (date(2026, 3, 16), date(2026, 3, 17), "Takoradi"),
    ),
    (
        """Estonia, Finland defence ministers to meet in Tallinn

TALLINN, Oct 5 (ERR) -- Estonian Defence Minister Maarja Kask will host her Finnish counterpart Antti \
Lehtonen for talks in Tallinn on October 14 and 15.

The Defence Ministry, in a press statement today, said the two ministers would attend the meeting of the \
joint working group on Baltic Sea security.

Lehtonen will also visit a naval base in Paldiski.
""",
        date(2026, 10, 5),
        (date(2026, 10, 14), date(2026, 10, 15), "Tallinn"),
    ),
    (
        """Chile's foreign minister to host Andean partners

SANTIAGO, Aug 3 (EFE) - Chilean Foreign Minister Ignacio Varas will host his Peruvian and Bolivian \
counterparts at a trilateral meeting in Arica from Aug. 12 to 13.

The foreign ministry, in a short statement this morning, said Peruvian Foreign Minister Rosa Quispe and \
Bolivian Foreign Minister Luis Mamani would attend the meeting, the first in three years.

Water rights and border trade will top the agenda.
""",
        date(2026, 8, 3),
        (date(2026, 8, 12), date(2026, 8, 13), "Arica"),
    ),
]


@pytest.mark.parametrize(("text", "today", "want"), STATEMENT_TODAY)
def test_statement_today_is_no_meeting_day(text: str, today: date, want: Want) -> None:
    assert _main(text, today) == want


def test_report_of_todays_talks_keeps_today() -> None:
    text = """Kenya, Uganda ministers hold talks in Kampala

KAMPALA, May 4 (Xinhua) -- Kenyan Foreign Minister Joseph Otieno held talks with his Ugandan counterpart \
Grace Nakato in Kampala today.

The two ministers, in a joint statement issued after the meeting, said they had agreed to reopen the border \
crossing at Busia.

The talks took place at the Ministry of Foreign Affairs.
"""
    assert _main(text, date(2026, 5, 4)) == (date(2026, 5, 4), None, "Kampala")
