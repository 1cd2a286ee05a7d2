"""The Slack app manifest is generated from the one command list."""

from __future__ import annotations

import json
import re
import sys

import pytest

from bot.commands import COMMANDS
from bot.commands.spec import CommandSpec, Option
from bot.manifest import (
    BOT_SCOPES,
    ManifestFormatError,
    dumps,
    slack_manifest,
    slack_manifest_command,
    usage_hint,
)
from bot.reply import Reply


async def _handler(*_: object) -> Reply:
    return Reply(title="x")


def test_every_command_is_a_slash_command_with_its_description() -> None:
    manifest = slack_manifest(COMMANDS)
    commands = manifest["features"]["slash_commands"]
    assert [c["command"] for c in commands] == [f"/{c.name}" for c in COMMANDS]
    for entry, spec in zip(commands, COMMANDS, strict=True):
        assert re.fullmatch(r"/[a-z0-9_-]{1,31}", entry["command"]), entry["command"]
        assert entry["description"] == spec.description
        assert entry["should_escape"] is False
        assert entry["usage_hint"].endswith("[private]")


def test_scopes_socket_mode_interactivity_and_name() -> None:
    manifest = slack_manifest(COMMANDS)
    assert manifest["oauth_config"]["scopes"]["bot"] == [
        "commands",
        "chat:write",
        "chat:write.public",
        "users:read",
    ]
    assert list(BOT_SCOPES) == manifest["oauth_config"]["scopes"]["bot"]
    assert manifest["settings"]["socket_mode_enabled"] is True
    assert manifest["settings"]["interactivity"]["is_enabled"] is True
    assert manifest["display_information"]["name"] == "briefbot"
    assert manifest["features"]["bot_user"]["display_name"] == "briefbot"
    assert len(manifest["display_information"]["description"]) <= 140


def test_usage_hint_follows_the_options() -> None:
    spec = CommandSpec(
        name="remind",
        description="d",
        handler=_handler,
        options=(
            Option("event", "which", required=True),
            Option("lead", "how long before"),
            Option("count", "how many", type="integer"),
            Option("on", "switch", type="boolean", required=True),
        ),
    )
    assert usage_hint(spec) == "EVENT [lead:LEAD] [count:NUMBER] on:yes|no [private]"
    who = next(c for c in COMMANDS if c.name == "who")
    assert usage_hint(who) == "NAME [private]"


def test_a_new_command_appears_without_touching_the_manifest_code() -> None:
    extra = CommandSpec(name="ping", description="Are you there?", handler=_handler)
    names = [c["command"] for c in slack_manifest([*COMMANDS, extra])["features"]["slash_commands"]]
    assert names[-1] == "/ping"


def test_json_output_round_trips(capsys: pytest.CaptureFixture[str]) -> None:
    slack_manifest_command("json")
    printed = json.loads(capsys.readouterr().out)
    assert printed == slack_manifest(COMMANDS)


def test_unknown_format_is_one_clear_line() -> None:
    with pytest.raises(ManifestFormatError, match=r"^Unknown manifest format 'toml': use one of json, yaml$"):
        dumps(slack_manifest(COMMANDS), "toml")


def test_yaml_without_pyyaml_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "yaml", None)  # as if PyYAML were not installed
    with pytest.raises(ManifestFormatError, match="--format yaml needs PyYAML"):
        dumps(slack_manifest(COMMANDS), "yaml")


def test_yaml_output_when_pyyaml_is_installed() -> None:
    yaml = pytest.importorskip("yaml", reason="PyYAML is not installed; --format yaml is then refused")
    text = dumps(slack_manifest(COMMANDS), "yaml")
    assert yaml.safe_load(text) == slack_manifest(COMMANDS)
