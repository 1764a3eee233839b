"""The parts of a nightly run that know the store: what is new, relinking, the digest.

`plan_run` hashes the archive and compares it with the store before any parsing, so an
unchanged archive costs only the hashing; the archive flow (and the CLI, which skips
Prefect altogether when there is nothing to do) build on these plain functions.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

import duckdb

from pipeline.config import SUPPORTED_SUFFIXES
from pipeline.ingest import sha256_file
from pipeline.store.read import load_parsed, recommendations_with_status
from pipeline.store.write import LinkChanges, upsert_links

log = logging.getLogger(__name__)


def discover(archive: str | Path) -> list[Path]:
    """The supported files under `archive`, sorted by path (hidden files and folders skipped)."""
    root = Path(archive)
    return sorted(
        p
        for p in root.rglob("*")
        if p.is_file()
        and p.suffix.lower() in SUPPORTED_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(root).parts)
    )


@dataclass(slots=True)
class Planned:
    """One file to parse tonight, and why: `new`, `changed` (other bytes at a stored path),
    `version` (stored by another pipeline version) or `retry` (quarantined before)."""

    path: str
    rel: str
    sha256: str
    reason: str


@dataclass(slots=True)
class Plan:
    archive: str
    pipeline_version: str
    files_seen: int = 0
    todo: list[Planned] = field(default_factory=list)
    skipped_known: int = 0
    skipped_quarantined: int = 0
    relink: bool = False  # also true when the last run was killed before it relinked

    @property
    def nothing_to_do(self) -> bool:
        return not self.todo and not self.relink


def plan_run(
    con: duckdb.DuckDBPyConnection | None, archive: str | Path, *, pipeline_version: str, retry_quarantined: bool = False
) -> Plan:
    """Hash every file of the archive and keep those the store doesn't hold at this version.

    A quarantined file is tried again only with a new pipeline version or when asked
    (`retry_quarantined`), so an unchanged archive with a bad file in it stays a no-op.
    `con` is None when there is no store yet.
    """
    root = Path(archive)
    files = discover(root)
    stored: dict[str, str] = {}
    stored_paths: set[str] = set()
    failed: dict[str, str] = {}
    unfinished = False
    if con is not None:
        stored = dict(con.execute("SELECT id, pipeline_version FROM documents").fetchall())
        stored_paths = {r[0] for r in con.execute("SELECT path FROM documents").fetchall()}
        failed = dict(con.execute("SELECT sha256, pipeline_version FROM quarantine").fetchall())
        row = con.execute("SELECT finished_at FROM runs ORDER BY started_at DESC LIMIT 1").fetchone()
        unfinished = row is not None and row[0] is None
    plan = Plan(str(root), pipeline_version, files_seen=len(files))
    seen: set[str] = set()
    for path in files:
        sha = sha256_file(path)
        rel = path.relative_to(root).as_posix()
        if sha in seen:  # the same bytes twice in the archive: one document
            plan.skipped_known += 1
            continue
        seen.add(sha)
        if sha in stored:
            if stored[sha] == pipeline_version:
                plan.skipped_known += 1
                continue
            reason = "version"
        elif sha in failed:
            if failed[sha] == pipeline_version and not retry_quarantined:
                plan.skipped_quarantined += 1
                continue
            reason = "retry"
        else:
            reason = "changed" if rel in stored_paths else "new"
        plan.todo.append(Planned(str(path), rel, sha, reason))
    plan.relink = bool(plan.todo) or unfinished
    return plan


def relink(con: duckdb.DuckDBPyConnection, *, today: date | None = None, run_id: str | None = None) -> LinkChanges:
    """Link across the WHOLE store (a response stored tonight answers a report from last year)
    and upsert the links by key, so only the rows that differ change."""
    from pipeline.link import link_documents

    docs = load_parsed(con)
    result = link_documents(docs, today=today)
    return upsert_links(con, result.links, run_id=run_id)


@dataclass(slots=True)
class Snapshot:
    """What the digest compares: each recommendation's status and the responses, keyed by (path, label)."""

    statuses: dict[tuple[str, str], str]
    responses: set[tuple[str, str]]


