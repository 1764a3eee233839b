"""A response that answers by subject: its passages, and their answers found beside the report."""

from __future__ import annotations

import textwrap
from datetime import date

import pytest

from pipeline.answers.topics import opens_topic, topic_passages
from pipeline.ingest.txt import text_to_lines
from pipeline.link import link_documents
from pipeline.process import parse_document
from pipeline.records import Document, DocumentMeta


def parse(text: str, kind: str, source: str, date_: str):
    lines, pages = text_to_lines(textwrap.dedent(text).strip("\n"))
    doc = Document(id=source.encode().hex().ljust(64, "0")[:64], source=source, path=source, pages=pages,
                   lines=lines, meta=DocumentMeta(kind=kind, council="Wendlebury Borough Council", date=date_))
    return parse_document(doc)


def answered(report, response, today=date(2025, 12, 1)):
    """(report, response) pairs the linker makes of the two, and the answers read in `response`, by the label of the
    report's recommendation each answers."""
    result = link_documents([report, response], today=today)
    answers = {r.recommendation: r for r in result.realigned.get(response.id, [])}
    return ([(p.report, p.response_document) for p in result.pairs],
            {r.label: answers[r.uid] for r in report.recommendations if r.uid in answers})


REPORT = """
Review of Parks and Open Spaces

Recommendations

1. That the Cabinet appoints a park ranger for every district park.

2. That the Council publishes the grass-cutting schedule online each spring.

3. That the Council replaces the broken play equipment at Riverside Park within a year.

4. That the Cabinet installs drinking water fountains in the three largest parks.
"""

# answers by subject, in an order of its own, naming no recommendation and quoting none
RESPONSE = """
Cabinet response to the review of parks and open spaces

Introduction

The Cabinet thanks the Committee for its work on parks and open spaces.

Play areas

New swings and a climbing frame were fitted at Riverside Park in May, replacing the broken play equipment.

Rangers

Two ranger posts have been filled; every district park will have its own ranger by June.

On drinking water: fountains cost more than the budget allows this year, so none will be installed.

Finally, on the grass-cutting timetable, the schedule went on the Council website in March.

Next steps

The Cabinet Member will report progress in a year.
"""


@pytest.mark.parametrize("text, opens", [
    ("On drinking water: fountains cost more than the budget allows.", True),
    ("Finally, on the grass-cutting timetable, the schedule went online.", True),
    ("On the recommendation about data sharing with Citizens Advice, the service already refers.", True),
    ("The Panel also asked for an independent survey of residents.", True),
    ("On 1 October 2025, fines were ended.", False),  # a date, not a subject
    ("On this basis, the Cabinet agrees.", False),
    ("The Council has no plans to close any library.", False),
])
def test_a_paragraph_that_opens_by_naming_its_subject(text, opens):
    assert opens_topic(text) is opens


def test_passages_are_cut_by_headings_and_by_paragraphs_that_name_their_subject():
    response = parse(RESPONSE, "response", "parks_response.txt", "2025-06")
    found = topic_passages(response.paragraphs)
    assert [(p.title, p.text.split()[0]) for p in found] == [
        ("Introduction", "The"), ("Play areas", "New"), ("Rangers", "Two"), (None, "On"), (None, "Finally,"),
        ("Next steps", "The"),
    ]


def test_answers_by_subject_are_found_beside_their_report_and_numbered_in_the_responses_order():
    report = parse(REPORT, "scrutiny_report", "parks_report.txt", "2025-02")
    response = parse(RESPONSE, "response", "parks_response.txt", "2025-06")
    assert response.responses == []  # its shape alone gives no answers
    result = link_documents([report, response], today=date(2025, 7, 1))
    assert sorted((l.recommendation, l.response_to) for l in result.links) == [
        ("1", "2"), ("2", "4"), ("3", "1"), ("4", "3")]
    answers = {r.label: r for r in result.realigned[response.id]}
    assert answers["1"].text.startswith("New swings") and answers["3"].stance == "rejected"
    assert {r.method for r in answers.values()} == {"topic"}


def test_answers_under_heads_that_number_themselves_in_words_are_labelled_by_those_numbers():
    """"Note 6 Play areas" over an answer: a paper's heads numbered its own way, a word then a number ("Note 6", "Item
    2"), name the answers as printed ('6'), whichever recommendation each answers; the heads it numbers in figures
    alone are read as before."""
    response = parse("""
        Notes to the budget

        Note 1 Rangers

        Two ranger posts have been filled; every district park will have its own ranger by June.

        Note 4 Water

        Fountains cost more than the budget allows this year, so no drinking water fountains will be installed.

        Note 6 Play areas

        New swings and a climbing frame were fitted at Riverside Park in May, replacing the broken play equipment.

        Note 9 Grass

        The grass-cutting schedule went on the Council website in March, as it will each spring.
        """, "response", "parks_budget_notes.txt", "2025-06")
    found = topic_passages(response.paragraphs)
    assert [p.number for p in found if p.title and p.title.startswith("Note")] == ["1", "4", "6", "9"]
    report = parse(REPORT, "scrutiny_report", "parks_report.txt", "2025-02")
    result = link_documents([report, response], today=date(2025, 7, 1))
    assert sorted((l.recommendation, l.response_to) for l in result.links) == [
        ("1", "1"), ("2", "9"), ("3", "6"), ("4", "4")]


def test_a_bulletin_answers_under_its_readers_questions_what_it_was_asked():
    """A partner's patient bulletin answers a review under its readers' questions, some set as headings and some as
    bold paragraphs, each answer reporting what the councillors asked: a bold question heads its passage as a heading
    does, and the question, which is the reader's, is no restatement of the ask: the answer's own words say which
    recommendation it answers. The bulletin says what it is by telling what it was asked (`ingest.meta`)."""
    from pipeline.ingest.meta import read_meta
    from pipeline.records import Line

    report = parse("""
        Review of pharmacy closures

        Recommendations

        1. That the PCN contacts every patient whose nominated pharmacy has closed and helps each choose a new one.

        2. That the PCN offers a structured medication review to every patient taking ten or more regular medicines.

        3. That the PCN and the Council find the housebound patients who relied on the closed pharmacies' deliveries.
        """, "scrutiny_report", "pharmacy_report.txt", "2025-10")
    rows = [("Patient News", True), ("My pharmacy has closed. Where will my prescription go now?", True),
            ("The councillors asked us to contact every patient whose nominated pharmacy had closed and help them "
             "choose a new one. All 6,240 patients now have a new nominated pharmacy.", False),
            ("I take a lot of medicines. Can someone check they are all still right for me?", True),
            ("Yes. The councillors asked us to offer a medication review to everyone taking ten or more regular "
             "medicines. Our pharmacists have seen 412 of the 1,150 patients so far.", False),
            ("I cannot get out. Who will bring my medicines now?", True),
            ("The councillors asked us and the Council to find the housebound patients who relied on the closed "
             "pharmacies' deliveries. We found 187 and each now has a new delivery.", False)]
    lines = [Line(text, gap_before=1, bold=bold) for text, bold in rows]
    assert read_meta(lines, source="bulletin.pdf").kind == "response"
    doc = Document(id="be" * 32, source="bulletin.pdf", path="bulletin.pdf", pages=1, lines=lines,
                   meta=DocumentMeta(kind="response", council="Wendlebury Borough Council", date="2026-03"))
    response = parse_document(doc)
    assert [p.title for p in topic_passages(response.paragraphs)][-2:] == [
        "I take a lot of medicines. Can someone check they are all still right for me?",
        "I cannot get out. Who will bring my medicines now?"]
    result = link_documents([report, response], today=date(2026, 4, 1))
    assert sorted((l.recommendation, l.response_to) for l in result.links) == [("1", "1"), ("2", "2"), ("3", "3")]
    answers = {r.label: r for r in result.realigned[response.id]}
    assert answers["2"].text.startswith("Yes. The councillors asked us to offer a medication review")


def test_a_response_by_subject_is_not_paired_with_a_report_on_something_else():
    other = parse("""
        Review of Library Opening Hours

        Recommendations

        1. That the Cabinet extends Saturday opening at every branch library.

        2. That the Council opens the Central Library on Sundays.
        """, "scrutiny_report", "libraries_report.txt", "2025-02")
    response = parse(RESPONSE, "response", "parks_response.txt", "2025-06")
    result = link_documents([other, response], today=date(2025, 7, 1))
    assert result.pairs == [] and result.links == []


