"""The learned answer layer: stance and progress of an answer, from its words and the rules.

Two scikit-learn estimators, both following the estimator contract (settings in
`__init__` and nothing else there, `fit` returns self, learned state ends in `_`,
`random_state` for anything random):

- `AnswerClassifier` predicts one target (stance or progress) of an answer text: a
  logistic regression (`class_weight="balanced"`) over TF-IDF of word uni- and bigrams
  plus `RuleFeatures` (what `pipeline.answers.stance` says of the text: its stance and
  progress one-hot, and the number of distinct phrase hits per class), wrapped in
  `CalibratedClassifierCV` (temperature scaling) so that its probabilities are calibrated.
- `AnswerModel` holds one `AnswerClassifier` per target and, per target, whether the
  model or the rules answer (`stance_source`, `progress_source`: set by
  `pipeline.answers.train` from grouped cross-validation; the rules answer where they won).

`AnswerModel.judge(text)` (or `judge(text, model)`) gives a `Judgement`: both labels,
the calibrated probability of each, the sentence of the answer that most supports each
label (verbatim, with its character span), the rules' phrases, and the generator.
`load_answer_model()` returns None when no model has been trained, and `judge(text, None)`
is then the rules alone.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import joblib
import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin, clone
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.utils.validation import check_is_fitted

from pipeline.answers.commitment import CommitmentFeatures
from pipeline.answers.stance import MODEL_FILE, MODEL_NAME, MODEL_VERSION, RULES_FILE, StanceRules, load_rules
from pipeline.answers.stance import judge as rules_judge
from pipeline.config import models_dir

log = logging.getLogger(__name__)

SUMMARY_FILE = "training_summary.json"

STANCES = ("accepted", "partially_accepted", "rejected", "noted", "unclear")
PROGRESSES = ("completed", "in_progress", "not_started", "unknown")
TARGETS = ("stance", "progress")
SOURCES = ("model", "rules")
# labels that claim nothing: like the rules and the labelling guide, they carry no evidence
NO_EVIDENCE = frozenset({"unclear", "unknown"})
# stances that commit to no action: the guide gives them progress `unknown` ("progress describes
# the action the answer is about"; 135 of the 136 such units in data/answers_training)
NO_ACTION = frozenset({"rejected", "noted", "unclear"})


def progress_given_stance(stance: str, progress: str) -> str:
    """The labelling guide's rule 2.1: an answer that rejects or only notes the ask reports no
    progress on it, whatever its tense says of an alternative or of existing work."""
    return "unknown" if stance in NO_ACTION else progress

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2011": "-", "\u2013": "-"})
_BREAK = re.compile(r"[ \t]*\n\s*")
_STOPS = frozenset(".!?:;")
_SENTENCE_END = re.compile(r"(?<!\b[A-Za-z]\.)(?<!\bNo\.)(?<=[.!?])[\"'\u2019\u201d)]?\s+(?=[\"'\u2018\u201c(\u2022\-\d]?[A-Z0-9\u2022])")
_WORD = re.compile(r"\w")


def normalise(text: str) -> str:
    """Lower case, straight quotes and hyphens, whitespace collapsed: what the vectorizers read."""
    return re.sub(r"\s+", " ", text.translate(_QUOTES)).strip().lower()


def sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of `text`, so that `text[start:end]` is each one verbatim.

    Simple on purpose: answers come as paragraphs, bullet lines and verdict lines
    ("Agreed", "Status: Completed") that have no full stop, so a line break ends a
    sentence unless the line runs on (no . ! ? : ; before it, a lower-case letter after it:
    hard-wrapped text). Within a line, a sentence ends after . ! or ? before a capital.
    """
    cuts = [m.end() for m in _BREAK.finditer(text)
            if text[m.start() - 1:m.start()] in _STOPS or not text[m.end():m.end() + 1].islower()]
    spans: list[tuple[int, int]] = []
    for a, b in zip([0, *cuts], [*cuts, len(text)]):
        block = text[a:b]
        start = 0
        for cut in [*(m.end() for m in _SENTENCE_END.finditer(block)), len(block)]:
            piece = block[start:cut]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                spans.append((a + start + lead, a + start + lead + len(piece.strip())))
            start = cut
    return spans


