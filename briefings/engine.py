"""Open the SQLAlchemy engine for a database URL: SQLite (file or memory) or PostgreSQL, with clear errors."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Engine, create_engine, make_url
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from briefings import schema as t
from briefings.batch import StoreError, reason


def bind_none_directly() -> None:
    """Give sqlite3 an adapter for None, so a NULL parameter is bound without an exception.

    sqlite3 binds int, float and str as they are, but looks every other value up for an adapter; for None
    (about 56 per stored synthetic briefing) that lookup fails through a formatted AttributeError on its
    PrepareProtocol type before the value is bound as NULL anyway. `{}.get(None)` is None: the same NULL,
    by a registered adapter found in one dictionary lookup. It applies to the whole process's sqlite3,
    where it changes no value; registering it again is harmless.
    """
    sqlite3.register_adapter(type(None), cast("Callable[[None], None]", {}.get))


def open_engine(url: str) -> Engine:
    """An engine for `url`, its SQLite folder created and pragmas set; StoreError in one line otherwise."""
    try:
        parsed: URL = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"bad database URL {url!r}: {reason(exc)}") from None
    kwargs: dict[str, Any] = {}
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database in ("", ":memory:"):
            kwargs.update(poolclass=StaticPool, connect_args={"check_same_thread": False})
        else:
            kwargs["connect_args"] = {"check_same_thread": False}
            if not database.startswith("file:"):
                folder = Path(database).expanduser().parent
                try:
                    folder.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise StoreError(f"cannot create database folder {folder}: {exc.strerror}") from None
    else:
        kwargs["pool_pre_ping"] = True
    try:
        engine = create_engine(parsed, **kwargs)
    except (ArgumentError, ImportError, SQLAlchemyError) as exc:
        raise StoreError(f"cannot open database {parsed.render_as_string()}: {reason(exc)}") from None
    if engine.dialect.name == "sqlite":
        bind_none_directly()
        t.configure_sqlite(engine)
    return engine
