"""`scrutiny link FILES...`: parse documents, link recommendations to responses, print the trail.

A thin shell over `pipeline.process.try_parse_file` and `pipeline.link.link_documents`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli.common import parse_inputs
from pipeline.config import RESPONSE_DEADLINE_DAYS
from pipeline.link import link_documents

app = typer.Typer(help="Link recommendations to their responses across documents.", add_completion=False)


def _cut(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def link_table(docs, *, today: date | None = None, deadline_days: int = RESPONSE_DEADLINE_DAYS) -> str:
    """The links and the awaiting list of `docs` (ParsedDocuments) as a readable text table."""
    result = link_documents(docs, today=today, deadline_days=deadline_days)
    responses = {(d.source, r.label): r for d in docs for r in d.responses}
    head = f"{'report':28} {'rec':6} {'answered in':28} {'as':6} {'stance':18} {'progress':11} {'score':>5}  method"
    rows = [head, "-" * len(head)]
    for l in result.links:
        resp = responses.get((l.response_document, l.response_to))
        rows.append(
            f"{_cut(l.report, 28):28} {_cut(l.recommendation, 6):6} {_cut(l.response_document, 28):28} "
            f"{_cut(l.response_to, 6):6} {(resp.stance if resp else '?'):18} {(resp.progress if resp else '?'):11} "
            f"{l.score:5.2f}  {l.method}"
        )
    if not result.links:
        rows.append("(no links)")
    rows += ["", f"awaiting a response (deadline {deadline_days} days):",
             f"{'report':28} {'rec':6} {'report date':11} {'days open':>9}  {'due':10}  overdue"]
    for a in result.awaiting:
        days = "?" if a.days_open is None else str(a.days_open)
        rows.append(
            f"{_cut(a.report, 28):28} {_cut(a.recommendation, 6):6} {a.report_date or '?':11} {days:>9}  "
            f"{a.due or '?':10}  {'OVERDUE' if a.overdue else ''}"
        )
    if not result.awaiting:
        rows.append("(none)")
    return "\n".join(rows)


@app.command("link")
def link(
    files: Annotated[list[Path], typer.Argument(help="Report and response files (or folders) to link.")],
    today: Annotated[str | None, typer.Option(help="Count days open up to this date (YYYY-MM-DD); default today.")] = None,
    deadline_days: Annotated[int, typer.Option(help="Days an executive has to respond.")] = RESPONSE_DEADLINE_DAYS,
) -> None:
    """Print every recommendation with its answers (stance, progress) and those still awaiting one."""
    docs = parse_inputs(files, themes=False)
    when = date.fromisoformat(today) if today else None
    typer.echo(link_table(docs, today=when, deadline_days=deadline_days))
