"""Main-event place rules, round 18: a wire's dateline with the Hijri date month-first and the agency's
initials unbracketed ("Xcity, Safar 10, 1447, August 4, 2025, AGN --") still names the city; and a host who
"will welcome" the guest "to Xcity" before a meeting at a named venue holds it in that city."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.extract.datelines import find_dateline
from briefings.extract.sentences import split
from tests.extract_helpers import main_of

# ---- "Xcity, Safar 10, 1447, August 4, 2025, AGN --": the Hijri date first, the wire's initials after --


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Jeddah, Shawwal 14, 1447, April 2, 2026, SPA -- The Kingdom will host on Sunday the third round "
            "of the Coastal States Consultations, bringing together the ministers of five states.",
            "Jeddah",
        ),
        (
            "Riyadh, Dhu al-Qadah 3, 1447 AH, April 20, 2026, KNA -- The Ministry announced on Monday that the "
            "joint committee on ports would meet on Thursday.",
            "Riyadh",
        ),
        (
            "Cairo, Ramadan 21, 1447, March 10, 2026, MENA -- Foreign Minister Hesham Orabi will receive his "
            "Jordanian counterpart Zaid Qudah on Wednesday for talks on water.",
            "Cairo",
        ),
    ],
)
def test_hijri_month_first_dateline(text: str, city: str) -> None:
    dl = find_dateline(split(text), date(2026, 1, 1))
    assert dl is not None and dl.place == city
    main = main_of(extract(text, today=date(2026, 3, 1)))
    assert main.place == city


def test_plain_opening_name_is_no_dateline() -> None:
    # a name and a comma opening a sentence, with no date after: no dateline
    text = "Halvorsen, a former minister, will hold a closing news conference on Friday at noon."
    assert find_dateline(split(text), date(2026, 1, 1)) is None


# ---- "will welcome Y to Xcity next week ... will host Y at Z House on Wednesday": that city --


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Leaders to meet for annual summit\n\n"
            "The Chancellor will welcome Dutch Prime Minister Pieter Stolk to Berlin next week for the annual "
            "consultations.\n\n- Leaders to agree on a grid link\n\n"
            "Chancellor Greta Holm will host her Dutch counterpart at the Marble Hall on Wednesday 14 October "
            "for a full day of talks.",
            "Berlin",
        ),
        (
            "Chancellor to receive Kenyan leader\n\n"
            "The Chancellor will welcome Kenyan President Daniel Mwangi to Vienna next week for talks.\n\n"
            "- Leaders to sign a health accord\n\n"
            "Chancellor Lena Gruber will host her Kenyan counterpart at the Redoute Hall on Tuesday 13 October "
            "for a working lunch.",
            "Vienna",
        ),
        (
            "Prime Minister to host Irish leader\n\n"
            "The Prime Minister welcomes Irish Taoiseach Niall Brennan to Edinburgh this month for a summit.\n\n"
            "- Talks to cover energy\n\n"
            "Prime Minister Ewan Stewart will host his Irish counterpart at Holyrood House on Thursday 15 "
            "October for a working lunch.",
            "Edinburgh",
        ),
    ],
)
def test_welcomed_to_city(text: str, city: str) -> None:
    main = main_of(extract(text, today=date(2026, 10, 9)))
    assert main.place == city


def test_welcome_then_other_clause_to_city_stays_unplaced() -> None:
    # the welcome and the "to Xcity" in separate clauses: no host's city, the venue alone names none
    text = (
        "Minister to meet counterpart\n\n"
        "The Minister will welcome the report; the agency moved to Berlin last year.\n\n- Talks to cover energy\n\n"
        "Minister Ewan Stewart will meet his German counterpart at the Marble Hall on Wednesday 14 October "
        "for a full day of talks."
    )
    main = main_of(extract(text, today=date(2026, 10, 9)))
    assert main.place is None
