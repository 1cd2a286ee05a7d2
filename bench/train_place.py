"""Train the main event's place ranker offline (not imported by the package).

Re-run (numpy and scipy come from a separate venv; the package's own dependencies from its venv):

    python3 -m venv /tmp/mlvenv && /tmp/mlvenv/bin/pip install numpy scipy
    cd <repo> && BRIEFBOT_PURE_PYTHON=1 \
      PYTHONPATH=.:/work/main/.venv/lib/python3.11/site-packages \
      /tmp/mlvenv/bin/python bench/train_place.py [--write]

It runs the extractor over tests/corpus*, gathers each text's candidates (briefings/extract/place_ranker.py),
labels the one whose name folds equal to the gold place ("no place" when gold has none), reports 5-fold
cross-validation grouped by set directory (all sets but the held-out ones), the held-out scores, and with
--write stores the weights trained on all but the held-out sets in briefings/extract/place_weights.py.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize

import briefings.extract as bx
from briefings.evaluate.gold import load_corpus
from briefings.evaluate.matching import fold
from briefings.extract import place_ranker as pr

ROOT = Path(__file__).resolve().parent.parent
HOLDOUT = ("corpus_holdout16a", "corpus_holdout16b", "corpus_holdout16c", "corpus_holdout16d")
CACHE = Path("/tmp/place_rows.pkl")

Row = dict[str, Any]
# features that tell what the cascade picked: its pick, its pick outside the gazetteer's, its "no place"
CASCADE_KEYS = {"is_cascade", "unlisted", "none_cascade"}


def gather() -> list[Row]:
    """One row per text: its set, candidates, the gold's index among them (None when missing), the cascade."""
    captured: dict[str, Any] = {}
    original = bx.build_main

    def spy(doc: Any, people: Any, ref: Any, dateline: Any, headline: Any, skip: set[int]) -> Any:
        main = original(doc, people, ref, dateline, headline, skip)
        captured.update(doc=doc, dateline=dateline, headline=headline, skip=skip, main=main)
        return main

    bx.build_main = spy  # type: ignore[assignment]
    rerank = pr.rerank
    pr.rerank = lambda *_args: None  # type: ignore[assignment]  # the cascade alone, unchanged by the ranker
    rows: list[Row] = []
    dirs = sorted(p for p in (ROOT / "tests").iterdir() if p.is_dir() and p.name.startswith("corpus"))
    for d in dirs:
        for item in load_corpus(d):
            captured.clear()
            t0 = time.perf_counter()
            got = bx.extract(item.text, source=item.name, published=None, today=item.gold.reference_date)
            t1 = time.perf_counter()
            gold = item.gold.main_event.place if item.gold.main_event else None
            ev = got.main_event
            cascade = ev.place if ev else None
            main = captured.get("main")
            cands: list[pr.Candidate] = []
            if main is not None:
                cands = candidates_of(captured, cascade)
            t2 = time.perf_counter()
            names = [fold(c.name) for c in cands]
            want = fold(gold or "")
            label = names.index(want) if want in names else None
            rows.append(
                dict(
                    set=d.name,
                    file=item.name,
                    gold=gold,
                    cascade=cascade,
                    cascade_ok=fold(cascade or "") == want,
                    cands=cands,
                    label=label,
                    has_main=main is not None,
                    t_extract=t1 - t0,
                    t_rank=t2 - t1,
                )
            )
    bx.build_main = original  # type: ignore[assignment]
    pr.rerank = rerank
    return rows


def candidates_of(cap: dict[str, Any], cascade: str | None) -> list[pr.Candidate]:
    """The ranker's candidates for a captured build_main call."""
    doc, main, skip = cap["doc"], cap["main"], cap["skip"]
    body = [x for x in doc.sentences if x.index not in skip]
    head = next((x for x in body[:6] if cap["headline"] and x.text.strip() == cap["headline"]), None)
    prefer = frozenset(c for x in body[:12] for c in bx.countries_in(doc, x))
    dm_start = main.event.evidence.start if main.event.date else None
    return pr.candidates(
        doc, body, main.sentence, dm_start, cap["dateline"], head, prefer, cascade, trip=main.trip
    )


