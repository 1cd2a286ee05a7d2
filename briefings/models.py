"""The briefing data model: what extraction produces and the store keeps.

Every fact carries `Evidence` pointing at the sentence it came from, so every answer can cite it.
Datetimes are always timezone-aware; dates are the venue's local calendar dates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

EventKind = Literal["main", "bilateral", "trilateral", "multilateral", "other"]
TopicKind = Literal["agenda", "threat", "background"]


class Evidence(BaseModel):
    """Where a fact came from: a sentence of the source text and a character span inside the text."""

    model_config = ConfigDict(frozen=True)

    sentence: int = Field(ge=0, description="0-based index of the sentence in the source")
    start: int = Field(ge=0, description="character offset of the span in the whole source text")
    end: int = Field(ge=0, description="end offset (exclusive); text[start:end] is the span")
    text: str = Field(description="the whole sentence the span sits in")


class Person(BaseModel):
    """A person named in a briefing, with the role and country the text gives."""

    name: str
    aliases: list[str] = Field(default_factory=list)
    role: str | None = None
    country: str | None = Field(
        default=None, description='common English short name ("Japan") or organisation ("NATO")'
    )
    evidence: Evidence


class Event(BaseModel):
    """A meeting: the main event of a briefing, a side meeting, or one stop of a trip."""

    name: str
    kind: EventKind = "main"
    date: dt.date | None = None  # `dt.`: the field name shadows the type inside the class
    end_date: dt.date | None = None
    start: AwareDatetime | None = Field(default=None, description="set only when the text gives a time")
    all_day: bool = True
    timezone: str | None = Field(default=None, description="IANA name of the venue's timezone")
    place: str | None = Field(default=None, description="city")
    venue: str | None = Field(default=None, description='building, e.g. "the Pentagon"')
    participants: list[str] = Field(default_factory=list, description="names of Person entries")
    others: list[str] = Field(
        default_factory=list, description='unnamed attendees, e.g. "South Korean counterpart"'
    )
    parent: str | None = Field(default=None, description="name of the event this one sits beside")
    year_assumed: bool = False
    evidence: Evidence


class Quote(BaseModel):
    """Words attributed to a speaker."""

    speaker: str | None = Field(default=None, description="name of a Person entry, None if unknown")
    text: str
    evidence: Evidence


class Topic(BaseModel):
    """An agenda item, a threat named, or background the text gives."""

    name: str
    kind: TopicKind = "agenda"
    definition: str | None = None
    evidence: Evidence


class Conflict(BaseModel):
    """A contradiction inside the source (e.g. one title given to two names): both are kept."""

    description: str
    people: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


class Briefing(BaseModel):
    """Everything extracted from one source document."""

    title: str
    source: str = Field(default="", description="path or URL the text came from")
    published: date | None = None
    reference_date: date = Field(description="what dates without a year were resolved against")
    text: str = Field(default="", repr=False)
    sentences: list[str] = Field(default_factory=list, repr=False)
    people: list[Person] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    topics: list[Topic] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)
    warnings: list[str] = Field(
        default_factory=list, description='what is missing, e.g. "no date found", "no people found"'
    )

    @property
    def main_event(self) -> Event | None:
        """The event the headline and lead announce, if any."""
        return next((e for e in self.events if e.kind == "main"), None)


# ---------------------------------------------------------------------------------------------
# Views: what the store returns to commands and the scheduler (stored facts with ids and sources).
# ---------------------------------------------------------------------------------------------


class SourceRef(BaseModel):
    """The stored briefing a fact came from."""

    briefing_id: int
    title: str
    source: str
    published: date | None = None


class PersonView(BaseModel):
    """A stored person (one row across all briefings) with their latest role and country."""

    id: int
    name: str
    aliases: list[str] = Field(default_factory=list)
    role: str | None = None
    country: str | None = None
    evidence: Evidence
    source: SourceRef
    conflicts: list[str] = Field(default_factory=list)


class ParticipantView(BaseModel):
    """A participant of a stored event."""

    person_id: int
    name: str
    role: str | None = None
    country: str | None = None


class TopicView(BaseModel):
    """A stored topic."""

    id: int
    name: str
    kind: TopicKind = "agenda"
    definition: str | None = None
    evidence: Evidence
    source: SourceRef


class EventView(BaseModel):
    """A stored event with its participants; main events carry their side meetings and topics."""

    id: int
    briefing_id: int
    name: str
    kind: EventKind
    date: dt.date | None = None  # `dt.`: the field name shadows the type inside the class
    end_date: dt.date | None = None
    start: datetime | None = None
    all_day: bool = True
    timezone: str | None = None
    place: str | None = None
    venue: str | None = None
    participants: list[ParticipantView] = Field(default_factory=list)
    others: list[str] = Field(default_factory=list)
    parent_id: int | None = None
    year_assumed: bool = False
    evidence: Evidence
    source: SourceRef
    side_meetings: list[EventView] = Field(default_factory=list)
    topics: list[TopicView] = Field(default_factory=list)


class QuoteView(BaseModel):
    """A stored quote."""

    id: int
    speaker: str | None = None
    speaker_id: int | None = None
    text: str
    evidence: Evidence
    source: SourceRef


class PersonMatch(BaseModel):
    """One answer to a name lookup, best first; `how` says which rule matched."""

    person: PersonView
    score: float
    how: Literal["exact", "alias", "surname", "given", "prefix", "fuzzy"]


@dataclass(slots=True)
class PersonBrief:
    """One answer to a name lookup without the evidence: enough for a "choose one" list.

    A plain dataclass, not a validated model: every field comes from the in-memory name index, and
    /who builds up to five of these per question (a pydantic model cost ~4 times as much to build).
    """

    id: int
    name: str
    role: str | None = None
    country: str | None = None
    score: float = 0.0
    how: Literal["exact", "alias", "surname", "given", "prefix", "fuzzy"] = "exact"


class PersonDetail(BaseModel):
    """A person with the meetings they attend (without those meetings' side meetings or topics) and quotes."""

    person: PersonView
    events: list[EventView] = Field(default_factory=list)
    quotes: list[QuoteView] = Field(default_factory=list)


class SearchHit(BaseModel):
    """A sentence matching a full-text query."""

    text: str
    evidence: Evidence
    source: SourceRef
    rank: float = 0.0


class BriefingView(BaseModel):
    """A stored briefing and what it holds."""

    id: int
    title: str
    source: str
    published: date | None = None
    reference_date: date
    content_hash: str
    ingested_at: datetime
    warnings: list[str] = Field(default_factory=list)
    people: list[PersonView] = Field(default_factory=list)
    events: list[EventView] = Field(default_factory=list)
    topics: list[TopicView] = Field(default_factory=list)
    quotes: list[QuoteView] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)


class IngestOutcome(BaseModel):
    """What one ingest did."""

    briefing_id: int
    status: Literal["added", "unchanged", "replaced"]
    title: str
    source: str