@pytest.mark.parametrize("text, judged", [
    # the ask recalled, then the answer: only the answer is judged (guide rule 8)
    ("The Committee also asked for a survey of residents who do not use libraries. The Cabinet notes this.",
     "The Cabinet notes this."),
    ("The Panel recommended that fines end. Fines were ended in October.", "Fines were ended in October."),
    # nothing recalled, or nothing left after it: the text as it is
    ("The Cabinet notes this recommendation. A survey may follow.",
     "The Cabinet notes this recommendation. A survey may follow."),
    ("The Committee asked for a survey.", "The Committee asked for a survey."),
])
def test_an_ask_recalled_in_the_first_sentence_is_not_judged(text, judged):
    from pipeline.answers.asks import without_recall

    assert without_recall(text) == judged


def test_a_recalled_ask_with_a_negation_does_not_make_the_answer_a_refusal():
    from pipeline.answers.judge import judge_answer

    text = ("The Committee also asked for an independent survey of residents who do not use libraries. "
            "The Cabinet notes this recommendation.")
    assert judge_answer(text).stance == "noted"


MINUTES = """
CASTLEBURY CITY COUNCIL

MINUTES of a meeting of the CABINET held at the Guildhall on Tuesday 18 November 2025 at 10.00 am

58. REVENUE BUDGET MONITORING

RESOLVED:

(a) That the forecast overspend of £2.1 million be noted;

(b) That the virement of £350,000 be approved.

59. RESPONSE TO THE REVIEW OF PARKS AND OPEN SPACES

RESOLVED:

(a) That the Cabinet thanks the Committee for its report and responds to its recommendations as follows;

(b) Recommendation 1 is agreed, noting that two ranger posts have been filled;

(c) Recommendations 2 and 3 are agreed in part;

(d) as regards Recommendation 4, the Cabinet will consider fountains when the budget is set;

(e) That authority be delegated to the Director of Environment to agree the details.
"""


def _answers_in_minutes(minutes_text: str) -> dict:
    """The answers that minutes give to the parks review, by label, once all four recommendations are linked."""
    report = parse(REPORT, "scrutiny_report", "parks_report.txt", "2025-02")
    report.document.meta.title = "Review of Parks and Open Spaces"
    minutes = parse(minutes_text, "minutes", "cabinet_minutes.txt", "2025-11-18")
    result = link_documents([report, minutes], today=date(2025, 12, 1))
    assert sorted((l.recommendation, l.response_to) for l in result.links) == [(str(n), str(n)) for n in range(1, 5)]
    return {r.label: r for r in result.realigned[minutes.id]}


def test_minutes_that_resolve_on_each_recommendation_answer_them():
    """Cabinet minutes as the only response: each resolution that names the report's recommendations is
    their answer, that paragraph alone; another item's resolutions and the delegation are not."""
    answers = _answers_in_minutes(MINUTES)
    assert answers["2"].text == answers["3"].text == "Recommendations 2 and 3 are agreed in part"
    assert answers["1"].stance == "accepted" and answers["3"].stance == "partially_accepted"
    assert answers["4"].stance == "noted" and "delegated" not in answers["1"].text


NARRATED = """
MINUTES of a meeting of the CABINET held at the Guildhall on Tuesday 18 November 2025 at 10.00 am

58 Revenue budget monitoring

RESOLVED -

That the forecast overspend of £2.1 million be noted.

59 Response to the Committee: "Review of Parks and Open Spaces"

The Chair of the Committee presented its report. The Cabinet Member thanked the Committee.

In respect of recommendation 1, the Cabinet Member said that the recommendation was accepted and that two ranger posts had been filled.

In respect of recommendations 2 and 3, the Cabinet Member said that he could support them only in part.

RESOLVED -

(1) That the responses to the recommendations set out by the Cabinet Member, as recorded above, be agreed.

(2) That, in respect of recommendation 4, the Director be asked to cost new fountains for the budget.

60 Exclusion of the press and public

RESOLVED -

That the press and public be excluded.
"""


def test_minutes_that_record_the_answers_in_reported_speech_answer_them():
    """Minutes numbered by item ("59 Response to ...") whose resolutions stand under "RESOLVED -": the item is the
    report's by its title, and each paragraph that opens by naming recommendations ("In respect of recommendations
    2 and 3, the Cabinet Member said ...", "(2) That, in respect of recommendation 4, ...") answers them, the
    resolution without its number."""
    answers = _answers_in_minutes(NARRATED)
    assert answers["2"].text == answers["3"].text and answers["2"].answers == ["2", "3"]
    assert answers["4"].text.startswith("That, in respect of recommendation 4")
    assert answers["1"].stance == "accepted"


def test_minutes_that_do_not_name_the_report_are_not_its_answer():
    report = parse(REPORT.replace("Review of Parks and Open Spaces", "Review of Library Opening Hours"),
                   "scrutiny_report", "libraries_report.txt", "2025-02")
    report.document.meta.title = "Review of Library Opening Hours"
    minutes = parse(MINUTES, "minutes", "cabinet_minutes.txt", "2025-11-18")
    assert link_documents([report, minutes], today=date(2025, 12, 1)).links == []


# Found by the round's review: each of these misfired before it was mended.
@pytest.mark.parametrize("check", [
    lambda: not __import__("pipeline.answers.align", fromlist=["x"])._introduces(
        "Not agreed. There is no budget for new posts in 2026/27. Instead the Cabinet will:"),
    lambda: __import__("pipeline.answers.align", fromlist=["x"])._introduces(
        "That the Cabinet improves the way in which residents' permits are issued, by:"),
    lambda: not __import__("pipeline.lexicon", fromlist=["x"]).in_another_language(
        "Accepted. Cllr Siobhan McGuinness, Cllr Rhodri Llewellyn and Cllr Oluwaseun Adeyemi will lead the "
        "workstream with Ms Przybylski."),
    lambda: __import__("pipeline.answers.asks", fromlist=["x"]).without_recall(
        "The Board proposes to reject this recommendation. An alternative is set out below.").startswith("The Board"),
    lambda: not opens_topic("On completion of the works, the road will reopen to traffic."),
    lambda: not opens_topic("On Saturdays, the Central Library opens at nine."),
    lambda: __import__("pipeline.labels", fromlist=["x"]).read_head("**NO2** Levels on the A38 exceeded the limit.") is None,
    lambda: __import__("pipeline.answers.stance", fromlist=["x"]).classify_stance(
        "The Cabinet broadly agrees with the Panel's findings and accepts all of its recommendations.")[0] == "accepted",
    lambda: __import__("pipeline.answers.stance", fromlist=["x"]).classify_stance(
        "The Council accepts this recommendation, however, as noted it has already been implemented.")[0] == "accepted",
    lambda: __import__("pipeline.answers.tables", fromlist=["x"]).split_details(
        ["Cost: the scheme would cost £400,000 a year, which the Council is not prepared to fund. It is not accepted."]
    )[1] == [],
])
def test_the_reviews_misfires_stay_mended(check):
    assert check()


def test_minutes_answer_each_report_only_under_the_item_that_names_it():
    report = parse(REPORT, "scrutiny_report", "parks_report.txt", "2025-02")
    report.document.meta.title = "Review of Parks and Open Spaces"
    other = parse(REPORT.replace("Review of Parks and Open Spaces", "Review of Library Opening Hours"),
                  "scrutiny_report", "libraries_report.txt", "2025-03")
    other.document.meta.title = "Review of Library Opening Hours"
    minutes = parse(MINUTES + "\n60. RESPONSE TO THE REVIEW OF LIBRARY OPENING HOURS\n\nRESOLVED:\n\n"
                    "(a) Recommendation 1 is not agreed;\n\n(b) Recommendation 2 is not agreed.\n",
                    "minutes", "cabinet_minutes.txt", "2025-11-18")
    result = link_documents([report, other, minutes], today=date(2025, 12, 1))
    answers = {(r.label, r.stance) for r in result.realigned[minutes.id]}
    assert ("1", "accepted") in answers and ("1", "rejected") in answers
    by_report = {(l.report, l.recommendation): l for l in result.links}
    assert ("libraries_report.txt", "1") in by_report and ("parks_report.txt", "1") in by_report


LETTER = """
Wendlebury Parks Trust

Councillor Ann Hale
Chair, Environment Scrutiny Committee

Dear Councillor Hale,

Thank you for sending us the Committee's report, Review of Parks and Open Spaces.

We will appoint a ranger for every district park; two ranger posts have already been filled.

The grass-cutting schedule will be published on our website each spring, starting in March.

We cannot replace the play equipment at Riverside Park this year: the budget is committed elsewhere.

Instead, the broken swings have been removed and the climbing frame repaired, so that the play area is safe.

Drinking water fountains in the three largest parks will be considered when the capital programme is set.

Thank you again for the Committee's work.

Yours sincerely,

Jo Marsh
"""


