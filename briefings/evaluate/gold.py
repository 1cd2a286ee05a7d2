"""The corpus gold format (one JSON per text) and the loader."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, ValidationError


class GoldPerson(BaseModel):
    """A person a careful reader finds in the text."""

    name: str
    role: str | None = None
    country: str | None = None
    aliases: list[str] = Field(default_factory=list)


class GoldEvent(BaseModel):
    """The main event the text announces."""

    name: str
    date: dt.date | None = None
    end_date: dt.date | None = None
    place: str | None = None


class GoldSideMeeting(BaseModel):
    """A meeting held beside the main event."""

    kind: Literal["bilateral", "trilateral", "multilateral", "other"]
    participants: list[str] = Field(default_factory=list)


class GoldQuote(BaseModel):
    """A quoted passage: who said it and its first words."""

    speaker: str | None = None
    opening: str


class Gold(BaseModel):
    """Everything labelled for one corpus text."""

    people: list[GoldPerson] = Field(default_factory=list)
    main_event: GoldEvent | None = None
    side_meetings: list[GoldSideMeeting] = Field(default_factory=list)
    quotes: list[GoldQuote] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)
    reference_date: dt.date
    published: dt.date | None = None


class CorpusError(Exception):
    """The corpus directory is missing, empty or holds a malformed gold file."""


@dataclass(frozen=True)
class CorpusItem:
    """One text of the corpus with its gold labels."""

    name: str
    text: str
    gold: Gold


def load_corpus(corpus_dir: Path) -> list[CorpusItem]:
    """Read every NN-slug.txt with its NN-slug.json from a directory, sorted by file name."""
    if not corpus_dir.is_dir():
        raise CorpusError(f"corpus directory not found: {corpus_dir}")
    items = []
    for txt in sorted(corpus_dir.glob("*.txt")):
        gold_path = txt.with_suffix(".json")
        if not gold_path.is_file():
            raise CorpusError(f"{txt.name} has no gold file {gold_path.name}")
        try:
            gold = Gold.model_validate(json.loads(gold_path.read_text(encoding="utf-8")))
        except (ValueError, ValidationError) as exc:
            first = str(exc).splitlines()[0]
            raise CorpusError(f"{gold_path.name}: malformed gold ({first})") from exc
        items.append(CorpusItem(txt.stem, txt.read_text(encoding="utf-8"), gold))
    if not items:
        raise CorpusError(f"corpus directory has no .txt files: {corpus_dir}")
    return items
