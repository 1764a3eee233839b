"""The embedded database and the exports.

One DuckDB file (`pipeline.config.db_path()`) holds every stored document, its
paragraphs, recommendations, responses and theme tags, the links across documents,
the quarantine of files that failed and a record of each run. Writers go through
`pipeline.store.write` (one transaction per document); readers get DataFrames from
`pipeline.store.read`, opened read-only.
"""

from pipeline.store.export import export_store
from pipeline.store.read import load_parsed, load_table, recommendations_with_status, row_counts
from pipeline.store.runs import Digest, Plan, compare, discover, plan_run, relink, snapshot
from pipeline.store.schema import TABLES, connect, pipeline_version
from pipeline.store.write import finish_run, quarantine, start_run, upsert_links, write_document

__all__ = [
    "TABLES", "Digest", "Plan", "compare", "connect", "discover", "export_store", "finish_run", "load_parsed",
    "load_table", "pipeline_version", "plan_run", "quarantine", "recommendations_with_status", "relink",
    "row_counts", "snapshot", "start_run", "upsert_links", "write_document",
]