class RuleFeatures(TransformerMixin, BaseEstimator):
    """What the stance rules say of each text, as numbers (16 columns with rules v4).

    The rules' stance (5 classes) and progress (4) one-hot, then log(1 + distinct phrase
    hits) for each class of the rules' `stance_order` and `progress_order`, all times `weight`.
    `rules_path` None reads the shipped rules (`models/stance/` + RULES_FILE).
    """

    def __init__(self, rules_path: str | None = None, weight: float = 1.0) -> None:
        self.rules_path = rules_path
        self.weight = weight

    def fit(self, X: Sequence[str], y: object = None) -> RuleFeatures:
        rules = load_rules(self.rules_path)
        self.generator_ = rules.generator
        self.feature_names_ = np.array(
            [f"rules_stance={c}" for c in STANCES] + [f"rules_progress={c}" for c in PROGRESSES]
            + [f"hits_stance={c}" for c in rules.stance_order] + [f"hits_progress={c}" for c in rules.progress_order]
        )
        return self

    def transform(self, X: Sequence[str]) -> sparse.csr_matrix:
        check_is_fitted(self, "feature_names_")
        rows = [_rule_row(text, self.rules_path) for text in X]
        return sparse.csr_matrix(np.array(rows, dtype=float).reshape(len(rows), len(self.feature_names_)) * self.weight)

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        check_is_fitted(self, "feature_names_")
        return self.feature_names_


@lru_cache(maxsize=2048)
def _rule_row(text: str, rules_path: str | None) -> tuple[float, ...]:
    """One text's rule features (cached: the same answers are read again in every fold)."""
    rules = load_rules(rules_path)
    stance, _, progress, _ = rules_judge(text, rules)
    flat = re.sub(r"\s+", " ", text.translate(_QUOTES)).strip()
    row = [float(stance == c) for c in STANCES] + [float(progress == c) for c in PROGRESSES]
    for groups, order in ((rules.stance, rules.stance_order), (rules.progress, rules.progress_order)):
        for cls in order:
            found = {m.group(0).strip().lower() for pat in groups.get(cls, ()) for m in pat.finditer(flat)}
            row.append(float(np.log1p(len(found - {""}))))
    return tuple(row)


