"""The recommendation tracker: every recommendation, its response and its status.

What a scrutiny support unit keeps in a spreadsheet by hand, built from the store:
one row per recommendation, named by its report's title and date, with a column per
addressee (a default the recommendation does not name is marked), and the answer (its
opening words verbatim, the whole text, the document, date, stance and progress, "not
yet known" where the answer reader cannot tell) when one is linked, else `awaiting` or
`overdue` and the days it has been open. Written as .xlsx (autofilter, frozen header,
fitted widths, wrapped text, overdue rows red and awaiting rows amber by conditional
formatting, and a "Summary" sheet counting statuses by council and body) and .csv.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.config import RECOMMENDATION_STATUSES as STATUSES
from pipeline.config import RESPONSE_DEADLINE_DAYS
from pipeline.report.cover import names_addressee
from pipeline.report.inputs import Db, _matches, load_inputs
from pipeline.report.outcome import outcome_text
from pipeline.report.quotes import list_items, opening_statement

log = logging.getLogger(__name__)

ADDRESSEE = "addressee"  # addressee_1, addressee_2, ...: one column per body asked to act
COLUMNS: tuple[str, ...] = (
    "report_title", "report_date", "council", "body", "recommendation", "kind", "text", ADDRESSEE,
    "addressee_named", "status", "days_open", "copy_of", "answer", "stance", "progress", "response_document",
    "response_to", "response_date", "answer_text", "report",
)
# Column widths in characters; long texts wrap instead of widening the sheet.
_WIDTHS = {"text": 70, "answer": 50, "body": 30, "council": 22, "report": 26, "report_title": 40,
           "response_document": 26, "answer_text": 50}
_WRAP = {"text", "answer", "body", "report_title", "council"} | {f"{ADDRESSEE}_{i}" for i in range(1, 10)}
_MAX_WIDTH = 40
_EXCEL_CELL = 32_000  # Excel holds 32,767 characters in a cell
FILLS = {"overdue": "F8CBAD", "awaiting": "FFE699"}  # red and amber rows


def _addressees(row: pd.Series) -> list[str]:
    value: Any = row.get("addressees")
    if isinstance(value, str):
        return [value]
    try:
        names = [v for v in list(value) if isinstance(v, str) and v]
    except TypeError:  # None, NaN
        names = []
    first = row.get("addressee")
    return names or ([first] if isinstance(first, str) and first else [])


def _named(row: pd.Series) -> str:
    bodies = _addressees(row)
    if not bodies:
        return ""
    if row.get("kind") == "decision_sought":  # the meeting the paper goes to names itself ("Cabinet is asked to:")
        return "yes"
    return "yes" if all(names_addressee(b, str(row["text"])) for b in bodies) else "no: the report's default"


def _as_list(text: object) -> object:
    """A recommendation's text with its list items one per line behind one kind of bullet
    (the papers mix "- ", "•" and "c)" once read); the words are unchanged."""
    if not isinstance(text, str):
        return text
    lead, items = list_items(text)
    return "\n".join([lead] + [f"• {i}" for i in items]) if items else text


def _answer(row: pd.Series) -> str | None:
    text = row.get("response_text")
    if row.get("status") != "answered" or not isinstance(text, str):
        return None
    return opening_statement(text)


def tracker_table(recommendations: pd.DataFrame) -> pd.DataFrame:
    """The tracker's columns from `ReportInputs.recommendations` (status rows of the store).

    `report_title` and `report_date` say which report it is to people (the title falls back
    to the file name); `report` is the file name, with the folders that tell it apart when
    two reports share one. `addressee` becomes `addressee_1` ... `addressee_N`, one column per
    body asked to act; `answer` is the answer's opening words, `answer_text` all of it.
    """
    recs = recommendations.rename(columns={"label": "recommendation", "title": "report_title"}).copy()
    recs["report"] = recs["name"].fillna(recs["source"]) if "name" in recs else recs["source"]
    recs["report_title"] = recs["report_title"].fillna(recs["report"]) if "report_title" in recs else recs["report"]
    recs["text"] = recs["text"].map(_as_list)
    bodies = [_addressees(r) for _, r in recs.iterrows()]
    width = max([len(b) for b in bodies] + [1])
    for i in range(width):
        recs[f"{ADDRESSEE}_{i + 1}"] = [b[i] if i < len(b) else None for b in bodies]
    recs["addressee_named"] = [_named(r) for _, r in recs.iterrows()] if len(recs) else []
    recs["answer"] = [_answer(r) for _, r in recs.iterrows()] if len(recs) else []
    text = recs["response_text"] if "response_text" in recs else pd.Series(None, index=recs.index, dtype=object)
    recs["answer_text"] = text.where(recs["status"] == "answered").map(
        lambda t: t[:_EXCEL_CELL] if isinstance(t, str) else None)
    for col in ("stance", "progress"):
        known = recs[col] if col in recs else pd.Series(None, index=recs.index, dtype=object)
        recs[col] = [outcome_text(v) if s == "answered" else None for v, s in zip(known, recs["status"])]
    columns = [c for name in COLUMNS for c in ([f"{ADDRESSEE}_{i + 1}" for i in range(width)] if name == ADDRESSEE else [name])]
    for col in columns:
        if col not in recs:
            recs[col] = None
    table = recs.loc[:, columns].sort_values(["report_date", "report", "recommendation"], kind="stable",
                                             na_position="last", key=_natural)
    table["days_open"] = table["days_open"].astype("Int64")
    return table.reset_index(drop=True)


def _natural(column: pd.Series) -> pd.Series:
    """Labels in reading order: 8.2 before 8.10 (numbers compared as numbers)."""
    if column.name != "recommendation":
        return column
    return column.astype(str).map(lambda v: re.sub(r"\d+", lambda m: m.group().zfill(6), v))


def summary_table(table: pd.DataFrame) -> pd.DataFrame:
    """Recommendations counted by council, body and status (one column per status, and a total)."""
    keys = ["council", "body"]
    frame = table.assign(**{k: table[k].fillna("not stated") for k in keys})
    counts = frame.groupby(keys + ["status"]).size().unstack("status", fill_value=0)
    counts = counts.reindex(columns=[s for s in STATUSES if s in counts.columns])
    counts["total"] = counts.sum(axis=1)
    return counts.reset_index()


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
    """The tracker as a spreadsheet: "Recommendations" (header frozen, autofilter on every column,
    overdue and awaiting rows coloured by conditional formatting) and "Summary"."""
    from openpyxl import Workbook
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.worksheet import Worksheet

    path = Path(path)
    wb = Workbook()
    ws = wb.active
    if not isinstance(ws, Worksheet):  # never: a new workbook opens on its one worksheet
        raise TypeError(f"a new workbook's active sheet is a {type(ws).__name__}, not a worksheet")
    ws.title = "Recommendations"
    _fill_sheet(ws, table, wrap=True)
    if "status" in table.columns and len(table):
        status = get_column_letter(list(table.columns).index("status") + 1)
        whole = f"A2:{get_column_letter(len(table.columns))}{len(table) + 1}"
        for name, colour in FILLS.items():  # the rule, not a fixed fill: a status edited by hand recolours its row
            ws.conditional_formatting.add(whole, FormulaRule(formula=[f'${status}2="{name}"'],
                                                             fill=PatternFill("solid", bgColor=colour)))
    summary = wb.create_sheet("Summary")
    _fill_sheet(summary, summary_table(table), wrap=False)
    wb.properties.title = "Recommendation tracker"
    wb.properties.creator = "; ".join(sorted({str(c) for c in table["council"].dropna()})[:3]) or "Scrutiny support"
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def _fill_sheet(ws: Any, table: pd.DataFrame, *, wrap: bool) -> None:
    """`table` into `ws`: bold filled header, frozen, autofilter, fitted widths, long texts wrapped."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

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
        if wrap and name in _WRAP:
            for column in ws.iter_cols(min_col=i, max_col=i, min_row=2):
                for c in column:
                    c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    last = f"{get_column_letter(max(len(table.columns), 1))}{max(len(table) + 1, 1)}"
    ws.auto_filter.ref = f"A1:{last}"


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
