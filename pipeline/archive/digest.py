"""What changed in the store since the last run: snapshots of every recommendation's status,
compared into the run's digest."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date

import duckdb

from pipeline.store.read import recommendations_with_status


@dataclass(slots=True)
class Snapshot:
    """What the digest compares: each recommendation's status, keyed by its file's path and its
    place in the file (paragraph and label: two recommendations may share a label), and the responses."""

    statuses: dict[tuple[str, str], str]
    responses: set[tuple[str, str]]
    labels: dict[tuple[str, str], str] = field(default_factory=dict)

    def to_json(self) -> str:
        """Kept with a finished run, so the next run compares with what this one reported
        even when a run in between was killed before its digest."""
        rows = [[path, place, status, self.labels.get((path, place), place)]
                for (path, place), status in sorted(self.statuses.items())]
        return json.dumps({"statuses": rows, "responses": sorted(self.responses)})

    @classmethod
    def from_json(cls, text: str) -> Snapshot:
        data = json.loads(text)
        rows = data.get("statuses", [])
        return cls(
            {(p, pl): st for p, pl, st, _ in rows},
            {(p, label) for p, label in data.get("responses", [])},
            {(p, pl): label for p, pl, _, label in rows},
        )


def snapshot(con: duckdb.DuckDBPyConnection, *, today: date) -> Snapshot:
    recs = recommendations_with_status(con, today=today)
    places = [(p, str(u).split(":rec:", 1)[-1]) for p, u in zip(recs["path"], recs["uid"])]
    statuses = dict(zip(places, recs["status"]))
    labels = dict(zip(places, recs["label"]))
    responses = {
        tuple(r)
        for r in con.execute(
            "SELECT d.path, r.label FROM responses r JOIN documents d ON d.id = r.document_id"
        ).fetchall()
    }
    return Snapshot(statuses, responses, labels)


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
    skipped: int = 0
    aborted_runs: int = 0  # earlier runs killed before their digest: their changes are counted here
    newly_overdue_items: list[str] = field(default_factory=list)
    # one line per file: "CODE path: what was wrong and what to do"
    failed_items: list[str] = field(default_factory=list)
    skipped_items: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {k: v for k, v in asdict(self).items() if isinstance(v, int)}

    def markdown(self, *, title: str = "Archive run") -> str:
        rows = "\n".join(f"| {k.replace('_', ' ')} | {v} |" for k, v in self.counts().items())
        out = [f"# {title}", "", "| what changed since the last run | count |", "|---|---:|", rows]
        if self.newly_overdue_items:
            out += ["", "## Newly overdue", *(f"- {x}" for x in self.newly_overdue_items)]
        if self.failed_items:
            out += ["", "## Failed (quarantined)", *(f"- {x}" for x in self.failed_items)]
        if self.skipped_items:
            out += ["", "## Not read", *(f"- {x}" for x in self.skipped_items)]
        if self.aborted_runs:
            out += ["", f"Includes the changes of {self.aborted_runs} earlier run(s) that were stopped before their digest."]
        return "\n".join(out) + "\n"

    def problems(self) -> list[str]:
        """Every file that failed or was not read, one line each, for a terminal."""
        return [f"FAIL  {x}" for x in self.failed_items] + [f"SKIP  {x}" for x in self.skipped_items]

    def text(self) -> str:
        c = self.counts()
        return (
            f"{c['files_seen']} file(s) seen: {c['documents_added']} document(s) added, "
            f"{c['documents_changed']} changed, {c['failures']} failed ({c['quarantined']} newly quarantined), "
            f"{c['skipped']} not read; "
            f"{c['recommendations_added']} recommendation(s) and {c['responses_added']} response(s) added; "
            f"links {c['links_added']} added, {c['links_changed']} changed, {c['links_removed']} removed; "
            f"{c['statuses_changed']} status(es) changed, {c['newly_overdue']} newly overdue"
            + (f" (with {c['aborted_runs']} stopped run(s) before this one)" if c["aborted_runs"] else "")
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
    digest.newly_overdue_items = [f"{path}: recommendation {after.labels.get((path, place), place)}" for path, place in overdue]
    return digest
