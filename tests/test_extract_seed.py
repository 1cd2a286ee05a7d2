"""The seed article: what a reader of the 2+2 story must get back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefings.extract import extract
from briefings.models import Briefing, Event, Person, Quote, Topic

SEED = Path(__file__).resolve().parents[1] / "seeds" / "us-japan-2plus2.txt"


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return extract(SEED.read_text(encoding="utf-8"), source=str(SEED), today=date(2026, 11, 28))


def _person(b: Briefing, name: str):
    return next(p for p in b.people if p.name == name)


def test_main_event_date_place_and_timezone(briefing: Briefing) -> None:
    main = briefing.main_event
    assert main is not None
    assert "2+2" in main.name and "talks" in main.name
    assert main.date == date(2027, 7, 28)  # first July 28 on/after the reference date
    assert main.year_assumed and main.all_day and main.start is None
    assert main.place == "Tokyo" and main.timezone == "Asia/Tokyo"
    assert briefing.reference_date == date(2026, 11, 28) and briefing.published is None
    assert briefing.warnings == []


def test_main_event_participants(briefing: Briefing) -> None:
    main = briefing.main_event
    assert main is not None
    assert main.participants == ["Antony Blinken", "Lloyd Austin", "Yoko Kamikawa", "Nobuo Kishi"]


@pytest.mark.parametrize(
    ("name", "role", "country"),
    [
        ("Antony Blinken", "Secretary of State", "United States"),
        ("Lloyd Austin", "Secretary of Defense", "United States"),
        ("Yoko Kamikawa", "Foreign Minister", "Japan"),
        ("Nobuo Kishi", "Defense Minister", "Japan"),
        ("Joe Biden", "President", "United States"),
        ("Rahm Emanuel", "Ambassador to Japan", "United States"),
    ],
)
def test_people_roles_and_countries(briefing: Briefing, name: str, role: str, country: str) -> None:
    p = _person(briefing, name)
    assert (p.role, p.country) == (role, country)


def test_exactly_the_six_people(briefing: Briefing) -> None:
    assert len(briefing.people) == 6


def test_side_meetings(briefing: Briefing) -> None:
    main = briefing.main_event
    assert main is not None
    bilateral = next(e for e in briefing.events if e.kind == "bilateral")
    assert bilateral.participants == ["Antony Blinken", "Yoko Kamikawa"]
    assert bilateral.parent == main.name and bilateral.date == main.date and bilateral.place == "Tokyo"
    trilateral = next(e for e in briefing.events if e.kind == "trilateral")
    assert trilateral.participants == ["Lloyd Austin", "Nobuo Kishi"]
    assert trilateral.others == ["South Korean counterpart"]
    assert trilateral.parent == main.name


def test_quotes_attributed_to_the_ambassador(briefing: Briefing) -> None:
    assert [q.speaker for q in briefing.quotes] == ["Rahm Emanuel", "Rahm Emanuel"]
    assert briefing.quotes[0].text.startswith("These historic 2+2 talks will mark a shift")
    assert briefing.quotes[1].text.startswith("This will ensure that the alliance")


def test_topics(briefing: Briefing) -> None:
    by_name = {t.name: t for t in briefing.topics}
    deterrence = by_name["extended deterrence"]
    assert deterrence.kind == "agenda"
    assert deterrence.definition is not None and deterrence.definition.startswith("the US reassures Japan")
    agenda = {t.name for t in briefing.topics if t.kind == "agenda"}
    assert {"defence-industry integration", "command-structure upgrades", "regional stability"} <= agenda
    assert any("regional security" in name for name in agenda)
    threats = [t.name for t in briefing.topics if t.kind == "threat"]
    assert threats == ["China", "North Korea", "Russia"]
    background = [t.name for t in briefing.topics if t.kind == "background"]
    assert any("April" in t for t in background)
    assert any("1951" in t and "alliance" in t for t in background)
    assert any("joint command" in t and "March" in t for t in background)


def test_every_evidence_span_is_in_its_sentence(briefing: Briefing) -> None:
    text = briefing.text
    facts: list[Person | Event | Quote | Topic] = [
        *briefing.people,
        *briefing.events,
        *briefing.quotes,
        *briefing.topics,
    ]
    assert facts
    for fact in facts:
        ev = fact.evidence
        assert briefing.sentences[ev.sentence] == ev.text
        assert text[ev.start : ev.end] in ev.text
        assert ev.end > ev.start


def test_title_is_generated_from_the_main_event(briefing: Briefing) -> None:
    assert "2+2" in briefing.title and "Japan" in briefing.title
