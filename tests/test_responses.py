"""Responses inside one document, and the stance/progress rules (table-driven)."""

from __future__ import annotations

import pytest

from pipeline.link.stance import judge, load_rules
from pipeline.records import Document, DocumentMeta, Line, Paragraph
from pipeline.segment.responses import find_responses


def para(text, *, pos, kind="paragraph", number=None, label=None, page=1):
    return Paragraph(uid=f"t:@{pos}", number=number, kind=kind, heading=None, text=text, page=page, position=pos, label=label)


def document(kind="other", first_line="Update on the Scrutiny Board Report"):
    return Document(id="ab" * 32, source="resp.txt", path="resp.txt", pages=1, lines=[Line(first_line)],
                    meta=DocumentMeta(kind=kind))


def units(*specs):
    return [para(text, pos=i, **kw) for i, (text, kw) in enumerate(specs)]


STANCE_CASES = [
    # (text, stance, progress)
    ("The Council does not accept this recommendation.", "rejected", "unknown"),
    ("The Government rejects this recommendation.", "rejected", "unknown"),
    ("Reports should say whether recommendations have been accepted or rejected.", "unclear", "unknown"),
    ("We do not agree.", "rejected", "unknown"),
    ("The Government agrees and will commission the review.", "accepted", "unknown"),
    ("The Government does not agree with the Committee's view of the evidence.", "rejected", "unknown"),
    ("Accepted in principle; funding is still to be found.", "partially_accepted", "unknown"),
    ("The Cabinet agrees in part with the recommendation.", "partially_accepted", "unknown"),
    ("DHSC does not support mandating how systems review the estate.", "partially_accepted", "unknown"),
    ("The government supports this recommendation and the work is underway.", "accepted", "in_progress"),
    ("Agreed. The new protocol has been completed and published.", "accepted", "completed"),
    ("The Board is committed to reviewing its terms of reference.", "accepted", "unknown"),
    ("The Executive notes the recommendation.", "noted", "unknown"),
    ("The department will consider whether a pilot is feasible.", "noted", "not_started"),
    # must stay unclear: nothing decides, and nothing defaults to accepted
    ("Food labelling is an area of EU competence.", "unclear", "unknown"),
    ("The Board welcomes scrutiny's interest in the matter.", "unclear", "unknown"),
    # acceptance shown only by action taken
    ("A sub group is currently working on the final terms of reference.", "accepted", "in_progress"),
]


@pytest.mark.parametrize("text,stance,progress", STANCE_CASES)
def test_stance_and_progress_rules(text, stance, progress):
    got_stance, s_ev, got_progress, p_ev = judge(text)
    assert (got_stance, got_progress) == (stance, progress)
    if stance != "unclear":
        assert s_ev, "a decided stance must carry its evidence"
    if progress != "unknown":
        assert p_ev


def test_negation_is_never_read_as_acceptance():
    stance, evidence, _, _ = judge("The Council does not accept the recommendation and will not implement it.")
    assert stance == "rejected"
    assert any("not accept" in e for e in evidence)


def test_rules_are_versioned_data():
    rules = load_rules()
    assert rules.generator == "stance_rules.v2"
    assert rules.stance_order[0] == "rejected"


def seed_001_like():
    return units(
        ("Update on the Scrutiny Board Report", {"kind": "heading"}),
        ("That the Board pursues more partner involvement in the cleaner-greener priorities.", {"label": "1"}),
        ("It was agreed at the joint meeting that there is room to engage more with partners.", {}),
        ("This work is now underway.", {"page": 2}),
        ("That the Board keeps all Elected Members informed of the Poverty Challenge.", {"label": "2"}),
        ("There have so far been 2 quarterly briefings sent to elected members.", {}),
        ("Conclusions", {"kind": "heading"}),
        ("The Board welcomed the comments made by the Scrutiny Committee.", {}),
    )


def test_heading_form_answers_stop_at_next_section_heading():
    responses = find_responses(document(), seed_001_like())
    assert [r.label for r in responses] == ["1", "2"]
    first, second = responses
    assert first.restated.startswith("That the Board pursues")
    assert first.text.startswith("It was agreed") and first.text.endswith("now underway.")
    assert (first.stance, first.progress) == ("accepted", "in_progress")
    assert "Conclusions" not in second.text and "welcomed" not in second.text
    assert second.progress == "completed"
    assert first.generator == "stance_rules.v2"


def test_report_repeating_its_recommendations_has_no_responses():
    report = units(
        ("Working with partners", {"kind": "heading"}),
        ("The Board heard from partners about cleaner-greener work.", {"number": "10"}),
        ("That the Board pursues more partner involvement.", {"label": "1"}),
        ("The Director also emphasised the need to engage communities.", {"number": "11"}),
        ("That the Board involves the third sector.", {"label": "2"}),
        ("Areas of improvement", {"kind": "heading"}),
    )
    assert find_responses(document(kind="scrutiny_report", first_line="Report of the Scrutiny Board"), report) == []


