"""Alignment on shapes written here: a reprinted recommendation carries its source reference,
and two reprints answered by one block share that block."""

from __future__ import annotations

from pipeline.answers.align import align_answers
from pipeline.answers.judge import judge_answer
from pipeline.records import Paragraph, Recommendation

RECS = [
    "The Government must provide multi-year, ring-fenced funding for early support hubs, so that every "
    "local authority area in England has at least one hub by 2028.",
    "The Department for Education and the Department of Health and Social Care should publish a joint "
    "workforce plan for school-based counsellors by the end of 2025.",
    "The Department for Education should require every school to publish its approach to supporting "
    "pupils' mental health on its website.",
]


def recs() -> list[Recommendation]:
    return [Recommendation(uid=f"rep:{i + 1}", label=str(i + 1), kind="scrutiny_recommendation", addressee=None,
                           text=t, paragraph=None, page=1) for i, t in enumerate(RECS)]


def paras(*texts: str) -> list[Paragraph]:
    return [Paragraph(uid=f"resp:@{i}", number=None, kind="paragraph", heading=None, text=t, page=1, position=i)
            for i, t in enumerate(texts)]


def test_a_source_reference_after_a_reprint_belongs_to_the_reprint():
    shared = "The Government notes the Committee's recommendations on funding and on the workforce."
    found = align_answers(recs(), paras(
        RECS[0] + " (Paragraph 36)",
        "The Department for Education and the Department of Health and Social Care should publish a joint "
        "workforce plan ... (Paragraph 37)",
        shared,
        RECS[2],
        "(Paragraph 40)",
        "We do not agree that a new publication requirement is needed.",
    ), doc_id="resp", judge=judge_answer)
    by_label = {r.label or str(k): r for k, r in enumerate(found)}
    assert [r.recommendation for r in found] == ["rep:1", "rep:2", "rep:3"]
    # the first reprint has no answer of its own: it shares the next one's, not "(Paragraph 36)"
    assert found[0].text == found[1].text == shared
    assert found[2].text == "We do not agree that a new publication requirement is needed."
    assert all("Paragraph" not in r.text for r in by_label.values())


def test_a_head_over_a_group_labels_each_quotation_and_a_conclusion_gets_no_answer():
    """"Recommendations 2 and 3" heads two reprints and one answer: each reprint takes its own
    label from the head, not the head's first label twice nor its position. A conclusion reprinted
    beside the recommendation it led to bounds the answers but awaits none itself."""
    conclusion = ("Hubs that close after two years lose the trust of the families they serve, and the staff "
                  "who built it.")
    rs = recs() + [Recommendation(uid="rep:4", label="4", kind="scrutiny_recommendation", addressee=None,
                                  text=conclusion, paragraph=None, page=1, conclusion=True)]
    heading = Paragraph(uid="resp:@h", number=None, kind="heading", heading=None, text="Recommendations 2 and 3",
                        page=1, position=99)
    found = align_answers(rs, [
        *paras(conclusion + " (Paragraph 12)", RECS[0], "The Government accepts this recommendation."),
        heading,
        *paras(RECS[1], RECS[2], "The Government supports both recommendations and will write to schools."),
    ], doc_id="resp", judge=judge_answer)
    assert [(r.label, r.recommendation) for r in found] == [("1", "rep:1"), ("2", "rep:2"), ("3", "rep:3")]
    assert found[0].text == "The Government accepts this recommendation."
    assert found[1].text == found[2].text and found[1].answers == ["2", "3"]


def test_a_response_that_answers_under_the_reports_paragraph_numbers_is_labelled_by_them():
    """"Paragraph 8.2" over the quotation, then the answer in fields: the label is the paragraph the head
    cites ("Paragraph 8.5(a)" -> "8.5a"); "Lead:" is a detail, not answer text; a list's lead-in before
    the next quotation ("That the Cabinet improves ..., by:") ends the answer before it."""
    heads = [Paragraph(uid=f"resp:h{k}", number=None, kind="heading", heading=None, text=t, page=1, position=0)
             for k, t in enumerate(["Paragraph 8.2", "Paragraph 8.5 – Issuing permits", "Paragraph 8.5(a)"])]
    body = paras(RECS[0], "Response: Accept", "Funding for 40 hubs was confirmed in May.", "Timescale: Complete",
                 "Lead: Director of Children's Services", "That the Cabinet improves the way permits are issued, by:",
                 RECS[1], "Response: Accept", "The plan was published in October.", "Lead: Head of Workforce")
    seq = [heads[0], *body[:5], heads[1], body[5], heads[2], *body[6:]]
    found = align_answers(recs(), seq, doc_id="resp", judge=judge_answer)
    assert [r.label for r in found] == ["8.2", "8.5a"]
    assert found[0].text.endswith("Timescale: Complete") and found[0].details == ["Lead: Director of Children's Services"]
    assert found[1].details == ["Lead: Head of Workforce"]


