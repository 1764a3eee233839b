"""Ranked paragraph search over the store, with citations.

DuckDB's `fts` extension would be the natural engine, but DuckDB downloads extensions
on first use and the machines this runs on have no network, so the index is a
scikit-learn TF-IDF matrix (words and word pairs, English stop words removed) over
every stored paragraph. A paragraph's score is its cosine similarity to the query,
plus `PHRASE_BONUS` when it holds the query as a phrase.

Building the index costs a pass over the paragraphs (scikit-learn, and spaCy's
sentencizer for the snippets), so it is cached beside the store
(`<db>.search/<key>.pkl`). The key hashes the stored documents' ids (their content
hashes) and pipeline versions and the paragraph count, so any change to the archive
gives a new key and a fresh index; stale cache files are removed. A query against a
cached index loads none of them, nor SciPy: the vectoriser's own `analyze` (given to
scikit-learn as its analyzer), its vocabulary, idf weights and the matrix's columns are in
the cache as plain Python and numpy, so `scrutiny search` starts in about a second. The store itself is only ever opened read-only.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import numpy as np

from pipeline.config import db_path
from pipeline.dates import to_date as parse_date
from pipeline.frozen import tfidf_row
from pipeline.report.quotes import sentence_spans  # loads spaCy's sentencizer only when first called
from pipeline.store.schema import connect, scalar

log = logging.getLogger(__name__)

Db = str | Path | duckdb.DuckDBPyConnection | None
INDEX_VERSION = "3"  # 2: own analyzer, rows as tuples, sentence spans cached; 3: the matrix by column, numpy only
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


_TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token pattern


@dataclass(frozen=True, slots=True)
class Analyzer:
    """Words of two or more characters, lower-cased, stop words out, then words and word
    pairs: scikit-learn's word analysis, held as data so a query needs no scikit-learn."""

    stop_words: frozenset[str]

    def __call__(self, text: str) -> list[str]:
        words = [w for w in _TOKEN.findall(text.lower()) if w not in self.stop_words]
        return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


# A paragraph row: (uid, document_id, number, page, text, source, title, council, date, themes)
Row = tuple[str, str, str | None, int | None, str, str, str | None, str | None, str | None, list[str]]


class SearchIndex:
    """A TF-IDF index of paragraphs and their metadata (council, date, themes)."""

    def __init__(
        self, rows: list[Row], analyzer: Analyzer, vocabulary: dict[str, int], idf: np.ndarray, matrix: Any,
        spans: list[list[tuple[int, int]]],
    ) -> None:
        self.rows = rows
        self.analyzer = analyzer
        self.vocabulary = vocabulary
        self.idf = idf
        # the paragraphs x terms TF-IDF matrix, rows L2-normalised, by column (CSC as numpy arrays:
        # data, row indices, column pointers), so a query reads only its terms' columns and needs
        # no SciPy; None when no paragraph has text
        self.matrix = matrix
        self.spans = spans
        self._folded = [_norm(r[4]) for r in rows]
        self._days = np.array([_day(r[8]) for r in rows], dtype=float)

    @classmethod
    def build(cls, rows: list[Row]) -> SearchIndex:
        from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

        analyzer = Analyzer(frozenset(ENGLISH_STOP_WORDS))
        vectorizer = TfidfVectorizer(analyzer=analyzer, sublinear_tf=True, dtype=np.float32)
        texts = [r[4] or "" for r in rows]
        matrix, vocabulary, idf = None, {}, np.zeros(0, dtype=np.float32)
        if any(t.strip() for t in texts):
            csc = vectorizer.fit_transform(texts).tocsc()
            matrix = (csc.data.astype(np.float32), csc.indices.astype(np.int32), csc.indptr.astype(np.int64))
            vocabulary = {str(k): int(v) for k, v in vectorizer.vocabulary_.items()}
            idf = vectorizer.idf_.astype(np.float32)
        return cls(rows, analyzer, vocabulary, idf, matrix, [sentence_spans(t) for t in texts])

    def __len__(self) -> int:
        return len(self.rows)

    def query_vector(self, query: str) -> np.ndarray:
        """The query as scikit-learn's TfidfVectorizer would weigh it (sublinear tf x idf, L2)."""
        vec = np.zeros(len(self.vocabulary), dtype=np.float32)
        cols, vals = tfidf_row(self.analyzer(query), self.vocabulary, self.idf)
        vec[cols] = vals
        return vec

    def _cosines(self, q: np.ndarray) -> np.ndarray:
        """Each paragraph's cosine with the (normalised) query vector `q`: its terms' columns, summed."""
        data, rows, starts = self.matrix
        scores = np.zeros(len(self.rows), dtype=float)
        for j in np.flatnonzero(q):
            span = slice(starts[j], starts[j + 1])
            np.add.at(scores, rows[span], data[span] * q[j])
        return scores

    def _mask(self, councils: Sequence[str], themes: Sequence[str], since: str | None) -> np.ndarray:
        mask = np.ones(len(self.rows), dtype=bool)
        if councils:
            wanted = [c.casefold() for c in councils]
            mask &= np.array([isinstance(r[7], str) and any(w in r[7].casefold() for w in wanted) for r in self.rows], bool)
        if themes:
            wanted_themes = {t.strip().casefold().replace(" ", "_").replace("-", "_") for t in themes}
            mask &= np.array([bool(wanted_themes & set(r[9] or [])) for r in self.rows], bool)
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
        scores = self._cosines(self.query_vector(query))
        phrase = _norm(query)
        if " " in phrase:
            scores = scores + PHRASE_BONUS * np.fromiter((phrase in t for t in self._folded), dtype=float, count=len(scores))
        scores[~self._mask(councils, themes, since)] = 0.0
        top = [i for i in np.argsort(-scores, kind="stable")[: max(limit, 0)] if scores[i] > 0]
        return [self._hit(rank, int(i), float(scores[i]), query) for rank, i in enumerate(top, start=1)]

    def _hit(self, rank: int, i: int, score: float, query: str) -> Hit:
        uid, _, number, page, text, source, title, council, day, themes = self.rows[i]
        return Hit(
            rank=rank, score=round(score, 4), source=source, title=title, council=council, date=day, number=number,
            page=page, uid=uid, snippet=snippet(text, query, spans=self.spans[i]), themes=list(themes or []),
        )


