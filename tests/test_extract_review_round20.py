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


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, source="t.txt", today=TODAY).people}


def test_a_senator_after_a_nameless_spokesperson_stays_a_senator() -> None:
    text = (
        "The talks in Paris went well, a spokesperson for the French Foreign Ministry said on Monday. "
        "Senator Jane Doe said she disagreed with the plan."
    )
    assert _people(text)["Jane Doe"][0] == "Senator"


def test_a_sentence_opening_adverb_or_day_names_no_body_before_a_title() -> None:
    for opener in ("Yesterday", "Finally", "Thursday"):
        text = f"{opener} spokesperson Jane Doe said the talks in Paris would resume."
        assert _people(text)["Jane Doe"][0] == "spokesperson", opener


def test_a_named_body_before_its_spokesperson_is_still_read() -> None:
    text = "The talks in Paris will resume on Monday, Bundeswehr spokesperson Jane Doe said."
    assert _people(text)["Jane Doe"][0] == "Bundeswehr spokesperson"
