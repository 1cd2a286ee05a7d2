"""Build discord.py's app-command tree from the declared COMMANDS (no decorators, one Command per spec).

Each `CommandSpec` becomes an `app_commands.Command` whose callback has a generated signature: one
keyword parameter per `Option` (string / integer / boolean, required or defaulting to None, with its
description and max_length), so discord.py derives the same option payload a decorator would.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Optional

import discord
from discord import app_commands

from bot.commands.spec import CommandSpec, Option

# What the adapter provides: answer one invocation, and suggest values for an autocompleted option.
Invoke = Callable[[discord.Interaction, CommandSpec, dict[str, Any]], Awaitable[None]]
Suggest = Callable[[discord.Interaction, str, str], Awaitable[list[str]]]

MAX_CHOICES = 25
CHOICE_MAX = 100
DESCRIPTION_MAX = 100


def _annotation(option: Option) -> Any:
    """The type annotation discord.py turns into this option's type and limits."""
    base: Any
    if option.type == "integer":
        base = int
    elif option.type == "boolean":
        base = bool
    elif option.max_length is not None:
        base = app_commands.Range[str, None, option.max_length]
    else:
        base = str
    return base if option.required else Optional[base]  # noqa: UP045 - discord.py resolves typing.Optional


def _short(text: str, limit: int = DESCRIPTION_MAX) -> str:
    """A description within Discord's 1-100 characters."""
    text = " ".join(text.split()) or "…"
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def choices(values: Sequence[str]) -> list[app_commands.Choice[str]]:
    """At most 25 autocomplete choices, each name and value cut to Discord's 100 characters."""
    out: list[app_commands.Choice[str]] = []
    seen: set[str] = set()
    for value in values:
        name = _short(value, CHOICE_MAX)
        if not value.strip() or name in seen:
            continue
        seen.add(name)
        # The value goes back to the handler, which matches it again (cut values still match by prefix).
        out.append(app_commands.Choice(name=name, value=value[:CHOICE_MAX]))
        if len(out) == MAX_CHOICES:
            break
    return out


def release(interaction: discord.Interaction) -> None:
    """Break the Interaction <-> InteractionResponse cycle of an answered interaction.

    Without this every interaction (its payload, member, user, namespace: ~150 objects) stays alive
    until the cyclic collector runs, which then walks them all while interactions wait; with it,
    reference counting frees them at once. Only for interactions whose answer has been sent.
    """
    with contextlib.suppress(AttributeError):
        del interaction._cs_response  # type: ignore[attr-defined]


def make_command(spec: CommandSpec, invoke: Invoke, suggest: Suggest) -> app_commands.Command[Any, ..., Any]:
    """One app command for `spec`; its callback hands the interaction and options to `invoke`."""
    options = spec.all_options

    async def callback(interaction: discord.Interaction, **kwargs: Any) -> None:
        await invoke(interaction, spec, kwargs)

    first = inspect.Parameter(
        "interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=discord.Interaction
    )
    parameters = [first]
    ordered = sorted(options, key=lambda o: not o.required)  # Discord wants required options first
    for option in ordered:
        parameters.append(
            inspect.Parameter(
                option.name,
                inspect.Parameter.KEYWORD_ONLY,
                annotation=_annotation(option),
                default=inspect.Parameter.empty if option.required else None,
            )
        )
    callback.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    callback.__name__ = callback.__qualname__ = f"command_{spec.name}"
    callback.__discord_app_commands_param_description__ = {  # type: ignore[attr-defined]
        o.name: _short(o.description) for o in options
    }
    autocompleted: dict[str, Callable[..., Awaitable[list[app_commands.Choice[str]]]]] = {}
    for option in options:
        if option.autocomplete is not None and option.type == "string":
            autocompleted[option.name] = _autocomplete(option.autocomplete, suggest)
    if autocompleted:
        callback.__discord_app_commands_param_autocomplete__ = autocompleted  # type: ignore[attr-defined]
    return app_commands.Command(name=spec.name, description=_short(spec.description), callback=callback)


def _autocomplete(
    source: str, suggest: Suggest
) -> Callable[[discord.Interaction, str], Awaitable[list[app_commands.Choice[str]]]]:
    async def autocomplete(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return choices(await suggest(interaction, source, current or ""))

    autocomplete.__qualname__ = autocomplete.__name__ = f"autocomplete_{source}"
    return autocomplete


class ReleasingTree(app_commands.CommandTree[Any]):
    """A CommandTree that lets go of each interaction once it has been answered (see `release`)."""

    async def _call(self, interaction: discord.Interaction) -> None:
        await super()._call(interaction)
        if interaction.response.is_done():
            # The rest of this step (discord.py's completion event) may still look at the response.
            asyncio.get_running_loop().call_soon(release, interaction)


def build_tree(
    client: discord.Client, commands: Sequence[CommandSpec], invoke: Invoke, suggest: Suggest
) -> app_commands.CommandTree[Any]:
    """A CommandTree holding one global command per spec."""
    tree: app_commands.CommandTree[Any] = ReleasingTree(client)
    for spec in commands:
        tree.add_command(make_command(spec, invoke, suggest))
    return tree
