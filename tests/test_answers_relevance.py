"""How far an answer speaks of the thing asked: the features read from an answer beside its ask."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.answers.asks import Asked, asked
from pipeline.answers.relevance import FEATURES, content_stems, load_vocabulary, relevance_rows

ASK = "That the Council publishes its inspection figures for every ward each quarter."


def _features(text: str, ask: str | None) -> dict[str, float]:
    return dict(zip(FEATURES, relevance_rows([asked(text, False, ask)])[0].tolist()))


def test_stems_join_the_forms_of_a_word_and_leave_out_stop_words():
    vocabulary = load_vocabulary()
    assert content_stems("Inspections were published", vocabulary) == content_stems("inspected, publishing", vocabulary)
    assert content_stems("that the of and it", vocabulary) == frozenset()


def test_an_answer_that_takes_up_the_ask_covers_its_words_in_the_tense_it_reports():
    done = _features("Agreed. Inspection figures for each ward have been published every quarter since April.", ASK)
    ahead = _features("Agreed. The Council will publish inspection figures for every ward each quarter from April.", ASK)
    unrelated = _features("The Council already runs a successful litter-picking scheme with volunteers.", ASK)
    assert done["ask_known"] == ahead["ask_known"] == unrelated["ask_known"] == 1.0
    assert done["best_covers"] >= 0.6 and ahead["best_covers"] >= 0.6
    assert unrelated["best_covers"] <= 0.2
    assert done["done_covers"] >= 0.6 and done["ahead_covers"] == 0.0
    assert ahead["ahead_covers"] >= 0.6 and ahead["done_covers"] == 0.0


@pytest.mark.parametrize("text", ["The figures have been published.", Asked("The figures have been published.", True)])
def test_an_answer_whose_ask_is_unknown_reads_as_an_average_answer_not_as_an_unrelated_one(text):
    """A plain text, or one that only knows its ask is a question, gets the `fill` the model learned (the
    features' means over its training answers), not zeros, which would read as repeating nothing asked."""
    fill = [1.0, 0.4, 0.2, 0.5, 0.3, 0.1, 0.2]
    assert relevance_rows([text], fill=fill).tolist() == [fill]
    assert relevance_rows([text]).tolist() == [[0.0] * len(FEATURES)]  # no fill given: zeros


def test_the_shipped_model_judges_progress_alike_with_and_without_the_ask():
    """Nearly every training answer knows its ask; a parse often does not (a response read without its
    report). Read without it, the shipped judgement must not drift from what it says with it."""
    from pipeline.answers.judge import judge_answer
    from pipeline.answers.train import load_units

    units = load_units()[::3]
    flips = sum(judge_answer(u.text, u.question, u.recommendation).progress != judge_answer(u.text, u.question).progress
                for u in units)
    assert flips <= 0.06 * len(units), (flips, len(units))


def test_the_ask_travels_with_the_text_and_weighs():
    text = asked("Ward figures are published each quarter.", False, ASK)
    assert text == "Ward figures are published each quarter." and text.ask == ASK
    np.testing.assert_allclose(relevance_rows([text], weight=3.0), 3.0 * relevance_rows([text]))
