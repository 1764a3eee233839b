"""Linear text classifiers frozen to arrays: scikit-learn trains them, numpy alone runs them.

Importing scikit-learn (and the SciPy it brings) costs 2-3 s a process, more than judging
every answer of a document; a parse pays it for nothing when a model only multiplies
vectors. So a trained classifier of the shape our models use

    CalibratedClassifierCV(method="temperature",
                           estimator=Pipeline([("features", FeatureUnion([...])),
                                               ("linear", LogisticRegression(...))]))

is written once more, as the arrays its predictions need: per calibration fold, each
feature block (a `TfidfVectorizer`'s vocabulary and idf, or the name and settings of one of
our own light feature functions), the regression's coefficients and intercepts, and the
temperature. `FrozenClassifier.predict_proba` computes what scikit-learn's does, with
numpy; `freeze` refuses any setting it does not reproduce, and
`tests/test_frozen.py` holds the two to the same probabilities on real texts.

A feature block of our own is a light function `function(texts, **settings) -> ndarray`:
its transformer (a scikit-learn class, used in training) gives it by its `light_rows()`
method. The file names such functions (and a vectorizer's preprocessor) by module and name;
whoever loads it hands over the functions themselves (`load(path, functions)`), so this
module imports nothing of the code above it.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

FORMAT = "scrutiny.frozen_linear.v1"


def tfidf_row(terms: Sequence[str], vocabulary: Mapping[str, int], idf: np.ndarray, *,
              sublinear_tf: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """(columns, values) of a fitted TfidfVectorizer's row for a text's `terms`: tf (1 + log tf
    when sublinear) x idf, L2-normalised; terms outside `vocabulary` count for nothing."""
    counts = Counter(map(vocabulary.get, terms))  # counted in C; the first-seen order of the columns stays
    counts.pop(None, None)  # terms outside the vocabulary
    if not counts:
        return np.zeros(0, dtype=int), np.zeros(0)
    cols = np.fromiter(counts, dtype=int, count=len(counts))
    tf = np.fromiter(counts.values(), dtype=float, count=len(counts))
    vals = (1.0 + np.log(tf) if sublinear_tf else tf) * idf[cols]
    norm = np.sqrt((vals * vals).sum())
    return cols, (vals / norm if norm > 0 else vals)


@lru_cache(maxsize=4096)
def analyse(text: str, token_pattern: str, ngram_range: tuple[int, int], preprocessor: Callable[[str], str] | None,
            stop_words: frozenset[str]) -> tuple[str, ...]:
    """A `FrozenTfidf`'s terms of a text (cached: a calibrated model's folds, and its two
    targets, read each text with the same analyser, each fold with its own vocabulary)."""
    text = preprocessor(text) if preprocessor else text.lower()
    tokens = [t for t in re.findall(token_pattern, text) if t not in stop_words]  # re caches it
    lo, hi = ngram_range
    out = list(tokens) if lo == 1 else []
    for n in range(max(lo, 2), min(hi, len(tokens)) + 1):
        out += [" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)]
    return tuple(out)


@dataclass(frozen=True)
class FrozenTfidf:
    """A fitted word-n-gram `TfidfVectorizer`: the same terms, counts, idf and L2 norm."""

    vocabulary: dict[str, int]
    idf: np.ndarray
    ngram_range: tuple[int, int]
    token_pattern: str
    preprocessor: Callable[[str], str] | None  # None: lower case
    sublinear_tf: bool
    stop_words: frozenset[str] = frozenset()

    def terms(self, text: str) -> list[str]:
        """The vectorizer's analyzer: preprocess, tokens by `token_pattern` less stop words, word n-grams."""
        return list(analyse(text, self.token_pattern, self.ngram_range, self.preprocessor, self.stop_words))

    def row(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """(columns, values) of the text's row: tf (1 + log tf when sublinear) x idf, L2-normalised."""
        terms = analyse(text, self.token_pattern, self.ngram_range, self.preprocessor, self.stop_words)
        return tfidf_row(terms, self.vocabulary, self.idf, sublinear_tf=self.sublinear_tf)

    def decision(self, coef: np.ndarray, text: str) -> np.ndarray:
        """`coef` (n_classes, len(idf)) times the text's row: the few non-zero columns' weights, summed (the product
        the dense row would give, without a row of ten thousand zeros)."""
        cols, vals = self.row(text)
        return coef[:, cols] @ vals if len(cols) else np.zeros(coef.shape[0])


@dataclass(frozen=True)
class FrozenRows:
    """One of our feature blocks: a light function of the texts and its settings."""

    function: Callable[..., Any]
    settings: dict[str, Any]

    def transform(self, texts: Sequence[str]) -> np.ndarray:
        return np.asarray(self.function(list(texts), **self.settings), dtype=float).reshape(len(texts), -1)


Block = FrozenTfidf | FrozenRows


@dataclass(frozen=True)
class FrozenFold:
    """One calibrated fold: features, then a linear layer, then temperature scaling."""

    blocks: tuple[Block, ...]
    coef: np.ndarray  # (n_classes, n_features), or (1, n_features) for two classes
    intercept: np.ndarray
    beta: float  # the inverse temperature

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """The fold's probabilities. A TF-IDF block adds its few non-zero columns' weights (`FrozenTfidf.decision`);
        a block of our own adds its rows times its columns' weights (its functions cache their rows per text, so the
        folds that read the same block pay for them once)."""
        decision = np.tile(self.intercept, (len(texts), 1))
        start = 0
        for block in self.blocks:
            if isinstance(block, FrozenTfidf):
                width = len(block.idf)
                weights = self.coef[:, start:start + width]
                for r, text in enumerate(texts):
                    decision[r] += block.decision(weights, text)
            else:
                X = block.transform(texts)
                width = X.shape[1]
                decision += X @ self.coef[:, start:start + width].T
            start += width
        logits = np.hstack([-decision, decision]) if decision.shape[1] == 1 else decision
        z = self.beta * logits
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        return p / p.sum(axis=1, keepdims=True)


@dataclass(frozen=True)
class FrozenClassifier:
    """A calibrated classifier as arrays: the mean of its folds' probabilities."""

    classes: tuple[str, ...]
    folds: tuple[FrozenFold, ...]

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, len(self.classes)))
        return np.mean([f.predict_proba(texts) for f in self.folds], axis=0)


