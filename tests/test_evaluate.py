"""Tests of pipeline.evaluate: label and edge matching, gold against itself, perturbed
predictions, and exact agreement with the shared scorer (skipped without /work/shared)."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pipeline.errors import ScrutinyError
from pipeline.evaluate import (
    METRICS,
    edges_match,
    format_table,
    label,
    link_counts,
    same_label,
    score,
    thresholds_met,
)

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "data" / "gold"
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
KEYS = [key for key, _ in METRICS]

R000, R001 = "000_593ca2822bc8e53e", "001_fb86ceb921ae4546"
R002, R003, R004 = "002_33a7cd2bbe0c14bc", "003_d8c34a1fdc72f8d4", "004_c4048890f933a5a7"


# --- building predictions from gold ----------------------------------------------------


def gold_docs(gold_dir: Path = GOLD) -> dict[str, dict[str, Any]]:
    return {
        p.stem: json.loads(p.read_text(encoding="utf-8"))
        for p in sorted(gold_dir.glob("*.json"))
        if p.name not in ("links.json", "themes.json")
    }


def as_prediction(gold: dict[str, Any]) -> dict[str, Any]:
    """A gold annotation in the output contract's shape (themes as scored objects)."""
    paragraphs = [
        {**{k: v for k, v in u.items() if k != "themes"}, "themes": [{"theme": t, "score": 1.0} for t in u["themes"]]}
        for u in gold["units"]
    ]
    return {
        "document": {"source": gold["source"], **gold["meta"]},
        "paragraphs": paragraphs,
        "recommendations": copy.deepcopy(gold["recommendations"]),
        "responses": copy.deepcopy(gold["responses"]),
    }


def perfect(gold_dir: Path = GOLD) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    docs = {stem: as_prediction(g) for stem, g in gold_docs(gold_dir).items()}
    links = json.loads((gold_dir / "links.json").read_text(encoding="utf-8"))
    return docs, links


def write(folder: Path, docs: dict[str, Any], links: list[dict[str, Any]] | None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for stem, doc in docs.items():
        (folder / f"{stem}.json").write_text(json.dumps(doc), encoding="utf-8")
    if links is not None:
        (folder / "links.json").write_text(json.dumps(links), encoding="utf-8")
    return folder


def paragraph(doc: dict[str, Any], number: str) -> dict[str, Any]:
    return next(p for p in doc["paragraphs"] if p["number"] == number)


def f1s(result: dict[str, Any]) -> dict[str, float]:
    return {key: result[key]["f1_or_rate"] for key in KEYS}


# --- (a) label normalisation and edge matching -----------------------------------------


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Recommendation 3", "3"),
        ("recommendation 3.", "3"),
        ("37 b)", "37b"),
        ("(37b)", "37b"),
        ("[4]", "4"),
        ("2.4.5.", "2.4.5"),
        ("2.4.5", "2.4.5"),
        ("7.1", "7.1"),
        (None, ""),
        ("", ""),
    ],
)
def test_label_normalises(raw, expected):
    assert label(raw) == expected


@pytest.mark.parametrize(
    "gold, pred, expected",
    [
        ("3", "Recommendation 3", True),
        ("37b", "37 b)", True),
        ("2.4.5", "2.4.5.", True),
        ("37b", "b", True),  # a lone letter matches a numbered sub-item
        ("37b", "B", True),
        ("37b", "b)", True),
        ("37b", "c", False),
        ("b", "37b", False),  # not symmetric: only the prediction may be the short form
        ("2.4b", "b", False),  # the rest of gold must be digits only
        ("1", "10", False),
        ("1", "1.1", False),
        ("2.4.5", "2.4", False),
        ("3", "", False),
    ],
)
def test_same_label(gold, pred, expected):
    assert same_label(gold, pred) is expected


LONG = "That the Board reviews its terms of reference, and reports back to Scrutiny within six months."


