"""The `scrutiny` command: a thin Typer shell over the library, one command per job.

Sub-command groups live beside this module (`pipeline/cli/<area>.py`) and are added
here; none of them holds pipeline logic. Every module of the command is light at
import: the stages (spaCy, scikit-learn, pdfminer) load inside the commands that use
them, so `scrutiny search` or `--help` does not pay for parsing.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pipeline.cli import fetch as _fetch
from pipeline.cli import link as _link
from pipeline.cli import report as _report
from pipeline.cli import site as _site
from pipeline.cli import themes as _themes
from pipeline.cli.common import inputs_or_exit, setup_logging
from pipeline.cli.progress import Reporter

if TYPE_CHECKING:
    from pipeline.records import Failure, ParsedDocument

app = typer.Typer(
    help="Segment UK council scrutiny reports, tag their themes and link recommendations to responses.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def parse_many(paths: list[Path], *, workers: int, themes: bool,
               link: bool = False) -> Iterator[tuple[Path, ParsedDocument | Failure]]:
    """Parse files in order; with several workers, their PDFs' pages are laid out in a pool
    while this process loads the stages (and, with `link`, the linking's libraries)."""
    from pipeline.process import parse_files

    warm = []
    if link:
        from pipeline.link.match import warm_up

        warm.append(warm_up)
    yield from parse_files(paths, workers=workers, themes=themes, warm=warm)


def summary_line(parsed: ParsedDocument) -> str:
    from pipeline.process import needs_ocr

    scan = needs_ocr(parsed)
    if scan is not None:
        return f"OCR   {parsed.source}: {scan.code} {scan.message}"
    numbered = sum(1 for p in parsed.paragraphs if p.number and p.kind == "paragraph")
    meta = parsed.document.meta
    warn = "".join(f" [{i.code}]" for i in parsed.document.issues)
    return (
        f"ok    {parsed.source}: {meta.kind}, {parsed.document.pages} page(s), "
        f"{numbered} numbered paragraph(s), {len(parsed.recommendations)} recommendation(s), "
        f"{len(parsed.responses)} response(s){warn}"
    )


@app.command()
def parse(
    files: Annotated[list[Path], typer.Argument(help="Files (.pdf .txt .docx .html) or folders to parse.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for <stem>.json and links.json.")],
    workers: Annotated[int, typer.Option(help="Processes to lay out PDF pages with (0: one per core).")] = 0,
    themes: Annotated[bool, typer.Option("--themes/--no-themes", help="Tag themes.")] = True,
    link: Annotated[bool, typer.Option("--link/--no-link", help="Link recommendations to responses across the files.")] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Parse documents into OUT/<stem>.json (and OUT/links.json); exit 1 if any file failed.

    Two inputs with one name get distinct names (`a__report.json`, `b__report.json`), and
    each document's `source` keeps the folder that tells them apart (`a/report.txt`)."""
    from dataclasses import asdict

    from pipeline.names import distinct_names, output_stem
    from pipeline.process import lend_councils
    from pipeline.records import Failure

    setup_logging(verbose)
    paths = inputs_or_exit(files)
    out.mkdir(parents=True, exist_ok=True)
    n_workers = workers or os.cpu_count() or 1
    if not any(p.suffix.lower() == ".pdf" for p in paths):
        n_workers = 1  # text formats parse in milliseconds: a pool costs more than it saves
    names = distinct_names(paths)  # two inputs named report.txt are told apart by their folders
    parsed_docs: list[ParsedDocument] = []
    failures: list[Failure] = []
    with Reporter(quiet=quiet, lines=False) as progress:  # a line per file is printed below
        progress.begin(len(paths), "files")
        progress.working_on(names[str(paths[0])])
        for i, (path, result) in enumerate(parse_many(paths, workers=n_workers, themes=themes, link=link)):
            name = names[str(path)]
            if i + 1 < len(paths):
                progress.working_on(names[str(paths[i + 1])])
            if isinstance(result, Failure):
                failures.append(result)
                typer.echo(f"FAIL  {name}: {result.code} {result.message}")
                progress.done(name, problem=result.code)
                continue
            result.document.source = name
            parsed_docs.append(result)
            typer.echo(summary_line(result))
            progress.done(name, pages=result.document.pages or 0)
        # a paper that names its council by kind alone takes the one its folder's papers name
        for doc in lend_councils(parsed_docs):
            typer.echo(f"note  {doc.source}: council {doc.document.meta.council!r}, from the papers beside it [W208]")
        if link:
            from pipeline.link import link_documents

            progress.step(f"linking {len(parsed_docs)} document(s)")
            links = link_documents(parsed_docs)
            for doc in parsed_docs:  # answers read anew by alignment with the report they answer
                doc.responses = links.realigned.get(doc.id, doc.responses)
                quoted = links.quoted.get(doc.id, set())  # ... and the report's recommendations it quotes are the report's
                doc.recommendations = [r for r in doc.recommendations if r.uid not in quoted]
            (out / "links.json").write_text(json.dumps([asdict(l) for l in links.links], indent=1), encoding="utf-8")
            copies = f", {len(links.copies)} printed again in another paper" if links.copies else ""
            typer.echo(f"links: {len(links.links)} recommendation(s) linked, {len(links.awaiting)} awaiting a response"
                       f"{copies}")
    for doc in parsed_docs:
        target = out / f"{output_stem(doc.source)}.json"
        target.write_text(json.dumps(doc.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
    typer.echo(f"{len(parsed_docs)} parsed, {len(failures)} failed -> {out}")
    if failures:
        raise typer.Exit(1)


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Option(help="Folder of gold <stem>.json files and links.json.")],
    pred: Annotated[Path, typer.Option(help="Folder of predicted <stem>.json files and links.json.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the metrics as JSON.")] = False,
) -> None:
    """Score parsed output against gold annotations (the metrics of the shared scorer)."""
    from pipeline.evaluate import format_table, score

    if not pred.is_dir():
        typer.echo(f"no prediction folder: {pred}", err=True)
        raise typer.Exit(2)
    result = score(gold, pred)
    typer.echo(json.dumps(result, indent=1) if as_json else format_table(result))


def main() -> None:  # pragma: no cover - the library's commands alone (`scrutiny` adds run and serve)
    app()


app.add_typer(_themes.app, name="themes")
app.command("link")(_link.link)
app.command("fetch")(_fetch.fetch)
app.command("cover-report")(_report.cover_report)
app.command("tracker")(_report.tracker)
app.command("search")(_report.search)
app.command("quarantine")(_report.quarantine)
app.command("site")(_site.site)
