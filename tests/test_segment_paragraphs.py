"""The segmenter on small documents, one construct at a time (table-driven where it can be)."""

import textwrap

from pipeline.ingest.txt import text_to_lines
from pipeline.segment.paragraphs import segment_paragraphs

DOC_ID = "ab" * 32


def seg(text: str):
    lines, _ = text_to_lines(textwrap.dedent(text).strip("\n"))
    paragraphs, footnotes = segment_paragraphs(lines, DOC_ID)
    return paragraphs, footnotes


def numbered(paragraphs, kind="paragraph"):
    return {p.number: p for p in paragraphs if p.number and p.kind == kind}


def test_numbering_schemes_and_gaps():
    paras, _ = seg(
        """
        Background

        - 1. First paragraph.
        - 2. Second paragraph.
        - 4. Fourth paragraph: numbering may skip.

        16. A paragraph without a list marker.
        """
    )
    got = numbered(paras)
    assert list(got) == ["1", "2", "4", "16"]
    assert got["16"].text == "A paragraph without a list marker."
    assert all(p.heading == "Background" for p in got.values())
    assert got["1"].uid == f"{DOC_ID[:12]}:1"


def test_numbered_headings_with_children_and_x0_titles():
    paras, _ = seg(
        """
        1.0 PURPOSE OF REPORT

        1.1 The report provides an update.

        2. Main issues

        2.1. What are we trying to do?

        2.1.1. The Council has a long history of locality working.

        5. Background documents

        5.1. None
        """
    )
    headings = numbered(paras, "heading")
    assert set(headings) == {"1.0", "2", "2.1", "5"}
    body = numbered(paras)
    assert set(body) == {"1.1", "2.1.1", "5.1"}
    assert body["2.1.1"].heading == "What are we trying to do?"
    assert body["5.1"].text == "None"


def test_sub_bullets_belong_to_the_paragraph_above():
    paras, _ = seg(
        """
        - 1. The Board will report on the following areas:
         - What contribution the Board is making
         - How successfully the arrangements are working
        - 2. Next paragraph.
        """
    )
    p1 = numbered(paras)["1"]
    assert p1.text.endswith("How successfully the arrangements are working")
    assert [i.text for i in p1.items] == ["What contribution the Board is making", "How successfully the arrangements are working"]


def test_continuation_after_page_break_joins_the_open_paragraph():
    paras, _ = seg(
        """
        13. Such work tends to focus on the statutory agencies rather than exploring community involvement opportunities

        to better understand how it feels to be in a community.

        14. As well as that, Basingstoke was an

        - example of good practice.
        - 15. Next.
        """
    )
    got = numbered(paras)
    assert got["13"].text.endswith("how it feels to be in a community.")
    assert got["14"].text.endswith("example of good practice.")


def test_lettered_items_stay_inside_their_paragraph():
    paras, _ = seg(
        """
        Recommendations

        - 37. The Committee is requested to endorse the following recommendations:
         - a) To approve the continuation of the Task Group;
         - b) To request an update in 6 months time.

        Cllr Roy While - Chairman: Partnerships Scrutiny Task Group
        """
    )
    p = numbered(paras)["37"]
    assert [i.label for i in p.items] == ["a", "b"]
    assert p.text.endswith("To request an update in 6 months time.")
    assert "Chairman" not in p.text
    assert "a" not in numbered(paras)  # items are not paragraphs of their own


def test_false_friends_are_not_paragraphs():
    paras, footnotes = seg(
        """
        Organisation & Resources Select Committee

        24 March 2011

        3.1 Membership of each Partnership reflects the key issues. In summary:

        - Public sector representation includes the Police.
        - 3 out of 5 Partnerships have private sector representation.

        4.0 Priorities

        5.1 Background documents are listed below¹

        _

        ¹ The background documents are available to download.
        """
    )
    got = numbered(paras)
    assert "24" not in got and "3" not in got
    assert got["3.1"].text.endswith("3 out of 5 Partnerships have private sector representation.")
    assert footnotes == ["The background documents are available to download."]
    assert "download" not in got["5.1"].text


def test_table_rows_are_kept_as_rows_inside_the_paragraph():
    paras, _ = seg(
        "5.2 At the end of quarter 3 progress was as follows:\n\n"
        "Plan\tGREEN\tRED\nEast\t69\t0\nWest\t61\t0\n\n"
        "White = commencement date not yet reached\n\n- 5.3 Alongside this information.\n"
    )
    p = numbered(paras)["5.2"]
    assert "East\t69\t0" in p.text.split("\n")
    assert p.text.endswith("White = commencement date not yet reached")


def test_bold_run_in_title_is_recorded():
    paras, _ = seg("6.2 **Government Thinking.** The Government's emphasis on neighbourhoods is growing.\n")
    p = numbered(paras)["6.2"]
    assert p.title == "Government Thinking"
    assert p.text.startswith("Government Thinking. The Government's")


def test_recommendation_blocks_are_labelled_units():
    paras, _ = seg(
        """
        - 10. The Board supported more partner involvement.

        Recommendation 1

        That the Partnership Board actively pursues more partner involvement.

        - 11. The Director also emphasised the need to engage.
        """
    )
    rec = [p for p in paras if p.label]
    assert len(rec) == 1 and rec[0].label == "1" and rec[0].number is None
    assert rec[0].text == "That the Partnership Board actively pursues more partner involvement."
    assert numbered(paras)["10"].text == "The Board supported more partner involvement."


