"""Files to stored briefings: read safely, extract, store each file in its own transaction.

Bad input never stops the batch: each bad file becomes one `IngestError` line ("PATH: reason") and the
good files still go in. Encoding policy: articles must be UTF-8 (a byte-order mark is fine); a file that
is not valid UTF-8 is refused with the offset of the first bad byte rather than stored with replacement
characters, because mangled names would then be matched, cited and reminded about.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import briefings.extract as extract_package
from briefings.extract import extract
from briefings.models import Briefing, IngestOutcome
from briefings.store import Store, StoreError

TEXT_SUFFIXES = (".txt", ".md")
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
# share of control characters (other than tab, newline, carriage return, form feed) that makes a file binary
BINARY_SHARE = 0.05
# control characters other than tab, newline, carriage return, form feed and vertical tab (and, in
# decoded text, the replacement character)
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f]")
_BINARY_CHARS = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")


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


def read_article(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The text of one article file; raises IngestError saying why it cannot be used."""
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
        with open(path, "rb") as fh:
            raw = fh.read(max_bytes + 1)
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
    if _looks_binary(text[:4096]):
        raise IngestError(path, "binary file (mostly control characters), not a text article")
    return text


def content_hash(text: str, published: date | None) -> str:
    """sha256 of the text, the published date and the extractor's code: any of them new is new content.

    The extractor's fingerprint makes re-ingesting after an upgrade replace the facts an older
    extractor found, instead of reporting the file "unchanged".
    """
    digest = hashlib.sha256(text.encode("utf-8"))
    digest.update(b"\x00" + (published.isoformat() if published else "").encode("ascii"))
    digest.update(b"\x00" + extractor_fingerprint().encode("ascii"))
    return digest.hexdigest()


@functools.cache
def extractor_fingerprint() -> str:
    """A digest of the extraction code (briefings/extract/*.py), read once per process."""
    root = Path(extract_package.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode() + b"\x00" + path.read_bytes())
    return digest.hexdigest()[:16]


def source_name(path: Path, cwd: str | None = None) -> str:
    """A stable source key: relative to the working directory when inside it, else absolute.

    `cwd` is the resolved working directory (os.path.realpath(os.getcwd())), when the caller has it.
    """
    resolved = os.path.realpath(path)
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


def ingest_file(
    store: Store, path: Path, *, published: date | None, today: date, max_bytes: int, cwd: str | None = None
) -> IngestOutcome:
    """Read, extract and store one file in one transaction; raises IngestError."""
    text = read_article(path, max_bytes)
    source = source_name(path, cwd)
    try:
        briefing = extract(text, source=source, published=published, today=today)
    except Exception as exc:  # an extractor bug must not stop the other files
        raise IngestError(path, f"could not be parsed: {type(exc).__name__}: {exc}") from None
    briefing.source = source
    _mark_missing(briefing)
    try:
        return store.ingest(briefing, content_hash(text, published))
    except StoreError as exc:
        raise IngestError(path, f"not stored: {exc}") from None


def ingest_paths(
    store: Store,
    paths: list[Path],
    *,
    published: date | None,
    today: date,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_file: Callable[[Path], None] | None = None,
) -> IngestReport:
    """Ingest files and directories; each file in its own transaction, bad ones reported, not fatal."""
    files, errors = expand(paths)
    report = IngestReport(errors=errors)
    cwd = os.path.realpath(os.getcwd())  # once per run, not once per file
    for path in files:
        try:
            report.outcomes.append(
                ingest_file(store, path, published=published, today=today, max_bytes=max_bytes, cwd=cwd)
            )
        except IngestError as exc:
            report.errors.append(exc)
        finally:
            if on_file is not None:
                on_file(path)
    return report


__all__ = ["DEFAULT_MAX_BYTES", "IngestError", "IngestReport", "content_hash", "ingest_paths", "read_article"]
