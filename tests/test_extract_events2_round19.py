"""Main-event rules, round 19 (events2): a town named with a state whose name joins two words by "and"
("in Smalltown, Xland and Yland") beats the dateline; "when their ministers meet in X next week" places the
meeting under a dateline; "the trip will take the minister to A, B and C" is a trip, also when its list
opens with a region; "heads to X on Monday, ... during which she will co-chair the Y on Tuesday" is the
meeting's day; a span the meeting was "originally expected" to run over is no end date; a meeting in A
"then" a dated visit to another country the next sentence adds is a trip over both."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Event


def _main(text: str, today: date) -> Event:
    ev = extract(text, today=today).main_event
    assert ev is not None
    return ev


T = date(2031, 5, 1)

# ---- a town named with a state whose name holds "and" -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Regional body to meet in the islands\n\nMay 1, 2031\n\nOttawa - The foreign ministers of the "
            "member states will convene in Pelican Bay, Saint Kitts and Nevis, on May 12 for the 20th "
            "Regular Session of the Council.",
            "Pelican Bay",
        ),
        (
            "Harbour leaders to gather\n\nMay 1, 2031\n\nLima - Delegates of the twelve members will convene "
            "in Coral Cove, Antigua and Barbuda, on May 20 for the annual Harbour Conference.",
            "Coral Cove",
        ),
        (
            "Ministers to meet in the gulf\n\nMay 1, 2031\n\nOslo - The ministers of the coastal group "
            "will convene in St. Paul's, Sao Tome and Principe, on May 8 for the spring Ministerial.",
            "St. Paul's",
        ),
    ],
)
def test_town_of_a_state_named_with_and_places_the_meeting(text: str, town: str) -> None:
    assert _main(text, T).place == town


def test_town_of_a_plain_state_list_is_still_found() -> None:
    # "in Smalltown, Xland and elsewhere": the country stands alone, the town is still placed
    text = (
        "Talks on the coast\n\nMay 1, 2031\n\nOslo - The ministers will meet in Pelican Bay, Jamaica and "
        "later in the capital, from May 12 to 14 for the regional Ministerial."
    )
    assert _main(text, T).place == "Pelican Bay"


# ---- "when their ministers meet in X next week" ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Xanadu, Yonder to sign supply pact at Melbourne talks\n\nMay 1, 2031\n\nOTTAWA -- Canada and "
            "Australia are set to sign a supply pact when their foreign and defence ministers meet in "
            "Melbourne next week, officials said.\n\nForeign Minister Ada Quell and Defence Minister Bo "
            "Ranter will sit down with Foreign Minister Cy Dorn and Defence Minister Di Emble for "
            '"2+2" talks on Tuesday, May 6.',
            "Melbourne",
        ),
        (
            "Pact expected at Vientiane meeting\n\nMay 1, 2031\n\nHANOI -- Vietnam and Laos expect to "
            "conclude a border accord when their prime ministers meet in Vientiane later this month.\n\n"
            "Prime Minister Ede Farron will hold talks with Prime Minister Gil Hatto on May 20.",
            "Vientiane",
        ),
        (
            "Trade deal near\n\nMay 1, 2031\n\nLIMA -- Peru and Ecuador hope to finish a trade deal once "
            "their trade ministers gather in Quito next week.\n\nTrade Minister Ivo Jantz will meet "
            "Trade Minister Kai Lorne on Monday, May 5.",
            "Quito",
        ),
    ],
)
def test_meeting_when_ministers_meet_in_city(text: str, city: str) -> None:
    assert _main(text, T).place == city


def test_past_meeting_when_they_met_is_not_the_place() -> None:
    # "when they met in X in 2029": a past meeting's city; the dateline stays
    text = (
        "Pact talks resume\n\nMay 1, 2031\n\nLIMA -- Peru and Ecuador resumed work on a trade deal first "
        "discussed when their ministers met in Quito in 2029.\n\nTrade Minister Ivo Jantz will meet "
        "Trade Minister Kai Lorne on Monday, May 5."
    )
    assert _main(text, T).place != "Quito"


# ---- "the trip will take the minister to A, B and C" -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Minister travels to the Americas\n\nOslo, 1 May 2031\n\nDefence Minister Ola Brekk will travel to "
        "the Americas from Monday. The trip, from 5 to 9 May, will take the minister to Alaska, Canada, "
        "Mexico and Peru.",
        "Minister tours the region\n\nVienna, 1 May 2031\n\nForeign Minister Eva Lind will leave for the "
        "region on Monday. The tour, from 5 to 8 May, will take her to Texas, Mexico and Guatemala.",
        "Secretary heads south\n\nLima, 1 May 2031\n\nThe Secretary's journey, from 5 to 9 May, takes the "
        "Secretary to Florida, the Bahamas, Jamaica and Colombia.",
    ],
)
def test_trip_taking_the_minister_to_several_places_has_no_place(text: str) -> None:
    ev = _main(text, T)
    assert (ev.date, ev.place) == (date(2031, 5, 5), None)


def test_trip_taking_the_minister_to_one_city_keeps_it() -> None:
    text = (
        "Minister to attend talks\n\nOslo, 1 May 2031\n\nThe visit, from 5 to 7 May, will take the minister "
        "to Canberra, where he will hold talks with Defence Minister Ron Vale."
    )
    assert _main(text, T).place == "Canberra"


# ---- a travel day, then the meeting's own day in the same sentence ------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Minister heads to Vienna to co-chair the Joint Commission\n\nSunday, 4 May 2031\n\nMinister of "
            "Foreign Affairs Dr. Omar Selim heads to Vienna on Monday, May 5th, on a two-day visit to the "
            "Republic of Austria, during which he will co-chair the 7th session of the Xanadu-Austria Joint "
            "Commission on Tuesday, May 6th, with Foreign Minister Eva Lind.",
            date(2031, 5, 6),
        ),
        (
            "Minister travels to Nassau to co-chair the Joint Committee\n\nSunday, 4 May 2031\n\nForeign "
            "Minister Rosa Pike travels to Nassau on Monday, 5 May, on a two-day visit to the Commonwealth "
            "of the Bahamas, during which she will co-chair the third session of the Joint Committee on "
            "Tuesday, 6 May.",
            date(2031, 5, 6),
        ),
        (
            "Minister leaves for Santo Domingo\n\nSunday, 4 May 2031\n\nForeign Minister Rafael Oste leaves "
            "for Santo Domingo on Monday, May 5, on a three-day visit, during which he will hold the first "
            "Joint Commission meeting with Foreign Minister Ana Cruzeiro on Wednesday, May 7.",
            date(2031, 5, 7),
        ),
    ],
)
def test_meeting_day_after_the_journey_day_in_one_sentence(text: str, day: date) -> None:
    assert _main(text, T).date == day


def test_meeting_weeks_after_the_journey_is_not_taken() -> None:
    # the meeting named in the clause is weeks later: not the meeting the journey is made for
    text = (
        "Minister travels to Oslo\n\nSunday, 4 May 2031\n\nForeign Minister Lena Brook travels to Oslo on "
        "Monday, May 5, for a three-day stay, during which she will prepare the Arctic Council ministerial "
        "meeting of Friday, May 30."
    )
    assert _main(text, T).date == date(2031, 5, 5)


# ---- a span the meeting was originally expected to run over -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Summit cut to one day\n\npublished: 2031-05-01\n\nThe leaders will hold the 12th Xanadu-Yonder "
        "summit with Premier Ho Lam on May 12, the ministry announced. The meeting had originally been "
        "expected to run over two days, May 12-13, but was shortened at the host's request.",
        "Dialogue shortened\n\npublished: 2031-05-01\n\nThe ministers will hold the annual Strategic "
        "Dialogue in Oslo on May 12. The dialogue was initially scheduled for May 12 and 13 but one day "
        "was dropped.",
        "Forum trimmed\n\npublished: 2031-05-01\n\nThe Lake Forum will convene in Graz on May 12. The "
        "forum, originally planned from May 12 to 14, will now last a single day.",
    ],
)
def test_originally_planned_span_is_no_end_date(text: str) -> None:
    ev = _main(text, T)
    assert (ev.date, ev.end_date) == (date(2031, 5, 12), None)


def test_span_moved_to_is_kept() -> None:
    # "originally set for ..., was postponed to ...": the new days are the meeting's
    text = (
        "Forum moved\n\npublished: 2031-05-01\n\nThe Lake Forum will convene in Graz. The forum, originally "
        "set for April 2 and 3, was postponed and will now run from May 12 to 14."
    )
    ev = _main(text, T)
    assert (ev.date, ev.end_date) == (date(2031, 5, 12), date(2031, 5, 14))


# ---- a meeting in A, then a dated visit to another country ------------------------------------------


@pytest.mark.parametrize(
    ("text", "end"),
    [
        (
            "Spokesperson's Regular Press Conference on May 1, 2031\n\nSpokesperson Lin Tao: At the "
            "invitation of Foreign Minister Ede Farron, Foreign Minister Ma Rui will attend the fourth "
            "trilateral Foreign Ministers' Dialogue in Hanoi on May 20. Foreign Minister Ma Rui will then "
            "pay a visit to Laos and co-chair the Strategic Dialogue in Vientiane from May 21 to 22.",
            date(2031, 5, 22),
        ),
        (
            "Minister's programme\n\nThe Foreign Minister will attend the Lake Forum in Vienna on May 20. "
            "The Minister will then travel to Brno for talks with the Czech Foreign Minister on May 21.",
            date(2031, 5, 21),
        ),
        (
            "Secretary's travel\n\nThe Secretary will take part in the ministerial meeting in Oslo on May "
            "20. She will then head to Lusaka to co-chair the Joint Commission on May 22.",
            date(2031, 5, 22),
        ),
    ],
)
def test_meeting_then_dated_visit_elsewhere_is_a_trip(text: str, end: date) -> None:
    ev = _main(text, T)
    assert (ev.date, ev.end_date, ev.place) == (date(2031, 5, 20), end, None)


def test_meeting_then_visit_in_the_same_country_keeps_the_city() -> None:
    text = (
        "Minister's programme\n\nThe Foreign Minister will attend the Lake Forum in Vienna on May 20. The "
        "Minister will then travel to Graz for talks with the provincial governor on May 21."
    )
    ev = _main(text, T)
    assert (ev.date, ev.place) == (date(2031, 5, 20), "Vienna")
