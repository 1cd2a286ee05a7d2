"""The console adapter: the default platform when no chat token is set (like Errbot's text backend).

Chat goes to stdout and nothing else does (logs go to stderr). With a terminal on stdin it is an
interactive prompt with history (prompt_toolkit); otherwise it reads commands line by line and stops at
the end of input, so `printf '/talks\\n' | briefbot run` answers and exits.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sys
from collections.abc import Awaitable, Callable
from datetime import tzinfo
from pathlib import Path
from typing import Any, TextIO

from bot.commands import dispatch, parse_line
from bot.commands.spec import Deps
from bot.render.text import render_text
from bot.reply import Context, Reply

log = logging.getLogger(__name__)

PROMPT = "briefbot> "
QUIT_WORDS = {"/quit", "/exit"}
HINT = "Commands start with '/'. Try /help to see them."


class ConsoleAdapter:
    """Reads commands from stdin, answers on stdout; `post` prints reminders the same way."""

    name = "console"

    def __init__(
        self,
        deps: Deps,
        *,
        stdin: TextIO | None = None,
        stdout: TextIO | None = None,
        interactive: bool | None = None,
        history_path: Path | None = None,
        tz: tzinfo | None = None,
        prompt_io: tuple[Any, Any] | None = None,
    ) -> None:
        self.deps = deps
        self.stdin = stdin or sys.stdin
        self._stdout = stdout  # None: whatever sys.stdout is at write time (prompt_toolkit patches it)
        self.interactive = self.stdin.isatty() if interactive is None else interactive
        self.history_path = history_path or Path("data") / "console_history"
        self.tz = tz
        self.prompt_io = prompt_io  # (prompt_toolkit Input, Output) for tests; None: the terminal
        self._task: asyncio.Task[None] | None = None
        self._closed = asyncio.Event()
        self._lock = asyncio.Lock()

    async def start(self) -> None:
        """Begin reading commands in the background."""
        reader = self._read_prompt if self.interactive else self._read_pipe
        self._task = asyncio.create_task(self._run(reader), name="console-reader")

    async def wait_closed(self) -> None:
        """Return at end of input, on /quit, or after close()."""
        await self._closed.wait()

    async def post(self, channel_id: str, reply: Reply) -> None:
        """Print a reply (reminders use this; the console has one channel)."""
        await self._write(reply)

    async def close(self) -> None:
        """Stop reading; pending output is flushed."""
        if self._task is not None and not self._task.done() and self._task is not asyncio.current_task():
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self._closed.set()

    async def handle_line(self, line: str) -> bool:
        """Answer one typed line; False when the user asked to quit."""
        text = line.strip()
        if not text:
            return True
        if text.lower() in QUIT_WORDS:
            return False
        if not text.startswith("/"):
            await self._write_text(HINT)
            return True
        name, args = parse_line(text)
        reply = await dispatch(self.deps, name, args, Context(platform="console"))
        await self._write(reply)
        return True

    async def _run(self, reader: Callable[[], Awaitable[None]]) -> None:
        """Run a reader and mark the adapter closed however it ends."""
        try:
            await reader()
        except Exception:
            log.exception("console reader failed")
        finally:
            self._closed.set()

    async def _read_pipe(self) -> None:
        """Commands from a pipe or file, one per line, until the end of input."""
        while True:
            line = await asyncio.to_thread(self.stdin.readline)
            if not line:
                return
            if not await self.handle_line(line):
                return

    async def _read_prompt(self) -> None:
        """An interactive prompt with history; Ctrl-D or Ctrl-C leaves."""
        from prompt_toolkit import PromptSession
        from prompt_toolkit.history import FileHistory
        from prompt_toolkit.patch_stdout import patch_stdout

        self.history_path.parent.mkdir(parents=True, exist_ok=True)
        pt_input, pt_output = self.prompt_io or (None, None)
        session: PromptSession[str] = PromptSession(
            history=FileHistory(str(self.history_path)), input=pt_input, output=pt_output
        )
        await self._write_text("briefbot console — type /help for the commands, /quit to leave.")
        with patch_stdout():
            while True:
                try:
                    line = await session.prompt_async(PROMPT)
                except (EOFError, KeyboardInterrupt):
                    return
                if not await self.handle_line(line):
                    return

    async def _write(self, reply: Reply) -> None:
        """Render a reply for this reader's timezone and print it as one block."""
        await self._write_text(render_text(reply, tz=self.tz, now=self.deps.now()))

    async def _write_text(self, text: str) -> None:
        """Print a block followed by a blank line, never interleaved with another block."""
        async with self._lock:
            out = self._stdout or sys.stdout
            try:
                out.write(text + "\n\n")
                out.flush()
            except BrokenPipeError:  # the reader went away (`briefbot run | head`): stop quietly
                log.info("stdout closed by the reader; stopping the console")
                if out is sys.stdout:  # so the interpreter's final flush does not fail again
                    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
                self._closed.set()


def create(deps: Deps, *, history_path: Path | None = None) -> ConsoleAdapter:
    """The console adapter on this process's stdin/stdout (same factory shape as the other adapters)."""
    return ConsoleAdapter(deps, history_path=history_path)
