"""What the site shows, read from the store once (read-only) into plain records.

`load_content` opens the store read-only, takes the reporting tables of
`pipeline.report.inputs.load_inputs` (recommendations with their status, paragraphs,
themes) plus the answers' evidence phrases from each document's stored JSON, and
returns a `SiteContent`: documents with their units in reading order, every
recommendation's trail, and the theme tags. Pages are pure functions of it.

Recommendations and answers are marked in place on the paragraph that holds them,
found by their text (`pipeline.site.places`); each keeps its own uid as an anchor, so
a trail can link straight to it whether or not it was placed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import duckdb
import numpy as np
import pandas as pd

from pipeline.report.analysis import theme_prevalence
from pipeline.report.cover import theme_name
from pipeline.report.inputs import Db, load_inputs
from pipeline.site.places import Places
from pipeline.store import connect
from pipeline.themes.taxonomy import cached_taxonomy

UNKNOWN = "unknown"


def status_name(status: str) -> str:
    """`decision_sought` -> `decision sought`: a status as people read it."""
    return status.replace("_", " ")


def slug(text: str) -> str:
    """A file name from an id: `96d3dcdb4d24:rec:37/a` -> `96d3dcdb4d24-rec-37-a`."""
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-") or "x"


def _clean(value: Any) -> Any:
    """None for pandas' missing values; numpy scalars as Python values; anything else as it is."""
    if value is None or isinstance(value, (list, np.ndarray)):
        return value
    if pd.isna(value):
        return None
    return value.item() if isinstance(value, np.generic) else value


def _str(value: Any) -> str | None:
    v = _clean(value)
    return None if v is None else str(v)


def _int(value: Any) -> int | None:
    v = _clean(value)
    return None if v is None else int(v)


def _float(value: Any) -> float | None:
    v = _clean(value)
    return None if v is None else float(v)


def _list(value: Any) -> list[str]:
    v = _clean(value)
    return [str(x) for x in list(v) if x] if v is not None else []


@dataclass(slots=True)
class Mark:
    """A recommendation or an answer shown in place on a document page; `anchor` is its uid."""

    anchor: str
    kind: str  # recommendation | answer
    label: str
    trail: str | None  # the trail page it belongs to (site-relative), when known
    text: str = ""


@dataclass(slots=True)
class Unit:
    """A paragraph or heading of a document page; `uid` is its citable anchor."""

    uid: str
    number: str | None
    kind: str
    text: str
    page: int | None
    title: str | None
    marks: list[Mark] = field(default_factory=list)
    continues: str | None = None  # the answer (uid) this paragraph carries on
    themes: list[str] = field(default_factory=list)


@dataclass(slots=True)
class DocPage:
    """One stored document and the units shown on its page."""

    id: str
    short: str
    source: str
    path: str
    council: str | None
    body: str | None
    title: str | None
    date: str | None
    year: str
    kind: str | None
    pages: int | None
    units: list[Unit] = field(default_factory=list)
    unplaced: list[Mark] = field(default_factory=list)
    original: str | None = None  # the original file's href in the site, when copied

    @property
    def href(self) -> str:
        return f"docs/{self.short}.html"

    @property
    def name(self) -> str:
        return self.title or self.source


@dataclass(slots=True)
class Answer:
    """One answer to a recommendation, in the response that gives it."""

    document: DocPage
    anchor: str | None  # the answer's uid on the response's page
    label: str
    text: str | None
    stance: str | None
    stance_evidence: list[str]
    progress: str | None
    progress_evidence: list[str]
    details: list[str]
    method: str | None
    score: float | None

    @property
    def href(self) -> str:
        return self.document.href + (f"#{self.anchor}" if self.anchor else "")


