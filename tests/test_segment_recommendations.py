"""Recommendations: headed blocks, lettered lists, decisions sought, addressees, no duplicates."""

import textwrap

import pytest

from pipeline.ingest.txt import text_to_lines
from pipeline.records import Document, DocumentMeta
from pipeline.segment import segment


def parse(text: str, kind="other", body=None):
    lines, pages = text_to_lines(textwrap.dedent(text).strip("\n"))
    doc = Document(id="cd" * 32, source="t.txt", path="t.txt", pages=pages, lines=lines,
                   meta=DocumentMeta(kind=kind, body=body))
    return segment(doc)


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
    assert list(recs) == ["37a", "37b", "37c"]
    assert recs["37a"].paragraph == "37"
    assert recs["37a"].addressee == "Organisation & Resources Select Committee"
    assert recs["37b"].addressee == "Community Safety Partnership"
    assert recs["37c"].addressee == "Community Safety Partnership"  # 'the Partnership', resolved


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
    assert set(recs) == {"4.1(1)"}  # labelled decisions win over unlabelled ones
    assert recs["4.1(1)"].addressee == "County Council" and recs["4.1(1)"].kind == "decision_sought"
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
        ("R1", "Cabinet Member for Integrated Children’s Services"),
        ("R2", "Cabinet Member for Integrated Children’s Services"),
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
    assert [(r.label, r.addressee) for r in parsed.recommendations] == [("R1", "Cabinet")]


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
