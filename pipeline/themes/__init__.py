"""Theme tagging: taxonomy loader, lemma rules, learned classifier and topic discovery.

`tag(parsed)` tags every paragraph and recommendation of a parsed document with the
themes of `models/themes/council_themes.v2.json` (rules and document context), each tag
with its score, evidence and generator. See `pipeline.themes.tagger` for how rule and
model scores combine.

The learned model (`models/themes/theme_classifier.v2.joblib`, trained on 1,055 paragraphs
labelled by one annotator) is shipped but OFF by default: it beats the rules under grouped
cross-validation on its own labels (micro F1 0.700 against 0.581) and on held-out officer
reports labelled by the same hand (0.757 against 0.680), but it drops the seeds, labelled by
other hands, from 0.816 to 0.747: it learned one annotator's reading of governance and
partnership. `SCRUTINY_THEME_MODEL=1` switches it on (see models/themes/MODEL_CARD.md).
"""

from __future__ import annotations

from pipeline.config import THEME_MODEL_ON
from pipeline.records import ParsedDocument

__all__ = ["tag", "THEMES_VERSION"]

# What shapes a tag: the taxonomy file, the shipped model and the combining rule. A change
# to any of them bumps this, and the archive flow re-tags stored documents.
THEMES_VERSION = "council_themes.v2+" + ("theme_classifier.v2" if THEME_MODEL_ON else "rules") + "+tagger-2"


def tag(parsed: ParsedDocument) -> ParsedDocument:
    """Tag a parsed document's paragraphs and recommendations in place, and return it."""
    from pipeline.themes.tagger import default_tagger

    return default_tagger().tag(parsed)
