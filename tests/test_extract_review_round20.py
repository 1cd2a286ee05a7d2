"""Three misfires the review of stop 20's rules found: a sentence opening on 'During', 'Following an
invitation', and 'come to X after' as travel."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract

TODAY = date(2026, 6, 1)


def test_a_stay_opening_its_sentence_with_during_is_not_the_meetings_days() -> None:
    text = (
        "Foreign Minister Anna Berg of Sweden will hold talks with Foreign Minister Jan Novak of Czechia in "
        "Prague. During her official visit to Czechia from 16 to 19 June, she will hold the talks on Tuesday."
    )
    ev = extract(text, source="t.txt", today=TODAY).main_event
    assert ev is not None and ev.date == date(2026, 6, 2) and ev.end_date is None


def test_following_an_invitation_is_no_other_time() -> None:
    text = (
        "Sweden and Czechia will hold talks in Prague on 17 June. Following an invitation from Prime "
        "Minister Karel Svoboda of Czechia, Prime Minister Ulf Berg of Sweden will attend."
    )
    ev = extract(text, source="t.txt", today=TODAY).main_event
    assert ev is not None and {"Karel Svoboda", "Ulf Berg"} <= set(ev.participants)


def test_coming_to_a_place_after_the_talks_is_no_background() -> None:
    text = (
        "Foreign Minister Anna Berg of Sweden will visit Prague on 17 June for talks with Foreign Minister "
        "Jan Novak of Czechia. Berg will come to the castle after the talks to meet Prime Minister "
        "Karel Svoboda."
    )
    b = extract(text, source="t.txt", today=TODAY)
    assert any(e.kind != "main" and {"Anna Berg", "Karel Svoboda"} <= set(e.participants) for e in b.events)


def test_a_visit_that_comes_weeks_after_another_is_still_background() -> None:
    text = (
        "Foreign Minister Anna Berg of Sweden will visit Prague on 17 June for talks with Foreign Minister "
        "Jan Novak of Czechia. The visit comes three weeks after Berg met Prime Minister Karel Svoboda "
        "in Oslo."
    )
    b = extract(text, source="t.txt", today=TODAY)
    assert not any("Karel Svoboda" in e.participants for e in b.events if e.kind != "main")
