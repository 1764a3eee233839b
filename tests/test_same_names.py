"""Regression, issue 12: documents are known by their id, never by a file name two files may share.

An archive with `a/report.txt` (seed 000) and `a/response.txt` (its response, seed 001)
gave 6 links; adding an unrelated `b/report.txt` (seed 002) gave 0, six recommendations
were reported overdue, and one `report.json` overwrote the other.
"""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.archive import run_archive
from pipeline.cli import app
from pipeline.names import distinct_names, output_stem
from pipeline.report.tracker import write_tracker
from pipeline.store import load_table

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample"
TODAY = date(2026, 1, 1)


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    root = tmp_path / "archive"
    (root / "a").mkdir(parents=True)
    (root / "b").mkdir()
    shutil.copy(SAMPLE / "000_593ca2822bc8e53e.txt", root / "a" / "report.txt")
    shutil.copy(SAMPLE / "001_fb86ceb921ae4546.txt", root / "a" / "response.txt")
    shutil.copy(SAMPLE / "002_33a7cd2bbe0c14bc.txt", root / "b" / "report.txt")
    return root


@pytest.mark.parametrize(
    "paths,expected",
    [
        (["x/a/report.txt", "x/b/report.txt", "x/a/response.txt"],
         {"x/a/report.txt": "a/report.txt", "x/b/report.txt": "b/report.txt", "x/a/response.txt": "response.txt"}),
        (["one.txt", "two.txt"], {"one.txt": "one.txt", "two.txt": "two.txt"}),  # must stay: unique names stay bare
        (["p/q/r.txt", "s/q/r.txt"], {"p/q/r.txt": "p/q/r.txt", "s/q/r.txt": "s/q/r.txt"}),
    ],
)
def test_distinct_names_are_the_shortest_ends_that_differ(paths, expected):
    assert distinct_names(paths) == expected


def test_output_stems_keep_folders_apart():
    assert output_stem("report.txt") == "report"
    assert output_stem("a/report.txt") == "a__report"


def test_parse_links_by_id_and_writes_one_file_per_input(archive: Path, tmp_path: Path):
    out = tmp_path / "out"
    inputs = [archive / "a" / "report.txt", archive / "a" / "response.txt", archive / "b" / "report.txt"]
    result = CliRunner().invoke(app, ["parse", *map(str, inputs), "--out", str(out), "--no-themes"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["a__report.json", "b__report.json", "links.json", "response.json"]
    links = json.loads((out / "links.json").read_text())
    assert len(links) == 6
    assert {(link["report"], link["response_document"]) for link in links} == {("a/report.txt", "response.txt")}
    sources = {json.loads((out / f).read_text())["document"]["source"] for f in ("a__report.json", "b__report.json")}
    assert sources == {"a/report.txt", "b/report.txt"}


def test_archive_run_links_by_id_and_reports_no_false_overdue(archive: Path, tmp_path: Path):
    db, export = tmp_path / "store.duckdb", tmp_path / "export"
    digest = run_archive(archive, db, out=export, today=TODAY)
    assert (digest.documents_added, digest.links_added) == (3, 6)
    links = load_table(db, "links")
    docs = load_table(db, "documents").set_index("path")
    assert set(links["report_id"]) == {docs.loc["a/report.txt", "id"]}
    tracker = write_tracker(db, tmp_path / "reports", today=TODAY).table
    answered = tracker[tracker["report"] == "a/report.txt"]
    assert len(answered) == 6 and set(answered["status"]) == {"answered"}
    assert set(tracker["report"]) == {"a/report.txt", "b/report.txt"}
    assert "answered" not in set(tracker.loc[tracker["report"] == "b/report.txt", "status"])
    assert tracker["report_title"].notna().all()
    assert sorted(p.name for p in (export / "json").iterdir()) == [
        "a__report.json", "b__report.json", "links.json", "response.json",
    ]
