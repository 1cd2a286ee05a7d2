"""Layering: the knowledge and command layers never pull in a chat SDK."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SDKS = ("discord", "slack_bolt", "slack_sdk", "aiohttp")
NEUTRAL = ("briefings", "bot/commands", "bot/render/text.py", "bot/adapters/console.py", "bot/runner.py")


def test_importing_briefings_and_commands_loads_no_chat_sdk() -> None:
    code = (
        "import json, sys\n"
        "import briefings, briefings.store, briefings.ingest, briefings.extract\n"
        "import bot.commands, bot.render.text, bot.adapters.console, bot.runner, bot.services, bot.cli\n"
        f"print(json.dumps([m for m in {list(SDKS)!r} if m in sys.modules]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60, check=True
    )
    assert json.loads(done.stdout) == []


def test_no_neutral_module_imports_a_chat_sdk_or_the_adapters() -> None:
    offenders = []
    for entry in NEUTRAL:
        path = ROOT / entry
        files = [path] if path.is_file() else sorted(path.rglob("*.py"))
        for file in files:
            for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                for name in names:
                    top = name.split(".")[0]
                    if top in SDKS or (entry.startswith("briefings") and top == "bot"):
                        offenders.append(f"{file.relative_to(ROOT)}: {name}")
    assert offenders == []
