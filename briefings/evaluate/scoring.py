"""Field scores, the report, and the corpus run."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from briefings.evaluate.gold import Gold, GoldEvent, GoldPerson, load_corpus
from briefings.evaluate.matching import (
    fold,
    name_refers_to,
    person_matches,
    quote_contains,
    quote_opens_with,
    same_country,
    same_role,
    topic_matches,
)
from briefings.models import Briefing, Person

ExtractFn = Callable[..., Briefing]
ScoreKind = Literal["prf", "accuracy", "recall"]

SIDE_KINDS = ("bilateral", "trilateral", "multilateral")


@dataclass
class FieldScore:
    """Counts for one field; `score` is its headline (F1, accuracy or recall)."""

    field: str
    kind: ScoreKind
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        """tp / (tp + fp); None for accuracy and recall-only fields."""
        if self.kind != "prf":
            return None
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn), also the accuracy (fn counts wrong answers there)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall; None unless a prf field."""
        p, r = self.precision, self.recall
        if p is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def score(self) -> float:
        """The headline number compared with the floors."""
        f1 = self.f1
        return f1 if f1 is not None else self.recall


@dataclass(frozen=True)
class Miss:
    """One disagreement with the gold: file, field, expected, got."""

    file: str
    field: str
    expected: str
    got: str


FIELDS: tuple[tuple[str, ScoreKind], ...] = (
    ("person_name", "prf"),
    ("person_full", "prf"),
    ("event_date", "accuracy"),
    ("event_end_date", "accuracy"),
    ("event_place", "accuracy"),
    ("side_meeting", "prf"),
    ("quote_found", "prf"),
    ("quote_speaker", "accuracy"),
    ("topic", "recall"),
)


@dataclass
class EvalReport:
    """Scores per field over a corpus, and every miss."""

    files: int = 0
    errors: int = 0
    scores: dict[str, FieldScore] = field(
        default_factory=lambda: {name: FieldScore(name, kind) for name, kind in FIELDS}
    )
    misses: list[Miss] = field(default_factory=list)

    def miss(self, file: str, name: str, expected: object, got: object) -> None:
        """Record one miss."""
        self.misses.append(Miss(file, name, _show(expected), _show(got)))


def _show(value: object) -> str:
    """A short display of an expected or extracted value."""
    return "—" if value is None or value == "" else str(value)


def _describe(p: Person | GoldPerson) -> str:
    """name (role, country) for miss listings."""
    return f"{p.name} ({p.role or '?'}, {p.country or '?'})"


def _score_people(rep: EvalReport, file: str, gold: Gold, got: Briefing) -> None:
    """Name and name+role+country: one-to-one greedy matching in gold order."""
    names, full = rep.scores["person_name"], rep.scores["person_full"]
    unused = list(got.people)
    for g in gold.people:
        match = next((p for p in unused if person_matches(g, p)), None)
        if match is None:
            names.fn += 1
            full.fn += 1
            rep.miss(file, "person_name", _describe(g), None)
            continue
        unused.remove(match)
        names.tp += 1
        if same_role(g.role, match.role) and same_country(g.country, match.country):
            full.tp += 1
        else:
            full.fp += 1
            full.fn += 1
            rep.miss(file, "person_full", _describe(g), _describe(match))
    for p in unused:
        names.fp += 1
        full.fp += 1
        rep.miss(file, "person_name", None, _describe(p))


def _score_event(rep: EvalReport, file: str, gold: Gold, got: Briefing) -> None:
    """Main event date, end date and place: accuracy per file."""
    ev = got.main_event
    want = gold.main_event or GoldEvent(name="")
    got_date = ev.date if ev else None
    got_end = ev.end_date if ev else None
    got_place = ev.place if ev else None
    pairs: list[tuple[str, object, object, bool]] = [
        ("event_date", want.date, got_date, want.date == got_date),
        ("event_end_date", want.end_date, got_end, want.end_date == got_end),
        ("event_place", want.place, got_place, fold(want.place or "") == fold(got_place or "")),
    ]
    for name, expected, actual, ok in pairs:
        score = rep.scores[name]
        if ok:
            score.tp += 1
        else:
            score.fn += 1
            rep.miss(file, name, expected, actual)


def _score_side_meetings(rep: EvalReport, file: str, gold: Gold, got: Briefing) -> None:
    """Side meetings: same kind and every gold participant among the extracted participants."""
    score = rep.scores["side_meeting"]
    people = {p.name: p for p in gold.people}
    unused = [e for e in got.events if e.kind in SIDE_KINDS]
    for side in gold.side_meetings:
        if side.kind not in SIDE_KINDS:
            continue
        wanted = [people.get(n) or GoldPerson(name=n) for n in side.participants]
        match = next(
            (
                e
                for e in unused
                if e.kind == side.kind
                and all(any(name_refers_to(w, n, got.people) for n in e.participants) for w in wanted)
            ),
            None,
        )
        if match is None:
            score.fn += 1
            rep.miss(file, "side_meeting", f"{side.kind}: {', '.join(side.participants)}", None)
        else:
            unused.remove(match)
            score.tp += 1
    for e in unused:
        score.fp += 1
        rep.miss(file, "side_meeting", None, f"{e.kind}: {', '.join(e.participants)}")


