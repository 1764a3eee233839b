"""The learned theme layer at tagging time: a numpy-only linear model, no scikit-learn, no SciPy.

`pipeline.themes.model.ThemeClassifier` is trained with scikit-learn; what tagging needs of it
is linear and is saved as plain arrays (`theme_classifier.v3.npz`, read with
`allow_pickle=False`):

- `vocabulary` (F,) the word and word-pair columns, in column order; `idf` (F,);
  `stop_words` (S,) and the scalars `ngram_max`, `token_pattern` (how a text becomes terms,
  as scikit-learn's `TfidfVectorizer(lowercase, sublinear_tf, norm="l2")` does it);
- `themes` (T,) the modelled themes; `coef_words` (T, F), `coef_side` (T, 8), `intercept` (T,):
  per theme, p = 1 / (1 + exp(-(coef_words . tfidf + coef_side . side + intercept)));
- `side`: the theme's own rule score r, [r >= rule_threshold], [0 < r < rule_threshold], and its
  document context (title, share, mass, headings, core: `pipeline.themes.context`);
- `threshold` (the probability a theme is tagged at) and `rule_threshold`;
- optional `cuts` (T, 3), round 7: each theme's own probability cut by what the rules found in
  the paragraph (`CUT_TIERS`: the rules tag it, r >= rule_threshold; only a weak term,
  0 < r < rule_threshold; no term). 0 when the rules tag it means the rules' tag stands
  whatever the model says (rules and model in union); a cut above 1 (`NEVER`) means never.
  Without it (v3's file) every cut is `threshold`.

The word coefficients are the text model's, scaled by the weight the stacking regression
gives the text model's score, so the one sigmoid is both the combination and the calibration.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from pipeline.config import models_dir
from pipeline.errors import ScrutinyError
from pipeline.frozen import FrozenTfidf

MODEL_FILE = "theme_classifier.v3.npz"
CONTEXT = ("title", "share", "mass", "headings", "core")
SIDE = ("rule", "strong", "weak", *CONTEXT)  # the columns of `coef_side`
ARRAYS = ("vocabulary", "idf", "stop_words", "themes", "coef_words", "coef_side", "intercept")
SCALARS = ("threshold", "rule_threshold", "ngram_max", "token_pattern")
CUT_TIERS = ("rules", "weak", "none")  # the columns of `cuts`: what the rules found in the paragraph
NEVER = 2.0  # a cut no probability reaches


def tier(rule: float, rule_threshold: float) -> int:
    """The column of `cuts` for a rule score: 0 the rules tag it, 1 only a weak term, 2 no term."""
    return 0 if rule >= rule_threshold else 1 if rule > 0 else 2


@dataclass(frozen=True, slots=True)
class ThemeInput:
    """What the model reads of one paragraph: its lemmas and named side features (0..1)."""

    lemmas: str
    side: Mapping[str, float] = field(default_factory=dict)


def as_input(x: ThemeInput | str) -> ThemeInput:
    return x if isinstance(x, ThemeInput) else ThemeInput(str(x))


def side_vector(x: ThemeInput, theme: str, rule_threshold: float) -> list[float]:
    """The theme's own side features of one paragraph, in `SIDE` order."""
    r = float(x.side.get(f"rule:{theme}", 0.0))
    return [r, float(r >= rule_threshold), float(0.0 < r < rule_threshold),
            *(float(x.side.get(f"{name}:{theme}", 0.0)) for name in CONTEXT)]