def test_a_head_that_cites_several_paragraphs_labels_each_quotation_under_it_in_turn():
    """"Paragraphs 33 and 34" over two quotations and one answer to both: each is labelled by the paragraph the head
    cites for it, in order, and both share the answer."""
    head = Paragraph(uid="resp:h", number=None, kind="heading", heading=None, text="Paragraphs 33 and 34", page=1,
                     position=0)
    seq = [head, *paras(RECS[1], RECS[2], "The Government does not intend to require this of schools.")]
    found = align_answers(recs(), seq, doc_id="resp", judge=judge_answer)
    assert [(r.label, r.answers) for r in found] == [("33", ["33", "34"]), ("34", ["33", "34"])]


def test_the_other_language_of_a_bilingual_response_is_not_part_of_the_answer():
    from pipeline.lexicon import in_another_language

    welsh = ("Cytunwyd. Mae pwynt mynediad sengl y Cyngor eisoes yn derbyn atgyfeiriadau cwympiadau gan wyth o'r "
             "un ar ddeg practis meddyg teulu.")
    assert in_another_language(welsh)
    assert not in_another_language("Agreed. The Council's single point of access already takes falls referrals.")
    assert not in_another_language("Argymhelliad 1")  # too short to tell
    found = align_answers(recs(), paras(RECS[0], "The Government accepts this recommendation.", welsh,
                                        RECS[1], "The plan was published in October."), doc_id="resp",
                          judge=judge_answer)
    assert found[0].text == "The Government accepts this recommendation."


def test_an_answer_set_into_a_reprint_of_the_report_ends_where_the_report_goes_on():
    """A report republished with the answers set in after each recommendation: the answer ends at the next heading
    or paragraph the report itself prints (its next section's findings), not at the next quotation."""
    from pipeline.answers.align import reprints

    report = paras("3B. Support for schools", "Schools told us that counsellors are hard to recruit in rural areas.")
    found = align_answers(recs(), paras(
        RECS[0],
        "Cabinet response: Accepted. Funding for the hubs is in the budget for 2026/27.",
        "3B. Support for schools",
        "Schools told us that counsellors are hard to recruit in rural areas.",
        RECS[1],
        "Cabinet response: Agreed. The plan will be published in June.",
    ), doc_id="resp", judge=judge_answer, report=reprints(report))
    assert [r.text for r in found] == ["Accepted. Funding for the hubs is in the budget for 2026/27.",
                                      "Agreed. The plan will be published in June."]


def test_a_minute_that_prints_each_label_first_and_quotes_each_finding_before_it():
    """A Treasury Minute's form: "2: PAC conclusion: <the finding's opening sentence>", "2: PAC recommendation: <the
    recommendation>", then the numbered answer. Each answer is labelled as printed before its quotation, and ends where
    the next finding is quoted from the report (a sentence of the report's own, under a short head of the response's)."""
    from pipeline.answers.align import reprints

    finding = "Early support hubs are spread unevenly across the country and many close when their grants end."
    report = paras(f"{finding} Families told us they had to travel to the next county.", *RECS)
    found = align_answers(recs(), paras(
        "Government response to the Committee",
        f"1: PAC recommendation: {RECS[0]}",
        "1.1 The government agrees with the Committee's recommendation.",
        "Target implementation date: Spring 2028",
        f"2: PAC conclusion: {finding}",
        f"2a: PAC recommendation: {RECS[1]}",
        "2.1 The government disagrees with the Committee's recommendation.",
    ), doc_id="resp", judge=judge_answer, report=reprints(report))
    assert [(r.label, r.text) for r in found] == [
        ("1", "1.1 The government agrees with the Committee's recommendation.\n\nTarget implementation date: Spring 2028"),
        ("2a", "2.1 The government disagrees with the Committee's recommendation.")]