def test_a_lone_title_bullet_before_a_paragraph_is_a_heading():
    paras, _ = seg(
        """
        - 31. It was recognised that clarification is needed.
         - Involvement of partners in decision-making
        - 32. The Board emphasised the need to reflect partners' views.
        """
    )
    assert numbered(paras)["31"].text == "It was recognised that clarification is needed."
    assert numbered(paras)["32"].heading == "Involvement of partners in decision-making"


def test_a_numbered_list_restarting_at_one_is_items_of_its_lead_in():
    paras, _ = seg(
        """
        8. Recommendations

        The County Council is asked to:

        1. NOTE the contribution of the Working Party.
        2. APPROVE the amended Constitution.
        """
    )
    assert numbered(paras, "heading") .keys() == {"8"}
    lead = [p for p in paras if not p.number and p.kind == "paragraph"][0]
    assert [i.label for i in lead.items] == ["1", "2"]


def test_uids_are_unique_even_when_a_number_repeats():
    paras, _ = seg("8.32 First.\n\n8.32 Mistyped second.\n")
    uids = [p.uid for p in paras]
    assert len(uids) == len(set(uids))


def test_a_titled_section_of_lettered_paragraphs():
    """ModernGov reports: '1. Introduction' then a) b) c) paragraphs, with roman sub-items."""
    paras, _ = seg(
        """
        1. Introduction

        a) The Working Party was established to consider recommendations.

        b) Its outputs are set out below:

        i) Consolidate the work of two Committees.

        ii) Separate the other Committee into two.

        2. Committees

        a) Cabinet Committees are advisory committees.
        """
    )
    assert [(p.number, p.kind) for p in paras] == [
        ("1", "heading"), ("a", "paragraph"), ("b", "paragraph"), ("2", "heading"), ("a", "paragraph")
    ]
    b = paras[2]
    assert [i.label for i in b.items] == ["i", "ii"]
    assert b.text.endswith("Separate the other Committee into two.")
    assert [p.uid.split(":")[1] for p in paras] == ["1", "1a", "1b", "2", "2a"]
    assert paras[4].heading == "Committees"


def test_contents_entries_are_not_content():
    paras, _ = seg(
        """
        Contents

        Recommendation 9: Regular use of red teams ........................ 34
        1. Introduction ......... 3

        1. Introduction

        1.1 The government welcomes the report.
        """
    )
    assert [p.number for p in paras if p.number] == ["1", "1.1"]
    assert not any(p.label for p in paras)


def test_a_recommendation_label_wrapped_inside_a_sentence_is_not_a_block():
    paras, _ = seg(
        "The group of senior officials is described in\nRecommendation 1.\n\nThe government agrees.\n"
    )
    assert not any(p.label for p in paras)
    assert paras[0].text.endswith("described in Recommendation 1.")


def test_letter_dot_items_and_lettered_lists_of_paragraphs():
    paras, _ = seg(
        """
        7. Comments expressed during the debate are summarised below:

        a. The consultation was flawed.

        b. Families will travel further, e.g. to Sheerness.

        Attached documents

        a) 24-00093 - Decision Report

        b) 24-00093 - Record of Decision
        """
    )
    seven = numbered(paras)["7"]
    assert [i.label for i in seven.items] == ["a", "b"]
    assert seven.text.endswith("e.g. to Sheerness.")
    attached = [p for p in paras if p.heading == "Attached documents"]
    assert [(p.number, p.text) for p in attached] == [("a", "24-00093 - Decision Report"), ("b", "24-00093 - Record of Decision")]


def test_a_contents_entry_without_its_page_number_does_not_swallow_the_next_page():
    from pipeline.records import Line

    lines = [
        Line("Recommendation 10: A UK-wide independent statutory body for civil", page=5, gap_before=1),
        Line("emergency preparedness and resilience ..............................", page=5, gap_before=0),
        Line("Ministerial Foreword", page=6, gap_before=0),
        Line("The impact of the pandemic was unprecedented.", page=6, gap_before=1),
    ]
    paras, _ = segment_paragraphs(lines, DOC_ID)
    assert not any(p.label for p in paras)
    assert [(p.kind, p.text, p.page) for p in paras][0] == ("heading", "Ministerial Foreword", 6)


def _lines(specs):
    """(text, gap_before, italic) -> Lines on page 1."""
    from pipeline.records import Line

    return [Line(text=t, page=1, gap_before=g, italic=i) for t, g, i in specs]


def test_a_column_of_numbers_takes_the_column_of_paragraphs_beside_it():
    """Post Office Horizon report (text route): '2.' ... '5.' came out before their texts."""
    paras, _ = seg(
        """
        1. HM Government shall provide written responses.

        2.

        3.

        4.

        The Minister shall make a public announcement.

        The Post Office shall ensure that decision makers apply it.

        All claimants shall be entitled to legal advice.

        Page footer
        """
    )
    got = numbered(paras)
    assert list(got) == ["1", "2", "3", "4"]
    assert got["2"].text == "The Minister shall make a public announcement."
    assert got["4"].text == "All claimants shall be entitled to legal advice."


