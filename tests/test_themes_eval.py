"""Theme F1 on the five seed documents, against the repo's gold (evaluation only).

The first test tags the gold paragraphs' own texts, so it measures the tagger alone;
the second runs `scrutiny parse` end to end and scores it with `pipeline.evaluate`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.themes.tagger import default_tagger

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "data" / "gold"
SAMPLE = ROOT / "data" / "sample"
THRESHOLD = 0.75

needs_gold = pytest.mark.skipif(not (GOLD / "000_593ca2822bc8e53e.json").exists(), reason="data/gold not in this checkout")


@needs_gold
def test_theme_micro_f1_on_gold_paragraph_texts():
    tp = n_pred = n_gold = 0
    tagger = default_tagger()
    for path in sorted(GOLD.glob("0*.json")):
        units = [u for u in json.loads(path.read_text(encoding="utf-8"))["units"] if u["kind"] == "paragraph"]
        for unit, tags in zip(units, tagger.tag_texts([u["text"] for u in units])):
            pred, gold = {t.theme for t in tags}, set(unit["themes"])
            tp, n_pred, n_gold = tp + len(pred & gold), n_pred + len(pred), n_gold + len(gold)
    precision, recall = tp / n_pred, tp / n_gold
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= THRESHOLD, f"theme F1 {f1:.3f} (P {precision:.3f}, R {recall:.3f})"


@needs_gold
def test_theme_f1_end_to_end_via_scrutiny_parse(tmp_path):
    pytest.importorskip("pipeline.segment", reason="the segmenter is not in this checkout yet")
    evaluate = pytest.importorskip("pipeline.evaluate")
    from typer.testing import CliRunner

    from pipeline.cli import app

    files = sorted(str(p) for p in SAMPLE.glob("*.txt"))
    result = CliRunner().invoke(app, ["parse", *files, "--out", str(tmp_path), "--workers", "1", "--no-link"])
    assert result.exit_code == 0, result.output
    f1 = evaluate.score(GOLD, tmp_path)["theme_f1"]["f1_or_rate"]
    assert f1 >= THRESHOLD, f"theme F1 {f1:.3f} end to end"
