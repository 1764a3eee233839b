"""Readers, one per format, all producing the same `Document`.

`read_document(path)` picks the reader by the file's suffix, hashes the bytes for the
document id, and fills the metadata from the publisher's sidecar when there is one
(`ingest.sidecar`), then from the opening lines (`ingest.meta`).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline import __version__
from pipeline.errors import ScrutinyError
from pipeline.files import sha256_file
from pipeline.ingest.meta import headed, read_meta
from pipeline.ingest.sidecar import overlay, read_sidecar
from pipeline.records import Document, Issue, Line

if TYPE_CHECKING:
    from pipeline.ingest.pdf import RawPage

log = logging.getLogger(__name__)

READER_VERSION = "ingest-17"  # 2: ruled tables read from their rules (pdfplumber); 3: titles and councils read anew (initials, sidecars, e-mail domain and style); 4: titles as the cover prints them largest; 5: notes at a page's foot marked as footnotes; 6: a bold line runs on into a line that starts bold and ends plain, cover fields read from table rows, a paper asking for a response is not one; 7: a margin line that gives its own page's number ("... – page 2") is furniture, even once; 8: a Word table cell's list paragraphs keep the numbers Word prints; 9: a Word text box is read once, after the paragraph that anchors it, and a title in capitals may end on '?' or ':'; 10: a scan stamped with its pack's page number is read by OCR, OCR's margin numbers joined to their lines, a word broken before its suffix joined, a letter's own continuation header is furniture, a paper that says it is a response is one; 11: a page in two languages side by side is read in its English half (W209); 12: the letterhead of an office that decides alone names the paper's body; 13: a note mark set small and raised is a superscript, text struck through is deleted and a markup balloon is no text, a margin number set lower than its paragraph or in the right margin opens it; 14: a box drawn with rounded corners frames what it holds, a dot drawn before a line is its bullet, an HTML table's caption is a line above it; 15: an e-mail reply written above the message it quotes is read without that message; 16: an HTML table marked role="presentation" is read as the page it lays out, a block holding only an item's label labels the block after it; 17: a PDF's running head gives the body and date its opening lines do not



def _reader(suffix: str):
    # Imported lazily: pdfminer and python-docx cost import time that a .txt run never needs.
    if suffix == ".txt":
        from pipeline.ingest.txt import read_txt

        return read_txt
    if suffix == ".pdf":
        from pipeline.ingest.pdf import read_pdf

        return read_pdf
    if suffix == ".docx":
        from pipeline.ingest.docx import read_docx

        return read_docx
    if suffix in (".html", ".htm"):
        from pipeline.ingest.html import read_html

        return read_html
    return None


def _publisher(path: Path, suffix: str) -> str | None:
    """Who publishes the file, where its container says so apart from its text: a web page's site name."""
    if suffix in (".html", ".htm"):
        from pipeline.ingest.html import page_publisher

        return page_publisher(path)
    return None


def read_document(path: str | Path, *, workers: int = 1, layout: list[RawPage] | None = None) -> Document:
    """Read one file into a `Document`; raise `ScrutinyError` with a code if it can't be read.

    `workers` > 1 lets a long PDF's pages be laid out in that many processes; the other
    formats read in milliseconds and ignore it. `layout` is a PDF's pages already laid out
    (`pipeline.ingest.pdf.lay_out`)."""
    path = Path(path)
    suffix = path.suffix.lower()
    reader = _reader(suffix)
    if reader is None:
        raise ScrutinyError("E101", path, suffix=suffix or "(none)")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ScrutinyError("E107", path, detail=exc.strerror or exc) from exc
    if size == 0:
        raise ScrutinyError("E104", path)
    doc_id = sha256_file(path)
    head: list[str] = []  # a PDF's running head, which may alone name the meeting and its date
    lines, pages, issues = reader(path, workers=workers, layout=layout, running=head) if suffix == ".pdf" else reader(path)
    if not any(line.text.strip() for line in lines) and not any(i.code == "W201" for i in issues):
        raise ScrutinyError("E108", path)
    return Document(
        id=doc_id,
        source=path.name,
        path=str(path),
        pages=pages,
        lines=lines,
        meta=overlay(read_sidecar(path), headed(read_meta(lines, source=path.name, publisher=_publisher(path, suffix)), head)),
        issues=issues,
        generator=f"scrutiny-{__version__}/{READER_VERSION}",
    )


__all__ = ["read_document", "sha256_file", "Document", "Line", "Issue"]
