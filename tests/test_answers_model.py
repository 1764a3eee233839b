"""The learned answer layer: estimator contract, sentences, the shipped model and its decision."""

from __future__ import annotations

import copy
import json

import numpy as np
import pytest
from sklearn.base import clone

from pipeline.answers.model import (
    PROGRESSES,
    STANCES,
    AnswerClassifier,
    AnswerModel,
    Judgement,
    RuleFeatures,
    default_model_path,
    judge,
    load_answer_model,
    sentences,
)
from pipeline.answers.stance import judge as rules_judge
from pipeline.answers.stance import load_rules

# a tiny labelled set: three stances, three progresses, five answers of each
TINY = [
    ("The Council accepts this recommendation and has completed the work.", "accepted", "completed"),
    ("Agreed. The new policy was published in May.", "accepted", "completed"),
    ("We agree with this recommendation and the scheme has been implemented.", "accepted", "completed"),
    ("The Cabinet accepts the recommendation; the review was completed in March.", "accepted", "completed"),
    ("Accepted. The guidance has been issued to all schools.", "accepted", "completed"),
    ("We do not accept this recommendation.", "rejected", "unknown"),
    ("Not agreed. The Council has no plans to change the charge.", "rejected", "unknown"),
    ("The Executive does not accept this recommendation because of the cost.", "rejected", "unknown"),
    ("Rejected: the proposal is not affordable.", "rejected", "unknown"),
    ("The Government does not agree and will not pursue it.", "rejected", "unknown"),
    ("The Executive notes the recommendation and will consider it.", "noted", "not_started"),
    ("Noted. Officers will consider this next year.", "noted", "not_started"),
    ("The Council will consider whether this is possible.", "noted", "not_started"),
    ("We note this recommendation and will review how it could work.", "noted", "not_started"),
    ("The Cabinet acknowledges the point and plans to look at it.", "noted", "not_started"),
]
X = [t for t, _, _ in TINY]
Y = np.array([[s, p] for _, s, p in TINY], dtype=object)


def tiny(**kw) -> AnswerClassifier:
    return AnswerClassifier(min_df=1, min_class_count=3, calibration_folds=2, **kw)


def tiny_model(**kw) -> AnswerModel:
    return AnswerModel(stance_estimator=tiny(), progress_estimator=tiny(), **kw)


@pytest.fixture(scope="module")
def shipped() -> AnswerModel:
    model = load_answer_model()
    if model is None:
        pytest.fail(f"no model at {default_model_path()}: run `python -m pipeline.answers.train`")
    return model


@pytest.fixture(scope="module")
def summary() -> dict:
    return json.loads((default_model_path().parent / "training_summary.json").read_text(encoding="utf-8"))


# --- the estimator contract -------------------------------------------------------------

def test_get_params_and_clone_round_trip():
    est = tiny(C=2.0, random_state=3)
    params = est.get_params()
    assert params["C"] == 2.0 and params["random_state"] == 3 and params["min_df"] == 1
    twin = clone(est)
    assert twin is not est and twin.get_params() == params and not hasattr(twin, "estimator_")
    model = tiny_model(progress_source="rules")
    assert clone(model).get_params()["progress_source"] == "rules"
    assert clone(model).get_params()["stance_estimator__C"] == 4.0


def test_init_does_no_work_and_fit_returns_self_with_learned_state():
    est = tiny()
    assert not [k for k in vars(est) if k.endswith("_")]
    assert est.fit(X, Y[:, 0]) is est
    assert set(est.classes_) == {"accepted", "rejected", "noted"}
    model = tiny_model()
    assert not [k for k in vars(model) if k.endswith("_")]
    assert model.fit(X, Y) is model
    assert model.stance_estimator.__dict__.get("estimator_") is None  # cloned, not fitted in place


def test_probabilities_are_calibrated_distributions_that_rank_the_obvious():
    est = tiny().fit(X, Y[:, 0])
    proba = est.predict_proba(["We accept this recommendation.", "We do not accept this recommendation."])
    assert proba.shape == (2, 3) and np.allclose(proba.sum(axis=1), 1.0)
    col = {c: i for i, c in enumerate(est.classes_)}
    assert proba[0, col["accepted"]] > proba[0, col["rejected"]]
    assert proba[1, col["rejected"]] > proba[1, col["accepted"]]


def test_same_random_state_same_model():
    a = tiny(random_state=7).fit(X, Y[:, 1]).predict_proba(X)
    b = tiny(random_state=7).fit(X, Y[:, 1]).predict_proba(X)
    assert np.array_equal(a, b)


