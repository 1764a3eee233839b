"""The recommendation tracker: every recommendation, its response and its status.

What a scrutiny support unit keeps in a spreadsheet by hand, built from the store:
one row per recommendation, with the response (document, date, stance, progress) when
one is linked, else `awaiting` or `overdue` and the days it has been open. Written as
.xlsx (autofilter, frozen header, fitted widths, wrapped text) and .csv.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.config import RECOMMENDATION_STATUSES as STATUSES
from pipeline.config import RESPONSE_DEADLINE_DAYS
from pipeline.report.inputs import Db, _matches, load_inputs

log = logging.getLogger(__name__)

COLUMNS: tuple[str, ...] = (
    "report", "report_title", "recommendation", "council", "body", "report_date", "kind", "text", "addressee",
    "response_document", "response_to", "response_date", "stance", "progress", "status", "days_open",
)
# Column widths in characters; long texts wrap instead of widening the sheet.
_WIDTHS = {"text": 70, "addressee": 30, "body": 30, "council": 20, "report": 26, "report_title": 40, "response_document": 26}
_MAX_WIDTH = 40


def tracker_table(recommendations: pd.DataFrame) -> pd.DataFrame:
    """The tracker's columns from `ReportInputs.recommendations` (status rows of the store).

    `report` is the report's file name, with the folders that tell it apart when two reports
    share one; `report_title` and `report_date` say which report it is to people.
    """
    recs = recommendations.rename(columns={"label": "recommendation", "title": "report_title"})
    recs["report"] = recs["name"].fillna(recs["source"]) if "name" in recs else recs["source"]
    for col in COLUMNS:
        if col not in recs:
            recs[col] = None
    table = recs.loc[:, list(COLUMNS)].sort_values(["report", "recommendation"], kind="stable")
    table["days_open"] = table["days_open"].astype("Int64")
    return table.reset_index(drop=True)


def filter_tracker(
    table: pd.DataFrame, *, councils: Sequence[str] = (), bodies: Sequence[str] = (), statuses: Sequence[str] = (),
) -> pd.DataFrame:
    """Rows whose council / body contains one of those given (any case) and whose status is one given."""
    bad = [s for s in statuses if s not in STATUSES]
    if bad:
        raise ValueError(f"unknown status {', '.join(map(repr, bad))}; use {', '.join(STATUSES)}")
    keep = pd.Series(True, index=table.index)
    if councils:
        keep &= table["council"].map(lambda v: _matches(v, councils))
    if bodies:
        keep &= table["body"].map(lambda v: _matches(v, bodies))
    if statuses:
        keep &= table["status"].isin(list(statuses))
    return table[keep].reset_index(drop=True)


def _cell(value: Any) -> object:
    """A plain Python value for openpyxl from a DataFrame cell (typed Any by pandas): None for missing,
    numpy scalars unwrapped."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return value.item() if hasattr(value, "item") else value


def write_xlsx(table: pd.DataFrame, path: str | Path) -> Path:
    """The tracker as a spreadsheet: one sheet, header frozen, autofilter on every column."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.worksheet import Worksheet

    path = Path(path)
    wb = Workbook()
    ws = wb.active
    if not isinstance(ws, Worksheet):  # never: a new workbook opens on its one worksheet
        raise TypeError(f"a new workbook's active sheet is a {type(ws).__name__}, not a worksheet")
    ws.title = "Recommendations"
    ws.append(list(table.columns))
    for row in table.itertuples(index=False):
        ws.append([_cell(v) for v in row])
    header_fill = PatternFill("solid", fgColor="DCE6F1")
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = header_fill
    for i, name in enumerate(table.columns, start=1):
        longest = max([len(str(name))] + [len(str(v)) for v in table[name].dropna()])
        width = _WIDTHS.get(name, min(longest + 2, _MAX_WIDTH))
        ws.column_dimensions[get_column_letter(i)].width = width
        if name in _WIDTHS:
            for column in ws.iter_cols(min_col=i, max_col=i, min_row=2):
                for c in column:
                    c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    last = f"{get_column_letter(max(len(table.columns), 1))}{max(len(table) + 1, 1)}"
    ws.auto_filter.ref = f"A1:{last}"
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


@dataclass(slots=True)
class TrackerFiles:
    table: pd.DataFrame
    xlsx: Path
    csv: Path


def write_tracker(
    db: Db, out: str | Path, *, councils: Sequence[str] = (), bodies: Sequence[str] = (),
    statuses: Sequence[str] = (), today: date | None = None, deadline_days: int = RESPONSE_DEADLINE_DAYS,
) -> TrackerFiles:
    """Read the store and write OUT/tracker.xlsx and OUT/tracker.csv (filtered as asked)."""
    inputs = load_inputs(db, today=today, deadline_days=deadline_days)
    table = filter_tracker(tracker_table(inputs.recommendations), councils=councils, bodies=bodies, statuses=statuses)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    csv = out / "tracker.csv"
    table.to_csv(csv, index=False)
    xlsx = write_xlsx(table, out / "tracker.xlsx")
    log.info("tracker: %d recommendation(s) -> %s", len(table), out)
    return TrackerFiles(table, xlsx, csv)
