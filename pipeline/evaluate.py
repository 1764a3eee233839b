"""Score parsed output against hand-made gold annotations.

The project's own implementation of the metrics of the shared scorer (`eval/score.py`):
the same numbers, the same JSON shape (`score.py --json`) and the same table. A gold
folder holds one `<stem>.json` per document (`units`, `recommendations`, `responses`)
and `links.json`; a prediction folder holds the pipeline's `<stem>.json` files (the
output contract) and `links.json`.

This module deliberately shares no code with the pipeline it judges: a bug in the
pipeline's label handling must not be mirrored here.

    result = score(Path("data/gold"), Path("out"))
    print(format_table(result))
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from pipeline.errors import ScrutinyError

log = logging.getLogger(__name__)

EDGE = 30
"""Characters of normalised text compared at each end of a unit."""

NOT_DOCUMENTS = frozenset({"links.json", "themes.json"})
"""Files of a gold folder that are not per-document annotations."""

METRICS: tuple[tuple[str, str], ...] = (
    ("seg_f1", "paragraph numbers"),
    ("seg_edges", "paragraph boundaries"),
    ("rec_f1", "recommendations"),
    ("rec_text", "recommendation text"),
    ("resp_f1", "responses"),
    ("resp_text", "response text"),
    ("stance", "response stance"),
    ("progress", "response progress"),
    ("link_f1", "links"),
    ("theme_f1", "themes (paragraphs)"),
)
"""Metric keys and their display names, in table order."""

Item = Mapping[str, Any]
LinkKey = tuple[Any, str, Any, str]


# --- normalisation and matching ------------------------------------------------------


def norm(text: str | None) -> str:
    """Lower-case ASCII letters and digits, every other run of characters one space."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def label(value: str | None) -> str:
    """A comparable label: 'Recommendation 3' -> '3'; '37 b)' -> '37b'; '2.4.5.' -> '2.4.5'."""
    value = (value or "").lower().replace("recommendation", "")
    return re.sub(r"[\s()\[\]]", "", value).rstrip(".")


def same_label(gold: str | None, pred: str | None) -> bool:
    """Equal labels, or a lone letter predicted for a numbered gold sub-item ('b' ~ '37b')."""
    g, p = label(gold), label(pred)
    if g == p:
        return True
    return len(p) == 1 and p.isalpha() and g.endswith(p) and g[:-1].isdigit()


