"""Training the learned theme layer: per-theme text models stacked with the rules and the
document context (scikit-learn; tagging reads the frozen form in `pipeline.themes.linear`).

`ThemeClassifier` follows the estimator contract: settings in `__init__` and nothing else
there, `fit` returns self, learned state ends in `_`, `random_state` seeds every split and
solver. Each example is a `ThemeInput` (or a bare lemma string, which has no side features).
For every theme with at least `min_positives` positive examples:

1. a **text model**: `LogisticRegression` (balanced class weights) over TF-IDF of lemma uni-
   and bigrams;
2. a **stacking regression**: `LogisticRegression` over the text model's score, measured out
   of fold (`GroupKFold` by document when `fit` is given `groups`, so the score is the one an
   unseen document gets), and the theme's *own* rule and context features: the rule score r,
   whether the rules tag it (r >= `rule_threshold`), whether only a weak term is present, and
   the document's title, share, mass, headings and core figures for the theme
   (`pipeline.themes.linear.SIDE`). Its probability is the tag's score; the regression is
   fitted on out-of-fold scores, so it is also the calibration.

Other themes' rule and context features are not inputs: with 34 training documents they
let a theme's model learn which *documents* carry it (v2 tagged governance from the share of
partnership paragraphs), and grouped cross-validation scores the model better without them.

A theme is tagged when its probability reaches `threshold`, or, for a theme named in `cuts`
(round 7: chosen by grouped cross-validation in `pipeline.themes.train`), the theme's own cut
for what the rules found in the paragraph (`pipeline.themes.linear.CUT_TIERS`). Themes below `min_positives`,
and the `rule_themes` (those on which grouped cross-validation found the rules better, see
`pipeline.themes.train`), are left to the rules (`classes_` lists the themes the model scores). `freeze()` gives the
numpy-only `LinearThemeModel` the tagger loads.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, KFold
from sklearn.preprocessing import MultiLabelBinarizer
from sklearn.utils.validation import check_is_fitted

from pipeline.themes.linear import (  # noqa: F401
    CUT_TIERS,
    MODEL_FILE,
    SIDE,
    LinearThemeModel,
    ThemeInput,
    as_input,
    default_model_path,
    load_model,
    save_model,
    side_vector,
    tier,
)

log = logging.getLogger(__name__)

TOKEN_PATTERN = r"(?u)\b[a-z][a-z]+\b"


class ThemeClassifier(ClassifierMixin, BaseEstimator):
    """Per-theme text models stacked with the theme's rule and context features; `y` is a list of theme lists."""

    def __init__(self, C: float = 1.0, ngram_range: tuple[int, int] = (1, 2), min_df: int = 2,
                 max_features: int | None = 20000, min_positives: int = 4, stack_folds: int = 5,
                 threshold: float = 0.35, rule_threshold: float = 0.5, rule_themes: tuple[str, ...] = (),
                 cuts: tuple[tuple[str, float, float, float], ...] = (), random_state: int | None = 0) -> None:
        self.C = C
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.max_features = max_features
        self.min_positives = min_positives
        self.stack_folds = stack_folds
        self.threshold = threshold
        self.rule_threshold = rule_threshold
        self.rule_themes = rule_themes
        self.cuts = cuts
        self.random_state = random_state

    def _vectorizer(self, min_df: int | None = None) -> TfidfVectorizer:
        return TfidfVectorizer(ngram_range=tuple(self.ngram_range), min_df=self.min_df if min_df is None else min_df,
                               max_features=self.max_features, sublinear_tf=True, stop_words="english",
                               token_pattern=TOKEN_PATTERN)

    def _text_lr(self) -> LogisticRegression:
        return LogisticRegression(C=self.C, class_weight="balanced", max_iter=3000, random_state=self.random_state)

    def _side(self, inputs: Sequence[ThemeInput], theme: str, score: np.ndarray) -> np.ndarray:
        return np.array([[s, *side_vector(x, theme, self.rule_threshold)] for x, s in zip(inputs, score)])

    def _folds(self, n: int, groups: Sequence[str] | None) -> list[tuple[np.ndarray, np.ndarray]]:
        if groups is not None and len(set(groups)) >= self.stack_folds:
            return list(GroupKFold(n_splits=self.stack_folds).split(np.zeros(n), groups=np.asarray(groups)))
        k = max(2, min(self.stack_folds, n // 2))
        return list(KFold(n_splits=k, shuffle=True, random_state=self.random_state).split(np.zeros(n)))

    def fit(self, X: Sequence[ThemeInput | str], y: Sequence[Sequence[str]], groups: Sequence[str] | None = None,
            ) -> ThemeClassifier:
        if len(X) != len(y):
            raise ValueError(f"X has {len(X)} texts but y has {len(y)} label lists; give one label list per text")
        inputs = [as_input(x) for x in X]
        texts = [x.lemmas for x in inputs]
        binarizer = MultiLabelBinarizer()
        Y = binarizer.fit_transform(y)
        self.vectorizer_ = self._vectorizer()
        words = self.vectorizer_.fit_transform(texts)
        themes = [(j, str(t)) for j, t in enumerate(binarizer.classes_)]
        self.positives_ = {t: int(Y[:, j].sum()) for j, t in themes}
        learn = [(j, t) for j, t in themes
                 if self.min_positives <= Y[:, j].sum() < len(texts) and t not in self.rule_themes]
        # the text score each training paragraph would get if its document were unseen
        oof = np.zeros((len(texts), len(binarizer.classes_)))
        for train, test in self._folds(len(texts), groups):
            vec = self._vectorizer(min_df=min(self.min_df, len(train)))
            w_train, w_test = vec.fit_transform([texts[i] for i in train]), vec.transform([texts[i] for i in test])
            for j, _ in learn:
                if len(set(Y[train, j])) == 2:
                    oof[test, j] = self._text_lr().fit(w_train, Y[train, j]).decision_function(w_test)
        self.estimators_: dict[str, tuple[LogisticRegression, LogisticRegression]] = {}
        for j, theme in learn:
            text = self._text_lr().fit(words, Y[:, j])
            stack = LogisticRegression(C=1.0, max_iter=2000, random_state=self.random_state)
            stack.fit(self._side(inputs, theme, oof[:, j]), Y[:, j])
            self.estimators_[theme] = (text, stack)
        self.classes_ = np.array(sorted(self.estimators_))
        return self

    def predict_proba(self, X: Sequence[ThemeInput | str]) -> np.ndarray:
        """(n_texts, n_classes) probabilities, columns in `classes_` order."""
        check_is_fitted(self, "estimators_")
        inputs = [as_input(x) for x in X]
        words = self.vectorizer_.transform([x.lemmas for x in inputs])
        out = np.zeros((len(inputs), len(self.classes_)))
        for j, theme in enumerate(self.classes_):
            text, stack = self.estimators_[theme]
            out[:, j] = stack.predict_proba(self._side(inputs, theme, text.decision_function(words)))[:, 1]
        return out

    def predict(self, X: Sequence[ThemeInput | str]) -> list[list[str]]:
        inputs = [as_input(x) for x in X]
        proba = self.predict_proba(inputs)
        return [[str(c) for c, p in zip(self.classes_, row)
                 if p >= self.cut(float(x.side.get(f"rule:{c}", 0.0)), self.rule_threshold, str(c))]
                for x, row in zip(inputs, proba)]

    def cut(self, rule: float, rule_threshold: float, theme: str | None = None) -> float:
        """The probability a theme needs: its own cut for what the rules found (`cuts`), else `threshold`."""
        for name, *by_tier in self.cuts:
            if name == theme:
                return float(by_tier[tier(rule, rule_threshold)])
        return self.threshold

    def cut_matrix(self) -> np.ndarray:
        """(n_classes, 3) cuts in `classes_` order, `CUT_TIERS` columns (what `freeze` saves)."""
        own = {str(name): [float(c) for c in by_tier] for name, *by_tier in self.cuts}
        return np.array([own.get(str(t), [self.threshold] * len(CUT_TIERS)) for t in self.classes_],
                        dtype=float).reshape(len(self.classes_), len(CUT_TIERS))

    def freeze(self) -> LinearThemeModel:
        """The numpy-only form: the text coefficients folded into the stacking regression's."""
        check_is_fitted(self, "estimators_")
        n_words = len(self.vectorizer_.vocabulary_)
        coef_words = np.zeros((len(self.classes_), n_words))
        coef_side = np.zeros((len(self.classes_), len(SIDE)))
        intercept = np.zeros(len(self.classes_))
        for j, theme in enumerate(self.classes_):
            text, stack = self.estimators_[theme]
            s = stack.coef_[0]
            coef_words[j] = s[0] * text.coef_[0]
            coef_side[j] = s[1:]
            intercept[j] = stack.intercept_[0] + s[0] * text.intercept_[0]
        stop = self.vectorizer_.get_stop_words() or ENGLISH_STOP_WORDS
        return LinearThemeModel({
            "vocabulary": np.asarray(self.vectorizer_.get_feature_names_out(), dtype=str),
            "idf": self.vectorizer_.idf_, "stop_words": np.array(sorted(stop)), "themes": self.classes_.astype(str),
            "coef_words": coef_words, "coef_side": coef_side, "intercept": intercept,
            "threshold": np.array(self.threshold), "rule_threshold": np.array(self.rule_threshold),
            "cuts": self.cut_matrix(), "ngram_max": np.array(self.ngram_range[1]), "token_pattern": np.array(TOKEN_PATTERN)})

    def top_terms(self, x: ThemeInput | str, theme: str, k: int = 3) -> list[str]:
        """The k words or word pairs of the text that push most towards `theme` (coefficient x tf-idf)."""
        check_is_fitted(self, "estimators_")
        return self.freeze().top_terms(x, theme, k) if theme in self.estimators_ else []
