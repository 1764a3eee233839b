"""Exports of the store for pandas, notebooks and any engine that reads Parquet or CSV.

    <out>/parquet/<table>/council=<c>/year=<y>/*.parquet   (partitioned by the document's)
    <out>/csv/<table>.csv                                   (one file per table)
    <out>/csv/recommendations_status.csv                    (the tracker: status, days open)
    <out>/json/<stem>.json, <out>/json/links.json          (the output contract)

Every export is rebuilt whole from the store, so it never drifts from it.
"""

from __future__ import annotations

import json
import logging
import shutil
from datetime import date
from pathlib import Path

import duckdb

from pipeline.config import RESPONSE_DEADLINE_DAYS
from pipeline.names import distinct_names, output_stem
from pipeline.store.read import recommendations_with_status
from pipeline.store.schema import scalar

log = logging.getLogger(__name__)

# Each exported table with the document columns it is partitioned by.
_EXPORTS: dict[str, str] = {
    "documents": "SELECT * EXCLUDE (parsed_json) FROM documents",
    "paragraphs": "SELECT t.*, d.council, d.year FROM paragraphs t JOIN documents d ON d.id = t.document_id",
    "recommendations": "SELECT t.*, d.council, d.year FROM recommendations t JOIN documents d ON d.id = t.document_id",
    "responses": "SELECT t.*, d.council, d.year FROM responses t JOIN documents d ON d.id = t.document_id",
    "themes": "SELECT t.*, d.council, d.year FROM themes t JOIN documents d ON d.id = t.document_id",
    "links": "SELECT l.*, d.council, d.year FROM links l LEFT JOIN documents d ON d.id = l.report_id",
}


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def export_store(
    con: duckdb.DuckDBPyConnection, out: str | Path, *, today: date | None = None,
    deadline_days: int = RESPONSE_DEADLINE_DAYS,
) -> dict[str, Path]:
    """Write Parquet (partitioned by council and year), CSV and contract JSON under `out`."""
    out = Path(out)
    written: dict[str, Path] = {}
    for name, query in _EXPORTS.items():
        target = out / "parquet" / name
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
        n = scalar(con, f"SELECT count(*) FROM ({query})")
        if n:
            con.execute(
                f"COPY ({query}) TO '{_sql_path(target)}' (FORMAT parquet, PARTITION_BY (council, year), OVERWRITE_OR_IGNORE)"
            )
        csv = out / "csv" / f"{name}.csv"
        csv.parent.mkdir(parents=True, exist_ok=True)
        con.execute(f"COPY ({query}) TO '{_sql_path(csv)}' (HEADER, DELIMITER ',')")
        written[name] = target
    status = out / "csv" / "recommendations_status.csv"
    recommendations_with_status(con, today=today, deadline_days=deadline_days).to_csv(status, index=False)
    written["recommendations_status"] = status
    written.update(_export_json(con, out / "json"))
    return written


def _export_json(con: duckdb.DuckDBPyConnection, folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.json"):
        old.unlink()
    rows = con.execute("SELECT path, parsed_json FROM documents ORDER BY path").fetchall()
    names = distinct_names(path for path, _ in rows)  # a/report.txt and b/report.txt: two files
    for path, parsed in rows:
        (folder / f"{output_stem(names[path])}.json").write_text(parsed, encoding="utf-8")
    links = [
        dict(zip(("report", "recommendation", "response_document", "response_to", "score", "method"), r))
        for r in con.execute(
            "SELECT report, recommendation, response_document, response_to, score, method FROM links ORDER BY ALL"
        ).fetchall()
    ]
    (folder / "links.json").write_text(json.dumps(links, indent=1), encoding="utf-8")
    return {"json": folder}
