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


_ALLOTMENTS_REPORT = """Tallowfield District Council

Overview and Scrutiny Committee

Growing together: allotments in Tallowfield

Report of the Allotments Task and Finish Group, 10 March 2026

1. Introduction

1.1 The Group met five times between October 2025 and February 2026 and visited six of the district's nine allotment sites.

2. Recommendations

Recommendation 1: That the Cabinet publishes the waiting list for each of the district's nine allotment sites on the Council's website every quarter.

Recommendation 2: That the Cabinet brings the twelve vacant plots at Hollin Lane back into use by letting them as half plots.

Recommendation 3: That the Cabinet installs water troughs at the Mill Field and Quarry Road sites before the 2027 growing season.

Recommendation 4: That the Cabinet freezes allotment rents for 2026/27 for tenants who receive council tax reduction.

Recommendation 5: That the Cabinet offers the new half plots first to the people who have waited longest on the waiting list.
"""

_ALLOTMENTS_ITEM = """42. ALLOTMENTS TASK AND FINISH GROUP

The Cabinet considered the report of the Group. The Cabinet Member for Leisure welcomed it and explained that the rent concession already given to tenants on council tax reduction would continue.

RESOLVED:

(1) That the Group be thanked for its work;

(2) That water troughs be installed at the Mill Field and Quarry Road sites before the 2027 growing season, subject to the capital bid;

(3) That the waiting list for each allotment site be published on the Council's website and updated every quarter from July 2026;

(4) That the vacant plots at Hollin Lane be let as half plots, offered first to the people who have waited longest on the waiting list;

(5) That allotment rents not be frozen for tenants who receive council tax reduction, as their rents already carry a concession of half.

"""


def _allotment_minutes(item: str) -> str:
    return ("Tallowfield District Council\n\nMINUTES of a meeting of the CABINET held on 12 May 2026\n\n41. MINUTES\n\n"
            "RESOLVED: That the minutes of the meeting held on 14 April 2026 be approved as a correct record.\n\n"
            f"{item}43. LOCAL PLAN TIMETABLE\n\nRESOLVED: That the revised Local Plan timetable be approved.\n")


def test_minutes_answer_a_review_by_what_their_resolutions_do(tmp_path):
    """Cabinet minutes that name no recommendation: each resolution of the item answers the recommendations whose
    content it shares, in its own order; one resolution may answer two; the thanks and the other items answer none;
    a subjunctive refusal ("That allotment rents not be frozen ...") declines its ask."""
    from datetime import date

    from pipeline.link import link_documents

    (tmp_path / "report.txt").write_text(_ALLOTMENTS_REPORT, encoding="utf-8")
    (tmp_path / "minutes.txt").write_text(_allotment_minutes(_ALLOTMENTS_ITEM), encoding="utf-8")
    report, minutes = (segment(read_document(tmp_path / n)) for n in ("report.txt", "minutes.txt"))
    result = link_documents([report, minutes], today=date(2026, 6, 1))
    answers = {r.label: r for r in result.realigned[minutes.id]}
    assert sorted(answers) == ["1", "2", "3", "4", "5"]
    assert answers["3"].text.startswith("That water troughs be installed")
    assert answers["1"].text.startswith("That the waiting list for each allotment site")
    assert answers["2"].text == answers["5"].text and answers["2"].answers == ["2", "5"]
    assert answers["4"].stance == "rejected"
    assert not result.awaiting


def test_minutes_of_other_business_answer_nothing(tmp_path):
    """The same minutes without the review's item: the other items' resolutions share too little with its asks."""
    from datetime import date

    from pipeline.link import link_documents

    (tmp_path / "report.txt").write_text(_ALLOTMENTS_REPORT, encoding="utf-8")
    (tmp_path / "minutes.txt").write_text(_allotment_minutes(""), encoding="utf-8")
    report, minutes = (segment(read_document(tmp_path / n)) for n in ("report.txt", "minutes.txt"))
    result = link_documents([report, minutes], today=date(2026, 6, 1))
    assert not result.links and len(result.awaiting) == 5


