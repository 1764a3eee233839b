"""The store's tables and its connections.

One embedded DuckDB file (`pipeline.config.db_path()`). Only one process writes at a
time (the archive flow's own process); readers open it read-only.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import duckdb

from pipeline.config import db_path
from pipeline.errors import ScrutinyError

log = logging.getLogger(__name__)

TABLES: tuple[str, ...] = (
    "documents",
    "paragraphs",
    "recommendations",
    "responses",
    "themes",
    "links",
    "copies",
    "runs",
    "quarantine",
)

# Tables holding rows of one document, all keyed by `document_id`.
DOCUMENT_TABLES: tuple[str, ...] = ("paragraphs", "recommendations", "responses", "themes")

DDL = """
CREATE TABLE IF NOT EXISTS documents (
    id VARCHAR PRIMARY KEY,          -- sha256 of the file's bytes
    path VARCHAR NOT NULL,           -- relative to the archive folder
    source VARCHAR NOT NULL,
    council VARCHAR, body VARCHAR, title VARCHAR, date VARCHAR, year INTEGER,
    kind VARCHAR, pages INTEGER, generator VARCHAR,
    pipeline_version VARCHAR NOT NULL,
    n_paragraphs INTEGER, n_recommendations INTEGER, n_responses INTEGER,
    parsed_json JSON NOT NULL,       -- ParsedDocument.to_json(): the linker rebuilds from it
    stored_at TIMESTAMP NOT NULL,
    run_id VARCHAR
);
CREATE TABLE IF NOT EXISTS paragraphs (
    uid VARCHAR, document_id VARCHAR NOT NULL, number VARCHAR, kind VARCHAR, heading VARCHAR,
    text VARCHAR, page INTEGER, position INTEGER, label VARCHAR, title VARCHAR
);
CREATE TABLE IF NOT EXISTS recommendations (
    uid VARCHAR, document_id VARCHAR NOT NULL, label VARCHAR, kind VARCHAR, addressee VARCHAR,
    text VARCHAR, paragraph VARCHAR, page INTEGER, generator VARCHAR,
    conclusion BOOLEAN,              -- a conclusion kept from a "conclusions and recommendations" list
    addressees VARCHAR[]             -- every body asked to act
);
CREATE TABLE IF NOT EXISTS responses (
    uid VARCHAR, document_id VARCHAR NOT NULL, label VARCHAR, restated VARCHAR, text VARCHAR,
    stance VARCHAR, progress VARCHAR, answers VARCHAR[], page INTEGER, generator VARCHAR,
    method VARCHAR,                  -- aligned | table | shape: how the answer was found
    recommendation VARCHAR           -- the uid of the recommendation it answers, when alignment says
);
CREATE TABLE IF NOT EXISTS themes (
    document_id VARCHAR NOT NULL, unit_uid VARCHAR, unit_kind VARCHAR,  -- paragraph | recommendation | document
    -- a document's own row: score = the share of its paragraphs with the theme, evidence "k of n paragraphs"
    theme VARCHAR, score DOUBLE, evidence VARCHAR[], generator VARCHAR
);
CREATE TABLE IF NOT EXISTS copies (   -- derived, as links are: rebuilt whenever the store is linked
    recommendation_uid VARCHAR PRIMARY KEY,   -- a recommendation printed again in a paper that holds ...
    original_uid VARCHAR NOT NULL,            -- ... the print of this one, which is tracked in its stead
    document_id VARCHAR NOT NULL, original_document_id VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS links (
    report VARCHAR NOT NULL, recommendation VARCHAR NOT NULL,     -- report: the document's source name
    response_document VARCHAR NOT NULL, response_to VARCHAR NOT NULL,
    score DOUBLE, method VARCHAR,
    report_id VARCHAR NOT NULL, response_document_id VARCHAR NOT NULL,   -- the documents' ids: the key
    first_linked TIMESTAMP, updated_at TIMESTAMP, run_id VARCHAR,
    recommendation_uid VARCHAR NOT NULL,   -- the recommendation itself: two may share a label
    PRIMARY KEY (recommendation_uid, response_document_id, response_to)
);
CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR PRIMARY KEY, started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP,
    archive VARCHAR, pipeline_version VARCHAR, task_runner VARCHAR, flow_run_id VARCHAR,
    files_seen INTEGER, documents_added INTEGER, documents_changed INTEGER,
    recommendations_added INTEGER, responses_added INTEGER,
    links_added INTEGER, links_changed INTEGER, links_removed INTEGER,
    statuses_changed INTEGER, newly_overdue INTEGER, quarantined INTEGER, failures INTEGER,
    digest VARCHAR,
    status VARCHAR,                  -- running | finished | aborted (killed; marked by the next run)
    skipped INTEGER, aborted_runs INTEGER,
    snapshot JSON                    -- each recommendation's status as this run reported it
);
CREATE TABLE IF NOT EXISTS quarantine (
    sha256 VARCHAR PRIMARY KEY, path VARCHAR, code VARCHAR, message VARCHAR,
    pipeline_version VARCHAR, first_seen TIMESTAMP, last_seen TIMESTAMP, attempts INTEGER
);
"""


def connect(db: str | Path | None = None, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the store (creating the file and tables when writing); read-only for consumers."""
    path = db_path(db)
    if read_only and not path.exists():
        raise ScrutinyError("E501", path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise ScrutinyError("E502", path, detail=str(exc).splitlines()[0]) from exc
        raise
    if not read_only:
        _migrate(con)
        con.execute(DDL)
    return con


def _migrate(con: duckdb.DuckDBPyConnection) -> None:
    """Bring a store made by an earlier version to this schema. Links are derived (every run
    that parses anything relinks the whole store), so a links table keyed by file name is
    rebuilt rather than converted; new columns of other tables are added empty."""
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if "links" in tables:
        cols = {r[0] for r in con.execute("DESCRIBE links").fetchall()}
        if "recommendation_uid" not in cols:
            log.info("store: links keyed by file name are rebuilt, keyed by document and recommendation")
            con.execute("DROP TABLE links")
    added = {"recommendations": (("conclusion", "BOOLEAN"), ("addressees", "VARCHAR[]")),
             "responses": (("method", "VARCHAR"), ("recommendation", "VARCHAR")),
             "runs": (("status", "VARCHAR"), ("skipped", "INTEGER"), ("aborted_runs", "INTEGER"), ("snapshot", "JSON"))}
    for table, columns in added.items():
        if table in tables:
            cols = {r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()}
            for name, kind in columns:
                if name not in cols:
                    con.execute(f"ALTER TABLE {table} ADD COLUMN {name} {kind}")


def scalar(con: duckdb.DuckDBPyConnection, query: str, parameters: object = None) -> Any:
    """The first value of the first row of `query`, for queries that always give a row (`count(*)`, ...)."""
    row = con.execute(query, parameters).fetchone()
    if row is None:
        raise LookupError(f"no row from {' '.join(query.split())}")
    return row[0]
