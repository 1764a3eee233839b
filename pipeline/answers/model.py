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
import sys
import warnings
from collections.abc import Callable, Sequence
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

from pipeline import frozen
from pipeline.answers.asks import ask_of, ask_rows
from pipeline.answers.commitment import commitment_rows, load_cues
from pipeline.answers.commitment import feature_names as commitment_feature_names
from pipeline.answers.relevance import FEATURES as RELEVANCE_FEATURES
from pipeline.answers.relevance import relevance_rows
from pipeline.answers.stance import (
    FEATURE_RULES_FILE,
    MODEL_FILE,
    MODEL_NAME,
    MODEL_VERSION,
    NO_ACTION,
    RULES_FILE,
    load_rules,
    progress_given_stance,
)
from pipeline.answers.stance import judge as rules_judge
from pipeline.answers.verdict import (
    NO_EVIDENCE,
    PROGRESSES,
    SOURCES,
    STANCES,
    TARGETS,
    WORD,
    FrozenAnswerModel,
    Judgement,
    Verdict,
    best_sentence,
    check_sources,
    frozen_model_path,
    judge_text,
    normalise,
    phrase_sentence,
    rule_feature_names,
    rule_rows,
    rules_judgement,
    sentences,
)
from pipeline.config import models_dir

log = logging.getLogger(__name__)

SUMMARY_FILE = "training_summary.json"


class RuleFeatures(TransformerMixin, BaseEstimator):
    """What the stance rules say of each text, as numbers (16 columns with rules v4).

    The rules' stance (5 classes) and progress (4) one-hot, then log(1 + distinct phrase
    hits) for each class of the rules' `stance_order` and `progress_order`, all times `weight`.
    `rules_path` None reads the rules the shipped model is trained on (`models/stance/` +
    FEATURE_RULES_FILE, pinned apart from the RULES_FILE that decides).
    """

    def __init__(self, rules_path: str | None = None, weight: float = 1.0) -> None:
        self.rules_path = rules_path
        self.weight = weight

    def fit(self, X: Sequence[str], y: object = None) -> RuleFeatures:
        rules = load_rules(self.rules_path or FEATURE_RULES_FILE)
        self.generator_ = rules.generator
        self.feature_names_ = np.array(rule_feature_names(rules))
        return self

    def transform(self, X: Sequence[str]) -> sparse.csr_matrix:
        check_is_fitted(self, "feature_names_")
        return sparse.csr_matrix(rule_rows(list(X), self.rules_path, self.weight))

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        check_is_fitted(self, "feature_names_")
        return self.feature_names_

    def light_rows(self) -> tuple[Callable[..., np.ndarray], dict]:
        """The same features without scikit-learn, for `pipeline.frozen`."""
        return rule_rows, {"rules_path": self.rules_path, "weight": self.weight}


class CommitmentFeatures(TransformerMixin, BaseEstimator):
    """Tense, modality, deadlines, completion and negation cues of each text, as numbers.

    For each cue list of `pipeline.answers.commitment`: log(1 + hits), the share of sentences
    with a hit, and whether the first and the last sentence have one; then negations in the
    scope of a commitment verb (count, and in the first sentence), sentences holding a year
    with only future or only past verbs, all-future answers, and log(1 + sentences). All
    times `weight`. `cues_path` None reads the shipped cues (`models/stance/` + CUES_FILE);
    `only` keeps the columns of the named cues (the part of a name before ':'), None all.
    """

    def __init__(self, cues_path: str | None = None, weight: float = 1.0, only: tuple[str, ...] | None = None) -> None:
        self.cues_path = cues_path
        self.weight = weight
        self.only = only

    def fit(self, X: Sequence[str], y: object = None) -> CommitmentFeatures:
        cues = load_cues(self.cues_path)
        self.generator_ = cues.generator
        names = commitment_feature_names(cues)
        self.columns_ = np.array([k for k, n in enumerate(names)
                                  if self.only is None or n.split(":")[0] in self.only], dtype=int)
        self.feature_names_ = np.array(names)[self.columns_]
        return self

    def transform(self, X: Sequence[str]) -> sparse.csr_matrix:
        check_is_fitted(self, "feature_names_")
        return sparse.csr_matrix(commitment_rows(list(X), self.cues_path, self.weight, self.columns_.tolist()))

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        check_is_fitted(self, "feature_names_")
        return self.feature_names_

    def light_rows(self) -> tuple[Callable[..., np.ndarray], dict]:
        """The same features without scikit-learn, for `pipeline.frozen`."""
        check_is_fitted(self, "columns_")
        return commitment_rows, {"cues_path": self.cues_path, "weight": self.weight, "columns": self.columns_.tolist()}


