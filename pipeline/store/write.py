"""Writing to the store: one transaction per document, quarantine, links, runs.

Every write is keyed so that doing it again replaces rather than duplicates: a
document's rows are deleted and inserted again by document id inside one transaction,
a failing file is one quarantine row per sha256, links are upserted by their key.
A run killed half-way therefore leaves whole documents or none, and the next run
finishes the work.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

import duckdb
import pyarrow as pa

from pipeline.records import Copy, Link, ParsedDocument, Response
from pipeline.store.schema import scalar

log = logging.getLogger(__name__)


def _schema(fields: list[tuple[str, pa.DataType]]) -> pa.Schema:
    """`pa.schema` of (name, type) pairs; the typed parameter lets the checker read the list as such."""
    return pa.schema(fields)


_STR = pa.string()
_SCHEMAS: dict[str, pa.Schema] = {
    "paragraphs": _schema(
        [("uid", _STR), ("document_id", _STR), ("number", _STR), ("kind", _STR), ("heading", _STR),
         ("text", _STR), ("page", pa.int32()), ("position", pa.int32()), ("label", _STR), ("title", _STR)]
    ),
    "recommendations": _schema(
        [("uid", _STR), ("document_id", _STR), ("label", _STR), ("kind", _STR), ("addressee", _STR),
         ("text", _STR), ("paragraph", _STR), ("page", pa.int32()), ("generator", _STR),
         ("conclusion", pa.bool_()), ("addressees", pa.list_(_STR))]
    ),
    "responses": _schema(
        [("uid", _STR), ("document_id", _STR), ("label", _STR), ("restated", _STR), ("text", _STR),
         ("stance", _STR), ("progress", _STR), ("answers", pa.list_(_STR)), ("page", pa.int32()), ("generator", _STR),
         ("method", _STR), ("recommendation", _STR)]
    ),
    "themes": _schema(
        [("document_id", _STR), ("unit_uid", _STR), ("unit_kind", _STR), ("theme", _STR), ("score", pa.float64()),
         ("evidence", pa.list_(_STR)), ("generator", _STR)]
    ),
}


def _year(iso: str | None) -> int | None:
    if iso and len(iso) >= 4 and iso[:4].isdigit():
        return int(iso[:4])
    return None


def document_rows(parsed: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The rows of each per-document table, from `ParsedDocument.to_json()` output."""
    doc_id = parsed["document"]["id"]
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in _SCHEMAS}
    for p in parsed.get("paragraphs", []):
        rows["paragraphs"].append({**{k: p.get(k) for k in _SCHEMAS["paragraphs"].names}, "document_id": doc_id})
        for t in p.get("themes") or []:
            rows["themes"].append({**t, "document_id": doc_id, "unit_uid": p["uid"], "unit_kind": "paragraph"})
    for r in parsed.get("recommendations", []):
        rows["recommendations"].append(
            {**{k: r.get(k) for k in _SCHEMAS["recommendations"].names}, "document_id": doc_id}
        )
        for t in r.get("themes") or []:
            rows["themes"].append({**t, "document_id": doc_id, "unit_uid": r["uid"], "unit_kind": "recommendation"})
    for r in parsed.get("responses", []):
        rows["responses"].append({**{k: r.get(k) for k in _SCHEMAS["responses"].names}, "document_id": doc_id})
    for t in parsed.get("themes") or []:  # the document's themes, each with its share of the paragraphs
        rows["themes"].append({**t, "document_id": doc_id, "unit_uid": doc_id, "unit_kind": "document"})
    return rows


@dataclass(slots=True)
class Written:
    """What writing one document did: `replaced` lists the ids of earlier versions of its file."""

    document_id: str
    path: str
    replaced: list[str] = field(default_factory=list)


