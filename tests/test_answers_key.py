"""A tracker's colours are read through the key its own document prints (`pipeline.answers.key`).

The shapes here are written for these tests: keys as a table under a heading, on one line after
"Key:", as a list of paragraphs, and as a PDF's lines (a colour on one line, its meaning on the
next); and two trackers alike but for their keys, whose Green means different things."""

from __future__ import annotations

import pytest

from pipeline.answers.key import keyed, meaning_progress, read_key
from pipeline.process import parse_file
from pipeline.records import Paragraph, Response


def pars(*texts: str, heading: int | None = None) -> list[Paragraph]:
    return [Paragraph(uid=f"t:@{i}", number=None, kind="heading" if i == heading else "paragraph", heading=None,
                      text=t, page=1, position=i) for i, t in enumerate(texts)]


def progress_of(key):
    return {c: e.progress for c, e in key.items()}


def test_a_key_set_as_a_table_under_its_heading():
    key = read_key(pars("Progress against the action plan is shown below.", "RAG status key",
                        "Blue - complete\tThe action has been completed.\n"
                        "Green\tOn track. Work has started and will finish by its due date.\n"
                        "Amber\tWork has started but is at risk of missing its due date.\n"
                        "Red\tWork on the action has not started.", heading=1))
    assert progress_of(key) == {"blue": "completed", "green": "in_progress", "amber": "in_progress",
                                "red": "not_started"}


def test_a_key_on_one_line_after_its_title():
    key = read_key(pars("Key: Green = implemented; Amber = in progress; Red = not yet started; Grey = on hold"))
    assert progress_of(key) == {"green": "completed", "amber": "in_progress", "red": "not_started", "grey": None}


def test_a_key_one_entry_to_a_paragraph_and_a_key_read_line_by_line():
    listed = read_key(pars("Legend", "- Green: action delivered", "- Amber: action under way", "- Red: not started",
                           "The Committee is asked to note the tracker.", heading=0))
    assert progress_of(listed) == {"green": "completed", "amber": "in_progress", "red": "not_started"}
    lines = read_key(pars("Status key\nGreen\nWork has begun and is on schedule\nRed\nNo work has been done yet"))
    assert progress_of(lines) == {"green": "in_progress", "red": "not_started"}


def test_a_key_with_no_title_is_three_colours_defined_line_after_line():
    key = read_key(pars("The RAG status shows the position at 31 March. The colours are used as follows:\n"
                        "Colour\tMeaning\nBlue\tComplete\nGreen\tOn track\nRed\tNot started\n"
                        "Purple\tClosed: superseded by other work"))
    assert progress_of(key) == {"blue": "completed", "green": None, "red": "not_started", "purple": "completed"}
    # two colours line after line, untitled, are two rows' cells, not a key
    assert read_key(pars("The two projects were rated as follows:\nGreen\tthe library\nRed\tthe pool")) == {}


@pytest.mark.parametrize("meaning, progress", [
    ("On track", None),
    ("Expected to be completed by the due date", None),
    ("Will be delivered next year", None),
    ("Not complete", None),
    ("Closed: the action is complete", "completed"),
    ("Work has not commenced", "not_started"),
    ("Partially implemented", "in_progress"),
    ("Some slippage or not yet started", None),  # a choice of states that say different things: the key cannot tell
    ("Not started or not yet due", "not_started"),  # ... a choice of words that say the same can
])
def test_what_a_colour_means_is_read_from_its_words(meaning, progress):
    assert meaning_progress(meaning) == progress


@pytest.mark.parametrize("texts", [
    # colours in a tracker's rows, each beside a comment, are not a key: nothing titles them
    ("1\tPublish the strategy\tGreen\tThe strategy is being drafted\n2\tHire a coordinator\tRed\tNot funded",),
    # one colour is not a key
    ("Key: Green = complete",),
    # a colour defined twice is not a key
    ("Key: Green = complete; Green = on track; Red = not started",),
    # a heading titled "Key" over prose is not a key
    ("Key issues", "Green spaces were raised by residents - they matter to many of them."),
])
def test_what_is_not_a_key(texts):
    assert read_key(pars(*texts, heading=0 if len(texts) > 1 else None)) == {}


