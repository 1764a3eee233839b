"""What a document is about: its core themes, from its title and the weight of its paragraphs.

THEMES-GUIDE convention 2: a paragraph about the document's subject carries the document's
core theme even when the word is absent. This module measures the subject from label-free
evidence only, so the same code serves training and tagging:

- `title`: the taxonomy's rule score of the document title (and its subject line);
- `share`: the fraction of the document's paragraphs the rules alone tag with the theme;
- `mass`: the mean rule score over the paragraphs (weak and single mentions count a little);
- `headings`: the fraction of headings that name the theme.

A theme is *core* when the title names it, or when at least `CORE_SHARE` of the
paragraphs carry it by the rules. `DocumentContext.features(theme)` gives the learned model
these numbers; `DocumentContext.evidence(theme)` says why a paragraph inherited a theme
("document subject: council tax support", or "document subject: 42% of paragraphs").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

CORE_SHARE = 0.3  # a theme tagged by the rules in this share of paragraphs is the document's subject
MIN_PARAGRAPHS = 3  # fewer paragraphs than this say nothing about a document's weight of evidence
FEATURES = ("title", "share", "mass", "headings", "core")


@dataclass(frozen=True, slots=True)
class ThemeWeight:
    """One theme's standing in a document; every figure is between 0 and 1."""

    title: float = 0.0
    share: float = 0.0
    mass: float = 0.0
    headings: float = 0.0
    title_words: tuple[str, ...] = ()

    @property
    def core(self) -> bool:
        return self.title >= 0.5 or self.share >= CORE_SHARE


@dataclass(frozen=True, slots=True)
class DocumentContext:
    """Theme weights of one document (empty: nothing known about the document)."""

    weights: Mapping[str, ThemeWeight] = field(default_factory=dict)
    paragraphs: int = 0

    def features(self, theme: str) -> tuple[float, ...]:
        w = self.weights.get(theme, ThemeWeight())
        return (w.title, w.share, w.mass, w.headings, float(w.core))

    def core(self) -> list[str]:
        return [t for t, w in self.weights.items() if w.core]

    def evidence(self, theme: str) -> str | None:
        """Why this document's paragraphs may carry `theme`; None when it is not a core theme."""
        w = self.weights.get(theme)
        if w is None or not w.core:
            return None
        if w.title >= 0.5 and w.title_words:
            return "document subject: " + ", ".join(w.title_words)
        return f"document subject: {round(100 * w.share)}% of paragraphs"


def build_context(paragraph_scores: Sequence[Mapping[str, float]], threshold: float,
                  title: tuple[Mapping[str, float], Mapping[str, Sequence[str]]] | None = None,
                  heading_scores: Sequence[Mapping[str, float]] = ()) -> DocumentContext:
    """A document's context from the rule scores of its paragraphs, title and headings.

    `paragraph_scores[i][theme]` is the rule score of paragraph i; `title` is the title's
    (scores, matched words); a theme absent from a mapping scores 0.
    """
    n = len(paragraph_scores)
    title_scores, title_words = title if title is not None else ({}, {})
    themes = set(title_scores) | {t for s in paragraph_scores for t in s} | {t for s in heading_scores for t in s}
    weights = {}
    for theme in sorted(themes):
        if n >= MIN_PARAGRAPHS:
            share = sum(1 for s in paragraph_scores if s.get(theme, 0.0) >= threshold) / n
            mass = sum(s.get(theme, 0.0) for s in paragraph_scores) / n
        else:
            share = mass = 0.0
        heads = sum(1 for s in heading_scores if s.get(theme, 0.0) > 0) / len(heading_scores) if heading_scores else 0.0
        weights[theme] = ThemeWeight(title=title_scores.get(theme, 0.0), share=share, mass=mass, headings=heads,
                                     title_words=tuple(title_words.get(theme, ())))
    return DocumentContext(weights=weights, paragraphs=n)
