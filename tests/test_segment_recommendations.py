"""Recommendations: headed blocks, lettered lists, decisions sought, addressees, no duplicates."""

import textwrap

import pytest

from pipeline.ingest.txt import text_to_lines
from pipeline.process import parse_document as segment
from pipeline.records import Document, DocumentMeta, Paragraph


def parse(text: str, kind="other", body=None, council=None):
    lines, pages = text_to_lines(textwrap.dedent(text).strip("\n"))
    doc = Document(id="cd" * 32, source="t.txt", path="t.txt", pages=pages, lines=lines,
                   meta=DocumentMeta(kind=kind, body=body, council=council))
    return segment(doc)


def tabled(rows: list[tuple[str, bool]], source: str, kind="other", body=None) -> Document:
    """A one-page document of `rows` (text, whether it is a table row, cells joined by tabs), a paragraph each."""
    from pipeline.records import Line

    lines = [Line(text, gap_before=1, table=table) for text, table in rows]
    return Document(id="ab" * 32, source=source, path=source, pages=1, lines=lines,
                    meta=DocumentMeta(kind=kind, body=body))


def test_headed_blocks_give_labelled_recommendations_with_addressees():
    parsed = parse(
        """
        - 15. The Vice Chair highlighted a need for locality work.

        Recommendation 3

        That the Safer and Stronger Communities Partnership Board also undertakes work on localities.

        Recommendation 5

        That the Chair of the Partnership Board ensures that all Elected Members are kept informed.
        """,
        kind="scrutiny_report",
    )
    recs = {r.label: r for r in parsed.recommendations}
    assert set(recs) == {"3", "5"}
    assert recs["3"].addressee == "Safer and Stronger Communities Partnership Board"
    assert recs["5"].addressee == "Chair of the Partnership Board"
    assert recs["3"].kind == "scrutiny_recommendation"


def test_lettered_recommendations_inside_a_paragraph():
    parsed = parse(
        """
        The Community Safety Partnership met quarterly.

        Recommendations

        - 37. The Committee is requested to endorse the following Task Group recommendations:
         - a) To approve the continuation of the Task Group;
         - b) To recommend to the Community Safety Partnership that they produce a tool-kit;
         - c) To ask the Partnership to provide elected Members with a regular update.
        """,
        kind="scrutiny_report",
        body="Organisation & Resources Select Committee",
    )
    recs = {r.label: r for r in parsed.recommendations}
    assert list(recs) == ["a", "b", "c"]  # as printed; the paragraph says where (output contract)
    assert recs["a"].paragraph == "37"
    assert recs["a"].addressee == "Organisation & Resources Select Committee"
    assert recs["b"].addressee == "Community Safety Partnership"
    assert recs["c"].addressee == "Community Safety Partnership"  # 'the Partnership', resolved


def test_decisions_sought_of_an_officer_report():
    parsed = parse(
        """
        7.0 RECOMMENDATIONS

        Scrutiny Board is asked to:

        7.1 Note the current position regarding the District Partnerships.

        7.2 Consider if it wishes to pursue any further scrutiny.
        """,
        kind="officer_report",
    )
    recs = parsed.recommendations
    assert [(r.label, r.kind, r.addressee, r.paragraph) for r in recs] == [
        ("7.1", "decision_sought", "Scrutiny Board", "7.1"),
        ("7.2", "decision_sought", "Scrutiny Board", "7.2"),
    ]


def test_a_summary_box_repeating_a_recommendation_is_not_a_duplicate():
    parsed = parse(
        """
        Recommendations

        The Scrutiny Board is asked to consider the content of the report and its role in this work.

        1. Background

        1.1. At the November meeting the Director submitted a report.

        4. Recommendations

        4.1. Scrutiny Board are asked to consider the content of the report and its role in this work.
        """,
        kind="officer_report",
    )
    assert [(r.label, r.addressee) for r in parsed.recommendations] == [("4.1", "Scrutiny Board")]


@pytest.mark.parametrize(
    "text",
    [
        "1.3. Executive Board resolved –\n\n- That the deployment of a new approach be approved;\n- That the Director report annually.",
        "2. The Board has made recommendations in the past, which it monitors.",
    ],
)
def test_resolutions_and_mentions_are_not_recommendations(text):
    assert parse(text, kind="officer_report").recommendations == []


def test_a_titled_recommendation_runs_over_its_paragraphs_and_a_later_summary_is_no_duplicate():
    """Inquiry reports: 'Recommendation 3: A title', the text in paragraphs, the same text repeated at the end."""
    parsed = parse(
        """
        Recommendation 3: A better approach to risk assessment

        The UK government should develop a new approach to risk assessment that:

        - assesses a wider range of scenarios;
        - considers prevention.

        In doing so, it should reflect the circumstances of each nation.

        Chapter 4: An effective strategy

        4.1. Strategy matters.

        Recommendation 3

        The UK government should develop a new approach to risk assessment.
        """,
        kind="scrutiny_report",
    )
    assert [r.label for r in parsed.recommendations] == ["3"]
    text = parsed.recommendations[0].text
    assert text.startswith("The UK government should develop") and text.endswith("circumstances of each nation.")


def test_a_conclusions_and_recommendations_chapter_makes_each_paragraph_a_recommendation():
    parsed = parse(
        """
        Chapter 8: Conclusions and recommendations

        8.1. Behaviour change interventions are needed.

        The role of local authorities

        8.2. We recommend that the Government (a) publish guidance, (b) evaluate it.

        Appendix 1: Members

        9.1. Lord Krebs.
        """,
        kind="scrutiny_report",
    )
    assert [r.label for r in parsed.recommendations] == ["8.1", "8.2"]


def test_numbered_recommendations_inside_a_recommending_paragraph_keep_their_own_numbers():
    parsed = parse(
        """
        6.66. I recommend that:

        4. All claimants shall be entitled to obtain legal advice funded by the Department.

        6.67. If the recommendation above is accepted, claimants will choose later.
        """,
        kind="scrutiny_report",
    )
    assert [(r.label, r.paragraph) for r in parsed.recommendations] == [("4", "6.66")]


def test_unnumbered_decisions_under_a_recommendations_label_with_bracketed_sub_items():
    """Kent decision reports: 'Recommendation(s):' then 'X is asked to:' then decisions; '(1)' items."""
    parsed = parse(
        """
        Recommendation(s):

        The Cabinet Member for Integrated Children’s Services is asked to:

        APPROVE the proposal to not re-commission the Family Hub services.

        DELEGATE any activity requiring capital spend to the Director of Infrastructure.

        4. Recommendations

        4.1 County Council is asked to:

        (1) Note the update on devolution.
        """,
        kind="officer_report",
    )
    recs = {r.label: r for r in parsed.recommendations}
    assert set(recs) == {"1"}  # labelled decisions win over unlabelled ones
    assert recs["1"].paragraph == "4.1"  # "(1)" under 4.1 is 1, never 4.11 (output contract)
    assert recs["1"].addressee == "County Council" and recs["1"].kind == "decision_sought"
    alone = parse(
        """
        Recommendation(s):

        The Cabinet Member for Integrated Children’s Services is asked to:

        APPROVE the proposal to not re-commission the Family Hub services.

        DELEGATE any activity requiring capital spend to the Director of Infrastructure.

        Recommendation(s):

        APPROVE the proposal to not re-commission the Family Hub services.
        """,
        kind="officer_report",
    )
    assert [(r.label, r.addressee) for r in alone.recommendations] == [
        ("1", "Cabinet Member for Integrated Children’s Services"),
        ("2", "Cabinet Member for Integrated Children’s Services"),
    ]


def test_a_plain_recommendation_label_ends_at_the_next_heading():
    parsed = parse(
        """
        Recommendation:

        The Cabinet is asked to consider the comments of the Scrutiny Committee.

        Attached documents

        a) 24-00093 - Decision Report

        b) 24-00093 - Record of Decision
        """,
        kind="officer_report",
    )
    assert [(r.label, r.addressee) for r in parsed.recommendations] == [("1", "Cabinet")]


def test_a_summary_of_recommendations_keeps_its_sub_headings():
    """Lords reports: 'Summary of conclusions and recommendations', then themed sub-headings."""
    parsed = parse(
        """
        SUMMARY OF CONCLUSIONS AND RECOMMENDATIONS

        Introduction

        1. The value of space to modern society is underappreciated.

        A strategy for space

        2. The Government should publish a space strategy.
        """,
        kind="scrutiny_report",
    )
    assert [r.label for r in parsed.recommendations] == ["1", "2"]


# --- precision in long inquiry reports (issue: 90 recommendations found where there are 58) ---

from pipeline.segment.recommendations import is_title  # noqa: E402


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Lessons to be Learned", True),
        ("Role of Government: Response to Risk", True),
        ("Duty of candour", True),
        ("Monitoring liver damage for people who were infected with Hepatitis C.", True),
        ("Note the report", False),  # a decision sought, worded as an imperative
        ("That the Board notes the report", False),
        ("Scrutiny Board is asked to note the report", False),
        ("A peer review of each centre should take place every five years.", False),
        ("The Inquiry website is maintained online.", False),
        ("express comments but not require reconsideration of the decision, or", False),  # Kent call-in options
    ],
)
def test_a_title_says_nothing(text, title):
    assert is_title(text) is title


def test_a_contents_list_under_a_recommendations_heading_is_not_recommendations():
    parsed = parse(
        """
        Overview and Recommendations

        1.1 Summary

        1.2 List of Chapters

        1.3 Lessons to be Learned

        2.1 People’s Experiences

        Research

        3.12 Regulation describes how the Licensing Authority should have acted.

        3.13 Self-Sufficiency looks at how the policy was approached.
        """,
        kind="scrutiny_report",
    )
    assert parsed.recommendations == []


def test_a_running_page_header_does_not_make_the_chapter_a_list_of_recommendations():
    page = "Recommendations\n\n{body}\n\nRecommendations\n"
    parsed = parse(
        "\f".join(
            [
                page.format(body="The charter has six undertakings.\n\n3. Approach public scrutiny with candour.\n\n"
                                 "4. Avoid seeking to defend the indefensible."),
                page.format(body="Accordingly, I recommend:\n\n2. Recognising what happened\n\n"
                                 "a) A permanent memorial be established.\n\nb) A memorial be established at Treloar’s."),
                page.format(body="The Nolan principles are:\n\n1. Selflessness\n\n7. Leadership"),
            ]
        ),
        kind="scrutiny_report",
    )
    assert [r.label for r in parsed.recommendations] == ["2a", "2b"]


def test_a_final_list_of_titled_recommendations_gives_its_lowest_level_items():
    parsed = parse(
        """
        The Recommendations

        1 Compensation

        My principal recommendation remains that a compensation scheme should be set up now.

        2 Recognising and remembering what happened to people

        a) A permanent memorial be established in the UK.

        b) There should be at least three events for those infected.

        3 Preventing future harm to patients

        a) Duty of candour
        i) A statutory duty of candour should be introduced in Northern Ireland.
        ii) The duties of candour in Scotland and Wales should be reviewed.

        b) Cultural change
        i) That a culture of defensiveness be recognised as a safety issue.
        """,
        kind="scrutiny_report",
    )
    recs = {r.label: r.text for r in parsed.recommendations}
    assert list(recs) == ["1", "2a", "2b", "3a(i)", "3a(ii)", "3b"]
    assert recs["1"].startswith("My principal recommendation")
    assert recs["3b"].startswith("That a culture of defensiveness")  # a list of one is no list


def test_a_numbered_section_after_an_unnumbered_recommendations_box_is_not_a_group_of_recommendations():
    parsed = parse(
        """
        Recommendations

        1. Note the report.

        2. Agree the work programme.

        1. Introduction

        1.1 This report sets out the work programme.

        1.2 The Committee should consider it.
        """,
        kind="officer_report",
    )
    assert [r.label for r in parsed.recommendations] == ["1", "2"]


@pytest.mark.parametrize(
    "heading",
    [
        "INQ000187580_0026, 0032 Recommendation 2",  # a footnote run into a label
        "224 Submissions on Recommendations of the Health Boards",  # a footnote
        "“Recommendation accepted",  # a quotation
        "Royal Academy of Engineering’s recommendations more fully to guard against the problems.76",
    ],
)
def test_lines_that_mention_recommendations_do_not_open_a_section(heading):
    parsed = parse(
        f"""
        {heading}

        3.16 The Northern Ireland Executive did, however, maintain corporate risk registers.

        3.17 There were five major flaws in the approach to risk assessment.
        """,
        kind="scrutiny_report",
    )
    assert parsed.recommendations == []


def test_a_section_that_turns_into_narrative_ends():
    prose = "\n\n".join(f"In 198{k} the department wrote to the centres about the risk." for k in range(9))
    parsed = parse(
        f"""
        Council of Europe recommendations

        {prose}

        There were four major failings in relation to research:
        a) Research was conducted without consent;
        b) Patients were not told.
        """,
        kind="scrutiny_report",
    )
    assert parsed.recommendations == []


def test_a_lone_later_letter_has_no_citable_label_but_a_list_from_a_stays():
    parsed = parse(
        """
        This material leads me to recommend, as the NHSBT suggests, that:
        c) Transfusion laboratories should be staffed adequately.

        Training

        Drawing these threads together, I recommend that the following steps be taken:
        a) Peer review of haemophilia care should continue.
        b) Trusts should deliberate on peer review findings.
        """,
        kind="scrutiny_report",
    )
    assert [r.label for r in parsed.recommendations] == ["a", "b"]


def test_a_roman_list_continued_over_a_page_break_keeps_its_parent():
    from pipeline.records import Item, Paragraph
    from pipeline.segment.recommendations import item_labels

    continued = Paragraph(uid="x:@1", number=None, kind="paragraph", heading=None, text="iii) ...", page=2,
                          position=1, items=[Item("iii", "fibroscan should be used"), Item("iv", "a hepatologist"),
                                             Item("v", "commissioners should ensure"), Item("vi", "those infected")])
    assert [lab for lab, _ in item_labels(continued, carry="6a")] == ["6a(iii)", "6a(iv)", "6a(v)", "6a(vi)"]
    assert item_labels(continued) == []  # with no parent before the break it cannot be cited
    parsed = parse(
        """
        I therefore recommend:

        6. Monitoring liver damage

        a) All patients should receive the following care:
        i) those with cirrhosis should receive lifetime monitoring
        ii) those with fibrosis should receive the same care
        """,
        kind="scrutiny_report",
    )
    assert [r.label for r in parsed.recommendations] == ["6a(i)", "6a(ii)"]


def test_a_numbered_recommendations_section_whose_list_starts_again_at_1():
    """Post Office Horizon report: '2. RECOMMENDATIONS' then 1 ... 19, not 2.1, 2.2."""
    parsed = parse(
        """
        1. INTRODUCTION

        1.1. This volume deals with redress.

        2. RECOMMENDATIONS

        1. HM Government shall provide written responses to my recommendations.

        2. The Minister shall make a public announcement explaining full and fair redress.

        3. The Post Office shall ensure that all decision makers apply that meaning.

        3. THE HUMAN IMPACT

        3.1. It is almost impossible to ascertain the number of persons affected.
        """,
        kind="scrutiny_report",
    )
    assert [r.label for r in parsed.recommendations] == ["1", "2", "3"]


def test_a_chapter_that_numbers_its_recommendations_apart_keeps_only_those():
    """Post Office Horizon report: 'CONCLUSIONS AND RECOMMENDATIONS' runs to 6.210 paragraphs of
    reasoning; the recommendations are the items numbered apart ('I recommend: 2. ...')."""
    parsed = parse(
        """
        6. CONCLUSIONS AND RECOMMENDATIONS

        6.1. This section contains my conclusions. Accordingly, the first recommendation is that:
        1. HM Government shall provide written responses to my recommendations.

        6.2. The Terms of Reference require me to assess whether the schemes have delivered redress.

        6.3. In light of the foregoing, I recommend:
        2. The Minister shall make a public announcement explaining full and fair redress.
        3. The Post Office shall ensure that all decision makers apply that meaning.

        6.4. I deal with this issue scheme by scheme, as the schemes are different.
        """,
        kind="scrutiny_report",
    )
    assert [r.label for r in parsed.recommendations] == ["1", "2", "3"]


def test_a_quoted_earlier_recommendation_gives_way_to_the_reports_own_list():
    """Post Office Horizon report: 'In the Interim Report I made the following recommendations:
    ... Recommendation 3: ...' must not replace the report's own recommendation 3."""
    parsed = parse(
        """
        Recommendations

        1. HM Government shall provide written responses to my recommendations.

        2. The Minister shall make a public announcement explaining full and fair redress.

        3. The Post Office shall ensure that all decision makers apply that meaning.

        Chapter 4 The Advisory Board

        4.271. In the Interim Report, I made the following:

        Recommendation 3: The Horizon Compensation Advisory Board shall consider whether the schemes are consistent.
        """,
        kind="scrutiny_report",
    )
    recs = {r.label: r.text for r in parsed.recommendations}
    assert recs["3"].startswith("The Post Office shall ensure")


def _styled_report(styles):
    """A 'Summary of conclusions and recommendations' whose paragraph k is set in styles[k]."""
    from pipeline.records import Line

    lines = [Line(text="Summary of conclusions and recommendations", page=1, gap_before=1, bold=True)]
    for k, style in enumerate(styles, start=1):
        lines.append(Line(text=f"{k}. The Government should consider item {k} of this report with care.", page=1,
                          gap_before=1, italic=style == "italic", bold=style == "bold"))
        lines.append(Line(text=f"(Paragraph {10 * k})", page=1, gap_before=0))
    doc = Document(id="ef" * 32, source="t.pdf", path="t.pdf", pages=1, lines=lines, meta=DocumentMeta(kind="scrutiny_report"))
    return segment(doc)


@pytest.mark.parametrize(
    "styles,expected",
    [
        # Space Economy: recommendations in italics among plain conclusions
        ([None, "italic", None, "italic", "italic", None, None, "italic"], ["2", "4", "5", "8"]),
        (["bold", None, "bold", None, "bold", None], ["1", "3", "5"]),
        # must stay: all plain (Behaviour Change), or too few of one kind to be a convention
        ([None] * 6, ["1", "2", "3", "4", "5", "6"]),
        ([None, "italic", None, None, "italic", None], ["1", "2", "3", "4", "5", "6"]),
        (["italic", "italic", "italic", "italic", None, None], ["1", "2", "3", "4", "5", "6"]),
    ],
)
def test_emphasis_marks_the_recommendations_among_conclusions(styles, expected):
    recs = _styled_report(styles).recommendations
    assert [r.label for r in recs if not r.conclusion] == expected
    # issue 11: conclusions and recommendations of one list are both kept, the conclusions flagged
    assert [r.label for r in recs] == [str(k) for k in range(1, len(styles) + 1)]


def test_a_recommendation_whose_last_line_is_partly_bold_is_still_in_bold():
    """Every item of a list in bold, its "(Paragraph N)" in plain type: where the bold runs on into the last line
    beside the citation ("**school year.** (Paragraph 6)", a line set partly in bold), that run counts as bold, so a
    two-line recommendation is not taken for a plain conclusion among bold ones."""
    from pipeline.records import Line

    lines = [Line(text="Conclusions and recommendations", page=1, gap_before=1, bold=True)]
    for k in range(1, 7):
        if k % 2:  # its first line shorter than the line that ends it
            lines += [Line(text=f"{k}. The Department should publish the figures", page=1, gap_before=1, bold=True),
                      Line(text=f"**for part {k} of its attendance data for every local authority area, by the start of the "
                                f"2026 school year.** (Paragraph {k + 5})", page=1)]
        else:
            lines += [Line(text=f"{k}. The Department should act on item {k}.", page=1, gap_before=1, bold=True),
                      Line(text=f"(Paragraph {k + 5})", page=1)]
    doc = Document(id="ef" * 32, source="t.pdf", path="t.pdf", pages=1, lines=lines, meta=DocumentMeta(kind="scrutiny_report"))
    recs = segment(doc).recommendations
    assert [(r.label, r.conclusion) for r in recs] == [(str(k), False) for k in range(1, 7)]


def test_emphasis_does_not_split_a_plain_recommendations_section():
    """Only a list of conclusions *and* recommendations is split by emphasis."""
    from pipeline.records import Line

    lines = [Line(text="Recommendations", page=1, gap_before=1, bold=True)]
    for k in range(1, 7):
        lines.append(Line(text=f"{k}. The Cabinet is asked to agree item {k} of this report.", page=1, gap_before=1,
                          bold=k % 2 == 0))
    doc = Document(id="ef" * 32, source="t.pdf", path="t.pdf", pages=1, lines=lines, meta=DocumentMeta(kind="officer_report"))
    assert len(segment(doc).recommendations) == 6


def test_the_asked_to_list_is_the_decision_not_a_narrative_section_about_recommendations():
    """Kent JHOSC report: '5. Recommendations of overview and scrutiny' tells what committees
    preferred; the decisions are the bullets under 'The County Council is asked to:'."""
    parsed = parse(
        """
        5. Recommendations of overview and scrutiny

        5.1. The above options have been considered by the Health Overview and Scrutiny Committee.

        5.2. In relation to requesting a call in, all three Committees agreed their preference for option B.

        7. Recommendation

        The County Council is asked to:
        - AGREE the revised Terms of Reference as set out in Appendix A; and
        - DELEGATE to the Monitoring Officer to make the necessary changes to the Constitution.
        """,
        kind="officer_report",
    )
    assert [r.text for r in parsed.recommendations] == [
        "AGREE the revised Terms of Reference as set out in Appendix A; and",
        "DELEGATE to the Monitoring Officer to make the necessary changes to the Constitution.",
    ]
    assert {r.kind for r in parsed.recommendations} == {"decision_sought"}


def test_a_numbered_decision_list_keeps_lines_that_wrap_after_a_blank_line():
    """Kent Governance Update report: '1. To NOTE ... the Members of the' then, after a blank
    line, 'Governance Working Party' was read as a heading and the list broke off at 1."""
    parsed = parse(
        """
        8. Recommendations

        The County Council is asked to:

        1. To NOTE with thanks, the contribution and efforts of the Members of the

        Governance Working Party

        2. To COMMENT on the specific proposals and arrangements relating to

        Cabinet Committees to inform future changes

        3. APPROVE the RECOMMENDATION to the County Council to adopt the amended Constitution.

        Appendices
        """,
        kind="officer_report",
    )
    recs = [(r.label, r.text) for r in parsed.recommendations]
    assert [lab for lab, _ in recs] == ["1", "2", "3"]
    assert recs[0][1].endswith("Members of the Governance Working Party")


@pytest.mark.parametrize(
    "text,asks",
    [
        ("AGREE the revised Terms of Reference", True),
        ("That the Board reviews its membership.", True),
        ("The Government should publish a plan.", True),
        ("The Cabinet is asked to consider the comments.", True),
        ("The above options have been considered by the Committee.", False),
        ("In terms of who will make representations, each Committee preferred option B.", False),
        # asked for its answer to the others and nothing else
        ("The ICB is asked to respond within 28 days, as the 2013 Regulations require of NHS bodies.", False),
        ("The Cabinet is asked to respond to these recommendations and to approve the action plan.", True),
        ("The Committee is invited to comment on the draft strategy.", True),
        ("The Committee is therefore asked to approve the revised policy.", True),
        ("Members are kindly requested to note the report.", True),
        ("The Committee is asked, having considered the consultation responses, to approve the policy.", True),
        # asked to respond to something named: the decision sought (a Cabinet paper's own)
        ("The Cabinet is asked to respond to the Government consultation as set out in Appendix A.", True),
        ("The Cabinet is requested to respond to the Housing Scrutiny Panel's recommendations as set out in Appendix 1.",
         True),
        # "asked" that narrates
        ("Of the 412 plans, 171 had not been reviewed when we asked in July 2025.", False),
        ("Carers asked for a single guide; the team reviews plans when carers ask.", False),
    ],
)
def test_what_asks_or_directs_and_what_is_narrative(text, asks):
    from pipeline.segment.candidates import asks_or_directs

    assert asks_or_directs(text) is asks


def test_a_summary_box_item_gives_way_to_the_same_item_cited_in_full():
    """Kent devolution report: '(1) Note the update' in the cover box and '4.1 ... (1) Note the
    update' in section 4 are one decision: (1) of paragraph 4.1."""
    parsed = parse(
        """
        Recommendations:

        County Council is asked to:

        (1) Note the update on devolution and local government reorganisation.

        1. Background

        1.1 On 16 December 2024, Government published the English Devolution White Paper.

        4. Recommendations

        4.1 County Council is asked to:

        (1) Note the update on devolution and local government reorganisation.
        """,
        kind="officer_report",
    )
    assert [(r.label, r.paragraph) for r in parsed.recommendations] == [("1", "4.1")]


def test_recommendation_1_is_not_a_copy_of_recommendation_11():
    """Review finding: '11' ends with '1', so a '1' whose text was like '11''s was dropped
    as a duplicate of it."""
    from pipeline.segment.candidates import _label_ends_with

    assert not _label_ends_with("11", "1") and not _label_ends_with("3.1", "1")
    assert _label_ends_with("4.1(1)", "(1)") and _label_ends_with("4a", "a")


def test_a_line_that_closes_a_bracket_continues_the_sentence():
    """'(Paragraph' at the end of a line, '9)' at the start of the next: a citation, not item 9."""
    parsed = parse(
        """
        Conclusions and recommendations

        1. Knife crime has risen again. Fear is the reason most often given. (Paragraph
        9)

        2. We recommend that the Government publishes a strategy. (Paragraph 13)

        3. Police forces should record the age of every suspect. (Paragraphs 27 and 28)
        """,
        kind="scrutiny_report",
    )
    assert [r.label for r in parsed.recommendations] == ["1", "2", "3"]
    # the closing citation says where the item came from; it is not part of it
    assert [r.text.rsplit(" ", 1)[-1] for r in parsed.recommendations] == ["given.", "strategy.", "suspect."]


def test_a_heading_about_recommendations_opens_no_section_of_them():
    parsed = parse(
        """
        1. RECOMMENDATIONS

        1.1 That Cabinet:

        a) approves Phase 2 of the programme;

        b) delegates authority to award the contract.

        1.2 Appendix A is not for publication because it contains commercial information.

        2. REASONS FOR THE RECOMMENDATIONS

        2.1 Phase 1 was delivered on time and under budget.

        2.2 Delegating the award allows work to start in January.
        """,
        kind="officer_report",
    )
    assert [(r.label, r.paragraph) for r in parsed.recommendations] == [("a", "1.1"), ("b", "1.1")]


def test_a_roman_list_is_labelled_as_printed_and_preferred_to_an_unlabelled_summary():
    parsed = parse(
        """
        Recommendation(s):

        The Executive is recommended to:

        • approve the strategy at Appendix 1;

        • ask the Director to report progress in November 2026.

        Background

        1. This report seeks approval of a new strategy.

        Recommendations

        2. It is recommended that the Executive:

        (i) approves the strategy at Appendix 1; and

        (ii) asks the Director to report progress in November 2026.
        """,
        kind="officer_report",
    )
    assert [(r.label, r.paragraph) for r in parsed.recommendations] == [("i", "2"), ("ii", "2")]
    assert [r.addressee for r in parsed.recommendations] == ["Executive", "Executive"]


@pytest.mark.parametrize(
    "sentence,addressee",
    [
        ("That the Council publishes the figures each quarter.", "Council"),
        ("Police forces should record the age of every suspect.", "police forces"),
        ("We urge Ofsted to examine every school.", "Ofsted"),
        ("It is essential that the Treasury provides funding.", "Treasury"),
        ("The Home Office, the Ministry of Justice and the Crown Prosecution Service should agree a protocol.",
         "Home Office; Ministry of Justice; Crown Prosecution Service"),
        ("Local authorities, working with the Local Government Association, must follow up every child.",
         "local authorities"),
        ("Guidance should be published before September.", "Government"),
        # a lower-case body with a modifier and an "of" phrase ("housing" is a noun here, not a participle)
        ("That the registered providers of social housing with homes in the borough adopt repair targets.",
         "registered providers of social housing"),
        ("Private landlords should register every property they let.", "private landlords"),
        ("NHS trusts providing maternity services should publish their staffing.", "NHS trusts"),
        # an office named for a portfolio that lists its subjects is one, as such a department is
        ("That the Cabinet Member for Children, Education and Families publishes the appeals figures each year.",
         "Cabinet Member for Children, Education and Families"),
        ("That the Leader, the Cabinet Member for Housing and the Director of Place meet the residents.",
         "Leader; Cabinet Member for Housing; Director of Place"),
        # an NHS trust's board, named in lower case as inspectorates name it
        ("The trust board should receive a report on the service every quarter.", "trust board"),
        # a department whose name lists its subjects is one body
        ("The Department for Science, Innovation and Technology must set out, in its response, the date.",
         "Department for Science, Innovation and Technology"),
        ("Ofcom and the Department for Culture, Media and Sport should review the threshold.",
         "Ofcom; Department for Culture, Media and Sport"),
        # each clause that asks a body of its own, with a modal of its own
        ("Building Digital UK should write to every premises, and the Government should publish a plan.",
         "Building Digital UK; Government"),
        ("The Department for Transport should introduce a national permit, and local highway authorities should "
         "waive their fees.", "Department for Transport; local highway authorities"),
        ("If funding allows, the Treasury should act, and it should report within a year.", "Treasury"),
        # a comma ends a name: the list goes on at the next proper name, and its closing comma may stand before the modal
        ("The Department for Transport, Ofcom and BDUK should meet.", "Department for Transport; Ofcom; BDUK"),
        ("The General Medical Council, and NHS Education for Scotland, Health Education and Improvement Wales and NHS "
         "England, should take steps.",
         "General Medical Council; NHS Education for Scotland; Health Education and Improvement Wales; NHS England"),
        # a deadline before the body, as an inspectorate puts it, and a lower-case post in the singular
        ("By 31 March 2026, the chief constable should make sure that every stalking report is reviewed.",
         "chief constable"),
        # a passive: its printed agent is asked to act; a date after "by" is no agent
        ("Guidance on registering children educated at home should be published by Ofsted.", "Ofsted"),
        ("The safety standard should be enforced by the Office for Product Safety and Standards.",
         "Office for Product Safety and Standards"),
        ("Guidance should be published by March 2026.", "Government"),
        ("A first offer should be made to each claimant which is no less than the sum recommended by the Independent "
         "Advisory Panel.", "Government"),  # the agent of a clause of its own
    ],
)
def test_the_addressee_is_the_body_asked_to_act(sentence, addressee):
    parsed = parse(
        f"""
        Enforcement

        Conclusions and recommendations

        1. {sentence}

        2. We recommend that the Government acts.
        """,
        kind="scrutiny_report",
        body="Home Affairs Committee",
    )
    assert parsed.recommendations[0].addressee == addressee


def test_an_authority_s_own_paper_asks_the_authority_whatever_word_it_uses_for_it():
    """An authority's paper whose meeting is the authority itself (no committee named): "That Members note ..." and "the
    Authority" are the authority, in full, and a draft resolution that names no one is its decision too."""
    parsed = parse(
        """
        Recommendations

        1. That Members note the outcome of the station area risk review.

        2. That the Authority approves the revised risk bands for consultation.

        3. That the draft byelaws at Appendix 1 be made.
        """,
        kind="officer_report", council="Skelderdale National Park Authority")
    assert [r.addressee for r in parsed.recommendations] == ["Skelderdale National Park Authority"] * 3


def test_a_proper_name_longer_than_the_lower_case_body_it_opens_with_is_the_name():
    parsed = parse(
        """
        Recommendations

        1. That the Executive and the Schools Forum offer personal transport budgets to all eligible families.

        2. Schools should publish their approach to transport.
        """,
        kind="scrutiny_report",
        body="Overview and Scrutiny Committee",
    )
    assert [r.addressee for r in parsed.recommendations] == ["Executive; Schools Forum", "schools"]


@pytest.mark.parametrize("statement", [
    "Recommendations R1 and R2 are for the Cabinet and its officers.",
    "The Committee asks the Cabinet to respond to recommendations R1 and R2 within two months.",
    # the statement in the sentence after the one that names the recommendations (segment lexicon v26)
    "The Committee makes two recommendations. They are made to the Cabinet unless another body is named.",
    # ... or for most of them, in the sentence after: "Most are for the Cabinet; others are for ..."
    "The Committee makes two recommendations. Most are for the Cabinet; others are for the bodies that can act on them.",
])
def test_the_body_a_report_asks_to_respond_is_its_default_addressee(statement):
    parsed = parse(
        f"""
        1.1 {statement}

        Recommendations

        R1. A single web page for carers should be created.

        R2. Carers should be offered a review every year.
        """,
        kind="scrutiny_report",
        body="Adult Social Care Scrutiny Committee",
    )
    assert [r.addressee for r in parsed.recommendations] == ["Cabinet", "Cabinet"]


def test_a_short_name_the_report_defines_is_the_name_it_defines():
    """An auditor's or inspector's report defines its short name once ("Penhallow County Borough Council (the
    Council)"): "The Council should ..." asks that council, by its name. A parenthesis that defines no body's short
    name ("the Public Audit (Wales) Act") defines nothing."""
    parsed = parse(
        """
        1.1 We reviewed whether Penhallow County Borough Council (the Council) has proper arrangements for its
        contracts, as the Public Audit (Wales) Act 2004 requires.

        Recommendations

        R1 The Council should publish a contracts register every quarter.

        R2 The Council should train every officer who lets contracts.
        """,
        kind="other",
        body="Audit Wales",
        council="Penhallow County Borough Council",  # (the council the paper is about, as the cover names it)
    )
    assert [r.addressee for r in parsed.recommendations] == ["Penhallow County Borough Council"] * 2


