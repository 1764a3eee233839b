"""Whole-process wall times a user waits for (issue 13): the README's first command on a
fresh store of data/sample, a no-op rerun, and one `scrutiny search` call.

    .venv/bin/python bench/bench_start.py [--repeat 5]

Each figure is a separate process, imports included, as a user types it; printed as
minimum / median / maximum over the repeats. The first-run figure uses a new store
each time (the venv already set up, as after `make setup`).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRUTINY = [sys.executable, "-c", "from flows.cli import main; main()"]


def timed(cmd: list[str]) -> float:
    t = time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} failed ({done.returncode}):\n{done.stderr}")
    return time.perf_counter() - t


def row(name: str, times: list[float]) -> str:
    return f"{name:44} {min(times):7.2f} {statistics.median(times):7.2f} {max(times):7.2f}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-start-"))
    first, rerun, cold, search = [], [], [], []
    for i in range(args.repeat):
        db = tmp / f"store{i}.duckdb"
        run = [*SCRUTINY, "run", "data/sample", "--db", str(db), "--out", str(tmp / f"export{i}"), "--quiet"]
        first.append(timed(run))
        rerun.append(timed(run))
        query = [*SCRUTINY, "search", "locality working", "--db", str(db), "-n", "3"]
        cold.append(timed(query))  # builds and caches the index
        search.append(timed(query))
    print(f"{'whole process, seconds':44} {'min':>7} {'median':>7} {'max':>7}   ({args.repeat} runs each)")
    print(row("scrutiny run data/sample (new store)", first))
    print(row("scrutiny run data/sample (nothing new)", rerun))
    print(row("scrutiny search (first: builds the index)", cold))
    print(row("scrutiny search 'locality working'", search))
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
