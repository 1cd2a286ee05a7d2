"""How a command is declared once: the Discord tree, the Slack manifest and `/help` come from this."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from bot.reply import Context, Reply

if TYPE_CHECKING:
    from bot.settings import Settings
    from briefings.store import Store

OptionType = Literal["string", "integer", "boolean"]
AutocompleteSource = Literal["person", "event", "briefing"]


@dataclass(frozen=True)
class Option:
    """One option of a slash command."""

    name: str
    description: str
    type: OptionType = "string"
    required: bool = False
    autocomplete: AutocompleteSource | None = None
    max_length: int | None = 200


@dataclass
class Deps:
    """What command handlers need, injected (no globals): the store, the clock, settings, reminders."""

    store: Store
    settings: Settings
    now: Callable[[], datetime]
    reminders: Any = None  # bot.reminders service when the scheduler runs


Handler = Callable[[Deps, dict[str, Any], Context], Awaitable[Reply]]


@dataclass(frozen=True)
class CommandSpec:
    """A slash command: name, description, options and the handler that answers it."""

    name: str
    description: str
    handler: Handler
    options: tuple[Option, ...] = field(default_factory=tuple)
    usage: str = ""  # e.g. "/who NAME"; shown by /help

    @property
    def all_options(self) -> tuple[Option, ...]:
        """The declared options plus the `private` option every command has."""
        return (*self.options, PRIVATE_OPTION)


PRIVATE_OPTION = Option(
    name="private", description="Only you see the answer", type="boolean", required=False, max_length=None
)
