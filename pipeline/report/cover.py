"""The content of a cover report over several reports: what a scrutiny support unit drafts
when boards have each reported, "drawing out any common threads and best practice".

`build_cover` is a pure function of `ReportInputs` and the chosen documents. It selects,
it never writes prose: every quotation is a verbatim sentence of a stored paragraph
with its `Citation`, and the renderers (`word`, `render`) add only fixed template text.

- common threads: taxonomy themes tagged in at least `min_paragraphs` paragraphs of each
  of at least `min_reports` chosen reports, broadest first, one quotation per report;
- good practice: sentences that call something a model, example or instance of good or
  best practice (`GOOD_PRACTICE`);
- recommendations: every recommendation of the chosen reports under its strongest
  theme, with its addressee and, where linked, the response's stance and progress;
- prevalence: the share of each report's paragraphs tagged with each theme.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, cast

import pandas as pd

from pipeline.report.inputs import ReportInputs
from pipeline.report.quotes import quote_around
from pipeline.themes.taxonomy import cached_taxonomy

log = logging.getLogger(__name__)

# Statements that something is good practice; a bare mention ("drawing out ... best
# practice") is not one. Matched per sentence, case-insensitively.
GOOD_PRACTICE = re.compile(
    r"\b(?:model|example|exemplar|beacon|instance)s?\s+of\s+(?:good|best|excellent)\s+practice"
    r"|\b(?:good|best)\s+practice\s+(?:is|was|has\s+been|had\s+been)\s+(?:also\s+)?"
    r"(?:noted|identified|seen|recognised|recognized|shared|highlighted|evident)"
    r"|\b(?:is|was|as|represents|represented|constitutes)\s+(?:good|best)\s+practice\b",
    re.IGNORECASE,
)
MIN_WORDS = 12  # shorter units (titles, stubs) are not quoted
NO_THEME = "no_theme"


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a quotation comes from: the document (source, title), paragraph number and page."""

    source: str
    title: str | None
    number: str | None
    page: int | None
    uid: str
    recommendation: str | None = None  # the label, when citing a recommendation

    def __str__(self) -> str:
        parts = [self.source]
        if self.number:
            parts.append(f"para {self.number}")
        if self.recommendation:
            parts.append(f"recommendation {self.recommendation}")
        if not self.number and not self.recommendation:
            parts.append("unnumbered paragraph")
        if self.page is not None:
            parts.append(f"p. {self.page}")
        return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class Quotation:
    """A verbatim sentence or two of a stored paragraph, with its citation."""

    text: str
    citation: Citation


@dataclass(frozen=True, slots=True)
class ReportRef:
    """One chosen report, with its short key in the draft (R1, R2, ...)."""

    key: str
    id: str
    source: str
    title: str | None
    council: str | None
    body: str | None
    date: str | None
    kind: str | None


@dataclass(slots=True)
class Thread:
    """A theme running through several of the chosen reports."""

    theme: str
    name: str
    description: str
    reports: list[str]  # report keys (R1, ...)
    paragraphs: int  # tagged paragraphs across the chosen reports
    quotations: list[Quotation] = field(default_factory=list)


@dataclass(slots=True)
class RecommendationEntry:
    """A recommendation with its answer, if any (stance and progress as the response says)."""

    report: str  # report key
    label: str
    kind: str
    addressee: str | None
    text: str
    citation: Citation
    status: str
    days_open: int | None = None
    response_document: str | None = None
    response_to: str | None = None
    response_date: str | None = None
    stance: str | None = None
    progress: str | None = None
    other_themes: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ThemeGroup:
    theme: str
    name: str
    recommendations: list[RecommendationEntry]


@dataclass(slots=True)
class CoverReport:
    """Everything a cover report shows; renderers turn it into .docx, Markdown and HTML."""

    reports: list[ReportRef]
    threads: list[Thread]
    good_practice: list[Quotation]
    groups: list[ThemeGroup]
    prevalence: pd.DataFrame  # index: theme id; columns: report keys; values: share of paragraphs
    made_on: str
    theme_names: dict[str, str] = field(default_factory=dict)

    def quotations(self) -> list[Quotation]:
        """Every quotation in the draft (threads, good practice), for checks."""
        return [q for t in self.threads for q in t.quotations] + list(self.good_practice)


def theme_name(theme_id: str) -> str:
    """`partnership_working` -> `Partnership working`."""
    if theme_id == NO_THEME:
        return "No theme found"
    return theme_id.replace("_", " ").capitalize()