def test_markers_without_as_many_paragraphs_after_them_are_not_a_column():
    paras, _ = seg(
        """
        1.

        2.

        Only one paragraph follows.
        """
    )
    assert [p.text for p in paras if p.number == "2"] == ["Only one paragraph follows."]


def test_a_paragraph_set_in_italics_says_so_even_with_a_plain_closing_reference():
    paras, _ = segment_paragraphs(
        _lines(
            [
                ("4. We acknowledge that the fiscal environment makes an uplift unlikely. The", 1, True),
                ("Government should prioritise funding for space within the budget.", 0, True),
                ("(Paragraph 46)", 0, False),
                ("5. The National Space Strategy was a good first step in establishing a", 1, False),
                ("coherent strategy. (Paragraph 51)", 0, False),
                ("6. A plain paragraph with an italic", 1, False),
                ("quotation in its second line that runs on and on at length for a while.", 0, True),
            ]
        ),
        DOC_ID,
    )
    assert {p.number: p.emphasis for p in paras} == {"4": "italic", "5": None, "6": None}


def test_a_sentence_left_open_on_the_carries_on_past_a_blank_line_but_a_finished_one_does_not():
    paras, _ = seg(
        """
        1. To NOTE the efforts of the Members of the

        Governance Working Party

        2. To AGREE the report.

        Governance Working Party
        """
    )
    got = numbered(paras)
    assert got["1"].text == "To NOTE the efforts of the Members of the Governance Working Party"
    assert got["2"].text == "To AGREE the report."
    assert [p.text for p in paras if p.kind == "heading"] == ["Governance Working Party"]


def test_chapters_numbered_apart_from_the_paragraphs_are_numbered_headings():
    """A select committee numbers its chapters (1, 2, ...) apart from one run of paragraph
    numbers (1., 2., ... to the end); an inquiry prints "Chapter 3: Clinical care" over 3.1.
    Each chapter is a heading with the number it prints; the paragraphs keep theirs."""
    paras, _ = seg(
        """
        1 Introduction

        1. We launched an inquiry in October.

        2. We received 87 written submissions.

        2 The scale of the problem

        3. Police forces recorded more offences.

        3 Prevention and funding

        4. Short-term funding undermines the work.

        4. This line is a paragraph number, never a chapter: it ends with a full stop.
        """
    )
    heads = [(p.number, p.text) for p in paras if p.kind == "heading"]
    assert heads == [("1", "Introduction"), ("2", "The scale of the problem"), ("3", "Prevention and funding")]
    assert [p.number for p in paras if p.kind == "paragraph"][:4] == ["1", "2", "3", "4"]
    assert numbered(paras)["3"].heading == "The scale of the problem"

    paras, _ = seg(
        """
        Chapter 1: Introduction

        1.1 The Secretary of State commissioned the Inquiry.

        Chapter 2: What families told us

        2.1 Families told us that they were not listened to.
        """
    )
    assert [(p.number, p.text) for p in paras if p.kind == "heading"] == [("1", "Introduction"), ("2", "What families told us")]
    assert numbered(paras)["2.1"].heading == "What families told us"


def test_notes_the_reader_marked_at_a_page_foot_are_footnotes_and_the_paragraph_runs_on():
    from pipeline.records import Line

    lines = [
        Line("4.23. The Government should appoint a Chief Social Scientist who is an", page=26, gap_before=1),
        Line("75 Transcript of the Select Committee, Tuesday 24 May 2011", page=26, gap_before=1, footnote=True),
        Line("(Q 14).", page=26, footnote=True),
        Line("76 Ibid.", page=26, footnote=True),
        Line("independent expert in social science research.", page=27, gap_before=0),
        Line("4.24. We further recommend a review.", page=27, gap_before=1),
    ]
    paragraphs, footnotes = segment_paragraphs(lines, DOC_ID)
    paras = numbered(paragraphs)
    assert paras["4.23"].text.endswith("who is an independent expert in social science research.")
    assert "Transcript" not in paras["4.23"].text
    assert footnotes == ["75 Transcript of the Select Committee, Tuesday 24 May 2011 (Q 14).", "76 Ibid."]


def test_a_line_underlined_with_dashes_is_a_heading_not_a_bullet():
    """Plain text marks a heading by the rule under it ("Education and Inclusion Service" over "-----"): a heading
    of its own, not text carried on by the numbered paragraph above, and the rule is neither a bullet nor text."""
    paragraphs, _ = seg(
        """
        4.1 The Cabinet's response to each recommendation follows.

        Education and Inclusion Service
        -------------------------------

        Paragraph 4.3 - Attendance Support Service

        The Council agrees with this recommendation.

        5. FINANCIAL IMPLICATIONS

        5.1 There are none.
        """
    )
    heads = [p.text for p in paragraphs if p.kind == "heading"]
    assert "Education and Inclusion Service" in heads
    assert numbered(paragraphs)["4.1"].text == "The Cabinet's response to each recommendation follows."
    assert not any("---" in p.text or p.text.startswith("-") for p in paragraphs)