def test_rare_classes_are_left_out_not_guessed():
    labels = list(Y[:, 0])
    labels[0] = "unclear"  # one example: cannot be learned or calibrated
    est = tiny().fit(X, labels)
    assert est.dropped_classes_ == ["unclear"] and "unclear" not in est.classes_


@pytest.mark.parametrize("y, match", [
    (Y[:-1, 0], "one label per text"),
    (["accepted"] * 14 + ["noted"], "at least two classes"),
])
def test_fit_rejects_bad_labels_with_a_fix(y, match):
    with pytest.raises(ValueError, match=match):
        tiny().fit(X, y)


def test_model_fit_wants_pairs_and_known_sources():
    with pytest.raises(ValueError, match=r"shape \(n, 2\)"):
        tiny_model().fit(X, Y[:, 0])
    with pytest.raises(ValueError, match="stance_source"):
        tiny_model(stance_source="both").fit(X, Y)


def test_rule_features_are_the_rules_answer():
    text = "We do not accept this recommendation."
    rf = RuleFeatures().fit([text])
    row = dict(zip(rf.get_feature_names_out(), rf.transform([text]).toarray()[0]))
    stance, _, progress, _ = rules_judge(text, load_rules())
    assert row[f"rules_stance={stance}"] == 1.0 and row[f"rules_progress={progress}"] == 1.0
    assert sum(row[f"rules_stance={c}"] for c in STANCES) == 1.0
    assert sum(row[f"rules_progress={c}"] for c in PROGRESSES) == 1.0
    # "do not accept this" also holds the acceptance phrase "accept this": the counts keep both
    assert row["hits_stance=rejected"] > 0 and row["hits_stance=accepted"] > 0 and row["hits_stance=noted"] == 0


# --- sentences ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Agreed.\n\nThe card costs half. It was launched in May.\n\nCompleted",
     ["Agreed.", "The card costs half.", "It was launched in May.", "Completed"]),
    ("(d) Not agreed\n(e) Agreed", ["(d) Not agreed", "(e) Agreed"]),
    # a hard-wrapped line runs on; "e.g." and "No." do not end a sentence
    ("The CAA will publish an article in the\nsafety magazine, e.g. Vector No. 5. Done.",
     ["The CAA will publish an article in the\nsafety magazine, e.g. Vector No. 5.", "Done."]),
    ("", []),
])
def test_sentences_are_verbatim_spans(text, expected):
    spans = sentences(text)
    assert [text[a:b] for a, b in spans] == expected


# --- the shipped model ---------------------------------------------------------------------

@pytest.mark.parametrize("text, stance, progress", [
    ("The Council accepts this recommendation and has completed the work.", "accepted", "completed"),
    ("We do not accept this recommendation.", "rejected", None),
    ("The Executive will consider this and report back.", "noted", None),
    ("Accepted in principle. The programme will be extended if the grant is renewed.", "partially_accepted", None),
])
def test_shipped_model_judges_clear_cases(shipped, text, stance, progress):
    j = judge(text, shipped)
    assert isinstance(j, Judgement)
    assert j.stance.label == stance
    if progress:
        assert j.progress.label == progress
    assert j.stance.score is not None and 0.0 < j.stance.score <= 1.0
    assert j.stance.score == max(j.stance.proba.values()) or j.stance.generator.startswith("stance_rules")
    assert abs(sum(j.stance.proba.values()) - 1.0) < 1e-6 and abs(sum(j.progress.proba.values()) - 1.0) < 1e-6


def test_evidence_is_a_verbatim_sentence_of_the_answer(shipped):
    text = ("Agreed.\n\nComment: The Leader wrote to the Environment Agency on 9 December 2024. "
            "The Agency has replied that the scheme has moved into its programme.\n\nStatus: Completed.")
    j = judge(text, shipped)
    spans = sentences(text)
    for v in (j.stance, j.progress):
        if v.label in ("unclear", "unknown"):
            assert v.sentence is None
            continue
        assert v.span in spans and v.sentence == text[v.span[0]:v.span[1]]
    assert j.stance.label == "accepted" and j.stance.sentence == "Agreed."


def test_an_answer_with_no_words_is_unclear_by_the_rules(shipped):
    j = judge("  \n ", shipped)
    assert (j.stance.label, j.progress.label) == ("unclear", "unknown")
    assert j.stance.score is None and j.stance.sentence is None


