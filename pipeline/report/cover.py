"""The content of a cover report over several reports: what a scrutiny support unit drafts
when boards have each reported, "drawing out any common threads and best practice".

`build_cover` is a pure function of `ReportInputs` and the chosen documents. It selects,
it never writes prose: every quotation is a verbatim sentence of a stored paragraph
with its `Citation`, and the renderers (`word`, `render`) add only fixed template text.

- common threads: taxonomy themes tagged in at least `min_paragraphs` paragraphs of each
  of at least `min_reports` chosen reports, broadest first, one quotation per report;
- good practice: statements that something was done well (the phrases of
  `models/report/report.v1.json`; never a question, such as a call for evidence asking
  for examples of best practice);
- recommendations: every recommendation of the chosen reports under its strongest
  theme, with its addressees and, where linked, the answer's own opening words (cited)
  and its stance and progress (`pipeline.report.outcome`: "not yet known" where the
  answer reader cannot tell);

Only body text is quoted: whole statements (`pipeline.report.quotes.is_statement`), so a
contents entry ending in its page number, a heading or a question put to witnesses never
is, and footnote markers glued to words are taken out. Only reports are covered: a document
that answers another (a response, minutes recording decisions) appears as the answer.
- prevalence: the share of each report's paragraphs tagged with each theme.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, cast

import pandas as pd

from pipeline.report import vocab
from pipeline.report.inputs import ReportInputs
from pipeline.report.quotes import (
    contents_pages,
    is_statement,
    opening_statement,
    quote_around,
    sentence_spans,
    without_footnote_markers,
)
from pipeline.themes.taxonomy import cached_taxonomy

log = logging.getLogger(__name__)

MIN_WORDS = 12  # shorter units (titles, stubs) are not quoted
NO_THEME = "no_theme"


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a quotation comes from: the document (source, title), paragraph number and page.

    `page` is None where the document does not say where its pages break (text, Word and
    HTML files without page breaks): the paragraph is cited, the page left out. `name` is what
    a reader is shown for the document: a covered report's key ("R1", listed with its title
    and file under "Reports covered"), a response's title; the file name only when neither is
    known."""

    source: str
    title: str | None
    number: str | None
    page: int | None
    uid: str
    recommendation: str | None = None  # the label, when citing a recommendation
    response_to: str | None = None  # the label answered, when citing an answer
    name: str | None = None

    def __str__(self) -> str:
        parts = [self.name or self.source]
        if self.number:
            parts.append(f"para {self.number}")
        if self.recommendation and self.recommendation != self.number:
            parts.append(f"recommendation {self.recommendation}")
        if self.response_to:
            parts.append(f"response to {self.response_to}")
        if not self.number and not self.recommendation and not self.response_to:
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
    pages_known: bool = True  # False: a file without page breaks, whose page numbers mean nothing


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
    """A recommendation with its answer, if any (stance and progress as the response says).

    `addressees` are every body asked to act; `named` says, for each, whether the
    recommendation's own words name it (False: the report's default, e.g. "Government" for
    a select committee's report). `answer` is the answer's opening words, verbatim and cited."""

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
    response_name: str | None = None  # the response's title, when it has one: what a reader is shown
    stance: str | None = None
    progress: str | None = None
    other_themes: list[str] = field(default_factory=list)
    addressees: list[str] = field(default_factory=list)
    named: list[bool] = field(default_factory=list)
    answer: Quotation | None = None
    conclusion: bool = False  # a conclusion of the report: it asks no one to act, so has no addressee
    copy_of: str | None = None  # printed again here: the path and label of the print that is tracked


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
    """The theme's name as written (`models/report/report.v1.json`: `governance_accountability` ->
    `Governance and accountability`); a theme it does not name reads from its id."""
    if theme_id == NO_THEME:
        return "No theme found"
    if " " in theme_id:  # already a name
        return theme_id
    return vocab.theme_names().get(theme_id) or theme_id.replace("_", " ").capitalize()


def good_practice_sentences(text: str) -> list[str]:
    """The statements of `text` that say something was done well, verbatim (footnote markers out):
    a phrase of the vocabulary in a sentence that is a statement, with no modal verb before it."""
    pattern, modal = vocab.good_practice(), vocab.proposal_words()
    text = without_footnote_markers(text)
    out = []
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        if not is_statement(sentence):
            continue
        if any(not modal.search(sentence, 0, m.start()) for m in pattern.finditer(sentence)):
            out.append(sentence)
    return out


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


def _page(value: Any, doc: ReportRef) -> int | None:
    page = _clean(value)
    return int(page) if page is not None and doc.pages_known else None


def _citation(row: Any, doc: ReportRef) -> Citation:
    return Citation(doc.source, doc.title, _clean(row.number), _page(row.page, doc), row.uid, name=doc.key)


def body_paragraphs(paras: pd.DataFrame) -> pd.DataFrame:
    """Paragraphs that are body text: units of kind "paragraph" not on a contents page
    (`pipeline.report.quotes.contents_pages`, whose entries carry paragraph numbers too)."""
    if paras.empty:
        return paras
    keep = pd.Series(True, index=paras.index)
    for _, units in paras.sort_values("position").groupby("document_id"):
        pages = contents_pages(zip(units["page"].map(lambda p: None if pd.isna(p) else int(p)), units["text"].fillna("")))
        if pages:
            keep[units.index[units["page"].isin(list(pages))]] = False
    return paras[keep & (paras["kind"] == "paragraph")]