def edges_match(gold_text: str | None, pred_text: str | None) -> bool:
    """Whether the prediction starts and ends as the gold text does (first/last EDGE chars)."""
    g, p = norm(gold_text), norm(pred_text)
    if not g or not p:
        return False
    return p.startswith(g[:EDGE]) and p.endswith(g[-EDGE:])


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1; predicting nothing where there is nothing scores 1."""
    precision = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    recall = tp / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def rate(hits: int, n_gold: int) -> float:
    """Hits per gold item; 0.0 (not 1.0) when there is no gold item."""
    return hits / max(n_gold, 1)


def match_items(gold_items: Iterable[Item], pred_items: list[Item], key: str) -> list[tuple[Item, Item]]:
    """Greedy one-to-one pairs by label, gold in order, each taking the first free prediction.

    A prediction's label is its `key` field, else its `number`.
    """
    used: set[int] = set()
    pairs: list[tuple[Item, Item]] = []
    for g in gold_items:
        for i, p in enumerate(pred_items):
            if i not in used and same_label(g[key], p.get(key) or p.get("number") or ""):
                used.add(i)
                pairs.append((g, p))
                break
    return pairs


def pred_theme_ids(paragraph: Item) -> set[Any]:
    """Theme ids of a predicted paragraph: plain strings or {"theme": id, ...} objects."""
    return {t if isinstance(t, str) else t.get("theme") for t in paragraph.get("themes", [])}


# --- counting ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Tally:
    """Counts over one document, or summed over many (`a + b`)."""

    seg_tp: int = 0
    seg_pred: int = 0
    seg_gold: int = 0
    seg_edges: int = 0
    rec_tp: int = 0
    rec_pred: int = 0
    rec_gold: int = 0
    rec_text: int = 0
    resp_tp: int = 0
    resp_pred: int = 0
    resp_gold: int = 0
    resp_text: int = 0
    stance_ok: int = 0
    progress_ok: int = 0
    th_tp: int = 0
    th_pred: int = 0
    th_gold: int = 0
    docs: int = 0
    docs_missing: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(**{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)})


def paragraph_tally(gold: Item, pred: Item) -> Tally:
    """Paragraph numbers, boundaries and themes of one document.

    Gold units of kind "heading" are not paragraphs, and a predicted numbered paragraph
    whose number is a gold heading's number is ignored rather than counted wrong. Every
    gold paragraph's themes count; predicted themes count only on matched paragraphs.
    """
    g_units = [u for u in gold["units"] if u["kind"] == "paragraph"]
    heading_numbers = {label(u["number"]) for u in gold["units"] if u["kind"] == "heading"}
    p_units = [u for u in pred.get("paragraphs", []) if u.get("number") and label(u["number"]) not in heading_numbers]
    pairs = match_items(g_units, p_units, "number")
    th_tp = th_pred = 0
    for g, p in pairs:
        predicted = pred_theme_ids(p)
        th_tp += len(set(g["themes"]) & predicted)
        th_pred += len(predicted)
    return Tally(
        seg_tp=len(pairs),
        seg_pred=len(p_units),
        seg_gold=len(g_units),
        seg_edges=sum(edges_match(g["text"], p.get("text")) for g, p in pairs),
        th_tp=th_tp,
        th_pred=th_pred,
        th_gold=sum(len(u["themes"]) for u in g_units),
    )


def recommendation_tally(gold: Item, pred: Item) -> Tally:
    """Recommendations found (by label) and their text boundaries, in one document."""
    g_recs, p_recs = gold["recommendations"], pred.get("recommendations", [])
    pairs = match_items(g_recs, p_recs, "label")
    return Tally(
        rec_tp=len(pairs),
        rec_pred=len(p_recs),
        rec_gold=len(g_recs),
        rec_text=sum(edges_match(g["text"], p.get("text")) for g, p in pairs),
    )


def response_tally(gold: Item, pred: Item) -> Tally:
    """Responses found (by label), their text boundaries, stance and progress, in one document."""
    g_resp, p_resp = gold["responses"], pred.get("responses", [])
    pairs = match_items(g_resp, p_resp, "label")
    return Tally(
        resp_tp=len(pairs),
        resp_pred=len(p_resp),
        resp_gold=len(g_resp),
        resp_text=sum(edges_match(g["text"], p.get("text")) for g, p in pairs),
        stance_ok=sum(g["stance"] == p.get("stance") for g, p in pairs),
        progress_ok=sum(g["progress"] == p.get("progress") for g, p in pairs),
    )


def document_tally(gold: Item, pred: Item | None) -> Tally:
    """Every per-document count; a missing prediction counts as an empty one."""
    found = pred if pred is not None else {}
    return (
        Tally(docs=1, docs_missing=int(pred is None))
        + paragraph_tally(gold, found)
        + recommendation_tally(gold, found)
        + response_tally(gold, found)
    )


def link_key(link: Item) -> LinkKey:
    """A link as (report, recommendation label, response document, response label)."""
    return (
        link.get("report"),
        label(link.get("recommendation")),
        link.get("response_document"),
        label(link.get("response_to")),
    )


def link_counts(gold_links: Iterable[Item], pred_links: Iterable[Item]) -> tuple[int, int, int]:
    """(found, judged, gold) links. A predicted link from a report with no gold link is
    not judged: nobody annotated that pair, so it is neither right nor wrong."""
    gold = {link_key(l) for l in gold_links}
    annotated_reports = {k[0] for k in gold}
    judged = {k for k in map(link_key, pred_links) if k[0] in annotated_reports}
    return len(gold & judged), len(judged), len(gold)


# --- files ---------------------------------------------------------------------------


def read_json(path: Path) -> Any:
    """The parsed file, or None when it is absent or not JSON."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def gold_documents(gold_dir: Path) -> list[Path]:
    """The per-document gold files of a folder, sorted by name."""
    return sorted(p for p in gold_dir.glob("*.json") if p.name not in NOT_DOCUMENTS)


def read_gold(path: Path) -> dict[str, Any]:
    """One gold annotation file; unreadable gold is an error, not a zero score."""
    gold = read_json(path)
    if not isinstance(gold, dict):
        raise ScrutinyError("E107", path, detail="not a JSON gold annotation object")
    return gold


def read_prediction(path: Path) -> dict[str, Any] | None:
    """One predicted document, or None when it is missing or unreadable."""
    pred = read_json(path)
    if pred is not None and not isinstance(pred, dict):
        log.warning("%s: not a JSON object; scored as missing", path)
        return None
    return pred


# --- results -------------------------------------------------------------------------