def test_two_bodies_joined_by_and_are_two_when_the_report_names_each_alone():
    parsed = parse(
        """
        Findings

        1. Ofsted inspects every school. Ofsted reports on each one.

        2. The Department for Education funds the programme. The Department for Education sets the rules.

        3. The Royal College of Obstetricians and Gynaecologists gave evidence.

        Conclusions and recommendations

        4. We recommend that the Department for Education and Ofsted set out how inspection will work.

        5. The Royal College of Obstetricians and Gynaecologists should publish guidance.

        6. The Department of Health and Social Care should fund it.
        """,
        kind="scrutiny_report",
        body="Education Committee",
    )
    by_label = {r.label: r.addressee for r in parsed.recommendations}
    assert by_label["4"] == "Department for Education; Ofsted"
    assert by_label["5"] == "Royal College of Obstetricians and Gynaecologists"  # "Gynaecologists" is never alone
    assert by_label["6"] == "Department of Health and Social Care"


def test_a_bare_recommendation_heading_holds_the_decision_under_it_and_a_tracker_is_no_section():
    """A singular "Recommendation" heading labels the decision below it: the next heading ("RAG
    key", "Background papers") starts a new part. "Recommendation tracker" names a table, not the
    recommendations: the word modifies another noun."""
    parsed = parse(
        """
        Recommendation

        That the Committee notes the progress made on the action plan.

        RAG key

        Blue means complete and Red means not started.

        Recommendation tracker

        The tracker below sets out each recommendation and its progress.

        Next steps

        A further update will be brought to the Committee in April 2026.

        Background papers

        The report of the Task and Finish Group, October 2024.
        """,
        kind="officer_report",
    )
    assert [r.text for r in parsed.recommendations] == ["That the Committee notes the progress made on the action plan."]


def test_items_completing_a_recommends_that_lead_in_are_addressed_to_their_subjects():
    parsed = parse(
        """
        Recommendations

        The Panel recommends that:

        (1) the Cabinet adopts a target for canopy cover;
        (2) the Cabinet Member for Environment and Climate brings forward a revised policy; and
        (3) the Leader of the Council writes to the Secretary of State.
        """,
        kind="scrutiny_report",
    )
    assert [(r.label, r.addressee) for r in parsed.recommendations] == [
        ("1", "Cabinet"), ("2", "Cabinet Member for Environment and Climate"), ("3", "Leader of the Council")]


def _tabled(rows, kind="scrutiny_report", council="Solbury City Council"):
    from pipeline.records import Line

    lines = [Line(text, table=table) for text, table in rows]
    doc = Document(id="ef" * 32, source="t.docx", path="t.docx", pages=1, lines=lines,
                   meta=DocumentMeta(kind=kind, body="Joint Health Scrutiny Committee", council=council))
    return segment(doc)


def test_a_table_of_recommendations_gives_one_per_row_labelled_as_printed():
    """"No. | Recommendation | Addressed to": each row is a recommendation, its label the number cell,
    its addressee its own wording's, else the column's; the sentence above the table is no recommendation."""
    parsed = _tabled([
        ("Recommendations", False),
        ("The Committee makes the following four recommendations.", False),
        ("No.\tRecommendation\tAddressed to", True),
        ("R1\tThe ICB should publish a dental access plan with targets.\tICB", True),
        ("R2\tThe ICB should fund 20,000 more urgent appointments.\tICB", True),
        ("R3\tSolbury City Council and Ridgeshire County Council should commission toothbrushing in nurseries."
         "\tBoth councils", True),
        ("R4\tA dental training academy should be set up with the University.\tNHS England", True),
        ("Next steps", False),
        ("The Committee asks for a response within three months.", False),
    ])
    recs = parsed.recommendations
    assert [r.label for r in recs] == ["1", "2", "3", "4"]
    assert recs[0].text == "The ICB should publish a dental access plan with targets."
    assert [r.addressee for r in recs] == ["ICB", "ICB", "Solbury City Council; Ridgeshire County Council",
                                           "NHS England"]


def test_a_form_for_each_recommendation_gives_the_field_named_so_under_the_label_its_form_prints():
    """An auditor's report sets each recommendation in a form of its own: a row that prints its code ("AR1 | Key
    recommendation: Reserves"), then its fields, one a row ("Recommendation | The Council should ...", "Why/impact |
    ...", "Management comments | ..."). The field named as the recommendation is its text, labelled by the code its
    form prints; the other fields are not recommendations, and a form with no such field gives none."""
    parsed = _tabled([
        ("Recommendations raised this year", False),
        ("AR1\tKey recommendation: Reserves", True),
        ("Recommendation\tThe Council should set a minimum level of general reserves and report against it every quarter.",
         True),
        ("Why/impact\tWithout a minimum level members cannot tell when reserves are too low.", True),
        ("Management comments\tAgreed. A minimum level will be set in the budget report for 2031/32.", True),
        ("AR2\tImprovement recommendation: Contract waivers", True),
        ("Recommendation\tThe Council should report every contract waiver over £25,000 to the Audit Committee.", True),
        ("Management comments\tAgreed.", True),
        ("AR3\tImprovement recommendation: Risk", True),
        ("Summary findings\tThe risk register has not been reviewed since 2029 and has no target scores at all.", True),
        ("The Council's response to each recommendation is recorded above.", False),
    ], kind="other", council="Penhallow County Borough Council")
    recs = parsed.recommendations
    assert [(r.label, r.text) for r in recs] == [
        ("AR1", "The Council should set a minimum level of general reserves and report against it every quarter."),
        ("AR2", "The Council should report every contract waiver over £25,000 to the Audit Committee.")]


def test_a_row_whose_number_ran_into_its_text_is_still_its_row():
    """A table continued over a page break may lose the rule between its number column and the next: "6 Note the
    Treasurer's statement ...", one cell where the header has two. The number opens the cell: it is the row's label."""
    parsed = _tabled([
        ("The Authority is recommended to make the decisions in the table below.", False),
        ("No.\tRecommendation\tSection", True),
        ("1\tApprove a net revenue budget for 2031/32 of £40,100,000.\t4", True),
        ("2\tApprove a Band D precept of £88.10 for 2031/32.\t5", True),
        ("3 Note the Treasurer's statement on the robustness of the estimates.\t8", True),
        ("Background", False),
    ], kind="officer_report")
    assert [(r.label, r.text) for r in parsed.recommendations] == [
        ("1", "Approve a net revenue budget for 2031/32 of £40,100,000."),
        ("2", "Approve a Band D precept of £88.10 for 2031/32."),
        ("3", "Note the Treasurer's statement on the robustness of the estimates.")]


def test_a_cover_field_that_states_two_decisions_gives_two():
    """ "Recommendation(s) | That the Board approves ... . That the Board notes ...": each sentence that opens "That" is a
    decision of its own, numbered in order; one sentence is one decision."""
    parsed = _tabled([
        ("Meeting\tBoard of Trustees", True),
        ("Recommendation(s)\tThat the Board approves the admission arrangements for 2033/34. That the Board notes the "
         "outcome of the consultation.", True),
        ("1. Purpose", False),
        ("1.1 This paper sets out the admission arrangements.", False),
    ], kind="officer_report")
    assert [(r.label, r.text) for r in parsed.recommendations] == [
        ("1", "That the Board approves the admission arrangements for 2033/34."),
        ("2", "That the Board notes the outcome of the consultation.")]


def test_a_response_table_is_no_table_of_recommendations():
    from pipeline.segment.tables import table_recommendations

    parsed = _tabled([
        ("No.\tRecommendation\tResponse", True),
        ("1\tPublish a plan.\tAgreed. The plan will be published in May.", True),
    ], kind="response")
    assert table_recommendations(parsed.document) == []


def test_one_recommendation_said_to_be_for_a_body_is_no_default_for_the_others():
    parsed = parse(
        """
        Recommendations

        The Panel makes three recommendations. Recommendation 2 is for the Integrated Care Board and
        Recommendation 3 for the Government.

        Recommendation 1: That every family has a named caseworker.

        Recommendation 2: That the Integrated Care Board registers every family with a GP.

        Recommendation 3: That the Government raises the subsidy.
        """,
        kind="scrutiny_report",
        body="Housing Scrutiny Panel",
        council="Wexcombe Borough Council",
    )
    assert [r.addressee for r in parsed.recommendations] == ["Executive", "Integrated Care Board", "Government"]


def test_the_council_is_this_council_not_its_kind():
    parsed = parse(
        """
        1.1 The County Council maintains 4,900 miles of road. The County Council's survey found problems.

        Recommendations

        Recommendation 1: That the Council publishes its repair figures every month.
        """,
        kind="scrutiny_report",
        body="Highways Scrutiny Committee",
        council="Harrowfield County Council",
    )
    assert parsed.recommendations[0].addressee == "Council"  # as printed: this council, not "County Council"


def test_a_table_of_recommendations_whose_cells_open_with_their_labels():
    parsed = _tabled([
        ("Recommendation\tReason", True),
        ("R1. That the Cabinet funds two more officers.\tCaseloads are too high.", True),
        ("R2. That the Cabinet reports each year.\tThe Panel wants to follow progress.", True),
    ])
    assert [(r.label, r.text) for r in parsed.recommendations] == [
        ("1", "That the Cabinet funds two more officers."), ("2", "That the Cabinet reports each year.")]


def test_a_table_of_decisions_numbered_in_their_cells():
    """"1. Approve ..." opens with a figure, not a capital: a numbered row, not the row above carried on."""
    parsed = _tabled([
        ("Recommendation\tReason for recommendation", True),
        ("1. Approve the acquisition of the freehold.\tTo give the Council control of the site.", True),
        ("2. Recommend to Council that £14.5 million be added to the capital programme.\tIt is not yet in it.", True),
        ("running on from the reason above\t", True),
    ], kind="officer_report")
    assert [(r.label, r.text) for r in parsed.recommendations] == [
        ("1", "Approve the acquisition of the freehold."),
        ("2", "Recommend to Council that £14.5 million be added to the capital programme. running on from the reason above")]


def test_a_table_about_recommendations_gives_none():
    """Plain sentences under "Recommendation | Why it matters" with no number and no addressee column: a table
    that discusses recommendations (a briefing's summary, an officer's commentary), not a list of them."""
    from pipeline.segment.tables import table_recommendations

    parsed = _tabled([
        ("Recommendation\tWhy it matters", True),
        ("Funding for officers\tThe report's first point; costs are set out in section 4.", True),
    ], kind="officer_report")
    assert table_recommendations(parsed.document) == []


def test_a_summary_table_whose_rows_mix_labelled_items_and_notes_gives_none():
    from pipeline.segment.tables import table_recommendations

    parsed = _tabled([
        ("Recommendation\tUK Government\tScottish Government", True),
        ("1 Compensation scheme\tF\tF", True),
        ("2 Recognition\tP\tF", True),
        ("Source: Adapted from the Government response, May 2025. F = accepts in full.\t\t", True),
    ], kind="other")
    assert table_recommendations(parsed.document) == []


def test_a_table_of_recommendations_with_untidy_rows():
    """A title row and a cell carried on into the next row (no number), a row that holds only a citation,
    and another table set straight after: one recommendation per numbered row, nothing else, no crash."""
    parsed = _tabled([
        ("Recommendations", False),
        ("No.\tRecommendation\tAddressed to", True),
        ("\tTheme 1: Access to dentistry\t", True),
        ("1\tThe ICB should publish a dental access plan\tICB", True),
        ("\twith targets for every district.\t", True),
        ("2\t(Paragraph 12)\tICB", True),
        ("3\tThe Council should fund toothbrushing in nurseries.\tCouncil", True),
        ("Year\tCost\tSaving", True),
        ("2024/25\t£10,000\t£2,000", True),
        ("The Committee asks for a response.", False),
    ])
    assert [(r.label, r.text) for r in parsed.recommendations] == [
        ("1", "The ICB should publish a dental access plan with targets for every district."),
        ("3", "The Council should fund toothbrushing in nurseries.")]


def test_a_paragraph_about_labelled_recommendations_is_not_one_of_them():
    """'6.1 The Group makes nine recommendations ...' over R1 and R2: the section labels its
    recommendations, so its prose that asks no one to act is about them."""
    parsed = parse(
        """
        6. Recommendations

        6.1 The Group makes two recommendations. R1 is for the Cabinet; R2 is for the Council.

        R1 That the Cabinet publishes a skills strategy by September 2025.

        R2 That the Council makes its evening classes free for carers.
        """,
        kind="scrutiny_report",
    )
    assert [r.label for r in parsed.recommendations] == ["1", "2"]


def test_a_response_decides_only_what_it_asks_under_a_recommendations_heading():
    """A response's own decision sought is kept; its answers under "Other recommendations" are not
    decisions, however the heading reads."""
    parsed = parse(
        """
        Cabinet response to the Communities Scrutiny Committee's review of library services

        Recommendation

        That the Cabinet approves the response set out below.

        Other recommendations

        On publishing figures for each library: the figures have been published since April.

        Finally, on overdue fines: fines were ended for all borrowers on 1 October 2025.
        """,
        kind="response",
    )
    assert [r.text for r in parsed.recommendations] == ["That the Cabinet approves the response set out below."]


def test_a_generic_body_and_a_whole_name_are_two_bodies_and_neither_stands_for_the_other():
    """"the Trust and Harlingford and Wyle Integrated Care Board" is the Trust and the ICB; and "the
    Trust" alone elsewhere is not resolved to that pair."""
    parsed = parse(
        """
        Recommendations

        Recommendation 1

        That the Trust sends every appointment letter by text message as well as by post.

        Recommendation 2

        That the Trust and Harlingford and Wyle Integrated Care Board review the eligibility criteria for transport.
        """,
        kind="scrutiny_report",
    )
    recs = {r.label: r for r in parsed.recommendations}
    assert recs["1"].addressees == ["Trust"]
    assert recs["2"].addressees == ["Trust", "Harlingford and Wyle Integrated Care Board"]


def test_the_council_in_a_councils_own_paper_is_that_council_however_often_another_is_named():
    parsed = parse(
        """
        Recommendations

        Recommendation 1

        That the Council replaces every street tree it fells with two new trees.

        Recommendation 2

        That the Leader asks Harrowdenshire County Council to apply the Tree Strategy to highway schemes.

        Harrowdenshire County Council is the highway authority. Harrowdenshire County Council plants few trees.
        """,
        kind="scrutiny_report", council="Harrowden Borough Council",
    )
    assert parsed.recommendations[0].addressees == ["Council"]



@pytest.mark.parametrize("text, head", [
    ("**YS1** That the Council keeps all four youth centres open.", ("YS1", "That the Council keeps all four youth centres open.")),
    ("HW2 That the Cabinet publishes a housing strategy.", ("HW2", "That the Cabinet publishes a housing strategy.")),
    ("R2 That the Council reviews its fees.", ("2", "That the Council reviews its fees.")),  # the R is the word's initial
    # a code in parts, as a review numbers its recommendations apart from other reviews'
    ("SC/23/01 That the Executive freezes fees.", ("SC/23/01", "That the Executive freezes fees.")),
    ("HOSC-2024-03: That the Trust reports on waiting times.", ("HOSC-2024-03", "That the Trust reports on waiting times.")),
    ("A38/2 closures lasted a week.", None),
    # a lettered part of a numbered recommendation, its brackets printed ("2(a)"), and a verdict after it
    ("Recommendation 2(a) \u2013 Accepted", ("2(a)", "Accepted")),
    ("Recommendation 3 (a) That the Council", None),  # apart, "(a)" opens the text: not this label
    ("M25 junctions were busy all summer.", None),  # a road, not a label
    ("CO2 emissions fell by a tenth.", None),
    # a review that letters its themes and numbers the recommendations in each: "A1", "B2", before an ask
    ("A1 The Department should publish a national strategy.", ("A1", "The Department should publish a national strategy.")),
    ("B2 Local authorities should form partnerships.", ("B2", "Local authorities should form partnerships.")),
    ("SC4 The Cabinet should consult the schools.", ("SC4", "The Cabinet should consult the schools.")),
    ("Recommendation A1", ("A1", "")),
    ("A1 Sufficiency and commissioning", None),  # a theme's head, asking nothing
    ("M6 traffic should fall by a tenth.", None),  # a road and a forecast: no body asked to act
    # a table row "Recommendation 2.4 | Agreed. ...": the label is 2.4 whole, and the verdict opens no recommendation
    ("Recommendation 2.4 Agreed. The Executive has written to the police.", None),
    # whom it is for, after the label, the rest of the head's line
    ("RECOMMENDATION 2 (for the Council, working with the Universities)", ("2", "")),
    # a designed deck's or leaflet's middle dot between the label and its title
    ("Rec 2 \u00b7 Mental health practitioner in the hub", ("2", "Mental health practitioner in the hub")),
    ("R3 \u00b7 Bus stops near the hospital", ("3", "Bus stops near the hospital")),
    # a label printed in its brackets after the word: "Recommendation (a) – ...", as "(a)" alone is "a"
    ("Recommendation (a) \u2013 a standard for answering calls", ("a", "a standard for answering calls")),
    ("Recommendation (3): That the Cabinet adopts the plan.", ("3", "That the Cabinet adopts the plan.")),
    ("Recommendation (3 \u2013 a bracket never closed", None),
])
def test_a_coded_label_is_kept_as_printed(text, head):
    from pipeline.labels import read_head

    assert read_head(text) == head


def test_a_recommendations_section_whose_own_list_starts_again_after_its_opening_paragraph():
    """ "4. Recommendations", "4.1 The Panel makes three recommendations ...", then "1. That ..." "3. That ...":
    the list is the section's own, numbered apart from its paragraphs, and the paragraph that opens it
    is about the recommendations, not one of them."""
    text = textwrap.dedent("""\
        3. Findings

        3.1   The Panel heard from residents and officers about the service.

        4. Recommendations

        4.1   The Panel makes three recommendations. Recommendations 1 and 3 are for the
              Cabinet Member for Housing, and Recommendation 2 is for the Fire Service.

              1.  That the Cabinet Member for Housing requires smoke alarms in every
                  licensed house in multiple occupation.

              2.  That the Fire Service visits every referred resident within 28 days.

              3.  That the Cabinet Member for Housing reports progress to the Panel in a year.

        5. Next steps

        5.1   The Cabinet will consider this report in November.
        """)
    recs = parse(text, kind="scrutiny_report", body="Communities Scrutiny Panel").recommendations
    assert [r.label for r in recs] == ["1", "2", "3"]
    assert recs[1].addressees == ["Fire Service"]
    assert recs[0].text.startswith("That the Cabinet Member for Housing requires")


def test_the_reasons_for_the_recommendations_are_not_one_of_them():
    """ "2.2 Reasons for the recommendations: ... conditions that landlords must meet.": a report form's field
    that argues for the decisions, whatever modal its argument uses."""
    parsed = parse(
        """
        2. RECOMMENDATIONS

        2.1 That the Committee:

        (a) approves the designation of the four wards;

        (b) approves the licence conditions at Appendix 2.

        2.2 Reasons for the recommendations: licensing will set conditions that landlords must meet.

        3. BACKGROUND

        3.1 The Council consulted for ten weeks.
        """,
        kind="officer_report",
        body="Housing Committee",
    )
    assert [r.label for r in parsed.recommendations] == ["a", "b"]


def test_bulleted_decisions_under_a_numbered_lead_in_are_each_a_decision():
    """ "2.1 Cabinet is RECOMMENDED to:" over four plain bullets: each bullet is a decision sought, numbered in
    order as the output contract numbers unlabelled items, in paragraph 2.1 (the asking verb in capitals too)."""
    parsed = parse(
        """
        2. Recommendations

        2.1 Cabinet is RECOMMENDED to:

        • approve the draft strategy for consultation;
        • agree that £1.2 million is added to the capital programme;
        • note the findings of the flood investigation; and
        • delegate authority to the Director to make minor changes.

        3. Background

        3.1 The strategy was last revised in 2019.
        """,
        kind="officer_report",
        body="Cabinet",
    )
    recs = parsed.recommendations
    assert [(r.label, r.paragraph) for r in recs] == [("1", "2.1"), ("2", "2.1"), ("3", "2.1"), ("4", "2.1")]
    assert [r.text.split()[0] for r in recs] == ["approve", "agree", "note", "delegate"]
    assert [r.addressee for r in recs] == ["Cabinet"] * 4


def test_a_body_whose_name_holds_and_is_split_from_another_at_the_right_and():
    """ "the Council and Kestmoor Fire and Rescue Service": the document names both alone, so the first "and" joins
    two bodies and the second is the Service's own."""
    parsed = parse(
        """
        Recommendations

        1. That the Council and Kestmoor Fire and Rescue Service sign a data-sharing agreement by March.

        2. That Kestmoor Fire and Rescue Service visits every referral within 28 days.

        3. That the Council refers every client who smokes to Kestmoor Fire and Rescue Service.

        4. That the Council trains its staff.
        """,
        kind="scrutiny_report",
        body="Communities Scrutiny Panel",
        council="Eddisford Borough Council",
    )
    assert parsed.recommendations[0].addressees == ["Council", "Kestmoor Fire and Rescue Service"]


def test_a_list_of_asks_carried_over_a_page_break_keeps_its_numbers():
    """"3.1 The Committee recommends: 1. ... 3." and, after a page break, "4. That Cabinet ...": the list goes on
    (4 is its next number, and the paper's next section, "4. Next steps", has a title), every item a recommendation."""
    parsed = parse(
        """
        3. Recommendations

        3.1 The Committee recommends:
        1. That Cabinet adopts a revised collection policy.
        2. That the Cabinet Member for Finance rewrites the reminder notices.
        3. That Cabinet ends referrals to enforcement agents for residents on Council Tax Support.
        \f
        4. That Cabinet raises the maximum award of Council Tax Support to 100 per cent.
        5. That Cabinet publishes enforcement figures every quarter.

        4. Next steps

        4.1 The Committee asks Cabinet to respond within two months.
        """,
        kind="scrutiny_report",
    )
    assert [r.label for r in parsed.recommendations] == ["1", "2", "3", "4", "5"]
    assert [p.number for p in parsed.paragraphs if p.number] == ["3", "3.1", "4", "4.1"]


def test_an_officer_report_that_puts_its_decisions_as_a_list_seeks_those_alone():
    """Paragraphs of an officer report that say what someone must do describe duties ("the Council must consult"),
    or report what was asked ("A charity asked that the Council provide ..."): the report seeks the decisions it
    puts as such."""
    text = """
        Recommendations

        2) That the Committee:
        a) notes the results of the consultation;
        b) approves the making of the Order in the form at Appendix 1.

        Background

        5) The current Order requires a person in charge of a dog to clear up after it.

        Consultation

        9) Before making an Order the Council must consult the chief officer of police.

        11) A national dog welfare charity asked that the Council provide more areas where dogs can run free.
        """
    parsed = parse(text, kind="officer_report")
    assert [r.label for r in parsed.recommendations] == ["a", "b"]


@pytest.mark.parametrize("value, decisions", [
    ("That the Committee notes the Partnership's annual report.", [("1", "That the Committee notes the Partnership's annual report.")]),
    ("That Cabinet: (i) approves the draft strategy for consultation; (ii) notes the timetable in Appendix B",
     [("i", "approves the draft strategy for consultation"), ("ii", "notes the timetable in Appendix B")]),
    ("For information only", []),  # the field says no decision is sought
])
def test_a_cover_sheet_field_states_the_decision_a_report_for_information_seeks(value, decisions):
    """"Recommendation(s) | That the Committee notes ...": a report whose body asks for nothing seeks what its cover
    sheet's field states, one decision per item of a list in it, labelled as printed."""
    parsed = _tabled([
        ("Report to\tCommunities Scrutiny Committee", True),
        ("Purpose of report\tFor information", True),
        (f"Recommendation(s)\t{value}", True),
        ("Wards affected\tAll", True),
        ("1. Introduction", False),
        ("1.1 The Partnership's performance in 2024/25 is summarised below.", False),
    ], kind="officer_report")
    assert [(r.label, r.text) for r in parsed.recommendations] == decisions
    assert all(r.kind == "decision_sought" for r in parsed.recommendations)


def test_a_cover_sheet_field_repeated_in_the_body_is_not_a_second_decision():
    parsed = _tabled([
        ("Recommendation\tThat Cabinet approves the draft strategy.", True),
        ("2. Recommendations", False),
        ("2.1 That Cabinet approves the draft strategy.", False),
    ], kind="officer_report")
    assert [r.label for r in parsed.recommendations] == ["2.1"]


def test_a_front_sheet_s_reasons_field_states_no_decision():
    """"Reason for recommendation(s) | 1. To give landlords ... 2. To allow ...": the field argues for the decisions that
    the "Recommendation(s)" field above it states; its numbered reasons, put as infinitives, are no decisions."""
    parsed = _tabled([
        ("Recommendation(s)\tThat Cabinet: 1. approves the enforcement policy; 2. approves the penalty matrix", True),
        ("Reason for recommendation(s)\t1. To give landlords a clear statement of the Council's approach. "
         "2. To allow the Council to deal with more offences by civil penalty.", True),
        ("1. Introduction", False),
        ("1.1 The policy was adopted in 2019.", False),
    ], kind="officer_report")
    assert [(r.label, r.text) for r in parsed.recommendations] == [
        ("1", "approves the enforcement policy"), ("2", "approves the penalty matrix")]


def test_an_inline_list_of_decisions_wrapped_at_a_mark_stays_inline():
    """"2. That the Panel (i) notes ...;" with the line breaking just before "(ii) reviews ...": the mark that opens the
    wrapped line is the inline list's next, not the first item of a list set out line by line, and keeps its
    brackets; every item is a decision, labelled as printed."""
    parsed = _lines_doc([
        ("RECOMMENDATION", 68, 1, False),
        ("2. That the Panel (i) notes the Commissioner's proposed precept for 2029/30 of £287.46 for a", 68, 1, False),
        ("Band D property, as set out at Appendix A;", 102, 0, False),
        ("(ii) reviews the proposed precept in the light of the Commissioner's presentation; (iii) decides", 102, 0, False),
        ("whether to support the proposed precept; and (iv) asks the Commissioner to report in July 2029.", 102, 0, False),
        ("THE PANEL'S ROLE", 68, 1, False),
        ("3. The Panel must review the proposed precept and report to the Commissioner.", 68, 1, False),
    ], body="Wrekenshire Police and Crime Panel")
    assert [r.label for r in parsed.recommendations] == ["i", "ii", "iii", "iv"]
    assert parsed.recommendations[1].text == ("reviews the proposed precept in the light of the Commissioner's "
                                              "presentation")
    two = next(p for p in parsed.paragraphs if p.number == "2")
    assert "; (ii) reviews" in two.text.replace("\n", " ") and not two.items


def test_a_numbered_finding_s_recommendation_field_is_its_recommendation():
    """ "3. <a finding>" followed by "Recommendation: The Department should ..." (a Public Accounts Committee report, an
    audit's findings): the field's text is item 3's recommendation, labelled 3 and lettered 3a, 3b for its parts,
    and the finding itself, which asks no one to act, is none; a bare "Recommendations:" over a) b) gives 5a, 5b."""
    parsed = parse("""
        Conclusions and recommendations

        3. The Department does not know what the backlog will cost to clear. Its figure is the sum of the museums' own
        estimates.

        Recommendation: The Department should write to the Committee within six months setting out:

        a) its best estimate of the full cost of clearing the backlog; and

        b) how it will decide which repairs are funded first.

        4. HM Treasury's rules make it hard for the museums to save for large projects.

        Recommendation: HM Treasury should allow the museums to carry forward unspent capital grant.

        5. Galleries are closing, and the public is not told why.

        Recommendations:

        a) The Department should publish each year a list of the galleries that are closed.

        b) Arts Council England should target its fund on the museums at greatest risk.

        1 Understanding the estate

        6. The Department sponsors 15 national museums.
        """, kind="scrutiny_report")
    assert [(r.label, r.text) for r in parsed.recommendations] == [
        ("3a", "its best estimate of the full cost of clearing the backlog; and"),
        ("3b", "how it will decide which repairs are funded first."),
        ("4", "HM Treasury should allow the museums to carry forward unspent capital grant."),
        ("5a", "The Department should publish each year a list of the galleries that are closed."),
        ("5b", "Arts Council England should target its fund on the museums at greatest risk.")]
    assert [r.addressee for r in parsed.recommendations][2:] == ["HM Treasury", "Department", "Arts Council England"]
    assert not any(r.conclusion for r in parsed.recommendations)  # a part that names no one is still asked, in a
    # section titled "Conclusions and recommendations"


def test_a_lettered_list_goes_on_under_a_second_stem_in_the_next_paragraph():
    """"6.1 The Committee RECOMMENDS that the Cabinet: (a) ... (g)" then "6.2 ... that the Cabinet Member for Waste: (h)
    ... (i)": the second stem's items go on with the first's letters ("(i)" after "(h)" is a letter, not a roman), each
    asked of its own stem's body."""
    parsed = parse("""
        6. RECOMMENDATIONS

        6.1 The Committee RECOMMENDS that the Cabinet:

        (a) keeps all nine recycling centres open on five days a week;

        (b) ends the requirement to book a visit on weekdays; and

        (c) opens reuse shops at two centres by April 2026.

        6.2 The Committee RECOMMENDS that the Cabinet Member for Waste:

        (d) writes to the Secretary of State about packaging payments; and

        (e) publishes each centre's recycling rate every quarter.

        7. FINANCIAL IMPLICATIONS

        7.1 The Head of Finance has commented on the costs.
        """, kind="scrutiny_report")
    assert [(r.label, r.paragraph, r.addressee) for r in parsed.recommendations][2:] == [
        ("c", "6.1", "Cabinet"), ("d", "6.2", "Cabinet Member for Waste"), ("e", "6.2", "Cabinet Member for Waste")]


def test_a_paragraph_number_set_off_by_a_tab_in_plain_text():
    """A word processor's numbered paragraphs saved as plain text ("5.1<TAB>The Committee ...", "R1<TAB>That the
    Cabinet ...") are paragraphs, not rows of a two-column table; a short cell after a number stays a table's where
    the table's header stands with it (alone, "1<TAB>Introduction" is a numbered heading: round 13)."""
    from pipeline.ingest.txt import text_to_lines

    lines, _ = text_to_lines("5.1\tThe Committee makes two recommendations to the Cabinet.\n"
                             "R1\tThat the Cabinet extends School Streets to every primary school.\n\n"
                             "Option\tDescription\n1\tIncrease fees")
    assert [(l.text, l.table) for l in lines] == [
        ("5.1 The Committee makes two recommendations to the Cabinet.", False),
        ("R1 That the Cabinet extends School Streets to every primary school.", False),
        ("Option\tDescription", True), ("1\tIncrease fees", True)]
    parsed = parse("5. Recommendations\n\n5.1\tThe Committee makes two recommendations.\n"
                   "R1\tThat the Cabinet extends School Streets to every primary school.\n"
                   "R2\tThat the Council reports each year on the readings it takes.\n", kind="scrutiny_report")
    assert [(r.label, r.addressee) for r in parsed.recommendations] == [("1", "Cabinet"), ("2", "Council")]


def test_a_front_sheet_field_with_a_list_and_infinitive_decisions():
    """"Decision(s) required | (i) To note ... Appendix 2. (ii) To recommend to Council that ...": each item a decision,
    "Appendix 2." no item; an infinitive's subject is the meeting the report goes to, not the council it names."""
    parsed = _tabled([
        ("Meeting\tLicensing Committee", True),
        ("Decision(s) required\t(i) To note the responses set out in full at Appendix 2. (ii) To recommend to Council "
         "that the Statement of Licensing Policy be adopted. (iii) To authorise the Licensing Manager to make minor "
         "changes.", True),
        ("1. Introduction", False),
        ("1.1 The Council is the licensing authority for the district.", False),
    ], kind="officer_report")
    assert [(r.label, r.addressee) for r in parsed.recommendations] == [
        ("i", "Joint Health Scrutiny Committee"), ("ii", "Joint Health Scrutiny Committee"),
        ("iii", "Joint Health Scrutiny Committee")]  # the body the test's document names as its own
    assert parsed.recommendations[0].text == "To note the responses set out in full at Appendix 2."


def test_a_contents_table_is_not_a_table_of_recommendations():
    from pipeline.segment.tables import table_recommendations

    parsed = _tabled([
        ("1 Purpose of the report\t2", True),
        ("2 Recommendations\t2", True),
        ("3 Background\t2", True),
        ("4 Options\t3", True),
    ], kind="officer_report")
    assert table_recommendations(parsed.document) == []


def test_lettered_items_under_a_numbered_stem_are_asked_of_the_body_the_stem_names(tmp_path):
    """A web page's list: "2. That the Cabinet Member for ... improves access by: a) ... b) ...": each lettered item
    completes its stem, so the body the stem names is asked, not the council's executive by default."""
    from pipeline.process import parse_file

    page = tmp_path / "report.html"
    page.write_text(
        "<html><body><h1>Nowhere to Go: a scrutiny review of public toilets</h1><h2>3. Recommendations</h2>"
        "<p>3.1 The Panel recommends:</p><p>1. That the Cabinet adopts a public toilet strategy.</p>"
        "<p>2. That the Cabinet Member for Communities and Leisure improves access to toilets by:</p>"
        "<p>(a) setting up a community toilet scheme;</p><p>(b) publishing an online map of toilets open to the public.</p>"
        "<p>3. That the Council ends the 40p charge.</p><h2>4. Next steps</h2><p>4.1 The Panel asks for a response.</p>"
        "</body></html>", encoding="utf-8")
    parsed = parse_file(page, themes=False)
    assert [r.addressee for r in parsed.recommendations] == [
        "Cabinet", "Cabinet Member for Communities and Leisure", "Cabinet Member for Communities and Leisure", "Council"]


