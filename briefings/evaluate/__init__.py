"""Score an extractor against the hand-labelled corpus (tests/corpus): precision, recall, F1 per field.

The matching rules are documented in tests/corpus/README.md; keep the two in step.
"""

from briefings.evaluate.gold import CorpusError, CorpusItem, Gold, load_corpus
from briefings.evaluate.scoring import (
    FIELDS,
    EvalReport,
    FieldScore,
    Miss,
    check_floors,
    evaluate,
    format_report,
    score_briefing,
)

__all__ = [
    "FIELDS",
    "CorpusError",
    "CorpusItem",
    "EvalReport",
    "FieldScore",
    "Gold",
    "Miss",
    "check_floors",
    "evaluate",
    "format_report",
    "load_corpus",
    "score_briefing",
]