def test_a_roman_list_resumes_after_a_paragraph_that_interrupts_it():
    """"(i) That a framework ...", then "Success in achieving this will be measured ...", then "(ii) To the extent ...":
    the list goes on after the paragraph about its first item, and "(ii)" keeps its label (the Infected Blood report
    prints its recommendation 7(f) so)."""
    from pipeline.ingest.txt import text_to_lines
    from pipeline.process import parse_document
    from pipeline.records import Document, DocumentMeta

    text = ("7. Blood services\n\n(f) Establishing the outcome of every transfusion\n\n"
            "(i) That a framework be established for recording outcomes for recipients of blood components.\n\n"
            "Success in achieving this will be measured by the extent to which the reports show a reduction.\n\n"
            "(ii) To the extent that the funding for digital transformation does not already cover this framework, "
            "bespoke funding should be provided.\n\n"
            "(iii) That funding for enhanced electronic clinical systems be regarded as a priority.\n\n"
            "8. Finding the undiagnosed\n")
    lines, pages = text_to_lines(text)
    doc = Document(id="ef" * 32, source="t.txt", path="t.txt", pages=pages, lines=lines, meta=DocumentMeta(kind="other"))
    items = [i.label for p in parse_document(doc).paragraphs for i in p.items]
    assert items == ["f", "i", "ii", "iii"]


def test_paragraphs_numbered_in_brackets_through_a_report():
    """A committee system's export numbers its paragraphs "(1)" to "(7)" through its sections: each opens a numbered
    paragraph, however it is set; a "(2)" out of turn, a wrapped line that opens with a reference ("(2) of section
    16"), goes on with its paragraph; a short "(1)"-"(3)" list under one heading stays a list."""
    pars, _ = seg("""
        BACKGROUND

        (1)   The Authority is the statutory waste disposal authority for the three councils.

        (2)   Waste that is not recycled is treated at the Holmebridge facility under a contract.

        (3)   Clause 4.3 of the contract allows the Authority to extend it once.

        THE OPTIONS

        (4)   Officers compared three options for treating the waste from 2031.

        (5)   The study's cost is capital expenditure only if it is approved under subsection
        (2) of section 16 of the Local Government Act 2003, for which officers have applied.

        CARBON CAPTURE

        (6)   The Authority and the contractor will jointly commission a study.

        (7)   The study will report in 2030.
        """)
    assert list(numbered(pars)) == ["1", "2", "3", "4", "5", "6", "7"]
    five = next(p for p in pars if p.number == "5")
    assert five.text.endswith("for which officers have applied.") and "(2) of section 16" in five.text
    listed, _ = seg("""
        RECOMMENDATIONS

        That the Committee:

        (1) notes the report;

        (2) approves the budget;

        (3) agrees the timetable.
        """)
    assert not numbered(listed)


def test_a_table_whose_rows_are_the_next_numbered_paragraphs():
    """"6. Implications" over a table "6.1 | Financial | If the revised fees are approved, ...": each row whose first
    cell is the paragraph number that comes next, and whose cells say a sentence, is that paragraph, its cells in
    order; a table of figures ("2022/23 | 1,384 | 1,206") is no paragraph."""
    from pipeline.records import Line

    rows = [("5.2 The fees were last set in 2022.", False), ("Year\tApplications\tGranted", True),
            ("2022/23\t1,384\t1,206", True), ("6. Implications", False),
            ("6.1\tFinancial\tIf the revised fees are approved, the scheme will recover its costs in full.", True),
            ("6.2\tLegal\tThe Council must have regard to the guidance when it sets fees and conditions.", True),
            ("7. Background papers", False)]
    pars, _ = segment_paragraphs([Line(t, gap_before=1, table=tab) for t, tab in rows], DOC_ID)
    units = numbered(pars)
    assert units["6.1"].text == "Financial If the revised fees are approved, the scheme will recover its costs in full."
    assert units["6.2"].text.startswith("Legal The Council must") and "2022/23" not in " ".join(units)


def test_a_numbered_list_goes_on_under_a_second_stem():
    """"The Task Group recommends that the Executive: 1. asks ... 2. pays ..." then "The Task Group also recommends that
    the Licensing Committee:" over "3. reviews ...": the item in lower case goes on with the list numbered straight
    through both stems, an item of the second stem's paragraph, not a paragraph "3" of the report."""
    pars, _ = seg("""
        Recommendations

        The Task Group recommends that the Executive:

        1. asks the Combined Authority to run late-night buses;

        2. pays for taxi marshals all year round.

        The Task Group also recommends that the Licensing Committee:

        3. reviews the cumulative impact assessment at its next review.

        FINANCIAL IMPLICATIONS

        6.1 The costs of the recommendations have not been assessed in detail.
        """)
    stem = next(p for p in pars if p.text.startswith("The Task Group also"))
    assert [(i.label, i.text) for i in stem.items] == [("3", "reviews the cumulative impact assessment at its next review.")]
    assert "3" not in numbered(pars)


