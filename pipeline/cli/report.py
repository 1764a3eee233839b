"""`scrutiny cover-report`, `scrutiny tracker`, `scrutiny search`: what people read, from the store.

Thin shells over `pipeline.report`; each opens the store read-only, so they run while
a nightly `scrutiny run` is writing only between its transactions' locks (E502 otherwise).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli.common import setup_logging
from pipeline.cli.progress import Reporter
from pipeline.config import RECOMMENDATION_STATUSES as STATUSES
from pipeline.errors import ScrutinyError

app = typer.Typer(help="Cover reports, the recommendation tracker and search.", add_completion=False,
                  pretty_exceptions_enable=False)

Db = Annotated[Path | None, typer.Option("--db", help="The store (default: $SCRUTINY_DB or data/processed/scrutiny.duckdb).")]
Councils = Annotated[list[str] | None, typer.Option("--council", help="Keep councils whose name contains this (repeatable).")]
Bodies = Annotated[list[str] | None, typer.Option("--body", help="Keep boards/committees whose name contains this (repeatable).")]
Since = Annotated[str | None, typer.Option("--since", help="Keep documents dated on or after this ISO date (2013, 2013-05-24).")]
Verbose = Annotated[bool, typer.Option("--verbose", "-v")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")]


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
    quiet: Quiet = False,
    verbose: Verbose = False,
) -> None:
    """Draft a cover report over several reports: common threads, good practice, recommendations by theme."""
    setup_logging(verbose)
    try:
        with Reporter(quiet=quiet) as progress:
            progress.step("loading the reports from the store")
            from pipeline.report.draft import write_cover_report

            files = write_cover_report(db, out, reports=report or (), councils=council or (), bodies=body or (),
                                       since=since, max_threads=max_threads, progress=progress)
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
    quiet: Quiet = False,
    verbose: Verbose = False,
) -> None:
    """Export the recommendation tracking table (every recommendation, its response and status)."""
    setup_logging(verbose)
    try:
        with Reporter(quiet=quiet) as progress:
            progress.step("reading recommendations and their answers from the store")
            from pipeline.report.tracker import write_tracker

            files = write_tracker(db, out, councils=council or (), bodies=body or (), statuses=status or ())
            progress.step("written")
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

    from pipeline.report.search import search as run_search

    setup_logging(verbose)
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


@app.command("quarantine")
def quarantine(
    db: Db = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the rows as JSON lines.")] = False,
) -> None:
    """List the files the store holds in quarantine: code, file, what was wrong and what to do."""
    import json
    from contextlib import closing

    from pipeline.store.schema import connect

    try:
        with closing(connect(db, read_only=True)) as con:
            rows = con.execute(
                "SELECT code, path, message, attempts, first_seen, last_seen, sha256 FROM quarantine ORDER BY path"
            ).fetchall()
    except ScrutinyError as exc:
        raise _fail(exc) from exc
    if not rows:
        typer.echo("quarantine is empty")
        return
    for code, path, text, attempts, first, last, sha in rows:
        if as_json:
            typer.echo(json.dumps({"code": code, "path": path, "message": text, "attempts": attempts,
                                   "first_seen": str(first), "last_seen": str(last), "sha256": sha}))
        else:
            typer.echo(f"{code}  {path}  (tried {attempts}x, last {last:%Y-%m-%d %H:%M})\n      {text}")
    if not as_json:
        typer.echo(f"{len(rows)} file(s) in quarantine; `scrutiny run ARCHIVE --retry-quarantined` tries them again")
