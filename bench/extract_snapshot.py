"""Dev tool: snapshot `extract` output over many texts, to prove a speed-up changed no output at all.

    .venv/bin/python -m bench.extract_snapshot write [FILE]   # record Briefing JSON for every input
    .venv/bin/python -m bench.extract_snapshot check [FILE]   # re-run and diff; exit 1 on any difference

Inputs: every tests/corpus/*.txt (today = its gold reference_date, as briefings/evaluate does), also
upper-cased, with doubled line breaks and with another reference date; seeds/*.txt (today = 2026-11-28);
the other tests/corpus_*/*.txt sets except the unseen ones; 300 synthetic articles from
bench/synthetic.py, the bench's own articles, and texts stitched from random corpus lines (all with
fixed seeds). Each record is keyed by a name and a hash of (text, today), so inputs that change
meanwhile (a corpus still being written) are reported as skipped, never as a difference.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from bench.bench_extract import _article as bench_article
from bench.synthetic import synthetic_article
from briefings.extract import extract

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = Path("/tmp/briefbot_extract_snapshot.jsonl")
SEED_TODAY = date(2026, 11, 28)
UNSEEN: set[str] = set()  # the unseen sets of a stop stay outside the repository until its end


def _gold_date(txt: Path, fallback: date) -> date:
    """The gold reference_date beside a corpus text, else the fallback."""
    gold = txt.with_suffix(".json")
    try:
        return date.fromisoformat(json.loads(gold.read_text(encoding="utf-8"))["reference_date"])
    except (OSError, ValueError, KeyError, TypeError):
        return fallback


def inputs() -> Iterator[tuple[str, str, str, date]]:
    """Every (key, text, source, today) the snapshot covers, in a fixed order."""
    corpus = sorted((ROOT / "tests" / "corpus").glob("*.txt"))
    lines: list[str] = []
    for txt in corpus:
        text = txt.read_text(encoding="utf-8")
        today = _gold_date(txt, SEED_TODAY)
        lines.extend(x for x in text.splitlines() if x.strip())
        yield f"corpus/{txt.name}", text, txt.stem, today
        yield f"corpus-upper/{txt.name}", text.upper(), txt.stem, today
        yield f"corpus-paras/{txt.name}", text.replace("\n", "\n\n"), txt.stem, today
        yield f"corpus-later/{txt.name}", text, txt.stem, today + timedelta(days=200)
    for txt in sorted((ROOT / "seeds").glob("*.txt")):
        yield f"seeds/{txt.name}", txt.read_text(encoding="utf-8"), "", SEED_TODAY
    # every development set; never the unseen set, whose texts no tuning step may print
    for txt in sorted((ROOT / "tests").glob("corpus_*/*.txt")):
        if txt.parent.name in UNSEEN:
            continue
        today = _gold_date(txt, SEED_TODAY)
        yield f"{txt.parent.name}/{txt.name}", txt.read_text(encoding="utf-8"), txt.stem, today
    rng = random.Random(20261128)
    for i in range(300):
        yield f"synthetic/{i}", synthetic_article(i, rng), "", date(2026, 1, 1)
    rng = random.Random(7)
    for i in range(100):
        yield f"bench/{i}", bench_article(rng), "", date(2026, 1, 1)
    rng = random.Random(11)
    for i in range(200 if lines else 0):
        picked = [rng.choice(lines) for _ in range(rng.randint(3, 14))]
        sep = rng.choice(["\n", "\n\n", " "])
        yield f"stitched/{i}", sep.join(picked), "", SEED_TODAY + timedelta(days=rng.randint(-900, 900))


def _digest(text: str, source: str, today: date) -> str:
    return hashlib.sha256(f"{today.isoformat()}\0{source}\0{text}".encode()).hexdigest()[:16]


def run() -> dict[str, tuple[str, str]]:
    """key -> (input digest, Briefing JSON) for every input."""
    out: dict[str, tuple[str, str]] = {}
    for key, text, source, today in inputs():
        briefing = extract(text, source=source, today=today)
        out[key] = (_digest(text, source, today), briefing.model_dump_json())
    return out


def write(path: Path) -> int:
    """Record a snapshot."""
    got = run()
    with path.open("w", encoding="utf-8") as f:
        for key, (digest, body) in got.items():
            f.write(json.dumps({"key": key, "in": digest, "out": body}) + "\n")
    print(f"wrote {len(got)} briefings to {path}")
    return 0


def check(path: Path) -> int:
    """Re-run and compare with a recorded snapshot; exit status 1 on any difference."""
    old: dict[str, tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        old[rec["key"]] = (rec["in"], rec["out"])
    got = run()
    same = differ = skipped = 0
    for key, (digest, body) in got.items():
        if key not in old or old[key][0] != digest:
            skipped += 1
            print(f"skipped (new or changed input): {key}")
            continue
        if old[key][1] == body:
            same += 1
            continue
        differ += 1
        a, b = old[key][1], body
        k = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
        print(f"DIFFERS: {key} at char {k}:")
        print(f"  was {a[max(0, k - 80) : k + 120]!r}\n  now {b[max(0, k - 80) : k + 120]!r}")
    missing = len(set(old) - set(got))
    print(f"identical {same}, differ {differ}, skipped {skipped}, missing {missing}")
    return 1 if differ else 0


def main(argv: list[str]) -> int:
    """`write [FILE]` or `check [FILE]`."""
    if not argv or argv[0] not in ("write", "check"):
        print("usage: python -m bench.extract_snapshot write|check [FILE]")
        return 2
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    return write(path) if argv[0] == "write" else check(path)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