def test_a_line_between_contents_entries_is_an_entry_only_if_it_is_paged_like_them():
    """Headings 'Year 1', 'Year 2', 'Year 3' printed twice: whatever the first run is taken for, 'Recruit two
    enforcement officers by April 2026' between them ends in a year, not a page between its neighbours' pages."""
    from pipeline.records import Paragraph
    from pipeline.segment.contents import contents_entries

    rows = [("Action plan summary", "heading"), ("Year 1", "heading"),
            ("Recruit two enforcement officers by April 2026", "paragraph"), ("Year 2", "heading"),
            ("Extend the licensing scheme to all 14 wards", "paragraph"), ("Year 3", "heading"),
            ("Review the scheme and report to Cabinet", "paragraph"), ("Introduction", "heading"),
            ("The plan sets out what the Council will do.", "paragraph"), ("Year 1", "heading"),
            ("In the first year the Council will recruit staff.", "paragraph"), ("Year 2", "heading"),
            ("In the second year the scheme is extended.", "paragraph"), ("Year 3", "heading"),
            ("In the third year the scheme is reviewed.", "paragraph")]
    paragraphs = [Paragraph(uid=f"x:@{i}", number=None, kind=k, heading=None, text=t, page=1, position=i)
                  for i, (t, k) in enumerate(rows)]
    assert 2 not in contents_entries(paragraphs) and 4 not in contents_entries(paragraphs)


def test_an_appendix_numbered_afresh_under_its_letter_to_two_levels():
    """"Appendix A" over "A1 The zones", "A1.1", "A1.2", "A2 Hours of care", "A2.1": each number is printed, and read
    as printed, after a report numbered 1 to 2.2."""
    paras, _ = seg(
        """
        1. Introduction

        1.1 This report sets out the home care framework and the zones it proposes.

        2. Recommendations

        2.1 That the Committee agrees the eight zones in Appendix A.

        2.2 That the Committee notes the hours of care by zone.

        Appendix A – Neighbourhood zones

        A1  The zones

        A1.1  Zone 1 (Brindlecombe North) and Zone 2 (Brindlecombe South) cover the town.

        A1.2  Zone 4 covers Hemford and the Marl villages.

        A2  Hours of care by zone

        A2.1  The hours of care a week in May 2026 ranged from 1,420 in Zone 8 to 2,080 in Zone 1.

        A2.2  The zones will be reviewed after two years.
        """
    )
    got = [p.number for p in paras if p.number]
    assert got[-6:] == ["A1", "A1.1", "A1.2", "A2", "A2.1", "A2.2"]
    assert numbered(paras)["A2.1"].text.startswith("The hours of care a week")


def test_a_lettered_list_of_paragraphs_may_skip_letters_as_a_response_quoting_some_of_them_does():
    """A response quotes the recommendations it answers together, "(e)" then "(g)": (g) is a paragraph of its own,
    not an item inside (e). A roman numeral after a gap ("(i)" after "(g)") still opens a sub-list."""
    paras, _ = seg(
        """
        Recommendations (e) and (g): speed

        (e) That the Commissioner funds the expansion of Community Speed Watch.

        (g) That the Partnership reviews the speed limits on the ten worst A-road routes:

        (i) the A31 between Carvath and Sandgate.

        Response

        Community Speed Watch now has 71 parish councils taking part.
        """
    )
    lettered = [p for p in paras if p.number in ("e", "g")]
    assert [p.number for p in lettered] == ["e", "g"]
    assert lettered[0].text == "That the Commissioner funds the expansion of Community Speed Watch."
    assert [i.label for i in lettered[1].items] == ["i"]


def test_a_paragraph_that_announces_a_list_keeps_it_across_a_page_break_and_the_box_title_over_it():
    """"6.2 The Panel therefore makes the following recommendations to Cabinet.", then on the next page a box titled
    "Recommendations to Cabinet" over "1. That ..." to "3. That ...": the list 6.2 announced, not paragraphs 1 to 3
    of a report numbered 6.2. The text after the list is 6.2's, not the last item's. A paragraph that announces
    nothing does not take the list that follows a title."""
    paras, _ = seg(
        """
        6. Conclusions and recommendations

        6.1 The Panel concludes that the service must plan its depots for the next twenty years.

        6.2 The Panel therefore makes the following recommendations to Cabinet.

        \f
        Recommendations to Cabinet

        1. That Cabinet adopts a depot strategy by March 2027.

        2. That Cabinet funds a survey of the Hallam Road depot.

        3. That the Cabinet Member for Environment reports on progress every six months.

        Recommendations 1 and 2 have financial implications, set out in section 7.

        7. Financial implications

        7.1 The survey would cost about £40,000.
        """
    )
    host = numbered(paras)["6.2"]
    assert [i.label for i in host.items] == ["1", "2", "3"]
    assert host.items[-1].text == "That the Cabinet Member for Environment reports on progress every six months."
    assert not any(p.number in ("1", "2", "3") for p in paras)
    paras, _ = seg(
        """
        6.1 The Panel visited three depots in 2025.

        6.2 The depots were built in the 1960s.

        Appendix A: Site visits

        1. Hallam Road depot, visited on 3 March 2025.

        2. Carr Lane depot, visited on 10 March 2025.
        """
    )
    assert not numbered(paras)["6.2"].items


