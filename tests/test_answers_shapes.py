"""Responses inside one document, and the stance/progress rules (table-driven)."""

from __future__ import annotations

import pytest

from pipeline.answers.shapes import find_responses
from pipeline.answers.stance import MODEL_VERSION, judge, load_rules
from pipeline.records import Document, DocumentMeta, Line, Paragraph


def blocks(responses):
    """The answer blocks behind the responses: a block that answers several labels gives one
    response per label (issue 11), each with the block's answer; the first stands for it."""
    seen, out = set(), []
    for r in responses:
        key = (tuple(r.answers), r.text)
        if key not in seen:
            seen.add(key)
            out.append(r)
        assert r.label in r.answers
    return out


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
    # turning the ask down without the word: its cost outweighs it, or the present way is preferred to it (v33)
    ("The costs of a two-year trial would outweigh what it could tell us.", "rejected", "unknown"),
    ("We prefer to leave these choices to the bodies that buy the food, rather than set a minimum share in law.",
     "rejected", "unknown"),
    # doing part of what was asked, whatever the verb of the doing (v34)
    ("We can do part of what you ask, though.", "partially_accepted", "unknown"),
    ("The Trust will deliver some of what the Committee proposes.", "partially_accepted", "unknown"),
    ("We're looking at this, and will discuss it with the Tenants' Panel in March.", "noted", "unknown"),
    # a decision record's refusal in the infinitive (v32)
    ("c) Not to accept recommendation 3, as a voucher would cost £38,000 a year.", "rejected", "unknown"),
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
    # a verdict on a line of its own (v3)
    ("Recommendation accepted", "accepted", "unknown"),
    ("Recommendation rejected", "rejected", "unknown"),
    ("Recommendation acknowledged", "noted", "unknown"),
    ("Recommendation accepted in principle", "partially_accepted", "unknown"),
    ("Recommendation accepted. DBT has updated the existing guidance.", "accepted", "completed"),
    ("Recommendation accepted. Sir Gary has been appointed to the position.", "accepted", "completed"),
    # acceptance shown only by action taken
    ("A sub group is currently working on the final terms of reference.", "accepted", "in_progress"),
    # a verdict in a partner's plain words, to residents or by e-mail (v35)
    ("No problem at all. We'll send you the first figures in July.", "accepted", "unknown"),
    ("We said yes to this straight away.", "accepted", "unknown"),
    ("Absolutely.", "accepted", "unknown"),
    ("I have not been able to accept recommendation 6. The rules already require three quotations.", "rejected",
     "unknown"),
    ("No. We can't publish the place of named projects in the queue.", "rejected", "unknown"),
    ("No.\n\nAgreed. The contract has specified warm lanterns since January.", "unclear", "unknown"),  # "No." the column
    ("Partly.", "partially_accepted", "unknown"),
    ("No change to the timetable is planned.", "unclear", "unknown"),
    ("This is one we have said no to. Your service charge is worked out on what the cleaning costs.", "rejected", "unknown"),
    ("Yes, but only on the estates where residents ask for it.", "unclear", "unknown"),
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


@pytest.mark.parametrize("text", [
    "The Government does not therefore intend to set a national target.",
    "I do not propose to take this forward.",
    "It is not possible to commit to funding beyond the current Spending Review period.",
])
def test_rules_v7_read_a_refusal_by_intention_or_inability(text):
    assert judge(text)[0] == "rejected"


@pytest.mark.parametrize("text, stance", [
    ("The Cabinet noted this recommendation in April 2025 and said that the Council would continue to attend the fair.",
     "noted"),
    ("The Board noted the Committee's recommendation.", "noted"),
    ("The Cabinet notes this recommendation.", "noted"),
])
def test_rules_v30_read_a_note_recalled_in_the_past_tense(text, stance):
    """An update recalls the first verdict as it was given, in the past tense: "noted this recommendation" is a note, as
    "notes this recommendation" and "has noted" are, not an acceptance read from what it reports done."""
    assert judge(text)[0] == stance


@pytest.mark.parametrize("text, stance", [
    ("I am not able to accept this recommendation.", "rejected"),
    ("I am unable to accept this recommendation, because the grant cannot be used for travel.", "rejected"),
    ("I am considering how best to do this with the Board.", "noted"),
    ("I am committed to publishing the figures every quarter.", "accepted"),
])
def test_rules_v29_read_the_first_person_singular_as_the_third(text, stance):
    """A Mayor, a Cabinet Member or a Minister answers as "I": "am" is read where "is" and "are" are."""
    assert judge(text)[0] == stance


@pytest.mark.parametrize("text, stance", [
    ("The Department sees no need for a further set of statutory standards.", "rejected"),
    ("We can see no case for a second review.", "rejected"),
    ("We see no need to wait: the Council agrees and will publish the map in May.", "accepted"),  # urgency, no refusal
])
def test_rules_v23_read_an_ask_judged_needless_in_other_words_as_a_refusal(text, stance):
    assert judge(text)[0] == stance


@pytest.mark.parametrize(("text", "labels", "stance"), [
    # one verb for two recommendations, a degree for one of them only: their verdicts differ, the whole is partial
    ("Reservoir panels are already reviewing inspection intervals. We therefore accept recommendation 7, and "
     "recommendation 8 in part.", ["7", "8"], "partially_accepted"),
    ("The Government accepts recommendations 3, 5 and 8, and recommendation 4 in principle.", ["3", "4", "5", "8"],
     "partially_accepted"),
    # the same verdict for each: as judged
    ("We accept recommendations 7 and 8, and will report on both in March.", ["7", "8"], "accepted"),
    ("We accept recommendations 7 and 8 in part.", ["7", "8"], "partially_accepted"),
])
def test_an_answer_shared_by_several_recommendations_gives_their_verdicts_by_number_in_its_clauses(text, labels, stance):
    """Guide rule 1.4: an answer shared by several recommendations is labelled as a whole, partially accepted where it
    gives them different verdicts, here by number in one sentence, the second clause elliptical ("and recommendation 8
    in part": the verb is the first clause's)."""
    from pipeline.answers.references import shared_stance
    from pipeline.answers.stance import judge as rules_judge

    assert shared_stance(text, labels, rules_judge(text)[0], [])[0] == stance


def test_an_answer_shared_by_two_recommendations_that_accepts_one_and_refuses_the_other_is_partial():
    from pipeline.answers.stance import group_stance

    text = ("The Council supports Recommendation 2 and will publish the map in May.\n\n"
            "It is not possible to fund a second officer this year.")
    assert group_stance(text, ["2", "3"], "accepted", [])[0] == "partially_accepted"
    assert group_stance(text, ["2"], "accepted", [])[0] == "accepted"  # one recommendation: as judged
    agreed = "The Council supports both recommendations and will publish the map in May."
    assert group_stance(agreed, ["2", "3"], "accepted", [])[0] == "accepted"


@pytest.mark.parametrize("text, progress", [
    # what stays as it is beside the answer is no work on the ask going on (stance rules v36)
    ("The rest of the income will continue to support the parks budget as a whole.", "unknown"),
    ("Boards will continue to apply their own conflict of interest policies to other staff.", "unknown"),
    ("Work on the new strategy is under way and will continue through the summer.", "in_progress"),
])
def test_what_continues_as_it_is_is_no_progress(text, progress):
    from pipeline.answers.stance import classify_progress

    assert classify_progress(text)[0] == progress


@pytest.mark.parametrize("text, stance", [
    # a verdict verb with its object and no "with" between, qualified after the object, is partial (stance rules v37)
    ("The Cabinet had agreed this recommendation in part: large print on request, not every edition.", "partially_accepted"),
    ("The Cabinet agreed this recommendation in principle, subject to the upgrade of the website.", "partially_accepted"),
    ("The Government supports the two proposals in principle.", "partially_accepted"),
    ("The Cabinet agreed this recommendation. The newsletter started in February.", "accepted"),
    # a refusal of the ask in the form it was put keeps its aim: partial (guide rule 6), a bare refusal stays one
    ("I support the aim of this recommendation but cannot accept it as it stands.", "partially_accepted"),
    ("The Council cannot agree to it as drafted, but will consult on a smaller scheme.", "partially_accepted"),
    ("We cannot accept this recommendation: the cost is too high.", "rejected"),
])
def test_a_verdict_qualified_after_its_object_is_partial(text, stance):
    from pipeline.answers.stance import classify_stance

    assert classify_stance(text)[0] == stance


def test_rules_are_versioned_data():
    rules = load_rules()
    assert rules.generator == "stance_rules.v39"
    assert rules.stance_order[0] == "rejected"


@pytest.mark.parametrize("text, accepted", [
    # v4: agreeing with a statement is not accepting the ask
    ("The Council agrees that recruiting care workers is the greatest risk to the service.", False),
    ("The Government accepts that councils need longer-term certainty.", False),
    ("The Council accepts that recommendation and will act on it.", True),
    ("The Council agrees with the recommendation.", True),
    # v7: nor is agreeing with the committee that a premise holds, or sharing its view
    ("The Government agrees with the Committee that children should live close to home.", False),
    ("The Council shares the Panel's view that more must be done.", False),
    ("The Government agrees with the Committee's recommendation.", True),
    ("The Home Office supports Recommendation 9.", True),
])
def test_agreeing_that_a_statement_holds_is_not_acceptance(text, accepted):
    stance, _, _, _ = judge(text)
    assert (stance == "accepted") is accepted, stance


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
    assert first.generator.startswith(f"answer_model.v{MODEL_VERSION}") and "stance_rules.v6" in first.generator  # who judged


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
    # each label answered gets its own entry with the shared answer (issue 11)
    assert [(r.label, r.answers) for r in responses] == [
        ("8.3", ["8.3", "8.4"]), ("8.4", ["8.3", "8.4"]), ("8.5", ["8.5"]),
    ]
    assert responses[0].text == responses[1].text
    assert responses[1].restated.startswith("8.4. We agree")  # each label keeps its own quotation
    assert responses[0].text == "The Government agrees with the Committee's conclusion."


@pytest.mark.parametrize("head,labels", [
    ("Recommendations 4 and 5", ["4", "5"]),
    ("Recommendations 7 to 9", ["7", "8", "9"]),
    ("Recommendations 2, 3 and 6", ["2", "3", "6"]),
])
def test_a_head_naming_several_recommendations_shares_one_answer(head, labels):
    """A head that names several recommendations ("Recommendations 4 and 5"), with or without
    the quotations numbered under it, gives every named label the one answer that follows."""
    quoted = [(f"{n}. Offer every child a speech and language assessment {n}.", {"number": n}) for n in labels[:1]]
    paragraphs = units(
        ("Recommendation 1", {"kind": "heading"}),
        ("Expand the programme to all five localities.", {}),
        ("Executive response: Accepted. The programme now runs in every locality.", {}),
        (head, {"kind": "heading"}),
        *quoted,
        ("Executive response: Partially accepted. Screening will start in September.", {}),
    )
    responses = find_responses(document(kind="response"), paragraphs)
    assert [r.label for r in responses] == ["1", *labels]
    shared = responses[1:]
    assert all(r.answers == labels and r.text == shared[0].text for r in shared)
    assert shared[0].text.startswith("Partially accepted.")


@pytest.mark.parametrize("head, labels", [
    ("Recommendations 4 and 5 \u2013 leakage", ["4", "5"]),
    ("Recommendations 6 and 7: community liaison and new connections", ["6", "7"]),
    ("Recommendation 8 - social tariff", ["8"]),
])
def test_a_head_naming_recommendations_and_their_subject_opens_an_answer(head, labels):
    """A letter's heading that names what it answers and its subject ("Recommendations 4 and 5 - leakage"),
    with the answer under it and no quotation: one answer for every label it names."""
    paragraphs = units(
        ("Recommendation 1 \u2013 storm overflow data", {"kind": "heading"}),
        ("This is already business as usual for us: the map has shown every overflow since 2024.", {}),
        (head, {"kind": "heading"}),
        ("We will not set a separate target for the valley, but we will publish its leakage each year.", {}),
    )
    responses = find_responses(document(kind="response"), paragraphs)
    assert [r.label for r in responses][-len(labels):] == labels
    assert all(r.answers == labels and r.text.startswith("We will not set") for r in responses[-len(labels):])


def test_a_head_whose_words_after_the_labels_ask_or_run_on_is_not_a_titled_head():
    from pipeline.answers.shapes import head_labels
    assert head_labels("Recommendations 4 and 5 \u2013 leakage", titled=True) == ["4", "5"]
    assert head_labels("Recommendations 4 and 5 \u2013 leakage") == []  # a paragraph's line, not a heading
    assert head_labels("Recommendation 4 - That the Council sets a leakage target", titled=True) == []
    assert head_labels("Recommendation 4 - we agree. The target is set for the region", titled=True) == []


@pytest.mark.parametrize("verdicts,stance", [
    ("(d) Not agreed (e) Agreed", "partially_accepted"),
    ("3 - Agreed.\n4 - Not accepted: there is no budget for it.", "partially_accepted"),
    # the same verdict printed for both: the verdicts win over the narrative (guide rule 1), whatever the model reads
    ("(d) Agreed (e) Agreed", "accepted"),
    ("(d) Not agreed (e) Not agreed", "rejected"),
])
def test_a_shared_answer_with_a_verdict_per_label_is_judged_as_a_whole(verdicts, stance):
    """Labelling guide 1.4: one answer to several recommendations that accepts some and declines
    others is partially accepted, for each label it answers, with the verdicts as evidence."""
    labels = ["d", "e"] if "(d)" in verdicts else ["3", "4"]
    paragraphs = units(
        (f"Recommendations {labels[0]} and {labels[1]}" if labels[0] == "3" else "Recommendations (d) and (e)",
         {"kind": "heading"}),
        ("Response: The free service cannot be restored, but charges were reviewed in March.", {}),
        (verdicts, {}),
    )
    responses = find_responses(document(kind="response"), paragraphs)
    assert [r.label for r in responses] == labels
    assert {r.stance for r in responses} == {stance}
    if stance == "partially_accepted":
        assert all(len(r.stance_evidence) == 2 and all(e in r.text for e in r.stance_evidence) for r in responses)


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
    (only,) = blocks(find_responses(document(kind="response"), paragraphs))
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


def test_table_rows_numbered_in_order_when_the_issue_cell_has_no_label():
    """A question that starts with a capital letter ("A decision has been taken ...") is not
    lettered "A"; a "Feedback | Draft Council Response" header opens a table too."""
    rows = [
        ("Consultation Feedback\tDraft KCC Response", True),
        ("The centre must not close\tIt is acknowledged that the centre plays an important role.", True),
        ("A decision has been taken before to extend these contracts, why not again?\tThis was set out above.", True),
        ("b) Parking is free at the centre\tParking is not available at the Gateway.", True),
    ]
    d = document(kind="other")
    d.lines = [Line(text, table=table) for text, table in rows]
    responses = find_responses(d, [])
    assert [r.label for r in responses] == ["1", "2", "b"]
    assert responses[1].restated.startswith("A decision has been taken")


def test_action_plan_table_with_number_decision_and_timescale_columns():
    """The usual council answer to a scrutiny review: an action plan, one row per
    recommendation, with the decision and the progress in columns of their own."""
    rows = [
        ("No.\tScrutiny Recommendation\tAccepted / Rejected\tAction\tLead Officer\tTimescale\tProgress Update", True),
        ("R1\tThat the Council reviews its fees\tAccepted\tA review will report in May\tHead of Finance\tMay 2026\tUnderway", True),
        ("R2\tThat a new post be created\tNot accepted\tNo funding is available\t\t\t", True),
        ("\t\t\tThe Board will revisit this next year\t\t\t", True),
        ("R3\tThat the data be published\tAgreed\tPublished on the website\tData Officer\tDone\tCompleted", True),
    ]
    d = document(kind="other")
    d.lines = [Line(text, table=table) for text, table in rows]
    responses = find_responses(d, [])
    # labels as the output contract's label note gives them: "R1" -> "1"
    assert [r.label for r in responses] == ["1", "2", "3"]
    assert [r.restated for r in responses] == [
        "That the Council reviews its fees", "That a new post be created", "That the data be published",
    ]
    assert [(r.stance, r.progress) for r in responses] == [
        ("accepted", "in_progress"), ("rejected", "unknown"), ("accepted", "completed"),
    ]
    # the lead officer is a detail, beside the answer; the answer reads in column order, when it is
    # due included (a timescale is part of what was committed to)
    assert responses[0].details == ["Lead Officer: Head of Finance"]
    assert responses[0].text == "Accepted\n\nA review will report in May\n\nMay 2026\n\nUnderway"
    assert responses[1].text.endswith("The Board will revisit this next year")


def _rows_read(rows: list[str]):
    """The responses read from a document that is nothing but the table rows `rows` (cells joined by tabs)."""
    d = document(kind="other")
    d.lines = [Line(text, table=True) for text in rows]
    return find_responses(d, [])


def test_an_action_plans_columns_after_the_answer_are_the_answers_but_its_owner_and_ref_are_not():
    """"Cabinet response | Ref | Action | Lead officer | Timescale | Measure of success": a column that no lexicon names
    but that stands after the answer (what the action is to achieve, or has) is part of the answer; the action's
    own reference and who owns it are not."""
    rows = [
        "Rec\tScrutiny recommendation\tCabinet response\tRef\tAction\tLead officer\tTimescale\tMeasure of success",
        "1\tThat the Cabinet offers every young carer an assessment within 28 days.\tAgreed.\t1a\tAdd a question on "
        "caring to the referral form.\tHead of Early Help\tCompleted November 2025\tForms changed; referrals counted.",
    ]
    responses = _rows_read(rows)
    assert [r.label for r in responses] == ["1"]
    assert responses[0].text == ("Agreed.\n\nAdd a question on caring to the referral form.\n\nCompleted November 2025"
                                 "\n\nForms changed; referrals counted.")
    assert responses[0].details == ["Lead officer: Head of Early Help"]


def test_a_recommendation_answered_by_several_action_rows_is_done_when_each_action_is():
    """A response table whose recommendation cell spans several action rows ("1a", "1b"): the answer is complete
    only when every action is, and under way when one is done and another is still to come (guide rule 2.2)."""
    rows = [
        "Rec\tScrutiny recommendation\tCabinet response\tRef\tAction\tLead officer\tTimescale",
        "1\tThat the Cabinet offers every young carer an assessment within 28 days.\tAgreed.\t1a\tAdd a question on "
        "caring to the referral form.\tHead of Early Help\tCompleted November 2025",
        "\t\t\t1b\tFund a second assessment worker.\tCommissioning Manager\tPost to be advertised; in post by April 2027",
        "2\tThat the Cabinet publishes the waiting times.\tAgreed.\t2a\tPublish the waiting times each quarter.\t"
        "Head of Performance\tCompleted: first figures published October 2025",
        "\t\t\t2b\tAdd the waiting times to the annual report.\tHead of Performance\tCompleted: in the 2025 report",
    ]
    responses = _rows_read(rows)
    assert [(r.label, r.progress) for r in responses] == [("1", "in_progress"), ("2", "completed")]


def test_a_table_row_answering_two_items_and_a_row_that_cites_a_paragraph():
    """A Ref cell "R4 / R5" answers both; a Ref cell that cites a paragraph ("Para 3.4") labels its row by the
    paragraph, as printed without the word (round 15; it was kept whole), not by the next position."""
    rows = [
        "Ref\tRecommendation\tResponse\tAccepted?\tLead officer\tBy when",
        "R4 / R5\tR4: Five-year contract. R5: Shared target\tA new contract was approved.\tYes\tHead of Commissioning\tApril 2025",
        "R6\tOne web page for carers\tDone.\tYes\tHead of Customer Services\tCompleted",
        "Para 3.4\tComment on waiting times\tTwo assessors started.\tn/a\t\tJune 2025",
    ]
    d = document(kind="response")
    d.lines = [Line(text, table=True) for text in rows]
    responses = find_responses(d, [])
    assert [(r.label, r.answers) for r in responses] == [
        ("4", ["4", "5"]), ("5", ["4", "5"]), ("6", ["6"]), ("3.4", ["3.4"]),
    ]
    assert responses[0].text == responses[1].text


def test_a_data_table_is_not_a_response_table():
    rows = [("District\tTotal Families Reached\tStatus", True), ("Swale\t115\tOpen", True),
            ("Centre\tResponses", True), ("Millmead\t433", True)]  # a count of consultation responses
    d = document(kind="other")
    d.lines = [Line(text, table=table) for text, table in rows]
    assert find_responses(d, []) == []


def test_issue_3_kent_executive_response_pdf_answers_21_questions():
    from pathlib import Path

    from pipeline.process import parse_file

    pdf = Path(__file__).parent / "fixtures" / "pdf" / "kent_executive_response_24-00093.pdf"
    parsed = parse_file(pdf, themes=False)
    responses = parsed.responses
    assert [r.label for r in responses] == [str(k) for k in range(1, 22)]
    assert responses[0].restated.startswith("Cabinet Member to take into consideration the petition")
    assert responses[0].text.startswith("The Cabinet Member listened carefully")
    assert all(len(r.text) > 40 for r in responses)


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


def blood_response_like():
    """Infected Blood Inquiry response (CP 1224) in miniature: a summary table of labels,
    then numbered topic headings, restated items and answers that open by referring back."""
    return units(
        ("Useful Links", {"kind": "heading"}),  # the contents page names the closing section
        ("Approach taken", {"kind": "heading"}),
        ("", {"label": "1"}),  # the summary table: labels, no text
        ("Recommendation 4a) ii)", {"label": "3"}),
        ("Accepting in full", {"kind": "heading"}),
        ("Compensation Scheme", {"number": "1", "page": 15}),
        ("The compensation scheme should be set up now", {"kind": "heading", "number": "1", "page": 15}),
        ("This recommendation is accepted in full.", {"page": 15}),
        ("The Inquiry was unequivocal that those who suffered must be compensated.", {"page": 15}),
        ("15", {"kind": "heading", "page": 15}),
        ("Eligibility", {"kind": "heading", "page": 16}),
        ("The Government does not agree that cut-off dates are needed.", {"page": 16}),
        ("Recognising and remembering what happened to people", {"kind": "heading", "number": "2", "page": 17}),
        ("2a. A permanent memorial be established in the UK.", {"page": 17}),
        ("2b. A memorial be established at public expense at Treloar's.", {"page": 17}),
        ("2c. There should be at least three events, approximately six months apart.", {"page": 17}),
        ("This recommendation is accepted in full by the UK Government and the Scottish Government.", {"page": 17}),
        ("The memorials will be provided primarily at public expense.", {"page": 17}),
        ("Scottish Government", {"kind": "heading", "page": 18}),
        ("In Scotland, campaigners have already raised money for a memorial.", {"page": 18}),
        ("Preventing future harm to patients", {"number": "4", "page": 19}),
        ("4a) i-iii) Duty of Candour", {"kind": "heading", "page": 19}),
        ("4a) i. A statutory duty of candour should be introduced in Northern Ireland.", {"page": 19}),
        ("This recommendation is accepted in full by the Northern Ireland Executive", {"kind": "heading", "page": 19}),
        ("4a) iv-v) statutory duty of candour", {"kind": "heading", "page": 20}),
        ("4a) iv. The statutory duties of candour should be extended.", {"page": 20}),
        ("4a) v. Leaders should be required to follow the duty.", {"page": 20}),
        ("These recommendations are accepted in principle by the UK Government.", {"page": 20}),
        ("4a) iv. On 26 November, the UK Government published a report on the findings.", {"page": 20}),
        ("Giving effect to the recommendations of this Inquiry", {"kind": "heading", "number": "12", "page": 21}),
        ("12a. Within the next 12 months, the Government should report to Parliament.", {"page": 21}),
        ("12b. PACAC should review progress.", {"page": 21}),
        ("Recommendations 12) a-b) are accepted in full by the UK Government.", {"page": 21}),
        ("The Government understands the delay on the part of successive governments.", {"page": 21}),
        ("Useful Links", {"kind": "heading", "page": 22}),
        ("- Infected Blood Inquiry First Interim Report", {"page": 22}),
    )


def test_issue_3_answers_that_open_by_referring_back_to_the_restated_recommendations():
    """Issue 3: the Infected Blood response (numbered topic, restated '2a.'..., then 'This
    recommendation is accepted in full ...') gave no answers, only two from its summary table."""
    every = find_responses(document(kind="response"), blood_response_like())
    responses = blocks(every)
    assert [(r.label, r.answers) for r in responses] == [
        ("1", ["1"]),
        ("2a", ["2a", "2b", "2c"]),
        ("4a(i)", ["4a(i)"]),
        ("4a(iv)", ["4a(iv)", "4a(v)"]),
        ("12a", ["12a", "12b"]),
    ]
    first, second, third, fourth, last = responses
    # the answer runs across page furniture and sub-headings to the next head
    assert first.text.startswith("This recommendation is accepted in full.")
    assert "Eligibility" in first.text and "cut-off dates" in first.text and "15" not in first.text
    assert first.restated == "1. The compensation scheme should be set up now" and first.page == 15
    assert "Scottish Government" in second.text and "campaigners" in second.text
    assert next(r for r in every if r.label == "2c").restated.startswith("2c. There should")
    # the opener decides the stance, not a later sentence about a detail
    assert (first.stance, second.stance, third.stance, last.stance) == ("accepted",) * 4
    assert fourth.stance == "partially_accepted" and "accepted in principle" in fourth.stance_evidence
    # a sub-title between blocks belongs to neither answer; a labelled answer paragraph stays in its answer
    assert "statutory duty of candour" not in third.text and third.text.count("\n\n") == 0
    assert "On 26 November" in fourth.text
    # the section the contents page names ends the last answer
    assert "Useful Links" not in last.text and "Interim Report" not in last.text


def test_sub_recommendation_running_on_in_one_paragraph_gives_both_labels():
    paragraphs = units(
        ("Protecting the Safety of Haemophilia Care", {"kind": "heading", "number": "9"}),
        ("9a. That peer review should continue; and 9b. That NHS Trusts should deliberate on findings.", {}),
        ("9c. A peer review of each centre should take place every five years.", {}),
        ("These recommendations are accepted in principle by the UK Government.", {}),
        ("The practice of peer reviews is valuable.", {}),
        ("Finding the undiagnosed", {"kind": "heading", "number": "8"}),
        ("8a. Patients who had a transfusion before 1996 should be offered a test.", {}),
        ("The Government accepts these recommendations in full.", {}),
    )
    responses = blocks(find_responses(document(kind="response"), paragraphs))
    assert [(r.answers, r.stance) for r in responses] == [
        (["9a", "9b", "9c"], "partially_accepted"),
        (["8a"], "accepted"),
    ]
    assert "Finding the undiagnosed" not in responses[0].text


def test_report_prose_about_a_recommendation_is_not_an_answer():
    """A report that comments on its own numbered recommendations ('This recommendation is
    important ...', '... will ensure ...') does not become a response document."""
    report = units(
        ("Our recommendations", {"kind": "heading"}),
        ("The Council should publish its housing plan by March.", {"number": "1"}),
        ("This recommendation is important because residents asked for it.", {}),
        ("The Council should review the allocations policy.", {"number": "2"}),
        ("This recommendation will ensure that families are housed sooner.", {}),
        ("The Council should report progress to this committee.", {"number": "3"}),
        ("These recommendations are the result of six months of evidence.", {}),
    )
    for kind in ("other", "scrutiny_report"):
        assert find_responses(document(kind=kind, first_line="Report of the Housing Scrutiny Panel"), report) == []


def test_a_single_opener_does_not_switch_a_document_to_that_form():
    """One 'This recommendation is agreed' after a numbered paragraph does not override the
    heading-per-recommendation form of the rest of the document."""
    paragraphs = seed_001_like() + units(
        ("The Board should meet quarterly.", {"number": "7"}),
        ("This recommendation is agreed.", {}),
    )
    responses = find_responses(document(), paragraphs)
    assert [r.label for r in responses] == ["1", "2"]


def test_opener_first_sentence_gives_the_stance_of_the_principal_respondent():
    paragraphs = units(
        ("Regulation", {"kind": "heading", "number": "4"}),
        ("4c) i. That external regulation of safety in healthcare be simplified.", {}),
        ("These recommendations are accepted in full by the UK Government. They are accepted in principle "
         "by the Scottish Government.", {}),
        ("The Government does not agree that a new regulator is needed.", {}),
        ("Patient Records", {"kind": "heading", "number": "5"}),
        ("5a. Before the end of 2027 there should be a formal audit.", {}),
        ("This recommendation is accepted in principle by the UK Government, and in full by the Welsh Government.", {}),
    )
    responses = find_responses(document(kind="response"), paragraphs)
    assert [(r.label, r.stance) for r in responses] == [("4c(i)", "accepted"), ("5a", "partially_accepted")]