def test_a_list_of_recommendations_goes_on_under_the_sections_sub_headings():
    """"5.1 The Committee makes the following recommendations: 1. ... 3." and then, under sub-headings of the
    section, "4. That ...", "5. That ...": one list, every item a recommendation labelled as printed."""
    parsed = parse(
        """
        5. Recommendations

        5.1 The Committee makes the following recommendations to the Cabinet:
        1. That the Cabinet adopts a charging strategy.
        2. That the Cabinet Member for Climate publishes a map of chargers.
        3. That the Council bids for funding for on-street chargers.

        Charging at home

        4. That the Council allows residents to lay a cable across the pavement in an approved channel.

        The price of charging

        5. That the Cabinet Member for Climate caps the tariff at its chargepoints.

        6. Next steps

        6.1 The Committee asks the Cabinet to respond within three months.
        """,
        kind="scrutiny_report",
    )
    assert [r.label for r in parsed.recommendations] == ["1", "2", "3", "4", "5"]


def test_a_decision_listing_its_items_inline_gives_one_decision_each():
    parsed = parse(
        """
        2. Recommendations

        2.1 That the Board (1) notes the outturn on the harbour account for 2025/26; (2) approves the carry-forward of £120,000 to 2026/27; and (3) asks the Director of Place to report in March 2027 on the fuel berth.

        2.2 Reasons for the recommendations: the Board must approve any carry-forward.
        """,
        kind="officer_report", body="Harbour Board",
    )
    assert [(r.label, r.paragraph) for r in parsed.recommendations] == [("1", "2.1"), ("2", "2.1"), ("3", "2.1")]
    assert parsed.recommendations[1].text == "approves the carry-forward of £120,000 to 2026/27"
    assert all(r.addressee == "Harbour Board" for r in parsed.recommendations)


def test_numbered_items_completing_a_lead_in_open_in_lower_case():
    """"Cabinet is recommended to:" then "1. approve ...", "5. note ...": items of the lead-in, each a decision, the
    last one kept although the paragraph after the list ("Reasons for the recommendations: ...") gives nothing."""
    parsed = parse(
        """
        2. Recommendations

        2.1 Cabinet is recommended to:
        1. approve the Home to School Travel Assistance Policy 2027/28 at Appendix 1;
        2. agree that the post-16 contribution be increased from £690 to £750; and
        3. note the results of the consultation at Appendix 2.

        2.2 Reasons for the recommendations: the Council must review its policy each year.
        """,
        kind="officer_report", body="Cabinet",
    )
    assert [(r.label, r.paragraph) for r in parsed.recommendations] == [("1", "2.1"), ("2", "2.1"), ("3", "2.1")]


def test_a_decision_record_sheets_decision_field_and_its_decision_maker():
    """A Cabinet Member's record of decision: the "Decision:" field holds the decisions ("1. To approve ... 2. To
    authorise ..."), each a decision taken by the office the "Decision maker:" field names."""
    from pipeline.records import Line

    lines = [Line("Record of decision taken by a Cabinet Member"),
             Line("Decision maker:\tCabinet Member for Culture and Leisure", table=True),
             Line("Decision:\t1. To approve the revised opening hours for the nine branch libraries from April 2027. "
                  "2. To authorise the Head of Libraries to agree the volunteer scheme with the Friends groups.", table=True),
             Line("Reasons for the decision:\tThe budget requires a saving of £212,000 a year.", table=True)]
    doc = Document(id="cd" * 32, source="t.html", path="t.html", pages=1, lines=lines, meta=DocumentMeta(kind="other"))
    from pipeline.ingest.meta import read_meta

    doc.meta = read_meta(lines, source="t.html")
    doc.meta.kind = "other"
    parsed = segment(doc)
    assert [(r.label, r.kind, r.addressee) for r in parsed.recommendations] == [
        ("1", "decision_sought", "Cabinet Member for Culture and Leisure"),
        ("2", "decision_sought", "Cabinet Member for Culture and Leisure")]


def test_another_bodys_recommendations_quoted_in_an_officer_report_are_not_sought():
    parsed = parse(
        """
        2. Recommendations

        2.1 That the Committee:
        a) adopts the Councillor Safety Protocol at Appendix 1;
        b) notes the results of the councillor survey.

        3. Background

        3.1 The guidance was published in 2025.

        3.2 The guidance makes a number of recommendations. The Local Government Association recommends that councils:
        a) have a named officer whom councillors can contact about their safety;
        b) offer every councillor a personal safety risk assessment after election.
        """,
        kind="officer_report", body="Policy and Resources Committee",
    )
    assert [(r.label, r.paragraph) for r in parsed.recommendations] == [("a", "2.1"), ("b", "2.1")]


def test_a_table_whose_number_column_has_no_name_is_labelled_by_it():
    """A Word table " | Recommendation | Reason for recommendation" numbers its rows in a first column left
    unnamed: the label is what that column prints, row by row. (Read as a table about recommendations, none.)"""
    parsed = _tabled([
        ("\tRecommendation\tReason for recommendation", True),
        ("1\tRecommend to Council that the scheme at Appendix 1 be adopted.\tThe Council must adopt it by March.", True),
        ("2\tApprove a hardship fund of £120,000 for 2027/28.\tTo protect those who lose most.", True),
        ("3\tNote the results of the consultation.\tThe Executive must take them into account.", True),
    ], kind="officer_report")
    assert [(r.label, r.text) for r in parsed.recommendations] == [
        ("1", "Recommend to Council that the scheme at Appendix 1 be adopted."),
        ("2", "Approve a hardship fund of £120,000 for 2027/28."),
        ("3", "Note the results of the consultation.")]


def test_an_unnamed_first_column_of_words_is_not_a_number_column():
    """The same header over rows whose first cell is a word ("Agreed") prints no label: no table of recommendations."""
    parsed = _tabled([
        ("\tRecommendation\tReason for recommendation", True),
        ("Agreed\tThat the scheme be adopted.\tThe Council must adopt it.", True),
        ("Agreed\tThat a fund be set up.\tTo protect those who lose most.", True),
    ], kind="officer_report")
    assert parsed.recommendations == []


def test_a_bulleted_list_under_a_recommendations_heading_is_one_decision_per_bullet():
    """An issue page's "Recommendations:" over bullets ("• To approve ...", "• To note ..."): each bullet a decision,
    labelled 1, 2, ... in order, as the output contract labels an unnumbered list; a bulleted list elsewhere is not."""
    parsed = parse(
        """
        Consultation process

        • Fleet users in each service, October to December 2026.
        • Trade unions, January 2027.

        Recommendations:

        • To approve the Fleet Replacement Programme at Appendix A to the report.
        • To recommend to Council that £14.2 million be added to the capital programme.
        • To note that some vehicles will stay diesel until 2029.

        Agenda items

        • 17/03/2027 - Cabinet Item 11 - Recommendations Approved
        """,
        kind="officer_report", body="Cabinet",
    )
    assert [(r.label, r.text, r.addressee, r.kind) for r in parsed.recommendations] == [
        ("1", "To approve the Fleet Replacement Programme at Appendix A to the report.", "Cabinet", "decision_sought"),
        ("2", "To recommend to Council that £14.2 million be added to the capital programme.", "Cabinet", "decision_sought"),
        ("3", "To note that some vehicles will stay diesel until 2029.", "Cabinet", "decision_sought")]


def test_a_heading_that_names_the_recommendations_by_the_verb_opens_them():
    """ "What we recommend" opens a list of recommendations as "Recommendations" does (segment lexicon v6)."""
    parsed = parse(
        """
        What we heard

        Care leavers told us that they meet their personal adviser too late.

        What we recommend

        The Panel makes the following recommendations.

        1. The Council should exempt care leavers from council tax until their 25th birthday.

        2. The Director of Children's Services should make sure that every young person has a personal adviser by 16.

        What happens next

        The Panel asks the Director to respond by May 2025.
        """,
        kind="scrutiny_report",
    )
    assert [(r.label, r.addressee) for r in parsed.recommendations] == [
        ("1", "Council"), ("2", "Director of Children's Services")]


def test_a_head_that_cites_its_paragraph_labels_the_recommendation_and_places_it():
    """ "Recommendation 1 (paragraph 4.3)" over the text: label 1 as printed, in paragraph 4.3, the paragraph the head
    cites (a response may answer it as "Paragraph 4.3"). (The cited paragraph made the head unreadable: no recommendation.)"""
    parsed = parse(
        """
        Summary of recommendations

        Recommendation 1 (paragraph 4.3)

        We recommend that the Council extends its Attendance Support Service to every family.

        Recommendation 2 (para 5.2)

        We recommend that the Council publishes each term the absence rate of every school.
        """,
        kind="scrutiny_report",
    )
    assert [(r.label, r.paragraph, r.addressee) for r in parsed.recommendations] == [("1", "4.3", "Council"), ("2", "5.2", "Council")]


def _lines_doc(rows, kind="officer_report", body="Cabinet"):
    from pipeline.records import Line

    lines = [Line(text, indent=indent, gap_before=gap, table=table) for text, indent, gap, table in rows]
    doc = Document(id="ab" * 32, source="t.pdf", path="t.pdf", pages=1, lines=lines,
                   meta=DocumentMeta(kind=kind, body=body, council="Ulverdale District Council"))
    return segment(doc)


def test_a_run_in_decision_field_goes_on_over_its_paragraph_s_lines():
    """"RECOMMENDATION: That Members note the outcome of the review, the" and three more lines at the field's hanging
    indent: the decision is the whole of its paragraph after the field's name, not its first line."""
    parsed = _lines_doc([
        ("SUMMARY", 62, 1, False),
        ("The review finds that risk has fallen slightly since 2026.", 187, 1, False),
        ("RECOMMENDATION: That Members note the outcome of the 2028 station area risk review, the", 62, 1, False),
        ("revised risk scores set out in Table 1, and the four changes to the action plan", 187, 0, False),
        ("set out in section 5.0.", 187, 0, False),
        ("1.0 INTRODUCTION", 62, 1, False),
        ("1.1 The Framework requires every authority to assess its risks.", 62, 1, False),
    ], body=None)
    assert [r.text for r in parsed.recommendations] == [
        "That Members note the outcome of the 2028 station area risk review, the revised risk scores set out in Table 1, "
        "and the four changes to the action plan set out in section 5.0."]


def test_a_resolve_list_whose_numbers_are_also_the_sections_is_read_by_its_indent():
    """ "The Cabinet is asked to RESOLVE: 1. ... 5." under section 2, set further in than the sections' "3. BACKGROUND":
    items 3 to 5 are the list's, not sections 3 to 5; and "... identified in Appendix" wrapped onto "3 (Part B), on the
    terms" at the item's hanging indent goes on with item 2, not opens item 3. (In a report whose paragraphs run 1, 2,
    3, a number alone is a paragraph's: reports7's R31.)"""
    parsed = _lines_doc([
        ("1. PURPOSE OF THE REPORT", 68, 1, False),
        ("1.1 This report asks the Cabinet to declare the depot surplus.", 68, 1, False),
        ("2. RECOMMENDATIONS", 68, 1, False),
        ("The Cabinet is asked to RESOLVE:", 102, 1, False),
        ("1. To declare the former depot surplus to the Council's operational requirements.", 102, 1, False),
        ("2. To approve the sale of the freehold to the preferred bidder identified in Appendix", 102, 0, False),
        ("3 (Part B), on the terms set out there.", 125, 0, False),
        ("3. To approve the reserve bidder identified in Appendix 3 (Part B).", 102, 0, False),
        ("4. To delegate authority to the Director of Resources to agree the final terms.", 102, 0, False),
        ("3. BACKGROUND", 68, 1, False),
        ("3.1 The depot was built in 1968.", 68, 1, False),
    ])
    assert [(r.label, r.text) for r in parsed.recommendations] == [
        ("1", "To declare the former depot surplus to the Council's operational requirements."),
        ("2", "To approve the sale of the freehold to the preferred bidder identified in Appendix 3 (Part B), on the terms "
              "set out there."),
        ("3", "To approve the reserve bidder identified in Appendix 3 (Part B)."),
        ("4", "To delegate authority to the Director of Resources to agree the final terms.")]


def test_a_form_s_decision_field_set_as_a_line_is_the_decision():
    """A ruled decision record's row "Decision taken: To make the Order ..." (the reader sets a form's two cells as
    "Name: value") states the decision as a table row of its two cells does."""
    parsed = _lines_doc([
        ("OFFICER DECISION RECORD", 57, 0, False),
        ("Decision reference: ODR/2027/038", 57, 1, False),
        ("Decision taken: To make the Priory Fields Order 2027 as advertised, with the change to Abbey Road.", 57, 1, False),
        ("Reasons: Commuters fill the streets from early morning.", 57, 1, False),
    ])
    assert [(r.label, r.text) for r in parsed.recommendations] == [
        ("1", "To make the Priory Fields Order 2027 as advertised, with the change to Abbey Road.")]


def test_a_table_that_lays_out_the_numbered_paragraphs_is_read_as_them():
    """A report set in a two-column Word table, one row a paragraph ("2.1 | That the Committee approves ..."): the rows
    are the numbered paragraphs and the decisions 2.1-2.3 are read as a report's; a table numbered 1, 2, 3 stays a table."""
    rows = [("1.\tPURPOSE OF THE REPORT", True), ("1.1\tThis report presents the results of the consultation.", True),
            ("2.\tRECOMMENDATIONS", True),
            ("2.1\tThat the Committee approves the revised Policy at Appendix 1.", True),
            ("2.2\tThat the Committee agrees the residence requirement stays at two years.", True),
            ("3.\tBACKGROUND", True), ("3.1\tThe Policy was last revised in 2021.", True),
            ("\tA third of households are in Band D.", True)]
    parsed = _tabled(rows, kind="officer_report")
    assert [p.number for p in parsed.paragraphs if p.number] == ["1", "1.1", "2", "2.1", "2.2", "3", "3.1"]
    assert [r.label for r in parsed.recommendations] == ["2.1", "2.2"]
    assert "Band D" in next(p.text for p in parsed.paragraphs if p.number == "3.1")


def test_a_report_that_recommends_in_its_numbered_paragraphs():
    """A committee report with no list or section of recommendations makes them in its numbered paragraphs ("9. The
    Committee recommends that the Scottish Government ...", "18. The Committee asks the Scottish Government and COSLA
    to ..."): each is a recommendation labelled by its paragraph number; the paragraphs that recommend nothing are not."""
    parsed = parse(
        """
        8. The Scottish Government funds a childminder recruitment programme in six areas.

        9. The Committee recommends that the Scottish Government extends the programme to every remote rural area.

        10. New childminders told us that registration costs more than £1,000.

        18. The Committee asks the Scottish Government and COSLA to agree a minimum sustainable rate for funded hours.
        """,
        kind="scrutiny_report",
    )
    assert [(r.label, r.addressee) for r in parsed.recommendations] == [
        ("9", "Scottish Government"), ("18", "Scottish Government; COSLA")]


def test_a_page_reference_beside_a_listed_recommendation_is_not_its_text():
    """A Senedd report lists each recommendation with the page it is made on ("... every six months. Page 3"): the page
    is where to find it, not part of it; and "Recommendation 1" set over "The Committee recommends ..." in one table cell
    heads it."""
    parsed = parse(
        """
        Recommendations

        Recommendation 1. The Welsh Government should publish a map of access to cash, and update it every six months. Page 3

        Recommendation 2 The Committee recommends that the Department publishes a new strategy by December 2025.
        """,
        kind="scrutiny_report",
    )
    assert [(r.label, r.text) for r in parsed.recommendations] == [
        ("1", "The Welsh Government should publish a map of access to cash, and update it every six months."),
        ("2", "The Committee recommends that the Department publishes a new strategy by December 2025.")]


def test_a_report_that_asks_for_its_decision_only_in_its_summary_s_prose():
    """No list and no recommendations section: the summary's "It is recommended that the Committee approves ... and
    notes ..." is the decision sought, one, worded as the report words it; a report that lists its decisions elsewhere
    is read by its list, not by such a sentence."""
    parsed = parse(
        """
        EXECUTIVE SUMMARY

        The fees were last reviewed in 2026. The trade was consulted and none objected. It is recommended that the
        Committee approves the fees for 2028/29 set out in Appendix A and notes the programme of inspections.

        1. BACKGROUND

        1.1 The Council runs two cemeteries and a crematorium.
        """,
        kind="officer_report", body="Environment and Community Services Committee",
    )
    assert [(r.label, r.kind, r.text) for r in parsed.recommendations] == [
        ("1", "decision_sought", "It is recommended that the Committee approves the fees for 2028/29 set out in "
                                 "Appendix A and notes the programme of inspections.")]
    listed = parse(
        """
        It is recommended that the Committee approves the fees.

        2. RECOMMENDATIONS

        2.1 That the Committee approves the fees for 2028/29 at Appendix A.
        """,
        kind="officer_report", body="Environment and Community Services Committee",
    )
    assert [r.label for r in listed.recommendations] == ["2.1"]


def test_a_list_of_options_with_check_boxes_asks_only_what_is_ticked():
    parsed = parse(
        """
        2. RECOMMENDATIONS

        The Board is asked to:

            ☐ approve the quarter 2 return for submission to NHS England;

            ☒ note the quarter 2 return, which was submitted on 31 October under delegated authority;

            ☐ refer the return to the Place Partnership for assurance.

        3. BACKGROUND

        3.1 The fund pools budgets of the Council and the Integrated Care Board.
        """,
        kind="officer_report",
    )
    assert [r.text for r in parsed.recommendations] == [
        "note the quarter 2 return, which was submitted on 31 October under delegated authority;"
    ]


def test_a_recommendations_section_ends_at_a_heading_ranked_as_its_own_and_its_bulleted_items_are_each_one():
    """A web page ranks its headings (h2 "Recommendations", h3 "Environment", h2 "Service provider response"): the
    section holds its sub-headings and ends at the next heading of its own rank; each bullet of its lists is one
    recommendation, and the prose about the list is not one."""
    from pipeline.records import Line

    spec = [
        ("What we found", 2), ("The corridor carpet is worn and lifting at the joins.", 0),
        ("Recommendations", 2),
        ("Based on what we saw and heard, we have made four recommendations. They are for the home.", 0),
        ("Environment", 3),
        ("• Replace the worn carpet in the first-floor corridor, which residents told us is a trip hazard.", 0),
        ("• Put signs with pictures and large print on bathroom and toilet doors.", 0),
        ("Food and drink", 3),
        ("• Offer residents a choice of at least two hot meals at tea-time.", 0),
        ("• Make snacks and drinks available at any time of the day or night.", 0),
        ("Service provider response", 2),
        ("We shared a draft of this report with the home and asked the provider to respond within 20 working days.", 0),
    ]
    lines = [Line(text, gap_before=1 if k else 0, bold=bool(level), level=level) for k, (text, level) in enumerate(spec)]
    doc = Document(id="ef" * 32, source="t.html", path="t.html", pages=1, lines=lines, meta=DocumentMeta(kind="other"))
    recs = segment(doc).recommendations
    assert [(r.label, r.text[:31]) for r in recs] == [
        ("1", "Replace the worn carpet in the "), ("2", "Put signs with pictures and lar"),
        ("3", "Offer residents a choice of at "), ("4", "Make snacks and drinks availabl")]


def test_an_action_plan_that_states_findings_and_priorities_is_the_authors_own_list():
    """An audit report's management action plan ("Ref | Finding | Recommendation | Priority | Management response | ...")
    sets out the author's own recommendations, management's agreement recorded beside each: they are this document's
    recommendations, not answers to another paper's."""
    rows = [
        ("4. Management action plan", False),
        ("Ref\tFinding\tRecommendation\tPriority\tManagement response\tResponsible officer\tTarget date", True),
        ("1\t14 of 40 contracts were not on the register.\tThe Procurement Manager should enter every contract above "
         "£5,000 on the contract register.\tHigh\tAgreed. The register will be completed.\tProcurement Manager\t30 September 2025", True),
        ("2\tSix waivers had not been approved.\tManagement should ensure that no waiver is granted without approval.\t"
         "High\tAgreed.\tChief Finance Officer\t1 July 2025", True),
    ]
    parsed = segment(tabled(rows, "audit.docx"))
    assert [(r.label, r.addressee) for r in parsed.recommendations] == [("1", "Procurement Manager"), ("2", "Management")]
    assert parsed.responses == []


def test_the_same_action_plan_in_a_paper_that_responds_to_the_audit_answers_it():
    """The council's own paper on an auditor's review (a response) sets out the plan again, each row the management's
    answer to the auditor's recommendation it names: there the rows are answers, not the paper's own asks."""
    from pipeline.answers import find_answers

    rows = [
        ("Appendix A – Management action plan", False),
        ("Rec\tFindings\tRecommendation (summary)\tPriority\tManagement response\tAction\tResponsible officer\tTarget date",
         True),
        ("R1\tF1, F2\tR1 – Review the strategy for each property\tHigh\tAgreed\tA revised strategy will go to Cabinet "
         "in June 2026.\tHead of Property\tJune 2026", True),
        ("R2\tF3\tR2 – Full valuation of every property each year\tMedium\tPartially agreed\tThe six largest "
         "properties will be valued every year; the rest every three years.\tHead of Property\tDecember 2025", True),
    ]
    parsed = find_answers(segment(tabled(rows, "plan.pdf", kind="response")))
    assert [(r.label, r.stance) for r in parsed.responses] == [("1", "accepted"), ("2", "partially_accepted")]
    assert parsed.responses[0].text.startswith("Agreed\n\nA revised strategy will go to Cabinet")
    assert parsed.recommendations == []


def test_a_cover_table_that_says_what_each_item_is_for_lists_the_decisions_sought():
    """An officer report's cover table "No. | Recommendation | For decision / For noting" lists what it asks: the last
    column says what each item is put to the meeting for ("For noting"), which is no answer to it."""
    from pipeline.answers import find_answers

    rows = [
        ("RECOMMENDATION(S)", False),
        ("No.\tRecommendation\tFor decision / For noting", True),
        ("(i)\tThat the Committee notes the Head of Internal Audit's annual opinion for 2025/26.\tFor noting", True),
        ("(ii)\tThat the Committee approves the Annual Governance Statement 2025/26 at Appendix B.\tFor decision", True),
        ("(iii)\tThat the Committee approves the internal audit plan for 2026/27.\tFor decision", True),
        ("Summary", False),
    ]
    parsed = find_answers(segment(tabled(rows, "cover.pdf", kind="officer_report", body="Audit and Standards Committee")))
    assert [r.label for r in parsed.recommendations] == ["i", "ii", "iii"]
    assert parsed.recommendations[1].text == "That the Committee approves the Annual Governance Statement 2025/26 at Appendix B."
    assert parsed.responses == []


def test_a_table_of_the_decisions_required_lists_the_decisions_sought():
    """"No. | Decision required | Officer recommendation" in an officer report: the middle column names the decision
    the meeting is asked to take, still to be taken, so it answers nothing; the officer's recommendation on each row
    is a decision sought, labelled by the row's number."""
    from pipeline.answers import find_answers
    from pipeline.records import Line

    rows = [
        ("The decisions the Panel is asked to take are set out below.", False),
        ("No.\tDecision required\tOfficer recommendation", True),
        ("1\tWhether to renew the lease of the Harbour Kiosk, and for how long.\tThat the Panel renews the lease of the "
         "Harbour Kiosk to Tidewell Cafes Ltd for five years from 1 May 2026.", True),
        ("2\tWhat rent to charge from 1 May 2026.\tThat the Panel sets the rent at £8,400 a year, reviewed after "
         "three years.", True),
        ("Background", False),
    ]
    lines = [Line(text, gap_before=1, table=table) for text, table in rows]
    doc = Document(id="ab" * 32, source="kiosk.pdf", path="kiosk.pdf", pages=1, lines=lines,
                   meta=DocumentMeta(kind="officer_report", body="Property Panel"))
    parsed = find_answers(segment(doc))
    assert parsed.responses == []
    assert [r.label for r in parsed.recommendations] == ["1", "2"]
    assert parsed.recommendations[1].text == "That the Panel sets the rent at £8,400 a year, reviewed after three years."


def test_a_table_of_findings_and_actions_in_a_paper_that_answers_none_is_no_response():
    """An officer report's impact assessment summary, "Area | Finding | Action", states the author's own findings and
    what it will do about them: no row answers another paper, so no response is read from it. The same table in a
    response (the council's answer to an inspection's findings) answers them."""
    from pipeline.answers import find_answers
    from pipeline.records import Line

    rows = [
        ("Appendix 3: Equality impact assessment – summary", False),
        ("Area\tFinding\tAction", True),
        ("Older people\tNegative: two bus routes to the day centre are withdrawn.\tDemand-responsive service "
         "extended to the centre.", True),
        ("Disabled people\tPositive: every new stop has a raised kerb.\tNone needed.", True),
        ("Contact: Transport Policy Team", False),
    ]
    lines = [Line(text, gap_before=1, table=table) for text, table in rows]
    for kind, answered in (("officer_report", 0), ("response", 2)):
        doc = Document(id="ab" * 32, source="eia.pdf", path="eia.pdf", pages=1, lines=list(lines),
                       meta=DocumentMeta(kind=kind, body="Cabinet"))
        assert len(find_answers(segment(doc)).responses) == answered, kind


def test_bullets_under_it_is_recommended_that_the_body_are_each_a_decision():
    """"5.1 It is recommended that the Committee:" over three bullets: the passive's "that" clause puts the resolution
    each bullet completes, as "That the Committee:" does, so each bullet is a decision sought, numbered in order as
    nothing is printed, in paragraph 5.1."""
    parsed = parse(
        """
        Report of the Head of Regulatory Services

        5. Recommendations

        5.1 It is recommended that the Committee:

        - approves the fees for street trading consents set out in Appendix A;
        - agrees that the fees are reviewed again in 2027; and
        - notes the consultation responses at Appendix B.

        6. Background papers

        6.1 None.
        """, kind="officer_report", body="Licensing Committee")
    assert [(r.label, r.paragraph, r.text[:20]) for r in parsed.recommendations] == [
        ("1", "5.1", "approves the fees fo"), ("2", "5.1", "agrees that the fees"), ("3", "5.1", "notes the consultati")]


def test_an_officer_report_keeps_its_decisions_beside_a_table_of_last_years_answers():
    """An officer report asks its meeting "(1) ... (3)" and sums up, in a table, the answers another body gave to the
    three recommendations the meeting made last year, numbered 1-3. The rows quote last year's asks, not the report's
    decisions, so the decisions stay; a later table of the same width, after the report's text has gone on, is
    another table, not more rows of the answers (an appendix's performance framework)."""
    from pipeline.answers import find_answers

    rows = [
        ("Report of: Panel Support Officer", False),
        ("RECOMMENDATIONS", False),
        ("The Panel is recommended to:", False),
        ("(1) review the Mayor's Annual Report 2025/26 and put questions to the Mayor;", False),
        ("(2) agree the matters it wishes to include in its report on the Annual Report; and", False),
        ("(3) note the Mayor's answers to the recommendations the Panel made last year, in Table 1.", False),
        ("Table 1: The Panel's recommendations of 2025", False),
        ("No.\tRecommendation\tMayor's response\tSince", True),
        ("1\tReport each measure against a target.\tAccepted.\tFour of six measures now have targets.", True),
        ("2\tPublish the spending on each victims' service.\tAccepted.\tDone in the Annual Report.", True),
        ("3\tPublish an easy read version of the Annual Report.\tAccepted in part.\tAn easy read summary only.", True),
        ("NEXT STEPS", False),
        ("After the meeting the Panel Support Officer will draft the Panel's report from the matters the Panel agrees, "
         "for the Chair and the Vice-Chair to settle, and send it to the Mayor within the month, as the law requires.",
         False),
        ("Appendix B: Performance framework", False),
        ("Priority\tMeasure\tAmbition\tComparison", True),
        ("Safer roads\tPeople killed or seriously injured\tReduce by a third\tRoad Safety Partnership", True),
    ]
    doc = tabled(rows, "panel.docx", kind="officer_report", body="Fenmouth Police and Crime Panel")
    doc.lines[-2].page = doc.lines[-1].page = 2
    parsed = find_answers(segment(doc))
    assert [r.label for r in parsed.recommendations] == ["1", "2", "3"]
    assert parsed.recommendations[0].text.startswith("review the Mayor's Annual Report")
    assert [r.label for r in parsed.responses] == ["1", "2", "3"]  # the table's rows answer last year's asks


def test_roman_items_under_a_lettered_decision_are_labelled_as_printed():
    """ "2.1 That Cabinet: (a) ... (b) delegates authority ... to: (i) ... (ii) ... (c) ...": the roman items are
    labelled as printed, 'i', 'ii', in paragraph 2.1 ("(b)" is their lead-in); where the printed labels would repeat
    in the paragraph ("(a) ... (i) (ii) (b) ... (i) (ii)"), each keeps its letter."""
    parsed = parse(
        """
        2. RECOMMENDATIONS

        2.1 That Cabinet:

        (a) approves the Market Street Masterplan;

        (b) delegates authority to the Director of Regeneration to:

        (i) agree the final terms of the development agreement;

        (ii) acquire by agreement the remaining interests; and

        (c) notes the risks set out in section 6.

        3. BACKGROUND

        3.1 The masterplan was consulted on in the autumn.
        """,
        kind="officer_report",
    )
    assert [(r.label, r.paragraph) for r in parsed.recommendations] == [
        ("a", "2.1"), ("i", "2.1"), ("ii", "2.1"), ("c", "2.1")]
    parsed = parse(
        """
        2. RECOMMENDATIONS

        2.1 That Cabinet:

        (a) delegates authority to the Director of Regeneration to:

        (i) agree the final terms of the development agreement;

        (ii) acquire by agreement the remaining interests;

        (b) delegates authority to the Director of Finance to:

        (i) agree the loan facility;

        (ii) draw down the loan.

        3. BACKGROUND

        3.1 The masterplan was consulted on in the autumn.
        """,
        kind="officer_report",
    )
    assert [r.label for r in parsed.recommendations] == ["a(i)", "a(ii)", "b(i)", "b(ii)"]


def test_a_lead_in_that_recommends_a_body_to_act_names_it_for_its_items():
    """ "Cabinet, at its meeting on 8 February, ... RECOMMENDS Council to: 1. adopt ... 2. approve ...": the items are
    asked of the object of the lead-in's asking verb, Council, not of the executive by default."""
    parsed = parse(
        """
        1. RECOMMENDATIONS

        1.1 Cabinet, at its meeting on 8 February 2028, considered the report at Appendix 1 and RECOMMENDS Council to:

            1. adopt the Wetherfold Local Plan 2025-2042;

            2. approve the Sustainability Appraisal adoption statement at Appendix 4.

        2. BACKGROUND

        2.1 The Inspector's report was received in December 2027.
        """,
        kind="officer_report", council="Wetherfold Borough Council",
    )
    assert [(r.label, r.addressee) for r in parsed.recommendations] == [("1", "Council"), ("2", "Council")]


@pytest.mark.parametrize("text,purpose", [
    ("To end the use of bed and breakfast accommodation for families, the Council will lease 40 homes.", True),
    ("To help tenants, we will write to every landlord.", True),
    ("To approve the strategy, subject to the changes at Appendix 2.", False),
    ("To agree, in consultation with the Cabinet Member, the final terms.", False),
    ("To note the report.", False),
])
def test_an_infinitive_of_purpose_puts_no_decision(text, purpose):
    """ "To end X, the Council will ...": an infinitive of purpose before its main clause is narrative, not a decision
    put as an infinitive ("To approve the strategy, subject to ...")."""
    from pipeline.segment.candidates import asks_or_directs
    from pipeline.segment.recommendations import put_as_decision

    assert put_as_decision(text) is not purpose
    assert asks_or_directs(text) is not purpose


def test_a_page_title_naming_recommendations_does_not_hold_the_numbered_sections_under_it():
    """An h1 "Update on the Task Group's recommendations" over h2 "1. Purpose of the report": the numbered sections are
    the report's own structure, not sub-headings of a recommendations section ("1.1 To update the Committee ..." asks
    nothing); "2. Recommendation" opens the decisions."""
    from pipeline.records import Line

    spec = [("Update on the implementation of the Task Group's recommendations", 1), ("1. Purpose of the report", 2),
            ("1.1 To update the Committee on progress with the eleven recommendations of its Task Group.", 0),
            ("2. Recommendation", 2), ("2.1 That the Committee notes the progress set out in section 4.", 0),
            ("3. Background", 2), ("3.1 Cabinet considered the report on 11 November 2025.", 0)]
    lines = [Line(text, gap_before=1 if k else 0, bold=bool(level), level=level) for k, (text, level) in enumerate(spec)]
    doc = Document(id="fe" * 32, source="t.html", path="t.html", pages=1, lines=lines,
                   meta=DocumentMeta(kind="officer_report"))
    assert [r.label for r in segment(doc).recommendations] == ["2.1"]


def test_a_coroners_matters_of_concern_are_what_the_report_asks_action_on():
    """A report to prevent future deaths states its concerns under the form's fixed lead-in, which ends with a
    dash after its full stop: a lead-in over the list (not a heading over paragraphs), and its items are the
    recommendations the bodies it is sent to must answer (segment lexicon v8)."""
    parsed = parse(
        """
        5 CORONER'S CONCERNS

        During the course of the inquest the evidence revealed matters giving rise to concern.

        The MATTERS OF CONCERN are as follows. –

        (1) The ward discharged the patient before her care at home had been confirmed.

        (2) The discharge letter did not record that she had fallen twice on the ward.

        6 ACTION SHOULD BE TAKEN

        In my opinion action should be taken to prevent future deaths.
        """
    )
    assert [(r.label, r.text[:20]) for r in parsed.recommendations] == [("1", "The ward discharged "), ("2", "The discharge letter")]
    assert not any(p.kind == "heading" and "follows" in p.text for p in parsed.paragraphs)