@dataclass(slots=True)
class Trail:
    """A recommendation with where it sits and every answer to it, oldest first."""

    uid: str
    label: str
    kind: str
    text: str
    addressee: str | None
    addressees: list[str]
    paragraph: str | None
    page: int | None
    report: DocPage
    status: str
    days_open: int | None
    stance: str | None
    progress: str | None
    themes: list[str]
    answers: list[Answer] = field(default_factory=list)
    anchor: str = ""  # its id in the site: the uid, with `-2`, `-3` ... when the store holds a uid twice
    copy_of: str | None = None  # printed again here: the path and label of the print that is tracked

    @property
    def href(self) -> str:
        return f"recs/{slug(self.anchor or self.uid)}.html"

    @property
    def place(self) -> str:
        return f"{self.report.href}#{self.anchor or self.uid}"

    @property
    def status_name(self) -> str:
        return status_name(self.status)


@dataclass(slots=True)
class ThemeHit:
    """A paragraph tagged with a theme, and the words that were its evidence."""

    document: DocPage
    unit: Unit
    evidence: list[str]
    score: float | None


@dataclass(slots=True)
class SiteContent:
    documents: list[DocPage]
    trails: list[Trail]
    themes: dict[str, list[ThemeHit]]
    theme_descriptions: dict[str, str]
    prevalence: pd.DataFrame  # themes x "council year", share of paragraphs
    today: str

    def theme_name(self, theme: str) -> str:
        return theme_name(theme)


def _evidence(con: duckdb.DuckDBPyConnection) -> dict[str, dict[str, Any]]:
    """Each answer's uid with its stance and progress evidence and action details, from the stored JSON."""
    rows = con.execute(
        "SELECT parsed_json->'responses' FROM documents WHERE n_responses IS NULL OR n_responses > 0 ORDER BY path, id"
    ).fetchall()
    out: dict[str, dict[str, Any]] = {}
    for (raw,) in rows:
        for r in json.loads(raw) if raw else []:
            out[r["uid"]] = r
    return out


def load_content(db: Db = None, *, today: date | None = None) -> SiteContent:
    """Everything the site shows, from the store at `db` (opened read-only) as of `today`."""
    today = today or date.today()
    if isinstance(db, duckdb.DuckDBPyConnection):
        return _content(db, today)
    con = connect(db, read_only=True)
    try:
        return _content(con, today)
    finally:
        con.close()


def _content(con: duckdb.DuckDBPyConnection, today: date) -> SiteContent:
    inputs = load_inputs(con, today=today)
    evidence = _evidence(con)
    responses = _responses(con)
    links = _links(con)
    addressees = _addressees(con)
    docs = _documents(inputs.documents)
    by_id = {d.id: d for d in docs}
    units_of = _units(inputs.paragraphs, inputs.themes, by_id)
    rec_tags = inputs.themes[inputs.themes["unit_kind"] == "recommendation"]
    rec_themes = rec_tags.groupby("unit_uid")["theme"].apply(lambda s: sorted(set(s))).to_dict()
    trails = []
    for r in inputs.recommendations.itertuples(index=False):
        report = by_id.get(str(r.document_id))
        if report is None:
            continue
        page = _clean(getattr(r, "page", None))
        trail = Trail(
            uid=str(r.uid), label=str(r.label), kind=str(r.kind), text=str(r.text or ""),
            addressee=_str(r.addressee), addressees=addressees.get(str(r.uid), []),
            paragraph=_str(getattr(r, "paragraph", None)), page=int(page) if page is not None else None,
            report=report, status=str(r.status), days_open=_int(r.days_open), stance=_str(r.stance),
            progress=_str(r.progress), themes=rec_themes.get(r.uid, []), copy_of=_str(getattr(r, "copy_of", None)),
        )
        trail.answers = _trail_answers(trail.uid, links.get(trail.uid, []), by_id, responses, evidence)
        trails.append(trail)
    trails.sort(key=lambda t: (t.report.path, t.report.id, _natural(t.label), t.uid, t.paragraph or "", t.text))
    _distinct_anchors(trails)
    _place_marks(docs, units_of, trails, responses)
    descriptions = {t.id: t.description for t in cached_taxonomy().themes}
    prevalence = theme_prevalence(inputs, ("council", "year")) if not inputs.themes.empty else pd.DataFrame()
    return SiteContent(docs, trails, _theme_hits(inputs.themes, units_of, by_id), descriptions, prevalence,
                       today.isoformat())


