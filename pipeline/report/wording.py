"""The fixed template wording of the cover report, shared by every format.

Nothing here comes from a document: text taken from the reports appears only as
quotations (with a citation), recommendation texts (with a citation) and metadata.
"""

from __future__ import annotations

from pipeline.report.cover import CoverReport, RecommendationEntry

TITLE = "Cover report: common threads and good practice"
DRAFT_NOTE = (
    "Draft prepared by the scrutiny pipeline on {made_on} from {n} report(s). Quoted text is "
    "verbatim from the reports, each quotation followed by its source, paragraph and page; "
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
    "response where one has been received."
)
NO_RECOMMENDATIONS = "The reports covered make no recommendations."
CHART_HEADING = "Theme prevalence"
CHART_CAPTION = (
    "Share of each report's paragraphs that carry each theme (reports as listed under "
    "'Reports covered')."
)
RECOMMENDATION_COLUMNS = ("Report", "Rec.", "Recommendation", "Addressee", "Response")

_STATUS = {
    "awaiting": "No response recorded yet ({days} days since the report).",
    "overdue": "No response recorded; overdue ({days} days since the report).",
    "decision_sought": "A decision for the meeting; no minutes recording it yet.",
    "decided": "Decided: the minutes record it.",
    "conclusion": "A conclusion of the report; no response is expected.",
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


def response_text(entry: RecommendationEntry) -> str:
    """The response column: stance and progress as the response states them, cited; or the status."""
    if entry.response_document:
        stance = (entry.stance or "unclear").replace("_", " ")
        progress = (entry.progress or "unknown").replace("_", " ")
        when = f", {entry.response_date}" if entry.response_date else ""
        return (f"Stance: {stance}; progress: {progress} "
                f"({entry.response_document}, response to {entry.response_to}{when}).")
    template = _STATUS.get(entry.status, "Status: {status}.")
    return template.format(days=entry.days_open if entry.days_open is not None else "?", status=entry.status)


def recommendation_row(entry: RecommendationEntry) -> tuple[str, str, str, str, str]:
    return (entry.report, entry.label, entry.text, entry.addressee or "", response_text(entry))
