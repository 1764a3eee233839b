"""Parse speed against bare pdfminer, each measured as a whole process, side by side.

    python bench/bench_parse.py                      # the PDFs in ../shared/external, else tests/fixtures/pdf
    python bench/bench_parse.py FOLDER_OR_PDF ...    # any PDFs
    python bench/bench_parse.py bench/sets/mixed7.txt --rounds 3   # the named set of the README's row
    python bench/bench_parse.py FOLDER --rounds 3 --per-file --ocr   # medians of three alternating rounds

Each method runs as its own process over the same files, the methods in turn (A B C D
A B C D ...), so a drift in the machine's speed touches them alike; the table gives each
method's median wall time, its median CPU time, and the median of its per-round ratios
to bare pdfminer:

- `pdfminer extract_text`: `pdfminer.high_level.extract_text` on each file, one process
  (the floor our reader stands on);
- `read_document`: our reader alone, one process;
- `read_pdf, pages across N`: our reader with each file's pages laid out in N processes;
- `parse, no themes/link`: `scrutiny parse --workers 1 --no-themes --no-link`;
- `parse --workers 1` and `--workers N`: the full parse (read, segment, answers, themes,
  links), files across N processes.

Scanned pages are not OCR'd (SCRUTINY_OCR=0): the figures are born-digital ones. `--ocr`
times OCR apart on the scanned fixture; `--per-file` adds, in this process, each file's
pdfminer and reading time (which files cost most against the floor).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PDFMINER = "import sys\nfrom pdfminer.high_level import extract_text\nfor p in sys.argv[1:]: extract_text(p)"
READ = "import sys\nfrom pipeline.ingest import read_document\nfor p in sys.argv[1:]: read_document(p)"
READ_PAGES = ("import sys\nfrom pipeline.ingest import read_document\n"
              "n = int(sys.argv[1])\nfor p in sys.argv[2:]: read_document(p, workers=n)")


def default_paths() -> list[Path]:
    external = ROOT.parent / "shared" / "external"
    paths = sorted(external.rglob("*.pdf")) if external.exists() else []
    return paths or sorted((ROOT / "tests" / "fixtures" / "pdf").glob("*.pdf"))


def listed(path: Path) -> list[Path]:
    """A set file (`bench/sets/*.txt`): one PDF a line under ../shared/external, `#` comments."""
    external = ROOT.parent / "shared" / "external"
    names = [x.strip() for x in path.read_text(encoding="utf-8").splitlines()]
    paths = [external / x for x in names if x and not x.startswith("#")]
    missing = [str(x) for x in paths if not x.exists()]
    if missing:
        raise SystemExit(f"{path}: not found: {', '.join(missing)} (the set needs ../shared/external)")
    return paths


def pdf_paths(args: list[Path]) -> list[Path]:
    out: list[Path] = []
    for a in args:
        out += sorted(a.rglob("*.pdf")) if a.is_dir() else listed(a) if a.suffix == ".txt" else [a]
    return out


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + sys of the process and its children) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):  # parse exits 1 when a file failed; that is still a run
        raise RuntimeError(f"{cmd[:4]} exited {done.returncode}: {done.stderr[-500:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def methods(files: list[str], workers: int, out: str) -> list[tuple[str, list[str]]]:
    py = sys.executable
    parse = [py, "-m", "flows.cli", "parse", *files, "--out", out]
    return [
        ("pdfminer extract_text", [py, "-c", PDFMINER, *files]),
        ("read_document", [py, "-c", READ, *files]),
        (f"read_pdf, pages across {workers}", [py, "-c", READ_PAGES, str(workers), *files]),
        ("parse, no themes/link", [*parse, "--workers", "1", "--no-themes", "--no-link"]),
        ("parse --workers 1", [*parse, "--workers", "1"]),
        (f"parse --workers {workers}", [*parse, "--workers", str(workers)]),
    ]


def side_by_side(files: list[Path], pages: int, rounds: int, workers: int) -> None:
    env = {**os.environ, "SCRUTINY_OCR": "0", "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    with tempfile.TemporaryDirectory() as out:
        cmds = methods([str(f) for f in files], workers, out)
        walls: dict[str, list[float]] = {name: [] for name, _ in cmds}
        cpus: dict[str, list[float]] = {name: [] for name, _ in cmds}
        print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
        for r in range(rounds):
            for name, cmd in cmds:
                wall, cpu = run(cmd, env)
                walls[name].append(wall)
                cpus[name].append(cpu)
            print(f"round {r + 1}/{rounds}: " + ", ".join(f"{walls[n][-1]:.1f}" for n, _ in cmds), flush=True)
        print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}\n")
    base = walls["pdfminer extract_text"]
    print(f"{'method':30} {'wall s':>8} {'cpu s':>8} {'pages/s':>8} {'x pdfminer':>11}  (medians of {rounds})")
    for name, _ in cmds:
        wall = statistics.median(walls[name])
        ratio = statistics.median(w / b for w, b in zip(walls[name], base))
        print(f"{name:30} {wall:8.1f} {statistics.median(cpus[name]):8.1f} {pages / wall:8.1f} {ratio:10.2f}x")


def per_file(files: list[Path], page_counts: list[int]) -> None:
    """Each file's pdfminer and reading time in this process, the costliest against the floor first."""
    from pdfminer.high_level import extract_text

    from pipeline.ingest import read_document

    os.environ["SCRUTINY_OCR"] = "0"
    rows = []
    for f, n in zip(files, page_counts):
        t0 = time.perf_counter()
        extract_text(str(f))
        t1 = time.perf_counter()
        read_document(f)
        t2 = time.perf_counter()
        rows.append((t2 - t1, t1 - t0, n, f.name))
    print(f"\n{'read s':>7} {'pdfminer s':>10} {'ratio':>6} {'pages':>6}  file")
    for read, floor, n, name in sorted(rows, key=lambda r: -r[0]):
        print(f"{read:7.2f} {floor:10.2f} {read / floor:6.2f} {n:6d}  {name}")


