"""Ingest of files and directories: bad input is one line naming the file, and the store stays right."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from briefings import ingest, search, sink
from briefings.ingest import IngestError, IngestReport, content_hash, ingest_paths, read_article
from briefings.store import Store

from .conftest import SEED

TODAY = date(2024, 7, 1)
ARTICLE = (
    "Leaders to meet in Lisbon\n"
    "LISBON – Foreign Minister Ana Duarte will host her counterpart Piotr Nowak on September 3 "
    "to discuss fisheries and port security.\n"
)


def run(
    store: Store,
    *paths: Path,
    published: date | None = None,
    max_bytes: int = 5 * 1024 * 1024,
    seen: list[Path] | None = None,
) -> IngestReport:
    """ingest_paths with the test defaults."""
    return ingest_paths(
        store,
        list(paths),
        published=published,
        today=TODAY,
        max_bytes=max_bytes,
        on_file=seen.append if seen is not None else None,
    )


def only_error(report: IngestReport) -> str:
    """The single error line of a report that stored nothing."""
    assert not report.outcomes
    (error,) = report.errors
    line = str(error)
    assert "\n" not in line
    return line


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """tmp_path as the working directory (sources are stored relative to it)."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_error_lines_name_the_file_and_reason() -> None:
    err = IngestError(Path("a/b.txt"), "file is empty")
    assert str(err) == "a/b.txt: file is empty"
    assert (err.path, err.reason) == (Path("a/b.txt"), "file is empty")


def test_directory_ingest_is_idempotent_and_notices_edits(store: Store, workdir: Path) -> None:
    docs = workdir / "docs"
    (docs / "nested").mkdir(parents=True)
    (docs / "b.md").write_text(ARTICLE, encoding="utf-8")
    (docs / "nested" / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (docs / "notes.json").write_text("{}", encoding="utf-8")  # not an article: skipped
    seen: list[Path] = []
    report = run(store, docs, seen=seen)
    assert report.ok
    assert [o.status for o in report.outcomes] == ["added", "added"]
    assert [o.source for o in report.outcomes] == ["docs/b.md", "docs/nested/a.txt"]
    assert seen == [docs / "b.md", docs / "nested" / "a.txt"]
    assert store.counts()["briefings"] == 2

    assert [o.status for o in run(store, docs).outcomes] == ["unchanged", "unchanged"]
    # the same file named by its absolute path is the same source
    assert run(store, (docs / "b.md").resolve()).outcomes[0].status == "unchanged"
    (docs / "b.md").write_text(ARTICLE + "The talks were later postponed.\n", encoding="utf-8")
    assert [o.status for o in run(store, docs).outcomes] == ["replaced", "unchanged"]
    # a new published date changes how dates resolve: new content
    assert run(store, docs / "b.md", published=date(2024, 8, 1)).outcomes[0].status == "replaced"
    assert store.counts()["briefings"] == 2


def test_missing_path(store: Store, workdir: Path) -> None:
    line = only_error(run(store, workdir / "nope.txt"))
    assert line == f"{workdir / 'nope.txt'}: no such file or directory"
    assert store.counts()["briefings"] == 0


def test_directory_without_text_files(store: Store, workdir: Path) -> None:
    (workdir / "empty").mkdir()
    (workdir / "pics").mkdir()
    (workdir / "pics" / "cat.png").write_bytes(b"\x89PNG\r\n")
    report = run(store, workdir / "empty", workdir / "pics")
    assert [str(e) for e in report.errors] == [
        f"{workdir / 'empty'}: directory has no .txt or .md files",
        f"{workdir / 'pics'}: directory has no .txt or .md files",
    ]
    assert store.counts()["briefings"] == 0


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "file is empty"),
        (b"  \n\t\n   ", "file is empty"),
        (b"Title\n\x00\x01\x02binary\x00data", "binary file"),
        (bytes(range(1, 32)) * 20, "binary file"),
        ("Caf\u00e9 talks in Li\u00e8ge\n".encode("latin-1"), "not UTF-8 text (byte 0xe9 at offset 3)"),
    ],
    ids=["empty", "whitespace", "nul-bytes", "control-chars", "latin-1"],
)
def test_bad_files_are_one_line_and_store_nothing(
    store: Store, workdir: Path, content: bytes, reason: str
) -> None:
    bad = workdir / "bad.txt"
    bad.write_bytes(content)
    line = only_error(run(store, bad))
    assert line.startswith(f"{bad}: {reason}")
    assert store.counts()["briefings"] == 0
    with pytest.raises(IngestError):
        read_article(bad, 1000)


