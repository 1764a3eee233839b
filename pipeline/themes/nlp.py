"""The spaCy pipeline that finds taxonomy terms: blank English, sentencizer, lookup
lemmatizer, `lemma_lower` (case fix) and `theme_matcher`.

Works with what pip installs (spacy + spacy-lookups-data), no model download. The
pipeline is built once per process, on first use (`get_nlp`), never at import time.

`theme_matcher` writes `doc._.theme_hits`: {theme id: [Hit, ...]}, one hit per kept
match (the matched text, the taxonomy term or pattern id, and its weight name).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import cast

import spacy
from spacy.language import Language
from spacy.lookups import Table
from spacy.matcher import Matcher, PhraseMatcher
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.themes.taxonomy import Taxonomy, cached_taxonomy

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Hit:
    """One taxonomy term found in a text."""

    text: str  # the matched span as written ("burglaries")
    term: str  # the taxonomy term or pattern id ("burglary")
    weight: str  # "strong" | "weak"
    start: int  # token offsets in the doc
    end: int


class LemmaLower:
    """Lower-case fallback for the case-sensitive lookup table: "Burglaries" -> "burglary"."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp, self.name = nlp, name
        self.table: Table | None = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        self.table = self._lemma_table()

    def _lemma_table(self) -> Table:
        # spaCy types get_pipe as any component; build_nlp adds spaCy's Lemmatizer under this name
        lemmatizer = cast(Lemmatizer, self.nlp.get_pipe("lemmatizer"))
        return lemmatizer.lookups.get_table("lemma_lookup")

    def __call__(self, doc: Doc) -> Doc:
        table = self.table
        if table is None:
            table = self.table = self._lemma_table()
        for tok in doc:
            lemma = tok.lemma_
            if lemma == tok.text and tok.text != tok.lower_:
                tok.lemma_ = table.get(tok.lower_, tok.lower_)
            elif lemma != lemma.lower():
                tok.lemma_ = lemma.lower()
        return doc


class ThemeMatcher:
    """Finds every theme's terms and patterns on lemmas; drops those inside an `exclude` phrase."""

    def __init__(self, nlp: Language, name: str, taxonomy_path: str = "") -> None:
        self.nlp, self.name = nlp, name
        self.taxonomy: Taxonomy = cached_taxonomy(taxonomy_path)
        self.phrases = PhraseMatcher(nlp.vocab, attr="LEMMA")
        # a lookup lemmatizer has no parts of speech: "housing" -> "house" finds "the House of Lords",
        # "disadvantaged" -> "disadvantage" finds "advantages and disadvantages". Terms the taxonomy
        # lists `as_written` are matched in that form and its plural, lower-cased, not on lemmas.
        self.surface = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.excludes = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.matcher = Matcher(nlp.vocab)
        self._keys: dict[int, tuple[str, str, str]] = {}  # match id -> (theme, term, weight)
        self.ready = False
        if not Doc.has_extension("theme_hits"):
            Doc.set_extension("theme_hits", default=None)

    def _lemmatise(self, texts: Iterable[str]) -> list[Doc]:
        """Run pattern texts through the components before this one, so they carry lemmas."""
        docs = []
        for text in texts:
            doc = self.nlp.make_doc(text.lower())
            for pipe_name, proc in self.nlp.pipeline:
                if pipe_name == self.name:
                    break
                doc = proc(doc)
            docs.append(doc)
        return docs

    def _key(self, theme: str, term: str, weight: str, prefix: str = "") -> str:
        key = f"{prefix}{theme}|{weight}|{term}"
        self._keys[self.nlp.vocab.strings.add(key)] = (theme, term, weight)
        return key

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        for theme in self.taxonomy.themes:
            written = {t.lower() for t in theme.as_written}
            for weight, terms in (("strong", theme.terms), ("weak", theme.weak_terms)):
                for term, doc in zip(terms, self._lemmatise(terms)):
                    if term.lower() in written:
                        self.surface.add(self._key(theme.id, term, weight),
                                         [self.nlp.make_doc(term.lower()), self.nlp.make_doc(term.lower() + "s")])
                    else:
                        self.phrases.add(self._key(theme.id, term, weight), [doc])
            for pat in theme.patterns:
                self.matcher.add(self._key(theme.id, pat["id"], pat["weight"]), [pat["pattern"]])
            if theme.exclude:
                self.excludes.add(self._key(theme.id, "exclude", "strong", "X:"), self._lemmatise(theme.exclude))
        self.ready = True

    def __call__(self, doc: Doc) -> Doc:
        if not self.ready:
            self.initialize()
        blocked: dict[str, list[tuple[int, int]]] = {}
        for mid, start, end in self.excludes(doc):
            blocked.setdefault(self._keys[mid][0], []).append((start, end))
        spans: dict[str, list[Span]] = {}
        for mid, start, end in list(self.phrases(doc)) + list(self.surface(doc)) + list(self.matcher(doc)):
            theme, term, weight = self._keys[mid]
            if any(s < end and start < e for s, e in blocked.get(theme, ())):
                continue
            spans.setdefault(theme, []).append(Span(doc, start, end, label=f"{weight}|{term}"))
        hits: dict[str, list[Hit]] = {}
        for theme, found in spans.items():
            for sp in sorted(filter_spans(found), key=lambda s: s.start):  # longest wins
                weight, term = sp.label_.split("|", 1)
                hits.setdefault(theme, []).append(Hit(sp.text, term, weight, sp.start, sp.end))
        doc._.theme_hits = hits
        return doc


@Language.factory("lemma_lower")
def make_lemma_lower(nlp: Language, name: str) -> LemmaLower:
    return LemmaLower(nlp, name)


@Language.factory("theme_matcher", default_config={"taxonomy_path": ""})
def make_theme_matcher(nlp: Language, name: str, taxonomy_path: str) -> ThemeMatcher:
    return ThemeMatcher(nlp, name, taxonomy_path)


def build_nlp(taxonomy_path: str = "") -> Language:
    """A fresh pipeline: blank en + sentencizer + lookup lemmatizer + lemma_lower + theme_matcher."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.add_pipe("lemma_lower")
    nlp.add_pipe("theme_matcher", config={"taxonomy_path": taxonomy_path})
    nlp.initialize()  # loads the lemma table, then compiles the taxonomy into matchers
    log.debug("theme pipeline built: %s", nlp.pipe_names)
    return nlp


def get_nlp(taxonomy_path: str = "") -> Language:
    """The process-wide pipeline, built on first use."""
    return _cached_nlp(str(taxonomy_path or ""))


@lru_cache(maxsize=2)
def _cached_nlp(taxonomy_path: str) -> Language:
    return build_nlp(taxonomy_path)


def lemma_text(doc: Doc) -> str:
    """The lower-cased lemmas of a doc's word tokens: what the learned model reads."""
    return " ".join(t.lemma_ for t in doc if t.is_alpha)
