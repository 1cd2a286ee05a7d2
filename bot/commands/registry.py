"""COMMANDS: every slash command, declared once, in /help order.

The Discord command tree, the Slack manifest and the console /help are generated from this list.
"""

from __future__ import annotations

import logging

from bot.commands.brief import brief
from bot.commands.help import help_command
from bot.commands.quotes import quotes
from bot.commands.search import search
from bot.commands.spec import CommandSpec, Option
from bot.commands.talks import talks
from bot.commands.topics import topics
from bot.commands.when import when
from bot.commands.who import who

log = logging.getLogger(__name__)

EVENT_OPTION = Option("event", "A meeting's name or place (default: the next one)", autocomplete="event")

COMMANDS: list[CommandSpec] = [
    CommandSpec(
        name="talks",
        description="The next upcoming meeting: when, where, who attends, side meetings and agenda",
        handler=talks,
        options=(EVENT_OPTION,),
        usage="/talks [event]",
    ),
    CommandSpec(
        name="who",
        description="A person: role, country, meetings they attend and their quotes",
        handler=who,
        options=(Option("name", "Full name, surname or given name", required=True, autocomplete="person"),),
        usage="/who NAME",
    ),
    CommandSpec(
        name="when",
        description="When a meeting happens, in the venue's timezone and your own, with a countdown",
        handler=when,
        options=(EVENT_OPTION,),
        usage="/when [event]",
    ),
    CommandSpec(
        name="topics",
        description="What is on a meeting's agenda, the threats named and background",
        handler=topics,
        options=(EVENT_OPTION,),
        usage="/topics [event]",
    ),
    CommandSpec(
        name="quotes",
        description="Quotes from one person, or the latest quotes of everyone",
        handler=quotes,
        options=(Option("person", "Whose quotes (default: everyone)", autocomplete="person"),),
        usage="/quotes [person]",
    ),
    CommandSpec(
        name="search",
        description="Full-text search over the briefings, best matches first, with their sources",
        handler=search,
        options=(Option("query", "Words to look for", required=True),),
        usage="/search QUERY",
    ),
    CommandSpec(
        name="brief",
        description="A short summary of one briefing (default: the latest) with its sources",
        handler=brief,
        options=(Option("briefing", "A briefing's title or file", autocomplete="briefing"),),
        usage="/brief [briefing]",
    ),
    CommandSpec(
        name="help",
        description="This list of commands",
        handler=help_command,
        options=(Option("command", "Show only this command", max_length=50),),
        usage="/help [command]",
    ),
]

try:  # the reminders helper's /remind, when that package is present
    from bot.commands.remind import REMIND_COMMAND
except ImportError as exc:  # only a missing module is expected; anything else is worth a warning
    level = logging.DEBUG if exc.name == "bot.commands.remind" else logging.WARNING
    log.log(level, "/remind is not registered: %s", exc)
else:
    COMMANDS.insert(len(COMMANDS) - 1, REMIND_COMMAND)
