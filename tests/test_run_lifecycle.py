"""`briefbot run` starts and stops cleanly: bad reminder settings fail early, SIGTERM is a clean stop."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def bot_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment of a console bot on a fresh SQLite file, with no chat tokens."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "BRIEFBOT_DATABASE_URL": f"sqlite:///{tmp_path / 'bot.db'}",
        "BRIEFBOT_LOG_LEVEL": "INFO",
        **extra,
    }
    for name in ("DISCORD_TOKEN", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"):
        env.pop(name, None)
    return env


def test_a_bad_reminder_setting_is_one_line_naming_it_and_exit_2(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        input="/help\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=bot_env(tmp_path, BRIEFBOT_REMINDER_LEADS="soon"),
        timeout=60,
    )
    assert done.returncode == 2
    assert "BRIEFBOT_REMINDER_LEADS" in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""  # nothing was answered: it failed before the console started


def test_sigterm_stops_the_bot_cleanly(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        stdin=subprocess.PIPE,  # kept open: the console waits for input until the signal
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env=bot_env(tmp_path),
    )
    try:
        deadline = time.monotonic() + 30
        started = False
        assert proc.stderr is not None
        while time.monotonic() < deadline and not started:
            line = proc.stderr.readline()
            started = "reminders:" in line or "console adapter started" in line
        assert started, "the bot did not start"
        time.sleep(0.3)
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "stopped" in err
    assert "Traceback" not in err


def test_a_reader_that_goes_away_stops_the_console_without_a_traceback(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env=bot_env(tmp_path),
    )
    assert proc.stdout is not None
    proc.stdout.close()  # like `briefbot run | head` once head has had enough
    _out, err = proc.communicate(input="/help\n/help\n", timeout=60)
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    assert "BrokenPipeError" not in err
