"""`scrutiny themes ...`: print the taxonomy, discover topics it lacks. A thin shell over
`pipeline.themes`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli.common import parse_inputs, setup_logging
from pipeline.errors import ScrutinyError

app = typer.Typer(help="The theme taxonomy: list it, or discover recurring topics an archive has that it lacks.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)


@app.command("list")
def list_themes(
    taxonomy: Annotated[Path | None, typer.Option(help="A taxonomy file (default: the shipped one).")] = None,
    terms: Annotated[int, typer.Option(help="How many signal terms to show per theme.")] = 5,
) -> None:
    """Print the taxonomy: id, definition, a few terms, and its version."""
    from pipeline.themes.taxonomy import load_taxonomy

    try:
        tax = load_taxonomy(taxonomy)
    except ScrutinyError as exc:
        typer.echo(exc.text, err=True)
        raise typer.Exit(2) from exc
    typer.echo(f"{tax.tag}: {len(tax.themes)} themes ({tax.path})")
    for t in tax.themes:
        typer.echo(f"\n{t.id}\n  {t.definition}\n  terms: {', '.join(t.terms[:terms])}")


@app.command()
def discover(
    files: Annotated[list[Path], typer.Argument(help="Files or folders of the archive to analyse.")],
    topics: Annotated[int, typer.Option(help="Number of topics to look for.")] = 8,
    exemplars: Annotated[int, typer.Option(help="Exemplar paragraphs per topic.")] = 3,
    as_json: Annotated[bool, typer.Option("--json", help="Print the topics as JSON.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Find recurring topics across an archive that the taxonomy does not cover."""
    from pipeline.cli.progress import Reporter

    setup_logging(verbose)
    docs = parse_inputs(files, themes=True, quiet=quiet)
    with Reporter(quiet=quiet) as progress:
        progress.step(f"looking for topics across {len(docs)} document(s)")
        from pipeline.themes.discover import discover as run_discovery

        found = run_discovery(docs, n_topics=topics, n_exemplars=exemplars)
    if as_json:
        typer.echo(json.dumps([t.to_json() for t in found], indent=1, ensure_ascii=False))
        return
    typer.echo(f"{len(found)} topic(s) outside the taxonomy in {len(docs)} document(s)")
    for t in found:
        typer.echo(f"\ntopic {t.id}: {', '.join(t.terms)}")
        typer.echo(f"  {t.paragraphs} paragraph(s), {t.share:.0%} of those analysed; "
                   f"councils {t.by_council}; years {t.by_year}")
        for ex in t.exemplars:
            typer.echo(f"  - [{ex.source} para {ex.paragraph}] {ex.text[:160]}")
