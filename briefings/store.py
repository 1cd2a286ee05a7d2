"""The briefing store: SQLAlchemy 2 on SQLite (default) or PostgreSQL. (Interface; implementation pending.)"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine

from briefings.models import (
    Briefing,
    BriefingView,
    EventView,
    IngestOutcome,
    PersonDetail,
    PersonMatch,
    QuoteView,
    SearchHit,
    TopicView,
)


class StoreError(Exception):
    """A store operation failed; the store is as it was before."""


class Store:
    """All reads and writes of briefings. Methods are synchronous and fast (indexes, no N+1)."""

    engine: Engine

    def __init__(self, url: str) -> None:
        raise NotImplementedError

    def create_all(self) -> None:
        """Create tables, indexes and the full-text index if missing."""
        raise NotImplementedError

    def close(self) -> None:
        """Dispose of the engine."""
        raise NotImplementedError

    # -- writes -------------------------------------------------------------------------------
    def ingest(self, briefing: Briefing, content_hash: str) -> IngestOutcome:
        """Store one briefing in one transaction: same hash → unchanged; same source, new hash → replaced."""
        raise NotImplementedError

    def remove(self, source: str) -> bool:
        """Delete the briefing ingested from `source`; True if there was one."""
        raise NotImplementedError

    # -- reads --------------------------------------------------------------------------------
    def upcoming_events(
        self, now: datetime, *, kind: str | None = "main", limit: int = 10
    ) -> list[EventView]:
        """Events on or after now's date in their venue's timezone, soonest first, with participants."""
        raise NotImplementedError

    def find_events(self, query: str, now: datetime, *, limit: int = 5) -> list[EventView]:
        """Events whose name, place or briefing title matches `query` (fuzzy), upcoming first."""
        raise NotImplementedError

    def get_event(self, event_id: int) -> EventView | None:
        """One event with participants, side meetings and topics."""
        raise NotImplementedError

    def find_people(self, query: str, *, limit: int = 5) -> list[PersonMatch]:
        """People by full name, surname, given name, alias or typo (rapidfuzz), best first."""
        raise NotImplementedError

    def person_detail(self, person_id: int) -> PersonDetail | None:
        """A person with the meetings they attend (with whom) and their quotes."""
        raise NotImplementedError

    def person_names(self, prefix: str = "", *, limit: int = 25) -> list[str]:
        """Names for autocomplete: those starting with or containing `prefix`, at most `limit`."""
        raise NotImplementedError

    def event_names(self, prefix: str = "", *, limit: int = 25) -> list[str]:
        """Event names for autocomplete."""
        raise NotImplementedError

    def briefing_titles(self, prefix: str = "", *, limit: int = 25) -> list[str]:
        """Briefing titles for autocomplete."""
        raise NotImplementedError

    def quotes(self, person_id: int | None = None, *, limit: int = 10) -> list[QuoteView]:
        """Quotes, of one person or of everyone, newest briefing first."""
        raise NotImplementedError

    def topics(self, *, event_id: int | None = None, briefing_id: int | None = None) -> list[TopicView]:
        """Topics of a briefing (the event's briefing when `event_id` is given)."""
        raise NotImplementedError

    def search(self, query: str, *, limit: int = 10) -> list[SearchHit]:
        """Full-text search over sentences (FTS5 on SQLite, tsvector on PostgreSQL), best first."""
        raise NotImplementedError

    def briefings(self, *, limit: int = 50) -> list[BriefingView]:
        """Stored briefings, newest first (without their facts)."""
        raise NotImplementedError

    def find_briefing(self, query: str) -> BriefingView | None:
        """The briefing whose title or source best matches `query`, with its facts."""
        raise NotImplementedError

    def get_briefing(self, briefing_id: int) -> BriefingView | None:
        """One briefing with its facts."""
        raise NotImplementedError

    def counts(self) -> dict[str, int]:
        """How many briefings, people, events, quotes and topics are stored."""
        raise NotImplementedError
