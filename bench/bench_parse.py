"""Parse speed: our PDF reader against bare pdfminer, in pages per second.

    python bench/bench_parse.py                  # all PDFs in ../shared/external, else tests/fixtures/pdf
    python bench/bench_parse.py a.pdf b.pdf --workers 2 --repeat 1
    python bench/bench_parse.py --tables-cost      # also: what reading ruled tables costs

Prints, for the same files: pdfminer `extract_text` (the floor our reader stands on),
`read_document` with one worker and with `--workers` (page ranges laid out in a
process pool), and `parse_file(themes=False)` (read + segment) when importable. Scanned
pages are not OCR'd in these runs (SCRUTINY_OCR=0), so the rates are born-digital ones;
OCR is timed apart on the scanned fixture when Tesseract is installed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def default_paths() -> list[Path]:
    external = ROOT.parent / "shared" / "external"
    paths = sorted(external.rglob("*.pdf")) if external.exists() else []
    return paths or sorted((ROOT / "tests" / "fixtures" / "pdf").glob("*.pdf"))


def timed(fn, paths: list[Path], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for path in paths:
            fn(path)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--workers", type=int, default=2, help="process-pool size for the parallel run")
    parser.add_argument("--repeat", type=int, default=1, help="runs per method; the best is kept")
    parser.add_argument("--tables-cost", action="store_true", help="time reading with and without ruled tables")
    args = parser.parse_args()
    os.environ["SCRUTINY_OCR"] = "0"  # born-digital rates; OCR is timed apart below

    from pdfminer.high_level import extract_text

    from pipeline.errors import ScrutinyError
    from pipeline.ingest import read_document
    from pipeline.ingest.pdf import _count_pages, read_pdf

    paths = []
    for p in args.paths or default_paths():
        try:
            pages = _count_pages(p)
        except ScrutinyError as exc:
            print(f"skip {p.name}: {exc.code}")
            continue
        paths.append((p, pages))
    files = [p for p, _ in paths]
    total = sum(n for _, n in paths)
    print(f"{len(files)} PDFs, {total} pages\n")

    methods = [("pdfminer extract_text", lambda p: extract_text(str(p))),
               ("read_document (1 worker)", read_document),
               (f"read_pdf ({args.workers} workers)", lambda p: read_pdf(p, workers=args.workers))]
    try:
        from pipeline.process import parse_file

        methods.append(("parse_file(themes=False)", lambda p: parse_file(p, themes=False)))
    except ImportError as exc:
        print(f"(parse_file not importable: {exc})")

    results = {}
    print(f"{'method':32} {'seconds':>9} {'pages/s':>9} {'vs pdfminer':>12}")
    for name, fn in methods:
        try:
            seconds = timed(fn, files, args.repeat)
        except Exception as exc:  # noqa: BLE001 - a bench reports, it doesn't stop
            print(f"{name:32} failed: {type(exc).__name__}: {exc}")
            continue
        results[name] = seconds
        base = results.get("pdfminer extract_text", seconds)
        print(f"{name:32} {seconds:9.1f} {total / seconds:9.1f} {base / seconds:11.2f}x", flush=True)
    tagging_next_to_parsing(files, results.get("parse_file(themes=False)"))
    if args.tables_cost:
        tables_cost(files, total)
    ocr_speed()


def tables_cost(files: list[Path], total: int) -> None:
    """Reading time with ruled tables read by pdfplumber, and with the table finder off."""
    import pipeline.ingest.pdf as pdf
    from pipeline.ingest import read_document

    with_tables = timed(read_document, files, 1)
    real, pdf.read_tables = pdf.read_tables, lambda path, pages: {}
    try:
        without = timed(read_document, files, 1)
    finally:
        pdf.read_tables = real
    print(f"\nruled tables: {with_tables:.1f} s with, {without:.1f} s without "
          f"({with_tables / without - 1:+.0%}; {total / with_tables:.1f} against {total / without:.1f} pages/s)")


def ocr_speed() -> None:
    """OCR of the two scanned fixture pages, when Tesseract is installed."""
    del os.environ["SCRUTINY_OCR"]
    from pipeline.ingest import ocr
    from pipeline.ingest.pdf import read_pdf

    ocr.available.cache_clear()
    scan = ROOT / "tests" / "fixtures" / "pdf" / "post_office_response_scan_p4-5.pdf"
    if not ocr.available():
        print("\nOCR: Tesseract is not installed (apt-get install tesseract-ocr)")
        return
    start = time.perf_counter()
    _, pages, _ = read_pdf(scan)
    seconds = time.perf_counter() - start
    print(f"\nOCR ({ocr.DPI} dpi): {pages} scanned pages in {seconds:.1f} s = {seconds / pages:.1f} s a page")


def tagging_next_to_parsing(files: list[Path], parse_seconds: float | None) -> None:
    """Theme tagging of the same documents, so its share of a run is seen beside parsing."""
    import time

    from pipeline.process import parse_file
    from pipeline.themes import tag
    from pipeline.themes.tagger import default_tagger

    docs = [parse_file(p, themes=False) for p in files]
    t0 = time.perf_counter()
    default_tagger()  # built once per process: reported apart from the per-paragraph rate
    start_up = time.perf_counter() - t0
    paragraphs = sum(len(d.paragraphs) + len(d.recommendations) for d in docs)
    t0 = time.perf_counter()
    for d in docs:
        tag(d)
    seconds = time.perf_counter() - t0
    share = f", {seconds / (seconds + parse_seconds):.0%} of parse + tag" if parse_seconds else ""
    print(f"\ntheme tagging: {paragraphs} paragraphs and recommendations in {seconds:.1f} s = "
          f"{paragraphs / seconds:.0f} per second (start-up {start_up:.1f} s once per process){share}")


if __name__ == "__main__":
    main()
