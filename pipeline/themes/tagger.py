"""Tag a document's paragraphs with themes: lemma rules, the document's context, the learned model.

For one document (or any batch of texts read as one document):

1. **Rules** score every theme of every paragraph, title and heading:
   r = 1 - prod(1 - w_i) over the kept term matches (taxonomy weights, "strong" 0.9 and
   "weak" 0.4; a strong term counted at most twice, a weak one once).
2. **Document context** (`pipeline.themes.context`) from those scores: the title's
   themes and each theme's share and mass over the paragraphs, so that a paragraph about
   the document's subject can carry its core theme (THEMES-GUIDE convention 2).
3. **Model** (`pipeline.themes.linear.LinearThemeModel`, the frozen, numpy-only form of
   `pipeline.themes.model.ThemeClassifier`, trained on hand-labelled paragraphs): for each
   theme, one logistic regression over the paragraph's words stacked with the theme's own
   rule score (and whether the rules tag it, or only a weak term is present) and its
   document context. The rules are inputs of the combination: a theme is tagged when the
   probability reaches the model's cut for it (`cut`: `threshold`, or since round 7 the theme's
   own cut for what the rules found in the paragraph, which may keep the rules' tag whatever
   the probability, or ask more of a tag with no rule evidence). Themes the
   model does not score (too few hand-labelled examples) are tagged by the rules alone
   (r >= the taxonomy threshold); so is every theme when no model ships.

Every tag keeps its evidence: the rule spans found in the paragraph; when there are none,
the model's top terms; and "document subject: ..." when the theme is a core theme of the
document the paragraph did not name itself. `generator` says which layer decided.
`tag` also sets the document's own themes (`ParsedDocument.themes`): each theme's share
of the document's paragraphs, with the subject evidence.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from pipeline.config import THEME_MODEL_ON
from pipeline.records import ParsedDocument, ThemeTag
from pipeline.themes.context import FEATURES, DocumentContext, build_context
from pipeline.themes.linear import LinearThemeModel, ThemeInput, load_model
from pipeline.themes.nlp import Hit, get_nlp, lemma_text
from pipeline.themes.taxonomy import Taxonomy

if TYPE_CHECKING:  # training only: tagging never imports scikit-learn
    from pipeline.themes.model import ThemeClassifier

log = logging.getLogger(__name__)

MAX_PER_TERM = 2


def rule_score(hits: Sequence[Hit], weights: dict[str, float]) -> float:
    """Noisy-OR of the weights of the kept matches: a strong term at most twice, a weak one once."""
    miss = 1.0
    seen: dict[str, int] = {}
    for h in hits:
        seen[h.term] = seen.get(h.term, 0) + 1
        if seen[h.term] <= (MAX_PER_TERM if h.weight == "strong" else 1):
            miss *= 1.0 - weights[h.weight]
    return 1.0 - miss


def _is_name(doc: Doc, hit: Hit) -> bool:
    """Whether a hit is (part of) a proper name: every word of it, and of its neighbours, capitalised."""
    start, end = max(hit.start - 1, 0), min(hit.end + 1, len(doc))
    words = [t for t in doc[hit.start:hit.end] if t.is_alpha and len(t) > 3]
    around = [t for t in doc[start:end] if t.is_alpha and len(t) > 3 and not (hit.start <= t.i < hit.end)]
    return bool(words) and all(t.text[0].isupper() for t in words) and \
        (len(words) > 1 or any(t.text[0].isupper() for t in around))


def _evidence(hits: Sequence[Hit]) -> list[str]:
    out: list[str] = []
    for h in hits:
        if h.text not in out:
            out.append(h.text)
    return out


# the stage a title states beside its subject ("Statement of Licensing Policy 2027-2032: draft for consultation",
# "Consultation draft"): what is done with the paper, not what it is about
RE_STAGE = re.compile(r"\s*(?:[:\u2013\u2014-]\s*|\(\s*)?(?:(?:a\s+)?draft\s+)?for\s+(?:public\s+)?consultation\s*\)?\s*$"
                      r"|^\s*consultation\s+draft\s*[:\u2013\u2014-]?\s*", re.I)


def subject_of(title: str | None) -> str | None:
    """A document's title less the stage it states (`RE_STAGE`), as its subject is read for its themes (`analyse`,
    the one place a title is read, for tagging and training alike)."""
    return RE_STAGE.sub("", title).strip() or title if title else title


@dataclass(slots=True)
class Analysis:
    """What the tagger reads of one document's texts: rule hits and scores, context, model inputs."""

    docs: list[Doc]
    scores: list[dict[str, float]]
    context: DocumentContext
    inputs: list[ThemeInput]  # empty when not asked for (`analyse(inputs=False)`)
    topics: list[dict[str, float]] = field(default_factory=list)  # rule scores without the names' terms