def _taxonomy_descriptions() -> dict[str, str]:
    return {t.id: t.description for t in cached_taxonomy().themes}


def _clean(value: Any) -> Any:
    """None for pandas' missing values, the value otherwise."""
    if value is None:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):  # arrays and lists are not missing values
        pass
    return value


def _terms(evidence: Any) -> list[str]:
    if evidence is None:
        return []
    return [str(e) for e in list(evidence) if e]


def _citation(row: Any, doc: ReportRef) -> Citation:
    page = _clean(row.page)
    return Citation(doc.source, doc.title, _clean(row.number), int(page) if page is not None else None, row.uid)


def _numbered_first(paras: pd.DataFrame) -> pd.DataFrame:
    """Quotable paragraphs: real paragraphs of some length, numbered ones first."""
    paras = paras[(paras["kind"] == "paragraph") & (paras["text"].fillna("").str.split().map(len) >= MIN_WORDS)]
    return paras.assign(_unnumbered=paras["number"].isna())


def prevalence_table(inputs: ReportInputs, refs: list[ReportRef]) -> pd.DataFrame:
    """Share of each report's paragraphs tagged with each theme (themes as rows, report keys as columns)."""
    paras = inputs.paragraphs[inputs.paragraphs["kind"] == "paragraph"]
    tags = inputs.themes[inputs.themes["unit_kind"] == "paragraph"]
    columns = {}
    for ref in refs:
        uids = set(paras.loc[paras["document_id"] == ref.id, "uid"])
        if not uids:
            continue
        mine = tags[(tags["document_id"] == ref.id) & tags["unit_uid"].isin(uids)]
        columns[ref.key] = mine.groupby("theme")["unit_uid"].nunique() / len(uids)
    table = pd.DataFrame(columns).fillna(0.0)
    if table.empty:
        return table
    order = (table > 0).sum(axis=1).to_frame("n").assign(mean=table.mean(axis=1)).sort_values(["n", "mean"], ascending=False)
    return table.loc[order.index]


def _threads(
    inputs: ReportInputs, refs: list[ReportRef], names: dict[str, str], descriptions: dict[str, str], *,
    min_reports: int, min_paragraphs: int, max_threads: int | None,
) -> list[Thread]:
    by_id = {r.id: r for r in refs}
    tags = inputs.themes[(inputs.themes["unit_kind"] == "paragraph") & inputs.themes["document_id"].isin(by_id)]
    paras = _numbered_first(inputs.paragraphs[inputs.paragraphs["document_id"].isin(by_id)])
    tagged = tags.merge(paras, left_on=["document_id", "unit_uid"], right_on=["document_id", "uid"])
    counts = tagged.groupby(["theme", "document_id"])["uid"].nunique()
    carried = counts[counts >= min_paragraphs].reset_index()
    breadth = carried.groupby("theme").agg(n=("document_id", "nunique"), paragraphs=("uid", "sum"))
    breadth = breadth[breadth["n"] >= min_reports].sort_values(["n", "paragraphs"], ascending=False)
    if max_threads is not None:
        breadth = breadth.head(max_threads)
    used: set[str] = set()
    threads = []
    for key, row in breadth.iterrows():
        theme = cast(str, key)  # breadth is indexed by theme id
        docs = [d for d in carried.loc[carried["theme"] == theme, "document_id"]]
        ordered = [r for r in refs if r.id in docs]
        thread = Thread(theme, names.get(theme, theme_name(theme)), descriptions.get(theme, ""),
                        [r.key for r in ordered], int(row["paragraphs"]))
        for ref in ordered:
            cands = tagged[(tagged["theme"] == theme) & (tagged["document_id"] == ref.id)].copy()
            cands["_used"] = cands["uid"].isin(used)
            cands["_n"] = cands["evidence"].map(lambda e: len(_terms(e)))
            cands = cands.sort_values(["_used", "_unnumbered", "score", "_n", "position"],
                                      ascending=[True, True, False, False, True])
            for cand in cands.itertuples():
                quote = quote_around(cast(str, cand.text), _terms(cand.evidence))
                if quote:
                    thread.quotations.append(Quotation(quote, _citation(cand, ref)))
                    used.add(cast(str, cand.uid))
                    break
        threads.append(thread)
    return threads