def snapshot(con: duckdb.DuckDBPyConnection, *, today: date) -> Snapshot:
    recs = recommendations_with_status(con, today=today)
    statuses = {(p, l): s for p, l, s in zip(recs["path"], recs["label"], recs["status"])}
    responses = {
        tuple(r)
        for r in con.execute(
            "SELECT d.path, r.label FROM responses r JOIN documents d ON d.id = r.document_id"
        ).fetchall()
    }
    return Snapshot(statuses, responses)


@dataclass(slots=True)
class Digest:
    """What changed in the store since the last run."""

    files_seen: int = 0
    documents_added: int = 0
    documents_changed: int = 0
    recommendations_added: int = 0
    responses_added: int = 0
    links_added: int = 0
    links_changed: int = 0
    links_removed: int = 0
    statuses_changed: int = 0
    newly_overdue: int = 0
    quarantined: int = 0
    failures: int = 0
    newly_overdue_items: list[str] = field(default_factory=list)
    quarantined_items: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {k: v for k, v in asdict(self).items() if isinstance(v, int)}

    def markdown(self, *, title: str = "Archive run") -> str:
        rows = "\n".join(f"| {k.replace('_', ' ')} | {v} |" for k, v in self.counts().items())
        out = [f"# {title}", "", "| what changed since the last run | count |", "|---|---:|", rows]
        if self.newly_overdue_items:
            out += ["", "## Newly overdue", *(f"- {x}" for x in self.newly_overdue_items)]
        if self.quarantined_items:
            out += ["", "## Quarantined", *(f"- {x}" for x in self.quarantined_items)]
        return "\n".join(out) + "\n"

    def text(self) -> str:
        c = self.counts()
        return (
            f"{c['files_seen']} file(s) seen: {c['documents_added']} document(s) added, "
            f"{c['documents_changed']} changed, {c['quarantined']} quarantined ({c['failures']} failure(s)); "
            f"{c['recommendations_added']} recommendation(s) and {c['responses_added']} response(s) added; "
            f"links {c['links_added']} added, {c['links_changed']} changed, {c['links_removed']} removed; "
            f"{c['statuses_changed']} status(es) changed, {c['newly_overdue']} newly overdue"
        )


def compare(before: Snapshot, after: Snapshot, digest: Digest) -> Digest:
    """Fill the status and count fields of `digest` from two snapshots."""
    digest.recommendations_added = len(after.statuses.keys() - before.statuses.keys())
    digest.responses_added = len(after.responses - before.responses)
    digest.statuses_changed = sum(
        1 for k, s in after.statuses.items() if k in before.statuses and before.statuses[k] != s
    )
    overdue = sorted(k for k, s in after.statuses.items() if s == "overdue" and before.statuses.get(k) != "overdue")
    digest.newly_overdue = len(overdue)
    digest.newly_overdue_items = [f"{path}: recommendation {label}" for path, label in overdue]
    return digest


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
    """Plan the run (unless given a plan), take the 'before' snapshot (statuses as of the
    last run's day) and record the run as started."""
    from pipeline.store.write import last_run, start_run

    today = today or date.today()
    plan = plan or plan_run(con, archive, pipeline_version=pipeline_version, retry_quarantined=retry_quarantined)
    last_started, _ = last_run(con)
    before = snapshot(con, today=last_started.date() if last_started else today)
    start_run(con, run_id, archive=str(archive), pipeline_version=pipeline_version, task_runner=task_runner,
              flow_run_id=flow_run_id)
    return RunState(run_id, plan, before, today, Digest(files_seen=plan.files_seen))


def end_run(con: duckdb.DuckDBPyConnection, state: RunState, *, title: str = "Archive run") -> Digest:
    """Compare with the 'before' snapshot, fill the digest and record the run as finished."""
    from pipeline.store.write import finish_run

    digest = compare(state.before, snapshot(con, today=state.today), state.digest)
    finish_run(con, state.run_id, digest.counts(), digest.markdown(title=title))
    return digest