def test_a_letter_that_answers_in_turn_with_nothing_to_mark_its_answers():
    """A letter that quotes nothing, numbers nothing and has no headings answers the report it was sent, a paragraph
    or two to each recommendation, in turn: its paragraphs are matched by their words, and a paragraph that matches
    nothing goes on with the answer before it; the opening and the close answer nothing."""
    report = parse(REPORT, "scrutiny_report", "report.txt", "2025-01")
    letter = parse(LETTER, "other", "letter.txt", "2025-04-01")
    pairs, by_label = answered(report, letter)
    assert pairs == [("report.txt", "letter.txt")]
    answers = list(by_label.values())
    assert sorted(by_label) == ["1", "2", "3", "4"]
    assert by_label["3"].text.startswith("We cannot replace") and "Instead, the broken swings" in by_label["3"].text
    assert not any("Thank you" in a.text for a in answers)


LABELLED_LETTER = """
Dear Councillor Ashdown,

Thank you for the Committee's review of parks and open spaces. I will start with the recommendation on which I can
give the most positive answer.

Recommendation 3 – Play equipment at Riverside Park

The broken swings and the climbing frame were replaced in March, a year ahead of the Committee's timetable.

Recommendation 1 – Park rangers

We cannot fund a ranger for every district park from next year's budget.

Instead, the two rangers we employ will each cover three parks from April.

Recommendation 4 – Drinking fountains

Drinking water fountains will be installed in the three largest parks this summer.

Recommendation 2 – Grass cutting

The grass-cutting schedule for each park will be published on the Council's website every spring.

I hope this is helpful, and I would be happy to come to a meeting of the Committee to talk about the review.

Yours sincerely,

Councillor Jo Brennan
"""


def test_a_letter_that_answers_under_titled_heads_keeps_the_labels_they_print():
    """ "Recommendation 3 – Play equipment at Riverside Park" over its answer, in an order of the writer's own: each head
    opens a passage that runs to the next, labelled as printed, and matched to its recommendation by its words."""
    report = parse(REPORT, "scrutiny_report", "report.txt", "2025-01")
    letter = parse(LABELLED_LETTER, "other", "letter.txt", "2025-04-01")
    result = link_documents([report, letter], today=date(2025, 5, 1))
    answers = result.realigned[letter.id]
    assert [r.label for r in answers] == ["3", "1", "4", "2"]
    uid = {r.uid: r.label for r in report.recommendations}
    assert [uid[r.recommendation] for r in answers] == ["3", "1", "4", "2"]
    one = next(r for r in answers if r.label == "1")
    assert one.text.startswith("We cannot fund") and one.text.endswith("from April.")
    # the letter's close ends the last answer; the heads' blocks the segmenter read as the letter's own are its answers
    assert next(r for r in answers if r.label == "2").text.endswith("every spring.")
    assert {r.uid for r in letter.recommendations} <= result.quoted.get(letter.id, set())


# a letter from another body that answers in turn: some paragraphs open by naming their recommendation, the others
# by their subject alone ("On ..." or not at all), and two go on with the answer before them
MIXED_REFERENCE_LETTER = """
Parks review: the Trust's response

Dear Councillor Ashdown,

Thank you for sending me the Committee's review of parks and open spaces, which our trustees discussed in March.

The Committee heard a great deal about rangers. Our own wardens already patrol the two parks we manage for the
Council, and we will share their rotas with the Cabinet so that a ranger covers every district park from April.

Recommendation 2 asks for the grass-cutting schedule to be published. It has been on our website since February,
and it will be published there each spring.

We were sorry to hear about the play equipment at Riverside Park. The broken swings will be replaced within the year.

We are also repairing the climbing frame there, which was damaged in the same storm.

Recommendation 4 asks for drinking water fountains. We cannot install fountains in the three largest parks this
year, as the water supply to them would have to be rebuilt.

We will look again at the cost of fountains when the supply is renewed in 2027.

Yours sincerely,

Dr Alex Morgan
Chief Executive
"""


def test_a_letter_answering_in_turn_by_number_and_by_subject_answers_every_recommendation():
    """A letter that answers in the report's order, naming some recommendations ("Recommendation 2 asks for ...") and
    only the subject of others: each paragraph that names one answers it under its printed label, the others are
    matched by their words, and a paragraph that answers nothing else goes on with the answer before it; a title
    that calls the paper someone's response makes it a response."""
    report = parse(REPORT, "scrutiny_report", "report.txt", "2025-01")
    from pipeline.ingest.meta import read_meta

    lines, _ = text_to_lines(textwrap.dedent(MIXED_REFERENCE_LETTER).strip("\n"))
    assert read_meta(lines).kind == "response"
    letter = parse(MIXED_REFERENCE_LETTER, "response", "letter.txt", "2025-04-01")
    result = link_documents([report, letter], today=date(2025, 5, 1))
    uid = {r.uid: r.label for r in report.recommendations}
    answers = {uid[r.recommendation]: r for r in result.realigned[letter.id]}
    assert sorted(answers) == ["1", "2", "3", "4"]
    assert answers["2"].text.startswith("Recommendation 2 asks") and answers["2"].text.endswith("each spring.")
    assert answers["3"].text.startswith("We were sorry") and answers["3"].text.endswith("the same storm.")
    assert answers["4"].text.endswith("renewed in 2027.") and answers["1"].text.startswith("The Committee heard")


def test_a_letter_that_counts_the_recommendations_before_answering_them_in_turn_keeps_each_answers_second_paragraph():
    """The same letter with a paragraph before the answers that counts the recommendations ("The Committee made four
    recommendations ..."), which answers none of them and is set aside: the paragraphs that go on with an answer still
    go with it."""
    report = parse(REPORT, "scrutiny_report", "report.txt", "2025-01")
    counted = MIXED_REFERENCE_LETTER.replace(
        "which our trustees discussed in March.\n",
        "which our trustees discussed in March.\n\nThe Committee made four recommendations, and I answer each below.\n")
    letter = parse(counted, "response", "letter.txt", "2025-04-01")
    result = link_documents([report, letter], today=date(2025, 5, 1))
    uid = {r.uid: r.label for r in report.recommendations}
    answers = {uid[r.recommendation]: r for r in result.realigned[letter.id]}
    assert sorted(answers) == ["1", "2", "3", "4"]
    assert answers["3"].text.startswith("We were sorry") and answers["3"].text.endswith("the same storm.")
    assert answers["4"].text.endswith("renewed in 2027.")


# heads over every answer, three of them citing the recommendation, the rest only a subject; an opening that thanks
MIXED_HEADS_LETTER = """
Dear Councillor Patel,

Review of Parks and Open Spaces

Thank you for sending me the Committee's review of parks and open spaces. I have answered each recommendation below.

Play areas at Riverside (Recommendation 3)

New swings and a climbing frame were fitted at Riverside Park in May, replacing the broken play equipment.

Park rangers

Two ranger posts have been filled, and every district park will have its own ranger by June.

Water fountains (Recommendation 4)

Fountains cost more than the budget allows this year, so none will be installed in the largest parks.

The grass-cutting schedule

The schedule for cutting the grass went on the Council website in March and will be published each spring.

Yours sincerely,

Councillor Jo Brennan
"""


def test_heads_that_print_some_labels_and_only_a_subject_over_the_rest_answer_every_recommendation():
    """A letter whose heads cite some recommendations ("Water fountains (Recommendation 4)") and only name a subject
    over the others: each head is an answer, the cited ones under the label they print, the others matched to the
    recommendations left by their words and labelled by them (numbering them in order would give two answers one
    label); the opening that thanks for the review answers nothing."""
    report = parse(REPORT, "scrutiny_report", "report.txt", "2025-01")
    letter = parse(MIXED_HEADS_LETTER, "response", "letter.txt", "2025-04-01")
    result = link_documents([report, letter], today=date(2025, 5, 1))
    answers = result.realigned[letter.id]
    uid = {r.uid: r.label for r in report.recommendations}
    assert [r.label for r in answers] == ["3", "1", "4", "2"]
    assert [uid[r.recommendation] for r in answers] == ["3", "1", "4", "2"]
    assert not any("Thank you" in r.text for r in answers)


