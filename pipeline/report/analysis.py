"""Cross-council analyses of the store, for the research notebooks (which only call these).

Each function reads the store read-only (or takes the DataFrames of `load_inputs`) and
returns a DataFrame ready to plot with `pipeline.report.charts`.
"""

from __future__ import annotations

import logging
from datetime import date

import pandas as pd

from pipeline.dates import to_date as parse_date
from pipeline.report.inputs import Db, ReportInputs, load_inputs
from pipeline.store import load_parsed
from pipeline.themes.discover import discover

log = logging.getLogger(__name__)

UNKNOWN = "unknown"


def _period_labels(documents: pd.DataFrame, by: tuple[str, ...]) -> pd.Series:
    parts = []
    for col in by:
        if col == "year":
            values = documents["date"].astype("string").str[:4].fillna(UNKNOWN)
        else:
            values = documents[col].astype("string").fillna(UNKNOWN)
        parts.append(values)
    label = parts[0]
    for p in parts[1:]:
        label = label + " " + p
    return pd.Series(label.to_numpy(), index=documents["id"].to_numpy())


def theme_prevalence(inputs: ReportInputs, by: tuple[str, ...] = ("council", "year")) -> pd.DataFrame:
    """Share of paragraphs carrying each theme (rows) per group of documents (columns, e.g. "Leeds City Council 2013")."""
    paras = inputs.paragraphs[inputs.paragraphs["kind"] == "paragraph"]
    groups = _period_labels(inputs.documents, by)
    totals = paras.groupby(paras["document_id"].map(groups))["uid"].nunique()
    tags = inputs.themes[(inputs.themes["unit_kind"] == "paragraph") & inputs.themes["unit_uid"].isin(paras["uid"])]
    counts = tags.assign(group=tags["document_id"].map(groups)).groupby(["theme", "group"])["unit_uid"].nunique()
    table = counts.unstack("group").fillna(0).div(totals, axis=1).fillna(0.0)
    table = table.reindex(columns=sorted(table.columns))
    return table.loc[table.mean(axis=1).sort_values(ascending=False).index]


def distinctive_terms(inputs: ReportInputs, by: str = "council", k: int = 8) -> pd.DataFrame:
    """The `k` terms most particular to each group's paragraphs (TF-IDF over one text per group)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    paras = inputs.paragraphs[inputs.paragraphs["kind"] == "paragraph"]
    groups = _period_labels(inputs.documents, (by,))
    texts = paras.groupby(paras["document_id"].map(groups))["text"].apply(lambda t: "\n".join(t.fillna("")))
    if len(texts) == 0:
        return pd.DataFrame(columns=["group", "rank", "term", "weight"])
    vectorizer = TfidfVectorizer(stop_words="english", ngram_range=(1, 2), sublinear_tf=True, min_df=1,
                                 token_pattern=r"(?u)\b[a-zA-Z][a-zA-Z]+\b")
    matrix = vectorizer.fit_transform(texts.tolist()).toarray()
    names = vectorizer.get_feature_names_out()
    rows = []
    for group, weights in zip(texts.index, matrix):
        order = sorted(range(len(names)), key=lambda j: (-weights[j], names[j]))[:k]
        rows += [{"group": group, "rank": r, "term": names[j], "weight": round(float(weights[j]), 4)}
                 for r, j in enumerate(order, start=1) if weights[j] > 0]
    return pd.DataFrame(rows)


def discovered_topics(db: Db = None, n_topics: int = 6) -> pd.DataFrame | None:
    """Topics outside the taxonomy (`pipeline.themes.discover`) over every stored paragraph."""
    topics = discover(load_parsed(db), n_topics=n_topics)
    return pd.DataFrame(
        [{"topic": t.id, "terms": ", ".join(t.terms), "paragraphs": t.paragraphs, "share": t.share,
          "councils": ", ".join(t.by_council)} for t in topics]
    )


def outcomes(inputs: ReportInputs) -> pd.DataFrame:
    """Scrutiny recommendations (decisions sought excluded) with `days_to_response` where answered."""
    recs = inputs.recommendations[inputs.recommendations["kind"] == "scrutiny_recommendation"].copy()
    report_day = pd.to_datetime(recs["report_date"].map(_iso_day), errors="coerce")
    response_day = pd.to_datetime(recs["response_date"].map(_iso_day), errors="coerce")
    recs["days_to_response"] = (response_day - report_day).dt.days
    recs["council"] = recs["council"].fillna(UNKNOWN)
    return recs


def _iso_day(value: object) -> str | None:
    d = parse_date(value if isinstance(value, str) else None)
    return d.isoformat() if d else None


def answered_share(recs: pd.DataFrame, by: str = "council") -> pd.Series:
    """Share of recommendations answered, per `by` group."""
    return recs.groupby(by)["status"].apply(lambda s: float((s == "answered").mean())).sort_values(ascending=False)


def stance_mix(recs: pd.DataFrame) -> pd.Series:
    """How answered recommendations were received: count per stance (unanswered as `no response`)."""
    return recs["stance"].fillna("no response").value_counts()


def time_to_response(recs: pd.DataFrame) -> pd.DataFrame:
    """Days from report to response, per answered recommendation."""
    cols = ["source", "label", "council", "report_date", "response_document", "response_date", "days_to_response"]
    return recs.loc[recs["days_to_response"].notna(), cols].reset_index(drop=True)


def load(db: Db = None, today: date | None = None) -> ReportInputs:
    """The store's rows for analysis (read-only)."""
    return load_inputs(db, today=today)
