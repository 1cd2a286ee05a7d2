"""The extractor compiled with mypyc: built by `make install`, used only when built from these very sources.

The extractor is plain Python. mypyc (part of mypy, already a dev dependency) compiles the same typed
modules to C, which runs them about a third faster with identical output. The compiled modules live
in `briefings/_compiled/`, never beside the sources, and are put ahead of them on the package path only
when the stamp written at build time matches the fingerprint of the sources now on disk, so an edited
extractor is never shadowed by a stale build: it simply runs as Python until the next build.
`BRIEFBOT_PURE_PYTHON=1` turns the compiled copy off.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

PACKAGE_ROOT = Path(__file__).resolve().parent
EXTRACT_DIR = PACKAGE_ROOT / "extract"
COMPILED_DIR = PACKAGE_ROOT / "_compiled"
STAMP = "STAMP"
PURE_ENV = "BRIEFBOT_PURE_PYTHON"
OPT_ENV = "BRIEFBOT_MYPYC_OPT"  # the C optimisation level of a build ("3" unless set)
# the package's __init__ stays Python: it runs first and decides which copy the submodules come from
NOT_COMPILED = frozenset({"__init__.py"})


@functools.cache
def extractor_fingerprint() -> str:
    """A digest of the extraction code (briefings/extract/*.py, and the models it builds), read once."""
    digest = hashlib.sha256()
    for path in [*sorted(EXTRACT_DIR.rglob("*.py")), PACKAGE_ROOT / "models.py"]:
        digest.update(path.relative_to(PACKAGE_ROOT).as_posix().encode() + b"\x00" + path.read_bytes())
    return digest.hexdigest()[:16]


def build_stamp() -> str:
    """What a build must have been made from: the sources' fingerprint and this interpreter's ABI."""
    return f"{extractor_fingerprint()} {sys.implementation.cache_tag}"


def use_compiled(package_path: list[str], compiled_dir: Path = COMPILED_DIR) -> bool:
    """Put a matching compiled build ahead of the sources on `package_path`; False when there is none."""
    if os.environ.get(PURE_ENV, "") not in ("", "0"):
        return False
    try:
        stamp = (compiled_dir / STAMP).read_text(encoding="ascii").strip()
    except OSError:
        return False
    if stamp != build_stamp():
        return False
    # each compiled module loads the group's shared library as a top-level module
    if str(compiled_dir) not in sys.path:
        sys.path.append(str(compiled_dir))
    package_path.insert(0, str(compiled_dir / "briefings" / "extract"))
    return True


def is_compiled() -> bool:
    """True when this process runs the compiled extractor."""
    import briefings.extract.tokens as probe  # any compiled module will do

    return not probe.__file__ or not probe.__file__.endswith(".py")


@contextlib.contextmanager
def _parallel_c_compile(jobs: int) -> Iterator[None]:
    """Compile one extension's C files `jobs` at a time while the block runs."""
    # Written by hand: distutils runs `build_ext --parallel` across extensions only, and mypyc makes one
    # extension of many C files, so they compiled one by one (half the machine idle for minutes).
    from setuptools._distutils import ccompiler

    original = ccompiler.CCompiler.compile

    def compile_all(
        self: Any,
        sources: list[str],
        output_dir: str | None = None,
        macros: Any = None,
        include_dirs: Any = None,
        debug: bool = False,
        extra_preargs: Any = None,
        extra_postargs: Any = None,
        depends: Any = None,
    ) -> list[str]:
        macros, objects, extra_postargs, pp_opts, build = self._setup_compile(
            output_dir, macros, include_dirs, sources, depends, extra_postargs
        )
        cc_args = self._get_cc_args(pp_opts, debug, extra_preargs)
        todo = [(obj, *build[obj]) for obj in objects if obj in build]
        with ThreadPoolExecutor(jobs) as pool:  # each job runs the C compiler as a subprocess
            for _ in pool.map(lambda job: self._compile(*job, cc_args, extra_postargs, pp_opts), todo):
                pass
        return list(objects)

    ccompiler.CCompiler.compile = compile_all
    try:
        yield
    finally:
        ccompiler.CCompiler.compile = original


def build(compiled_dir: Path = COMPILED_DIR, *, jobs: int = 2) -> Path:
    """Compile the extractor with mypyc into `compiled_dir` (replacing what was there); returns it."""
    from mypyc.build import mypycify  # a dev dependency: only builds need it
    from setuptools import setup

    stamp = build_stamp()
    with tempfile.TemporaryDirectory(prefix="briefbot-mypyc-") as tmp:
        work = Path(tmp)
        # compile a copy, so that nothing is ever written beside the sources
        shutil.copytree(
            PACKAGE_ROOT, work / "briefings", ignore=shutil.ignore_patterns("_compiled", "__pycache__")
        )
        sources = sorted(
            p.relative_to(work).as_posix()
            for p in (work / "briefings" / "extract").glob("*.py")
            if p.name not in NOT_COMPILED
        )
        # read by mypyc from the working directory
        config = "[mypy]\npython_version = 3.11\nignore_missing_imports = True\n"
        (work / "mypy.ini").write_text(config, encoding="ascii")
        cwd = os.getcwd()
        os.chdir(work)
        try:
            # CI sets a lower level: the C compile takes minutes at 3, and the output is the same at any level
            modules = mypycify(sources, opt_level=os.environ.get(OPT_ENV, "3"), multi_file=True)
            with _parallel_c_compile(jobs):
                setup(
                    name="briefbot-extract-compiled",
                    ext_modules=modules,
                    script_args=["--quiet", "build_ext", "--inplace", f"--parallel={jobs}"],
                )
        finally:
            os.chdir(cwd)
        staging = Path(tempfile.mkdtemp(prefix="_compiled-", dir=compiled_dir.parent))
        (staging / "briefings" / "extract").mkdir(parents=True)
        for lib in work.glob("*.so"):  # the group's shared library
            shutil.copy2(lib, staging / lib.name)
        for lib in (work / "briefings" / "extract").glob("*.so"):
            shutil.copy2(lib, staging / "briefings" / "extract" / lib.name)
        (staging / STAMP).write_text(stamp + "\n", encoding="ascii")
    shutil.rmtree(compiled_dir, ignore_errors=True)
    staging.rename(compiled_dir)
    return compiled_dir


def main() -> None:
    """`python -m briefings.compiled [build|status]`."""
    command = sys.argv[1] if len(sys.argv) > 1 else "status"
    if command == "build":
        stamp = COMPILED_DIR / STAMP
        if stamp.is_file() and stamp.read_text(encoding="ascii").strip() == build_stamp():
            stamp.touch()  # newer than the sources again, for make
            print(f"compiled extractor is up to date ({COMPILED_DIR})")
            return
        print("compiling the extractor with mypyc (a minute or two) ...", flush=True)
        print(f"compiled extractor built in {build()}")
    elif command == "status":
        print("extractor: compiled (mypyc)" if is_compiled() else "extractor: pure Python")
    else:
        raise SystemExit(f"unknown command {command!r}: use build or status")


if __name__ == "__main__":
    main()
