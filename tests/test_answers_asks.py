"""Round 5: the answer model reads whether the ask is put as a question (pipeline.answers.asks)."""

from __future__ import annotations

import pickle

import numpy as np
import pytest

from pipeline.answers.asks import Asked, ask_rows, asked, is_question
from pipeline.answers.model import AnswerClassifier, AskFeatures, load_answer_model
from pipeline.answers.verdict import load_frozen_answer_model

# a descriptive answer: to a recommendation to act it reads as reporting action, to a question as information
DESCRIBES = ("The Council has reviewed the contracts and the funding for both centres is available until March "
             "2026, when the service moves to the Family Hub.")


@pytest.mark.parametrize(
    ("ask", "question"),
    [
        ("What is the capital spend for the Sheppey Gateway?", True),
        ("Can the extra £4.1m be used for Seashells and Millmead?  ", True),
        ('The member asked: "Will the Cabinet Member meet the parish councils?"', True),
        ("That the Executive commissions enough reablement capacity.", False),
        ("The Department should publish guidance (what works?) by March.", False),  # a question inside is not the ask
        ("", False),
        (None, False),
    ],
)
def test_a_question_is_an_ask_that_ends_with_a_question_mark(ask, question):
    assert is_question(ask) is question


def test_the_flag_travels_with_the_text_and_nothing_else_changes():
    a = asked("Agreed.", True)
    assert isinstance(a, Asked) and a == "Agreed." and a.question
    assert asked("Agreed.", False) == "Agreed." and not isinstance(asked("Agreed.", False), Asked)
    assert pickle.loads(pickle.dumps(a)).question  # survives the joblib file and worker processes
    np.testing.assert_array_equal(ask_rows(["Agreed.", a], weight=2.0), [[0.0], [2.0]])
    f = AskFeatures().fit(["x"])
    assert list(f.get_feature_names_out()) == ["ask=question"] and f.transform([a]).toarray().tolist() == [[1.0]]


def test_the_classifier_learns_from_the_flag_through_calibration():
    texts = ["The scheme has been reviewed and the funding is in place."] * 6 + ["The plan was published in May."] * 6
    X = [asked(t, k % 2 == 1) for k, t in enumerate(texts)]
    y = ["noted" if k % 2 else "accepted" for k in range(len(texts))]
    est = AnswerClassifier(min_df=1, min_class_count=3, calibration_folds=2, ask_weight=1.0).fit(X, y)
    k = list(est.classes_).index("noted")
    p = est.predict_proba([texts[0], asked(texts[0], True)])[:, k]
    assert p[1] > p[0] + 0.2  # the same words answering a question read as noted


@pytest.fixture(scope="module")
def shipped():
    model, light = load_answer_model(), load_frozen_answer_model()
    assert model is not None and light is not None
    return model, light


def test_the_shipped_stance_model_reads_the_ask_and_progress_does_not(shipped):
    model, light = shipped
    assert model.stance_model_.ask_weight > 0 and model.progress_model_.ask_weight == 0
    kinds = [type(b).__name__ for b in light.stance_model.folds[0].blocks]
    assert kinds[-1] == "FrozenRows" and light.stance_model.folds[0].blocks[-1].function is ask_rows


def test_an_answer_to_a_question_is_not_read_as_accepted(shipped):
    from pipeline.answers.judge import judge_answer

    model, light = shipped
    to_question, to_recommendation = light.judge(DESCRIBES, question=True), light.judge(DESCRIBES)
    assert to_question.stance.label not in ("accepted", "partially_accepted")
    assert to_question.stance.proba["noted"] > to_recommendation.stance.proba["noted"]
    assert judge_answer(DESCRIBES, True).stance == to_question.stance.label  # the cache tells the two apart
    assert judge_answer(DESCRIBES, False).stance == to_recommendation.stance.label
    # the estimator and its arrays agree on answers to questions, sentence by sentence too
    mine, theirs = model.judge(DESCRIBES, question=True), to_question
    assert mine.stance.label == theirs.stance.label and mine.stance.sentence == theirs.stance.sentence
    np.testing.assert_allclose(light.stance_model.predict_proba([asked(DESCRIBES, True)]),
                               model.stance_model_.predict_proba([asked(DESCRIBES, True)]), rtol=0, atol=1e-9)


def test_the_pipeline_tells_the_model_when_the_ask_is_a_question(monkeypatch):
    from pipeline.answers import shapes
    from pipeline.records import Document, DocumentMeta, Line, Paragraph

    calls: list[tuple[str, bool]] = []
    asks: dict[str, str | None] = {}
    real = shapes.judge_answer

    def spy(text: str, question: bool = False, ask: str | None = None):
        calls.append((text, question))
        asks[text] = ask
        return real(text, question, ask)

    monkeypatch.setattr(shapes, "judge_answer", spy)
    specs = [
        ("What is the capital spend for the Sheppey Gateway?", "1"),
        ("Government response to recommendation 1", None),
        ("The capital spend is 1.2 million pounds, met from the Family Hub budget.", None),
        ("The Council should publish the spend each year.", "2"),
        ("Government response to recommendation 2", None),
        ("Agreed. The spend will be published each year from April.", None),
    ]
    paragraphs = [Paragraph(uid=f"t:@{i}", number=None, kind="paragraph", heading=None, text=t, page=1, position=i,
                            label=label) for i, (t, label) in enumerate(specs)]
    doc = Document(id="ab" * 32, source="resp.txt", path="resp.txt", pages=1, lines=[Line("Response")],
                   meta=DocumentMeta(kind="response"))
    responses = shapes.find_responses(doc, paragraphs)
    asked_about = {text: q for text, q in calls}
    by_label = {r.label: r for r in responses}
    assert set(by_label) == {"1", "2"}
    assert asked_about[by_label["1"].text] is True and asked_about[by_label["2"].text] is False
    # and what each answers, in the words the response restates it in (`pipeline.answers.relevance`)
    assert asks[by_label["2"].text] == "The Council should publish the spend each year."