def write_document(
    con: duckdb.DuckDBPyConnection, document: ParsedDocument, *, path: str, pipeline_version: str,
    run_id: str | None = None,
) -> Written:
    """Store one parsed document and all its rows in ONE transaction (delete, then insert).

    An earlier document stored at the same `path` with other bytes is the same file
    changed: its rows go in the same transaction. A quarantine row for these bytes goes too.
    """
    parsed = document.to_json()
    d = parsed["document"]
    doc_id = d["id"]
    tables = {name: pa.Table.from_pylist(r, schema=_SCHEMAS[name]) for name, r in document_rows(parsed).items()}
    con.execute("BEGIN TRANSACTION")
    try:
        replaced = [
            r[0] for r in con.execute("SELECT id FROM documents WHERE path = ? AND id <> ?", [path, doc_id]).fetchall()
        ]
        ids = [doc_id, *replaced]
        for name in (*tables, "documents"):
            key = "id" if name == "documents" else "document_id"
            con.execute(f"DELETE FROM {name} WHERE {key} IN (SELECT unnest(?::VARCHAR[]))", [ids])
        con.execute(
            "INSERT INTO documents BY NAME SELECT ?::VARCHAR AS id, ? AS path, ? AS source, ? AS council, ? AS body,"
            " ? AS title, ? AS date, ?::INTEGER AS year, ? AS kind, ?::INTEGER AS pages, ? AS generator,"
            " ? AS pipeline_version, ?::INTEGER AS n_paragraphs, ?::INTEGER AS n_recommendations,"
            " ?::INTEGER AS n_responses, ?::JSON AS parsed_json, now()::TIMESTAMP AS stored_at, ? AS run_id",
            [
                doc_id, path, d.get("source"), d.get("council"), d.get("body"), d.get("title"), d.get("date"),
                _year(d.get("date")), d.get("kind"), d.get("pages"), d.get("generator"), pipeline_version,
                len(parsed.get("paragraphs", [])), len(parsed.get("recommendations", [])),
                len(parsed.get("responses", [])), _json(parsed), run_id,
            ],
        )
        for name, table in tables.items():
            if table.num_rows:
                con.register("_rows", table)
                con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM _rows")
                con.unregister("_rows")
        con.execute("DELETE FROM quarantine WHERE sha256 = ?", [doc_id])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return Written(doc_id, path, replaced)


def replace_document_json(con: duckdb.DuckDBPyConnection, document: ParsedDocument) -> None:
    """Store what was learnt of a stored document from its neighbours (its council, and the
    issue that says where it came from): its documents row and stored JSON, in one statement."""
    parsed = document.to_json()
    d = parsed["document"]
    con.execute("UPDATE documents SET council = ?, parsed_json = ?::JSON WHERE id = ?",
                [d.get("council"), _json(parsed), d["id"]])


def replace_responses(con: duckdb.DuckDBPyConnection, document_id: str, responses: list[Response]) -> bool:
    """Replace a stored document's responses (read anew once its report is known) in one
    transaction, rows and stored JSON alike. Returns False when nothing changed."""
    row = con.execute("SELECT parsed_json FROM documents WHERE id = ?", [document_id]).fetchone()
    if row is None:
        return False
    parsed = json.loads(row[0])
    new = [asdict(r) for r in responses]
    if parsed.get("responses") == new:
        return False
    parsed["responses"] = new
    rows = document_rows(parsed)["responses"]
    table = pa.Table.from_pylist(rows, schema=_SCHEMAS["responses"])
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM responses WHERE document_id = ?", [document_id])
        if table.num_rows:
            con.register("_rows", table)
            con.execute("INSERT INTO responses BY NAME SELECT * FROM _rows")
            con.unregister("_rows")
        con.execute(
            "UPDATE documents SET parsed_json = ?::JSON, n_responses = ? WHERE id = ?",
            [_json(parsed), len(new), document_id],
        )
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return True


def _json(parsed: dict[str, Any]) -> str:
    return json.dumps(parsed, ensure_ascii=False)


def quarantine(
    con: duckdb.DuckDBPyConnection, *, sha256: str, path: str, code: str, message: str, pipeline_version: str
) -> int:
    """Record a file that failed: one row per sha256, attempts counted. Returns the attempts so far."""
    con.execute(
        """
        INSERT INTO quarantine VALUES (?, ?, ?, ?, ?, now()::TIMESTAMP, now()::TIMESTAMP, 1)
        ON CONFLICT (sha256) DO UPDATE SET path = excluded.path, code = excluded.code,
            message = excluded.message, pipeline_version = excluded.pipeline_version,
            last_seen = excluded.last_seen, attempts = quarantine.attempts + 1
        """,
        [sha256, path, code, message, pipeline_version],
    )
    return scalar(con, "SELECT attempts FROM quarantine WHERE sha256 = ?", [sha256])


@dataclass(slots=True)
class LinkChanges:
    added: int = 0
    changed: int = 0
    removed: int = 0


_LINK_KEY = ("recommendation_uid", "response_document_id", "response_to")


