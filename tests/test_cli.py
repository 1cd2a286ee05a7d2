"""The `briefbot` command line: ingest, parse, ask and run, each failing in one clear line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from bot.cli import AppState, app
from briefings.models import Briefing
from briefings.store import Store
from tests.commands_fixtures import future_year, make_settings, moved

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "us-japan-2plus2.txt"
runner = CliRunner()


def invoke(db: Path, *args: str) -> Result:
    """Run the CLI in-process with settings pointing at `db`."""
    state = AppState(make_settings(f"sqlite:///{db}"))
    return runner.invoke(app, list(args), obj=state)


def test_ingest_reports_each_bad_file_in_one_line_and_exits_non_zero(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    db = tmp_path / "data" / "bot.db"
    result = invoke(db, "ingest", str(good), str(empty), str(tmp_path / "missing.txt"))
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2
    assert any(line.startswith(str(tmp_path / "missing.txt") + ":") for line in errors)
    assert any(line.startswith(str(empty) + ":") for line in errors)
    assert result.stdout.strip() == "1 added, 0 unchanged, 0 replaced, 2 failed"
    assert db.exists()  # the database's directory was created

    again = invoke(db, "ingest", str(good))
    assert again.exit_code == 0
    assert again.stdout.strip() == "0 added, 1 unchanged, 0 replaced, 0 failed"


def test_ingest_many_files_with_a_published_date(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(5):
        (folder / f"a{i}.txt").write_text(f"Ministers meet in Lima on March {i + 3}.\n", encoding="utf-8")
    result = invoke(tmp_path / "bot.db", "ingest", str(folder), "--published", "2025-02-01")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "5 added, 0 unchanged, 0 replaced, 0 failed"


def test_a_bad_published_date_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = invoke(tmp_path / "bot.db", "ingest", str(SEED), "--published", "2024-13-40")
    assert result.exit_code == 2
    expected = "--published: '2024-13-40' is not a date; use YYYY-MM-DD, e.g. 2024-07-20."
    assert result.stderr.strip() == expected
    assert not (tmp_path / "bot.db").exists()


def test_parse_json_prints_the_briefing_schema_and_stores_nothing(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    result = invoke(db, "parse", str(SEED), "--json", "--published", "2024-07-20")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    for key in ("title", "published", "reference_date", "people", "events", "quotes", "topics"):
        assert key in data
    assert "text" not in data and "sentences" not in data
    assert data["published"] == "2024-07-20"
    for person in data["people"]:
        assert {"name", "aliases", "role", "country", "evidence"} <= set(person)
    for event in data["events"]:
        assert {"name", "kind", "date", "start", "all_day", "timezone", "place", "participants"} <= set(event)
        assert {"parent", "year_assumed", "evidence"} <= set(event)
    assert not db.exists()


def test_parse_without_json_is_a_readable_summary(tmp_path: Path) -> None:
    result = invoke(tmp_path / "bot.db", "parse", str(SEED))
    assert result.exit_code == 0, result.output
    assert "People (" in result.stdout and "Events (" in result.stdout


def test_parse_a_bad_file_is_one_line(tmp_path: Path) -> None:
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    for path in (binary, tmp_path / "missing.txt"):
        result = invoke(tmp_path / "bot.db", "parse", str(path), "--json")
        assert result.exit_code == 1
        assert result.stderr.count("\n") == 1 and result.stderr.startswith(str(path) + ":")
        assert result.stdout == ""


def test_ask_prints_the_answer_and_exits_1_for_unknown_or_failed_commands(
    tmp_path: Path, seed_briefing: Briefing
) -> None:
    db = tmp_path / "bot.db"
    store = Store(f"sqlite:///{db}")
    store.create_all()
    store.ingest(moved(seed_briefing, future_year()), "h")
    store.close()
    found = invoke(db, "ask", "/who kamikawa")
    assert found.exit_code == 0, found.output
    assert found.stdout.startswith("Yoko Kamikawa\n")
    talks = invoke(db, "ask", "/talks")
    assert talks.exit_code == 0 and talks.stdout.startswith("US-Japan 2+2 security talks\n")
    unknown = invoke(db, "ask", "/frobnicate")
    assert unknown.exit_code == 1
    assert unknown.stderr.strip() == "Unknown command '/frobnicate'. Try: briefbot ask /help"
    nobody = invoke(db, "ask", "/who Qqqqqq")
    assert nobody.exit_code == 1
    assert nobody.stderr.strip().startswith("No one named 'Qqqqqq'")


def test_run_without_a_token_for_the_requested_platform_names_the_variable(tmp_path: Path) -> None:
    discord = invoke(tmp_path / "bot.db", "run", "--platform", "discord")
    assert discord.exit_code == 2
    assert discord.stderr.strip() == "DISCORD_TOKEN is not set; it is needed to run on Discord."
    slack = invoke(tmp_path / "bot.db", "run", "-p", "slack")
    assert slack.exit_code == 2 and "SLACK_BOT_TOKEN" in slack.stderr
    other = invoke(tmp_path / "bot.db", "run", "-p", "irc")
    assert other.exit_code == 2 and "Unknown platform 'irc'" in other.stderr


@pytest.mark.parametrize("command", [[], ["ingest"], ["parse"], ["ask"], ["run"]])
def test_every_command_has_help(tmp_path: Path, command: list[str]) -> None:
    result = invoke(tmp_path / "bot.db", *command, "--help")
    assert result.exit_code == 0
    assert "Usage" in result.stdout


@pytest.mark.slow
def test_a_malformed_setting_is_one_line_naming_the_variable(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "BRIEFBOT_MAX_FILE_BYTES": "-5"}
    done = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "/help"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.strip() == "BRIEFBOT_MAX_FILE_BYTES: Input should be greater than 0"


@pytest.mark.slow
def test_a_usage_mistake_is_one_line_not_a_box(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bot", "ingest"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr == "Missing argument 'paths'. (see: briefbot ingest --help)\n"
