"""Parsing with a pool of page readers gives what parsing one file at a time gives."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline.ingest.pdf import page_runs
from pipeline.process import parse_files
from pipeline.records import Failure

FIXTURES = Path(__file__).parent / "fixtures"


def test_page_runs_cover_every_page_once_and_keep_short_documents_whole() -> None:
    for n in (1, 5, 23, 24, 25, 111):
        for workers in (1, 2, 3, 8):
            runs = page_runs(n, workers)
            assert [p for a, b in runs for p in range(a, b)] == list(range(n))
            assert all(b > a for a, b in runs)
    assert page_runs(10, 4) == [(0, 10)]  # short: one run, no pool overhead
    assert len(page_runs(111, 2)) == 4  # two runs per process


@pytest.fixture
def mixed(tmp_path: Path) -> list[Path]:
    """Two real PDFs (the first named again at the end), a PDF with no pages, a text file and an
    empty PDF, in an order to keep."""
    folder = tmp_path / "in"
    folder.mkdir()
    files = []
    for name in ("kent_decision_report_24-00093.pdf", "kent_record_of_decision_24-00093.pdf"):
        files.append(Path(shutil.copy(FIXTURES / "pdf" / name, folder / name)))
    damaged = folder / "no_pages.pdf"
    damaged.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF")
    text = folder / "note.txt"
    text.write_text("Scrutiny Committee\n\n1. Introduction\n\n1.1 This report sets out the position.\n", encoding="utf-8")
    empty = folder / "empty.pdf"
    empty.write_bytes(b"")
    return [files[0], damaged, text, files[1], empty, files[0]]


def _outcome(result) -> object:
    if isinstance(result, Failure):
        return ("failure", result.code)
    return json.dumps(result.to_json(), sort_keys=True)


@pytest.mark.parametrize("themes", [False, True])
def test_a_pool_of_two_parses_what_one_process_parses_in_the_same_order(mixed, themes) -> None:
    one = list(parse_files(mixed, workers=1, themes=themes))
    two = list(parse_files(mixed, workers=2, themes=themes))
    assert [p for p, _ in two] == mixed
    assert [_outcome(r) for _, r in two] == [_outcome(r) for _, r in one]
    codes = [r.code for _, r in two if isinstance(r, Failure)]
    assert codes == ["E108", "E104"]  # a PDF with no pages and an empty file, named as when read alone
    assert sum(not isinstance(r, Failure) for _, r in two) == 4  # the first PDF named twice: two documents
    assert two[0][1] is not two[-1][1]


def test_a_parse_with_themes_and_answers_loads_neither_scikit_learn_nor_scipy_nor_pandas() -> None:
    """Their imports cost seconds a process: the models run as arrays (pipeline.frozen)."""
    import subprocess
    import sys

    code = ("import sys, json\nfrom pipeline.process import parse_file\n"
            f"d = parse_file({str(FIXTURES / 'pdf' / 'kent_executive_response_24-00093.pdf')!r})\n"
            "print(json.dumps([len(d.responses), sorted({m.split('.')[0] for m in sys.modules}"
            " & {'sklearn', 'scipy', 'pandas', 'joblib'})]))")
    out = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).parents[1], capture_output=True, text=True,
                         check=True)
    responses, heavy = json.loads(out.stdout.strip().splitlines()[-1])
    assert responses > 0 and heavy == []