def test_word_action_plan_is_read_through_the_whole_parse(tmp_path):
    from docx import Document as WordDocument

    from pipeline.process import parse_file

    word = WordDocument()
    word.add_heading("Cabinet response to the Scrutiny Review of Library Services", level=1)
    word.add_paragraph("The Cabinet considered the review on 4 March 2026 and responds as follows.")
    table = word.add_table(rows=3, cols=4)
    for row, cells in zip(table.rows, [
        ("Recommendation", "Cabinet response", "Lead Officer", "Timescale"),
        ("1. That opening hours are extended on Saturdays", "Agreed. Saturday hours will be extended from April.", "Head of Libraries", "April 2026"),
        ("2. That the mobile library is reinstated", "Not agreed: the budget does not allow it.", "", ""),
    ]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    path = tmp_path / "cabinet_response.docx"
    word.save(path)
    responses = parse_file(path, themes=False).responses
    assert [(r.label, r.stance) for r in responses] == [("1", "accepted"), ("2", "rejected")]
    assert responses[0].restated == "That opening hours are extended on Saturdays"
    assert responses[0].details == ["Lead Officer: Head of Libraries"] and responses[0].text.endswith("April 2026")


def test_opener_naming_sub_ranges_splits_the_answer_by_range():
    """'Recommendations 12) a-c) are accepted in full ... 12) d-e) are accepted in
    principle': one opener, two answers, each with its own stance."""
    paragraphs = units(
        ("Giving effect to the recommendations", {"kind": "heading", "number": "12"}),
        ("12a. Within 12 months the Government should respond.", {}),
        ("12b. The Government should report back to Parliament.", {}),
        ("12c. PACAC should review the progress made.", {}),
        ("Recommendations 12) a-b) are accepted in full by the UK Government.\n"
         "Recommendation 12) c) is accepted in principle by the UK Government.", {}),
        ("The Government will publish a progress report.", {}),
        ("Learning from the Inquiry", {"kind": "heading"}),
        ("Training materials should be prepared.", {"number": "13"}),
        ("This recommendation is accepted in full.", {}),
    )
    responses = blocks(find_responses(document(kind="response"), paragraphs))
    assert [(r.answers, r.stance) for r in responses] == [
        (["12a", "12b"], "accepted"), (["12c"], "partially_accepted"), (["13"], "accepted"),
    ]
    assert responses[0].text == responses[1].text


def test_a_verdict_line_opens_the_answer_under_a_recommendation_head():
    """Post Office Horizon response: 'Recommendation 13', the quote, 'Recommendation
    rejected' on its own line, then the answer."""
    paragraphs = units(
        ("The Dispute Resolution Procedure in HSS should close.", {"label": "13"}),
        ("Recommendation rejected", {"kind": "heading"}),
        ("DBT rejects this recommendation as it conflicts with full and fair redress.", {}),
        ("Any claimant shall have a right to oral submissions.", {"label": "14"}),
        ("Recommendation accepted", {"kind": "heading"}),
        ("The Panel's terms of reference have been amended.", {}),
    )
    responses = find_responses(document(kind="response"), paragraphs)
    assert [(r.label, r.stance) for r in responses] == [("13", "rejected"), ("14", "accepted")]
    assert responses[0].restated == "The Dispute Resolution Procedure in HSS should close."
    assert responses[0].text.startswith("Recommendation rejected\n\nDBT rejects")


@pytest.mark.parametrize("text,question,stance", [
    # a verdict cell of its own wins over the narrative (labelling guide rule 1)
    ("Eligibility will be extended to carers of 30 hours a week.\n\nYes – in part\n\nHead of Commissioning", False,
     "partially_accepted"),
    ("We do not have the capacity to review every plan each year.\n\nNo\n\nDirector", False, "rejected"),
    ("The first phase starts in September.\n\nAgreed in principle\n\nSeptember 2025", False, "partially_accepted"),
    # a yes or no answering a question is no verdict
    ("Yes. The figures are published every quarter.", True, None),
    ("Some work.\n\nNo\n\nJune", True, None),
    # the first sentence's verdict phrase, not a commitment
    ("We accept this recommendation in part. Funding is limited.", False, "partially_accepted"),
    ("The Government is committed to growth. Plans will follow.", False, None),
    ("Funding has been agreed for two more years.", False, None),
    # the last verdict printed is the latest: a tracker's update after its first response
    ("The Cabinet will consider this in the summer review.\n\nAgreed following the review. The module was "
     "launched in September.\n\nGreen", False, "accepted"),
    # agreeing with a premise is no printed verdict
    ("The Government agrees with the Committee that children should live near home. Decisions must be "
     "based on need.", False, None),
])
def test_the_verdict_an_answer_prints(text, question, stance):
    from pipeline.answers.judge import judge_answer, printed_verdict

    found = printed_verdict(text, question)
    assert (found[0] if found else None) == stance
    if stance:
        assert judge_answer(text, question).stance == stance  # and it decides the judgement


@pytest.mark.parametrize("text,stance", [
    # a form's line of check boxes prints every option and ticks one: the ticked one is the verdict, whichever side of
    # its box it stands and whatever the blank options say
    ("Agreed \u2610   Partly agreed \u2612   Not agreed \u2610\n\nThere is money for two relief patrols, not four.",
     "partially_accepted"),
    ("Agreed \u2612   Partly agreed \u2610   Not agreed \u2610\n\nThe Cabinet Member will consider a pause.", "accepted"),
    ("\u2610 Accepted \u2610 Accepted in part \u2611 Not accepted\n\nThe cost would be £41,000 a year.", "rejected"),
    ("Agreed \u2610 Partly agreed \u2610 Not agreed \u2612 Grades are set by the job evaluation scheme.", "rejected"),
])
def test_the_option_a_form_ticks_is_its_verdict(text, stance):
    from pipeline.answers.judge import judge_answer

    judged = judge_answer(text)
    assert judged.stance == stance
    assert judged.stance_evidence[0] in text


def test_a_line_of_boxes_ticks_one_option_or_none():
    from pipeline.labels import ticked_option

    assert ticked_option("Yes \u2610 No \u2612") == "No"
    assert ticked_option("\u2612 Note the report \u2610 Approve it") == "Note the report"
    assert ticked_option("Status: \u2612 Not started \u2610 In progress \u2610 Complete") == "Not started"  # a field's boxes lead
    assert ticked_option("Progress: \u2610 Complete \u2612 Not complete") == "Not complete"
    assert ticked_option("Agreed \u2612") is None  # one box offers no choice
    assert ticked_option("Yes \u2612 No \u2612") is None  # two ticks choose nothing
    assert ticked_option("Yes \u2610 No \u2610") is None


@pytest.mark.parametrize("text,progress", [
    # a status cell or line of its own, with or without its field name and the date it prints
    ("The fixed penalty was raised from 1 November.\n\nPartially agreed\n\nImplemented 1 November 2024",
     "completed"),
    ("Agreed\n\nFree swimming continues in the new contract.\n\nIn place", "completed"),
    ("Agreed\n\nWork with the providers will begin next year.\n\nStatus: Not started", "not_started"),
    ("Agreed\n\nThe training will be delivered in March, after the rules are adopted.\n\nNot implemented", "not_started"),
    ("Agreed.\n\nProgress update (October 2025) – In progress", "in_progress"),
    # the last status printed is the latest statement (guide rule 2.4)
    ("Agreed\n\nComplete\n\nUpdate: the second phase was added.\n\nOngoing", "in_progress"),
    # a date alone, a deadline and a sentence are not statuses
    ("Agreed\n\nThe cameras will be installed.\n\n31 March 2025", None),
    ("Agreed\n\nComplete by March 2026", None),
    ("The work is complete and the report was published in May.", None),
    # nor is a RAG colour, whose meaning is each council's own, nor "On track", a schedule
    ("Agreed\n\nThe pilot has begun.\n\nGreen", None),
    ("Agreed\n\nOn track. The first report is scheduled for January.", None),
    # a local scale's words with no key: work under way, work put off to next year's plan (answer lexicon v31)
    ("Agreed\n\nThe draft charter was published for consultation.\n\nDelivering", "in_progress"),
    ("Agreed in part\n\nThe action is in next year's service plan.\n\nCarried forward", "not_started"),
    # but a colour that also says it in words does, and so does a status opening an update
    ("Agreed\n\nThe protocol was adopted.\n\nBlue – complete", "completed"),
    ("Agreed.\n\nComplete. The protocol was adopted in April.", "completed"),
])
def test_the_status_an_answer_prints(text, progress):
    from pipeline.answers.judge import judge_answer, printed_status

    found = printed_status(text)
    assert (found[0] if found else None) == progress
    if progress:
        assert judge_answer(text).progress == progress  # and it decides the judgement under an acceptance


@pytest.mark.parametrize("text,stance", [
    ("The Government notes the Committee’s recommendations on funding and on the workforce.", "noted"),
    ("We accept the Inquiry's recommendation in part.", "partially_accepted"),
    ("The Department does not accept the Select Committee's proposals.", "rejected"),
    ("The Government accepts the Committee's recommendation and will publish guidance.", "accepted"),
])
def test_rules_v6_read_a_verdict_on_a_bodys_recommendation_in_the_possessive(text, stance):
    from pipeline.answers.stance import classify_stance

    assert classify_stance(text)[0] == stance


@pytest.mark.parametrize("text,stance", [
    ("The Government accepts recommendation 3 in part.", "partially_accepted"),
    ("We agree with recommendations 4 and 6 in principle.", "partially_accepted"),
    ("It does not accept recommendation 2.", "rejected"),
    ("The Council does not support proposal 5.", "rejected"),
    ("The Government notes recommendation 7.", "noted"),
    ("The Government accepts recommendation 3.", "accepted"),
    # a tracker's or a memo's bare verdicts
    ("Declined", "rejected"), ("Not supported", "rejected"), ("Partly", "partially_accepted"), ("Supported", "accepted"),
    ("Support", "accepted"),
])
def test_rules_v13_read_a_verdict_on_a_recommendation_named_by_number(text, stance):
    from pipeline.answers.stance import classify_stance

    assert classify_stance(text)[0] == stance


@pytest.mark.parametrize(("cell", "stance"), [
    ("Do not accept", "rejected"), ("Accept", "accepted"), ("Partially accept", "partially_accepted"),
    ("Reject", "rejected"), ("Do not agree.", "rejected"),
])
def test_rules_v14_read_a_choice_column_s_verdict_in_its_verb_s_base_form(cell, stance):
    """A table that offers "Accept / Partially accept / Do not accept" prints its choice for each row so, after the
    answer: the cell is the verdict printed (a bare "does not accept" inside a sentence stays partial: "does not accept
    that ..." disputes a premise)."""
    from pipeline.answers.judge import printed_verdict
    from pipeline.answers.stance import classify_stance

    assert printed_verdict(f"The scheme would cost £98,000 a year.\n\n{cell}\n\nJuly 2026")[0] == stance
    assert classify_stance("The Council does not accept that the service is late.")[0] == "partially_accepted"


def test_a_letter_answers_by_naming_each_recommendation_in_its_own_order():
    """No quotation, no "Response:", no table: each answer opens with a sentence that names what it
    answers, by ordinal or by label, in the writer's order; two named together share one answer;
    the letter's introduction, closing paragraph and valediction belong to none."""
    paragraphs = units(
        ("Dear Councillor Hale,", {}),
        ("Thank you for the Board's report on library opening hours, which Cabinet discussed last week. "
         "I reply to its five recommendations below.", {}),
        ("Your second recommendation asked us to open every branch on Saturday afternoons. I agree, and "
         "the new hours will start in April.", {}),
        ("On the first recommendation, a review of the mobile library routes has begun.", {}),
        ("Routes will change from September.", {}),
        ("Turning to recommendations 3 and 4, I cannot fund more staff this year.", {}),
        ("Volunteers will help at two branches instead.", {}),
        ("Finally, the fifth recommendation is one for the Library Trust, which has noted it.", {}),
        ("I would be happy to discuss this letter at the Board's next meeting.", {}),
        ("Yours sincerely,", {}),
        ("Councillor Ann Brooke", {}),
    )
    found = find_responses(document(kind="other", first_line="Dear Councillor Hale,"), paragraphs)
    assert [r.label for r in found] == ["2", "1", "3", "4", "5"]
    by = {r.label: r for r in found}
    assert by["1"].text == ("On the first recommendation, a review of the mobile library routes has begun."
                            "\n\nRoutes will change from September.")
    assert by["3"].text == by["4"].text and by["3"].answers == ["3", "4"]
    assert by["5"].text.endswith("which has noted it.")  # the closing paragraph is the letter's, not an answer's
    assert all(r.restated is None for r in found)


def test_a_briefing_that_discusses_some_recommendations_answers_none():
    """A reply answers each recommendation in turn; a briefing names a few of twelve."""
    paragraphs = units(
        ("Recognition and remembrance", {"kind": "heading"}),
        ("The report's second recommendation aims to ensure recognition of the harm caused.", {}),
        ("Public inquiries", {"kind": "heading"}),
        ("Recommendations 11 and 12 focus on how public inquiries themselves are conducted.", {}),
        ("The Government said it would respond in full within the year.", {}),
    )
    assert find_responses(document(kind="response"), paragraphs) == []


@pytest.mark.parametrize("kind", ["officer_report", "scrutiny_report"])
def test_a_report_that_mentions_its_recommendations_gives_no_answers(kind):
    paragraphs = units(
        ("Recommendation 3 would cost £40,000 a year, met from the Transport reserve.", {"number": "7.1"}),
        ("Recommendations 2 and 5 concern discretionary arrangements and need no budget.", {"number": "8.1"}),
        ("The third recommendation has no legal implications.", {"number": "8.2"}),
    )
    assert find_responses(document(kind=kind), paragraphs) == []


def test_a_section_that_names_its_recommendations_together_then_turns_to_each():
    """A response in themed sections, each opening with the verdicts by number ("We agree with recommendations 2
    and 4, and with recommendation 3 in part"), then a paragraph on each that names it anywhere in its sentences:
    each answer is the shared opening and its own paragraph, and its verdict is the clause that names it."""
    paragraphs = units(
        ("Waste and recycling", {"kind": "heading"}),
        ("We agree with recommendations 2 and 4, and agree with recommendation 3 in part. We do not accept "
         "recommendation 1.", {}),
        ("A weekly food waste round, which recommendation 2 asks for, begins in every ward in May.", {}),
        ("The depot cannot house a second fleet, so the garden waste service that recommendation 1 proposes "
         "would need a new site.", {}),
        ("We will trial the bring-bank changes in recommendation 3 in two wards first.", {}),
        ("Recommendation 4 has been met: bins are now emptied before 9am in the town centre.", {}),
        ("Street cleaning", {"kind": "heading"}),
        ("Recommendation 5 is one for the Town Council, which has noted it.", {}),
    )
    found = find_responses(document(kind="response"), paragraphs)
    by = {r.label: r for r in found}
    assert [r.label for r in found] == ["2", "1", "3", "4", "5"]
    opening = paragraphs[1].text
    assert by["2"].text == opening + "\n\n" + paragraphs[2].text
    assert by["4"].text == opening + "\n\n" + paragraphs[5].text
    assert by["5"].text == paragraphs[7].text  # a section of one recommendation is read as before
    assert (by["2"].stance, by["1"].stance, by["3"].stance) == ("accepted", "rejected", "partially_accepted")
    assert by["4"].progress == "completed"


def test_a_section_whose_paragraphs_each_name_several_is_not_read_as_one_per_recommendation():
    paragraphs = units(
        ("Waste and recycling", {"kind": "heading"}),
        ("We agree with recommendations 2 and 4, and with recommendation 3 in part.", {}),
        ("Recommendations 2 and 3 both need the new depot, which opens in May.", {}),
        ("Recommendation 4 has been met.", {}),
    )
    found = find_responses(document(kind="response"), paragraphs)
    assert found and not any(r.text.startswith("We agree with") and r.text.endswith("has been met.") for r in found)


@pytest.mark.parametrize("text,label,clause", [
    ("The Government accepts recommendations 5 and 8, and accepts recommendation 4 in principle.", "4",
     "and accepts recommendation 4 in principle"),
    ("The Government accepts recommendations 5 and 8, and accepts recommendation 4 in principle.", "8",
     "The Government accepts recommendations 5 and 8"),
    ("We accept recommendation 1 but do not accept recommendation 2.", "2", "but do not accept recommendation 2"),
    ("We accept recommendation 1 but do not accept recommendation 2.", "1", "We accept recommendation 1"),
    ("Recommendation 6 is for the Arts Council. The Government notes recommendation 7.", "7",
     "The Government notes recommendation 7"),
    ("We accept recommendation 1.", "3", None),
])
def test_the_clause_that_gives_a_recommendations_verdict(text, label, clause):
    from pipeline.answers.references import verdict_clause

    assert verdict_clause(text, label) == clause


@pytest.mark.parametrize("text,labels", [
    ("Your first recommendation asked Cabinet to adopt a target.", ["1"]),
    ("I will take your third recommendation next, because the rest depends on it.", ["3"]),
    ("Turning to recommendations 4 and 5, I recognise the need.", ["4", "5"]),
    ("Finally, recommendation R8 is addressed to the Leader.", ["8"]),
    ("On the 12th recommendation, work has begun.", ["12"]),
    # a number written as a word is the same label
    ("Recommendations five and seven are closely linked, and I report on them together.", ["5", "7"]),
    ("Turning to recommendation six, the Committee asked for a register.", ["6"]),
    # a count is no reference, nor is a reference deep in a sentence or after the first one
    ("The Constitution asks me to reply to each of the Panel's eight recommendations.", None),
    ("The Council has for many years worked with partners on what became the Panel's first recommendation.", None),
    ("We have considered this. Recommendation 4 is agreed.", None),
])
def test_which_recommendations_a_paragraph_opens_by_naming(text, labels):
    from pipeline.answers.references import referenced_labels

    assert referenced_labels(text) == labels


def test_a_response_in_themed_sections_each_naming_what_it_answers():
    """Sections under themed titles, each head naming the recommendations it answers ("Recommendations
    answered: 2 and 7"), prose with no label, quotation or marker under it: each head opens an answer
    and is not part of its text; two named together share one; the closing section answers none."""
    paragraphs = units(
        ("Introduction", {"kind": "heading"}),
        ("The Committee made five recommendations. The Cabinet answers them under four themes.", {}),
        ("Opening hours Recommendation answered: 1", {}),  # a title and its reference set as one line
        ("Every branch will open on Saturday afternoons from April.", {}),
        ("Staffing and volunteers Recommendations answered: 2 and 4", {"kind": "heading"}),
        ("Two new posts were filled in May. Volunteers help at three branches.", {}),
        ("The volunteer scheme will grow next year.", {}),
        ("Buildings - Recommendation covered: 3", {"kind": "heading"}),
        ("The roof of Ashby library was repaired in June.", {}),
        ("Response to recommendation 5", {"kind": "heading"}),
        ("The Cabinet notes this recommendation.", {}),
        ("Next steps", {"kind": "heading"}),
        ("The Cabinet Member will report to the Committee in March.", {}),
    )
    found = find_responses(document(kind="response"), paragraphs)
    assert sorted(r.label for r in found) == ["1", "2", "3", "4", "5"]
    by = {r.label: r for r in found}
    assert by["1"].text == "Every branch will open on Saturday afternoons from April."
    assert by["2"].text == by["4"].text == ("Two new posts were filled in May. Volunteers help at three branches."
                                            "\n\nThe volunteer scheme will grow next year.")
    assert by["5"].text == "The Cabinet notes this recommendation."  # the next steps answer nothing


@pytest.mark.parametrize("text,head,labels", [
    ("Repair standards Recommendation answered: 1", True, ["1"]),
    ("Recommendations addressed - 3, 5", True, ["3", "5"]),
    # a sentence that names a recommendation is prose, not a head
    ("Recommendation 4 is agreed, and the work will start in May.", False, None),
    ("The report's recommendations answered many questions about parking.", False, None),
])
def test_a_head_that_names_what_the_text_under_it_answers(text, head, labels):
    from pipeline.answers.references import head_labels, is_head

    p = units((text, {}))[0]
    assert is_head(p) is head
    assert head_labels(p) == labels


@pytest.mark.parametrize("text", [
    "The Cabinet is not prepared to take that risk with the safety of road users.",
    "The ICB is not in a position to take this recommendation forward.",
    "The Cabinet cannot, however, give the assurance that the Panel asks for.",
    "The Council will not publish the list.",
    # v9: an inability to promise; "not something we are able to do"
    "I cannot, however, promise an officer on foot patrol every Friday and Saturday evening.",
    "Publishing a separate figure for the district is not something we are able to do.",
])
def test_rules_v8_read_a_refusal_by_unwillingness_or_inability(text):
    from pipeline.answers.stance import classify_stance

    assert classify_stance(text)[0] == "rejected"


@pytest.mark.parametrize("text, stance", [
    # v9: a verdict qualified in its own sentence is partial (guide: "supports the intent ..., but")
    ("The Department accepts this recommendation but will phase it in as budgets allow.", "partially_accepted"),
    ("We agree with the recommendation, subject to the outcome of the spending review.", "partially_accepted"),
    ("The Trust accepts the recommendation only for wards that admit children.", "partially_accepted"),
    ("The Board supports this proposal with one exception: the evening service will not change.",
     "partially_accepted"),
    ("The Cabinet broadly accepts the Panel's recommendations.", "partially_accepted"),
    ("The operator agrees with the intent of this recommendation.", "partially_accepted"),
    ("The ICB accepted the principles of both recommendations.", "partially_accepted"),
    # an unqualified verdict, or a "but" that adds to it, stays an acceptance
    ("The Council accepts this recommendation and will publish the register in June.", "accepted"),
    ("The Council accepts this recommendation but also notes the work already done.", "accepted"),
])
def test_rules_v9_read_a_verdict_qualified_in_its_own_sentence(text, stance):
    from pipeline.answers.stance import classify_stance

    assert classify_stance(text)[0] == stance


@pytest.mark.parametrize("text", [
    "KCC will provide bus tickets for families who now can't afford the fares.",  # the families' inability
    "Families cannot provide their own transport, so the Council will.",
    "Many landlords are not willing to accept tenants on benefits.",
    "Providers could not guarantee places before September.",
    "Implementation will not require additional funding.",
    "This will not make residents worse off.",
    "The scheme will not provide any less support.",
    "Families said a later bus is not something they are able to do without.",
])
def test_someone_elses_inability_is_no_refusal(text):
    from pipeline.answers.stance import classify_stance

    assert classify_stance(text)[0] != "rejected"


@pytest.mark.parametrize("text,stance", [
    # sub-items given different verdicts: part accepted, part declined, whatever the first one prints
    ("(a) Agreed. A standard has been drafted and will be adopted in April.\n\n"
     "(b) The Council will not publish a list of its providers.", "partially_accepted"),
    # a verdict printed for the whole answer wins over a refusal in its narrative (rule 1)
    ("Agreed.\n\nThe new form will go live in May. The Council will not publish the old one.", "accepted"),
])
def test_an_answer_that_declines_part_of_what_it_accepts_is_partial(text, stance):
    from pipeline.answers.judge import judge_answer

    assert judge_answer(text).stance == stance


def test_an_answer_judged_to_accept_that_declines_a_part_is_partial():
    """The mechanism beneath: an answer the judgement reads as accepting, one of whose sentences refuses ("... is not
    prepared to take that risk"), is partly accepted (guide rule 4). (Until round 12 this case ran through the whole
    judgement; answer_model.v7 reads the answer below as a refusal outright, where answer_model.v6 read it as an
    acceptance: MODEL_CARD.md, "Round 12".)"""
    from pipeline.answers.stance import mixed_stance

    text = ("In 2025/26 half the budget will go to preventive work. Raising it further would cut repairs, and the "
            "Cabinet is not prepared to take that risk. The Leader has written to the Secretary of State.")
    assert mixed_stance(text, "accepted", [], printed=False)[0] == "partially_accepted"
    assert mixed_stance(text, "accepted", [], printed=True)[0] == "accepted"  # a verdict printed for the whole wins


@pytest.mark.parametrize("text,stance", [
    # the writer's own negation, future or perfect: part of the ask it will not do, or has not done
    ("The Council will open two new changing places toilets, at the bus station and the market hall, by March. A third "
     "at the country park will not be built, because the site has no mains drainage.", "partially_accepted"),
    ("From January every new tenant receives a welcome visit within four weeks. We have not extended the visits to "
     "existing tenants, whose contact comes through the annual tenancy check.", "partially_accepted"),
    ("Benches were placed along the riverside walk in October. None will be added in the woodland section, where the "
     "paths are too narrow.", "partially_accepted"),
    # a commitment on a condition not yet met
    ("The Trust will extend the clinic to Saturdays from April, but only if the ICB funds the extra sessions.",
     "partially_accepted"),
    ("Three more parks will have water fountains from next summer, if the town council agrees to meet the running costs.",
     "partially_accepted"),
    # what it is not able to do, what is not something it can take forward, the part it passes to another body (v19)
    ("The service wrote to all 214 shops in November. We are not able to offer training free of charge; a course will "
     "run from February at £25 a person.", "partially_accepted"),
    ("Collection points in the street are not something we can take forward. Fixed penalty notices for dropped vapes "
     "have been issued since 2023.", "partially_accepted"),
    ("From April an officer will attend every report within one hour on weekdays. I have sent this part of the "
     "recommendation to the Chief Constable, and the Committee will receive his reply.", "partially_accepted"),
    # not a decline: a present state that is what was asked, a delay, a commitment whose words are negative
    ("Since 2019 every referral has been offered a home visit, and we do not apply an age limit.", "accepted"),
    ("The guide will be published in March. We are not able to say yet how many copies will be printed, which depends "
     "on the designer's quote.", "accepted"),
    # v20: what cannot be ignored, and a timing, are no decline
    ("We will inspect every reported case within ten days. Damp and mould is not something we can ignore.", "accepted"),
    ("We will set up the forum in January. We are not able to make the first appointments until the new financial "
     "year begins in April.", "accepted"),
    ("The new tenancy checks will start in April. We have not yet appointed the two officers, who will be in post by "
     "March.", "accepted"),
])
def test_an_answer_that_accepts_and_says_what_it_will_not_do_is_partial(text, stance):
    """ "will do X but not Y", "subject to a condition not yet met": an answer judged to accept, with no verdict printed,
    one of whose sentences says what it will not do or will do only on a condition, is partly accepted (labelling guide,
    `partially_accepted`; stance rules v16 `part_declined`)."""
    from pipeline.answers.stance import mixed_stance

    assert mixed_stance(text, "accepted", [], printed=False)[0] == stance
    assert mixed_stance(text, "accepted", [], printed=True)[0] == "accepted"  # a verdict printed for the whole wins


@pytest.mark.parametrize("text,labels", [
    ("Recommendation 4 \u2013 agreed", ["4"]),  # a verdict beside the reference: an answer, not a head
    ("Recommendations completed: 5 of 12", None),  # a status count names no recommendation
])
def test_a_verdict_line_is_no_head_and_a_count_no_reference(text, labels):
    from pipeline.answers.references import head_labels, is_head, referenced_labels

    p = units((text, {}))[0]
    assert not is_head(p) and head_labels(p) is None
    assert referenced_labels(text) == labels


def test_a_heading_over_a_section_that_labels_its_own_answers_answers_none_of_them():
    """"Response to recommendations 1 to 3" titles a section in which each answer is labelled: it is no
    single answer to all three, shared (the labelled answers under it are read by their own shape)."""
    from pipeline.answers.references import answers_by_reference

    paragraphs = units(
        ("Response to recommendations 1 to 3", {"kind": "heading"}),
        ("The Cabinet thanks the Task Group for its report.", {}),
        ("The Cabinet agrees and will publish a standard by March.", {"label": "1"}),
        ("The Cabinet does not accept this recommendation.", {"label": "2"}),
        ("Agreed. The tool has been launched.", {"label": "3"}),
    )
    assert answers_by_reference(paragraphs) == []


def test_a_titled_head_over_an_answer_is_a_head_and_the_paragraph_its_answer(tmp_path):
    """"Recommendation 1: Park rangers" as a Word heading over a paragraph that asks nothing: the
    title names the topic, the paragraph answers. Over an ask ("That ...") it stays a restatement."""
    from docx import Document as WordDocument

    from pipeline.process import parse_file

    word = WordDocument()
    word.add_heading("Cabinet response to the report of the Parks Task and Finish Group", level=1)
    for k, (title, answer) in enumerate([
        ("Park rangers", "Two ranger posts have been filled since April 2025."),
        ("Enforcement", "The Cabinet agrees that the Council should use its powers, but it will not set a target."),
        ("Drinking water", "Not agreed. The cost of fountains cannot be met this year."),
    ], start=1):
        word.add_heading(f"Recommendation {k}: {title}", level=2)
        word.add_paragraph(answer)
    path = tmp_path / "parks_response.docx"
    word.save(path)
    responses = parse_file(path, themes=False).responses
    assert [(r.label, r.restated) for r in responses] == [("1", "Park rangers"), ("2", "Enforcement"),
                                                           ("3", "Drinking water")]
    assert responses[1].text.startswith("The Cabinet agrees that") and responses[2].stance == "rejected"


@pytest.mark.parametrize("text, asks", [
    ("That the Cabinet appoints a ranger.", True),
    ("The Council should publish the schedule. It has not done so.", True),
    ("The Cabinet agrees that the Council should use its powers.", False),
    ("Two ranger posts have been filled.", False),
    ("The Group recommends that the grant is doubled.", True),
])
def test_an_ask_is_told_from_an_answer_about_one(text, asks):
    from pipeline.answers.asks import put_as_ask

    assert put_as_ask(text) is asks


@pytest.mark.parametrize("text, progress", [
    ("Accept\n\nThe criteria were reviewed in August.\n\nTimescale: Complete", "completed"),
    ("Agreed.\n\nDue: Complete", "completed"),
    ("Accept\n\nThe programme will be published.\n\nTimescale: January 2026", None),  # a date, not a status
])
def test_a_status_printed_where_the_date_would_go_is_the_progress_printed(text, progress):
    from pipeline.answers.judge import printed_status

    found = printed_status(text)
    assert (found[0] if found else None) == progress


def test_a_tick_matrix_marks_the_verdict_of_each_row(tmp_path):
    """"No. | Recommendation | Accept | Partially accept | Reject | Comments": the column a row ticks or
    crosses is the verdict printed for it; the comment is the answer; a row with no mark is judged."""
    from docx import Document as WordDocument

    from pipeline.process import parse_file

    word = WordDocument()
    word.add_heading("Cabinet response to the review of street trees", level=1)
    rows = [("No.", "Recommendation", "Accept", "Partially accept", "Reject", "Comments"),
            ("1", "Canopy target of 20 per cent", "", "\u2713", "", "A 17 per cent target will be adopted in February 2026."),
            ("2", "Two new trees for every tree felled", "X", "", "", "This has been the practice since November 2025."),
            ("3", "A second Tree Officer", "", "", "\u2713", "There is no budget for a second post in 2026/27."),
            ("4", "28 days' notice of felling", "", "", "", "Officers already give 14 days' notice.")]
    table = word.add_table(rows=len(rows), cols=6)
    for row, cells in zip(table.rows, rows):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    path = tmp_path / "trees_response.docx"
    word.save(path)
    responses = {r.label: r for r in parse_file(path, themes=False).responses}
    assert [responses[k].stance for k in "123"] == ["partially_accepted", "accepted", "rejected"]
    assert responses["1"].stance_evidence[0] == "\u2713 under \u201cPartially accept\u201d"
    assert responses["2"].text.endswith("since November 2025.") and responses["3"].progress == "unknown"
    assert "4" in responses and responses["4"].text.startswith("Officers already")


def test_a_table_of_alternating_rows_gives_each_recommendation_the_answer_below_it(tmp_path):
    """A shaded row spanning the table holds "Recommendation 1: That ...", the row below "Cabinet response"
    beside the answer; there is no header row."""
    from docx import Document as WordDocument

    from pipeline.process import parse_file

    word = WordDocument()
    word.add_heading("Cabinet response to the review of school transport", level=1)
    table = word.add_table(rows=4, cols=2)
    rows = [("Recommendation 1: That the Cabinet publishes the transport policy by October.", None),
            ("Cabinet response", "Agreed. The policy was published on 12 December 2025."),
            ("Recommendation 2: That the Council reinstates the post-16 bus pass.", None),
            ("Cabinet response", "Reinstating the pass would cost £410,000 a year, which the budget cannot meet.")]
    for row, (first, second) in zip(table.rows, rows):
        if second is None:
            row.cells[0].merge(row.cells[1]).text = first
        else:
            row.cells[0].text, row.cells[1].text = first, second
    path = tmp_path / "transport_response.docx"
    word.save(path)
    responses = {r.label: r for r in parse_file(path, themes=False).responses}
    assert responses["1"].text.startswith("Agreed.") and responses["1"].restated.startswith("That the Cabinet publishes")
    assert responses["2"].text.startswith("Reinstating the pass")


def test_a_column_offering_the_verdicts_is_read_by_the_choice_each_row_prints():
    """ "Y / N / Partly" over single letters: the header offers the verdicts, each cell prints one of them
    (a column of letters the stance rules could not read as words); "–" prints none."""
    rows = [
        "Ref\tRecommendation (summary)\tY / N / Partly\tOur response\tUpdate, June 2026",
        "1\tA walk-in clinic in Eastfield\tPartly\tWe will open a clinic two days a week from May.\t",
        "2\tLonger opening hours\tN\tOpening hours are set by the practices themselves.\t",
        "3\tA patient forum\tY\tWe will set up a forum in the spring.\tThe forum met for the first time on 3 June 2026.",
        "4\tA review of the phone system\t\u2013\tWe will consider this when the contract ends.\t",
    ]
    responses = _rows_read(rows)
    assert [r.label for r in responses] == ["1", "2", "3", "4"]
    assert [r.stance for r in responses][:3] == ["partially_accepted", "rejected", "accepted"]
    assert responses[0].stance_evidence[0] == "Partly under \u201cY / N / Partly\u201d"
    assert responses[3].stance != "accepted" or "\u2013" not in responses[3].stance_evidence
    assert responses[0].text.startswith("Partly\n\nWe will open a clinic")
    # the update column is the latest statement: where it reports progress, it decides (guide rule 2.4)
    assert responses[2].progress == "completed"


@pytest.mark.parametrize("header, offers", [
    ("Y / N / Partly", True), ("Agreed? (Yes/No)", True), ("Accepted / Rejected", True),
    ("Date / time", False), ("Response / action", False), ("Yes / Yes", False),
])
def test_a_choice_column_offers_two_or_more_different_verdicts(header, offers):
    from pipeline.answers.tables import _choice_column

    assert _choice_column(header) is offers


def test_a_supported_column_is_part_of_the_answer():
    """ "Supported?" records the decision, as "Agreed?" does: its cell opens the answer's text."""
    rows = [
        "Recommendation\tSupported?\tResponse\tLead\tTimescale",
        "1. That the Council builds a cycle route to the station\tNot supported\tThe route crosses land the Council does not own.\tHead of Transport\t\u2013",
    ]
    d = document(kind="other")
    d.lines = [Line(text, table=True) for text in rows]
    [r] = find_responses(d, [])
    assert r.text.startswith("Not supported\n\nThe route crosses")
    assert r.details == ["Lead: Head of Transport"]
    assert r.stance == "rejected"


@pytest.mark.parametrize("text", ["Accept with amendment", "Agreed with modifications.", "Supported with caveats"])
def test_rules_v10_read_a_verdict_given_with_amendments_as_partial(text):
    assert judge(text, load_rules())[0] == "partially_accepted"


def test_a_heading_that_names_what_it_answers_opens_a_block_of_its_own():
    """ "Response to R1", "Response to R4 and R5": the heading names the recommendation by its code alone, and the
    fields under it ("Response:", "Action:") are the answer."""
    d = document(kind="response")
    paragraphs = units(
        ("Response to R1", {"kind": "heading"}),
        ("Response: Agreed. A single number for reporting damp will open in February.", {}),
        ("Action: Set up the reporting line.", {}),
        ("Response to R4 and R5", {"kind": "heading"}),
        ("Response: We agree with R4. We do not support R5: the evidence does not meet the legal test.", {}),
        ("Response to the consultation", {"kind": "heading"}),
    )
    responses = find_responses(d, paragraphs)
    assert [(r.label, r.answers) for r in responses] == [("1", ["1"]), ("4", ["4", "5"]), ("5", ["4", "5"])]
    assert responses[0].text.startswith("Agreed. A single number")
    assert "Action: Set up the reporting line." in responses[0].text


def test_a_response_in_themed_sections_read_by_reference():
    """A web page that groups the recommendations under themes ("Workforce (recommendations 1, 2 and 5)") and names
    some of them as it goes ("Turning to ... recommendation 2"): its "On this page" list answers nothing, and what a
    section opens with, before the first it names, answers the one its heading names that the section does not."""
    paragraphs = units(
        ("On this page", {"kind": "heading"}),
        ("- Workforce (recommendations 1, 2 and 5)\n- Communication (recommendations 3 and 4)\n"
         "- Enforcement (recommendation 6)", {}),
        ("Workforce (recommendations 1, 2 and 5)", {"kind": "heading"}),
        ("We agree that the service needs a workforce plan, and work on one began in November.", {}),
        ("Turning to market supplements, which recommendation 2 proposes, the pay policy does not allow them.", {}),
        ("As to recommendation 5, the Council joined the graduate scheme in September.", {}),
        ("Communication (recommendations 3 and 4)", {"kind": "heading"}),
        ("Case officers are now named in every validation letter, and the website will be rewritten.", {}),
        ("Enforcement (recommendation 6)", {"kind": "heading"}),
        ("We share the Panel's concern, but a second officer cannot be funded this year.", {}),
    )
    responses = find_responses(document(kind="response"), paragraphs)
    got = {r.label: r.text for r in responses}
    assert sorted(got) == ["1", "2", "3", "4", "5", "6"]
    assert got["1"].startswith("We agree that the service needs") and "market supplements" not in got["1"]
    assert got["2"].startswith("Turning to market supplements") and got["5"].startswith("As to recommendation 5")
    assert got["3"] == got["4"]
    assert not any(text.startswith("- Workforce") for text in got.values())


def test_a_table_row_the_page_broke_goes_on_under_the_repeated_header():
    """A ruled table repeats its header on the next page, and a row the page broke goes on there mid-sentence in
    each of its cells ("... its roof and" / "stonework. The works ..."; "Repairs July to December" / "2024")."""
    from pipeline.records import Line

    header = "Ref\tRecommendation\tAccepted?\tResponse\tDate"
    rows = [
        (header, 1),
        ("SC/23/03\tThat the Executive opens a natural burial area.\tYes\tOne will open at Fenwold.\tApril 2025", 1),
        ("SC/23/04\tThat the Executive repairs the chapel so that it can be reopened\tPartly\t"
         "£140,000 is in the capital programme for repairs to its roof and\tRepairs July to December", 1),
        (header, 2),
        ("\tfor funeral services.\t\tstonework. Reopening it would need £310,000 more.\t2024", 2),
        ("SC/23/05\tThat the Council publishes its fees.\tYes\tFees are on the website.\tDone", 2),
    ]
    d = document(kind="response")
    d.lines = [Line(text, table=True, page=page) for text, page in rows]
    responses = find_responses(d, [])
    assert [r.label for r in responses] == ["SC/23/03", "SC/23/04", "SC/23/05"]
    broken = responses[1]
    assert broken.restated == "That the Executive repairs the chapel so that it can be reopened for funeral services."
    assert "its roof and stonework. Reopening it" in broken.text
    assert broken.text.endswith("Repairs July to December 2024")


def test_the_second_of_these_is_the_second_that_its_heading_names():
    paragraphs = units(
        ("Communication (recommendations 3 and 4)", {"kind": "heading"}),
        ("Case officers are now named in every validation letter.", {}),
        ("On the second of these, the website will be rewritten in the spring.", {}),
        ("Enforcement (recommendations 6 and 8)", {"kind": "heading"}),
        ("As to the latter, a second officer cannot be funded this year.", {}),
        ("Workforce (recommendations 1 and 2)", {"kind": "heading"}),
        ("We agree with both and have begun a workforce plan.", {}),
    )
    got = {r.label: r.text for r in find_responses(document(kind="response"), paragraphs)}
    assert got["3"] == "Case officers are now named in every validation letter."
    assert got["4"].startswith("On the second of these")
    assert got["8"].startswith("As to the latter") and "6" not in got
    assert got["1"] == got["2"] == "We agree with both and have begun a workforce plan."


def test_a_head_that_prints_its_verdict_and_a_block_that_opens_with_one_are_answers():
    """"Recommendation 2(a) - Accepted" over the answer: the verdict is the answer's first words, not a title; and
    "Recommendation 1" over "Accepted. An audit ... began in November" is the answer under its head, not a quotation."""
    paragraphs = units(
        ("Accepted. An audit of all nineteen public toilets began in November.", {"label": "1"}),
        ("The scheme was launched on 1 December and 14 businesses have joined.", {"label": "2(a)"}),
        ("The 40p charge pays for the cleaning of the town centre toilets.", {"label": "3"}),
    )
    paragraphs[1].title, paragraphs[2].title = "Accepted", "Not accepted"
    responses = find_responses(document(kind="response"), paragraphs)
    assert [(r.label, r.stance) for r in responses] == [("1", "accepted"), ("2(a)", "accepted"), ("3", "rejected")]
    assert responses[0].text.startswith("Accepted. An audit")
    assert responses[2].text == "Not accepted\n\nThe 40p charge pays for the cleaning of the town centre toilets."


def test_answers_written_under_their_heads_are_answers_not_quotations():
    """"Recommendation 1. We accept this recommendation in part. ...": a response that writes each answer under the
    head that labels it, quoting nothing, gives the text under each head as its answer; a response whose heads are
    over quotations ("Recommendation 1. That the Trust ...") still reads them as quotations."""
    answers = units(
        ("We accept this recommendation in part. The target is 48 hours, not 24.", {"label": "1"}),
        ("The discharge lounge opened on 1 September 2025.", {"label": "2"}),
        ("We agree. An expected date of discharge is now recorded for 71 per cent of patients.", {"label": "3"}),
        ("We are not in a position to employ home care workers; it is the County Council's service.", {"label": "4"}),
    )
    got = find_responses(document(kind="response"), answers)
    assert [(r.label, r.stance) for r in got] == [
        ("1", "partially_accepted"), ("2", "accepted"), ("3", "accepted"), ("4", "rejected")]
    assert got[1].text == "The discharge lounge opened on 1 September 2025."
    quoted = units(
        ("That the Trust discharges patients within 24 hours of being fit to leave.", {"label": "1"}),
        ("Accepted in part: the target is 48 hours.", {}),
        ("That the Trust opens a discharge lounge.", {"label": "2"}),
        ("Agreed: it opened on 1 September 2025.", {}),
    )
    got = find_responses(document(kind="response"), quoted)
    assert [(r.label, r.restated) for r in got] == [
        ("1", "That the Trust discharges patients within 24 hours of being fit to leave."),
        ("2", "That the Trust opens a discharge lounge.")]


def test_a_pull_quote_and_its_attribution_inside_an_answer_do_not_end_it():
    paragraphs = units(
        ("Recommendation 3", {"kind": "heading"}),
        ("That every patient is told an expected date of discharge.", {}),
        ("Response: We agree. Every patient should know when they are expected to go home.", {}),
        ("\u201cThe last day in hospital should be the shortest, not the longest.\u201d", {"kind": "heading"}),
        ("Marcus Adeleke-Pryce, Chief Operating Officer", {"kind": "heading"}),
        ("An expected date of discharge is now recorded for 71 per cent of patients.", {}),
        ("Recommendation 4", {"kind": "heading"}),
        ("That the Trust employs home care workers.", {}),
        ("Response: We are not in a position to do so.", {}),
    )
    got = {r.label: r.text for r in find_responses(document(kind="response"), paragraphs)}
    assert got["3"].endswith("now recorded for 71 per cent of patients.")
    assert "last day in hospital" not in got["3"] and "Adeleke-Pryce" not in got["3"]


def test_the_latest_statement_of_an_answer_given_again_decides_its_progress():
    """"Initial response (June 2025): ... will ..." then "Further response (January 2026): ... has been done":
    the latest statement decides progress (labelling guide rule 2.4); an answer given once is judged whole."""
    from pipeline.answers.judge import judge_answer, latest_statement

    first = "Initial response (June 2025): Agreed. We will publish the waiting times on our website from September."
    later = "Further response (January 2026): The waiting times have been published on our website every month since September 2025."
    assert latest_statement(f"{first}\n\n{later}") == later
    assert latest_statement(first) is None
    assert judge_answer(first).progress == "not_started"
    assert judge_answer(f"{first}\n\n{later}").progress == "completed"
    assert judge_answer(f"{first}\n\n{later}").stance == "accepted"


def test_a_response_marker_under_a_titled_head_and_an_actions_heading_inside_the_answer():
    """A web page's folded block: "Recommendation 1 - Public chargers" over "Response", the answer, then "Actions" over
    its list: the marker is no part of the answer, and the "Actions" heading is a field of it, not its end."""
    paragraphs = units(
        ("Response", {"label": "1"}),
        ("Agreed. Consultants were appointed in August 2025 to prepare the strategy.", {}),
        ("Actions", {"kind": "heading"}),
        ("- Publish a draft strategy for consultation. Owner: Head of Transport. By: January 2026.", {}),
        ("Response", {"label": "2"}),
        ("Agreed in part. Fast chargers will be installed in eight car parks.", {}),
        ("Next steps", {"kind": "heading"}),
        ("The Cabinet Member will report in a year.", {}),
    )
    paragraphs[0].title, paragraphs[4].title = "Public chargepoint strategy", "Chargers in car parks"
    got = {r.label: r for r in find_responses(document(kind="response"), paragraphs)}
    assert got["1"].text == ("Agreed. Consultants were appointed in August 2025 to prepare the strategy.\n\nActions\n\n"
                             "- Publish a draft strategy for consultation. Owner: Head of Transport. By: January 2026.")
    assert got["2"].text == "Agreed in part. Fast chargers will be installed in eight car parks."
    assert (got["1"].stance, got["2"].stance) == ("accepted", "partially_accepted")


def test_a_table_of_figures_under_a_responses_column_answers_nothing():
    from pipeline.records import Line

    rows = ["Respondents\tResponses\tMain issues raised", "Residents\t143\tParking in new streets; trees",
            "Town and parish councils\t11\tLocal materials", "Total\t179\t"]
    d = document(kind="officer_report")
    d.lines = [Line(text, table=True) for text in rows]
    assert find_responses(d, []) == []


def test_reference_heads_with_titles_and_a_marker_run_into_the_title():
    """"R2 – Inspections of houses in multiple occupation" heads its answer; and "RECOMMENDATION 2 – PUBLISHING DATA"
    run together with "RESPONSE: The ICB accepts ..." is a title, then the answer after its marker."""
    coded = units(
        ("R2 \u2013 Inspections of houses in multiple occupation", {"kind": "heading"}),
        ("Agreed in principle. Two more enforcement officers would be needed.", {}),
        ("R1 \u2013 Selective licensing", {"kind": "heading"}),
        ("Agreed. A public consultation ran from October to December.", {}),
    )
    got = [(r.label, r.text) for r in find_responses(document(kind="response"), coded)]
    assert got == [("2", "Agreed in principle. Two more enforcement officers would be needed."),
                   ("1", "Agreed. A public consultation ran from October to December.")]
    run_in = units(
        ("PUBLISHING APPOINTMENT DATA RESPONSE: The ICB accepts this recommendation. Figures are published monthly.",
         {"label": "1"}),
        ("A PRIMARY CARE HUB RESPONSE: The ICB does not accept this recommendation.", {"label": "2"}),
    )
    got = [(r.label, r.restated, r.text) for r in find_responses(document(kind="response"), run_in)]
    assert got == [("1", "PUBLISHING APPOINTMENT DATA",
                    "The ICB accepts this recommendation. Figures are published monthly."),
                   ("2", "A PRIMARY CARE HUB", "The ICB does not accept this recommendation.")]


def test_answers_under_the_report_paragraphs_they_cite():
    """A response that answers by the report's paragraph numbers: under a head "Paragraph 4.3 – Attendance Support
    Service", or run in, "Para 5.2: Not agreed. ...": each answer labelled by the paragraph it cites, as printed."""
    paragraphs = units(
        ("Education and Inclusion Service", {"kind": "heading"}),
        ("Paragraph 4.3 – Attendance Support Service", {"kind": "heading"}),
        ("The Council agrees with this recommendation. The service has offered a meeting to every family since September.", {}),
        ("The offer will be extended to primary schools from April 2026.", {}),
        ("Para 5.2: Not agreed. The Department for Education already publishes absence figures for every school.", {}),
        ("Para 5.3: Agreed. The Attendance Network met for the first time on 14 October 2025.", {}),
        ("Paragraphs 21 and 22: The Government agrees with the first and has already done what the second asks.", {}),
    )
    found = find_responses(document(kind="response"), paragraphs)
    by = {r.label: r for r in found}
    assert sorted(by) == ["21", "22", "4.3", "5.2", "5.3"]
    assert by["21"].text == by["22"].text  # one answer to both, each label its own entry
    assert by["4.3"].text.endswith("from April 2026.") and by["4.3"].stance == "accepted"
    assert by["5.2"].text.startswith("Not agreed.") and by["5.2"].stance == "rejected"


def test_a_tracker_s_review_column_is_kept_with_each_row_it_spans():
    """ "Review | Ref | Recommendation | Executive response": the review a row answers, printed once over its rows (a
    merged cell), is kept with every row as a detail, not read as the answer (answer lexicon v8 `table_source`)."""
    from pipeline.answers.tables import source_of, table_answers

    lines = [Line(t, table=True) for t in [
        "Review\tRef\tRecommendation\tExecutive response",
        "Markets Review (May 2025)\tR1\tHalve the pitch fee for new traders.\tAgreed.",
        "\tR2\tOpen the Market Hall on Saturdays.\tAgreed in principle.",
        "Cleaner Streets (January 2025)\t1\tThat the Council installs 40 more bins.\tNot agreed.",
    ]]
    doc = Document(id="cd" * 32, source="t.html", path="t.html", pages=1, lines=lines, meta=DocumentMeta(kind="response"))
    rows = table_answers(doc)
    assert [(r.label, source_of(r.details), r.answer) for r in rows] == [
        ("1", "Markets Review (May 2025)", ["Agreed."]), ("2", "Markets Review (May 2025)", ["Agreed in principle."]),
        ("1", "Cleaner Streets (January 2025)", ["Not agreed."])]


def test_a_table_that_asks_what_was_recommended_and_what_has_happened_since_is_a_response_table():
    """A "one year on" update tabulates "No. | What we recommended | What has happened since", naming its columns by
    what was asked and what has happened, in the past tense, as "What you asked | What we did" does (answer lexicon
    v28): each row is an answer."""
    from pipeline.answers.tables import table_answers

    # ... and a promoter's statement, "Rec. | What the Task Group asked (summary) | How we have had regard to it" (v46)
    for quoted, done in (("What we recommended", "What has happened since"), ("What the Panel asked for", "What has been done"),
                         ("What the Task Group asked (summary)", "How we have had regard to it")):
        lines = [Line(t, table=True) for t in [
            f"No.\t{quoted}\t{done}",
            "1\tThat the Cabinet funds a personal safety device for every lone worker.\tDevices were issued to 140 staff in May.",
            "2\tThat the policy is rewritten in plain English.\tThe new policy will be published in June.",
        ]]
        doc = Document(id="cd" * 32, source="t.html", path="t.html", pages=1, lines=lines, meta=DocumentMeta(kind="response"))
        assert [(r.label, r.answer) for r in table_answers(doc)] == [
            ("1", ["Devices were issued to 140 staff in May."]), ("2", ["The new policy will be published in June."])]


def test_a_monitoring_tables_next_steps_are_part_of_the_answer():
    """A monitoring table "No. | Recommendation | Cabinet decision | Progress to date | % complete | Next steps | Lead
    officer": what comes next is said in answer, as the progress so far is (answer lexicon v38 `update_fields`), and so
    is the share done, a status printed in a cell (as alignment143's gold has it, p774); who leads is not the answer's."""
    from pipeline.answers.tables import table_answers

    lines = [Line(t, table=True) for t in [
        "No.\tRecommendation\tCabinet decision (15 July 2025)\tProgress to date\t% complete\tNext steps\tLead officer",
        "1\tThat the Cabinet introduces a single online form for community events.\tAgreed.\tThe form went live in "
        "March.\t75%\tAdd temporary event notices in August.\tDigital Services Manager",
        "2\tThat the Council stops charging for litter bins.\tNot agreed.\tn/a\tn/a\tNone.\tWaste Manager",
    ]]
    doc = Document(id="cd" * 32, source="t.docx", path="t.docx", pages=1, lines=lines, meta=DocumentMeta(kind="response"))
    assert [(r.label, r.answer) for r in table_answers(doc)] == [
        ("1", ["Agreed.", "The form went live in March.", "75%", "Add temporary event notices in August."]),
        ("2", ["Not agreed.", "n/a", "n/a", "None."])]


def test_in_a_response_the_column_before_the_answer_is_what_it_answers_whatever_its_name():
    """A response's table may name its columns in words of its own ("Issue raised by the Task Group | What we will do |
    Who | When", "No. | The Committee's proposal | Cabinet decision | Comment | Cost"): an answer follows its ask, so the
    column just before the answer (or the decision) is what it answers. A row of an item's number and sentences is no
    header however its verdict cell reads, and inside a table a row of short cells is a row."""
    from pipeline.answers.tables import table_answers

    def read(*rows, kind="response"):
        lines = [Line(t, table=True) for t in rows]
        doc = Document(id="cd" * 32, source="t.docx", path="t.docx", pages=1, lines=lines, meta=DocumentMeta(kind=kind))
        return [(r.label, r.answer) for r in table_answers(doc)]

    assert read("Issue raised by the Task Group\tWhat we will do\tLead officer\tWhen",
                "R1 – That the Cabinet agrees a memorials policy.\tAgreed. A draft goes to Cabinet in February.\tParks Manager\tFebruary 2026",
                "R2 – That the Council publishes the prices.\tAgreed. Published on 3 November.\tParks Manager\tNovember 2025") == [
        ("1", ["Agreed. A draft goes to Cabinet in February.", "February 2026"]),
        ("2", ["Agreed. Published on 3 November.", "November 2025"])]
    assert read("No.\tThe Committee's proposal\tCabinet decision\tComment",
                "1\tThat the Cabinet designates one lead service.\tAccepted\tAnimal Health will lead.",
                "2\tThat the Cabinet puts in place an out-of-hours arrangement.\tAccepted in part\tA and B roads only.",
                "3\tLighting\tAccepted\tDone.") == [
        ("1", ["Accepted", "Animal Health will lead."]), ("2", ["Accepted in part", "A and B roads only."]),
        ("3", ["Accepted", "Done."])]
    # "Who" beside "When" names who acts (answer lexicon v29): a detail, not the answer
    assert read("Issue raised by the Task Group\tWhat we will do\tWho\tWhen",
                "R1 – That the Cabinet agrees a memorials policy.\tAgreed.\tParks Manager\tFebruary 2026") == [
        ("1", ["Agreed.", "February 2026"])]
    # in a paper that answers nothing, a column is what its name says, never its place
    assert read("Issue raised by the Task Group\tWhat we will do\tWho\tWhen",
                "R1 – That the Cabinet agrees a memorials policy.\tAgreed.\tParks Manager\tFebruary 2026", kind="other") == []


def test_a_response_table_whose_header_names_nothing_known_is_read_by_what_its_cells_say():
    """A response table may name its columns in words no vocabulary holds ("| Our ask | Where we landed | Who | By"),
    with a blank cell over its numbers: the rows say which column is which. The column whose cells are put as asks
    ("That the Cabinet ...") is what is answered, the first after it whose cells give a verdict is the answer, the
    numbers label the rows, and the others are read as any header's are (who acts is a detail, the date is the
    answer's). A table of figures, or of asks with no verdicts beside them, answers nothing; nor does a response table
    in a paper that answers no other."""
    from pipeline.answers.tables import table_answers

    def read(*rows, kind="response"):
        lines = [Line(t, table=True) for t in rows]
        doc = Document(id="cd" * 32, source="t.pdf", path="t.pdf", pages=1, lines=lines, meta=DocumentMeta(kind=kind))
        return [(r.label, r.answer, r.details) for r in table_answers(doc)]

    header = "\tOur ask\tWhere we landed\tWho\tBy"
    rows = ["4\tThat the Cabinet funds two more wardens for the estates.\tAgreed in part: one warden from April.\tHousing Manager\tApril 2026",
            "5\tThat the Council publishes repair times for each estate.\tAgreed. Published each month from May.\tHousing Manager\tMay 2026",
            "6\tThe Cabinet should stop charging for bulky waste on estates.\tNot agreed. The charge covers the cost of collection.\tWaste Manager\tNot applicable"]
    assert read(header, *rows) == [
        ("4", ["Agreed in part: one warden from April.", "April 2026"], ["Who: Housing Manager"]),
        ("5", ["Agreed. Published each month from May.", "May 2026"], ["Who: Housing Manager"]),
        ("6", ["Not agreed. The charge covers the cost of collection.", "Not applicable"], ["Who: Waste Manager"])]
    assert read(header, *rows, kind="other") == []
    # fewer rows than it takes to tell: nothing is guessed
    assert read(header, *rows[:2]) == []
    # asks with nothing that answers them beside: a list of the recommendations, no response
    assert read("\tOur ask\tTheme\tWard",
                *(f"{i}\tThat the Cabinet funds item {i} for the estates.\tHousing\tAll wards" for i in range(1, 5))) == []
    assert read("Year\tPaper\tOnline\tTotal", "2022/23\t12\t14\t26", "2023/24\t9\t18\t27", "2024/25\t10\t21\t31") == []


def test_a_response_table_read_by_its_cells_with_its_header_over_two_rows_or_none_or_its_answer_first():
    """More tables of answers whose headers name nothing known: a header printed over two rows, its second naming the
    parts of the answer under a name that spans them (printed again over the rows on a new page); no header at all, the
    first row already an answer (a column after the answer that says by when is kept, who acts is not); and the answer
    before the ask it answers ("Cabinet decision | Proposal"), the ask opening with its label."""
    from pipeline.answers.tables import table_answers

    def read(*rows):
        lines = [Line(t, table=True) for t in rows]
        doc = Document(id="cd" * 32, source="t.pdf", path="t.pdf", pages=1, lines=lines, meta=DocumentMeta(kind="response"))
        return [(r.label, r.answer) for r in table_answers(doc)]

    head = ("No.\tWhat the Board proposed\tCabinet view\t\t\tLead", "\t\tAgreed?\tWhat will happen\tWhen\t")
    rows = ["1\tThat the Cabinet opens the library on Sundays.\tYes\tSunday opening starts in May.\tMay 2026\tHead of Libraries",
            "2\tThat the Council waives fines for children.\tIn part\tFines are waived for under-12s.\tDone\tHead of Libraries",
            "3\tThat the Cabinet builds a new branch at Wexley.\tNo\tThere is no capital for a new branch.\tN/A\tHead of Libraries"]
    assert read(*head, *rows[:2], *head, rows[2]) == [
        ("1", ["Yes", "Sunday opening starts in May.", "May 2026"]),
        ("2", ["In part", "Fines are waived for under-12s.", "Done"]),
        ("3", ["No", "There is no capital for a new branch.", "N/A"])]
    # a page may print the header's first row again without its second: the row after it is the table's own
    more = "4\tThat the Cabinet trains staff in sign language.\tYes\tTraining starts in June.\tJune 2026\tHead of Libraries"
    assert [label for label, _ in read(*head, *rows[:2], head[0], rows[2], more)] == ["1", "2", "3", "4"]
    # a header whose last column is unnamed is one row: a first row that fills cells under named columns is an answer
    assert [label for label, _ in read("Ref\tRecommendation\tResponse\t", "A\tSunday opening\tAgreed\tDone",
                                       "B\tFines waived\tNot agreed\t")] == ["A", "B"]
    bare = [r.replace("\tYes\t", "\tAgreed. ").replace("\tIn part\t", "\tAgreed in part. ").replace("\tNo\t", "\tNot agreed. ")
            for r in rows]
    assert read(*bare) == [
        ("1", ["Agreed. Sunday opening starts in May.", "May 2026"]),
        ("2", ["Agreed in part. Fines are waived for under-12s.", "Done"]),
        ("3", ["Not agreed. There is no capital for a new branch.", "N/A"])]
    assert read("Cabinet decision\tThe Board's proposal\tOfficer",
                "Agreed.\tProposal 1 That the Cabinet opens the library on Sundays.\tHead of Libraries",
                "Agreed in part.\tProposal 2 That the Council waives fines for children.\tHead of Libraries",
                "Not agreed.\tProposal 3 That the Cabinet builds a new branch at Wexley.\tHead of Libraries") == [
        ("1", ["Agreed."]), ("2", ["Agreed in part."]), ("3", ["Not agreed."])]
    # a title printed across the table over its header names nothing in it: the review's column is not an answer
    assert read("Tracker: position at May 2026\t\t\t\t", "Review\tNo.\tRecommendation\tResponse\tLead",
                "Libraries\t1\tThat the Cabinet opens the library on Sundays.\tAgreed.\tHead of Libraries") == [
        ("1", ["Agreed."])]


def test_one_table_per_review_each_under_its_title_answers_its_own_review():
    """A monitoring page prints one table per review, each under the review's title, and each numbers its rows from 1:
    the labels start again, so each table answers its own report, and each row keeps its table's title as the review
    it answers, as a tracker's "Review" column gives it. Two tables whose labels go on (1-2, then 3) are one report's."""
    from pipeline.answers.tables import source_of, table_answers

    def read(*texts):
        lines = [Line(t.removeprefix("|"), table=t.startswith("|")) for t in texts]
        doc = Document(id="cd" * 32, source="t.html", path="t.html", pages=1, lines=lines,
                       meta=DocumentMeta(kind="response"))
        return [(r.label, source_of(r.details)) for r in table_answers(doc)]

    header = "|Rec\tRecommendation\tResponse\tProgress"
    assert read("School meal debt task group (2025)", header,
                "|1\tThat the Council adopts a model policy.\tAgreed.\tDone.",
                "|2\tThat the Leader writes to the Minister.\tAgreed.\tLetter sent.",
                "Youth services review (2025)", header,
                "|1\tThat the Council publishes a directory.\tAgreed.\tLive since September.") == [
        ("1", "School meal debt task group (2025)"), ("2", "School meal debt task group (2025)"),
        ("1", "Youth services review (2025)")]
    assert read("Recommendations 1 and 2", header,
                "|1\tThat the Council adopts a model policy.\tAgreed.\tDone.",
                "|2\tThat the Leader writes to the Minister.\tAgreed.\tLetter sent.",
                "Recommendation 3", header,
                "|3\tThat the Council publishes a directory.\tAgreed.\tLive since September.") == [
        ("1", None), ("2", None), ("3", None)]


def test_a_bilingual_table_is_read_in_english():
    """A Welsh council's response table names its columns in both languages ("Argymhelliad / Recommendation") and
    prints each cell in Welsh, then English: the table is read, each answer is its English, and a Welsh word too
    short to tell its language ("Derbynnir.") goes with the Welsh after it. A row wholly in Welsh (the first half of
    a row a page break split) answers nothing."""
    from pipeline.answers.tables import table_answers

    welsh = ("Derbynnir. Ers mis Medi 2025 mae pob un o’r 84 o weithwyr gofal cartref a gyflogir gan y Cyngor wedi cael "
             "cynnig contract oriau gwarantedig, ac mae 71 ohonynt wedi’i dderbyn.")
    lines = [Line(t, table=True) for t in [
        "Argymhelliad / Recommendation\tYmateb / Response",
        "Argymhelliad 2 Bod y Cyngor yn cynnig contract oriau gwarantedig i bob un o’i weithwyr gofal cartref ei hun. "
        "Recommendation 2 That the Council offers a guaranteed-hours contract to its home care workers.\t"
        f"{welsh} Accepted. Since September 2025 all 84 workers have been offered one.",
        "Argymhelliad 3 Bod y Cyngor a Bwrdd Iechyd Prifysgol Bro Ogwyn yn sefydlu rota ar y cyd o weithwyr gofal.\t"
        "Derbynnir mewn egwyddor. Mae’r Bwrdd Iechyd wedi cytuno i weithio gyda’r Cyngor ar rota ar y cyd heddiw.",
    ]]
    doc = Document(id="cd" * 32, source="t.pdf", path="t.pdf", pages=1, lines=lines, meta=DocumentMeta(kind="response"))
    rows = table_answers(doc)
    assert [(r.label, r.quoted, r.answer) for r in rows] == [
        ("2", "That the Council offers a guaranteed-hours contract to its home care workers.",
         ["Accepted. Since September 2025 all 84 workers have been offered one."])]


def test_a_wide_response_sheet_printed_across_its_pages_then_down_joins_each_rows_columns():
    """A spreadsheet too wide for the page prints its first columns for every row, then the rest: "No. | Scrutiny
    recommendation (summarised) | Accept / Partially accept / Reject" on the first pages and "No. | Cabinet response |
    Lead officer | Timescale" on the next, each repeating the number. The second header starts a table of its own,
    answers by number alone, and each number's cells join those already read: verdict, response, timescale, lead."""
    from pipeline.answers.tables import table_answers

    lines = [Line(t, table=True, page=p) for p, t in [
        (1, "No.\tScrutiny recommendation (summarised)\tAccept / Partially accept / Reject"),
        (1, "1\tEnd the use of bed and breakfast for families by March 2026.\tAccept"),
        (1, "2\tAcquire 40 more homes for temporary accommodation.\tPartially accept"),
        (2, "No.\tCabinet response\tLead officer\tTimescale"),
        (2, "1\tNo family has been placed in bed and breakfast since November 2025.\tHead of Housing Options\tComplete"),
        (2, "2\tThe Council will lease 25 more homes during 2026/27.\tHead of Housing Strategy\tMarch 2027"),
    ]]
    doc = Document(id="ce" * 32, source="t.pdf", path="t.pdf", pages=2, lines=lines, meta=DocumentMeta(kind="response"))
    rows = table_answers(doc)
    assert [(r.label, r.quoted, r.answer, r.details) for r in rows] == [
        ("1", "End the use of bed and breakfast for families by March 2026.",
         ["Accept", "No family has been placed in bed and breakfast since November 2025.", "Complete"],
         ["Lead officer: Head of Housing Options"]),
        ("2", "Acquire 40 more homes for temporary accommodation.",
         ["Partially accept", "The Council will lease 25 more homes during 2026/27.", "March 2027"],
         ["Lead officer: Head of Housing Strategy"])]


def test_english_is_told_from_another_language_by_its_small_words():
    """A Welsh sentence whose words the English list happens to hold ("mae", "pob", "wedi", "cael") is still not English:
    it has none of English's small words; terse English with none of them keeps its words in the list."""
    from pipeline.lexicon import in_another_language, language_of

    assert in_another_language("Ers mis Medi 2025 mae pob un o’r 84 o weithwyr gofal cartref a gyflogir gan y Cyngor "
                               "wedi cael cynnig contract oriau gwarantedig, ac mae 71 ohonynt wedi’i dderbyn.")
    assert not in_another_language("Agreed; officers continue monitoring progress quarterly against targets set by members annually.")
    assert language_of("Derbynnir.") is None


def test_headings_an_update_repeats_under_every_answer_are_fields_of_the_answer():
    """An update prints the same headings under each recommendation ("What we said we would do", "What we have done",
    "What happens next"): repeated under two heads or more, they are fields of each answer, not its end; a heading
    printed once ("Next steps") still ends the answer before it."""
    paragraphs = units(
        ("What we said we would do", {"label": "1"}),
        ("We agreed, and said that we would publish the Local Offer by the autumn.", {}),
        ("What we have done", {"kind": "heading"}),
        ("The Local Offer was published in October 2025.", {}),
        ("What happens next", {"kind": "heading"}),
        ("It will be reviewed with care leavers each year.", {}),
        ("What we said we would do", {"label": "2"}),
        ("We said that we would consider this when the budget was set.", {}),
        ("What we have done", {"kind": "heading"}),
        ("Two apprenticeships have started since September 2025.", {}),
        ("What happens next", {"kind": "heading"}),
        ("The budget for 2026/27 includes a third.", {}),
        ("Next steps", {"kind": "heading"}),
        ("The Panel will review progress in June.", {}),
    )
    got = {r.label: r.text for r in find_responses(document(kind="response"), paragraphs)}
    assert got["1"].endswith("It will be reviewed with care leavers each year.") and "What we have done" in got["1"]
    assert got["2"].endswith("The budget for 2026/27 includes a third.")


def test_an_update_recalls_the_stance_and_reports_the_progress():
    """Under "What we have done" an update reports the work since the answer was given: the progress is its latest
    statement's (guide rule 2.4), the stance the one given before it (work reported is no new verdict), unless the
    later part declines what was agreed."""
    from pipeline.answers.judge import judge_answer

    said = ("What we said we would do\n\nWe did not agree to this recommendation. The site is needed for the new "
            "special school. We said that we would instead lease eight flats from Wilverton Homes.")
    done = "What we have done\n\nThe lease of eight flats was signed in November 2025 and six young people live there now."
    j = judge_answer(f"{said}\n\n{done}")
    assert (j.stance, j.progress) == ("rejected", "unknown")
    agreed = ("What we said we would do\n\nWe agreed, and said that we would ask Cabinet to approve a council tax "
              "exemption for care leavers from 1 October 2025.")
    j = judge_answer(f"{agreed}\n\nWhat we have done\n\nCabinet approved the exemption on 15 July 2025, and it has "
                     "applied since 1 October 2025 to 212 care leavers.")
    assert (j.stance, j.progress) == ("accepted", "completed")


@pytest.mark.parametrize("text,unclear", [
    ("Please see the report to the Combined Authority Board of 14 October 2025, paragraphs 9.1 to 9.4.", True),
    ("Our approach to abstraction in dry weather is set out in section 6 of our Drought Plan 2022.", True),
    ("The approach was set out in full in its written submission to the Committee of 14 March 2025.", True),
    ("As discussed with the Healthwatch representatives on the day.", True),
    ("As discussed with the representatives, we have ordered new badges for every member of staff.", False),
    # a pointer to another answer of the same response is that answer's; an answer that says more is judged
    ("See response to recommendation 3.", False),
    ("Agreed. See the action plan at Appendix B.", False),
    ("The Council agrees. Details are set out in the Local Plan, which will be adopted in May.", False),
])
def test_an_answer_that_only_points_to_another_paper_is_unclear(text, unclear):
    """The labelling guide's unclear: an answer that "only points elsewhere with nothing to follow" (answer lexicon v8
    `pointers`); the model, with five unclear answers to learn from, never says it."""
    from pipeline.answers.judge import judge_answer

    j = judge_answer(text)
    assert (j.stance == "unclear") == unclear
    if unclear:
        assert (j.progress, j.stance_evidence) == ("unknown", [text])


@pytest.mark.parametrize("text,stance", [
    ("How the Force grades calls is an operational matter for the Chief Constable. The Force has advised me that a "
     "report of violence is graded as an emergency.", "noted"),
    ("Sport is a devolved matter. The Department has shared the Committee's report with the devolved governments.", "noted"),
    ("This recommendation is for the Government rather than the Council. The Cabinet has raised it with ministers.", "noted"),
    # ... for that body and another to decide (answer lexicon v33)
    ("The guidance is for that Agency and the Food Standards Agency to decide. Officials will share the report with them.",
     "noted"),
    # ... or for another kind of body (answer lexicon v32)
    ("This recommendation is for local authorities. Many already map community buildings with back-up power.", "noted"),
    # a verdict printed wins, and a body named in lower case is no other body's name
    ("Agreed. Although this is a matter for the Chief Constable, I have asked her to report to the Panel each quarter.",
     "accepted"),
    # at the start of a sentence, in capitals
    ("Operational matters are for the Chief Constable, and where officers patrol is a decision for her. The Force has "
     "advised me that the town centre is included in the Saturday patrols.", "noted"),
    # the decision is another's (answer lexicon v14): an arm's-length body's, a minister's
    ("Arts Council England is an arm's-length body, and decisions about the design of its funding programmes are for it "
     "to take independently of Government. It funds grassroots venues through its programme.", "noted"),
    ("The introduction of fixed penalty notices would need legislation, and decisions about it are for Ministers. The "
     "Agency has shared its evidence with officials.", "noted"),
    ("The Council accepts this recommendation. Decisions about the timetable are for the Cabinet Member.", "accepted"),
    # the other ways of saying so (answer lexicon v15): a decision or a question for another, for it to decide, its remit
    ("Opening hours at the tip are a decision for the Waste Partnership. Our officers have passed on the Panel's views "
     "and attend its meetings.", "noted"),
    ("The school admissions code is set nationally, and it is for the Department for Education to decide whether it "
     "changes. We have published the Committee's findings on our website.", "noted"),
    ("This falls within the remit of the county's Fire Authority. Our housing team has given its officers the list of "
     "tower blocks it asked for in May.", "noted"),
    ("Street lighting is outside our statutory remit. We have sent the parish council the list of faulty columns that "
     "residents reported to us.", "noted"),
    ("The recommendation is rightly addressed to the Police and Crime Commissioner, and our community safety team has "
     "given her office the figures.", "noted"),
    ("The bus timetable is the operator's, and I understand that its managing director will reply to it directly. For "
     "our part, we have shared the survey results with the operator.", "noted"),
    # (answer lexicon v18) the body named in lower case by "each" or "every": what the writer does beside commits to none
    ("These two recommendations are addressed to the district councils, and it is for each district to respond to them. "
     "I have asked the county's planning team to share its flood maps with every district.", "noted"),
    # (answer lexicon v20) a tracker's cell: "N/A – a matter for the ICB", no verb
    ("N/A \u2013 a matter for the ICB\n\nLink workers are employed by the primary care networks. The Director of Public "
     "Health has sent the report to the ICB's Director of Place.", "noted"),
    # ... but not a commitment that mentions a remit in passing, nor one made with its verdict printed
    ("The Council will set up the new team by April, which will work within the remit of the Safeguarding Board.",
     "accepted"),
    ("Agreed. Although the route is outside our statutory remit, we will fund the extra evening service from May.",
     "accepted"),
    # the verdict put off to a decision not yet taken (answer lexicon v22 `deferrals`): nothing committed to yet
    ("This recommendation asks for capital spending that will be decided in the budget. A full response will follow "
     "once the budget is set.", "noted"),
    ("A formal response will be given when the review has reported in the spring.", "noted"),
    ("Agreed. A full response will follow once the budget is set.", "accepted"),  # a verdict printed wins
    # what the writer says it does not do itself, after handing the ask on, refuses nothing: no verdict is printed
    ("The Regulator is independent of the Department, and what it publishes is a matter for the Regulator. The "
     "Department already publishes yearly figures for the country as a whole, though not for each provider.", "noted"),
    ("The Department does not accept this recommendation: what the Regulator publishes is a matter for the Regulator.",
     "rejected"),
    # ... but a writer that declines in words of its own after handing it on refuses (answer lexicon v6 `declines_before`)
    ("The bus station is run by the Combined Authority, and its screens are a matter for the Combined Authority. The "
     "Council has no plans to provide screens of its own.", "rejected"),
])
def test_an_answer_that_says_the_matter_is_another_body_s_commits_to_nothing(text, stance):
    """ "... is an operational matter for the Chief Constable", "a devolved matter": with no verdict printed, the writer
    commits to nothing, whatever the other body's work it describes (guide rule 1.2; answer lexicon v8 `deflections`)."""
    from pipeline.answers.judge import judge_answer

    assert judge_answer(text).stance == stance


def test_an_ask_to_ask_another_body_is_taken_up_by_the_asking_though_the_matter_is_that_body_s():
    """"That the Cabinet writes to Vale Rail asking it to ...": the asking is what was asked. An answer that says
    the matter is the operator's and reports or commits to the asking ("I wrote to ...", "will write to") takes the ask
    up; one that only reports the operator's position hands it on (answer lexicon v30 `asks_of_others`,
    `asking_done`). An ask to act, not to ask, is handed on by the same answer."""
    from pipeline.answers.judge import judge_answer

    ask = "That the Cabinet writes to Vale Rail asking it to open the ticket office until 7pm."
    wrote = ("Ticket office hours are a matter for Vale Rail. I wrote to its Managing Director on 4 November "
             "asking for the office to open until 7pm, and will report the reply to the Committee.")
    only = ("Ticket office hours are a matter for Vale Rail. Vale Rail has told us that it will review "
            "them when its timetable changes in December.")
    assert judge_answer(wrote, False, ask).stance == "accepted"
    assert judge_answer(only, False, ask).stance == "noted"
    # ... nor does asking for something else
    other = ("Ticket office hours are a matter for Vale Rail. I have asked for the station's monthly footfall figures to "
             "be included in my next report to the Committee.")
    assert judge_answer(other, False, ask).stance == "noted"
    assert judge_answer(wrote, False, "That the Cabinet opens the ticket office until 7pm.").stance == "noted"


@pytest.mark.parametrize("text,unclear", [
    ("Response to follow.", True), ("Response awaited.", True),
    ("The update to follow sets out the plan we will publish.", False), ("Agreed. An update will follow in March.", False),
    # what it says after that is about the answer awaited, unless it takes a position in a verdict's words
    ("The Force's response to this recommendation had not been received when this response was finalised. I will forward "
     "it to the Panel as soon as I receive it.", True),
    ("The ICB's response has not yet been received. The Council agrees with the recommendation and will fund the post "
     "from April.", False),
    # another will answer, separately
    ("Recommendation 5 is for my colleague Councillor Samira Deshmukh-Rowe, Cabinet Member for Economic Development, who "
     "will write to you separately.", True),
    ("The Director will respond directly to the Panel.", True),
    ("We will write to every landlord separately and the scheme opens in May.", False),
    # "to be confirmed", with what it waits on (answer lexicon v27)
    ("To be confirmed following discussion with the Head of Outdoor Education.", True),
    ("TBC after the budget meeting in February", True),
    ("Agreed. The date of the first meeting is to be confirmed following discussion with the schools.", False),
])
def test_an_answer_that_says_there_is_none_yet_is_unclear(text, unclear):
    """ "Response to follow.": the answer text is missing, unclear by the labelling guide (answer lexicon v8 `no_answer_yet`)."""
    from pipeline.answers.judge import judge_answer

    assert (judge_answer(text).stance == "unclear") == unclear


def test_a_small_form_for_each_recommendation_is_read_field_by_field():
    """Each recommendation its own small table: a row spanning it ("Recommendation 1 That ..."), then "Cabinet response |
    ...", "Accepted / Partially accepted / Rejected | Partially accepted", "Lead officer | ...", "Target date | ...",
    "Budget implications | ...": the choice printed is the verdict, the lead officer a detail, the rest the answer."""
    from pipeline.answers.tables import table_answers

    lines = [Line(t, table=True) for t in [
        "Recommendation 1 That the Cabinet Member brings forward a single set of vehicle standards.",
        "Cabinet response\tThe Cabinet agrees that there should be one set of standards, with a limit of twelve years.",
        "Accepted / Partially accepted / Rejected\tPartially accepted",
        "Lead officer\tLicensing Manager",
        "Target date\t1 April 2026",
        "Budget implications\tNone.",
        "Recommendation 2 That the Council halves the licence fee for wheelchair accessible vehicles.",
        "Cabinet response\tLicence fees may only recover the Council's costs.",
        "Accepted / Partially accepted / Rejected\tRejected",
    ]]
    doc = Document(id="cd" * 32, source="t.docx", path="t.docx", pages=1, lines=lines, meta=DocumentMeta(kind="response"))
    rows = table_answers(doc)
    assert [(r.label, r.answer, r.details, r.verdict[0] if r.verdict else None) for r in rows] == [
        ("1", ["The Cabinet agrees that there should be one set of standards, with a limit of twelve years.",
               "Partially accepted", "1 April 2026", "None."], ["Lead officer: Licensing Manager"], "partially_accepted"),
        ("2", ["Licence fees may only recover the Council's costs.", "Rejected"], [], "rejected")]


def test_answers_tagged_with_what_they_answer_under_the_council_s_own_headings():
    """A response set out under the council's own priorities, each answer tagged with what it answers: "(R5) ..." opens
    one, running on to the next tag or heading; "... [Recommendation 1]" closes one, which takes in the untagged
    paragraphs before it back to the section's last answer (not the section's opening words); "(R3 and R7)" answers both."""
    paragraphs = units(
        ("A thriving economy", {"kind": "heading"}),
        ("Our aim: good jobs in every part of the county.", {}),
        ("(R5) We agree. The Growth Hub published a guide for small businesses in June 2025.", {}),
        ("It will be updated each spring.", {}),
        ("(R6) The Climate Reserve is fully committed to the programme agreed in February.", {}),
        ("Safe and healthy communities", {"kind": "heading"}),
        ("Our aim: people live longer, healthier lives.", {}),
        ("Libraries in nine market towns opened as cool spaces this summer. [Recommendation 2]", {}),
        ("We agree that every care home should have a plan for a heatwave.", {}),
        ("We will not add a separate check each spring. [Recommendation 1]", {}),
        ("A greener county", {"kind": "heading"}),
        ("(R3 and R7) Both are part of the Climate Adaptation Programme agreed in July 2025.", {}),
    )
    got = {r.label: r.text for r in find_responses(document(kind="response"), paragraphs)}
    assert sorted(got) == ["1", "2", "3", "5", "6", "7"]
    assert got["5"] == "We agree. The Growth Hub published a guide for small businesses in June 2025.\n\nIt will be updated each spring."
    assert got["2"] == "Libraries in nine market towns opened as cool spaces this summer."
    assert got["1"].startswith("We agree that every care home") and got["1"].endswith("each spring.")
    assert got["3"] == got["7"]


def test_the_askers_comment_after_an_answer_is_a_detail_not_the_answer():
    """A response page that sets the scrutiny team's own comment under each answer ("Scrutiny team comment: ...",
    "Committee's view: ..."): that comment, and what follows it, is the asker's voice: kept as a detail, not judged."""
    paragraphs = units(
        ("Recommendation 1", {"kind": "heading"}),
        ("That the winter shelter stays open all year.", {}),
        ("Response", {"kind": "heading"}),
        ("Not agreed. The church hall is available only from November to March.", {}),
        ("Scrutiny team comment: The Committee asked for the shelter to stay open all year and will ask again in September.", {}),
        ("Recommendation 2", {"kind": "heading"}),
        ("That the Council commissions a Housing First service for 20 people.", {}),
        ("Response", {"kind": "heading"}),
        ("Agreed. The service began on 1 December 2025.", {}),
        ("Committee's view: The Committee welcomes the service and will visit it in the spring.", {}),
    )
    got = {r.label: r for r in find_responses(document(kind="response"), paragraphs)}
    assert got["1"].text == "Not agreed. The church hall is available only from November to March."
    assert got["1"].details == ["Scrutiny team comment: The Committee asked for the shelter to stay open all year and will ask again in September."]
    assert got["2"].text == "Agreed. The service began on 1 December 2025."
    assert got["2"].details[0].startswith("Committee's view:")


@pytest.mark.parametrize("header", ["Response", "Cabinet response (March 2025)", "Response and updates (most recent first)",
                                    "Response / progress", "Executive response & action"])
def test_an_answer_column_named_with_what_else_it_holds(header):
    """ "Response and updates (most recent first)": the column that answers, whatever else its header says it holds."""
    d = document(kind="other")
    d.lines = [Line(t, table=True) for t in [
        f"Ref\tRecommendation\t{header}\tStatus",
        "SR1\tThat the Executive Member funds a re-engagement worker in each locality.\tAccepted. All three workers are in post.\tClosed",
    ]]
    responses = find_responses(d, [])
    assert [(r.label, r.text.split(".")[0]) for r in responses] == [("SR1", "Accepted")]


def test_a_row_that_titles_the_rows_under_it_is_no_item():
    """A response table grouped by theme, each group under a shaded row of its title alone ("Environment"): the
    title rows are no items, and the unnumbered rows count 1, 2, 3 without them."""
    d = document(kind="other")
    d.lines = [Line(t, table=True) for t in [
        "Recommendation\tProvider response\tAction by / date",
        "Environment\t\t",
        "Replace the worn carpet in the first-floor corridor.\tDone. New flooring was fitted on 20 February.\tManager",
        "Put signs with pictures on bathroom and toilet doors.\tWe will look into this.\tManager, May 2026",
        "Food and drink\t\t",
        "Offer a choice of two hot meals at tea-time.\tDone – new menus from 1 March.\tCook",
    ]]
    responses = find_responses(d, [])
    assert [(r.label, r.restated.split()[0]) for r in responses] == [("1", "Replace"), ("2", "Put"), ("3", "Offer")]


def _table_responses(title: str, rows: list[str], after: str | None = None) -> dict:
    """The responses read from a document of a title line, table rows (cells joined by tabs) and a line after them."""
    d = document(kind="other")
    d.lines = [Line(title), *(Line(text, table=True) for text in rows), *([Line(after)] if after else [])]
    return {r.label: r for r in find_responses(d, [])}


def test_a_response_column_may_say_when_its_answers_were_written():
    """A twelve-month tracker dates its columns: "Authority response, May 2025" beside "Progress at 28 February 2026".
    The first is the response column however its date is printed, and the answer is both cells in turn, the verdict
    first; without it, only the update was read and its "Agreed." was lost."""
    for header in ("Authority response, May 2025", "Cabinet response – 12 June 2025", "Response (as at May 2025)"):
        responses = _table_responses("Appendix A: twelve-month review", [
            f"Rec\tRecommendation (abridged)\t{header}\tProgress at 28 February 2026\tLead",
            "R1\tRecruit eight protection officers.\tAgreed. Recruitment will run in two rounds.\t"
            "Six of the eight posts have been filled.\tHead of Protection",
            "R2\tOffer Primary Authority partnerships.\tNot agreed. The Service has no capacity.\t"
            "The position is unchanged.\tHead of Protection",
        ])
        assert sorted(responses) == ["1", "2"], header
        assert responses["1"].text.startswith("Agreed. Recruitment will run in two rounds."), header
        assert responses["1"].text.endswith("Six of the eight posts have been filled."), header
        assert responses["2"].stance == "rejected", header


def test_an_action_plans_rows_answer_the_recommendation_spanning_the_table_above_them():
    """An action plan quotes no recommendation in a column: each recommendation is a row across the table, and the
    action rows under it, to the next, are its answer (who owns an action is a detail)."""
    responses = _table_responses("Action plan in response to the review", [
        "Action\tOwner\tBy when\tProgress\tStatus",
        "**Recommendation 1:** Open the library on Sundays.",
        "Staff a Sunday rota at the central library.\tHead of Libraries\tMay 2026\tRota agreed with staff.\tOn track",
        "Publicise the new hours.\tCommunications Manager\tJune 2026\tNot yet started.\tNot started",
        "**Recommendation 2:** Publish footfall figures every quarter.",
        "Add footfall to the quarterly performance report.\tPerformance Manager\tJuly 2025\tDone since July 2025.\tComplete",
    ], after="Contact: Libraries Service")
    assert sorted(responses) == ["1", "2"]
    assert responses["1"].restated == "Open the library on Sundays."
    assert responses["1"].text.startswith("Staff a Sunday rota at the central library.\n\nMay 2026")
    assert "Publicise the new hours." in responses["1"].text and "Footfall" not in responses["1"].text
    assert "Head of Libraries" not in responses["1"].text and any("Head of Libraries" in d for d in responses["1"].details)
    assert responses["2"].text.startswith("Add footfall to the quarterly performance report.")


def test_an_action_logs_rows_answer_the_recommendation_their_tag_names_and_others_answer_none():
    """A board's action log mixes its own actions with those agreed on a review's recommendations, each of which
    closes by naming it ("(OSC rec b)"): those rows, wherever they stand, are the answer to that recommendation,
    without the tag; the board's own rows answer nothing."""
    log = ["Ref\tSource\tAction\tOwner\tDue\tUpdate\tStatus"]
    for ref, source, action, owner, due, update, status in [
        ("A/01", "Board minute 12", "Review staff car parking at night.", "Estates Director", "30/11/2025", "Paper in preparation.", "Open"),
        ("A/02", "Scrutiny review", "Appoint two discharge coordinators (OSC rec b)", "Chief Nurse", "31/03/2026", "One appointed.", "Open"),
        ("A/03", "Scrutiny review", "Publish waiting times monthly (OSC rec a)", "COO", "31/10/2025", "Published since October.", "Closed"),
        ("A/04", "Board minute 15", "Bring the winter plan to the Board.", "COO", "06/11/2025", "On the agenda.", "Closed"),
        ("A/05", "Scrutiny review", "Train ward staff in discharge planning (OSC rec b)", "Chief Nurse", "31/01/2026", "Not started.", "Open"),
    ]:
        log.append("\t".join((ref, source, action, owner, due, update, status)))
    responses = _table_responses("Board action log", log)
    assert sorted(responses) == ["a", "b"]
    assert responses["b"].text.startswith("Appoint two discharge coordinators\n\n31/03/2026\n\nOne appointed.")
    assert "Train ward staff in discharge planning" in responses["b"].text
    assert "car parking" not in responses["b"].text and "winter plan" not in responses["a"].text


def test_a_part_printed_with_its_recommendations_number_is_labelled_as_one_label():
    """"2(a)" and "2(b)" in a response table's first cells are the parts 2a and 2b of recommendation 2, not 2."""
    from pipeline.labels import read_labels

    assert read_labels("2(a) A family liaison officer in each academy.") == (["2a"], "A family liaison officer in each academy.")
    assert read_labels("2(a) and 2(b) Both parts") == (["2a", "2b"], "Both parts")
    assert read_labels("12 (a) text") == (["12"], "(a) text")  # a number, then an item of its own


def test_a_range_of_letters_or_roman_numerals_names_every_label_in_it():
    """A head over a group, "Recommendations (a) to (c)", names a, b and c, as "Recommendations 4 to 6" names 4, 5, 6;
    never one label "a) to(c"."""
    from pipeline.labels import read_labels

    assert read_labels("Recommendations (a) to (c): priorities") == (["a", "b", "c"], "priorities")
    assert read_labels("(ii) to (iv)") == (["ii", "iii", "iv"], "")
    assert read_labels("(a)-(d) That the Cabinet") == (["a", "b", "c", "d"], "That the Cabinet")
    assert read_labels("Recommendations 1(a) to 1(c)") == (["1a", "1b", "1c"], "")
    assert read_labels("(h) to (j)") == (["h", "i", "j"], "")  # "i" between letters is a letter
    assert read_labels("2.1 to 2.3") == (["2.1", "2.2", "2.3"], "")
    assert read_labels("Recommendations (e) and (g): speed") == (["e", "g"], "speed")
    responses = _table_responses("Response of the Trust", [
        "Recommendation\tTrust response",
        "1 Publish attendance every term.\tAlready in place since September 2024.",
        "2(a) A family liaison officer in each academy.\tWe cannot fund an officer in each academy.",
        "2(b) A meeting within ten days.\tAgreed. From the summer term heads of year will meet every family.",
    ])
    assert list(responses) == ["1", "2a", "2b"]


def test_tables_set_side_by_side_under_one_repeated_header_are_read_tile_by_tile():
    """A response on a page sets its answers as tiles, three to a row: the reader gives one table row across all three,
    under a header that repeats "What you asked | What we've done" three times. Each repetition is a table of its own,
    read left to right, row after row; a row of another width after them ("Next steps | ...") answers nothing."""
    head = "\t".join(["What you asked", "What we’ve done / will do"] * 3)
    responses = _table_responses("Our response on a page", [
        head,
        "Name a lead officer for loneliness.\tOur Wellbeing Manager became the lead officer in November 2025."
        "\tSet up a grant fund of £50,000 a year.\tWe have set up a fund of £25,000 a year for two years."
        "\tPay for free community transport.\tWe are not able to fund free community transport.",
        head,
        "Add questions to the Residents’ Survey.\tThe 2027 survey will ask them.\tRun digital drop-ins for older people."
        "\tWeekly drop-ins start in March 2026.\tOpen council buildings as warm spaces.\tNine buildings have been open since November.",
        "Next steps\tWe will report progress to the Committee in July 2026.",
    ])
    assert sorted(responses) == ["1", "2", "3", "4", "5", "6"]
    assert responses["2"].restated == "Set up a grant fund of £50,000 a year."
    assert responses["2"].text == "We have set up a fund of £25,000 a year for two years."
    assert responses["3"].stance == "rejected"
    assert responses["6"].text == "Nine buildings have been open since November."


def test_a_head_over_the_table_row_that_answers_it_gives_way_to_the_row():
    """"R1 – A plan for loneliness" heads a tile whose table row answers R1: the head's block holds only the table's
    rows as its text, so the row, read by its columns, is the one answer to R1."""
    rows = ["What you asked\tWhat we’ve done / will do",
            "Name a lead officer for loneliness.\tOur Wellbeing Manager became the lead officer in November 2025."]
    d = document(kind="response", first_line="Our response on a page")
    d.lines = [Line("Our response on a page"), Line("R1 – A plan for loneliness"), *(Line(r, table=True) for r in rows)]
    paragraphs = [para("R1 – A plan for loneliness", pos=0, kind="heading"), para("\n".join(rows), pos=1)]
    responses = find_responses(d, paragraphs)
    assert [(r.label, r.text) for r in responses] == [("1", "Our Wellbeing Manager became the lead officer in November 2025.")]


@pytest.mark.parametrize(("rows", "progress"), [
    (["Adopt the plan.\n\nAdopted by Council in January.\n\nComplete", "Report twice a year.\n\nFirst report in May.\n\nOn track"],
     "in_progress"),  # one action done, another not said to be: part of it is done (guide rule 2.2)
    (["Adopt the plan.\n\nComplete", "Publish it.\n\nStatus: Closed"], "completed"),
    (["Recruit two officers.\n\nNot yet started.", "Train the staff.\n\nOn track"], "not_started"),
    (["Adopt the plan.\n\nComplete"], None),  # one action: the answer's own statement decides
    (["Adopt the plan.", "Publish it."], None),  # no action says how far it has gone
])
def test_the_progress_of_an_answer_made_of_several_actions_is_read_from_all_of_them(rows, progress):
    from pipeline.answers.tables import actions_progress

    got = actions_progress(rows)
    assert (got[0] if got else None) == progress


def test_an_action_plans_answer_takes_the_progress_of_all_its_actions():
    """One action printed "Complete" does not make the recommendation complete while its other action is on track."""
    responses = _table_responses("Action plan", [
        "Action\tLead officer\tTimescale\tProgress update\tRAG",
        "**Recommendation 1:** Refresh the Council Plan and report progress against it every six months.",
        "Adopt a Council Plan with four priorities.\tHead of Policy\tJanuary 2026\tAdopted by Council on 22 January.\tComplete",
        "Report the outcome measures to Cabinet every six months.\tHead of Policy\tMay 2026\tFirst report due in May.\tOn track",
    ])
    assert responses["1"].progress == "in_progress"


@pytest.mark.parametrize(("text", "stance"), [
    ("The Trust will put £18,000 towards the programme, provided the Council contributes the same amount.",
     "partially_accepted"),
    ("We will extend the service to the Dales subject to funding being agreed by the ICB.", "partially_accepted"),
    ("Extension from April 2026 depends on that funding.", "partially_accepted"),
    ("We will subject the scheme to consultation in the spring.", "unclear"),  # 'subject' the verb: no condition
])
def test_rules_v11_read_a_commitment_on_a_condition_not_yet_met_as_partial(text, stance):
    """Labelling guide, partially_accepted: "subject to a condition that is not yet met (funding, legislation, another
    body's agreement)"."""
    assert judge(text, load_rules())[0] == stance


@pytest.mark.parametrize(("text", "stance"), [
    ("Agreed, subject to funding. We will bid for the money in the 2026/27 budget.", "partially_accepted"),
    ("Agreed subject to funding being identified.", "partially_accepted"),
    ("Accepted, provided the cost can be met from the scheme budget.", "partially_accepted"),
    ("The Council agrees, subject to Cabinet approval in March.", "partially_accepted"),
    ("Supported – conditional on the ICB's contribution.", "partially_accepted"),
    # a verdict word with no condition after it, and a "provided" that is no condition: plain acceptances
    ("Agreed. The new service is provided by the Library Service.", "accepted"),
    ("Agreed – provided by March 2026.", "accepted"),
])
def test_rules_v24_read_a_verdict_qualified_at_once_by_its_condition_as_partial(text, stance):
    """A tracker's "Agreed, subject to funding." (the labelling guide's own example of a condition not yet met) is a
    qualified acceptance; the rules' older form needed "recommendation" between the verdict and its condition."""
    from pipeline.answers.judge import judge_answer

    assert judge_answer(text).stance == stance


@pytest.mark.parametrize(("text", "stance"), [
    # a verdict that carries its own limit
    ("Agreed for 2026/27 only. The Cabinet has set aside £60,000 for a one-year grant scheme.", "partially_accepted"),
    ("Accepted for the tram network only. Officers will ride the trams from June 2026.", "partially_accepted"),
    # the aim shared or supported, the means not taken up (guide rule 6)
    ("We share the Committee's aim that older patients are seen quickly. Instead, the Trust will add two posts to "
     "its central team, who will cover all seven wards.", "partially_accepted"),
    ("The Government supports the aim of this recommendation. It will not, however, legislate.", "partially_accepted"),
    # "Agreed." then a part declined after "However"
    ("Agreed. The Cabinet will consult in October on a new order for the town. However, we do not propose to extend "
     "smoke control to the valley villages at this stage.", "partially_accepted"),
    ("Agreed. However, the first phase will start later than planned, in May.", "accepted"),  # a delay, no refusal
    # someone else's view after "However", and "only" that limits nothing (review)
    ("Agreed. However, residents told us they disagree with the current opening hours, so the library will open on "
     "Sundays from April 2026.", "accepted"),
    ("Agreed – not only will the Council publish the register, it will also hold an open meeting each year.",
     "accepted"),
    ("Agreed, and this is the only way to keep the service open.", "accepted"),
    ("Agreed. The scheme will open in June; only households on benefits will be eligible, as the Panel asked.",
     "accepted"),  # "only" outside the verdict
])
def test_rules_v26_read_a_limited_verdict_a_shared_aim_and_a_part_declined_as_partial(text, stance):
    """Three readings of the labelling guide: a verdict limited to a year, a place or a service; agreement with a
    recommendation's aim or objective, as with its intent or spirit; a printed "Agreed." and then, after "However",
    a part of what was asked that will not be done."""
    from pipeline.answers.judge import judge_answer

    assert judge_answer(text).stance == stance


def test_a_later_statement_that_declines_what_was_first_agreed_is_the_stance():
    """"Initial response: Agreed, subject to funding." then "Further response: ... has therefore decided not to
    introduce it": the latest statement declines, and decides (labelling guide rule 2.4), however the first was put."""
    from pipeline.answers.judge import judge_answer

    first = "Initial response (June 2025): Agreed, subject to funding. The payment will be introduced if the budget allows."
    later = ("Further response (January 2026): The payment is not in the budget for 2026/27. The Cabinet has therefore "
             "decided not to introduce it.")
    assert judge_answer(first).stance == "partially_accepted"
    assert judge_answer(f"{first}\n\n{later}").stance == "rejected"
    # after a plain acceptance, an update's refusal may be of something else: the answer is judged whole
    done = ("Accepted. The Council will install ten new benches in the park.\n\nFurther response (June 2026): All ten "
            "benches are installed. We have no plans to add more.")
    assert judge_answer(done).stance == "accepted"


@pytest.mark.parametrize(("close", "kept"), [
    # offers someone to the committee or asks it to get in touch (answer lexicon v11 `letter_closings`)
    (["The ICB's Director of Strategy, Dr Kofi Bramall, would be pleased to attend the Committee's meeting in "
      "February to answer members' questions.", "Please contact his office on 01632 960 614 to arrange this."], 1),
    # speaks of the recommendations or the answers as a whole, then signs off (v21 `whole_response`, valedictions)
    (["We will report progress on the accepted recommendations to the Committee in the summer of 2026. If the "
      "Committee would like to discuss any of our answers, my office can be reached on 01632 960793.",
      "Yours sincerely,"], 1),
    (["Yours sincerely,", "Dr Amara Okonjo"], 1),
    # the answer's own second paragraph, about its one recommendation: kept
    (["The first families will be registered under the process in January, and the practice list will be published."], 2),
    # a paper that does not sign off may end its last answer speaking of "the recommendations": still the answer
    (["To oversee this work a steering group has been convened. We will ensure that the voices of patients are "
      "prioritised in the implementation of the recommendations."], 2),
    # the last answer's own paragraph that mentions other responses or recommendations, in a signed letter: kept
    (["The consultation will build on the survey responses we received in the spring, as the other recommendations "
      "ask of the service.", "Yours sincerely,"], 2),
])
def test_a_letters_close_after_its_last_answer_is_not_part_of_it(close, kept):
    """After a letter's last answer, its close is not part of the answer: the paragraph that offers someone to the
    committee or asks it to get in touch, one that speaks of the recommendations or answers as a whole, the
    valediction."""
    doc = document(kind="response", first_line="Response to the Joint Committee's recommendations")
    found = blocks(find_responses(doc, units(
        ("Recommendation 1 \u2013 Discharge planning", {"kind": "heading", "label": "1"}),
        ("We agree. A discharge plan will be written with every patient from April 2026.", {}),
        ("Recommendation 2 \u2013 Written plans", {"kind": "heading", "label": "2"}),
        ("Agreed. The trust will give every patient a written plan from April 2026.", {}),
        *((text, {}) for text in close),
    )))
    assert [r.label for r in found] == ["1", "2"]
    assert found[1].text == "\n\n".join(["Agreed. The trust will give every patient a written plan from April 2026.",
                                          *close][:kept])


@pytest.mark.parametrize("text, stance", [
    ("We do not consider this necessary. Our inspectors already audit the common parts of these homes.", "rejected"),
    ("The Council does not think it appropriate to publish the figures by ward.", "rejected"),
    ("We consider this necessary and will start in April.", None),  # judged needed: no refusal
])
def test_rules_v12_read_an_ask_judged_needless_as_a_refusal(text, stance):
    from pipeline.answers.stance import classify_stance

    found = classify_stance(text)[0]
    assert found == stance if stance else found != "rejected"


def test_rows_that_cite_the_same_recommendation_are_its_answer_together():
    """An action plan numbered by its own actions whose column cites the recommendation each answers ("A2 | Rec 1",
    then "A6 | Rec 1" further down): one answer to recommendation 1, both rows in the table's order."""
    responses = _table_responses("Action plan in response to the Committee's recommendations", [
        "No.\tScrutiny recommendation\tAction\tDue\tStatus",
        "A1\tRec 2\tPublish monthly handover times on the Trust website.\tOct 2025\tComplete",
        "A2\tRec 1\tOpen a receiving area next to the Emergency Department.\tMar 2026\tOn track",
        "A3\tRec 3\tAppoint a patient experience lead.\tJan 2026\tComplete",
        "A6\tRec 1\tWork with the council to reduce delayed discharges.\tJun 2026\tAt risk",
    ], after="Contact: Chief Nurse")
    assert sorted(responses) == ["1", "2", "3"]
    one = responses["1"].text
    assert one.index("Open a receiving area") < one.index("Work with the council")


def test_answers_that_close_by_citing_what_they_answer():
    """"**Agreed.** ... (recommendation 1)." then the next answer: each answer runs from the end of the one before it
    (or the heading over the first) to the citation that closes it; a citation in passing, mid-paragraph, labels
    nothing, and an answer may run over two paragraphs before its citation."""
    from pipeline.answers.references import answers_by_reference

    paragraphs = units(
        ("The Executive thanks the Panel for its report, which it discussed in February.", {}),
        ("Our response", {"kind": "heading"}),
        ("Agreed. The plan will be consulted on from March, as recommendation 1 of the earlier review asked.", {}),
        ("The Executive will adopt the plan in October (recommendation 1).", {}),
        ("Agreed in part. One more officer will be appointed, not two (recommendation 2).", {}),
        ("Not agreed. The budget cannot pay for it (recommendations 3 and 4).", {}),
        ("What happens next", {"kind": "heading"}),
        ("The Panel will consider this response in March.", {}),
    )
    found = answers_by_reference(paragraphs)
    assert [a.labels for a in found] == [["1"], ["2"], ["3", "4"]]
    assert found[0].text == ["Agreed. The plan will be consulted on from March, as recommendation 1 of the earlier "
                             "review asked.", "The Executive will adopt the plan in October (recommendation 1)."]
    assert found[2].text == ["Not agreed. The budget cannot pay for it (recommendations 3 and 4)."]


def test_a_head_s_run_in_title_over_its_answer():
    """"Recommendation 1: waiting times for children. We accepted this recommendation ...": the short title run in
    after the head's label names the subject, and what follows answers; an ask after the title stays a
    restatement. A noun like "urgent" or "recommendation" is no ask."""
    paragraphs = units(
        ("waiting times for children. We accepted this recommendation in October and the wait is now 18 weeks.",
         {"label": "1"}),
        ("urgent referrals. The new triage process took effect on 1 April.", {"label": "2"}),
        ("eligibility. This recommendation is for the ICB, which has appointed a clinical lead.", {"label": "3"}),
    )
    found = blocks(find_responses(document("response", "Wheelchair services: progress"), paragraphs))
    assert [(r.label, r.text) for r in found] == [
        ("1", "We accepted this recommendation in October and the wait is now 18 weeks."),
        ("2", "The new triage process took effect on 1 April."),
        ("3", "This recommendation is for the ICB, which has appointed a clinical lead."),
    ]


def test_a_sheet_printed_from_a_spreadsheet_with_no_ruling():
    """A response sheet laid out only by position: a narrow "Ref" column that runs into the summary beside it ("R1 Ten-year
    plans ..."), a column of coded verdicts ("A / PA / NA") that belongs to the answer, and a cell's second paragraph
    set inside the table's columns on a line of its own, which goes on with the row above, not ending the table."""
    from pipeline.answers.tables import table_answers

    lines = [Line("Ref\tRecommendation (summarised)\tA / PA / NA\tResponse\tOwner", table=True, indent=54),
             Line("R1 Ten-year plans for every centre\tA\tA survey of all nine centres was carried out.\tProperty Manager",
                  table=True, indent=54),
             Line("R2 A fund of £150,000 a year\tNA\tThe financial plan has no room for a new fund.\tFinance Manager",
                  table=True, indent=54),
             Line("Committees can still bid to the Community Grants scheme.", indent=300),
             Line("R3 A defibrillator at every centre\tA\tSix centres already have one.\tSafety Manager", table=True,
                  indent=54)]
    doc = Document(id="cd" * 32, source="t.pdf", path="t.pdf", pages=1, lines=lines, meta=DocumentMeta(kind="response"))
    rows = table_answers(doc)
    assert [(r.label, r.quoted, r.answer) for r in rows] == [
        ("1", "Ten-year plans for every centre", ["A", "A survey of all nine centres was carried out."]),
        ("2", "A fund of £150,000 a year", ["NA", "The financial plan has no room for a new fund.",
                                             "Committees can still bid to the Community Grants scheme."]),
        ("3", "A defibrillator at every centre", ["A", "Six centres already have one."]),
    ]


def test_a_trackers_latest_note_is_part_of_the_answer():
    """A monitoring report exported from a performance system: "Cabinet decision | Status | Progress | Due date | Latest
    note": the dated note says what has happened since, and is read with the status, not left out."""
    from pipeline.answers.tables import table_answers

    lines = [Line(t, table=True) for t in [
        "Code\tRecommendation\tCabinet decision\tStatus\tProgress\tDue date\tLatest note\tAssigned to",
        "R1\tThat the Cabinet Member bans pavement parking in 14 streets.\tAgreed.\tIn progress\t40%\t31/03/2026\t"
        "17/06/2026 – Consultation closed on 28 February.\tTraffic Manager",
    ]]
    doc = Document(id="cd" * 32, source="t.pdf", path="t.pdf", pages=1, lines=lines, meta=DocumentMeta(kind="response"))
    rows = table_answers(doc)
    assert rows[0].answer == ["Agreed.", "In progress", "40%", "31/03/2026", "17/06/2026 – Consultation closed on 28 February."]


def test_an_updates_later_verdict_supersedes_the_one_it_recalls():
    """An update recalls the earlier response's verdict ("We originally accepted this recommendation in part") and then
    gives a new one ("we now accept it in full"): the later verdict decides. Where nothing said since gives a verdict,
    the one recalled is still the answer's."""
    from pipeline.answers.judge import judge_answer, without_superseded

    changed = ("We originally accepted this recommendation in part, committing to open three new test centres. Having "
               "reviewed the waiting-time data for 2025, we now accept it in full. Sites have been chosen at Merriford.")
    assert without_superseded(changed).startswith("Having reviewed")
    assert judge_answer(changed).stance == "accepted"
    kept = ("In our response of May 2025 we accepted the aim of this recommendation but not its date. DVSA has since "
            "recruited 426 new examiners.")
    assert without_superseded(kept) == kept


def test_a_status_that_withdraws_the_action_is_the_last_verdict_printed():
    """A tracker's row "Agreed subject to funding" then the status "Cancelled" and a note that the Cabinet decided not to
    fund it: the acceptance is withdrawn, and the last verdict printed decides (rules v15); "cancelled" in a sentence
    about something else is no verdict cell."""
    from pipeline.answers.judge import judge_answer

    row = ("Agreed subject to funding in the 2026/27 capital programme.\n\nCancelled\n\n0%\n\n20/03/2026 – Cabinet decided "
           "not to fund this programme.")
    assert (judge_answer(row).stance, judge_answer(row).progress) == ("rejected", "unknown")
    assert judge_answer("Agreed. The old contract was cancelled and the new one started in May.").stance == "accepted"


def test_an_answer_that_names_the_recommendation_it_meets_is_no_quotation_of_it():
    """Under a titled head for several recommendations, the first paragraph reports what was done "which meets
    recommendation 2": the noun names a recommendation, as answers do; a quotation would ask ("should", "That")."""
    paragraphs = units(
        ("Recommendation 1: reporting a defect", {"kind": "heading"}),
        ("The new reporting service went live on 3 November 2025.", {}),
        ("Recommendations 2 and 3: keeping residents informed", {"kind": "heading"}),
        ("Since 3 November 2025 every resident who reports a defect online receives an e-mail within five working "
         "days, which meets recommendation 2.", {}),
        ("We will not publish ward figures every month; figures will be published every quarter.", {}),
    )
    responses = find_responses(document(kind="response"), paragraphs)
    assert [(r.label, r.answers) for r in responses] == [("1", ["1"]), ("2", ["2", "3"]), ("3", ["2", "3"])]
    assert responses[1].text.startswith("Since 3 November 2025 every resident")
    assert responses[1].text.endswith("figures will be published every quarter.")


def test_a_head_printed_again_as_continued_goes_on_with_its_answer():
    """A slide whose answer runs onto the next slide prints its head again, "R4 Cancel charge notices ... (continued)",
    its status beside it: one answer, not two for one recommendation."""
    titles = {0: "Cancel charge notices when appointments overrun",
              2: "Cancel charge notices when appointments overrun (continued)", 4: "Publish car parking income every year"}
    paragraphs = units(
        ("Complete", {"label": "4"}),
        ("Since 1 December 2025 our contractor cancels any notice when the patient shows the letter.", {}),
        ("Complete", {"label": "4"}),
        ("63 notices were cancelled on this ground between December and January.", {}),
        ("Not started", {"label": "6"}),
        ("We agree. Our income will be published in our annual report in July 2026.", {}),
    )
    for k, title in titles.items():
        paragraphs[k].title = title
    responses = find_responses(document(kind="response"), paragraphs)
    assert [r.label for r in responses] == ["4", "6"]
    assert responses[0].text.startswith("Complete")
    assert responses[0].text.endswith("63 notices were cancelled on this ground between December and January.")


def test_action_rows_that_each_repeat_their_recommendations_number_are_judged_together():
    """Found by review: a Word action plan whose merged cells repeat "1" on each action row gives one answer whose
    actions are judged together, as under one merged cell."""
    rows = [
        "Rec\tScrutiny recommendation\tCabinet response\tRef\tAction\tLead officer\tTimescale",
        "1\tThat the Cabinet offers every young carer an assessment.\tAgreed.\t1a\tAdd a question on caring to the "
        "referral form.\tHead of Early Help\tCompleted November 2025",
        "1\tThat the Cabinet offers every young carer an assessment.\tAgreed.\t1b\tFund a second assessment "
        "worker.\tCommissioning Manager\tPost to be advertised; in post by April 2027",
    ]
    responses = _rows_read(rows)
    assert [(r.label, r.progress) for r in responses] == [("1", "in_progress")]


def test_verdicts_given_by_number_in_a_summary_decide_answers_that_print_none(tmp_path):
    """A response that gives its verdicts once, in a summary above the answers ("accepts recommendations 1 and 3,
    accepts recommendation 2 in part and does not accept recommendation 4"), then comments on each without a verdict
    word: each answer takes its verdict from the summary, and a refusal reports no progress (guide rule 2.1). An
    answer that prints its own verdict keeps it."""
    from pipeline.process import parse_file

    asks = ["That the Executive publishes the allotment waiting list each quarter.",
            "That the Executive opens two new allotment sites by 2027.",
            "That the Executive halves allotment rents for tenants on Council Tax Support.",
            "That the Executive transfers every allotment site to a self-managed association."]
    comments = ["The first list, for the quarter to December, will be published on the Council's website in January.",
                "A new site at Mill Lane will open in spring 2026. No second site has been found, and the Executive "
                "will look again when the Local Plan allocates land.",
                "Agreed. The reduced rent will apply from the renewal date in October 2026.",
                "Only two of the eleven sites have an association able to take on the lease and the water bills, and the "
                "transfer would end the Council's repair fund for the other nine."]
    text = ("Executive response to the review of allotments\n\nSummary of the decision\n\n"
            "The Executive accepts recommendations 1 and 3, accepts recommendation 2 in part and does not accept "
            "recommendation 4. Its comments on each are below.\n\n"
            + "\n\n".join(f"Recommendation {k + 1}\n\n{a}\n\nExecutive response\n\n{c}" for k, (a, c) in enumerate(zip(asks, comments)))
            + "\n")
    (tmp_path / "response.txt").write_text(text, encoding="utf-8")
    got = {r.label: r for r in parse_file(tmp_path / "response.txt", themes=False).responses}
    assert {k: r.stance for k, r in got.items()} == {"1": "accepted", "2": "partially_accepted", "3": "accepted",
                                                     "4": "rejected"}
    assert got["4"].progress == "unknown" and got["4"].stance_evidence == ["does not accept recommendation 4"]
    assert got["3"].stance_evidence[0] != "accepts recommendations 1 and 3"  # its own "Agreed." decides


def test_a_verdicts_stem_gives_its_verdict_to_each_recommendation_its_list_names():
    """"The Government does not accept three of the Committee's ten recommendations:" over items that each open by
    naming one ("recommendation 3, a statutory duty ..., because ..."): each named answer takes the stem's verdict, as
    if it were its object; an answer that prints its own keeps it, and an item that names nothing ends the list."""
    from pipeline.answers.references import summary_verdicts
    from pipeline.records import Response

    texts = ["The Government does not accept three of the Committee's ten recommendations:",
             "recommendation 3, a statutory duty on local authorities, because it would be an unfunded burden;",
             "recommendation 6, a charge on bottled water, because the deposit return scheme will cover it; and",
             "recommendation 9, because Ofwat is an independent regulator.",
             "The Government's response to each recommendation is set out below.",
             "Defra will publish guidance on fountains by the end of 2026.",
             "Councils already have the power to provide fountains.",
             "The deposit return scheme will begin in October 2027.",
             "Ofwat's determinations for 2025-30 have been made."]
    paragraphs = [para(t, pos=k) for k, t in enumerate(texts)]
    answers = [Response(uid=f"r:{lab}", label=lab, text=texts[i], stance="accepted", progress="not_started")
               for lab, i in (("2", 5), ("3", 6), ("6", 7), ("9", 8))]
    got = {r.label: r for r in summary_verdicts(paragraphs, answers)}
    assert {k: r.stance for k, r in got.items()} == {"2": "accepted", "3": "rejected", "6": "rejected", "9": "rejected"}
    assert got["6"].progress == "unknown" and "recommendation 6, a charge" in got["6"].stance_evidence[0]


def test_an_introduction_that_names_the_one_recommendation_it_does_not_accept_gives_it_its_verdict():
    """"The Executive accepts eight of the Panel's nine recommendations. It does not accept recommendation 6.": the verb
    takes the one it names as its object, and that answer, which prints no verdict, takes it; a recommendation merely
    mentioned by number in an introduction ("as recommendation 2 asks") gives nothing."""
    from pipeline.answers.references import summary_verdicts
    from pipeline.records import Response

    texts = ["The Executive accepts eight of the Panel's nine recommendations, two of them in part. It does not accept "
             "recommendation 6.", "The protocol will be published in April, as recommendation 2 asks.",
             "- A clearance grant would cost £90,000 a year.", "- The protocol goes to the Board in March."]
    paragraphs = [para(t, pos=k) for k, t in enumerate(texts)]
    answers = [Response(uid=f"r:{lab}", label=lab, text=texts[i], stance="accepted", progress="not_started")
               for lab, i in (("6", 2), ("2", 3))]
    got = {r.label: r for r in summary_verdicts(paragraphs, answers)}
    assert got["6"].stance == "rejected" and got["6"].stance_evidence == ["It does not accept recommendation 6"]
    assert got["2"].stance == "accepted"


def test_one_clause_over_several_recommendations_is_no_summary_of_verdicts():
    """"... does not plan to change the speed now, but welcomes Ofcom's review of the cost threshold (recommendations
    6 and 7)" opens a shared answer: one clause names both, so it gives neither a verdict of its own."""
    from pipeline.answers.references import summary_verdicts
    from pipeline.records import Response

    opening = ("The Government does not plan to change the speed of the Universal Service Obligation now, but welcomes "
               "Ofcom's review of the cost threshold (recommendations 6 and 7).")
    answers = [Response(uid=f"r:{k}", label=k, text="Ofcom will report on the review in the spring.",
                        stance="partially_accepted", progress="not_started") for k in ("6", "7")]
    paragraphs = [para(opening, pos=0), para(answers[0].text, pos=1)]
    assert summary_verdicts(paragraphs, answers) is answers
    # the clause a reference set at its end names is the one it ends
    from pipeline.answers.references import _own_clause, verdict_clause

    assert _own_clause(verdict_clause(opening, "6"), "6") == "but welcomes Ofcom's review of the cost threshold (recommendations 6 and 7)"


def test_a_summarys_verdicts_go_to_its_own_part_only():
    """Found by review: a summary in part 1 ("accepts recommendations 1 and 2, and does not accept recommendation 3")
    gives its verdicts to the first answers of those numbers after it, not to part 2's, which number from 1 again."""
    from pipeline.answers.references import summary_verdicts
    from pipeline.records import Response

    texts = [("Part 1: Cleaner streets", "heading"),
             ("The Executive accepts recommendations 1 and 2, and does not accept recommendation 3.", "paragraph"),
             ("The street cleansing rota will be published.", "paragraph"), ("Bins will be emptied weekly.", "paragraph"),
             ("The budget does not allow a second crew.", "paragraph"), ("Part 2: Branching out", "heading"),
             ("The Parks team will draft a Tree Strategy.", "paragraph"),
             ("Officers will map the canopy next year.", "paragraph"),
             ("A tree officer post will be considered in the budget.", "paragraph")]
    paragraphs = [para(t, pos=k, kind=kind) for k, (t, kind) in enumerate(texts)]
    answers = [Response(uid=f"r:{k}", label=str(k % 3 + 1), text=texts[i][0], stance="unclear")
               for k, i in enumerate((2, 3, 4, 6, 7, 8))]
    got = summary_verdicts(paragraphs, answers)
    assert [r.stance for r in got] == ["accepted", "accepted", "rejected", "unclear", "unclear", "unclear"]


def test_a_table_that_maps_a_responses_numbers_to_the_reports_answers_nothing():
    """A Command paper's annex, "Number in this response | Inquiry recommendation | Chapter | Lead": a header that
    opens with a number's name heads the numbers, though it says "response", and its rows hold no answers; a table
    headed "Recommendation | Government response" still does."""
    d = document(kind="response")
    d.lines = [Line(text, table=table) for text, table in [
        ("Annex A: The Inquiry's numbering and the numbering in this response", False),
        ("Number in this response\tInquiry recommendation\tChapter of the report\tLead", True),
        ("1\t2.1\tThe outbreak and the response\tWater companies", True),
        ("2\t2.2\tThe outbreak and the response\tDrinking Water Inspectorate", True),
    ]]
    assert find_responses(d, []) == []
    d.lines = [Line(text, table=table) for text, table in [
        ("Recommendation\tGovernment response", True),
        ("1. Water companies should tell every customer within six hours.\tAccepted. A protocol is being drafted.", True),
    ]]
    assert [(r.label, r.stance) for r in find_responses(d, [])] == [("1", "accepted")]


def test_an_answer_under_a_paragraph_head_that_names_the_recommendation_as_its_object():
    """"Paragraph 21: reimbursing other residents" over "We have decided not to follow this recommendation. ...": the
    noun names what is answered, it asks nothing, so the head opens an answer; and the decision not to follow it is a
    refusal (stance rules v17)."""
    paragraphs = units(
        ("Paragraph 20: review of communal heating outages", {"kind": "heading"}),
        ("We have asked our Asset Management team to carry out the review.", {}),
        ("Paragraph 21: reimbursing other residents", {"kind": "heading"}),
        ("We have decided not to follow this recommendation. The outages affected 212 households.", {}),
        ("Any resident who believes they incurred additional costs can claim under our compensation policy.", {}),
        ("Paragraph 22: training for contact centre staff", {"kind": "heading"}),
        ("Contact centre staff already complete e-learning on vulnerability when they join.", {}),
    )
    by = {r.label: r for r in find_responses(document(kind="response"), paragraphs)}
    assert sorted(by) == ["20", "21", "22"]
    assert by["21"].stance == "rejected"


def test_the_rules_read_a_decision_not_to_act_on_the_ask_as_a_refusal():
    from pipeline.answers.stance import classify_stance

    for text in ("We have decided not to follow this recommendation.", "The Council has chosen not to take it forward.",
                 "The Trust will not be implementing this recommendation."):
        assert classify_stance(text)[0] == "rejected", text
    assert classify_stance("We have decided to follow this recommendation.")[0] != "rejected"


def test_a_decision_notice_s_resolutions_give_the_answers_under_its_appendix_their_verdicts():
    """A Record of Executive Decision resolves by ranges ("(1) That recommendations 1 to 4 of the Overview and Scrutiny
    Committee's report be accepted; (2) That recommendation 5 be accepted in part; (3) That recommendation 6 not be
    accepted; (4) That recommendation 7 be noted"), and its appendix answers each under a head, one shared by 1 and 2,
    printing no verdict: each answer takes its own number's verdict (stance rules v18; the "and" of a body's name
    ends no clause)."""
    from pipeline.answers.references import summary_verdicts
    from pipeline.records import Response

    decision = ("The Cabinet RESOLVED: (1) That recommendations 1 to 4 of the Overview and Scrutiny Committee's report "
                "be accepted and implemented as set out in Appendix B; (2) That recommendation 5 be accepted in part; "
                "(3) That recommendation 6 not be accepted, for the reasons set out in Appendix B; and (4) That "
                "recommendation 7 be noted.")
    texts = [(decision, "paragraph"), ("Appendix B: Response to the recommendations", "heading"),
             ("The fund will open in May if the budget is approved.", "paragraph"),
             ("A directory page was published in January.", "paragraph"),
             ("An officer will be named in February.", "paragraph"), ("A survey will be shared.", "paragraph"),
             ("The fee is set in law.", "paragraph"), ("The rest centre plan will be reviewed.", "paragraph")]
    paragraphs = [para(t, pos=k, kind=kind) for k, (t, kind) in enumerate(texts)]
    shared = texts[2][0]
    answers = [Response(uid="r:1", label="1", answers=["1", "2"], text=shared, stance="partially_accepted"),
               Response(uid="r:2", label="2", answers=["1", "2"], text=shared, stance="partially_accepted")]
    answers += [Response(uid=f"r:{k}", label=str(k), text=texts[k][0], stance="unclear") for k in range(3, 8)]
    got = summary_verdicts(paragraphs, answers)
    assert [(r.label, r.stance) for r in got] == [
        ("1", "accepted"), ("2", "accepted"), ("3", "accepted"), ("4", "accepted"), ("5", "partially_accepted"),
        ("6", "rejected"), ("7", "noted")]


def test_a_head_that_names_two_references_answers_both():
    """"R1.3 and R2.2: Family Hubs" over one answer: the references in a row name what the head answers, as
    "Recommendations 1.3 and 2.2" would; "R3.1: Community champions" names one."""
    paragraphs = units(
        ("R1.3 and R2.2: Family Hubs", {"kind": "heading"}),
        ("Agreed. Posters giving the immunisation schedule are now in every Family Hub.", {}),
        ("R3.1: Community immunisation champions", {"kind": "heading"}),
        ("Agreed in part. We will fund twelve champions in two wards.", {}),
    )
    got = [(r.label, r.stance) for r in find_responses(document(kind="response"), paragraphs)]
    assert got == [("1.3", "accepted"), ("2.2", "accepted"), ("3.1", "partially_accepted")]


def test_a_resolution_s_verdict_is_read_only_in_its_own_subjunctive():
    """Found by review: "That recommendation 9 be noted" is a verdict (stance rules v18); "cannot be accepted as it
    stands", "yet to be approved by Full Council", "will be noted in the annual report" are not verdicts of that form."""
    from pipeline.answers.stance import classify_stance

    assert classify_stance("(4) That recommendation 9 be noted and referred to the Emergency Planning Officer.")[0] == "noted"
    assert classify_stance("(3) That recommendations 6 and 8 not be accepted, for the reasons given.")[0] == "rejected"
    for text in ("This recommendation cannot be accepted as it stands.",
                 "The scheme requires funding which has yet to be approved by Full Council.",
                 "Progress against the recommendations will be noted in the annual report.",
                 "The recommendations of the review should not be implemented until the consultation closes."):
        assert classify_stance(text)[0] == "unclear", text


def test_and_ends_a_clause_unless_it_is_inside_a_body_s_name():
    from pipeline.answers.references import _own_clause, verdict_clause

    text = "The Council accepts recommendation 1 in full from April and Cabinet does not support recommendation 2."
    assert _own_clause(verdict_clause(text, "1"), "1") == "The Council accepts recommendation 1 in full from April"
    named = "(1) That recommendations 1 to 4 of the Health and Wellbeing Board's report be accepted; (2) That ..."
    assert (verdict_clause(named, "1") or "").endswith("report be accepted")


def test_an_answer_that_finds_no_money_for_the_ask_and_keeps_things_as_they_are_declines_it():
    """A refusal by cost with no refusal verb: the ask priced or found no room for, and the present arrangement going
    on ("Pelsbury will remain open one day a week") is a refusal (stance rules v18 `barriers`, `unchanged`); an answer
    that finds the money, or that keeps a service going with no barrier, is not."""
    from pipeline.answers.judge import judge_answer

    refusal = ("The Pelsbury office is open on Thursdays. A second day would cost £14,200 a year in adviser time, and the "
               "grant for 2026/27 is the same in cash terms as this year's. Pelsbury will remain open one day a week.")
    assert judge_answer(refusal).stance == "rejected"
    funded = ("A second day would cost £14,200 a year, which the Council has agreed to fund from April. The office will "
              "open on Tuesdays as well as Thursdays.")
    assert judge_answer(funded).stance != "rejected"
    kept = "The service will continue to offer appointments on Thursdays, and a second day will be added from April."
    assert judge_answer(kept).stance != "rejected"


def test_a_shared_answer_takes_the_labels_it_answers_from_a_later_part():
    """Found by review: one answer to "Recommendations 1 and 2" after a summary that gives 1 and 2 their verdicts takes
    both labels there: part 2's own "2", which numbers afresh, keeps its own judgement."""
    from pipeline.answers.references import summary_verdicts
    from pipeline.records import Response

    texts = [("The Executive accepts recommendation 1, and does not accept recommendation 2.", "paragraph"),
             ("The rota will be published, but a second crew cannot be afforded.", "paragraph"),
             ("Part 2: Branching out", "heading"), ("A tree officer post will be considered.", "paragraph")]
    paragraphs = [para(t, pos=k, kind=kind) for k, (t, kind) in enumerate(texts)]
    answers = [Response(uid="r:1", label="1", answers=["1", "2"], text=texts[1][0], stance="partially_accepted"),
               Response(uid="r:2", label="2", text=texts[3][0], stance="noted")]
    got = summary_verdicts(paragraphs, answers)
    assert [(r.label, r.stance) for r in got] == [("1", "accepted"), ("2", "noted")]


def test_the_lead_department_printed_over_a_joint_response_s_answer_is_a_detail():
    """A joint Government response prints "Lead department: Defra" over each answer: who acts, a detail (answer
    lexicon v16 `table_context`), not the answer's text."""
    from pipeline.answers.tables import split_details

    parts, details = split_details(["Lead department: Defra", "The Government accepts this recommendation."])
    assert parts == ["The Government accepts this recommendation."]
    assert details == ["Lead department: Defra"]


@pytest.mark.parametrize("field", [
    "Responsible Cabinet Member: Cabinet Member for Adult Social Care and Health",
    "Lead Portfolio Holder: Leader of the Council",
    # a value of names however long, joined by their small words
    "Responsible Cabinet Member: Cabinet Member for Adult Social Care and Health, with NHS Fernlow Integrated Care Board",
])
def test_who_acts_named_by_office_is_a_detail(field):
    """A Cabinet response prints who acts under each answer by an office of two words ("Responsible Cabinet Member:"),
    its value a list of names however long: a detail, as "Lead officer:" is; a sentence under such a name is not."""
    from pipeline.answers.tables import split_details

    parts, details = split_details(["Agreed. The service will be retendered in 2026.", field, "Timescale: March 2026"])
    assert parts == ["Agreed. The service will be retendered in 2026.", "Timescale: March 2026"]
    assert details == [field]
    said = "Lead officer: the Head of Service will write to every school in the district before the summer term begins"
    assert split_details([said])[0] == [said]


@pytest.mark.parametrize("line, expected", [
    ("Executive response (October 2025, abridged)", (None, "")),  # a qualifier in brackets is part of the label
    ("Cabinet response (July 2025)", (None, "")),
    # run into its answer, a dated marker says which answer this is ("Initial response (June 2025): ...") and stays
    ("Initial response (June 2025): Agreed. A caseload limit will apply.", None),
    ("Response (Not agreed): the budget is set.", (None, "(Not agreed): the budget is set.")),  # ... unless a verdict
    ("Response (the Council has agreed to publish the plan and to consult on it before May)", None),  # no label
    # a line of its own that names who answers, and when, with no colon: a head over the answer
    ("Response from NHS England, received 10 February 2026", (None, "")),
    ("Response from the Council was slow, and the Committee said so in March.", None),  # a sentence, no head
])
def test_a_marker_keeps_its_bracketed_qualifier_and_never_a_verdict(line, expected):
    """A label is what is printed: a date or "abridged" in brackets after a marker standing alone qualifies the marker
    and is no part of the answer; a verdict in the brackets is the answer's first words."""
    from pipeline.answers.shapes import answer_marker, is_answer_field

    assert answer_marker(line) == expected
    assert is_answer_field("Update (June 2026)") and is_answer_field("Progress update (June 2026):")


def test_a_qualified_marker_over_each_answer_is_not_its_text():
    """A follow-up report sets each answer under "Executive response (October 2025, abridged)": the answer opens after it."""
    paragraphs = units(
        ("Recommendation 1", {"kind": "heading"}),
        ("That the Cabinet Member extends the out-of-hours noise service to every night of the week.", {}),
        ("Executive response (October 2025, abridged)", {"kind": "heading"}),
        ("Partially agreed. The service will run every night during the school summer holidays.", {}),
        ("Recommendation 2", {"kind": "heading"}),
        ("That the Head of Environmental Health introduces a noise app for residents.", {}),
        ("Executive response (October 2025, abridged)", {"kind": "heading"}),
        ("Agreed. The service will procure a noise app.", {}),
    )
    got = {r.label: r for r in find_responses(document(kind="response"), paragraphs)}
    assert got["1"].text == "Partially agreed. The service will run every night during the school summer holidays."
    assert got["2"].text == "Agreed. The service will procure a noise app."


def test_a_column_named_for_who_owns_the_action_is_a_detail_not_the_answer():
    """"Agreed action | Action owner | Due date": the owner column is named last for what it holds, a person, however
    it opens ("Action owner"): a detail beside the answer, where "Agreed action" is the answer's."""
    from pipeline.records import Line

    rows = [
        ("Rec\tRecommendation\tManagement response\tAgreed action\tAction owner\tDue date", True),
        ("1\tThe Force should require planned overtime to be authorised before it is worked.\tAgreed\tThe system will "
         "require a pre-authorisation reference.\tHead of Resource Management\t31 January 2026", True),
    ]
    d = document(kind="response")
    d.lines = [Line(text, table=table) for text, table in rows]
    responses = find_responses(d, [])
    assert responses[0].details == ["Action owner: Head of Resource Management"]
    assert responses[0].text == "Agreed\n\nThe system will require a pre-authorisation reference.\n\n31 January 2026"


@pytest.mark.parametrize("text, progress", [
    ("Two of the four officers in development have completed the diploma.", "in_progress"),
    ("Recruitment has gone well. 14 of the 20 schools have completed the training; the rest start in May.", "in_progress"),
    ("All 20 schools have completed the training.", "completed"),  # the whole done
    ("The review was completed in May 2026.", "completed"),
    # a claim of the whole done, then the count that says only a part is: the count decides
    ("The drainage survey has been completed. Surveys were carried out at 31 of the 38 pitches; the other seven will "
     "be surveyed in September 2026.", "in_progress"),
    ("Completed. Nine of the ten actions were completed by March 2025, and the last was completed in June 2025.",
     "completed"),
    ("The training has been completed. 12 of the 12 schools have completed the training.", "completed"),
    # the part reported done in the passive, whatever its verb (stance rules v31 `part_done`)
    ("Site visits began in June 2025 and 11 of the 40 visits planned for this year have been made.", "in_progress"),
    ("Two of the five depots were inspected in May 2025.", "in_progress"),
    ("All of the depots have been inspected.", "unknown"),  # no count of a part, no completion phrase: as before
    # ... the counted part's own passive, not another's in the sentence: a measure of outcomes is no part of the work done
    ("Owners were identified in 9 of the 41 cases in 2025/26.", "unknown"),
    ("The layers were added in May, and 48 of the 53 schools had used them by June.", "unknown"),
    # (stance rules v36) a part of a named whole, in use now, its verb before the count
    ("A flag for communication needs was added in 2025 and was now used in 19 of the Trust's 31 specialties.",
     "in_progress"),
    ("The new booking system is now live at 4 of the 6 depots.", "in_progress"),
])
def test_a_part_of_a_counted_whole_done_is_work_under_way(text, progress):
    """Guide rule 2.2: "Two of the four officers have completed the diploma" reports part of the work done, so the
    work is under way (stance rules v22 `part_of_whole`), where the whole done is complete."""
    from pipeline.answers.stance import classify_progress

    assert classify_progress(text)[0] == progress


@pytest.mark.parametrize("text, progress", [
    ("The Council will publish an allotment strategy, and work began in February 2026. The strategy will draw on the "
     "plot holders' survey and will include a target for new plots in each ward.", "in_progress"),
    ("Agreed. Officers began a review of the four cemetery chapels in January 2026, and the Cabinet will consult in "
     "September 2026 on which of them to keep open.", "in_progress"),
    ("We will set up a tenants' panel. Planning began in November 2025 with the residents' associations, and the panel "
     "will meet for the first time in September 2026.", "in_progress"),
    ("Accepted. The Council will consult on a new allotment strategy in the autumn and will publish it in 2027.",
     "not_started"),
    ("Accepted. Work on the strategy has not started yet; it will begin after the election in May 2026.", "not_started"),
])
def test_an_answer_that_reports_the_work_begun_is_never_not_started(text, progress):
    """Guide rule 2.2: work begun and not finished is in progress. An answer that reports the beginning ("began",
    "has started") beside what is still to come is in progress however much of it looks ahead (stance rules v27
    `begun`), where an answer that only looks ahead, or says the work has not started, is not started."""
    from pipeline.answers.judge import judge_answer

    assert judge_answer(text).progress == progress


@pytest.mark.parametrize("text, progress", [
    ("Agreed. The course has been made compulsory for all supervisors from April 2025 and is now offered online as "
     "well as in person. So far 212 of the 480 supervisors have completed it; the rest are booked on courses before "
     "October 2026.", "in_progress"),
    ("Agreed. Twenty of the 35 schools have adopted the policy since it was published in September 2025.", "in_progress"),
    ("Agreed. All 26 libraries completed their accessibility audits in January 2026.", "completed"),
])
def test_an_answer_that_reports_done_a_part_of_a_counted_whole_is_never_completed(text, progress):
    """Guide rule 2.2: a part done and the rest not is in progress, however confidently the completion words read as
    done; the whole done is complete."""
    from pipeline.answers.judge import judge_answer

    assert judge_answer(text).progress == progress


def test_a_multi_agency_action_plan_answers_each_recommendation_it_numbers_by_its_agencies_rows():
    """A review's multi-agency action plan: "Rec | Agency | Action | Lead officer | Target date | Progress", one row per
    agency named, the recommendation's number (and here its words) repeated or merged down over its rows. Each number's
    rows are its one answer, every agency's action and progress in the table's order. A plan of the paper's own actions,
    numbered by a row's own "No.", answers nothing; nor does the same table in a paper that answers no other."""
    header = "Rec\tAgency\tAction\tLead officer\tTarget date\tProgress"
    rows = [
        header,
        "1 The Partnership should publish a carers' strategy.\tPartnership\tPublish the strategy.\tChair\tMay 2026\t"
        "Published in April 2026.",
        "2 The ICB and the Council should agree a hoarding protocol.\tICB\tDraft the protocol with housing.\tDirector\t"
        "June 2026\tA draft is with partners.",
        "2 The ICB and the Council should agree a hoarding protocol.\tCouncil\tAdopt the protocol.\tHead of Housing\t"
        "September 2026\tNot yet started.",
    ]
    d = document(kind="response")
    d.lines = [Line(text, table=True) for text in rows]
    responses = find_responses(d, [])
    assert [r.label for r in responses] == ["1", "2"]
    second = responses[1]
    assert "Draft the protocol with housing." in second.text and "Adopt the protocol." in second.text
    assert second.text.index("Draft the protocol") < second.text.index("Adopt the protocol")
    assert "Head of Housing" not in second.text
    own = document(kind="response")
    own.lines = [Line(text, table=True) for text in ["No.\tAgency\tAction\tProgress", "1\tCouncil\tRecruit a carers' lead.\tDone"]]
    assert find_responses(own, []) == []
    other = document(kind="other")
    other.lines = d.lines
    assert find_responses(other, []) == []


def test_a_decision_records_own_fields_end_its_last_answer():
    """A committee system's decision page answers a review under each recommendation, then prints the record's own
    fields ("Reasons for the decision:", "Alternative options considered:", "Interests and nature of interests
    declared:"): they are the record's, not the last answer's."""
    paragraphs = units(
        ("That the Cabinet publishes an annual report on the district heat network.", {"label": "1"}),
        ("Response: Accepted", {}),
        ("The first annual report will be published in July 2026.", {}),
        ("That the Cabinet Member reports progress to the Panel.", {"label": "2"}),
        ("Response: Accepted", {}),
        ("The Cabinet Member will report progress to the Panel in December 2026.", {}),
        ("Reasons for the decision: the Constitution requires the Cabinet to respond within two months.", {}),
        ("Alternative options considered: none.", {}),
        ("Interests and nature of interests declared: none.", {}),
    )
    got = {r.label: r.text for r in find_responses(document(kind="response"), paragraphs)}
    assert got["2"] == "Accepted\n\nThe Cabinet Member will report progress to the Panel in December 2026."


@pytest.mark.parametrize("text, progress", [
    ("Agreed. A review of the grants scheme is scheduled for 2027/28, when the current agreements end.", "not_started"),
    ("Accepted. The pilot is expected to start in the Eastfield ward in September 2026.", "not_started"),
    ("Agreed. The new policy was published in March 2026, after it had been approved by the Cabinet.", "completed"),
])
def test_a_plan_scheduled_for_later_is_not_started(text, progress):
    """Guide rule 2.3: a thing "scheduled for" a later year or "expected to start" is planned, not begun (stance rules
    v28); a thing done after another was done is done."""
    from pipeline.answers.judge import judge_answer

    assert judge_answer(text).progress == progress


def test_a_clause_of_time_whose_perfect_looks_ahead_reports_nothing_done():
    """"... will be invited to tender once the new timetable has been agreed": English puts the future of a clause of
    time in the present perfect, so its "has been agreed" is no completion (stance rules v28 `future_clauses`); the
    same perfect in a main clause is one."""
    from pipeline.answers.stance import classify_progress

    ahead = "Bus operators will be invited to tender once the new timetable has been agreed with the parish councils."
    assert classify_progress(ahead)[0] != "completed"
    assert classify_progress("The new timetable has been agreed with the parish councils.")[0] == "completed"


@pytest.mark.parametrize("kind, labels", [("officer_report", []), ("response", ["OG1", "OG2"])])
def test_a_paper_that_answers_no_other_numbers_its_own_actions_not_answers(kind, labels):
    """"Ref | Action | Lead | Status | Comment" in an officer report on its own strategy: the rows number the author's
    own delivery plan, reported on, and answer no one. The same table in a paper that answers another is read by its
    numbers, as a wide response sheet's later pages are."""
    d = document(kind=kind)
    d.lines = [Line(text, table=True) for text in [
        "Ref\tAction\tLead\tStatus\tComment",
        "OG1\tArea Based Scheme for off-gas-grid homes\tHousing\tOn track\t312 homes in 2025/26",
        "OG2\tHeat pumps in Council homes\tHousing\tDelayed\t146 installed; 160 planned",
    ]]
    assert [r.label for r in find_responses(d, [])] == labels


def test_a_small_form_that_quotes_its_recommendation_in_a_field_of_its_own_is_read_field_by_field():
    """"Recommendation 2" across the form, then "Recommendation | That the Cabinet Member ...", "Cabinet response (22 July
    2025) | Agreed. ...", "Lead officer | ...", "Progress at February 2026 | ...": the quoting field is what it answers,
    the response and progress its answer, the lead officer a detail; one form after another, each its own."""
    d = document(kind="response")
    d.lines = [Line(text, table=True) for text in [
        "Recommendation 1",
        "Recommendation\tThat the Cabinet agrees a five-year Markets Strategy by March 2026.",
        "Cabinet response (22 July 2025)\tAgreed. A draft strategy will be brought to Cabinet in the spring.",
        "Lead officer\tHead of Town Centres",
        "Progress at February 2026\tA draft strategy has been written and will go to Cabinet in April.",
        "Recommendation 2",
        "Recommendation\tThat the Cabinet Member freezes stall rents at the Market Hall for 2026/27.",
        "Cabinet response (22 July 2025)\tAgreed. Rents will be held at 2025/26 levels.",
        "Lead officer\tHead of Town Centres",
        "Progress at February 2026\tStall rents for 2026/27 were frozen in February 2026.",
    ]]
    responses = find_responses(d, [])
    assert [(r.label, r.restated) for r in responses] == [
        ("1", "That the Cabinet agrees a five-year Markets Strategy by March 2026."),
        ("2", "That the Cabinet Member freezes stall rents at the Market Hall for 2026/27.")]
    assert responses[1].text == "Agreed. Rents will be held at 2025/26 levels.\n\nStall rents for 2026/27 were frozen in February 2026."
    assert responses[1].details == ["Lead officer: Head of Town Centres"]


def test_a_numbered_section_per_recommendation_keeps_its_own_sub_paragraphs_as_the_answer():
    """An officer's progress report gives each recommendation a numbered section, "4.2 R2 – Replacing older lifts", and
    numbers the answer's paragraphs under it, 4.2.1, 4.2.2: paragraphs numbered within the head's own section are the
    report's own, the answer; only a paragraph numbered outside it can be the report it answers, quoted."""
    paragraphs = units(
        ("R1 \u2013 Availability target", {"kind": "heading", "number": "4.1"}),
        ("The Executive adopted the 98 per cent target in June 2025.", {"number": "4.1.1"}),
        ("R2 \u2013 Replacing older lifts", {"kind": "heading", "number": "4.2"}),
        ("Replacement of the 14 oldest lifts has begun.", {"number": "4.2.1"}),
        ("The remaining eight are in the capital programme for 2027/28.", {"number": "4.2.2"}),
        ("Financial implications", {"kind": "heading", "number": "5"}),
        ("There are no financial implications.", {"number": "5.1"}),
    )
    got = [(r.label, r.answers, r.text) for r in find_responses(document(kind="response"), paragraphs)]
    assert got == [("1", ["1"], "The Executive adopted the 98 per cent target in June 2025."),
                   ("2", ["2"], "Replacement of the 14 oldest lifts has begun.\n\n"
                                "The remaining eight are in the capital programme for 2027/28.")]
    # a numbered paragraph outside the head's section, under a numbered head, is the report's paragraph quoted
    quoted = units(
        ("R3 \u2013 Lift figures", {"kind": "heading", "number": "4.3"}),
        ("That the Cabinet publishes lift figures every quarter.", {"number": "7.1"}),
        ("Agreed. Figures are published from April.", {}),
    )
    got = find_responses(document(kind="response"), quoted)
    assert got[0].label == "3" and got[0].text == "Agreed. Figures are published from April."
    assert "7.1. That the Cabinet publishes lift figures every quarter." in (got[0].restated or "")  # quoted, not answer


def test_a_table_of_lettered_asks_under_a_header_in_other_words_keeps_the_printed_letters():
    """"Action point | Cabinet Member comment | Timescale": the asks open with their letter as printed ("B That the
    Council ..."), read as the label; the answer column is the one whose cells take a position."""
    from pipeline.answers.tables import table_answers

    rows = ["Action point\tCabinet Member comment\tTimescale",
            "A That the Cabinet sets a target for car club cars.\tAgreed in part. The target is set for the town.\tDone",
            "B That the Council provides free bays in its car parks.\tAgreed. The parking order has been varied.\tJanuary 2026",
            "C That the Council requires every car club car to be electric.\tNot agreed. There is no funding.\tN/A"]
    doc = Document(id="cd" * 32, source="t.docx", path="t.docx", pages=1, lines=[Line(t, table=True) for t in rows],
                   meta=DocumentMeta(kind="response"))
    assert [(r.label, r.answer[0].split(".")[0]) for r in table_answers(doc)] == [
        ("A", "Agreed in part"), ("B", "Agreed"), ("C", "Not agreed")]


def test_a_yes_or_no_column_that_asks_whether_the_work_is_done_prints_progress_not_a_verdict():
    """"Complete? (Y/N)" asks how far the work has got, not whether the ask was accepted: "N" there is no refusal, and
    "Y" prints the state the header names, as a status cell does (guide rule 2.4). "Agreed? (Y/N)" still offers
    verdicts."""
    from pipeline.answers.shapes import find_responses

    rows = ["No.\tRecommendation\tAgreed action\tUpdate (February 2026)\tComplete? (Y/N)",
            "1\tThat the Authority adopts a good employment charter.\tThe charter will be drafted with employers.\t"
            "The charter was adopted by the Board on 12 December 2025.\tY",
            "2\tThat the Authority funds charter advisers.\tTwo advisers will be recruited.\t"
            "One adviser is in post; the second post is being advertised.\tN"]
    doc = Document(id="cd" * 32, source="t.html", path="t.html", pages=1, lines=[Line(t, table=True) for t in rows],
                   meta=DocumentMeta(kind="response"))
    found = {r.label: r for r in find_responses(doc, [])}
    assert found["1"].progress == "completed" and found["2"].stance != "rejected" and found["1"].stance != "rejected"


def test_a_form_under_its_recommendations_heading_with_the_verdict_before_the_answer():
    """An action plan's small table for each recommendation, under a heading of its own ("Recommendation 1" printed over
    the table): "Recommendation | ...", then the verdict its field offers ("Agreed / Partly agreed / Not agreed | Partly
    agreed", answer lexicon v34), then "Response | ...": the verdict printed is the stance and opens the answer, whatever
    the field's name offers ("Not agreed"); "Responsible owner" is a detail."""
    from pipeline.answers.tables import table_answers

    lines = [Line("Recommendation 1"), *[Line(t, table=True) for t in [
        "Recommendation\tpublish the waiting times for each clinic every month.",
        "Agreed / Partly agreed / Not agreed\tPartly agreed",
        "Response\tWaiting times will be published each quarter, not monthly.",
        "Responsible owner\tHead of Outpatients",
        "Target date\tJuly 2026"]],
        Line("Recommendation 2"), *[Line(t, table=True) for t in [
        "Recommendation\topen the clinic on Saturdays.",
        "Agreed / Partly agreed / Not agreed\tAgreed",
        "Response\tSaturday clinics began in May."]]]
    doc = Document(id="ce" * 32, source="t.pdf", path="t.pdf", pages=1, lines=lines, meta=DocumentMeta(kind="response"))
    rows = table_answers(doc)
    assert [(r.label, r.quoted, r.answer, r.details, r.verdict[0] if r.verdict else None) for r in rows] == [
        ("1", "publish the waiting times for each clinic every month.",
         ["Partly agreed", "Waiting times will be published each quarter, not monthly.", "July 2026"],
         ["Responsible owner: Head of Outpatients"], "partially_accepted"),
        ("2", "open the clinic on Saturdays.", ["Agreed", "Saturday clinics began in May."], [], "accepted")]


def test_a_card_answers_with_its_bullets_and_keeps_its_status_as_a_detail():
    """A slide's card: a titled head that prints its label ("Rec 2 · Mental health practitioner in the hub"), a status
    set in capitals beside it, and the bullets that answer. The answer is the bullets, one paragraph each; the title
    paraphrases the ask and the status is a detail of the answer. A card whose one bullet the reader took for a
    heading answers with it, and what follows on the slide is no part of it."""
    from pipeline.records import Item

    paras = [
        para("Getting the right clinician on the phone", pos=0, kind="heading"),
        para("Status", pos=1, kind="heading"),
        Paragraph(uid="t:@2", number=None, kind="paragraph", heading=None, page=1, position=2, label="2",
                  title="Mental health practitioner in the hub",
                  text="PART AGREED\n- Agreed in part – funded from 16:00 to midnight, not from midday\n"
                       "- Two mental health nurses seconded from the mental health trust",
                  items=[Item(None, "Agreed in part – funded from 16:00 to midnight, not from midday"),
                         Item(None, "Two mental health nurses seconded from the mental health trust")]),
        para("Status", pos=3, kind="heading"),
        Paragraph(uid="t:@4", number=None, kind="paragraph", heading=None, page=2, position=4, label="13",
                  title="Reporting back to the Committee", text="PLANNED"),
        para("Agreed – full update to the Committee in January 2027", pos=5, kind="heading", page=2),
        para("Status", pos=6, kind="heading", page=2),
        para("Thank you – questions?", pos=7, page=3),
    ]
    found = find_responses(document(kind="response"), paras)
    assert [r.label for r in found] == ["2", "13"]
    two, thirteen = found
    assert two.text == ("Agreed in part – funded from 16:00 to midnight, not from midday\n\n"
                        "Two mental health nurses seconded from the mental health trust")
    assert "Status: PART AGREED" in two.details and two.stance == "partially_accepted"
    assert thirteen.text == "Agreed – full update to the Committee in January 2027"
    assert "Status: PLANNED" in thirteen.details


def _prose(text, pos, **kw):
    return Paragraph(uid=f"t:@{pos}", number=None, kind=kw.pop("kind", "paragraph"), heading=None, text=text, page=1,
                     position=pos, **kw)


def test_an_article_that_cites_what_each_answer_answers_after_a_bold_title_or_a_restatement():
    """A residents' magazine answers a review in its own words: a bold run-in title that ends by citing the
    recommendation ("**A rota in every block (recommendation 1).** We said yes ...") heads the answer and is no part
    of it, the same words in the text's own type are the answer's first sentence, and a box restates each ask in
    plain words under "You asked:", cited at its end, with the answer under "We answered:". The paper calls itself an
    answer ("Our answer to the council's review"), so it is a response though it prints no verdict the rules know."""
    paras = [
        _prose("Clean, bright and safe: our answer to the council's review", 0, kind="heading"),
        _prose("A rota in every block (recommendation 1). We said yes to this straight away. Every block now has its "
               "rota by the main door.", 1, title="A rota in every block (recommendation 1)"),
        _prose("A standard for a clean block (recommendation 2).", 2, emphasis="bold"),
        _prose("We wrote down what a clean block looks like, with our Customer Committee.", 3),
        _prose("Missed cleans (recommendation 3): we now make up any missed clean within three working days.", 4),
        _prose("You asked, we answered", 5, kind="heading"),
        _prose("You asked: Tell us when estate inspections are happening. (recommendation 4)", 6),
        _prose("We answered: Done. This year's dates are on our website.", 7),
        _prose("You asked: Come back to the Panel in six months. (recommendation 5)", 8),
        _prose("We answered: We will. Our Chief Executive is due at the Panel on 22 September.", 9),
    ]
    found = {r.label: r.text for r in find_responses(document(first_line="Our answer to the council's review"), paras)}
    assert found == {
        "1": "We said yes to this straight away. Every block now has its rota by the main door.",
        "2": "We wrote down what a clean block looks like, with our Customer Committee.",
        "3": "Missed cleans (recommendation 3): we now make up any missed clean within three working days.",
        "4": "Done. This year's dates are on our website.",
        "5": "We will. Our Chief Executive is due at the Panel on 22 September.",
    }


def test_a_restatement_run_in_under_what_you_asked_and_the_answer_under_what_we_are_doing():
    """An operator's page restates each ask in its own words, run in after "What you asked:", and answers after
    "What we're doing:" (answer lexicon v38): the restatement is the block's head, the answer starts after its marker
    and runs on over the paragraphs after it, and nothing is numbered."""
    paras = [
        _prose("Our response to the council's scrutiny review", 0, kind="heading"),
        _prose("Keeping lorries out of the village", 1, kind="heading"),
        _prose("What you asked: make sure every lorry coming to the facility uses the bypass.", 2),
        _prose("What we’re doing: We agree, and this is now in place. Every haulier contract requires it.", 3),
        _prose("Our cameras check every lorry against the route.", 4),
        _prose("Emissions data you can read", 5, kind="heading"),
        _prose("What you asked: publish our emissions readings every day.", 6),
        _prose("What we are doing: We will publish them daily from April 2026.", 7),
    ]
    found = find_responses(document(first_line="Our response to the council's scrutiny review"), paras)
    assert [(r.restated, r.text) for r in found] == [
        ("make sure every lorry coming to the facility uses the bypass.",
         "We agree, and this is now in place. Every haulier contract requires it.\n\nOur cameras check every lorry "
         "against the route."),
        ("publish our emissions readings every day.", "We will publish them daily from April 2026.")]


def test_a_restatement_takes_the_labels_its_titled_heading_prints_above_it():
    """A newsletter sets each answer under a head that prints the recommendation's number before its title ("7 Keeping
    lorries to the right roads", "8 & 9 Lights on the eastern edge"), a status badge under it, then the ask restated
    after "What you asked:": the block answers the labels the head prints, as printed (both of a pair, each its own
    entry), not numbers by its place. A head whose title is a sentence, or prose between, gives none."""
    paras = [
        _prose("Our answers to the Council's review", 0, kind="heading"),
        _prose("7 Keeping lorries to the right roads", 1, kind="heading"),
        _prose("Done", 2, kind="heading"),
        _prose("What you asked: make every haulier use the agreed lorry route.", 3),
        _prose("Every haulier now signs up to our lorry route as a condition of booking a slot.", 4),
        _prose("8 & 9 Lights and trees on the eastern edge", 5, kind="heading"),
        _prose("What you asked: shield the floodlights and replace the trees that died.", 6),
        _prose("We fitted shields to all 26 floodlights in July and will replant the trees this winter.", 7),
        _prose("3 We have done this. It took a year.", 8, kind="heading"),
        _prose("What you asked: publish the figures every quarter.", 9),
        _prose("We will publish them from this issue.", 10),
    ]
    found = find_responses(document(first_line="Our answers to the Council's review"), paras)
    assert [r.label for r in found] == ["7", "8", "9", "4"]
    assert found[1].text == found[2].text and found[1].answers == ["8", "9"]
    assert found[3].answers == []  # a head whose title is sentences prints no label: numbered by its place


@pytest.mark.parametrize("text, labels", [
    ("Re your point 1 - We agree that 90 days is the right standard.", ["1"]),  # a reply to the asker's own points
    ("Re your points 3 and 4 - Yes to both.", ["3", "4"]),
    # two recommendations named in passing, as what an answer speaks of: it opens neither
    ("The code of practice under recommendation 1 and the priority under recommendation 2 will apply to every "
     "premises.", None),
    ("Turning to recommendations 4 and 5, the Council agrees.", ["4", "5"]),
])
def test_the_labels_a_paragraph_names_near_its_start(text, labels):
    from pipeline.answers.references import referenced_labels

    assert referenced_labels(text) == labels


def test_a_cabinet_reports_numbered_paragraphs_that_name_what_they_answer_are_answers_by_reference():
    """A report to Cabinet answers in its own numbered paragraphs, each naming the recommendation it answers ("4.3
    Recommendation 1 is accepted. ..."): the paragraphs before it (4.1, 4.2, its own introduction) are not that
    recommendation restated, and a paragraph that speaks of two recommendations in passing goes on with the answer
    above it."""
    paras = units(
        ("Response to the Committee's recommendations", {"kind": "heading", "number": "4"}),
        ("The Committee's recommendations are set out in the review at Appendix A.", {"number": "4.1"}),
        ("The proposed response to each recommendation follows, in the Committee's order.", {"number": "4.2"}),
        ("Recommendation 1 is accepted. A draft code of practice has been prepared.", {"number": "4.3"}),
        ("Recommendation 2 is not accepted. An order must be justified by evidence of nuisance.", {"number": "4.4"}),
        ("The code of practice under recommendation 1 and the priority under recommendation 2 will address the "
         "nuisance instead.", {"number": "4.5"}),
        ("Recommendation 3 is accepted in part. The Council will seek a closing time for outdoor areas.",
         {"number": "4.6"}),
    )
    found = find_responses(document(kind="response", first_line="Response to the Overview Committee's review"), paras)
    assert [(r.label, r.stance) for r in found] == [("1", "accepted"), ("2", "rejected"), ("3", "partially_accepted")]
    assert found[1].text.endswith("will address the nuisance instead.")


def test_a_summary_tables_rows_go_on_in_the_prose_that_cites_them_later():
    """A partner's briefing gives its position on each recommendation in a summary table ("Recommendation | Our
    position | When") and takes some up again in prose by theme, citing each in brackets inside a sentence ("...
    every four weeks, as the Committee asked (R1)."). The row's answer goes on with that prose, from the paragraph
    citing it to the next citing another or the next heading; a section's opening paragraph, citing none, is in no
    answer, and a row the prose never cites keeps its cells alone."""
    paras = units(
        ("Recommendation\tOur position\tWhen\nR1 Publish cancellations for the line\tAgreed\tEvery four weeks since "
         "November 2025\nR2 Stop trains missing stations\tAgreed\tIn place since 1 September 2025\nR4 Fund a new "
         "ticket office\tNot agreed\t-", {}),
        ("Reliability and disruption", {"kind": "heading"}),
        ("Most of the Committee's recommendations on reliability are about being open with passengers.", {}),
        ("We now publish our cancellations every four weeks, as the Committee asked (R1).", {}),
        ("The same figures now go to the Community Rail Partnership.", {}),
        ("Since 1 September our control instructions say trains must not miss Sorrowby (R2).", {}),
        ("Contact us", {"kind": "heading"}),
        ("Please write to our stakeholder team.", {}),
    )
    lines = [Line(t, table=True) for t in paras[0].text.split("\n")] + [Line(p.text) for p in paras[1:]]
    doc = Document(id="ab" * 32, source="briefing.pdf", path="briefing.pdf", pages=1, lines=lines,
                   meta=DocumentMeta(kind="response"))
    found = {r.label: r.text for r in find_responses(doc, paras)}
    assert found["1"].endswith("as the Committee asked (R1).\n\nThe same figures now go to the Community Rail "
                               "Partnership.")
    assert found["2"].endswith("must not miss Sorrowby (R2).")
    assert "Most of the Committee's" not in " ".join(found.values())
    assert "Contact" not in found["4"] and "write to" not in found["4"]


def test_a_reply_to_the_askers_points_is_read_without_the_point_it_names():
    """"Re your point 6 - Done. ...": the run-in reference heads the answer, as "Recommendation 6: ..." does."""
    from pipeline.answers.references import answers_by_reference

    paras = units(("Dear Joanne,", {}), ("Re your point 1 - We agree that 90 days is the right standard.", {}),
                  ("Re your point 6 - Done. Our waiting times went on our website on 15 December.", {}),
                  ("Re your points 3 and 4 - Yes to both.", {}))
    found = {tuple(r.labels): r.text[0] for r in answers_by_reference(paras)}
    assert found == {("1",): "We agree that 90 days is the right standard.",
                     ("6",): "Done. Our waiting times went on our website on 15 December.", ("3", "4"): "Yes to both."}



def test_a_paragraph_that_names_several_answered_in_their_own_blocks_answers_none_of_them():
    """"2.2 That the Panel agrees that recommendations 1, 2 and 4 are closed" above "Recommendation 1 – Complete. ...":
    the paper's own decision sums up what the blocks below answer one by one; each answer is its own block's, and the
    decision stays the paper's. A block that names several keeps those that have no block of their own."""
    from pipeline.ingest.txt import text_to_lines
    from pipeline.process import parse_document

    text = "\n\n".join([
        "Golf Courses Task and Finish Group: progress on recommendations",
        "1. Purpose of the report",
        "1.1 To update the Panel on progress against the recommendations of the Golf Courses Task and Finish Group.",
        "2. Recommendations",
        "2.1 That the Place Scrutiny Panel notes the progress made on each recommendation.",
        "2.2 That the Place Scrutiny Panel agrees that recommendations 1, 2 and 4 are closed and asks for a final update.",
        "3. Background",
        "3.1 The Cabinet's response was reported to the Panel on 10 April 2025.",
        "4. Progress on each recommendation",
        "4.1 The paragraphs below take each recommendation in turn and give its status at 30 April 2026.",
        "4.2 Recommendation 1 – Complete. The Cabinet accepted this recommendation. Consultants were appointed in "
        "September 2025 and their final report was received on 27 February 2026.",
        "4.3 Recommendation 2 – Complete. The Cabinet accepted this recommendation in part. It agreed a junior annual "
        "membership at £65, which went on sale on 1 May 2025.",
        "4.4 Recommendation 3 – Ongoing. The Cabinet accepted this recommendation. The clubhouse roof was replaced in "
        "November 2025 and the changing rooms will be refurbished in the summer.",
        "4.5 Recommendation 4 – Complete. The Cabinet accepted this recommendation. Online booking and payment went live "
        "at all three courses on 2 June 2025.",
    ]) + "\n"
    lines, pages = text_to_lines(text)
    doc = Document(id="ef" * 32, source="update.txt", path="update.txt", pages=pages, lines=lines,
                   meta=DocumentMeta(kind="response"))
    parsed = parse_document(doc)
    assert sorted(r.label for r in parsed.responses) == ["1", "2", "3", "4"]
    assert all(r.text.startswith(("Complete.", "Ongoing.")) for r in parsed.responses)
    assert [r.label for r in parsed.recommendations] == ["2.1", "2.2"]


def test_a_minutes_run_in_label_with_its_subject_in_brackets_is_no_part_of_the_answer():
    """"31.3 Recommendation 1 (placement figures each term). The Principal said that ...": the label and the subject
    the minute gives it in brackets head the answer, closed by a full stop as by a colon."""
    from pipeline.answers.references import answers_by_reference

    paras = units(
        ("Recommendation 1 (placement figures each term). The Principal said that the College accepted this "
         "recommendation. Figures for each route are now published every term.", dict(number="31.3")),
        ("Recommendation 2 (one contact point for employers). The Principal reported that a single employer line had "
         "been set up in October.", dict(number="31.4")),
        ("Recommendation 3 (a placement guarantee). The Principal said that the College could not accept this "
         "recommendation, as placements depend on employers.", dict(number="31.5")),
    )
    found = answers_by_reference(paras)
    assert [r.labels for r in found] == [["1"], ["2"], ["3"]]
    assert [r.text[0].split(" said")[0].split(" reported")[0] for r in found] == ["The Principal"] * 3


def test_a_table_that_prints_its_columns_names_in_every_cell_is_headed_by_them():
    """A "You said, we did" poster's panels: "YOU SAID Too many people wait ... <tab> WE DID We took on ...", a theme's
    title across the table between them. The names inside the cells head the table; each row is an ask restated and
    its answer, the names no part of either."""
    from pipeline.answers.tables import table_answers

    d = document(kind="response")
    d.lines = [Line("Here is what the Committee asked us to do, and what we have done about it.")] + [
        Line(text, table=True) for text in [
            "Getting help quickly\t",
            "YOU SAID Too many people wait more than two weeks to start treatment.\tWE DID We took on four more care "
            "coordinators in the summer.",
            "YOU SAID We should publish our waiting times.\tWE DID We now publish our waiting times every three months.",
            "Families and carers\t",
            "YOU SAID Families need a named person to contact.\tWE DID We can't yet promise a named contact for every "
            "family.",
        ]]
    rows = table_answers(d)
    assert [r.quoted for r in rows] == ["Too many people wait more than two weeks to start treatment.",
                                        "We should publish our waiting times.", "Families need a named person to contact."]
    assert [r.answer[0][:12] for r in rows] == ["We took on f", "We now publi", "We can't yet"]


def test_a_short_answer_run_in_after_its_label_is_an_answer_not_a_head():
    """"4.2 Recommendation 1 – Complete. The appraisal came in February.": a label's dash followed by a status (or a
    verdict of a word or two) runs an answer in, however short the paragraph; "Recommendation 3 – That the Council
    ..." after it would restate the ask."""
    from pipeline.ingest.txt import text_to_lines
    from pipeline.process import parse_document

    text = "\n\n".join([
        "Golf Courses Task and Finish Group: progress on recommendations",
        "1. Purpose of the report",
        "1.1 To update the Panel on progress against the recommendations of the Golf Courses Task and Finish Group.",
        "2. Progress on each recommendation",
        "2.1 Recommendation 1 – Complete. The options appraisal came in February.",
        "2.2 Recommendation 2 – Ongoing. The roof was replaced in November.",
        "2.3 Recommendation 3 – Agreed. Online booking will go live in June.",
        "2.4 Recommendation 4 – Not started. The catering tender waits for the appraisal.",
    ]) + "\n"
    lines, pages = text_to_lines(text)
    doc = Document(id="fe" * 32, source="update.txt", path="update.txt", pages=pages, lines=lines,
                   meta=DocumentMeta(kind="response"))
    parsed = parse_document(doc)
    assert [r.label for r in parsed.responses] == ["1", "2", "3", "4"]
    assert [r.text.split(".")[0] for r in parsed.responses] == ["Complete", "Ongoing", "Agreed", "Not started"]
    assert [r.progress for r in parsed.responses[:2]] == ["completed", "in_progress"]


def test_a_shared_answer_stands_beside_the_block_that_answers_one_of_its_recommendations_alone():
    """"These recommendations are accepted in principle ..." under a head naming recommendations 4 and 5, then 5's own
    block: both answer 5, as the Infected Blood response answers 4a(iv) and 4a(v) together and 4a(v) again alone; only
    the paper's own decision sought ("That the Panel agrees that ...") gives way to the blocks below it."""
    from pipeline.ingest.txt import text_to_lines
    from pipeline.process import parse_document

    text = "\n\n".join([
        "Government response to the Inquiry's recommendations",
        "Recommendation 3: Publish a national register of devices",
        "This recommendation is accepted in full by the UK Government. The register will open in January 2027 and "
        "every trust will report to it.",
        "Recommendations 4 and 5: Training and records",
        "These recommendations are accepted in principle by the UK Government and the Welsh Government. Work on both "
        "will start next year with the royal colleges.",
        "Recommendation 5: Patient records",
        "We accept this recommendation in principle and have identified the options for keeping records for longer, "
        "which we will consult on in the spring.",
    ]) + "\n"
    lines, pages = text_to_lines(text)
    doc = Document(id="fd" * 32, source="response.txt", path="response.txt", pages=pages, lines=lines,
                   meta=DocumentMeta(kind="response"))
    parsed = parse_document(doc)
    fives = [r.text for r in parsed.responses if r.label == "5"]
    assert any(t.startswith("These recommendations are accepted") for t in fives)
    assert any(t.startswith("We accept this recommendation") for t in fives)


def test_a_status_in_the_heads_bar_opens_the_answer_and_a_verdict_after_it_is_no_resolution():
    """A progress report's bar over each answer prints the recommendation's number, a short title and its status
    ("R1 Reporting incidents | Complete"): the status is the answer's first words and the progress it prints, and the
    answer goes on over the paragraphs after it, the first opening with its verdict ("Agreed by the Cabinet. ..."),
    which is no meeting's resolution ending the block, as "RESOLVED – That ..." in minutes is."""
    paras = [
        _prose("Progress on each recommendation", 0, kind="heading"),
        _prose("Complete", 1, label="1", title="Reporting incidents"),
        _prose("Agreed by the Cabinet. An online incident form went live on 6 May 2025.", 2),
        _prose("Between May and December 2025, 412 incidents were reported through the form.", 3),
        _prose("Not started", 4, label="2", title="Town Hall customer service area"),
        _prose("Agreed in principle. The redesign will be put forward for funding in 2026/27. No work has started.", 5),
        _prose("RESOLVED – That the Committee notes the progress made.", 6),
    ]
    found = find_responses(document(kind="response"), paras)
    assert [(r.label, r.text, r.progress) for r in found] == [
        ("1", "Complete\n\nAgreed by the Cabinet. An online incident form went live on 6 May 2025.\n\nBetween May and "
              "December 2025, 412 incidents were reported through the form.", "completed"),
        ("2", "Not started\n\nAgreed in principle. The redesign will be put forward for funding in 2026/27. No work has "
              "started.", "not_started")]


@pytest.mark.parametrize("text, progress", [
    ("The review reported in October 2025. No work has started.", "not_started"),
    ("Work has started on the new depot.", "in_progress"),
])
def test_no_work_started_is_not_started(text, progress):
    from pipeline.answers.stance import classify_progress

    assert classify_progress(text)[0] == progress


def test_a_form_per_recommendation_may_name_who_acts_before_the_answer():
    """A committee page prints a small table per recommendation under its heading: "Recommendation | That ...",
    "Lead officer | ...", "Response agreed | Agreed. ...", "Progress | ...", "Status | Complete": who acts, printed
    between the quotation and the answer, is a detail, and the field that records the decision opens the answer."""
    from pipeline.answers.tables import table_answers

    lines = [Line("Recommendation 1"),
             *[Line(t, table=True) for t in [
                 "Recommendation\tThat the Cabinet Member introduces an online claim form.",
                 "Lead officer\tYvonne Marchant, Insurance and Risk Manager",
                 "Response agreed\tAgreed. An online form will be added to the website.",
                 "Progress\tThe online claim form went live on 2 June 2025.",
                 "Status\tComplete"]]]
    doc = Document(id="cd" * 32, source="t.html", path="t.html", pages=1, lines=lines, meta=DocumentMeta(kind="response"))
    rows = table_answers(doc)
    assert [(r.label, r.quoted, r.answer, r.details) for r in rows] == [
        ("1", "That the Cabinet Member introduces an online claim form.",
         ["Agreed. An online form will be added to the website.", "The online claim form went live on 2 June 2025.",
          "Complete"], ["Lead officer: Yvonne Marchant, Insurance and Risk Manager"])]


def test_a_small_table_of_the_answers_fields_after_it_is_its_details():
    """An improvement plan prints under each answer a small table of its fields, opening with who acts ("Owner |
    Operations Director | Target date | 1 August 2025", then "How we will measure it | ..."): the rows are the answer's
    details, field by field, not its text; a table of figures that names no one who acts stays the answer's."""
    from pipeline.answers.tables import split_details

    rows = ["Owner\tOperations Director\tTarget date\t1 August 2025",
            "How we will measure it\tCases returned for vulnerability each month"]
    answer = "Agreed. Since 1 August 2025 we have applied the Council's guidance."
    for parts in ([answer, *rows], ["\n".join([answer, *rows])]):  # the rows apart, or run into the paragraph
        text, details = split_details(parts)
        assert text == [answer]
        assert details == ["Owner: Operations Director", "Target date: 1 August 2025",
                           "How we will measure it: Cases returned for vulnerability each month"]
    figures = ["Agreed. The rates are below.", "Area\t2024\tRate\t3.2"]
    assert split_details(figures) == (figures, [])


def test_a_monitoring_form_opened_by_its_number_row_with_tick_boxes_for_progress():
    """A monitoring form per recommendation opens with its number in a row ("Recommendation number | 1"), then quotes it,
    then the decision ("Cabinet decision (14 January 2025) | Agreed."), who acts and what has been done; tick boxes
    under a question about the work ("Has the recommendation been implemented? | ☐ Yes ☒ Partly ☐ No") print its
    progress, not its words, and a "No" prints none; who filled the form in is a detail, never a completion."""
    from pipeline.answers.tables import table_answers

    def form(n: int, ticks: str) -> list[Line]:
        return [Line("Overview and Scrutiny Committee – recommendation monitoring form"),
                *[Line(t, table=True) for t in [
                    "Review\tOutdoor Gyms Task and Finish Group (report agreed 19 November 2024)",
                    f"Recommendation number\t{n}",
                    f"Recommendation\tThat the Cabinet installs outdoor gym number {n}.",
                    "Cabinet decision (14 January 2025)\tAgreed.",
                    "Lead officer\tSteven Malcolmson, Head of Leisure and Open Spaces",
                    "Action taken since the Cabinet's decision\tThe site was chosen in June 2025.",
                    f"Has the recommendation been implemented?\t{ticks}",
                    "Form completed by and date\tLaura Froggatt, Parks Development Officer, 4 February 2026"]]]

    lines = [*form(1, "☐ Yes    ☒ Partly    ☐ No"), *form(2, "☐ Yes    ☐ Partly    ☒ No")]
    doc = Document(id="cd" * 32, source="t.docx", path="t.docx", pages=1, lines=lines, meta=DocumentMeta(kind="response"))
    rows = table_answers(doc)
    assert [(r.label, r.quoted, r.answer) for r in rows] == [
        (str(n), f"That the Cabinet installs outdoor gym number {n}.", ["Agreed.", "The site was chosen in June 2025."])
        for n in (1, 2)]
    assert [r.progress[0] if r.progress else None for r in rows] == ["in_progress", None]
    assert rows[0].details == ["Lead officer: Steven Malcolmson, Head of Leisure and Open Spaces",
                               "Form completed by and date: Laura Froggatt, Parks Development Officer, 4 February 2026"]


def test_a_response_table_under_its_header_whose_answers_open_alike_keeps_their_verdicts():
    """A Government response table prints its header once ("Recommendation | Government response") and opens each
    answer with its verdict, "Accept" in two rows running: words the rows share after a header printed above them are
    the answers' own, not the columns' names printed in every cell (a poster's "YOU SAID ... | WE DID ..." has no header
    row). A left cell that quotes two recommendations, each under its own head, labels the row with both."""
    from pipeline.answers.tables import table_answers

    lines = [Line(t, table=True) for t in [
        "Recommendation\tGovernment response",
        "Recommendation 2 The FCDO should reach the last mile. Recommendation 6 The FCDO should agree common indicators."
        "\tAccept We agree that warnings must reach the people most at risk.",
        "Recommendation 3 The FCDO and the Met Office should agree a multi-year arrangement.\tAccept The FCDO and the "
        "Met Office signed a memorandum in January 2025.",
        "Recommendation 4 The FCDO should put funding in place.\tPartially accept Pre-arranged funding is important.",
    ]]
    doc = Document(id="cd" * 32, source="t.pdf", path="t.pdf", pages=1, lines=lines, meta=DocumentMeta(kind="response"))
    assert [(r.labels, r.answer) for r in table_answers(doc)] == [
        (["2", "6"], ["Accept We agree that warnings must reach the people most at risk."]),
        (["3"], ["Accept The FCDO and the Met Office signed a memorandum in January 2025."]),
        (["4"], ["Partially accept Pre-arranged funding is important."])]


def test_a_risk_register_in_a_response_answers_nothing():
    """A contractor's highlight report answers a review in one table and keeps its risk register in another ("ID | Risk
    or issue | Owner | Rating | Action"; answer lexicon v40 `table_risks`): a risk and its mitigation are the author's
    own, no answer, though the paper answers the review and the register has an action column."""
    from pipeline.answers.tables import table_answers

    lines = [Line(t, table=True) for t in [
        "ID\tRisk or issue\tOwner\tRating\tAction",
        "RSK-07\tFurther wet weather delays earthworks\tContractor\tHigh\tExtra plant on standby",
        "RSK-12\tUtility diversion not finished before tie-in\tCouncil\tMedium\tWeekly calls with the gas network",
    ]] + [Line("Our response to the review", gap_before=1)] + [Line(t, table=True) for t in [
        "Rec.\tWhat the Committee asked (summary)\tOur response\tStatus",
        "(a)\tWeekly look-ahead of closures\tAgreed. The look-ahead has been published every Friday.\tComplete",
    ]]
    doc = Document(id="cd" * 32, source="t.pdf", path="t.pdf", pages=1, lines=lines, meta=DocumentMeta(kind="response"))
    assert [r.label for r in table_answers(doc)] == ["a"]


def test_a_report_that_cites_its_own_recommendations_as_it_argues_answers_none():
    """A review argues for its recommendations paragraph by paragraph, citing each by label in brackets ("... in line
    with the National Living Wage (recommendations 1 and 8).") and lists them at the end: the citations are a report's
    own cross-references, not answers, so the paper keeps its recommendations and gives no responses."""
    import textwrap

    from pipeline.ingest.txt import text_to_lines
    from pipeline.process import parse_document

    text = textwrap.dedent("""
        The accommodation offset: a review

        Our recommendations

        1. The Government should raise the offset to £12.00 a day from April 2026 and each year after.

        2. The offset should continue to apply only to the cost of accommodation.

        3. The Department for Business and Trade should publish new guidance with worked examples.

        4. HM Revenue and Customs should carry out targeted enforcement of the offset rules.

        1 The level of the offset

        1.1 Employers told us that the offset is well below the cost of accommodation. We agree, and it should rise
        each year in line with the National Living Wage (recommendation 1).

        1.2 Some employers asked for the offset to cover meals and heating. We do not support this (recommendation 2).

        2 Information and enforcement

        2.1 The guidance does not deal with shared rooms. We accept that it needs worked examples (recommendation 3).

        2.2 HMRC opened 41 investigations involving the offset in 2023/24 and publishes no figures (recommendation 4).
        """).strip("\\n")
    lines, pages = text_to_lines(text)
    doc = Document(id="cd" * 32, source="t.txt", path="t.txt", pages=pages, lines=lines, meta=DocumentMeta(kind="other"))
    parsed = parse_document(doc)
    assert [r.label for r in parsed.recommendations] == ["1", "2", "3", "4"] and parsed.responses == []


def test_a_tracker_of_decisions_and_progress_answers_whatever_the_paper_calls_itself():
    """A performance system's action report, appended to a report for the scrutiny committee, tabulates "Code | Title |
    Description | Cabinet decision (11 March 2025) | Assigned To | Status | Progress | Latest Note": a column of the
    decision another body took and one of what has happened since make it a tracker of answers, as a response's table
    is, though the paper reads as the committee's own report; a table of decisions still to be taken does not."""
    from pipeline.answers.tables import table_answers

    def answers(header):
        lines = [Line(t, table=True) for t in [
            header,
            "SR/01\tRec 1: Letters to retailers\tThat the Head of Service writes to every retailer.\tAgreed.\tHead of "
            "Service\tCompleted\t100%\tLetters went to all fourteen retailers on 2 May 2025.",
        ]]
        doc = Document(id="cd" * 32, source="t.pdf", path="t.pdf", pages=1, lines=lines,
                       meta=DocumentMeta(kind="scrutiny_report"))
        return [(r.label, r.answer) for r in table_answers(doc)]

    assert answers("Code\tTitle\tDescription\tCabinet decision (11 March 2025)\tAssigned To\tStatus\tProgress\tLatest Note") \
        == [("1", ["Agreed.", "Completed", "100%", "Letters went to all fourteen retailers on 2 May 2025."])]
    assert answers("Code\tTitle\tDescription\tDecision required\tAssigned To\tStatus\tProgress\tLatest Note") == []


def test_you_said_we_said_we_did_keeps_the_first_answer_and_reads_progress_from_what_was_done():
    """A "You said, we did" update adds the answer given at the time: "Ref | You said | We said (Cabinet, 10 December
    2024) | We did | Where we are" (answer lexicon v40). What was said then is part of the answer; what was done since,
    and where it stands, is its latest statement, which decides progress."""
    responses = _table_responses("Land charges: you said, we did", [
        "Ref\tYou said\tWe said (Cabinet, 10 December 2024)\tWe did\tWhere we are",
        "a)\tThat the Council prepares the register for migration during 2025.\tAgreed. We will prepare the register "
        "for migration in 2025.\tChecking of the data started in September 2025 and 40 per cent of entries have been "
        "checked so far.\tUnder way",
    ])
    assert responses["a"].text.startswith("Agreed. We will prepare the register for migration in 2025.")
    assert "40 per cent of entries have been checked so far" in responses["a"].text
    assert responses["a"].progress == "in_progress"


def test_labelled_answers_that_open_with_their_verdicts_answer_whatever_the_paper_was_taken_for():
    """A members' bulletin reports on a review's recommendations, one paragraph each: "Recommendation 1 – Annual
    programme. Agreed. The programme was agreed by the Cabinet ...". The metadata reader took it for the review itself
    (its words name the scrutiny panel), but labelled answers that open with their printed verdicts mark themselves
    answers, as a "Response:" marker would; prose under labels that opens with no verdict does not."""
    verdicts = ["Agreed.", "Agreed in part.", "Not agreed.", "Agreed."]
    paras = [para("Progress on each recommendation", pos=0, kind="heading")] + [
        para(f"Topic {n}. {v} The Cabinet decided this on 16 September 2025 and the work began in October.", pos=n,
             label=str(n)) for n, v in enumerate(verdicts, start=1)]
    found = find_responses(document(kind="scrutiny_report", first_line="Members' Information Bulletin"), paras)
    assert [(r.label, r.stance) for r in found] == [("1", "accepted"), ("2", "partially_accepted"), ("3", "rejected"),
                                                     ("4", "accepted")]
    plain = [para("Progress on each recommendation", pos=0, kind="heading")] + [
        para(f"Topic {n}. The Cabinet decided this on 16 September 2025 and the work began in October.", pos=n,
             label=str(n)) for n in range(1, 5)]
    assert find_responses(document(kind="scrutiny_report", first_line="Members' Information Bulletin"), plain) == []


def test_a_paper_that_answers_and_asks_nothing_of_its_own_is_a_response():
    """The bulletin of labelled answers, taken for a scrutiny report by its words, keeps no recommendation of its own
    once its answers are read: what it does makes it a response, which the linker then pairs with the review."""
    import textwrap

    from pipeline.ingest.txt import text_to_lines
    from pipeline.process import parse_document

    text = textwrap.dedent("""
        Members' Information Bulletin

        Progress on each recommendation

        Recommendation 1 – Annual programme. Agreed. The programme was agreed by the Cabinet on 16 September 2025.

        Recommendation 2 – Third sweeper. Agreed in part. The Cabinet agreed to hire a sweeper for eight weeks.

        Recommendation 3 – Bagged leaves. Not agreed. Leaves from front gardens should go in the garden waste bin.

        Recommendation 4 – Battery blowers. Agreed. Eight of the 22 petrol blowers were replaced in September 2025.
        """).strip("\\n")
    lines, pages = text_to_lines(text)
    doc = Document(id="cd" * 32, source="t.txt", path="t.txt", pages=pages, lines=lines,
                   meta=DocumentMeta(kind="scrutiny_report"))
    parsed = parse_document(doc)
    assert parsed.document.meta.kind == "response" and parsed.recommendations == []
    assert [r.stance for r in parsed.responses] == ["accepted", "partially_accepted", "rejected", "accepted"]


def test_a_tick_under_a_verdict_column_decides_the_stance_and_is_no_word_of_the_answer():
    """A Cabinet report's appendix ticks one of "Accept | Accept in part | Do not accept" beside each response: the
    tick says which verdict, and the answer's text is the response's words, without the mark."""
    from pipeline.answers.tables import table_answers

    lines = [Line(t, table=True) for t in [
        "No.\tRecommendation\tAccept\tAccept in part\tDo not accept\tResponse\tTimescale",
        "1\tThat the Cabinet adopts a three-day inspection standard.\t✓\t\t\tThe standard will apply from January.\tJanuary 2026",
        "2\tThat the Cabinet funds a second officer.\t\t\t✓\tThe cost cannot be met in 2026/27.\tNone",
    ]]
    doc = Document(id="cd" * 32, source="t.pdf", path="t.pdf", pages=1, lines=lines, meta=DocumentMeta(kind="response"))
    rows = table_answers(doc)
    assert [(r.label, r.answer, r.verdict[0] if r.verdict else None) for r in rows] == [
        ("1", ["The standard will apply from January.", "January 2026"], "accepted"),
        ("2", ["The cost cannot be met in 2026/27.", "None"], "rejected")]


def test_a_summary_of_changes_answers_under_the_column_that_names_each_row_s_recommendation():
    """A partner's summary of changes to its own charter, "Charter section | What has changed | Scrutiny rec. | Status":
    what has changed is the answer (answer lexicon v41 `table_answer`), and the column naming the scrutiny body's
    recommendation labels each row (v41 `table_number`), not the charter's own section numbers."""
    from pipeline.answers.tables import table_answers

    lines = [Line(t, table=True) for t in [
        "Charter section\tWhat has changed\tScrutiny rec.\tStatus",
        "2.1 Prices\tEvery price we charge is now on one page of our website.\t1\tIn place",
        "3.1 Service times\tEarly services now cost £760, against £1,095 at other times.\t3\tIn place",
    ]]
    doc = Document(id="cd" * 32, source="t.docx", path="t.docx", pages=1, lines=lines, meta=DocumentMeta(kind="other"))
    assert [(r.label, r.answer[0]) for r in table_answers(doc)] == [
        ("1", "Every price we charge is now on one page of our website."),
        ("3", "Early services now cost £760, against £1,095 at other times.")]


def test_a_date_column_before_the_answer_is_the_ask_s_and_one_after_it_the_answer_s():
    """A tracking report reprints the report's "Original date for completion" before the "Cabinet response": that date
    is the ask's, no word of the answer; a "Timescale" after the response still says when the answer will be done."""
    from pipeline.answers.tables import table_answers

    lines = [Line(t, table=True) for t in [
        "No.\tRecommendation\tOriginal date for completion\tCabinet response (15 July 2025)\tTimescale",
        "R1\tCommission a condition survey of all cameras.\tOctober 2025\tAccepted. The survey was done in August.\tDone",
        "R2\tRestore overnight staffing of the control room.\tApril 2025\tNot accepted. It would cost £186,000.\tNone",
    ]]
    doc = Document(id="cd" * 32, source="t.pdf", path="t.pdf", pages=1, lines=lines, meta=DocumentMeta(kind="response"))
    assert [(r.label, r.answer) for r in table_answers(doc)] == [
        ("1", ["Accepted. The survey was done in August.", "Done"]),
        ("2", ["Not accepted. It would cost £186,000.", "None"])]


def test_a_form_of_the_respondents_own_quotes_the_recommendation_in_a_field_under_its_own_title():
    """A partner logs each recommendation in its quality system, one form each under a title of its own ("Improvement
    action 2 of 3"), no head of the report's over it: its field "Recommendation (as received)" quotes the ask, "Our
    decision" ticks one verdict and opens the answer, the fields after it are said in answer, and who owns or reviewed
    the action is a detail. The form's own number labels the answer; without one, its place among such forms does."""
    from pipeline.answers.tables import table_answers

    def form(title: str, n: int, ticks: str) -> list[Line]:
        return [Line(title), *[Line(t, table=True) for t in [
            f"Log reference\tQA-2025-04{n}",
            "Date received\t18/06/2025",
            f"Recommendation (as received)\tThat the provider trains every care worker in rota {n} in dementia care.",
            f"Our decision\t{ticks}",
            f"Reasons and action\tWe have booked the training for rota {n}.",
            "Action owner\tRegistered Manager",
            "Status\tIn progress",
            "Reviewed by\tQuality Governance Group, 09/09/2025"]]]

    lines = [*form("Improvement action 2 of 3", 1, "☒ Accept ☐ Accept in part ☐ Do not accept"),
             *form("Improvement action 3 of 3", 2, "☐ Accept ☒ Accept in part ☐ Do not accept")]
    doc = Document(id="cd" * 32, source="t.docx", path="t.docx", pages=1, lines=lines, meta=DocumentMeta(kind="response"))
    rows = table_answers(doc)
    assert [(r.label, r.quoted) for r in rows] == [
        ("2", "That the provider trains every care worker in rota 1 in dementia care."),
        ("3", "That the provider trains every care worker in rota 2 in dementia care.")]
    assert rows[0].answer == ["☒ Accept ☐ Accept in part ☐ Do not accept", "We have booked the training for rota 1.",
                              "In progress"]
    assert rows[0].details == ["Action owner: Registered Manager", "Reviewed by: Quality Governance Group, 09/09/2025"]
    untitled = table_answers(Document(id="cd" * 32, source="t.docx", path="t.docx", pages=1,
                                      lines=[*form("Record", 1, "☒ Accept"), *form("Record", 2, "☒ Accept")],
                                      meta=DocumentMeta(kind="response")))
    assert [r.label for r in untitled] == ["1", "2"]


def test_the_columns_after_a_decision_and_its_progress_are_the_answers_own():
    """A tracker in an annual report: "No. | Recommendation | Cabinet decision (11 February 2025) | Progress to 30 September
    2025 | % complete". No column is headed as a response, the decision and its progress are the answer, and so is the
    estimate after them ("70%"), a status printed in a cell; a column that asks whether the work is done ("Complete?
    (Y/N)") is read for its progress, its "N" no words of the answer."""
    from pipeline.answers.tables import table_answers

    rows = ["No.\tRecommendation\tCabinet decision (11 February 2025)\tProgress to 30 September 2025\t% complete",
            "1\tThat the Cabinet replaces the coin-only pay machines by the end of 2025.\tAgreed in principle.\t"
            "61 of the 90 machines have been replaced.\t70%",
            "2\tThat the Cabinet keeps a cash machine in every car park.\tAgreed.\tEvery car park keeps one.\t100%"]
    doc = Document(id="cd" * 32, source="t.html", path="t.html", pages=1, lines=[Line(t, table=True) for t in rows],
                   meta=DocumentMeta(kind="response"))
    found = {r.label: r for r in table_answers(doc)}
    assert found["1"].answer == ["Agreed in principle.", "61 of the 90 machines have been replaced.", "70%"]
    assert found["2"].answer[-1] == "100%"


def test_a_recommendations_milestones_met_or_not_give_its_progress():
    """A six-month update sets each decision over its milestones, "Cabinet decision | Milestone | Target date | Achieved |
    Commentary", the decision and commentary cells spanning the milestone rows. The milestones are the answer's own
    words, and their "Achieved" dates its progress (guide rule 2.2): all met complete, some met under way, none (a dash)
    not started."""
    from pipeline.answers.tables import table_answers

    rows = ["No.\tRecommendation (abridged)\tCabinet decision, 9 December 2025\tMilestone\tTarget date\tAchieved\tCommentary",
            "1\tOnline booking for casual stalls\tAgreed.\ta) Supplier appointed\t31 January 2026\t20 January 2026\tLive.",
            "\t\t\tb) Online booking live\t1 April 2026\t7 April 2026\t",
            "3\tCondition survey of the Market Hall\tAgreed.\ta) Survey commissioned\t31 January 2026\t16 January 2026\t"
            "The survey found the roof at the end of its life.",
            "\t\t\tb) Survey report received\t31 March 2026\t27 March 2026\t",
            "\t\t\tc) Costed repair plan to Cabinet\t30 June 2026\t–\t",
            "7\tReview the markets byelaws\tAgreed.\ta) Review begins\t1 September 2026\t–\tThe review starts in the autumn.",
            "\t\t\tb) Revised byelaws to the Committee\t10 December 2026\t–\t"]
    doc = Document(id="cd" * 32, source="t.pdf", path="t.pdf", pages=1, lines=[Line(t, table=True) for t in rows],
                   meta=DocumentMeta(kind="response"))
    found = {r.label: r for r in table_answers(doc)}
    assert {k: r.progress[0] if r.progress else None for k, r in found.items()} == {
        "1": "completed", "3": "in_progress", "7": "not_started"}
    assert "c) Costed repair plan to Cabinet" in found["3"].answer


def test_a_row_that_cites_beside_its_point_the_recommendation_it_answers_is_labelled_by_it():
    """A partner's revised impact assessment answers everyone it heard in one table of its own numbering ("Ref. | What we
    were told | Who told us | What we've done"), citing the Committee's recommendations in the cell that says who
    raised each point ("Overview and Scrutiny Committee (recommendations 5 and 8); members"): the citation labels the
    answer, and a row that cites none (a point members made) answers no recommendation."""
    from pipeline.answers.tables import table_answers

    rows = ["Ref.\tWhat we were told\tWho told us\tWhat we’ve done",
            "F1\tThe branch should not close at all.\tMembers (71 comments)\tOur Board looked at the decision again.",
            "F2\tKeep the cash machine.\tOverview and Scrutiny Committee (recommendation 2); Chamber of Trade\t"
            "We agree. The cash machine will stay for two years.",
            "F3\tTell members what is happening.\tOverview and Scrutiny Committee (recommendations 5 and 8); members\t"
            "We wrote to all 2,090 members in July."]
    doc = Document(id="cd" * 32, source="t.pdf", path="t.pdf", pages=1, lines=[Line(t, table=True) for t in rows],
                   meta=DocumentMeta(kind="response"))
    assert [(r.labels, r.answer) for r in table_answers(doc)] == [
        (["2"], ["We agree. The cash machine will stay for two years."]),
        (["5", "8"], ["We wrote to all 2,090 members in July."])]


def test_a_section_of_a_paper_to_a_meeting_headed_as_progress_on_a_review_answers_under_its_titled_heads():
    """A Cabinet Member's written report to Council (an officer's paper by its cover) gives one section to a review:
    "4. Highway drainage: progress on the scrutiny review", then "Recommendation 1: a risk-based cleaning schedule" over
    the paper's own numbered paragraphs ("4.2 We agreed this recommendation. ..."). The heads are titles, no asks of
    the paper's own; the paragraphs under each are its answer. Without the section's heading, a paper to a meeting
    answers nothing."""
    from tests.test_segment_recommendations import parse

    text = """
        Report of the Cabinet Member for Highways and Transport

        1. Introduction

        1.1 This report covers my portfolio since March.

        4. Highway drainage: progress on the scrutiny review

        4.1 The Committee asked for a report on progress after a year. This section is that report.

        Recommendation 1: a risk-based cleaning schedule

        4.2 We agreed this recommendation. The risk-based schedule began on 1 October 2025.

        4.3 The remaining gullies are moving to a longer cycle; the last area will move in March 2027.

        Recommendation 2: publishing the schedule

        4.4 We agreed this recommendation. Since 12 January 2026 the schedule has been on the website.
        """
    parsed = parse(text, kind="officer_report")
    assert parsed.recommendations == []
    found = {r.label: r for r in find_responses(parsed.document, parsed.paragraphs)}
    assert sorted(found) == ["1", "2"]
    assert found["1"].text.startswith("We agreed this recommendation. The risk-based schedule")
    assert found["1"].text.endswith("the last area will move in March 2027.")
    plain = parse(text.replace("Highway drainage: progress on the scrutiny review", "Highway drainage"), kind="officer_report")
    assert find_responses(plain.document, plain.paragraphs) == []


def test_answers_that_cite_what_they_answer_by_its_printed_reference_are_labelled_by_it():
    """A report that prints its recommendations "R1" to "R12" is cited so by those who answer it: a partner's paragraph
    "2.1 Stewarding (R1). The club has recruited ..." answers R1, "(R2 and R3)" both, as "(recommendation 1)" does; and
    so do the notes of a partner's meeting set as a table of items, "Item | Notes | Action", whose item on the review
    runs its answers together in one cell. A code in lower case, "(r1)", cites nothing."""
    from pipeline.answers import find_answers
    from pipeline.records import Line
    from pipeline.segment import segment
    from tests.test_segment_recommendations import parse

    text = """
        Glenbury Rugby Club: response to the Borough Council's review of match day parking

        2. Our response

        2.1 Stewarding (R1). The club has recruited twelve more stewards, who have worked at every home match since January.

        2.2 Park and ride (R2 and R3). We cannot fund a park and ride service this season, as the cost would be about £40,000.

        2.3 Season calendar (R4). The calendar will be published on our website by 31 July each year.
        """
    parsed = parse(text)
    found = {r.label: r for r in find_responses(parsed.document, parsed.paragraphs)}
    assert sorted(found) == ["1", "2", "3", "4"]
    assert "The club has recruited twelve more stewards" in found["1"].text  # (a title in the text's own type is its first words)
    assert found["2"].answers == ["2", "3"] and found["2"].stance == "rejected"
    lower = parse(text.replace("(R1)", "(r1)").replace("(R2 and R3)", "(r2 and r3)").replace("(R4)", "(r4)"))
    assert find_responses(lower.document, lower.paragraphs) == []

    rows = ["Item\tNotes\tAction", "1. Welcome\t1.1 The Chair welcomed members.\t",
            "2. Matters arising\t2.1 The notes were agreed. 2.2 Fence: SC said the fence was mended.\t",
            "3. Scrutiny review: the circuit's response\t3.1 GA said the board had read the report. 3.2 Liaison Committee"
            " (R2). GA said that the Committee would meet four times a year from now on. 3.3 Hours of track activity (R3)."
            " GA said that the circuit could not accept this recommendation. 3.4 Noise monitoring (R1). SC said that a"
            " monitor had been installed at the village hall in December.\tLA to send these notes to the Council.",
            "4. Dates of next meetings\t4.1 Wednesday 22 April 2026.\t"]
    doc = Document(id="ef" * 32, source="notes.docx", path="notes.docx", pages=1,
                   lines=[Line("Crosswold Circuit Community Liaison Committee"), *(Line(r, gap_before=1, table=True) for r in rows)],
                   meta=DocumentMeta(kind="other"))
    notes = find_answers(segment(doc))
    got = {r.label: r for r in notes.responses}
    assert sorted(got) == ["1", "2", "3"]
    assert "GA said that the Committee would meet four times a year" in got["2"].text
    assert got["3"].stance == "rejected"
    assert notes.document.meta.kind == "response"


def test_an_action_plans_column_that_names_each_rows_recommendation_labels_its_answer():
    """A partner's improvement plan lists its own actions by workstream, with a column that gives the letter of the
    recommendation each answers ("Ref. | Action | Scrutiny rec. | Lead | Status | Comment"), a dash where the action is
    its own: each cited row is the answer to its recommendations, without the citation, who leads it a detail; a row
    citing two answers both, and the rows with a dash answer none. A "Comment" column after the action is the author's
    note on it, not a comment answered."""
    rows = ["Ref.\tAction\tScrutiny rec.\tLead\tStatus\tComment",
            "1 Plant and reliability\t\t\t\t\t",
            "1.1\tReplace both heat exchangers before winter.\tA\tHead of Operations\tUnder way\tExchanger 1 replaced in December.",
            "1.2\tInstall remote monitoring on all substations.\t–\tHead of Operations\tUnder way\t19 of 31 connected.",
            "2.1\tKeep a register and a stock of 60 heaters.\tC, D\tCustomer Director\tDone\tRegister opened in January.",
            "2.2\tTrain all call handlers.\t–\tCustomer Service Manager\tDone\tAll 14 trained."]
    responses = _table_responses("The plan", rows)
    assert sorted(responses) == ["A", "C", "D"]
    assert responses["A"].text.startswith("Replace both heat exchangers before winter.")
    assert "Exchanger 1 replaced in December." in responses["A"].text and "Head of Operations" not in responses["A"].text
    assert responses["C"].text == responses["D"].text and "monitoring" not in responses["A"].text
    assert not any("call handlers" in r.text for r in responses.values())
    unnamed = _table_responses("The plan", [r.replace("Scrutiny rec.", "Workstream") for r in rows])
    assert unnamed == {}


def test_a_page_that_answers_by_citing_in_brackets_under_status_badges(tmp_path):
    """A partner's web page titled "What we are doing after the Council's review" tells its story place by place, each
    part under a status badge ("Under way", "Done") and citing in brackets the recommendation it answers, "(recommendation
    3)", or the two one passage answers together, "(recommendations 1 and 2)". The page is a response; each part is the
    answer to what it cites, the badge its printed progress, which the answer's words read beside the ask do not
    overrule. A sentence that speaks of several in its run ("as recommendations 1 and 2 asked") answers none."""
    from pipeline.link import link_documents
    from pipeline.process import parse_file

    report = tmp_path / "review.txt"
    report.write_text("""Quarnley Borough Council
Communities and Place Scrutiny Committee

FULL STEAM AHEAD: THE RAILWAY AND ITS NEIGHBOURS

Report of the Railway Task Group

September 2025

Recommendations

Recommendation 1: That the Faxdale Railway does not light up locomotives before 7am at weekends.

Recommendation 2: That the Faxdale Railway tells neighbours a week ahead of any earlier start.

Recommendation 3: That the Faxdale Railway builds a step-free route to platform 1 at Quarnley Town.

Recommendation 4: That the Faxdale Railway offers half-price travel to residents of the borough.
""", encoding="utf-8")
    page = tmp_path / "story.html"
    part = "<h2>{place}</h2><p><span class='badge'>{badge}</span></p><p>{text}</p><p>{more}</p>"
    page.write_text(
        "<html><body><header><h1>Our line, your neighbourhood</h1><p>What we are doing after Quarnley Borough Council's "
        "review of the railway</p></header><main><p>Last September the Council's Communities and Place Scrutiny Committee "
        "agreed its report &#8220;Full steam ahead: the railway and its neighbours&#8221;.</p><p>The report made four recommendations. The number of the "
        "recommendation each part answers is given in brackets.</p>"
        + part.format(place="Mallowby Works", badge="Under way", text="Since November we have not lit up a locomotive "
                      "before 7am at weekends, and we put a note through every door a week ahead of an earlier start "
                      "(recommendations 1 and 2).", more="Moving the coal stack is a bigger job.")
        + part.format(place="Quarnley Town station", badge="Done", text="We have built a ramp from the car park to "
                      "platform 1, so that nobody has to use the steps (recommendation 3).", more="It opened on 28 March.")
        + part.format(place="Tickets for local people", badge="Planned", text="From the start of the 2026 season anyone "
                      "who lives in the borough will be able to buy a Neighbour Card (recommendation 4).",
                      more="Cards will go on sale in March.")
        + "</main></body></html>", encoding="utf-8")
    rep, resp = parse_file(report, themes=False), parse_file(page, themes=False)
    got = {r.label: r for r in resp.responses}
    assert sorted(got) == ["1", "2", "3", "4"]
    assert got["1"].answers == ["1", "2"] and got["1"].text == got["2"].text
    assert got["3"].progress == "completed" and got["4"].progress == "not_started"
    assert got["1"].details == ["Status: Under way"] and got["3"].progress_evidence == ["Done"]
    result = link_documents([rep, resp])
    assert sorted(k.recommendation for k in result.links) == ["1", "2", "3", "4"]
    read = {r.label: r for r in result.realigned.get(resp.document.id, resp.responses)}
    assert read["3"].progress == "completed" and read["4"].progress == "not_started"

    in_the_run = page.read_text(encoding="utf-8").replace(
        "a week ahead of an earlier start (recommendations 1 and 2).", "a week ahead, as recommendations 1 and 2 asked.")
    page.write_text(in_the_run, encoding="utf-8")
    assert sorted(r.label for r in parse_file(page, themes=False).responses) == ["3", "4"]


def test_a_register_whose_column_cites_the_recommendation_each_row_answers():
    """A harbour authority answers a review with an extract of its own hazard log, reviewed against the report: a
    column named for the recommendation ("Scrutiny rec.") cites what each row answers ("5", "2, 3"), "What we have
    decided" is its answer, and a row marked "–" is its own hazard, which answers nothing. The row's own reference
    ("PS-03") and its hazard are the respondent's, no quotation of the report."""
    rows = ["Ref.\tHazard\tScrutiny rec.\tRisk before\tWhat we have decided\tOwner\tStatus",
            "PS-01\tPerson falls from a quay edge\t–\tHigh\tExisting controls kept: edge markings and ladders.\tHarbour Master\tReviewed",
            "PS-03\tCollision between a jet ski and a swimmer\t5\tHigh\tWe have not made new byelaws: byelaw 14 already sets a"
            " six-knot limit.\tDeputy Harbour Master\tReviewed",
            "PS-08\tPerson jumping from a pier\t2, 3\tVery high\tFour larger signs were put up on both piers in March."
            "\tHarbour Master\tComplete"]
    responses = _table_responses("Table 1: Public safety hazards", rows)
    assert sorted(responses) == ["2", "3", "5"]
    # (a risk rating after the answer, "Risk after | Medium", is a detail of it: answer lexicon v43 `table_context`)
    rated = _table_responses("Table 1: Public safety hazards", [f"{r}\t{'Risk after' if k == 0 else 'Medium'}"
                                                                for k, r in enumerate(rows)])
    assert not rated["5"].text.endswith("Medium") and "Risk after: Medium" in rated["5"].details
    assert responses["2"].answers == ["2", "3"] and responses["2"].text.startswith("Four larger signs were put up")
    assert responses["5"].restated is None and "Deputy Harbour Master" not in responses["5"].text
    assert not any("edge markings" in r.text for r in responses.values())


def test_a_response_row_across_an_action_plan_opens_the_answer_before_its_actions():
    """A Cabinet's action plan prints each recommendation in a row across the table, then the response in another
    ("Cabinet response: Agreed in part. ..."), then its numbered actions. The response row is the answer's first words,
    the actions after it; it does not end the recommendation's group (its actions were lost, and the recommendation
    answered by whatever the page printed next)."""
    responses = _table_responses("Action plan and progress at April 2026", [
        "Ref.\tAction\tLead officer\tTarget date\tProgress at April 2026\tStatus",
        "**Recommendation 1:** That the Cabinet extends webcasting to every public meeting.",
        "**Cabinet response:** Agreed.",
        "1.1\tExtend the webcasting contract\tHead of Democratic Services\tMay 2025\tThe contract was extended on 1 May 2025.\tComplete",
        "1.2\tWebcast every public meeting\tHead of Democratic Services\tFrom May 2025\t46 meetings have been webcast.\tComplete",
        "**Recommendation 2:** That the Council keeps each webcast online for two years.",
        "**Cabinet response:** Agreed in part. Webcasts will be kept online for twelve months.",
        "2.1\tKeep each webcast online for twelve months\tHead of Democratic Services\tMay 2025\tDone since May 2025.\tComplete",
    ])
    assert sorted(responses) == ["1", "2"]
    assert responses["1"].text.startswith("Agreed.\n\nExtend the webcasting contract")
    assert "46 meetings have been webcast." in responses["1"].text and responses["1"].progress == "completed"
    assert responses["2"].text.startswith("Agreed in part. Webcasts will be kept online for twelve months.")
    assert responses["2"].stance == "partially_accepted"
    assert "Head of Democratic Services" not in responses["1"].text


def test_a_contact_line_after_a_response_table_answers_nothing():
    """A Cabinet's action plan answers recommendation 10 in its last row; the paper's "Contact: ..." line follows the
    table. The recommendation's head, read also as a labelled block, has only that line under it: whom to ask is a
    detail (answer lexicon v43 `table_context`), no words of an answer, so the table's row is the one answer to 10."""
    d = document(kind="response")
    d.lines = [Line("Action plan and progress"),
               *(Line(t, table=True) for t in (
                   "Ref.\tAction\tLead officer\tTarget date\tProgress at April 2026\tStatus",
                   "**Recommendation 10:** That the Cabinet reports progress on these recommendations in twelve months.",
                   "**Cabinet response:** Agreed.",
                   "10.1\tReport progress to the Committee\tHead of Democratic Services\tApril 2026\tThis action plan is that"
                   " report.\tComplete")),
               Line("Contact: Sarah Lamport, Head of Democratic Services, 01632 960781, democratic.services@example.gov.uk")]
    paragraphs = units(("That the Cabinet reports progress on these recommendations in twelve months.", {"label": "10"}),
                       ("Contact: Sarah Lamport, Head of Democratic Services, 01632 960781, democratic.services@example.gov.uk", {}))
    found = find_responses(d, paragraphs)
    assert [(r.label, r.method) for r in found] == [("10", "table")]
    assert found[0].text.startswith("Agreed.\n\nReport progress to the Committee")


def test_a_table_after_the_next_numbered_section_is_not_the_response_tables_rows():
    """A response table of four columns ends its page; the paper goes on "7. Missed collections performance", and a
    table of figures of the same width follows, on the next page, under its own caption. It is another table, not the
    response table's rows after a page break: its "| Quarter 1 | Quarter 2 | Quarter 3" header is no answer."""
    d = document(kind="response")
    d.lines = [Line("Table 2: Recommendations not taken forward"),
               Line("Rec.\tRecommendation (summary)\tCabinet response\tPosition", table=True),
               Line("(i)\tA goodwill gesture after three missed collections\tNot agreed: the cost would be out of proportion."
                    "\tUnchanged", table=True),
               Line("7. Missed collections performance", page=2),
               Line("7.1 Table 3 shows reported missed collections in the first three quarters.", page=2),
               Line("Table 3: Missed collections, 2025/26", page=2),
               Line("\tQuarter 1\tQuarter 2\tQuarter 3", table=True, page=2),
               Line("Reported missed collections\t1,310\t1,205\t1,042", table=True, page=2)]
    found = find_responses(d, [])
    assert [r.label for r in found] == ["i"]


@pytest.mark.parametrize("text, stance, progress", [
    # a recommendation said to be already met is accepted and done: existing work that does what was asked (guide rule
    # 1.3; stance rules v38)
    ("Parkright therefore considers that this recommendation is already met.", "accepted", "completed"),
    ("This recommendation is already in place: every site has had new signs since 2024.", "accepted", "completed"),
    ("The Council considers this recommendation already implemented.", "accepted", "completed"),
    # ... but not a standard the answer says should be met, nor a target met in part and refused beyond it
    ("We agree that the standard should be met.", "accepted", "not_started"),
])
def test_a_recommendation_said_to_be_already_met_is_accepted_and_done(text, stance, progress):
    from pipeline.answers.judge import judge_answer

    judged = judge_answer(text, False, None)
    assert (judged.stance, judged.progress) == (stance, progress)


def test_a_number_column_after_the_answer_counts_and_labels_nothing():
    """A commissioner's annex says how the evidence was gathered, "Strand | What we did | Number": "What we did" names an
    answer column, but the number after it counts responses ("1,214 responses", "46"); no row answers anything, and the
    report is no response (it was read as answers labelled "1", "214", "46", and lost its own twelve recommendations).
    A number column before the answer still labels its rows ("No. | Cabinet response")."""
    rows = ["Strand\tWhat we did\tNumber",
            "Survey\tOnline survey of victims and survivors, February to March 2025\t1,214 responses",
            "Interviews\tIn-depth interviews by telephone or video call\t46",
            "Roundtables\tSpecialist services, lenders and advice agencies\t3 (18 organisations)"]
    assert _table_responses("Annex A: How we gathered evidence", rows) == {}
    numbered = _table_responses("Appendix: responses", ["No.\tCabinet response\tLead officer",
                                                         "1\tAgreed. The guidance was revised in May.\tHead of Service",
                                                         "2\tNot agreed. The cost is too high.\tHead of Service"])
    assert sorted(numbered) == ["1", "2"]


def test_an_answer_closed_by_a_sentence_that_says_what_it_responds_to():
    """A library trust's consultation document tells what it has done and proposes under headings of its own, each part
    closing with a line of its own, "This responds to the Commission's recommendation 6." (or "recommendations 2 and 3"),
    the consultation's question box sometimes set under it. The line closes the answer above it, from the heading over
    it, and is no word of it; it opens no answer below (each was read as opening the text under the next heading)."""
    from tests.test_segment_recommendations import parse

    text = """
        Calverport Libraries Trust: what we have already changed

        Figures for every library

        Since January 2026 we have published the opening hours and visits of every library each quarter.

        This responds to the Commission's recommendation 1.

        Eight weeks to have your say

        This consultation runs for eight weeks. We have written to every ward councillor.

        We will always consult for at least eight weeks before we change a library's hours.

        This responds to the Commission's recommendations 2 and 3.

        Volunteers

        Our volunteer policy has been on our website since December 2025.

        This responds to the Commission's recommendation 4.
        """
    parsed = parse(text, kind="response")
    found = {r.label: r for r in find_responses(parsed.document, parsed.paragraphs)}
    assert sorted(found) == ["1", "2", "3", "4"]
    assert found["1"].text == "Since January 2026 we have published the opening hours and visits of every library each quarter."
    assert found["2"].answers == ["2", "3"] and found["2"].text.startswith("This consultation runs for eight weeks.")
    assert "responds to" not in found["2"].text and found["4"].text.startswith("Our volunteer policy")


def test_a_title_across_a_response_tables_rows_groups_them_and_ends_nothing():
    """A BID's scorecard, "You asked us to… | Our answer | What we've done", groups its rows under titles set across the
    table ("Welcoming", "Thriving"), which the reader gives as lines of their own: each titles the rows under it, inside
    the table (the table was read as ended at the first, and its rows lost). A table grouped so opens with a title
    straight under its header; one that does not ends at a title after its rows (test_two_column_recommendation_response
    _table), and the paper's next numbered section ends it either way."""
    d = document(kind="response")
    header = "You asked us to…\tOur answer\tWhat we’ve done and what’s next"
    d.lines = [Line("Our scorecard"), Line(header, table=True), Line("Welcoming"),
               Line("keep our street rangers on until 10pm on Fridays.\tYes\tSince February our rangers work to 10pm.", table=True),
               Line("lead a bid for Purple Flag accreditation.\tNot now\tIt would cost about £9,000.", table=True),
               Line("Thriving"),
               Line("hold at least one event between January and March.\tYes\tOur Lantern Trail ran in February.", table=True),
               Line("5. Our accounts"),
               Line("Income\tBID levy\t268,400", table=True)]
    found = find_responses(d, [])
    assert [r.text.split("\n\n")[0] for r in found] == ["Yes", "Not now", "Yes"]
    assert found[2].text.endswith("Our Lantern Trail ran in February.")


def test_under_a_head_that_names_its_recommendation_the_quotation_first_is_no_answer():
    """A council's web page reports by lead service: each recommendation under a heading that names it beside its status
    ("Recommendation 8  Not being taken forward"), then the recommendation quoted ("That the Cabinet brings ..."), then
    the Cabinet's response and the progress since. The quotation is what the answer answers, not its first words (the
    answers were read from the quotation on)."""
    from tests.test_segment_recommendations import parse

    text = """
        Dog fouling: progress by lead service

        RECOMMENDATION 1 COMPLETE

        That the Cabinet extends the Public Spaces Protection Order for dog control for a further three years.

        Cabinet response: Agreed. Consultation on extending the Order will take place in the summer.

        RECOMMENDATION 3 NOT BEING TAKEN FORWARD

        That the Cabinet brings dog fouling enforcement back in-house when the contract ends in 2026.

        Cabinet response: Not agreed. Bringing enforcement in-house would cost about £90,000 a year.

        RECOMMENDATION 2 ON TRACK

        That the Cabinet Member for Environment increases the dog warden service to two full-time officers.

        Cabinet response: Agreed in principle, subject to funding for a second post.
        """
    parsed = parse(text, kind="response")
    found = {r.label: r for r in find_responses(parsed.document, parsed.paragraphs)}
    assert sorted(found) == ["1", "2", "3"]
    assert all(not r.text.startswith("That the") for r in found.values())
    assert found["3"].stance == "rejected" and "Agreed. Consultation" in found["1"].text
    # under heads that name what they answer by reference, an answer that reads as an ask is no quotation unless put as one
    named = parse("""
        Planning: the Cabinet's response

        Enforcement (recommendation 1)

        That the Council appoints a second enforcement officer.

        We share the Panel's concern. A second officer would cost about £48,000 a year.

        Systems and performance (recommendations 2 and 3)

        We have answered these two recommendations together, because quarterly figures depend on the system.
        """, kind="response")
    by_reference = {r.label: r for r in find_responses(named.document, named.paragraphs)}
    assert by_reference["1"].text.startswith("We share the Panel's concern.")
    assert by_reference["2"].text.startswith("We have answered these two recommendations together")


def test_a_heading_that_names_a_quoted_recommendation_labels_it_whatever_it_prints_after(tmp_path):
    """A progress page reports by lead service, so its answers run out of the report's order (1, 8, 2, ...): each under a
    heading that names the recommendation beside its status badge ("Recommendation 8  Not being taken forward",
    "Recommendation 3  Behind schedule"), then the recommendation quoted, then the answer. Once the report is known, the
    heading names what the quotation is; the answers were labelled by their place (8's answer given to 2)."""
    from pipeline.link import link_documents
    from pipeline.process import parse_file

    asks = {1: "That the Cabinet extends the Public Spaces Protection Order for dog control for three more years.",
            2: "That the Cabinet Member for Environment increases the dog warden service to two full-time officers.",
            3: "That the Council installs additional dog waste bins at the twenty hotspots mapped by the Group.",
            8: "That the Cabinet brings dog fouling enforcement back in-house when the contract ends in 2026."}
    report = tmp_path / "review.txt"
    report.write_text("Quensby District Council\nEnvironment Overview and Scrutiny Committee\n\nDOG FOULING: A TASK AND FINISH "
                      "GROUP REVIEW\n\nMarch 2025\n\nRecommendations\n\n" + "\n\n".join(
                          f"Recommendation {n}: {asks[n]}" for n in (1, 2, 3, 8)) + "\n", encoding="utf-8")
    answers = {1: ("Complete", "Agreed. The Order was extended on 16 September 2025."),
               8: ("Not being taken forward", "Not agreed. Bringing enforcement in-house would cost about £90,000 a year."),
               2: ("On track", "Agreed in principle. The budget for a second warden was approved in February 2026."),
               3: ("Behind schedule", "Agreed. Bins have been put in at fourteen of the twenty hotspots.")}
    page = tmp_path / "update.html"
    page.write_text("<html><body><h1>Dog fouling: progress on the Task and Finish Group's recommendations</h1>"
                    "<p>Progress on the Group's review of dog fouling, by lead service.</p>" + "".join(
                        f"<h3>Recommendation {n} <span class='badge'>{status}</span></h3><p>{asks[n]}</p><p>{answer}</p>"
                        for n, (status, answer) in answers.items()) + "</body></html>", encoding="utf-8")
    rep, resp = parse_file(report, themes=False), parse_file(page, themes=False)
    result = link_documents([rep, resp])
    read = {r.label: r for r in result.realigned.get(resp.document.id, resp.responses)}
    assert sorted(read) == ["1", "2", "3", "8"]
    assert read["8"].text.startswith("Not agreed.") and read["3"].text.startswith("Agreed. Bins")
    assert read["2"].text.startswith("Agreed in principle.")


def test_a_lead_in_that_names_the_recommendation_labels_the_quotation_after_it(tmp_path):
    """A supplier's public feedback board posts each recommendation as "From the Task Group's report, recommendation
    R3:" over its quotation, then answers it, in an order of its own. Once the report is known, the lead-in names what
    the quotation is (they were labelled by their place: R3's answer given to R1)."""
    from pipeline.link import link_documents
    from pipeline.process import parse_file

    asks = {1: "That SlotWise Ltd releases cancelled slots for booking again on the same day.",
            2: "That SlotWise Ltd sends a reminder the day before each booking, with a link to cancel it.",
            3: "That SlotWise Ltd gives the Council each month a report of bookings and no-shows by site."}
    report = tmp_path / "review.txt"
    report.write_text("Pellingshire County Council\nPlace Overview and Scrutiny Committee\n\nBOOKED IN: A TASK GROUP REVIEW OF "
                      "BOOKING AT RECYCLING CENTRES\n\nSeptember 2025\n\nRecommendations\n\n" + "\n\n".join(
                          f"R{n} {asks[n]}" for n in (1, 2, 3)) + "\n", encoding="utf-8")
    answers = {3: "The data was already there. Since October we have emailed the Council a monthly report.",
               1: "This is live. Since 3 November 2025 a cancelled slot goes straight back on sale.",
               2: "We don't plan to do this. Reminders by text would cost more than the scheme saves."}
    page = tmp_path / "board.html"
    page.write_text("<html><body><h1>Council requests: Pellingshire County Council scrutiny recommendations</h1>"
                    "<p>Our response to the Task Group's review of booking at recycling centres, &#8220;Booked in&#8221;.</p>"
                    + "".join(f"<h3>Post {k}</h3><p>From the Task Group's report, recommendation R{n}:</p><p>{asks[n]}</p>"
                              f"<p>{answer}</p>" for k, (n, answer) in enumerate(answers.items(), start=1))
                    + "</body></html>", encoding="utf-8")
    rep, resp = parse_file(report, themes=False), parse_file(page, themes=False)
    result = link_documents([rep, resp])
    read = {r.label: r for r in result.realigned.get(resp.document.id, resp.responses)}
    assert sorted(read) == ["1", "2", "3"]
    assert read["3"].text.startswith("The data was already there.") and read["1"].text.startswith("This is live.")
    assert read["2"].text.startswith("We don't plan to do this.")


@pytest.mark.parametrize("text", [
    "We don't plan to do this.",
    "We don’t accept this recommendation.",
    "The Trust won't fund a second warden in this BID term.",
    "We’re not prepared to open the depot on Sundays.",
    "This proposal isn't agreed.",
])
def test_a_refusal_in_its_contracted_form_reads_as_the_refusal_written_out(text):
    """Partners and plain-English replies contract their refusals ("don't plan to", "won't fund", "We're not prepared
    to"): the stance rules read them as the written-out forms (stance rules v39), and so as refusals."""
    from pipeline.answers.stance import classify_stance, load_rules

    stance, evidence = classify_stance(text, load_rules())
    assert stance == "rejected" and evidence


@pytest.mark.parametrize("text, stance", [
    ("Two rangers would cost about £78,000 a year. Instead, one warden will patrol the parks in the evenings. "
     "Proposed response: Not agreed.", "rejected"),
    ("The Head of Parks wrote to the Commissioner on 15 August. The office replied that the parks will be considered. "
     "Proposed response: Agreed.", "accepted"),
    ("The charge stays at £52 for 2025/26; later increases cannot be limited. Cabinet decision: Agreed in part.",
     "partially_accepted"),
])
def test_a_verdict_printed_in_its_field_after_the_narrative_decides(text, stance):
    """An officer's table ends each answer with the verdict it proposes, run on after the narrative ("... Proposed
    response: Not agreed."): the verdict printed wins over the narrative (guide rule 1), wherever it stands."""
    from pipeline.answers.judge import judge_answer

    assert judge_answer(text, False, None).stance == stance


def test_under_a_titled_head_a_paragraph_that_names_the_recommendation_answers_it():
    """"Recommendation 6: a named senior officer" over "This recommendation is for local authorities, but I agree with
    it ...": the noun "recommendation" asks nothing, so the paragraph under the titled head is the answer, whole, not
    the recommendation restated."""
    paragraphs = [
        Paragraph(uid="t:@0", number=None, kind="paragraph", heading=None, page=1, position=0, label="5",
                  title="a model policy", text="I accept this recommendation. Officials have begun work on it."),
        Paragraph(uid="t:@1", number=None, kind="paragraph", heading=None, page=1, position=1, label="6",
                  title="a named senior officer",
                  text="This recommendation is for local authorities, but I agree with it and will support it."),
        Paragraph(uid="t:@2", number=None, kind="paragraph", heading=None, page=1, position=2,
                  text="In January 2026 I will write to every director of children's services."),
    ]
    found = blocks(find_responses(document("response", "Medical conditions in school: response"), paragraphs))
    assert [(r.label, r.text.split("\n")[0]) for r in found] == [
        ("5", "I accept this recommendation. Officials have begun work on it."),
        ("6", "This recommendation is for local authorities, but I agree with it and will support it."),
    ]


def test_a_paragraph_that_counts_the_recommendations_before_the_valediction_closes_the_letter():
    """After a letter's last answer, "Six of the ten recommendations have been carried out ..." speaks of them as a
    whole (answer lexicon v45 `whole_response`), with the valediction after it: the letter's close, not the last
    answer's, though the valediction is no part of the answer's paragraphs."""
    paragraphs = [
        Paragraph(uid="t:@0", number=None, kind="paragraph", heading=None, page=1, position=0, label="1",
                  title="a start-up grant", text="I accept this recommendation. The grant opened in May."),
        Paragraph(uid="t:@1", number=None, kind="paragraph", heading=None, page=1, position=1, label="2",
                  title="a competition", text="The Council agreed. The first competition is put back to September."),
        Paragraph(uid="t:@2", number=None, kind="paragraph", heading=None, page=1, position=2,
                  text="Six of the ten recommendations have been carried out or are well under way, and I am "
                       "grateful to the Working Group for its report."),
        Paragraph(uid="t:@3", number=None, kind="paragraph", heading=None, page=1, position=3, text="Yours sincerely,"),
    ]
    found = blocks(find_responses(document("response", "Business start-up support: response"), paragraphs))
    assert [(r.label, r.text) for r in found] == [
        ("1", "I accept this recommendation. The grant opened in May."),
        ("2", "The Council agreed. The first competition is put back to September."),
    ]


def test_a_left_cell_that_quotes_two_recommendations_under_their_printed_references_labels_the_row_with_both():
    """"R7 Health boards ... should adopt a protocol ... ward. R8 Every fall ... should be reviewed ..." in one cell
    beside one answer: each restatement under the reference the report prints ("R8") opens a recommendation the row
    answers, as "Recommendation 6" does; a reference inside a sentence ("as R3 asked") opens none."""
    from pipeline.answers.tables import table_answers

    lines = [Line(t, table=True) for t in [
        "Recommendation\tResponse",
        "R6 Health boards should use bed rails only after an assessment, as R3 asked.\tAccepted in part. Bed rails only.",
        "R7 Health boards should adopt a single post-fall protocol. R8 Every fall with a fracture should be reviewed "
        "within 72 hours.\tAccepted. The protocol was agreed in September 2025.",
    ]]
    doc = Document(id="cd" * 32, source="t.html", path="t.html", pages=1, lines=lines, meta=DocumentMeta(kind="response"))
    assert [r.labels for r in table_answers(doc)] == [["6"], ["7", "8"]]


def test_a_titled_head_for_several_recommendations_over_the_paper_s_numbered_paragraphs_heads_their_answer():
    """A Cabinet report answers each recommendation under a head set as a heading, "Recommendation 2: blocked cards",
    over its own numbered paragraphs; one head names two, "Recommendations 4 and 5: bringing families back": the
    paragraphs under it (5.4, 5.5) are the answer to both, not two recommendations restated under those numbers."""
    paragraphs = units(
        ("Proposed response to each recommendation", {"kind": "heading", "number": "5"}),
        ("blocked cards", {"label": "2"}),
        ("Agreed. The blocks on members' cards were lifted on 1 September 2025.", {"number": "5.3"}),
        ("Recommendations 4 and 5: bringing families back", {"kind": "heading"}),
        ("Both recommendations are agreed. A campaign with primary schools will start in January 2026.",
         {"number": "5.4"}),
        ("Health visitors began giving a library card form to families in September 2025.", {"number": "5.5"}),
        ("reporting back", {"label": "6"}),
        ("Agreed. The Director will report to the Panel in October 2026.", {"number": "5.6"}),
    )
    responses = find_responses(document(kind="response"), paragraphs)
    assert [(r.label, r.answers) for r in responses] == [("2", ["2"]), ("4", ["4", "5"]), ("5", ["4", "5"]),
                                                        ("6", ["6"])]
    assert responses[1].text.startswith("Both recommendations are agreed.")
    assert responses[1].text.endswith("in September 2025.") and responses[2].text == responses[1].text


def test_asks_restated_to_the_asker_in_the_respondent_s_words_make_a_response_and_a_head_s_badge_is_its_progress():
    """An operator's exhibition boards restate each ask to the reader ("You asked us to: ...", answer lexicon v46) over
    "What we're doing:", under a head with a status badge ("Rents DONE", "Our targets PLANNED"). Only
    the one who answers writes so: the boards answer, whatever kind the metadata reader took them for, and the badge is
    each answer's printed progress; a head with no status in its capitals ("TRIAL FROM MAY") prints none."""
    paras = [
        _prose("Have your say on the future of the Market Hall", 0, kind="heading"),
        _prose("Rents and service charges DONE", 1, kind="heading"),
        _prose("You asked us to: freeze stall rents for existing traders next year.", 2),
        _prose("What we're doing: Rents for every existing trader are frozen until March 2027.", 3),
        _prose("Our targets PLANNED", 4, kind="heading"),
        _prose("You asked us to: review the footfall targets before the break point.", 5),
        _prose("What we're doing: We'll review the targets with the Cabinet Member this autumn.", 6),
        _prose("TRIAL FROM MAY", 7, kind="heading"),
        _prose("Later opening", 8, kind="heading"),
        _prose("You asked us to: open until 7pm on Fridays.", 9),
        _prose("What we're doing: We'll open until 7pm every Friday from 1 May 2026.", 10),
    ]
    found = find_responses(document(kind="scrutiny_report", first_line="Have your say"), paras)
    assert [r.restated for r in found] == ["freeze stall rents for existing traders next year.",
                                           "review the footfall targets before the break point.",
                                           "open until 7pm on Fridays."]
    assert found[0].text == "Rents for every existing trader are frozen until March 2027."
    assert [(r.progress, r.progress_evidence[:1]) for r in found[:2]] == [("completed", ["DONE"]),
                                                                         ("not_started", ["PLANNED"])]
    assert found[2].progress_evidence[:1] != ["TRIAL FROM MAY"]
    # a report's own sections, under the same heads, restate nothing to a reader: no answers
    assert find_responses(document(kind="scrutiny_report"), [paras[1], _prose("Rents rose by 4 per cent.", 2)]) == []


@pytest.mark.parametrize("head, labels", [
    ("Rural verges: one cut, later in the year (recommendation c)", ["c"]),
    ("Litter first, then mow (recommendations d and e)", ["d", "e"]),
    ("Wistowe scrutiny \u00b7 rec 11", ["11"]),
    ("Wistowe scrutiny \u00b7 recs 9 and 10", ["9", "10"]),
    ("Cooling the Metro (Recommendation 2)", ["2"]),
    ("We agree with recommendation a", []),  # in prose a bare letter may be a word
    ("Help (recommendation 4) for carers", []),  # cited mid-line: not what the head answers
])
def test_what_a_head_cites_at_its_end(head, labels):
    from pipeline.labels import head_citation
    assert head_citation(head) == labels


def test_heads_that_cite_at_their_end_what_they_answer_label_the_answers_of_a_paper_of_no_known_kind():
    """A provider's release notes tag the items that answer a review ("Wistowe scrutiny · rec 11") among its routine
    changes; a contractor's team brief ends each sub-head with the recommendations it answers ("(recommendations d and
    e)"). Each head labels the text under it as printed, one entry per label it cites, and the paper answers though
    no verdict, marker or kind says so."""
    paras = [
        _prose("Release notes", 0, kind="heading"),
        _prose("Version 6.4", 1, kind="heading"),
        _prose("Wistowe scrutiny \u00b7 rec 11", 2, kind="heading"),
        _prose("Reminder texts are now free. From 16 March 2026 we no longer charge 10p for a reminder.", 3),
        _prose("Litter first, then mow (recommendations d and e)", 4, kind="heading"),
        _prose("From April we'll litter-pick urban verges before we mow them.", 5),
    ]
    found = find_responses(document(kind="other", first_line="Release notes"), paras)
    assert [(r.label, r.answers) for r in found] == [("11", ["11"]), ("d", ["d", "e"]), ("e", ["d", "e"])]
    assert found[0].text.startswith("Reminder texts are now free.")
    assert found[1].text == found[2].text == "From April we'll litter-pick urban verges before we mow them."


def test_a_paper_s_own_lettered_decisions_stay_beside_answers_under_heads_titled_with_the_same_letters():
    """A scrutiny officer's report asks its own meeting "(a) note ... (b) agree the work programme ... (c) agree the
    scope ..." and passes on the Cabinet's answers under heads "Recommendation (b) – Garden waste charge": a head's
    title names a subject of its own and restates none of the paper's decisions, so (b) and (c) stay the paper's asks."""
    from pipeline.ingest.txt import text_to_lines
    from pipeline.process import parse_document

    def parsed(head_b: str, head_c: str):  # (the heads over the two answers)
        text = "\n\n".join([
            "Garden bonfires: the Cabinet's response and the work programme",
            "1. Recommendations",
            "1.1 The Committee is recommended to:",
            "(a) note the Cabinet's response to the recommendations of the Garden Bonfires Task Group;",
            "(b) agree the work programme for the remainder of 2024/25 at Appendix 1;",
            "(c) agree the scope of the review of the Council's car parks at Appendix 2.",
            "2. Cabinet response to the review of garden bonfires",
            "2.1 The Cabinet considered the Task Group's report on 5 March 2025 and responded as follows.",
            head_b,
            "2.2 Not agreed. The garden waste service is a discretionary service charged at cost.",
            head_c,
            "2.3 Agreed in part. The Environmental Health team will contact every complainant within three working days.",
            "3. Background papers",
            "3.1 Clearing the air, report of the Garden Bonfires Task Group, January 2025.",
        ]) + "\n"
        lines, pages = text_to_lines(text)
        doc = Document(id="ee" * 32, source="work_programme.txt", path="work_programme.txt", pages=pages, lines=lines,
                       meta=DocumentMeta(kind="response"))
        return parse_document(doc)

    titled = parsed("Recommendation (b) – Garden waste charge", "Recommendation (c) – Responding to complaints")
    assert sorted(r.label for r in titled.responses) == ["b", "c"]
    assert [r.label for r in titled.recommendations] == ["a", "b", "c"]


def test_themed_heads_that_cite_several_leave_the_answers_to_the_paragraphs_that_name_their_own():
    """A Leader's letter groups its answers under directorate heads that cite what they hold ("Place directorate
    (recommendations 3 and 5)"), each answer under its own label: the labels say which answers which, and the head's
    line about who leads them is no shared answer. Where no paragraph under such heads names its own, the head's
    citation labels the text under it (the team brief's "Litter first, then mow (recommendations d and e)")."""
    paras = [
        _prose("Place directorate (recommendations 3 and 5)", 0, kind="heading"),
        _prose("These recommendations will be led by the Corporate Director of Place.", 1),
        _prose("I accept this recommendation in part. The draft Local Plan includes a policy on it.", 2, label="3"),
        _prose("The Executive notes this recommendation. A licensing scheme needs evidence we do not have.", 3,
               label="5"),
        _prose("People directorate (recommendation 4)", 4, kind="heading"),
        _prose("I accept this recommendation. Since September the team has written to every family.", 5, label="4"),
    ]
    found = find_responses(document(kind="response"), paras)
    assert [(r.label, r.answers) for r in found] == [("3", ["3"]), ("5", ["5"]), ("4", ["4"])]
    assert found[0].text.startswith("I accept this recommendation in part.")