def test_a_list_of_coded_recommendations_under_a_lead_in_is_the_lead_in_s_items():
    """"2.1 The Committee RECOMMENDS:" over "R1 That Cabinet ..." to "R3 ...": items of 2.1, as a lettered list would
    be, each under its label; the next numbered paragraph ends the list."""
    paras, _ = seg(
        """
        2. Recommendations to Cabinet

        2.1 The Committee RECOMMENDS:

        R1 That Cabinet adopts an open water safety policy before 1 June 2026.

        R2 That Cabinet allocates £38,000 to twelve public rescue equipment stations.

        R3 That Cabinet reports progress on these recommendations in six months.

        2.2 The Cabinet must respond within two months.
        """
    )
    host = numbered(paras)["2.1"]
    assert [i.label for i in host.items] == ["1", "2", "3"]
    assert "R2 That Cabinet allocates" in host.text
    assert numbered(paras)["2.2"].text == "The Cabinet must respond within two months."
    assert not any(p.label for p in paras)


def test_a_number_at_the_hanging_indent_of_a_sentence_cut_mid_way_goes_on_with_it():
    """"1. ... what they expect to achieve in Control Period" then "7. Network Rail classifies ...", set where 1.'s text
    hangs and not in the column where the numbers stand: the sentence goes on ("Control Period 7."), a line apart or
    not; "2." in the numbers' column is the next paragraph."""
    from pipeline.records import Line

    rows = [("1. Progress in closing the highest-risk level crossings has slowed, and the", 62.7, 1),
            ("Department could not tell us what they expect to achieve in Control Period", 91.0, 0),
            ("7. Network Rail classifies 1,150 of its crossings as high risk and closed 84 of them.", 91.0, 1),
            ("2. Local highway authorities cannot see how risky an individual level crossing is.", 62.7, 1)]
    paragraphs, _ = segment_paragraphs([Line(t, indent=i, gap_before=g) for t, i, g in rows], "d")
    numbered = [(p.number, p.text) for p in paragraphs if p.number]
    assert [n for n, _ in numbered] == ["1", "2"]
    assert "Control Period 7. Network Rail classifies" in numbered[0][1]


def test_a_minute_number_in_a_column_of_its_own_beside_its_title_is_the_items_heading():
    """Minutes set each item's number in a column of its own beside its title ("CAB/85 | RESPONSE TO THE ... PANEL"), in
    bold or in capitals: a row standing alone among lines of prose is the item's heading, not a table row run into the
    paragraph above it. A row of figures among prose stays a table's."""
    from pipeline.records import Line

    lines = [
        Line("(4) That the Strategy be recommended to the Council for approval.", page=1, gap_before=1),
        Line("CAB/85\tRESPONSE TO THE COMMUNITIES SCRUTINY PANEL: DISABLED PARKING BAYS", page=1, gap_before=1, bold=True,
             table=True),
        Line("The Cabinet considered the report of the Director of Place.", page=1, gap_before=1),
        Line("52.\tHomes for nature: response to the Place Scrutiny Committee", page=1, gap_before=1, bold=True, table=True),
        Line("The Committee considered the report.", page=1, gap_before=1),
        Line("2025\t143", page=1, gap_before=1, table=True),
        Line("The figures are for the year.", page=1, gap_before=1),
    ]
    paras, _ = segment_paragraphs(lines, DOC_ID)
    assert ("heading", None, "CAB/85 RESPONSE TO THE COMMUNITIES SCRUTINY PANEL: DISABLED PARKING BAYS") in [
        (p.kind, p.number, p.text) for p in paras]
    # a number in figures is the item's number, as a minute item's title numbered in the text is read
    assert ("52", "Homes for nature: response to the Place Scrutiny Committee") in [(p.number, p.text) for p in paras]
    assert not any("CAB/85" in p.text for p in paras if p.kind != "heading")
    assert any("\t" in p.text or "143" in p.text for p in paras if p.kind != "heading")


def test_a_title_with_a_short_tag_at_the_right_of_its_line_is_a_line_of_text_not_a_table_row():
    """"Note 2 Grounds maintenance | Scrutiny review": a shaded band over a section sets a tag at the right of the title,
    which the reader gives as a row of two cells; standing alone among prose it is the section's title with its tag,
    and neither is run into the paragraph above as a table's row. Two such rows together are a table's."""
    from pipeline.records import Line

    lines = [
        Line("Any difference between the forecast and the accounts will be carried forward.", page=1, gap_before=1),
        Line("Note 2 Grounds maintenance\tScrutiny review", page=1, gap_before=1, table=True),
        Line("Grass cutting, shrub beds, hedges and litter picking. We agree to tender the contract.", page=1,
             gap_before=1),
        Line("Budget line\tBudget 2026/27", page=1, gap_before=1, table=True),
        Line("Grounds maintenance\t50,908", page=1, gap_before=0, table=True),
        Line("The forecast is based on spending to December.", page=1, gap_before=1),
        Line("Parkward Estate Management\t3", page=1, gap_before=1, table=True),  # a footer: its name, a page number
        Line("Monthly safety inspections and minor repairs. We agree to the", page=1, gap_before=1),
        Line("285\tRecommendations", page=2, gap_before=1, table=True),  # a running head: a page number, its name
        Line("repairs, which will be finished in April.", page=2, gap_before=1),
    ]
    paras, _ = segment_paragraphs(lines, DOC_ID)
    texts = [p.text for p in paras]
    assert "Note 2 Grounds maintenance Scrutiny review" in texts
    assert not any("Parkward Estate Management 3" in t or "285 Recommendations" in t for t in texts)
    assert texts[0] == "Any difference between the forecast and the accounts will be carried forward."
    assert any("Grounds maintenance\t50,908" in t for t in texts)


