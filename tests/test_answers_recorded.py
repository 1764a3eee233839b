"""Verdicts recorded apart from the answers (round 33): a heading over a group of answers, a resolution after them,
minutes that record what a partner answered, and a head whose title is set off in brackets. Shapes written here."""

from __future__ import annotations

from pipeline.answers.references import group_verdicts, summary_verdicts
from pipeline.answers.shapes import find_responses, head_labels
from pipeline.answers.stance import classify_stance
from pipeline.link import link_documents
from pipeline.process import parse_file
from pipeline.records import Document, DocumentMeta, Line, Paragraph, Response


def _para(text, pos, kind="paragraph", number=None, label=None):
    return Paragraph(uid=f"t:@{pos}", number=number, kind=kind, heading=None, text=text, page=1, position=pos, label=label)


def _answer(label, text, stance="accepted", progress="unknown"):
    return Response(uid=f"t:resp:{label}", label=label, restated="", text=text, stance=stance, stance_evidence=[],
                    progress=progress, progress_evidence=[], answers=[label], page=1, generator="t")


def test_a_head_may_set_its_title_off_in_brackets_but_not_a_sub_items_letter():
    assert head_labels("Recommendation 1 (fourteen days’ notice)", titled=True) == ["1"]
    assert head_labels("Recommendations 4 and 5 (waiting lists)", titled=True) == ["4", "5"]
    assert head_labels("Recommendation 3 (Paragraph 12)", titled=True) == ["3"]
    for part_of_the_label in ("Recommendation 2 (a)", "Recommendation 3 (iii)", "Recommendation 3 (XIV)"):
        assert head_labels(part_of_the_label, titled=True) == []
    assert head_labels("Recommendation 3 (that the Council should review its charges)", titled=True) == []


def test_a_heading_over_a_group_of_answers_gives_them_its_verdict():
    paragraphs = [
        _para("Recommendations the Executive accepts in part", 0, kind="heading", number="3"),
        _para("That the Council opens the depot on Sundays.", 1, label="2"),
        _para("The depot will open on the first Sunday of each month from June, and the Executive will look at demand.", 2),
        _para("Recommendations the Executive does not accept", 3, kind="heading", number="4"),
        _para("That the Council ends charges for garden waste.", 4, label="5"),
        _para("Charges pay for the service, which would otherwise have to be cut back.", 5),
        _para("Next steps", 6, kind="heading", number="5"),
        _para("A report will come to the Committee in a year.", 7),
    ]
    answers = [_answer("2", paragraphs[2].text, "accepted", "not_started"), _answer("5", paragraphs[5].text, "noted")]
    got = group_verdicts(paragraphs, answers)
    assert [(r.stance, r.stance_evidence) for r in got] == [
        ("partially_accepted", ["Recommendations the Executive accepts in part"]),
        ("rejected", ["Recommendations the Executive does not accept"]),
    ]
    assert got[0].progress == "not_started"  # the work it reports stands with the part accepted
    # an answer that prints its own verdict keeps it; an answer after a new numbered section takes none
    own = _answer("2", "Accepted in full. " + paragraphs[2].text, "accepted")
    assert group_verdicts(paragraphs, [own])[0] is own
    after = [*paragraphs[:3], _para("Other matters", 8, kind="heading", number="6"), _para("The fees are unchanged.", 9)]
    fee = _answer("7", "The fees are unchanged.", "noted")
    assert group_verdicts(after, [fee])[0] is fee


def test_a_resolution_after_the_answers_records_their_verdicts_by_number():
    paragraphs = [
        _para("Recommendation 1", 0, kind="heading"),
        _para("The Director said that most letters already went out fourteen days ahead and the rest soon would.", 1),
        _para("Recommendation 2", 2, kind="heading"),
        _para("The Director said that the line would keep its present hours, as few calls came after 4.30pm.", 3),
        _para("RESOLVED –", 4, kind="heading"),
        _para("(1) That the Committee notes that the Trust accepts recommendation 1 in part.", 5),
        _para("(2) That the Committee regrets that the Trust does not accept recommendation 2.", 6),
    ]
    answers = [_answer("1", paragraphs[1].text, "accepted"), _answer("2", paragraphs[3].text, "accepted")]
    got = summary_verdicts(paragraphs, answers)
    assert [r.stance for r in got] == ["partially_accepted", "rejected"]
    # one clause over two labels, after every answer: both take it (nothing follows that it could open)
    both = [*paragraphs[:4], _para("(3) That the Committee notes that the Trust accepts recommendations 1 and 2 in part.", 5)]
    assert [r.stance for r in summary_verdicts(both, answers)] == ["partially_accepted"] * 2


