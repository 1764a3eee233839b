"""One archive run, step by step: plan, parse, store, relink, export, digest.

`run_archive` is the whole sequence as plain Python. How each step runs is a
`Steps` value: `INLINE` calls the functions below in this process, one file after
another; the Prefect flow (`flows/archive.py`) passes its tasks instead, so the same
sequence runs with retries, a task runner and the Prefect UI, and the flow holds no
logic of its own.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pipeline.config import db_path
from pipeline.store.export import export_store
from pipeline.store.runs import Digest, Plan, Planned, RunState, begin_run, end_run, relink
from pipeline.store.schema import connect, pipeline_version
from pipeline.store.write import quarantine, write_document

log = logging.getLogger(__name__)


def parse_path(path: str) -> dict[str, Any]:
    """Read, segment and tag one file: its `to_json()` dict, or `{"failure": {code, message}}`
    (a scan with no text layer fails with its W201 'needs OCR')."""
    from pipeline.process import Failure, needs_ocr, try_parse_file

    result = try_parse_file(path)
    if isinstance(result, Failure):
        return {"failure": {"code": result.code, "message": result.message}}
    scan = needs_ocr(result)
    if scan is not None:  # kept out of the store, in quarantine, until an OCR'd copy arrives
        return {"failure": {"code": scan.code, "message": scan.message}}
    return result.to_json()


def store_parsed(db: str, planned: Planned, parsed: dict[str, Any], version: str, run_id: str) -> dict[str, Any]:
    """Write one parsed document (one transaction), or quarantine the file it came from."""
    with closing(connect(db)) as con:
        if "failure" in parsed:
            f = parsed["failure"]
            attempts = quarantine(
                con, sha256=planned.sha256, path=planned.rel, code=f["code"], message=f["message"],
                pipeline_version=version,
            )
            return {"failed": True, "first_failure": attempts == 1, "code": f["code"]}
        written = write_document(con, parsed, path=planned.rel, pipeline_version=version, run_id=run_id)
    return {"failed": False, "replaced": len(written.replaced)}


def relink_store(db: str, today: date, run_id: str) -> dict[str, int]:
    """Link across the whole store and upsert the links that changed."""
    with closing(connect(db)) as con:
        return asdict(relink(con, today=today, run_id=run_id))


def export_db(db: str, out: str, today: date) -> str:
    """Rewrite the Parquet, CSV and JSON exports."""
    with closing(connect(db)) as con:
        export_store(con, out, today=today)
    return out


def parse_in_turn(todo: list[Planned]) -> Iterator[tuple[Planned, dict[str, Any]]]:
    for planned in todo:
        yield planned, parse_path(str(planned.path))


@dataclass(frozen=True, slots=True)
class Steps:
    """How each step of a run is carried out (plain calls, or a flow's tasks)."""

    parse_all: Callable[[list[Planned]], Iterable[tuple[Planned, dict[str, Any]]]] = parse_in_turn
    store: Callable[..., dict[str, Any]] = store_parsed
    relink: Callable[..., dict[str, int]] = relink_store
    export: Callable[..., str] = export_db


INLINE = Steps()


def count_outcome(digest: Digest, planned: Planned, outcome: dict[str, Any]) -> None:
    """Add one stored (or quarantined) document to the run's digest."""
    if outcome["failed"]:
        digest.failures += 1
        digest.quarantined += outcome["first_failure"]
        digest.quarantined_items.append(f"{planned.rel}: {outcome['code']}")
    elif planned.reason in ("changed", "version") or outcome["replaced"]:
        digest.documents_changed += 1
    else:
        digest.documents_added += 1


def run_archive(
    archive: str | Path,
    db: str | Path | None = None,
    *,
    out: str | Path | None = None,
    retry_quarantined: bool = False,
    today: date | None = None,
    task_runner: str = "inline",
    flow_run_id: str | None = None,
    steps: Steps = INLINE,
    plan: Plan | None = None,
) -> Digest:
    """Process the new and changed files of ARCHIVE into the store; return the run's digest.

    Every write happens in this process (the only writer), one transaction per document,
    so a rerun or a run after a crash replaces rather than duplicates. `plan` is one
    made by `plan_run` on this store moments before, to save hashing the archive again.
    """
    db = str(db_path(db))
    day = today or date.today()
    version = pipeline_version()
    run_id = uuid.uuid4().hex
    with closing(connect(db)) as con:
        state: RunState = begin_run(
            con, archive, run_id=run_id, pipeline_version=version, task_runner=task_runner,
            flow_run_id=flow_run_id, today=day, retry_quarantined=retry_quarantined, plan=plan,
        )
    plan, digest = state.plan, state.digest
    for planned, parsed in steps.parse_all(plan.todo):
        count_outcome(digest, planned, steps.store(db, planned, parsed, version, run_id))
    if plan.relink:
        changes = steps.relink(db, day, run_id)
        digest.links_added, digest.links_changed, digest.links_removed = (
            changes["added"], changes["changed"], changes["removed"]
        )
    with closing(connect(db)) as con:
        digest = end_run(con, state)
    if out:
        steps.export(db, str(out), day)
    return digest
