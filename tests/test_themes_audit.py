"""Issue 17, label audit v4: the corrections to the training labels, their second pass, and what they measure."""

from __future__ import annotations

import pytest

from pipeline.themes.labelset import apply_corrections
from pipeline.themes.train import summary_name, train

GOV, PART = "governance_accountability", "partnership_working"


def _rows():
    return [{"id": "a#1", "labels": ["housing", GOV]}, {"id": "a#2", "labels": []}]


def test_corrections_remove_and_add_labels_without_touching_the_input():
    rows = _rows()
    out = apply_corrections(rows, [{"id": "a#1", "theme": GOV, "change": "remove"},
                                   {"id": "a#2", "theme": "housing", "change": "add"}])
    assert [r["labels"] for r in out] == [["housing"], ["housing"]]
    assert rows == _rows()


@pytest.mark.parametrize("bad", [
    {"id": "a#9", "theme": GOV, "change": "remove"},      # unknown paragraph
    {"id": "a#2", "theme": GOV, "change": "remove"},      # label not there
    {"id": "a#1", "theme": "housing", "change": "add"},   # label already there
    {"id": "a#1", "theme": GOV, "change": "rename"},      # unknown change
])
def test_a_correction_that_does_not_apply_is_an_error(bad):
    with pytest.raises(ValueError):
        apply_corrections(_rows(), [bad])


def test_the_same_label_corrected_twice_is_an_error():
    with pytest.raises(ValueError):
        apply_corrections(_rows(), [{"id": "a#1", "theme": GOV, "change": "remove"},
                                    {"id": "a#1", "theme": GOV, "change": "add"}])


def test_label_sets_and_where_their_summaries_go():
    assert summary_name("v3") == "training_summary.json"
    assert summary_name("v4") == "training_summary.labels-v4.json"
    with pytest.raises(ValueError):
        train(labels="v5", evaluate=False)