class AnswerClassifier(ClassifierMixin, BaseEstimator):
    """Calibrated logistic regression over TF-IDF of an answer's word n-grams plus `RuleFeatures`.

    `y` is one label per text (a stance or a progress). The regression weighs classes
    inversely to their frequency (`class_weight="balanced"`); temperature scaling
    (`calibration`, one temperature for all classes, fitted on `calibration_folds` held-out
    folds) makes the probabilities calibrated without moving the balanced argmax. Classes
    with fewer than `min_class_count` examples cannot be learned or calibrated: they are
    left out of the fit (`dropped_classes_`) and never predicted. `char_ngram_range` adds
    character n-grams (off by default: five times slower, no better in cross-validation);
    `rule_weight` 0 leaves out the rules, `commitment_weight` 0 the grammatical cues of
    `pipeline.answers.commitment` (tense, modality, deadlines, negation scope);
    `commitment_cues` keeps only the named cues.
    """

    def __init__(self, C: float = 4.0, word_ngram_range: tuple[int, int] = (1, 2),
                 char_ngram_range: tuple[int, int] | None = None, min_df: int = 2,
                 max_features: int | None = 20000, rule_weight: float = 1.0, commitment_weight: float = 1.0,
                 commitment_cues: tuple[str, ...] | None = None, class_weight: str | None = "balanced",
                 calibration: str = "temperature", calibration_folds: int = 3, min_class_count: int = 5,
                 random_state: int | None = 0) -> None:
        self.C = C
        self.word_ngram_range = word_ngram_range
        self.char_ngram_range = char_ngram_range
        self.min_df = min_df
        self.max_features = max_features
        self.rule_weight = rule_weight
        self.commitment_weight = commitment_weight
        self.commitment_cues = commitment_cues
        self.class_weight = class_weight
        self.calibration = calibration
        self.calibration_folds = calibration_folds
        self.min_class_count = min_class_count
        self.random_state = random_state

    def _features(self) -> FeatureUnion:
        parts: list[tuple[str, object]] = [
            ("words", TfidfVectorizer(preprocessor=normalise, ngram_range=tuple(self.word_ngram_range),
                                      min_df=self.min_df, max_features=self.max_features, sublinear_tf=True,
                                      token_pattern=r"(?u)\b\w+\b")),
        ]
        if self.char_ngram_range is not None:
            parts.append(("chars", TfidfVectorizer(preprocessor=normalise, analyzer="char_wb",
                                                   ngram_range=tuple(self.char_ngram_range), min_df=self.min_df,
                                                   max_features=self.max_features, sublinear_tf=True)))
        if self.rule_weight:
            parts.append(("rules", RuleFeatures(weight=self.rule_weight)))
        if self.commitment_weight:
            parts.append(("commitment", CommitmentFeatures(weight=self.commitment_weight, only=self.commitment_cues)))
        return FeatureUnion(parts)

    def fit(self, X: Sequence[str], y: Sequence[str] | np.ndarray) -> AnswerClassifier:
        X, labels = list(X), np.asarray(y, dtype=object)
        if len(X) != len(labels):
            raise ValueError(f"X has {len(X)} texts but y has {len(labels)} labels; give one label per text")
        names, counts = np.unique(labels, return_counts=True)
        self.dropped_classes_ = sorted(str(c) for c, n in zip(names, counts) if n < self.min_class_count)
        keep = ~np.isin(labels, self.dropped_classes_)
        if len(set(labels[keep])) < 2:
            raise ValueError(f"y needs at least two classes with {self.min_class_count} or more examples each; "
                             f"it has {dict(zip(names.tolist(), counts.tolist()))}. Label more answers, "
                             "or lower min_class_count")
        if self.dropped_classes_:
            log.info("too few examples to learn %s (min_class_count=%d)", self.dropped_classes_, self.min_class_count)
        pipe = Pipeline([
            ("features", self._features()),
            ("linear", LogisticRegression(C=self.C, class_weight=self.class_weight, solver="newton-cg", max_iter=1000,
                                          random_state=self.random_state)),
        ])
        folds = StratifiedKFold(self.calibration_folds, shuffle=True, random_state=self.random_state)
        self.estimator_ = CalibratedClassifierCV(pipe, method=self.calibration, cv=folds)
        self.estimator_.fit([x for x, k in zip(X, keep) if k], labels[keep])
        self.classes_ = np.array([str(c) for c in self.estimator_.classes_], dtype=object)
        return self

    def predict_proba(self, X: Sequence[str]) -> np.ndarray:
        """(n_texts, n_classes) calibrated probabilities, columns in `classes_` order."""
        check_is_fitted(self, "estimator_")
        return np.asarray(self.estimator_.predict_proba(list(X)))

    def predict(self, X: Sequence[str]) -> np.ndarray:
        proba = self.predict_proba(X)
        return self.classes_[proba.argmax(axis=1)]

    def best_sentence(self, text: str, label: str) -> tuple[int, int] | None:
        """The span of the sentence of `text` with the highest probability of `label`; None if none."""
        check_is_fitted(self, "estimator_")
        spans = sentences(text)
        if not spans or label not in self.classes_:
            return None
        if len(spans) == 1:
            return spans[0]
        j = int(np.flatnonzero(self.classes_ == label)[0])
        proba = self.predict_proba([text[a:b] for a, b in spans])[:, j]
        return spans[int(proba.argmax())]  # argmax: the earliest of equals


@dataclass(frozen=True, slots=True)
class Verdict:
    """One target's answer: the label, how sure, the deciding sentence and who decided.

    `score` is the model's calibrated probability of `label` (for a rules-decided label too:
    what the model thinks of the rules' answer); None when there is no model. `sentence` is a
    verbatim sentence of the answer (`text[span[0]:span[1]]`), None for `unclear`/`unknown`
    or when nothing supports the label. `phrases` are the rules' deciding phrases.
    `generator` is the rules' or the model's name and version.
    """

    label: str
    score: float | None
    sentence: str | None
    span: tuple[int, int] | None
    phrases: tuple[str, ...]
    generator: str
    proba: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Judgement:
    """Stance and progress of one answer, each with its evidence; `generator` names both producers."""

    stance: Verdict
    progress: Verdict
    generator: str


