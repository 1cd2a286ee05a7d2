"""The mypyc-compiled extractor: used only when built from the sources on disk, and it says the same."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from briefings import compiled
from briefings.extract import extract

CORPUS = Path(__file__).parent / "corpus"


def test_a_build_is_used_only_when_its_stamp_matches_the_sources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(compiled.PURE_ENV, raising=False)
    monkeypatch.setattr(sys, "path", list(sys.path))
    path: list[str] = ["sources"]
    assert not compiled.use_compiled(path, tmp_path)  # nothing built
    (tmp_path / compiled.STAMP).write_text("0123456789abcdef cpython-311\n", encoding="ascii")
    assert not compiled.use_compiled(path, tmp_path)  # built from other sources
    assert path == ["sources"]
    (tmp_path / compiled.STAMP).write_text(compiled.build_stamp() + "\n", encoding="ascii")
    monkeypatch.setenv(compiled.PURE_ENV, "1")
    assert not compiled.use_compiled(path, tmp_path)  # turned off
    monkeypatch.setenv(compiled.PURE_ENV, "0")
    assert compiled.use_compiled(path, tmp_path)
    assert path == [str(tmp_path / "briefings" / "extract"), "sources"]
    assert str(tmp_path) in sys.path


def test_the_fingerprint_follows_the_extractor_sources() -> None:
    stamp = compiled.build_stamp()
    assert stamp.split()[0] == compiled.extractor_fingerprint()
    assert stamp.split()[1] == sys.implementation.cache_tag


def _corpus_json() -> dict[str, str]:
    out = {}
    # every corpus set: a compiled-only difference showed first on a set other than tests/corpus
    for path in sorted(CORPUS.parent.glob("corpus*/*.txt")):
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        today = date.fromisoformat(gold["reference_date"])
        briefing = extract(path.read_text(encoding="utf-8"), source=path.name, published=None, today=today)
        out[f"{path.parent.name}/{path.name}"] = briefing.model_dump_json()
    return out


@pytest.mark.slow
def test_compiled_and_pure_extractors_give_identical_briefings() -> None:
    if not compiled.is_compiled():
        pytest.skip("the compiled extractor is not built for these sources (make install builds it)")
    script = (
        "import json, sys\n"
        "from tests.test_compiled import _corpus_json\n"
        "from briefings.compiled import is_compiled\n"
        "assert not is_compiled()\n"
        "json.dump(_corpus_json(), sys.stdout)\n"
    )
    env = {**os.environ, compiled.PURE_ENV: "1"}
    root = Path(__file__).parent.parent
    # the pure run goes on in its own process while this one extracts with the compiled build
    with subprocess.Popen(
        [sys.executable, "-c", script], cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    ) as child:
        built = _corpus_json()
        out, err = child.communicate()
    assert child.returncode == 0, err
    assert json.loads(out) == built