# a summary table of verdicts first (rows of cells, as every reader gives a table), then each recommendation quoted
# and answered in full without its verdict
SUMMARY_RESPONSE = [
    "Cabinet response to the review of parks and open spaces", "Summary of responses",
    "Recommendation\tSummary\tResponse", "1\tA ranger for every district park\tAccepted in principle",
    "2\tThe grass-cutting schedule online\tNot accepted", "3\tNew play equipment at Riverside Park\tAccepted", "4\tDrinking water fountains\tAccepted",
    "Recommendation 1", "That the Cabinet appoints a park ranger for every district park.",
    "Rangers make parks safer and better used. Two posts will be funded this year, and the rest will be considered in 2027.",
    "Recommendation 2", "That the Council publishes the grass-cutting schedule online each spring.",
    "The schedule changes with the weather every week, so a fixed timetable published in spring would mislead residents.",
    "Recommendation 3", "That the Council replaces the broken play equipment at Riverside Park within a year.",
    "New swings and a climbing frame were fitted at Riverside Park in May.",
    "Recommendation 4", "That the Cabinet installs drinking water fountains in the three largest parks.",
    "Fountains will be installed in the three largest parks next spring.",
]


def test_a_summary_table_of_verdicts_gives_its_verdict_to_the_answer_in_full():
    """A response that tabulates each recommendation's verdict alone ("1 | ... | Accepted in principle") before answering
    each in full: one answer per recommendation, the printed verdict first in its text and deciding its stance (the
    labelling guide's rule 1), not a second answer of a word or three."""
    from pipeline.records import Line

    report = parse(REPORT, "scrutiny_report", "report.txt", "2025-01")
    response = parse_document(Document(id="72" * 32, source="response.docx", path="response.docx", pages=1,
                                       lines=[Line(t, gap_before=1, table="\t" in t) for t in SUMMARY_RESPONSE],
                                       meta=DocumentMeta(kind="response", council="Wendlebury Borough Council", date="2025-04-01")))
    result = link_documents([report, response], today=date(2025, 5, 1))
    answers = result.realigned[response.id]
    assert sorted(r.label for r in answers) == ["1", "2", "3", "4"]
    by = {r.label: r for r in answers}
    assert by["1"].text.startswith("Accepted in principle\n\nRangers make parks safer")
    assert [by[k].stance for k in "123"] == ["partially_accepted", "rejected", "accepted"]
    assert by["2"].progress == "unknown"  # nothing accepted, nothing under way


# a covering report to a committee, with its own numbered paragraphs and its own recommendation, over the response table
COVERING_REPORT = [
    "Place Scrutiny Committee - 21 January 2026", "Response to the review of parks and open spaces",
    "5. Recommendation", "5.1 That the Committee notes the response in Appendix A and agrees to review progress in a year.",
    "Appendix A", "Recommendation\tResponse",
    "1. That the Cabinet appoints a park ranger for every district park.\tAgreed. Two posts are funded this year.",
    "2. That the Council publishes the grass-cutting schedule online each spring.\tAgreed. It went online in March.",
    "3. That the Council replaces the broken play equipment at Riverside Park within a year.\tDone in May.",
    "4. That the Cabinet installs drinking water fountains in the three largest parks.\tNot agreed: there is no budget.",
]


def test_a_covering_reports_own_recommendation_is_no_answer():
    """The covering report's own "5.1 That the Committee notes the response in Appendix A" quotes none of the report's
    recommendations and carries a paragraph number of the covering report's (the report numbers its recommendations
    1-4): it is no answer, beside the table's rows that quote and answer each."""
    from pipeline.records import Line

    report = parse(REPORT, "scrutiny_report", "report.txt", "2025-01")
    response = parse_document(Document(id="73" * 32, source="covering.pdf", path="covering.pdf", pages=1,
                                       lines=[Line(t, gap_before=1, table="\t" in t) for t in COVERING_REPORT],
                                       meta=DocumentMeta(kind="response", council="Wendlebury Borough Council", date="2026-01-21")))
    result = link_documents([report, response], today=date(2026, 2, 1))
    answers = result.realigned.get(response.id, response.responses)
    assert sorted(r.label for r in answers) == ["1", "2", "3", "4"]


# a partner's letter that names the review by its short title only and runs each answer in after its label and topic
RUN_IN_LETTER = """
Dear Councillor Patel,

Thank you for sending us the Committee's review. We have answered each recommendation below.

Rec 1 (rangers): We do not consider this necessary. Our wardens already visit every district park each day, so
appointing a park ranger for every district park would add nothing.

Rec 2 (grass cutting): We have completed this. The grass-cutting schedule went online in March and will be published
each spring.

Rec 3 (play equipment): The broken play equipment at Riverside Park was replaced in May with new swings and a
climbing frame.

Rec 4 (water fountains): Drinking water fountains in the three largest parks cost more than the budget allows this
year, so none will be installed.

Yours sincerely,

Jo Brennan, Parks Trust
"""


def test_a_letter_titled_by_the_reviews_short_title_answers_it_and_its_run_in_labels_are_not_its_text():
    """A reply titled by the review's short title ("Parks for everyone: response ..." to "Parks for everyone: a review of
    parks and open spaces"), from a body outside the council, with answers run in after "Rec N (topic):": paired with
    the review, each answer's text starts after its label, and "We do not consider this necessary" is a refusal
    (stance rules v12)."""
    import dataclasses

    report = parse(REPORT, "scrutiny_report", "report.txt", "2025-01")
    report.document.meta = dataclasses.replace(report.document.meta, title="Parks for everyone: a review of parks and open spaces")
    letter = parse(RUN_IN_LETTER, "response", "letter.txt", "2025-04-01")
    letter.document.meta = dataclasses.replace(letter.document.meta, council="Wendlebury Parks Trust",
                                               title="PARKS FOR EVERYONE: RESPONSE TO THE COMMITTEE")
    result = link_documents([report, letter], today=date(2025, 5, 1))
    answers = {r.label: r for r in result.realigned.get(letter.id, letter.responses)}
    assert len([k for k in result.links if k.response_document == "letter.txt"]) == 4
    assert answers["1"].text.startswith("We do not consider this necessary.")
    assert answers["1"].stance == "rejected"


def test_resolutions_numbered_in_an_item_do_not_end_it():
    """Found by review: resolutions numbered "1", "2" under "RESOLVED –" are the item's own, not items of the minutes:
    an item's number runs ahead of the one before."""
    numbered = NARRATED.replace(
        "(1) That the responses to the recommendations set out by the Cabinet Member, as recorded above, be agreed.",
        "1. That the responses to recommendations 1 to 3 set out by the Cabinet Member be agreed").replace(
        "(2) That, in respect of recommendation 4, the Director be asked to cost new fountains for the budget.",
        "2. That, in respect of recommendation 4, the Director be asked to cost new fountains for the budget")
    assert numbered != NARRATED
    answers = _answers_in_minutes(numbered)
    assert answers["4"].text.startswith("That, in respect of recommendation 4")


def test_answers_under_heads_that_number_them_are_named_as_their_heads_print_them():
    """A letter that answers a motion's requests under heads numbered "(a)", "(b)" ... names each answer as its head
    does, whatever it matches: the heads' own letters, not their places (1, 2, ...). Linked by their words, in their
    order or not."""
    motion = parse("""
        Minutes of the meeting of the Council

        Motion on town centre parking

        This Council therefore asks Wendlebury County Council, as the highway authority, to:
        a) extend the free parking period in Market Street car park from one hour to two hours;
        b) install electric vehicle charging points in the Station Road car park; and
        c) repaint the faded disabled bays in the High Street.
        """, "minutes", "motion_minutes.txt", "2025-03")
    letter = parse("""
        Dear Councillor Hale

        Motion on town centre parking

        Thank you for sending me the motion. I have taken each of the requests in turn below.

        (a) Free parking in Market Street

        The free period in Market Street car park will be extended to two hours from 1 June.

        (b) Charging points at Station Road

        Six charging points were installed in the Station Road car park in April.

        (c) Disabled bays

        The disabled bays in the High Street will be repainted in the summer programme.

        Yours sincerely
        """, "response", "motion_letter.txt", "2025-05")
    assert [(r.label, r.kind, r.addressee) for r in motion.recommendations] == [
        ("a", "scrutiny_recommendation", "Wendlebury County Council"),
        ("b", "scrutiny_recommendation", "Wendlebury County Council"),
        ("c", "scrutiny_recommendation", "Wendlebury County Council")]
    result = link_documents([motion, letter], today=date(2025, 7, 1))
    assert sorted((l.recommendation, l.response_to) for l in result.links) == [("a", "a"), ("b", "b"), ("c", "c")]


