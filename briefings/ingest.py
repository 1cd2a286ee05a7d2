"""Files to stored briefings: read safely, extract, store each file on its own (a savepoint in a batch).

Bad input never stops the batch: each bad file becomes one `IngestError` line ("PATH: reason") and the
good files still go in. Encoding policy: articles must be UTF-8 (a byte-order mark is fine); a file that
is not valid UTF-8 is refused with the offset of the first bad byte rather than stored with replacement
characters, because mangled names would then be matched, cited and reminded about.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Protocol

from briefings.compiled import extractor_fingerprint
from briefings.extract import extract
from briefings.models import Briefing, IngestOutcome
from briefings.store import Store, StoreError

# files written per transaction by ingest_paths (each in its own savepoint): a commit per file was a
# quarter of the write cost, and 64 files hold the write lock well under a second
BATCH_FILES = 64


class Writes(Protocol):
    """Something that stores one briefing: a Store (own transaction) or a BatchWriter (savepoint)."""

    def ingest(self, briefing: Briefing, content_hash: str) -> IngestOutcome:
        """Store one briefing."""
        ...


TEXT_SUFFIXES = (".txt", ".md")
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
# share of control characters (other than tab, newline, carriage return, form feed) that makes a file binary
BINARY_SHARE = 0.05
# control characters other than tab, newline, carriage return, form feed and vertical tab (and, in
# decoded text, the replacement character)
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f]")
_BINARY_CHARS = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20)])
_REPLACEMENT = "\ufffd".encode()


class IngestError(Exception):
    """One file (or path) that could not be ingested, and why: str(e) == "PATH: reason"."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass
class IngestReport:
    """What an ingest run did: one outcome per stored file, one error per bad path."""

    outcomes: list[IngestOutcome] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every path went in."""
        return not self.errors


def _looks_binary(sample: str | bytes) -> bool:
    """True when more than a few characters are control characters no article contains."""
    if not sample:
        return False
    # search (no list built) finds nothing in almost every article: count only when something is there
    if isinstance(sample, bytes):
        if _BINARY_BYTES.search(sample) is None:
            return False
        controls = len(_BINARY_BYTES.findall(sample))
    else:
        if _BINARY_CHARS.search(sample) is None:
            return False
        controls = len(_BINARY_CHARS.findall(sample))
    return controls > BINARY_SHARE * len(sample)


def _read_bytes(path: Path, size: int, max_bytes: int) -> bytes:
    """The file's bytes up to max_bytes + 1 (more means it grew past the limit after stat())."""
    # os.read sized by stat(): open()'s buffered reader would allocate max_bytes + 1 for every file
    fd = os.open(path, os.O_RDONLY)
    try:
        parts = [os.read(fd, min(size, max_bytes) + 1)]
        total = len(parts[0])
        while parts[-1] and total <= max_bytes:  # to end of file, as read(max_bytes + 1) would
            parts.append(os.read(fd, max_bytes + 1 - total))
            total += len(parts[-1])
    finally:
        os.close(fd)
    return parts[0] if len(parts) == 1 or not parts[1] else b"".join(parts)