def design(rows: list[Row], keys: list[str], use_cascade: bool) -> list[tuple[np.ndarray, int | None]]:
    """Per text: its candidates' feature matrix and gold index."""
    idx = {k: i for i, k in enumerate(keys)}
    out = []
    for r in rows:
        m = np.zeros((len(r["cands"]), len(keys)))
        for i, c in enumerate(r["cands"]):
            for k, v in c.features.items():
                if (use_cascade or k != "is_cascade") and k in idx:
                    m[i, idx[k]] = v
        out.append((m, r["label"]))
    return out


def fit(data: list[tuple[np.ndarray, int | None]], nfeat: int, l2: float) -> np.ndarray:
    """Conditional logit (softmax over each text's candidates) with an L2 penalty."""
    train = [(m, y) for m, y in data if y is not None and len(m) > 1]
    big = np.vstack([m for m, _ in train])
    bounds = np.cumsum([0] + [len(m) for m, _ in train])
    ys = np.array([b + y for b, (_, y) in zip(bounds[:-1], train, strict=True)])
    starts = bounds[:-1]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = big @ w
        mx = np.maximum.reduceat(z, starts)
        e = np.exp(z - np.repeat(mx, np.diff(bounds)))
        se = np.add.reduceat(e, starts)
        lse = mx + np.log(se)
        p = e / np.repeat(se, np.diff(bounds))
        val = float(np.sum(lse) - np.sum(z[ys])) + l2 * float(w @ w)
        g = big.T @ p - big[ys].sum(axis=0) + 2 * l2 * w
        return val, g

    res = minimize(loss, np.zeros(nfeat), jac=True, method="L-BFGS-B")
    return np.asarray(res.x)


Decide = Callable[[Row, np.ndarray], int]


def ranker_pick(_r: Row, s: np.ndarray) -> int:
    return int(np.argmax(s))


def accuracy(
    rows: list[Row], data: list[tuple[np.ndarray, int | None]], w: np.ndarray, decide: Decide
) -> int:
    """How many texts the decision gets right."""
    ok = 0
    for r, (m, y) in zip(rows, data, strict=True):
        if not r["cands"]:
            ok += r["cascade_ok"]
            continue
        ok += decide(r, m @ w) == y if y is not None else 0
    return ok


def cascade_index(r: Row) -> int:
    names = [fold(c.name) for c in r["cands"]]
    return names.index(fold(r["cascade"] or ""))


def margin_rule(t: float) -> Decide:
    """Override the cascade only when the ranker's top beats the cascade's pick by more than t."""

    def decide(r: Row, s: np.ndarray) -> int:
        ci = cascade_index(r)
        top = int(np.argmax(s))
        return top if s[top] - s[ci] > t else ci

    return decide


def fill_rule(t: float) -> Decide:
    """Keep the cascade's place; where it has none, the ranker's top if it beats "no place" by more than t."""

    def decide(r: Row, s: np.ndarray) -> int:
        ci = cascade_index(r)
        if r["cascade"]:
            return ci
        top = int(np.argmax(s))
        return top if s[top] - s[ci] > t else ci

    return decide


RULES: dict[str, Callable[[float], Decide]] = {"margin": margin_rule, "fill": fill_rule}
THRESHOLDS = [0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0]


def cross_validate(dev: list[Row], keys: list[str], l2: float) -> dict[str, int]:
    """5-fold CV grouped by set directory: right answers of the ranker, the cascade and each rule."""
    sets = sorted({r["set"] for r in dev})
    folds = [sets[i::5] for i in range(5)]
    tot = {"ranker": 0, "cascade": 0}
    for f in folds:
        tr = [r for r in dev if r["set"] not in f]
        te = [r for r in dev if r["set"] in f]
        w = fit(design(tr, keys, False), len(keys), l2)
        dte = design(te, keys, False)
        tot["ranker"] += accuracy(te, dte, w, ranker_pick)
        tot["cascade"] += sum(r["cascade_ok"] for r in te)
        for name, rule in RULES.items():
            for t in THRESHOLDS:
                tot[f"{name}{t}"] = tot.get(f"{name}{t}", 0) + accuracy(te, dte, w, rule(t))
    return tot