# a partner's letter under headings of its own: two answers share a heading, the second naming its subject only;
# another names its recommendation in passing, at the end of its first sentence
PARTNER_REPORT = """
Review of Hospital Discharge

Recommendations

1. That the Trust publishes its delayed discharge figures every month, ward by ward.

2. That the Trust provides a discharge lounge at the General Hospital with transport booked on arrival.

3. That the Trust trains every ward sister in the discharge-to-assess pathway by March.

4. That the Cabinet funds twenty more reablement places in the community.
"""

PARTNER_LETTER = """
Dear Councillor Amberley,

Review of Hospital Discharge: our response

Thank you for the Committee's report, which I have answered under the headings of our own winter plan.

Flow through the hospital

The Committee asked for a discharge lounge with transport booked on arrival (recommendation 2). A lounge opened at the General Hospital in October, and patient transport is now booked as soon as a patient arrives there.

The lounge is open from 8am to 8pm on weekdays.

Delayed discharge figures for each ward, published every month on our website, would mislead readers because the wards' case mix differs so much.

We will instead publish the hospital's monthly delayed discharge figures from January.

Our staff

Training in the discharge-to-assess pathway began in September, and every ward sister will have completed it by March, as your third recommendation asks.

Yours sincerely,

Jo Petrie
Chief Executive
"""


def test_answers_named_in_passing_and_by_subject_under_a_partners_own_headings():
    from pipeline.answers.references import answered_labels

    assert answered_labels("A lounge opened in October (recommendation 2). It is open daily.") == ["2"]
    assert answered_labels("A lounge opened at the General Hospital in October, with transport (recommendation 2).") is None  # closes it
    assert answered_labels("Every sister will be trained by March, as your third recommendation asks.") == ["3"]
    assert answered_labels("Over the year we will fund, in principle, the internship scheme proposed in recommendation 8. "
                           "It will cost more than we can find.") == ["8"]
    assert answered_labels("We will also publish, every month, the change sought by the Committee's recommendation 4.") == ["4"]
    # "its final recommendation" names the last of the report's, where the caller knows it
    assert answered_labels("As the Panel asked in its final recommendation, I will come back to you in a year.", "9") == ["9"]
    assert answered_labels("As the Panel asked in its final recommendation, I will come back to you in a year.") is None
    assert answered_labels("As the Committee asked in its fourth recommendation, we will write to every school.") == ["4"]
    # named in passing, far into its sentence, not as what the sentence answers
    assert answered_labels("We agree, and the new lounge will serve the same wards as the unit in recommendation 2.") is None
    report = parse(PARTNER_REPORT, "scrutiny_report", "discharge_report.txt", "2025-07")
    letter = parse(PARTNER_LETTER, "response", "discharge_trust_letter.txt", "2025-11")
    report.document.meta.title = "Review of Hospital Discharge"  # which the letter's subject line names
    result = link_documents([report, letter], today=date(2025, 12, 1))
    # the figures paragraph, inside the answer on the lounge, answers recommendation 1 by its subject alone; 4 is the
    # Cabinet's and has no answer here
    assert sorted((l.recommendation, l.response_to) for l in result.links) == [("1", "1"), ("2", "2"), ("3", "3")]
    answers = {r.label: r for r in result.realigned[letter.id]}
    assert answers["2"].text.endswith("weekdays.")
    assert answers["1"].text.startswith("Delayed discharge figures") and answers["1"].text.endswith("from January.")


# a college's letter under headings of its own: under one, an answer by subject, then one that names what it answers
# in passing; under another, a word on what the review did not ask, which answers nothing
COLLEGE_REPORT = """
Review of Adult Learning

Recommendations

1. That the College publishes its evening course timetable a term ahead.

2. That the College offers free English classes to every adult resident who asks for one.

3. That the College and the Council fund a creche at the Northgate campus for evening learners.

4. That the Council makes evening parking free for learners in its Northgate car park.
"""

COLLEGE_LETTER = """
Dear Councillor Hartwell,

Review of Adult Learning: our response

Thank you for the Panel's report, which I have answered under our own headings.

Courses and classes

The evening timetable for each term will now be published on our website a full term ahead, from September.

The English classes proposed in recommendation 2 are something we would like to offer, but free places for every adult who asks would cost more than our grant allows. We will offer 200 free places a year from January.

Northgate campus

We agree that a creche would help evening learners, and we have set aside a room at Northgate for one; we are talking to the Council about its running costs.

Car parking

None of the Panel's recommendations asks this of the College, but learners told the Panel about evening parking at Northgate, and we have opened our own car park to learners free after 5pm.

Yours sincerely,

Mina Otway
Principal
"""


def test_a_paragraph_inside_a_partners_answer_that_names_what_it_answers_begins_that_answer():
    report = parse(COLLEGE_REPORT, "scrutiny_report", "adult_learning_report.txt", "2025-07")
    letter = parse(COLLEGE_LETTER, "response", "adult_learning_college_letter.txt", "2025-11")
    report.document.meta.title = "Review of Adult Learning"  # which the letter's subject line names
    result = link_documents([report, letter], today=date(2025, 12, 1))
    # recommendation 2 is named inside the first heading's answer; the parking passage answers nothing, however its
    # words echo the Council's recommendation 4
    assert sorted((l.recommendation, l.response_to) for l in result.links) == [("1", "1"), ("2", "2"), ("3", "3")]
    answers = {r.label: r for r in result.realigned[letter.id]}
    assert set(answers) == {"1", "2", "3"}
    assert answers["1"].text.endswith("from September.")
    assert answers["2"].text.startswith("The English classes") and answers["2"].stance == "partially_accepted"


def test_a_letters_letterhead_and_address_above_its_salutation_answer_nothing():
    """Above "Dear ..." a letter prints its letterhead, date and the addressee's address: none of it answers anything,
    however its words echo a recommendation left unanswered (the Panel's recommendation 4 on parking; the address
    names "Northgate Car Park")."""
    letter = COLLEGE_LETTER.replace("Dear Councillor Hartwell,\n", """Northgate College, Northgate Car Park Road, Wendlebury WB2 4NG

12 November 2025

Councillor Ann Hartwell, Chair, Adult Learning Panel, Wendlebury Borough Council, Northgate Car Park Offices, Free
Evening Parking Team, Wendlebury WB1 1AA

Dear Councillor Hartwell
""")
    report = parse(COLLEGE_REPORT, "scrutiny_report", "adult_learning_report.txt", "2025-07")
    response = parse(letter, "response", "adult_learning_college_letter.txt", "2025-11")
    report.document.meta.title = "Review of Adult Learning"
    result = link_documents([report, response], today=date(2025, 12, 1))
    assert sorted((l.recommendation, l.response_to) for l in result.links) == [("1", "1"), ("2", "2"), ("3", "3")]


# a partner's own numbering: an index that says which of its commitments meets each recommendation, then each commitment
# under a title of its own with a line that says what it responds to
COMMITMENTS = """
Our response to the Panel's review of river bathing water

At a glance

| Your recommendation | Our response |
|---|---|
| 1 Sampling at bathing sites | Commitment 3 |
| 2 Publishing results | Commitment 1 |
| 3 Storm overflows | See "What we cannot do" |
| 4 Signs at the river | For the County Council |

Our commitments

Publishing what we find

Responds to recommendation 2

We already publish every sample result on our website within two days.

By when: in place now

Sampling at every site

Responds to recommendation 1

We will sample at all six bathing sites every week from May to September.

By when: from May 2026

What we cannot do

Responds to recommendation 3

We cannot close the storm overflows above Millbrook before 2030, when our new storage tank is built.
"""


def test_an_index_of_answers_answers_nothing_and_a_head_that_says_what_it_responds_to_labels_the_answer_under_it():
    response = parse(COMMITMENTS, "response", "bathing_water_response.txt", "2025-11")
    answers = {r.label: r for r in response.responses}
    # the index's cells ("Commitment 3", "See ...", "For the County Council") are no answers, and 4 is not answered
    assert sorted(answers) == ["1", "2", "3"]
    assert answers["2"].text.startswith("We already publish") and answers["2"].text.endswith("By when: in place now")
    assert answers["1"].text.startswith("We will sample") and answers["1"].text.endswith("By when: from May 2026")
    assert answers["3"].stance == "rejected"
    # set as a head of its own in capitals under the card's title, it heads the answer, as "Response to ..." does; it
    # restates nothing
    from pipeline.answers.shapes import answer_marker, head_of
    from pipeline.records import Paragraph

    assert answer_marker("RESPONDS TO RECOMMENDATION 11") == ("11", "")
    assert head_of(Paragraph(uid="h", number=None, kind="heading", heading=None, text="RESPONDS TO RECOMMENDATION 11",
                             page=1, position=0)) is None


