"""The archive run: hash and plan, parse, store, link, export, digest.

This room sits above the stages and the store: it composes them (`pipeline.process` for
one file, `pipeline.link` across files, `pipeline.store` to keep the results) into one
incremental, idempotent run. `flows/` runs the same sequence with Prefect tasks.
"""

from pipeline.archive.digest import Digest, Snapshot, compare, snapshot
from pipeline.archive.plan import Plan, Planned, plan_run
from pipeline.archive.run import (
    INLINE,
    RunState,
    Steps,
    Stored,
    begin_run,
    end_run,
    export_db,
    nothing_new,
    parse_path,
    relink,
    relink_store,
    run_archive,
    store_parsed,
)

__all__ = [
    "INLINE", "Digest", "Plan", "Planned", "RunState", "Snapshot", "Steps", "Stored", "begin_run", "compare",
    "end_run", "export_db", "nothing_new", "parse_path", "plan_run", "relink", "relink_store",
    "run_archive", "snapshot", "store_parsed",
]
