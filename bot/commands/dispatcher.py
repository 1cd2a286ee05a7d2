"""Running a command by name: option checks, the `private` flag, and never raising at the caller."""

from __future__ import annotations

import logging
from typing import Any

from bot.commands.help import usage
from bot.commands.registry import COMMANDS
from bot.commands.spec import CommandSpec, Deps, Option
from bot.reply import Context, Reply, error

log = logging.getLogger(__name__)

MAX_COMPLETIONS = 25
TRUE_WORDS = {"true", "yes", "y", "1", "on", "private"}
FALSE_WORDS = {"false", "no", "n", "0", "off", ""}


class UsageError(Exception):
    """A user's mistake in calling a command; its message is the one-line answer."""


def find(name: str) -> CommandSpec | None:
    """The command called `name` ('who' or '/who', any case), or None."""
    key = name.strip().lstrip("/").lower()
    return next((c for c in COMMANDS if c.name == key), None)


def _convert(spec: CommandSpec, opt: Option, value: Any) -> Any:
    """One option value checked and converted to its declared type; None when empty."""
    if opt.type == "boolean":
        if isinstance(value, bool):
            return value
        word = str(value).strip().lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise UsageError(f"/{spec.name}: {opt.name} must be true or false, not '{value}'.")
    if opt.type == "integer":
        if isinstance(value, bool):
            raise UsageError(f"/{spec.name}: {opt.name} must be a whole number.")
        try:
            return int(str(value).strip())
        except ValueError:
            raise UsageError(f"/{spec.name}: {opt.name} must be a whole number, not '{value}'.") from None
    text = " ".join(str(value).split())
    if not text:
        return None
    if opt.max_length is not None and len(text) > opt.max_length:
        raise UsageError(f"/{spec.name}: {opt.name} is too long (at most {opt.max_length} characters).")
    return text


def validate(spec: CommandSpec, args: dict[str, Any]) -> dict[str, Any]:
    """Arguments checked against the declaration: known names, types, lengths, required options."""
    options = {o.name: o for o in spec.all_options}
    clean: dict[str, Any] = {}
    for key, value in args.items():
        opt = options.get(key)
        if opt is None:
            what = f"option '{key}'" if key != "text" else "text after the command"
            raise UsageError(f"/{spec.name} takes no {what}. Usage: {usage(spec)} (see /help {spec.name})")
        if value is None:
            continue
        converted = _convert(spec, opt, value)
        if converted is not None:
            clean[key] = converted
    for opt in spec.options:
        if opt.required and opt.name not in clean:
            raise UsageError(f"/{spec.name} needs {opt.name}. Usage: {usage(spec)}")
    return clean


async def dispatch(deps: Deps, name: str, args: dict[str, Any], ctx: Context) -> Reply:
    """Answer one command; user mistakes and unexpected failures both come back as error Replies."""
    spec = find(name)
    if spec is None:
        shown = name.strip().lstrip("/")[:50] or "(empty)"
        return error(f"Unknown command '/{shown}'. Try /help to see the commands.")
    try:
        clean = validate(spec, args)
        private = bool(clean.pop("private", False))
        reply = await spec.handler(deps, clean, ctx)
    except UsageError as exc:
        return error(str(exc))
    except Exception:
        log.exception("/%s failed (platform=%s, channel=%s)", spec.name, ctx.platform, ctx.channel_id)
        return error(f"Something went wrong answering /{spec.name}; the error was logged.")
    if private:
        reply.ephemeral = True
    return reply


async def complete(deps: Deps, source: str, prefix: str) -> list[str]:
    """Autocomplete choices (at most 25) for a person, event or briefing option."""
    method = {"person": "person_names", "event": "event_names", "briefing": "briefing_titles"}.get(source)
    if method is None:
        return []
    try:
        names = getattr(deps.store, method)(prefix.strip()[:100], limit=MAX_COMPLETIONS)
    except Exception:
        log.exception("autocomplete of %s failed", source)
        return []
    return list(dict.fromkeys(names))[:MAX_COMPLETIONS]
