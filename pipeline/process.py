"""The per-document stages in order: read, segment, find answers, tag themes.

`parse_file` is what `scrutiny parse` and the archive run both call for one file;
`pipeline.link.link_documents` then works across documents. The pipeline version that
the store keeps with each document is composed here, where the stages are composed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from functools import lru_cache
from pathlib import Path

from pipeline import __version__
from pipeline.answers import ANSWERS_VERSION, find_answers
from pipeline.answers import warm_up as warm_answers
from pipeline.errors import ScrutinyError
from pipeline.ingest import READER_VERSION, read_document
from pipeline.records import Document, Failure, Issue, ParsedDocument
from pipeline.segment import SEGMENTER_VERSION, segment
from pipeline.themes import THEMES_VERSION, tag
from pipeline.themes import warm_up as warm_themes

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """The version of everything that shapes a stored document: reader, segmenter, answers, themes.

    A stored document whose version differs from this one is parsed again.
    """
    return "/".join((f"scrutiny-{__version__}", READER_VERSION, SEGMENTER_VERSION, ANSWERS_VERSION, THEMES_VERSION))


def needs_ocr(parsed: ParsedDocument) -> Issue | None:
    """The W201 issue of a scanned document that yielded no text, else None."""
    if parsed.paragraphs:
        return None
    return next((i for i in parsed.document.issues if i.code == "W201"), None)


def parse_document(doc: Document) -> ParsedDocument:
    """Segment a read document and find the answers it gives (no theme tags)."""
    return find_answers(segment(doc))


def parse_file(path: str | Path, *, themes: bool = True, layout: list | None = None) -> ParsedDocument:
    """Read, segment, find answers and (unless `themes=False`) tag one file. Raises `ScrutinyError`.

    `layout`: a PDF's pages already laid out (`parse_files` lays them out in a pool)."""
    parsed = parse_document(read_document(path, layout=layout))
    return tag(parsed) if themes else parsed


def try_parse_file(path: str | Path, *, themes: bool = True, layout: list | None = None) -> ParsedDocument | Failure:
    """`parse_file`, with every failure turned into a coded `Failure` (never a traceback)."""
    try:
        return parse_file(path, themes=themes, layout=layout)
    except ScrutinyError as exc:
        return Failure(str(path), exc.code, exc.text)
    except Exception as exc:  # noqa: BLE001 - one bad file must never stop the others
        log.exception("unexpected failure on %s", path)
        err = ScrutinyError("E199", path, detail=f"{type(exc).__name__}: {exc}")
        return Failure(str(path), err.code, err.text)


def parse_files(paths: Sequence[str | Path], *, workers: int = 1, themes: bool = True,
                warm: Sequence[Callable[[], object]] = ()) -> Iterator[tuple[Path, ParsedDocument | Failure]]:
    """Parse files, yielding each (path, result) in the order given.

    With `workers` > 1, the pages of every PDF are laid out by a pool of that many
    processes, in runs of pages across all the files at once (`pdf.page_runs`), while this
    process segments, judges and tags each document as soon as its pages are in: laying
    out pages is most of the cost, and the rest (and loading spaCy and the models) is done
    once, here, while the pool reads on. A file whose pages cannot be counted or laid out
    in the pool is read again here, so its failure is the same as when read alone. `warm`
    are more things to load while the pool reads (the linking's libraries, say), so that
    none is left to load after the last page.
    """
    files = [Path(p) for p in paths]
    pdfs = [p for p in files if p.suffix.lower() == ".pdf"]
    if workers <= 1 or not pdfs:
        for p in files:
            yield p, try_parse_file(p, themes=themes)
        return
    from concurrent.futures import ProcessPoolExecutor

    from pipeline.ingest.pdf import count_pages, lay_out, page_runs, pool_context

    runs: dict[Path, list[tuple[int, int]]] = {}
    for p in dict.fromkeys(pdfs):
        try:
            runs[p] = page_runs(count_pages(p), workers)
        except Exception:  # noqa: BLE001 - read alone below, where its failure is named
            continue
    if sum(last - first for rs in runs.values() for first, last in rs) < 2 * workers:
        for p in files:
            yield p, try_parse_file(p, themes=themes)
        return
    with ProcessPoolExecutor(max_workers=workers, mp_context=pool_context()) as pool:
        futures: dict[Path, list[Future]] = {
            p: [pool.submit(lay_out, str(p), first, last) for first, last in rs] for p, rs in runs.items()
        }
        for load in (warm_answers, *((warm_themes,) if themes else ()), *warm):
            try:
                load()
            except Exception:  # noqa: BLE001 - a stage that cannot load fails on each file, where it is named
                log.debug("warming up %s failed", load, exc_info=True)
        for p in files:
            layout = None
            if p in futures:
                try:
                    layout = [page for f in futures[p] for page in f.result()]
                except Exception:  # noqa: BLE001 - see above
                    layout = None
            yield p, try_parse_file(p, themes=themes, layout=layout)


__all__ = ["Failure", "needs_ocr", "parse_document", "parse_file", "parse_files", "pipeline_version", "try_parse_file"]
