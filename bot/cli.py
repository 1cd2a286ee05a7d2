"""The `briefbot` command line (typer): ingest, parse, ask and run.

Settings are built once in `main()` and handed to every sub-command through the click context.
Adding a sub-command is one line at the bottom: `app.command("name")(function)`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from pydantic import ValidationError
from rich.markup import escape
from typer.exceptions import TyperException

from bot.commands.spec import Deps
from bot.eval_cli import eval_command
from bot.reminders.cli import remind_due, reminders_list
from bot.settings import Settings
from briefings.models import Briefing

app = typer.Typer(
    name="briefbot",
    help="News briefings turned into cited answers and reminders in Discord, Slack and the console.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
log = logging.getLogger("bot.cli")


@dataclass
class AppState:
    """What every sub-command shares: the settings, and the Deps once a command needs the store."""

    settings: Settings
    deps: Deps | None = field(default=None)

    def open(self) -> Deps:
        """Deps with the store opened (the SQLite directory created); fails as one line, exit 2."""
        if self.deps is None:
            from bot.services import build_deps

            try:
                self.deps = build_deps(self.settings)
            except Exception as exc:  # a bad URL or an unreachable server is a user-fixable setting
                fail(f"Cannot open the database at BRIEFBOT_DATABASE_URL: {one_line(exc)}", code=2)
        return self.deps

    def close(self) -> None:
        """Close the store if it was opened."""
        if self.deps is not None:
            self.deps.store.close()
            self.deps = None


def one_line(exc: BaseException) -> str:
    """The first line of an exception's message."""
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def fail(message: str, *, code: int = 1) -> NoReturn:
    """Print one line to stderr and exit."""
    typer.echo(message, err=True)
    raise typer.Exit(code)


def state_of(ctx: typer.Context) -> AppState:
    """The shared state (built here when a test invokes `app` without main())."""
    if not isinstance(ctx.obj, AppState):
        ctx.obj = AppState(load_settings())
    return ctx.obj


