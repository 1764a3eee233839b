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


@pytest.mark.parametrize("answer, declines", [
    ("I understand the strength of feeling. The Service will not be restoring 24-hour wholetime crewing.", True),
    ("We cannot commit to restoring wholetime crewing at Lowbridge this year.", True),
    ("We will not delay the review of crewing across the county.", False),  # declines something else
    ("The Service will restore 24-hour wholetime crewing at Lowbridge from April.", False),
    # (answer lexicon v17) a resolution's subjunctive refusal; not a clause with a modal or a finite verb
    ("That 24-hour wholetime crewing not be restored at Lowbridge fire station, as the Authority decided in 2024.", True),
    ("We agree that wholetime crewing at Lowbridge should not be restored without consultation.", False),
    ("The plan has said since 2023 that wholetime crewing at Lowbridge is not to be restored.", False),
    ("The rota has changed so that stations not crewed at night are covered by Lowbridge's wholetime crewing.", False),
])
def test_a_refusal_of_the_very_action_asked_for(answer, declines):
    from pipeline.answers.relevance import declined

    ask = "That the Fire and Rescue Service restores 24-hour wholetime crewing at Lowbridge fire station."
    assert (declined(answer, ask) is not None) is declines
    assert declined(answer, None) is None


def test_an_answer_that_declines_the_ask_with_no_verdict_word_is_a_refusal():
    from pipeline.answers import judge_answer

    ask = "That the Fire and Rescue Service restores 24-hour wholetime crewing at Lowbridge fire station."
    answer = ("The decision to crew Lowbridge with on-call firefighters at night was taken by the Fire Authority "
              "after public consultation. The Service will not be restoring 24-hour wholetime crewing.\n\n"
              "Our average response time has been 11 minutes since the change.")
    judged = judge_answer(answer, False, ask)
    assert judged.stance == "rejected"
    assert judged.stance_evidence[0] == "The Service will not be restoring 24-hour wholetime crewing."
    assert judged.progress == "unknown"


def test_an_answer_that_only_notes_and_declines_the_ask_is_a_refusal():
    """"HM Treasury keeps all taxes under review." then "The Government has no plans to introduce a new tax relief
    for ...": noting takes no position, declining the very action asked for does (guide rule 1); a noting answer that
    declines something else stays noted, and a printed acceptance is not overturned by declining a detail."""
    from pipeline.answers import judge_answer

    ask = "HM Treasury should introduce a tax relief for individuals who invest in community energy share offers."
    answer = ("HM Treasury keeps all taxes under review. The Government has no plans to introduce a new tax relief for "
              "investors in community energy share offers.")
    judged = judge_answer(answer, False, ask)
    assert judged.stance == "rejected" and "no plans to introduce" in judged.stance_evidence[0]
    other = "HM Treasury keeps all taxes under review. It has no plans to change the timetable for the Budget."
    assert judge_answer(other, False, ask).stance == "noted"
    accepted = ("The Government accepts this recommendation. It will introduce a relief for investors in community "
                "energy share offers, though it will not extend it to loans.")
    assert judge_answer(accepted, False, ask).stance == "accepted"
