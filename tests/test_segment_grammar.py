"""The numbering grammar, one line at a time: what each marker is, and the false friends."""

import pytest

from pipeline.segment.grammar import classify, plausible_next

CASES = [
    # line, kind, number or label, text
    ("1. To report the findings", "num", "1", "To report the findings"),
    ("- 1. The Scrutiny Board Procedure Rules", "num", "1", "The Scrutiny Board Procedure Rules"),
    ("16. One of the Partnership's priorities", "num", "16", "One of the Partnership's priorities"),
    ("1.1 The report provides an update", "num", "1.1", "The report provides an update"),
    ("- 2.4.5. Work has commenced", "num", "2.4.5", "Work has commenced"),
    ("1.0 PURPOSE OF REPORT", "num", "1.0", "PURPOSE OF REPORT"),
    ("2.1. What are we trying to do?", "num", "2.1", "What are we trying to do?"),
    ("6.2 **Government Thinking.** The Government's", "num", "6.2", "**Government Thinking.** The Government's"),
    ("3) Third item", "num", "3", "Third item"),
    ("a) To approve the continuation", "letter", "a", "To approve the continuation"),
    ("(b) To recommend", "letter", "b", "To recommend"),
    ("(iv) the fourth", "letter", "iv", "the fourth"),
    ("- c) To ask the Partnership", "letter", "c", "To ask the Partnership"),
    ("Recommendation 3", "rec", "3", ""),
    ("Recommendation 12: That the Board", "rec", "12", "That the Board"),
    ("- What contribution the Board is making", "bullet", None, "What contribution the Board is making"),
    ("• It affects more than 2 Electoral Divisions", "bullet", None, "It affects more than 2 Electoral Divisions"),
    # false friends
    ("24 March 2011", "text", None, "24 March 2011"),
    ("- 3 out of 5 Partnerships have private sector representation.", "bullet", None,
     "3 out of 5 Partnerships have private sector representation."),
    ("30.8% fewer burglaries", "text", None, "30.8% fewer burglaries"),
    ("19 per cent of pupils", "text", None, "19 per cent of pupils"),
    # a paragraph whose first word begins like a quantity word is still a paragraph
    ("19. Permanent exclusions rose", "num", "19", "Permanent exclusions rose"),
    ("4. Outcomes for children", "num", "4", "Outcomes for children"),
    ("2012 was a good year", "text", None, "2012 was a good year"),
    ("10.30 am Meeting opened", "text", None, "10.30 am Meeting opened"),
    ("¹ The background documents listed", "footnote", None, "The background documents listed"),
    ("7 http://assets.dft.gov.uk/publications/lstf.pdf", "text", None, "7 http://assets.dft.gov.uk/publications/lstf.pdf"),
    # a number of three levels is no quantity: an item completing "2.1 Cabinet is recommended to:" may open in lower case
    ("2.1.1   note the review of the service", "num", "2.1.1", "note the review of the service"),
    ("2.5 million residents", "text", None, "2.5 million residents"),
    ("1.2.3 march on", "text", None, "1.2.3 march on"),
]


@pytest.mark.parametrize("line,kind,marker,text", CASES)
def test_classify(line, kind, marker, text):
    block = classify(line, page=1, gap_before=1)
    assert block.kind == kind
    assert (block.num or block.label) == marker
    assert block.text == text


def test_table_rows_stay_rows():
    assert classify("East\t92\t69\t75", page=2, gap_before=0, table=True).kind == "table"


@pytest.mark.parametrize(
    "prev,num,ok",
    [
        (None, "1", True), ("2", "4", True), ("2", "2.1", True), ("1.0", "1.1", True),
        ("2.3.4", "2.4", True), ("2.3", "3.0", True), ("5", "24", False), ("3.1", "3", False),
        (None, "24", False),
    ],
)
def test_plausible_next(prev, num, ok):
    assert plausible_next(prev, num) is ok


def test_a_recommendation_heading_set_beside_its_wrapped_title_is_still_a_heading():
    """Covid response PDF: the reader joined the title's two halves with a tab, like a table row."""
    block = classify("Recommendation 8: Published preparedness and resilience\treports on whole-system", 33, 1, table=True)
    assert (block.kind, block.label) == ("rec", "8")


@pytest.mark.parametrize(
    "text,field",
    [("Date: 12th March 2018", True), ("Report to: Scrutiny Board", True),
     ("Promoting and enabling choice: the role of regulation", False)],
)
def test_a_cover_field_has_a_capitalised_value_a_titled_heading_does_not(text, field):
    from pipeline.segment.grammar import is_field

    assert is_field(text) is field


@pytest.mark.parametrize(
    "line,kind,marker",
    [
        ("2.\t The\t Minister\t and/or\t the\t Department\t shall\t make\t a\t public", "num", "2"),
        ("Office\tand\tFujitsu\tshall\tprovide\twritten\tresponses\tto\tmy", "text", None),
        ("f) a\tfund\tfor\taffected\tfamily\tmembers.298", "letter", "f"),
        # must stay table rows: numbers, full cells, names
        ("East\t92\t69\t75", "table", None),
        ("Accepted\tIn progress\tMarch 2024\tHousing team", "table", None),
        ("Sir\tWyn\tWilliams", "table", None),
    ],
)
def test_words_spaced_with_tabs_are_prose_not_a_table_row(line, kind, marker):
    """Post Office Horizon report (text route): numbered recommendations came out with a tab
    between every word, and read as table rows they lost their numbers."""
    block = classify(line, page=3, gap_before=1, table=True)
    assert block.kind == kind
    assert (block.num or block.label) == marker
    if kind != "table":
        assert "\t" not in block.text


@pytest.mark.parametrize(
    "line,kind,label,text",
    [
        # robustness suite: labels councils spell out or cite by reference
        ("Recommendation One", "rec", "1", ""),
        ("Recommendation Twelve: That the Council ...", "rec", "12", "That the Council ..."),
        ("R1 That all reports of damp are inspected.", "rec", "1", "That all reports of damp are inspected."),
        ("R2: The Council should publish its data.", "rec", "2", "The Council should publish its data."),
        ("Recommendation 3", "rec", "3", ""),
        # must stay what they were
        ("Recommendation B", "rec", "B", ""),
        ("R2 funding was agreed in May.", "text", None, "R2 funding was agreed in May."),
        ("Recommendations Oneida", "text", None, "Recommendations Oneida"),
    ],
)
def test_spelled_out_and_reference_labels(line, kind, label, text):
    block = classify(line, page=1, gap_before=1)
    assert (block.kind, block.label, block.text) == (kind, label, text)


@pytest.mark.parametrize(
    "text,expected",
    [("Recommendation(s):", True), ("Background documents:", True),
     ("Cabinet is asked to:", False), ("The Board will:", False), ("Members are requested to:", False)],
)
def test_a_lead_in_clause_is_not_a_label_heading(text, expected):
    """c1 (robustness): 'Cabinet is asked to:' in a summary box introduces (a), (b), (c); taken
    for a heading, its items became lettered paragraphs."""
    from pipeline.segment.grammar import is_label_heading

    assert is_label_heading(text) is expected