def test_a_numbered_title_whose_section_holds_no_numbered_paragraph_is_a_title_like_its_siblings():
    """"1. About this plan" and "4. Keeping this plan up to date" title sections of numbered paragraphs; "3. Our
    commitments", at their level, titles a section of its own sub-titles and prose: it is a title too, and what follows
    it is not one paragraph 3."""
    paras, _ = seg("""
        1. About this plan

        1.1 This plan sets out what we will do as eleven commitments.

        1.2 Each commitment quotes the recommendation it answers.

        3. Our commitments

        Commitment 1 Putting vulnerability first

        What the Task and Finish Group recommended

        That the agency applies the Council's vulnerability guidance to every case.

        Our response

        Agreed. Since 1 August 2025 we have applied the guidance to every case.

        4. Keeping this plan up to date

        4.1 We will publish a revised version of this plan in April 2026.
    """)
    three = [p for p in paras if p.number == "3"]
    assert three and three[0].kind == "heading" and three[0].text == "Our commitments"
    assert any(p.text.startswith("Agreed. Since 1 August 2025") and p.number is None for p in paras)


def test_a_numbered_line_the_document_sets_as_a_heading_is_a_chapter_and_the_contents_before_it_number_nothing():
    """A Word report numbers its chapters ("3. Combining hours of care", style Heading 1) apart from its paragraphs,
    which run 1 to 9 straight through them, indented; its contents list prints the chapters' numbered titles with no
    page numbers. The chapter heading is no paragraph 3 that paragraph 7 runs into, and the contents before chapter 1
    leave paragraph 1 its number."""
    from pipeline.records import Line

    rows = [("Contents", 0.0, 1, 1),
            ("1. Introduction", 0.0, 1, 0), ("2. The draft regulations", 0.0, 1, 0), ("3. Combining hours of care", 0.0, 1, 0),
            ("1. Introduction", 0.0, 1, 1),
            ("1 The Commission is an independent statutory body that reports on draft regulations.", 28.4, 1, 0),
            ("2 The Scottish Government referred the draft regulations to us on 15 September 2025.", 28.4, 1, 0),
            ("2. The draft regulations", 0.0, 1, 1),
            ("3 Carer Support Payment replaced Carer's Allowance in Scotland between 2023 and 2025.", 28.4, 1, 0),
            ("4 The policy note estimates that the changes will cost £8.4 million a year by 2028-29.", 28.4, 1, 0),
            ("3. Combining hours of care", 0.0, 1, 1),
            ("5 Carers' organisations told us that many carers look after two people.", 28.4, 1, 0),
            ("6 The policy note does not say how many carers are expected to qualify.", 28.4, 1, 0)]
    paragraphs, _ = segment_paragraphs([Line(t, indent=i, gap_before=g, level=lv) for t, i, g, lv in rows], "d")
    assert [(p.kind, p.number) for p in paragraphs if p.number][-9:] == [
        ("heading", "1"), ("paragraph", "1"), ("paragraph", "2"), ("heading", "2"), ("paragraph", "3"),
        ("paragraph", "4"), ("heading", "3"), ("paragraph", "5"), ("paragraph", "6")]
    assert next(p for p in paragraphs if p.number == "5").text.startswith("Carers' organisations")


def test_minutes_laid_out_as_a_table_of_items_are_read_as_minutes():
    """Minutes set in a table, "Item | Notes | Action": each row holds an item's number and title, its notes numbered
    under it and run together in one cell ("4.1 ... 4.2 ..."), and who does what. They are the minutes' headings and
    paragraphs, each note a paragraph of its own and the action named by its column; the columns' names are no text.
    A table whose rows print a number and a title beside anything else (an action plan's "1. Parking | Install
    signs") stays a table."""
    from pipeline.records import Line

    rows = [
        ("Item\tNotes\tAction", True),
        ("1. Welcome\t1.1 The Chair welcomed members.\t", True),
        ("2. Matters arising\t2.1 The notes were agreed. 2.2 Fence: SC confirmed the fence was mended.\t", True),
        ("3. Review of the circuit: our response\t3.1 GA said the board had read the report. 3.2 Liaison Committee (R9)."
         " GA said the Committee would meet four times a year. 3.3 Parking (R11). SC said the paddock would open in"
         " May 2026.\tLA to send these notes to the Council.", True),
        ("4. Dates of next meetings\t4.1 Wednesday 22 April 2026.\t", True),
    ]
    lines = [Line(text, gap_before=1, table=table) for text, table in rows]
    paragraphs, _ = segment_paragraphs(lines, DOC_ID)
    assert [(p.kind, p.number) for p in paragraphs if p.number] == [
        ("heading", "1"), ("paragraph", "1.1"), ("heading", "2"), ("paragraph", "2.1"), ("paragraph", "2.2"),
        ("heading", "3"), ("paragraph", "3.1"), ("paragraph", "3.2"), ("paragraph", "3.3"),
        ("heading", "4"), ("paragraph", "4.1")]
    got = numbered(paragraphs)
    assert got["3.2"].text.startswith("Liaison Committee (R9). GA said")
    assert got["3.3"].text.startswith("Parking (R11). SC said")
    assert "Action: LA to send these notes to the Council." in " ".join(p.text for p in paragraphs)
    assert not any("Item\tNotes" in p.text or p.text.startswith("Item") for p in paragraphs)

    plan = [Line(t, gap_before=1, table=True) for t in (
        "1. Parking\tInstall signs on Skell Lane.", "2. Noise\tPublish the readings.", "3. Traffic\tAgree a plan.")]
    paragraphs, _ = segment_paragraphs(plan, DOC_ID)
    assert not numbered(paragraphs)


