"""The store's tables as reporting needs them, and the choice of reports to cover.

`load_inputs` reads the store once (read-only); everything downstream is a pure
function of the `ReportInputs` it returns, so reports can also be built from
DataFrames made by hand (or from Parquet exports) in tests and notebooks.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd

from pipeline.config import RESPONSE_DEADLINE_DAYS
from pipeline.dates import to_date as parse_date
from pipeline.names import distinct_names
from pipeline.store import connect, load_table, recommendations_with_status

log = logging.getLogger(__name__)

Db = str | Path | duckdb.DuckDBPyConnection | None


@dataclass(slots=True)
class ReportInputs:
    """The rows reports are made of.

    `documents`: one row per document (id, source, path, council, body, title, date, kind);
    `paragraphs`: every unit (uid, document_id, number, kind, text, page, position);
    `themes`: theme tags (document_id, unit_uid, unit_kind, theme, score, evidence);
    `recommendations`: `pipeline.store.recommendations_with_status` plus `body`,
    `title`, `response_date`, the recommendation's `paragraph`, `page` and `addressees`,
    and the answer's `response_page`.
    """

    documents: pd.DataFrame
    paragraphs: pd.DataFrame
    themes: pd.DataFrame
    recommendations: pd.DataFrame


def load_inputs(db: Db = None, *, today: date | None = None, deadline_days: int = RESPONSE_DEADLINE_DAYS) -> ReportInputs:
    """Read what reports need from the store at `db` (default: `pipeline.config.db_path()`)."""
    if isinstance(db, duckdb.DuckDBPyConnection):
        con, own = db, False
    else:
        con, own = connect(db, read_only=True), True
    try:
        documents = load_table(con, "documents")
        paragraphs = load_table(con, "paragraphs")
        themes = load_table(con, "themes")
        recs = recommendations_with_status(con, today=today, deadline_days=deadline_days)
        places = con.execute("SELECT uid, paragraph, page, addressees FROM recommendations").df()
        answer_pages = con.execute(
            "SELECT document_id AS response_document_id, label AS response_to, min(page) AS response_page "
            "FROM responses GROUP BY ALL").df()
    finally:
        if own:
            con.close()
    recs = enrich_recommendations(recs, documents, places)
    if "response_document_id" in recs:
        recs = recs.merge(answer_pages, on=["response_document_id", "response_to"], how="left")
    return ReportInputs(documents, paragraphs, themes, recs)


def enrich_recommendations(recs: pd.DataFrame, documents: pd.DataFrame, places: pd.DataFrame | None = None) -> pd.DataFrame:
    """Add the report's body and title, the response document's date and the recommendation's place."""
    docs = documents.set_index("id")
    out = recs.copy()
    out["body"] = out["document_id"].map(docs["body"])
    out["title"] = out["document_id"].map(docs["title"])
    out["response_date"] = out["response_document_id"].map(docs["date"])
    if "path" in documents:  # two reports named report.txt in two folders: told apart by their folders
        names = distinct_names(documents["path"].dropna())
        out["name"] = out["document_id"].map(docs["path"]).map(lambda p: names.get(p) if isinstance(p, str) else None)
    if places is not None and not places.empty:
        out = out.merge(places.drop_duplicates("uid"), on="uid", how="left")
    return out


def _matches(value: object, wanted: Sequence[str]) -> bool:
    """Case-insensitive: `value` equals or contains one of `wanted`."""
    if not isinstance(value, str):
        return False
    v = value.casefold()
    return any(w.casefold() in v for w in wanted)


def _source_matches(row: pd.Series, wanted: str) -> bool:
    w = wanted.casefold()
    for name in (row.get("source"), row.get("path")):
        if isinstance(name, str):
            n = name.casefold()
            if n == w or Path(n).stem == w or n.startswith(w):
                return True
    return isinstance(row.get("id"), str) and row["id"].startswith(wanted.lower())


def filter_documents(
    documents: pd.DataFrame,
    *,
    reports: Sequence[str] = (),
    councils: Sequence[str] = (),
    bodies: Sequence[str] = (),
    since: str | None = None,
    kinds: Sequence[str] | None = None,
) -> pd.DataFrame:
    """The documents that match every filter given.

    `reports` are source names, paths, stems or their unique beginnings ("000");
    `councils` and `bodies` match case-insensitively on any part of the name; `since`
    is an ISO date (a partial date such as "2013-05" counts as its first day).
    `kinds` keeps those document kinds only (None: every kind).
    """
    keep = pd.Series(True, index=documents.index)
    if reports:
        keep &= documents.apply(lambda r: any(_source_matches(r, w) for w in reports), axis=1)
    if councils:
        keep &= documents["council"].map(lambda v: _matches(v, councils))
    if bodies:
        keep &= documents["body"].map(lambda v: _matches(v, bodies))
    if since:
        start = parse_date(since)
        if start is None:
            raise ValueError(f"--since {since!r} is not a date; give an ISO date such as 2013 or 2013-05-24")
        keep &= documents["date"].map(lambda v: (d := parse_date(v if isinstance(v, str) else None)) is not None and d >= start)
    if kinds is not None:
        keep &= documents["kind"].isin(list(kinds))
    return documents[keep]


REPORT_KINDS = ("scrutiny_report", "officer_report")


def answering_documents(recommendations: pd.DataFrame) -> set[str]:
    """Ids of the documents that answer a recommendation (responses, minutes recording decisions)."""
    if "response_document_id" not in recommendations:
        return set()
    return set(recommendations["response_document_id"].dropna())


def select_reports(
    documents: pd.DataFrame,
    *,
    reports: Sequence[str] = (),
    councils: Sequence[str] = (),
    bodies: Sequence[str] = (),
    since: str | None = None,
    answering: Collection[str] = (),
) -> pd.DataFrame:
    """The reports a cover report covers, oldest first.

    Named `reports` are taken whatever their kind; otherwise every report (`REPORT_KINDS`)
    matching the filters that answers no other document: a document whose id is in
    `answering` (`answering_documents`) is a response, shown as the answer to what it answers.
    A name that matches no document raises ValueError naming it.
    """
    for wanted in reports:
        if not documents.apply(lambda r, wanted=wanted: _source_matches(r, wanted), axis=1).any():
            known = ", ".join(sorted(documents["source"].astype(str)))
            raise ValueError(f"no stored document matches --report {wanted!r}; the store holds: {known}")
    kinds = None if reports else list(REPORT_KINDS)
    chosen = filter_documents(documents, reports=reports, councils=councils, bodies=bodies, since=since, kinds=kinds)
    if not reports:
        chosen = chosen[~chosen["id"].isin(list(answering))]
    return chosen.sort_values(["date", "source"], na_position="last").reset_index(drop=True)
