"""`scrutiny fetch COUNCIL...`: collect new scrutiny papers from council websites into the
archive. A thin shell over `pipeline.fetch.fetch_all`."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli.common import setup_logging
from pipeline.fetch.records import MAX_BYTES, MAX_REQUESTS


def fetch(
    councils: Annotated[list[str], typer.Argument(
        help="Councils: codes from data/moderngov/councils.tsv (MAN), part of a name (Manchester), or base addresses.")],
    archive: Annotated[Path, typer.Option("--archive", help="The archive folder; documents go to ARCHIVE/fetched/.")],
    committee: Annotated[str | None, typer.Option(
        help="Keep committees whose title matches this regular expression (default: scrutiny, overview, select, "
             "audit, cabinet, executive; data/moderngov/committees.json).")] = None,
    since: Annotated[datetime | None, typer.Option(formats=["%Y-%m-%d"], help="First meeting date (default: 90 days ago).")] = None,
    until: Annotated[datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Last meeting date (default: 28 days ahead).")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="List the documents that would be fetched; download and record nothing.")] = False,
    record: Annotated[Path | None, typer.Option(help="Also write every answer, byte for byte, to this cassette folder (for tests).")] = None,
    max_requests: Annotated[int, typer.Option(help="Stop asking after this many requests.")] = MAX_REQUESTS,
    max_bytes: Annotated[int, typer.Option(help="Stop asking after this many bytes.")] = MAX_BYTES,
    state: Annotated[Path | None, typer.Option(help="The fetch state database (default: ARCHIVE/.fetch/state.sqlite).")] = None,
    unblock: Annotated[bool, typer.Option("--unblock", help="Clear the 403 block of these councils' hosts (once they allow access), then stop.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Fetch the new scrutiny papers of COUNCIL... from ModernGov or CMIS into ARCHIVE/fetched/,
    each with a sidecar of its metadata; exit 1 if anything could not be fetched."""
    from pipeline.fetch import FetchError, FetchState, Policy, fetch_all, resolve, state_path

    setup_logging(verbose)
    db = state or state_path(archive)
    if unblock:
        with FetchState(db) as st:
            for name in councils:
                try:
                    host = resolve(name).host
                except FetchError as exc:
                    typer.echo(f"{exc.code} {exc}", err=True)
                    continue
                typer.echo(f"{host}: {'unblocked' if st.unblock(host) else 'was not blocked'}")
        return
    summary = fetch_all(
        councils, archive, since=since.date() if since else None, until=until.date() if until else None,
        committee_pattern=committee, dry_run=dry_run, record=record, state=db,
        policy=Policy(max_requests=max_requests, max_bytes=max_bytes),
        progress=lambda line: typer.echo(line, err=True),
    )
    if dry_run:
        typer.echo(f"would fetch {len(summary.planned)} document(s):")
        for url in summary.planned:
            typer.echo(f"  {url}")
    for line in summary.lines():
        typer.echo(line)
    if any(p.code.startswith("E") for p in summary.problems):
        raise typer.Exit(1)
