"""The learned theme layer: scikit-learn estimator contract, determinism, the frozen numpy-only
form the tagger loads, and the shipped model's cross-validated figures."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from sklearn.base import clone

from pipeline.errors import ScrutinyError
from pipeline.themes.linear import LinearThemeModel, ThemeInput
from pipeline.themes.model import ThemeClassifier, load_model
from pipeline.themes.tagger import ThemeTagger
from pipeline.themes.taxonomy import cached_taxonomy

X = [
    "burglary crime police offender reduce",
    "police crime victim burglary rise",
    "offender probation crime police",
    "park litter clean street green space",
    "litter fly tip street clean park",
    "recycling waste litter park clean",
    "budget funding saving grant cut",
    "funding budget pressure grant saving",
    "crime budget police funding cut",
    "park budget litter funding",
]
Y = [["community_safety"]] * 3 + [["environment"]] * 3 + [["finance_resources"]] * 2 + \
    [["community_safety", "finance_resources"], ["environment", "finance_resources"]]


def small(**kw) -> ThemeClassifier:
    return ThemeClassifier(min_df=1, max_features=None, **kw)


def test_get_params_and_clone_round_trip():
    est = small(C=2.0, random_state=3)
    params = est.get_params()
    assert params["C"] == 2.0 and params["random_state"] == 3 and params["min_df"] == 1
    twin = clone(est)
    assert twin is not est and twin.get_params() == params
    assert not hasattr(twin, "estimators_")


def test_init_does_no_work_and_fit_returns_self_with_learned_state():
    est = small()
    assert not [k for k in vars(est) if k.endswith("_")]
    assert est.fit(X, Y) is est
    assert list(est.classes_) == ["community_safety", "environment", "finance_resources"]
    assert hasattr(est, "vectorizer_") and hasattr(est, "estimators_")


def test_predictions_are_multilabel_probabilities():
    est = small().fit(X, Y)
    proba = est.predict_proba(["police crime burglary", "litter in the park"])
    assert proba.shape == (2, 3)
    assert ((proba >= 0) & (proba <= 1)).all()
    assert proba[0, 0] > proba[0, 1] and proba[1, 1] > proba[1, 0]


def test_deterministic_with_random_state():
    a = small(random_state=0).fit(X, Y).predict_proba(X)
    b = small(random_state=0).fit(X, Y).predict_proba(X)
    assert np.array_equal(a, b)


def test_top_terms_are_present_in_the_text():
    est = small().fit(X, Y)
    terms = est.top_terms("police crime burglary budget", "community_safety")
    assert terms and all(t in "police crime burglary budget" for t in terms)


def test_fit_rejects_mismatched_lengths():
    with pytest.raises(ValueError, match="one label list per text"):
        small().fit(X, Y[:-1])


def test_shipped_model_loads_and_knows_the_taxonomy():
    model = load_model()
    assert isinstance(model, LinearThemeModel)
    assert set(model.classes_) <= set(cached_taxonomy("").ids)


def test_missing_model_is_a_coded_error(tmp_path):
    with pytest.raises(ScrutinyError) as err:
        load_model(tmp_path / "absent.joblib")
    assert err.value.code == "E302"
    assert load_model(tmp_path / "absent.joblib", missing_ok=True) is None


def test_model_only_tags_carry_model_terms_as_evidence():
    # a text with no taxonomy term, but whose words the toy model ties to a theme
    est = small(C=50.0).fit(X, Y)
    tagger = ThemeTagger(cached_taxonomy(""), est)
    tags = tagger.tag_texts(["Officers said the victim and the offender were known to probation."])[0]
    for t in tags:
        assert t.evidence
        if t.generator.endswith("+model"):
            assert all(e in "victim offender know probation" for e in t.evidence)


def test_side_features_inform_the_model():
    # the same words, told apart only by a rule score: the model learns the side feature
    texts = [ThemeInput("officers report on the matter", {"rule:housing": 1.0 if i % 2 else 0.0}) for i in range(12)]
    labels = [["housing"] if i % 2 else [] for i in range(12)]
    est = small(C=10.0).fit(texts, labels)
    p = est.predict_proba([ThemeInput("officers report", {"rule:housing": 1.0}), ThemeInput("officers report")])
    assert p[0, 0] > 0.5 > p[1, 0]


def test_themes_with_too_few_examples_are_left_to_the_rules():
    est = small(min_positives=5).fit(X, Y)  # every toy theme has 4 positives
    assert list(est.classes_) == []
    tagger = ThemeTagger(cached_taxonomy(""), est)
    tags = tagger.tag_texts(["Burglary and police response times were discussed."])[0]
    assert [t.generator.split("+")[-1] for t in tags if t.theme == "community_safety"] == ["rules"]


def test_rules_are_inputs_of_one_decision_not_a_second_threshold():
    est = small(threshold=0.35)
    assert est.cut(0.9, 0.5) == est.cut(0.4, 0.5) == est.cut(0.0, 0.5) == 0.35


def test_a_themes_model_reads_only_its_own_rule_and_context_features():
    # v2 let governance learn from the share of *partnership* paragraphs: another theme's
    # features must not move a theme's probability
    est = small().fit([ThemeInput(x, {"rule:environment": 0.9 if "litter" in x else 0.0}) for x in X], Y)
    plain = ThemeInput("crime budget police funding cut")
    noisy = ThemeInput(plain.lemmas, {"rule:environment": 0.9, "share:environment": 0.8, "core:environment": 1.0,
                                      "title:environment": 0.9})
    p = est.predict_proba([plain, noisy])
    j = list(est.classes_).index("environment")
    others = [i for i in range(len(est.classes_)) if i != j]
    assert np.allclose(p[0, others], p[1, others]) and p[1, j] != p[0, j]


def test_frozen_model_gives_the_trained_models_probabilities_and_terms():
    est = small(C=5.0).fit([ThemeInput(x, {"rule:community_safety": 0.9 if "police" in x else 0.0}) for x in X], Y)
    frozen = est.freeze()
    texts = [ThemeInput("police crime burglary in the park", {"rule:community_safety": 0.9, "share:environment": 0.5}),
             "budget saving grant", "words the model never saw", ""]
    assert np.allclose(est.predict_proba(texts), frozen.predict_proba(texts), atol=1e-9)
    assert frozen.top_terms(texts[0], "community_safety") == est.top_terms(texts[0], "community_safety")


def test_frozen_model_round_trips_through_plain_arrays(tmp_path):
    from pipeline.themes.linear import save_model

    frozen = small().fit(X, Y).freeze()
    path = save_model(frozen, tmp_path / "m.npz")
    again = load_model(path)
    assert isinstance(again, LinearThemeModel) and list(again.classes_) == list(frozen.classes_)
    with np.load(path, allow_pickle=False) as data:  # no pickled objects in the file
        assert {"vocabulary", "idf", "coef_words", "coef_side", "intercept"} <= set(data.files)
    assert np.array_equal(again.predict_proba(X), frozen.predict_proba(X))


def test_tagging_with_the_shipped_model_imports_neither_scikit_learn_nor_scipy():
    code = ("import sys\n"
            "from pipeline.themes.linear import load_model\n"
            "from pipeline.themes.tagger import ThemeTagger\n"
            "from pipeline.themes.taxonomy import cached_taxonomy\n"
            "tags = ThemeTagger(cached_taxonomy(''), load_model()).tag_texts(['The council tax support scheme.'])\n"
            "assert tags[0], tags\n"
            "print(sorted(m for m in ('sklearn', 'scipy', 'joblib') if m in sys.modules))\n")
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(root)})
    assert out.stdout.strip() == "[]", out.stdout + out.stderr


def test_shipped_model_beats_the_rules_and_v2_under_grouped_cross_validation():
    from pipeline.themes.linear import default_model_path

    cv = json.loads((default_model_path().parent / "training_summary.json").read_text(encoding="utf-8"))[
        "cross_validation"]
    model, rules = cv["model"]["micro"], cv["rules"]["micro"]
    assert "GroupKFold" in cv["folds"]
    assert model["f1"] >= 0.74 > 0.700  # v2 (calibrated model, every theme's side features) scored 0.700
    assert model["f1"] > rules["f1"] + 0.1
