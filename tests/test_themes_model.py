"""The learned theme layer: scikit-learn estimator contract, determinism, shipped model."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.base import clone

from pipeline.errors import ScrutinyError
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
    assert not hasattr(twin, "estimator_")


def test_init_does_no_work_and_fit_returns_self_with_learned_state():
    est = small()
    assert not [k for k in vars(est) if k.endswith("_")]
    assert est.fit(X, Y) is est
    assert list(est.classes_) == ["community_safety", "environment", "finance_resources"]
    assert hasattr(est, "vectorizer_") and hasattr(est, "estimator_")


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
    assert isinstance(model, ThemeClassifier)
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