def test_a_joint_response_answers_each_recommendation_body_by_body():
    """Under each quotation, a line that says whom it is addressed to and then one answer per body, each under
    "Response from <body>:": the answer opens after the first body's marker ("Addressed to" is the quotation's
    field), keeps the later bodies' markers, and is judged by the body it opens with (the principal respondent);
    the last recommendation's field line does not end the answers."""
    found = align_answers(recs(), paras(
        RECS[0],
        "Addressed to: the Government",
        "Response from the Department for Education:",
        "We do not accept this recommendation. Funding for hubs will come from the settlement.",
        "Response from the Department of Health and Social Care:",
        "The Department has already funded twelve hubs, which opened in 2025.",
        RECS[1],
        "Addressed to: both Departments",
        "Response from the Department for Education:",
        "Agreed. The plan will be published in March 2026.",
    ), doc_id="resp", judge=judge_answer)
    by = {r.recommendation: r for r in found}
    assert by["rep:1"].text.startswith("We do not accept this recommendation.")
    assert "Response from the Department of Health and Social Care:" in by["rep:1"].text
    assert by["rep:1"].stance == "rejected"  # the Department for Education's; the other body reports work done
    assert by["rep:2"].text == "Agreed. The plan will be published in March 2026."


def test_the_principal_respondent_is_the_one_the_answer_opens_with():
    from pipeline.answers.judge import principal

    two = ("Response from the ICB:\n\nAgreed. The ICB will publish the figures.\n\n"
           "Response from the County Council:\n\nThe County Council cannot fund this.")
    assert principal(two) == "Agreed. The ICB will publish the figures."
    assert principal("Agreed. The ICB will publish the figures.") == "Agreed. The ICB will publish the figures."
    # a response that says where it came from in a sentence has no respondent's line
    said = "The response from the Trust was received on 3 March.\n\nIt agrees."
    assert principal(said) == said


def test_a_short_heading_the_report_also_prints_is_the_answer_s_own_sub_heading():
    """"Next steps" inside an answer, a sub-heading the report happens to print too: the answer goes on under it; the
    report's text resumes only where what follows the heading is the report's too."""
    from pipeline.answers.align import reprints

    report = paras("Next steps", "The Committee will review progress in a year.")
    answer = paras(
        RECS[0],
        "The Cabinet accepts this recommendation.",
        "Next steps",
        "The hubs will open in April 2026.",
        RECS[1],
        "The Cabinet accepts this recommendation. The plan will be published in June.",
    )
    answer[2].kind = "heading"
    found = align_answers(recs(), answer, doc_id="resp", judge=judge_answer, report=reprints(report))
    assert found[0].text.split("\n\n") == ["The Cabinet accepts this recommendation.", "Next steps",
                                           "The hubs will open in April 2026."]


def test_a_paragraph_too_short_to_quote_enough_of_a_long_recommendation_is_not_aligned(monkeypatch):
    """An abridged quotation holds at least a quarter of its recommendation, so a paragraph shorter than that cannot be
    one, whatever its words: it is ruled out before any alignment (a chapter read as one 'recommendation' of 58,849
    characters was aligned with each sentence of a response's long paragraphs: 385 s of a 390 s link). A paragraph
    long enough is still aligned, and a quotation still found."""
    import pipeline.answers.align as align

    rec = align._fold("That the Council publishes each month the number of defects reported and repaired in each "
                      "ward and the average time taken to repair them. " * 8)
    short = align._fold("The Council publishes each month the number of defects reported and repaired in each ward.")
    calls: list[str] = []
    real = align.fuzz.partial_ratio_alignment
    monkeypatch.setattr(align.fuzz, "partial_ratio_alignment", lambda *a, **k: calls.append("x") or real(*a, **k))
    assert len(short) < align.MIN_ABRIDGED_SHARE * len(rec)
    assert align._quote_in(rec, align._tokens(rec), short, align._tokens(short)) is None and calls == []
    quoted = align._fold("That the Council publishes each month the number of defects reported and repaired in each "
                         "ward and the average time taken to repair them. " * 3)
    assert align._quote_in(rec, align._tokens(rec), quoted, align._tokens(quoted)) is not None and calls