# ---- freezing a fitted scikit-learn estimator (training time: scikit-learn is loaded) ----

def name_of(fn: Callable[..., Any]) -> str:
    """How a file names a function: "module:qualified name"."""
    return f"{fn.__module__}:{fn.__qualname__}"


def named(*functions: Callable[..., Any]) -> dict[str, Callable[..., Any]]:
    """The functions a loader hands to `load`, by the names a file gives them."""
    return {name_of(fn): fn for fn in functions}


def _freeze_tfidf(v: Any) -> FrozenTfidf:
    p = v.get_params()
    unsupported = {
        "analyzer": p["analyzer"] != "word", "tokenizer": p["tokenizer"] is not None,
        "stop_words": p["stop_words"] is not None, "strip_accents": p["strip_accents"] is not None,
        "lowercase": p["preprocessor"] is None and not p["lowercase"], "binary": p["binary"], "norm": p["norm"] != "l2", "use_idf": not p["use_idf"], "input": p["input"] != "content",
    }
    bad = [k for k, is_bad in unsupported.items() if is_bad]
    if bad:
        raise ValueError(f"freeze does not reproduce a TfidfVectorizer with {', '.join(f'{k}={p[k]!r}' for k in bad)}")
    return FrozenTfidf(vocabulary={str(t): int(j) for t, j in v.vocabulary_.items()}, idf=np.asarray(v.idf_, dtype=float),
                       ngram_range=tuple(p["ngram_range"]), token_pattern=p["token_pattern"],
                       preprocessor=p["preprocessor"], sublinear_tf=bool(p["sublinear_tf"]))


def _freeze_block(t: Any) -> Block:
    if type(t).__name__ == "TfidfVectorizer":
        return _freeze_tfidf(t)
    light = getattr(t, "light_rows", None)
    if light is None:
        raise ValueError(f"{type(t).__name__} has no light_rows(): freeze cannot run it without scikit-learn")
    function, settings = light()
    return FrozenRows(function, settings)


