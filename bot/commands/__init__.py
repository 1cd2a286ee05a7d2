"""The command set: declared once in `registry`, answered by one handler module per command.

Public surface (adapters use only this):
- COMMANDS: list[CommandSpec], in /help order
- find(name) -> CommandSpec | None
- async dispatch(deps, name, args, ctx) -> Reply   (validates args, never raises for user errors)
- async complete(deps, source, prefix) -> list[str]  (autocomplete, at most 25)
- parse_line("/who jane doe") -> (name, args)      (console and `briefbot ask`)
"""

from bot.commands.dispatcher import complete, dispatch, find
from bot.commands.parse import parse_line
from bot.commands.registry import COMMANDS

__all__ = ["COMMANDS", "complete", "dispatch", "find", "parse_line"]