class ThemeTagger:
    """Rules, document context and (when given) the model over one document's texts at a time."""

    def __init__(self, taxonomy: Taxonomy, model: LinearThemeModel | ThemeClassifier | None = None,
                 taxonomy_path: str = "") -> None:
        self.taxonomy, self.model = taxonomy, model
        self.nlp = get_nlp(taxonomy_path)

    def _scores(self, doc: Doc, *, names: bool = True) -> dict[str, float]:
        """Rule score of each theme found in `doc`; without `names`, terms inside a capitalised name
        ("Safer Communities Scrutiny Board") do not count (THEMES-GUIDE convention 3: names are not topics)."""
        weights = self.taxonomy.weights
        out = {}
        for theme, hits in doc._.theme_hits.items():
            kept = hits if names else [h for h in hits if not _is_name(doc, h)]
            if kept:
                out[theme] = rule_score(kept, weights)
        return out

    def analyse(self, texts: Sequence[str], title: str | None = None, headings: Sequence[str] = (),
                context_texts: int | None = None, *, inputs: bool = True) -> Analysis:
        """Rule scores, document context and model inputs of `texts`, read as one document.

        The context is measured on the first `context_texts` texts (all by default): a
        document's recommendations are tagged in its context but do not weigh in it twice.
        Without `inputs` the model inputs are left out (empty): only a model reads them.
        """
        docs = list(self.nlp.pipe(texts, batch_size=64))
        scores = [self._scores(d) for d in docs]
        title_scores: dict[str, float] = {}
        title_words: dict[str, list[str]] = {}
        if title and (subject := subject_of(title)):
            tdoc = self.nlp(subject)
            title_scores = self._scores(tdoc)
            title_words = {t: _evidence(h) for t, h in tdoc._.theme_hits.items() if h}
        heading_scores = [self._scores(d) for d in self.nlp.pipe(headings, batch_size=64)] if headings else []
        n = len(texts) if context_texts is None else context_texts
        # the document's subject is what its paragraphs talk about, not the bodies they name
        topics = [self._scores(d, names=False) for d in docs]
        context = build_context(topics[:n], self.taxonomy.threshold, (title_scores, title_words), heading_scores)
        rows = []
        for doc, score in zip(docs, scores) if inputs else ():
            side = {f"rule:{t}": round(s, 4) for t, s in score.items()}
            for theme in context.weights:
                for name, value in zip(FEATURES, context.features(theme)):
                    if value:
                        side[f"{name}:{theme}"] = round(value, 4)
            rows.append(ThemeInput(lemma_text(doc), side))
        return Analysis(docs, scores, context, rows, topics)

    def tag_texts(self, texts: Sequence[str], title: str | None = None, headings: Sequence[str] = (),
                  context_texts: int | None = None) -> list[list[ThemeTag]]:
        """Tags of each text, the texts read as the paragraphs of one document."""
        return self._tag(texts, title, headings, context_texts)[0] if texts else []

    def _tag(self, texts: Sequence[str], title: str | None, headings: Sequence[str],
             context_texts: int | None) -> tuple[list[list[ThemeTag]], DocumentContext]:
        tax, model = self.taxonomy, self.model
        a = self.analyse(texts, title, headings, context_texts, inputs=model is not None)  # rules alone: no inputs
        modelled = [str(c) for c in model.classes_] if model is not None else []
        probs = model.predict_proba(a.inputs) if model is not None and modelled else None
        out = []
        for i, doc in enumerate(a.docs):
            tags = []
            for theme in tax.themes:
                hits = doc._.theme_hits.get(theme.id, [])
                r = a.scores[i].get(theme.id, 0.0)
                subject = a.context.evidence(theme.id)  # why the document's paragraphs may carry it; None: no core theme
                if probs is not None and theme.id in modelled:
                    score = float(probs[i, modelled.index(theme.id)])
                    if score < model.cut(r, tax.threshold, theme.id):  # type: ignore[union-attr]
                        continue
                    source = "model"
                    alone = min(model.cut(0.0, tax.threshold, theme.id),  # type: ignore[union-attr]
                                model.cut(tax.threshold / 2, tax.threshold, theme.id))  # type: ignore[union-attr]
                    if r >= tax.threshold and score < alone:
                        score, source = r, "rules"  # the rules' tag stands where the model alone would not give it
                else:
                    score, source = r, "rules"
                    if r < tax.threshold and not (subject and a.topics[i].get(theme.id, 0.0) >= tax.weights["weak"]):
                        # (a paragraph that speaks of the document's core theme by a weak term alone, outside a name,
                        # is about the document's subject and carries its theme: THEMES-GUIDE conventions 2 and 3)
                        continue
                evidence = _evidence(hits)
                if source == "model" and not evidence:
                    evidence = model.top_terms(a.inputs[i], theme.id)  # type: ignore[union-attr]
                if subject and r < tax.threshold:
                    evidence.append(subject)
                if not evidence:
                    continue  # every tag must be explainable
                tags.append(ThemeTag(theme=theme.id, score=round(score, 3), evidence=evidence,
                                     generator=f"{tax.tag}+{source}"))
            tags.sort(key=lambda t: -t.score)
            out.append(tags)
        return out, a.context

    def tag(self, parsed: ParsedDocument) -> ParsedDocument:
        """Tag every paragraph (not headings) and recommendation of a document, and the document, in place."""
        paras = [p for p in parsed.paragraphs if p.kind == "paragraph" and p.text.strip()]
        headings = [p.text for p in parsed.paragraphs if p.kind == "heading" and p.text.strip()]
        texts = [p.text for p in paras] + [r.text for r in parsed.recommendations]
        if not texts:
            parsed.themes = []
            return parsed
        tags, context = self._tag(texts, parsed.document.meta.title, headings, len(paras))
        for p, t in zip(paras, tags):
            p.themes = t
        for r, t in zip(parsed.recommendations, tags[len(paras):]):
            r.themes = t
        parsed.themes = self.document_themes(tags[:len(paras)], context)
        return parsed

    def document_themes(self, paragraph_tags: Sequence[Sequence[ThemeTag]], context: DocumentContext) -> list[ThemeTag]:
        """Each theme's share of the document's paragraphs (`score`), with how many and why."""
        n = len(paragraph_tags)
        if not n:
            return []
        counts: dict[str, int] = {}
        for tags in paragraph_tags:
            for t in tags:
                counts[t.theme] = counts.get(t.theme, 0) + 1
        out = []
        for theme, k in counts.items():
            evidence = [f"{k} of {n} paragraphs"]
            subject = context.evidence(theme)
            if subject:
                evidence.append(subject)
            out.append(ThemeTag(theme=theme, score=round(k / n, 3), evidence=evidence,
                                generator=f"{self.taxonomy.tag}+document"))
        out.sort(key=lambda t: (-t.score, t.theme))
        return out


@lru_cache(maxsize=1)
def default_tagger() -> ThemeTagger:
    """The shipped taxonomy (and the model, when SCRUTINY_THEME_MODEL=1), loaded once per process."""
    from pipeline.themes.taxonomy import cached_taxonomy

    taxonomy = cached_taxonomy("")
    if not THEME_MODEL_ON:
        return ThemeTagger(taxonomy, None)
    model = load_model(missing_ok=True)
    if model is None:
        log.warning("no trained theme model found; tagging with rules only")
    return ThemeTagger(taxonomy, model)
