"""The embedded database and the exports: a sink that imports only records, config and errors.

One DuckDB file (`pipeline.config.db_path()`) holds every stored document, its
paragraphs, recommendations, responses and theme tags, the links across documents,
the quarantine of files that failed and a record of each run. Writers go through
`pipeline.store.write` (one transaction per document); readers get DataFrames from
`pipeline.store.read`, opened read-only. What a run does with it lives in
`pipeline.archive`.
"""

from pipeline.store.export import export_store
from pipeline.store.read import load_parsed, load_table, recommendations_with_status, row_counts
from pipeline.store.schema import TABLES, connect, scalar
from pipeline.store.write import (
    LinkChanges,
    finish_run,
    quarantine,
    replace_responses,
    start_run,
    upsert_links,
    write_document,
)

__all__ = [
    "TABLES", "LinkChanges", "connect", "export_store", "finish_run", "load_parsed", "load_table", "quarantine",
    "recommendations_with_status", "replace_responses", "row_counts", "scalar", "start_run", "upsert_links",
    "write_document",
]