def test_marked_form_quote_then_government_response():
    paragraphs = units(
        ("Every provider should have access to digital platforms.", {"label": "1"}),
        ("The platforms must allow submissions into national datasets.", {}),
        ("11/24/25, 8:19 PM", {"kind": "heading"}),
        ("Government response to recommendation 1 The government supports this recommendation.", {}),
        ("Work is ongoing with NHS England.", {}),
        ("ICSs should map out the pathway.", {"label": "2"}),
        ("Government response to recommendation 2", {}),
        ("The government does not accept this recommendation.", {}),
    )
    responses = find_responses(document(kind="response"), paragraphs)
    assert [r.label for r in responses] == ["1", "2"]
    assert "must allow submissions" in responses[0].restated
    assert responses[0].text.startswith("The government supports") and "ongoing" in responses[0].text
    assert "8:19" not in responses[0].restated + responses[0].text
    assert responses[1].stance == "rejected"


def test_grouped_block_answers_several_numbered_recommendations():
    paragraphs = units(
        ("HoL Inquiry Recommendation", {"kind": "heading"}),
        ("We acknowledge that ministers should explain their decisions.", {"number": "8.3"}),
        ("We agree that ministers should explain publicly their reasons.", {"number": "8.4"}),
        ("The Government agrees with the Committee's conclusion.", {}),
        ("HoL Inquiry Recommendation", {"kind": "heading"}),
        ("We urge ministers to consult their departmental scientists.", {"number": "8.5"}),
        ("The Government agrees with the need to ensure this.", {}),
    )
    responses = find_responses(document(kind="response"), paragraphs)
    assert [(r.label, r.answers) for r in responses] == [("8.3", ["8.3", "8.4"]), ("8.5", ["8.5"])]
    assert responses[0].restated.split("\n\n")[1].startswith("8.4. We agree")
    assert responses[0].text == "The Government agrees with the Committee's conclusion."


def test_table_of_contents_lines_are_not_heads():
    paragraphs = units(
        ("Recommendation 1: A simplified structure ........................ 9", {}),
        ("Recommendation 2: Cabinet Office leadership ..................... 12", {}),
    )
    assert find_responses(document(kind="response"), paragraphs) == []


def test_officer_report_decision_block_is_not_a_response():
    paragraphs = units(
        ("Recommendation", {"kind": "heading"}),
        ("The County Council is asked to agree the revised Terms of Reference.", {}),
        ("Recommendation", {"kind": "heading"}),
        ("The Council is asked to note that the other councils have agreed the same changes.", {}),
    )
    assert find_responses(document(kind="officer_report"), paragraphs) == []


def test_titled_head_keeps_quoting_until_the_answer_takes_a_position():
    paragraphs = units(
        ("Cabinet Office leadership for civil emergencies", {"label": "2"}),
        ("The UK government should abolish the lead government department model.", {}),
        ("It should also require the Cabinet Office to lead on resilience.", {}),
        ("The government agrees with the need for a greater Cabinet Office role.", {}),
        ("This is in addition to the existing model.", {}),
    )
    (only,) = find_responses(document(kind="response"), paragraphs)
    assert only.label == "2"
    assert "abolish" in only.restated and "require the Cabinet Office" in only.restated
    assert only.text.startswith("The government agrees") and only.stance == "accepted"


def test_quote_broken_by_a_page_break_is_joined_and_heading_with_title_opens_a_block():
    paragraphs = units(
        ("HoL Inquiry Recommendation Weight management interventions", {"kind": "heading"}),
        ("We recommend that the Cabinet Office publish its evaluation (paragraph", {"number": "8.12"}),
        ("4.41).", {}),
        ("We recommend further that the structure involve the Chief Scientist.", {"number": "8.13"}),
        ("As the Committee has acknowledged, collaboration between Government and business is valuable", {"kind": "heading"}),
        ("The Government agrees with the Committee.", {}),
    )
    (only,) = find_responses(document(kind="response"), paragraphs)
    assert only.answers == ["8.12", "8.13"]
    assert "(paragraph 4.41)." in only.restated
    assert only.text.startswith("As the Committee has acknowledged")


def test_two_column_recommendation_response_table():
    rows = [
        ("Executive response to the Scrutiny Committee", False),
        ("Issue raised\tResponse", True),
        ("1. That the Cabinet Member considers the petition\tAgreed. The petition was considered in full.", True),
        ("\tThe consultation report was also taken into account.", True),
        ("2. That a valuation of the buildings be undertaken\tDesktop valuations have been completed.", True),
        ("Next steps", False),
        ("Not part of the table\tstray", True),
    ]
    d = document(kind="other")
    d.lines = [Line(text, table=table) for text, table in rows]
    responses = find_responses(d, [])
    assert [(r.label, r.restated) for r in responses] == [
        ("1", "That the Cabinet Member considers the petition"),
        ("2", "That a valuation of the buildings be undertaken"),
    ]
    assert responses[0].text.endswith("also taken into account.")
    assert (responses[0].stance, responses[1].progress) == ("accepted", "completed")


def test_a_sub_title_between_the_block_head_and_the_quote_does_not_end_the_block():
    """Behaviour Change response read from its PDF: 'Hol Inquiry Recommendation', a section
    title, then the quoted 8.26 and the answer."""
    paragraphs = units(
        ("Hol Inquiry Recommendation", {"kind": "heading"}),
        ("Weight management interventions", {"kind": "heading"}),
        ("We recommend that the Department of Health should commission a review.", {"number": "8.26"}),
        ("The Government agrees and will commission the review.", {}),
    )
    responses = find_responses(document(kind="response"), paragraphs)
    assert [(r.label, r.stance) for r in responses] == [("8.26", "accepted")]
