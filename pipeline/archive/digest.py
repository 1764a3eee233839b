"""What changed in the store since the last run: snapshots of every recommendation's status,
compared into the run's digest."""

from __future__ import annotations

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
    digest.newly_overdue_items = [f"{path}: recommendation {after.labels.get((path, place), place)}" for path, place in overdue]
    return digest
