"""Issue 17, round 8: the second training batch (council papers), its label set v5 and its CV figures."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

from pipeline.themes.labelset import (
    COUNCIL_FILE,
    COUNCIL_SECOND_PASS_FILE,
    DOCUMENTS_FILE,
    LABEL_SETS,
    PARAGRAPHS_FILE,
    TRAINING_DIR,
    agreement,
    load_documents,
    load_label_set,
    load_paragraphs,
    read_jsonl,
)
from pipeline.themes.linear import default_model_path
from pipeline.themes.taxonomy import cached_taxonomy

ROOT = Path(__file__).resolve().parents[1]
ROUND8 = default_model_path().parent / "round8_cuts.labels-v5.json"


def _sampler():
    spec = importlib.util.spec_from_file_location("sample_council_batch", TRAINING_DIR / "sample_council_batch.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_council_batch_is_large_enough_and_labelled_with_taxonomy_ids():
    ids = set(cached_taxonomy("").ids)
    rows = read_jsonl(TRAINING_DIR / COUNCIL_FILE)
    per_document = Counter(r["document"] for r in rows)
    assert len(rows) >= 500 and len(per_document) >= 40  # the round's brief
    assert max(per_document.values()) <= _sampler().PER_DOCUMENT
    assert len({r["id"] for r in rows}) == len(rows)
    assert not {r["id"] for r in rows} & {r["id"] for r in read_jsonl(TRAINING_DIR / PARAGRAPHS_FILE)}
    assert all(set(r["labels"]) <= ids and len(r["text"].split()) >= 8 and r["annotator"] and r["batch"] == "c2"
               for r in rows)


def test_council_batch_comes_only_from_the_councils_fixtures_it_may_use():
    sampler = _sampler()
    stems = {p.stem: p for p in sampler.candidates()}
    used = {p.parent.name for p in stems.values()}
    assert not used & {"reports", "robustness", "alignment"}  # the first batch's or the held-out set's
    for row in read_jsonl(TRAINING_DIR / COUNCIL_FILE):
        assert row["document"] in stems, row["document"]
        assert not sampler.HELD_OUT.search(f"{row['text']} {row['title']}")


def test_every_council_paper_has_its_title_and_headings_for_the_document_context():
    meta = {r["document"]: r for r in read_jsonl(TRAINING_DIR / DOCUMENTS_FILE)}
    for name in {r["document"] for r in read_jsonl(TRAINING_DIR / COUNCIL_FILE)}:
        assert meta[name]["title"] and isinstance(meta[name]["headings"], list) and meta[name]["headings"]


def test_label_set_v5_is_v4_and_the_council_batch_and_v3_v4_read_as_before():
    council = read_jsonl(TRAINING_DIR / COUNCIL_FILE)
    v3, v4, v5 = (load_label_set(n) for n in ("v3", "v4", "v5"))
    assert set(LABEL_SETS) == {"v3", "v4", "v5"}
    for name, docs in (("v3", v3), ("v4", v4)):  # unchanged by round 8: same documents, texts and labels
        before = load_documents(corrections=name == "v4")
        assert [(d.name, d.texts, d.labels) for d in docs] == [(d.name, d.texts, d.labels) for d in before]
    count = {n: sum(len(d.texts) for d in docs) for n, docs in (("v4", v4), ("v5", v5))}
    assert count["v5"] == count["v4"] + len(council)
    by_name = {d.name: d for d in v5}
    assert all(by_name[d.name].labels == d.labels for d in v4)  # the v4 documents keep their audited labels
    assert {r["id"]: r["labels"] for r in council} == {i: ls for d in v5 for i, ls in zip(d.ids, d.labels)
                                                       if i in {r["id"] for r in council}}
    assert len(load_paragraphs(council=True)) == len(load_paragraphs()) + len(council)
    with pytest.raises(ValueError):
        load_label_set("v6")


def test_council_batch_second_pass_agreement():
    first = {r["id"]: r["labels"] for r in read_jsonl(TRAINING_DIR / COUNCIL_FILE)}
    second = read_jsonl(TRAINING_DIR / COUNCIL_SECOND_PASS_FILE)
    assert len(second) == 60 and len({r["id"] for r in second}) == 60 and all(r["id"] in first for r in second)
    a = agreement([first[r["id"]] for r in second], [r["labels"] for r in second], cached_taxonomy("").ids)
    # the floor is what it reached (0.99; same annotator and session, so an upper bound on consistency)
    assert a["paragraphs"] == 60 and a["micro_f1"] >= 0.99


SECOND_ANNOTATOR = TRAINING_DIR / "council_batch_second_annotator.jsonl"


def test_a_second_annotator_labelled_a_reproducible_sample_of_the_council_batch():
    """Round 9: 160 rows drawn by `random.Random(2031).sample` and labelled by a second, independent annotator,
    who never saw the first labels. Two hands agree at 0.826; the rules are as far from either (0.57, 0.58)."""
    import random

    batch = read_jsonl(TRAINING_DIR / COUNCIL_FILE)
    drawn = sorted(random.Random(2031).sample(batch, 160), key=lambda r: (r["document"], r["id"]))
    second = read_jsonl(SECOND_ANNOTATOR)
    assert [r["id"] for r in second] == [r["id"] for r in drawn]
    themes = cached_taxonomy("").ids
    assert all(set(r["labels"]) <= set(themes) for r in second)
    first = {r["id"]: r["labels"] for r in batch}
    a = agreement([first[r["id"]] for r in second], [r["labels"] for r in second], themes)
    # the floor is what it reached (0.826); community safety (fire papers) is where the hands part most
    assert a["micro_f1"] >= 0.82 and a["per_theme"]["community_safety"]["f1"] < 0.5


def test_the_rules_are_as_far_from_either_annotator_as_from_the_other():
    from pipeline.themes.train import rule_decisions

    second = {r["id"]: r["labels"] for r in read_jsonl(SECOND_ANNOTATOR)}
    docs = [d for d in load_label_set("v5") if any(i in second for i in d.ids)]
    rows = [(i, ls, sorted(r)) for d, rules in zip(docs, _per_document(docs, rule_decisions(docs)))
            for i, ls, r in zip(d.ids, d.labels, rules) if i in second]
    themes = cached_taxonomy("").ids
    first_f1 = agreement([x for _, x, _ in rows], [r for _, _, r in rows], themes)["micro_f1"]
    second_f1 = agreement([second[i] for i, _, _ in rows], [r for _, _, r in rows], themes)["micro_f1"]
    people = agreement([x for _, x, _ in rows], [second[i] for i, _, _ in rows], themes)["micro_f1"]
    assert len(rows) == 160
    # (0.568 and 0.582 against 0.826; since stop 62, when the rules carry the document's subject, 0.610 and 0.637): the
    # rules' distance on council papers is not one annotator's reading, and still well short of the two hands' agreement
    # (this bounds the rules from above: it moved with their gain, never to hide a loss)
    assert abs(first_f1 - second_f1) < 0.05 and max(first_f1, second_f1) < people - 0.15


def _per_document(docs, flat):
    out, k = [], 0
    for d in docs:
        out.append(flat[k:k + len(d.texts)])
        k += len(d.texts)
    return out


def test_round8_cross_validation_on_v5_beats_the_rules_and_names_its_designated_variant():
    summary = json.loads(ROUND8.read_text(encoding="utf-8"))
    cv = summary["cross_validation"]
    assert summary["labels"] == "v5" and summary["paragraphs"] == 1645 and summary["documents"] == 79
    strategies = {k: v["cv"]["micro"]["f1"] for k, v in cv["cut_strategies"].items()}
    best = max(strategies, key=lambda k: strategies[k])
    assert best == "all_union_threshold"  # designated by CV alone (MODEL_CARD.md, "Round 8")
    # floors are what it reached: 0.711 for the designated variant, the rules 0.596 on the same paragraphs
    assert strategies[best] >= 0.71 and strategies[best] > cv["rules"]["micro"]["f1"] + 0.1
