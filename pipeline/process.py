"""The per-document stages in order: read, segment, find answers, tag themes.

`parse_file` is what `scrutiny parse` and the archive run both call for one file;
`pipeline.link.link_documents` then works across documents. The pipeline version that
the store keeps with each document is composed here, where the stages are composed.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from functools import lru_cache
from pathlib import Path

from pipeline import __version__
from pipeline.answers import ANSWERS_VERSION, find_answers
from pipeline.answers import warm_up as warm_answers
from pipeline.errors import ScrutinyError
from pipeline.ingest import READER_VERSION, read_document
from pipeline.ingest.folder import folder_councils, lend, paper
from pipeline.ingest.pdf import count_pages, lay_out, page_runs, pool_context
from pipeline.records import Document, Failure, Issue, ParsedDocument
from pipeline.segment import SEGMENTER_VERSION, segment
from pipeline.themes import THEMES_VERSION, tag
from pipeline.themes import warm_up as warm_themes

log = logging.getLogger(__name__)

RUN_MIN = 3  # pages a pool's run lays out at least


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


def lend_councils(docs: Sequence[ParsedDocument]) -> list[ParsedDocument]:
    """Give each document that names its council only by its kind the council its folder's
    papers name (`ingest.folder`, issue W208; folders by `document.path`); those given one."""
    councils = folder_councils(paper(d) for d in docs)
    return [d for d in docs if d.document.path in councils and lend(d.document, councils[d.document.path])]


def _guarded(path: str | Path, work: Callable[[], ParsedDocument]) -> ParsedDocument | Failure:
    """`work()`, with every failure turned into a coded `Failure` (never a traceback)."""
    try:
        return work()
    except ScrutinyError as exc:
        return Failure(str(path), exc.code, exc.text)
    except Exception as exc:  # noqa: BLE001 - one bad file must never stop the others
        log.exception("unexpected failure on %s", path)
        err = ScrutinyError("E199", path, detail=f"{type(exc).__name__}: {exc}")
        return Failure(str(path), err.code, err.text)


def try_parse_file(path: str | Path, *, themes: bool = True, layout: list | None = None) -> ParsedDocument | Failure:
    """`parse_file`, with every failure turned into a coded `Failure` (never a traceback)."""
    return _guarded(path, lambda: parse_file(path, themes=themes, layout=layout))


def parse_files(paths: Sequence[str | Path], *, workers: int = 1, themes: bool = True,
                warm: Sequence[Callable[[], object]] = ()) -> Iterator[tuple[Path, ParsedDocument | Failure]]:
    """Parse files, yielding each (path, result) in the order given.

    With `workers` > 1, a pool of that many processes lays out the pages of every PDF, in
    runs of pages across all the files at once (`pdf.page_runs`), and then reads, segments
    and judges each document once its pages are in; this process loads what only it needs
    (spaCy for the themes, `warm`: the linking's libraries, say) while the pool works, and
    tags each document. Laying out pages is most of the cost; spaCy (and SciPy, for the
    linker's assignment) are loaded once, not in every worker. A file whose pages cannot be counted or laid out is
    read again alone, so its failure is the same as when read alone.
    """
    files = [Path(p) for p in paths]
    counts: dict[Path, int] = {}
    for p in dict.fromkeys(f for f in files if f.suffix.lower() == ".pdf") if workers > 1 else ():
        try:
            counts[p] = count_pages(p)
        except Exception:  # noqa: BLE001 - read alone below, where its failure is named
            continue
    total = sum(counts.values())
    if total < 2 * workers:  # one worker, or too few pages to share out: one file after another, here
        for p in files:
            yield p, try_parse_file(p, themes=themes)
        return
    # runs of about an eighth of each worker's share (at least RUN_MIN pages, as each run opens
    # its file and loads its fonts again): the pool stays balanced and the first document is
    # in early, so this process works while the pool reads
    size = max(RUN_MIN, -(-total // (8 * workers)))
    runs = {p: page_runs(n, workers, size) for p, n in counts.items()}
    with ProcessPoolExecutor(max_workers=workers, mp_context=pool_context()) as pool:
        pages = _PagePool(pool, workers, runs)
        for p in dict.fromkeys(files):
            if p not in runs:
                pages.hand_on(p, None)  # another format, or a PDF to be read alone (its failure named then)
        pages.top_up()
        # what this process needs loads in threads while the pool works (the pool has forked):
        # the tagger's first, which the first document waits for, then the rest (`warm`)
        ready = threading.Event()
        threading.Thread(target=_load, args=([warm_answers, *([warm_themes] if themes else [])], ready, warm),
                         name="scrutiny-warm-up", daemon=True).start()
        given: set[Path] = set()
        for p in files:
            if p in given:  # named twice: parsed again, as one process would, never one object twice
                yield p, try_parse_file(p, themes=themes)
                continue
            given.add(p)
            parsed = pages.result(p)
            ready.wait()
            if themes and not isinstance(parsed, Failure):
                done = parsed
                parsed = _guarded(p, lambda: tag(done))  # noqa: B023 - called at once, in this iteration
            yield p, parsed


def _load(first: Sequence[Callable[[], object]], ready: threading.Event, then: Sequence[Callable[[], object]]) -> None:
    """Run the `first` loads, set `ready`, run the `then` loads; a load that fails is passed
    over (the stage fails again on each file, where the failure is named)."""
    for k, load in enumerate([*first, *then]):
        if k == len(first):
            ready.set()
        try:
            load()
        except Exception:  # noqa: BLE001 - see above
            log.debug("warming up %s failed", load, exc_info=True)
    ready.set()


class _PagePool:
    """Hands a pool runs of pages to lay out, no more than keep it busy, and each document
    whose runs are all in to read, segment and judge, ahead of the runs still waiting: so the
    first documents are done while later ones are still being laid out."""

    def __init__(self, pool: ProcessPoolExecutor, workers: int, runs: dict[Path, list[tuple[int, int]]]) -> None:
        self.pool, self.workers = pool, workers
        self.waiting = deque((p, k, first, last) for p, rs in runs.items() for k, (first, last) in enumerate(rs))
        self.left = {p: len(rs) for p, rs in runs.items()}
        self.laid: dict[Path, dict[int, list]] = {p: {} for p in runs}
        self.failed: set[Path] = set()
        self.running: dict[Future, tuple[Path, int]] = {}
        self.finishing: dict[Path, Future] = {}

    def hand_on(self, p: Path, layout: list | None) -> None:
        try:
            self.finishing[p] = self.pool.submit(try_parse_file, p, themes=False, layout=layout)
        except Exception:  # noqa: BLE001 - a broken pool: the document is read in this process
            log.debug("could not hand %s to the pool", p, exc_info=True)

    def top_up(self) -> None:
        while self.waiting and len(self.running) < self.workers + 1:
            p, k, first, last = self.waiting.popleft()
            try:
                self.running[self.pool.submit(lay_out, str(p), first, last)] = (p, k)
            except Exception:  # noqa: BLE001 - a broken pool: the document is read in this process
                self.failed.add(p)

    def _collect(self, done: set[Future]) -> None:
        for f in done & self.running.keys():
            p, k = self.running.pop(f)
            try:
                self.laid[p][k] = f.result()
            except Exception:  # noqa: BLE001 - laid out again alone, where its failure is named
                self.failed.add(p)
            self.left[p] -= 1
            if self.left[p] == 0:
                runs = self.laid.pop(p)
                self.hand_on(p, None if p in self.failed else [page for k in sorted(runs) for page in runs[k]])
        self.top_up()

    def result(self, p: Path) -> ParsedDocument | Failure:
        """Document `p` read, segmented and judged (not tagged), keeping the pool busy meanwhile."""
        while p not in self.finishing and self.running:
            done, _ = wait(self.running, return_when=FIRST_COMPLETED)
            self._collect(done)
        while p in self.finishing and not self.finishing[p].done():
            done, _ = wait([*self.running, self.finishing[p]], return_when=FIRST_COMPLETED)
            self._collect(done)
        try:
            return self.finishing[p].result()
        except Exception:  # noqa: BLE001 - the pool broke or never had it: read it here
            return try_parse_file(p, themes=False)


__all__ = ["Failure", "lend_councils", "needs_ocr", "parse_document", "parse_file", "parse_files", "pipeline_version", "try_parse_file"]