def test_without_a_model_the_rules_answer_alone(tmp_path):
    assert load_answer_model(tmp_path / "absent.joblib") is None
    text = "We do not accept this recommendation."
    j = judge(text, None)
    stance, s_ev, progress, _ = rules_judge(text, load_rules())
    assert (j.stance.label, j.progress.label) == (stance, progress)
    assert j.stance.phrases == tuple(s_ev) and j.stance.score is None
    assert j.stance.sentence == text and j.generator == load_rules().generator


def test_a_broken_model_file_is_an_error_not_a_silent_fallback(tmp_path):
    path = tmp_path / "answer_model.v5.joblib"
    path.write_bytes(b"not a joblib file")
    with pytest.raises(ValueError, match="python -m pipeline.answers.train"):
        load_answer_model(path)


def test_the_shipped_model_honours_the_training_decision(shipped, summary):
    decision = summary["decision"]
    assert set(decision) == {"stance", "progress"} and set(decision.values()) <= {"model", "rules"}
    assert (shipped.stance_source, shipped.progress_source) == (decision["stance"], decision["progress"])
    assert summary["generator"] == shipped.generator_with_sources()
    # a target decided "model" shipped only because it won on both measures
    cv = summary["cv"]
    for target, source in decision.items():
        won = all(cv["model"][target][m] > cv["rules"][target][m] for m in ("accuracy", "macro_f1"))
        assert (source == "model") == won


@pytest.mark.parametrize("target", ["stance", "progress"])
def test_a_target_decided_for_the_rules_gets_the_rules_answer(shipped, target):
    model = copy.deepcopy(shipped).set_params(**{f"{target}_source": "rules"})
    rules = load_rules()
    texts = ["The Council accepts this recommendation and has completed the work.",
             "The Department is currently reviewing its guidance and expects to publish it in the spring.",
             "Officers have met the providers; a plan is being drafted."]
    k = 0 if target == "stance" else 2
    for text in texts:
        j = model.judge(text)
        verdict = getattr(j, target)
        assert verdict.label == rules_judge(text, rules)[k]
        assert verdict.generator == rules.generator
        assert f"{target}=rules" in j.generator
    assert [row[0 if target == "stance" else 1] for row in model.predict(texts)] == \
           [rules_judge(t, rules)[k] for t in texts]


def test_predict_agrees_with_judge(shipped):
    texts = ["We do not accept this recommendation.", "Agreed. Work has begun and will finish in May.", ""]
    pred = shipped.predict(texts)
    assert [list(r) for r in pred] == [[judge(t, shipped).stance.label, judge(t, shipped).progress.label]
                                       for t in texts]


# -- grammatical cues of commitment (issue 11) -------------------------------------------------

def _cues(text: str) -> dict[str, float]:
    from pipeline.answers.model import CommitmentFeatures

    f = CommitmentFeatures().fit([text])
    return dict(zip(f.get_feature_names_out(), f.transform([text]).toarray()[0]))


def test_commitment_cues_read_tense_deadlines_and_where_they_fall():
    plan = _cues("The Council accepts this recommendation. It will publish new guidance by March 2026.")
    assert plan["future:count"] > 0 and plan["deadline:last"] == 1 and plan["future_with_year"] > 0
    assert plan["past:count"] == 0 and plan["perfect:count"] == 0 and plan["deadline_without_past"] == 1
    done = _cues("The guidance was published in May 2024 and is now in place.")
    assert done["past:first"] == 1 and done["done:count"] > 0 and done["past_with_year"] > 0
    assert done["future:count"] == 0 and done["deadline_without_past"] == 0
    going = _cues("A review is currently being conducted. It continues to meet monthly.")
    assert going["progressive:share"] == 1.0 and going["ongoing:count"] > 0


def test_negation_counts_only_in_the_scope_of_a_commitment_verb():
    assert _cues("The Council does not fully accept this recommendation.")["negated_commitment:first"] == 1
    assert _cues("The Council will not implement it.")["negated_commitment:count"] > 0
    assert _cues("There is no charge for the service, and the Council accepts the recommendation.")[
        "negated_commitment:count"] == 0


def test_commitment_cues_can_be_chosen_by_name():
    from pipeline.answers.model import CommitmentFeatures

    f = CommitmentFeatures(only=("future", "negated_commitment")).fit(["x"])
    names = list(f.get_feature_names_out())
    assert names == ["future:count", "future:share", "future:first", "future:last",
                     "negated_commitment:count", "negated_commitment:first"]
    assert f.transform(["It will be done."]).shape == (1, 6)