def test_a_committees_own_minutes_that_send_its_review_on_answer_nothing(tmp_path):
    """The scrutiny committee adopts its group's review and recommends it to the Cabinet, its resolutions in the review's
    own words: a referral, not an answer, however much they share; nor do the minutes of a meeting on the report's own
    day (before it could be answered)."""
    from datetime import date

    from pipeline.link import link_documents

    item = _ALLOTMENTS_ITEM.replace("42. ALLOTMENTS TASK AND FINISH GROUP", "13. ALLOTMENTS TASK AND FINISH GROUP").replace(
        "RESOLVED:\n", "RESOLVED: That the report be endorsed and the following be recommended to the Cabinet:\n")
    (tmp_path / "report.txt").write_text(_ALLOTMENTS_REPORT, encoding="utf-8")
    (tmp_path / "minutes.txt").write_text(_allotment_minutes(item), encoding="utf-8")
    (tmp_path / "earlier.txt").write_text(_allotment_minutes(_ALLOTMENTS_ITEM).replace("12 May 2026", "10 March 2026"),
                                          encoding="utf-8")
    report, minutes, earlier = (segment(read_document(tmp_path / n)) for n in ("report.txt", "minutes.txt", "earlier.txt"))
    for other in (minutes, earlier):
        result = link_documents([report, other], today=date(2026, 6, 1))
        assert not result.links and len(result.awaiting) == 5


_NAMED_ITEM = """42. Growing together: response to the Allotments Task and Finish Group

The Committee considered the report of the Director of Place setting out a proposed response. Councillor Ellis moved an amendment that recommendation 4 be agreed, which was lost.

RESOLVED – That the Committee's response to the recommendations of the Allotments Task and Finish Group be as follows:

Recommendation 1 (Waiting lists): Agreed.

The lists to be published on the Council's website from July 2026.

Recommendations 2 and 5 (Half plots): Agreed in part. The plots at Hollin Lane will be let as half plots, but not offered first to those who have waited longest.

To accept recommendation 3, subject to the capital bid.

Recommendation 4 (Rents): Not agreed.

(Voting: For 9, Against 2; Councillor Ellis asked that her vote against recommendation 4 be recorded.)

"""


def test_minutes_answer_the_recommendations_they_name_under_an_item_that_names_the_report(tmp_path):
    """A committee system's minutes answer each recommendation under a head that names it ("Recommendation 1 (Waiting
    lists): Agreed."), or in a decision's own words ("To accept recommendation 3"). The item names the report by a title
    too short to name it alone, with its author: enough in a later meeting of another body. Each answer is its words
    without the head, with the paragraphs that carry it on to the next answer; the debate's account before ("an amendment
    that recommendation 4 be agreed") and the vote after name recommendations but answer none."""
    from datetime import date

    from pipeline.link import link_documents

    (tmp_path / "report.txt").write_text(_ALLOTMENTS_REPORT, encoding="utf-8")
    (tmp_path / "minutes.txt").write_text(_allotment_minutes(_NAMED_ITEM), encoding="utf-8")
    report, minutes = (segment(read_document(tmp_path / n)) for n in ("report.txt", "minutes.txt"))
    # (the stage reads the papers' details as given: the review's short title and its author, the meeting's body)
    report.document.meta.title, report.document.meta.body = "Growing together", "Allotments Task and Finish Group"
    minutes.document.meta.body = "Cabinet"
    result = link_documents([report, minutes], today=date(2026, 6, 1))
    answers = {r.label: r for r in result.realigned[minutes.id]}
    assert sorted(answers) == ["1", "2", "3", "4", "5"]
    assert answers["1"].text == "Agreed.\n\nThe lists to be published on the Council's website from July 2026."
    assert answers["2"].text == answers["5"].text and answers["2"].text.startswith("Agreed in part. The plots")
    assert answers["3"].text == "To accept recommendation 3, subject to the capital bid."
    assert answers["4"].text == "Not agreed." and answers["4"].stance == "rejected"
    assert answers["2"].stance == "partially_accepted"