def snippet(text: str, query: str, width: int = SNIPPET_CHARS, *, spans: list[tuple[int, int]] | None = None) -> str:
    """The sentence of `text` sharing most words with `query` (cut to `width` characters)."""
    words = {w for w in re.findall(r"\w+", query.casefold()) if len(w) > 2}
    best, best_n = None, -1
    for start, end in spans if spans is not None else sentence_spans(text):
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


def _rows(con: duckdb.DuckDBPyConnection) -> list[Row]:
    return [(uid, doc, number, None if page is None else int(page), text or "", source, title, council, day, list(themes or []))
            for uid, doc, number, page, text, source, title, council, day, themes in con.execute(_ROWS_SQL).fetchall()]


def open_index(db: Db = None, *, cache: bool = True) -> SearchIndex:
    """The search index of the store at `db`: from the cache when the store is unchanged, else built."""
    folder: Path | None = None  # where the index is cached: beside a store opened here, nowhere for a connection
    if isinstance(db, duckdb.DuckDBPyConnection):
        con, own = db, False
    else:
        con, own = connect(db, read_only=True), True
        folder = cache_dir(db_path(db))
    try:
        key = store_key(con)
        target = folder / f"{key}.pkl" if folder else None
        if cache and target is not None and target.exists():
            try:
                with target.open("rb") as fh:
                    return SearchIndex(*pickle.load(fh))
            except (OSError, EOFError, ValueError, TypeError, pickle.UnpicklingError) as exc:  # damaged: rebuild
                log.warning("search cache %s unreadable (%s); rebuilding", target, exc)
        rows = _rows(con)
    finally:
        if own:
            con.close()
    index = SearchIndex.build(rows)
    if cache and folder is not None and target is not None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for old in [*folder.glob("*.joblib"), *folder.glob("*.pkl")]:
                old.unlink()
            with target.open("wb") as fh:
                pickle.dump((index.rows, index.analyzer, index.vocabulary, index.idf, index.matrix, index.spans), fh,
                            protocol=pickle.HIGHEST_PROTOCOL)
        except OSError as exc:  # a read-only place: search still works, uncached
            log.warning("cannot cache the search index at %s (%s)", target, exc)
    return index


def search(
    db: Db, query: str, *, councils: Sequence[str] = (), themes: Sequence[str] = (), since: str | None = None,
    limit: int = 10,
) -> list[Hit]:
    """Ranked paragraphs of the store at `db` for `query`, with their citations."""
    return open_index(db).search(query, councils=councils, themes=themes, since=since, limit=limit)
