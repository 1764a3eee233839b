"""Ranked paragraph search over the store, with citations.

DuckDB's `fts` extension would be the natural engine, but DuckDB downloads extensions
on first use and the machines this runs on have no network, so the index is a
scikit-learn TF-IDF matrix (words and word pairs, English stop words removed) over
every stored paragraph. A paragraph's score is its cosine similarity to the query,
plus `PHRASE_BONUS` when it holds the query as a phrase.

Building the index costs a pass over the paragraphs, so it is cached beside the store
(`<db>.search/<key>.joblib`). The key hashes the stored documents' ids (their content
hashes) and pipeline versions and the paragraph count, so any change to the archive
gives a new key and a fresh index; stale cache files are removed. The store itself is
only ever opened read-only.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd

from pipeline.config import db_path
from pipeline.dates import to_date as parse_date
from pipeline.report.inputs import Db
from pipeline.report.quotes import sentence_spans
from pipeline.store import connect, scalar

log = logging.getLogger(__name__)

INDEX_VERSION = "1"
PHRASE_BONUS = 0.5
SNIPPET_CHARS = 300

_KEY_SQL = """
SELECT md5(coalesce(string_agg(id || '/' || pipeline_version, ',' ORDER BY id), '')) || '-'
       || (SELECT count(*) FROM paragraphs)
FROM documents
"""
_ROWS_SQL = """
SELECT p.uid, p.document_id, p.number, p.page, p.text, d.source, d.title, d.council, d.date,
       coalesce(t.themes, []) AS themes
FROM paragraphs p
JOIN documents d ON d.id = p.document_id
LEFT JOIN (SELECT unit_uid, list(DISTINCT theme ORDER BY theme) AS themes FROM themes
           WHERE unit_kind = 'paragraph' GROUP BY unit_uid) t ON t.unit_uid = p.uid