def parse_date(value: str | None, option: str) -> date | None:
    """An ISO date, or one line and exit 2."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        fail(f"{option}: '{value}' is not a date; use YYYY-MM-DD, e.g. 2024-07-20.", code=2)


@app.command()
def ingest(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(help="Text or Markdown files, or directories of them")],
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date (YYYY-MM-DD) for dates without a year")
    ] = None,
) -> None:
    """Read articles into the store (idempotent: unchanged files are skipped)."""
    state = state_of(ctx)
    when = parse_date(published, "--published")
    deps = state.open()
    try:
        ok = run_ingest(deps, paths, published=when)
    finally:
        state.close()
    if not ok:
        raise typer.Exit(1)


@app.command()
def parse(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="One text or Markdown article")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the Briefing as JSON")] = False,
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date (YYYY-MM-DD)")
    ] = None,
) -> None:
    """Show what extraction finds in one article; nothing is stored."""
    settings = state_of(ctx).settings
    briefing = parse_file(file, published=parse_date(published, "--published"), settings=settings)
    print_briefing(briefing, as_json=as_json)


@app.command()
def ask(
    ctx: typer.Context,
    line: Annotated[str, typer.Argument(help='One command, e.g. "/who doe"')],
) -> None:
    """Run one command and print its answer (exit 1 for an unknown command or an error answer)."""
    from bot.commands import dispatch, find, parse_line
    from bot.render.text import render_text
    from bot.reply import Context

    name, args = parse_line(line if line.strip().startswith("/") else "/" + line.strip())
    if find(name) is None:
        fail(f"Unknown command '/{name}'. Try: briefbot ask /help")
    state = state_of(ctx)
    deps = state.open()
    try:
        reply = asyncio.run(dispatch(deps, name, args, Context(platform="cli", channel_id="cli")))
        text = render_text(reply, now=deps.now())
    finally:
        state.close()
    if reply.kind == "error":
        fail(text)
    typer.echo(text)


@app.command()
def run(
    ctx: typer.Context,
    platform: Annotated[
        list[str] | None,
        typer.Option("--platform", "-p", help="console, discord or slack (repeatable; default: configured)"),
    ] = None,
) -> None:
    """Run the bot on the configured chat platforms (the console when no token is set)."""
    from bot import runner

    state = state_of(ctx)
    try:
        platforms = runner.choose_platforms(state.settings, platform)
        runner.check_credentials(state.settings, platforms)
    except runner.PlatformError as exc:
        fail(str(exc), code=2)
    deps = state.open()
    try:
        runner.serve(runner.run(deps, platforms))
    except runner.PlatformError as exc:
        fail(str(exc), code=2)
    except (KeyboardInterrupt, asyncio.CancelledError):  # Ctrl-C or SIGTERM: a clean stop
        log.info("stopped")
    except Exception as exc:  # e.g. a platform unreachable at start; the traceback is at DEBUG level
        log.debug("run failed", exc_info=True)
        fail(f"briefbot run stopped: {one_line(exc)} (BRIEFBOT_LOG_LEVEL=DEBUG shows details)")
    finally:
        state.close()


# -- ingest and parse helpers -------------------------------------------------------------------

TEXT_SUFFIXES = (".txt", ".md")
PROGRESS_MIN_FILES = 4  # fewer files than this finish before a bar would help


def count_files(paths: list[Path]) -> int:
    """How many files an ingest of `paths` will read (directories: their *.txt and *.md)."""
    total = 0
    for path in paths:
        if path.is_dir():
            total += sum(1 for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
        else:
            total += 1
    return total


def run_ingest(deps: Deps, paths: list[Path], *, published: date | None) -> bool:
    """Ingest with a progress bar on stderr for many files, one line per error, then a summary."""
    from rich.console import Console
    from rich.progress import Progress

    from briefings.ingest import ingest_paths

    total = count_files(paths)
    errors_console = Console(stderr=True)
    today, limit = deps.now().date(), deps.settings.max_file_bytes
    try:
        if total >= PROGRESS_MIN_FILES:
            with Progress(console=errors_console, transient=True) as progress:
                task = progress.add_task("Ingesting", total=total)
                report = ingest_paths(
                    deps.store,
                    paths,
                    published=published,
                    today=today,
                    max_bytes=limit,
                    on_file=lambda _path: progress.advance(task),
                )
        else:
            report = ingest_paths(deps.store, paths, published=published, today=today, max_bytes=limit)
    except Exception as exc:  # the report carries per-file errors; anything else stops the whole run
        log.debug("ingest failed", exc_info=True)
        fail(f"Ingest failed: {one_line(exc)}")
    for error in report.errors:
        typer.echo(str(error), err=True)
    counts = {status: 0 for status in ("added", "unchanged", "replaced")}
    for outcome in report.outcomes:
        counts[outcome.status] = counts.get(outcome.status, 0) + 1
    summary = ", ".join(f"{n} {status}" for status, n in counts.items())
    typer.echo(f"{summary}, {len(report.errors)} failed")
    return not report.errors


def parse_file(path: Path, *, published: date | None, settings: Settings) -> Briefing:
    """Read and extract one article without storing it; a bad file is one line, exit 1."""
    from bot.services import utc_now
    from briefings.extract import extract
    from briefings.ingest import IngestError, read_article

    try:
        text = read_article(path, settings.max_file_bytes)
    except IngestError as exc:
        fail(str(exc))
    try:
        return extract(text, source=str(path), published=published, today=utc_now().date())
    except Exception as exc:
        log.debug("extraction failed", exc_info=True)
        fail(f"{path}: could not be parsed: {one_line(exc)}")


def briefing_json(briefing: Briefing) -> dict[str, object]:
    """The Briefing in the DESIGN.md schema: ISO dates, names for participants and speakers, no text."""
    return briefing.model_dump(mode="json", exclude={"text", "sentences"})


def print_briefing(briefing: Briefing, *, as_json: bool) -> None:
    """Print a parsed Briefing as JSON, or as a readable summary."""
    if as_json:
        typer.echo(json.dumps(briefing_json(briefing), ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    out = Console()
    out.print(f"[bold]{escape(briefing.title)}[/bold]")
    published = briefing.published.isoformat() if briefing.published else "not given"
    out.print(f"Published: {published}; dates read against {briefing.reference_date.isoformat()}")
    people = Table("Name", "Role", "Country", title=f"People ({len(briefing.people)})")
    for p in briefing.people:
        people.add_row(escape(p.name), escape(p.role or ""), escape(p.country or ""))
    out.print(people)
    events = Table("Event", "Kind", "Date", "Place", "Participants", title=f"Events ({len(briefing.events)})")
    for e in briefing.events:
        when = e.start.isoformat() if e.start else (e.date.isoformat() if e.date else "no date")
        if e.year_assumed:
            when += " (year assumed)"
        events.add_row(escape(e.name), e.kind, when, escape(e.place or ""), escape(", ".join(e.participants)))
    out.print(events)
    for q in briefing.quotes:
        out.print(f"“{escape(q.text)}” — {escape(q.speaker or 'speaker not named')}")
    if briefing.topics:
        out.print("Topics: " + escape(", ".join(t.name for t in briefing.topics)))
    for warning in briefing.warnings:
        out.print(f"[yellow]Warning:[/yellow] {escape(warning)}")


def load_settings() -> Settings:
    """Settings from the environment and .env; a bad value is one line naming the variable, exit 2."""
    try:
        return Settings()  # type: ignore[call-arg]  # values come from the environment
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first.get("loc", ())) or "settings"
        typer.echo(f"{where}: {first.get('msg', 'invalid value')}", err=True)
        raise SystemExit(2) from None


def setup_logging(level: str) -> None:
    """Logs to stderr at `level`; httpx/httpcore stay at WARNING so no URL with a token is logged."""
    numeric = logging.getLevelName(level.strip().upper())
    if not isinstance(numeric, int):
        levels = "DEBUG, INFO, WARNING, ERROR"
        typer.echo(f"BRIEFBOT_LOG_LEVEL: '{level}' is not a log level ({levels}).", err=True)
        raise SystemExit(2)
    logging.basicConfig(
        stream=sys.stderr,
        level=numeric,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        force=True,
    )
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def main(argv: list[str] | None = None) -> None:
    """Entry point of the `briefbot` console script."""
    settings = load_settings()
    setup_logging(settings.log_level)
    try:
        code = app(args=argv, prog_name="briefbot", obj=AppState(settings), standalone_mode=False)
    except TyperException as exc:  # a usage mistake: one line instead of a framed box
        context = getattr(exc, "ctx", None)
        where = getattr(context, "command_path", "briefbot")
        if type(exc).__name__ != "NoArgsIsHelpError":  # that one has printed the help already
            typer.echo(f"{exc.format_message()} (see: {where} --help)", err=True)
        raise SystemExit(exc.exit_code) from None
    except typer.Abort:
        typer.echo("Aborted.", err=True)
        raise SystemExit(1) from None
    raise SystemExit(code if isinstance(code, int) else 0)


@app.command("slack-manifest")
def slack_manifest(
    fmt: Annotated[str, typer.Option("--format", help="json (or yaml when PyYAML is installed)")] = "json",
) -> None:
    """Print the Slack app manifest for these commands (scopes, slash commands, Socket Mode on)."""
    from bot.manifest import slack_manifest_command

    try:
        slack_manifest_command(fmt)
    except ValueError as exc:
        fail(one_line(exc), code=2)


app.command("eval")(eval_command)

discord_app = typer.Typer(help="Discord administration.", no_args_is_help=True)
app.add_typer(discord_app, name="discord")


@discord_app.command("sync")
def discord_sync(
    ctx: typer.Context,
    guild: Annotated[int | None, typer.Option(help="sync to this server only (instant)")] = None,
) -> None:
    """Register the slash commands with Discord: globally (slow to show), or to one server."""
    from bot.discord_cli import discord_sync as sync

    try:
        sync(guild, settings=state_of(ctx).settings)
    except ValueError as exc:
        fail(one_line(exc), code=2)
app.command("remind-due")(remind_due)
app.command("reminders")(reminders_list)