@pytest.mark.parametrize("text, labels", [
    ("(1) That recommendations 1 to 4 of the Panel be accepted.", ["1", "2", "3", "4"]),
    ("To accept recommendations 1, 5 and 10, to be put into effect from April 2026.", ["1", "5", "10"]),
    ("Not to accept recommendation 3, as a voucher would cost £38,000 a year.", ["3"]),
    ("That the Cabinet agrees recommendations 2 and 3.", ["2", "3"]),
    ("Recommendations 4 and 5 (Wildlife in new housing): Agreed.", ["4", "5"]),
    # answers given elsewhere, agreed; and the debate's account: they name recommendations and answer none
    ("That the responses to recommendations 1 to 6 set out by the Cabinet Member be agreed.", []),
    ("Councillor Ellis moved an amendment that recommendation 4 be agreed, which was lost.", []),
])
def test_a_resolution_answers_the_recommendations_it_opens_by_deciding(text, labels):
    from pipeline.link.resolutions import _named

    assert _named(text) == labels


def test_a_record_of_decision_answers_the_recommendations_its_decisions_name(tmp_path):
    """An Executive Member's record of decision lists its decisions inside one paragraph, each deciding on
    recommendations by name and in its own order ("a) To accept recommendations 1 and 5 ...", "c) Not to accept
    recommendation 3, as ..."): each named recommendation is answered by that decision, without its letter; the record
    is paired with the report by them. Its alternative options answer nothing."""
    from datetime import date

    from pipeline.link import link_documents

    record = ("Tallowfield District Council\n\nRecord of decision by an Executive Member\n\nDecision\n\n"
              "The Executive Member has decided to respond as follows to the recommendations of the Allotments Task and "
              "Finish Group:\na) To accept recommendations 1 and 5, from July 2026.\n"
              "b) To accept recommendation 2 in principle, if the plots can be let as half plots without new fencing.\n"
              "c) Not to accept recommendation 4, as rents already carry a concession of half.\n"
              "d) To accept recommendation 3, subject to the capital bid.\n\n"
              "Alternative options considered and rejected\n\ni) To accept all of the recommendations in full.\n")
    (tmp_path / "report.txt").write_text(_ALLOTMENTS_REPORT, encoding="utf-8")
    (tmp_path / "record.txt").write_text(record, encoding="utf-8")
    report, rec = (segment(read_document(tmp_path / n)) for n in ("report.txt", "record.txt"))
    rec.document.meta.date = "2026-05-12"
    result = link_documents([report, rec], today=date(2026, 6, 1))
    answers = {r.label: r for r in result.realigned[rec.id]}
    assert sorted(answers) == ["1", "2", "3", "4", "5"]
    assert answers["1"].text == answers["5"].text == "To accept recommendations 1 and 5, from July 2026."
    assert answers["4"].stance == "rejected" and answers["2"].stance == "partially_accepted"
    assert not result.awaiting


_HEADED_ITEM = """42. Allotments Task and Finish Group

Councillor Ellis, the Group's Chair, presented its report. The Council considered the recommendations in turn.

Recommendation 1 – Waiting lists

RESOLVED to approve recommendation 1. The lists will be published from July 2026.

Recommendation 2 – Half plots

The Clerk reported that fencing the half plots would cost £3,000.

RESOLVED to approve recommendation 2.

Recommendation 4 – Rents

RESOLVED not to approve recommendation 4.

"""


