"""What may be quoted (issue 14): whole statements of body text, footnote markers out, no
stray quotation marks, lists kept as lists, contents pages left out."""

from __future__ import annotations

import pytest

from pipeline.report.quotes import (
    contents_pages,
    list_items,
    opening_statement,
    quote_around,
    without_footnote_markers,
)


@pytest.mark.parametrize("text, expected", [
    ("the rise in obesity.270 According to DH", "the rise in obesity. According to DH"),
    ("more needed to be done.95", "more needed to be done."),
    ("“internal conflict”.157 Tony Hawkhead", "“internal conflict”. Tony Hawkhead"),
    ("(see Box 9, page 37).158 By contrast", "(see Box 9, page 37). By contrast"),
    # ... and as the superscripts the PDF reader keeps them as
    ("the compulsory purchase powers³ to acquire", "the compulsory purchase powers to acquire"),
    ("as the Corporation was established,¹ and", "as the Corporation was established, and"),
    ("a site of 400 m² at the docks", "a site of 400 m² at the docks"),
    # left alone: years, section numbers, quantities, paragraph references
    ("in 2010 and 2011", "in 2010 and 2011"),
    ("paragraph 5.28 says", "paragraph 5.28 says"),
    ("£3.5 million in 24 councils", "£3.5 million in 24 councils"),
])
def test_footnote_markers_come_out_and_numbers_stay(text, expected):
    assert without_footnote_markers(text) == expected


def test_questions_contents_entries_and_fragments_are_never_quoted():
    terms = ["behaviour"]
    assert quote_around("Appendix 4: Seminar on behaviour change interventions held at the House of Lords 93", terms) is None
    assert quote_around("Which behaviour change interventions provide the most helpful examples of practice?", terms) is None
    assert quote_around("Chapter 5: The Government approach to changing behaviour", terms) is None
    assert quote_around("Behaviour change needs evaluation over a long period to show it lasts.", terms) == (
        "Behaviour change needs evaluation over a long period to show it lasts.")


def test_a_quotation_never_opens_with_a_stray_mark():
    text = "“... at a time when Local Authorities are facing severe cutbacks, they cut Sunday bus services and all sorts of local transport."
    quote = quote_around(text, ["bus"])
    assert quote and not quote.startswith("“") and quote.startswith("... at a time")
    assert quote in text


def test_lists_are_kept_as_lists_with_one_kind_of_bullet():
    lead, items = list_items("Effective evaluation requires that:\n- it is planned early;\n• outcomes\nare measured;\nc) funds exist")
    assert lead == "Effective evaluation requires that:"
    assert items == ["it is planned early;", "outcomes are measured;", "funds exist"]


def test_an_answers_opening_words():
    assert opening_statement("The Government agrees with the Committee‘s conclusion.\n\nIt is important.") == (
        "The Government agrees with the Committee‘s conclusion.")
    assert opening_statement("4.41).") is None  # a fragment states nothing


def test_contents_pages_are_found_by_their_title_and_entries():
    units = [(1, "HOUSE OF LORDS"), (3, "CONTENTS"), (3, "9 Interventions and ethical acceptability"),
             (4, "Voluntary agreements between Government and businesses 38"), (4, "Evaluation 45"),
             (5, "SUMMARY"), (5, "The aim of much government policy is to change behaviour."), (6, "Contents of the box 12")]
    assert contents_pages(units) == {3, 4}