def _score_quotes(rep: EvalReport, file: str, gold: Gold, got: Briefing) -> None:
    """Quotes found by their opening words; speakers checked on the found ones."""
    found, speaker = rep.scores["quote_found"], rep.scores["quote_speaker"]
    people = {p.name: p for p in gold.people}
    for q in gold.quotes:
        held = [x for x in got.quotes if quote_contains(x.text, q.opening)]
        # the extracted quote that opens with the words, not an earlier one repeating them mid-sentence
        match = next((x for x in held if quote_opens_with(x.text, q.opening)), held[0] if held else None)
        if match is None:
            found.fn += 1
            rep.miss(file, "quote_found", q.opening, None)
            continue
        found.tp += 1
        want = people.get(q.speaker or "") or (GoldPerson(name=q.speaker) if q.speaker else None)
        ok = match.speaker is None if want is None else name_refers_to(want, match.speaker, got.people)
        if ok:
            speaker.tp += 1
        else:
            speaker.fn += 1
            rep.miss(file, "quote_speaker", f"{q.speaker} «{q.opening}»", match.speaker)
    for x in got.quotes:
        if not any(quote_contains(x.text, q.opening) for q in gold.quotes):
            found.fp += 1
            rep.miss(file, "quote_found", None, x.text[:60])


def _score_topics(rep: EvalReport, file: str, gold: Gold, got: Briefing) -> None:
    """Topics: recall only (a gold topic is found if some extracted topic name matches it)."""
    score = rep.scores["topic"]
    for t in gold.topics:
        if any(topic_matches(t, x.name) for x in got.topics):
            score.tp += 1
        else:
            score.fn += 1
            rep.miss(file, "topic", t, None)


def score_briefing(rep: EvalReport, file: str, gold: Gold, got: Briefing) -> None:
    """Add one extracted briefing's agreement with its gold to the report."""
    rep.files += 1
    _score_people(rep, file, gold, got)
    _score_event(rep, file, gold, got)
    _score_side_meetings(rep, file, gold, got)
    _score_quotes(rep, file, gold, got)
    _score_topics(rep, file, gold, got)


def evaluate(corpus_dir: Path, extract_fn: ExtractFn) -> EvalReport:
    """Run `extract_fn` over every corpus text (today = the gold reference date) and score it."""
    rep = EvalReport()
    for item in load_corpus(corpus_dir):
        try:
            got = extract_fn(item.text, source=item.name, published=None, today=item.gold.reference_date)
        except Exception as exc:  # one failing text must not hide the others' scores
            rep.errors += 1
            rep.miss(item.name, "error", "a briefing", f"{type(exc).__name__}: {exc}")
            got = Briefing(title="", reference_date=item.gold.reference_date)
        score_briefing(rep, item.name, item.gold, got)
    return rep


def _fmt(value: float | None) -> str:
    """A score as 0.000, or a dash when it does not apply."""
    return "—" if value is None else f"{value:.3f}"


def format_report(report: EvalReport, *, misses: bool = True) -> str:
    """A readable table of the scores, then the misses grouped by file."""
    lines = [f"Corpus: {report.files} files, {report.errors} extraction errors", ""]
    head = f"{'field':<16}{'kind':<10}{'tp':>5}{'fp':>5}{'fn':>5}{'prec':>8}{'recall':>8}{'f1/acc':>8}"
    lines += [head, "-" * len(head)]
    for s in report.scores.values():
        lines.append(
            f"{s.field:<16}{s.kind:<10}{s.tp:>5}{s.fp:>5}{s.fn:>5}"
            f"{_fmt(s.precision):>8}{_fmt(s.recall):>8}{_fmt(s.score):>8}"
        )
    if misses and report.misses:
        lines += ["", f"Misses ({len(report.misses)}):"]
        current = ""
        for m in sorted(report.misses, key=lambda m: (m.file, m.field)):
            if m.file != current:
                current = m.file
                lines.append(f"  {m.file}")
            lines.append(f"    {m.field:<15} expected {m.expected}  got {m.got}")
    return "\n".join(lines)


def check_floors(report: EvalReport, floors: dict[str, float]) -> list[str]:
    """The fields whose headline score fell below its floor, as readable lines."""
    return [
        f"{name}: {report.scores[name].score:.3f} < floor {floor:.3f}"
        for name, floor in floors.items()
        if name in report.scores and report.scores[name].score < floor
    ]