def test_minutes_answer_each_recommendation_under_a_head_of_its_own(tmp_path):
    """A council that decides a review's recommendations in turn, a head over each ("Recommendation 2 – Half plots"), then
    the debate and the resolution: each answer is what lies under its head, to the next, and the head is no minute item
    of its own (which would end the item that names the report)."""
    from datetime import date

    from pipeline.link import link_documents

    (tmp_path / "report.txt").write_text(_ALLOTMENTS_REPORT, encoding="utf-8")
    (tmp_path / "minutes.txt").write_text(_allotment_minutes(_HEADED_ITEM), encoding="utf-8")
    report, minutes = (segment(read_document(tmp_path / n)) for n in ("report.txt", "minutes.txt"))
    report.document.meta.title, report.document.meta.body = "Growing together", "Allotments Task and Finish Group"
    minutes.document.meta.body = "Council"
    result = link_documents([report, minutes], today=date(2026, 6, 1))
    answers = {r.label: r for r in result.realigned[minutes.id]}
    assert sorted(answers) == ["1", "2", "4"]
    assert answers["2"].text == "The Clerk reported that fencing the half plots would cost £3,000.\n\nRESOLVED to approve recommendation 2."
    assert answers["1"].text.startswith("RESOLVED to approve recommendation 1.") and answers["4"].stance == "rejected"


_LETTERED_LETTER = """Tallowfield Allotments Association

12 May 2026

Dear Councillor Ellis,

Growing together: response to the Allotments Task and Finish Group

1. Thank you for the Group's report, which the Association's committee discussed on 5 May.

2. The Association's response is as follows:
a) Recommendation 1 – Waiting lists. Agreed. The lists will be published on the Association's website from July 2026.
b) Recommendations 2 and 5 – Half plots. Agreed in part. Our new tenancy rules now provide that:
(1) the plots at Hollin Lane are let as half plots; and
(2) they are not offered first to those who have waited longest.
c) Recommendation 3 – Water troughs. Agreed, subject to the capital bid.
d) Recommendation 4 – Rents. Not agreed.

3. I would be happy to discuss any of this with the Group.

Yours sincerely,

Jan Morley, Secretary
"""


def test_an_answer_under_a_lettered_head_with_a_run_in_title_is_its_words_and_its_own_list(tmp_path):
    """"a) Recommendation 1 – Waiting lists. Agreed. ...": the letter lists its heads, each names what it answers and
    the title run in after it says nothing; the answer is what follows them, with the items of a list it opens ("...
    now provide that:" over "(1) ... (2) ...")."""
    from datetime import date

    from pipeline.link import link_documents

    (tmp_path / "report.txt").write_text(_ALLOTMENTS_REPORT, encoding="utf-8")
    (tmp_path / "letter.txt").write_text(_LETTERED_LETTER, encoding="utf-8")
    report, letter = (segment(read_document(tmp_path / n)) for n in ("report.txt", "letter.txt"))
    report.document.meta.title, report.document.meta.body = "Growing together", "Allotments Task and Finish Group"
    letter.document.meta.kind, letter.document.meta.date = "response", "2026-05-12"
    result = link_documents([report, letter], today=date(2026, 6, 1))
    answers = {r.label: r for r in result.realigned[letter.id]}
    assert sorted(answers) == ["1", "2", "3", "4", "5"]
    assert answers["1"].text == "Agreed. The lists will be published on the Association's website from July 2026."
    assert answers["2"].text.startswith("Agreed in part. Our new tenancy rules now provide that:")
    assert "(2) they are not offered first to those who have waited longest" in answers["5"].text
    assert answers["3"].text == "Agreed, subject to the capital bid."
    assert answers["4"].text == "Not agreed." and answers["4"].stance == "rejected"


