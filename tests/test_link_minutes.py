"""Minutes settle decisions sought in their own words: matched by content words, not quotation.

tests/fixtures/minutes/ holds two invented report/minutes pairs written, with
`expected.json`, before the matcher was run on them: a passive rewording ("note the report"
/ "That the report be noted"), renumbered resolutions under "RESOLVED –", a deferral that
decides nothing, a resolution of another item with the same words ("... be noted"), and
"AGREED:" with lettered items that reword each decision ("Delegate authority to ..." /
"that the Director ... be given delegated authority ...").
"""

import json
from pathlib import Path

import pytest

from pipeline.ingest import read_document
from pipeline.link import decided_in
from pipeline.link.minutes import content_lemmas, overlap, resolutions
from pipeline.records import Paragraph
from pipeline.segment import segment

FOLDER = Path(__file__).resolve().parent / "fixtures" / "minutes"
EXPECTED = json.loads((FOLDER / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("pair", EXPECTED["pairs"], ids=lambda p: p["report"])
def test_decisions_are_matched_to_their_resolutions(pair):
    report = segment(read_document(FOLDER / pair["report"]))
    minutes = segment(read_document(FOLDER / pair["minutes"]))
    decisions = {r.label for r in report.recommendations if r.kind == "decision_sought"}
    assert decisions == set(pair["decided"]), "the report's decisions sought, as labelled"
    got = {m.recommendation.label: m.response_to for m in decided_in(report, minutes)}
    assert got == {k: v for k, v in pair["decided"].items() if v is not None}
    assert all(m.method == "minutes" for m in decided_in(report, minutes))


def test_passive_rewording_shares_its_lemmas():
    asked, resolved = content_lemmas("Members are asked to note the report"), content_lemmas("That the report be noted.")
    assert resolved == {"report", "note"} and overlap(asked, resolved) == 1.0


def _p(i: int, text: str, kind: str = "paragraph", number: str | None = None) -> Paragraph:
    return Paragraph(uid=f"m:{i}", number=number, kind=kind, heading=None, text=text, page=1, position=i)


def test_resolutions_carry_their_item_label_and_whether_they_settle():
    rs = resolutions([
        _p(0, "PLANNING APPEALS", "heading", "7"),
        _p(1, "RESOLVED – That the report be noted."),
        _p(2, "BUDGET", "heading", "8"),
        _p(3, "RESOLVED –", "heading"),
        _p(4, "(1) That the budget be approved."),
        _p(5, "(2) That the fees be deferred to the March meeting."),
        _p(6, "The meeting ended at 9.05 pm."),
    ])
    assert [(r.item, r.label, r.settles) for r in rs] == [("7", "1", True), ("8", "1", True), ("8", "2", False)]
    assert rs[0].text == "That the report be noted."


def test_an_opener_that_introduces_its_items_takes_the_numbered_paragraphs_after_it():
    """Kent's shape: '8) RESOLVED that Council:', a line about the vote, then '4. Agrees ...',
    '5. Approves ...' set as numbered paragraphs of their own."""
    rs = resolutions([
        _p(0, "Governance Update", "heading", "306"),
        _p(1, "RESOLVED that Council:", number="8"),
        _p(2, "Substantive Motion carried."),
        _p(3, "Agrees that the Chair of the Scrutiny Committee should be mandated as an opposition Member.", number="4"),
        _p(4, "Approves the relevant changes to the Constitution.", number="5"),
        _p(5, "Pay Policy Statement 2025/26", "heading", "307"),
    ])
    assert [(r.item, r.label) for r in rs if r.label in ("4", "5")] == [("306", "4"), ("306", "5")]


def test_minutes_settle_the_decisions_of_every_report_on_their_agenda():
    """One meeting, two reports (written for this test before it ran): whichever report the
    minutes are paired with, the other report's decision is settled by its own item too."""
    from datetime import date

    from pipeline.link import link_documents
    from pipeline.process import parse_file

    names = ["b_fenwick_fees_cabinet_report.txt", "b_fenwick_budget_monitoring_report.txt", "b_fenwick_cabinet_minutes.txt"]
    docs = [parse_file(FOLDER / n, themes=False) for n in names]
    result = link_documents(docs, today=date(2026, 6, 1))
    settled = {(l.report, l.response_to) for l in result.links if l.method == "minutes"}
    assert {r for r, _ in settled} == {"b_fenwick_budget_monitoring_report.txt", "b_fenwick_fees_cabinet_report.txt"}
    open_decisions = {a.report for a in result.awaiting if a.status == "decision_sought"}
    assert "b_fenwick_budget_monitoring_report.txt" not in open_decisions


def test_a_decision_to_choose_among_options_is_settled_by_the_resolution_that_takes_one():
    """"The Council may, having reviewed the decision, resolve one of the following: a) ... b) ... c) ..." is one
    decision; the minutes resolve one option in their own words, which share few words with the whole but most
    with that option."""
    from pipeline.link.minutes import settled_decisions
    from pipeline.records import Recommendation

    decision = Recommendation(
        uid="r:rec:1", label="1", kind="decision_sought", addressee="Council", text=(
            "The Council may, having reviewed Executive Decision 24/00093, resolve one of the following:\n"
            "a) Agree that the decision be implemented\n"
            "b) express comments but not require reconsideration of the decision, or\n"
            "c) require implementation of the decision to be postponed pending reconsideration of the matter by the "
            "Cabinet, taking into account the Council's comments"),
        paragraph=None, page=1, generator="t")
    minutes = [
        _p(0, "Review of Decision 24/00093 - Family Hubs", "heading", "300"),
        _p(1, "RESOLVED that the County Council makes comments but does not require reconsideration of the decision. "
              "In particular, the Council urges that Seashells and Millmead are directly funded from the fourth year Family Hub Grant to deliver the "
              "service from their own resources, in order to maximise the benefits to residents of co-location.",
           number="5"),
    ]
    settled = settled_decisions([decision], minutes)
    assert [(s.recommendation.label, s.resolution.label) for s in settled] == [("1", "5")]
