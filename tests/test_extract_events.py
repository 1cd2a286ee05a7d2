"""Events: the main event, places and venues, side meetings, and trips with several stops."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.models import Briefing

REF = date(2026, 3, 4)


def _b(text: str) -> Briefing:
    return extract(text, today=REF)


def test_venue_is_not_the_city() -> None:
    b = _b(
        "WASHINGTON — Secretary of Defense Mark Halvorsen will host Japanese Defense Minister Aiko Tanabe "
        "at the Pentagon on May 12."
    )
    main = b.main_event
    assert main is not None
    assert main.venue == "the Pentagon"
    assert (main.place, main.timezone) == ("Washington", "America/New_York")


def test_place_from_the_lead_beats_the_dateline() -> None:
    b = _b("TOKYO — Japan and Australia will hold security talks in Canberra on June 3.")
    main = b.main_event
    assert main is not None and (main.place, main.timezone) == ("Canberra", "Australia/Sydney")


def test_ambiguous_city_prefers_a_country_the_text_mentions() -> None:
    b = _b("New Zealand and Australia will hold talks in Wellington on June 3.")
    main = b.main_event
    assert main is not None and (main.place, main.timezone) == ("Wellington", "Pacific/Auckland")


def test_town_outside_the_gazetteer_named_with_its_country() -> None:
    b = _b(
        "The President will travel to Évian-les-Bains, France, to attend the G7 Leaders' Summit, "
        "June 14 to 16."
    )
    main = b.main_event
    assert main is not None
    assert (main.place, main.timezone) == ("Évian-les-Bains", "Europe/Paris")
    assert main.name == "G7 Leaders' Summit"


def test_generated_title_when_there_is_no_headline() -> None:
    b = _b("TOKYO — The United States and Japan will hold high-level security talks on July 28.")
    assert b.title == "US–Japan security talks"


def test_headline_is_the_title() -> None:
    b = _b("Ministers to meet in Oslo\n\nOSLO — The Nordic ministers will meet in Oslo on June 3.")
    assert b.title == "Ministers to meet in Oslo"


def test_bilateral_on_the_sidelines_and_separate_meetings() -> None:
    b = _b(
        "President Eleanor Vance will host President Min-jun Seo of South Korea and Prime Minister "
        "Haruto Mori of Japan for a Trilateral Leaders' Summit in Honolulu on October 30.\n\n"
        "The President will also hold separate bilateral meetings with President Seo and Prime Minister "
        "Mori while in Honolulu."
    )
    sides = [(e.kind, e.participants) for e in b.events if e.kind != "main"]
    assert ("bilateral", ["Eleanor Vance", "Min-jun Seo"]) in sides
    assert ("bilateral", ["Eleanor Vance", "Haruto Mori"]) in sides
    assert all(e.parent == "Trilateral Leaders' Summit" for e in b.events if e.kind != "main")


def test_working_meal_is_another_kind_of_side_meeting() -> None:
    b = _b(
        "President Eleanor Vance will welcome Prime Minister Callum West of New Zealand to the White House "
        "on April 10.\n\nVice President Tom Alder will host the Prime Minister for a working breakfast on "
        "April 11."
    )
    other = [e for e in b.events if e.kind == "other"]
    assert other and other[0].participants == ["Tom Alder", "Callum West"]
    assert other[0].date == date(2026, 4, 11)


def test_trip_with_several_stops() -> None:
    b = _b(
        "Deputy Secretary of State Clara Dunmore will travel to Manila, Hanoi, and Jakarta June 2-7.\n\n"
        "In Manila on June 2 and 3, the Deputy Secretary will meet Philippine officials.\n\n"
        "In Hanoi on June 4 and 5, she will meet Vietnamese leaders.\n\n"
        "The Deputy Secretary will conclude her trip in Jakarta on June 6-7."
    )
    main = b.main_event
    assert main is not None
    assert (main.date, main.end_date, main.place) == (date(2026, 6, 2), date(2026, 6, 7), None)
    stops = [(e.place, e.date, e.timezone, e.parent) for e in b.events if e.kind == "other"]
    assert stops == [
        ("Manila", date(2026, 6, 2), "Asia/Manila", main.name),
        ("Hanoi", date(2026, 6, 4), "Asia/Bangkok", main.name),
        ("Jakarta", date(2026, 6, 6), "Asia/Jakarta", main.name),
    ]


def test_single_place_meeting_has_no_stops() -> None:
    b = _b("TOKYO — The United States and Japan will hold talks in Tokyo on July 28.")
    assert [e.kind for e in b.events] == ["main"]


def test_no_event_warns() -> None:
    b = _b("")
    assert {"no date found", "no people found", "no event found"} <= set(b.warnings)
    assert b.events == []


def test_travel_city_beats_the_reporters_dateline() -> None:
    b = _b(
        "SEOUL, March 3 (Yonhap) -- South Korea's foreign minister Cho Min-ho will travel to Washington "
        "next week for talks with his U.S. counterpart.\n\n"
        "Cho will meet Secretary of State Mark Halvorsen at the State Department on March 10."
    )
    main = b.main_event
    assert main is not None
    assert (main.date, main.place, main.timezone) == (date(2026, 3, 10), "Washington", "America/New_York")
    assert main.venue == "the State Department"
    assert main.name == "South Korea–US meeting"


def test_time_with_a_zone_abbreviation_when_no_city_is_named() -> None:
    b = _b(
        "The Secretary of Defense will host the German Defence Minister at the Pentagon on April 17 "
        "at 2:00 p.m. EDT."
    )
    main = b.main_event
    assert main is not None and main.start is not None
    assert (main.start.hour, main.timezone, main.all_day) == (14, "America/New_York", False)


def test_trip_announced_in_the_lead_spans_its_stops() -> None:
    b = _b(
        "Foreign Secretary Tom Ashby will visit Tokyo and Seoul this week.\n\n"
        "In Tokyo on 4 March, the Foreign Secretary will hold talks with Foreign Minister Aiko Tanabe.\n\n"
        "In Seoul on 6 March, he will meet Foreign Minister Cho Min-ho."
    )
    main = b.main_event
    assert main is not None
    assert (main.date, main.end_date, main.place) == (date(2026, 3, 4), date(2026, 3, 6), None)
    assert [e.place for e in b.events if e.kind == "other"] == ["Tokyo", "Seoul"]
    seoul = next(e for e in b.events if e.kind == "bilateral")
    assert seoul.participants == ["Tom Ashby", "Cho Min-ho"] and seoul.place == "Seoul"


def test_separate_meetings_without_a_kind_word_are_bilaterals() -> None:
    b = _b(
        "WASHINGTON — President Joe Danby will host the leaders of Australia, India and Japan for a summit "
        "in Wilmington on Sept. 21.\n\nDanby will also hold separate meetings with Indian Prime Minister "
        "Ravi Shah and Japanese Prime Minister Haruto Mori, officials said."
    )
    sides = [e.participants for e in b.events if e.kind == "bilateral"]
    assert sides == [["Joe Danby", "Ravi Shah"], ["Joe Danby", "Haruto Mori"]]


def test_restating_the_main_meeting_is_not_a_side_meeting() -> None:
    b = _b(
        "The Foreign Secretary and the Defence Secretary will meet their Japanese counterparts in Tokyo on "
        "17 February.\n\nThe Foreign Secretary, Imogen Hart, and the Defence Secretary, Alan Quill, will "
        "hold talks with Foreign Minister Aiko Tanabe and Defence Minister Shingo Naka in Tokyo on "
        "17 February."
    )
    assert [e.kind for e in b.events] == ["main"]


def test_trip_next_week_takes_its_stops_dates_and_counts_sides_not_heads() -> None:
    b = extract(
        "Foreign Minister Win Pierce will travel to Samoa and Tonga next week.\n\n"
        "In Apia on Tuesday, Mr Pierce will meet Prime Minister Ana Fiame and Deputy Prime Minister "
        "Tui Iosefo.\n\nIn Nuku'alofa on Thursday, he will meet Prime Minister Siaosi Vale.",
        today=date(2025, 8, 1),
    )
    main = b.main_event
    assert main is not None
    assert (main.date, main.end_date, main.place) == (date(2025, 8, 5), date(2025, 8, 7), None)
    stops = {e.place: e.timezone for e in b.events if e.kind == "other"}
    assert stops == {"Apia": "Pacific/Apia", "Nuku'alofa": "Pacific/Tongatapu"}
    apia = next(e for e in b.events if e.kind == "bilateral" and e.place == "Apia")
    assert apia.participants == ["Win Pierce", "Ana Fiame", "Tui Iosefo"]  # two sides: a bilateral
    assert next(p for p in b.people if p.name == "Siaosi Vale").country == "Tonga"


def test_travellers_in_the_lead_join_and_absentees_do_not() -> None:
    b = _b(
        "BRUSSELS — European Commission President Ursula van Berg will travel to Tokyo on Monday for the "
        "annual EU-Japan summit.\n\nShe will meet Japanese Prime Minister Shigeru Ishimoto at the Prime "
        "Minister's Office on July 23.\n\nAdm. Sam Pagel, commander of U.S. Indo-Pacific Command, is not "
        "expected to attend."
    )
    main = b.main_event
    assert main is not None
    assert main.name == "EU-Japan summit"
    assert main.participants == ["Ursula van Berg", "Shigeru Ishimoto"]
    pagel = next(p for p in b.people if p.name == "Sam Pagel")
    assert (pagel.role, pagel.country) == ("commander of U.S. Indo-Pacific Command", "United States")
