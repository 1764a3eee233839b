"""Good practice means statements that something was done well: the rule's precision on the
hand-labelled sentences of the external documents (issue 14), and what it must never take."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from pipeline.report.cover import good_practice_sentences

ROOT = Path(__file__).resolve().parents[1]
LABELLED = json.loads((ROOT / "tests" / "fixtures" / "good_practice" / "external.json").read_text(encoding="utf-8"))["labelled"]
EXTERNAL = ROOT.parent / "shared" / "external"
PRECISION_FLOOR = 0.85  # measured 12 of 14 distinct sentences (0.86); the rule before issue 14: 2 of 5


def test_precision_on_the_labelled_external_sentences():
    hits = [row for row in LABELLED if good_practice_sentences(row["sentence"]) == [row["sentence"]]]
    correct = [row for row in hits if row["good_practice"]]
    assert len(hits) >= 12
    assert len(correct) / len(hits) >= PRECISION_FLOOR, [r["sentence"][:80] for r in hits if not r["good_practice"]]


@pytest.mark.parametrize("sentence", [
    "Which countries provide the most helpful examples of best practice?",  # a call for evidence
    "It should also facilitate the rolling out of examples of good practice between providers.",  # a proposal
    "Examples of good practice",  # a heading, not a statement
])
def test_questions_proposals_and_headings_are_not_good_practice(sentence):
    assert good_practice_sentences(sentence) == []


@pytest.mark.parametrize("text, expected", [
    ("We found examples of good practice. The board met twice.", ["We found examples of good practice."]),
    ("The Green Deal was a good example of effective partnership working.157 Others disagreed.",
     ["The Green Deal was a good example of effective partnership working."]),  # footnote marker out
    ("The scheme has worked well since 2019.", ["The scheme has worked well since 2019."]),
])
def test_statements_that_something_was_done_well(text, expected):
    assert good_practice_sentences(text) == expected


@pytest.mark.skipif(not EXTERNAL.exists(), reason="needs ../shared/external")
def test_every_hit_on_the_external_documents_is_labelled():
    """A change to the rule that finds a new sentence must label it (and keep the precision)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_good_practice import hits

    labelled = {row["sentence"] for row in LABELLED}
    new = {h["sentence"] for h in hits(EXTERNAL)} - labelled
    assert not new, sorted(new)
