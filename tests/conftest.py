"""Shared fixtures: an empty SQLite store, an isolated PostgreSQL store, and a hand-built briefing.

`seed_briefing` is built by hand from the seed article (not by the extractor), so store and command
tests do not depend on extraction quality. Keep these fixtures stable: other test modules use them.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from briefings.models import Briefing, Conflict, Event, Evidence, Person, Quote, Topic
from briefings.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "us-japan-2plus2.txt"
PG_ENV = "BRIEFBOT_TEST_DATABASE_URL"
SEED_PUBLISHED = date(2024, 7, 20)


def split_sentences(text: str) -> list[str]:
    """Sentences of a plain article: one paragraph per line, split after . ! ? before a capital/quote."""
    out: list[str] = []
    for line in text.splitlines():
        for part in re.split(r"(?<=[.!?])[”\"]?\s+(?=[A-Z“\"])", line.strip()):
            if part.strip():
                out.append(part.strip())
    return out


class EvidenceMaker:
    """Builds Evidence for a phrase: the first sentence containing it and its span in the text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.sentences = split_sentences(text)
        self._starts: list[int] = []
        pos = 0
        for s in self.sentences:
            pos = text.index(s, pos)
            self._starts.append(pos)
            pos += len(s)

    def __call__(self, phrase: str, after: int = 0) -> Evidence:
        """Evidence for the first sentence at or after index `after` containing `phrase`."""
        for i, s in enumerate(self.sentences):
            if i >= after and phrase in s:
                start = self._starts[i] + s.index(phrase)
                return Evidence(sentence=i, start=start, end=start + len(phrase), text=s)
        raise AssertionError(f"phrase not in text: {phrase!r}")


def build_seed_briefing(source: str = "seeds/us-japan-2plus2.txt") -> Briefing:
    """The seed article as the extractor should see it, built by hand."""
    text = SEED.read_text(encoding="utf-8")
    ev = EvidenceMaker(text)
    tokyo = ZoneInfo("Asia/Tokyo")
    people = [
        Person(
            name="Antony Blinken",
            aliases=["Blinken"],
            role="Secretary of State",
            country="United States",
            evidence=ev("Antony Blinken"),
        ),
        Person(
            name="Lloyd Austin",
            aliases=["Austin"],
            role="Secretary of Defense",
            country="United States",
            evidence=ev("Lloyd Austin"),
        ),
        Person(
            name="Yoko Kamikawa",
            aliases=["Kamikawa"],
            role="Foreign Minister",
            country="Japan",
            evidence=ev("Yoko Kamikawa"),
        ),
        Person(
            name="Nobuo Kishi",
            aliases=["Kishi"],
            role="Defense Minister",
            country="Japan",
            evidence=ev("Nobuo Kishi"),
        ),
        Person(
            name="Joe Biden",
            aliases=["Biden"],
            role="President",
            country="United States",
            evidence=ev("Joe Biden"),
        ),
        Person(
            name="Rahm Emanuel",
            aliases=["Emanuel"],
            role="Ambassador to Japan",
            country="United States",
            evidence=ev("Rahm Emanuel"),
        ),
    ]
    main = Event(
        name="US-Japan 2+2 security talks",
        kind="main",
        date=date(2024, 7, 28),
        all_day=True,
        timezone="Asia/Tokyo",
        place="Tokyo",
        participants=["Antony Blinken", "Lloyd Austin", "Yoko Kamikawa", "Nobuo Kishi"],
        year_assumed=True,
        evidence=ev("July 28"),
    )
    bilateral = Event(
        name="Blinken–Kamikawa bilateral meeting",
        kind="bilateral",
        date=date(2024, 7, 28),
        all_day=True,
        timezone="Asia/Tokyo",
        place="Tokyo",
        participants=["Blinken", "Kamikawa"],
        parent=main.name,
        year_assumed=True,
        evidence=ev("bilateral meeting with Kamikawa"),
    )
    trilateral = Event(
        name="US-Japan-South Korea defence trilateral",
        kind="trilateral",
        date=date(2024, 7, 28),
        start=datetime(2024, 7, 28, 15, 0, tzinfo=tokyo),
        all_day=False,
        timezone="Asia/Tokyo",
        place="Tokyo",
        participants=["Austin"],
        others=["Japanese counterpart", "South Korean counterpart"],
        parent=main.name,
        year_assumed=True,
        evidence=ev("trilateral discussion"),
    )
    quotes = [
        Quote(
            speaker="Rahm Emanuel",
            text="These historic 2+2 talks will mark a shift from merely protecting the alliance to "
            "actively projecting its power,",
            evidence=ev("These historic 2+2 talks"),
        ),
        Quote(
            speaker="Emanuel",
            text="This will ensure that the alliance is not only robust but also agile enough to meet the "
            "security challenges of the Indo-Pacific for decades to come,",
            evidence=ev("This will ensure that the alliance"),
        ),
    ]
    topics = [
        Topic(
            name="extended deterrence",
            kind="agenda",
            definition="the US reassures Japan of its commitment to use nuclear and conventional forces "
            "to defend its allies",
            evidence=ev("extended deterrence"),
        ),
        Topic(
            name="defence industry integration",
            kind="agenda",
            evidence=ev("integrate their defence industries"),
        ),
        Topic(name="China", kind="threat", evidence=ev("China, North Korea, and Russia")),
    ]
    return Briefing(
        title="US and Japan to hold 2+2 security talks on July 28",
        source=source,
        published=SEED_PUBLISHED,
        reference_date=SEED_PUBLISHED,
        text=text,
        sentences=ev.sentences,
        people=people,
        events=[main, bilateral, trilateral],
        quotes=quotes,
        topics=topics,
        conflicts=[
            Conflict(
                description="example conflict naming one person",
                people=["Nobuo Kishi"],
                evidence=[ev("Nobuo Kishi")],
            )
        ],
    )


@pytest.fixture
def seed_briefing() -> Briefing:
    """A realistic Briefing of the seed article, built by hand with pydantic."""
    return build_seed_briefing()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """An empty SQLite store in a file under tmp_path."""
    s = Store(f"sqlite:///{tmp_path / 'briefbot.db'}")
    try:
        yield s
    finally:
        s.close()


def pg_url_or_skip() -> str:
    """The test PostgreSQL URL, or skip the test saying why."""
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"{PG_ENV} is not set (e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test)")
    return url


@pytest.fixture
def pg_schema() -> Iterator[tuple[str, str]]:
    """(base URL, schema name) of a fresh PostgreSQL schema with a random name, dropped afterwards."""
    url = pg_url_or_skip()
    from sqlalchemy import create_engine, text

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield url, schema
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


def schema_url(url: str, schema: str) -> str:
    """The URL with `options=-csearch_path=SCHEMA`, so every connection works inside that schema."""
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture
def pg_store(pg_schema: tuple[str, str]) -> Iterator[Store]:
    """An empty Store on PostgreSQL in its own schema (skips when BRIEFBOT_TEST_DATABASE_URL is unset)."""
    url, schema = pg_schema
    s = Store(schema_url(url, schema))
    try:
        yield s
    finally:
        s.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """The same tests on both backends (the PostgreSQL run skips when it is not configured)."""
    if request.param == "sqlite":
        yield request.getfixturevalue("store")
    else:
        yield request.getfixturevalue("pg_store")
