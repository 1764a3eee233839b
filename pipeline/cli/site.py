"""`scrutiny site`: the static site of the archive, from the store. A thin shell over `pipeline.site`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli.common import setup_logging
from pipeline.config import DEFAULT_SITE_DIR
from pipeline.errors import ScrutinyError


def site(
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write the site into.")] = DEFAULT_SITE_DIR,
    db: Annotated[Path | None, typer.Option("--db", help="The store (default: $SCRUTINY_DB or data/processed/scrutiny.duckdb).")] = None,
    archive: Annotated[Path | None, typer.Option("--archive", help="Folder of the original files (default: the one the store's latest run read).")] = None,
    originals: Annotated[bool, typer.Option("--originals/--no-originals", help="Copy the original files into the site.")] = True,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Write a static site of the store (tracker, trails, documents, themes, search); only changed files are rewritten."""
    from pipeline.site import build_site

    setup_logging(verbose)
    try:
        summary = build_site(db, out, archive=archive, originals=originals)
    except ScrutinyError as exc:
        typer.echo(f"error: {exc.code} {exc.text}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(str(summary))
    typer.echo(f"open {(out / 'index.html').resolve().as_uri()}")
