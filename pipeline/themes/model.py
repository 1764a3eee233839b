"""The learned theme layer: a multi-label scikit-learn estimator over TF-IDF of lemmas.

`ThemeClassifier` follows the estimator contract: settings in `__init__` and nothing
else there, `fit` returns self, learned state ends in `_`, `random_state` seeds the
solver. It reads lemma strings (`pipeline.themes.nlp.lemma_text`) and predicts one
probability per theme, one-vs-rest logistic regressions over unigram and bigram TF-IDF.
Logistic regression's probabilities are the calibrated scores the tagger combines with
the rules (see `pipeline.themes.tagger`).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from sklearn import config_context
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.preprocessing import MultiLabelBinarizer
from sklearn.utils.validation import check_is_fitted

from pipeline.config import models_dir
from pipeline.errors import ScrutinyError

log = logging.getLogger(__name__)

MODEL_FILE = "theme_classifier.v1.joblib"


class ThemeClassifier(ClassifierMixin, BaseEstimator):
    """One-vs-rest logistic regression over TF-IDF of lemma n-grams; `y` is a list of theme lists."""

    def __init__(self, C: float = 4.0, ngram_range: tuple[int, int] = (1, 2), min_df: int = 2,
                 max_features: int | None = 6000, class_weight: str | None = None,
                 random_state: int | None = 0) -> None:
        self.C = C
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.max_features = max_features
        self.class_weight = class_weight
        self.random_state = random_state

    def fit(self, X: Sequence[str], y: Sequence[Sequence[str]], sample_weight=None) -> ThemeClassifier:
        if len(X) != len(y):
            raise ValueError(f"X has {len(X)} texts but y has {len(y)} label lists; give one label list per text")
        self.binarizer_ = MultiLabelBinarizer()
        Y = self.binarizer_.fit_transform(y)
        self.classes_ = np.array(self.binarizer_.classes_)
        self.vectorizer_ = TfidfVectorizer(ngram_range=tuple(self.ngram_range), min_df=self.min_df,
                                           max_features=self.max_features, sublinear_tf=True,
                                           stop_words="english", token_pattern=r"(?u)\b[a-z][a-z]+\b")
        features = self.vectorizer_.fit_transform(X)
        with config_context(enable_metadata_routing=True):
            base = LogisticRegression(C=self.C, class_weight=self.class_weight, max_iter=2000,
                                      random_state=self.random_state).set_fit_request(sample_weight=True)
            self.estimator_ = OneVsRestClassifier(base)
            weights = np.ones(len(X)) if sample_weight is None else np.asarray(sample_weight, dtype=float)
            self.estimator_.fit(features, Y, sample_weight=weights)
        self.feature_names_ = self.vectorizer_.get_feature_names_out()
        return self

    def predict_proba(self, X: Sequence[str]) -> np.ndarray:
        """(n_texts, n_classes) probabilities, columns in `classes_` order."""
        check_is_fitted(self, "estimator_")
        return self.estimator_.predict_proba(self.vectorizer_.transform(X))

    def predict(self, X: Sequence[str], threshold: float = 0.5) -> list[list[str]]:
        proba = self.predict_proba(X)
        return [[c for c, p in zip(self.classes_, row) if p >= threshold] for row in proba]

    def top_terms(self, text: str, theme: str, k: int = 3) -> list[str]:
        """The k features of `text` that push most towards `theme` (coefficient x tf-idf)."""
        check_is_fitted(self, "estimator_")
        if theme not in self.classes_:
            return []
        j = int(np.flatnonzero(self.classes_ == theme)[0])
        est = self.estimator_.estimators_[j]
        if not hasattr(est, "coef_"):  # a theme with a constant label in training
            return []
        row = self.vectorizer_.transform([text]).tocoo()
        contrib = [(float(est.coef_[0, c] * v), self.feature_names_[c]) for c, v in zip(row.col, row.data)]
        contrib = [x for x in contrib if x[0] > 0]
        contrib.sort(key=lambda x: (-x[0], x[1]))
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
    if not isinstance(model, ThemeClassifier):
        raise ScrutinyError("E302", path, detail=f"it holds a {type(model).__name__}, not a ThemeClassifier")
    return model
