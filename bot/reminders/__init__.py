"""Reminders: every subscribed channel hears about every upcoming meeting, on time and exactly once.

Public surface: `ReminderService` (the runner starts it), `SinkError` (adapters raise it with an HTTP
status and retry-after), `parse_leads`/`ReminderConfigError`, and the CLI functions in `bot.reminders.cli`.
"""

from bot.reminders.leads import ReminderConfigError, parse_leads
from bot.reminders.service import ReminderService
from bot.reminders.sinks import SinkError

__all__ = ["ReminderConfigError", "ReminderService", "SinkError", "parse_leads"]
