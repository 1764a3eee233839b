"""Theme tagging: taxonomy loader, lemma rules, learned classifier and topic discovery.

`tag(parsed)` tags every paragraph and recommendation of a parsed document with the
themes of `models/themes/council_themes.v2.json` (rules, document context and the shipped model), each tag
with its score, evidence and generator. See `pipeline.themes.tagger` for how rule and
model scores combine.
"""

from __future__ import annotations

from pipeline.records import ParsedDocument

__all__ = ["tag", "THEMES_VERSION"]

# What shapes a tag: the taxonomy file, the shipped model and the combining rule. A change
# to any of them bumps this, and the archive flow re-tags stored documents.
THEMES_VERSION = "council_themes.v2+theme_classifier.v2+tagger-2"


def tag(parsed: ParsedDocument) -> ParsedDocument:
    """Tag a parsed document's paragraphs and recommendations in place, and return it."""
    from pipeline.themes.tagger import default_tagger

    return default_tagger().tag(parsed)