def test_a_long_head_of_the_respondents_own_is_read_with_the_answer_under_it():
    # heads of nine words or more, no sentence, that echo their recommendation less than the answer beneath them does
    report = parse("""
        Review of Leisure Centres

        Recommendations

        1. That the Council builds a learner pool at the Northgate leisure centre by 2027.

        2. That the Council offers free swimming lessons to every child in Year 6.

        3. That the Council replaces the sports hall floor at Southmoor with a sprung floor.
        """, "scrutiny_report", "leisure_report.txt", "2025-03")
    response = parse("""
        Our answers to the review, in the order of our own plan

        What we are doing for the youngest swimmers in the borough

        Free lessons for every Year 6 child who cannot yet swim began in September; 410 children have taken part.

        The building work we are planning for the north of the borough

        A learner pool at Northgate is in the capital programme for 2027, and the design work has begun.

        Improving what is already there for the sports clubs of the south

        The sprung floor cannot be afforded this year; the Southmoor hall floor will be repaired instead.
        """, "response", "leisure_response.txt", "2025-10")
    result = link_documents([report, response], today=date(2025, 11, 1))
    assert sorted((l.recommendation, l.response_to) for l in result.links) == [("1", "2"), ("2", "1"), ("3", "3")]


def test_a_partners_table_in_its_own_words_labelled_by_the_tag_each_point_ends_with():
    """A bus operator's letter answers in a table of its own, "What the Committee said | Our view", each point put in
    its own words and ending with the recommendation it stands for, "(R3)"; group rows title the points under them."""
    response = parse("""
        Next stop, Ashvale: our response to the Task Group's report

        | What the Committee said | Our view |
        |---|---|
        | Routes and timetables | |
        | The first buses of the day should get staff in before the early shifts. (R3) | Agreed, and done since January. |
        | Every bus on route 7 should go into the hospital grounds. (R2) | We do not plan to do this: the turn is too tight. |
        | Fares | |
        | A hospital return ticket that every operator accepts. (R4) | We support this and will launch it in May. |
        """, "response", "buses_operator_letter.txt", "2026-02")
    assert [(r.label, r.stance) for r in response.responses] == [("3", "accepted"), ("2", "rejected"), ("4", "accepted")]


def test_a_response_titled_by_the_report_it_answers_pairs_with_it_though_it_echoes_little():
    """A partner's slides answer in a few words of their own, echoing little of the report; titled by the report's own
    title and saying they are the response to it, they pair with it."""
    from pipeline.link import pair_documents

    report = parse("""
        Right care, first call

        Recommendations

        1. That the Ambulance Service recruits more clinicians to its clinical assessment hub.

        2. That the Ambulance Service funds mental health nurses in its control room from midday to midnight.

        3. That the Integrated Care Board sets up a direct line for care homes.
        """, "scrutiny_report", "right_care_report.txt", "2025-11")
    slides = parse("""
        Right care, first call

        Our response to the Health Overview and Scrutiny Committee's review

        Hub staffing: top priority this year; 14 more clinicians in post.

        Night cover: funded 16:00 to midnight only.

        Care homes line: live since February, 08:00 to 22:00.
        """, "response", "right_care_slides.txt", "2026-04")
    report.document.meta.title = slides.document.meta.title = "Right care, first call"
    assert [(p.report, p.response_document) for p in pair_documents([report, slides])] == [
        ("right_care_report.txt", "right_care_slides.txt")]


CARAVANS_REPORT = """
Safe holidays

Recommendations

1. That the Cabinet agrees new standard conditions for caravan site licences by April 2026.

2. That the Fire and Rescue Service and the Council inspect every holiday park before the season opens each spring.

3. That the Fire and Rescue Service tests the private fire hydrants on each holiday park every year.

4. That the Fire and Rescue Service offers a Safe and Well visit to everyone living on a holiday park all year.
"""

CARAVANS_MEMO = """
MEMORANDUM

To:\tCouncillor Rosalind Breckon, Chair, Communities Overview and Scrutiny Committee

From:\tArea Manager Craig Dobson, Head of Prevention and Protection

Re:\tSafe holidays – the Committee's review of fire safety on holiday parks

Thank you for sending us the report. Three of the Committee's four recommendations ask something of the Service, and I answer them below under their own titles.

**Joint inspections before the season.** We agree. Our Protection team and the Council's licensing officers will visit every park in March.

**When:** March 2026.

**Testing private hydrants.** We do not agree that the Service should test hydrants on private land: they belong to the park owners.

**Safe and Well visits for people living on the parks.** We agree. Housing officers now refer to us anyone they find living on a park.
"""


def test_a_partners_memo_answering_under_bold_titles_of_its_own_pairs_by_its_subject_line():
    """A fire service's memo ("To: / From: / Re:") answers under bold run-in titles in its own words, no number and no
    quotation. Its subject line opens with the report's short title ("Re: Safe holidays – ..."), which names the report
    as quotation marks would; each bold title heads a passage (a field's bold name, "When:", heads none), and the
    memo's head and the sentence that counts the recommendations ("Three of the Committee's four recommendations ...")
    answer nothing. The answers go to the recommendations their words match."""
    report = parse(CARAVANS_REPORT, "scrutiny_report", "caravans_report.txt", "2025-09")
    report.document.meta.title = "Safe holidays"
    memo = parse(CARAVANS_MEMO, "response", "caravans_memo.txt", "2025-12")
    found = topic_passages(memo.paragraphs)
    assert [p.title for p in found][1:] == ["Joint inspections before the season", "Testing private hydrants",
                                            "Safe and Well visits for people living on the parks"]
    assert found[1].parts == ["We agree. Our Protection team and the Council's licensing officers will visit every park "
                              "in March.", "When: March 2026."]
    result = link_documents([report, memo], today=date(2026, 1, 1))
    assert [p.report for p in result.pairs] == ["caravans_report.txt"]
    assert sorted(l.recommendation for l in result.links) == ["2", "3", "4"]
    stance = {r.label: r.stance for r in result.realigned[memo.id]}
    assert {l.recommendation: stance[l.response_to] for l in result.links} == {
        "2": "accepted", "3": "rejected", "4": "accepted"}


def test_a_paper_of_no_kind_that_names_the_report_by_its_title_answers_it_under_its_headings():
    """A partner's e-mail bulletin, which no reader knows for a response, tells its readers of the review by its title
    ("published “Heart of the town”, its review") and answers under a heading per subject: named by its title, the
    review is what its passages answer; another paper of no kind, on other matters, answers nothing."""
    report = parse("""
        Heart of the town

        Recommendations

        1. That the owners of the shopping centre open the public toilets whenever the centre is open, Sundays included.

        2. That the owners install a Changing Places toilet with a hoist and an adult-sized changing bench.

        3. That the owners replace the lift from the Pelham Street car park and publish every breakdown.
        """, "scrutiny_report", "town_report.txt", "2025-05")
    report.document.meta.title = "Heart of the town"
    bulletin = parse("""
        WEAVERS YARD NEWS

        In May, the Council's Scrutiny Panel published "Heart of the town", its review of the centre. Here is where we
        have got to with the Panel's recommendations.

        Toilets

        Since 4 August the toilets on the lower mall have stayed open until we close, every day of the week.

        A Changing Places toilet

        Building work began on 1 September, and the new Changing Places room will have a ceiling hoist.

        The lift from Pelham Street car park

        The old lift has gone: a new one went in during July, and any breakdown will be listed on our website.
        """, "other", "bulletin.txt", "2025-09")
    other = parse("""
        WEAVERS YARD NEWS

        Christmas 2025

        The lights go on on 20 November, and late opening starts on 4 December.
        """, "other", "bulletin2.txt", "2025-09")
    result = link_documents([report, bulletin, other], today=date(2025, 10, 1))
    assert sorted((l.recommendation, l.response_to, l.response_document) for l in result.links) == [
        ("1", "1", "bulletin.txt"), ("2", "2", "bulletin.txt"), ("3", "3", "bulletin.txt")]


