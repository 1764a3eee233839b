"""What a run has to do: the archive's files hashed and compared with the store, before any parsing.

`plan_run` costs only the hashing on an unchanged archive; the CLI answers such a run
from the store without starting Prefect.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from pipeline.errors import message
from pipeline.files import Skipped, find_documents, sha256_file

log = logging.getLogger(__name__)


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
    # every file not parsed tonight for a reason the user should hear: an unsupported or
    # unreadable file (E101, E107), the same bytes as another file (W207), still in quarantine
    skipped: list[Skipped] = field(default_factory=list)

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
    files, unreadable = find_documents(root)
    stored: dict[str, str] = {}
    stored_paths: set[str] = set()
    failed: dict[str, str] = {}
    failed_codes: dict[str, tuple[str, str]] = {}
    unfinished = False
    if con is not None:
        stored = dict(con.execute("SELECT id, pipeline_version FROM documents").fetchall())
        stored_paths = {r[0] for r in con.execute("SELECT path FROM documents").fetchall()}
        rows = con.execute("SELECT sha256, pipeline_version, code, message FROM quarantine").fetchall()
        failed = {sha: version for sha, version, _, _ in rows}
        failed_codes = {sha: (code, text) for sha, _, code, text in rows}
        row = con.execute("SELECT finished_at FROM runs ORDER BY started_at DESC LIMIT 1").fetchone()
        unfinished = row is not None and row[0] is None
        # a store brought to a new schema rebuilds its links (store.schema._migrate): relink it
        # even when no document is new
        unlinked = con.execute(
            "SELECT (SELECT count(*) FROM links) = 0 AND (SELECT count(*) FROM responses) > 0"
        ).fetchone()
        unfinished = unfinished or bool(unlinked and unlinked[0])
    plan = Plan(str(root), pipeline_version, files_seen=len(files) + len(unreadable), skipped=list(unreadable))
    seen: dict[str, str] = {}
    for path in files:
        sha = sha256_file(path)
        rel = path.relative_to(root).as_posix()
        if sha in seen:  # the same bytes twice in the archive: one document, and both names said
            plan.skipped_known += 1
            plan.skipped.append(Skipped(rel, "W207", message("W207", rel, detail=seen[sha])))
            continue
        seen[sha] = rel
        if sha in stored:
            if stored[sha] == pipeline_version:
                plan.skipped_known += 1
                continue
            reason = "version"
        elif sha in failed:
            if failed[sha] == pipeline_version and not retry_quarantined:
                plan.skipped_quarantined += 1
                code, text = failed_codes[sha]
                plan.skipped.append(Skipped(rel, code, f"{text} (in quarantine since an earlier run; "
                                                       "`scrutiny run --retry-quarantined` tries it again)"))
                continue
            reason = "retry"
        else:
            reason = "changed" if rel in stored_paths else "new"
        plan.todo.append(Planned(str(path), rel, sha, reason))
    plan.relink = bool(plan.todo) or unfinished
    return plan
