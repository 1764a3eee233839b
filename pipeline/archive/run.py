"""One archive run, step by step: plan, parse, store, relink, export, digest.

`run_archive` is the whole sequence as plain Python. How each step runs is a `Steps`
value: `INLINE` calls the functions below in this process, one file after another; the
Prefect flow (`flows/archive.py`) passes its tasks instead, so the same sequence runs with
retries, a task runner and the Prefect UI, and the flow holds no logic of its own. The
steps hand each other typed records: a `ParsedDocument` or a `Failure`, a `Stored`
outcome, the `LinkChanges` of a relink.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import duckdb

from pipeline.archive.digest import Digest, Snapshot, compare, snapshot
from pipeline.archive.plan import Plan, Planned, plan_run
from pipeline.config import db_path
from pipeline.process import lend_councils, needs_ocr, pipeline_version, try_parse_file
from pipeline.progress import SILENT, Progress
from pipeline.records import Failure, ParsedDocument
from pipeline.store.export import export_store
from pipeline.store.lock import writer_lock
from pipeline.store.read import load_parsed
from pipeline.store.schema import connect
from pipeline.store.write import (
    LinkChanges,
    abort_unfinished,
    documents_of_runs,
    finish_run,
    last_run,
    last_snapshot,
    quarantine,
    replace_copies,
    replace_document_json,
    replace_responses,
    start_run,
    upsert_links,
    write_document,
)

log = logging.getLogger(__name__)


def parse_path(path: str) -> ParsedDocument | Failure:
    """Read, segment, find answers and tag one file, or the coded `Failure` it met (a scan
    with no text layer fails with its W201 'needs OCR' and is kept out of the store)."""
    result = try_parse_file(path)
    if isinstance(result, Failure):
        return result
    scan = needs_ocr(result)
    if scan is not None:  # kept out of the store, in quarantine, until an OCR'd copy arrives
        return Failure(path, scan.code, scan.message)
    return result


@dataclass(frozen=True, slots=True)
class Stored:
    """What storing one parse did: a document written (replacing `replaced` older versions of
    its file), or its file quarantined (`code`; `first_failure` when it is new to quarantine)."""

    failed: bool
    code: str = ""
    first_failure: bool = False
    replaced: int = 0
    message: str = ""


def store_parsed(db: str, planned: Planned, parsed: ParsedDocument | Failure, version: str, run_id: str) -> Stored:
    """Write one parsed document (one transaction), or quarantine the file it came from."""
    with closing(connect(db)) as con:
        if isinstance(parsed, Failure):
            text = parsed.message.replace(planned.path, planned.rel, 1)  # the file as the archive names it
            attempts = quarantine(
                con, sha256=planned.sha256, path=planned.rel, code=parsed.code, message=text, pipeline_version=version,
            )
            return Stored(failed=True, code=parsed.code, first_failure=attempts == 1, message=text)
        written = write_document(con, parsed, path=planned.rel, pipeline_version=version, run_id=run_id)
    return Stored(failed=False, replaced=len(written.replaced))


def relink(con: duckdb.DuckDBPyConnection, *, today: date | None = None, run_id: str | None = None) -> LinkChanges:
    """Link across the WHOLE store (a response stored tonight answers a report from last year),
    store the answers that alignment with their report read anew, and upsert the links by
    key, so only the rows that differ change."""
    from pipeline.link import link_documents  # scikit-learn and SciPy: loaded only when a run links

    docs = load_parsed(con)
    for doc in lend_councils(docs):  # "County Council" alone: its folder's council (W208), before pairing by council
        replace_document_json(con, doc)
    result = link_documents(docs, today=today)
    for doc_id, responses in result.realigned.items():
        replace_responses(con, doc_id, responses)
    replace_copies(con, result.copies)
    return upsert_links(con, result.links, run_id=run_id)


def relink_store(db: str, today: date, run_id: str) -> LinkChanges:
    """`relink` on the store at `db`."""
    with closing(connect(db)) as con:
        return relink(con, today=today, run_id=run_id)


def export_db(db: str, out: str, today: date) -> str:
    """Rewrite the Parquet, CSV and JSON exports."""
    with closing(connect(db)) as con:
        export_store(con, out, today=today)
    return out


def parse_in_turn(todo: list[Planned], progress: Progress = SILENT) -> Iterator[tuple[Planned, ParsedDocument | Failure]]:
    """Parse each file in this process, in turn, announcing each as it is taken in hand."""
    for planned in todo:
        progress.working_on(planned.rel)
        yield planned, parse_path(str(planned.path))


@dataclass(frozen=True, slots=True)
class Steps:
    """How each step of a run is carried out (plain calls, or a flow's tasks)."""

    parse_all: Callable[[list[Planned], Progress], Iterable[tuple[Planned, ParsedDocument | Failure]]] = parse_in_turn
    store: Callable[[str, Planned, ParsedDocument | Failure, str, str], Stored] = store_parsed
    relink: Callable[[str, date, str], LinkChanges] = relink_store
    export: Callable[[str, str, date], str] = export_db


INLINE = Steps()


@dataclass(slots=True)
class RunState:
    """What a run carries from its start to its end."""

    run_id: str
    plan: Plan
    before: Snapshot
    today: date
    digest: Digest = field(default_factory=Digest)


def begin_run(
    con: duckdb.DuckDBPyConnection, archive: str | Path, *, run_id: str, pipeline_version: str,
    task_runner: str = "", flow_run_id: str | None = None, today: date | None = None, retry_quarantined: bool = False,
    plan: Plan | None = None,
) -> RunState:
    """Plan the run (unless given a plan), take the 'before' snapshot and record the run as started.

    'Before' is what the last finished run reported. Runs that started since and never
    finished (killed) are marked `aborted`, and what they stored counts in this run's
    digest, so nothing they changed goes unreported. Call with the writer lock held.
    """
    today = today or date.today()
    plan = plan or plan_run(con, archive, pipeline_version=pipeline_version, retry_quarantined=retry_quarantined)
    aborted = abort_unfinished(con)
    reported = last_snapshot(con)
    if reported is not None:
        before = Snapshot.from_json(reported)
    else:
        last_started, _ = last_run(con, finished=True)
        # no run ever finished: everything stored is news; a store from before snapshots were
        # kept: statuses as of the last finished run's day
        before = Snapshot({}, set()) if last_started is None else snapshot(con, today=last_started.date())
    start_run(con, run_id, archive=str(archive), pipeline_version=pipeline_version, task_runner=task_runner,
              flow_run_id=flow_run_id)
    digest = Digest(files_seen=plan.files_seen, skipped=len(plan.skipped), aborted_runs=len(aborted))
    digest.skipped_items = [s.line() for s in plan.skipped]
    digest.documents_added += documents_of_runs(con, aborted)
    return RunState(run_id, plan, before, today, digest)


def end_run(con: duckdb.DuckDBPyConnection, state: RunState, *, title: str = "Archive run") -> Digest:
    """Compare with the 'before' snapshot, fill the digest and record the run as finished."""
    after = snapshot(con, today=state.today)
    digest = compare(state.before, after, state.digest)
    finish_run(con, state.run_id, digest.counts(), digest.markdown(title=title), snapshot=after.to_json())
    return digest


def count_outcome(digest: Digest, planned: Planned, outcome: Stored) -> None:
    """Add one stored (or quarantined) document to the run's digest."""
    if outcome.failed:
        digest.failures += 1
        digest.quarantined += outcome.first_failure
        digest.failed_items.append(f"{outcome.code} {outcome.message or planned.rel}")
    elif planned.reason in ("changed", "version") or outcome.replaced:
        digest.documents_changed += 1
    else:
        digest.documents_added += 1


def nothing_new(
    archive: str | Path, db: str | Path, *, retry_quarantined: bool = False, out: str | Path | None = None,
) -> tuple[Digest | None, Plan]:
    """Answer a run from the store when the archive holds nothing new, without parsing.

    Returns (digest, None) when there was nothing to do, else (None, the plan); with no
    store yet, every file is in the plan.
    """
    version = pipeline_version()
    if not Path(db).exists():
        return None, plan_run(None, archive, pipeline_version=version, retry_quarantined=retry_quarantined)
    with writer_lock(db), closing(connect(db)) as con:
        plan = plan_run(con, archive, pipeline_version=version, retry_quarantined=retry_quarantined)
        if not plan.nothing_to_do:
            return None, plan
        state = begin_run(con, archive, run_id=uuid.uuid4().hex, pipeline_version=version, task_runner="none", plan=plan)
        digest = end_run(con, state)
        if out:
            export_store(con, out)
    return digest, plan


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
    progress: Progress = SILENT,
    wait: float = 0.0,
) -> Digest:
    """Process the new and changed files of ARCHIVE into the store; return the run's digest.

    Every write happens in this process (the only writer), one transaction per document,
    so a rerun or a run after a crash replaces rather than duplicates. `plan` is one
    made by `plan_run` on this store moments before (with the writer lock held since), to
    save hashing the archive again. The store's writer lock is held throughout: another
    writer waits up to `wait` seconds, then gets E502 naming this one.
    """
    db = str(db_path(db))
    with writer_lock(db, wait=wait):
        return _run_locked(archive, db, out=out, retry_quarantined=retry_quarantined, today=today,
                           task_runner=task_runner, flow_run_id=flow_run_id, steps=steps, plan=plan, progress=progress)


