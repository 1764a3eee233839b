"""Round 7: each modelled theme's own probability cut by what the rules found (rules, weak term, none),
chosen by grouped cross-validation on the training paragraphs (`pipeline.themes.train`)."""

from __future__ import annotations

import numpy as np

from pipeline.themes.linear import CUT_TIERS, NEVER, LinearThemeModel, ThemeInput, save_model, tier
from pipeline.themes.model import ThemeClassifier, load_model
from pipeline.themes.tagger import ThemeTagger
from pipeline.themes.taxonomy import cached_taxonomy
from pipeline.themes.train import apply_cuts, choose_cuts, cut_strategies

X = ["burglary crime police offender reduce", "police crime victim burglary rise", "offender probation crime police",
     "park litter clean street green space", "litter fly tip street clean park", "recycling waste litter park clean",
     "budget funding saving grant cut", "funding budget pressure grant saving", "crime budget police funding cut",
     "park budget litter funding"]
Y = [["community_safety"]] * 3 + [["environment"]] * 3 + [["finance_resources"]] * 2 + \
    [["community_safety", "finance_resources"], ["environment", "finance_resources"]]


def small(**kw) -> ThemeClassifier:
    return ThemeClassifier(min_df=1, max_features=None, **kw)


def test_tiers_follow_what_the_rules_found():
    assert [tier(r, 0.5) for r in (0.9, 0.5, 0.4, 0.0)] == [0, 0, 1, 2]
    assert CUT_TIERS == ("rules", "weak", "none")


def test_a_themes_own_cuts_decide_and_others_keep_the_threshold():
    est = small(threshold=0.35, cuts=(("environment", 0.0, 0.6, NEVER),))
    assert est.cut(0.9, 0.5, "environment") == 0.0
    assert est.cut(0.4, 0.5, "environment") == 0.6
    assert est.cut(0.0, 0.5, "environment") == NEVER
    assert est.cut(0.0, 0.5, "housing") == est.cut(0.0, 0.5) == 0.35


def test_cuts_survive_freezing_and_a_file_without_them_means_the_threshold(tmp_path):
    est = small(cuts=(("environment", 0.0, 0.6, NEVER),)).fit(X, Y)
    frozen = est.freeze()
    j = list(frozen.classes_).index("environment")
    assert list(frozen.cuts[j]) == [0.0, 0.6, NEVER]
    again = load_model(save_model(frozen, tmp_path / "m.npz"))
    assert again is not None and np.array_equal(again.cuts, frozen.cuts)
    assert again.cut(0.9, 0.5, "environment") == 0.0 and again.cut(0.0, 0.5, "community_safety") == est.threshold
    old = {k: v for k, v in frozen.arrays().items() if k != "cuts"}  # v3's file has no cuts
    v3 = LinearThemeModel(old)
    assert (v3.cuts == v3.threshold).all()


def test_predict_applies_the_cuts():
    never = small(cuts=tuple((t, NEVER, NEVER, NEVER) for t in ("community_safety", "environment",
                                                                 "finance_resources"))).fit(X, Y)
    assert never.predict(X) == [[] for _ in X]
    rules = small(cuts=(("environment", 0.0, NEVER, NEVER),)).fit(X, Y)
    tagged = rules.predict([ThemeInput("nothing here", {"rule:environment": 0.9}), ThemeInput("litter park clean")])
    assert "environment" in tagged[0] and "environment" not in tagged[1]


def test_a_rules_tag_kept_by_a_union_cut_says_the_rules_decided():
    est = small(C=5.0, cuts=(("environment", 0.0, NEVER, NEVER),)).fit(X, Y)
    tagger = ThemeTagger(cached_taxonomy(""), est.freeze())
    tags = tagger.tag_texts(["Fly-tipping and litter in parks rose this year; the recycling rate fell."])[0]
    env = [t for t in tags if t.theme == "environment"]
    assert env and env[0].generator.endswith("+rules") and env[0].evidence


def test_choose_cuts_takes_each_themes_better_mechanism():
    # theme 0: the rules are right and the model is noise; theme 1: the model is right, the rules silent
    rng = np.random.default_rng(0)
    gold = np.zeros((40, 2), dtype=bool)
    gold[:20, 0] = gold[10:30, 1] = True
    rules = np.zeros((40, 2))
    rules[:20, 0] = 0.9
    proba = np.column_stack([rng.uniform(0, 1, 40), np.where(gold[:, 1], 0.8, 0.1)])
    cuts = choose_cuts(proba, rules, gold, cut_strategies(0.35)["mechanism"], 0.5)
    assert cuts[0] == (0.0, NEVER, NEVER) and cuts[1] == (0.35, 0.35, 0.35)
    assert (apply_cuts(proba, rules, cuts, 0.5) == gold).all()


def test_an_unmodelled_theme_is_decided_by_the_rules():
    proba = np.array([[np.nan], [np.nan]])
    rules = np.array([[0.9], [0.4]])
    assert apply_cuts(proba, rules, {}, 0.5)[:, 0].tolist() == [True, False]
    assert choose_cuts(proba, rules, np.array([[True], [False]]), cut_strategies(0.35)["union"], 0.5) == {}
