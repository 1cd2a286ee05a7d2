"""Plain text → Briefing. (Placeholder until the rule-based extractor lands: title only.)"""

from __future__ import annotations

from datetime import date

from briefings.models import Briefing


def extract(text: str, *, source: str = "", published: date | None = None, today: date) -> Briefing:
    """Extract a Briefing from plain text; dates without a year resolve against published or today."""
    title = next((line.strip() for line in text.splitlines() if line.strip()), source or "untitled")
    return Briefing(
        title=title[:200],
        source=source,
        published=published,
        reference_date=published or today,
        text=text,
        warnings=["no date found", "no people found"],
    )