def _natural(label: str) -> tuple[tuple[int, str], ...]:
    """`7.10` after `7.9`, `12` after `2`: numbers compared as numbers."""
    return tuple((int(p), "") if p.isdigit() else (-1, p) for p in re.split(r"(\d+)", label) if p)


def _distinct_anchors(trails: list[Trail]) -> None:
    """Give each trail its own anchor and page even where the segmenter gave two recommendations one uid
    (the second `...-2`): in their sorted order, so the same store always names them the same way."""
    seen: dict[str, int] = {}
    for t in trails:
        seen[t.uid] = seen.get(t.uid, 0) + 1
        t.anchor = t.uid if seen[t.uid] == 1 else f"{t.uid}-{seen[t.uid]}"


def _trail_answers(rec_uid: str, links: list[dict[str, Any]], by_id: dict[str, DocPage],
                   responses: dict[str, list[dict[str, Any]]], evidence: dict[str, dict[str, Any]]) -> list[Answer]:
    """Every answer linked to a recommendation, oldest response first."""
    answers: list[Answer] = []
    for link in links:
        answered = by_id.get(str(link["response_document_id"]))
        if answered is None:
            continue
        found = _answers_to(responses.get(answered.id, []), rec_uid, str(link["response_to"]))
        for resp in found:
            ev = evidence.get(str(resp["uid"]), {})
            answers.append(Answer(
                answered, str(resp["uid"]), str(resp["label"]), _str(resp["text"]), _str(resp["stance"]),
                list(ev.get("stance_evidence") or []), _str(resp["progress"]), list(ev.get("progress_evidence") or []),
                list(ev.get("details") or []), _str(link["method"]), _float(link["score"])))
        if not found:  # linked (minutes that record a decision, say) with no answer text stored
            answers.append(Answer(answered, None, str(link["response_to"]), None, None, [], None, [], [],
                                  _str(link["method"]), _float(link["score"])))
    return sorted(answers, key=lambda a: (a.document.date or "", a.document.source))


def _documents(documents: pd.DataFrame) -> list[DocPage]:
    docs = []
    for d in documents.sort_values(["path"]).itertuples(index=False):
        date_ = _str(d.date)
        docs.append(DocPage(
            id=str(d.id), short=str(d.id)[:12], source=str(d.source), path=str(d.path), council=_str(d.council),
            body=_str(d.body), title=_str(d.title), date=date_, year=date_[:4] if date_ else UNKNOWN,
            kind=_str(d.kind), pages=_clean(d.pages)))
    return docs


def _units(paragraphs: pd.DataFrame, themes: pd.DataFrame, by_id: dict[str, DocPage]) -> dict[str, list[Unit]]:
    tags = themes[themes["unit_kind"] == "paragraph"].groupby("unit_uid")["theme"].apply(lambda s: sorted(set(s)))
    tag_of = tags.to_dict()
    units: dict[str, list[Unit]] = {d: [] for d in by_id}
    for p in paragraphs.sort_values(["document_id", "position"]).itertuples(index=False):
        doc_id = str(p.document_id)
        if doc_id not in units:
            continue
        page = _clean(p.page)
        units[doc_id].append(Unit(
            uid=str(p.uid), number=_str(p.number), kind=str(p.kind), text=str(p.text or ""),
            page=int(page) if page is not None else None, title=_str(p.title), themes=tag_of.get(p.uid, [])))
    for doc_id, doc in by_id.items():
        doc.units = units[doc_id]
        seen: dict[str, int] = {}
        for u in doc.units:  # a uid given twice (a segmenter's slip) must not give two elements one id
            seen[u.uid] = seen.get(u.uid, 0) + 1
            if seen[u.uid] > 1:
                u.uid = f"{u.uid}-{seen[u.uid]}"
    return units