def _read(path: Path, max_bytes: int) -> tuple[str, bytes]:
    """The text of one article file and its UTF-8 bytes (without a byte-order mark); IngestError if bad."""
    try:
        info = os.stat(path)  # one stat answers existence, kind and size (is_dir/is_file would stat again)
    except FileNotFoundError:
        raise IngestError(path, "no such file or directory") from None
    except OSError as exc:
        raise IngestError(path, f"cannot read: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise IngestError(path, "is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise IngestError(path, "not a regular file")
    size = info.st_size
    if size > max_bytes:
        raise IngestError(path, f"file is {size:,} bytes, over the {max_bytes:,}-byte limit")
    try:
        raw = _read_bytes(path, size, max_bytes)
    except OSError as exc:
        raise IngestError(path, f"cannot read: {exc.strerror or exc}") from None
    if len(raw) > max_bytes:  # the file grew after stat(), or is a device
        raise IngestError(path, f"file is over the {max_bytes:,}-byte limit")
    if b"\x00" in raw:
        raise IngestError(path, "binary file (contains NUL bytes), not a text article")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if _looks_binary(raw[:4096]):
            raise IngestError(path, "binary file, not a text article") from None
        bad = raw[exc.start]
        raise IngestError(
            path, f"not UTF-8 text (byte 0x{bad:02x} at offset {exc.start}); save it as UTF-8 and retry"
        ) from None
    if not text or text.isspace():  # as `not text.strip()`, without copying the text
        raise IngestError(path, "file is empty")
    # A control character or U+FFFD in valid UTF-8 is its own byte(s): a file with none of them (almost
    # every article) skips the per-character scan of _looks_binary.
    suspect = len(raw.translate(None, _CONTROL_BYTES)) != len(raw) or _REPLACEMENT in raw
    if suspect and _looks_binary(text[:4096]):
        raise IngestError(path, "binary file (mostly control characters), not a text article")
    return text, raw[3:] if raw.startswith(codecs.BOM_UTF8) else raw


def read_article(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The text of one article file; raises IngestError saying why it cannot be used."""
    return _read(path, max_bytes)[0]


def _digest(body: bytes, published: date | None) -> str:
    """content_hash of a text given as its UTF-8 bytes."""
    digest = hashlib.sha256(body)
    digest.update(b"\x00" + (published.isoformat() if published else "").encode("ascii"))
    digest.update(b"\x00" + extractor_fingerprint().encode("ascii"))
    return digest.hexdigest()


def content_hash(text: str, published: date | None) -> str:
    """sha256 of the text, the published date and the extractor's code: any of them new is new content.

    The extractor's fingerprint makes re-ingesting after an upgrade replace the facts an older
    extractor found, instead of reporting the file "unchanged".
    """
    return _digest(text.encode("utf-8"), published)


def _realpath(path: Path, folders: dict[str, str]) -> str:
    """os.path.realpath(path), with each folder's resolution (a stat per part of it) done once a run."""
    head, tail = os.path.split(path)
    if tail in ("", ".", ".."):
        return os.path.realpath(path)
    try:
        if stat.S_ISLNK(os.lstat(path).st_mode):
            return os.path.realpath(path)
    except OSError:
        return os.path.realpath(path)
    folder = folders.get(head)
    if folder is None:
        folder = folders[head] = os.path.realpath(head)
    return os.path.join(folder, tail)


def source_name(path: Path, cwd: str | None = None, folders: dict[str, str] | None = None) -> str:
    """A stable source key: relative to the working directory when inside it, else absolute.

    `cwd` is the resolved working directory (os.path.realpath(os.getcwd())), when the caller has it;
    `folders` caches resolved folders across the files of one run.
    """
    resolved = os.path.realpath(path) if folders is None else _realpath(path, folders)
    root = os.path.realpath(os.getcwd()) if cwd is None else cwd
    if resolved == root:
        return "."
    prefix = root if root.endswith(os.sep) else root + os.sep
    return resolved[len(prefix) :] if resolved.startswith(prefix) else resolved


def expand(paths: list[Path]) -> tuple[list[Path], list[IngestError]]:
    """Files to read (directories recursed for *.txt and *.md, sorted) and errors for unusable paths."""
    files: dict[Path, None] = {}
    errors: list[IngestError] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() in TEXT_SUFFIXES and p.is_file())
            if not found:
                errors.append(IngestError(path, "directory has no .txt or .md files"))
            files.update(dict.fromkeys(found))
        elif path.exists() or path.is_symlink():
            files[path] = None
        else:
            errors.append(IngestError(path, "no such file or directory"))
    return list(files), errors


def _mark_missing(briefing: Briefing) -> None:
    """Make the warnings say what the article lacks, whatever the extractor reported."""
    said = " ".join(briefing.warnings).casefold()
    dated = briefing.published is not None or any(e.date or e.start for e in briefing.events)
    if not dated and "no date" not in said:
        briefing.warnings.append("no date found")
    if not briefing.people and "no people" not in said:
        briefing.warnings.append("no people found")


def prepare_file(
    path: Path,
    *,
    published: date | None,
    today: date,
    max_bytes: int,
    cwd: str | None = None,
    folders: dict[str, str] | None = None,
) -> tuple[Briefing, str]:
    """Read and extract one file: its briefing and content hash; raises IngestError."""
    text, body = _read(path, max_bytes)
    source = source_name(path, cwd, folders)
    try:
        briefing = extract(text, source=source, published=published, today=today)
    except Exception as exc:  # an extractor bug must not stop the other files
        raise IngestError(path, f"could not be parsed: {type(exc).__name__}: {exc}") from None
    briefing.source = source
    _mark_missing(briefing)
    return briefing, _digest(body, published)


def store_prepared(store: Writes, path: Path, briefing: Briefing, digest: str) -> IngestOutcome:
    """Store one prepared briefing (alone: a failure stores nothing of it); raises IngestError."""
    try:
        return store.ingest(briefing, digest)
    except StoreError as exc:
        raise IngestError(path, f"not stored: {exc}") from None


def ingest_file(
    store: Writes, path: Path, *, published: date | None, today: date, max_bytes: int, cwd: str | None = None
) -> IngestOutcome:
    """Read, extract and store one file (alone: a failure stores nothing of it); raises IngestError."""
    briefing, digest = prepare_file(path, published=published, today=today, max_bytes=max_bytes, cwd=cwd)
    return store_prepared(store, path, briefing, digest)


def ingest_paths(
    store: Store,
    paths: list[Path],
    *,
    published: date | None,
    today: date,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_file: Callable[[Path], None] | None = None,
) -> IngestReport:
    """Ingest files and directories in batches; a bad file is reported and costs only itself.

    A batch's files are read and extracted first, then written in one transaction: the write lock is
    held only while writing, and the writes run back to back, their code and pages still in the CPU's
    caches (between two extractions a write cost twice its CPU time alone).
    """
    files, errors = expand(paths)
    report = IngestReport(errors=errors)
    cwd = os.path.realpath(os.getcwd())  # once per run, not once per file
    folders: dict[str, str] = {}
    for first in range(0, len(files), BATCH_FILES):
        chunk = files[first : first + BATCH_FILES]
        outcomes: list[IngestOutcome] = []
        chunk_errors: list[IngestError] = []
        prepared: list[tuple[Briefing, str] | IngestError] = []
        for path in chunk:
            try:
                prepared.append(
                    prepare_file(
                        path, published=published, today=today, max_bytes=max_bytes, cwd=cwd, folders=folders
                    )
                )
            except IngestError as exc:
                prepared.append(exc)
            finally:
                if on_file is not None:
                    on_file(path)
        try:
            with store.batch() as writer:
                for path, ready in zip(chunk, prepared, strict=True):
                    if isinstance(ready, IngestError):
                        chunk_errors.append(ready)
                        continue
                    try:
                        outcomes.append(store_prepared(writer, path, *ready))
                    except IngestError as exc:
                        chunk_errors.append(exc)
        except StoreError as exc:  # the commit failed: nothing of this batch was kept
            failed = {error.path for error in chunk_errors}
            chunk_errors += [IngestError(path, f"not stored: {exc}") for path in chunk if path not in failed]
            outcomes = []
        report.outcomes += outcomes
        report.errors += chunk_errors
    return report


__all__ = [
    "BATCH_FILES",
    "DEFAULT_MAX_BYTES",
    "IngestError",
    "IngestReport",
    "content_hash",
    "ingest_paths",
    "read_article",
]
