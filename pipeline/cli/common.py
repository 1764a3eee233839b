"""What several commands share: which files the user meant, and parsing them with one line per failure."""

from __future__ import annotations

from pathlib import Path

import typer

from pipeline.config import SUPPORTED_SUFFIXES
from pipeline.process import Failure, try_parse_file
from pipeline.records import ParsedDocument


def expand_inputs(paths: list[Path]) -> list[Path]:
    """Files as given, and the supported files inside any folder given, sorted."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES))
        else:
            out.append(p)
    return out


def parse_inputs(files: list[Path], *, themes: bool) -> list[ParsedDocument]:
    """Parse every input in this process; a file that fails is reported on stderr and left out.

    Exits with status 2 when no input file is given.
    """
    paths = expand_inputs(files)
    if not paths:
        typer.echo("no input files", err=True)
        raise typer.Exit(2)
    docs: list[ParsedDocument] = []
    for path in paths:
        result = try_parse_file(path, themes=themes)
        if isinstance(result, Failure):
            typer.echo(f"FAIL  {path.name}: {result.code} {result.message}", err=True)
        else:
            docs.append(result)
    return docs