def test_the_last_answer_keeps_the_sub_headings_the_answers_before_it_hold():
    """A Command paper answers each recommendation under its own sub-headings ("Progress to date", "Next steps"): the
    last answer goes on under one of them as the others did, and ends at the annex, a heading no answer holds."""
    answer = paras(
        RECS[0], "Government response", "The Government accepts this recommendation.", "Next steps",
        "The hubs will open in April 2026.",
        RECS[2], "Government response", "The Government accepts this recommendation.", "Next steps",
        "Guidance will require schools to publish their approach by September 2026.",
        "Annex A: The Inquiry's numbering", "Number in this response 1 is the Inquiry's 2.1.",
    )
    for k in (1, 3, 6, 8, 10):
        answer[k].kind = "heading"
    found = align_answers(recs(), answer, doc_id="resp", judge=judge_answer)
    assert [r.label for r in found] == ["1", "2"]
    assert found[1].text.split("\n\n") == ["The Government accepts this recommendation.", "Next steps",
                                           "Guidance will require schools to publish their approach by September 2026."]


def test_an_answer_that_only_points_to_another_is_judged_as_that_answer_says():
    """"See the response to Recommendation 1 above." is judged by the answer it points to, read beside its own ask:
    that answer's verdict carries over, with evidence naming it; an answer that also prints its own verdict, or one
    that points to an answer the response does not give, is judged as it stands."""
    from pipeline.answers.references import pointed_answers

    found = align_answers(recs(), paras(
        RECS[0], "The Government accepts this recommendation in part. Funding beyond 2027 is for the Spending Review.",
        RECS[1], "See the response to Recommendation 1 above.",
        RECS[2], "See the response to Recommendation 9 above.",
    ), doc_id="resp", judge=judge_answer)
    judged = {r.label: r for r in pointed_answers(found)}
    assert judged["2"].stance == "partially_accepted" == judged["1"].stance
    assert judged["2"].stance_evidence[0] == "as the response to recommendation 1"
    assert judged["3"].stance == found[2].stance and judged["3"].generator == found[2].generator
    assert pointed_answers(list(judged.values()))[1] is judged["2"]  # judged once, not again
    own = align_answers(recs(), paras(
        RECS[0], "The Government accepts this recommendation in part.",
        RECS[1], "See the response to Recommendation 1. Agreed.",
    ), doc_id="resp", judge=judge_answer)
    assert pointed_answers(own)[1].stance == "accepted"


def test_a_trackers_cell_that_only_says_see_another_is_judged_as_that_answer():
    """(answer lexicon v20) A tracker's terse cell "See R3" points as "See the response to recommendation 3" does;
    "See 3.2 of the report" points to a paragraph, not to an answer."""
    from pipeline.answers.judge import pointed_to

    assert pointed_to("See R3") == "3" and pointed_to("See recommendation 12") == "12"
    assert pointed_to("See 3.2 of the report.") is None


BRIEF_RECS = [
    "That the Trust publishes the waiting time for a first routine appointment at each of its clinics on its website, "
    "and updates it every month.",
    "That the Trust reopens the podiatry clinic at Welbourne Health Centre, closed in 2024, on at least two days a week.",
    "That the Trust gives patients one telephone number for booking and changing appointments, answered from 8am to "
    "6pm on weekdays.",
    "That the Trust reports to the Panel on its progress with these recommendations in six months' time.",
]


def _brief_recs() -> list[Recommendation]:
    return [Recommendation(uid=f"rep:{i + 1}", label=str(i + 1), kind="scrutiny_recommendation", addressee=None,
                           text=t, paragraph=None, page=1) for i, t in enumerate(BRIEF_RECS)]


def test_a_letter_that_sets_each_recommendation_out_in_brief_is_aligned_in_order():
    """A letter that quotes each recommendation "in brief" before its answer, no number, no words in the report's
    order: each short paraphrase made of its ask's words anchors that answer; an answer, close as it is to its ask,
    says more than the ask did and anchors nothing (read so only where the response's shape gives no answers)."""
    found = align_answers(_brief_recs(), paras(
        "I have taken the Panel's recommendations in the order in which the report makes them.",
        "Publish the waiting time for a first routine appointment at each clinic, every month.",
        "From February 2026 the waiting time at each of our clinics will be on our website, updated monthly.",
        "Reopen the Welbourne clinic on at least two days a week.",
        "The treatment room at Welbourne no longer meets infection control standards. We will instead run a clinic "
        "one day a week from May 2026.",
        "One telephone number for booking and changing appointments, 8am to 6pm on weekdays.",
        "Patients already have one booking number, answered from 9am to 5pm on weekdays.",
        "Report to the Panel on progress in six months.",
        "I will come to the Panel's meeting in July 2026 with a written report.",
        "Yours sincerely",
    ), doc_id="resp", judge=judge_answer, brief=True)
    assert [r.recommendation for r in found] == ["rep:1", "rep:2", "rep:3", "rep:4"]
    assert found[0].text.startswith("From February 2026")
    assert found[2].text == "Patients already have one booking number, answered from 9am to 5pm on weekdays."


