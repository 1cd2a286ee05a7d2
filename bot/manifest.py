"""The Slack app manifest, generated from the one command list (`briefbot slack-manifest`).

Paste its output into https://api.slack.com/apps → "Create New App" → "From an app manifest".
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from bot.commands.spec import PRIVATE_OPTION, CommandSpec, Option

if TYPE_CHECKING:
    from bot.settings import Settings

APP_NAME = "briefbot"
APP_DESCRIPTION = "Cited answers about the meetings, people and quotes in your news briefings, and reminders."
BOT_SCOPES = ("commands", "chat:write", "chat:write.public", "users:read")
FORMATS = ("json", "yaml")

# Slack's limits for manifest fields.
MAX_COMMAND_DESCRIPTION = 2000
MAX_USAGE_HINT = 1000
MAX_APP_DESCRIPTION = 140


class ManifestFormatError(ValueError):
    """An output format the manifest cannot be printed in; the message is one line."""


def usage_hint(spec: CommandSpec) -> str:
    """The usage hint Slack shows while typing: the free-text option first, `name:value` for the rest."""
    parts: list[str] = []
    free_text_taken = False
    for option in spec.all_options:
        if option is PRIVATE_OPTION or option.name == PRIVATE_OPTION.name:
            word = "private"
        elif option.type == "string" and not free_text_taken:
            free_text_taken = True
            word = option.name.upper()
        else:
            word = f"{option.name}:{_placeholder(option)}"
        parts.append(word if option.required else f"[{word}]")
    return " ".join(parts)[:MAX_USAGE_HINT]


def _placeholder(option: Option) -> str:
    """What to type for a `name:value` option."""
    return {"integer": "NUMBER", "boolean": "yes|no"}.get(option.type, option.name.upper())


def slash_command(spec: CommandSpec) -> dict[str, Any]:
    """One `features.slash_commands` entry; text arrives unescaped (should_escape false)."""
    entry: dict[str, Any] = {
        "command": f"/{spec.name}",
        "description": spec.description[:MAX_COMMAND_DESCRIPTION],
        "should_escape": False,
    }
    hint = usage_hint(spec)
    if hint:
        entry["usage_hint"] = hint
    return entry


def slack_manifest(
    commands: Sequence[CommandSpec], settings: Settings | None = None, *, name: str = APP_NAME
) -> dict[str, Any]:
    """The app manifest: slash commands from `commands`, bot scopes, Socket Mode, interactivity.

    Socket Mode is always on so no public URL is needed; `settings` is accepted so a deployment running
    in HTTP mode could add its request URL later without changing callers.
    """
    del settings  # every value comes from the command list today; kept for a stable signature
    return {
        "_metadata": {"major_version": 1, "minor_version": 1},
        "display_information": {"name": name, "description": APP_DESCRIPTION[:MAX_APP_DESCRIPTION]},
        "features": {
            "bot_user": {"display_name": name, "always_online": True},
            "slash_commands": [slash_command(spec) for spec in commands],
        },
        "oauth_config": {"scopes": {"bot": list(BOT_SCOPES)}},
        "settings": {
            "interactivity": {"is_enabled": True},
            "org_deploy_enabled": False,
            "socket_mode_enabled": True,
            "token_rotation_enabled": False,
        },
    }


def dumps(manifest: dict[str, Any], fmt: str = "json") -> str:
    """The manifest as JSON, or YAML when PyYAML is installed; other formats are a ManifestFormatError."""
    fmt = fmt.strip().lower()
    if fmt == "json":
        return json.dumps(manifest, indent=2, ensure_ascii=False)
    if fmt == "yaml":
        try:
            import yaml
        except ImportError as exc:
            raise ManifestFormatError(
                "--format yaml needs PyYAML, which is not installed; use --format json "
                "(Slack accepts JSON manifests)"
            ) from exc
        return str(yaml.safe_dump(manifest, sort_keys=False, allow_unicode=True))
    raise ManifestFormatError(f"Unknown manifest format {fmt!r}: use one of {', '.join(FORMATS)}")


def slack_manifest_command(fmt: str = "json") -> None:
    """Print the Slack app manifest (the `briefbot slack-manifest [--format json|yaml]` command)."""
    from bot.commands import COMMANDS

    print(dumps(slack_manifest(COMMANDS), fmt))
