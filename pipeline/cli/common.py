"""What several commands share: which files the user meant (and which of them cannot be
read, each said with its code), and parsing them with progress and one line per failure.

Light at import: the parsing stages load only when a command parses.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from pipeline.files import Skipped, find_documents

if TYPE_CHECKING:
    from pipeline.records import ParsedDocument


def setup_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


def expand_inputs(paths: list[Path]) -> tuple[list[Path], list[Skipped]]:
    """Files as given, and the documents inside any folder given, sorted; and every file
    given or found that cannot be read as a document (unknown type E101, missing or
    unreadable E107), so a command can say so instead of passing over it."""
    out: list[Path] = []
    skipped: list[Skipped] = []
    for p in paths:
        if p.is_dir():
            found, passed = find_documents(p, relative=False)
            out.extend(found)
            skipped.extend(passed)
        elif p.exists() or p.is_symlink():
            out.append(p)  # a file named outright: its reader says what is wrong with it, if anything
        else:
            skipped.extend(find_documents(p)[1])
    return out, skipped


def report_skipped(skipped: list[Skipped]) -> None:
    for s in skipped:
        typer.echo(f"SKIP  {s.line()}", err=True)


def inputs_or_exit(files: list[Path]) -> list[Path]:
    """The documents named by FILES; every one that cannot be read is said on stderr.
    Exits with status 2 when none is left, naming E107 when nothing given exists."""
    paths, skipped = expand_inputs(files)
    report_skipped(skipped)
    if not paths:
        missing = [s for s in skipped if s.code == "E107"]
        typer.echo("error: " + (missing[0].line() if missing and len(missing) == len(skipped) else "no input files"),
                   err=True)
        raise typer.Exit(2)
    return paths


def parse_inputs(files: list[Path], *, themes: bool, quiet: bool = False) -> list[ParsedDocument]:
    """Parse every input in this process, with progress; a file that fails is reported on
    stderr and left out. Exits with status 2 when no input file is given."""
    from pipeline.cli.progress import Reporter
    from pipeline.process import try_parse_file
    from pipeline.records import Failure

    paths = inputs_or_exit(files)
    docs: list[ParsedDocument] = []
    with Reporter(quiet=quiet) as progress:
        progress.begin(len(paths), "files")
        for path in paths:
            progress.working_on(path.name)
            result = try_parse_file(path, themes=themes)
            if isinstance(result, Failure):
                typer.echo(f"FAIL  {path.name}: {result.code} {result.message}", err=True)
                progress.done(path.name, problem=result.code)
            else:
                docs.append(result)
                progress.done(path.name, pages=result.document.pages or 0)
    return docs