def test_a_lead_in_that_points_to_the_following_recommendations_opens_its_list_however_it_ends():
    """"4.1 The task group makes the following recommendations. Each names ..." ends with a full stop, not a colon,
    yet points ahead: its lettered items are the recommendations, each labelled as printed in paragraph 4.1."""
    parsed = parse(
        """
        4. RECOMMENDATIONS

        4.1 The task group makes the following recommendations. Each names the organisation asked to act.

        (a) That the Trust admits every patient with a confirmed stroke to the stroke unit within four hours.

        (b) That the ICB commissions a support service for every stroke survivor across the county.

        5. NEXT STEPS

        5.1 The Committee asks the Trust and the ICB to respond by 31 October 2025.
        """,
        kind="scrutiny_report",
    )
    assert [(r.label, r.paragraph, r.addressee) for r in parsed.recommendations] == [("a", "4.1", "Trust"), ("b", "4.1", "ICB")]


@pytest.mark.parametrize(("lead", "items"), [
    ("2.2 The steps the Sub-Committee may take are to:", []),
    ("2.2 The Sub-Committee can:", []),
    ("2.2 The Sub-Committee may wish to:", ["a", "b"]),  # a polite ask
    ("2.2 The Sub-Committee is asked to:", ["a", "b"]),
])
def test_a_lead_in_that_says_what_the_meeting_may_do_lists_options_not_decisions(lead, items):
    """A licensing hearing's report asks the sub-committee to determine the application and sets out the steps it
    may take: those are the options open to it, not decisions the report seeks (segment lexicon v8 `permissive`)."""
    parsed = parse(
        f"""
        REPORT OF THE LICENSING MANAGER

        2. RECOMMENDATION

        2.1 The Sub-Committee is asked to determine the application for a premises licence.

        {lead}

        a) grant the application as applied for, subject to the mandatory conditions;

        b) reject the application.

        3. BACKGROUND

        3.1 The application was received on 2 March 2026.
        """,
        kind="officer_report",
    )
    assert [r.label for r in parsed.recommendations] == ["2.1", *items]


def test_a_cover_sheets_bulleted_decisions_run_into_one_field_and_a_pointer_to_them_is_none():
    """A board's cover sheet, set as a form, runs its bullets into the field's one line ("Recommendation: The Board is
    asked to: • approve ...; • note ..."): each bullet is a decision, numbered in order as nothing is printed. The
    paper's own "8.1 The recommendations to the Board are set out on the cover sheet" says where they are; it is none."""
    parsed = parse(
        """
        Report to: Trust Board

        Recommendation: The Board is asked to: • approve the new ward establishments at a cost of £1.46 million; • note the fall in agency use; and • agree that the next review comes to the Board in November.

        Nursing Establishment Review

        1. Introduction

        1.1 This paper presents the findings of the review of the wards.

        8. Recommendation

        8.1 The recommendations to the Board are set out on the cover sheet.
        """,
        kind="officer_report",
    )
    assert [(r.label, r.text) for r in parsed.recommendations] == [
        ("1", "approve the new ward establishments at a cost of £1.46 million"),
        ("2", "note the fall in agency use"),
        ("3", "agree that the next review comes to the Board in November."),
    ]


def test_that_the_committee_colon_leads_a_list_whose_roman_items_are_labelled_as_printed():
    """"That the Committee:" puts the decisions that follow (it is no section label), and the roman items under its
    item (2), in no numbered paragraph, are labelled as printed: i, ii; (2), their stem, asks nothing of its own."""
    parsed = parse(
        """
        RECOMMENDATION(S)
        -----------------

        That the Committee:

        (1)  approves the revised Charging Policy for Special Services at
             Appendix A, to take effect from 1 July 2028;

        (2)  approves the following charges, to take effect from the same date:

             (i)   an hourly charge of £342, plus VAT, for each fire engine;

             (ii)  the other charges in the schedule at Appendix B;

        (3)  notes that the Authority will write to each of the premises.

        BACKGROUND
        ----------

        1.   The Fire and Rescue Services Act 2004 allows an authority to charge for some services.
        """,
        kind="officer_report",
    )
    assert [r.label for r in parsed.recommendations] == ["1", "i", "ii", "3"]
    assert parsed.recommendations[0].text.startswith("approves the revised Charging Policy")


def test_a_block_headed_recommendation_n_is_one_however_it_is_worded():
    """A feedback report lists its key recommendations and prints each again in a box headed "Recommendation N" inside
    its narrative; one headed there alone, in an imperative the grammar does not know ("Close the budget gap ..."), is
    still one beside the list the report asks for: the document heads it so."""
    parsed = parse(
        """
        1 Executive summary

        The council knows its place well and is ambitious for it.

        2 Key recommendations

        The peer team makes the following recommendations:

        1. Refresh the Council Plan so that it sets out no more than five priorities for the borough, each with measurable outcomes.

        2. Bring the county council, the integrated care board and the police together in a place partnership board.

        4 Feedback

        The council has balanced its budget for many years, but the gap ahead is large.

        Recommendation 3

        Close the budget gap of £3.4 million forecast for 2027/28 with a savings and income plan agreed with the budget.

        The workforce is committed and proud to work for the council.
        """,
        kind="other",
    )
    assert [r.label for r in parsed.recommendations] == ["1", "2", "3"]


def test_a_meeting_asked_to_choose_among_options_has_one_decision_the_choice():
    """"The Council may, having reviewed the decision, resolve one of the following: a. ... b. ... c. ...": the
    options are not each sought, but the choice among them is: one decision, whose text holds the options."""
    parsed = parse(
        """
        REPORT TO COUNTY COUNCIL: CALL-IN OF EXECUTIVE DECISION 24/00093

        1. The Scrutiny Committee considered the call-in on 4 February 2025.

        2. The Council may, having reviewed Executive Decision 24/00093, resolve one of the following:

        a. Agree that the decision be implemented

        b. express comments but not require reconsideration of the decision, or

        c. require implementation of the decision to be postponed pending reconsideration by the Cabinet
        """,
        kind="officer_report",
    )
    assert len(parsed.recommendations) == 1
    decision = parsed.recommendations[0]
    assert decision.kind == "decision_sought" and decision.text.startswith("The Council may")
    assert "express comments" in decision.text and "postponed" in decision.text


def test_a_labelled_recommendation_whose_stem_leads_a_lettered_list_is_its_parts():
    """"Recommendation 2" over "That the Trust, to reduce persistent absence: a) ... b) ...": each lettered part asks
    for something of its own (a response answers "2(a)", "2(b)"), so each is a recommendation, labelled 2a, 2b, and
    asked of the body the stem names; a block that is one sentence stays one."""
    parsed = parse(
        """
        Recommendations

        Recommendation 1

        That the Trust publishes each academy's attendance rates every term, with the borough and England averages.

        Recommendation 2

        That the Trust, to reduce persistent absence in its secondary academies:

        a) appoints a family liaison officer in each academy to work with the families of pupils who are absent;

        b) ensures that every pupil whose attendance falls below 90 per cent is offered a meeting within ten days.

        Recommendation 3

        That the Trust stops placing pupils in isolation rooms for more than one day at a time.
        """,
        kind="scrutiny_report",
    )
    assert [(r.label, r.addressee) for r in parsed.recommendations] == [("1", "Trust"), ("2a", "Trust"), ("2b", "Trust"),
                                                                        ("3", "Trust")]
    assert parsed.recommendations[1].text.startswith("appoints a family liaison officer")


def test_a_lead_in_that_names_whom_its_recommendations_are_for_addresses_its_items():
    """"... the peer team's key recommendations to Wendleby Borough Council:" over imperatives that name no one: each
    is for the council the lead-in names, not the executive by default."""
    parsed = parse(
        """
        Key recommendations

        There are suggestions throughout this report; the following are the peer team's key recommendations to Wendleby Borough Council:

        a) Refresh the Council Plan so that it sets out no more than five priorities for the borough, each with measurable outcomes.

        b) Bring together the county council, the integrated care board and the police in a place partnership for Wendleby.
        """,
        kind="other", council="Wendleby Borough Council",
    )
    assert [(r.label, r.addressee) for r in parsed.recommendations] == [("a", "Wendleby Borough Council"),
                                                                        ("b", "Wendleby Borough Council")]


def test_each_concern_of_a_report_sent_to_several_bodies_is_for_those_it_names():
    """A coroner's report is sent to a trust and a council, each bound to answer it; its concerns name no one as a
    subject, but each is about the services of one or both ("The Trust's discharge policy", "the Council's
    reablement service"): those are its addressees, and one that names neither is for both."""
    parsed = parse(
        """
        THIS REPORT IS BEING SENT TO:

        1. The Chief Executive, Orlaston Hospitals NHS Foundation Trust

        2. The Director of Adult Social Care, Tarrendon County Council

        5 CORONER'S CONCERNS

        The MATTERS OF CONCERN are as follows. –

        (1) The Trust's discharge policy does not prevent a patient from being sent home before her care has started.

        (2) The Council's reablement service does not read its referrals between Friday evening and Monday morning.

        (3) Neither organisation has a written protocol for confirming that care has started after a discharge.
        """
    )
    trust, council = "Orlaston Hospitals NHS Foundation Trust", "Tarrendon County Council"
    assert [(r.label, r.addressees) for r in parsed.recommendations] == [
        ("1", [trust]), ("2", [council]), ("3", [trust, council])]


def test_a_concern_states_a_finding_and_names_a_body_by_its_initials():
    """A concern put in the present tense ("The Trust provides no training ...") states a finding, not an ask of its
    subject: it is for the bodies the report is sent to that it names, in full. A body goes by the initials of its
    name's last words ("the ICB" of "... Integrated Care Board"), and so is named by them."""
    parsed = parse(
        """
        THIS REPORT IS BEING SENT TO:

        1. The Chief Executive, Fernlow Partnership NHS Foundation Trust

        2. The Chief Executive, NHS Fernlow and Kestby Integrated Care Board

        5 CORONER'S CONCERNS

        The MATTERS OF CONCERN are as follows. –

        (1) The Trust provides no training for its nursing staff on the side effects of clozapine.

        (2) A request to move a patient from a mental health unit is given a low priority, and the ICB has agreed no
        arrangement for urgent transfers.

        (3) Neither the Trust nor the ICB makes sure that the GP record shows the medicines a clinic supplies.
        """
    )
    trust, icb = "Fernlow Partnership NHS Foundation Trust", "NHS Fernlow and Kestby Integrated Care Board"
    assert [(r.label, r.addressees) for r in parsed.recommendations] == [
        ("1", [trust]), ("2", [icb]), ("3", [trust, icb])]


@pytest.mark.parametrize("cell, code", [("A1", "A1"), ("YS3", "YS3"), ("SC/23/01", "SC/23/01"), ("R2", None),
                                        ("A1 road closures", None)])
def test_a_cell_that_holds_only_a_code_is_its_label(cell, code):
    """A response table's first cell "A1" labels its row as printed (it was numbered by its place); "R2" is a
    reference, read as 2."""
    from pipeline.labels import read_code

    assert read_code(cell) == code


def test_a_heading_the_document_marks_is_one_though_it_reads_as_a_field():
    """Word's "Heading 1" over "Annex: Terms of reference" is a heading, not a field ("Date: 3 May"): the numbered list
    under it is the review's terms of reference, not more of the recommendations above it."""
    from pipeline.records import Line

    lines = [Line("Recommendations", level=2, bold=True), Line("1. That the Department publishes a strategy.", gap_before=1),
             Line("2. That the Department funds a programme.", gap_before=1),
             Line("Annex: Terms of reference", level=1, bold=True, gap_before=1),
             Line("1. To assess whether there are enough children's homes.", gap_before=1),
             Line("2. To consider how placements are commissioned.", gap_before=1)]
    doc = Document(id="ab" * 32, source="review.docx", path="review.docx", pages=1, lines=lines,
                   meta=DocumentMeta(kind="scrutiny_report", title="Review"))
    parsed = segment(doc)
    assert [r.text for r in parsed.recommendations] == ["That the Department publishes a strategy.",
                                                        "That the Department funds a programme."]


@pytest.mark.parametrize("cell, labels", [
    ("Recommendations 2.1 to 2.3", ["2.1", "2.2", "2.3"]), ("Recs 3.2\u20133.4", ["3.2", "3.3", "3.4"]),
    ("Recommendations 4.1 and 4.2", ["4.1", "4.2"]), ("Recommendations 4 to 6", ["4", "5", "6"]),
    ("2.1 to 3.4", ["2.1", "3.4"]),  # across chapters: the two printed, nothing made up between them
    ("Para 4.6", ["4.6"]), ("Paragraph 5.5", ["5.5"]),  # a response table's row by the report's paragraph
])
def test_a_range_of_a_chapters_numbers_gives_each(cell, labels):
    from pipeline.labels import read_labels

    assert read_labels(cell)[0] == labels


def test_a_paragraph_that_points_ahead_to_a_labelled_list_is_about_it():
    """ "6.1 The Committee recommends as follows. Recommendations R1 and R2 are addressed to the Trust ... The Cabinet is
    asked to endorse them": the paragraph introduces the list R1-R2, whatever it says of them; it is none of them."""
    text = textwrap.dedent("""\
        6. Recommendations

        6.1 The Committee recommends as follows. Recommendations R1 and R2 are addressed to Halewood Leisure Trust. The
        Cabinet is asked to endorse them and to forward them to the Trust.

        R1 That Halewood Leisure Trust opens the pool at 6.30am on every weekday.

        R2 That Halewood Leisure Trust publishes its prices for the coming year each March.
        """)
    parsed = parse(text, kind="scrutiny_report", council="Brackenford District Council")
    assert [r.label for r in parsed.recommendations] == ["1", "2"]


def test_the_ninth_letter_after_a_roman_list_is_a_letter_and_a_lead_in_that_names_the_body_asks_it():
    """ "The Board recommends that Cabinet:" over (a)-(c): the items complete the clause, so Cabinet is asked; and in
    "(d) ...: (i) (ii) (iii) (e) ... (h) (i) (j)" the (i) after (h) is the ninth letter, not a fourth roman under (d)."""
    letters = "abcdefghij"
    body = "\n".join(f"      ({c})  approves item {c} of the plan;" if c != "d" else
                      "      (d)  approves the following:\n      (i)  the first part;\n      (ii)  the second part;"
                      for c in letters)
    text = "2.    RECOMMENDATIONS TO CABINET\n\n2.1   The Overview and Scrutiny Management Board recommends that Cabinet:\n\n" + body
    parsed = parse(text, kind="officer_report", council="Eastwold City Council")
    labels = [r.label for r in parsed.recommendations]
    assert "i" in labels and "j" in labels and labels.index("h") < labels.index("i") < labels.index("j")
    assert next(r for r in parsed.recommendations if r.label == "i").text == "approves item i of the plan;"
    assert {r.addressee for r in parsed.recommendations} == {"Cabinet"}


def test_an_item_numbered_in_brackets_keeps_its_marker_as_printed_in_the_paragraphs_text():
    """ "(1) Note the update" in a paragraph's text, not "(1)) Note the update" (Kent's County Council report)."""
    parsed = parse("2.1 County Council is asked to:\n\n(1) Note the update on devolution.\n\n(2) Agree the next steps.",
                   kind="officer_report", council="Kent County Council")
    text = next(p.text for p in parsed.paragraphs if p.number == "2.1")
    assert "\n(1) Note the update" in text and "(1))" not in text


@pytest.mark.parametrize("text, addressee", [
    ("Water companies should install continuous water quality monitors at every treatment works.", "water companies"),
    ("The children\u2019s homes sector should establish a professional register by 2027.", "children\u2019s homes sector"),
    # the Department, named in full once, with a comma in its name
    ("The Department should publish a timetable for the designation of bathing sites.",
     "Department for Environment, Food and Rural Affairs"),
    # the beneficiaries are no body asked to act: the report's default is
    ("That the following charities receive funding for patient advocacy: the Haemophilia Society.", "Government"),
    # (segment lexicon v10) a lower-case body of two modifiers, in a list; a capacity after "as" is no part of a name;
    # modifiers joined by "and"
    ("The Environment Agency, the County Council as lead local flood authority and the internal drainage boards should "
     "publish a register of culverts.", "Environment Agency; County Council; internal drainage boards"),
    ("That parish and town councils each nominate a contact for planning enforcement.", "parish and town councils"),
    # (segment lexicon v15) the sentence's capital on a body's first modifier, "planning" a modifier and no participle
    ("Distribution network operators should publish the queue of connections each quarter.",
     "distribution network operators"),
    ("Local planning authorities should publish a register of enforcement notices.", "local planning authorities"),
    ("Budget managers should keep three written quotations for every purchase over £5,000.", "budget managers"),
    ("NHS trusts providing maternity services should publish their staffing levels.", "NHS trusts"),
    # ... and a past participle's phrase, "represented on the panel", "commissioned by the ICB"; not a clause of its
    # own with another subject ("reported that officers should")
    ("All agencies represented on the panel should train their staff in adult family violence.", "agencies"),
    ("Care providers commissioned by the ICB should publish their waiting times.", "care providers"),
    # ... or a place's: "around the lough", "across the county"
    ("The Public Health Agency and the district councils around the lough should agree common warning signs.",
     "Public Health Agency; district councils"),
    # (segment lexicon v16) the boroughs a London Assembly committee asks; a list set off by commas closes its "and"
    # at any proper name
    ("London boroughs should review the lighting of the 200 bus stops with the most recorded incidents.",
     "london boroughs"),
    ("The ICB, the local authority and Garnford and Wexley Police should agree how the messages are given.",
     "ICB; local authority; Garnford and Wexley Police"),
    # ... but a name and its subjunctive verb is no capital on a modifier, and a date after a name is no part of it
    ("We recommend that Government provide councils with multi-year funding settlements from 2026.", "Government"),
    ("That the Executive on 3 June agrees a new scheme of delegation.", "Executive"),
    # (segment lexicon v28) a short phrase that places the body between it and its modal; "public bodies"; the subject
    # of a receiving verb that is no body benefits, and the report's default is asked (a proper name stays a body)
    ("Local planning authorities in river catchments should take account of water availability in local plans.",
     "local planning authorities"),
    ("All public bodies should require their cleaning contractors to pay the real Living Wage.", "public bodies"),
    ("Survivors identified at nail bars should receive a decision on their case within 90 days.", "Government"),
    ("Victims of fraud should get a named contact within five working days.", "Government"),
    ("Ofsted should receive the data each term.", "Ofsted"),
    # (segment lexicon v29) officials a national review asks by their office, in the plural
    ("Permanent secretaries should confirm in writing that each application has been checked.", "permanent secretaries"),
    ("Accounting officers should consider any conflict of interest before a contract is awarded.", "accounting officers"),
])
def test_a_national_reports_addressees_in_lower_case_and_in_full(text, addressee):
    """The generic bodies a national report asks (segment lexicon v9), a body's name of two modifiers, and a department's
    full name with its comma."""
    doc = textwrap.dedent(f"""\
        The Department for Environment, Food and Rural Affairs gave evidence to the inquiry.

        Conclusions and recommendations

        1. {text}
        """)
    parsed = parse(doc, kind="scrutiny_report")
    assert [r.addressee for r in parsed.recommendations] == [addressee]


@pytest.mark.parametrize("sentence, addressee", [
    ("By 30 September 2026, the service should make sure every station has a risk plan.", "service"),
    ("The trust should publish its waiting times each month.", "trust"),
    ("The force should authorise all planned overtime before it is worked.", "force"),
    ("The Trust should publish its waiting times each month.", "Trust"),
    # after "the" and a name, the kind's noun closes the name (segment lexicon v24): a region, a directorate
    ("The Harwick region should recruit two more senior probation officers by June 2026.", "Harwick region"),
    ("The Fenmoor and Lisk directorate should publish a workforce plan.", "Fenmoor and Lisk directorate"),
    # a word that opens a sentence without naming a body ("Data should be shared") names one after an article
    ("The Data Services Company should publish a plan to replace the old hubs.", "Data Services Company"),
])
def test_a_body_named_in_lower_case_by_its_kind_is_asked_as_printed(sentence, addressee):
    """An inspectorate writes of the body it inspected by its kind, in lower case ("the service should", segment
    lexicon v20, v21): that body is asked, as printed, as "the Trust" is; not the national report's default."""
    parsed = parse(f"Findings\n\n1.1 Stations were visited in May 2025.\n\nRecommendations\n\n1. {sentence}\n",
                   kind="scrutiny_report")
    assert [r.addressee for r in parsed.recommendations] == [addressee]


@pytest.mark.parametrize("sentence, addressee", [
    ("The Cabinet Member for Highways and Transport agrees a single process for speed limit requests.",
     "Cabinet Member for Highways and Transport"),
    ("The County Council allows parish councils to mount their own speed signs.", "County Council"),
    ("The review found that most sites were safe.", "Executive"),  # a finding, no body asked: the default
    # a subject with no article opens with an adjective, and a plural noun is no verb: no body asked
    ("Patient organisations and charities receive a grant each year.", "Executive"),
    # a thing to be done under the sentence's capital is no body: "Training ... should form part of" asks no "Training"
    ("Training in gathering risk information should form part of every firefighter's initial training.", "Executive"),
    # an office named with its owner's possessive is the office: "the Council's Director of Place"
    ("The Council's Director of Place should publish the noise readings every month.", "Director of Place"),
    # the statutory partners a safeguarding review asks in lower case (segment lexicon v31)
    ("Safeguarding partners should publish how they share information about children who move often.",
     "safeguarding partners"),
    # an article alone names no one, and a plural noun after it is no verb: "The" is not asked to "earnings"
    ("The earnings threshold should be uprated every April so that it keeps pace with pay.", "Executive"),
])
def test_a_recommendation_in_the_present_tense_asks_its_subject(sentence, addressee):
    """A list of recommendations may put each in the present tense, with no "That" and no "should" ("The Cabinet Member
    ... agrees a single process"): its subject is asked, as "That the Cabinet Member agrees ..." asks it."""
    parsed = parse(f"Findings\n\n1.1 Requests were sampled in May 2025.\n\nRecommendations\n\nR1 {sentence}\n",
                   kind="scrutiny_report", body="Overview and Scrutiny Committee", council="Tarnmouth Borough Council")
    assert [r.addressee for r in parsed.recommendations] == [addressee]


@pytest.mark.parametrize("sentence", ["Public trust should recover once the Council publishes its contract register.",
                                      "Customer service should improve by answering every call within a minute.",
                                      "Data should be shared with every school in the borough each term."])
def test_an_abstract_noun_of_the_same_word_is_no_body(sentence):
    """(segment lexicon v21) only "the service", "the force", "the trust" name a body: "public trust" is none."""
    parsed = parse(f"Findings\n\n1.1 Calls were sampled in May 2025.\n\nRecommendations\n\n1. {sentence}\n",
                   kind="scrutiny_report", body="Overview and Scrutiny Committee", council="Tarnmouth Borough Council")
    assert [r.addressee for r in parsed.recommendations] == ["Executive"]


def test_decisions_printed_as_a_field_at_the_end_of_their_sections_and_the_paragraph_that_points_to_them():
    """A manager's report mostly for information asks for its decisions where each matter is reported: "4.5
    Recommendation: That the Partnership approves ...". Each is a decision sought, labelled by its paragraph's number,
    its text as printed; the paragraph that says where they are ("(paragraph 4.5)") is none itself."""
    parsed = parse(textwrap.dedent("""\
        Report of the PCSP Manager

        2.0 DECISIONS

        2.1 This report is mainly for information. The Partnership is asked to take decisions on two matters only, set out at the end of the sections concerned: Halloween funding (paragraph 4.5) and the working group (paragraph 7.2).

        4.0 HALLOWEEN

        4.4 The programme has been discussed with the district commander.

        4.5 Recommendation: That the Partnership approves the Halloween 2026 programme at a cost of £21,500.

        7.0 ENGAGEMENT

        7.1 Members discussed engagement in May.

        7.2 Recommendation: That the Partnership establishes a working group of four independent members.
        """), kind="officer_report", body="Carnlea Partnership")
    assert [(r.label, r.paragraph, r.kind) for r in parsed.recommendations] == [
        ("4.5", "4.5", "decision_sought"), ("7.2", "7.2", "decision_sought")]
    # a decision of its own that cites one of them is kept
    also = parse(textwrap.dedent("""\
        Report of the PCSP Manager

        2.0 DECISIONS

        2.1 The Partnership is asked to agree that any underspend of the programme (paragraph 4.5) be carried forward.

        4.0 HALLOWEEN

        4.5 Recommendation: That the Partnership approves the Halloween 2026 programme at a cost of £21,500.
        """), kind="officer_report", body="Carnlea Partnership")
    assert [r.label for r in also.recommendations] == ["2.1", "4.5"]
    assert parsed.recommendations[0].text.startswith("Recommendation: That the Partnership approves")


def test_a_run_in_title_that_names_the_reasons_is_no_decision():
    parsed = parse(textwrap.dedent("""\
        Report of the Board Manager

        2. RECOMMENDATIONS

        2.1 Strategic Plan. The Board is asked to approve the Strategic Plan 2026-2029 at Appendix A.

        2.2 Reasons for the recommendations. The Care Act 2014 requires the Board to publish a strategic plan.

        3. BACKGROUND

        3.1 The Board is the statutory safeguarding adults board.
        """), kind="officer_report", body="Kelsbury Safeguarding Adults Board")
    assert [r.label for r in parsed.recommendations] == ["2.1"]


@pytest.mark.parametrize("decision", [
    "That the Chief Officer, after consulting the Chair and the Vice-Chair, be authorised to set the opening date.",
    "That the Head of Legal and Democratic Services be instructed to give public notice of the proposed lease.",
])
def test_a_decision_that_authorises_or_instructs_an_officer_is_the_meetings(decision):
    """The meeting authorises or instructs: the decision is its own, not the officer's."""
    parsed = parse(f"Report of the Chief Officer\n\nRecommendations\n\n7.1 {decision}\n",
                   kind="officer_report", body="Hobbswick Trust Committee")
    assert [r.addressee for r in parsed.recommendations] == ["Hobbswick Trust Committee"]



def test_a_decision_that_requests_another_body_asks_that_body():
    parsed = parse("Report of the Director of Finance\n\nRecommendations\n\n2.1 That Council be requested to approve the "
                   "revised Capital Programme.\n", kind="officer_report", body="Cabinet")
    assert [r.addressee for r in parsed.recommendations] == ["council"]  # as "be asked to approve" reads it


def test_a_report_that_closes_its_findings_paragraphs_with_its_recommendations():
    """A panel's review with no list of recommendations, each made in the sentence that closes a paragraph of findings
    ("4.6 ... neither camera was working. We recommend that the Council deploys ..."): one recommendation per
    paragraph, labelled by its number, its text from "We recommend" on; a paragraph of findings alone is none."""
    text = textwrap.dedent("""\
        4. Fly-tipping

        4.3 Bulky waste collections are made only on weekdays. We recommend that the Council offers bulky waste
        collections on Saturdays.

        4.4 Some residents told us that charging causes fly-tipping. We found no clear evidence that it does.

        4.6 The Council owns two mobile cameras, neither of which was working. We recommend that the Council deploys
        working cameras at the ten worst sites. We further recommend that it reports on their use each year.
        """)
    parsed = parse(text, kind="scrutiny_report", council="Fernleigh Borough Council")
    assert [(r.label, r.paragraph) for r in parsed.recommendations] == [("4.3", None), ("4.6", None)]
    assert parsed.recommendations[1].text == ("We recommend that the Council deploys working cameras at the ten worst sites. "
                                              "We further recommend that it reports on their use each year.")


def test_decisions_lettered_in_capitals_under_a_decisions_sought_heading_written_with_s_in_brackets():
    """A committee system's text export: "DECISION(S) SOUGHT", then "That the Committee:" over items lettered "A." to
    "D." as printed (segment lexicon v10 reads the "(s)"); an initial before a name is no item."""
    parsed = parse("""
        DECISION(S) SOUGHT

        That the Committee:

        A.   agrees to extend the Order for three years;

        B.   agrees to vary the Order as set out in paragraph 12); and

        C.   asks the Community Safety Partnership to report in twelve months.

        BACKGROUND

        1) The Order was made on 1 December 2025 for three years.

        2) J. Smith, the Community Safety Manager, reviewed its use in 2028.
        """, kind="officer_report")
    assert [(r.label, r.kind) for r in parsed.recommendations] == [
        ("A", "decision_sought"), ("B", "decision_sought"), ("C", "decision_sought")]
    assert parsed.recommendations[0].text.startswith("agrees to extend the Order")


def test_items_of_a_lead_in_printed_with_their_references_are_labelled_without_the_r():
    """ "2.1 The Executive is recommended to: R1 approve ...; R2 approve ...; R3 authorise ...": the items complete the
    stem in lower case; each is labelled as the output contract prints a reference ("R2" -> 2), in paragraph 2.1, and
    the paragraph's text keeps "R1" as printed."""
    parsed = parse("""
        2. RECOMMENDATIONS

        2.1 The Executive is recommended to:
        R1 approve the parking tariffs at Appendix A, to take effect on 1 April 2029;
        R2 approve free parking after 3.00 pm on weekdays for a trial of twelve months; and
        R3 authorise the Head of Environment and Place to make the traffic regulation order.

        3. REASONS FOR THE RECOMMENDATIONS

        3.1 The tariffs in R1 keep the charges below those of the neighbouring towns.
        """, kind="officer_report")
    assert [(r.label, r.paragraph) for r in parsed.recommendations] == [("1", "2.1"), ("2", "2.1"), ("3", "2.1")]
    assert "\nR1 approve the parking tariffs" in next(p.text for p in parsed.paragraphs if p.number == "2.1")


def test_a_second_stem_that_asks_the_meeting_to_recommend_goes_on_with_the_list_and_asks_the_meeting():
    """ "Cabinet is recommended to: - ... - ..." then "Cabinet is also asked to recommend that Council: - approves ...":
    one list of unnumbered decisions, numbered on in order; the second stem's are Cabinet's to take now (to recommend),
    not Council's."""
    parsed = parse("""
        RECOMMENDATIONS

        Cabinet is recommended to:

        - approve the acquisition programme described in section 2;

        - note the forecast savings.

        Cabinet is also asked to recommend that Council:

        - approves the addition of £68.4 million to the capital programme;

        - approves the revised prudential indicators.

        REASONS FOR RECOMMENDATIONS

        1. The programme reduces the cost of nightly-paid accommodation.
        """, kind="officer_report")
    assert [(r.label, r.addressee) for r in parsed.recommendations] == [
        ("1", "Cabinet"), ("2", "Cabinet"), ("3", "Cabinet"), ("4", "Cabinet")]


def test_paragraphs_numbered_with_the_word_and_a_resolution_put_over_bullets():
    """A text report numbers its paragraphs "Para 1", "Para 2" (set apart from the text by more than a space; prose
    that cites one, "Para 10 sets out ...", is prose), and puts its decisions as the resolution its bullets complete,
    "That the Joint Committee:": each bullet is a decision, numbered in order, in its paragraph, asked of the report's
    own body named short ("the Joint Committee")."""
    parsed = parse("""
        ROWSHAM AND ELLERDALE JOINT ARCHIVES COMMITTEE

        BACKGROUND

        Para 1   The archive service is run jointly by the two councils.

        Para 2   Para 1 sets out how it is run. The search room had 3,914 visits.

        RECOMMENDATIONS

        Para 3   That the Joint Committee:

                 *  approves the schedule of charges for 2029/30;
                 *  notes the service's performance in 2027/28.

        REASONS FOR RECOMMENDATIONS

        Para 4   The charges must be set each year.
        """, kind="officer_report", body="Rowsham and Ellerdale Joint Archives Committee")
    assert [p.number for p in parsed.paragraphs if p.kind == "paragraph" and p.number] == ["1", "2", "3", "4"]
    assert next(p.text for p in parsed.paragraphs if p.number == "2").startswith("Para 1 sets out")
    assert [(r.label, r.paragraph, r.addressee) for r in parsed.recommendations] == [
        ("1", "3", "Rowsham and Ellerdale Joint Archives Committee"), ("2", "3", "Rowsham and Ellerdale Joint Archives Committee")]


def test_a_numbered_recommendations_section_whose_own_list_restarts_under_sub_headings():
    """ "4. Recommendations" (a Word heading of level 1), "4.1 We make three recommendations ...", then the list numbered
    afresh 1-3 under the section's unnumbered sub-headings (level 3) ("Managing visitors", "Getting there"): the list is the recommendations."""
    from pipeline.records import Line

    texts = [("3. What we found", 1), ("3.1 The car parks are full on most summer weekends.", 0),
             ("4. Recommendations", 1), ("4.1 We make three recommendations. Recommendations 1 and 2 are for the Authority; recommendation 3 is "
             "for the County Council.", 0),
             ("Managing visitors", 3), ("1. The National Park Authority should extend its ranger service.", 0),
             ("2. The National Park Authority should prepare a visitor management strategy.", 0),
             ("Getting there", 3), ("3. The County Council should introduce clearways on the valley road.", 0),
             ("5. Financial implications", 1), ("5.1 Recommendation 3 would have costs for the County Council.", 0)]
    lines = [Line(text=t, page=1, gap_before=1, level=level, bold=bool(level)) for t, level in texts]
    doc = Document(id="ab" * 32, source="t.docx", path="t.docx", pages=1, lines=lines, meta=DocumentMeta(kind="scrutiny_report"))
    assert [r.label for r in segment(doc).recommendations] == ["1", "2", "3"]


