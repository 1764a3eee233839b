"""The frozen answer model predicts what its scikit-learn estimator predicts, with numpy alone."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

from pipeline import frozen
from pipeline.answers.asks import ask_of, asked
from pipeline.answers.model import AnswerModel, load_answer_model, save_answer_model
from pipeline.answers.train import load_units, read
from pipeline.answers.verdict import load_frozen_answer_model, sentences
from pipeline.config import ROOT


@pytest.fixture(scope="module")
def both() -> tuple[AnswerModel, object]:
    model, light = load_answer_model(), load_frozen_answer_model()
    assert model is not None and light is not None, "the shipped model and its arrays are both in models/stance/"
    return model, light


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """Every labelled answer and each of its sentences, each with the words of its ask (as a parse that
    knows the report reads them), and every answer without them: the texts the model is asked about."""
    units = read(load_units())
    return units + [str(u) for u in units] + [asked(u[a:b], False, ask_of(u)) for u in units[::5] for a, b in sentences(u)]


def test_the_frozen_probabilities_are_the_estimators(both, texts) -> None:
    model, light = both
    for est, arrays in ((model.stance_model_, light.stance_model), (model.progress_model_, light.progress_model)):
        assert list(est.classes_) == list(arrays.classes)
        np.testing.assert_allclose(arrays.predict_proba(texts), est.predict_proba(texts), rtol=0, atol=1e-9)


def same_judgement(a, b) -> bool:
    """Equal labels, evidence and generators; scores equal to the last few bits of a float."""
    def verdict(v):
        return (v.label, v.sentence, v.span, v.phrases, v.generator, sorted(v.proba))

    close = all(np.isclose(x.score or 0.0, y.score or 0.0, rtol=0, atol=1e-9)
                and np.allclose([x.proba[k] for k in sorted(x.proba)], [y.proba[k] for k in sorted(y.proba)],
                                rtol=0, atol=1e-9)
                for x, y in ((a.stance, b.stance), (a.progress, b.progress)))
    return (close and a.generator == b.generator
            and verdict(a.stance) == verdict(b.stance) and verdict(a.progress) == verdict(b.progress))


def test_the_frozen_judgement_is_the_estimators(both, texts) -> None:
    model, light = both
    for text in texts[::9][:60]:  # a spread of answers and sentences; every text above has the same probabilities
        assert same_judgement(light.judge(text), model.judge(text)), text


def test_the_shipped_arrays_are_those_of_the_shipped_estimator(both) -> None:
    """A retrained estimator whose arrays were not written again would judge differently."""
    model, light = both
    assert light.generator_with_sources() == model.generator_with_sources()
    fold, mine = model.stance_model_.estimator_.calibrated_classifiers_[0], light.stance_model.folds[0]
    np.testing.assert_array_equal(mine.coef, fold.estimator.named_steps["linear"].coef_)


def test_words_outside_the_vocabulary_and_empty_texts() -> None:
    X = ["the council will publish the plan", "the plan is not agreed", "we note the plan", "agreed in part"] * 3
    y = ["a", "b", "c", "b"] * 3
    pipe = Pipeline([("features", FeatureUnion([("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True))])),
                     ("linear", LogisticRegression(C=2.0))])
    est = CalibratedClassifierCV(pipe, method="temperature", cv=2).fit(X, y)
    light = frozen.freeze(est)
    probe = ["", "nothing known here", "the plan the plan the plan is agreed", "WILL PUBLISH"]
    np.testing.assert_allclose(light.predict_proba(probe), est.predict_proba(probe), rtol=0, atol=1e-9)


def test_two_classes_and_a_round_trip_through_the_file(tmp_path) -> None:
    X = ["accepted fully", "rejected outright", "accepted", "not accepted", "we accept", "we reject"] * 2
    y = ["yes", "no", "yes", "no", "yes", "no"] * 2
    pipe = Pipeline([("features", FeatureUnion([("words", TfidfVectorizer())])), ("linear", LogisticRegression())])
    est = CalibratedClassifierCV(pipe, method="temperature", cv=2).fit(X, y)
    path = frozen.save({"m": frozen.freeze(est)}, tmp_path / "m.npz", {"note": "x"})
    models, meta = frozen.load(path)
    assert meta == {"note": "x"}
    probe = ["we accept it", "rejected", "?"]
    np.testing.assert_allclose(models["m"].predict_proba(probe), est.predict_proba(probe), rtol=0, atol=1e-9)


def test_a_setting_it_cannot_reproduce_is_refused() -> None:
    X, y = ["plan agreed", "plan rejected", "policy agreed", "policy rejected"] * 2, ["x", "y"] * 4
    for vectorizer in (TfidfVectorizer(analyzer="char"), TfidfVectorizer(stop_words="english"),
                       TfidfVectorizer(binary=True)):
        pipe = Pipeline([("features", FeatureUnion([("v", vectorizer)])), ("linear", LogisticRegression())])
        est = CalibratedClassifierCV(pipe, method="temperature", cv=2).fit(X, y)
        with pytest.raises(ValueError, match="does not reproduce"):
            frozen.freeze(est)


def test_a_damaged_arrays_file_is_an_error_that_names_the_fix(tmp_path) -> None:
    bad = tmp_path / "answer_model.v9.npz"
    bad.write_bytes(b"not a zip")
    with pytest.raises(ValueError, match=r"answer_model\.v9\.npz.*python -m pipeline\.answers"):
        load_frozen_answer_model(bad)
    assert load_frozen_answer_model(tmp_path / "absent.npz") is None


def test_saving_a_model_writes_its_arrays_beside_it(tmp_path, both) -> None:
    model, _ = both
    path = save_answer_model(model, tmp_path / "answer_model.v9.joblib")
    light = load_frozen_answer_model(path.with_suffix(".npz"))
    assert light is not None
    text = "The Council accepts this recommendation and will publish the plan by March 2026."
    assert same_judgement(light.judge(text), model.judge(text))


def test_judging_answers_loads_neither_scikit_learn_nor_scipy() -> None:
    code = ("import sys, json\nfrom pipeline.answers.judge import judge_answer\n"
            "j = judge_answer('Agreed. The Council has published the plan and will review it in 2026.')\n"
            "print(json.dumps([j.stance, j.progress, j.generator,"
            " sorted({m.split('.')[0] for m in sys.modules} & {'sklearn', 'scipy', 'joblib'})]))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    stance, progress, generator, heavy = json.loads(out.stdout)
    assert heavy == []
    assert generator.startswith("answer_model.")  # the model judged, not the rules alone
    assert stance == "accepted"