def test_progress_follows_stance_as_the_guide_says():
    from pipeline.answers.judge import judge_answer
    from pipeline.answers.model import progress_given_stance

    assert progress_given_stance("rejected", "in_progress") == "unknown"
    assert progress_given_stance("noted", "not_started") == "unknown"
    assert progress_given_stance("accepted", "in_progress") == "in_progress"
    judged = judge_answer("Not accepted. The Council is instead reviewing its own scheme, which has been running "
                          "since 2022 and will be extended next year.")
    assert judged.stance == "rejected" and judged.progress == "unknown" and judged.progress_evidence == []


# -- rules v5: a completion in the future or modal passive is a plan -----------------------------
def _rules(version: int):
    from pipeline.config import models_dir

    return load_rules(str(models_dir() / "stance" / f"rules.v{version}.json"))


@pytest.mark.parametrize(
    ("text", "v4", "v5"),
    [
        ("The work will be completed by March.", "completed", "not_started"),
        ("The guidance is to be published next year.", "unknown", "not_started"),
        ("The review has been completed.", "completed", "completed"),
        ("The review was completed in May.", "completed", "completed"),
    ],
)
def test_rules_v5_read_a_future_completion_as_a_plan(text, v4, v5):
    assert rules_judge(text, _rules(4))[2] == v4
    assert rules_judge(text, _rules(5))[2] == v5 and rules_judge(text)[2] == v5  # v5 ships


def test_cross_validation_scores_what_judge_answer_ships(shipped):
    """train.shipped_predict (the `shipped` CV figures) decides as judge_answer does."""
    from pipeline.answers.judge import judge_answer
    from pipeline.answers.train import shipped_predict

    texts = [t for t, _, _ in TINY] + [
        "Accepted in principle. Guidance was issued in 2024 and a review will follow.",
        "The Department is considering the recommendation and will respond in due course.",
        "Work is under way to publish the data; the first release was made in March.",
    ]
    got = shipped_predict(shipped, texts)
    assert [tuple(row) for row in got] == [(judge_answer(t).stance, judge_answer(t).progress) for t in texts]


# -- round 4: training weights, transfer to unseen UK documents, aspect cues ----------------------

def test_sample_weights_balance_domains_and_weigh_down_other_asks():
    from pipeline.answers.train import Unit, sample_weights

    units = ([Unit(f"t{i}", "x", "accepted", "unknown", f"r{i}", "taic") for i in range(6)]
             + [Unit("d1", "x", "accepted", "unknown", "a", "documents"),
                Unit("d2", "x", "noted", "unknown", "a", "documents", "question"),
                Unit("d3", "x", "noted", "unknown", "b", "documents", "consultation_theme")])
    assert sample_weights(units) is None  # all 1: the fit is unweighted
    w = sample_weights(units, taic_share=0.5, other_ask=0.5)
    assert np.isclose(w.mean(), 1.0)
    assert np.isclose(w[:6].sum(), w[6:].sum())  # TAIC and the documents weigh alike
    assert np.isclose(w[7], w[6] / 2) and np.isclose(w[8], w[6] / 2)
    assert sample_weights(units, other_ask=0.0)[7] == 0.0


def test_a_weighted_fit_weighs_and_all_ones_is_the_unweighted_fit():
    est = tiny().fit(X, Y[:, 0])
    same = tiny().fit(X, Y[:, 0], sample_weight=np.ones(len(X)))
    np.testing.assert_allclose(same.predict_proba(X), est.predict_proba(X), atol=1e-6)
    # the weights reach the regression: the rejections weighed almost to nothing shrink its weights for them
    light = tiny().fit(X, Y[:, 0], sample_weight=[1.0] * 5 + [0.05] * 5 + [1.0] * 5)

    def coef(m: AnswerClassifier) -> np.ndarray:
        return m.estimator_.calibrated_classifiers_[0].estimator.named_steps["linear"].coef_

    k = list(est.classes_).index("rejected")
    assert np.abs(coef(light)[k]).sum() < np.abs(coef(est)[k]).sum()
    with pytest.raises(ValueError, match="sample_weight"):
        tiny().fit(X, Y[:, 0], sample_weight=[1.0, 2.0])


