"""Static site build time and size, on data/sample and on the external documents (/work/shared/external).

    .venv/bin/python bench/bench_site.py [--db PATH --archive DIR] [--pdf] [--no-external]

For each store it prints: the first build into an empty folder (time, files, MB, of which the
original files), a rebuild with nothing changed (time, files written: 0 expected), and the
largest pages. Stores are made by the archive run without Prefect (`run_archive`), so the
site finds the original files where that run read them, as it will at the end of a nightly
run. The external store is made from the documents' `.txt` conversions unless --pdf asks
for the PDFs (slower: every page read, scans OCR'd when Tesseract is there); the site's
cost depends on the store, not on how it was parsed.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"
EXTERNAL = ROOT.parent / "shared" / "external"


def archive_run(folder: Path, db: Path) -> int:
    """The archive run without Prefect (`pipeline.archive.run_archive`) over `folder` into `db`; documents stored."""
    from pipeline.archive import run_archive

    t = time.perf_counter()
    digest = run_archive(folder, db)
    print(f"store of {folder}: {digest.documents_added} documents in {time.perf_counter() - t:.1f} s")
    return digest.documents_added


def text_conversions(folder: Path) -> Path:
    """A folder of links to the external PDFs' `.txt` conversions (the same tree), to run the archive over."""
    for path in sorted(EXTERNAL.rglob("*.pdf.txt")):
        link = folder / path.relative_to(EXTERNAL)
        link.parent.mkdir(parents=True, exist_ok=True)
        link.symlink_to(path)
    return folder


def size_mb(folder: Path, under: str = "") -> float:
    return sum(p.stat().st_size for p in (folder / under).rglob("*") if p.is_file()) / 1e6


def bench(name: str, db: Path, out: Path, archive: Path | None = None) -> None:
    from pipeline.site import build_site
    from pipeline.store import row_counts

    counts = row_counts(db)
    print(f"\n{name}: {counts['documents']} documents, {counts['paragraphs']} paragraphs, "
          f"{counts['recommendations']} recommendations, {counts['links']} links")
    shutil.rmtree(out, ignore_errors=True)
    t = time.perf_counter()
    first = build_site(db, out, archive=archive)
    cold = time.perf_counter() - t
    originals = size_mb(out, "files") if (out / "files").exists() else 0.0
    print(f"  first build: {cold:.1f} s, {first.files} files, {size_mb(out):.1f} MB "
          f"({originals:.1f} MB of it the {first.originals_copied} original files)")
    t = time.perf_counter()
    again = build_site(db, out, archive=archive)
    print(f"  rebuild, nothing changed: {time.perf_counter() - t:.1f} s, {len(again.written)} files written")
    biggest = sorted((p for p in out.rglob("*") if p.is_file() and "files" not in p.parts),
                     key=lambda p: p.stat().st_size, reverse=True)[:3]
    print("  largest pages: " + ", ".join(f"{p.relative_to(out)} {p.stat().st_size / 1e6:.2f} MB" for p in biggest))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path, help="An existing store to build from (instead of the sample and external).")
    ap.add_argument("--archive", type=Path, help="The original files of --db (default: where its latest run read).")
    ap.add_argument("--pdf", action="store_true", help="Build the external store from the PDFs, not their .txt.")
    ap.add_argument("--no-external", action="store_true")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-site-"))
    try:
        if args.db:
            bench(str(args.db), args.db, tmp / "site", args.archive)
            return
        archive_run(SAMPLE, tmp / "sample.duckdb")
        bench("data/sample", tmp / "sample.duckdb", tmp / "sample-site")
        if args.no_external or not EXTERNAL.exists():
            return
        folder = EXTERNAL if args.pdf else text_conversions(tmp / "external")
        archive_run(folder, tmp / "external.duckdb")
        bench(f"external ({'PDF' if args.pdf else '.pdf.txt'})", tmp / "external.duckdb", tmp / "external-site")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
