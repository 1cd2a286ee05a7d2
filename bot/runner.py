"""`briefbot run`: start the chosen chat adapters (and reminders when available) and wait for them."""

from __future__ import annotations

import asyncio
import gc
import importlib
import logging
import signal
from collections.abc import Coroutine
from typing import Any, TypeVar

from bot.adapters.base import Adapter
from bot.commands.spec import Deps
from bot.reminders import ReminderService
from bot.settings import Settings

log = logging.getLogger(__name__)

PLATFORMS = ("console", "discord", "slack")
ADAPTER_MODULES = {"discord": "bot.adapters.discord_app", "slack": "bot.adapters.slack_app"}


T = TypeVar("T")


class PlatformError(ValueError):
    """A platform cannot start for a reason the user can fix (unknown name, missing token)."""


def choose_platforms(settings: Settings, requested: list[str] | None) -> list[str]:
    """The platforms to run: those requested (deduplicated), else the ones Settings has tokens for."""
    chosen = [p.strip().lower() for p in requested or [] if p.strip()] or settings.platforms()
    for name in chosen:
        if name not in PLATFORMS:
            raise PlatformError(f"Unknown platform '{name}'; choose from {', '.join(PLATFORMS)}.")
    return list(dict.fromkeys(chosen))


def check_credentials(settings: Settings, platforms: list[str]) -> None:
    """Fail early, naming the variable, when a requested platform has no token."""
    if "discord" in platforms and not _secret(settings.discord_token):
        raise PlatformError("DISCORD_TOKEN is not set; it is needed to run on Discord.")
    if "slack" in platforms:
        if not _secret(settings.slack_bot_token):
            raise PlatformError("SLACK_BOT_TOKEN is not set; it is needed to run on Slack.")
        if not _secret(settings.slack_app_token) and not _secret(settings.slack_signing_secret):
            raise PlatformError(
                "Set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode) to run on Slack."
            )


def _secret(value: Any) -> str:
    """The text of a SecretStr (or '' when unset), never logged."""
    return value.get_secret_value().strip() if value is not None else ""


def create_adapter(name: str, deps: Deps) -> Adapter:
    """Build one adapter; chat SDKs are imported only when their platform is asked for."""
    if name == "console":
        from bot.adapters.console import create

        return create(deps)
    module = importlib.import_module(ADAPTER_MODULES[name])
    try:
        adapter: Adapter = module.create(deps)
    except ValueError as exc:  # the adapters raise a ValueError subclass for bad tokens
        raise PlatformError(str(exc)) from None
    return adapter


def _reminder_service(deps: Deps) -> ReminderService:
    """The reminder service; its settings are checked here, before any platform is connected."""
    try:
        return ReminderService(deps, sinks={})
    except ValueError as exc:  # ReminderConfigError: one line naming the variable
        raise PlatformError(str(exc)) from None


def _cancel_on_sigterm() -> None:
    """SIGTERM (docker stop, systemd) takes the same clean path as Ctrl-C: adapters closed, claims kept."""
    task = asyncio.current_task()
    if task is None:
        return
    try:
        asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, task.cancel)
    except (NotImplementedError, RuntimeError):  # no signal handlers on Windows or off the main thread
        log.debug("SIGTERM handler not installed")


def new_event_loop() -> asyncio.AbstractEventLoop:
    """uvloop's event loop when it is installed (cheaper sockets and callbacks), else asyncio's."""
    try:
        import uvloop
    except ImportError:
        return asyncio.new_event_loop()
    return uvloop.new_event_loop()


def serve(main: Coroutine[Any, Any, T]) -> T:
    """`asyncio.run(main)` on `new_event_loop()`: how `briefbot run` should run `run(...)`."""
    with asyncio.Runner(loop_factory=new_event_loop) as runner:
        return runner.run(main)


def warm_store(deps: Deps) -> None:
    """Build the store's in-memory name and event indexes now, not during the first user's command.

    They are built on first use (about 1.5 s with 10,000 briefings), which would block the event loop
    while interactions wait; a failure here is only logged, the first command then builds them.
    """
    try:
        deps.store.person_names("", limit=1)
        deps.store.event_names("", limit=1)
    except Exception as exc:
        log.warning("could not warm the store's indexes: %s", exc)


# CPython's 700 collects several times per chat interaction. 100 interactions in flight hold ~15,000
# young objects, all alive: a lower threshold walks them again and again mid-burst and frees nothing
# (answered interactions leave no cycles: see bot.adapters.discord_tree.release).
GC_YOUNG_THRESHOLD = 50_000


def settle_heap() -> None:
    """Take every object alive after start-up out of the cyclic garbage collector's walks.

    The store's indexes and the chat SDKs' state are hundreds of thousands of long-lived objects; each
    full collection would walk them all (~250 ms with 10,000 briefings) while interactions wait.
    Frozen objects are still freed by reference counting when dropped. Young collections are made
    rarer too: an answered interaction leaves no reference cycle, so there is little for them to find.
    """
    gc.collect()
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(GC_YOUNG_THRESHOLD, middle, old)


async def run(deps: Deps, platforms: list[str]) -> None:
    """Start every adapter and the reminders, return when all adapters have closed."""
    adapters = [create_adapter(name, deps) for name in platforms]
    reminders = _reminder_service(deps)
    reminders_started = False
    started: list[Adapter] = []
    _cancel_on_sigterm()
    warm_store(deps)
    try:
        for adapter in adapters:
            try:
                await adapter.start()
            except ValueError as exc:  # a token the platform rejects, an unreachable URL, a busy port
                raise PlatformError(str(exc)) from None
            started.append(adapter)
            reminders.attach(adapter)
            log.info("%s adapter started", adapter.name)
        await reminders.start()
        reminders_started = True
        settle_heap()
        await asyncio.gather(*(a.wait_closed() for a in started))
    finally:
        if reminders_started:
            try:
                await reminders.stop()
            except Exception:
                log.exception("stopping the reminders failed")
        for adapter in reversed(started):
            try:
                await adapter.close()
            except Exception:
                log.exception("closing the %s adapter failed", adapter.name)
