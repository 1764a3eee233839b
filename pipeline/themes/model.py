"""The learned theme layer: calibrated one-vs-rest logistic regressions over a paragraph's
words, its rule scores and its document's context.

`ThemeClassifier` follows the estimator contract: settings in `__init__` and nothing else
there, `fit` returns self, learned state ends in `_`, `random_state` seeds every split and
solver. Each example is a `ThemeInput` (or a bare lemma string, which has no side features):

- the paragraph's lemmas, as TF-IDF of uni- and bigrams;
- side features by name (`DictVectorizer`): the taxonomy rules' score of every theme
  (`rule:<theme>`) and the document context of every theme (`title:<theme>`,
  `share:<theme>` ...; see `pipeline.themes.context`).

One `LogisticRegression` per theme (balanced class weights), calibrated by
`CalibratedClassifierCV` (sigmoid, stratified folds), for every theme with at least
`min_positives` positive examples; the others are left to the rules (`classes_` lists the
themes the model scores). `threshold` is the probability at which a theme is tagged;
`support` the lower probability that keeps a theme the rules tag (the model can veto a
rule, not ignore it); `alone` the probability a theme needs when no term of it is in the
paragraph at all (a theme the paragraph never names needs the model to be surer). The training command sets both (see `pipeline.themes.train`).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction import DictVectorizer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import MultiLabelBinarizer
from sklearn.utils.validation import check_is_fitted

from pipeline.config import models_dir
from pipeline.errors import ScrutinyError

log = logging.getLogger(__name__)

MODEL_FILE = "theme_classifier.v2.joblib"


@dataclass(frozen=True, slots=True)
class ThemeInput:
    """What the model reads of one paragraph: its lemmas and named side features (0..1)."""

    lemmas: str
    side: Mapping[str, float] = field(default_factory=dict)


def _as_input(x: ThemeInput | str) -> ThemeInput:
    return x if isinstance(x, ThemeInput) else ThemeInput(str(x))


class ThemeClassifier(ClassifierMixin, BaseEstimator):
    """Calibrated per-theme logistic regressions; `y` is a list of theme lists."""

    def __init__(self, C: float = 1.0, ngram_range: tuple[int, int] = (1, 2), min_df: int = 2,
                 max_features: int | None = 20000, side_weight: float = 1.0, min_positives: int = 4,
                 calibration_folds: int = 3, threshold: float = 0.5, support: float = 0.1, alone: float = 0.5,
                 random_state: int | None = 0) -> None:
        self.C = C
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.max_features = max_features
        self.side_weight = side_weight
        self.min_positives = min_positives
        self.calibration_folds = calibration_folds
        self.threshold = threshold
        self.support = support
        self.alone = alone
        self.random_state = random_state

    def _features(self, X: Sequence[ThemeInput | str], fit: bool = False) -> sparse.csr_matrix:
        inputs = [_as_input(x) for x in X]
        texts, sides = [x.lemmas for x in inputs], [dict(x.side) for x in inputs]
        if fit:
            words = self.vectorizer_.fit_transform(texts)
            side = self.side_vectorizer_.fit_transform(sides)
        else:
            words = self.vectorizer_.transform(texts)
            side = self.side_vectorizer_.transform(sides)
        return sparse.hstack([words, side * self.side_weight], format="csr")

    def fit(self, X: Sequence[ThemeInput | str], y: Sequence[Sequence[str]], sample_weight=None) -> ThemeClassifier:
        if len(X) != len(y):
            raise ValueError(f"X has {len(X)} texts but y has {len(y)} label lists; give one label list per text")
        binarizer = MultiLabelBinarizer()
        Y = binarizer.fit_transform(y)
        self.vectorizer_ = TfidfVectorizer(ngram_range=tuple(self.ngram_range), min_df=self.min_df,
                                           max_features=self.max_features, sublinear_tf=True,
                                           stop_words="english", token_pattern=r"(?u)\b[a-z][a-z]+\b")
        self.side_vectorizer_ = DictVectorizer()
        features = self._features(X, fit=True)
        weights = None if sample_weight is None else np.asarray(sample_weight, dtype=float)
        self.estimators_: dict[str, CalibratedClassifierCV] = {}
        self.positives_: dict[str, int] = {}
        for j, theme in enumerate(binarizer.classes_):
            col = Y[:, j]
            self.positives_[str(theme)] = int(col.sum())
            if col.sum() < self.min_positives or col.sum() == len(col):
                continue  # too few examples to learn and calibrate: the rules keep this theme
            folds = StratifiedKFold(n_splits=self.calibration_folds, shuffle=True, random_state=self.random_state)
            base = LogisticRegression(C=self.C, class_weight="balanced", max_iter=3000, random_state=self.random_state)
            est = CalibratedClassifierCV(base, method="sigmoid", cv=folds)
            est.fit(features, col, sample_weight=weights)
            self.estimators_[str(theme)] = est
        self.classes_ = np.array(sorted(self.estimators_))
        self.feature_names_ = np.concatenate([self.vectorizer_.get_feature_names_out(),
                                              np.asarray(self.side_vectorizer_.get_feature_names_out())])
        self.n_words_ = len(self.vectorizer_.get_feature_names_out())
        return self

    def predict_proba(self, X: Sequence[ThemeInput | str]) -> np.ndarray:
        """(n_texts, n_classes) calibrated probabilities, columns in `classes_` order."""
        check_is_fitted(self, "estimators_")
        features = self._features(X)
        out = np.zeros((features.shape[0], len(self.classes_)))
        for j, theme in enumerate(self.classes_):
            out[:, j] = self.estimators_[theme].predict_proba(features)[:, 1]
        return out

    def predict(self, X: Sequence[ThemeInput | str]) -> list[list[str]]:
        proba = self.predict_proba(X)
        return [[str(c) for c, p in zip(self.classes_, row) if p >= self.threshold] for row in proba]

    def cut(self, rule: float, rule_threshold: float) -> float:
        """The probability a theme needs, given its rule score in the paragraph."""
        if rule >= rule_threshold:
            return self.support
        return self.threshold if rule > 0 else self.alone

    def coefficients(self, theme: str) -> np.ndarray:
        """The theme's logistic coefficients, averaged over its calibration folds."""
        check_is_fitted(self, "estimators_")
        est = self.estimators_[theme]
        return np.mean([c.estimator.coef_[0] for c in est.calibrated_classifiers_], axis=0)

    def top_terms(self, x: ThemeInput | str, theme: str, k: int = 3) -> list[str]:
        """The k words or word pairs of the text that push most towards `theme` (coefficient x tf-idf)."""
        check_is_fitted(self, "estimators_")
        if theme not in self.estimators_:
            return []
        coef = self.coefficients(theme)
        row = self.vectorizer_.transform([_as_input(x).lemmas]).tocoo()
        contrib = [(float(coef[c] * v), str(self.feature_names_[c])) for c, v in zip(row.col, row.data)]
        contrib = [c for c in contrib if c[0] > 0]
        contrib.sort(key=lambda c: (-c[0], c[1]))
        return [name for _, name in contrib[:k]]


def default_model_path() -> Path:
    return models_dir() / "themes" / MODEL_FILE


def save_model(model: ThemeClassifier, path: str | Path | None = None) -> Path:
    import joblib

    path = Path(path) if path else default_model_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(model, path, compress=3)
    return path


def load_model(path: str | Path | None = None, *, missing_ok: bool = False) -> ThemeClassifier | None:
    """The trained classifier; None when it is absent and `missing_ok`, else `ScrutinyError("E302")`."""
    import joblib

    path = Path(path) if path else default_model_path()
    if not path.exists():
        if missing_ok:
            return None
        raise ScrutinyError("E302", path, detail="no such file")
    try:
        model = joblib.load(path)
    except (OSError, ValueError, EOFError, AttributeError, ImportError) as exc:
        raise ScrutinyError("E302", path, detail=f"{type(exc).__name__}: {exc}") from exc
    if not isinstance(model, ThemeClassifier) or not hasattr(model, "estimators_"):
        raise ScrutinyError("E302", path, detail=f"it holds a {type(model).__name__} of another version, not a ThemeClassifier v2")
    return model