@pytest.mark.parametrize(
    "gold, pred, expected",
    [
        (LONG, LONG, True),
        (LONG, LONG.upper().replace(",", " ;"), True),  # case and punctuation do not count
        (LONG, "  " + LONG + "\n", True),
        (LONG, LONG.replace("of reference", "of ref."), True),  # only the ends are compared
        (LONG, LONG[: len(LONG) // 2], False),  # truncated: the end is wrong
        (LONG, "Recommendation 3. " + LONG, False),  # marker left in: the start is wrong
        (LONG, LONG + " Cllr Smith (Chair)", False),  # next block run in: the end is wrong
        (LONG, "", False),
        (LONG, None, False),
        ("", "", False),
        ("Short text.", "short text", True),  # shorter than the edge: the whole text at each end
        ("Short text.", "Short text. And more", False),
    ],
)
def test_edges_match(gold, pred, expected):
    assert edges_match(gold, pred) is expected


def test_links_to_unannotated_reports_are_not_judged():
    gold = [{"report": "a.txt", "recommendation": "1", "response_document": "b.txt", "response_to": "1"}]
    pred = [
        {"report": "a.txt", "recommendation": "Recommendation 1", "response_document": "b.txt", "response_to": "1."},
        {"report": "z.txt", "recommendation": "1", "response_document": "b.txt", "response_to": "1"},
    ]
    assert link_counts(gold, pred) == (1, 1, 1)


# --- (b) gold against itself ------------------------------------------------------------


def test_gold_against_itself_scores_one_everywhere(tmp_path):
    result = score(GOLD, write(tmp_path, *perfect()))
    assert f1s(result) == {key: 1.0 for key in KEYS}
    assert result["documents"] == {"scored": 5, "missing": 0}
    assert result["seg_f1"]["detail"] == "127/127 found, 127 predicted"  # gold headings are not counted
    assert result["theme_f1"]["detail"] == "283/283 found, 283 predicted"
    assert result["link_f1"]["detail"] == "6/6 found, 6 judged"


def test_plain_string_themes_count_like_theme_objects(tmp_path):
    docs, links = perfect()
    for doc in docs.values():
        for p in doc["paragraphs"]:
            p["themes"] = [t["theme"] for t in p["themes"]]
    assert score(GOLD, write(tmp_path, docs, links))["theme_f1"]["f1_or_rate"] == 1.0


def test_empty_prediction_folder_scores_zero(tmp_path):
    result = score(GOLD, tmp_path)
    assert f1s(result) == {key: 0.0 for key in KEYS}
    assert result["documents"] == {"scored": 5, "missing": 5}


# --- (c) perturbations lower exactly the metrics they should -------------------------------

Perturb = Callable[[dict[str, Any], list[dict[str, Any]]], None]


def drop_paragraph(docs, links):
    docs[R000]["paragraphs"].remove(paragraph(docs[R000], "5"))


def truncate_recommendation(docs, links):
    rec = docs[R003]["recommendations"][1]
    rec["text"] = rec["text"][: len(rec["text"]) // 2]


def flip_stance(docs, links):
    docs[R001]["responses"][4]["stance"] = "rejected"


def remove_link(docs, links):
    links.pop(2)


def add_unjudged_link_and_heading_paragraph(docs, links):
    links.append({"report": f"{R002}.txt", "recommendation": "7.1", "response_document": f"{R001}.txt", "response_to": "1"})
    docs[R004]["paragraphs"].append({"number": "2.1", "kind": "paragraph", "text": "Locality working", "themes": []})


def relabel_loosely(docs, links):
    for rec in docs[R003]["recommendations"]:
        rec["label"] = rec["label"][-1]  # '37b' -> 'b'
    for resp in docs[R001]["responses"]:
        resp["label"] = f"Recommendation {resp['label']}"


def test_dropping_a_paragraph_lowers_segmentation_and_themes_only(tmp_path):
    docs, links = perfect()
    n_themes = len(paragraph(docs[R000], "5")["themes"])
    drop_paragraph(docs, links)
    result = score(GOLD, write(tmp_path, docs, links))
    seg, th = result["seg_f1"], result["theme_f1"]
    assert (seg["precision"], seg["recall"]) == (1.0, 126 / 127)
    assert seg["f1_or_rate"] == pytest.approx(2 * 126 / 127 / (1 + 126 / 127))
    assert result["seg_edges"]["f1_or_rate"] == 126 / 127
    assert (th["precision"], th["recall"]) == (1.0, (283 - n_themes) / 283)
    assert {k for k, v in f1s(result).items() if v < 1.0} == {"seg_f1", "seg_edges", "theme_f1"}


def test_truncated_recommendation_lowers_recommendation_text_only(tmp_path):
    docs, links = perfect()
    truncate_recommendation(docs, links)
    result = score(GOLD, write(tmp_path, docs, links))
    assert result["rec_text"]["f1_or_rate"] == 13 / 14
    assert {k for k, v in f1s(result).items() if v < 1.0} == {"rec_text"}


def test_flipped_stance_lowers_stance_only(tmp_path):
    docs, links = perfect()
    flip_stance(docs, links)
    result = score(GOLD, write(tmp_path, docs, links))
    assert result["stance"]["f1_or_rate"] == 5 / 6
    assert {k for k, v in f1s(result).items() if v < 1.0} == {"stance"}


def test_removed_link_lowers_link_recall_only(tmp_path):
    docs, links = perfect()
    remove_link(docs, links)
    result = score(GOLD, write(tmp_path, docs, links))
    assert (result["link_f1"]["precision"], result["link_f1"]["recall"]) == (1.0, 5 / 6)
    assert {k for k, v in f1s(result).items() if v < 1.0} == {"link_f1"}


@pytest.mark.parametrize("perturb", [add_unjudged_link_and_heading_paragraph, relabel_loosely])
def test_changes_that_must_not_cost_anything(tmp_path, perturb):
    docs, links = perfect()
    perturb(docs, links)
    assert f1s(score(GOLD, write(tmp_path, docs, links))) == {key: 1.0 for key in KEYS}


def test_missing_document_counts_as_empty(tmp_path):
    docs, links = perfect()
    del docs[R001]
    result = score(GOLD, write(tmp_path, docs, links))
    assert result["documents"] == {"scored": 5, "missing": 1}
    assert result["resp_f1"]["f1_or_rate"] == 0.0 and result["seg_f1"]["f1_or_rate"] == 1.0
    assert "missing predictions: 1 of 5 documents" in format_table(result)


def test_prediction_that_is_not_an_object_counts_as_missing(tmp_path):
    docs, links = perfect()
    docs[R001] = ["not", "a", "document"]
    (write(tmp_path, docs, links) / f"{R002}.json").write_text("{truncated", encoding="utf-8")
    assert score(GOLD, tmp_path)["documents"] == {"scored": 5, "missing": 2}


def test_unreadable_gold_is_a_coded_error(tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "x.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ScrutinyError) as err:
        score(tmp_path / "gold", tmp_path)
    assert err.value.code == "E107"


# --- table and thresholds ------------------------------------------------------------------


def test_format_table_rows_and_summary(tmp_path):
    docs, links = perfect()
    flip_stance(docs, links)
    lines = format_table(score(GOLD, write(tmp_path, docs, links))).splitlines()
    assert lines[0].split() == ["metric", "prec", "rec", "F1/acc", "detail"]
    assert len(lines) == 1 + len(KEYS) + 1
    assert lines[7] == "response stance          -     -    0.833  5/6"
    assert lines[-1] == (
        "SUMMARY docs=5 seg_f1=1.00 seg_edges=1.00 rec_f1=1.00 rec_text=1.00 resp_f1=1.00 "
        "resp_text=1.00 stance=0.83 progress=1.00 link_f1=1.00 theme_f1=1.00"
    )


def test_thresholds_met_names_the_failing_metrics(tmp_path):
    docs, links = perfect()
    flip_stance(docs, links)
    remove_link(docs, links)
    result = score(GOLD, write(tmp_path, docs, links))
    assert thresholds_met(result, {"stance": 0.95, "link_f1": 0.95, "seg_f1": 0.95}) == ["stance", "link_f1"]
    assert thresholds_met(result, {"stance": 0.8, "link_f1": 0.8}) == []
    with pytest.raises(ValueError, match="segf1"):
        thresholds_met(result, {"segf1": 0.5})


# --- (d) agreement with the shared scorer ----------------------------------------------------


def messy(docs, links):
    """Extra, missing-number and duplicate paragraphs, odd themes, stray fields, bad links."""
    doc = docs[R000]
    doc["paragraphs"].append({"number": "3", "kind": "paragraph", "text": "Extra.", "themes": ["poverty", "x"]})
    doc["paragraphs"].append({"number": None, "kind": "paragraph", "text": "Unnumbered.", "themes": []})
    doc["paragraphs"].append(dict(paragraph(doc, "7")))
    paragraph(doc, "8")["themes"] = [{"theme": "poverty"}, {"score": 0.2}, "poverty"]
    paragraph(doc, "9").pop("text")
    doc["recommendations"].append({"label": "7", "text": "Spurious."})
    doc["recommendations"][0] = {"number": "1", "text": doc["recommendations"][0]["text"]}
    docs[R001]["responses"][0].pop("progress")
    docs[R001]["responses"].append({"label": "1", "text": "duplicate", "stance": "noted"})
    links.append({"report": f"{R000}.txt", "recommendation": "9", "response_document": f"{R001}.txt", "response_to": "9"})
    links.append({"report": None, "recommendation": None})


def only_two(docs, links):
    for stem in (R002, R003, R004):
        del docs[stem]


CASES: dict[str, list[Perturb]] = {
    "perfect": [],
    "drop_paragraph": [drop_paragraph],
    "truncate": [truncate_recommendation],
    "stance": [flip_stance],
    "link": [remove_link],
    "unjudged": [add_unjudged_link_and_heading_paragraph],
    "loose_labels": [relabel_loosely],
    "missing_documents": [only_two, remove_link],
    "messy": [messy, drop_paragraph, flip_stance],
}


def shared_scorer(gold_dir: Path, pred_dir: Path, *extra: str) -> str:
    done = subprocess.run(
        [sys.executable, str(SCORER), "--gold", str(gold_dir), "--pred", str(pred_dir), *extra],
        capture_output=True, text=True, check=True, timeout=60,
    )
    return done.stdout


@pytest.mark.skipif(not SCORER.exists(), reason="needs /work/shared/eval/score.py")
@pytest.mark.parametrize("case", sorted(CASES) + ["empty", "no_links"])
def test_agrees_with_shared_scorer(tmp_path, case):
    gold_dir = SHARED / "gold"
    docs, links = perfect(gold_dir)
    for perturb in CASES.get(case, []):
        perturb(docs, links)
    if case == "empty":
        docs, links = {}, []
    pred_dir = write(tmp_path / case, docs, None if case == "no_links" else links)
    ours = score(gold_dir, pred_dir)
    assert json.loads(shared_scorer(gold_dir, pred_dir, "--json")) == ours
    assert shared_scorer(gold_dir, pred_dir) == format_table(ours) + "\n"


@pytest.mark.skipif(not (SHARED / "gold").exists(), reason="needs /work/shared/gold")
def test_bundled_gold_is_the_shared_gold():
    for path in sorted((SHARED / "gold").glob("*.json")):
        assert (GOLD / path.name).read_bytes() == path.read_bytes()
