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
from pipeline.report.outcome import outcome_text

app = typer.Typer(help="Link recommendations to their responses across documents.", add_completion=False)


def _cut(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


LEGEND = (
    "stance, progress: as judged from the answer's text; 'not yet known' where the answer states none\n"
    "that the rules or the model could read (or the answer was not read). score: how strongly the answer's\n"
    "label and restatement match the recommendation (0-1). method: aligned (the response quotes it, or\n"
    "answers it by subject), label+text, label, quote, tfidf (its words echo it), order (placed between\n"
    "answers that run in the report's order), minutes (the meeting's resolution records a decision sought)."
)


def link_table(docs, *, today: date | None = None, deadline_days: int = RESPONSE_DEADLINE_DAYS) -> str:
    """The links and the awaiting list of `docs` (ParsedDocuments) as a readable text table,
    with the body each recommendation asks to act, and a legend."""
    from pipeline.link import link_documents

    result = link_documents(docs, today=today, deadline_days=deadline_days)
    # an answer that says which recommendation it answers is that one's (a paper in parts numbers each part from 1)
    answers = [(d.id, r) for d in docs for r in result.realigned.get(d.id, d.responses)]
    responses = {(doc_id, r.label, r.recommendation or ""): r for doc_id, r in answers}
    responses.update({(doc_id, r.label, ""): r for doc_id, r in answers if not r.recommendation})
    addressees = {r.uid: r.addressee for d in docs for r in d.recommendations}
    labels = {r.uid: r.label for d in docs for r in d.recommendations}
    head = (f"{'report':26} {'rec':6} {'addressee':24} {'answered in':26} {'as':5} {'stance':18} "
            f"{'progress':13} {'score':>5}  method")
    rows = [head, "-" * len(head)]
    for l in result.links:
        resp = responses.get((l.response_document_id, l.response_to, l.recommendation_uid)) \
            or responses.get((l.response_document_id, l.response_to, ""))
        stance = outcome_text(resp.stance if resp else None)
        progress = outcome_text(resp.progress if resp else None)
        rows.append(
            f"{_cut(l.report, 26):26} {_cut(l.recommendation, 6):6} {_cut(addressees.get(l.recommendation_uid), 24):24} "
            f"{_cut(l.response_document, 26):26} {_cut(l.response_to, 5):5} {stance:18} {progress:13} "
            f"{l.score:5.2f}  {l.method}"
        )
    if not result.links:
        rows.append("(no links)")
    rows += ["", f"not yet answered (a response is due {deadline_days} days after the report; a decision sought is "
                 "settled at its meeting):",
             f"{'report':26} {'rec':6} {'addressee':24} {'report date':11} {'days open':>9}  {'due':10}  status"]
    for a in result.awaiting:
        days = "?" if a.days_open is None else str(a.days_open)
        due = "" if a.status == "decision_sought" else a.due or "?"
        rows.append(
            f"{_cut(a.report, 26):26} {_cut(a.recommendation, 6):6} {_cut(addressees.get(a.recommendation_uid), 24):24} "
            f"{a.report_date or '?':11} {days:>9}  {due:10}  {a.status.upper() if a.status == 'overdue' else a.status}"
        )
    if not result.awaiting:
        rows.append("(none)")
    if result.copies:
        sources = {d.id: d.source for d in docs}
        rows += ["", "printed again in a paper that holds another's print (tracked once, as the print after \"=\"):"]
        rows += [f"{_cut(sources.get(c.document_id), 26):26} {_cut(labels.get(c.recommendation_uid), 6):6} "
                 f"= {sources.get(c.original_document_id)} {labels.get(c.original_uid)}" for c in result.copies]
    rows += ["", LEGEND]
    return "\n".join(rows)


@app.command("link")
def link(
    files: Annotated[list[Path], typer.Argument(help="Report and response files (or folders) to link.")],
    today: Annotated[str | None, typer.Option(help="Count days open up to this date (YYYY-MM-DD); default today.")] = None,
    deadline_days: Annotated[int, typer.Option(help="Days an executive has to respond.")] = RESPONSE_DEADLINE_DAYS,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")] = False,
) -> None:
    """Print every recommendation with its answers (stance, progress) and those still awaiting one."""
    docs = parse_inputs(files, themes=False, quiet=quiet)
    when = date.fromisoformat(today) if today else None
    typer.echo(link_table(docs, today=when, deadline_days=deadline_days))