class AskFeatures(TransformerMixin, BaseEstimator):
    """Whether each text answers a question (`pipeline.answers.asks.Asked`), one column times `weight`.

    A plain `str` answers a recommendation (0). In a linear model the column shifts every class's
    score for answers to questions: what the kind of ask says of the stance before a word is read.
    """

    def __init__(self, weight: float = 1.0) -> None:
        self.weight = weight

    def fit(self, X: Sequence[str], y: object = None) -> AskFeatures:
        self.feature_names_ = np.array(["ask=question"])
        return self

    def transform(self, X: Sequence[str]) -> sparse.csr_matrix:
        check_is_fitted(self, "feature_names_")
        return sparse.csr_matrix(ask_rows(list(X), self.weight))

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        check_is_fitted(self, "feature_names_")
        return self.feature_names_

    def light_rows(self) -> tuple[Callable[..., np.ndarray], dict]:
        """The same feature without scikit-learn, for `pipeline.frozen`."""
        return ask_rows, {"weight": self.weight}


class RelevanceFeatures(TransformerMixin, BaseEstimator):
    """How far each answer repeats the content of its ask (`pipeline.answers.relevance`), times `weight`.

    Texts given as `pipeline.answers.asks.Asked` with `ask` set are read beside it; any other text
    gets the features' means over the fitted texts that knew their ask (`fill_`).
    """

    def __init__(self, weight: float = 1.0) -> None:
        self.weight = weight

    def fit(self, X: Sequence[str], y: object = None) -> RelevanceFeatures:
        self.feature_names_ = np.array([f"relevance:{f}" for f in RELEVANCE_FEATURES])
        known = relevance_rows([x for x in X if ask_of(x)])
        self.fill_ = known.mean(axis=0).tolist() if len(known) else [0.0] * len(RELEVANCE_FEATURES)
        return self

    def transform(self, X: Sequence[str]) -> sparse.csr_matrix:
        check_is_fitted(self, "feature_names_")
        return sparse.csr_matrix(relevance_rows(list(X), self.weight, fill=self.fill_))

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        check_is_fitted(self, "feature_names_")
        return self.feature_names_

    def light_rows(self) -> tuple[Callable[..., np.ndarray], dict]:
        """The same features without scikit-learn, for `pipeline.frozen`."""
        check_is_fitted(self, "fill_")
        return relevance_rows, {"weight": self.weight, "fill": list(self.fill_)}


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
    `commitment_cues` keeps only the named cues; `ask_weight` (0: off) adds `AskFeatures`, whether
    the answer replies to a question (texts given as `pipeline.answers.asks.Asked`); `relevance_weight`
    (0: off) adds `RelevanceFeatures`, how far the answer repeats the words of its ask (`Asked.ask`).
    """

    def __init__(self, C: float = 4.0, word_ngram_range: tuple[int, int] = (1, 2),
                 char_ngram_range: tuple[int, int] | None = None, min_df: int = 2,
                 max_features: int | None = 20000, rule_weight: float = 1.0, commitment_weight: float = 1.0,
                 commitment_cues: tuple[str, ...] | None = None, ask_weight: float = 0.0,
                 relevance_weight: float = 0.0, class_weight: str | None = "balanced",
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
        self.ask_weight = ask_weight
        self.relevance_weight = relevance_weight
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
        if self.ask_weight:
            parts.append(("ask", AskFeatures(weight=self.ask_weight)))
        if self.relevance_weight:
            parts.append(("relevance", RelevanceFeatures(weight=self.relevance_weight)))
        return FeatureUnion(parts)

    def fit(self, X: Sequence[str], y: Sequence[str] | np.ndarray,
            sample_weight: Sequence[float] | np.ndarray | None = None) -> AnswerClassifier:
        """`sample_weight` (one non-negative number per text, None: all 1) weighs each answer in the
        regression's loss and in the temperature's fit (a weight of 0 leaves an answer out)."""
        X, labels = list(X), np.asarray(y, dtype=object)
        if len(X) != len(labels):
            raise ValueError(f"X has {len(X)} texts but y has {len(labels)} labels; give one label per text")
        weights = None if sample_weight is None else np.asarray(sample_weight, dtype=float)
        if weights is not None and (weights.shape != (len(X),) or (weights < 0).any() or not np.isfinite(weights).all()):
            raise ValueError(f"sample_weight needs one finite, non-negative weight per text ({len(X)}); "
                             f"got shape {weights.shape}")
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
        if weights is None:
            self.estimator_.fit([x for x, k in zip(X, keep) if k], labels[keep])
        else:  # the Pipeline's fit takes the regression's weights by name; the calibrator takes them as such
            with warnings.catch_warnings():
                warnings.filterwarnings("ignore", message="Since Pipeline does not appear to accept sample_weight")
                self.estimator_.fit([x for x, k in zip(X, keep) if k], labels[keep], sample_weight=weights[keep],
                                    linear__sample_weight=weights[keep])
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
        return best_sentence(text, label, list(self.classes_), self.predict_proba)

    def freeze(self) -> frozen.FrozenClassifier:
        """The arrays that predict what `predict_proba` does, for numpy alone (`pipeline.frozen`)."""
        check_is_fitted(self, "estimator_")
        return frozen.freeze(self.estimator_)


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
        return check_sources({"stance": self.stance_source, "progress": self.progress_source})

    def fit(self, X: Sequence[str], y: Sequence[Sequence[str]] | np.ndarray,
            sample_weight: Sequence[float] | np.ndarray | None = None) -> AnswerModel:
        """`sample_weight`: one weight per text for both classifiers (`AnswerClassifier.fit`)."""
        Y = np.asarray(y, dtype=object)
        if Y.ndim != 2 or Y.shape[1] != 2:
            raise ValueError(f"y has shape {Y.shape}; give one (stance, progress) pair per text, shape (n, 2)")
        self._sources()
        X = list(X)
        fitted = []
        for est, column in ((self.stance_estimator, Y[:, 0]), (self.progress_estimator, Y[:, 1])):
            est = clone(est) if est is not None else AnswerClassifier(random_state=self.random_state)
            fitted.append(est.fit(X, column, sample_weight=sample_weight))
        self.stance_model_, self.progress_model_ = fitted
        self.rules_generator_ = load_rules(FEATURE_RULES_FILE).generator  # what its rule features read
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
        empty = np.array([not WORD.search(t) for t in texts], dtype=bool)
        out[empty] = by_rules[empty]
        out[:, 1] = [progress_given_stance(s, p) for s, p in out]
        return out

    def judge(self, text: str, question: bool = False, ask: str | None = None) -> Judgement:
        """Stance and progress of one answer text, with calibrated scores and evidence sentences;
        `question`: it replies to a question (`pipeline.answers.asks.is_question` of the ask);
        `ask`: the recommendation's words, where known."""
        check_is_fitted(self, "stance_model_")
        targets = {"stance": (list(self.stance_model_.classes_), self.stance_model_.predict_proba),
                   "progress": (list(self.progress_model_.classes_), self.progress_model_.predict_proba)}
        return judge_text(text, targets, self._sources(), self.generator_, self.generator_with_sources(), question,
                          ask=ask)

    def freeze(self) -> FrozenAnswerModel:
        """The same model as arrays (`pipeline.answers.verdict`): what a parse loads and runs."""
        check_is_fitted(self, "stance_model_")
        return FrozenAnswerModel(self.stance_model_.freeze(), self.progress_model_.freeze(), self.stance_source,
                                 self.progress_source, self.generator_, self.rules_generator_)

    def generator_with_sources(self) -> str:
        """e.g. "answer_model.v4[stance=model,progress=model]+stance_rules.v5"."""
        check_is_fitted(self, "stance_model_")
        return (f"{self.generator_}[stance={self.stance_source},progress={self.progress_source}]"
                f"+{self.rules_generator_}")