def ocr_speed() -> None:
    """OCR of the two scanned fixture pages, when Tesseract is installed."""
    from pipeline.ingest import ocr
    from pipeline.ingest.pdf import read_pdf

    os.environ.pop("SCRUTINY_OCR", None)
    ocr.available.cache_clear()
    if not ocr.available():
        print("\nOCR: Tesseract is not installed (apt-get install tesseract-ocr)")
        return
    start = time.perf_counter()
    _, pages, _ = read_pdf(ROOT / "tests" / "fixtures" / "pdf" / "post_office_response_scan_p4-5.pdf")
    seconds = time.perf_counter() - start
    print(f"\nOCR ({ocr.DPI} dpi): {pages} scanned pages in {seconds:.1f} s = {seconds / pages:.1f} s a page")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", type=Path, help="PDFs or folders of PDFs")
    parser.add_argument("--workers", type=int, default=2, help="processes for the parallel runs")
    parser.add_argument("--rounds", type=int, default=1,
                        help="runs of each method, alternating (3 or more to quote medians; one round over "
                             "../shared/external takes about 20 minutes)")
    parser.add_argument("--per-file", action="store_true", help="also each file's reading time against pdfminer")
    parser.add_argument("--ocr", action="store_true", help="also time OCR on the scanned fixture")
    args = parser.parse_args()

    from pipeline.errors import ScrutinyError
    from pipeline.ingest.pdf import count_pages

    files, page_counts = [], []
    for p in pdf_paths(args.paths) or default_paths():
        try:
            page_counts.append(count_pages(p))
        except ScrutinyError as exc:
            print(f"skip {p.name}: {exc.code}")
            continue
        files.append(p)
    pages = sum(page_counts)
    print(f"{len(files)} PDFs, {pages} pages")
    side_by_side(files, pages, args.rounds, args.workers)
    if args.per_file:
        per_file(files, page_counts)
    if args.ocr:
        ocr_speed()


if __name__ == "__main__":
    main()
