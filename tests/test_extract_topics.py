"""Topics: agenda phrases, threats, definitions and background, found by general rules."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract

REF = date(2026, 3, 4)


def _topics(text: str) -> dict[str, tuple[str, str | None]]:
    return {t.name: (t.kind, t.definition) for t in extract(text, today=REF).topics}


def test_discuss_list() -> None:
    got = _topics("The ministers will discuss maritime security, cyber defence and supply chains on May 3.")
    assert {"maritime security", "cyber defence", "supply chains"} <= set(got)
    assert all(kind == "agenda" for kind, _ in got.values())


def test_focus_on_and_efforts_to() -> None:
    got = _topics(
        "The talks will focus on energy security. They include efforts to expand joint exercises and "
        "strengthen their coast guards."
    )
    assert "energy security" in got
    assert "joint-exercise expansion" in got
    assert "coast-guard strengthening" in got


def test_definition_the_text_gives() -> None:
    got = _topics(
        "Central to the talks will be the concept of burden sharing, wherein each ally pays a fair share "
        "of the common defence."
    )
    assert got["burden sharing"] == ("agenda", "each ally pays a fair share of the common defence")


def test_threats_and_background() -> None:
    got = _topics(
        "The partners face threats from Iran, Syria and Russia. The treaty, originally signed in 1960, "
        "was renewed after a review announced in March."
    )
    assert got["Iran"][0] == got["Syria"][0] == got["Russia"][0] == "threat"
    background = [name for name, (kind, _) in got.items() if kind == "background"]
    assert any("1960" in n and "treaty" in n for n in background)
    assert any("March" in n and "review" in n for n in background)


def test_lists_stop_at_a_second_agenda_verb_and_keep_shared_adjectives() -> None:
    got = _topics(
        "The two Ministers will review the Comprehensive Strategic Partnership and exchange views on "
        "regional and global issues, including critical and emerging technologies."
    )
    assert "Comprehensive Strategic Partnership" in got
    assert "regional and global issues" in got
    assert "critical and emerging technologies" in got
