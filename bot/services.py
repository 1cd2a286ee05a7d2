"""Building what commands need (Deps) from Settings: the store and the clock. Nothing at import time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from bot.commands.spec import Deps
from bot.settings import Settings
from briefings.store import Store


def utc_now() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(UTC)


def ensure_db_dir(url: str) -> None:
    """Create the parent directory of a SQLite database file (nothing for other databases)."""
    parsed = make_url(url)
    database = parsed.database
    if parsed.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return
    if not database.startswith("file:"):  # URI filenames name their own location
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)


def open_store(settings: Settings) -> Store:
    """The store at BRIEFBOT_DATABASE_URL with its tables created."""
    ensure_db_dir(settings.database_url)
    store = Store(settings.database_url)
    store.create_all()
    return store


def build_deps(
    settings: Settings, *, store: Store | None = None, now: Callable[[], datetime] | None = None
) -> Deps:
    """Deps for the command handlers: the given (or a newly opened) store, the clock and settings."""
    return Deps(store=store or open_store(settings), settings=settings, now=now or utc_now)
