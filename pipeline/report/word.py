"""The cover report as an editable Word draft (python-docx).

Quotations use Word's built-in "Quote" style, each as `“<verbatim text>” (<citation>)`,
so editors (and tests) can tell document text from template text at a glance.
"""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document as new_docx
from docx.shared import Cm, Pt

from pipeline.report import wording as w
from pipeline.report.cover import CoverReport, Quotation


def _quote(doc, q: Quotation) -> None:
    par = doc.add_paragraph(style="Quote")
    par.add_run(f"“{q.text}”")
    cite = par.add_run(f" ({q.citation})")
    cite.italic = False
    cite.font.size = Pt(9)


def write_docx(cover: CoverReport, path: str | Path, *, chart_png: bytes | None = None) -> Path:
    """Write the draft to `path` (.docx) and return the path."""
    path = Path(path)
    doc = new_docx()
    doc.core_properties.title = w.TITLE
    doc.core_properties.comments = "Draft made by the scrutiny pipeline; check before publication."
    doc.add_heading(w.TITLE, level=0)
    note = doc.add_paragraph()
    note.add_run(w.draft_note(cover)).italic = True

    doc.add_heading(w.REPORTS_HEADING, level=1)
    for ref in cover.reports:
        doc.add_paragraph(w.report_line(ref), style="List Bullet")

    doc.add_heading(w.THREADS_HEADING, level=1)
    doc.add_paragraph(w.THREADS_INTRO.format(min_reports="two") if cover.threads else w.NO_THREADS)
    for thread in cover.threads:
        doc.add_heading(w.thread_heading(thread), level=2)
        if thread.description:
            doc.add_paragraph().add_run(f"Theme: {thread.description}.").italic = True
        for q in thread.quotations:
            _quote(doc, q)

    doc.add_heading(w.GOOD_PRACTICE_HEADING, level=1)
    doc.add_paragraph(w.GOOD_PRACTICE_INTRO if cover.good_practice else w.NO_GOOD_PRACTICE)
    for q in cover.good_practice:
        _quote(doc, q)

    doc.add_heading(w.RECOMMENDATIONS_HEADING, level=1)
    doc.add_paragraph(w.RECOMMENDATIONS_INTRO if cover.groups else w.NO_RECOMMENDATIONS)
    for group in cover.groups:
        doc.add_heading(group.name, level=2)
        table = doc.add_table(rows=1, cols=len(w.RECOMMENDATION_COLUMNS))
        table.style = "Light Grid Accent 1"
        for cell, name in zip(table.rows[0].cells, w.RECOMMENDATION_COLUMNS):
            cell.text = name
        for entry in group.recommendations:
            cells = table.add_row().cells
            report, label, text, addressee, response = w.recommendation_row(entry)
            cells[0].text, cells[1].text, cells[3].text, cells[4].text = report, label, addressee, response
            par = cells[2].paragraphs[0]
            par.add_run(text)
            par.add_run(f" ({entry.citation})").font.size = Pt(8)
        for row in table.rows:
            for cell, width in zip(row.cells, (Cm(1.3), Cm(1.3), Cm(7.5), Cm(3.2), Cm(4.2))):
                cell.width = width

    if chart_png:
        doc.add_heading(w.CHART_HEADING, level=1)
        doc.add_picture(io.BytesIO(chart_png), width=Cm(16))
        doc.add_paragraph(w.CHART_CAPTION, style="Caption")
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path