# the answers of a partner's paper under heads of its own, in an order of their own (play, rangers, fountains, mowing)
PARK_ITEMS = """
New play equipment

New swings and a climbing frame were fitted at Riverside Park in May, replacing the broken play equipment.

Rangers in every park

Two ranger posts have been filled; every district park will have its own ranger by June, paid for by the Trust.

Water fountains

Fountains cost more than the budget allows this year, so none will be installed in the largest parks.

Mowing dates online

The grass-cutting schedule for each park went on our website in March and will be updated every spring.
"""

# a covering e-mail that sends the partner's newsletter: the newsletter's items answer, in an order of their own
COVERED_NEWSLETTER = f"""
From: Sam Reed <sam.reed@greenspace.example>
Sent: 3 April 2025 09:10
To: Ruth Fenwick
Subject: Spring newsletter

Dear Ruth,

As promised, here is the spring newsletter we sent to our members this week, which sets out what the Trust is doing.

It went to 1,200 members, to every ward councillor and to the Friends groups of all twelve parks.

Kind regards,

Sam Reed
Parks Trust

SPRING NEWSLETTER

{PARK_ITEMS.strip()}

Volunteer of the month

Our volunteer of the month is Jean, who has picked litter along the canal path every Sunday for ten years.
"""


def test_a_covering_e_mail_sends_the_paper_whose_items_answer():
    """An e-mail that sends a partner's newsletter ("here is the spring newsletter ...") says what it sends in two
    paragraphs of its own and answers nothing: the newsletter after its close answers, item by item in its own order,
    each labelled by its place among the answers; the e-mail's paragraphs and the newsletter's other news are in no
    answer."""
    report = parse(REPORT, "scrutiny_report", "report.txt", "2025-01")
    sent = parse(COVERED_NEWSLETTER, "other", "newsletter.txt", "2025-04-03")
    pairs, by_label = answered(report, sent)
    assert pairs == [("report.txt", "newsletter.txt")]
    answers = list(by_label.values())
    assert sorted(by_label) == ["1", "2", "3", "4"]
    assert by_label["3"].text.startswith("New swings") and by_label["3"].label == "1"
    assert by_label["1"].text.startswith("Two ranger posts") and by_label["1"].label == "2"
    assert by_label["2"].text.startswith("The grass-cutting schedule") and by_label["2"].label == "4"
    assert not any("As promised" in a.text or "1,200 members" in a.text or "Jean" in a.text for a in answers)


def test_a_report_titled_by_a_question_is_named_where_its_title_is_quoted():
    """A short title that ends in its own question mark ("Room to play?") names the report where a paper quotes it,
    the closing quotation mark straight after the question mark: a partner's paper of no kind the reader knew that
    names it so answers it by subject."""
    report = parse(REPORT, "scrutiny_report", "report.txt", "2025-01")
    paper = parse("""
        Parks Trust: spring update

        The Committee's report, "Room to play?", was published in January. This is what the Trust is doing.

        New play equipment

        New swings and a climbing frame were fitted at Riverside Park in May, replacing the broken play equipment.

        Rangers in every park

        Two ranger posts have been filled; every district park will have its own ranger by June.

        Mowing dates online

        The grass-cutting schedule for each park went on our website in March.
        """, "other", "update.txt", "2025-04-03")
    report.document.meta.title = "Room to play?"
    result = link_documents([report, paper], today=date(2025, 5, 1))
    assert [(p.report, p.response_document) for p in result.pairs] == [("report.txt", "update.txt")]
    linked = {lk.recommendation for lk in result.links}
    assert {"1", "2", "3"} <= linked


def test_an_answer_that_takes_up_two_subjects_under_one_head_answers_both_each_in_its_own_place():
    """A reply by subject that answers two recommendations under one head ("Staff and water in the parks": the rangers
    and the fountains) gives that answer to both, as two entries with the shared text, each in a place of its own in
    the report's order; the answers after it are numbered on from there."""
    report = parse(REPORT, "scrutiny_report", "report.txt", "2025-01")
    reply = parse("""
        Cabinet response to the review of parks and open spaces

        Play areas

        New swings and a climbing frame were fitted at Riverside Park in May, replacing the broken play equipment.

        Staff and water in the parks

        Two ranger posts have been filled, and every district park will have its own park ranger by June. Drinking water
        fountains will be installed in the three largest parks this summer.

        Grass cutting

        The grass-cutting schedule for each park went on the Council website in March.
        """, "response", "reply.txt", "2025-04-01")
    by_rec = answered(report, reply)[1]
    assert {k: v.label for k, v in by_rec.items()} == {"3": "1", "1": "2", "4": "3", "2": "4"}
    assert by_rec["1"].text == by_rec["4"].text and "fountains" in by_rec["1"].text


RELEASE = """
NEWS RELEASE

PARKS TRUST ANSWERS THE COUNCIL'S REVIEW

The Parks Trust today set out what it will do after the Council's review of parks and open spaces.

The changes the Trust is making are:

- Two ranger posts have been filled, and every district park will have its own park ranger by June.
- New swings and a climbing frame were fitted at Riverside Park in May, replacing the broken play equipment.
- The grass-cutting schedule for each park will go on the Trust's website every spring.

Drinking water fountains cost more than the Trust's budget allows this year, so none will be installed.

ENDS
"""


def test_a_paper_with_fewer_heads_than_answers_answers_item_by_item():
    """A news release has one headline over all it says: its heads are too few for the recommendations it answers, so
    its paragraphs and the items of its list are read each as a passage: each bullet answers the recommendation its
    words take up, without its marker, and the paragraph after the list answers another; the opening answers none."""
    report = parse(REPORT, "scrutiny_report", "report.txt", "2025-01")
    release = parse(RELEASE, "response", "release.txt", "2025-04-01")
    pairs, by_rec = answered(report, release)
    assert pairs == [("report.txt", "release.txt")]
    assert sorted(by_rec) == ["1", "2", "3", "4"]
    assert by_rec["1"].text.startswith("Two ranger posts") and "swings" not in by_rec["1"].text
    assert by_rec["3"].text.startswith("New swings") and by_rec["4"].text.startswith("Drinking water fountains")
    assert not any("today set out" in a.text for a in by_rec.values())


# a covering letter that sends the writer's own letter to its members: that letter opens under a head that takes up the
# report's title, recalls the review, answers under heads of its own and closes as letters do
AD_CLERUM = f"""
Dear Ms Starbuck

Thank you for sending us the Committee's report. Rather than write to you separately, we have answered the
recommendations made to the Trust in the Chair's letter to our members, which I enclose.

The letter went to every member of the Trust and to the Friends groups of all twelve parks this week.

Yours sincerely

Andrew Trounce
Secretary

Enc. Chair's letter of 10 November 2025

LETTER TO MEMBERS

Parks for everyone: the Council's review and what we will do

Dear members, In June the Council's Overview and Scrutiny Committee published its review of the district's parks.
Many of you told it about the broken play equipment at Riverside Park and the grass-cutting schedule.

{PARK_ITEMS.strip()}

Thank you for all you already do to keep our parks open to the people they serve. With every good wish,

Margaret Hale, Chair
"""


def test_a_letter_sent_under_cover_opens_under_the_reports_title_and_closes_as_letters_do():
    """The enclosed letter's first head takes up the report's title ("Parks for everyone: the Council's review and what
    we will do", the report being "Parks for everyone: a review of the district's parks"): under it the letter recalls
    the review, which answers nothing; its close ("Thank you for all you already do ... With every good wish,") answers
    nothing either. The answers under its own heads are numbered from 1 by their places."""
    report = parse(REPORT, "scrutiny_report", "report.txt", "2025-01")
    report.document.meta.title = "Parks for everyone: a review of the district's parks"
    sent = parse(AD_CLERUM, "other", "letter.txt", "2025-11-14")
    result = link_documents([report, sent], today=date(2025, 12, 1))
    answers = result.realigned[sent.id]
    assert [a.label for a in answers] == ["1", "2", "3", "4"]
    by_uid = {a.recommendation: a for a in answers}
    by_rec = {r.label: by_uid[r.uid] for r in report.recommendations if r.uid in by_uid}
    assert by_rec["3"].label == "1" and by_rec["3"].text.startswith("New swings")
    assert not any("In June" in a.text or "With every good wish" in a.text for a in answers)


COMMON_REPORT = """
Review of the Riverside Trust

Recommendations

1. That the Riverside Trust opens the visitor centre until 6pm on weekdays from April to September.

2. That the Riverside Trust lays a level path from the car park to the bird hide.

3. That the Riverside Trust offers every primary school in the district one free class visit a year.

4. That the Riverside Trust publishes its visitor numbers and accounts on its website each autumn.
"""

