"""The recommendation tracker over data/sample: 000's six answered by 001, the rest awaiting
or overdue; read back from the .xlsx (openpyxl) and the .csv."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from typer.testing import CliRunner

from pipeline.cli.report import app
from pipeline.report.tracker import COLUMNS, write_tracker

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"
TODAY = date(2026, 1, 1)
REPORT_000 = "000_593ca2822bc8e53e.txt"
RESPONSE_001 = "001_fb86ceb921ae4546.txt"


@pytest.fixture(scope="module")
def store(sample_store) -> Path:
    return sample_store


@pytest.fixture(scope="module")
def files(store, tmp_path_factory):
    return write_tracker(store, tmp_path_factory.mktemp("tracker"), today=TODAY)


def sheet_rows(path: Path) -> tuple[list[str], list[dict]]:
    ws = load_workbook(path).active
    rows = list(ws.iter_rows(values_only=True))
    header = list(rows[0])
    return header, [dict(zip(header, r)) for r in rows[1:]]


def test_xlsx_is_a_usable_tracker(files):
    ws = load_workbook(files.xlsx).active
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{get_column_letter(len(files.table.columns))}{len(files.table) + 1}"
    text_column = get_column_letter(list(files.table.columns).index("text") + 1)
    assert ws.column_dimensions[text_column].width == 70  # the recommendation text wraps in a wide column
    header, rows = sheet_rows(files.xlsx)
    assert header == list(files.table.columns)
    for col in ("report_title", "report_date", "report", "recommendation", "council", "body", "text", "addressee_1",
                "addressee_named", "answer", "answer_text", "response_document", "response_date", "stance",
                "progress", "status", "days_open"):
        assert col in header
    assert header.index("report_title") < header.index("report")  # people read the title, not the file name
    assert len(rows) == 14


def test_000_is_answered_by_001_with_stance_and_progress(files):
    _, rows = sheet_rows(files.xlsx)
    answered = [r for r in rows if r["report"] == REPORT_000]
    assert sorted(r["recommendation"] for r in answered) == ["1", "2", "3", "4", "5", "6"]
    for r in answered:
        assert r["status"] == "answered" and r["days_open"] is None
        assert r["response_document"] == RESPONSE_001 and r["response_to"] == r["recommendation"]
        assert r["response_date"] == "2013-09-09"
        assert r["stance"] == "accepted" and r["progress"] in ("completed", "in progress", "not started", "not yet known")
        assert r["answer"] and r["answer"] in r["answer_text"]  # the answer's own words, verbatim
        assert r["council"] == "Leeds City Council" and r["report_date"] == "2013-05"
    assert {r["recommendation"]: r["progress"] for r in answered}["5"] == "completed"


def test_every_other_recommendation_is_overdue_or_a_decision_sought(files):
    _, rows = sheet_rows(files.xlsx)
    others = [r for r in rows if r["report"] != REPORT_000]
    assert len(others) == 8
    for r in others:  # 2007-2018 reports with no response by 2026
        assert r["response_document"] is None and r["stance"] is None
        if r["kind"] == "decision_sought":  # the meeting settles it: never overdue (issue 11)
            assert r["status"] == "decision_sought" and r["days_open"] is None
        else:  # past the 60-day deadline
            assert r["status"] == "overdue" and r["days_open"] > 60
    assert sorted(r["recommendation"] for r in others if r["kind"] == "scrutiny_recommendation") == [  # 37 a) ... e), as printed
        "a", "b", "c", "d", "e"]


def test_overdue_and_awaiting_rows_are_highlighted(files):
    ws = load_workbook(files.xlsx)["Recommendations"]
    status = get_column_letter(list(files.table.columns).index("status") + 1)
    rules = {r.formula[0]: r.dxf.fill.bgColor.rgb for cf in ws.conditional_formatting for r in cf.rules}
    assert rules == {f'${status}2="overdue"': "00F8CBAD", f'${status}2="awaiting"': "00FFE699"}
    (ranges,) = [str(cf.sqref) for cf in ws.conditional_formatting][:1]
    assert ranges == f"A2:{get_column_letter(len(files.table.columns))}{len(files.table) + 1}"  # whole rows


def test_summary_sheet_counts_statuses_by_council_and_body(files):
    summary = pd.read_excel(files.xlsx, sheet_name="Summary")
    assert list(summary.columns[:2]) == ["council", "body"] and summary.columns[-1] == "total"
    assert summary["total"].sum() == len(files.table) == 14
    leeds = summary[summary["council"] == "Leeds City Council"]
    assert leeds["answered"].sum() == 6


def test_csv_matches_the_sheet(files):
    csv = pd.read_csv(files.csv, dtype=str)
    assert list(csv.columns) == list(files.table.columns)
    assert [c for c in COLUMNS if c != "addressee"] == [c for c in csv.columns if not re.fullmatch(r"addressee_\d+", c)]
    assert csv["status"].value_counts().to_dict() == {"answered": 6, "overdue": 5, "decision_sought": 3}


def test_cli_filters_by_council_body_and_status(store, tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["tracker", "--db", str(store), "--council", "wiltshire", "--out", str(tmp_path / "w")])
    assert result.exit_code == 0, result.output
    assert set(pd.read_csv(tmp_path / "w" / "tracker.csv")["council"]) == {"Wiltshire Council"}
    result = runner.invoke(app, ["tracker", "--db", str(store), "--status", "answered", "--body", "safer and stronger",
                                 "--out", str(tmp_path / "a")])
    assert result.exit_code == 0, result.output
    _, rows = sheet_rows(tmp_path / "a" / "tracker.xlsx")
    assert len(rows) == 6 and {r["status"] for r in rows} == {"answered"}
    bad = runner.invoke(app, ["tracker", "--db", str(store), "--status", "lost", "--out", str(tmp_path / "b")])
    assert bad.exit_code == 2 and "unknown status 'lost'" in bad.output


def test_missing_store_is_a_coded_error(tmp_path):
    result = CliRunner().invoke(app, ["tracker", "--db", str(tmp_path / "none.duckdb"), "--out", str(tmp_path)])
    assert result.exit_code == 2 and "E501" in result.output
