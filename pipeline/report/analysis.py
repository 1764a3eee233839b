"""Cross-council analyses of the store, for the research notebooks (which only call these).

Each function reads the store read-only (or takes the DataFrames of `load_inputs`) and
returns a DataFrame ready to plot with `pipeline.report.charts`.
"""

from __future__ import annotations

import logging
from datetime import date

import pandas as pd

from pipeline.dates import to_date as parse_date
from pipeline.report.cover import theme_name
from pipeline.report.inputs import Db, ReportInputs, load_inputs
from pipeline.report.outcome import outcome_text
from pipeline.report.quotes import quote_around
from pipeline.store import load_parsed
from pipeline.themes.discover import discover

log = logging.getLogger(__name__)

UNKNOWN = "unknown"


def _period_labels(documents: pd.DataFrame, by: tuple[str, ...]) -> pd.Series:
    """Each document's group label ("Kent County Council 2025"): the parts it states, the
    unknown ones left out ("Kent County Council"); None when it states none of them."""
    parts = []
    for col in by:
        if col == "year":
            values = documents["date"].astype("string").str[:4]
        else:
            values = documents[col].astype("string")
        parts.append(values)
    def label(row: tuple) -> str | None:
        known = [None if pd.isna(v) or not str(v).strip() else str(v) for v in row]
        if not any(known):
            return None
        return " ".join(v if v else f"({col} not stated)" for v, col in zip(known, by) if v or col != "year")

    labels = [label(row) for row in zip(*parts)]
    return pd.Series(labels, index=documents["id"].to_numpy(), dtype=object)


def theme_prevalence(inputs: ReportInputs, by: tuple[str, ...] = ("council", "year"), *, top: int | None = None,
                     min_paragraphs: int = 1) -> pd.DataFrame:
    """Share of paragraphs carrying each theme (rows, by name) per group of documents (columns,
    e.g. "Leeds City Council 2013").

    Documents that state none of `by` are left out (not a column of "unknown unknown"); `top`
    keeps the groups with most paragraphs, and groups under `min_paragraphs` are dropped.
    `table.attrs["left_out"]` counts the paragraphs of the documents left out."""
    paras = inputs.paragraphs[inputs.paragraphs["kind"] == "paragraph"]
    groups = _period_labels(inputs.documents, by)
    group_of = paras["document_id"].map(groups)
    left_out = int(group_of.isna().sum())
    totals = paras.groupby(group_of)["uid"].nunique()
    totals = totals[totals >= min_paragraphs].sort_values(ascending=False)
    if top is not None:
        totals = totals.head(top)
    tags = inputs.themes[(inputs.themes["unit_kind"] == "paragraph") & inputs.themes["unit_uid"].isin(paras["uid"])]
    counts = tags.assign(group=tags["document_id"].map(groups)).groupby(["theme", "group"])["unit_uid"].nunique()
    table = counts.unstack("group").reindex(columns=totals.index).fillna(0).div(totals, axis=1).fillna(0.0)
    table = table.reindex(columns=sorted(table.columns))
    table = table.loc[table.mean(axis=1).sort_values(ascending=False).index]
    table.index = [theme_name(str(t)) for t in table.index]
    table.columns.name = None
    table.attrs["left_out"] = left_out + int(paras.groupby(group_of)["uid"].nunique().drop(totals.index).sum())
    return table


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


def discovered_topics(db: Db = None, n_topics: int = 6, *, name_terms: int = 3) -> pd.DataFrame | None:
    """Topics outside the taxonomy (`pipeline.themes.discover`) over every stored paragraph.

    Each topic is named by its `name_terms` top terms ("family hub / centre / service"), and
    shown by `example`: a whole sentence of its strongest exemplar paragraph, verbatim, with
    `cited` naming the document by title and the paragraph by number."""
    topics = discover(load_parsed(db), n_topics=n_topics)
    inputs = load_inputs(db)
    docs = inputs.documents.set_index("source")
    paras = inputs.paragraphs.merge(inputs.documents[["id", "source"]], left_on="document_id", right_on="id")
    rows = []
    for t in topics:
        example, cited = None, None
        for ex in t.exemplars:
            hit = paras[(paras["source"] == ex.source) & ((paras["number"] == ex.paragraph) | (paras["uid"] == ex.paragraph))]
            text = str(hit.iloc[0]["text"]) if len(hit) else ex.text
            example = quote_around(text, t.terms)
            if example:
                number = hit.iloc[0]["number"] if len(hit) else None
                title = docs["title"].get(ex.source) if ex.source in docs.index else None
                where = f"para {number}" if isinstance(number, str) and number else "unnumbered paragraph"
                cited = f"{title if isinstance(title, str) and title else ex.source}, {where}"
                break
        rows.append({"topic": " / ".join(t.terms[:name_terms]), "terms": ", ".join(t.terms), "paragraphs": t.paragraphs,
                     "share": t.share, "councils": ", ".join(c for c in t.by_council if c != UNKNOWN),
                     "example": example, "cited": cited})
    return pd.DataFrame(rows)


def outcomes(inputs: ReportInputs) -> pd.DataFrame:
    """Scrutiny recommendations (decisions sought excluded, and the copies a second paper prints: each is counted once,
    by its original) with `days_to_response` where answered."""
    all_recs = inputs.recommendations
    keep = all_recs["kind"] == "scrutiny_recommendation"
    if "status" in all_recs:
        keep &= all_recs["status"] != "copy"
    recs = all_recs[keep].copy()
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
    """How the answered recommendations were received: count per stance, named as in every
    output ("not yet known" where the answer states none the rules can read). Unanswered
    recommendations are not counted here: `recs["status"]` says how many await an answer."""
    answered = recs[recs["status"] == "answered"]
    return answered["stance"].map(outcome_text).value_counts()


def time_to_response(recs: pd.DataFrame) -> pd.DataFrame:
    """Days from report to response, per answered recommendation whose report and response are both dated."""
    cols = ["source", "label", "council", "report_date", "response_document", "response_date", "days_to_response"]
    return recs.loc[recs["days_to_response"].notna(), cols].reset_index(drop=True)


def undated_answers(recs: pd.DataFrame) -> int:
    """Answered recommendations whose time to response cannot be measured (report or response undated)."""
    return int(((recs["status"] == "answered") & recs["days_to_response"].isna()).sum())


def load(db: Db = None, today: date | None = None) -> ReportInputs:
    """The store's rows for analysis (read-only)."""
    return load_inputs(db, today=today)