def freeze(calibrated: Any) -> FrozenClassifier:
    """The arrays of a fitted `CalibratedClassifierCV(method="temperature")` over
    `Pipeline([features: FeatureUnion, linear: LogisticRegression])`."""
    classes = tuple(str(c) for c in calibrated.classes_)
    folds = []
    for cc in calibrated.calibrated_classifiers_:
        if cc.method != "temperature":
            raise ValueError(f"freeze reproduces temperature scaling only, not {cc.method!r}")
        pipe = cc.estimator
        union, linear = pipe.named_steps["features"], pipe.named_steps["linear"]
        learned = [str(c) for c in linear.classes_]  # the calibrator fits its folds on encoded labels 0..k-1
        if learned != list(classes) and learned != [str(k) for k in range(len(classes))]:
            raise ValueError(f"a fold learned {learned}, not every class of {list(classes)}")
        if union.transformer_weights:
            raise ValueError("freeze does not reproduce FeatureUnion transformer_weights")
        blocks = tuple(_freeze_block(t) for _, t in union.transformer_list if t not in ("drop", None))
        folds.append(FrozenFold(blocks, np.asarray(linear.coef_, dtype=float),
                                np.asarray(linear.intercept_, dtype=float), float(cc.calibrators[0].beta_)))
    return FrozenClassifier(classes, tuple(folds))


# ---- one file of arrays: no pickle, so loading it runs no code ----

def save(models: dict[str, FrozenClassifier], path: Path, meta: dict[str, Any]) -> Path:
    """Write named classifiers and `meta` (JSON) to one `.npz`."""
    arrays: dict[str, np.ndarray] = {}
    spec: dict[str, Any] = {"format": FORMAT, "meta": meta, "models": {}}
    blocks: list[dict[str, Any]]
    for name, model in models.items():
        folds = []
        for k, fold in enumerate(model.folds):
            key = f"{name}/{k}"
            arrays[f"{key}/coef"], arrays[f"{key}/intercept"] = fold.coef, fold.intercept
            blocks = []
            for b, block in enumerate(fold.blocks):
                if isinstance(block, FrozenTfidf):
                    terms = sorted(block.vocabulary, key=block.vocabulary.__getitem__)
                    arrays[f"{key}/{b}/terms"], arrays[f"{key}/{b}/idf"] = np.array(terms, dtype=str), block.idf
                    blocks.append({"kind": "tfidf", "ngram_range": list(block.ngram_range),
                                   "token_pattern": block.token_pattern,
                                   "preprocessor": name_of(block.preprocessor) if block.preprocessor else None,
                                   "sublinear_tf": block.sublinear_tf})
                else:
                    blocks.append({"kind": "rows", "function": name_of(block.function), "settings": block.settings})
            folds.append({"blocks": blocks, "beta": fold.beta})
        spec["models"][name] = {"classes": list(model.classes), "folds": folds}
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        np.savez_compressed(fh, **{"spec": np.array(json.dumps(spec)), **arrays})  # type: ignore[arg-type]  # names, not allow_pickle
    return path


def load(path: Path, functions: Mapping[str, Callable[..., Any]] | None = None,
         ) -> tuple[dict[str, FrozenClassifier], dict[str, Any]]:
    """The classifiers and meta written by `save`, with the functions it names taken from
    `functions` (`named(...)`); ValueError naming the file if it is not one, or a function
    it needs that was not handed over."""
    given = dict(functions or {})

    def function(name: str) -> Callable[..., Any]:
        if name not in given:
            raise ValueError(f"it needs the function {name}, which the loader did not hand over")
        return given[name]

    try:
        with np.load(path, allow_pickle=False) as z:
            spec = json.loads(str(z["spec"]))
            if spec.get("format") != FORMAT:
                raise ValueError(f"format {spec.get('format')!r}, expected {FORMAT!r}")
            models = {}
            for name, m in spec["models"].items():
                folds = []
                for k, f in enumerate(m["folds"]):
                    key = f"{name}/{k}"
                    blocks: list[Block] = []
                    for b, s in enumerate(f["blocks"]):
                        if s["kind"] == "tfidf":
                            terms = z[f"{key}/{b}/terms"].tolist()
                            prep = function(s["preprocessor"]) if s["preprocessor"] else None
                            blocks.append(FrozenTfidf({t: j for j, t in enumerate(terms)}, z[f"{key}/{b}/idf"],
                                                      tuple(s["ngram_range"]), s["token_pattern"], prep,
                                                      s["sublinear_tf"]))
                        else:
                            blocks.append(FrozenRows(function(s["function"]), s["settings"]))
                    folds.append(FrozenFold(tuple(blocks), z[f"{key}/coef"], z[f"{key}/intercept"], float(f["beta"])))
                models[name] = FrozenClassifier(tuple(m["classes"]), tuple(folds))
    except (OSError, KeyError, ValueError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path}: not a frozen model this version reads ({type(exc).__name__}: {exc})") from exc
    return models, spec["meta"]