def test_the_summary_measures_transfer_to_each_unseen_uk_document(summary):
    loso = summary["leave_one_source_out"]
    assert len(loso["sources"]) == 8 and sum(s["n"] for s in loso["sources"].values()) == 160
    assert loso["pooled"]["shipped"]["stance"]["n"] == 160
    assert loso["defer_below"] == summary["cv"]["defer_below"]
    # floors: the round-6 figures (the printed verdict wins; round 5: 0.662 / 0.681, round 4: 0.644 / 0.669;
    # v3 recipe: 0.619 / 0.656); never lowered
    assert loso["pooled"]["shipped"]["stance"]["accuracy"] >= 0.675
    assert loso["pooled"]["shipped"]["progress"]["accuracy"] >= 0.68
    act = loso["pooled_asks_to_act"]
    assert act["n"] == 113 and act["shipped"]["stance"]["accuracy"] >= 0.69  # answers to recommendations


def test_commitment_v2_reads_the_aspect_of_the_whole_answer():
    from pipeline.answers.commitment import commitment_rows, feature_names, load_cues
    from pipeline.config import models_dir

    path = str(models_dir() / "stance" / "commitment.v2.json")
    names = feature_names(load_cues(path))

    def aspect(text: str) -> set[str]:
        row = commitment_rows([text], path)[0]
        return {n.split(":")[1] for n, v in zip(names, row) if n.startswith("aspect:") and v}

    assert aspect("The fixed penalty was increased to 1,000 pounds in November 2024.") == {"done_only", "last_done"}
    assert aspect("Ten cameras have been ordered. The first four were installed in December and the "
                  "remaining six will be in place by the end of March.") == {"done_and_ahead", "last_ahead"}
    assert aspect("A review is under way.") == {"under_way_only", "last_under_way"}
    assert aspect("We will publish guidance by March.") == {"ahead_only", "last_ahead"}
    v1 = load_cues(str(models_dir() / "stance" / "commitment.v1.json"))
    assert not any(n.startswith(("aspect:", "partial:")) for n in feature_names(v1))  # v1 reads as it did


def test_progress_follows_the_stance_the_judgement_settles_on_not_the_models_first_guess(monkeypatch):
    """Where the model reads `noted` but the answer prints "Agreed" (guide rule 1), the printed
    verdict decides the stance, and the progress the answer reports survives: rule 2.1 clears
    progress under the final stance, never under a stance the judgement then overrules."""
    from pipeline.answers import judge as judge_module
    from pipeline.answers.verdict import judge_text

    text = "Agreed.\n\nTen cameras have been ordered. Four were installed in December and six will follow in March."
    stances, progresses = ["accepted", "noted", "rejected"], ["completed", "in_progress", "not_started", "unknown"]

    class Stub:  # a model sure of `noted` and of `in_progress`
        def judge(self, text, question=False, follow_stance=True, ask=None):
            targets = {"stance": (stances, lambda xs: np.array([[0.1, 0.8, 0.1]] * len(xs))),
                       "progress": (progresses, lambda xs: np.array([[0.1, 0.7, 0.1, 0.1]] * len(xs)))}
            return judge_text(text, targets, {"stance": "model", "progress": "model"}, "stub", "stub", question,
                              follow_stance)

    assert Stub().judge(text).progress.label == "unknown"  # the model alone: noted, so nothing under way
    assert Stub().judge(text, follow_stance=False).progress.label == "in_progress"
    monkeypatch.setattr(judge_module, "answer_model", lambda: Stub())
    judged = judge_module.judged.__wrapped__(text)  # uncached: the stub model judges
    assert (judged.stance, judged.progress) == ("accepted", "in_progress")


def test_the_invented_suites_are_trained_on_and_each_is_measured_held_out(summary):
    """Round 12: the suites named in TRAINING_SUITES are training data, one group each (one hand wrote a suite), and
    the figure for a voice never read is each suite held out in turn; suites written later are scored as unseen."""
    from pipeline.answers.train import TRAINING_SUITES, load_out_of_domain, suite_of

    suites = load_out_of_domain()
    assert all(u.group == suite_of(u) for u in suites)
    losu = summary["leave_one_suite_out"]
    assert set(losu["suites"]) == set(TRAINING_SUITES)
    assert summary["data"]["by_domain"]["suite"] == losu["units"] == sum(suite_of(u) in TRAINING_SUITES for u in suites)
    for target in ("stance", "progress"):
        assert losu["pooled"]["shipped"][target]["accuracy"] > losu["pooled"]["rules"][target]["accuracy"]
    assert not set(summary["unseen_suites"]["suites"]) & set(TRAINING_SUITES)