def _numbered_first(paras: pd.DataFrame) -> pd.DataFrame:
    """Quotable paragraphs: body text of some length, numbered ones first."""
    paras = body_paragraphs(paras)
    paras = paras[paras["text"].fillna("").str.split().map(len) >= MIN_WORDS]
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
        paras = body_paragraphs(inputs.paragraphs[inputs.paragraphs["document_id"] == ref.id])
        for row in paras.sort_values("position").itertuples():
            for sentence in good_practice_sentences(cast(str | None, row.text) or ""):
                out.append(Quotation(sentence, _citation(row, ref)))
    return out


def _list(value: Any) -> list[str]:
    """A list of names from a cell holding a list, one name, or nothing (None, NaN)."""
    if isinstance(value, str):
        return [value] if value else []
    try:
        items = list(value)
    except TypeError:  # None, NaN
        return []
    return [v for v in items if isinstance(v, str) and v]


def names_addressee(addressee: str, text: str) -> bool:
    """Whether the recommendation's words name `addressee` (else it is the report's default)."""
    words = [w for w in addressee.casefold().split() if w not in {"the", "of", "for", "and"}]
    folded = text.casefold()
    return bool(words) and all(w in folded for w in words)


def _named(body: str, row: Any) -> bool:
    """Whether `body` is named for this recommendation: in its words or, for a decision sought,
    by the paper's "<meeting> is asked to:" (the meeting it goes to is never a default)."""
    return str(row.kind) == "decision_sought" or names_addressee(body, str(row.text))


def _answer(row: Any, response_refs: dict[str, ReportRef]) -> Quotation | None:
    text = _clean(getattr(row, "response_text", None))
    doc_id = _clean(getattr(row, "response_document_id", None))
    if not isinstance(text, str) or not doc_id:
        return None
    extract = opening_statement(text)
    if not extract:
        return None
    ref = response_refs.get(doc_id)
    source = ref.source if ref else str(_clean(row.response_document))
    page = _page(getattr(row, "response_page", None), ref) if ref else None
    return Quotation(extract, Citation(source, ref.title if ref else None, None, page, f"{doc_id}:{row.response_to}",
                                       response_to=str(row.response_to), name=ref.title if ref else None))


def _groups(inputs: ReportInputs, refs: list[ReportRef], names: dict[str, str]) -> list[ThemeGroup]:
    by_id = {r.id: r for r in refs}
    response_refs = {r.id: r for r in refs_for(inputs.documents)}
    recs = inputs.recommendations[inputs.recommendations["document_id"].isin(by_id)]
    tags = inputs.themes[inputs.themes["unit_kind"] == "recommendation"].sort_values(["score", "theme"], ascending=[False, True])
    themes_of = tags.groupby("unit_uid")["theme"].apply(list).to_dict()
    groups: dict[str, list[RecommendationEntry]] = {}
    for row in recs.itertuples():
        ref = by_id[cast(str, row.document_id)]
        themes = themes_of.get(row.uid, [])
        number = _clean(getattr(row, "paragraph", None))
        where = Citation(ref.source, ref.title, number, _page(getattr(row, "page", None), ref), cast(str, row.uid),
                         recommendation=str(row.label), name=ref.key)
        answered = response_refs.get(cast(str, _clean(getattr(row, "response_document_id", None))))
        days = _clean(row.days_open)
        bodies = _list(getattr(row, "addressees", None)) or _list(row.addressee)
        entry = RecommendationEntry(
            report=ref.key, label=str(row.label), kind=str(row.kind), addressee=_clean(row.addressee),
            text=str(row.text), citation=where, status=str(row.status),
            days_open=int(days) if days is not None else None,
            response_document=_clean(row.response_document), response_to=_clean(row.response_to),
            response_date=_clean(getattr(row, "response_date", None)),
            response_name=answered.title if answered else None, stance=_clean(row.stance),
            progress=_clean(row.progress), other_themes=themes[1:],
            addressees=bodies, named=[_named(b, row) for b in bodies], answer=_answer(row, response_refs),
            conclusion=bool(_clean(getattr(row, "conclusion", None))),
            copy_of=_clean(getattr(row, "copy_of", None)),
        )
        groups.setdefault(themes[0] if themes else NO_THEME, []).append(entry)
    order = sorted(groups, key=lambda t: (t == NO_THEME, -len(groups[t]), t))
    return [ThemeGroup(t, names.get(t, theme_name(t)), groups[t]) for t in order]


def refs_for(documents: pd.DataFrame) -> list[ReportRef]:
    """Keys R1, R2, ... for the chosen documents, in the order given."""
    return [
        ReportRef(f"R{i}", cast(str, r.id), cast(str, r.source), _clean(r.title), _clean(r.council), _clean(r.body),
                  _clean(r.date), _clean(r.kind), pages_known=_pages_known(r))
        for i, r in enumerate(documents.itertuples(), start=1)
    ]


def _pages_known(row: Any) -> bool:
    """A PDF's pages are real; a text, Word or HTML file has pages only if it marks their breaks."""
    pages = _clean(getattr(row, "pages", None))
    return str(row.source).lower().endswith(".pdf") or (pages is not None and int(pages) > 1)


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
