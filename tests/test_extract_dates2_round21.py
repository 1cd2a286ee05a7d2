"""Main event date and place, round 21 (dates2): a date in a present-tense "which runs from" clause keeps the
year to come though the sentence speaks of the past; "today (Saturday) for two days of talks" spans both
days; "next week ... two days of talks on Monday and Tuesday" gives both weekdays; "the last major step
before leaders gather for the summit in X on <days>" dates the other gathering; a headline line's day
takes the city of the first prose sentence under it; a guest "who will visit X from A to B" gives way to an
advisory's "Date and Time" line; a city written with an accented capital ("Đà Nẵng") is a city."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract


def _main(text: str, today: date) -> tuple[date | None, date | None, str | None]:
    ev = extract(text, today=today).main_event
    assert ev is not None
    return ev.date, ev.end_date, ev.place


# --- a present-tense relative clause inside a past sentence --------------------------------------------


@pytest.mark.parametrize(
    "text, today, want",
    [
        (
            "Ostrava forum braces for a tense weekend\n\nOSTRAVA — Delegates arrive Friday.\n\n"
            "This year's Ostrava Defence Forum, which runs from March 20 to 22, comes as the alliance faces "
            "its hardest questions since the forum was founded in 1998.\n",
            date(2027, 3, 18),
            (date(2027, 3, 20), date(2027, 3, 22)),
        ),
        (
            "Harbour dialogue opens\n\nThe Harbour Security Dialogue, which takes place from April 9 to 11, "
            "follows a year in which ministers met only twice.\n",
            date(2027, 4, 7),
            (date(2027, 4, 9), date(2027, 4, 11)),
        ),
        (
            "Lakeside talks ahead\n\nThe Lakeside Conference, which opens from May 14 to 16, was first "
            "held in 2004.\n",
            date(2027, 5, 12),
            (date(2027, 5, 14), date(2027, 5, 16)),
        ),
    ],
)
def test_present_clause_keeps_the_coming_year(text: str, today: date, want: tuple[date, date]) -> None:
    assert _main(text, today)[:2] == want


def test_past_clause_still_reads_back() -> None:
    text = (
        "Forum looks back\n\nThe Harbour Security Dialogue, which was held from April 1 to 3, was attended "
        "by forty delegations.\n"
    )
    assert _main(text, date(2027, 4, 7))[0] == date(2027, 4, 1)


# --- "today (Saturday) for two days of talks" ----------------------------------------------------------


@pytest.mark.parametrize(
    "text, today, want",
    [
        (
            "Xland and Yland envoys meet in Geneva today\n\nGENEVA: Envoys from Xland and Yland will sit "
            "down in Geneva today (Saturday) for two days of talks on the border.\n",
            date(2027, 6, 5),
            (date(2027, 6, 5), date(2027, 6, 6)),
        ),
        (
            "Trade delegations meet in Oslo\n\nDelegations will meet in Oslo today (Monday) for three days "
            "of talks on fisheries.\n",
            date(2027, 6, 7),
            (date(2027, 6, 7), date(2027, 6, 9)),
        ),
        (
            "Ceasefire talks resume in Doha\n\nNegotiators gather in Doha tomorrow (Sunday) for two days of "
            "talks, officials said.\n",
            date(2027, 6, 5),
            (date(2027, 6, 6), date(2027, 6, 7)),
        ),
    ],
)
def test_bracketed_day_before_days_of_talks(text: str, today: date, want: tuple[date, date]) -> None:
    assert _main(text, today)[:2] == want


def test_one_day_bracketed_stays_one_day() -> None:
    text = (
        "Envoys meet in Geneva today\n\nEnvoys will sit down in Geneva today (Saturday) for talks on the "
        "border.\n"
    )
    assert _main(text, date(2027, 6, 5))[:2] == (date(2027, 6, 5), None)


# --- "next week" spelled out as a range of weekdays ----------------------------------------------------


@pytest.mark.parametrize(
    "text, today, want",
    [
        (
            "Xland and Yland to resume trade talks in Vienna\n\nFinance Minister Anna Berg will meet Yland's "
            "trade chief in Vienna next week for a new round of talks, the ministry said on Thursday.\n\n"
            "Berg and Vice Premier Tao "
            "Ming will hold two days of talks on Monday and Tuesday at the chancellery.\n",
            date(2027, 7, 22),
            (date(2027, 7, 26), date(2027, 7, 27)),
        ),
        (
            "Ministers to meet in Lima\n\nThe two ministers will hold talks in Lima next week.\n\nThey will "
            "hold the talks on Tuesday and Wednesday at the foreign ministry.\n",
            date(2027, 7, 22),
            (date(2027, 7, 27), date(2027, 7, 28)),
        ),
        (
            "Envoys to hold talks in Nairobi\n\nEnvoys will hold talks in Nairobi next week, diplomats said "
            "on Monday.\n\nThe envoys will hold the talks on Wednesday and Thursday.\n",
            date(2027, 7, 22),
            (date(2027, 7, 28), date(2027, 7, 29)),
        ),
    ],
)
def test_next_week_spelled_out_as_weekday_range(text: str, today: date, want: tuple[date, date]) -> None:
    assert _main(text, today)[:2] == want


def test_next_week_single_weekday_stays_single() -> None:
    text = (
        "Ministers to meet in Lima\n\nThe two ministers will hold talks in Lima next week.\n\nThey will "
        "hold the talks on Tuesday at the foreign ministry.\n"
    )
    assert _main(text, date(2027, 7, 22))[:2] == (date(2027, 7, 27), None)


# --- "the last major step before leaders gather for the summit in X on ..." ----------------------------


@pytest.mark.parametrize(
    "text, today, want",
    [
        (
            "Alliance defence ministers meet\n\nDefence ministers will meet in Brussels on Thursday to agree "
            "new targets, the last major step before leaders gather for the summit in Riga on July 8-9.\n",
            date(2027, 6, 1),
            date(2027, 6, 3),
        ),
        (
            "Foreign ministers meet\n\nForeign ministers will meet in Oslo on Friday, the final preparatory "
            "session before heads of government convene in Rome on June 20-21.\n",
            date(2027, 6, 1),
            date(2027, 6, 4),
        ),
        (
            "Finance ministers gather\n\nFinance ministers will gather in Lisbon on Tuesday, the last formal "
            "meeting before leaders meet at the summit in Madrid on June 28-29.\n",
            date(2027, 6, 1),
            date(2027, 6, 1),
        ),
    ],
)
def test_last_step_before_another_gathering(text: str, today: date, want: date) -> None:
    assert _main(text, today)[:2] == (want, None)


def test_summit_itself_keeps_its_days() -> None:
    text = (
        "Leaders gather in Riga\n\nLeaders will gather for the summit in Riga on July 8-9, the last "
        "summit of the decade.\n"
    )
    assert _main(text, date(2027, 6, 1))[:2] == (date(2027, 7, 8), date(2027, 7, 9))


# --- a headline line's day, the lead's city ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, today, want",
    [
        (
            "Xland and Yland brace for tense summit\n\nLisbon to press Hanoi on steel at June 12 meeting\n\n"
            "Mara Quint in Lisbon\n\nJUNE 2 2027\n\n"
            "Xland's two most senior officials will travel to Hanoi next week for a summit with Yland's "
            "leaders that diplomats expect to be dominated by trade.\n",
            date(2027, 6, 2),
            "Hanoi",
        ),
        (
            "Xland and Yland prepare for a difficult meeting\n\nOslo to push Nairobi on fisheries at "
            "June 15 talks\n\nPer Lund in Oslo\n\nJUNE 3 2027\n\n"
            "The Xland trade minister will travel to Nairobi next week for talks with his counterpart on "
            "fishing rights and port fees.\n",
            date(2027, 6, 3),
            "Nairobi",
        ),
        (
            "Council of ministers, 18 November 2027\n\nMeeting information\n\nTuesday, 18 November 2027\n\n"
            "Defence ministers will meet in Lisbon to discuss support to partners and missions abroad.\n",
            date(2027, 11, 10),
            "Lisbon",
        ),
    ],
)
def test_headline_day_takes_the_leads_city(text: str, today: date, want: str) -> None:
    assert _main(text, today)[2] == want


def test_lead_with_its_own_day_keeps_its_city() -> None:
    text = (
        "Ministers to meet\n\nMara Quint in Lisbon\n\n"
        "Trade ministers will meet in Madrid on June 12 to discuss tariffs and port fees with partners.\n"
    )
    assert _main(text, date(2027, 6, 2))[2] == "Madrid"


# --- a guest's stay in a relative clause, the meeting's day in a "Date and Time" field -----------------


@pytest.mark.parametrize(
    "text, today, want",
    [
        (
            "Press Release\n\nOctober 28, 2027\n\nXland-Yland Defence Ministerial Meeting\n\n"
            "Minister of Defence Anna Berg will hold a meeting with Mr. Tomas Vail, Minister of Defence of "
            "Yland, who will visit Xland from November 3 to 6 "
            "at the invitation of the Ministry, as follows.\n\n1. Date and Time\n\n"
            "Wednesday, November 4, 2027, 10:30-11:30\n\n2. Venue\n\nMinistry of Defence\n",
            date(2027, 10, 28),
            date(2027, 11, 4),
        ),
        (
            "Press Release\n\nMay 3, 2027\n\nForeign Ministers' Meeting\n\n"
            "Foreign Minister Ivo Marr will hold talks with Ms. Lea Dorn, "
            "Foreign Minister of Zland, who will visit Xland from May 10 to 13, as follows.\n\n"
            "Date:\n\nTuesday, May 11, 2027, 15:00\n\nVenue:\n\nForeign Ministry\n",
            date(2027, 5, 3),
            date(2027, 5, 11),
        ),
        (
            "Press Release\n\nJune 1, 2027\n\nDefence Vice-Ministerial Meeting\n\n"
            "Vice-Minister Oto Rell will hold a meeting with Mr. Ken "
            "Saar, Vice-Minister of Yland, who visits Xland from June 7 to 9, as follows.\n\n"
            "1. Date\n\nTuesday, June 8, 2027, 14:00-15:00\n\n2. Venue\n\nMinistry of Defence\n",
            date(2027, 6, 1),
            date(2027, 6, 8),
        ),
    ],
)
def test_guest_stay_gives_way_to_date_field(text: str, today: date, want: date) -> None:
    assert _main(text, today)[:2] == (want, None)


def test_guest_stay_without_field_keeps_the_stay() -> None:
    text = (
        "Xland-Yland Defence Ministerial Meeting\n\nMinister of Defence Anna Berg will hold a meeting "
        "with Mr. Tomas Vail, Minister of Defence of Yland, who will visit Xland from November 3 to 6.\n\n"
        "Mr. Vail will also tour a shipyard on November 5, 2027.\n"
    )
    assert _main(text, date(2027, 10, 28))[0] == date(2027, 11, 3)


# --- a city written with an accented capital -----------------------------------------------------------


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Navy ships to visit port\n\nHà Nội, June 9 (VNA) – Two frigates will visit Đà Nẵng from June "
            "12 to 15, led by a rear admiral.\n",
            "Da Nang",
        ),
        (
            "Ministers to meet\n\nWARSAW — Defence ministers will meet in Łódź from June 12 to 13 to "
            "discuss air defence.\n",
            "Łódź",
        ),
        (
            "Ships to call at port\n\nTwo destroyers will visit Đà Nẵng from June 20 to 22 for exercises "
            "with the local fleet.\n",
            "Da Nang",
        ),
    ],
)
def test_accented_capital_city(text: str, want: str) -> None:
    assert _main(text, date(2026, 6, 9))[2] == want


def test_accented_word_that_is_no_city() -> None:
    text = (
        "Ministers to meet\n\nWARSAW — Defence ministers will meet in Warsaw on June 12 to honour Ćwik "
        "Nowicki.\n"
    )
    assert _main(text, date(2026, 6, 9))[2] == "Warsaw"