def answer(label: str, text: str, stance: str = "accepted", progress: str = "unknown") -> Response:
    return Response(uid=f"r:{label}", label=label, text=text, stance=stance, progress=progress)  # type: ignore[arg-type]


def test_colour_cells_take_the_progress_the_key_gives_them():
    key = pars("RAG key", "Green\tcompleted\nAmber\twork has started\nRed\tnot started", heading=0)
    responses = [
        answer("1", "Agreed. The Service will publish its plan.\n\nJune 2026\n\nGreen"),
        answer("2", "Agreed.\n\nRAG status: Red"),
        answer("3", "Not agreed: the funding is not there.\n\nRed", stance="rejected"),  # rule 2.1: nothing accepted
        answer("4", "Agreed.\n\nAmber\n\nGreen"),  # one colour per action row: done and not done (rule 2.2)
        answer("5", "Agreed: a report will follow.", progress="not_started"),  # no colour: as it was read
    ]
    out = keyed(responses, key)
    assert [r.progress for r in out] == ["completed", "not_started", "unknown", "in_progress", "not_started"]
    assert out[0].progress_evidence == ["Green", "Green: completed"]  # the cell and the key's words
    assert keyed(responses, pars("No key in this document.")) is responses


TRACKER = """<html><body><h1>Play Areas review: action tracker</h1>
<p>Cabinet agreed the actions below in response to the Committee's recommendations.</p>
<table>
<tr><th>No.</th><th>Recommendation</th><th>Response</th><th>Lead officer</th><th>RAG</th></tr>
<tr><td>1</td><td>That the Council inspects every play area each month.</td>
<td>Agreed. Monthly inspections are part of the new parks contract.</td><td>Parks Manager</td><td>Green</td></tr>
<tr><td>2</td><td>That the Council publishes the inspection reports.</td>
<td>Agreed. The reports will be published on the Council's website.</td><td>Parks Manager</td><td>Red</td></tr>
</table>
<h2>{title}</h2>
<table><tr><td>Green</td><td>{green}</td></tr><tr><td>Red</td><td>{red}</td></tr></table>
</body></html>"""


@pytest.mark.parametrize("title, green, red, progress", [
    ("RAG key", "Complete: the action has been delivered.", "Not started.", ["completed", "not_started"]),
    ("Status key", "Work has started and is on track.", "Work has not started.", ["in_progress", "not_started"]),
])
def test_the_same_colours_mean_what_each_trackers_key_says(tmp_path, title, green, red, progress):
    path = tmp_path / "tracker.html"
    path.write_text(TRACKER.format(title=title, green=green, red=red), encoding="utf-8")
    parsed = parse_file(path, themes=False)
    assert [(r.label, r.progress) for r in parsed.responses] == list(zip(["1", "2"], progress))


def test_verdicts_printed_as_symbols_are_read_through_the_documents_key():
    """A response whose only verdicts are symbols, explained by a key ("✔ Agreed", "◑ Agreed in part", "✘ Not agreed",
    "➜ Referred to another body"): each answer that opens with a symbol is judged with it read as its verdict in words,
    and keeps its text as printed. A list of ticks with no key of verdicts changes nothing."""
    key = pars("The symbol beside our answer shows the Authority's position:\n✔\tAgreed\n◑\tAgreed in part\n"
                "✘\tNot agreed\n➜\tReferred to another body")
    answers = [answer("1", "✔ Live space counts have been shown on the website since May 2025."),
               answer("2", "◑ From Easter 2026 a ranger will be at Lowfold Tarn every weekend."),
               answer("3", "✘ A byelaw would take at least two years to make.")]
    read = keyed(answers, key)
    assert [r.stance for r in read] == ["accepted", "partially_accepted", "rejected"]
    assert read[1].text == answers[1].text
    plain = pars("What we checked:\n✔\tthe car parks\n✔\tthe bus stops")
    assert keyed(answers, plain) == answers


