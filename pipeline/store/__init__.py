"""The embedded database and the exports: a sink that imports only records, config and errors.

One DuckDB file (`pipeline.config.db_path()`) holds every stored document, its
paragraphs, recommendations, responses and theme tags, the links across documents,
the quarantine of files that failed and a record of each run. Writers go through
`pipeline.store.write` (one transaction per document); readers get DataFrames from
`pipeline.store.read`, opened read-only. What a run does with it lives in
`pipeline.archive`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.lazy import lazy_exports

if TYPE_CHECKING:
    from pipeline.store.export import export_store
    from pipeline.store.read import load_parsed, load_table, recommendations_with_status, row_counts
    from pipeline.store.schema import TABLES, connect, scalar
    from pipeline.store.write import (
        LinkChanges,
        finish_run,
        quarantine,
        replace_copies,
        replace_responses,
        start_run,
        upsert_links,
        write_document,
    )

# Where each name lives: loaded on first use, so a reader that needs only a connection
# (`scrutiny search`) does not load pandas and pyarrow.
_HOME = {
    "export_store": "export", "load_parsed": "read", "load_table": "read", "recommendations_with_status": "read",
    "row_counts": "read", "TABLES": "schema", "connect": "schema", "scalar": "schema", "LinkChanges": "write",
    "finish_run": "write", "quarantine": "write", "replace_copies": "write", "replace_responses": "write", "start_run": "write",
    "upsert_links": "write", "write_document": "write",
}


__getattr__ = lazy_exports(__name__, _HOME)

__all__ = [
    "TABLES", "LinkChanges", "connect", "export_store", "finish_run", "load_parsed", "load_table", "quarantine",
    "recommendations_with_status", "replace_copies", "replace_responses", "row_counts", "scalar", "start_run", "upsert_links",
    "write_document",
]
