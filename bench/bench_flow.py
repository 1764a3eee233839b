"""Timings of the archive flow: fixed cost, full run, no-op rerun, and the task runners.

    .venv/bin/python bench/bench_flow.py [--runners default,processes,dask] [--no-external]

The archive is data/sample plus the PDFs of ../shared/external when present, copied to
a temporary folder. Every run is a separate `scrutiny run` process, as a nightly job
would be, so imports and Prefect's start-up are counted. The in-flow time (from the
`runs` table) is what the run spent on the work itself.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.store import connect, row_counts  # noqa: E402

EXTERNAL = ROOT.parent / "shared" / "external"


def make_archive(target: Path, external: bool) -> tuple[int, int]:
    target.mkdir(parents=True)
    for f in sorted((ROOT / "data" / "sample").glob("*.txt")):
        shutil.copy(f, target / f.name)
    pdfs = sorted(EXTERNAL.rglob("*.pdf")) if external and EXTERNAL.exists() else []
    for f in pdfs:
        shutil.copy(f, target / f"{f.parent.name}__{f.name}")
    return len(list(target.iterdir())), len(pdfs)


def scrutiny_run(archive: Path, db: Path, env: dict[str, str], *extra: str) -> tuple[float, str]:
    cmd = [sys.executable, "-c", "from pipeline.cli import app; app()", "run", str(archive), "--db", str(db), *extra]
    t0 = time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return wall, done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""


def in_flow_seconds(db: Path) -> float:
    with closing(connect(db)) as con:
        row = con.execute(
            "SELECT epoch(finished_at) - epoch(started_at) FROM runs ORDER BY started_at DESC LIMIT 1"
        ).fetchone()
    return float(row[0])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runners", default="default,dask", help="full runs to time, comma-separated")
    ap.add_argument("--no-external", action="store_true", help="only data/sample")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench_flow_"))
    env = {**os.environ, "PREFECT_HOME": str(tmp / "prefect_home"), "PREFECT_LOGGING_LEVEL": "ERROR"}
    env.pop("PREFECT_API_URL", None)
    archive = tmp / "archive"
    n_files, n_pdfs = make_archive(archive, not args.no_external)
    print(f"archive: {n_files} files ({n_pdfs} PDFs) in {archive}; {os.cpu_count()} cores; "
          f"load average {os.getloadavg()[0]:.1f}")
    empty = tmp / "empty"
    empty.mkdir()
    wall, _ = scrutiny_run(empty, tmp / "warmup.duckdb", env)
    print(f"first run on a fresh PREFECT_HOME (migrations):      {wall:7.1f} s")
    fixed, _ = scrutiny_run(empty, tmp / "empty.duckdb", env)
    print(f"empty archive, flow started (the fixed cost):        {fixed:7.1f} s")
    results: dict[str, float] = {}
    for runner in args.runners.split(","):
        db = tmp / f"{runner}.duckdb"
        wall, line = scrutiny_run(archive, db, env, "--task-runner", runner, "--workers", "2")
        results[runner] = wall
        counts = row_counts(db)
        print(f"full run, {runner:>9} runner:                      {wall:7.1f} s  "
              f"(in-flow {in_flow_seconds(db):.1f} s; {counts['documents']} documents, "
              f"{counts['quarantine']} quarantined, {counts['recommendations']} recommendations)")
        if runner == args.runners.split(",")[0]:
            noop, line = scrutiny_run(archive, db, env)
            print(f"no-op rerun (hash check, Prefect not started):       {noop:7.1f} s")
            full = results[runner]
            print(f"rerun / full run:                                     {noop / full:7.1%}")
            print(f"rerun / (full run - fixed cost):                      {noop / max(full - fixed, 1e-9):7.1%}")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