def test_paraphrases_out_of_the_reports_order_anchor_only_the_longest_run_in_order():
    """Paraphrase proves less than quotation: short paragraphs that echo the asks but run against the report's order
    anchor only those in order."""
    from pipeline.answers.align import brief_restatements

    found = brief_restatements(_brief_recs(), paras(
        "Report to the Panel on progress in six months.",
        "The Director will attend in July.",
        "Publish the waiting time for a first routine appointment at each clinic, every month.",
        "This is done from February.",
        "Reopen the Welbourne clinic on at least two days a week.",
        "The room no longer meets the standards.",
        "One telephone number for booking and changing appointments, 8am to 6pm on weekdays.",
        "Patients already have one booking number.",
    ))
    assert [r.rec for r in found] == [0, 1, 2]


def test_short_answers_that_echo_their_asks_one_after_another_restate_nothing():
    """Answers in a row, each a short echo of its own ask ("The waiting time for a first routine appointment at each
    clinic is published every month."): each runs straight on to another ask's echo, so none is a restatement."""
    from pipeline.answers.align import brief_restatements

    assert brief_restatements(_brief_recs(), paras(
        "The waiting time for a first routine appointment at each clinic is published every month.",
        "The Welbourne clinic reopens on two days a week from May.",
        "One telephone number for booking and changing appointments, 8am to 6pm on weekdays, from June.",
        "A report on progress goes to the Panel in six months.",
        "Yours sincerely",
    )) == []


def test_a_letter_s_closing_paragraph_on_the_answers_as_a_whole_is_no_part_of_the_last_answer():
    """Aligned as the shape reader reads it (`references.letter_close`): before the valediction of a letter that signs
    off, "We will report progress on the accepted recommendations ..." closes the letter, not the last answer."""
    found = align_answers(recs(), paras(
        "Dear Councillor Marsh",
        RECS[0],
        "We accept this recommendation and will bid for the funding in the spending review.",
        RECS[1],
        "We accept this recommendation; the plan will be published in December.",
        RECS[2],
        "We do not accept this recommendation: schools already publish their approach.",
        "We will report progress on the accepted recommendations to the Committee in the summer.",
        "Yours sincerely",
        "Jane Doe, Cabinet Member",
    ), doc_id="resp", judge=judge_answer)
    assert [r.recommendation for r in found] == ["rep:1", "rep:2", "rep:3"]
    assert found[2].text == "We do not accept this recommendation: schools already publish their approach."


def test_a_decision_records_own_fields_are_not_the_last_answer():
    """A decision page quotes each recommendation and answers it, then prints the record's own fields ("Reasons for
    the decision:", "Alternative options considered:"): the last answer ends before them."""
    found = align_answers(recs(), paras(
        RECS[0], "Response: Accepted", "Funding for the hubs is in the settlement.",
        RECS[1], "Response: Accepted", "The workforce plan will be published in December.",
        RECS[2], "Response: Not accepted", "Schools already publish their approach.",
        "Reasons for the decision: the Cabinet must respond to the Committee within two months.",
        "Alternative options considered: none.",
    ), doc_id="resp", judge=judge_answer)
    assert found[2].text.endswith("Schools already publish their approach.")
    assert "Reasons for the decision" not in found[2].text


def test_answers_run_together_in_one_paragraph_end_before_the_next_label_and_keep_their_fields_apart():
    """A response set with no space between its blocks reads as one paragraph of lines: each label on a line of its own,
    the recommendation quoted, the answer, its timescale and its lead officer. Each answer ends before the label that
    heads the next quotation ("R2"), not with it, and the lead officer's line is a detail of the answer, not its text,
    as a "Lead officer" paragraph or column is."""
    block = "\n".join([
        "R1", RECS[0], "Response: Accepted.", "Funding for a second round of hubs is in the spending plans.",
        "Timescale: April 2026", "Lead officer: Director of Children's Services",
        "R2", RECS[1], "Response: Not accepted.", "Workforce planning for counsellors is for the NHS.",
        "Lead officer: Director of Public Health",
        "R3 \u2013 School websites", RECS[2], "Response: Accepted.", "Schools were written to in May.",
    ])
    found = align_answers(recs(), paras("The recommendations are answered below.", block), doc_id="resp",
                          judge=judge_answer)
    assert [r.label for r in found] == ["1", "2", "3"]
    assert [r.text.splitlines()[-1] for r in found] == [
        "Timescale: April 2026", "Workforce planning for counsellors is for the NHS.", "Schools were written to in May."]
    assert [r.details for r in found] == [["Lead officer: Director of Children's Services"],
                                         ["Lead officer: Director of Public Health"], []]