def test_verdicts_printed_as_codes_are_read_through_the_documents_key():
    """A sheet whose verdict column prints codes ("A / PA / NA") and whose key, its entries run together on one line,
    says what they mean ("A = Accepted PA = Partially accepted NA = Not accepted"): an answer that opens with a code
    before its first sentence is judged with the code read as its verdict; an answer opening with the article "A" is
    not."""
    key = pars("Key to column C", "A = Accepted PA = Partially accepted NA = Not accepted")
    answers = [answer("1", "PA Leases of 25 years will be offered to committees that are charities."),
               answer("2", "NA The medium-term financial plan has no room for a new fund."),
               answer("3", "A page for each centre will be added when the website moves.")]
    read = keyed(answers, key)
    assert [r.stance for r in read[:2]] == ["partially_accepted", "rejected"]
    assert read[2] == answers[2]


def test_a_key_titled_by_two_words_and_colours_that_open_their_cells_row_by_row():
    """A multi-agency action plan: "Progress / RAG key: Blue - complete; Green - on track; Amber - some slippage or not
    yet started", and each agency's row of an answer opens its progress cell with its colour ("Blue \u2013 the protocol
    was relaunched ..."). Rows done beside rows on track or late are a mixture (rule 2.2); all done is done; a colour
    whose words decide nothing leaves the answer as its text was read."""
    key = pars("Progress / RAG key: Blue \u2013 complete; Green \u2013 on track; Amber \u2013 some slippage or not yet started.")
    assert set(read_key(key)) == {"blue", "green", "amber"}
    responses = [
        answer("1", "Relaunch the protocol.\n\nBlue \u2013 relaunched on 14 October.\n\nTrain ED staff.\n\n"
                    "Green \u2013 58% trained to date.", progress="completed"),
        answer("2", "Publish a briefing.\n\nBlue \u2013 published in July.\n\nHold an event.\n\nBlue \u2013 held in October."),
        answer("3", "Draft a pathway.\n\nAmber \u2013 the draft is with partners.", progress="in_progress"),
    ]
    out = keyed(responses, key)
    assert [r.progress for r in out] == ["in_progress", "completed", "in_progress"]


@pytest.mark.parametrize("meaning, progress", [
    ("Under way, but behind the target date or at risk", "in_progress"),  # a state, then a choice of what qualifies it
    ("Work started, but not yet complete", "in_progress"),
    ("some slippage or not yet started", None),  # a choice of states: late, or not begun
    ("Not agreed, or noted only: no action is being tracked", None),
])
def test_a_keys_state_is_read_before_what_qualifies_it(meaning, progress):
    from pipeline.answers.key import meaning_progress

    assert meaning_progress(meaning) == progress


def test_a_key_of_symbols_for_progress_reads_each_answers_status_cell():
    """A tracker's status is a mark its key explains ("✓ complete", "◐ in progress – the figure shows ...", "○ not
    started"): an answer whose status cell, its last paragraph, opens with one has the progress the key gives it,
    where its stance allows one; a mark the key gives no progress ("✗ not agreed") changes nothing."""
    from pipeline.answers.key import read_progress_symbols

    key = pars("Status key", "- ✓ complete\n- ◐ in progress – the figure shows how much of the action is done\n"
               "- ○ not started\n- ✗ not agreed – no further action", heading=0)
    assert {s: e.progress for s, e in read_progress_symbols(key).items()} == {
        "✓": "completed", "◐": "in_progress", "○": "not_started", "✗": None}

    def answer(label, text, stance="accepted"):
        return Response(uid=f"r{label}", label=label, text=text, stance=stance, progress="unknown", answers=[label])

    read = keyed([answer("1", "Yes\n\nThe register went live on 14 July 2025.\n\n✓ 100%"),
                  answer("2", "Yes\n\nNineteen of the 47 premises have been inspected.\n\n◐ 40%"),
                  answer("3", "In part\n\nTraining is planned for the spring.\n\n○", stance="partially_accepted"),
                  answer("4", "No\n\nThere is no budget.\n\n✗", stance="rejected")], key)
    assert [r.progress for r in read] == ["completed", "in_progress", "not_started", "unknown"]


