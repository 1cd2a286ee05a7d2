"""The extractor and the bot work by general rules: no seed or corpus person is named in their code."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORD = re.compile(r"\w+")
CODE = sorted(p for folder in ("briefings", "bot") for p in (ROOT / folder).rglob("*.py"))


def corpus_names() -> set[str]:
    """Every gold person's full name (and aliases) in tests/corpus*/."""
    names: set[str] = set()
    for gold in ROOT.glob("tests/corpus*/*.json"):
        if gold.name == "floors.json":
            continue
        for person in json.loads(gold.read_text(encoding="utf-8"))["people"]:
            names.update([person["name"], *person.get("aliases", [])])
    return names


def seed_words() -> set[str]:
    """The capitalised words of the seed's people: each name part of four letters or more."""
    from briefings.extract import extract

    text = (ROOT / "seeds" / "us-japan-2plus2.txt").read_text(encoding="utf-8")
    briefing = extract(text, source="seed", today=date(2026, 1, 1))
    return {part for p in briefing.people for part in p.name.split() if len(part) >= 4}


def test_no_corpus_person_is_named_in_code() -> None:
    names = corpus_names()
    assert len(names) > 300  # the corpora were found
    code = {path: path.read_text(encoding="utf-8") for path in CODE}
    # A name can match only where each of its word runs is a whole word of the code, so the costly
    # alternation runs over those names alone (over all ~5,000 it took most of a minute).
    words = {w for text in code.values() for w in WORD.findall(text)}
    possible = [n for n in names if all(w in words for w in WORD.findall(n))]
    assert len(possible) < len(names)
    pattern = re.compile("|".join(rf"\b{re.escape(n)}\b" for n in sorted(possible, key=len, reverse=True)))
    found = {
        f"{path.relative_to(ROOT)}: {m.group()}"
        for path, text in code.items()
        for m in (pattern.finditer(text) if possible else ())
    }
    assert not found, sorted(found)


def test_no_seed_person_is_named_in_code() -> None:
    words = seed_words()
    assert {"Kamikawa", "Blinken"} <= words  # the seed was read
    pattern = re.compile("|".join(rf"\b{re.escape(w)}\b" for w in sorted(words)), re.IGNORECASE)
    found = {
        f"{path.relative_to(ROOT)}: {m.group()}"
        for path in CODE
        for m in pattern.finditer(path.read_text(encoding="utf-8"))
    }
    assert not found, sorted(found)
