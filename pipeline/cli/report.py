"""`scrutiny cover-report`, `scrutiny tracker`, `scrutiny search`: what people read, from the store.

Thin shells over `pipeline.report`; each opens the store read-only, so they run while
a nightly `scrutiny run` is writing only between its transactions' locks (E502 otherwise).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Annotated

import typer

from pipeline.errors import ScrutinyError
from pipeline.report.draft import write_cover_report
from pipeline.report.search import search as run_search
from pipeline.report.tracker import STATUSES, write_tracker

app = typer.Typer(help="Cover reports, the recommendation tracker and search.", add_completion=False,
                  pretty_exceptions_enable=False)

Db = Annotated[Path | None, typer.Option("--db", help="The store (default: $SCRUTINY_DB or data/processed/scrutiny.duckdb).")]
Councils = Annotated[list[str] | None, typer.Option("--council", help="Keep councils whose name contains this (repeatable).")]
Bodies = Annotated[list[str] | None, typer.Option("--body", help="Keep boards/committees whose name contains this (repeatable).")]
Since = Annotated[str | None, typer.Option("--since", help="Keep documents dated on or after this ISO date (2013, 2013-05-24).")]
Verbose = Annotated[bool, typer.Option("--verbose", "-v")]


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


def _fail(exc: Exception) -> typer.Exit:
    text = f"{exc.code} {exc.text}" if isinstance(exc, ScrutinyError) else str(exc)
    typer.echo(f"error: {text}", err=True)
    return typer.Exit(2)


@app.command("cover-report")
def cover_report(
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for cover-report.docx, .md and .html.")],
    db: Db = None,
    report: Annotated[list[str] | None, typer.Option("--report", help="A report to cover: source name, path or its beginning, e.g. 000 (repeatable; default: every non-response document matching the filters).")] = None,
    council: Councils = None,
    body: Bodies = None,
    since: Since = None,
    max_threads: Annotated[int, typer.Option(help="Show at most this many common threads (broadest first).")] = 8,
    verbose: Verbose = False,
) -> None:
    """Draft a cover report over several reports: common threads, good practice, recommendations by theme."""
    _setup_logging(verbose)
    try:
        files = write_cover_report(db, out, reports=report or (), councils=council or (), bodies=body or (),
                                   since=since, max_threads=max_threads)
    except (ScrutinyError, ValueError) as exc:
        raise _fail(exc) from exc
    c = files.cover
    typer.echo(f"{len(c.reports)} report(s), {len(c.threads)} common thread(s), {len(c.good_practice)} good-practice "
               f"statement(s), {sum(len(g.recommendations) for g in c.groups)} recommendation(s)")
    for path in (files.docx, files.markdown, files.html):
        typer.echo(f"wrote {path}")


@app.command("tracker")
def tracker(
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for tracker.xlsx and tracker.csv.")],
    db: Db = None,
    council: Councils = None,
    body: Bodies = None,
    status: Annotated[list[str] | None, typer.Option("--status", help=f"{', '.join(STATUSES)} (repeatable).")] = None,
    verbose: Verbose = False,
) -> None:
    """Export the recommendation tracking table (every recommendation, its response and status)."""
    _setup_logging(verbose)
    try:
        files = write_tracker(db, out, councils=council or (), bodies=body or (), statuses=status or ())
    except (ScrutinyError, ValueError) as exc:
        raise _fail(exc) from exc
    counts = files.table["status"].value_counts().to_dict()
    typer.echo(f"{len(files.table)} recommendation(s): " + ", ".join(f"{v} {k}" for k, v in sorted(counts.items())))
    typer.echo(f"wrote {files.xlsx}\nwrote {files.csv}")


@app.command("search")
def search(
    query: Annotated[str, typer.Argument(help="Words or a phrase to look for, e.g. \"fuel poverty\".")],
    db: Db = None,
    council: Councils = None,
    theme: Annotated[list[str] | None, typer.Option("--theme", help="Keep paragraphs tagged with this theme id, e.g. poverty (repeatable).")] = None,
    since: Since = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="How many paragraphs to show.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print the hits as JSON lines.")] = False,
    verbose: Verbose = False,
) -> None:
    """Ranked paragraphs of the archive for QUERY, each with its citation (document, paragraph, page)."""
    import json
    from dataclasses import asdict

    _setup_logging(verbose)
    try:
        hits = run_search(db, query, councils=council or (), themes=theme or (), since=since, limit=limit)
    except (ScrutinyError, ValueError) as exc:
        raise _fail(exc) from exc
    if not hits:
        typer.echo("no matching paragraph")
        return
    for h in hits:
        if as_json:
            typer.echo(json.dumps({**asdict(h), "citation": h.citation}, ensure_ascii=False))
            continue
        where = ", ".join(v for v in (h.council, h.date) if v)
        typer.echo(f"{h.rank:>2}. [{h.score:.3f}] {h.citation}" + (f" ({where})" if where else ""))
        typer.echo(f"    {h.snippet}")
