"""Static site build time and size, on data/sample and on the external documents (/work/shared/external).

    .venv/bin/python bench/bench_site.py [--db PATH --archive DIR] [--pdf] [--no-external]

For each store it prints: the first build into an empty folder (time, files, MB, of which the
original files), a rebuild with nothing changed (time, files written: 0 expected), and the
largest pages. Stores are built without Prefect (parse, tag, write, relink, as
bench_search.py does). The external store is made from the documents' `.txt` conversions
unless --pdf asks for the PDFs (slower: every page read, scans OCR'd when Tesseract is there);
the site's cost depends on the store, not on how it was parsed.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"
EXTERNAL = ROOT.parent / "shared" / "external"


def build_store(files: list[Path], folder: Path, db: Path) -> int:
    from pipeline.archive import relink
    from pipeline.process import Failure, pipeline_version, try_parse_file
    from pipeline.store import connect, write_document

    con = connect(db)
    stored = 0
    try:
        for path in files:
            parsed = try_parse_file(path)
            if isinstance(parsed, Failure):
                print(f"skip {path.name}: {parsed.code}", file=sys.stderr)
                continue
            write_document(con, parsed, path=path.relative_to(folder).as_posix(), pipeline_version=pipeline_version())
            stored += 1
        relink(con)
    finally:
        con.close()
    return stored


def size_mb(folder: Path, under: str = "") -> float:
    return sum(p.stat().st_size for p in (folder / under).rglob("*") if p.is_file()) / 1e6


def bench(name: str, db: Path, archive: Path | None, out: Path) -> None:
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
    ap.add_argument("--archive", type=Path, help="The original files of --db.")
    ap.add_argument("--pdf", action="store_true", help="Build the external store from the PDFs, not their .txt.")
    ap.add_argument("--no-external", action="store_true")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-site-"))
    try:
        if args.db:
            bench(str(args.db), args.db, args.archive, tmp / "site")
            return
        t = time.perf_counter()
        n = build_store(sorted(SAMPLE.glob("*.txt")), SAMPLE, tmp / "sample.duckdb")
        print(f"sample store: {n} documents in {time.perf_counter() - t:.1f} s")
        bench("data/sample", tmp / "sample.duckdb", SAMPLE, tmp / "sample-site")
        if args.no_external or not EXTERNAL.exists():
            return
        pattern = "*.pdf" if args.pdf else "*.pdf.txt"
        files = sorted(p for p in EXTERNAL.rglob(pattern) if p.is_file())
        t = time.perf_counter()
        n = build_store(files, EXTERNAL, tmp / "external.duckdb")
        print(f"\nexternal store: {n} documents ({pattern}) in {time.perf_counter() - t:.1f} s")
        bench(f"external ({pattern})", tmp / "external.duckdb", EXTERNAL, tmp / "external-site")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
