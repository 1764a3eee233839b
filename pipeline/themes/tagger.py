"""Tag texts with themes: lemma rules from the taxonomy, combined with the learned model.

Combination rule (one `score` per theme and text):

    rules  r = 1 - prod(1 - w_i)   over the kept term matches i of the theme, with
                                   w = taxonomy weight of the term ("strong" 0.9, "weak" 0.4),
                                   a strong term counted at most twice, a weak term once
                                   (so weak signals need two *different* terms)
    model  m = calibrated probability of the theme from `ThemeClassifier` (0 without a model)
    score  s = 1 - (1 - r)(1 - m)  (noisy-OR: either source can raise it, neither lowers it)

A theme is tagged when s >= the taxonomy threshold (0.5) and either the rules alone reach
it, or the model alone reaches `model_threshold` (stricter, 0.5 by default), or rules and
model agree (r > 0 and m >= `support_threshold`). So one strong term tags; one weak term
needs the model's support; the model alone must be confident. Evidence is the matched
spans; when the rules alone do not reach the threshold, the model's top-weighted terms
present in the text are added. `generator` says which source decided.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from pipeline.records import ParsedDocument, ThemeTag
from pipeline.themes.model import ThemeClassifier, load_model
from pipeline.themes.nlp import Hit, get_nlp, lemma_text
from pipeline.themes.taxonomy import Taxonomy

log = logging.getLogger(__name__)

MAX_PER_TERM = 2


@dataclass(frozen=True, slots=True)
class TaggerSettings:
    """Thresholds of the combination rule (see the module docstring)."""

    model_threshold: float = 0.5
    support_threshold: float = 0.25
    use_model: bool = True


def rule_score(hits: Sequence[Hit], weights: dict[str, float]) -> float:
    """Noisy-OR of the weights of the kept matches: a strong term at most twice, a weak one once."""
    miss = 1.0
    seen: dict[str, int] = {}
    for h in hits:
        seen[h.term] = seen.get(h.term, 0) + 1
        if seen[h.term] <= (MAX_PER_TERM if h.weight == "strong" else 1):
            miss *= 1.0 - weights[h.weight]
    return 1.0 - miss


def _evidence(hits: Sequence[Hit]) -> list[str]:
    out: list[str] = []
    for h in hits:
        if h.text not in out:
            out.append(h.text)
    return out


class ThemeTagger:
    """Rules (+ model when one is given) over batches of texts; holds no per-text state."""

    def __init__(self, taxonomy: Taxonomy, model: ThemeClassifier | None = None,
                 settings: TaggerSettings = TaggerSettings(), taxonomy_path: str = "") -> None:
        self.taxonomy, self.model, self.settings = taxonomy, model, settings
        self.nlp = get_nlp(taxonomy_path)

    def tag_texts(self, texts: Sequence[str]) -> list[list[ThemeTag]]:
        docs = list(self.nlp.pipe(texts, batch_size=64))
        model = self.model if self.settings.use_model else None  # the model that scores, if any
        probs = model.predict_proba([lemma_text(d) for d in docs]) if model is not None and docs else None
        classes = list(model.classes_) if model is not None else []
        tax, st = self.taxonomy, self.settings
        out = []
        for i, doc in enumerate(docs):
            tags = []
            for theme in tax.themes:
                hits = doc._.theme_hits.get(theme.id, [])
                r = rule_score(hits, tax.weights) if hits else 0.0
                m = float(probs[i, classes.index(theme.id)]) if probs is not None and theme.id in classes else 0.0
                s = 1.0 - (1.0 - r) * (1.0 - m)
                if s < tax.threshold:
                    continue
                if r >= tax.threshold:
                    source = "rules"
                elif r > 0 and m >= st.support_threshold:
                    source = "rules+model"
                elif m >= st.model_threshold:
                    source = "model"
                else:
                    continue
                evidence = _evidence(hits)
                if source != "rules" and model is not None:  # m > 0: the model scored (thresholds are above 0)
                    evidence += [t for t in model.top_terms(lemma_text(doc), theme.id) if t not in evidence]
                if not evidence:
                    continue  # every tag must be explainable
                tags.append(ThemeTag(theme=theme.id, score=round(s, 3), evidence=evidence,
                                     generator=f"{tax.tag}+{source}"))
            tags.sort(key=lambda t: -t.score)
            out.append(tags)
        return out

    def tag(self, parsed: ParsedDocument) -> ParsedDocument:
        """Tag every paragraph (not headings) and every recommendation of a document, in place."""
        paras = [p for p in parsed.paragraphs if p.kind == "paragraph" and p.text.strip()]
        texts = [p.text for p in paras] + [r.text for r in parsed.recommendations]
        tags = self.tag_texts(texts)
        for p, t in zip(paras, tags):
            p.themes = t
        for r, t in zip(parsed.recommendations, tags[len(paras):]):
            r.themes = t
        return parsed


@lru_cache(maxsize=1)
def default_tagger() -> ThemeTagger:
    """The shipped taxonomy and model, loaded once per process; rules only if no model ships."""
    from pipeline.themes.taxonomy import cached_taxonomy

    taxonomy = cached_taxonomy("")
    model = load_model(missing_ok=True)
    if model is None:
        log.warning("no trained theme model found; tagging with rules only")
    return ThemeTagger(taxonomy, model)