@pytest.mark.parametrize("with_key", [True, False])
def test_a_word_trackers_key_set_as_a_table_below_it_and_a_status_printed_after_the_update(tmp_path, with_key):
    """A Word tracker "Rec no. | Recommendation | Agreed response | Progress at January 2026 | RAG" whose key is a table
    below it ("RAG key": "Complete | The action has been completed.", "Amber | Behind the date agreed; a new date has
    been set."): the key's rows are table rows, no paragraphs, and are read as the key; the status printed after the
    update ("Complete") is the latest statement, over the update's own words ("41 of the 47 made online"); and "Rec
    no." heads the numbers, it labels nothing."""
    from docx import Document as WordDocument

    word = WordDocument()
    word.add_heading("Parking review: progress on the recommendations", level=1)
    word.add_paragraph("RAG ratings are given by the lead officer. The key is below the table.")
    rows = [("Rec no.", "Recommendation", "Agreed response", "Progress at January 2026", "RAG"),
            ("1", "That the Council introduces online permit forms.", "Agreed. The forms will move online.",
             "The forms went live in September. Since then 41 of the 47 applications have been made online.", "Complete"),
            ("2", "That the Council publishes a monthly list of permits.", "Agreed.",
             "A list has been published each month since October; house-to-house permits will follow in May.", "Amber"),
            ("3", "That the Council reviews the charges.", "Agreed.", "The review will report in March.", "Green")]
    table = word.add_table(rows=len(rows), cols=5)
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    if with_key:
        word.add_heading("RAG key", level=2)
        key = word.add_table(rows=4, cols=2)
        for r, (colour, meaning) in enumerate([("Complete", "The action has been completed."),
                                               ("Green", "On track to be completed by the date agreed."),
                                               ("Amber", "Behind the date agreed; a new date has been set."),
                                               ("Red", "Off track, or not being taken forward.")]):
            key.cell(r, 0).text, key.cell(r, 1).text = colour, meaning
    path = tmp_path / "tracker.docx"
    word.save(str(path))
    parsed = parse_file(path, themes=False)
    if not with_key:  # the status word printed after the update decides, key or none
        assert [(r.label, r.progress) for r in parsed.responses][0] == ("1", "completed")
        return
    assert [(r.label, r.progress) for r in parsed.responses] == [("1", "completed"), ("2", "in_progress"),
                                                                  ("3", "not_started")]
    assert parsed.responses[1].progress_evidence[0] == "Amber"


def test_a_plan_for_later_in_the_last_update_does_not_undo_the_printed_status():
    """An action log prints each record's status ("Status: Completed") beside its dated updates: the last update,
    which only says what the county will do next ("... signs will be put up in February 2026"), reports no step
    back, so the printed status stands; an update that reports the work done decides as before."""
    from pipeline.answers.judge import judge_answer

    ask = ("That the Portfolio Holder for Place and Economy asks Frethamshire County Council to put up coach direction "
           "signs from the Stourhithe bypass to the Cattle Market car park.")
    record = ("Agreed. The Portfolio Holder will write to the County Council's Cabinet Member for Highways.\n\n"
              "Target date: 31/12/2024\n\nStatus: {}\n\nUpdate (Mar 2025): Letter sent on 28 November 2024.\n\n"
              "Update (Sept 2025): {}")
    later = "The County Council has confirmed that the signs will be put up in February 2026."
    assert judge_answer(record.format("Completed", later), ask=ask).progress == "completed"
    done = "The signs were put up on 3 February 2026."
    assert judge_answer(record.format("Not started", done), ask=ask).progress == "completed"
