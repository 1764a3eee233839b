"""Discover recurring topics an archive talks about that the taxonomy does not cover.

Paragraphs that the taxonomy already covers well (two or more themes found by strong
rule terms) are set aside; in the rest, the tokens inside any taxonomy match are
removed. What is left is lemmatised, weighted by TF-IDF and factorised with NMF
(fixed `random_state`, deterministic `nndsvda` start). Each topic comes with its top
terms, exemplar paragraphs cited by document source and paragraph number, and its
prevalence by council and year (paragraphs whose strongest topic it is).

Same documents in, same topics out: documents are ordered by source, and every sort
breaks ties on a stable key.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

import numpy as np
from sklearn.decomposition import NMF
from sklearn.feature_extraction.text import TfidfVectorizer

from pipeline.records import ParsedDocument
from pipeline.themes.nlp import get_nlp

log = logging.getLogger(__name__)

MIN_WORDS = 12
WELL_COVERED = 2  # a paragraph with this many strongly-matched themes is left out


@dataclass(slots=True)
class Exemplar:
    """A paragraph that shows a topic, with its citation."""

    source: str
    paragraph: str  # the paragraph number, or its uid when unnumbered
    weight: float
    text: str


@dataclass(slots=True)
class Topic:
    """A recurring topic outside the taxonomy: its terms, exemplars and where it occurs."""

    id: int
    terms: list[str]
    exemplars: list[Exemplar]
    paragraphs: int  # paragraphs whose strongest topic this is
    share: float  # of the paragraphs analysed
    by_council: dict[str, int] = field(default_factory=dict)
    by_year: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class _Para:
    source: str
    number: str
    council: str
    year: str
    text: str
    tokens: str


def _uncovered_paragraphs(docs: Sequence[ParsedDocument]) -> tuple[list[_Para], int]:
    """Paragraphs not well covered by the taxonomy, as lemma strings without taxonomy terms."""
    nlp = get_nlp()
    candidates = []
    for d in sorted(docs, key=lambda d: (d.source, d.id)):
        meta = d.document.meta
        year = (meta.date or "")[:4] or "unknown"
        for p in d.paragraphs:
            if p.kind == "paragraph" and len(p.text.split()) >= MIN_WORDS:
                candidates.append((d.source, p.number or p.uid, meta.council or "unknown", year, p.text))
    kept, covered = [], 0
    for cand, doc in zip(candidates, nlp.pipe([c[4] for c in candidates], batch_size=64)):
        hits = doc._.theme_hits
        strong = sum(1 for hs in hits.values() if any(h.weight == "strong" for h in hs))
        if strong >= WELL_COVERED:
            covered += 1
            continue
        inside = {i for hs in hits.values() for h in hs for i in range(h.start, h.end)}
        tokens = " ".join(t.lemma_ for t in doc if t.is_alpha and not t.is_stop and len(t) > 2 and t.i not in inside)
        kept.append(_Para(*cand, tokens=tokens))
    return kept, covered


def _distinct(paras: list) -> list:
    """The first of each repeated paragraph text: a report reprinted in an agenda pack, a
    summary box, or the same file in two formats would otherwise make its own topic."""
    seen: set[str] = set()
    out = []
    for p in paras:
        key = re.sub(r"\W+", " ", p.text.lower()).strip()
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def discover(docs: Sequence[ParsedDocument], n_topics: int = 8, n_terms: int = 8, n_exemplars: int = 3,
             random_state: int = 0) -> list[Topic]:
    """Topics of the paragraphs the taxonomy does not cover, most prevalent first."""
    paras, covered = _uncovered_paragraphs(docs)
    paras = _distinct(paras)
    log.info("discovery: %d paragraphs analysed, %d set aside as covered by the taxonomy", len(paras), covered)
    if len(paras) < 2:
        return []
    vectorizer = TfidfVectorizer(min_df=2, max_df=0.5, ngram_range=(1, 2), sublinear_tf=True,
                                 token_pattern=r"(?u)\b[a-z][a-z]+\b")
    try:
        X = vectorizer.fit_transform([p.tokens for p in paras])
    except ValueError:  # no term left after min_df/max_df
        return []
    k = max(1, min(n_topics, X.shape[0] - 1, X.shape[1]))
    nmf = NMF(n_components=k, init="nndsvda", random_state=random_state, max_iter=500)
    W = nmf.fit_transform(X)
    H = nmf.components_
    names = vectorizer.get_feature_names_out()
    dominant = np.where(W.max(axis=1) > 0, W.argmax(axis=1), -1)
    topics = []
    for j in range(k):
        order = sorted(range(H.shape[1]), key=lambda c: (-H[j, c], names[c]))[:n_terms]
        members = [i for i in range(len(paras)) if dominant[i] == j]
        best = sorted(range(len(paras)), key=lambda i: (-W[i, j], paras[i].source, i))[:n_exemplars]
        topics.append(Topic(
            id=j,
            terms=[str(names[c]) for c in order if H[j, c] > 0],
            exemplars=[Exemplar(paras[i].source, str(paras[i].number), round(float(W[i, j]), 4),
                                paras[i].text[:300]) for i in best if W[i, j] > 0],
            paragraphs=len(members),
            share=round(len(members) / len(paras), 4),
            by_council=dict(sorted(Counter(paras[i].council for i in members).items())),
            by_year=dict(sorted(Counter(paras[i].year for i in members).items())),
        ))
    topics.sort(key=lambda t: (-t.paragraphs, t.id))
    for new_id, t in enumerate(topics):
        t.id = new_id
    return topics
