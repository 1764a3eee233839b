"""The analyses behind the notebooks, on small tables made by hand: what an outcome is called,
what is counted when dates are missing, and groups without council or date left out."""

from __future__ import annotations

import pandas as pd

from pipeline.report import analysis
from pipeline.report.charts import heatmap, png_bytes, wrapped
from pipeline.report.inputs import ReportInputs
from pipeline.report.outcome import NOT_YET_KNOWN, outcome_text


def recs(**columns) -> pd.DataFrame:
    base = {"status": ["answered", "answered", "answered", "overdue"], "stance": ["accepted", None, "unclear", None],
            "council": ["A", "A", "B", "B"], "source": ["r"] * 4, "label": list("1234"),
            "report_date": ["2024-01-01"] * 4, "response_document": ["x", "x", "x", None],
            "response_date": [None, None, None, None], "days_to_response": [None] * 4}
    base.update(columns)
    return pd.DataFrame(base)


def test_a_missing_stance_reads_the_same_everywhere():
    assert [outcome_text(v) for v in (None, float("nan"), "unclear", "unknown", "")] == [NOT_YET_KNOWN] * 5
    assert outcome_text("partially_accepted") == "partially accepted"


def test_stance_mix_counts_answered_recommendations_only():
    # issue 14: notebook 2 counted unanswered and unknown stances together as "no response"
    mix = analysis.stance_mix(recs())
    assert mix.to_dict() == {NOT_YET_KNOWN: 2, "accepted": 1}


def test_answers_without_dates_are_counted_not_called_missing():
    frame = recs()
    assert analysis.time_to_response(frame).empty
    assert analysis.undated_answers(frame) == 3  # answered, but no date to measure from


def inputs_with_unknown_groups() -> ReportInputs:
    docs = pd.DataFrame([
        {"id": "a", "source": "a.pdf", "council": "Kent County Council", "date": "2025-03-13", "title": "A"},
        {"id": "b", "source": "b.pdf", "council": None, "date": None, "title": "B"},
        {"id": "c", "source": "c.pdf", "council": None, "date": "2011-07-19", "title": "C"},
    ])
    paras = pd.DataFrame([{"uid": f"{d}{i}", "document_id": d, "kind": "paragraph", "number": str(i), "text": "t"}
                          for d in "abc" for i in range(3)])
    themes = pd.DataFrame([{"document_id": d, "unit_uid": f"{d}0", "unit_kind": "paragraph", "theme": "governance_accountability",
                            "score": 0.9, "evidence": ["governance"]} for d in "abc"])
    return ReportInputs(docs, paras, themes, pd.DataFrame())


def test_prevalence_leaves_out_papers_stating_neither_council_nor_date():
    table = analysis.theme_prevalence(inputs_with_unknown_groups(), by=("council", "year"))
    assert list(table.columns) == ["(council not stated) 2011", "Kent County Council 2025"]
    assert list(table.index) == ["Governance and accountability"]  # a theme's name, not its id
    assert table.attrs["left_out"] == 3
    assert analysis.theme_prevalence(inputs_with_unknown_groups(), top=1).shape[1] == 1


def test_heatmap_labels_are_wrapped():
    assert wrapped("Kent County Council 2025", 16) == "Kent County\nCouncil 2025"
    table = pd.DataFrame({f"A Long Council Name {i} 2025": [0.1, 0.5] for i in range(9)}, index=["x y", "z w"])
    fig = heatmap(table, title="t", value_label="v", row_names=False)
    labels = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert all("\n" in label for label in labels)
    assert png_bytes(fig)[:8] == b"\x89PNG\r\n\x1a\n"
