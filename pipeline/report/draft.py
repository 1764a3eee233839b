"""Writing a cover report's files: .docx (to edit in Word), .md, self-contained .html, chart .png."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pipeline.progress import SILENT, Progress
from pipeline.report.charts import png_bytes, prevalence_chart
from pipeline.report.cover import CoverReport, build_cover
from pipeline.report.inputs import Db, answering_documents, load_inputs, select_reports
from pipeline.report.render import write_html, write_markdown
from pipeline.report.word import write_docx

log = logging.getLogger(__name__)

STEM = "cover-report"


@dataclass(slots=True)
class CoverFiles:
    cover: CoverReport
    docx: Path
    markdown: Path
    html: Path
    chart: Path | None


def write_cover_files(cover: CoverReport, out: str | Path) -> CoverFiles:
    """Write `cover` as OUT/cover-report.{docx,md,html} (and the chart as OUT/cover-report-themes.png)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    chart_path = None
    png = None
    if not cover.prevalence.empty:
        png = png_bytes(prevalence_chart(cover.prevalence))
        chart_path = out / f"{STEM}-themes.png"
        chart_path.write_bytes(png)
    return CoverFiles(
        cover,
        write_docx(cover, out / f"{STEM}.docx", chart_png=png),
        write_markdown(cover, out / f"{STEM}.md", chart_file=chart_path.name if chart_path else None),
        write_html(cover, out / f"{STEM}.html", chart_png=png),
        chart_path,
    )


def write_cover_report(
    db: Db, out: str | Path, *, reports: Sequence[str] = (), councils: Sequence[str] = (),
    bodies: Sequence[str] = (), since: str | None = None, today: date | None = None,
    max_threads: int | None = 8, progress: Progress = SILENT,
) -> CoverFiles:
    """Read the store, choose the reports, build the cover report and write its files under `out`.

    Raises ValueError when a named report is not stored or nothing matches the filters.
    """
    inputs = load_inputs(db, today=today)
    chosen = select_reports(inputs.documents, reports=reports, councils=councils, bodies=bodies, since=since,
                            answering=answering_documents(inputs.recommendations))
    if chosen.empty:
        raise ValueError("no stored report matches the filters given; widen --council/--body/--since")
    progress.step(f"finding common threads across {len(chosen)} report(s)")
    cover = build_cover(inputs, chosen, today=today, max_threads=max_threads)
    progress.step("writing the Word, Markdown and HTML files (with the prevalence chart)")
    return write_cover_files(cover, out)