def test_a_verdict_in_a_relative_clause_or_as_a_noun_is_read():
    assert classify_stance("Recommendations the Cabinet does not accept")[0] == "rejected"
    assert classify_stance("Recommendations which the Council does not support")[0] == "rejected"
    assert classify_stance("That the Committee welcomes the Trust’s acceptance of recommendations 2, 3 and 5")[0] == "accepted"
    assert classify_stance("the Board’s rejection of recommendation 6")[0] == "rejected"
    # not a verdict on the recommendations: kept as before
    assert classify_stance("DHSC does not support mandating how systems review the estate.")[0] == "partially_accepted"


REPORT = """KELLMOOR COUNTY COUNCIL

HEALTH SCRUTINY COMMITTEE

WAITING WELL? HOW PATIENTS HEAR ABOUT THEIR HOSPITAL APPOINTMENTS

Report of the Committee's review, agreed on 9 September 2025.

Recommendations

Recommendation 1: That the Trust sends every routine appointment letter at least fourteen days before the appointment.

Recommendation 2: That the Trust opens its appointments line until 6pm on weekdays.

Recommendation 3: That the Trust offers every letter in large print on request.

Recommendation 4: That the Integrated Care Board compares letter times across the region's trusts.
"""

MINUTES = """KELLMOOR COUNTY COUNCIL

HEALTH SCRUTINY COMMITTEE

MINUTES of the meeting held on Tuesday 10 February 2026 at 10.00 am at County Hall, Kellmoor.

PRESENT: Councillor Ann Tarrow (Chair); Councillors Dev Corby and Mo Haskell.

12. APOLOGIES

None were received.

13. HOSPITAL APPOINTMENT LETTERS: RESPONSE TO THE COMMITTEE'S REVIEW

The Committee considered the responses to the four recommendations of its report "Waiting well? How patients hear about their hospital appointments".

Recommendation 1 (fourteen days' notice)

The Chief Operating Officer said that the Trust met the standard for 81 per cent of letters and would reach 90 per cent by December 2026.

Recommendation 2 (telephone line hours)

The Chief Operating Officer said that the line would keep its present hours, since fewer than 4 per cent of calls came after 4.30pm.

Recommendation 3 (large print)

The Head of Patient Access said that large print letters had been available on request since 2025.

Recommendation 4 (regional comparison)

The Director of Strategy said that the Board had asked the region's trusts for their figures and would report in March.

RESOLVED - That the Committee notes that the Trust does not accept recommendation 2.

14. DATE OF NEXT MEETING

Tuesday 24 March 2026.
"""


def test_minutes_that_record_the_answers_to_a_review_answer_it(tmp_path):
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "minutes.txt").write_text(MINUTES, encoding="utf-8")
    report, minutes = (parse_file(tmp_path / n, themes=False) for n in ("report.txt", "minutes.txt"))
    assert minutes.document.meta.kind == "minutes"
    assert minutes.document.meta.date == "2026-02-10"  # the meeting's, not the next meeting's
    assert [r.label for r in minutes.responses] == ["1", "2", "3", "4"]  # an item titled as the response
    assert minutes.responses[0].text.startswith("The Chief Operating Officer said")
    assert "RESOLVED" not in minutes.responses[-1].text
    result = link_documents([report, minutes])
    linked = {link.recommendation: link for link in result.links}
    assert set(linked) == {"1", "2", "3", "4"}  # it answers every label and names the report by its title
    assert not result.awaiting
    stances = {r.label: r.stance for r in result.realigned.get(minutes.id, minutes.responses)}
    assert stances["2"] == "rejected"  # the resolution after the answers records it