def test_blocks_run_together_on_one_line_take_the_label_printed_just_before_each_quotation():
    """A response typed in one font with single spacing reads as one paragraph with no line breaks at all: each
    quotation is preceded by its own label ("Recommendation 2", or a reference alone, "R3"), which labels it whatever
    the paragraph opened with, and ends the answer before it."""
    text = " ".join([
        "Recommendation 1", RECS[0], "Response: Agreed. Funding is in the plans. Responsible: Director of Finance",
        "Recommendation 2", RECS[1], "Response: Not agreed. This is for the NHS.",
        "R3", RECS[2], "Response: Agreed. Schools were written to in May.",
    ])
    found = align_answers(recs(), [Paragraph(uid="resp:@0", number=None, kind="paragraph", heading=None, text=text,
                                             page=1, position=0, label="1")], doc_id="resp", judge=judge_answer)
    assert [r.label for r in found] == ["1", "2", "3"]
    assert [r.text.split(". ")[0] for r in found] == ["Agreed", "Not agreed", "Agreed"]
    assert found[0].text.endswith("Responsible: Director of Finance")
    assert found[1].text.endswith("This is for the NHS.")


def test_an_answer_that_ends_by_citing_another_recommendation_keeps_its_citation():
    """Run together on one line, an answer that closes by citing a recommendation other than the one quoted next
    ("... together with Recommendation 1", then the next quotation with no label of its own) keeps its words: only the
    next quotation's own label heads it."""
    text = " ".join([
        "Recommendation 2", RECS[1], "Response: Agreed. This will be taken forward together with Recommendation 1",
        RECS[2], "Response: Agreed. Schools were written to in May.",
    ])
    found = align_answers(recs(), [Paragraph(uid="resp:@0", number=None, kind="paragraph", heading=None, text=text,
                                             page=1, position=0)], doc_id="resp", judge=judge_answer)
    assert found[0].label == "2" and found[0].text.endswith("together with Recommendation 1")
    assert found[1].recommendation == "rep:3" and found[1].label != "1"


def _log(number: int, quoted: str, answer: str, status: str) -> list[str]:
    """One record of a committee system's action log as its text export prints it, field by field."""
    return [f"Ref: SC/25/{number}", "Meeting: Scrutiny Committee, 4 March 2025, minute 12",
            f"Source: Mental health support task group, recommendation {number}", f"Action: {quoted}",
            "Assigned to: Cabinet Member for Children", f"Response: {answer}", f"Status: {status}"]


def test_an_action_logs_record_header_opens_the_next_record_and_ends_the_answer_before_it():
    """Each record of an exported action log opens with the same fields before its quotation ("Ref:", "Meeting:",
    "Source:"), and closes with the answer's fields ("Status:"): the next record's opening fields are its own, not
    the end of the answer before; the fields that follow the answer are the answer's."""
    found = align_answers(recs(), paras(
        "Exported: 06/10/2025 by Democratic Services",
        *_log(1, RECS[0], "Agreed. Funding for the hubs is in the settlement.", "Complete"),
        *_log(2, RECS[1], "Agreed. The plan will be published in December.", "In progress"),
        *_log(3, RECS[2], "Not agreed. Schools already publish their approach.", "Closed"),
    ), doc_id="resp", judge=judge_answer)
    assert [r.label for r in found] == ["1", "2", "3"]
    for r, status in zip(found, ("Complete", "In progress", "Closed")):
        assert r.text.endswith(f"Status: {status}"), r.text
        assert "Ref:" not in r.text and "Meeting:" not in r.text and "Source:" not in r.text
        assert "Assigned to" not in r.text


