"""Open the SQLAlchemy engine for a database URL: SQLite (file or memory) or PostgreSQL, with clear errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, make_url
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from briefings import schema as t
from briefings.batch import StoreError, reason


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
        t.configure_sqlite(engine)
    return engine