def test_file_over_the_size_limit(store: Store, workdir: Path) -> None:
    big = workdir / "big.txt"
    big.write_text(ARTICLE * 10, encoding="utf-8")
    line = only_error(run(store, big, max_bytes=100))
    assert line.startswith(f"{big}: file is ")
    assert "over the 100-byte limit" in line
    assert store.counts()["briefings"] == 0
    assert read_article(big, 10_000).startswith("Leaders")


def test_utf8_with_byte_order_mark_is_read(workdir: Path) -> None:
    f = workdir / "bom.txt"
    f.write_bytes("\ufeffTitle\nBody text.\n".encode())
    assert read_article(f, 1000) == "Title\nBody text.\n"


def test_article_without_date_or_people_is_stored_with_warnings(store: Store, workdir: Path) -> None:
    f = workdir / "vague.txt"
    f.write_text("Some thoughts on the weather\nIt rained a lot and the rivers are high.\n", encoding="utf-8")
    report = run(store, f)
    assert report.ok and report.outcomes[0].status == "added"
    (stored,) = store.briefings()
    joined = " ".join(stored.warnings)
    assert "no date" in joined
    assert "no people" in joined


def test_good_files_go_in_beside_bad_ones(store: Store, workdir: Path) -> None:
    d = workdir / "mixed"
    d.mkdir()
    (d / "1-good.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "2-empty.txt").write_text("", encoding="utf-8")
    (d / "3-binary.md").write_bytes(b"\x00\x00\x00")
    (d / "4-good.md").write_text(ARTICLE.replace("Lisbon", "Porto"), encoding="utf-8")
    seen: list[Path] = []
    report = run(store, d, workdir / "missing", seen=seen)
    assert not report.ok
    assert [o.source for o in report.outcomes] == ["mixed/1-good.txt", "mixed/4-good.md"]
    assert sorted(Path(e.path).name for e in report.errors) == ["2-empty.txt", "3-binary.md", "missing"]
    assert len(seen) == 4  # every file reported progress, good or bad
    assert store.counts()["briefings"] == 2


def patch_last_write(patch: pytest.MonkeyPatch, replacement: Callable[..., None]) -> None:
    """Replace the last statement of a briefing's write (after all its facts are written)."""
    patch.setattr(sink.SQLiteSink, "bump_revision", replacement)


def test_a_store_failure_mid_file_is_reported_and_rolled_back(
    store: Store, workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (workdir / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (workdir / "b.txt").write_text(ARTICLE.replace("Lisbon", "Porto"), encoding="utf-8")
    run(store, workdir / "a.txt")
    before = store.counts()

    def fail_for_b(self: object) -> None:
        raise RuntimeError("simulated crash after the facts were written")

    with monkeypatch.context() as patch:
        patch_last_write(patch, fail_for_b)
        report = run(store, workdir / "b.txt")
    line = only_error(report)
    assert line.startswith(f"{workdir / 'b.txt'}: not stored:")
    assert "simulated crash" in line
    assert store.counts() == before
    assert [b.source for b in store.briefings()] == ["a.txt"]
    assert store.search("Porto") == []


def test_a_store_failure_in_a_batch_costs_only_that_file(
    store: Store, workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    d = workdir / "batch"
    d.mkdir()
    for name, city in (("a", "Lisbon"), ("b", "Porto"), ("c", "Braga")):
        (d / f"{name}.txt").write_text(ARTICLE.replace("Lisbon", city), encoding="utf-8")
    calls: list[int] = []

    def fail_second(self: sink.SQLiteSink) -> None:
        calls.append(1)
        if len(calls) == 2:  # b.txt: its facts are written, then the write fails
            raise RuntimeError("simulated crash after the facts were written")
        self.cur.execute(sink.BUMP_REVISION)

    patch_last_write(monkeypatch, fail_second)
    report = run(store, d)
    assert [o.source for o in report.outcomes] == ["batch/a.txt", "batch/c.txt"]
    assert [str(e).split(": ")[0] for e in report.errors] == [str(d / "b.txt")]
    assert sorted(b.source for b in store.briefings()) == ["batch/a.txt", "batch/c.txt"]
    assert store.search("Porto") == []
    assert store.search("Braga") != []


def test_many_files_go_in_over_several_batches(
    store: Store, workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest, "BATCH_FILES", 2)
    d = workdir / "many"
    d.mkdir()
    cities = ["Lisbon", "Porto", "Braga", "Faro", "Evora"]
    for i, city in enumerate(cities):
        (d / f"{i}.txt").write_text(ARTICLE.replace("Lisbon", city), encoding="utf-8")
    (d / "5-empty.txt").write_text("", encoding="utf-8")
    report = run(store, d)
    assert len(report.outcomes) == 5 and len(report.errors) == 1
    assert store.counts()["briefings"] == 5
    assert all(store.search(city) for city in cities)
    assert {o.status for o in run(store, d).outcomes} == {"unchanged"}


def fts_intact(store: Store) -> None:
    """FTS5's own check that the full-text index matches the sentences table."""
    with store.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1)")


def test_a_file_replaced_twice_in_one_batch_keeps_the_index_right(store: Store, workdir: Path) -> None:
    a, b = workdir / "a.txt", workdir / "b.txt"
    a.write_text(ARTICLE, encoding="utf-8")
    run(store, a)
    b.write_text(ARTICLE.replace("Lisbon", "Braga"), encoding="utf-8")

    def put(writer: ingest.Writes, path: Path) -> str:
        return ingest.ingest_file(writer, path, published=None, today=TODAY, max_bytes=1 << 20).status

    # a batch indexes its sentences at its end; a replace inside it must index the pending ones first
    with store.batch() as writer:
        statuses = [put(writer, b)]
        a.write_text(ARTICLE.replace("Lisbon", "Porto"), encoding="utf-8")
        statuses.append(put(writer, a))
        a.write_text(ARTICLE.replace("Lisbon", "Faro"), encoding="utf-8")
        statuses.append(put(writer, a))
    assert statuses == ["added", "replaced", "replaced"]
    fts_intact(store)
    assert store.search("Porto") == [] and store.search("Faro") and store.search("Braga")


def test_a_failed_replace_in_a_batch_keeps_the_others_indexed(
    store: Store, workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    d = workdir / "batch"
    d.mkdir()
    (d / "b.txt").write_text(ARTICLE, encoding="utf-8")
    run(store, d)
    (d / "a.txt").write_text(ARTICLE.replace("Lisbon", "Faro"), encoding="utf-8")
    (d / "b.txt").write_text(ARTICLE.replace("Lisbon", "Porto"), encoding="utf-8")
    calls: list[int] = []

    def fail_second(self: sink.SQLiteSink) -> None:
        calls.append(1)
        if len(calls) == 2:  # b.txt, a replace: it indexed a.txt's sentences, then rolled back
            raise RuntimeError("simulated crash after the facts were written")
        self.cur.execute(sink.BUMP_REVISION)

    patch_last_write(monkeypatch, fail_second)
    report = run(store, d)
    assert [o.source for o in report.outcomes] == ["batch/a.txt"] and len(report.errors) == 1
    fts_intact(store)
    assert store.search("Faro") and store.search("Lisbon") and store.search("Porto") == []


def test_a_failure_indexing_the_batch_keeps_nothing(
    store: Store, workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    d = workdir / "batch"
    d.mkdir()
    for name, city in (("a", "Lisbon"), ("b", "Porto")):
        (d / f"{name}.txt").write_text(ARTICLE.replace("Lisbon", city), encoding="utf-8")

    def fail(self: search.DeferredIndex) -> None:
        raise RuntimeError("simulated full-text failure")

    monkeypatch.setattr(search.DeferredIndex, "flush", fail)
    report = run(store, d)
    assert not report.outcomes and len(report.errors) == 2
    assert all("simulated full-text failure" in str(e) for e in report.errors)
    assert store.counts()["briefings"] == 0


def test_content_hash_covers_text_and_published_date() -> None:
    assert content_hash("x", None) == content_hash("x", None)
    assert content_hash("x", None) != content_hash("y", None)
    assert content_hash("x", None) != content_hash("x", date(2024, 1, 1))
    assert len(content_hash("x", None)) == 64