def metric(key: str, p: float | None, r: float | None, f: float, detail: str) -> dict[str, Any]:
    """One metric in the scorer's JSON shape."""
    return {"metric": dict(METRICS)[key], "precision": p, "recall": r, "f1_or_rate": f, "detail": detail}


def found(key: str, tp: int, n_pred: int, n_gold: int, noun: str = "predicted") -> dict[str, Any]:
    """A precision/recall/F1 metric with its 'x/y found, z predicted' detail."""
    return metric(key, *prf(tp, n_pred, n_gold), f"{tp}/{n_gold} found, {n_pred} {noun}")


def metrics(t: Tally, links: tuple[int, int, int]) -> dict[str, Any]:
    """The result dict (metric key -> metric, then "documents") from the counts."""
    link_tp, link_judged, link_gold = links
    return {
        "seg_f1": found("seg_f1", t.seg_tp, t.seg_pred, t.seg_gold),
        "seg_edges": metric("seg_edges", None, None, rate(t.seg_edges, t.seg_gold), f"{t.seg_edges}/{t.seg_gold} with both ends right"),
        "rec_f1": found("rec_f1", t.rec_tp, t.rec_pred, t.rec_gold),
        "rec_text": metric("rec_text", None, None, rate(t.rec_text, t.rec_gold), f"{t.rec_text}/{t.rec_gold}"),
        "resp_f1": found("resp_f1", t.resp_tp, t.resp_pred, t.resp_gold),
        "resp_text": metric("resp_text", None, None, rate(t.resp_text, t.resp_gold), f"{t.resp_text}/{t.resp_gold}"),
        "stance": metric("stance", None, None, rate(t.stance_ok, t.resp_gold), f"{t.stance_ok}/{t.resp_gold}"),
        "progress": metric("progress", None, None, rate(t.progress_ok, t.resp_gold), f"{t.progress_ok}/{t.resp_gold}"),
        "link_f1": found("link_f1", link_tp, link_judged, link_gold, noun="judged"),
        "theme_f1": found("theme_f1", t.th_tp, t.th_pred, t.th_gold),
        "documents": {"scored": t.docs, "missing": t.docs_missing},
    }


def score(gold_dir: Path, pred_dir: Path) -> dict[str, Any]:
    """Score every gold document and the links against a prediction folder.

    Returns the JSON of `score.py --json`: per metric key {"metric", "precision",
    "recall", "f1_or_rate", "detail"} (precision and recall None for rates), and
    "documents": {"scored", "missing"}.
    """
    tally = Tally()
    for gold_path in gold_documents(gold_dir):
        pred = read_prediction(pred_dir / gold_path.name)
        if pred is None:
            log.info("%s: no prediction for %s", pred_dir, gold_path.name)
        tally = tally + document_tally(read_gold(gold_path), pred)
    links = link_counts(read_json(gold_dir / "links.json") or [], read_json(pred_dir / "links.json") or [])
    return metrics(tally, links)


def metric_keys(result: Mapping[str, Any]) -> list[str]:
    """The metric keys of a result, in table order."""
    return [k for k in result if k != "documents"]


def _cell(x: float | None) -> str:
    return "  -  " if x is None else f"{x:5.3f}"


def format_table(result: Mapping[str, Any]) -> str:
    """The scorer's table: a row per metric, a missing-documents line if any, the SUMMARY line."""
    lines = [f"{'metric':22} {'prec':>5} {'rec':>5} {'F1/acc':>6}  detail"]
    for key in metric_keys(result):
        m = result[key]
        lines.append(f"{m['metric']:22} {_cell(m['precision'])} {_cell(m['recall'])} {_cell(m['f1_or_rate']):>6}  {m['detail']}")
    docs = result["documents"]
    if docs["missing"]:
        lines.append(f"missing predictions: {docs['missing']} of {docs['scored']} documents")
    summary = " ".join(f"{key}={result[key]['f1_or_rate']:.2f}" for key in metric_keys(result))
    lines.append(f"SUMMARY docs={docs['scored']} {summary}")
    return "\n".join(lines)


def thresholds_met(result: Mapping[str, Any], thresholds: Mapping[str, float]) -> list[str]:
    """The metric keys whose F1 or rate falls below its threshold (empty: all met)."""
    unknown = sorted(set(thresholds) - set(metric_keys(result)))
    if unknown:
        raise ValueError(f"unknown metric(s) {unknown}; expected some of {metric_keys(result)}")
    return [key for key, floor in thresholds.items() if result[key]["f1_or_rate"] < floor]
