"""OCR of scanned PDF pages: pypdfium2 renders the page, Tesseract reads it (pytesseract).

Only pages without a text layer are read this way. Tesseract's words, grouped into its
lines, come back as the same fragments (text, box, position in points) that the layout
analysis gives for a born-digital page, so headers, folios, list markers and paragraph
gaps are handled by one reader. Tesseract is a system program (`apt-get install
tesseract-ocr`); where it is missing the pages stay unread and the document is reported
as needing OCR (W201/W205), as before.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterator
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

log = logging.getLogger(__name__)

DPI = 200  # enough for 10-point print; 300 doubles the time for no gain on these scans
LANG = "eng"
MIN_CONFIDENCE = 30  # Tesseract's word confidence (0-100): below it, specks and rules read as letters
TIMEOUT = 120  # seconds for one page; a page Tesseract cannot finish is left unread, not the night


@lru_cache(maxsize=1)
def available() -> bool:
    """Tesseract and pytesseract are installed, and OCR is not switched off
    (SCRUTINY_OCR=0)."""
    if os.environ.get("SCRUTINY_OCR", "1") == "0":
        return False
    return shutil.which("tesseract") is not None and find_spec("pytesseract") is not None


def _runs(ks: list[int], data: dict) -> list[list[int]]:
    """A Tesseract line split where the gap between two words is wider than two line
    heights: a banner's date and its title, or a verdict and a footer URL on one baseline,
    are separate pieces of text, as pdfminer would give them."""
    runs = [[ks[0]]]
    for a, b in zip(ks, ks[1:]):
        gap = data["left"][b] - (data["left"][a] + data["width"][a])
        if gap > 2 * max(data["height"][a], data["height"][b]):
            runs.append([])
        runs[-1].append(b)
    return runs


OcrLine = tuple[str, float, float, float, float, int]  # text, x0, x1, y0, y1, block


def ocr_pages(path: Path, pages: list[int]) -> Iterator[tuple[int, list[OcrLine] | None]]:
    """(page, lines) for each of `pages` (0-based), the document opened once. Lines are
    (text, x0, x1, y0, y1, block) in PDF points with y measured from the bottom of the
    page, like pdfminer's layout objects; None where OCR failed (logged), so one bad
    page leaves only itself unread."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        for n in pages:
            lines: list[OcrLine] | None
            try:
                lines = _page_lines(pdf[n])
            except Exception as exc:  # noqa: BLE001 - a failed OCR leaves the page unread, as without OCR
                log.warning("%s: page %d: OCR failed (%s: %s)", path, n + 1, type(exc).__name__, exc)
                lines = None
            else:
                log.debug("%s: page %d: %d line(s) by OCR", path, n + 1, len(lines))
            yield n, lines
    finally:
        pdf.close()


def _page_lines(pdf_page) -> list[OcrLine]:
    import pytesseract

    height = pdf_page.get_height()
    image = pdf_page.render(scale=DPI / 72).to_pil()
    data = pytesseract.image_to_data(image, lang=LANG, output_type=pytesseract.Output.DICT, timeout=TIMEOUT)
    scale = 72 / DPI
    lines: dict[tuple[int, int, int], list[int]] = {}
    for k, word in enumerate(data["text"]):
        if word.strip() and float(data["conf"][k]) >= MIN_CONFIDENCE:
            lines.setdefault((data["block_num"][k], data["par_num"][k], data["line_num"][k]), []).append(k)
    out = []
    for (block, _, _), ks in sorted(lines.items()):
        ks.sort(key=lambda k: data["left"][k])
        for run in _runs(ks, data):
            x0 = min(data["left"][k] for k in run) * scale
            x1 = max(data["left"][k] + data["width"][k] for k in run) * scale
            top = min(data["top"][k] for k in run) * scale
            bottom = max(data["top"][k] + data["height"][k] for k in run) * scale
            text = " ".join(data["text"][k] for k in run)
            out.append((text, x0, x1, height - bottom, height - top, block))
    return out
