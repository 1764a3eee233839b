"""Search timing on a store of the whole external set (/work/shared/external), else data/sample.

    .venv/bin/python bench/bench_search.py [--db PATH]

Builds the store without Prefect (parse, tag, write, relink) unless --db names one,
then prints: index build time (cold, no cache), cache load time, and per-query times.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXTERNAL = ROOT.parent / "shared" / "external"
QUERIES = ["fuel poverty", "anti-social behaviour", "partnership working", "domestic abuse", "budget savings",
           "children's services", "locality working", "housing"]


def build_store(folder: Path, db: Path) -> int:
    from pipeline.archive import relink
    from pipeline.files import find_documents
    from pipeline.process import Failure, pipeline_version, try_parse_file
    from pipeline.store import connect, write_document

    files, _ = find_documents(folder)
    con = connect(db)
    stored = 0
    try:
        for path in files:
            parsed = try_parse_file(path)
            if isinstance(parsed, Failure):
                print(f"skip {path.name}: {parsed.code}", file=sys.stderr)
                continue
            write_document(con, parsed, path=path.relative_to(folder).as_posix(),
                           pipeline_version=pipeline_version())
            stored += 1
        relink(con)
    finally:
        con.close()
    return stored


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path)
    args = ap.parse_args()
    from pipeline.report.search import cache_dir, open_index

    tmp = Path(tempfile.mkdtemp(prefix="bench-search-"))
    db = args.db
    if db is None:
        source = EXTERNAL if EXTERNAL.exists() else ROOT / "data" / "sample"
        db = tmp / "store.duckdb"
        t = time.perf_counter()
        n = build_store(source, db)
        print(f"store: {n} documents from {source} in {time.perf_counter() - t:.1f} s")
    shutil.rmtree(cache_dir(db), ignore_errors=True)
    t = time.perf_counter()
    index = open_index(db)
    print(f"index build (cold): {time.perf_counter() - t:.3f} s for {len(index)} paragraphs")
    t = time.perf_counter()
    index = open_index(db)
    print(f"index load (cached): {time.perf_counter() - t:.3f} s")
    times = []
    for q in QUERIES:
        t = time.perf_counter()
        hits = index.search(q, limit=10)
        times.append(time.perf_counter() - t)
        top = hits[0].citation if hits else "-"
        print(f"  {q!r}: {times[-1] * 1000:.1f} ms, {len(hits)} hits, top {top}")
    print(f"query median {statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms")
    if args.db is None:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
