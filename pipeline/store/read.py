"""Reading the store: pandas DataFrames for reports, the tracker, search and notebooks.

Each function takes the store's path (or an open connection, which the flow uses while
it writes) and opens the file read-only otherwise, so readers never block each other.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd

from pipeline.config import RESPONSE_DEADLINE_DAYS
from pipeline.records import ParsedDocument, parsed_from_json
from pipeline.store.schema import TABLES, connect, scalar

Db = str | Path | duckdb.DuckDBPyConnection | None


@contextmanager
def _reading(db: Db) -> Iterator[duckdb.DuckDBPyConnection]:
    if isinstance(db, duckdb.DuckDBPyConnection):
        yield db
        return
    con = connect(db, read_only=True)
    try:
        yield con
    finally:
        con.close()


def load_table(db: Db, name: str) -> pd.DataFrame:
    """One table of the store as a DataFrame (`documents` without its bulky `parsed_json`)."""
    if name not in TABLES:
        raise ValueError(f"no table {name!r} in the store; the tables are {', '.join(TABLES)}")
    cols = "* EXCLUDE (parsed_json)" if name == "documents" else "*"
    with _reading(db) as con:
        if name == "copies" and not _has_table(con, name):
            return con.execute(NO_COPIES).df()  # (a store made before copies were tracked, opened read-only)
        return con.execute(f"SELECT {cols} FROM {name}").df()


# The date a document gives, at its precision (2013, 2013-05, 2013-05-24), as a DATE.
_REPORT_DATE = (
    "coalesce(try_strptime(d.date, '%Y-%m-%d'), try_strptime(d.date, '%Y-%m'), try_strptime(d.date, '%Y'))::DATE"
)

STATUS_SQL = f"""
WITH answered AS (
    SELECT recommendation_uid, max(score) AS link_score,
           arg_max(response_document, score) AS response_document,
           arg_max(response_document_id, score) AS response_document_id,
           arg_max(response_to, score) AS response_to,
           arg_max(method, score) AS link_method
    FROM links GROUP BY recommendation_uid
), answers AS (
    -- an answer known to answer its recommendation (`recommendation`, the uid) is that one's, though another part of
    -- the paper answers another report under the same label; one that says not is found by its label
    SELECT document_id, label, recommendation, any_value(stance) AS stance, any_value(progress) AS progress,
           any_value(text) AS response_text
    FROM responses GROUP BY document_id, label, recommendation
), base AS (
    SELECT r.uid, r.document_id, d.path, d.source, d.council, d.year, d.date AS report_date, r.label, r.kind,
           r.addressee, r.text, coalesce(r.conclusion, false) AS conclusion,
           a.response_document, a.response_document_id, a.response_to, a.link_score, a.link_method,
           coalesce(own.stance, ans.stance) AS stance, coalesce(own.progress, ans.progress) AS progress,
           coalesce(own.response_text, ans.response_text) AS response_text,
           CASE WHEN c.original_uid IS NOT NULL THEN od.path || ' ' || o.label END AS copy_of,
           {_REPORT_DATE} AS report_day
    FROM recommendations r JOIN documents d ON d.id = r.document_id
    LEFT JOIN answered a ON a.recommendation_uid = r.uid
    LEFT JOIN copies c ON c.recommendation_uid = r.uid
    LEFT JOIN recommendations o ON o.uid = c.original_uid
    LEFT JOIN documents od ON od.id = c.original_document_id
    LEFT JOIN answers own ON own.document_id = a.response_document_id AND own.label = a.response_to
        AND own.recommendation = r.uid
    LEFT JOIN answers ans ON ans.document_id = a.response_document_id AND ans.label = a.response_to
        AND ans.recommendation IS NULL
)
SELECT * EXCLUDE (report_day),
       CASE WHEN response_document IS NULL AND kind <> 'decision_sought' AND NOT conclusion AND copy_of IS NULL
            THEN date_diff('day', report_day, $today::DATE) END AS days_open,
       CASE WHEN response_document IS NOT NULL AND (link_method = 'minutes' OR kind = 'decision_sought') THEN 'decided'
            WHEN response_document IS NOT NULL THEN 'answered'
            WHEN copy_of IS NOT NULL THEN 'copy'
            WHEN kind = 'decision_sought' THEN 'decision_sought'
            WHEN conclusion THEN 'conclusion'
            WHEN date_diff('day', report_day, $today::DATE) > $deadline THEN 'overdue'
            ELSE 'awaiting' END AS status
FROM base
ORDER BY path, label
"""


def recommendations_with_status(
    db: Db, *, today: date | None = None, deadline_days: int = RESPONSE_DEADLINE_DAYS
) -> pd.DataFrame:
    """Every recommendation with its response (if linked) and a status.

    `status` is `answered` (linked to a response), `awaiting`, or `overdue` (no response
    `deadline_days` after the report's date) for a recommendation; `decision_sought` for a
    decision an officer report asks of a meeting, and `decided` once minutes in the store
    record it (never overdue: the meeting settles it, no response answers it); `conclusion`
    for a conclusion kept from a list of conclusions and recommendations, which awaits
    nothing; `copy` for one printed again in a paper that holds another's print (a report and
    the reports pack that reprints it), which is tracked by that original, named in `copy_of`
    (its path and label). `days_open` counts the days since the report for those awaiting an answer.
    """
    params = {"today": (today or date.today()).isoformat(), "deadline": deadline_days}
    with _reading(db) as con:
        sql = STATUS_SQL if _has_table(con, "copies") else STATUS_SQL.replace("LEFT JOIN copies c", f"LEFT JOIN ({NO_COPIES}) c")
        return con.execute(sql, params).df()


# a store written before copies were tracked, opened read-only, has no `copies` table: it holds none
NO_COPIES = ("SELECT NULL::VARCHAR AS recommendation_uid, NULL::VARCHAR AS original_uid, NULL::VARCHAR AS document_id,"
             " NULL::VARCHAR AS original_document_id WHERE false")


def _has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    return bool(scalar(con, "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]))


def load_parsed(db: Db) -> list[ParsedDocument]:
    """Every stored document rebuilt as a `ParsedDocument`, oldest path first (what the linker needs),
    its `document.path` the path the archive stores it under."""
    with _reading(db) as con:
        rows = con.execute("SELECT path, parsed_json FROM documents ORDER BY path").fetchall()
    docs = [parsed_from_json(json.loads(r[1])) for r in rows]
    for (path, _), doc in zip(rows, docs):
        doc.document.path = path
    return docs


def row_counts(db: Db) -> dict[str, int]:
    """Rows of each table (0 for a table a store made by an earlier version does not have yet)."""
    with _reading(db) as con:
        return {t: scalar(con, f"SELECT count(*) FROM {t}") if _has_table(con, t) else 0 for t in TABLES}