WHERE p.kind = 'paragraph' AND length(trim(p.text)) > 0
ORDER BY d.path, p.position
"""


@dataclass(slots=True)
class Hit:
    """One ranked paragraph and where to find it."""

    rank: int
    score: float
    source: str
    title: str | None
    council: str | None
    date: str | None
    number: str | None
    page: int | None
    uid: str
    snippet: str
    themes: list[str] = field(default_factory=list)

    @property
    def citation(self) -> str:
        para = f"para {self.number}" if self.number else "unnumbered paragraph"
        page = f", p. {self.page}" if self.page is not None else ""
        return f"{self.source}, {para}{page}"


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _day(value: object) -> float:
    d = parse_date(value if isinstance(value, str) else None)
    return float(d.toordinal()) if d else np.nan


class SearchIndex:
    """A TF-IDF index of paragraphs and their metadata (council, date, themes)."""

    def __init__(self, rows: pd.DataFrame, vectorizer, matrix) -> None:
        self.rows = rows.reset_index(drop=True)
        self.vectorizer = vectorizer
        self.matrix = matrix
        self._folded = [_norm(t) for t in self.rows["text"]]
        self._days = np.array([_day(v) for v in self.rows["date"]], dtype=float)

    @classmethod
    def build(cls, rows: pd.DataFrame) -> SearchIndex:
        from sklearn.feature_extraction.text import TfidfVectorizer

        vectorizer = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, stop_words="english", dtype=np.float32)
        texts = rows["text"].fillna("").tolist()
        matrix = vectorizer.fit_transform(texts) if any(t.strip() for t in texts) else None
        return cls(rows, vectorizer, matrix)

    def __len__(self) -> int:
        return len(self.rows)

    def _mask(self, councils: Sequence[str], themes: Sequence[str], since: str | None) -> np.ndarray:
        mask = np.ones(len(self.rows), dtype=bool)
        if councils:
            wanted = [c.casefold() for c in councils]
            mask &= self.rows["council"].map(lambda v: isinstance(v, str) and any(w in v.casefold() for w in wanted)).to_numpy(bool)
        if themes:
            wanted_themes = {t.strip().casefold().replace(" ", "_").replace("-", "_") for t in themes}
            mask &= self.rows["themes"].map(
                lambda ts: bool(wanted_themes & set(ts if ts is not None else []))
            ).to_numpy(bool)
        if since:
            start = _day(since)
            if np.isnan(start):
                raise ValueError(f"--since {since!r} is not a date; give an ISO date such as 2013 or 2013-05-24")
            with np.errstate(invalid="ignore"):
                mask &= self._days >= start
        return mask

    def search(
        self, query: str, *, councils: Sequence[str] = (), themes: Sequence[str] = (), since: str | None = None,
        limit: int = 10,
    ) -> list[Hit]:
        """The `limit` best paragraphs for `query` among those passing the filters."""
        if not query.strip():
            raise ValueError("the search query is empty; give some words to look for")
        if self.matrix is None or not len(self.rows):
            return []
        scores = np.asarray((self.matrix @ self.vectorizer.transform([query]).T).todense()).ravel()
        phrase = _norm(query)
        if " " in phrase:
            scores = scores + PHRASE_BONUS * np.fromiter((phrase in t for t in self._folded), dtype=float, count=len(scores))
        scores[~self._mask(councils, themes, since)] = 0.0
        top = [i for i in np.argsort(-scores, kind="stable")[: max(limit, 0)] if scores[i] > 0]
        return [self._hit(rank, i, float(scores[i]), query) for rank, i in enumerate(top, start=1)]

    def _hit(self, rank: int, i: int, score: float, query: str) -> Hit:
        r = self.rows.iloc[i]
        page = r["page"]
        return Hit(
            rank=rank, score=round(score, 4), source=r["source"], title=_opt(r["title"]), council=_opt(r["council"]),
            date=_opt(r["date"]), number=_opt(r["number"]), page=None if pd.isna(page) else int(page), uid=r["uid"],
            snippet=snippet(r["text"], query), themes=list(r["themes"] if r["themes"] is not None else []),
        )


def _opt(value: Any) -> str | None:
    """A DataFrame cell (typed Any by pandas) as a str, or None when missing (None, NaN, NA)."""
    return None if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def snippet(text: str, query: str, width: int = SNIPPET_CHARS) -> str:
    """The sentence of `text` sharing most words with `query` (cut to `width` characters)."""
    words = {w for w in re.findall(r"\w+", query.casefold()) if len(w) > 2}
    best, best_n = None, -1
    for start, end in sentence_spans(text):
        sent = text[start:end]
        n = sum(1 for w in words if w in sent.casefold())
        if n > best_n:
            best, best_n = sent, n
    out = " ".join((best or text).split())
    return out if len(out) <= width else out[: width - 1].rstrip() + "…"


def store_key(con: duckdb.DuckDBPyConnection) -> str:
    """What the stored archive holds, as a short key: changes whenever a document or paragraph does."""
    raw = scalar(con, _KEY_SQL)
    return hashlib.sha256(f"{INDEX_VERSION}:{raw}".encode()).hexdigest()[:16]


def cache_dir(db_file: Path) -> Path:
    return db_file.with_name(db_file.name + ".search")


def open_index(db: Db = None, *, cache: bool = True) -> SearchIndex:
    """The search index of the store at `db`: from the cache when the store is unchanged, else built."""
    import joblib

    folder: Path | None = None  # where the index is cached: beside a store opened here, nowhere for a connection
    if isinstance(db, duckdb.DuckDBPyConnection):
        con, own = db, False
    else:
        con, own = connect(db, read_only=True), True
        folder = cache_dir(db_path(db))
    try:
        key = store_key(con)
        target = folder / f"{key}.joblib" if folder else None
        if cache and target is not None and target.exists():
            try:
                rows, vectorizer, matrix = joblib.load(target)
                return SearchIndex(rows, vectorizer, matrix)
            except (OSError, EOFError, ValueError) as exc:  # a damaged cache file: rebuild it
                log.warning("search cache %s unreadable (%s); rebuilding", target, exc)
        rows = con.execute(_ROWS_SQL).df()
    finally:
        if own:
            con.close()
    index = SearchIndex.build(rows)
    if cache and folder is not None and target is not None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for old in folder.glob("*.joblib"):
                old.unlink()
            joblib.dump((index.rows, index.vectorizer, index.matrix), target)
        except OSError as exc:  # a read-only place: search still works, uncached
            log.warning("cannot cache the search index at %s (%s)", target, exc)
    return index


def search(
    db: Db, query: str, *, councils: Sequence[str] = (), themes: Sequence[str] = (), since: str | None = None,
    limit: int = 10,
) -> list[Hit]:
    """Ranked paragraphs of the store at `db` for `query`, with their citations."""
    return open_index(db).search(query, councils=councils, themes=themes, since=since, limit=limit)