def test_fields_after_every_answer_are_the_answers_own_not_the_next_records_header():
    """Where the same field follows every answer ("Status: ...") but never stands before the first quotation, it
    closes each answer: only the fields that open the first record as well open each record."""
    found = align_answers(recs(), paras(
        "Recommendation: " + RECS[0], "Response: Funding for the hubs is in the settlement.", "Status: Complete",
        "Recommendation: " + RECS[1], "Response: The plan will be published in December.", "Status: Open",
        "Recommendation: " + RECS[2], "Response: Schools already publish their approach.", "Status: Closed",
    ), doc_id="resp", judge=judge_answer)
    assert [r.text.rsplit("\n", 1)[-1] for r in found] == ["Status: Complete", "Status: Open", "Status: Closed"]


def test_whom_an_action_is_assigned_to_is_a_detail_not_the_answer():
    """"Assigned to: Portfolio Holder for Place and Economy" between a quotation and its answer names who acts, as
    "Lead officer:" does: a detail of the answer, not its first words."""
    found = align_answers(recs(), paras(
        "Action: " + RECS[0], "Assigned to: Portfolio Holder for Resources",
        "Agreed. Funding for the hubs is in the settlement.",
        "Action: " + RECS[1], "Assigned to: Portfolio Holder for Children",
        "Agreed. The plan will be published in December.",
    ), doc_id="resp", judge=judge_answer)
    assert [r.text for r in found] == ["Agreed. Funding for the hubs is in the settlement.",
                                       "Agreed. The plan will be published in December."]
    assert found[0].details == ["Assigned to: Portfolio Holder for Resources"]


def test_a_letter_in_brackets_after_the_word_labels_the_quotation_it_heads():
    """"Recommendation (a) – to the Mayor" run into the quotation it heads prints the label "a", as "Recommendation 3"
    prints 3: the letter is what is printed, its brackets are not."""
    lettered = [Recommendation(uid=f"rep:{c}", label=c, kind="scrutiny_recommendation", addressee=None, text=t,
                               paragraph="6.1", page=1) for c, t in zip("abc", RECS)]
    found = align_answers(lettered, paras(
        "Recommendation (a) – to the Mayor " + RECS[0], "Agreed. Funding for the hubs is in the settlement.",
        "Recommendation (b) – to the Mayor " + RECS[1], "Agreed. The plan will be published in December.",
        "Recommendation (c) – to the Council " + RECS[2], "Not agreed. Schools already publish their approach.",
    ), doc_id="resp", judge=judge_answer)
    assert [r.label for r in found] == ["a", "b", "c"]


def test_a_labels_title_that_quotes_the_recommendation_is_its_restatement():
    """A shaded box "Recommendation 2" over the recommendation's words, short and with no full stop, is read as the
    label's title, the answer under it as its text: the title quotes the recommendation, so the answer is found."""
    quoted = RECS[1].rstrip(".")
    found = align_answers(recs(), [
        *paras(RECS[0], "Accepted. Funding for the hubs is in the settlement."),
        Paragraph(uid="resp:@t", number=None, kind="paragraph", heading=None, label="2", title=quoted,
                  text="Accepted in principle. A plan will follow when the spending review allows.", page=1, position=2),
    ], doc_id="resp", judge=judge_answer)
    assert [(r.label, r.text) for r in found] == [
        ("1", "Accepted. Funding for the hubs is in the settlement."),
        ("2", "Accepted in principle. A plan will follow when the spending review allows.")]


def test_two_quotations_each_under_its_own_head_share_the_answer_after_them():
    """A response's left cell quotes two recommendations, each under its head ("Recommendation 2 The Department ...
    Recommendation 3 The Department ..."), and one answer follows: between the first quotation and the second lies only
    the second's head, which answers nothing; both share the answer after them."""
    answer = "Accept. We will publish the plan and require schools to publish their approach from September 2026."
    found = align_answers(recs(), paras(
        "Recommendation 1 " + RECS[0], "Partially accept. Funding will be set at the spending review.",
        "Recommendation 2 " + RECS[1] + " Recommendation 3 " + RECS[2], answer,
    ), doc_id="resp", judge=judge_answer)
    assert [(r.recommendation, r.text) for r in found][1:] == [("rep:2", answer), ("rep:3", answer)]


