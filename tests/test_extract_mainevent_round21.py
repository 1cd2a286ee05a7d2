"""Main event date and place, round 21 (mainevent): a print date line "Fri, Apr 10, 2026 - page 3" is the
day of writing; "the X Dialogue, which will be held from 29 to 31 May" gives the gathering its own days; a
city the gazetteer calls "X City" is found as "X"; a dateline's venue before its city ("CAMP X, Ycity,
April 18 —"); a district before its big city ("in Port Area, Manila") and a town's name opening a base's
("at Xtown Naval Base in Ycity"); a meeting "preceded by" another inside the visit's stay is no day of the
visit; "the X Meeting, known as the 2+2, next Tuesday" dates the week's meeting; a guest's stay in a
relative clause ("B, who will be visiting Y from 16 to 18 May") gives way to the meeting's day the next
sentence sets."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract


def _main(text: str, today: date) -> tuple[date | None, date | None, str | None]:
    ev = extract(text, today=today).main_event
    assert ev is not None
    return ev.date, ev.end_date, ev.place


# --- a print edition's date line with its page ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Ostrova minister to tour Baltic partners\n\nBy Mira Kallas / Staff reporter\n\n"
            "Fri, Apr 10, 2026 - page 3\n\n"
            "Foreign Minister Arvo Lember is to visit Riga and Vilnius from Monday to Wednesday next week, "
            "the ministry said yesterday.\n",
            (date(2026, 4, 13), date(2026, 4, 15)),
        ),
        (
            "Envoy to visit Canberra\n\nBy Tom Avery\n\nTue, Mar 3, 2026 - page 2\n\n"
            "Special Envoy Lin Wei-ting is to hold talks in Canberra from Thursday to Friday, the office "
            "said yesterday.\n",
            (date(2026, 3, 5), date(2026, 3, 6)),
        ),
        (
            "Ministers to meet in Suva\n\nBy Ana Rokotui\n\nWed, Jun 17, 2026 - Page 4\n\n"
            "Pacific trade ministers are to meet in Suva from Saturday to Sunday, organisers said "
            "yesterday.\n",
            (date(2026, 6, 20), date(2026, 6, 21)),
        ),
    ],
)
def test_print_date_line_is_no_meeting_day(text: str, want: tuple[date, date]) -> None:
    got = _main(text, date(2026, 1, 1))
    assert got[:2] == want


def test_page_line_without_a_date_line_shape_stays_text() -> None:
    # a date inside a sentence about a page is no date line: the meeting's own day wins either way
    text = (
        "Ministers to meet in Suva\n\nPacific trade ministers will meet in Suva on June 20, 2026, the "
        "organisers wrote on page 3 of the programme.\n"
    )
    assert _main(text, date(2026, 6, 1))[:2] == (date(2026, 6, 20), None)


# --- "which will be held from A to B": the gathering's own days -------------------------------------------


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Minister to attend the Harbour Security Forum\n\nParis, 20 May 2026\n\n"
            "Minister Claire Duval will travel to Singapore from 27 to 31 May 2026 to take part in the 5th "
            "Harbour Security Forum, which will be held from 28 to 30 May.\n",
            (date(2026, 5, 28), date(2026, 5, 30)),
        ),
        (
            "Secretary to attend Lisbon conference\n\nSecretary Dana Orme will travel to Lisbon from 3 to 7 "
            "June 2026 to join the Atlantic Maritime Conference, which will take place from 4 to 6 June.\n",
            (date(2026, 6, 4), date(2026, 6, 6)),
        ),
        (
            "Minister to attend Nairobi forum\n\nMinister Jonas Berg will travel to Nairobi from 9 to 13 "
            "March 2026 to take part in the Horn Stability Forum, which is to be held from 10 to 12 March.\n",
            (date(2026, 3, 10), date(2026, 3, 12)),
        ),
    ],
)
def test_which_will_be_held_gives_the_gatherings_days(text: str, want: tuple[date, date]) -> None:
    assert _main(text, date(2026, 1, 1))[:2] == want


def test_a_past_which_clause_keeps_the_trip() -> None:
    text = (
        "Minister to visit Nairobi\n\nMinister Jonas Berg will travel to Nairobi from 9 to 13 March 2026 to "
        "follow up the Horn Stability Forum, which was held from 10 to 12 March 2025.\n"
    )
    assert _main(text, date(2026, 1, 1))[:2] == (date(2026, 3, 9), date(2026, 3, 13))


# --- a city the gazetteer calls "X City", written "X" -----------------------------------------------------


@pytest.mark.parametrize(
    "city",
    ["Cebu", "Makati", "Pasig"],
)
def test_x_city_found_by_its_short_name(city: str) -> None:
    text = (
        "Manila and Hanoi to hold talks\n\n"
        "MANILA, Philippines — The Philippines and Vietnam will hold the next round of their Bilateral "
        f"Consultation Mechanism on the South China Sea in {city} on Aug. 27, the foreign ministry said.\n"
    )
    assert _main(text, date(2025, 8, 1))[2] == city


def test_a_country_named_city_keeps_its_long_name() -> None:
    # "Panama" names a country: never read as Panama City
    text = "Talks in Panama\n\nThe two sides will hold talks in Panama on Aug. 27, 2025.\n"
    assert _main(text, date(2025, 8, 1))[2] is None


# --- a dateline's venue before its city -------------------------------------------------------------------


@pytest.mark.parametrize(
    "head, city",
    [
        ("CAMP RAFAEL MORENO, Quezon City, April 18 —", "Quezon City"),
        ("FORT ELDON BASE, Manila, April 18 —", "Manila"),
        ("CAMP TORRES, Pasig City, April 18 —", "Pasig City"),
    ],
)
def test_dateline_venue_then_city(head: str, city: str) -> None:
    text = (
        "Allies to open exercise\n\n"
        f"{head} The two armies will formally open Exercise Ironwood with a ceremony at the "
        "headquarters here on Monday, April 20.\n"
    )
    assert _main(text, date(2026, 4, 18))[2] == city


def test_dateline_town_then_region_is_no_venue() -> None:
    # "SMALLTOWN, Region": no venue word, the region's city is not taken for it
    text = (
        "Allies to open exercise\n\nVELDRANO, Quezon City, April 18 — The two armies will open Exercise "
        "Ironwood with a ceremony on Monday, April 20.\n"
    )
    assert _main(text, date(2026, 4, 18))[2] != "Quezon City"


# --- a district before its city; a town's name opening a base's ------------------------------------------


@pytest.mark.parametrize(
    "where, city",
    [
        ("at the coast guard headquarters in Port Area, Manila", "Manila"),
        ("at the defence ministry compound in Yongsan, Seoul", "Seoul"),
        ("at the naval headquarters in Kelvedon, Seoul", "Seoul"),
    ],
)
def test_district_then_big_city(where: str, city: str) -> None:
    text = f"Talks next month\n\nThe two sides will hold a dialogue on Feb. 10, 2026 {where}.\n"
    assert _main(text, date(2026, 1, 20))[2] == city


def test_a_list_of_cities_is_no_district() -> None:
    text = (
        "Talks next month\n\nThe two sides will hold talks on Feb. 10, 2026 in Cebu, Manila and Davao, "
        "officials said.\n"
    )
    assert _main(text, date(2026, 1, 20))[2] != "Manila"


@pytest.mark.parametrize(
    "venue, city",
    [
        ("Devonport Naval Base in Auckland", "Auckland"),
        ("Devonport Air Base in Wellington", "Wellington"),
        ("Devonport Army Camp in Auckland", "Auckland"),
    ],
)
def test_town_opening_a_base_name_is_no_town(venue: str, city: str) -> None:
    text = (
        "Defence chiefs to meet\n\nThe New Zealand Defence Force will host Pacific defence chiefs at a "
        f"conference at {venue} from Tuesday 3 to Thursday 5 November 2026.\n\n"
        "Delegations include Australia's Vice Chief of the Defence Force, Vice Admiral Jo Carter.\n"
    )
    assert _main(text, date(2026, 10, 1))[2] == city


# --- a meeting "preceded by" another inside a visit -------------------------------------------------------


@pytest.mark.parametrize(
    "pre",
    [
        "The JC Meeting will be preceded by the Senior Officials' Meeting (SOM) on 12 March 2026",
        "The Commission will be preceded by a meeting of senior officials on 12 March 2026",
        "The ministerial session will be preceded by the Joint Working Group meeting on 12 March 2026",
    ],
)
def test_preceding_meeting_is_no_visit_day(pre: str) -> None:
    text = (
        "MINISTRY OF FOREIGN AFFAIRS, XANDIA\n\nPRESS RELEASE\n\n"
        "OFFICIAL VISIT OF THE MINISTER OF FOREIGN AFFAIRS OF XANDIA TO YLAND\n12 – 13 MARCH 2026\n\n"
        "The Minister of Foreign Affairs of Xandia, Dato' Rahim Osman, will undertake an official visit to "
        "Bangkok from 12 to 13 March 2026.\n\n"
        "2. During the visit, the Minister will co-chair the 9th Meeting of the Xandia-Yland Joint "
        "Commission (JC) with his counterpart on 13 March 2026.\n\n"
        f"3. {pre}, co-chaired by senior officials of both ministries.\n"
    )
    assert _main(text, date(2026, 3, 10))[:2] == (date(2026, 3, 12), date(2026, 3, 13))


# --- "the X Meeting, known as the 2+2, next Tuesday" ------------------------------------------------------


@pytest.mark.parametrize(
    "aside",
    [", known as the 2+2,", ", also known as AUSIN,", ", dubbed the Harbour Talks,"],
)
def test_known_as_between_meeting_and_day(aside: str) -> None:
    text = (
        "Ministers head to Jakarta for talks\n\n"
        "Xlandian ministers will travel to Jakarta next week for high-level security talks, the first such "
        "meeting in three years.\n\n"
        "Foreign Minister Ruth Pell and Defence Minister Owen Hale will meet their counterparts for the "
        f"Xland-Indonesia Foreign and Defence Ministers' Meeting{aside} next Tuesday.\n"
    )
    assert _main(text, date(2025, 11, 20))[0] == date(2025, 11, 25)  # a Thursday: next Tuesday the 25th


def test_known_as_before_a_separate_meeting_day() -> None:
    text = (
        "Ministers head to Jakarta for talks\n\n"
        "Xlandian ministers will travel to Jakarta next week for high-level security talks.\n\n"
        "In a separate meeting, known as the harbour round, officials will meet next Tuesday.\n"
    )
    assert _main(text, date(2025, 11, 20))[0] != date(2025, 11, 25)


# --- a guest's stay in a relative clause ------------------------------------------------------------------


@pytest.mark.parametrize(
    "verb",
    ["will take place", "will be held", "is to be held"],
)
def test_guest_stay_gives_way_to_the_meetings_day(verb: str) -> None:
    text = (
        "Xland-Yland Defence Ministers' Meeting\n\nOctober 14, 2025\n\n"
        "1. Mr. Aldo Renner, Minister of Defense, will hold the Xland-Yland Defence Ministers' Meeting with "
        "Ms. Petra Lind, Minister for Defence of Yland, who will be visiting Xland from October 16 to 18.\n\n"
        f"2. The meeting {verb} at the Ministry of Defense in Tokyo on October 17.\n"
    )
    assert _main(text, date(2025, 10, 14))[:2] == (date(2025, 10, 17), None)


def test_guest_stay_without_a_set_day_stays() -> None:
    text = (
        "Xland-Yland Defence Ministers' Meeting\n\nOctober 14, 2025\n\n"
        "1. Mr. Aldo Renner, Minister of Defense, will hold the Xland-Yland Defence Ministers' Meeting with "
        "Ms. Petra Lind, Minister for Defence of Yland, who will be visiting Xland from October 16 to 18.\n\n"
        "2. On October 17, Ms. Lind will also visit a shipyard.\n"
    )
    assert _main(text, date(2025, 10, 14))[:2] == (date(2025, 10, 16), date(2025, 10, 18))
