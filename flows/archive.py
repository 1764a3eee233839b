"""The nightly archive flow: `pipeline.archive.run_archive` with Prefect tasks.

The sequence (plan, parse, store, relink, export, digest) lives in the library; this
flow only says how each step runs:

0. `fetch-papers` collects new papers from council websites into the archive when
   configured (`pipeline.fetch`, SCRUTINY_FETCH=1 and SCRUTINY_FETCH_COUNCILS);
1. one `parse-document` task per file on the task runner (threads, processes or Dask);
   it returns the `ParsedDocument`, never raises (a bad file comes back as a coded
   `Failure`) and is not retried (parsing is deterministic);
2. as each parse finishes, `store-document` writes it in ONE transaction in the flow's
   own process (the only writer), or quarantines the file; retried, as it is I/O;
3. `relink-store` and `export-store`, retried likewise;
4. the run's digest is published as a markdown artifact and printed;
5. `publish-site` rewrites the changed pages of the static site (`pipeline.site`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import asdict
from datetime import date
from typing import Any, TypedDict

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NONE, CachePolicy
from prefect.futures import as_completed

from pipeline.archive import Planned, Steps, export_db, parse_path, relink_store, run_archive, store_parsed
from pipeline.fetch import fetch_configured
from pipeline.progress import SILENT, Progress
from pipeline.records import Failure, ParsedDocument
from pipeline.site import build_site

log = logging.getLogger(__name__)

DIGEST_ARTIFACT_KEY = "scrutiny-archive-digest"


class _TaskOptions(TypedDict):
    retries: int
    retry_delay_seconds: int
    cache_policy: CachePolicy
    persist_result: bool


_IO: _TaskOptions = {"retries": 2, "retry_delay_seconds": 1, "cache_policy": NONE, "persist_result": False}

parse_document = task(name="parse-document", cache_policy=NONE, persist_result=False)(parse_path)
store_document = task(name="store-document", **_IO)(store_parsed)
relink_task = task(name="relink-store", **_IO)(relink_store)
export_task = task(name="export-store", **_IO)(export_db)
site_task = task(name="publish-site", **_IO)(build_site)
# no retries: the fetch client retries each request itself, politely
fetch_task = task(name="fetch-papers", cache_policy=NONE, persist_result=False)(fetch_configured)


def _parsed_or_failure(future: Any, planned: Planned) -> ParsedDocument | Failure:
    try:
        result: ParsedDocument | Failure = future.result()
        return result
    except Exception as exc:  # noqa: BLE001 - a crashed worker fails its document, not the night
        log.exception("parse task crashed")
        return Failure(planned.path, "E199", f"the parse task crashed ({type(exc).__name__}: {exc})")


def parse_on_runner(todo: list[Planned], progress: Progress = SILENT) -> Iterator[tuple[Planned, ParsedDocument | Failure]]:
    """Submit every parse to the task runner; yield each as it finishes."""
    if todo:
        progress.step(f"{len(todo)} file(s) on the task runner")
    futures = {parse_document.submit(p.path): p for p in todo}
    for future in as_completed(list(futures)):
        yield futures[future], _parsed_or_failure(future, futures[future])


TASKS = Steps(parse_all=parse_on_runner, store=store_document, relink=relink_task, export=export_task)

# Who watches the flow when it runs in a `scrutiny run` process (a progress bar or log
# lines); a deployment run on a worker reports to nobody but Prefect's UI.
REPORTER: list[Progress] = [SILENT]


@flow(name="scrutiny-archive", log_prints=True)
def archive_flow(
    archive: str,
    db: str | None = None,
    out: str | None = None,
    retry_quarantined: bool = False,
    today: str | None = None,
    task_runner_name: str = "default",
    wait: float = 0.0,
    fetch: bool = True,
    site: str | None = None,
) -> dict[str, Any]:
    """Fetch new papers when configured (`fetch`: a deployment's nightly run; `scrutiny run`
    fetches before it plans and passes False), then process the new and changed files of
    ARCHIVE into the store; return the run's digest (its counts, and the lines naming each
    file that failed or was not read)."""
    from prefect.runtime import flow_run

    if fetch:
        fetched = fetch_task(archive)
        if fetched is not None:
            print("\n".join(fetched.lines()))

    digest = run_archive(
        archive, db, out=out, retry_quarantined=retry_quarantined,
        today=date.fromisoformat(today) if today else None, task_runner=task_runner_name,
        flow_run_id=str(flow_run.id), steps=TASKS, progress=REPORTER[0], wait=wait,
    )
    create_markdown_artifact(digest.markdown(), key=DIGEST_ARTIFACT_KEY, description="What changed since the last run")
    print(digest.text())
    for line in digest.problems():
        print(line)
    if site:  # the nightly deployment passes the site's folder; `scrutiny run` publishes after the flow
        print(site_task(db, site, archive=archive))
    return asdict(digest)