def test_a_heading_over_an_answer_titles_it_and_a_verdict_set_as_one_is_its_first_word():
    """A regulator's report-back prints after each recommendation "ORR decision" as a heading over what was done: the
    heading is no word of the answer. A verdict set as a heading ("Accepted in part") is the answer's first word."""
    def heading(i, text):
        return Paragraph(uid=f"resp:h{i}", number=None, kind="heading", heading=None, text=text, page=1, position=i)

    body = paras(RECS[0], "", "The Government has funded 40 hubs so far.", RECS[1], "",
                 "A draft plan will be published in March.")
    body[1], body[4] = heading(1, "ORR decision"), heading(4, "Accepted in part")
    found = align_answers(recs(), body, doc_id="resp", judge=judge_answer)
    assert [(r.recommendation, r.text) for r in found] == [
        ("rep:1", "The Government has funded 40 hubs so far."),
        ("rep:2", "Accepted in part\n\nA draft plan will be published in March.")]


def test_a_record_whose_quotation_is_a_field_s_value_answers_in_its_next_field_without_its_name():
    """"What we asked for: <the recommendation>" then "What the Department said: Accepted. ..." then "Progress since:
    ...": the quotation is printed as a field's value, and so is the answer, in the next field, whatever it is named;
    its name is the form's, not the answer's words, and the answer's own later fields keep theirs. A verdict printed
    as a name ("Not accepted: schools ...") is the answer's first words. Quotations under no field name keep what
    follows them as it is."""
    found = align_answers(recs(), paras(
        f"What we asked for: {RECS[0]}", "What the Department said: Accepted. The hubs are funded to 2028.",
        "Progress since: Forty hubs were open by March.",
        f"What we asked for: {RECS[1]}", "What the Department said: Accepted in part, as a joint plan for all staff.",
        f"What we asked for: {RECS[2]}", "Not accepted: schools already publish their approach.",
    ), doc_id="resp", judge=judge_answer)
    assert [a.text.split("\n")[0] for a in found] == [
        "Accepted. The hubs are funded to 2028.", "Accepted in part, as a joint plan for all staff.",
        "Not accepted: schools already publish their approach."]
    assert "Progress since: Forty hubs were open by March." in found[0].text
    plain = align_answers(recs(), paras(
        RECS[0], "Lead officer: Jo Hart. The hubs are funded to 2028.", RECS[1], "Accepted.", RECS[2], "Not accepted.",
    ), doc_id="resp", judge=judge_answer)
    assert plain[0].text.startswith("Lead officer: Jo Hart.")


def test_a_lettered_bar_over_each_quotation_labels_its_answer_and_a_section_s_number_does_not():
    """A progress report quotes each recommendation under a bar that prints its letter ("(a) Early support hubs
    Green", a heading numbered "a"): the letter is the answer's label, as printed, not its place. The section heading
    above them all ("4 Progress on each recommendation") labels nothing."""
    def head(text: str, number: str, k: int) -> Paragraph:
        return Paragraph(uid=f"resp:h{k}", number=number, kind="heading", heading=None, text=text, page=1, position=k)

    found = align_answers(recs(), [
        head("Progress on each recommendation", "4", 0),
        head("Early support hubs Green", "a", 1),
        *paras(RECS[0], "Cabinet response: Agreed. Funding for 40 hubs was confirmed in May."),
        head("A workforce plan Amber", "b", 2),
        *paras(RECS[1], "Cabinet response: Agreed. The plan will be published in the spring."),
    ], doc_id="resp", judge=judge_answer)
    assert [(r.label, r.recommendation) for r in found] == [("a", "rep:1"), ("b", "rep:2")]
    found = align_answers(recs(), [
        head("Progress on each recommendation", "4", 0),
        *paras(RECS[0], "Cabinet response: Agreed. Funding for 40 hubs was confirmed in May."),
    ], doc_id="resp", judge=judge_answer)
    assert [r.label for r in found] != ["4"]


def test_two_quotations_listed_as_bullets_in_one_paragraph_share_the_answer_after_them():
    """"What the review asked for:" over two recommendations as a bulleted list in one paragraph, then one answer: the
    bullet between the quotations ("- ") is no answer of the first; both share the answer after them."""
    found = align_answers(recs(), paras(
        f"What the review asked for:\n- {RECS[1]}\n- {RECS[2]}",
        "What the Government said: Agreed. A joint plan and new guidance for schools were published in March.",
    ), doc_id="resp", judge=judge_answer)
    assert [r.recommendation for r in found] == ["rep:2", "rep:3"]
    assert found[0].text == found[1].text and found[0].text.endswith("published in March.")