def _good_practice(inputs: ReportInputs, refs: list[ReportRef]) -> list[Quotation]:
    out = []
    for ref in refs:
        paras = inputs.paragraphs[(inputs.paragraphs["document_id"] == ref.id) & (inputs.paragraphs["kind"] == "paragraph")]
        for row in paras.sort_values("position").itertuples():
            text = cast(str | None, row.text) or ""
            if not GOOD_PRACTICE.search(text):
                continue
            quote = quote_around(text, pattern=GOOD_PRACTICE, with_previous=True, min_chars=120)
            if quote:
                out.append(Quotation(quote, _citation(row, ref)))
    return out


def _groups(inputs: ReportInputs, refs: list[ReportRef], names: dict[str, str]) -> list[ThemeGroup]:
    by_id = {r.id: r for r in refs}
    recs = inputs.recommendations[inputs.recommendations["document_id"].isin(by_id)]
    tags = inputs.themes[inputs.themes["unit_kind"] == "recommendation"].sort_values(["score", "theme"], ascending=[False, True])
    themes_of = tags.groupby("unit_uid")["theme"].apply(list).to_dict()
    groups: dict[str, list[RecommendationEntry]] = {}
    for row in recs.itertuples():
        ref = by_id[cast(str, row.document_id)]
        themes = themes_of.get(row.uid, [])
        number = _clean(getattr(row, "paragraph", None))
        page = _clean(getattr(row, "page", None))
        where = Citation(ref.source, ref.title, number, int(page) if page is not None else None, cast(str, row.uid),
                         recommendation=str(row.label))
        days = _clean(row.days_open)
        entry = RecommendationEntry(
            report=ref.key, label=str(row.label), kind=str(row.kind), addressee=_clean(row.addressee),
            text=str(row.text), citation=where, status=str(row.status),
            days_open=int(days) if days is not None else None,
            response_document=_clean(row.response_document), response_to=_clean(row.response_to),
            response_date=_clean(getattr(row, "response_date", None)), stance=_clean(row.stance),
            progress=_clean(row.progress), other_themes=themes[1:],
        )
        groups.setdefault(themes[0] if themes else NO_THEME, []).append(entry)
    order = sorted(groups, key=lambda t: (t == NO_THEME, -len(groups[t]), t))
    return [ThemeGroup(t, names.get(t, theme_name(t)), groups[t]) for t in order]


def refs_for(documents: pd.DataFrame) -> list[ReportRef]:
    """Keys R1, R2, ... for the chosen documents, in the order given."""
    return [
        ReportRef(f"R{i}", cast(str, r.id), cast(str, r.source), _clean(r.title), _clean(r.council), _clean(r.body),
                  _clean(r.date), _clean(r.kind))
        for i, r in enumerate(documents.itertuples(), start=1)
    ]


def build_cover(
    inputs: ReportInputs,
    chosen: pd.DataFrame,
    *,
    min_reports: int = 2,
    min_paragraphs: int = 2,
    max_threads: int | None = 8,
    theme_descriptions: dict[str, str] | None = None,
    today: date | None = None,
) -> CoverReport:
    """The cover report over the `chosen` documents (rows of `inputs.documents`).

    A theme is a common thread when at least `min_paragraphs` paragraphs of each of at
    least `min_reports` chosen reports carry it; the `max_threads` broadest are kept.
    """
    if min_reports < 1 or min_paragraphs < 1:
        raise ValueError("min_reports and min_paragraphs must be at least 1")
    refs = refs_for(chosen)
    descriptions = _taxonomy_descriptions() if theme_descriptions is None else theme_descriptions
    themes: Iterable[str] = set(inputs.themes["theme"].dropna()) | set(descriptions)
    names = {t: theme_name(t) for t in themes}
    names[NO_THEME] = theme_name(NO_THEME)
    cover = CoverReport(
        reports=refs,
        threads=_threads(inputs, refs, names, descriptions, min_reports=min_reports,
                         min_paragraphs=min_paragraphs, max_threads=max_threads),
        good_practice=_good_practice(inputs, refs),
        groups=_groups(inputs, refs, names),
        prevalence=prevalence_table(inputs, refs),
        made_on=(today or date.today()).isoformat(),
        theme_names=names,
    )
    log.info("cover report: %d reports, %d threads, %d good-practice statements, %d recommendations",
             len(refs), len(cover.threads), len(cover.good_practice), sum(len(g.recommendations) for g in cover.groups))
    return cover
