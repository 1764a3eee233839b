"""The whole sample archive through `scrutiny parse`, scored by `scrutiny evaluate` against the repo's gold.

These thresholds are the issues' acceptance bars; they never go down.
"""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.evaluate import score

ROOT = Path(__file__).resolve().parents[1]
SAMPLE, GOLD = ROOT / "data" / "sample", ROOT / "data" / "gold"


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    out = tmp_path_factory.mktemp("pred")
    result = CliRunner().invoke(app, ["parse", *map(str, sorted(SAMPLE.glob("*.txt"))), "--out", str(out)])
    assert result.exit_code == 0, result.output
    evaluated = CliRunner().invoke(app, ["evaluate", "--gold", str(GOLD), "--pred", str(out), "--json"])
    assert evaluated.exit_code == 0, evaluated.output
    return {k: v["f1_or_rate"] for k, v in json.loads(evaluated.output).items() if "f1_or_rate" in v}


@pytest.mark.parametrize(
    "metric,threshold",
    [
        # foundation (issue 2)
        ("seg_f1", 0.99), ("seg_edges", 0.97), ("rec_f1", 0.95), ("rec_text", 0.95),
        # responses and linking (issue 3)
        ("link_f1", 1.0), ("resp_f1", 0.95), ("resp_text", 0.90), ("stance", 0.80), ("progress", 0.65),
        # themes (issue 4)
        ("theme_f1", 0.75),
    ],
)
def test_seed_scores(scores, metric, threshold):
    assert scores[metric] >= threshold, f"{metric}={scores[metric]:.3f} < {threshold}"


def test_cli_and_library_scores_agree(scores, tmp_path):
    result = CliRunner().invoke(app, ["parse", *map(str, sorted(SAMPLE.glob("*.txt"))), "--out", str(tmp_path)])
    assert result.exit_code == 0
    direct = score(GOLD, tmp_path)
    assert direct["seg_f1"]["f1_or_rate"] == scores["seg_f1"]
