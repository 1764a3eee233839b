"""An answer that commits to a smaller version of its ask: less often, or less money (`pipeline.answers.smaller`)."""

from __future__ import annotations

import pytest

from pipeline.answers.judge import judge_answer
from pipeline.answers.smaller import less_money, less_often, periods, sums


@pytest.mark.parametrize("text, months", [
    ("every year", 12), ("each quarter", 3), ("every three years", 36), ("every 6 months", 6), ("quarterly", 3),
    ("once a year", 12), ("twice a year", 6), ("each financial year", 12), ("fortnightly", 0.5),
])
def test_periods_are_read_in_months(text, months):
    assert [m for m, _ in periods(f"The figures will be published {text}.")] == [months]


def test_a_school_year_is_no_period():
    assert periods("Every Year 6 pupil will be offered a place, and each Year 11 class a visit.") == []


@pytest.mark.parametrize("ask, answer, words", [
    ("That the Council reviews its strategy every year.", "The strategy will be reviewed every three years.",
     "every three years"),
    ("That waiting times are reported every six months.", "Waiting times will be reported once a year.", "once a year"),
    ("That waiting times are reported every six months.", "Waiting times will be reported every month.", None),
    ("That waiting times are reported every six months.", "Waiting times will be reported twice a year.", None),
    # a period the answer names beside one as often as asked: it does not say it does less
    ("That the Council reviews its strategy every year.",
     "The strategy will be reviewed every three years, with a report on the action plan every year.", None),
    ("That the Council publishes the figures.", "The figures will be published every year.", None),  # no period asked
])
def test_less_often_than_asked(ask, answer, words):
    assert less_often(ask, answer) == words


def test_an_acceptance_that_commits_to_less_often_than_asked_is_partial():
    """Guide rule 2: an answer that commits to a narrower action than the one asked is partially accepted; how often
    is part of what was asked. A printed verdict decides as printed (rule 1), and without the ask nothing changes."""
    ask = "That the ICB reports continence waiting times to the Committee every six months."
    answer = "We will report waiting times to the Committee once a year, in our annual report, next in March 2026."
    judged = judge_answer(answer, False, ask)
    assert judged.stance == "partially_accepted" and judged.stance_evidence == ["less often than asked: once a year"]
    assert judge_answer(answer).stance == "accepted"  # the ask unknown
    assert judge_answer("Agreed. " + answer, False, ask).stance == "accepted"  # a verdict printed


@pytest.mark.parametrize("text, pounds", [
    ("£400,000 a year", 400000), ("£1.2 million", 1200000), ("£250k", 250000), ("£ 75", 75), ("£3bn", 3e9),
])
def test_sums_are_read_in_pounds(text, pounds):
    assert [p for p, _ in sums(f"The Cabinet will provide {text}.")] == [pounds]


@pytest.mark.parametrize("ask, answer, words", [
    ("That the Cabinet provides £400,000 a year for tree planting.", "£120,000 has been included in the budget.",
     "£120,000"),
    ("That the Cabinet provides £400,000 a year for tree planting.", "£400,000 has been included in the budget.", None),
    ("That the Cabinet provides £400,000 a year.", "£120,000 this year, and £400,000 a year from 2027/28.", None),
    ("That the Cabinet funds tree planting.", "£120,000 has been included in the budget.", None),
    # a sum the ask sets as a ceiling is met by a smaller one (smaller v2)
    ("That the Council sets the fee at no more than £900.", "The fee will be £850 from 1 April 2026.", None),
    ("That grants of up to £5,000 are offered.", "Grants of £2,500 will be offered.", None),
    # a part or an increment is no sum to set against the ask's; a total over years is a year's share of it
    ("That the Council sets up a £400,000 community fund.", "We will offer grants of £5,000.", None),
    ("That the Council increases the grant from £50,000 to £80,000.", "An additional £30,000 has been agreed.", None),
    ("That the Council invests £1.2m over three years.", "We will invest £400,000 a year for three years.", None),
    ("That the Government funds a campaign with at least £1 million over two years.",
     "Defra will provide £250,000 in 2026/27.", "£250,000"),
])
def test_less_money_than_asked(ask, answer, words):
    assert less_money(ask, answer) == words
