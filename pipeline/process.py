"""The per-document stages in order: read, segment, tag themes.

`parse_file` is what `scrutiny parse` and the archive flow both call for one file;
`link_documents` (in `pipeline.link`) then works across documents.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import ScrutinyError
from pipeline.ingest import read_document
from pipeline.records import Issue, ParsedDocument
from pipeline.segment import segment

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Failure:
    """A file that could not be processed: its path, error code and message."""

    path: str
    code: str
    message: str


def needs_ocr(parsed: ParsedDocument) -> Issue | None:
    """The W201 issue of a scanned document that yielded no text, else None."""
    if parsed.paragraphs:
        return None
    return next((i for i in parsed.document.issues if i.code == "W201"), None)


def parse_file(path: str | Path, *, themes: bool = True) -> ParsedDocument:
    """Read, segment and (unless `themes=False`) tag one file. Raises `ScrutinyError`."""
    parsed = segment(read_document(path))
    if themes:
        from pipeline.themes import tag

        parsed = tag(parsed)
    return parsed


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
