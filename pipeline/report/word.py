"""The cover report as an editable Word draft (python-docx).

The page is A4 with the committee and date in the header and "Page N of M" in the footer;
the document properties carry the title, the subject (the reports covered) and, as
author, the council or the committee that made the reports. Every paragraph uses a named
style (Title, Heading 1-2, Quote, List Bullet, Caption, and "Citation" for the sources), so a
council's own template (`template=`, a .docx whose styles are the house style) restyles
the whole draft. Quotations are `“<verbatim text>”` in "Quote" with their citation after,
so editors (and tests) can tell document text from template text at a glance.
"""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

from pipeline.report import wording as w
from pipeline.report.cover import CoverReport, Quotation, RecommendationEntry
from pipeline.report.quotes import list_items

CITATION_STYLE = "Citation"
A4 = (Mm(210), Mm(297))


def _ensure_citation_style(doc) -> None:
    """A character style for citations, unless the template already defines one."""
    if CITATION_STYLE not in [s.name for s in doc.styles]:
        style = doc.styles.add_style(CITATION_STYLE, WD_STYLE_TYPE.CHARACTER)
        style.font.size = Pt(8.5)
        style.font.italic = False


def _field(paragraph, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word fills in when it lays the page out."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == instruction:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {instruction} "
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)


def _page_setup(doc, cover: CoverReport) -> None:
    for section in doc.sections:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = A4
        section.left_margin = section.right_margin = Cm(2.2)
        section.top_margin = section.bottom_margin = Cm(2.2)
        header = section.header.paragraphs[0]
        header.text = w.header_text(cover)
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        footer.add_run("Page ")
        _field(footer, "PAGE")
        footer.add_run(" of ")
        _field(footer, "NUMPAGES")


def _properties(doc, cover: CoverReport) -> None:
    props = doc.core_properties
    props.title = w.TITLE
    props.subject = w.subject_text(cover)
    props.author = w.author_text(cover)
    props.last_modified_by = props.author
    props.keywords = "scrutiny; cover report; recommendations"
    props.comments = "Draft made by the scrutiny pipeline; check before publication."
    props.category = "Draft"


def _quote(doc, q: Quotation) -> None:
    par = doc.add_paragraph(style="Quote")
    par.add_run(w.quoted(q.text))
    par.add_run(f" ({q.citation})", style=CITATION_STYLE)


def _recommendation_cell(cell, entry: RecommendationEntry) -> None:
    lead, items = list_items(entry.text)
    par = cell.paragraphs[0]
    par.add_run(lead)
    for item in items:
        cell.add_paragraph(item, style="List Bullet")
    cell.paragraphs[-1].add_run(f" ({entry.citation})", style=CITATION_STYLE)


def _answer_cell(cell, entry: RecommendationEntry) -> None:
    par = cell.paragraphs[0]
    if not w.is_answered(entry):
        par.add_run(w.status_text(entry)).bold = entry.status == "overdue"
        return
    q = w.answer_extract(entry)
    if q:
        par.add_run(w.quoted(q.text)).italic = True
        par.add_run(f" ({q.citation})", style=CITATION_STYLE)
    else:
        par.add_run(f"Answered in {w.answered_by(entry)}.")
    cell.add_paragraph(w.outcome_line(entry))


def write_docx(cover: CoverReport, path: str | Path, *, chart_png: bytes | None = None,
               template: str | Path | None = None) -> Path:
    """Write the draft to `path` (.docx), on `template`'s styles when given, and return the path."""
    path = Path(path)
    doc = new_docx(str(template) if template else None)
    _ensure_citation_style(doc)
    _page_setup(doc, cover)
    _properties(doc, cover)
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
        table.style = "Table Grid"
        for cell, name in zip(table.rows[0].cells, w.RECOMMENDATION_COLUMNS):
            cell.text = name
            cell.paragraphs[0].runs[0].bold = True
        for entry in group.recommendations:
            cells = table.add_row().cells
            report, label, _, addressees, _ = w.recommendation_row(entry)
            cells[0].text, cells[1].text, cells[3].text = report, label, addressees
            _recommendation_cell(cells[2], entry)
            _answer_cell(cells[4], entry)
        for row in table.rows:
            for cell, width in zip(row.cells, (Cm(1.2), Cm(1.2), Cm(6.8), Cm(3.0), Cm(4.4))):
                cell.width = width

    if chart_png:
        doc.add_heading(w.CHART_HEADING, level=1)
        doc.add_picture(io.BytesIO(chart_png), width=Cm(16))
        doc.add_paragraph(w.CHART_CAPTION, style="Caption")
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path