_TITLED_MINUTES_HTML = """<html><body><h1>Tallowfield District Council</h1>
<h2>Minutes of a meeting of the Cabinet held on 12 May 2026</h2>
<h3>42. Growing together: report of the Allotments Task and Finish Group</h3>
<p>The Cabinet considered the report of the Director of Place, which set out a proposed response to each of the five
recommendations of the Group, and took them in turn.</p>
<h4>Recommendation 1 – waiting lists</h4>
<p>The Cabinet Member for Leisure said that the lists would be published on the Council's website every quarter from July 2026.</p>
<h4>Recommendation 2 – half plots</h4>
<p>The Cabinet agreed the recommendation. The twelve vacant plots at Hollin Lane would be let as half plots from June.</p>
<h4>Recommendation 3 – water troughs</h4>
<p>The Cabinet agreed the recommendation, subject to the capital bid for 2027/28.</p>
<h4>Recommendation 4 – rents</h4>
<p>The Cabinet did not agree the recommendation, as tenants on council tax reduction already pay half the rent.</p>
<h4>Recommendation 5 – the longest waiting</h4>
<p>The Cabinet agreed that the half plots would be offered first to the people who had waited longest.</p>
<p>RESOLVED that the response to the recommendations of the Group be agreed as recorded above.</p>
</body></html>"""


def test_minutes_that_answer_under_heads_titled_in_lower_case_answer_each_recommendation(tmp_path):
    """"Recommendation 1 – waiting lists" set as a heading over the meeting's record of what was said: the words after
    the label are the head's title in lower case as in capitals, and the record under it is that recommendation's
    answer, whoever speaks in it."""
    from datetime import date

    from pipeline.link import link_documents

    (tmp_path / "report.txt").write_text(_ALLOTMENTS_REPORT, encoding="utf-8")
    (tmp_path / "minutes.html").write_text(_TITLED_MINUTES_HTML, encoding="utf-8")
    report, minutes = (segment(read_document(tmp_path / n)) for n in ("report.txt", "minutes.html"))
    report.document.meta.title, report.document.meta.body = "Growing together", "Allotments Task and Finish Group"
    minutes.document.meta.kind, minutes.document.meta.date, minutes.document.meta.body = "minutes", "2026-05-12", "Cabinet"
    result = link_documents([report, minutes], today=date(2026, 6, 1))
    answers = {r.label: r for r in result.realigned[minutes.id]}
    assert sorted(answers) == ["1", "2", "3", "4", "5"]
    assert answers["1"].text.startswith("The Cabinet Member for Leisure said that the lists would be published")
    assert answers["4"].stance == "rejected"


_UNTITLED_HEADS_ITEM = """42. ALLOTMENTS TASK AND FINISH GROUP

The Cabinet considered the report of the Group and the responses proposed by the Cabinet Member for Leisure.

RESOLVED – That the following responses to the recommendations of the Group be agreed:

Recommendation 1
Agreed. The waiting list for each site will be published on the Council's website every quarter from July 2026.

Recommendation 2
Not agreed. The Hollin Lane plots are needed for the school growing scheme.

Recommendation 3
The water troughs at Mill Field and Quarry Road were installed in April 2026.

"""


def test_minutes_that_resolve_answers_under_heads_that_only_name_each_recommendation_answer_them(tmp_path):
    """A committee-system council's minutes resolve the responses under a head for each recommendation that prints its
    label and nothing else ("Recommendation 3" over "The water troughs ... were installed in April 2026."): each block
    under its head answers it, whatever its words (the third prints no verdict); a head over the report's own words
    reprinted ("That the Cabinet ...") would ask, and answer nothing."""
    from datetime import date

    from pipeline.link import link_documents

    (tmp_path / "report.txt").write_text(_ALLOTMENTS_REPORT, encoding="utf-8")
    (tmp_path / "minutes.txt").write_text(_allotment_minutes(_UNTITLED_HEADS_ITEM), encoding="utf-8")
    report, minutes = (segment(read_document(tmp_path / n)) for n in ("report.txt", "minutes.txt"))
    report.document.meta.title, report.document.meta.body = "Growing together", "Allotments Task and Finish Group"
    minutes.document.meta.body = "Cabinet"
    result = link_documents([report, minutes], today=date(2026, 6, 1))
    answers = {r.label: r for r in result.realigned[minutes.id]}
    assert sorted(answers) == ["1", "2", "3"]
    assert answers["3"].text.startswith("The water troughs at Mill Field") and answers["2"].stance == "rejected"