def _rows_by(con: duckdb.DuckDBPyConnection, sql: str, key: str) -> dict[str, list[dict[str, Any]]]:
    """The rows of `sql` as dicts, grouped by the value of column `key`, in the query's order."""
    out: dict[str, list[dict[str, Any]]] = {}
    for record in con.execute(sql).df().to_dict("records"):
        row = {str(k): v for k, v in record.items()}
        out.setdefault(str(row[key]), []).append(row)
    return out


def _links(con: duckdb.DuckDBPyConnection) -> dict[str, list[dict[str, Any]]]:
    return _rows_by(con, "SELECT recommendation_uid, response_document_id, response_to, method, score FROM links "
                         "ORDER BY recommendation_uid, response_document_id, response_to", "recommendation_uid")


def _responses(con: duckdb.DuckDBPyConnection) -> dict[str, list[dict[str, Any]]]:
    out = _rows_by(con, "SELECT uid, document_id, label, text, stance, progress, answers, recommendation "
                        "FROM responses ORDER BY document_id, uid", "document_id")
    for rows in out.values():
        for row in rows:
            row["answers"] = _list(row["answers"])
    return out


def _addressees(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    rows = con.execute("SELECT uid, addressees FROM recommendations").fetchall()
    return {str(uid): [str(a) for a in (names or [])] for uid, names in rows}


def _answers_to(responses: list[dict[str, Any]], rec_uid: str, label: str) -> list[dict[str, Any]]:
    """The answers of one response document to one recommendation: by alignment when it says, else by label."""
    aligned = [r for r in responses if r["recommendation"] == rec_uid]
    if aligned:
        return aligned
    return [r for r in responses if r["label"] == label or label in r["answers"]]


def _place_marks(docs: list[DocPage], units_of: dict[str, list[Unit]], trails: list[Trail],
                 responses: dict[str, list[dict[str, Any]]]) -> None:
    """Put each recommendation and answer on the paragraph that holds it, or in the page's unplaced list."""
    places = {doc.id: Places(units_of[doc.id]) for doc in docs}
    trail_of_answer: dict[str, str] = {}
    for t in trails:
        for a in t.answers:
            if a.anchor:
                trail_of_answer.setdefault(a.anchor, t.href)
        mark = Mark(t.anchor, "recommendation", t.label, t.href, t.text)
        i = places[t.report.id].recommendation(t.text, t.paragraph)
        (units_of[t.report.id][i].marks if i is not None else t.report.unplaced).append(mark)
    for doc in docs:
        units = units_of[doc.id]
        for resp in responses.get(doc.id, []):
            mark = Mark(str(resp["uid"]), "answer", str(resp["label"]), trail_of_answer.get(str(resp["uid"])),
                        str(resp["text"] or ""))
            found = places[doc.id].answer(mark.text)
            if not found:
                doc.unplaced.append(mark)
                continue
            units[found[0]].marks.append(mark)
            for i in found[1:]:
                units[i].continues = units[i].continues or mark.anchor


def _theme_hits(themes: pd.DataFrame, units_of: dict[str, list[Unit]],
                by_id: dict[str, DocPage]) -> dict[str, list[ThemeHit]]:
    unit_by_uid = {(doc_id, u.uid): u for doc_id, units in units_of.items() for u in units}
    order = {doc.id: i for i, doc in enumerate(sorted(by_id.values(), key=lambda d: (d.date or "", d.path)))}
    hits: dict[str, list[ThemeHit]] = {}
    tags = themes[themes["unit_kind"] == "paragraph"]
    for t in tags.itertuples(index=False):
        doc_id = str(t.document_id)
        unit = unit_by_uid.get((doc_id, str(t.unit_uid)))
        if unit is None:
            continue
        hits.setdefault(str(t.theme), []).append(ThemeHit(by_id[doc_id], unit, _list(t.evidence), _float(t.score)))
    position = {(doc_id, u.uid): i for doc_id, units in units_of.items() for i, u in enumerate(units)}
    for found in hits.values():
        # the store gives tags in no set order: ties (one unit tagged twice) are broken by their evidence
        found.sort(key=lambda h: (order[h.document.id], position[(h.document.id, h.unit.uid)], h.evidence,
                                  h.score or 0.0))
    return dict(sorted(hits.items()))