def test_conditions_of_a_decision_stay_in_that_decision():
    """'(b) approves ..., subject to the following conditions: (i) ... (ii) ...': one decision, 'b', holding its
    conditions; a stem that ends in its verb ('(c) agrees: (i) ... (ii) ...') is still completed by each item."""
    parsed = parse(
        """
        2 Recommendations

        2.1 That Cabinet:
         (a) approves the replacement of the boilers at the Town Hall;
         (b) approves the addition of £400,000 to the capital programme, subject to the following conditions:
         (i) that the grant is confirmed in writing; and
         (ii) that the borrowing is met from the energy savings;
         (c) agrees:
         (i) to close the old plant room; and
         (ii) to let the works by a framework contract; and
         (d) notes the timetable.
        """,
        kind="officer_report",
    )
    recs = {r.label: r for r in parsed.recommendations}
    assert list(recs) == ["a", "b", "i", "ii", "d"]  # (c)'s items as printed, their paragraph 2.1 (output contract)
    assert "subject to the following conditions: (i) that the grant is confirmed in writing; and (ii) that the " \
           "borrowing is met" in recs["b"].text
    assert all(r.paragraph == "2.1" for r in recs.values())



def test_items_that_are_the_contents_a_decision_names_stay_in_that_decision():
    """'(c) agree the following charges from 1 April: (i) £40 a year ...; (ii) £22 ...': a stem that names what it
    decides over items that are noun phrases (sums, things) is one decision holding them; items that open with their
    own verb, or a stem that ends in its verb ('(e) approves: (i) the plan ... (ii) the grant ...'), are decisions."""
    parsed = parse(
        """
        3 Recommendations

        3.1 The Committee is recommended to:
         (a) approve the Parking Strategy at Appendix A;
         (b) agree the following permit charges from 1 April 2028:
         (i) £40 a year for a first resident's permit;
         (ii) £65 a year for a second permit; and
         (iii) a discount of half for a low-emission vehicle;
         (c) delegate to the Head of Transport the power to:
         (i) set the visitor voucher price; and
         (ii) make minor changes to the zones;
         (d) approves:
         (i) the enforcement plan; and
         (ii) the grant to the residents' association.
        """,
        kind="officer_report",
    )
    recs = {r.label: r for r in parsed.recommendations}
    assert "(i) £40 a year for a first resident's permit; (ii) £65 a year" in recs["b"].text
    assert "discount of half for a low-emission vehicle" in recs["b"].text
    # (c)'s and (d)'s items are decisions; printed alone their labels would repeat, so each keeps its parent
    assert [r.label for r in parsed.recommendations] == ["a", "b", "c(i)", "c(ii)", "d(i)", "d(ii)"]


def test_a_decision_that_points_to_the_decisions_listed_elsewhere():
    """"That the Joint Committee approves the recommendations as set out in paragraph 1.3 above": the decisions sought
    are those 1.3 lists, labelled as printed and in 1.3; the pointer is none of them."""
    parsed = parse(
        """
        1 Executive Summary

        1.1 The Joint Committee must prepare a regional transport plan.

        1.3 The Joint Committee is recommended to:
         a) approve the draft plan for consultation;
         b) delegate authority to the Chief Executive to make minor changes; and
         c) note the timetable.

        2 Recommendations

        2.1 That the Joint Committee approves the recommendations as set out in paragraph 1.3 above.
        """,
        kind="officer_report",
    )
    assert [(r.label, r.paragraph) for r in parsed.recommendations] == [("a", "1.3"), ("b", "1.3"), ("c", "1.3")]


def test_a_decisions_table_with_a_row_across_it():
    """"2.1 Cabinet is asked to make the decisions set out in the table below": "No. | Decision | Reason", one decision
    a row, however each is worded ("Adds £6.4 million ..."), and a row across the table that titles the rows under
    it ("Cabinet is asked to RECOMMEND to Council that it:") ends nothing."""
    from pipeline.ingest.txt import text_to_lines
    from pipeline.records import Line

    head, _ = text_to_lines("2 Recommendations\n\n2.1 Cabinet is asked to make the decisions set out in the table below.")
    rows = [Line(t, table=True) for t in [
        "No.\tDecision\tReason",
        "1\tApprove the outline business case at Appendix 1.\tThe case must be approved first.",
        "2\tNote the outcome of the public engagement.\tThe engagement shaped the option.",
        "Cabinet is asked to RECOMMEND to Council that it:\t\t",
        "3\tAdds £6.4 million to the capital programme.\tOnly Council can add a scheme.",
    ]]
    doc = Document(id="cd" * 32, source="t.pdf", path="t.pdf", pages=1, lines=[*head, *rows],
                   meta=DocumentMeta(kind="officer_report", body="Cabinet"))
    recs = segment(doc).recommendations
    assert [(r.label, r.paragraph) for r in recs] == [("1", "2.1"), ("2", "2.1"), ("3", "2.1")]
    assert recs[2].text == "Adds £6.4 million to the capital programme."



def test_the_council_a_parish_council_asks_is_that_council():
    """A parish or town council has no executive: its paper goes to the council's own meeting, and "The Council"
    it asks is the council itself, by name; in a paper to one of a principal council's bodies (or a scrutiny report
    with no body read) "the Council" is its Full Council, as printed."""
    from pipeline.segment.addressees import Names

    assert Names([], None, "Little Stennet Parish Council").resolve("The Council") == "Little Stennet Parish Council"
    assert Names([], None, "Kestonbury District Council").resolve("the Council") == "Council"
    assert Names([], "Cabinet", "Harwick Town Council").resolve("the Council") == "Council"


def test_decisions_numbered_as_paragraphs_that_open_in_lower_case():
    """'It is recommended that the Council:' over '2.1 note ...', '2.2 approve ...': each number completes the stem
    with a verb in lower case, and is the next paragraph number; the same figure that is no next number
    ('2.5 million people') stays the sentence it is."""
    parsed = parse(
        """
        2. RECOMMENDATIONS

        It is recommended that the Council:

        2.1 note the provisional settlement for 2030/31;

        2.2 approve a net revenue budget of £312.4 million; and

        2.3 set the Band D council tax at £1,512.36.

        3. BACKGROUND

        3.1 The settlement was announced in December.

        4.5 million people live in the region, which the settlement also covers.
        """,
        kind="officer_report", council="Kinnordie Council",
    )
    assert [(r.label, r.paragraph) for r in parsed.recommendations] == [("2.1", "2.1"), ("2.2", "2.2"), ("2.3", "2.3")]
    assert parsed.recommendations[2].text.startswith("set the Band D")
    assert [p.number for p in parsed.paragraphs if p.number] == ["2", "2.1", "2.2", "2.3", "3", "3.1"]


def test_a_motion_s_resolution_over_bullets_is_the_decisions_it_asks():
    """A notice of motion: a preamble ('This Council notes ...') then 'Council resolves to:' over bullets, each a
    decision asked of the meeting; an amendment's bullet, under 'insert:', asks nothing by itself."""
    parsed = parse(
        """
        2. Notice of Motion

        2.1 The following Notice of Motion has been received from Councillor Orla Byrne:
        This Council notes that rural bus services have fallen by a third since 2019.
        Council resolves to:
        - write to the Minister asking that the services be restored;
        - invite the operator to attend a meeting of the Committee; and
        - ask officers to report on the cost of a community transport service.

        3. Amendment

        3.1 Councillor Dara Quinn has moved that the third bullet be deleted and the following inserted:
        - ask officers to report on the community transport already running in the area.
        """,
        kind="officer_report",
    )
    recs = parsed.recommendations
    assert [(r.kind, r.paragraph, r.text[:12]) for r in recs] == [
        ("decision_sought", "2.1", "write to the"), ("decision_sought", "2.1", "invite the o"),
        ("decision_sought", "2.1", "ask officers")]


def test_a_figure_in_millions_after_a_paragraph_is_no_paragraph_number():
    """Found by review: "2.2 million visits" opening a block after paragraph 2.1 is a quantity, not paragraph 2.2."""
    parsed = parse(
        """
        2. BACKGROUND

        2.1 The headline figures for the year were:

        2.2 million visits to the libraries, a rise of a tenth.

        2.2 The Council's budget for libraries is £4.1m.
        """,
        kind="officer_report",
    )
    assert [p.number for p in parsed.paragraphs if p.number] == ["2", "2.1", "2.2"]


def test_a_name_does_not_run_on_into_the_next_table_cell():
    """A witness table ("Minister ..., Department for Environment, Food and Rural Affairs | QQ 75-86") names the
    Department once in full, but the question numbers in the next column are no part of its name: "the Department"
    resolves to the name the cell holds."""
    from pipeline.segment.addressees import Names

    rows = ["Witnesses", "Professor Eleanor Wyatt, University of Carrow\tQQ 1-9",
            "Minister for Biosecurity, Department for Environment, Food and Rural Affairs\tQQ 75-86"]
    paragraphs = [Paragraph(uid=f"w:{k}", number=None, kind="paragraph", heading=None, text=t, page=1, position=k)
                  for k, t in enumerate(rows)]
    assert Names(paragraphs, None).resolve("the Department") == "Department for Environment, Food and Rural Affairs"


def test_a_text_reports_list_goes_on_past_the_number_its_next_section_takes():
    """A plain-text report whose section 3 holds "The Panel recommends:" over items "1." to "5." set at the left
    margin, as the section numbers are, and whose section 4 follows: items 4 and 5 are the list's, not sections 4
    and 5 (the indent the items start at is the margin, 0, which is still where they start)."""
    text = """\
        2. WHAT WE FOUND

        2.1   The Council fells between 60 and 90 street trees a year. Fewer
              than half are replaced.

        3. RECOMMENDATIONS

        The Panel recommends:

        1.    That the Executive adopts a target to increase tree canopy cover
              to 18 per cent by 2040.

        2.    That the Executive replaces every street tree felled by the
              Council with two new trees.

        3.    That the Executive asks the Local Plan review to require
              developers to plant street trees.

        4.    That the Executive funds a second Tree Officer post.

        5.    That the Executive reports progress on these recommendations to
              this Panel in twelve months' time.

        4. NEXT STEPS

        4.1   The report will be sent to the Executive for its response.
        """
    parsed = parse(text, kind="scrutiny_report")
    assert [r.label for r in parsed.recommendations] == ["1", "2", "3", "4", "5"]
    assert [p.number for p in parsed.paragraphs if p.number] == ["2", "2.1", "3", "4", "4.1"]


def test_a_closing_summary_table_that_restates_the_decisions_in_other_words_adds_none():
    """A licensing board's report asks its decisions in 2.1 (a)-(d) and closes with a "Summary of recommendations" table
    that says each again in fewer words under 1-4: a decision printed twice is one decision, the copy cited in its
    paragraph. A list that asks other things keeps its own."""
    text = """\
        2. Recommendations

        2.1 The Board is asked to:

        a) note the responses to the consultation, summarised in section 5;

        b) agree that the City Centre locality remains an area of overprovision for off-sales premises;

        c) agree that the Harbourside locality becomes an area of overprovision for on-sales premises; and

        d) approve the supplementary statement of licensing policy at Appendix 1 and its publication.

        3. Background

        3.1 Section 7 of the Licensing (Scotland) Act 2005 requires a statement of overprovision.

        Summary of recommendations

        No.\tRecommendation\tSee
        1\tNote the consultation responses.\tSection 5
        2\tKeep the City Centre locality as an area of overprovision for off-sales premises.\tPara 4.1
        3\tAdd the Harbourside locality as an area of overprovision for on-sales premises.\tPara 4.3
        4\tApprove the supplementary statement at Appendix 1 and its publication.\tAppendix 1
        """
    parsed = parse(text, kind="officer_report", body="Licensing Board")
    assert [(r.label, r.paragraph) for r in parsed.recommendations] == [(x, "2.1") for x in "abcd"]


def _report(title: str, decisions: list[str], pointer: str = "", asks_at_4_3: list[str] = ()) -> str:
    """One officer report of a reports pack, its sections titled as every report of the council titles them."""
    lines = [f"REPORT ON: {title}", "", "1. PURPOSE", "", f"1.1 This report seeks the Committee's decision on {title.lower()}.",
             "", "2. RECOMMENDATIONS", "", "2.1 It is recommended that the Committee:", ""]
    lines += [f"{r}) {d};" for r, d in zip(("i", "ii", "iii"), decisions)]
    if pointer:
        lines += ["", f"2.2 {pointer}"]
    lines += ["", "3. BACKGROUND", "", f"3.1 The Council agreed the budget for {title.lower()} in February.", "",
              "4. PROPOSALS", "", "4.1 Officers considered three options.", "", "4.2 The preferred option is the second.",
              ""]
    if asks_at_4_3:
        lines += ["4.3 The Committee is asked to:", ""] + [f"{r}) {d};" for r, d in zip("abc", asks_at_4_3)]
    else:
        lines += ["4.3 The third option would cost more than the budget allows."]
    return "\n".join(lines) + "\n\n"


def test_a_reports_pack_keeps_each_reports_decisions_under_their_own_numbers():
    """A public reports pack holds two reports, each numbered from 1 again under the same section titles ("2.
    RECOMMENDATIONS" over "2.1 ... i) ii)"): the first report's sections are sections, not a contents list naming the
    second's; its "2.1 i)" and the second's are two decisions, with two uids; and a decision pointing to "paragraph 4.3"
    finds the 4.3 of its own report, not the pack's last."""
    pack = ("AGENDA\n\n1. Apologies\n\n2. Roads capital programme\n\n3. Common Good Fund grants\n\n"
            + _report("Roads capital programme", ["approves the roads capital programme for 2030/31",
                                                  "notes the condition survey of the area's footways"])
            + _report("Common Good Fund grants", ["awards a grant of £3,500 to the Men's Shed",
                                                  "refuses the application from the Highland Games"],
                      pointer="That the Committee approves the decisions set out at paragraph 4.3.",
                      asks_at_4_3=["agrees the criteria for grants in 2031/32", "delegates awards under £500 to the Clerk"])
            + _report("Play areas", ["approves the play area strategy", "notes the inspection results"]))
    parsed = parse(pack, kind="officer_report", body="Area Committee")
    got = [(r.label, r.paragraph, r.text.split(" ", 1)[0]) for r in parsed.recommendations]
    assert sorted(got) == sorted([("i", "2.1", "approves"), ("ii", "2.1", "notes"), ("i", "2.1", "awards"),
                                  ("ii", "2.1", "refuses"), ("a", "4.3", "agrees"), ("b", "4.3", "delegates"),
                                  ("i", "2.1", "approves"), ("ii", "2.1", "notes")])
    assert len({r.uid for r in parsed.recommendations}) == 8


def test_the_executive_is_not_the_chief_executive_the_report_also_names():
    """A report asks "the Executive" to act in most recommendations and "the Chief Executive" in one: the Chief
    Executive is an office (segment lexicon v12 `post_ranks`), not the long name of the Executive."""
    text = """\
        Recommendations

        1. That the Executive sets a limit on spending on agency staff.

        2. That the Chief Executive ensures that no interim manager stays in post for more than eighteen months.

        3. That the Executive reports progress to this Committee in twelve months' time.
        """
    parsed = parse(text, kind="scrutiny_report", body="Resources Scrutiny Committee")
    assert [r.addressee for r in parsed.recommendations] == ["Executive", "Chief Executive", "Executive"]


def test_two_reports_of_a_pack_that_each_ask_to_note_themselves_keep_both_decisions():
    """Found by review: "note the report." and "note the contents of this report." are each report's own first decision;
    an ask of two words says too little to be known again in another report."""
    pack = (_report("Housing allocations", ["note the contents of this report", "approve the Housing Allocations Policy"])
            + _report("Car parking charges", ["note the report", "approve the car parking charges for 2026/27"]))
    parsed = parse("AGENDA\n\n1. Apologies\n\n2. Housing\n\n3. Parking\n\n" + pack, kind="officer_report", body="Cabinet")
    assert [r.text.split(" ", 1)[0] for r in parsed.recommendations] == ["note", "approve", "note", "approve"]


def test_a_cover_sheets_pointer_reaches_the_report_numbered_afresh_after_it():
    """Found by review: a cover sheet numbered 1, 2, 2.1 points to "paragraph 5.2" of the report after it, which numbers
    from 1 again: the one 5.2 of the file, in another run of numbering, is the one meant."""
    text = """\
        1. Purpose

        1.1 This paper asks the Board to approve the recommendations of the report below.

        2. Recommendation

        2.1 The Board is asked to approve the recommendations set out in paragraph 5.2.

        1. Introduction

        1.1 The service has been reviewed.

        2. Findings

        2.1 Waiting times have grown.

        3. Options

        3.1 Three options were considered.

        4. Preferred option

        4.1 The second option is preferred.

        5. Recommendations

        5.1 The review makes two recommendations.

        5.2 The Board is asked to:

        a) approve the new referral pathway;

        b) note the waiting times.
        """
    parsed = parse(text, kind="officer_report", body="Board")
    assert [(r.label, r.paragraph) for r in parsed.recommendations] == [("a", "5.2"), ("b", "5.2")]


def test_a_report_printed_twice_in_one_file_asks_its_decisions_once():
    """A file that prints one report twice (a supplementary pack that reprints it): the same words under the same
    number, though the numbering started again between them, are one decision."""
    report = _report("Roads capital programme", ["approves the roads capital programme for 2030/31",
                                                 "notes the condition survey"])
    parsed = parse("AGENDA\n\n1. Apologies\n\n2. Roads\n\n" + report + report, kind="officer_report", body="Committee")
    assert [(r.label, r.paragraph) for r in parsed.recommendations] == [("i", "2.1"), ("ii", "2.1")]


def test_paragraphs_numbered_by_their_sections_letters():
    """A decision report numbered by its sections' letters ("A. Executive summary" over "A1", "A2", then "B1" ...):
    each opens a paragraph numbered as printed, each lettered heading is numbered by its letter, and the decisions
    sought are labelled "B1"-"B3" as printed; a road named in the text ("the A1 trunk road") is no number, and a
    list of references under one letter ("R1", "R2", "R3") makes no paragraphs of the report."""
    parsed = parse(
        """
        A.  INTRODUCTION

        A1  This report sets out the Service's plan for the A1 trunk road corridor and the stations beside it.

        A2  The plan was consulted on in the summer.

        B.  RECOMMENDATIONS

        B1  The Commissioner is recommended to approve the plan at Appendix A.

        B2  The Commissioner is recommended to approve capital expenditure of £1.2 million.

        B3  The Commissioner is recommended to delegate minor changes to the Chief Fire Officer.

        C.  BACKGROUND

        C1  The Commissioner became the fire and rescue authority in 2019.

        A1 trunk road closures were reported to the Panel in May.

        C2  The current plan ends in December.
        """,
        kind="officer_report",
    )
    numbers = [(p.number, p.kind) for p in parsed.paragraphs if p.number]
    assert numbers == [("A", "heading"), ("A1", "paragraph"), ("A2", "paragraph"), ("B", "heading"),
                       ("B1", "paragraph"), ("B2", "paragraph"), ("B3", "paragraph"), ("C", "heading"),
                       ("C1", "paragraph"), ("C2", "paragraph")]
    road = next(p for p in parsed.paragraphs if "trunk road closures" in p.text)
    assert road.number in (None, "C1") and road.text.startswith(("A1 trunk road", "The Commissioner"))
    assert [(r.label, r.paragraph) for r in parsed.recommendations] == [("B1", "B1"), ("B2", "B2"), ("B3", "B3")]
    assert parsed.recommendations[0].addressee == "Commissioner"  # a paper whose body is not read: as printed
    own = parse("2. RECOMMENDATIONS\n\n2.1 The Commissioner is recommended to approve the plan at Appendix A.",
                kind="officer_report", body="Police, Fire and Crime Commissioner for Westlow")
    panel = parse("2. RECOMMENDATIONS\n\n2.1 The Commissioner is recommended to approve the plan at Appendix A.",
                  kind="officer_report", body="Westlow Police and Crime Panel")
    assert [r.addressee for r in own.recommendations] == ["Police, Fire and Crime Commissioner for Westlow"]
    assert [r.addressee for r in panel.recommendations] == ["Commissioner"]  # the Panel's paper names another body
    refs = parse(
        """
        RECOMMENDATIONS

        R1  That the Cabinet approves the plan.

        R2  That the Cabinet approves the budget.

        R3  That the Cabinet notes the risks.

        R4  That the Cabinet notes the timetable.

        R5  That the Cabinet thanks the officers.

        R6  That the Cabinet reviews the plan in a year.
        """,
        kind="officer_report",
    )
    assert not [p.number for p in refs.paragraphs if p.number]
    appendix = parse(
        """
        1.  PURPOSE

        1.1  To present the draft budget, explained in paragraphs A1 to A3.

        2.  BACKGROUND

        2.1  The Council must set its precept by 31 January.

        APPENDIX A – NOTES TO THE BUDGET

        A1  Staff costs: £21,400, the Clerk's salary.

        A2  Administration: £6,250, including insurance.

        A3  Open spaces: £14,600, for the village green.
        """,
        kind="officer_report",
    )
    assert [p.number for p in appendix.paragraphs if p.number] == ["1", "1.1", "2", "2.1", "A1", "A2", "A3"]


def test_decisions_set_apart_with_no_mark_printed_are_items_of_their_stem():
    """A text export that drops the list's marks: "2.1 The Council is recommended to:" over blocks set apart by blank
    lines, each completing the stem in lower case, is a list of four decisions, each its own; a wrapped line with no
    line between runs on in its item, and a paragraph that does not end open keeps a lower-case line after a blank as
    its own words."""
    parsed = parse(
        """
        2.      RECOMMENDATIONS

        2.1     The Council is recommended to:

                    approve  the  budget for 2031/32 set out in Appendix A, with expenditure
                    of £48,650;

                    set the precept for 2031/32 at £44,900;

                    agree that £3,750 be drawn from the general reserve; and

                    note the Clerk's advice on the level of reserves.

        3.      BACKGROUND

        3.1     The Council must tell the County Council the sum it needs

                by 31 January 2031.
        """,
        kind="officer_report",
    )
    decisions = [(r.paragraph, " ".join(r.text.split())) for r in parsed.recommendations]
    assert [d[0] for d in decisions] == ["2.1"] * 4
    assert decisions[0][1].startswith("approve the budget") and decisions[0][1].endswith("of £48,650;")
    assert decisions[3][1] == "note the Clerk's advice on the level of reserves."
    background = next(p for p in parsed.paragraphs if p.number == "3.1")
    assert " ".join(background.text.split()).endswith("the sum it needs by 31 January 2031.")
    # a list whose first item printed no number goes on at "2.": the numbered items stay the stem's, not the
    # report's sections 2 and 3
    started = parse("2. Recommendations\n\n2.1 Cabinet is recommended to:\n\n"
                    "approve Option C, under which each centre will close two days a week;\n\n"
                    "2. agree the opening days for each centre set out in Appendix B;\n\n"
                    "3. ask the Scrutiny Committee to review the effect of the changes.\n\n"
                    "3. Background\n\n3.1 The County Council runs six centres.", kind="officer_report")
    two = next(p for p in started.paragraphs if p.number == "2.1")
    assert [i.label for i in two.items] == [None, "2", "3"]
    assert [(r.label, r.paragraph) for r in started.recommendations] == [("2", "2.1"), ("3", "2.1")]


def test_a_division_named_with_its_letter_before_a_colon_is_a_heading_not_a_field():
    """"Annex A: Terms of reference" after the last recommendation titles the annex: it ends the recommendation,
    where a field ("Date: 3 May 2026") would be read as a paragraph of its own."""
    parsed = parse(
        """
        Recommendation 5.1

        The Government should report to Parliament every year on the progress made.

        Annex A: Terms of reference and conduct of the Inquiry

        The Inquiry was asked to establish the causes of the contamination.
        """,
        kind="scrutiny_report",
    )
    assert [(r.label, r.text) for r in parsed.recommendations] == [
        ("5.1", "The Government should report to Parliament every year on the progress made.")]
    assert any(p.kind == "heading" and p.text.startswith("Annex A") for p in parsed.paragraphs)


def test_a_markdown_export_its_headings_and_a_nested_list_with_lazy_lines():
    """A committee system's Markdown export: "## Recommendations" is a heading (the hashes are markup), and the
    nested items "   1." - "   3." under "1. Members are recommended to:" are three decisions, though their wrapped
    lines start at the margin (Markdown's lazy continuation) with no blank line between: a line that opens with the
    list's next number after a clause closed with ";" opens an item; a figure that wraps mid-sentence does not."""
    parsed = parse(
        """
        ## Recommendations

        1. Members are recommended to:

           1. approve the Fleet Replacement Programme at Appendix 1, with a
        total capital budget of £9.84 million;
           2. approve the procurement of eleven pumping appliances, for delivery in
        2032/33 and 2033/34; and
           3. agree that the two aerial ladder platforms be replaced.

        ## Background

        2. The Authority operates 74 vehicles, of which the oldest were bought in
        2. phases between 2012 and 2016.
        """,
        kind="officer_report",
    )
    assert [(r.label, r.paragraph) for r in parsed.recommendations] == [("1", "1"), ("2", "1"), ("3", "1")]
    assert parsed.recommendations[1].text.endswith("2032/33 and 2033/34; and")
    headings = [p.text for p in parsed.paragraphs if p.kind == "heading"]
    assert headings == ["Recommendations", "Background"]
    two = next(p for p in parsed.paragraphs if p.number == "2")
    assert two.text.endswith("2. phases between 2012 and 2016.")


def test_a_decision_records_one_decision_section_holds_its_decisions_and_minutes_record_none():
    """An individual decision record: "DECISION" over "I agree to:" and (a)-(c) states the decisions of the paper,
    as a cover's "Decision:" field does; minutes that print "Decision" under each item record decisions taken, not
    sought, and give none. A stem ending "to:" ("I agree to:", "Cabinet RESOLVED to:") is no heading of its own."""
    record = parse(
        """
        INDIVIDUAL CABINET MEMBER DECISION

        Decision maker: Cabinet Member for Highways

        DECISION

        I agree to:

        (a) make permanent the experimental order for Landsdown Road;

        (b) add an exemption for vehicles displaying a blue badge; and

        (c) ask the Head of Highways to review the scheme after one school year.

        REASONS FOR THE DECISION

        1. I am asked to decide whether the experimental order should be made permanent.
        """,
        kind="officer_report",
    )
    assert [r.label for r in record.recommendations] == ["a", "b", "c"]
    assert not any(p.kind == "heading" and p.text == "I agree to:" for p in record.paragraphs)
    minutes = parse(
        """
        41. PARKING REVIEW

        Decision

        The Committee agreed:

        (a) to note the outcome of the parking review; and

        (b) to ask for a report on the consultation.

        42. COMMUNITY GRANTS

        Decision

        The Committee agreed:

        (a) to award a grant of £2,400 to the Pipe Band.
        """,
        kind="officer_report",
    )
    assert minutes.recommendations == []