def test_minutes_of_the_meetings_own_business_answer_nothing():
    paragraphs = [
        _para("25. COMMUNITY GRANTS FRAMEWORK 2027–2030", 0, kind="heading"),
        _para("Recommendation 2", 1, kind="heading"),
        _para("Councillor Ward moved an amendment to recommendation 2, that the sum be increased to £90,000. "
              "The amendment was agreed.", 2),
        _para("Recommendation 3", 3, kind="heading"),
        _para("Councillor Sowerby moved an amendment to recommendation 3, which was agreed.", 4),
    ]
    doc = Document(id="cd" * 32, source="m.txt", path="m.txt", pages=1, lines=[Line("COMMUNITIES COMMITTEE")],
                   meta=DocumentMeta(kind="minutes", title="COMMUNITIES COMMITTEE"))
    assert find_responses(doc, paragraphs) == []


REPORT_LIGHTS = """NORTHMERE COUNTY COUNCIL

ENVIRONMENT SELECT COMMITTEE

DARK SKIES: STREET LIGHTING AND LIGHT POLLUTION

Report of the Committee, agreed on 3 November 2025.

Recommendations

Recommendation 1: That the Cabinet completes the conversion of every street light to LED by March 2028.

Recommendation 2: That the Cabinet dims residential street lights from 9pm and main roads from midnight.

Recommendation 3: That the Cabinet specifies warm white lanterns of no more than 2,700 kelvin for all new lights.

Recommendation 4: That the Cabinet trials part-night lighting in three villages near the moors.
"""

RESPONSE_LIGHTS = """NORTHMERE COUNTY COUNCIL

CABINET RESPONSE TO THE ENVIRONMENT SELECT COMMITTEE: DARK SKIES

Recommendation 1: That the Cabinet completes the conversion of every street light to LED by March 2028.

Agreed. The remaining 12,500 lights are in the capital programme, and there is no doubt the conversion will be complete by March 2028.

Recommendation 2: That the Cabinet dims residential street lights from 9pm and main roads from midnight.

Agreed in part. Residential lights will be dimmed from 9pm from April 2026; main roads will not be dimmed, on police advice.

Recommendation 3: That the Cabinet specifies warm white lanterns of no more than 2,700 kelvin for all new lights.

Agreed. Since January 2026 the contract has specified 2,700 kelvin lanterns, and no new cold white lanterns are fitted.

Recommendation 4: That the Cabinet trials part-night lighting in three villages near the moors.

Not agreed. The trial of 2013 was ended after complaints, and the police do not support part-night lighting.

Equality impact screening

| No. | Question | Answer |
|-----|----------|--------|
| 1 | Does the proposal affect people with protected characteristics? | Yes: age, sex, disability. |
| 2 | What is the likely impact? | Low negative, mitigated. |
| 3 | Is a full assessment needed? | No. |
"""


def test_a_table_of_something_else_under_numbers_of_its_own_answers_nothing(tmp_path):
    """An equality screening's table ("No. | Question | Answer") after the answers: its rows quote no recommendation and
    its one-word cells ("No.") are in any answer that says "no": the answers aligned to the report stand, one each."""
    (tmp_path / "report.txt").write_text(REPORT_LIGHTS, encoding="utf-8")
    (tmp_path / "response.txt").write_text(RESPONSE_LIGHTS, encoding="utf-8")
    report, response = (parse_file(tmp_path / n, themes=False) for n in ("report.txt", "response.txt"))
    result = link_documents([report, response])
    answers = result.realigned.get(response.id, response.responses)
    assert sorted(r.label for r in answers) == ["1", "2", "3", "4"]
    assert {r.label: r.stance for r in answers} == {"1": "accepted", "2": "partially_accepted", "3": "accepted", "4": "rejected"}
    assert not any("Yes: age" in r.text or r.text.strip() == "No." for r in answers)


def test_a_follow_up_table_s_assessment_column_is_the_asker_s_view_not_the_answer():
    """A committee's monitoring report tracks each recommendation: "Cabinet response | Update from service |
    Committee assessment". The assessment is the asking body's own view (answer lexicon `other_voices`): a detail
    beside the answer, never its text; the response and the update are the answer."""
    from pipeline.answers.tables import _columns

    headers = ["No.", "Recommendation", "Cabinet response", "Update from service", "Committee assessment"]
    cols = _columns(headers)
    assert cols is not None
    assert 4 not in cols.answers and 4 in cols.context
    assert 2 in cols.answers and 3 in cols.answers