def test_a_plain_text_head_over_its_indented_body_titles_it():
    """A plain-text bulletin sets each answer under a head, "Rec 1 - Offering the scheme at sign-up", its body indented
    on the lines below with no blank line between: the head's words are its title, the body its text. A head whose
    next line is not set further in, or is set in the column its own text starts in (its text wrapped), is one block,
    as before."""
    from pipeline.ingest.txt import text_to_lines

    text = ("Rec 1 - Offering the scheme at sign-up\n   Accepted. Since 1 November tenancy officers have offered\n"
            "   the scheme to every new tenant.\n\nRec 2 - Paying monthly\n   Accepted in principle. Tenants may pay monthly.\n")
    lines, _ = text_to_lines(text)
    paragraphs, _ = segment_paragraphs(lines, DOC_ID)
    got = [(p.label, p.title, p.text) for p in paragraphs if p.label]
    assert got == [("1", "Offering the scheme at sign-up",
                    "Accepted. Since 1 November tenancy officers have offered the scheme to every new tenant."),
                   ("2", "Paying monthly", "Accepted in principle. Tenants may pay monthly.")]
    flush, _ = text_to_lines(text.replace("\n   ", "\n"))
    paragraphs, _ = segment_paragraphs(flush, DOC_ID)
    assert [p.title for p in paragraphs if p.label] == [None, None]
    # a head's own text wrapped to the column it starts in goes on: no title, one block
    hanging, _ = text_to_lines("R2   That the Commissioner requires the Chief Constable to increase the Rural Crime\n"
                               "     Team from six officers to twelve.\n\nR3   That the Commissioner funds a coordinator post.\n")
    paragraphs, _ = segment_paragraphs(hanging, DOC_ID)
    assert [(p.label, p.title, p.text.split()[-1]) for p in paragraphs if p.label] == [
        ("2", None, "twelve."), ("3", None, "post.")]
    titled, _ = text_to_lines("Rec 4 - Telling tenants each year about the\n        insurance scheme\n\n"
                              "Rec 5 - Paying the premium\n   Not accepted.\n")
    paragraphs, _ = segment_paragraphs(titled, DOC_ID)
    four = next(p for p in paragraphs if p.label == "4")
    assert "insurance scheme" in f"{four.title} {four.text}" and "Telling" in f"{four.title} {four.text}"


def test_a_lettered_bar_rated_at_its_right_heads_what_follows_not_a_list_of_the_paragraph_above():
    """A progress report sets each recommendation under a shaded bar, "(a) Asking parishes for their figures | Green",
    after a numbered paragraph that closes ("4.1 Each recommendation is shown below ..."): the bar is the head of what
    follows (its label the printed letter, its tag the rating), the first as the rest; neither it nor the quotation and
    answer under it runs into 4.1 as a list that paragraph never opened. A paragraph that opens a list keeps its items."""
    from pipeline.records import Line

    lines = [
        Line("4.1 Each recommendation is shown below with its rating and what has happened since.", page=1, gap_before=1),
        Line("(a) Asking parishes for their figures\tGreen", page=1, gap_before=1, table=True, bold=True),
        Line("That the Council asks every parish council to confirm the services it provides.", page=1, gap_before=1),
        Line("Cabinet response: Agreed. The Head of Service wrote to all 34 clerks in July.", page=1, gap_before=1),
        Line("(b) Publishing the list\tAmber", page=1, gap_before=1, table=True, bold=True),
        Line("That the Council publishes a list of the services provided in each parish.", page=1, gap_before=1),
        Line("Cabinet response: Agreed. The list was published in November.", page=1, gap_before=1),
    ]
    paras, _ = segment_paragraphs(lines, DOC_ID)
    assert [(p.number, p.text.split("\n")[0]) for p in paras if p.number] == [
        ("4.1", "Each recommendation is shown below with its rating and what has happened since."),
        ("a", "Asking parishes for their figures Green"), ("b", "Publishing the list Amber")]
    assert "That the Council asks" not in paras[0].text
    listed = [Line("4.2 The Cabinet is asked to:", page=1, gap_before=1),
              Line("(a) Note the progress made", page=1, gap_before=1, bold=True),
              Line("(b) Agree the revised timetable", page=1, gap_before=1, bold=True)]
    paras, _ = segment_paragraphs(listed, DOC_ID)
    assert [p.number for p in paras if p.number] == ["4.2"]
