"""The nightly archive flow: hash, parse what is new, store, link across the store, export.

Thin orchestration of `pipeline` functions (the logic lives in `pipeline.store` and
`pipeline.process`):

1. `begin_run` hashes every file and keeps those the store doesn't hold at this
   pipeline version (an unchanged archive costs only the hashing);
2. one `parse-document` task per file, on the task runner (threads, processes or Dask);
   it returns the parsed document's JSON dict, never raises (a bad file comes back as
   a coded failure) and is not retried (parsing is deterministic);
3. as each parse finishes, `store-document` writes it in ONE transaction in the flow's
   own process (the only writer), or quarantines the file; retried, as it is I/O;
4. `relink-store` links across the whole store and upserts links by key;
5. `export-store` rewrites Parquet/CSV/JSON exports; the run's digest is printed,
   recorded in `runs` and published as a markdown artifact.
"""

from __future__ import annotations

import logging
import uuid
from contextlib import closing
from dataclasses import asdict
from datetime import date
from typing import Any

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NONE
from prefect.futures import as_completed

from pipeline.config import db_path
from pipeline.store import connect, export_store, pipeline_version, quarantine, relink, write_document
from pipeline.store.runs import Planned, RunState, begin_run, end_run

log = logging.getLogger(__name__)

DIGEST_ARTIFACT_KEY = "scrutiny-archive-digest"


@task(name="parse-document", cache_policy=NONE, persist_result=False)
def parse_document(path: str) -> dict[str, Any]:
    """Read, segment and tag one file: its `to_json()` dict, or `{"failure": {code, message}}`."""
    from pipeline.process import Failure, try_parse_file

    result = try_parse_file(path)
    if isinstance(result, Failure):
        return {"failure": {"code": result.code, "message": result.message}}
    return result.to_json()


@task(name="store-document", retries=2, retry_delay_seconds=1, cache_policy=NONE, persist_result=False)
def store_document(db: str, planned: Planned, parsed: dict[str, Any], version: str, run_id: str) -> dict[str, Any]:
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


@task(name="relink-store", retries=2, retry_delay_seconds=1, cache_policy=NONE, persist_result=False)
def relink_store(db: str, today: date, run_id: str) -> dict[str, int]:
    with closing(connect(db)) as con:
        return asdict(relink(con, today=today, run_id=run_id))


@task(name="export-store", retries=2, retry_delay_seconds=1, cache_policy=NONE, persist_result=False)
def export(db: str, out: str, today: date) -> str:
    with closing(connect(db)) as con:
        export_store(con, out, today=today)
    return out


def _parsed_or_failure(future: Any) -> dict[str, Any]:
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - a crashed worker fails its document, not the night
        log.exception("parse task crashed")
        return {"failure": {"code": "E199", "message": f"the parse task crashed ({type(exc).__name__}: {exc})"}}


@flow(name="scrutiny-archive", log_prints=True)
def archive_flow(
    archive: str,
    db: str | None = None,
    out: str | None = None,
    retry_quarantined: bool = False,
    today: str | None = None,
    task_runner_name: str = "default",
) -> dict[str, int]:
    """Process the new and changed files of ARCHIVE into the store; return the run's counts."""
    from prefect.runtime import flow_run

    db = str(db_path(db))
    day = date.fromisoformat(today) if today else date.today()
    version = pipeline_version()
    run_id = uuid.uuid4().hex
    with closing(connect(db)) as con:
        state: RunState = begin_run(
            con, archive, run_id=run_id, pipeline_version=version, task_runner=task_runner_name,
            flow_run_id=str(flow_run.id), today=day, retry_quarantined=retry_quarantined,
        )
    plan, digest = state.plan, state.digest
    futures = {parse_document.submit(p.path): p for p in plan.todo}
    for future in as_completed(list(futures)):
        planned = futures[future]
        outcome = store_document(db, planned, _parsed_or_failure(future), version, run_id)
        if outcome["failed"]:
            digest.failures += 1
            digest.quarantined += outcome["first_failure"]
            digest.quarantined_items.append(f"{planned.rel}: {outcome['code']}")
        elif planned.reason in ("changed", "version") or outcome["replaced"]:
            digest.documents_changed += 1
        else:
            digest.documents_added += 1
    if plan.relink:
        changes = relink_store(db, day, run_id)
        digest.links_added, digest.links_changed, digest.links_removed = (
            changes["added"], changes["changed"], changes["removed"]
        )
    with closing(connect(db)) as con:
        digest = end_run(con, state)
    if out:
        export(db, out, day)
    create_markdown_artifact(digest.markdown(), key=DIGEST_ARTIFACT_KEY, description="What changed since the last run")
    print(digest.text())
    return digest.counts()