COMMON_REPLY = """
The Riverside Trust: our reply to the Committee

About the Riverside Trust

The Riverside Trust is a registered charity that looks after the Riverside nature reserve for the district.

Longer hours

Since May the centre has stayed open until 6pm from Tuesday to Friday, May to September.

A path for everyone

A resin-bound path from the car park to the bird hide was laid in February, with passing places and a bench.

Schools

From September every primary school in the district can book one free class visit each school year.

Being open about our figures

Our visitor numbers and our accounts will go on our website each November.
"""


def test_words_that_every_ask_shares_do_not_say_which_ask_a_passage_answers():
    """Every recommendation asks the same body by name ("That the Riverside Trust ..."), so the name says nothing of
    which one a passage answers: the passage about the Trust itself answers none, and the answer that echoes its ask in
    few words ("the centre has stayed open until 6pm ..." to "opens the visitor centre until 6pm ...") answers it."""
    report = parse(COMMON_REPORT, "scrutiny_report", "report.txt", "2025-01")
    reply = parse(COMMON_REPLY, "response", "reply.txt", "2025-11-01")
    by_rec = answered(report, reply)[1]
    assert sorted(by_rec) == ["1", "2", "3", "4"]
    assert by_rec["1"].text.startswith("Since May the centre")
    assert not any("registered charity" in a.text for a in by_rec.values())


def test_a_passage_that_lists_the_recommendations_made_to_others_answers_none():
    """ "Also in the councillors' report: recommendations to the ICB about a new pharmacy ..., to the Council about the
    Sunday bus ... Those bodies will reply to the councillors themselves.": a word on what the respondent was not asked
    (answer lexicon v44 `unasked`), though its words echo the recommendations it lists; and a letter's opening that
    calls itself the response to so many recommendations introduces it."""
    from pipeline.answers.topics import Passage
    from pipeline.link.topics import _unasked

    listed = Passage(title=None, first=0, page=1, parts=[
        "Also in the councillors' report: recommendations to the ICB about a new pharmacy for Hobbsmoor, to the Council "
        "about the Sunday 42 bus. Those bodies will reply to the councillors themselves."])
    answer = Passage(title=None, first=1, page=1, parts=[
        "The recommendations to the practices were agreed: every practice now issues repeat prescriptions in three days."])
    assert _unasked(listed) and not _unasked(answer)
    # ... nor does a letter's opening that calls itself the response to so many recommendations
    opening = Passage(title=None, first=0, page=1, parts=[
        "This letter is the ICB's response to the eight recommendations addressed to us, alone or jointly with others."])
    assert _unasked(opening)


def test_a_head_that_takes_up_the_reports_short_title_is_over_no_answer():
    """A head that takes up the report's short title whole ("Parks for everyone: the Council's review and what we
    will do", the report being "Parks for everyone: a review of the district's parks") is the paper's own title over
    what it says of the review as a whole: its passage answers nothing, however its words echo an ask (here the
    grass-cutting schedule, which the letter then leaves unanswered)."""
    report = parse(REPORT, "scrutiny_report", "report.txt", "2025-01")
    report.document.meta.title = "Parks for everyone: a review of the district's parks"
    letter = AD_CLERUM.replace(
        "Many of you told it about the broken play equipment at Riverside Park and the grass-cutting schedule.",
        "It asked that the grass-cutting schedule for each park be published online each spring.")
    letter = letter[: letter.index("Mowing dates online")] + letter[letter.index("Thank you for all you already do"):]
    sent = parse(letter, "other", "letter.txt", "2025-11-14")
    result = link_documents([report, sent], today=date(2025, 12, 1))
    answered = {a.recommendation for a in result.realigned[sent.id]}
    labels = {r.uid: r.label for r in report.recommendations}
    assert sorted(labels[u] for u in answered) == ["1", "3", "4"]


def test_sub_titles_inside_one_paragraph_head_passages_of_their_own_where_heads_are_too_few():
    """A numbered section keeps its sub-titles and their text as one paragraph ("4.3 Responding to the review" over
    "Longer opening", "Since 1 May ...", "A path for everyone", "With a grant ..."); where a paper's heads are too few
    for the asks, each sub-title heads a passage of its own with the text under it."""
    from pipeline.answers.topics import Passage
    from pipeline.link.topics import fitted

    section = Passage(title="Responding to the City Council's review", first=0, page=1, parts=[
        "In November the Panel published its review of the farm. This section says what has happened.\n"
        "Longer opening\nSince 1 May the farm has stayed open until 6pm from Tuesday to Friday.\n"
        "A path for everyone\nWith a grant of £24,000 we laid a resin-bound path from the gate to the pens."])
    cut = fitted([section], asks=6)
    assert [(p.title, p.text.split()[0]) for p in cut] == [
        ("Responding to the City Council's review", "In"), ("Longer opening", "Since"), ("A path for everyone", "With")]
    assert fitted([section], asks=2) == [section]


def test_a_partners_answer_is_shared_only_between_asks_of_bodies_it_names():
    """A car park operator's letter answers under heads of its own; its answer on debt recovery charges speaks of the
    code of practice that a recommendation asks the Leader to press for. One answer answers two asks only where both
    ask one body, or the paper names every body they ask: the operator never names the Leader, so the answer is given
    once, not shared."""
    report = parse("""
        Parking on private retail parks

        Recommendations

        1. That Parkright Limited stops adding debt recovery charges to unpaid parking charges.

        2. That the Leader of the Council writes to the Secretary of State asking that the parking code of practice be
        brought into force without delay.

        3. That Parkright Limited installs new entrance signs showing the tariff in large print.

        4. That Parkright Limited publishes its appeals figures every six months.
        """, "scrutiny_report", "report.txt", "2025-09")
    letter = parse("""
        Parkright Limited: reply to the Committee

        Entrance signs

        New entrance signs showing the tariff in large print were put up at both sites in October.

        Debt recovery charges

        Parkright does not accept this recommendation. The sum added when an unpaid parking charge is passed for debt
        recovery reflects the cost of recovery and is permitted by the trade association's code of practice. Parkright
        will review its position when the Secretary of State brings the parking code of practice into force.

        Appeals figures

        Parkright will send the Committee its appeals figures every six months, starting in April.
        """, "response", "reply.txt", "2025-11-01")
    result = link_documents([report, letter], today=date(2025, 12, 1))
    answers = result.realigned[letter.id]
    debt = [a for a in answers if a.text.startswith("Parkright does not accept")]
    assert len(debt) == 1


def test_a_reply_names_the_concerns_it_answers_by_their_ordinals():
    """A coroner's report to prevent future deaths sets out matters of concern, and the council's reply answers some of
    them in turn by their ordinals ("Your third concern is that ...", "The fourth matter of concern, that ..."): each
    answer is labelled as it names what it answers (answer lexicon v44 `item_nouns`); the concerns it leaves to the
    Trust ("Your first and second concerns are for the Trust") it does not answer."""
    from pipeline.answers.references import answered_labels

    assert answered_labels("Your third concern is that the reablement service did not monitor its inbox.") == ["3"]
    assert answered_labels("The fourth matter of concern, that there is no written protocol, is shared.") == ["4"]
    assert answered_labels("We share your concern about the delay in discharge.") is None


def test_a_letter_s_thanks_is_no_answer_when_its_paragraphs_are_read_by_subject_beside_its_titled_heads():
    """A letter answers two recommendations under heads that print their labels and two more in paragraphs of their
    own, which a reading by subject finds; its first paragraph thanks for the report in words that echo one it leaves
    to the Council: a courtesy, no answer, and no reason to read the letter by subject."""
    response = parse("""
        Riverside Leisure Trust

        14 June 2025

        Dear Councillor Hale,

        Parks and open spaces: the Trust's response

        Thank you for the Committee's review of parks and open spaces, which our board discussed on 3 June; the grass-cutting schedule online is the Council's to answer.

        Recommendation 3: Play equipment

        New swings and a climbing frame were fitted at Riverside Park in May, replacing the broken play equipment.

        Recommendation 1: Rangers

        Two ranger posts have been filled; every district park will have its own ranger by June.

        Drinking water fountains cost more than the budget allows this year, so none will be installed.

        Yours sincerely,

        Jo Pike, Chief Executive
        """, "response", "parks_trust_letter.txt", "2025-06")
    report = parse(REPORT, "scrutiny_report", "parks_report.txt", "2025-02")
    result = link_documents([report, response], today=date(2025, 7, 1))
    texts = [r.text for r in result.realigned.get(response.id, [])] + [r.text for r in response.responses]
    assert not any(t.startswith("Thank you") for t in texts)

