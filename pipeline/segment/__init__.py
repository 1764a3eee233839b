"""Document -> paragraphs, headings, recommendations and responses.

`segment(doc)` is the stage function: it runs the paragraph grammar, then finds the
answers a response document gives, and, unless the document answers another, the
recommendations it makes.
"""

from __future__ import annotations

import logging

from pipeline.errors import message
from pipeline.link.stance import RULES_FILE as STANCE_RULES_FILE
from pipeline.records import Document, Issue, Paragraph, ParsedDocument, Recommendation
from pipeline.segment.grammar import GRAMMAR_VERSION
from pipeline.segment.paragraphs import segment_paragraphs
from pipeline.segment.recommendations import find_recommendations
from pipeline.segment.responses import find_responses

log = logging.getLogger(__name__)

SEGMENTER_VERSION = f"segment-2/{GRAMMAR_VERSION}/{STANCE_RULES_FILE.removesuffix('.json')}"


def segment(doc: Document) -> ParsedDocument:
    paragraphs, footnotes = segment_paragraphs(doc.lines, doc.id)
    if doc.lines and not any(p.number for p in paragraphs):
        doc.issues.append(Issue("W204", message("W204", doc.source)))
    responses = find_responses(doc, paragraphs)
    recommendations = find_recommendations(doc, paragraphs)
    if responses:
        # a response restates the recommendations it answers: those are not its own
        answered = {a for r in responses for a in (r.answers or [r.label])}
        recommendations = [r for r in recommendations if r.label not in answered and not _restated(r, paragraphs)]
    return ParsedDocument(doc, paragraphs, recommendations, responses, footnotes)


def _restated(rec: Recommendation, paragraphs: list[Paragraph]) -> bool:
    """A "Recommendation N" block of a response document quotes the report."""
    return rec.paragraph is None and any(p.label and p.label == rec.label for p in paragraphs)


__all__ = ["segment", "SEGMENTER_VERSION"]
