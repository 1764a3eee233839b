"""Hostile and broken inputs through `read_document`: each gives its coded error or warning,
and every message names the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.config import PDF
from pipeline.errors import ScrutinyError
from pipeline.ingest import read_document


def _text_pdf(path: Path, pages: int = 2, size=A4, **kwargs) -> Path:
    c = canvas.Canvas(str(path), pagesize=size, **kwargs)
    for n in range(1, pages + 1):
        c.setFont("Helvetica", 9)
        c.drawString(20, size[1] - 40, f"{n}.1 Paragraph on page {n} of the long report.")
        c.showPage()
    c.save()
    return path


def _scan_pdf(path: Path, pages: int = 1) -> Path:
    """A PDF whose pages carry only a drawn shape: what a scanner without OCR produces."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(pages):
        c.rect(50, 50, 400, 600, fill=1)
        c.showPage()
    c.save()
    return path


def _raises(path: Path, code: str) -> ScrutinyError:
    with pytest.raises(ScrutinyError) as err:
        read_document(path)
    assert err.value.code == code
    assert path.name in str(err.value) and path.name in err.value.text
    return err.value


def test_truncated_pdf_is_e102(tmp_path):
    good = _text_pdf(tmp_path / "whole.pdf").read_bytes()
    bad = tmp_path / "truncated.pdf"
    bad.write_bytes(good[: len(good) // 3])
    err = _raises(bad, "E102")
    assert err.details["detail"]  # says what pdfminer met


def test_pdf_header_on_garbage_is_e102(tmp_path):
    bad = tmp_path / "garbage.pdf"
    bad.write_bytes(b"%PDF-1.7\n" + b"\x00\xff" * 3000)
    _raises(bad, "E102")


def test_not_a_pdf_is_e102(tmp_path):
    bad = tmp_path / "page.pdf"
    bad.write_text("<html><body>Not found</body></html>")
    assert "not a PDF" in _raises(bad, "E102").text


def test_encrypted_pdf_is_e103(tmp_path):
    path = _text_pdf(tmp_path / "locked.pdf", encrypt="secret")
    assert "qpdf --decrypt" in _raises(path, "E103").text


def test_image_only_pdf_needs_ocr(tmp_path):
    path = _scan_pdf(tmp_path / "scan.pdf", pages=2)
    doc = read_document(path)  # no E108: the caller must be able to record "needs OCR"
    assert doc.lines == [] and doc.pages == 2
    assert [i.code for i in doc.issues] == ["W201"]
    assert "scan.pdf" in doc.issues[0].message and "2 page(s)" in doc.issues[0].message


def test_partly_scanned_pdf_is_w205(tmp_path):
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    img = tmp_path / "scan.png"
    Image.new("RGB", (40, 40), "grey").save(img)
    path = tmp_path / "mixed.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawString(72, 700, "A page with text.")
    c.showPage()
    c.drawImage(ImageReader(str(img)), 50, 50, 400, 600)
    c.showPage()
    c.save()
    doc = read_document(path)
    assert [i.code for i in doc.issues] == ["W205"]
    assert "mixed.pdf" in doc.issues[0].message
    assert doc.lines[0].text == "A page with text."


def test_empty_file_is_e104(tmp_path):
    for name in ("empty.pdf", "empty.txt", "empty.docx", "empty.html"):
        path = tmp_path / name
        path.write_bytes(b"")
        _raises(path, "E104")


def test_unknown_extension_is_e101(tmp_path):
    path = tmp_path / "minutes.odt"
    path.write_bytes(b"PK\x03\x04 something")
    assert "'.odt'" in _raises(path, "E101").text


def test_binary_named_txt_is_e105(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes(bytes(range(256)) * 8)
    _raises(path, "E105")


def test_cp1252_text_is_w202_and_read_right(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("1. The Council’s “Café” budget – £5m.\n".encode("cp1252"))
    doc = read_document(path)
    assert [i.code for i in doc.issues] == ["W202"] and "old.txt" in doc.issues[0].message
    assert doc.lines[0].text == "1. The Council’s “Café” budget – £5m."


def test_damaged_docx_is_e106(tmp_path):
    path = tmp_path / "report.docx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    _raises(path, "E106")


def test_text_free_html_is_e108(tmp_path):
    path = tmp_path / "blank.html"
    path.write_text("<html><head><script>var x = 1;</script></head><body><nav>Home</nav></body></html>")
    _raises(path, "E108")


def test_very_long_pdf_is_w203_and_read_whole(tmp_path):
    pages = PDF.large_document_pages + 200  # 500 with the default setting
    path = _text_pdf(tmp_path / "long.pdf", pages=pages, size=(200, 120))
    doc = read_document(path)
    assert doc.pages == pages
    assert [i.code for i in doc.issues] == ["W203"] and str(pages) in doc.issues[0].message
    assert "long.pdf" in doc.issues[0].message
    assert [ln.page for ln in doc.lines] == list(range(1, pages + 1))
    assert doc.lines[-1].text == f"{pages}.1 Paragraph on page {pages} of the long report."


def test_utf16_text_with_a_byte_order_mark_is_read_not_refused(tmp_path):
    from pipeline.ingest import read_document

    path = tmp_path / "unicode.txt"
    path.write_bytes("1. The Board welcomed the report’s findings.\n".encode("utf-16"))
    doc = read_document(path)
    assert doc.lines[0].text == "1. The Board welcomed the report’s findings."




def test_a_scan_is_reported_as_needing_ocr_by_parse_not_as_an_empty_success(tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app

    scan = _scan_pdf(tmp_path / "scan.pdf")
    result = CliRunner().invoke(app, ["parse", str(scan), "--out", str(tmp_path / "out"), "--no-themes"])
    assert result.exit_code == 0
    line = next(l for l in result.output.splitlines() if "scan.pdf" in l)
    assert line.startswith("OCR") and "W201" in line and "ocrmypdf" in line


def test_a_scan_is_quarantined_by_the_archive_run(tmp_path):
    from pipeline.archive import run_archive
    from pipeline.store import load_table

    archive = tmp_path / "archive"
    archive.mkdir()
    _scan_pdf(archive / "scan.pdf")
    digest = run_archive(archive, tmp_path / "store.duckdb")
    assert (digest.documents_added, digest.quarantined, digest.failures) == (0, 1, 1)
    assert load_table(tmp_path / "store.duckdb", "quarantine")["code"].tolist() == ["W201"]


def _ocr_requests(monkeypatch) -> list[list[int]]:
    """The pages the reader sends to OCR, recorded (and nothing read), with OCR taken as installed."""
    import pipeline.ingest.pdf as pdf

    sent: list[list[int]] = []
    monkeypatch.setattr(pdf.ocr, "available", lambda: True)
    monkeypatch.setattr(pdf, "_ocr", lambda p, raws, pages: sent.append(pages) or [])
    return sent


def test_a_scan_stamped_with_the_packs_page_number_is_read_as_a_scan(tmp_path, monkeypatch):
    """A scanned letter bound into an agenda pack carries one line of text, the pack's page stamp ("Page 24"), over a
    page-wide image: its words are in the image, so it goes to OCR like a page with no text at all. A page of text
    beside a small image (a logo) does not."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    img = tmp_path / "scan.png"
    Image.new("RGB", (60, 80), "grey").save(img)
    path = tmp_path / "pack.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(str(img)), 480, 760, 60, 40)  # a logo
    c.drawString(72, 700, "Cabinet Member's response to the task group, set out in the letter that follows.")
    c.showPage()
    c.drawImage(ImageReader(str(img)), 20, 20, 555, 800)
    c.drawString(500, 20, "Page 24")
    c.showPage()
    c.save()
    sent = _ocr_requests(monkeypatch)
    read_document(path)
    assert sent == [[1]]


def test_a_photograph_over_half_a_page_with_its_caption_is_no_scan(tmp_path, monkeypatch):
    """Found by review: a photograph set over most of a page, captioned, is read from its own text, not by OCR."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    img = tmp_path / "photo.png"
    Image.new("RGB", (60, 80), "grey").save(img)
    path = tmp_path / "photo.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(str(img)), 40, 200, 515, 600)
    c.drawString(40, 180, "Figure 2: Northfold Central Library")
    c.showPage()
    c.save()
    sent = _ocr_requests(monkeypatch)
    assert [ln.text for ln in read_document(path).lines] == ["Figure 2: Northfold Central Library"] and sent == []
