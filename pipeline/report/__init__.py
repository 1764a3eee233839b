"""What people read: the cover report, the recommendation tracker, search and analyses.

Everything here reads the store (read-only) into DataFrames and works on those:

    inputs.py    the store's tables for reporting, and the choice of reports
    cover.py     a cover report's content: common threads, good practice, recommendations
    charts.py    matplotlib figures (theme prevalence), as PNG bytes for documents
    word.py      the cover report as a .docx draft (python-docx)
    render.py    the cover report as Markdown and as self-contained, escaped HTML
    tracker.py   the recommendation tracking table, as .xlsx and .csv
    search.py    ranked paragraph search with citations (TF-IDF, cached beside the store)
    analysis.py  cross-council analyses the notebooks call
    quotes.py    what may be quoted: whole statements of body text, footnote markers out, lists
    outcome.py   stance and progress named the same everywhere ("not yet known")
    vocab.py     theme names and good-practice phrases as data (models/report/report.v1.json)

Every sentence taken from a document keeps its citation (`Citation`); the wording
around it is fixed template text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.lazy import lazy_exports

if TYPE_CHECKING:
    from pipeline.report.cover import Citation, CoverReport, build_cover
    from pipeline.report.inputs import ReportInputs, load_inputs, select_reports

# Loaded on first use, so `scrutiny search` (report.search) does not load pandas and matplotlib.
_HOME = {"Citation": "cover", "CoverReport": "cover", "build_cover": "cover", "ReportInputs": "inputs",
         "load_inputs": "inputs", "select_reports": "inputs"}


__getattr__ = lazy_exports(__name__, _HOME)

__all__ = ["Citation", "CoverReport", "ReportInputs", "build_cover", "load_inputs", "select_reports"]