def upsert_links(con: duckdb.DuckDBPyConnection, links: list[Link], *, run_id: str | None = None) -> LinkChanges:
    """Make the `links` table equal to `links`, touching only the rows that differ, in one transaction.

    A link is keyed by the recommendation's uid, the response document's id (sha256) and the
    label it answers under: two files that share a name, or two recommendations that share a
    label, are never taken for one another."""
    wanted = {(l.recommendation_uid, l.response_document_id, l.response_to): l for l in links}
    stored = {
        tuple(r[:3]): tuple(r[3:])
        for r in con.execute(
            f"SELECT {', '.join(_LINK_KEY)}, score, method, report, recommendation, response_document FROM links"
        ).fetchall()
    }
    where = " AND ".join(f"{k} = ?" for k in _LINK_KEY)
    out = LinkChanges()
    con.execute("BEGIN TRANSACTION")
    try:
        for key in stored.keys() - wanted.keys():
            con.execute(f"DELETE FROM links WHERE {where}", list(key))
            out.removed += 1
        for key, link in wanted.items():
            old = stored.get(key)
            new = (link.score, link.method, link.report, link.recommendation, link.response_document)
            if old is None:
                con.execute(
                    "INSERT INTO links (report, recommendation, response_document, response_to, score, method,"
                    " report_id, response_document_id, first_linked, updated_at, run_id, recommendation_uid)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, now()::TIMESTAMP, now()::TIMESTAMP, ?, ?)",
                    [link.report, link.recommendation, link.response_document, link.response_to, link.score,
                     link.method, link.report_id, link.response_document_id, run_id, link.recommendation_uid],
                )
                out.added += 1
            elif old != new:
                con.execute(
                    "UPDATE links SET score = ?, method = ?, report = ?, recommendation = ?, response_document = ?,"
                    f" updated_at = now()::TIMESTAMP, run_id = ? WHERE {where}",
                    [*new, run_id, *key],
                )
                out.changed += 1
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return out


def replace_copies(con: duckdb.DuckDBPyConnection, copies: list[Copy]) -> None:
    """Make the `copies` table equal to `copies` (derived from the whole store, as links are), in one transaction."""
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM copies")
        if copies:
            con.executemany(
                "INSERT INTO copies (recommendation_uid, original_uid, document_id, original_document_id)"
                " VALUES (?, ?, ?, ?)",
                [[c.recommendation_uid, c.original_uid, c.document_id, c.original_document_id] for c in copies],
            )
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def start_run(
    con: duckdb.DuckDBPyConnection, run_id: str, *, archive: str, pipeline_version: str, task_runner: str,
    flow_run_id: str | None = None,
) -> None:
    con.execute(
        "INSERT INTO runs (run_id, started_at, archive, pipeline_version, task_runner, flow_run_id, status)"
        " VALUES (?, now()::TIMESTAMP, ?, ?, ?, ?, 'running')",
        [run_id, archive, pipeline_version, task_runner, flow_run_id],
    )


def abort_unfinished(con: duckdb.DuckDBPyConnection, *, except_run: str | None = None) -> list[str]:
    """Mark every run that started and never finished (killed) as `aborted`; return their ids.

    Call it only while holding the store's writer lock: then no other run is in progress."""
    rows = con.execute(
        "SELECT run_id FROM runs WHERE finished_at IS NULL AND coalesce(status, 'running') = 'running'"
        " AND run_id IS DISTINCT FROM ?", [except_run],
    ).fetchall()
    ids = [r[0] for r in rows]
    if ids:
        con.execute("UPDATE runs SET status = 'aborted' WHERE list_contains(?, run_id)", [ids])
    return ids


def documents_of_runs(con: duckdb.DuckDBPyConnection, run_ids: list[str]) -> int:
    """How many stored documents were written by these runs."""
    return int(scalar(con, "SELECT count(*) FROM documents WHERE list_contains(?, run_id)", [run_ids])) if run_ids else 0


def last_snapshot(con: duckdb.DuckDBPyConnection) -> str | None:
    """The snapshot the last finished run reported (JSON), or None."""
    row = con.execute(
        "SELECT snapshot FROM runs WHERE status = 'finished' AND snapshot IS NOT NULL ORDER BY started_at DESC LIMIT 1"
    ).fetchone()
    return row[0] if row else None


def finish_run(
    con: duckdb.DuckDBPyConnection, run_id: str, counts: dict[str, int], digest: str, *, snapshot: str | None = None
) -> None:
    cols = [c for c in counts if c in _RUN_COUNTS]
    sets = ", ".join(f"{c} = ?" for c in cols)
    con.execute(
        f"UPDATE runs SET {sets}, digest = ?, snapshot = ?, status = 'finished', finished_at = now()::TIMESTAMP"
        " WHERE run_id = ?",
        [*(counts[c] for c in cols), digest, snapshot, run_id],
    )


_RUN_COUNTS = {
    "files_seen", "documents_added", "documents_changed", "recommendations_added", "responses_added",
    "links_added", "links_changed", "links_removed", "statuses_changed", "newly_overdue", "quarantined", "failures",
    "skipped", "aborted_runs",
}


def last_run(con: duckdb.DuckDBPyConnection, *, finished: bool = False) -> tuple[datetime | None, bool]:
    """When the last run (the last finished one, if `finished`) started, and whether it
    finished (a killed run leaves finished_at empty)."""
    only = " WHERE finished_at IS NOT NULL" if finished else ""
    row = con.execute(f"SELECT started_at, finished_at FROM runs{only} ORDER BY started_at DESC LIMIT 1").fetchone()
    if row is None:
        return None, True
    return row[0], row[1] is not None


