"""The fixed template wording of the cover report, shared by every format.

Nothing here comes from a document: text taken from the reports appears only as
quotations (with a citation), recommendation texts (with a citation) and metadata.
"""

from __future__ import annotations

from pipeline.report.cover import CoverReport, Quotation, RecommendationEntry
from pipeline.report.outcome import outcome_text

TITLE = "Cover report: common threads and good practice"
DRAFT_NOTE = (
    "Draft prepared by the scrutiny pipeline on {made_on} from {n} report(s). Quoted text is "
    "verbatim from the reports (footnote reference numbers left out), each quotation followed "
    "by its report (R1, R2 ... as listed under Reports covered) or the response's title, its "
    "paragraph and, where the document has pages, page; "
    "all other wording is standard template text. Please check and edit before publication."
)
REPORTS_HEADING = "Reports covered"
THREADS_HEADING = "Common threads"
THREADS_INTRO = (
    "The following themes each run through {min_reports} or more of the reports covered. "
    "Under each theme, a short extract is given from each report in which it appears."
)
NO_THREADS = "No theme was found in more than one of the reports covered."
GOOD_PRACTICE_HEADING = "Good practice"
GOOD_PRACTICE_INTRO = "The reports identify the following as good practice."
NO_GOOD_PRACTICE = "No statement of good practice was found in the reports covered."
RECOMMENDATIONS_HEADING = "Recommendations by theme"
RECOMMENDATIONS_INTRO = (
    "Every recommendation of the reports covered, grouped under its main theme, with the "
    "bodies it asks to act and, where a response has been received, the opening words of the "
    "answer, its stance and its progress. An addressee marked 'not named' is the report's "
    "default: the recommendation's own words name no one."
)
NO_RECOMMENDATIONS = "The reports covered make no recommendations."
CHART_HEADING = "Theme prevalence"
CHART_CAPTION = (
    "Share of each report's paragraphs that carry each theme (reports as listed under "
    "'Reports covered')."
)
RECOMMENDATION_COLUMNS = ("Report", "Rec.", "Recommendation", "Addressees", "Answer")
NOT_NAMED = "not named; the report's default"
NO_ADDRESSEE = "none: a conclusion asks no one to act"

_STATUS = {
    "awaiting": "No response recorded yet ({days} days since the report).",
    "overdue": "No response recorded; overdue ({days} days since the report).",
    "decision_sought": "A decision for the meeting; no minutes recording it yet.",
    "decided": "Decided: the minutes record it ({where}).",
    "conclusion": "A conclusion of the report; no response is expected.",
    "copy": "Printed again here; tracked as {copy_of}.",
}


def draft_note(cover: CoverReport) -> str:
    return DRAFT_NOTE.format(made_on=cover.made_on, n=len(cover.reports))


def report_line(ref) -> str:
    """`R1: <title> (<council>, <body>, <date>) [<source>]`, from the document's metadata."""
    details = ", ".join(v for v in (ref.council, ref.body, ref.date) if v)
    title = ref.title or ref.source
    return f"{ref.key}: {title}" + (f" ({details})" if details else "") + f" [{ref.source}]"


def thread_heading(thread) -> str:
    return f"{thread.name} ({', '.join(thread.reports)})"


def quoted(text: str) -> str:
    """`text` in quotation marks, unless it is itself one whole quotation."""
    if text[:1] in "“\"" and text[-1:] in "”\"" and not any(c in text[1:-1] for c in "“”\""):
        return text
    return f"“{text}”"


def addressees_text(entry: RecommendationEntry) -> str:
    """`Cabinet Office; Department of Health`, a default marked: `Government (not named; the report's default)`."""
    if entry.conclusion and not entry.addressees:
        return NO_ADDRESSEE
    named = entry.named or [True] * len(entry.addressees)
    return "; ".join(b if n else f"{b} ({NOT_NAMED})" for b, n in zip(entry.addressees, named))


def outcome_line(entry: RecommendationEntry) -> str:
    """`Stance: accepted; progress: not yet known.`: named as everywhere else (`pipeline.report.outcome`)."""
    return f"Stance: {outcome_text(entry.stance)}; progress: {outcome_text(entry.progress)}."


def answered_by(entry: RecommendationEntry) -> str:
    """`Government Response to ..., response to 8.3, 2011-10-01`: where the answer is (the response's
    title, or its file name when it has none)."""
    when = f", {entry.response_date}" if entry.response_date else ""
    return f"{entry.response_name or entry.response_document}, response to {entry.response_to}{when}"


def is_answered(entry: RecommendationEntry) -> bool:
    """Answered by a response (not settled by a meeting, whose minutes state no stance)."""
    return bool(entry.response_document) and entry.status == "answered"


def answer_extract(entry: RecommendationEntry) -> Quotation | None:
    return entry.answer if is_answered(entry) else None


def status_text(entry: RecommendationEntry) -> str:
    """What is known of an unanswered recommendation: awaiting, overdue, a decision sought, ..."""
    template = _STATUS.get(entry.status, "Status: {status}.")
    return template.format(days=entry.days_open if entry.days_open is not None else "?", status=entry.status,
                           where=answered_by(entry) if entry.response_document else "",
                           copy_of=entry.copy_of or "another paper's")


def response_text(entry: RecommendationEntry) -> str:
    """The answer column as one line: the answer's words (cited), stance and progress; or the status."""
    if is_answered(entry):
        q = answer_extract(entry)
        words = f"{quoted(q.text)} ({q.citation}). " if q else f"Answered in {answered_by(entry)}. "
        return words + outcome_line(entry)
    return status_text(entry)


def recommendation_row(entry: RecommendationEntry) -> tuple[str, str, str, str, str]:
    return (entry.report, entry.label, entry.text, addressees_text(entry), response_text(entry))


def _distinct(values) -> list[str]:
    out: list[str] = []
    for v in values:
        if v and v not in out:
            out.append(v)
    return out


def header_text(cover: CoverReport) -> str:
    """The page header: the committee(s) whose reports are covered, and the draft's date."""
    bodies = _distinct(r.body for r in cover.reports) or _distinct(r.council for r in cover.reports)
    who = "; ".join(bodies[:2]) + (" and others" if len(bodies) > 2 else "")
    return f"{who} · cover report · {cover.made_on}" if who else f"Cover report · {cover.made_on}"



def author_text(cover: CoverReport) -> str:
    """The document's author: the council(s) that made the reports, else their committee(s)."""
    names = _distinct(r.council for r in cover.reports) or _distinct(r.body for r in cover.reports)
    return ("; ".join(names[:3]) if names else "Scrutiny support")[:255]


def subject_text(cover: CoverReport) -> str:
    """The document's subject: the reports covered, by title (Word keeps 255 characters)."""
    text = "Cover report on: " + "; ".join(r.title or r.source for r in cover.reports)
    return text if len(text) <= 255 else text[:254].rsplit(" ", 1)[0] + "…"