class LinearThemeModel:
    """Per-theme probabilities from the saved arrays (see the module docstring)."""

    def __init__(self, arrays: Mapping[str, np.ndarray]) -> None:
        missing = [k for k in (*ARRAYS, *SCALARS) if k not in arrays]
        if missing:
            raise ValueError(f"missing arrays: {', '.join(missing)}")
        self.terms = [str(t) for t in arrays["vocabulary"]]
        self.classes_ = np.array([str(t) for t in arrays["themes"]])
        self.coef_words = np.asarray(arrays["coef_words"], dtype=float)
        self.coef_side = np.asarray(arrays["coef_side"], dtype=float)
        self.intercept = np.asarray(arrays["intercept"], dtype=float)
        self.threshold = float(arrays["threshold"])
        self.rule_threshold = float(arrays["rule_threshold"])
        cuts = arrays.get("cuts")
        self.cuts = np.full((len(self.classes_), len(CUT_TIERS)), self.threshold) if cuts is None else \
            np.asarray(cuts, dtype=float)
        self.words = FrozenTfidf({t: i for i, t in enumerate(self.terms)}, np.asarray(arrays["idf"], dtype=float),
                                 (1, int(arrays["ngram_max"])), str(arrays["token_pattern"]), preprocessor=None,
                                 sublinear_tf=True, stop_words=frozenset(str(w) for w in arrays["stop_words"]))
        if self.coef_words.shape != (len(self.classes_), len(self.terms)) or \
                self.coef_side.shape != (len(self.classes_), len(SIDE)) or self.words.idf.shape != (len(self.terms),) \
                or self.cuts.shape != (len(self.classes_), len(CUT_TIERS)):
            raise ValueError("array shapes do not agree")

    # -- words -------------------------------------------------------------------------------
    def analyse(self, text: str) -> list[str]:
        """The text's words and word pairs, as scikit-learn's word analyzer makes them."""
        return self.words.terms(text)

    def tfidf(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """(columns, values) of the text's l2-normalised sublinear tf-idf row."""
        return self.words.row(text)

    # -- the tagger's interface --------------------------------------------------------------
    def predict_proba(self, X: Sequence[ThemeInput | str]) -> np.ndarray:
        """(n_texts, n_themes) probabilities, columns in `classes_` order."""
        out = np.zeros((len(X), len(self.classes_)))
        for i, x in enumerate(X):
            x = as_input(x)
            side = np.array([side_vector(x, t, self.rule_threshold) for t in self.classes_])
            z = self.words.decision(self.coef_words, x.lemmas) + (self.coef_side * side).sum(axis=1) + self.intercept
            out[i] = 1.0 / (1.0 + np.exp(-z))
        return out

    def cut(self, rule: float, rule_threshold: float, theme: str | None = None) -> float:
        """The probability `theme` needs, given its rule score (`cuts`); `threshold` without a theme."""
        if theme is None or theme not in self.classes_:
            return self.threshold
        return float(self.cuts[int(np.flatnonzero(self.classes_ == theme)[0]), tier(rule, rule_threshold)])

    def top_terms(self, x: ThemeInput | str, theme: str, k: int = 3) -> list[str]:
        """The k words or word pairs of the text that push most towards `theme` (coefficient x tf-idf)."""
        if theme not in self.classes_:
            return []
        j = int(np.flatnonzero(self.classes_ == theme)[0])
        cols, vals = self.tfidf(as_input(x).lemmas)
        contrib = [(float(self.coef_words[j, c] * v), self.terms[c]) for c, v in zip(cols, vals)]
        contrib = sorted((c for c in contrib if c[0] > 0), key=lambda c: (-c[0], c[1]))
        return [name for _, name in contrib[:k]]

    def arrays(self) -> dict[str, np.ndarray]:
        words = self.words
        return {"vocabulary": np.array(self.terms), "idf": words.idf, "stop_words": np.array(sorted(words.stop_words)),
                "themes": self.classes_, "coef_words": self.coef_words, "coef_side": self.coef_side,
                "intercept": self.intercept, "threshold": np.array(self.threshold),
                "rule_threshold": np.array(self.rule_threshold), "cuts": self.cuts,
                "ngram_max": np.array(words.ngram_range[1]),
                "token_pattern": np.array(words.token_pattern)}


def default_model_path() -> Path:
    return models_dir() / "themes" / MODEL_FILE


def save_model(model: LinearThemeModel, path: str | Path | None = None) -> Path:
    path = Path(path) if path else default_model_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        np.savez_compressed(fh, allow_pickle=False, **model.arrays())
    return path


def load_model(path: str | Path | None = None, *, missing_ok: bool = False) -> LinearThemeModel | None:
    """The shipped linear model; None when it is absent and `missing_ok`, else `ScrutinyError("E302")`."""
    path = Path(path) if path else default_model_path()
    if not path.exists():
        if missing_ok:
            return None
        raise ScrutinyError("E302", path, detail="no such file")
    try:
        with np.load(path, allow_pickle=False) as data:
            return LinearThemeModel({k: data[k] for k in data.files})
    except (OSError, ValueError, EOFError, KeyError) as exc:
        raise ScrutinyError("E302", path, detail=f"{type(exc).__name__}: {exc}") from exc