def _run_locked(
    archive: str | Path, db: str, *, out: str | Path | None, retry_quarantined: bool, today: date | None,
    task_runner: str, flow_run_id: str | None, steps: Steps, plan: Plan | None, progress: Progress,
) -> Digest:
    day = today or date.today()
    version = pipeline_version()
    run_id = uuid.uuid4().hex
    with closing(connect(db)) as con:
        state = begin_run(
            con, archive, run_id=run_id, pipeline_version=version, task_runner=task_runner,
            flow_run_id=flow_run_id, today=day, retry_quarantined=retry_quarantined, plan=plan,
        )
    plan, digest = state.plan, state.digest
    progress.begin(len(plan.todo), "files")
    for planned, parsed in steps.parse_all(plan.todo, progress):
        outcome = steps.store(db, planned, parsed, version, run_id)
        count_outcome(digest, planned, outcome)
        pages = parsed.document.pages if isinstance(parsed, ParsedDocument) else 0
        progress.done(planned.rel, pages=pages or 0, problem=outcome.code if outcome.failed else "")
    if plan.relink:
        progress.step("linking recommendations to responses across the store")
        changes = steps.relink(db, day, run_id)
        digest.links_added, digest.links_changed, digest.links_removed = changes.added, changes.changed, changes.removed
    with closing(connect(db)) as con:
        digest = end_run(con, state)
    if out:
        progress.step(f"exporting to {out}")
        steps.export(db, str(out), day)
    return digest

