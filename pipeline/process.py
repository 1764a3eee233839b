"""The per-document stages in order: read, segment, find answers, tag themes.

`parse_file` is what `scrutiny parse` and the archive run both call for one file;
`pipeline.link.link_documents` then works across documents. The pipeline version that
the store keeps with each document is composed here, where the stages are composed.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

from pipeline import __version__
from pipeline.answers import ANSWERS_VERSION, find_answers
from pipeline.errors import ScrutinyError
from pipeline.ingest import READER_VERSION, read_document
from pipeline.records import Document, Failure, Issue, ParsedDocument
from pipeline.segment import SEGMENTER_VERSION, segment
from pipeline.themes import THEMES_VERSION, tag

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


def parse_file(path: str | Path, *, themes: bool = True) -> ParsedDocument:
    """Read, segment, find answers and (unless `themes=False`) tag one file. Raises `ScrutinyError`."""
    parsed = parse_document(read_document(path))
    return tag(parsed) if themes else parsed


def try_parse_file(path: str | Path, *, themes: bool = True) -> ParsedDocument | Failure:
    """`parse_file`, with every failure turned into a coded `Failure` (never a traceback)."""
    try:
        return parse_file(path, themes=themes)
    except ScrutinyError as exc:
        return Failure(str(path), exc.code, exc.text)
    except Exception as exc:  # noqa: BLE001 - one bad file must never stop the others
        log.exception("unexpected failure on %s", path)
        err = ScrutinyError("E199", path, detail=f"{type(exc).__name__}: {exc}")
        return Failure(str(path), err.code, err.text)


__all__ = ["Failure", "needs_ocr", "parse_document", "parse_file", "pipeline_version", "try_parse_file"]