class AnswerModel(BaseEstimator):
    """Stance and progress of answers: one `AnswerClassifier` per target, and who answers for each.

    `fit(X, y)` takes answer texts and `y` of shape (n, 2): (stance, progress) per text.
    `stance_source` / `progress_source` ("model" or "rules") say whose label `predict` and
    `judge` give; both classifiers are fitted either way, so that scores and evidence
    sentences exist. `stance_estimator` / `progress_estimator` default to
    `AnswerClassifier(random_state=random_state)`; they are cloned, never fitted in place.
    """

    def __init__(self, stance_estimator: AnswerClassifier | None = None,
                 progress_estimator: AnswerClassifier | None = None, stance_source: str = "model",
                 progress_source: str = "model", random_state: int | None = 0) -> None:
        self.stance_estimator = stance_estimator
        self.progress_estimator = progress_estimator
        self.stance_source = stance_source
        self.progress_source = progress_source
        self.random_state = random_state

    def _sources(self) -> dict[str, str]:
        sources = {"stance": self.stance_source, "progress": self.progress_source}
        wrong = {t: s for t, s in sources.items() if s not in SOURCES}
        if wrong:
            raise ValueError(f"unknown source {wrong}; each of stance_source and progress_source is one of {SOURCES}")
        return sources

    def fit(self, X: Sequence[str], y: Sequence[Sequence[str]] | np.ndarray) -> AnswerModel:
        Y = np.asarray(y, dtype=object)
        if Y.ndim != 2 or Y.shape[1] != 2:
            raise ValueError(f"y has shape {Y.shape}; give one (stance, progress) pair per text, shape (n, 2)")
        self._sources()
        X = list(X)
        fitted = []
        for est, column in ((self.stance_estimator, Y[:, 0]), (self.progress_estimator, Y[:, 1])):
            est = clone(est) if est is not None else AnswerClassifier(random_state=self.random_state)
            fitted.append(est.fit(X, column))
        self.stance_model_, self.progress_model_ = fitted
        self.rules_generator_ = load_rules().generator
        self.generator_ = f"{MODEL_NAME}.v{MODEL_VERSION}"
        return self

    def predict(self, X: Sequence[str]) -> np.ndarray:
        """(n, 2) array of (stance, progress), each from the model or the rules as the sources say.

        The labels of `judge`, without its evidence: a text with no words gets the rules' answer.
        """
        check_is_fitted(self, "stance_model_")
        sources, texts = self._sources(), list(X)
        rules = load_rules()
        by_rules = np.array([[s, p] for s, _, p, _ in (rules_judge(t, rules) for t in texts)], dtype=object)
        out = by_rules.copy()
        for k, (target, model) in enumerate((("stance", self.stance_model_), ("progress", self.progress_model_))):
            if sources[target] == "model" and texts:
                out[:, k] = model.predict(texts)
        empty = np.array([not _WORD.search(t) for t in texts], dtype=bool)
        out[empty] = by_rules[empty]
        out[:, 1] = [progress_given_stance(s, p) for s, p in out]
        return out

    def judge(self, text: str) -> Judgement:
        """Stance and progress of one answer text, with calibrated scores and evidence sentences."""
        check_is_fitted(self, "stance_model_")
        sources = self._sources()
        rules = load_rules()
        if not _WORD.search(text):  # nothing to read: the rules' unclear / unknown
            return _rules_judgement(text, rules)
        r_stance, s_phrases, r_progress, p_phrases = rules_judge(text, rules)
        verdicts: list[Verdict] = []
        for target, model, r_label, phrases in (("stance", self.stance_model_, r_stance, s_phrases),
                                                 ("progress", self.progress_model_, r_progress, p_phrases)):
            proba = dict(zip((str(c) for c in model.classes_), model.predict_proba([text])[0].tolist()))
            if sources[target] == "model":
                label, generator = max(proba, key=lambda c: proba[c]), self.generator_
                span = None if label in NO_EVIDENCE else model.best_sentence(text, label)
            else:
                label, generator = r_label, rules.generator
                span = phrase_sentence(text, phrases) if phrases else None
                if span is None and label not in NO_EVIDENCE:
                    span = model.best_sentence(text, label)
            if target == "progress" and progress_given_stance(verdicts[0].label, label) != label:
                label, span = "unknown", None  # the stance commits to no action (guide rule 2.1)
            verdicts.append(Verdict(label=label, score=proba.get(label, 0.0), sentence=_cut(text, span), span=span,
                                    phrases=tuple(phrases), generator=generator, proba=proba))
        return Judgement(verdicts[0], verdicts[1], generator=self.generator_with_sources())

    def generator_with_sources(self) -> str:
        """e.g. "answer_model.v2[stance=model,progress=rules]+stance_rules.v4"."""
        check_is_fitted(self, "stance_model_")
        return (f"{self.generator_}[stance={self.stance_source},progress={self.progress_source}]"
                f"+{self.rules_generator_}")


