"""Document -> paragraphs, headings and recommendations.

`segment(doc)` is the stage function: it runs the paragraph grammar, then finds the
recommendations a report makes or the decisions it asks for. Answers to recommendations
are read a stage later (`pipeline.answers`); this package imports nothing above it.
"""

from __future__ import annotations

import logging

from pipeline.errors import message
from pipeline.lexicon import LEXICON_VERSIONS
from pipeline.records import Document, Issue, ParsedDocument
from pipeline.segment.grammar import GRAMMAR_VERSION
from pipeline.segment.paragraphs import segment_paragraphs
from pipeline.segment.recommendations import find_recommendations

log = logging.getLogger(__name__)

# segment-4: a "recommends that:" lead-in gives its items their subject as addressee; a conclusion has none
SEGMENTER_VERSION = f"segment-4/{GRAMMAR_VERSION}/segment-lexicon.{LEXICON_VERSIONS['segment']}"


def segment(doc: Document) -> ParsedDocument:
    paragraphs, footnotes = segment_paragraphs(doc.lines, doc.id)
    if doc.lines and not any(p.number for p in paragraphs):
        doc.issues.append(Issue("W204", message("W204", doc.source)))
    recommendations = find_recommendations(doc, paragraphs)
    return ParsedDocument(doc, paragraphs, recommendations, [], footnotes)


__all__ = ["segment", "SEGMENTER_VERSION"]