def write_weights(weights: dict[str, float], margin: float) -> None:
    """briefings/extract/place_weights.py: the weights as a Python literal (compiled with the extractor)."""
    rows = "".join(f'    "{k}": {v!r},\n' for k, v in sorted(weights.items()))
    body = (
        '"""The place ranker\'s learned weights, written by bench/train_place.py (not edited by hand)."""\n\n'
        f"MARGIN = {margin!r}  # how much surer than of the rules' place the ranker must be to override it\n"
        f"WEIGHTS: dict[str, float] = {{\n{rows}}}\n"
    )
    (ROOT / "briefings/extract/place_weights.py").write_text(body, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--regather", action="store_true")
    ap.add_argument("--holdout", action="store_true", help="also score the held-out sets (counts only)")
    ap.add_argument("--pure", action="store_true", help="no feature that tells what the cascade picked")
    ap.add_argument(
        "--margin",
        type=float,
        default=None,
        help="the override margin to store: one of the CV-best thresholds (default: the smallest of them)",
    )
    a = ap.parse_args()
    if CACHE.exists() and not a.regather:
        rows = pickle.loads(CACHE.read_bytes())
    else:
        rows = gather()
        CACHE.write_bytes(pickle.dumps(rows))
    dev = [r for r in rows if r["set"] not in HOLDOUT]
    hold = [r for r in rows if r["set"] in HOLDOUT]
    keys = sorted(
        {k for r in dev for c in r["cands"] for k in c.features} - (CASCADE_KEYS if a.pure else set())
    )
    print(f"texts {len(rows)} dev {len(dev)} holdout {len(hold)} features {len(keys)}")
    reach = sum(r["label"] is not None for r in dev)
    print(
        f"dev: gold among candidates {reach}/{len(dev)}; "
        f"cascade {sum(r['cascade_ok'] for r in dev)}/{len(dev)}"
    )
    t_ex = sum(r["t_extract"] for r in rows)
    t_rk = sum(r["t_rank"] for r in rows)
    print(f"time: extract {t_ex:.1f}s, candidates+features {t_rk:.2f}s ({100 * t_rk / t_ex:.2f}%)")
    best: tuple[int, float] | None = None
    cv: dict[float, dict[str, int]] = {}
    for l2 in (0.1, 1.0, 3.0):
        cv[l2] = tot = cross_validate(dev, keys, l2)
        print(f"CV l2={l2}: " + " ".join(f"{k}={v}" for k, v in tot.items()))
        if best is None or tot["ranker"] > best[0]:
            best = (tot["ranker"], l2)
    assert best is not None
    l2 = best[1]
    # each rule's threshold: the best CV score, the smallest threshold on ties (chosen on CV, not on holdout)
    chosen = {name: max(THRESHOLDS, key=lambda t, n=name: (cv[l2][f"{n}{t}"], -t)) for name in RULES}
    if a.margin is not None:
        assert cv[l2][f"margin{a.margin}"] == cv[l2][f"margin{chosen['margin']}"], "not a CV-best threshold"
        chosen["margin"] = a.margin
    print(f"chosen on CV: l2={l2} " + " ".join(f"{n}>{t}" for n, t in chosen.items()))
    w = fit(design(dev, keys, False), len(keys), l2)
    if a.holdout:
        dh = design(hold, keys, False)
        line = [
            f"cascade={sum(r['cascade_ok'] for r in hold)}",
            f"ranker={accuracy(hold, dh, w, ranker_pick)}",
        ]
        line += [f"{n}{t}={accuracy(hold, dh, w, RULES[n](t))}" for n, t in chosen.items()]
        print(f"holdout16 ({len(hold)} texts): " + " ".join(line))
    if a.write:
        weights = {k: round(float(v), 4) for k, v in zip(keys, w, strict=True) if abs(v) > 1e-4}
        write_weights(weights, chosen["margin"])
    sys.stdout.flush()


if __name__ == "__main__":
    main()