def judge(text: str, model: AnswerModel | None, question: bool = False) -> Judgement:
    """Stance and progress of one answer: by `model` where it answers, by the rules when `model` is None.

        model = load_answer_model()          # once; None when no model has been trained
        judgement = judge(text, model)
    """
    return model.judge(text, question) if model is not None else rules_judgement(text, load_rules())


def default_model_path() -> Path:
    return models_dir() / "stance" / MODEL_FILE


def save_answer_model(model: AnswerModel, path: str | Path | None = None) -> Path:
    """Write the estimator (`.joblib`) and, beside it, its arrays (`.npz`: what a parse loads)."""
    path = Path(path) if path else default_model_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(model, path, compress=3)
    save_frozen(model.freeze(), path.with_suffix(".npz"))
    return path


def save_frozen(model: FrozenAnswerModel, path: str | Path | None = None) -> Path:
    meta = {"stance_source": model.stance_source, "progress_source": model.progress_source,
            "generator": model.generator, "rules_generator": model.rules_generator}
    return frozen.save({"stance": model.stance_model, "progress": model.progress_model},
                       Path(path) if path else frozen_model_path(), meta)


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
    rules = load_rules(FEATURE_RULES_FILE).generator
    if getattr(model, "rules_generator_", rules) != rules:
        log.warning("%s was trained on the features of %s but its features are now read with %s (FEATURE_RULES_FILE); "
                    "retrain it with `python -m pipeline.answers.train`", path, model.rules_generator_, rules)
    return model


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m pipeline.answers.model [MODEL.joblib]`: write the estimator's arrays again."""
    args = list(sys.argv[1:] if argv is None else argv)
    model = load_answer_model(args[0] if args else None)
    if model is None:
        print("no answer model to freeze: train one with `python -m pipeline.answers.train`", file=sys.stderr)
        return 2
    path = save_frozen(model.freeze(), Path(args[0]).with_suffix(".npz") if args else None)
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

# what the estimator's users read from here; the light half lives in pipeline.answers.verdict
__all__ = ["MODEL_FILE", "MODEL_NAME", "MODEL_VERSION", "NO_ACTION", "NO_EVIDENCE", "PROGRESSES", "SOURCES",
           "STANCES", "SUMMARY_FILE", "TARGETS", "AnswerClassifier", "AnswerModel", "AskFeatures", "CommitmentFeatures",
           "Judgement", "RuleFeatures", "Verdict", "default_model_path", "judge", "load_answer_model", "normalise",
           "phrase_sentence", "progress_given_stance", "save_answer_model", "save_frozen", "sentences"]
