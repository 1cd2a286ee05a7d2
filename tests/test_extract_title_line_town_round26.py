"""A title line "<Meeting's name>, <date>" names the meeting, not a town."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract


def test_a_councils_title_line_is_no_place() -> None:
    text = (
        "Foreign Affairs Council, 19 April 2031\n\n"
        "Agenda highlights\n\n"
        "The Foreign Affairs Council, chaired by the High Representative, will meet in Luxembourg on "
        "19 April.\n"
    )
    main = extract(text, today=date(2031, 4, 15)).main_event
    assert main is not None
    assert (main.date, main.place) == (date(2031, 4, 19), "Luxembourg")


def test_a_town_title_line_still_gives_the_town() -> None:
    text = (
        "Meeting of the Defence Ministers\n\n"
        "SMALLHAVEN, 19 APRIL 2031\n\n"
        "The defence ministers will meet on 19 April to discuss maritime security.\n"
    )
    main = extract(text, today=date(2031, 4, 15)).main_event
    assert main is not None and main.place == "Smallhaven"
