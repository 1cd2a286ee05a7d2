"""`briefbot eval DIR`: score the extractor against a labelled corpus (wired into bot/cli.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from briefings.evaluate import CorpusError, evaluate, format_report


def eval_command(
    corpus: Annotated[Path, typer.Argument(help="directory of NN-slug.txt texts with NN-slug.json gold")],
    misses: Annotated[bool, typer.Option("--misses/--no-misses", help="list every miss")] = True,
) -> None:
    """Run the extractor over a corpus and print precision, recall and F1 per field."""
    from briefings.extract import extract  # imported here so `briefbot --help` stays fast

    try:
        report = evaluate(corpus, extract)
    except CorpusError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(format_report(report, misses=misses))