def _cut(text: str, span: tuple[int, int] | None) -> str | None:
    return text[span[0]:span[1]] if span else None


def phrase_sentence(text: str, phrases: Sequence[str]) -> tuple[int, int] | None:
    """The sentence holding the first of the rules' phrases (found whitespace- and quote-blind)."""
    for phrase in phrases:
        phrase = phrase.removeprefix("action reported: ")
        pattern = r"\s+".join(
            "".join("['\u2018\u2019]" if ch == "'" else re.escape(ch) for ch in word) for word in phrase.split()
        )
        m = re.search(pattern, text, re.IGNORECASE) if pattern else None
        if m:
            for a, b in sentences(text):
                if a <= m.start() < b:
                    return a, b
    return None


def _rules_judgement(text: str, rules: StanceRules) -> Judgement:
    stance, s_phrases, progress, p_phrases = rules_judge(text, rules)
    verdicts = []
    for label, phrases in ((stance, s_phrases), (progress, p_phrases)):
        span = phrase_sentence(text, phrases) if phrases else None
        verdicts.append(Verdict(label=label, score=None, sentence=_cut(text, span), span=span,
                                phrases=tuple(phrases), generator=rules.generator))
    return Judgement(verdicts[0], verdicts[1], generator=rules.generator)


def judge(text: str, model: AnswerModel | None) -> Judgement:
    """Stance and progress of one answer: by `model` where it answers, by the rules when `model` is None.

        model = load_answer_model()          # once; None when no model has been trained
        judgement = judge(text, model)
    """
    return model.judge(text) if model is not None else _rules_judgement(text, load_rules())


def default_model_path() -> Path:
    return models_dir() / "stance" / MODEL_FILE


def save_answer_model(model: AnswerModel, path: str | Path | None = None) -> Path:
    path = Path(path) if path else default_model_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(model, path, compress=3)
    return path


def load_answer_model(path: str | Path | None = None) -> AnswerModel | None:
    """The trained answer model, or None when the file is absent (the rules then answer alone).

    A file that exists but cannot be read is an error, not a silent fall-back to the rules.
    """
    path = Path(path) if path else default_model_path()
    if not path.exists():
        log.info("no answer model at %s: stance and progress come from %s alone", path, RULES_FILE)
        return None
    try:
        model = joblib.load(path)
    except Exception as exc:  # unpickling garbage can raise almost anything; say what and how to fix it
        raise ValueError(f"{path}: the answer model cannot be loaded ({type(exc).__name__}: {exc}). Retrain it "
                         "with `python -m pipeline.answers.train`, or delete the file to use the rules alone.") from exc
    if not isinstance(model, AnswerModel):
        raise ValueError(f"{path}: it holds a {type(model).__name__}, not an AnswerModel. Retrain it with "
                         "`python -m pipeline.answers.train`.")
    rules = load_rules().generator
    if getattr(model, "rules_generator_", rules) != rules:
        log.warning("%s was trained on the features of %s but the rules are now %s; retrain it with "
                    "`python -m pipeline.answers.train`", path, model.rules_generator_, rules)
    return model
