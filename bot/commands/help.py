"""/help [command]: usage and description of every command, generated from the one command list."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from bot.commands.spec import CommandSpec, Deps
from bot.reply import Context, Field, Reply, error


def usage(spec: CommandSpec) -> str:
    """'/who NAME' — the declared usage, or one built from the options."""
    if spec.usage:
        return spec.usage
    parts = [f"/{spec.name}"]
    for opt in spec.options:
        parts.append(opt.name.upper() if opt.required else f"[{opt.name}]")
    return " ".join(parts)


def help_field(spec: CommandSpec) -> Field:
    """One command: usage as the name; description and options as the value."""
    rows = [spec.description]
    for opt in spec.all_options:
        need = "required" if opt.required else "optional"
        rows.append(f"  {opt.name} ({opt.type}, {need}): {opt.description}")
    return Field(usage(spec), ["\n".join(rows)])


@lru_cache(maxsize=64)  # bounded: unknown names typed by users land here too
def _fields(wanted: str) -> tuple[tuple[str, str], ...]:
    """(name, value) of the help fields for `wanted` ('' for every command), built once from COMMANDS."""
    from bot.commands.registry import COMMANDS  # the registry imports this module

    fields = (help_field(c) for c in COMMANDS if not wanted or c.name == wanted)
    return tuple((f.name, str(f.value[0])) for f in fields)


async def help_command(deps: Deps, args: dict[str, Any], ctx: Context) -> Reply:
    """Answer /help: every command, or the one named."""
    wanted = str(args.get("command") or "").strip().lstrip("/").lower()
    chosen = _fields(wanted)
    if not chosen:
        return error(f"Unknown command '/{wanted}'. Try /help to see the commands.")
    return Reply(
        title="Commands" if not wanted else f"/{wanted}",
        description=[
            "Ask about the meetings, people and topics in the stored news briefings. "
            "When typing a command, give options as name:value; end with private so only you see "
            "the answer."
        ],
        fields=[Field(name, [value]) for name, value in chosen],  # fresh: a Reply may be changed
        footer=None,
    )