def test_roman_recommendations_with_parts_and_a_list_that_goes_on_in_the_next_paragraph():
    """"6.1 The Committee recommends that the Trust: (i) ... (v) improves its repair service by: (a) ... (c) ...
    (vi) ..." then "6.2 ... also recommends that the Trust and the ICB: (xi) ... (xii) ...": the parts of (v) are the
    recommendations, cited by it and their letters ('va' - 'vc'), the stem (v) is none; the list goes on at (vi), and
    again in 6.2 at (xi), as printed."""
    parsed = parse(
        """
        6.  RECOMMENDATIONS

        6.1  The Committee recommends that the Trust:

             (i)    publishes its waiting times each month;

             (ii)   reopens the clinic at Maldry;

             (iii)  offers every patient a follow-up appointment;

             (iv)   provides its web pages in British Sign Language;

             (v)    improves its hearing aid repair service by:

                    (a)  holding a drop-in repair clinic once a month;

                    (b)  offering a free postal repair service; and

                    (c)  training volunteers to retube hearing aids;

             (vi)   allows patients to rebook by text message;

             (vii)  reduces the wait for a first assessment to 13 weeks;

             (viii) surveys its patients every year;

             (ix)   sets up a patient panel; and

             (x)    reports progress to the Committee in twelve months.

        6.2  The Committee also recommends that the Trust and the Integrated Care Board:

             (xi)   review hearing tests for residents of care homes; and

             (xii)  commission a community audiology service.
        """,
        kind="scrutiny_report",
    )
    assert [r.label for r in parsed.recommendations] == [
        "i", "ii", "iii", "iv", "va", "vb", "vc", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
    assert [r.paragraph for r in parsed.recommendations][-2:] == ["6.2", "6.2"]
    assert parsed.recommendations[4].text.startswith("holding a drop-in repair clinic")


def test_a_head_labels_a_roman_recommendation_and_its_part_as_the_report_does():
    """A response's heads "Recommendation (iii)" and "Recommendation v(a)" name 'iii' and 'va', the labels the report's
    list gives them; "Recommendation 4a (ii)" keeps its parent, "Recommendation 3" is 3."""
    from pipeline.labels import read_head

    assert read_head("Recommendation (iii)") == ("iii", "")
    assert read_head("Recommendation v(a)") == ("va", "")
    assert read_head("Recommendation (v): hearing aid repairs") == ("v", "hearing aid repairs")
    assert read_head("Recommendation 4a (ii)") == ("4a(ii)", "")
    assert read_head("Recommendation 3: That the Trust ...") == ("3", "That the Trust ...")


def test_an_annex_named_without_its_letter_before_a_colon_is_a_heading_too():
    """"Annex: Inquiry contact" after the last recommendation titles the annex, as "Annex A: ..." does."""
    parsed = parse(
        """
        Recommendation 9

        The UK government should report to Parliament within two years on the progress made.

        Annex: Inquiry contact

        UK Medicines Supply Inquiry, PO Box 7201, Cragmoor.
        """,
        kind="scrutiny_report",
    )
    assert [r.text for r in parsed.recommendations] == [
        "The UK government should report to Parliament within two years on the progress made."]


def test_a_paper_with_no_section_of_decisions_asks_for_each_in_its_own_numbered_paragraph():
    """A clerk's report over several agenda items sets out each matter and closes it with a paragraph that asks for
    the decision ("3) Members are asked to resolve to accept ..."): each such paragraph is a decision sought under its
    number, and the lettered items of one that lists them are decisions under their letters. Paragraphs that only
    say something ("2) The lowest quotation ...") ask nothing."""
    parsed = parse(
        """
        WESTON MALLING PARISH COUNCIL

        Item 5: Bus shelter on Mill Lane

        1) Two firms were asked to quote for replacing the bus shelter on Mill Lane.

        2) The lower quotation, from Corrie Street Furniture, is £6,210 plus VAT.

        3) Members are asked to resolve to accept the quotation from Corrie Street Furniture.

        Item 6: Allotment rents

        4) Rents were last raised in 2029.

        5) Members are asked to resolve to:
        a) raise allotment rents by 5 per cent from October; and
        b) ask the Clerk to write to every tenant by 1 August.
        """,
        kind="officer_report", council="Weston Malling Parish Council",
    )
    assert [(r.label, r.kind, r.paragraph) for r in parsed.recommendations] == [
        ("3", "decision_sought", "3"), ("a", "decision_sought", "5"), ("b", "decision_sought", "5")]
    assert parsed.recommendations[0].text.startswith("Members are asked to resolve to accept the quotation")
    # the paper goes to the parish council's own meeting: the council decides
    assert {r.addressee for r in parsed.recommendations} == {"Weston Malling Parish Council"}


def test_letters_that_start_again_under_each_numbered_paragraph_are_named_with_it():
    """An ombudsman's recommendations: "36. Within one month the Council should: a) apologise ... b) pay ..." and "37.
    Within three months the Council should: a) review ... b) train ...". A letter alone names no item here; each is
    named with its paragraph ("36a", "37b"), as the label note allows and as the council's answers name them. Letters
    that do not repeat keep their letter."""
    parsed = parse(
        """
        Recommendations

        36. Within one month of my final decision, the Council should:
        a) apologise to Mrs X for the delay;
        b) pay Mrs X £500 for the distress caused.

        37. Within three months of my final decision, the Council should:
        a) review its procedure for issuing education, health and care plans;
        b) train its caseworkers in the statutory time limits; and
        c) report each late plan to the Director monthly.
        """,
        kind="scrutiny_report",
    )
    # (37's "c)", printed once, belongs to a list whose letters start again: "37c" too)
    assert [(r.label, r.paragraph) for r in parsed.recommendations] == [
        ("36a", "36"), ("36b", "36"), ("37a", "37"), ("37b", "37"), ("37c", "37")]
    single = parse(
        """
        Recommendations

        36. Within one month of my final decision, the Council should:
        a) apologise to Mrs X for the delay;
        b) pay Mrs X £500 for the distress caused.
        """,
        kind="scrutiny_report",
    )
    assert [r.label for r in single.recommendations] == ["a", "b"]


def test_each_item_under_a_stem_that_ends_in_its_modal_is_an_ask_however_short():
    """"18. Within four weeks, the landlord must: a. Provide the resident with a written apology ... d. Provide evidence
    of compliance with these orders to the Ombudsman.": the stem "must:" is completed by each item, so the short last
    one, which reads like a title, is one too."""
    parsed = parse(
        """
        Orders and recommendations

        18. Within four weeks of the date of this report, the landlord must:
        a. Provide the resident with a written apology from its Director of Housing.
        b. Arrange for a heating engineer to inspect the heating in the resident's flat.
        c. Provide evidence of compliance with these orders to the Ombudsman.
        """,
        kind="scrutiny_report",
    )
    assert [r.label for r in parsed.recommendations] == ["a", "b", "c"]


def test_the_parts_of_a_sum_an_item_breaks_down_are_kept_in_its_text():
    """"b. Pay the resident £1,450 compensation, made up of: i. £750 ... ii. £312 ... iii. £388 ...": the romans are the
    parts of the one sum asked for (segment lexicon v14 `qualifying_stems`), not asks of their own."""
    parsed = parse(
        """
        Orders and recommendations

        18. Within four weeks of the date of this report, the landlord must:
        a. Provide the resident with a written apology from its Director of Housing.
        b. Pay the resident £1,450 compensation, made up of:
        i. £750 for the distress and inconvenience caused by the loss of heating.
        ii. £312 to reimburse the additional electricity the resident used.
        iii. £388 for the time and trouble caused by its complaint handling.
        c. Arrange for a heating engineer to inspect the heating in the resident's flat.
        """,
        kind="scrutiny_report",
    )
    recs = {r.label: r for r in parsed.recommendations}
    assert list(recs) == ["a", "b", "c"]
    assert recs["b"].text.startswith("Pay the resident £1,450 compensation, made up of:")
    assert recs["b"].text.endswith("£388 for the time and trouble caused by its complaint handling.")


def test_a_heading_set_larger_than_a_summary_box_s_recommendations_heading_ends_its_section():
    """An ombudsman's report: its summary box heads a few lines "Recommendations" in 10.5 pt bold, and the report's
    body follows under headings in 13 pt ("The complaint", "What happened"), its numbered findings saying what the
    Council "should have" done. A heading set larger than the section's own is above it and ends it: the findings are
    not recommendations, and the report's own "Recommendations" section, in 13 pt, holds them."""
    from pipeline.records import Line

    spec = [
        ("Report summary", 13.0, True), ("Recommendations", 10.5, True),
        ("To remedy the injustice caused, we recommend the Council apologises to Mrs X.", 10.0, False),
        ("The complaint", 13.0, True),
        ("12. On 15 January 2024 Mrs X asked for an assessment. The Council should have told her by 26 February.", 10.0, False),
        ("13. The Council must also consider whether any fault has caused injustice.", 10.0, False),
        ("Recommendations", 13.0, True),
        ("35. Within one month of the date of this report, the Council should apologise to Mrs X.", 10.0, False),
    ]
    lines = [Line(text, gap_before=1 if k else 0, bold=bold, size=size) for k, (text, size, bold) in enumerate(spec)]
    doc = Document(id="ef" * 32, source="t.pdf", path="t.pdf", pages=1, lines=lines,
                   meta=DocumentMeta(kind="scrutiny_report", council="Oxenwold Council"))
    labels = [r.label for r in segment(doc).recommendations]
    assert "12" not in labels and "13" not in labels
    assert "35" in labels


def test_a_field_s_value_that_names_recommendations_opens_no_section():
    """A decision page: its field "Outcome:" over the value "Upheld, recommendations", then the page's own
    "<h2>Summary</h2>" and a list of the complaints investigated. A field's value is no section's title: the
    complaints are not recommendations."""
    from pipeline.records import Line

    spec = [("Decision Report 202408815", 1), ("Outcome:", 0), ("Upheld, recommendations", 0), ("Summary", 2),
            ("The complaints we investigated are that:\n(a) the council failed to assess Mr A's needs in time;\n"
             "(b) the council failed to offer Ms C a carer support plan.", 0)]
    lines = [Line(t, gap_before=1 if k else 0, level=level, bold=bool(level)) for k, (text, level) in enumerate(spec)
             for t in text.split("\n")]
    doc = Document(id="ef" * 32, source="t.html", path="t.html", pages=1, lines=lines,
                   meta=DocumentMeta(kind="scrutiny_report", council="Glenmarrick Council"))
    assert segment(doc).recommendations == []


def test_an_ombudsman_s_tables_whose_column_says_what_the_body_should_do_are_its_recommendations():
    """"Rec. number | What we found | What the organisation should do | What we need to see", and the next table's
    "Outcome needed" over the same rows: the column that says what should be done, or the outcome needed, holds the
    recommendations (segment lexicon v14); "Outcome needed" asks, where a response's "Outcome" reports."""
    from pipeline.segment.tables import table_recommendations

    parsed = _tabled([
        ("Rec. number\tWhat we found\tWhat the organisation should do\tWhat we need to see", True),
        ("1\tThe council did not assess Mr A's needs in time.\tApologise to Ms C and Mr A.\tA copy of the apology.", True),
        ("We are asking the council to improve the way they do things:", False),
        ("Rec. number\tWhat we found\tOutcome needed\tWhat we need to see", True),
        ("2\tThere was no process for prioritising requests.\tRequests for assessment are prioritised by risk.\t"
         "The documented approach.", True),
    ], kind="other")
    assert [(r.label, r.text) for r in table_recommendations(parsed.document)] == [
        ("1", "Apologise to Ms C and Mr A."), ("2", "Requests for assessment are prioritised by risk.")]


def test_recommendations_numbered_by_theme_with_a_reference_letter():
    """"R1.1", "R1.2" under "Theme 1: ...", "R2.1" under "Theme 2: ...", inside section 4 of a report whose paragraphs
    are numbered 4.1: the reference is the recommendation's label as printed ("1.1"), not a paragraph of section 1."""
    parsed = parse(
        """
        4 Recommendations

        4.1 Our recommendations are grouped under the themes of section 3 and numbered by theme.

        Theme 1: Information for families

        R1.1 That the Director of Public Health produces a plain-English leaflet on immunisations.

        R1.2 That the Cabinet Member ensures that every GP practice sends a text-message reminder.

        Theme 2: Getting to an appointment

        R2.1 That the Council funds evening immunisation clinics in the three wards with the lowest uptake.

        5 Next steps

        5.1 The Committee asks the Cabinet Member to respond within three months.
        """,
        kind="scrutiny_report",
    )
    assert [r.label for r in parsed.recommendations] == ["1.1", "1.2", "2.1"]


def test_a_bare_recommendation_section_ends_at_the_next_heading_even_one_ranked_below_it():
    """A web page's last section "<h2>Recommendation</h2>" over its one decision, then "<h3>Documents attached</h3>"
    over "Appendix 1 – Applications recommended for funding; ...": the bare singular heads the one decision under it,
    so the next heading, of any rank, ends it."""
    from pipeline.records import Line

    spec = [("Sports club capital grants", 1), ("4. Financial implications", 2),
            ("4.1 The grants of £396,200 would be met from the programme's budget of £400,000.", 0), ("Recommendation", 2),
            ("It is recommended that the Committee approves the award of fourteen grants totalling £396,200.", 0),
            ("Documents attached", 3),
            ("Appendix 1 – Applications recommended for funding; Appendix 2 – Applications not recommended, with reasons", 0)]
    lines = [Line(text, gap_before=1 if k else 0, bold=bool(level), level=level) for k, (text, level) in enumerate(spec)]
    doc = Document(id="ef" * 32, source="t.html", path="t.html", pages=1, lines=lines,
                   meta=DocumentMeta(kind="officer_report", body="Strategic Policy and Resources Committee"))
    assert [r.text[:30] for r in segment(doc).recommendations] == ["It is recommended that the Com"]


def test_sub_headings_ranked_below_an_unranked_recommendations_heading_stay_in_its_section():
    """Found by review: a Word report's bold but unstyled "Recommendations" over "Heading 3" sub-headings ("Housing")
    and their bullets: the sub-headings are inside the section it opens, as under an h2 "Recommendations:"."""
    from pipeline.records import Line

    for opener, level in (("Recommendations", 0), ("Recommendations:", 2)):
        spec = [("Findings", 2), ("Rents have risen faster than wages.", 0), (opener, level), ("Housing", 3),
                ("1. The Council should publish a private rented sector strategy by March.", 0),
                ("2. The Council should license houses in multiple occupation in the town centre.", 0)]
        lines = [Line(text, gap_before=1 if k else 0, bold=True if text == opener else bool(lvl), level=lvl)
                 for k, (text, lvl) in enumerate(spec)]
        doc = Document(id="ef" * 32, source="t.docx", path="t.docx", pages=1, lines=lines,
                       meta=DocumentMeta(kind="scrutiny_report"))
        assert len(segment(doc).recommendations) == 2, opener


def test_criteria_listed_under_a_modal_stem_are_not_asks():
    """Found by review: "To be eligible for the grant, applicants must: a) Aged 18 or over b) Resident in the borough":
    a list of titles under "must:" asks nothing; only a list whose other items ask makes its short item an ask."""
    parsed = parse(
        """
        Recommendations

        2. To be eligible for the grant, applicants must:
        a) Aged 18 or over
        b) Resident in the borough for two years
        c) In receipt of Universal Credit
        """,
        kind="scrutiny_report",
    )
    assert parsed.recommendations == []


def test_a_heading_takes_its_type_size_from_its_own_line_not_from_body_text_ending_with_its_words():
    """Found by review: "... final report and recommendations" in 11 pt body text, then the heading
    "Recommendations" in 24 pt: the heading's size is 24."""
    from pipeline.records import Line
    from pipeline.segment.paragraphs import heading_sizes

    lines = [Line("The review published its final report and recommendations", size=11.0),
             Line("in March.", size=11.0), Line("Recommendations", size=24.0, bold=True, gap_before=1),
             Line("1. The Department should publish its data monthly.", size=11.0, gap_before=1)]
    paragraphs = [Paragraph(uid="x:1", position=0, kind="paragraph", text=lines[0].text + " in March.", number=None,
                            heading=None, page=1),
                  Paragraph(uid="x:2", position=1, kind="heading", text="Recommendations", number=None, heading=None,
                            page=1)]
    assert heading_sizes(paragraphs, lines) == {id(paragraphs[1]): 24.0}



def test_an_auditors_statutory_recommendations_are_read_by_their_heads():
    """"Statutory recommendation 1" (Schedule 7 to the Local Audit and Accountability Act 2014), like "Key
    recommendation 2": the kind of recommendation before its word, then its number; the post asked keeps its number
    ("The Section 151 Officer should ...")."""
    doc = textwrap.dedent("""\
        4 Statutory recommendations

        4.1 We make the following recommendations under paragraph 2 of Schedule 7 to the Act.

        Statutory recommendation 1

        The Council should set a balanced budget for 2026/27 that does not rely on the use of general reserves.

        Statutory recommendation 2

        The Section 151 Officer should report to every meeting of the Cabinet on the forecast outturn.

        Key recommendation 3

        The Audit and Standards Committee should appoint an independent member by April 2026.

        5 Next steps

        5.1 The Council must consider this report at a meeting of the full Council within one month.
        """)
    parsed = parse(doc, kind="scrutiny_report")
    assert [(r.label, r.addressee) for r in parsed.recommendations] == [
        ("1", "Council"), ("2", "Section 151 Officer"), ("3", "Audit and Standards Committee")]


def test_a_head_that_names_its_author_by_initials_is_a_recommendations_head():
    """A police authority's committee paper answers the two recommendations an inspectorate made to it, each under its
    head as the inspectorate printed it ("HMICS Recommendation 4") and its quotation: the head ends the numbered
    paragraph before it ("4.1 The Authority's responses ... are set out below."), as "Recommendation 4" would."""
    doc = textwrap.dedent("""\
        4 Authority response

        4.1 The Authority's responses to the two recommendations made to it are set out below.
        HMICS Recommendation 4
        The Scottish Police Authority should include the productions stores in its estates strategy.

        4.2 The Authority accepts this recommendation in part.
        """)
    parsed = parse(doc, kind="response")
    first = next(p for p in parsed.paragraphs if p.number == "4.1")
    assert first.text == "The Authority's responses to the two recommendations made to it are set out below."
    assert any(p.label == "4" and p.text.startswith("The Scottish Police Authority should") for p in parsed.paragraphs)


def test_an_investigators_safety_recommendations_keep_their_printed_references_and_ask_whom_they_name():
    """A national investigator numbers its recommendations by year ("Safety recommendation R/2024/031"): the label is
    what is printed, slashes and all. Each opens with its author's name and asking verb ("The Investigations Office
    recommends that ..."): the body named after "that" is asked, whoever wrote it. A safety observation, which asks
    nobody, ends the recommendation before it."""
    doc = textwrap.dedent("""\
        3 Findings and recommendations

        3.1 Ward staff did not always check the pump settings at handover.

        Safety recommendation R/2024/031: The Investigations Office recommends that the Medical Devices Agency publishes
        guidance on checking pump settings at every handover.

        Safety observation O/2024/011: Hospitals can improve patient safety by checking pumps at the bedside.

        3.2 Training on the pumps varied between trusts.

        Safety recommendation R/2024/032: TIO recommends that Health Education Wessex sets a single standard of pump
        training for nurses.
        """)
    parsed = parse(doc, kind="scrutiny_report")
    assert [(r.label, r.addressee) for r in parsed.recommendations] == [
        ("R/2024/031", "Medical Devices Agency"), ("R/2024/032", "Health Education Wessex")]
    # an observation under the same scheme of references is no part of the recommendation before it
    assert parsed.recommendations[0].text.endswith("at every handover.")


def test_a_contents_entry_whose_chapter_heading_is_not_found_is_still_an_entry():
    """A designed report sets some chapter titles beside a box, where they are read into the chapter's first
    paragraph: the contents entries of those chapters name no heading found later. A contents list stands
    together, so an entry-shaped line between its entries, paged like them, is an entry too, not item "2" of
    a numbered list beside the recommendations."""
    parsed = parse(
        """
        Contents

        Foreword – 2

        Summary and recommendations – 2

        1. Why we looked at it – 3

        2. Knowing what help there is – 3

        3. Money – 4

        4. Someone to turn to – 5

        5. Next steps – 6

        Foreword

        We heard from 64 carers and thank every one of them.

        Our recommendations

        1. The Cabinet Member for Children should publish a single guide to kinship care by April 2026.

        2. The Director of Children's Services should offer every special guardian independent legal advice.

        3. The Cabinet Member for Children should pay the allowance at the fostering rate.

        1. Why we looked at it

        Carers raised it at our public session in February.

        3. Money

        A kinship foster carer receives the fostering allowance.
        """,
        kind="scrutiny_report",
    )
    recs = parsed.recommendations
    assert [r.label for r in recs] == ["1", "2", "3"]
    assert recs[1].text.startswith("The Director of Children's Services should offer")


def test_field_lines_under_a_recommendation_are_not_its_words():
    parsed = parse(
        """
        Recommendations

        R1 That the Cabinet Member for Public Health makes sure that the stop smoking service supports young people who want to stop vaping.

        Lead: Director of Public Health

        By when: April 2026

        R2 That the Leader of the Council writes to the Secretary of State asking for a ban on vape displays.

        Lead: Chief Executive

        By when: December 2025
        """,
        kind="scrutiny_report",
    )
    recs = {r.label: r for r in parsed.recommendations}
    assert set(recs) == {"1", "2"}
    assert recs["1"].text.endswith("want to stop vaping.")
    assert "Lead:" not in recs["2"].text and "December" not in recs["2"].text
    # a lead-in that ends in a colon over the recommendation's own list names no field: it is the recommendation's
    parsed = parse(
        """
        Recommendations

        Recommendation 6: The UK government and devolved administrations should hold a pandemic exercise every three years.

        The exercise should:
        - test the response at all stages, from the initial outbreak to multiple waves; and
        - include a broad range of those involved in pandemic preparedness and response.

        Recommendation 7: The UK government should publish the exercise's findings within three months.
        """,
        kind="scrutiny_report",
    )
    recs = {r.label: r for r in parsed.recommendations}
    assert recs["6"].text.endswith("involved in pandemic preparedness and response.")
    # a line that names a part of the ask ("Short term:"), or a note that directs, carries it on
    parsed = parse(
        """
        Recommendations

        Recommendation 1: The Council should extend the warm homes scheme in two stages.

        Short term: Extend the pilot to all wards from April 2026.

        Long term: Fund the scheme from the Council's own budget from 2027.

        Recommendation 2: The Council should publish the scheme's take-up each year.
        """,
        kind="scrutiny_report",
    )
    recs = {r.label: r for r in parsed.recommendations}
    assert recs["1"].text.endswith("from 2027.")


def test_a_numbered_decision_to_note_a_list_is_one_decision():
    """'2.2 To note:' over two bullets, between 2.1 and 2.3: one decision, the paragraph with its list (a lead-in
    that is itself the decision asks its items one by one only in an unnumbered paragraph, a decision record's)."""
    parsed = parse(
        """
        RECOMMENDATIONS

        2.1 To approve the virement of £250,000 from the contingency budget to Adult Social Care.

        2.2 To note:
        - the forecast overspend of £1.2 million;
        - the risks to the forecast set out in section 6.

        2.3 To agree that the Chief Finance Officer reports progress to Cabinet in April.

        BACKGROUND

        3.1 The Council set its budget for 2025/26 in February 2025.
        """,
        kind="officer_report",
    )
    assert [r.label for r in parsed.recommendations] == ["2.1", "2.2", "2.3"]


def test_a_request_only_for_the_response_is_no_decision_sought():
    """'The ICB is asked to respond within 28 days' asks for the answer to the recommendations, not for anything
    they ask; asked to respond and to decide, a decision is asked as well."""
    from pipeline.segment.recommendations import put_as_decision

    assert not put_as_decision("The ICB is asked to respond within 28 days, as the 2013 Regulations require of NHS bodies.")
    assert not put_as_decision("The Executive is requested to reply to the Panel by 1 March.")
    assert put_as_decision("The Cabinet is asked to respond to these recommendations and to approve the action plan.")
    assert put_as_decision("Members are asked to note the report.")
    assert put_as_decision("The Cabinet is asked to respond to the Panel's recommendations as follows:")


def test_an_officers_delegated_decision_is_its_bullets_taken_by_the_post_that_took_it():
    """A town clerk's record of a decision under delegated authority: "Decision:" over "To approve:" over three bullets
    typed with "•" (no list markup): each bullet is a decision, labelled 1-3 in order, taken by the post the "Decision
    taken by:" field names (the person's name in brackets is not the post); the rejected alternatives are none."""
    from pipeline.records import Line

    texts = ["Record of a decision taken under delegated authority", "Decision:", "To approve:",
             "• the emergency repair of the clock tower roof at a cost of £8,460 excluding VAT;",
             "• the closure of the first-floor rooms to hirers until the work is finished; and",
             "• a transfer of £8,460 from the Buildings Maintenance Reserve to the repairs budget.",
             "Alternatives considered:", "• to cover the roof with a temporary tarpaulin until the Committee could meet.",
             "Reasons:", "The next meeting of the Committee is too late for the repair to wait."]
    lines = [Line(t, gap_before=1) for t in texts]  # one paragraph each, as a web page's <p> are
    lines[1:1] = [Line(f"{name}:\t{value}", table=True) for name, value in (
        ("Decision taken by", "Town Clerk and Responsible Financial Officer (Jonah Pelletier-Garside)"),
        ("Date of decision", "3 February 2037"))]
    doc = Document(id="cd" * 32, source="t.html", path="t.html", pages=1, lines=lines, meta=DocumentMeta(kind="other"))
    from pipeline.ingest.meta import read_meta

    doc.meta = read_meta(lines, source="t.html")
    assert doc.meta.body == "Town Clerk and Responsible Financial Officer"
    parsed = segment(doc)
    assert [(r.label, r.addressee) for r in parsed.recommendations] == [
        (str(k), "Town Clerk and Responsible Financial Officer") for k in (1, 2, 3)]
    assert parsed.recommendations[2].text == "a transfer of £8,460 from the Buildings Maintenance Reserve to the repairs budget."


def test_members_of_a_board_asked_to_decide_are_the_board():
    """"Members of the Board are asked to: a) approve ..." asks the Board, whose members they are (not a body called
    "Members of the Board"); "That Members note" asks the meeting the report goes to, as before."""
    parsed = parse(
        """
        Harlowmere Public Services Board

        2. Recommendations

        2.1 Members of the Board are asked to:

        a) approve the annual report at Appendix 1 for publication by 31 July 2025;

        b) agree that the delivery priorities for 2025/26 be the three set out in section 5.
        """,
        kind="officer_report", body="Harlowmere Public Services Board",
    )
    assert [(r.label, r.addressee) for r in parsed.recommendations] == [
        ("a", "Harlowmere Public Services Board"), ("b", "Harlowmere Public Services Board")]


def test_a_passive_request_reads_the_same_with_an_adverb_before_its_verb():
    """One form of the passive request for every pattern that reads one (segment lexicon v19 `ask_adverbs`): a
    request for the answer only, with an adverb, asks for nothing else; a decision with one is read as without."""
    from pipeline.segment.candidates import RX, asks_or_directs

    for only_the_answer in ("The ICB is asked to respond within 28 days.", "The ICB is therefore asked to respond within 28 days.",
                            "The Trust is kindly requested to respond within two months.",
                            "The Executive will be asked to respond by 1 March."):
        assert not asks_or_directs(only_the_answer), only_the_answer
    assert asks_or_directs("The Cabinet is therefore asked to agree the plan.")
    assert RX.asked.match("The Cabinet is therefore asked to:") and RX.asked.match("The Cabinet is asked to:")


def test_a_passive_s_agent_is_no_month_or_season():
    from pipeline.segment.addressees import _named

    assert _named("Guidance should be published by Ofsted.", False) == ["Ofsted"]
    for dated in ("Guidance should be published by March.", "Progress should be reported by April to the Committee.",
                  "Guidance should be published by Autumn.", "A plan should be agreed by Easter."):
        assert _named(dated, False) is None, dated


def test_every_reasons_field_ends_a_recommendation_as_a_field_line_does():
    """"Reasons for the proposals: ..." is the reasons field, as "Reasons for the recommendations:" and "Reason:" are
    (one list, `reason_fields`, for the field line and the reasons heading)."""
    parsed = parse(
        """
        Recommendations

        R1 That the Cabinet Member for Housing extends the private rented sector licensing scheme to the two wards.

        Reasons for the proposals: the survey found poor conditions in one home in five in those wards.

        R2 That the Cabinet publishes the licensing register on the Council's website.

        Reason: tenants cannot check a landlord's licence today.
        """,
        kind="scrutiny_report",
    )
    recs = {r.label: r for r in parsed.recommendations}
    assert recs["1"].text.endswith("to the two wards.") and recs["2"].text.endswith("on the Council's website.")


def test_a_record_that_prints_the_recommendation_and_the_decision_seeks_the_recommendation():
    """An officer's decision record with a "Recommendation:" field and a "Decision:" field that differs from it: what
    was sought is the recommendation, labelled as printed ("(1)" -> 1, its text without the label); the decision
    records what was made of it. A "That <X> be confirmed" asks no X to act: the decision maker does."""
    parsed = parse(
        """
        RECORD OF A DECISION TAKEN BY AN OFFICER UNDER DELEGATED POWERS

        Decision maker: Head of Planning

        Recommendation:

        (1) That Tree Preservation Order TPO/2025/09 be confirmed without modification.

        (2) That the owners of the land be told of the confirmation in writing.

        Decision:

        (1) That Tree Preservation Order TPO/2025/09 be confirmed with modification, T4 being removed from the Order.

        (2) That the owners of the land be told of the confirmation in writing.

        Alternative options considered: not to confirm the Order.

        Signed: Helen Marsh, Head of Planning
        """,
        kind="officer_report", body="Head of Planning",
    )
    assert [(r.label, r.text, r.addressee) for r in parsed.recommendations] == [
        ("1", "That Tree Preservation Order TPO/2025/09 be confirmed without modification.", "Head of Planning"),
        ("2", "That the owners of the land be told of the confirmation in writing.", "Head of Planning"),
    ]


def test_that_x_be_done_asks_no_x_but_that_x_be_authorised_to_act_asks_x():
    from pipeline.segment.addressees import _named

    assert _named("That the Order be confirmed without modification.", False) is None
    assert _named("That Tree Preservation Order TPO/2025/09 be confirmed.", False) is None
    assert _named("That the Director be authorised, in consultation with the Leader, to agree the terms.", False) == ["the Director"]
    assert _named("That the Monitoring Officer be instructed to amend the Constitution.", False) == ["the Monitoring Officer"]
    assert _named("That the Cabinet approves the plan.", False) == ["the Cabinet"]


def test_a_list_under_a_modal_lead_in_is_one_recommendation_an_item():
    """An inspectorate's "Recommendations" heading over "By 30 September 2026, the service should:" and its bullets:
    each bullet completes what the body should do, a recommendation of its own, numbered in order as nothing is
    printed; a lead-in that asks nothing ("The service has:") is no such lead-in."""
    parsed = parse(
        """
        Recommendations

        By 30 September 2026, the Service should:

        - make sure its risk-based inspection programme targets the premises that present the highest risk;
        - make sure it has enough competent protection staff to carry out the inspections its programme requires; and
        - quality assure its fire safety audits, so that each audit is carried out and recorded consistently.
        """
    )
    assert [(r.label, r.text[:30]) for r in parsed.recommendations] == [
        ("1", "make sure its risk-based inspe"), ("2", "make sure it has enough compet"), ("3", "quality assure its fire safety")]
    assert {r.addressee for r in parsed.recommendations} == {"Service"}
    from pipeline.segment.recommendations import RE_MODAL_LEAD

    assert RE_MODAL_LEAD.fullmatch("Local authorities must:") and RE_MODAL_LEAD.fullmatch("The Trust ought to:")
    assert not RE_MODAL_LEAD.fullmatch("Since our last inspection the service has:")
    assert not RE_MODAL_LEAD.fullmatch("The service should act. It has:")  # a sentence before: the list is the second's


def test_a_report_template_in_a_table_with_side_heads_and_headings_across_it():
    """Two shapes of a report built in Word's tables. (1) The body is a table of "number | paragraph" rows whose
    section headings are rows merged across both columns ("2. RECOMMENDATIONS"): those rows are no columns, and the
    table lays out the numbered paragraphs as before, the cover's field rows above it kept as fields. (2) A section's
    title set in the margin beside its first paragraph ("Recommendations | 2.1 The Executive is asked to:"), which
    the reader gives as a row of two cells, is the heading over that paragraph. Each asks its list as decisions."""
    from pipeline.records import Line

    cover = [Line(f"{name}:\t{value}", table=True) for name, value in (
        ("Report to", "Employment Committee"), ("Date of meeting", "10 February 2026"), ("Report of", "Head of HR"))]
    body = [Line(t, table=True) for t in [
        "1. PURPOSE", "1.1\tThis report proposes the pay policy.", "1.2\tIt also proposes a market supplements policy.",
        "2. RECOMMENDATIONS", "2.1\tThe Committee is asked to: (a) approve the pay policy; (b) note the pay award.",
        "3. BACKGROUND", "3.1\tThe Localism Act 2011 requires a pay policy.", "3.2\tThe policy is published."]]
    doc = Document(id="cd" * 32, source="t.docx", path="t.docx", pages=1, lines=[*cover, *body],
                   meta=DocumentMeta(kind="officer_report", body="Employment Committee"))
    parsed = segment(doc)
    assert [(p.kind, p.number) for p in parsed.paragraphs if p.number] == [
        ("heading", "1"), ("paragraph", "1.1"), ("paragraph", "1.2"), ("heading", "2"), ("paragraph", "2.1"),
        ("heading", "3"), ("paragraph", "3.1"), ("paragraph", "3.2")]
    assert [(r.label, r.paragraph) for r in parsed.recommendations] == [("a", "2.1"), ("b", "2.1")]

    lines = [Line("Purpose of report\t1.1 This report presents the yearly report.", table=True, gap_before=1),
             Line("Recommendations\t2.1 The Executive is asked to:", table=True, gap_before=1),
             *[Line(f"• {t}", gap_before=0, indent=215.0) for t in ("agree the yearly report;", "note the budget.")],
             Line("2.2 The report has been seen by the Delivery Group.", gap_before=1, indent=174.0),
             Line("Background\t3.1 The Partnership is the local arrangement.", table=True, gap_before=1)]
    doc = Document(id="ce" * 32, source="t.pdf", path="t.pdf", pages=1, lines=lines,
                   meta=DocumentMeta(kind="officer_report", body="Executive"))
    parsed = segment(doc)
    assert [(p.number, p.heading) for p in parsed.paragraphs if p.number] == [
        ("1.1", "Purpose of report"), ("2.1", "Recommendations"), ("2.2", "Recommendations"), ("3.1", "Background")]
    assert [(r.label, r.paragraph) for r in parsed.recommendations] == [("1", "2.1"), ("2", "2.1")]


def test_recommendations_a_report_says_another_body_made_are_not_sought():
    """An officer report that asks its meeting for decisions ("The Executive is asked to: - agree ...") may report the
    recommendations someone else made ("The scrutineer made three recommendations to the partners: (1) that ...");
    those are what the meeting is asked to note, not decisions it is asked for. Without an ask of its own, a
    report's list stays what it was."""
    parsed = parse(
        """
        Report to the Executive

        Recommendations

        2.1 The Executive is asked to:

        - agree the yearly report for publication by 30 September 2026;

        - note the scrutineer's recommendations in paragraph 7.2.

        Background

        3.1 The Partnership is the local multi-agency safeguarding arrangement.

        Independent scrutiny

        7.1 The independent scrutineer reported in March 2026.

        7.2 The scrutineer made three recommendations to the safeguarding partners:

        (1) that the Executive should hear directly from children twice a year;

        (2) that schools should be represented on the Delivery Group; and

        (3) that the yearly report should say more about the budget.
        """, kind="officer_report"
    )
    assert [(r.label, r.paragraph) for r in parsed.recommendations] == [("1", "2.1"), ("2", "2.1")]
    # a meeting's own recommendation to Council is no report of another's (review: a bare "recommended" is not read)
    parsed = parse(
        """
        Report to Council

        Recommendations

        2.1 Council is asked to note the report.

        Background

        3.1 The Cabinet considered the report on 4 March and recommended that Council:

        (a) approves the Pay Policy Statement 2026/27; and

        (b) notes the pay award.
        """, kind="officer_report"
    )
    assert [r.label for r in parsed.recommendations if r.paragraph == "3.1"] == ["a", "b"]


def test_a_decision_that_agrees_a_proposition_is_the_meeting_s_whoever_the_proposition_names():
    """"The Committee is recommended to: (c) agrees that the Old Grammar School Museum, Oldmoor, should close for four
    weeks": the meeting agrees; the museum (or the town after its comma) that the agreed clause names is not asked."""
    parsed = parse(
        """
        Report to the Joint Museums Committee

        2. Recommendations

        2.1 The Joint Museums Committee is recommended to:

        (a) approves the move of the reserve collections to the shared store;

        (b) agrees that the Old Grammar School Museum, Oldmoor, should close to the public for four weeks; and

        (c) notes that the Trust will report on the move in March 2027.
        """, kind="officer_report", body="Joint Museums Committee"
    )
    assert [(r.label, r.addressee) for r in parsed.recommendations] == [
        ("a", "Joint Museums Committee"), ("b", "Joint Museums Committee"), ("c", "Joint Museums Committee")]


def test_a_list_a_paragraph_counts_is_its_list_though_the_report_numbers_its_sections_alike():
    """ "We make three recommendations. They are addressed to ...", then "1 The Department ... should ..." to "3 ...",
    under a heading numbered 5 in a report numbered 4.1, 4.2: the list the paragraph counts, restarting at 1, not text
    whose numbers go backwards (nor a paragraph 6 where the list reaches it)."""
    parsed = parse(
        """
        4 What needs to change

        4.1 Removal from a list is a serious step.

        4.2 The national bodies need to know how often removals happen.

        5 Our recommendations

        We make three recommendations. They are addressed to the bodies that can make the changes needed.

        1 The Department of Health and Social Care should amend the contract regulations.

        2 NHS England should publish each year the number of patients removed from lists.

        3 GP practices should offer a meeting to any patient they are considering removing.
        """, kind="scrutiny_report"
    )
    assert [(r.label, r.addressee) for r in parsed.recommendations] == [
        ("1", "Department of Health and Social Care"), ("2", "NHS England"), ("3", "GP practices")]


def test_an_item_that_completes_a_lead_in_s_view_is_the_meeting_s_decision():
    """"The Committee is asked to note and agree: ... (iv) that the Chair ... may amend the programme": the item
    completes "agree that ...", which the meeting agrees; the Chair the agreed clause names is not asked."""
    parsed = parse(
        """
        Report to the Overview and Scrutiny Committee

        2. Recommendations

        2.1 The Committee is asked to note and agree:

        (i) the work programme for 2026/27 set out in Table 1;

        (ii) that the Chair, in consultation with the Vice-Chair, may amend the programme between meetings.
        """, kind="officer_report", body="Overview and Scrutiny Committee"
    )
    assert [(r.label, r.addressee) for r in parsed.recommendations] == [
        ("i", "Overview and Scrutiny Committee"), ("ii", "Overview and Scrutiny Committee")]


@pytest.mark.parametrize("lead, body, kind", [
    ("It is recommended that the Committee:", "Regulatory Committee", "decision_sought"),
    ("It is recommended that the Transport and Environment Committee:", "Transport and Environment Committee",
     "decision_sought"),
    ("The Panel is recommended to:", "Fenmouth Police and Crime Panel", "decision_sought"),
    # a paper of a scrutiny committee that recommends to the Cabinet asks another body to act
    ("It is recommended that the Cabinet:", "Overview and Scrutiny Committee", "scrutiny_recommendation"),
])
def test_a_paper_that_asks_its_own_meeting_seeks_decisions_whatever_its_cover(lead, body, kind):
    """A paper whose cover names no officer (a Scottish committee's report "by" its director, set as a title line) but
    whose lead-in asks the meeting it goes to ("It is recommended that the Committee:") seeks that meeting's decisions,
    which the meeting settles and no response answers; where the lead-in asks another body, it recommends."""
    parsed = parse(
        f"""
        Licence fees for 2026/27

        2. Recommendations

        2.1 {lead}

        (a) approves the revised scale of fees at Appendix A; and
        (b) agrees that the fees are reviewed again in 2027.

        3. Background

        3.1 The fees were last set in 2023.
        """, body=body)
    assert [r.label for r in parsed.recommendations] == ["a", "b"]
    assert {r.kind for r in parsed.recommendations} == {kind}


def test_a_referral_to_the_meeting_carries_its_recommendations_and_officers_comments_answer_none():
    """A report to the Cabinet on a call-in: its own decisions in section 2, and in section 4 the list the scrutiny
    committee made *to the Cabinet* ("RESOLVED to refer the decision back to the Cabinet ..., with the following
    recommendations:"), which are the recommendations the paper carries to the meeting, where a list a review makes,
    even to the same meeting ("The review makes two recommendations to the Cabinet"), is reported. A table of officers' comments on each, in a paper that answers no other,
    is advice to the meeting that decides, no answer."""
    from pipeline.answers import find_answers

    rows = [
        ("Report of the Democratic Services Manager", False),
        ("2. Recommendations", False),
        ("2.1 That Cabinet:", False),
        ("a) reconsiders decision C/2026/011 in the light of the recommendations in paragraph 4.3; and", False),
        ("b) confirms, amends or rescinds the decision.", False),
        ("4. The Committee's consideration", False),
        ("4.1 The Committee met on 26 February 2026 and heard from the members who called the decision in.", False),
        ("4.2 The Committee RESOLVED to refer the decision back to the Cabinet for reconsideration, with the following "
         "recommendations:", False),
        ("1. That the Cabinet extends the 2026 season of the lido to begin on 16 May.", False),
        ("2. That the Cabinet keeps the concessionary entry charge at £3.20.", False),
        ("4.3 The review makes two recommendations to the Cabinet, which the service plan takes forward:", False),
        ("a) the lido's attendance should be published each month; and", False),
        ("b) the swimming clubs should be consulted before each season.", False),
        ("5. Officers' comments", False),
        ("Rec.\tOfficer comment", True),
        ("1\tA longer season would cost about £9,000, which the leisure budget can meet.", True),
        ("2\tKeeping the charge would reduce income by about £4,000.", True),
        ("6. Options", False),
    ]
    doc = tabled(rows, "callin.pdf", kind="officer_report", body="Cabinet")
    parsed = find_answers(segment(doc))
    assert [(r.label, r.paragraph) for r in parsed.recommendations] == [("a", "2.1"), ("b", "2.1"), ("1", "4.2"),
                                                                          ("2", "4.2")]
    assert parsed.responses == []


@pytest.mark.parametrize("text, asks", [
    ("Under Overview and Scrutiny Procedure Rule 12 in Part 4 of the Council's Constitution, the Cabinet must consider "
     "this report and respond to each recommendation within two months of receiving it.", False),
    ("The Cabinet must respond to each recommendation within two months, and should publish its plan.", True),
    ("The Council must respond to complaints within ten working days.", True),
])
def test_the_duty_to_answer_the_recommendations_is_none_of_them(text, asks):
    """A scrutiny report that says the Cabinet must consider it and respond to each recommendation describes the duty to
    answer them (as "The ICB is asked to respond within 28 days" asks for the answer): no recommendation of its own. A
    sentence that also asks something, or asks a response to something else, is one."""
    from pipeline.segment.candidates import asks_or_directs

    assert asks_or_directs(text) is asks


def test_a_label_printed_on_a_recommendation_is_it_not_a_paragraph_that_happens_to_share_its_number():
    """A committee's report prints its recommendations under "Recommendation 1" to "Recommendation 3" in a summary and
    again in bold in its text, among paragraphs of evidence numbered 1 to 9. Paragraph 2, whose witnesses say what
    "must" be done, is not recommendation 2: the label printed on a recommendation is it."""
    parsed = parse(
        """
        Summary of Recommendations

        Recommendation 1

        The Department should publish a plan for the river by March 2026.

        Recommendation 2

        The Agency should publish its monitoring data each week.

        Recommendation 3

        The councils should include the river in their local plans.

        Consideration of the Evidence

        1. The Committee took evidence from twelve organisations between January and June 2025.

        2. Anglers told the Committee that the rules must be enforced fairly, and that the river must come first.

        3. The Department said that a plan was being prepared.

        Recommendation 1

        The Department should publish a plan for the river by March 2026.

        4. The Agency monitors the river at six places.

        Recommendation 2

        The Agency should publish its monitoring data each week.

        Recommendation 3

        The councils should include the river in their local plans.

        5. The Committee thanks everyone who gave evidence.
        """,
        kind="scrutiny_report",
    )
    got = {r.label: r.text for r in parsed.recommendations}
    assert got["2"] == "The Agency should publish its monitoring data each week."
    assert not any("Anglers" in r.text for r in parsed.recommendations)


def test_a_report_that_heads_its_recommendations_recommends_nothing_in_its_evidence_paragraphs():
    """A committee report prints each recommendation under a "Recommendation N" head, in its summary and again between
    its numbered paragraphs of evidence: a paragraph that says what should happen without recommending it ("16. The
    Committee believes that progress ... should be reported ...") is its reasoning, not a thirteenth recommendation."""
    parsed = parse(
        """
        Summary of Recommendations

        Recommendation 1

        The Department should publish an annual report on progress against the action plan for the lake.

        Recommendation 2

        The Department should bring forward proposals to bring the bed of the lake into public ownership.

        Consideration of the Evidence

        Monitoring

        15. The bed of the lake is privately owned. Many witnesses argued that public ownership would help.

        16. The Committee believes that progress on the lake should be reported to the Assembly regularly, and that
        the councils have an important part to play.

        Recommendation 1

        The Department should publish an annual report on progress against the action plan for the lake.

        Recommendation 2

        The Department should bring forward proposals to bring the bed of the lake into public ownership.
        """,
        kind="scrutiny_report",
    )
    assert [r.label for r in parsed.recommendations] == ["1", "2"]


def test_a_numbered_paragraph_whose_bullets_are_run_into_it_asks_each_bullet():
    """A Word report laid out in a two-column table holds each numbered paragraph in a cell, and a cell's bullets
    run into its text: "2.1 The Committee is asked to: • note ...; • agree ...; and • note ..." asks each one,
    labelled 1, 2, 3 in order as nothing is printed."""
    parsed = parse(
        """
        2.0 Recommendations

        2.1 The Committee is asked to: • note the evaluation of Phases 1 to 3; • agree the 21 alleyways listed at Appendix 1 as Phase 4; and • note that a report on the consultation will be brought back to the Committee.

        3.0 Main report

        3.1 Alleygates are lockable gates fitted at the entrances to alleyways.
        """,
        kind="officer_report",
    )
    assert [(r.label, r.paragraph) for r in parsed.recommendations] == [("1", "2.1"), ("2", "2.1"), ("3", "2.1")]
    assert parsed.recommendations[1].text.startswith("agree the 21 alleyways")


def test_asks_under_the_documents_own_word_are_its_recommendations():
    """A review may call its asks "Proposal 3", "Ask 1" or "Action point B": the word is the one the document prints
    before labels that run in order, each over an ask of its own ("That ..." or a body that should act), and the label
    is what is printed. A word over things that ask nothing ("Objective 1: To reduce ..."), or labels out of order, is
    no such head."""
    parsed = parse(
        """
        The Task Group recommends the following proposals.

        Proposal 1

        That the Cabinet sets a target of spending 90 per cent of the levy each year.

        Proposal 2

        That the Head of Human Resources appoints an apprenticeship champion in every directorate.

        Proposal 3: That the Leader writes to the Secretary of State about unspent levy funds.
        """, kind="scrutiny_report")
    assert [(r.label, r.addressee) for r in parsed.recommendations] == [
        ("1", "Cabinet"), ("2", "Head of Human Resources"), ("3", "Leader")]
    assert parsed.recommendations[0].text == "That the Cabinet sets a target of spending 90 per cent of the levy each year."
    asks = parse(
        """
        Our asks of the system

        Ask A: The Integrated Care Board should publish its waiting times for each practice.

        Ask B: NHS England should fund the pilot for a second year.
        """, kind="scrutiny_report")
    assert [(r.label, r.addressee) for r in asks.recommendations] == [("A", "Integrated Care Board"), ("B", "NHS England")]
    aims = parse(
        """
        Objective 1: To reduce the number of empty homes.

        Objective 2: To raise standards in the private rented sector.

        Proposal 2

        That the Cabinet adopts the strategy.

        Proposal 4

        That the Cabinet reviews it each year.
        """, kind="officer_report")
    assert [r.label for r in aims.recommendations] == []


def test_asks_under_a_qualified_head_that_say_who_recommends_them(tmp_path):
    """A watchdog's web page heads each ask "Learning recommendation 1" and words it "The IOPC recommends that the
    force ...": the sentence that says who recommends what is an ask, so the head is the document's word for its asks,
    labelled as printed, and each is for the body it recommends act, not the report's default; the background
    paragraphs above them ask nothing, and the page answers nothing."""
    from pipeline.ingest import read_document

    page = tmp_path / "learning.html"
    page.write_text(
        "<html><body><h1>Learning recommendations: a death after detention</h1>"
        "<h2>Background</h2><p>On the evening of 3 March officers of Brackmoor Police arrested a man in Wellow.</p>"
        "<p>He was taken to the custody suite, where he was booked in shortly before midnight.</p>"
        "<h2>Learning recommendations</h2><p>We make the following learning recommendations.</p>"
        "<h3>Learning recommendation 1</h3><p>The IOPC recommends that Brackmoor Police ensures that arresting officers"
        " tell the custody sergeant about any drugs a detainee may have swallowed.</p>"
        "<h3>Learning recommendation 2</h3><p>The IOPC recommends that the College of Policing reviews its guidance on"
        " rousing checks.</p>"
        "<h3>Learning recommendation 3</h3><p>We recommend that Brackmoor Police shares the learning with all custody"
        " staff.</p><h2>What happens next</h2><p>Both must respond within 56 days.</p></body></html>", encoding="utf-8")
    parsed = segment(read_document(page))
    assert [(r.label, r.addressee) for r in parsed.recommendations] == [
        ("1", "Brackmoor Police"), ("2", "College of Policing"), ("3", "Brackmoor Police")]
    assert parsed.recommendations[1].text == (
        "The IOPC recommends that the College of Policing reviews its guidance on rousing checks.")
    assert parsed.responses == []


def test_items_straight_under_a_numbered_recommendations_heading_are_the_papers_decisions():
    """"2. Recommendations" over "(1) That the Committee notes ...", "(2) ...": the heading and its items read as one
    numbered paragraph, and the items are the decisions the paper seeks, in paragraph 2, of the meeting it goes to. A
    progress report that also answers a review under the same numbers, in an appendix table, keeps them beside its
    answers: they are its own, and the answers restate other asks."""
    opening = [("1. Purpose of the report", False), ("1.1 To update the Committee on progress against the task group's "
               "recommendations.", False), ("2. Recommendations", False),
               ("(1) That the Committee notes the progress made on the recommendations, as set out in Appendix A.", False),
               ("(2) That the Committee agrees that recommendations 2 and 3 are closed.", False),
               ("3. Background", False), ("3.1 The Committee agreed the task group's report in March.", False)]
    appendix = [("Appendix A: progress on the recommendations", False),
                ("Ref\tRecommendation\tResponse (June 2025)\tUpdate (April 2026)", True),
                ("R1\tThat the Combined Authority extends the Careers Hub to every special school.\tAgreed.\tFour of the "
                 "six special schools have joined.", True),
                ("R2\tThat the Mayor writes to the Secretary of State about careers funding.\tAgreed.\tThe Mayor wrote in "
                 "July.", True)]
    for kind, rows in (("officer_report", opening), ("response", opening + appendix)):
        doc = tabled(rows, "t.pdf", kind=kind, body="Overview and Scrutiny Committee")
        parsed = segment(doc)
        assert [(r.label, r.paragraph, r.kind, r.addressee) for r in parsed.recommendations] == [
            ("1", "2", "decision_sought", "Overview and Scrutiny Committee"),
            ("2", "2", "decision_sought", "Overview and Scrutiny Committee")], kind
    assert [r.label for r in parsed.responses] == ["1", "2"]


def test_bullets_under_a_lead_in_that_says_who_should_act_are_recommendations_whatever_prose_follows():
    """An inspectorate's "Recommendations" heading over "Providers should:" and "The government should:", each over
    lower-case bullets: every bullet completes what its lead-in asks, numbered on through both lists, for the body
    the lead-in names; the report's prose after them, under headings set as the section's own, is no recommendation
    and takes none of them away."""
    prose = "\n\n".join(f"Paragraph {n} of the introduction describes the review and what inspectors saw." for n in range(8))
    parsed = parse(
        f"""
        Recommendations

        Providers should:
        - make sure that every learner starts on a course at the right level
        - give teachers the time and training they need

        The government should:
        - review the funding rates for functional skills qualifications
        - ask Ofqual to check that assessments are of the same difficulty

        Introduction

        {prose}
        """, kind="other")
    assert [(r.label, r.addressee, r.text[:20]) for r in parsed.recommendations] == [
        ("1", "providers", "make sure that every"), ("2", "providers", "give teachers the ti"),
        ("3", "Government", "review the funding r"), ("4", "Government", "ask Ofqual to check ")]


@pytest.mark.parametrize("request_line", [
    "The Committee asks the Cabinet to respond within two months and to report on progress a year later.",
    "The Cabinet is asked to respond within 28 days.",
])
def test_the_reports_request_for_a_response_ends_its_last_ask(request_line):
    """A labelled ask runs on over the paragraphs that carry it, but the report's request for the answer, set after
    the last of them, asks nothing of its own: it is never part of that ask's text."""
    parsed = parse(
        f"""
        R1 That the Cabinet adopts a written policy for the scheme.

        R2 That the Head of Culture agrees a standard design for new plaques, with a tactile version
        wherever a plaque is within reach.

        {request_line}
        """, kind="scrutiny_report")
    assert [(r.label, r.text) for r in parsed.recommendations] == [
        ("1", "That the Cabinet adopts a written policy for the scheme."),
        ("2", "That the Head of Culture agrees a standard design for new plaques, with a tactile version wherever a plaque "
              "is within reach.")]


def test_the_documents_own_word_read_in_bold_and_in_a_box_beside_its_ask():
    """The head may be bold with its colon inside the bold ("**Ask 1:** That ..."), or set in a cell of its own beside
    its ask, as a boxed list is extracted ("Proposal 1<TAB>That ..."): the same word, the same labels."""
    from pipeline.labels import own_ask_words
    from pipeline.segment.grammar import classify

    bold = ["**Ask 1:** That the ICB publishes its figures every quarter.", "**Ask 2:** That the ICB funds tablets."]
    own = own_ask_words(bold)
    assert own is not None and [(b.kind, b.label, b.text) for b in (classify(t, 1, 1, own=own) for t in bold)] == [
        ("rec", "1", "That the ICB publishes its figures every quarter."), ("rec", "2", "That the ICB funds tablets.")]
    boxed = ["Proposal 1\tThat the Cabinet funds a campaign.", "Proposal 2\tThat the Director names a champion."]
    own = own_ask_words(boxed)
    assert own is not None and [(b.kind, b.label) for b in (classify(t, 1, 1, table=True, own=own) for t in boxed)] == [
        ("rec", "1"), ("rec", "2")]


@pytest.mark.parametrize("ask, addressee", [
    ("That the Housing, Planning and Climate Policy Committee requires swift bricks in every new home.",
     "Housing, Planning and Climate Policy Committee"),
    ("That the Adults, Children and Health Scrutiny Committee reviews this in a year.",
     "Adults, Children and Health Scrutiny Committee"),
    ("That the Cabinet Member for Children, Education and Families reviews the policy.",
     "Cabinet Member for Children, Education and Families"),
    ("That the Police, Fire and Crime Commissioner and the Chief Constable agree a plan for shared stations.",
     "Police, Fire and Crime Commissioner; Chief Constable"),
    ("That the Office of the Police, Fire and Crime Commissioner publishes the estates plan.",
     "Office of the Police, Fire and Crime Commissioner"),
    # a kind of body named in lower case, the subject of "should" (segment lexicon v25)
    ("Local resilience forums should hold and test plans for reaching people without power.", "local resilience forums"),
    # a portfolio whose last subject takes an article is one office; an office or a body after "and the" is another
    ("That the Cabinet Member for Climate Change and the Environment introduces online applications.",
     "Cabinet Member for Climate Change and the Environment"),
    ("That the Portfolio Holder for Housing and the Director of Place review the allocations policy.",
     "Portfolio Holder for Housing; Director of Place"),
    # a post named "of" its portfolio, as "for" it (segment lexicon v26)
    ("That the Head of Libraries, Heritage and Arts reviews the opening hours.", "Head of Libraries, Heritage and Arts"),
])
def test_a_committee_named_for_its_subjects_is_one_addressee(ask, addressee):
    """A committee system's committee is named for its subjects before its noun, commas and all: one body, as an
    office named for its portfolio is."""
    parsed = parse(f"Recommendations\n\nR1 {ask}\n\nR2 That the Cabinet adopts a policy.\n", kind="scrutiny_report")
    assert parsed.recommendations[0].addressee == addressee


def test_the_body_asked_to_respond_in_the_passive_is_the_reports_default_addressee():
    """"The report will be sent to the Cabinet, which is asked to respond within two months": the body a report asks for
    its response, in the passive as in the active ("asks the Cabinet to respond"), is whom a recommendation that names
    no body is for."""
    parsed = parse(
        """
        Recommendations

        R1 That every meeting room at Quayside House be equipped for hybrid meetings by April 2026.

        R2 That the Leader writes to the Minister about the lease.

        Next steps

        The report will be sent to the Cabinet, which is asked to respond within two months.
        """, kind="scrutiny_report")
    assert [(r.label, r.addressee) for r in parsed.recommendations] == [("1", "Cabinet"), ("2", "Leader")]


def test_a_table_with_no_header_whose_rows_print_a_label_and_an_ask_is_the_reports_list():
    """An audit body's exhibit: a ruled table of two columns with no header row, the label in the first cell ("R1") and
    what a body should do in the second. Its rows are the recommendations, as a header would say; a table whose rows
    state figures, or one row alone, is not."""
    from pipeline.process import parse_document

    rows = [("Exhibit 1 sets out our recommendations. We have addressed each to the body best placed to act.", False),
            ("Exhibit 1: recommendations", False),
            ("R1\tThe Welsh Government should publish, by March 2026, a ten-year capital plan for the NHS estate.", True),
            ("R2\tHealth boards and NHS trusts should each approve an estate strategy by March 2026.", True),
            ("R3\tNHS Wales Shared Services Partnership should update its methodology for condition surveys.", True),
            ("Exhibit 2: backlog by health board", False),
            ("1\tBetsi Cadwaladr University Health Board reported £312 million of backlog in 2023-24.", True)]
    recs = parse_document(tabled(rows, "audit.pdf", kind="scrutiny_report")).recommendations
    assert [(r.label, r.addressee) for r in recs] == [
        ("1", "Welsh Government"), ("2", "health boards; NHS trusts"), ("3", "NHS Wales Shared Services Partnership")]
    assert recs[0].text.startswith("The Welsh Government should publish")
    alone = [("R1\tThe Welsh Government should publish, by March 2026, a ten-year capital plan for the estate.", True)]
    assert not [r for r in parse_document(tabled(alone, "one.pdf", kind="scrutiny_report")).recommendations
                if r.text.startswith("The Welsh Government should publish")]


def test_a_list_of_its_own_numbered_from_one_whose_items_say_what_a_body_should_do():
    """An Independent Monitoring Board's annual report prints no "Recommendations" heading: under "Main areas for
    development", items numbered from 1 apart from its sections, under heads that say whom they are for ("TO THE
    PRISON SERVICE"), each saying what a body should do. They are its recommendations; an item in the passive is for
    the body its head names, as the items spell it. The numbered chapter headings after them ("1 Introduction") are
    not groups of them."""
    parsed = parse(
        """
        3.3 Main areas for development

        TO THE MINISTER

        1. The Minister should ensure that men are not released without somewhere to live.

        TO THE PRISON SERVICE

        2. The Prison Service should fill the 38 vacant prison officer posts at Gorsmoor.

        3. Prisoners' property should be transferred with them when they move between prisons.

        TO THE GOVERNOR

        4. The Governor and the healthcare provider should reduce the time men spend queuing for medication.

        4 Safety

        4.1 Men arriving from court after 7pm were received by night staff.
        """)
    recs = [(r.label, r.addressee) for r in parsed.recommendations]
    assert recs == [("1", "Minister"), ("2", "Prison Service"), ("3", "Prison Service"),
                    ("4", "Governor; healthcare provider")]


def test_a_recommendations_section_whose_own_list_is_followed_by_the_reports_numbered_chapters():
    """A commissioner's report sets its list "1." to "11." under theme sub-heads in "Our recommendations", then its
    chapters "1 Introduction", "2 Who can claim" in unnumbered paragraphs. A chapter's number goes back below the
    list's, so the chapter is no group title of the section, and its narrative ("An application must normally be made
    within two years") no recommendation. The lead-in's default ("Unless we say otherwise, they are for the Ministry of
    Justice") goes to an item in the passive, and "Police and crime commissioners" is one office."""
    parsed = parse(
        """
        Our recommendations

        We make three recommendations. Unless we say otherwise, they are for the Ministry of Justice, which runs the Scheme.

        Who can claim

        1. The Scheme should be amended so that a survivor of abuse in childhood can apply within two years of reporting it.

        2. Police and crime commissioners should make sure that the victim services they commission offer help.

        3. The Government should review the tariff of injuries.

        1 Introduction

        The Scheme compensates blameless victims of violent crime.

        2 Who can claim

        An application must normally be made within two years of the incident.
        """)
    recs = [(r.label, r.addressee) for r in parsed.recommendations]
    assert recs == [("1", "Ministry of Justice"), ("2", "police and crime commissioners"), ("3", "Government")]


def test_a_numbered_recommendations_section_whose_list_starts_again_under_theme_sub_headings():
    """"7 Recommendations", a lead-in ("The Panel recommends:"), then a theme's sub-heading ("Preventing theft") over
    "1. That ...": the section's own list starts again at 1 under its themes; its number does not bound it. (A
    numbered section that goes on in its own numbers under a sub-heading, "7.1 ...", is read as before.)"""
    parsed = parse(
        """
        6 Conclusions

        6.1 Cycle theft is common and rarely solved.

        7 Recommendations

        The Panel recommends:

        Preventing theft

        1. That the Police and Crime Commissioner funds free bike-marking events in Tolderby.

        2. That the Cabinet Member for Environment and Transport provides covered cycle parking.

        Follow-up

        3. That the Police and Crime Commissioner reports to this Panel in twelve months.

        8 Next steps

        8.1 The Panel will consider the responses in January.
        """, kind="scrutiny_report")
    assert [(r.label, r.addressee) for r in parsed.recommendations] == [
        ("1", "Police and Crime Commissioner"), ("2", "Cabinet Member for Environment and Transport"),
        ("3", "Police and Crime Commissioner")]


def test_a_run_of_bare_numbers_from_one_under_a_chapter_is_the_list_and_a_closing_bracket_of_bodies_its_lead():
    """A chapter numbered 5 over "1 Publish ...", "2 Rebalance ...", "3 Lay ...": bare numbers running from 1, each
    opening a line, are the list the paragraph above introduces, whatever number the paper had reached; an ask that
    names no one and closes with a bracket of bodies ("(DESNZ, Ofgem)") is for them, as the report says it prints."""
    parsed = parse(
        """
        Chapter 4: Delivery risks

        4 Training places are not yet being created at the rate the transition needs.

        5 Fewer than half of people know what help is available to them.

        Chapter 5: Priority recommendations

        Our priority recommendations for the year ahead are set out below. The department or body we expect to lead
        each one is shown in brackets.

        1 Publish a connections reform delivery plan with milestones for clearing the backlog by 2028. (DESNZ, Ofgem)

        2 Rebalance policy costs between electricity and gas bills before the end of 2026. (DESNZ, HM Treasury)

        3 Lay the regulations for the Future Homes Standard in 2026. (MHCLG)

        4 Set out multi-year funding for local chargepoints beyond March 2027. (DfT, local authorities)

        5 Publish a woodland creation delivery plan showing how planting will reach 7,500 hectares a year. (Defra)

        6 Publish a net zero workforce plan with funded training places from 2027. (DfE, DESNZ)

        Chapter 6: Spending decisions

        The Government does not publish a single assessment of its spending plans.
        """,
        kind="scrutiny_report",
    )
    recs = parsed.recommendations
    assert [r.label for r in recs] == ["1", "2", "3", "4", "5", "6"]
    assert recs[0].text.startswith("Publish a connections reform")
    assert [r.addressee for r in recs] == ["DESNZ; Ofgem", "DESNZ; HM Treasury", "MHCLG", "DfT; local authorities",
                                           "Defra", "DfE; DESNZ"]


def test_a_list_under_a_titled_section_goes_on_past_the_sections_next_number():
    """"4. Recommendations" over "The Committee recommends:" and items 1 to 6: item 5, a sentence, carries on the list
    though the paper's next section is also 5; "5. What happens next", a title, is that section."""
    parsed = parse(
        """
        3. What we found

        Care coordinators looked after an average of 22 people each, against a standard of 15.

        4. Recommendations

        The Committee recommends:

        1. That the Trust raises the share of people seen within two weeks of referral to 75 per cent.

        2. That the Trust and the ICB set up a single point of access for all referrals.

        3. That GP practices use the Trust's referral guidance for every young person referred.

        4. That the Trust publishes its waiting times on its website every three months.

        5. That the Trust opens an evening clinic at least once a week for people who are in work or study.

        6. That the ICB funds the service to offer family intervention to every family that wants it.

        5. What happens next

        This report will be sent to the Trust and the ICB, who are asked to respond within two months.
        """,
        kind="scrutiny_report",
    )
    assert [r.label for r in parsed.recommendations] == ["1", "2", "3", "4", "5", "6"]
    assert parsed.recommendations[5].addressee == "ICB"
    assert any(p.number == "5" and p.kind == "heading" and p.text == "What happens next" for p in parsed.paragraphs)


def test_an_office_keeps_the_part_of_the_organisation_it_heads_and_a_policy_it_heads():
    """"the Executive Director (Place)" is the office, its bracket part of its name (an acronym, "(ICB)", or a
    definition, "(the Board)", is not); "the Head of Planning Policy" is a post, though "Policy" ends the names of
    documents ("the Local Plan", "the Planning Policy"); the subject of a passive, even past a phrase set off by
    commas, is acted on, not asked: such an ask names no one and goes to the report's default."""
    parsed = parse(
        """
        Recommendations

        R1 That the Executive Director (Place) introduces online applications and payment for permits by April 2026.

        R2 That the Head of Planning Policy offers a health check of its plan to each group every five years.

        R3 That a Parish Forum, open to every town and parish council in the district, is held twice a year.

        R4 That the Integrated Care Board (ICB) publishes its waiting times each month.
        """, kind="scrutiny_report", body="Overview and Scrutiny Committee", council="Fenhallow District Council")
    recs = {r.label: r.addressee for r in parsed.recommendations}
    assert recs["1"] == "Executive Director (Place)"
    assert recs["2"] == "Head of Planning Policy"
    assert recs["3"] not in ("Parish Forum", "a Parish Forum")
    assert recs["4"] == "Integrated Care Board"


def test_the_last_item_of_a_list_set_as_a_title_line_is_its_text():
    """"R9 Provide dedicated capital funding for schools" ends a list of short asks with no full stops, a heading
    next: a label's title heads the text under it, and where none follows, the line is the item's text."""
    parsed = parse(
        """
        Recommendations

        The Welsh Government should:

        R8 Fund a national programme of professional learning on outdoor learning for primary teachers

        R9 Provide dedicated capital funding for schools to develop their grounds

        1 Planning outdoor learning

        In the schools where outdoor learning was strongest, leaders had mapped it.
        """, kind="scrutiny_report", body="Estyn")
    recs = {r.label: r.text for r in parsed.recommendations}
    assert recs.get("9") == "Provide dedicated capital funding for schools to develop their grounds"


def test_labelled_asks_grouped_under_whom_they_ask_take_their_groups_lead_in():
    """An inspectorate groups its labelled recommendations by whom they ask ("Schools should:" over R1 and R2,
    "Integration joint boards and councils should:" over R3, ...): each asks its group's bodies, and the next group's
    lead-in is no part of the item before it."""
    parsed = parse(
        """
        Recommendations

        Schools should:

        R1 Plan outdoor learning so that it builds pupils' knowledge progressively across all areas of learning

        R2 Make regular use of the school grounds for learning in all seasons

        Integration joint boards and councils should:

        R3 Move away from contracts that pay providers by the minute for care delivered

        The Welsh Government should:

        R4 Provide dedicated capital funding for schools to develop their grounds for outdoor learning.

        1 Planning outdoor learning

        In the schools where outdoor learning was strongest, leaders had mapped it.
        """, kind="scrutiny_report", body="Estyn")
    recs = {r.label: r for r in parsed.recommendations}
    assert [[b.lower() for b in recs[k].addressees] for k in "1234"] == [
        ["schools"], ["schools"], ["integration joint boards", "councils"], ["welsh government"]]
    assert recs["2"].text == "Make regular use of the school grounds for learning in all seasons"
    assert "should" not in recs["3"].text


def test_a_titled_recommendation_whose_text_is_a_modal_lead_in_over_bullets_keeps_it():
    """"Recommendation 2: Cabinet Office leadership ..." titles its recommendation, whose text is "The UK government
    should:" over bullets: a lead-in that heads the title's own bullets, not the next group's labelled asks."""
    parsed = parse(
        """
        Recommendations

        Recommendation 1: A simpler structure

        The UK government should publish a single structure chart for emergency preparedness.

        Recommendation 2: Cabinet Office leadership for whole-system civil emergencies

        The UK government should:

        - abolish the lead government department model for whole-system civil emergencies; and

        - make the Cabinet Office responsible for preparing for whole-system civil emergencies.

        Recommendation 3: A single strategy

        The UK government should publish a whole-system civil emergency strategy every three years.
        """, kind="scrutiny_report", body="Inquiry")
    recs = {r.label: r for r in parsed.recommendations}
    assert recs["2"].text.startswith("The UK government should:")
    assert "abolish the lead government department model" in recs["2"].text


def test_a_numbered_paragraph_that_prints_its_recommendations_own_label_is_labelled_by_it():
    """"5.2 Recommendation 1: That the Committee ..." prints the recommendation's own label inside a numbered paragraph:
    the label is what is printed on it (1), the paragraph holds it (5.2), and the text follows the colon."""
    parsed = parse(
        """
        5. Recommendations

        5.1 The Committee makes the following recommendations.

        5.2 Recommendation 1: That the Environment and Transport Committee introduces a group return ticket for up to
        five people travelling together.

        5.3 Recommendation 2: That the Environment and Transport Committee asks the operator to run later buses.

        6. Next steps

        6.1 The report goes to the Environment and Transport Committee on 3 March.
        """, kind="scrutiny_report", body="Scrutiny Committee")
    assert [(r.label, r.paragraph, r.text) for r in parsed.recommendations] == [
        ("1", "5.2", "That the Environment and Transport Committee introduces a group return ticket for up to five people "
                     "travelling together."),
        ("2", "5.3", "That the Environment and Transport Committee asks the operator to run later buses.")]


def test_a_recommendation_printed_twice_ends_where_one_copy_stops():
    """A national study lists its recommendations in the summary, then prints each again in a box in its chapter, the
    chapter's prose run on after the box: the copy that stops where the other goes on shows where the recommendation
    ends; neither copy's extra paragraph is part of it, whichever comes first."""
    summary = """
        Recommendations

        Recommendation 1: Government should set a target to reduce embodied carbon by 2035.

        Recommendation 2: HM Treasury should require every business case to assess whole life carbon.
        """
    chapter = """
        2 Measuring carbon

        Recommendation 1

        Government should set a target to reduce embodied carbon by 2035.

        The regulators set the framework within which companies plan their programmes.

        Recommendation 2

        HM Treasury should require every business case to assess whole life carbon.

        Clients have shown that carbon can be cut on individual projects.
        """
    for text in (summary + chapter, chapter + summary):
        recs = {r.label: r.text for r in parse(text, kind="scrutiny_report").recommendations}
        assert recs == {"1": "Government should set a target to reduce embodied carbon by 2035.",
                        "2": "HM Treasury should require every business case to assess whole life carbon."}


def test_a_numbered_paragraph_that_prints_its_label_and_a_short_ask_is_no_title():
    """"5.7 Recommendation 6: That the Council funds a Take-up Officer for two years." is short and its words are
    capitalised, but what follows its label asks: a recommendation, not a contents entry; and the paragraph that
    announces the recommendations ("The Task Group makes the following recommendations.") is their lead-in, none of
    them."""
    recs = parse("""
        4 Findings

        4.1 Take-up is low.

        5 Recommendations

        5.1 The Task Group makes the following recommendations. Where a recommendation does not name who should act, it is for the Cabinet.

        5.2 Recommendation 1: That the Cabinet adopts a target of 80 per cent take-up by March 2027.

        5.3 Recommendation 2: That the Council funds a Healthy Start Take-up Officer for two years.

        6 Next steps

        6.1 This report will be sent to the Cabinet.
        """, kind="scrutiny_report").recommendations
    assert [(r.label, r.paragraph) for r in recs] == [("1", "5.2"), ("2", "5.3")]


@pytest.mark.parametrize(("text", "addressee"), [
    # a name used as a modifier before the subject's own noun: the vitamins are offered, by no one named
    ("That Healthy Start vitamins are offered free to every pregnant woman in Holmeshire.", "Cabinet"),
    ("That the Garden Assistance Scheme is opened to tenants under 65.", "Cabinet"),
    # "each" takes up a subject of more than one: two bodies, though neither is named alone elsewhere
    ("That National Highways and Network Rail should each publish a baseline by 2025.", "National Highways; Network Rail"),
    ("That parish and town councils should each publish a plan.", "parish and town councils"),
    ("That Ofwat, Ofgem and the Office of Rail and Road should each require companies to report.",
     "Ofwat; Ofgem; Office of Rail and Road"),
    ("That the Cabinet Member for Climate Change and the Environment publishes a plan.",
     "Cabinet Member for Climate Change and the Environment"),
])
def test_who_a_recommendation_asks_past_a_modifier_and_under_each(text, addressee):
    """A passive's subject is acted on, also where a name modifies its noun ("Healthy Start vitamins are offered"): the
    body the recommendations are for is asked. "... should each" asks each of the bodies its subject joins by "and"."""
    recs = parse(f"""
        Recommendations

        These recommendations are for the Cabinet.

        Recommendation 1: {text}
        """, kind="scrutiny_report", body="Overview and Scrutiny Committee").recommendations
    assert next(r for r in recs if r.label == "1").addressee == addressee


def test_a_table_of_recommendations_names_in_its_last_column_whom_each_is_for_decision_by():
    """A committee-system council's review prints "No. | Recommendation | For decision by": the last column names the
    committee each recommendation is for (segment lexicon v30), so the table is the report's own list of
    recommendations, not a response whose answers are committees' names."""
    parsed = _tabled([
        ("Recommendations", False),
        ("No.\tRecommendation\tFor decision by", True),
        ("1\tThat the Garden Assistance Scheme remains free for tenants who receive Council Tax Support.\t"
         "Housing and Neighbourhoods Committee", True),
        ("2\tThat the Policy and Resources Committee adds £60,000 a year to the budget for the scheme.\t"
         "Policy and Resources Committee", True),
        ("Next steps", False),
    ])
    assert [(r.label, r.addressee) for r in parsed.recommendations] == [
        ("1", "Housing and Neighbourhoods Committee"), ("2", "Policy and Resources Committee")]
    assert parsed.responses == []


def test_the_note_of_why_after_each_recommendation_is_not_its_text():
    """A report follows each recommendation with a short note of why it is made ("Why: Passengers cannot judge ...",
    "Rationale: ..."; segment lexicon v30 `reason_fields`): the reasons, not the recommendation's words."""
    recs = parse("""
        Recommendations

        The Committee makes two recommendations. Each is followed by a short note of why we make it.

        Recommendation 1

        That the Ferry Company publishes each month the number of crossings made and lost.

        Why: Passengers cannot judge how reliable the ferry is from one figure a year (paragraph 3.3).

        Recommendation 2

        That the Ferry Company tells passengers within 15 minutes when the ferry is suspended.

        Rationale: Most passengers find out about a suspension at the slipway.
        """, kind="scrutiny_report").recommendations
    assert [(r.label, r.text) for r in recs] == [
        ("1", "That the Ferry Company publishes each month the number of crossings made and lost."),
        ("2", "That the Ferry Company tells passengers within 15 minutes when the ferry is suspended.")]


def test_a_recommendation_printed_among_a_chapters_numbered_paragraphs_is_one():
    """A review argues each finding in its chapters and prints the recommendation it leads to as one of their numbered
    paragraphs ("3.4 Recommendation 1: That the Committee consults ..."), with no section of recommendations: the label
    printed makes it a recommendation wherever it stands, held in its paragraph; the argued paragraphs are none."""
    recs = parse("""
        2 Background

        2.1 The Panel met four times between June and October.

        3 Feeding

        3.1 The largest single cause of the problem is deliberate feeding.

        3.2 Recommendation 1: That the Environment Committee consults on a ban on feeding pigeons in the town centre.

        3.3 Many people who feed pigeons believe they are helping the birds.

        3.4 Recommendation 2: That the Housing Committee funds bird-proofing of the balconies on four estates.

        4 Next steps

        4.1 This report will be sent to the committees it names.
        """, kind="scrutiny_report").recommendations
    assert [(r.label, r.paragraph, r.addressee) for r in recs] == [
        ("1", "3.2", "Environment Committee"), ("2", "3.4", "Housing Committee")]


def test_a_long_list_of_recommendations_each_a_paragraph_that_prints_its_label_is_read_to_its_end():
    """Nine or more recommendations, each a paragraph of its own set with a hanging indent, "(8) That the Executive ...":
    a list, however long, not a run of prose that ends the section (it closed after eight unnumbered paragraphs)."""
    rows = [("Recommendations", 62.7, 1, False), ("The Task Group makes ten recommendations.", 62.7, 1, False)]
    for n in range(1, 11):
        rows += [(f"({n}) That the Executive funds {n * 10} new seats in the district centres named in", 62.7, 1, False),
                 (f"paragraph 3.{n} of this report.", 93.9, 0, False)]
    rows += [("Next steps", 62.7, 1, False), ("This report will be sent to the City Mayor.", 62.7, 1, False)]
    recs = _lines_doc(rows, kind="scrutiny_report", body="Scrutiny Committee").recommendations
    assert [r.label for r in recs] == [str(n) for n in range(1, 11)]


@pytest.mark.parametrize("field", ["Reason:", "Reasons:", "**Reason:**", "Reason for the decision:"])
def test_a_reason_printed_under_each_decision_keeps_the_list_and_is_no_part_of_the_decision(field):
    """ "2. The Executive Leader is asked to:" over "1) Approve ...", "Reason: To give ...", "2) Approve ...", "Reason:
    ...": each decision's reason is the paragraph's, printed under it, so the list goes on past it and "2)" is its next
    item, not a paragraph 2 again; the decisions are the items' words alone."""
    parsed = _lines_doc([
        ("Summary", 68, 1, False),
        ("1. The Council has flown flags for many years without a written policy.", 68, 1, False),
        ("Recommendations", 68, 1, False),
        ("2. The Executive Leader is asked to:", 68, 1, False),
        ("1) Approve the Flag Flying Policy at Annex A, to take effect from 1 June 2029.", 97, 1, False),
        (f"{field} To give the Council a clear basis for deciding which flags", 128, 1, False),
        ("to fly, in line with government guidance.", 128, 0, False),
        ("2) Approve the flag days for 2029/30 in Part 2 of the Policy.", 97, 1, False),
        (f"{field} So that the flag days for the coming year are known in advance.", 128, 1, False),
        ("3) Delegate to the Director of Governance decisions on flying flags at half-mast.", 97, 1, False),
        (f"{field} So that urgent decisions can be taken quickly.", 128, 1, False),
        ("Background", 68, 1, False),
        ("3. The Council has three flagpoles on the Guildhall and the Civic Offices.", 68, 1, False),
    ], body=None)
    assert [(r.label, r.paragraph, r.text) for r in parsed.recommendations] == [
        ("1", "2", "Approve the Flag Flying Policy at Annex A, to take effect from 1 June 2029."),
        ("2", "2", "Approve the flag days for 2029/30 in Part 2 of the Policy."),
        ("3", "2", "Delegate to the Director of Governance decisions on flying flags at half-mast.")]
    numbered = [p for p in parsed.paragraphs if p.number]
    assert [p.number for p in numbered] == ["1", "2", "3"]
    assert numbered[1].text.count("So that") == 2 and "to fly, in line with government guidance." in numbered[1].text


def test_a_reason_under_a_decision_that_ends_with_and_is_no_part_of_the_decision():
    """ "(c) approve grants ... named in Table 2; and" over "Reason: to give the partners ...": a decision that ends
    "; and" leaves its sentence open for the next item, but the reason printed under it is a field of its own, never
    the rest of the decision's sentence."""
    parsed = _lines_doc([
        ("Recommendations", 68, 1, False),
        ("2.1 The Cabinet is recommended to:", 68, 1, False),
        ("(a) approve the Local Crisis Support Scheme set out in Appendix 1;", 97, 1, False),
        ("Reason: so that help for residents in crisis continues without a break.", 128, 1, False),
        ("(b) approve grants totalling £420,000 to the partners named in Table 2; and", 97, 1, False),
        ("Reason: to give the partners the certainty to keep staff and volunteers.", 128, 1, False),
        ("(c) note the guidance expected from the Department in March.", 97, 1, False),
        ("Background", 68, 1, False),
        ("3.1 The Household Support Fund ends on 31 March.", 68, 1, False),
    ], body=None)
    texts = {r.label: r.text for r in parsed.recommendations}
    assert texts["a"] == "approve the Local Crisis Support Scheme set out in Appendix 1;"
    assert texts["b"] == "approve grants totalling £420,000 to the partners named in Table 2; and"
    assert "c" in texts


def test_an_item_s_paragraphs_at_its_hanging_indent_are_its_own_and_a_part_its_heading_names_beside_them_ends_them():
    """An accident report's "4 The following recommendations are made:*" (its note's mark after the colon) over items
    numbered "1" to "3" in the margin, each item's paragraphs set at its hanging indent ("The intent of this
    recommendation is ..." then "Ellerdine Trains should ..."): each item is one recommendation of all its paragraphs.
    Under "Recommendations and learning points", the heading "Learning points" is the other part the title named, and
    its paragraph is no recommendation."""
    rows = [
        ("1 A passenger was dragged along the platform at Wellthorpe on 9 September 2024.", 63, 1, False),
        ("2 Her bag strap was trapped between the closing door leaves.", 63, 1, False),
        ("3 Halbury Rail Leasing has asked the manufacturer for advice on the doors.", 63, 1, False),
        ("Recommendations and learning points", 63, 1, False),
        ("Recommendations", 63, 1, False),
        ("4 The following recommendations are made:*", 63, 1, False),
    ]
    asks = [("The intent of this recommendation is to make sure that guards make an effective final check",
             "of the platform before giving the signal to start.",
             "Ellerdine Trains should review and amend its train dispatch procedure."),
            ("The intent of this recommendation is to give staff a clear view of the",
             "platform-train interface at curved platforms.",
             "Network Rail should provide platform CCTV with monitors at the dispatch position."),
            ("The intent of this recommendation is to reduce the risk of passengers being dragged",
             "when thin objects are trapped in the doors.",
             "Halbury Rail Leasing should modify the door obstacle detection system.")]
    for n, (first, wrapped, ask) in enumerate(asks, 1):
        rows += [(f"{n} {first}", 63, 1, False), (wrapped, 119, 0, False), (ask, 119, 1, False)]
    rows += [
        ("Learning points", 63, 1, False),
        ("5 RAIB has identified the following important learning point:", 63, 1, False),
        ("1 Staff dispatching trains are reminded to make the final check after the doors have closed.", 63, 1, False),
        ("Appendices", 63, 1, False),
    ]
    parsed = _lines_doc(rows, kind="scrutiny_report", body="Rail Accident Investigation Branch")
    assert [(r.label, r.paragraph, r.addressee) for r in parsed.recommendations] == [
        ("1", "4", "Ellerdine Trains"), ("2", "4", "Network Rail"), ("3", "4", "Halbury Rail Leasing")]
    assert parsed.recommendations[1].text == (
        "The intent of this recommendation is to give staff a clear view of the platform-train interface at curved "
        "platforms.\n\nNetwork Rail should provide platform CCTV with monitors at the dispatch position.")


def test_a_part_the_heading_names_beside_the_recommendations_that_asks_too_stays_in_them():
    """An ombudsman's "Orders and recommendations" over "Orders" ("Within four weeks ..., the landlord must: a) ...")
    and "Recommendations": the orders ask, as the recommendations do, and are kept with them."""
    parsed = parse(
        """
        Orders and recommendations

        Orders

        18. Within four weeks of the date of this report, the landlord must:

        a) Provide the resident with a written apology.

        b) Pay the resident £450 compensation.

        Recommendations

        19. The landlord should review its handling of heating outages.
        """,
        kind="scrutiny_report",
    )
    assert [(r.label, r.paragraph) for r in parsed.recommendations] == [("a", "18"), ("b", "18"), ("19", "19")]


def test_a_list_numbered_from_1_under_a_sub_title_in_a_numbered_chapter_is_no_part_of_the_paragraph_before():
    """An inspection's summary, "1 Summary" over 1.1 and 1.2, then "Recommendations" over "We make three
    recommendations." and "1" to "3", then "2 Context and method": the list is the report's recommendations, not the
    rest of paragraph 1.2 (a sub-title and its prose inside a numbered chapter are the paragraph's; a list of its own
    is not)."""
    parsed = _lines_doc([
        ("1 Summary", 68, 1, False),
        ("1.1 This inspection looked at how the Service prosecutes assaults on emergency workers.", 68, 1, False),
        ("1.2 The Service publishes no figures on prosecutions in which the aggravating factor applied.", 68, 1, False),
        ("Recommendations", 68, 1, False),
        ("We make three recommendations.", 68, 1, False),
        ("1 By March 2026, the Service should make sure that the prosecutor records whether the", 68, 1, False),
        ("statutory aggravating factor applies in every case. (paragraph 3.9)", 97, 0, False),
        ("2 By March 2026, Service Areas should use their joint meetings with police forces to", 68, 1, False),
        ("monitor the quality of files in cases of assaults on emergency workers. (paragraph 3.12)", 97, 0, False),
        ("3 By December 2026, the Service should publish the number of prosecutions each year in", 68, 1, False),
        ("which the statutory aggravating factor was applied. (paragraph 4.10)", 97, 0, False),
        ("2 Context and method", 68, 1, False),
        ("2.1 The Assaults on Emergency Workers (Offences) Act 2018 came into force in November 2018.", 68, 1, False),
        ("2.2 Emergency workers include police officers, firefighters and NHS staff.", 68, 1, False),
    ], kind="scrutiny_report", body="HM Inspectorate")
    assert [r.label for r in parsed.recommendations] == ["1", "2", "3"]
    assert "Recommendations" not in next(p for p in parsed.paragraphs if p.number == "1.2").text


def test_a_heading_set_as_the_recommendations_own_that_heads_no_ask_ends_them():
    """An inspection sets "Recommendations" over its list 1-3, then "Areas for consideration" and "Introduction" in the
    same type over the report's findings, numbered 1, 2, 3 again: those are the report's other parts, whatever their
    paragraphs say ("This is good practice that should be adopted"); a theme's sub-heading set alike over more asks
    stays in the section."""
    from pipeline.records import Line

    def doc(rows):
        lines = [Line(t, indent=68.0, gap_before=1, size=size, bold=size > 10.5) for t, size in rows]
        return segment(Document(id="ab" * 32, source="t.pdf", path="t.pdf", pages=1, lines=lines,
                                meta=DocumentMeta(kind="scrutiny_report", body="HM Fire Service Inspectorate")))

    asks = [("Recommendation 1", 10.6), ("The Service should publish a single national standard for risk information.", 10.5),
            ("Recommendation 2", 10.6), ("The Service should replace the mobile data terminals on its appliances.", 10.5),
            ("Recommendation 3", 10.6), ("The Service should audit a sample of risk records in every area each year.", 10.5)]
    parsed = doc([("Recommendations", 15.0), *asks, ("Areas for consideration", 15.0),
                  ("The Service may wish to look at how crews record changes at premises.", 10.5),
                  ("Introduction", 15.0),
                  ("1 This report sets out the findings of a thematic inspection of risk information.", 10.5),
                  ("2 In two areas, officers sent a monthly list of completion certificates. This is good practice "
                   "that should be adopted across Scotland.", 10.5),
                  ("3 The Service began to replace its terminals in 2023.", 10.5)])
    assert [r.label for r in parsed.recommendations] == ["1", "2", "3"]
    grouped = doc([("Recommendations", 15.0), *asks[:4], ("Training", 15.0), ("Recommendation 3", 10.6),
                   ("The Service should train every crew commander in gathering risk information.", 10.5)])
    assert [r.label for r in grouped.recommendations] == ["1", "2", "3"]
    # ... and where the paper's kind is not known, and the findings' paragraphs are numbered on from the list ("14. ...
    # delayed by the need to test the new software": a finding, not a fourteenth ask)
    rows = [("Recommendations", 15.0, True, 62.7, 4)]
    for n in range(1, 10):
        rows += [(f"Recommendation {n}", 10.5, True, 66.7, 4),
                 (f"The Service should review the risk records of every station in area {n} each year.", 10.5, False, 66.7, 4)]
    rows += [("Areas for consideration", 15.0, True, 62.7, 5),
             ("Areas for consideration are matters that the Service may wish to look at; we do not ask for a response",
              10.5, False, 62.7, 5),
             ("14. The Service began to replace its terminals in 2023. At the time of our inspection, new terminals had",
              10.5, False, 62.7, 7),
             ("been fitted to a third of its appliances; the programme was delayed by supply problems and by the need to "
              "test the new software.", 10.5, False, 93.9, 7)]
    unknown = segment(Document(id="ab" * 32, source="t.pdf", path="t.pdf", pages=9,
                               lines=[Line(t, page=page, indent=indent, gap_before=1, size=size, bold=bold)
                                      for t, size, bold, indent, page in rows],
                               meta=DocumentMeta(kind="other", title="Risk Information")))
    assert [r.label for r in unknown.recommendations] == [str(n) for n in range(1, 10)]


def test_minutes_under_a_recommendation_s_head_record_the_meeting_s_decision_and_ask_nothing():
    """A town council's minutes take a working group's recommendations in turn under heads "Recommendation (a) –
    Britain in Bloom": the text under each records the resolution or the discussion, the meeting's own, and is no
    recommendation; a head over an ask the minutes quote ("That the Council buys ...") still gives it."""
    parsed = parse("""
        Minutes of the Meeting of Moorcombe Town Council

        TC/25/087 Floral Displays Working Group

        The Council considered the nine recommendations in turn.

        Recommendation (a) – Britain in Bloom

        RESOLVED to approve recommendation (a). The Clerk will register the entry before the closing date.

        Recommendation 2 – Hanging baskets

        The Clerk reported that quotations for 164 baskets had been received.

        Recommendation (c) – Planting

        That the Council plants pollinator-friendly species in every bed.
        """, kind="minutes")
    assert [r.label for r in parsed.recommendations] == ["c"]


def test_a_responsibility_column_names_whom_each_recommendation_of_a_table_asks():
    """"No. | Recommendation | Responsibility | Completion date" (segment lexicon v31): the column says who is to act on
    each row's recommendation, which names no one in its own words."""
    parsed = _tabled([
        ("Recommendations", False),
        ("No.\tRecommendation\tResponsibility\tCompletion date", True),
        ("R1\tCommission a condition survey of all 212 public space cameras.\tCabinet Member for Safer Communities"
         "\tOctober 2025", True),
        ("R2\tReplace the signs at every camera site.\tDirector of City Operations\tSeptember 2025", True),
        ("Background", False),
    ])
    assert [(r.label, r.addressee) for r in parsed.recommendations] == [
        ("1", "Cabinet Member for Safer Communities"), ("2", "Director of City Operations")]


def test_a_recommendation_set_in_bold_ends_where_the_bold_does():
    """A commissioner's review sets each recommendation in bold under "Recommendation 7", and goes on in plain type with its
    findings ("Most domiciliary care is bought one package at a time ..."): the plain paragraph after the box is the
    report's own prose, not the recommendation's; a recommendation in plain type still runs on over its paragraphs."""
    from pipeline.records import Line

    def doc(bold: bool):
        rows = [("Food and care", 15.0, True)]
        for n, ask in ((6, "Health boards and local authorities should together buy more food from producers in Wales."),
                       (7, "The Welsh Government should set a national ambition for the share of food bought in Wales.")):
            rows += [(f"Recommendation {n}", 11.0, True), (ask, 10.5, bold)]
        rows += [("Most domiciliary care is bought one package at a time, at short notice, from whichever provider has "
                  "capacity.", 10.5, False),
                 ("Recommendation 8", 11.0, True),
                 ("Commissioners of domiciliary care should move from spot purchasing to longer contracts.", 10.5, bold)]
        lines = [Line(t, indent=72.0, gap_before=1, size=size, bold=b) for t, size, b in rows]
        return segment(Document(id="ab" * 32, source="t.pdf", path="t.pdf", pages=1, lines=lines,
                                meta=DocumentMeta(kind="scrutiny_report", body="Future Generations Commissioner for Wales")))

    texts = {r.label: r.text for r in doc(True).recommendations}
    assert texts["7"] == "The Welsh Government should set a national ambition for the share of food bought in Wales."
    assert "domiciliary care is bought" in {r.label: r.text for r in doc(False).recommendations}["7"]


def test_a_decisions_sentence_carried_over_a_page_break_ends_it_however_much_it_reads_as_a_title():
    """"(4) agree that ... the findings reported to the Communities and Housing" at the foot of a page, then "Overview and
    Scrutiny Committee." at the top of the next with no space before it: the rest of the decision's sentence, not a
    heading."""
    from pipeline.records import Line

    def doc():
        rows = [("2.1 Cabinet is recommended to:", 1, 71.0, 1),
                ("(1) note the findings of the review; and", 1, 110.9, 1),
                ("(2) agree that the policy be reviewed and the findings reported to the Communities and Housing", 1, 110.9, 1),
                ("Overview and Scrutiny Committee.", 2, 142.1, 0),
                ("3. Background", 2, 71.0, 1),
                ("3.1 The Council transferred its housing stock in 2006.", 2, 71.0, 1)]
        lines = [Line(t, page=pg, indent=ind, gap_before=gap, size=11.5) for t, pg, ind, gap in rows]
        return segment(Document(id="ab" * 32, source="t.pdf", path="t.pdf", pages=2, lines=lines,
                                meta=DocumentMeta(kind="officer_report", council="Fellgarth District Council")))

    texts = {r.label: r.text for r in doc().recommendations}
    assert texts["2"].endswith("Communities and Housing Overview and Scrutiny Committee.")


def test_a_table_titled_by_a_row_across_it_over_labelled_asks_is_the_papers_list():
    """A cover's recommendations box: a row across the table, "RECOMMENDATIONS", over rows of a number and the decision
    it asks ("1 | That the Committee approves the grants ..."). The title row names no columns; the rows are the
    decisions sought, labelled as printed (the title was read as a header and the box lost)."""
    doc = tabled([("RECOMMENDATIONS\t", True),
                  ("1\tThat the Committee approves the grants set out in Appendix 1, totalling £48,350.", True),
                  ("2\tThat the Committee approves the revised grant criteria at Appendix 2.", True),
                  ("3\tThat the Committee notes the value of the Fund's investments.", True),
                  ("REPORT DETAILS", False), ("1.01 The Fund was created under the Welsh Church Act 1914.", False)],
                 "r.pdf", kind="officer_report", body="Welsh Church Act Fund Committee")
    parsed = segment(doc)
    assert [(r.label, r.kind, r.text.split()[3]) for r in parsed.recommendations] == [
        ("1", "decision_sought", "approves"), ("2", "decision_sought", "approves"), ("3", "decision_sought", "notes")]


def test_a_companys_plc_is_part_of_its_name():
    """A company asked to act is named as it prints its name, "Faxdale Railway plc", the "plc" in lower case and all
    (it was cut off as no capital word); "Crosswold Motorsport Ltd" was kept already."""
    for ask, addressee in (("That Faxdale Railway plc runs a shuttle train on event days.", "Faxdale Railway plc"),
                           ("That Faxdale Railway plc and the Council publish a joint plan.", "Faxdale Railway plc; Council"),
                           ("That Crosswold Motorsport Ltd installs noise monitors.", "Crosswold Motorsport Ltd")):
        parsed = parse(f"Report of the Task Group\n\nRecommendations\n\nRecommendation 1: {ask}\n", kind="scrutiny_report")
        assert [r.addressee for r in parsed.recommendations] == [addressee], ask


def test_a_section_on_an_earlier_reports_recommendations_is_none_of_them():
    """An ombudsman's annual report closes with "6. Progress on previous recommendations": what became of last year's,
    no list of this report's own (its paragraphs 6.1 and 6.2 were read as two more recommendations), as "Progress on
    the recommendations" is about them."""
    text = """
        Annual Report 2024

        5. Fairness

        5.7 Recommendation 11: The Ministry of Defence should commission an independent review of the appeal stage.

        6. Progress on previous recommendations

        6.1 My 2023 Annual Report made nine recommendations. The MOD accepted seven of them.

        6.2 I will report on progress with the recommendations in this report in my Annual Report for 2025.
        """
    assert [r.label for r in parse(text, kind="scrutiny_report").recommendations] == ["11"]
    assert [r.label for r in parse(text.replace("previous", "last year's"), kind="scrutiny_report").recommendations] == ["11"]


def test_a_name_never_runs_across_the_columns_a_text_file_sets_with_spaces():
    """A plain-text report's table of background papers sets its columns apart with spaces ("11 February 2025    Executive
    Member for Environment and Climate"): no body is named across the gap ("February 2025 Executive"), so "That the
    Executive adopts ..." asks the Executive, as printed."""
    parsed = parse(
        """
        Recommendations

        8.1   That the Executive adopts a council-wide invasive species policy.

        8.2   That the Executive funds a three-year treatment programme.

        Background papers

        Date                Decision maker
        11 February 2025    Executive Member for Environment and Climate
        """,
        kind="scrutiny_report",
        body="Environment Scrutiny Committee",
    )
    assert [r.addressee for r in parsed.recommendations] == ["Executive", "Executive"]


def test_a_recommendation_head_set_as_a_heading_titles_the_text_under_it_in_any_case(tmp_path):
    """"Recommendation 1: better timetables" set as a heading over "That the Cabinet asks ...": the words after the
    label are its title, in lower case as in capitals, and the recommendation is the text it heads."""
    from pipeline.process import parse_file
    page = tmp_path / "review.html"
    page.write_text(
        "<html><body><h1>Bus Services Task Group: final report</h1><h2>1. Introduction</h2>"
        "<p>1.1 The task group looked at bus services in the borough between June and December 2025.</p>"
        "<h2>2. Recommendations</h2>"
        "<h3>Recommendation 1: better timetables</h3>"
        "<p>That the Cabinet asks the bus operators to publish timetables at every stop by April 2026.</p>"
        "<h3>Recommendation 2: Fares for young people</h3><p>That the Cabinet funds a flat fare of £1 for people under 19.</p>"
        "<h3>Recommendation 3: a bus users' forum</h3>"
        "<p>That the Cabinet Member for Transport sets up a forum of bus users that meets twice a year.</p>"
        "</body></html>", encoding="utf-8")
    recs = parse_file(page, themes=False).recommendations
    assert [(r.label, r.text.split()[:3]) for r in recs] == [
        ("1", ["That", "the", "Cabinet"]), ("2", ["That", "the", "Cabinet"]), ("3", ["That", "the", "Cabinet"])]


@pytest.mark.parametrize("item, addressee", [
    ("Restraints should be removed while a prisoner is being treated, unless an assessment shows a risk.", "Government"),
    ("Letters offering a fixed penalty should be rewritten in plain language.", "Government"),
    ("HMPPS should publish data on the use of restraints on hospital escorts.", "HMPPS"),
])
def test_an_item_under_we_recommend_that_asks_its_subject_unless_the_subject_is_done_to(item, addressee):
    """"We recommend that:" over its items: each item's subject is asked ("HMPPS should publish ..."), but the subject
    of a passive is what is done, not who does it ("Restraints should be removed"): that item names no one, and goes to
    the report's default as any other that names no one does."""
    parsed = parse(f"Findings\n\n1.1 Escorts were sampled in May 2025.\n\nRecommendations\n\nWe recommend that:\n\n"
                   f"1. {item}\n\n2. The Ministry of Justice should decide applications for release within a month.\n",
                   kind="scrutiny_report")
    assert [r.addressee for r in parsed.recommendations] == [addressee, "Ministry of Justice"]


def test_a_resolution_s_items_are_decisions_taken_not_asks(tmp_path):
    """Minutes record what a meeting resolved: "RESOLVED that: (1) the response ... be agreed; (2) the Director report
    progress ..." are decisions taken, asked of no one, though they follow the heads over the recommendations the
    meeting answered ("Recommendations 3 and 4 – schools")."""
    from pipeline.process import parse_file

    page = tmp_path / "minutes.html"
    page.write_text(
        "<html><body><h1>Dyffryn Helig County Council</h1><h2>Minutes of the Cabinet, 15 July 2025</h2>"
        "<h3>45. Croeso 2027: report of the Economy and Communities Scrutiny Committee</h3>"
        "<p>The Cabinet took the recommendations in turn.</p>"
        "<h4>Recommendation 1 – a delivery plan</h4>"
        "<p>The Cabinet Member said that the Events Team had begun work on a delivery plan.</p>"
        "<h4>Recommendation 2 – travel to the Maes</h4><p>The Cabinet agreed the recommendation in part.</p>"
        "<h4>Recommendations 3 and 4 – schools</h4><p>The Cabinet Member said that a pack had gone to every school.</p>"
        "<h4>Recommendation 5 – funding</h4><p>The Cabinet did not agree the recommendation. The Leader said that the "
        "Welsh Government should not be asked again.</p>"
        "<p>RESOLVED that:</p><p>(1) the response to the recommendations of the Task and Finish Group be agreed as "
        "recorded above;</p><p>(2) the Director of Economy report progress to the Scrutiny Committee in May 2026.</p>"
        "<h3>46. Revenue budget monitoring</h3><p>RESOLVED that the forecast be noted.</p></body></html>",
        encoding="utf-8")
    parsed = parse_file(page, themes=False)
    assert parsed.document.meta.kind == "minutes"
    assert not any(r.text.startswith(("the response to the recommendations", "the Director of Economy report"))
                   for r in parsed.recommendations)


def test_a_head_that_says_whom_the_recommendations_under_it_are_for_names_their_addressee():
    """"For the Scottish Government" over "1. Revise the code of practice ...", "For health boards and integration
    joint boards" over "3. Make sure that ...": the head says whom the asks under it are for, where an ask names no one
    itself; one that names a body is that body's ("4. NHS Education for Scotland should ..."), and a head that names no
    body ("For information") says nothing."""
    parsed = parse(
        """
        Recommendations

        For the Scottish Government

        1. Revise the code of practice on advance statements so that it says who must record them.

        2. Review the guidance on advance statements with people who have made one.

        For health boards and integration joint boards

        3. Make sure that every advance statement is flagged at the front of the electronic record.

        4. NHS Education for Scotland should include advance statements in the induction of every new psychiatrist.
        """,
        kind="scrutiny_report",
    )
    assert [(r.label, r.addressee) for r in parsed.recommendations] == [
        ("1", "Scottish Government"), ("2", "Scottish Government"), ("3", "health boards; integration joint boards"),
        ("4", "NHS Education for Scotland")]


def test_a_head_s_body_is_spelt_as_the_asks_under_it_spell_it_and_the_council_s_own_is_its_default():
    """"For the UK Government" over "The Government should ..." and a passive ask that names no one: the head's body,
    spelt as the asks under it spell it, "Government". In a council's report, "For the Council" says no more than the
    report's default does (the council's executive)."""
    national = parse(
        """
        Recommendations

        For the UK Government

        1. The Government should set out within 12 months how it will measure progress.

        2. Guidance on automated tools in recruitment should make clear how age discrimination is avoided.
        """,
        kind="scrutiny_report",
    )
    assert [r.addressee for r in national.recommendations] == ["Government", "Government"]
    local = parse(
        """
        Recommendations

        For the Council

        1. That residents along the cable route are given a single named contact for complaints.
        """,
        kind="scrutiny_report", body="Overview and Scrutiny Committee", council="Tarnmouth Borough Council",
    )
    assert [r.addressee for r in local.recommendations] == ["Executive"]


def test_a_lead_in_that_says_whom_the_recommendations_are_for_gives_the_addressee_of_those_that_name_no_one():
    """"Our recommendations are for care home providers unless another body is named.": the asks after it that name no
    one ("Every person moving into a care home should have their mouth assessed ...") are the providers', not the
    report's default; an ask that names its body keeps it."""
    text = """
        Mouth care in care homes: a national review

        What needs to happen

        We make three recommendations. Our recommendations are for care home providers unless another body is named.

        1. Every person moving into a care home should have their mouth assessed within seven days.

        2. Every care worker should complete mouth care training during induction.

        3. Health boards should publish how long people in care homes wait for a domiciliary dental visit.
        """
    parsed = parse(text, kind="scrutiny_report", body="Care Inspectorate Wales")
    assert [(r.label, r.addressee) for r in parsed.recommendations] == [
        ("1", "care home providers"), ("2", "care home providers"), ("3", "health boards")]
    plain = parse(text.replace(" Our recommendations are for care home providers unless another body is named.", ""),
                  kind="scrutiny_report", body="Care Inspectorate Wales")
    assert plain.recommendations[0].addressee != "care home providers"


def test_a_responsibility_field_after_an_ask_is_its_addressee_and_no_part_of_it():
    """A commissioner's review prints under each ask whom it is for ("Responsibility: Department of Education", two
    bodies joined by "and"): the field is the addressee of an ask that names no one, and is not the ask's text; an ask
    that names its body keeps it."""
    text = """
        Recommendations

        1. Extend the counselling service to pupils in primary schools by September 2026.
        Responsibility: Department of Education

        2. Pay counsellors for the time they spend with each other's pupils.
        Responsibility: Department of Health and Department of Finance

        3. The Education Authority should publish waiting times for counselling every term.
        Responsibility: Education Authority
        """
    parsed = parse(text, kind="scrutiny_report", body="Commissioner for Children and Young People")
    assert [(r.label, r.addressee, r.text) for r in parsed.recommendations] == [
        ("1", "Department of Education", "Extend the counselling service to pupils in primary schools by September 2026."),
        ("2", "Department of Health; Department of Finance",
         "Pay counsellors for the time they spend with each other's pupils."),
        ("3", "Education Authority", "The Education Authority should publish waiting times for counselling every term.")]
