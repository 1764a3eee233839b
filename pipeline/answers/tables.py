"""Response tables: "Recommendation | Response" and the council action plan.

A header row names the columns (`_columns`): the quoted item (recommendation, issue,
question, feedback ...), optionally its number, and the answer: a response column and any
decision, action or progress columns, whose cells are the answer text in the row's order (so
the stance and progress rules see "Accepted" or "Completed"); lead officer or budget columns
are kept apart as the answer's details, "Header: value" (the spec's answer text is "the
response itself"). Each later row is one answer. Rows are `Line.table` lines, cells joined by
tabs, from any reader (ruled PDF tables, Word and HTML tables).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import product, zip_longest

from pipeline.answers.asks import put_as_ask
from pipeline.answers.judge import printed_status
from pipeline.answers.stance import classify_progress, classify_stance
from pipeline.dates import find_date
from pipeline.labels import (
    BRACKETED_LABEL,
    LABEL_LIST,
    REC_WORDS,
    REFERENCE,
    as_printed,
    read_code,
    read_head,
    read_labels,
)
from pipeline.lexicon import Patterns, language_of
from pipeline.records import Document, Line
from pipeline.segment.grammar import is_heading_like, is_tabbed_prose, strip_markup
from pipeline.segment.tables import ANSWER_HEADER, DECISION_HEADER, asks_no_answer, authors_list, finding_column


@dataclass(slots=True)
class TableAnswer:
    """One row of a response table: the item it quotes, its label(s), and the answer cells.

    `labels` holds every label of a row that answers several items ("(d) and (e)")."""

    label: str
    page: int
    quoted: str
    answer: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)  # "Lead officer: ...", "Timescale: ..."
    labels: list[str] = field(default_factory=list)
    # the verdict the row marks in a tick matrix ("✓" under "Partially accept"): (stance, evidence)
    verdict: tuple[str, list[str]] | None = None
    latest: str | None = None  # the cells of its update columns ("Update, March 2026"): its latest statement
    # the progress its action rows print together (`actions_progress`): (progress, evidence), where it has several
    progress: tuple[str, list[str]] | None = None


# Header words are data (models/lexicon/answers.v1.json); these are the shapes of a header cell.
HEADERS = Patterns(
    "answers",
    quoted=(r"^(?:[\w’'-]+\s+){0,2}(?:{table_quoted})(?:\s*\(.{0,40}\))?$", re.I),  # "Recommendation (summary)"
    risk=(r"^(?:{table_risks})$", re.I),  # "Risk or issue": a risk register's column (answer lexicon v40)
    answer=ANSWER_HEADER,
    decision=DECISION_HEADER,
    number=(r"^(?:{table_number})$", re.I),
    context=(r"\b(?:{table_context})\b", re.I),
    # ... named last, so that it is what the column holds: "Action owner", "Progress lead" (not "Agreed action")
    context_last=(r"\b(?:{table_context})\s*$", re.I),
    # the same as a field of a prose answer: "Lead: Head of Parking Services", "Lead officer: ...", "Budget: £5,000"
    # "Lead officer:", "Responsible Cabinet Member:", "Lead Portfolio Holder:": who acts, by office
    context_field=(r"^(?:{table_context})(?:\s+(?:[a-z-]+\s+){0,2}?(?:officers?|members?|holders?|directors?))?\s*:\s*\S", re.I),
    when=(r"\b(?:{table_when})\b", re.I),
    source=(r"^(?:{table_source})$", re.I),  # "Review": the report each row of a tracker answers
    # "Scrutiny team comment: ...", "Committee's view:": the asker's own comment after an answer
    other_voice=(r"^(?:{other_voices})\s*(?:[:.\-–—]|$)", re.I),
    form_people=(r"\b(?:{form_people})\b", re.I),  # a per-recommendation form's "Lead officer" field
    achieved=(r"^(?:{table_achieved})$", re.I),  # "Achieved": when each milestone was met (answer lexicon v42)
    update=(r"^(?:[\w’'-]+\s+){0,2}(?:{update_fields})\b", re.I),  # "Update, March 2026", "Progress update"
    next=(r"^(?:{next_fields})\b", re.I),  # "Next steps": said in answer after the update, no statement of progress
    action=(r"^(?:{table_action})$", re.I),  # an action plan's "Action" column
    note=(r"^(?:{answer_notes})$", re.I),  # "Officer comment", "Comments": a note on each item
    # a tick matrix's verdict columns ("Accept | Partially accept | Reject"), tried in this order
    partially_accepted=(r"^(?:{column_in_part})\W*$", re.I),
    rejected=(r"^(?:{column_rejected})\W*$", re.I),
    accepted=(r"^(?:{column_accepted})\W*$", re.I),
    noted=(r"^(?:{column_noted})\W*$", re.I),
    # the choices a verdict column offers in its header ("Y / N / Partly"), one printed in each cell
    choice_accepted=(r"^(?:{choice_accepted})\W*$", re.I),
    choice_rejected=(r"^(?:{choice_rejected})\W*$", re.I),
    choice_in_part=(r"^(?:{choice_in_part})\W*$", re.I),
)
CHOICES = {"choice_accepted": "accepted", "choice_rejected": "rejected", "choice_in_part": "partially_accepted"}
VERDICT_COLUMNS = ("partially_accepted", "rejected", "accepted", "noted")
DETAIL_WORDS = 12  # a detail field's value is a name or a figure, not a sentence


@dataclass(slots=True)
class _Columns:
    """Where a response table keeps what: the quoted item, its number, the answer cells."""

    left: int
    number: int | None
    answers: list[int]  # the response first, then decision and progress columns
    context: list[int]  # lead officer, budget ...: kept as "Header: value"
    headers: list[str]
    verdicts: dict[int, str] = field(default_factory=dict)  # a tick matrix: column -> the stance it marks
    chosen: int | None = None  # a column whose header offers the verdicts its cells choose from ("Y / N / Partly")
    later: list[int] = field(default_factory=list)  # update columns after the response: what has happened since
    source: int | None = None  # the column that names the report each row answers ("Review"), in a tracker of several
    achieved: int | None = None  # the column of the dates each milestone was met ("Achieved"), in a milestone table
    cites: bool = False  # the left column only cites the recommendation each row answers ("Scrutiny rec." | "2, 3")


def _verdict_columns(cells: list[str]) -> dict[int, str]:
    """The columns of a tick matrix, each headed by a verdict ("Accept | Partially accept | Reject"):
    two or more, or none."""
    found = {}
    for i, c in enumerate(cells):
        stance = next((v for v in VERDICT_COLUMNS if getattr(HEADERS, v).match(c.strip())), None)
        if stance:
            found[i] = stance
    return found if len(found) >= 2 else {}


def _choice(text: str) -> str | None:
    """The stance of one verdict a choice column offers ("Y", "Partly", "Not agreed"), else None."""
    text = text.strip()
    return next((stance for key, stance in CHOICES.items() if text and getattr(HEADERS, key).match(text)), None)


def _choice_column(cell: str) -> bool:
    """A header that offers the verdicts its cells choose from: "Y / N / Partly", "Agreed? (Yes/No)",
    two or more choices between slashes, each a verdict of a different kind; not one that asks whether the work is done
    ("Complete? (Y/N)", "Implemented? (Yes/No)")."""
    if _asked_state(cell) is not None:
        return False  # "Complete? (Y/N)": the question is how far the work has got, not whether the ask was accepted
    offered = RE_OFFERED.search(cell)
    parts = (offered.group(1) if offered else cell).split("/")
    stances = [_choice(p) for p in parts]
    return len(parts) >= 2 and None not in stances and len(set(stances)) == len(stances)


RE_OFFERED = re.compile(r"\(([^()]*/[^()]*)\)")  # the choices a header offers in brackets: "(Y/N)", "(Yes/No)"


@lru_cache(maxsize=1024)
def _asked_state(head: str) -> str | None:
    """The state of the work a header asks about while offering choices ("Complete? (Y/N)" -> "completed"), else None
    (cached: a table's header is read again on each of its rows)."""
    offered = RE_OFFERED.search(head)
    status = printed_status(head[:offered.start()].strip(" ?:")) if offered else None
    return status[0] if status is not None else None


def _done(cells: list[str], headers: list[str]) -> tuple[str, list[str]] | None:
    """The progress a row prints by answering yes under a header that asks how far the work has got ("Y" under
    "Complete? (Y/N)"): the state the header names, as a printed status (guide rule 2.4). A "No" says only that it is
    not that far: nothing."""
    for head, cell in zip(headers, cells):
        state = _asked_state(head)
        if state is not None and cell.strip() and _choice(cell) == "accepted":
            return state, [f"{cell.strip()} under \u201c{head}\u201d"]
    return None


def _marked(cells: list[str], cols: _Columns) -> tuple[str, list[str]] | None:
    """The verdict a row marks: the stance of the one verdict column whose cell holds a mark, or the
    choice its choice column prints ("Partly" under "Y / N / Partly")."""
    if cols.chosen is not None:
        cell = cells[cols.chosen].strip() if cols.chosen < len(cells) else ""
        stance = _choice(cell)
        return (stance, [f"{cell} under \u201c{cols.headers[cols.chosen]}\u201d"]) if stance else None
    marked = [i for i in cols.verdicts if i < len(cells) and cells[i].strip()]
    if len(marked) != 1:
        return None  # no mark, or marks in several columns: the row prints no one verdict
    i = marked[0]
    return cols.verdicts[i], [f"{cells[i].strip()} under \u201c{cols.headers[i]}\u201d"]


def _header_in_english(cell: str) -> str:
    """A bilingual header cell's English name ("Argymhelliad / Recommendation" -> "Recommendation"): the side of
    its slash that names a quoted item or an answer; the cell as it is otherwise ("Y / N / Partly" offers choices)."""
    def named(part: str) -> bool:
        return any(rx.match(part) for rx in (HEADERS.quoted, HEADERS.answer, HEADERS.decision, HEADERS.number))

    if " / " not in cell or named(cell):
        return cell
    return next((part.strip() for part in cell.split(" / ") if named(part.strip())), cell)


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[\"'\u2018\u201c(]?[A-Z])")


def in_english(cell: str) -> str:
    """A cell of a bilingual table without what it says in the other language ("Derbynnir. O 1 Ebrill 2026 bydd ...
    Accepted. From 1 April 2026 ..." -> "Accepted. From 1 April 2026 ..."): its sentences that are in
    another language (`pipeline.lexicon.language_of`) left out, "" for a cell wholly in it; a sentence too short
    to show its language ("Derbynnir.") goes with the sentences after it."""
    sentences = _SENTENCE.split(cell)
    told = [language_of(t) for t in sentences]
    if False not in told:
        return cell
    # a sentence too short to tell ("Derbynnir.") is in the language of the next that tells, else of the last before it
    for k in range(len(told) - 1, -1, -1):
        if told[k] is None:
            told[k] = next((x for x in told[k + 1:] if x is not None), None)
    for k, x in enumerate(told):
        if x is None:
            told[k] = next((y for y in reversed(told[:k]) if y is not None), True)
    return " ".join(t for t, english in zip(sentences, told) if english).strip()


RE_FURNITURE = re.compile(
    r"^(?:\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?|(?:\d{1,3}\s+)?https?://\S+(?:\s+\d+/\d+)?|(?:page\s+)?\d+(?:\s*(?:/|of)\s*\d+)?)$",
    re.IGNORECASE,
)


def is_furniture(text: str) -> bool:
    """Page furniture the reader left in: a print time stamp, a bare URL, a page number."""
    return bool(RE_FURNITURE.match(text.strip()))


HEADER_WORDS = 8  # a column's name in a header row is this short: "Issue raised by the Task Group"
# a column that names who answers or acts, by place before the answer never the thing answered ("Name | Organisation |
# Response", "Agency | Action")
RE_WHO = re.compile(r"\b(?:names?|organi[sz]ations?|agenc(?:y|ies)|partners?|bod(?:y|ies)|respondents?|consultees?)\b", re.I)
RE_ITEM_NUMBER = re.compile(r"\(?[A-Za-z]{0,3}\s?\d{1,3}(?:\.\d{1,2})?[a-z]?[.)]?")  # "2", "R3", "4.1", "(5)": an item's number


def _columns(cells: list[str], answering: bool = False, placing: bool = True, header: bool = False) -> _Columns | None:
    """The columns of a header row such as "No. | Recommendation | Response | Lead | Timescale",
    or None when the row is not the header of a response table. A bilingual header names each column in both
    languages ("Argymhelliad / Recommendation"): its English name counts. `answering`: the document is a response
    to another paper, so that an action plan's header ("Ref | Finding | Recommendation | Priority | Management
    response") heads the answers to that paper's recommendations, not the author's own list. `placing` False: the row
    stands inside a table already, where a row of short cells ("Lighting | Accepted | Done") is a row, so no column is
    known by its place alone. `header`: the row is known to be a header (a header's two rows read as one), so that a
    name that reads as a verdict ("Agreed?") names its column."""
    cells = [_header_in_english(c) for c in cells]
    # "Committee assessment", "Scrutiny comment": the asking body's own view of each answer, in a follow-up report that
    # tracks them, is not the respondent's answer: kept as a detail beside it (answer lexicon `other_voices`)
    voiced = [i for i, c in enumerate(cells) if HEADERS.other_voice.match(c.strip())]
    # "Number in this response": a header that opens with a number's name heads the numbers, not the answers (a
    # concordance of a response's numbers with the report's)
    right = [i for i, c in enumerate(cells) if i not in voiced and HEADERS.answer.match(c) and not HEADERS.number.match(c.split()[0])]
    chosen = next((i for i, c in enumerate(cells) if i not in right and i not in voiced and _choice_column(c)), None)
    # "For decision / For noting": what each item is put to the meeting for, in a report's own table of asks
    # ... and "Decision required": the decision the meeting is asked to take, which no one has answered yet
    purposes = {i for i, c in enumerate(cells) if asks_no_answer(c)}
    decision = [i for i, c in enumerate(cells) if i not in right and i not in voiced and i not in purposes
                and (i == chosen or HEADERS.decision.match(c) and not HEADERS.context_last.search(c.strip()))]
    left = next((i for i, c in enumerate(cells) if i not in right and i not in decision and HEADERS.quoted.match(c)), None)
    cites = False
    if left is None and (right or decision):
        # "Ref. | Hazard | Scrutiny rec. | What we have decided | Owner | Status": a column named for the recommendation,
        # whose cells cite it ("5", "2, 3", "–"), says what each row answers, whatever the rest of the row is about (a
        # partner's own register, reviewed against the report)
        left = _cited_column(cells, -1)
        cites = left is not None
    if left is None and right and (answering or not any(HEADERS.action.match(c.strip()) for c in cells)):
        # "No. | Cabinet response | Lead officer | Timescale": answers by number alone, which quote nothing (a wide
        # sheet printed across its pages and then down, the rest of the rows already read on the pages before): the
        # number is all the row restates; but "Ref | Action | Lead | Status | Comment" in a paper that answers no
        # other numbers its author's own actions (a strategy's delivery plan reported on), no answers to anyone
        # (a number column after the answer counts something, "Strand | What we did | Number": it labels no row)
        left = next((i for i, c in enumerate(cells) if i not in right and i not in decision and HEADERS.number.match(c)
                     and i < min(right)), None)
    elif left is None and decision and answering:
        # "Rec | Agency | Action | Target date | Progress" in a paper that answers another: a multi-agency action plan,
        # whose first column names each row's recommendation by its number ("Rec", not a row's own "No."); its actions
        # and their progress are the answer
        left = next((i for i, c in enumerate(cells) if i not in decision and HEADERS.number.match(c) and RE_REC_HEADER.match(c)), None)
    if left is None and answering and placing and (right or decision):
        # "Issue raised by the Task Group | What we will do | Who | When", "No. | The Committee's proposal | Cabinet
        # decision | Comment": in a paper that answers another, the column just before the answer is what it answers,
        # whatever its header calls it (an answer follows its ask), unless it numbers, dates or names who acts
        # (a header names its columns in a few words: a row whose cells are its items' numbers and sentences, "2 | That
        # the Cabinet ... | Accepted in part | ...", is no header, however its verdict cell reads; and a table's key,
        # "Amber | Agreed: action under way", two columns, says what its words mean)
        # ... and the answer's own cell names a column, never gives a verdict ("Parking | Accepted | Highways Manager" is
        # a row); an action plan ("No. | Agency | Action | Progress") numbers its author's actions, answers nothing
        k = min([*right, *decision]) - 1
        named = k >= 0 and 0 < len(cells[k].split()) <= HEADER_WORDS and not cells[k].rstrip().endswith(".") \
            and not any(RE_ITEM_NUMBER.fullmatch(c.strip()) for c in cells) and sum(bool(c.strip()) for c in cells) >= 3 \
            and (header or all(classify_stance(cells[i])[0] == "unclear" for i in (*right, *decision))) \
            and not any(HEADERS.action.match(c.strip()) for c in cells)
        placed = named and k not in voiced and k not in purposes and not (
                HEADERS.number.match(cells[k]) or HEADERS.context.search(cells[k]) or HEADERS.when.search(cells[k])
                or HEADERS.source.match(cells[k]) or HEADERS.decision.match(cells[k]) or RE_WHO.search(cells[k]))
        left = k if placed else None
    if left is None or not (right or decision):
        return None
    if authors_list(cells) and not answering:
        return None  # "Ref | Finding | Recommendation | Priority | Management response": the author's own list
    if HEADERS.risk.match(cells[left].strip()):
        return None  # "ID | Risk or issue | Owner | Rating | Action": a risk register, its author's risks, in any paper
    if not answering and right and not decision and all(HEADERS.note.match(cells[i].strip()) for i in right):
        # "Rec. | Officer comment" in a paper that answers no other (a scrutiny committee's referral to the Cabinet):
        # officers' advice to the meeting that will decide, no answer yet
        return None
    if not answering and finding_column(cells[left]):
        # "Area | Finding | Action" in a paper that answers no other: its author's findings and what it will do about
        # them (an impact assessment's summary, an audit's action plan), not a response to another paper's findings
        return None
    number = next((i for i, c in enumerate(cells) if i != left and HEADERS.number.match(c)), None)
    taken = {left, number, *right, *decision, *voiced}
    # (a date column before the answer is the ask's, as the report printed it: "Recommendation | Responsibility | Original
    # date for completion | Cabinet response"; one after it says when the answer will be done)
    when = [i for i, c in enumerate(cells) if i not in taken and HEADERS.when.search(c) and not HEADERS.context.search(c)
            and not (right and i < min(right))]
    context = [i for i, c in enumerate(cells) if i not in taken and i not in when and HEADERS.context.search(c)] + voiced
    verdicts = _verdict_columns(cells)
    # "A / PA / NA": a column of verdicts printed as codes, which the document's key explains (answers/key.py)
    coded = [i for i, c in enumerate(cells) if i not in taken and RE_CODES.fullmatch(c)]
    # "Latest note": what has happened since, beside a status column that decides nothing alone
    noted = [i for i, c in enumerate(cells) if i not in taken and i not in context
             and (HEADERS.update.match(c.strip()) or HEADERS.next.match(c.strip()))]
    answers = list(dict.fromkeys(right + decision + [i for i in verdicts if i not in taken] + coded + when + noted))
    # an action plan's further columns after its answer ("... | Timescale | Measure of success"): what the action is
    # to achieve and has achieved is the answer's too; who owns it, what it costs and its row's own number are not
    if right or decision:
        # (... and so after a decision column: "Cabinet decision | Progress to date | % complete", "Cabinet decision |
        # Milestone | Target date | Achieved"; but a column that asks whether the work is done, "Complete? (Y/N)", is read
        # for its progress (`_done`), its "N" no words of the answer)
        after = min(right or decision)
        answers += [i for i in range(after + 1, len(cells)) if i not in taken and i not in answers
                    and i not in context and cells[i] and not HEADERS.number.match(cells[i]) and _asked_state(cells[i]) is None
                    and not HEADERS.source.match(cells[i].strip()) and not HEADERS.form_people.search(cells[i])]
    later = [i for i in answers if right and i > min(right) and HEADERS.update.match(cells[i])]
    source = next((i for i, c in enumerate(cells) if i not in taken and i not in answers and i not in context
                   and HEADERS.source.match(c.strip())), None)
    achieved = next((i for i in answers if HEADERS.achieved.match(cells[i].strip())), None)
    return _Columns(left, number, answers, context, cells, verdicts, chosen, later, source, achieved, cites)


RE_FORM_NUMBER = re.compile(r"\b(\d{1,3})\s+of\s+\d{1,3}\s*$")  # a form's title that numbers it: "Improvement action 3 of 8"
RE_REC_HEADER = re.compile(rf"^\s*(?:{REC_WORDS})", re.I)  # a number column named for the recommendations: "Rec", "Rec. no."
RE_CODES = re.compile(r"\s*[A-Z]{1,3}(?:\s*/\s*[A-Z]{1,3})+\s*")  # the header of a column of coded verdicts


CONTENT_ROWS = 3  # a table is typed by its cells only with at least this many rows under its header
CONTENT_SHARE = 0.6  # ... where this share of a column's cells ask, or give a verdict
# the label a cell may open with before the ask it quotes: "Proposal 3 That the Council ...", "R2: That ..."
# the label a cell opens with: "3.", "R2", "Rec 4:", or a letter alone before the ask ("B That the Council ...") and the
# word a review calls its asks by ("Action point B")
RE_CELL_LABEL = re.compile(r"^\W*(?:[A-Z][a-z]{1,14}(?:\s[a-z]{2,14})?\.?\s*)?(?:\(?[A-Za-z]?\d{1,3}[a-z]?[.)]?|\(?[A-Z][.)]?(?=\s+(?:That|To)\s))"
                           r"\s*[:\u2013\u2014-]?\s+(?=\S)")
RE_LETTER_ASK = re.compile(r"^([A-Z])[.)]?\s+((?:That|To)\s.*)$", re.S)  # "B That the Council ...": the ask lettered as printed
WHEN_WORDS = 6  # a cell that says by when ("March 2026", "Not applicable", "Complete") is a few words
RE_NOT_APPLICABLE = re.compile(r"(?i:n/?a|not applicable|none|-|\u2013)\.?")


@lru_cache(maxsize=8192)
def _asks(cell: str) -> bool:
    """A cell put as an ask, after the label it may open with (cached: a table is typed again from each of its rows
    until one reads as its header, over the same cells)."""
    return put_as_ask(cell) or put_as_ask(RE_CELL_LABEL.sub("", cell, count=1))


@lru_cache(maxsize=8192)
def _gives_verdict(cell: str) -> bool:
    """A cell that gives a verdict or takes a position, as the stance rules read it (cached, as `_asks`)."""
    return classify_stance(cell)[0] != "unclear"


def _when(cell: str) -> bool:
    """A cell that says by when, or how far the work has got: a date or a year in a few words, or a status printed."""
    return len(cell.split()) <= WHEN_WORDS and (bool(re.search(r"\b(?:19|20)\d\d\b", cell)) or find_date(cell) is not None
                                               or printed_status(cell) is not None or RE_NOT_APPLICABLE.fullmatch(cell) is not None)


def _columns_by_content(cells: list[str], rows: list[list[str]]) -> _Columns | None:
    """The columns of a response table whose header names them in words no vocabulary holds ("| What the Panel said |
    How we will respond | Owner | Date"), or that has no header at all (`cells` blank), read from its rows: the column
    quoted is the one whose cells are put as asks ("That the Cabinet ...", after the label a cell may print first), the
    answer the first other column whose cells give a verdict or take a position (the stance rules read each cell): after
    the quoted one, as an answer follows its ask, else before it ("Cabinet decision | Proposal"); a column of item
    numbers before them numbers the rows. The header is then read with those columns named, so that the others (who
    acts, by when) are found as in any header; where the header names nothing, a column after the answer whose cells
    say by when is named so, and the rest (who acts) are left out. None unless the header is short names over enough
    rows of its width."""
    rows = [r for r in rows if len(r) == len(cells)]
    if len(rows) < CONTENT_ROWS or not all(len(c.split()) <= HEADER_WORDS for c in cells):
        return None

    def share(j: int, test: Callable[[str], bool]) -> float:
        return sum(bool(r[j].strip()) and test(r[j].strip()) for r in rows) / len(rows)

    asking = [j for j in range(len(cells)) if share(j, _asks) >= CONTENT_SHARE]
    if not asking:
        return None
    left = asking[0]
    answering = [j for j in range(len(cells)) if j != left and share(j, _gives_verdict) >= CONTENT_SHARE]
    right = next((j for j in answering if j > left), answering[0] if answering else None)
    if right is None:
        return None
    headless = not any(c.strip() for c in cells)
    if headless and not (_asks(rows[0][left]) and _gives_verdict(rows[0][right])):
        return None  # a table with no header opens with an answer, not with a row of names
    named = list(cells)
    named[left], named[right] = "Recommendation", "Response"
    number = next((j for j in range(left) if share(j, lambda c: RE_ITEM_NUMBER.fullmatch(c) is not None) >= CONTENT_SHARE), None)
    if number is not None and not named[number].strip():
        named[number] = "No."
    if headless:
        when = next((j for j in range(right + 1, len(cells)) if share(j, _when) >= CONTENT_SHARE), None)
        if when is not None:
            named[when] = "Target date"
    return _columns(named, answering=True)


def _merged_header(first: list[str], second: list[str]) -> tuple[list[str], list[list[int]]] | None:
    """A header printed over two rows ("No. | What the Panel proposed | Executive position | | | Lead" over " | | Agreed? |
    How it will be done | By | "): one row of names, each column named by its second row where that names it, else by
    its first, and the groups of columns a name of the first row spans (each named below it). None where `second` is no
    header's second row (a different width, a cell that is a sentence or an item's number, or no name under a blank or
    a spanning cell of the first)."""
    if len(second) != len(first) or not any(c.strip() for c in second) \
            or any(len(c.split()) > HEADER_WORDS for c in first) \
            or any(len(c.split()) > HEADER_WORDS or c.rstrip().endswith(".") or RE_ITEM_NUMBER.fullmatch(c.strip())
                   for c in second if c.strip()):
        return None  # (a row that numbers its item is the table's first row, not its header's second)
    groups: list[list[int]] = []
    for i, c in enumerate(first):
        if c.strip() and i + 1 < len(first) and not first[i + 1].strip() and second[i + 1].strip():
            k = i + 1
            while k < len(first) and not first[k].strip() and second[k].strip():
                k += 1
            groups.append(list(range(i, k)))  # a name over the blank cells after it, each named below
    if not groups and not any(c.strip() and not first[i].strip() for i, c in enumerate(second)):
        return None
    spanned = {i for g in groups for i in g}
    if any(c.strip() and first[i].strip() and i not in spanned for i, c in enumerate(second)):
        return None  # a cell under a column the first row already names, spanning nothing: a row of the table's own
    return [b.strip() or a.strip() for a, b in zip(first, second)], groups


def _spanned(cols: _Columns, groups: list[list[int]]) -> _Columns:
    """`cols` with the columns a header groups under one name ("Executive position" over "Agreed? | How it will be done |
    By") all in the answer where one of them is: they are the parts of one thing."""
    # (a name over the whole table, the quoted column too, is its title, not the name of one thing in it)
    extra = [i for g in groups if any(i in cols.answers for i in g) and cols.left not in g for i in g
             if i not in cols.answers and i not in cols.context and i != cols.number]
    return replace(cols, answers=[*cols.answers, *extra]) if extra else cols


RE_MARK = re.compile(r"[✓✔✗✘×☒☑]")  # a tick or a cross drawn as a symbol, alone in its cell (a letter "X" is a word)


def _row_answer(cells: list[str], cols: _Columns) -> tuple[list[str], list[str]]:
    """(answer cells, details): the response, decision, timescale and progress cells in the row's
    order ("Response | Lead | Timescale | Progress": the answer, when it is due, the progress
    made), and the lead officer or budget cells as "Header: value"."""
    # (a mark under a verdict column, "✓" under "Accept", says which verdict: it is no word of the answer)
    answer = [cells[i] for i in sorted(cols.answers) if i < len(cells) and cells[i]
              and not (i in cols.verdicts and RE_MARK.fullmatch(cells[i].strip()))]
    details = [f"{cols.headers[i]}: {cells[i]}" for i in cols.context if i < len(cells) and cells[i]]
    return answer, details


FURNITURE_WORDS = 40  # words between a table and its rows on the next page that can still be the page's furniture
INSIDE = 20.0  # points further in than a table's rows that a line must start to be set inside its columns


# a left cell that ends by citing the recommendation it puts in other words: "... before the early shifts start. (R3)",
# "... (Recommendation 4)"
_CLOSING_TAG = re.compile(rf"\s*{BRACKETED_LABEL}\s*[.;]?$", re.I)


def table_answers(doc: Document) -> list[TableAnswer]:
    """"Recommendation | Response" tables (rows of `Line.table`, cells joined by tabs).

    A header row with a recommendation-like cell and a response, decision or progress
    cell starts a table (`_columns`); each later row is one block: the left cell is
    restated, the response, decision and progress cells are the answer, and lead officer
    or budget cells are its details, "Header: value". A number column, else the labels the
    left cell opens with ("(a)", "(d) and (e)", "R2"), label the row. A row with empty label and
    left cells continues the row above; a line that is not a table row ends the table, unless
    the table goes on after a page break with rows of the same width (a "(continued)" title
    between is the page's, not the table's end).
    """
    blocks: list[TableAnswer] = []
    last_cells: list[str] = []  # the cells of the row behind blocks[-1]
    cols: _Columns | None = None
    paused: tuple[_Columns, int] | None = None  # a table interrupted by a line on its last page
    between = 0  # the words printed since it was interrupted
    last_page, rows = 0, 0
    spanning: tuple[str, str] | None = None  # (label, quoted) of a row that spans the table: "Recommendation 1: That ..."
    waiting: list[str] = []  # a form's fields of who acts, printed before its answer ("Lead officer | ..."): details
    form: TableAnswer | None = None  # the answer under such a row, whose field rows follow it
    chosen: tuple[tuple[str, list[str]], str] | None = None  # the verdict a form prints before its answer, and its cell
    source = ""  # the report the rows answer, in a tracker of several ("Review"): printed once over its rows
    edge = 0.0  # where the table's rows start on the page
    laid = headers_in_cells(side_by_side(doc.lines))
    actions: dict[int, list[str]] = {}  # an action plan's rows under each answer (by the block's id), one text each
    titled: list[tuple[str, list[TableAnswer]]] = []  # each table's title (the line over its header) and its rows
    over = ""  # the last line of prose: the title of a table whose header follows it
    merged: list[str] | None = None  # a header's two rows read as one: its second row is skipped
    head_rows: list[list[str]] = []  # the rows of the current table's header as printed
    again: list[str] | None = None  # the second row of a two-row header, where its first was printed again
    forms = 0  # the forms read so far that quote their recommendation in a field under a title of their own
    milestones: dict[int, list[bool | None]] = {}  # each answer's milestones (by the block's id): met, not met, not said
    citing: set[tuple[str, ...]] = set()  # the headers of tables whose rows cite the recommendations they answer
    grouped = False  # the current table groups its rows under titles set across it, the first straight under its header
    uncited: list[tuple[tuple[str, ...], int]] = []  # the rows that cite none: their table's header, their block's id

    def inside(k: int) -> bool:
        """Line `k` is set inside the table's columns, on the page of its last row."""
        ln = laid[k]
        return not ln.table and bool(ln.text.strip()) and ln.page == last_page and ln.indent > edge + INSIDE

    def between_rows(k: int) -> bool:
        """Line `k`, and the lines set in like it after it, lie inside the table's columns and between two of its rows:
        a cell's second paragraph, not text after the table."""
        end = k
        while end < len(laid) and inside(end):
            end += 1
        return end > k and end < len(laid) and laid[end].table
    for at, line in enumerate(laid):
        if not line.table and line.text.strip() and not is_furniture(line.text):
            over = line.text.strip()  # (not a page's number: "Page 2 of 4" over a table's header printed again)
        cells = [c.strip() for c in line.text.split("\t")] if line.table and not is_tabbed_prose(line.text) else []
        if cols is not None:
            cells = [in_english(c) for c in cells]  # a bilingual table's rows: the English of each cell
        filled = [c for c in cells if c]
        if cols is None and line.table and len(filled) == 1 and (head := read_head(filled[0])) is not None:
            spanning, form, chosen, waiting = head, None, None, []  # a recommendation in a row of its own, its answer in the row below
            continue
        if cols is None and not line.table and (head := read_head(line.text.strip())) is not None and _form_under(laid, at):
            spanning, form, chosen, waiting = head, None, None, []  # ... or in a heading over a small table of its own: its form
            continue
        if cols is None and spanning is None and len(filled) == 2 and HEADERS.number.match(filled[0]) \
                and (numbered := read_labels(filled[1])) and numbered[0] and not numbered[1] and _form_rows_after(laid, at):
            # "Recommendation number | 1" in a monitoring form of its own, its next row quoting the recommendation: the
            # form's head, as "Recommendation 1" over it is
            spanning, form, chosen, waiting = (numbered[0][0], ""), None, None, []
            continue
        if cols is None and spanning is None and form is None and len(filled) == 2 and doc.meta.kind == "response" \
                and HEADERS.quoted.match(filled[0]) and not HEADERS.answer.match(filled[0]) and _asks(filled[1]) \
                and _answered_in_form(laid, at):
            # "Improvement action 3 of 8" over "Recommendation (as received) | That Hollybrook Home Care limits ...": a
            # form of the respondent's own that quotes the recommendation in a field, under no head of the report's: the
            # form's own number labels it (the title's "3 of 8"), else its place among such forms (in a paper that
            # answers: an officer report's cover, "Recommendation | That the Committee notes ...", quotes its own ask)
            forms += 1
            own = RE_FORM_NUMBER.search(over)
            spanning, chosen, waiting = (own.group(1) if own else str(forms), filled[1]), None, []
            continue
        if spanning is not None and form is None and len(filled) == 2 and (verdict := _form_verdict(*filled)) is not None:
            chosen = (verdict, filled[1])  # "Agreed / Partly agreed / Not agreed | Partly agreed" before the form's answer
            continue
        if spanning is not None and form is None and len(filled) == 2 and HEADERS.quoted.match(filled[0]) \
                and not HEADERS.answer.match(filled[0]):
            # "Recommendation 1" over "Recommendation | That the Cabinet agrees ...": the form's field that quotes it
            spanning = (spanning[0], filled[1])
            continue
        if spanning is not None and form is None and len(filled) == 2 and HEADERS.form_people.search(filled[0]) \
                and not HEADERS.answer.match(filled[0]):
            waiting.append(f"{filled[0]}: {filled[1]}")  # "Lead officer | ..." between the quotation and the answer
            continue
        if spanning is not None and len(filled) >= 2 and (HEADERS.answer.match(filled[0]) or (waiting or spanning[1])
                                                           and HEADERS.decision.match(filled[0])):
            # "Cabinet response | Agreed. ...": the answer to the recommendation in the row above (after who acts, a
            # form's field that records the decision opens it too: "Lead officer | ..." then "Response agreed | ...")
            blocks.append(TableAnswer(spanning[0], line.page, spanning[1], [*([chosen[1]] if chosen else []), *filled[1:]],
                                      waiting, [spanning[0]], chosen[0] if chosen else None))
            spanning, form, chosen, waiting = None, blocks[-1], None, []
            continue
        if form is not None and cols is None and line.table and len(filled) == 2:
            # the rows under it are the answer's fields, a small form for each recommendation: "Accepted / Partially
            # accepted / Rejected | Partially accepted" prints the verdict, "Lead officer | ..." is a detail,
            # "Target date | 1 April 2026" and "Budget implications | None" go with the answer
            name, value = filled
            if (ticked := _ticked(name, value)) is not None:
                # "Has the recommendation been implemented? | ☐ Yes ☒ Partly ☐ No": a status, never the answer's words
                form.progress = ticked[0] or form.progress
            elif (verdict := _form_verdict(name, value)) is not None:
                form.verdict = verdict
                form.answer.append(value)
            elif HEADERS.form_people.search(name):
                form.details.append(f"{name}: {value}")
            else:
                form.answer.append(value)
            continue
        spanning, form, waiting = None, None, []
        if len(cells) < 2:
            if cols is not None and rows and blocks and between_rows(at):
                blocks[-1].answer.append(line.text.strip())  # a cell's second paragraph, set inside the table's columns
                continue
            if not line.table and line.text.strip() and cols is not None and (grouped or not rows) \
                    and _group_title(laid, at, cols):
                # "Welcoming" straight under the header, over rows of the table's width: the title of the rows under it,
                # in the table; and so is each title between its rows after it ("Thriving"), where a table that opens
                # with no such title ends at one
                grouped = True
                continue
            if not line.table and line.text.strip() and cols is not None:
                paused = (cols, last_page) if rows and not _ends_table(line.text) else None  # (a header with no row
                cols, between = None, 0  # under it was no table)
            elif not line.table and paused is not None:
                # what lies between a table and its rows on the next page is the page's furniture (a running head, a
                # page number, "(continued)"); where the text goes on for longer, the table ended and a later table
                # of the same width (an appendix's) is another; so it did where a numbered section or paragraph, or
                # another table's caption, follows it ("7. Missed collections performance", "Table 3: ...")
                between += len(line.text.split())
                if between > FURNITURE_WORDS or _ends_table(line.text):
                    paused = None
            continue
        if merged is not None:
            merged = None  # the second row of a header read with its first, below
            continue
        if again is not None:
            again, repeated = None, cells == again
            if repeated:
                continue  # the second row of a header printed again
        if cols is not None and head_rows and cells == head_rows[0]:
            # the header printed again over the rows on a new page (its second row with it where it has two: a page may
            # repeat its first row only, and the row after it is the table's)
            again = head_rows[1] if len(head_rows) > 1 else None
            continue
        header = _columns(cells, answering=doc.meta.kind == "response" or _tracks(cells), placing=cols is None)
        headless = False
        if doc.meta.kind == "response" and (cols is None or header is not None):  # (a header printed again too)
            under = _rows_under(laid, at)
            if under and (two := _merged_header(cells, under[0])) is not None:
                # a header over two rows: its second row names the columns under a spanning or blank cell of the first
                merged, groups = two
                read = _columns(merged, answering=True, header=True) or _columns_by_content(merged, under[1:])
                header = _spanned(read, groups) if read is not None else header
                if read is None:
                    merged = None
            elif header is None and cols is None:
                # a header in words no vocabulary holds, or none at all: the table's cells say which column is which
                header = _columns_by_content(cells, under)
                if header is None and (header := _columns_by_content([""] * len(cells), [cells, *under])) is not None:
                    headless = True  # this row is the table's first answer
        if header is not None:
            cols, paused, rows, source, edge, grouped = header, None, 0, "", line.indent, False
            titled.append((over, []))
            head_rows = [] if headless else [cells, under[0]] if merged is not None else [cells]
            if not headless:
                continue
        if cols is not None and cols.number == 0 and len(cells) == len(cols.headers) - 1 \
                and (opened := read_labels(cells[0])) and opened[0] and opened[1]:
            # "R1 Ten-year maintenance plan ...": a narrow number column set close to the next one runs into it
            cells = [opened[0][0], opened[1], *cells[1:]]
        if cols is None and paused is not None and line.page > paused[1] and len(cells) == len(paused[0].headers):
            cols = paused[0]  # the same table, after a page break
        paused = None
        if cols is not None:
            last_page = line.page
            rows += 1
        if cols is None or cols.left >= len(cells):
            continue
        quoted = cells[cols.left]
        number = cells[cols.number] if cols.number is not None and cols.number < len(cells) else ""
        answer, details = _row_answer(cells, cols)
        if cols.source is not None and cols.source < len(cells):
            source = cells[cols.source] or source  # a merged cell is printed over its first row only
        if blocks and last_cells and not number and line.page > blocks[-1].page and _carried_on(cells):
            # a row split by a page break (under the header the table repeats there): each cell goes on from the
            # same cell of the row above, mid-sentence ("... its roof and" / "stonework. The works ...")
            last_cells = [f"{a} {b}".strip() for a, b in zip_longest(last_cells, cells, fillvalue="")]
            block = blocks[-1]
            if actions.get(id(block)):
                actions[id(block)][-1] += " " + " ".join(_row_answer(cells, cols)[0])
            block.quoted = _strip_label(last_cells[cols.left], block.labels) if cols.left < len(last_cells) else block.quoted
            block.answer, block.details = _row_answer(last_cells, cols)
            block.page = line.page
            continue
        if answer and all(RE_FIGURE.match(a) for a in answer):
            continue  # "Residents | 143 | Parking ...": a table of figures under a "Responses" column answers nothing
        if not number and not answer and not details and len(filled) == 1 and is_heading_like(quoted, max_words=GROUP_WORDS):
            continue  # "Environment | | ": a row that titles the group of rows under it, no item of its own
        if not quoted and not number:
            if blocks and (answer or details):
                blocks[-1].answer.extend(answer)
                blocks[-1].details.extend(details)
                if id(blocks[-1]) in milestones and cols.achieved is not None:
                    milestones[id(blocks[-1])].append(_met(cells, cols.achieved))  # the next milestone of the row above
                if id(blocks[-1]) in actions and answer:
                    actions[id(blocks[-1])].append(" ".join(answer))  # the next action of the recommendation above
            continue
        cited_here = _cited_labels(quoted) if cols.cites else None
        if cols.cites and cited_here is None and RE_NOT_APPLICABLE.fullmatch(quoted.strip()):
            continue  # a row that cites none ("–") in the column named for what it answers: the respondent's own item
        if cited_here:
            # ... and one that cites what it answers there ("2, 3") is their answer, its own reference ("PS-03") the
            # respondent's; a cell that quotes its recommendation after its number ("1 The Board should ...") is read
            # as any quoting cell is
            quoted = ""
        numbered = read_labels(number) if number else None
        labels = numbered[0] if numbered else []
        opened = read_labels(quoted) or (([code], "") if (code := read_code(quoted)) else None) \
            or (([m.group(1)], m.group(2)) if (m := RE_LETTER_ASK.match(quoted)) else None)
        if opened and (opened[1] or not labels):  # a left cell that holds only its label ("A1") labels its row too
            labels, quoted = labels or opened[0], opened[1] or quoted
            # "Recommendation 2 The FCDO should ... Recommendation 6 The FCDO should ...": a cell that quotes two, each
            # under its own head, for one answer beside them
            labels = list(dict.fromkeys([*labels, *(as_printed(m.group("label") or m.group("ref"))
                                                   for m in RE_INNER_HEAD.finditer(quoted))]))
        if not labels and (tag := _CLOSING_TAG.search(quoted)):
            # "... before the early shifts start. (R3)": the point in the respondent's own words, citing what it is
            labels, quoted = [as_printed(tag.group("label"))], quoted[: tag.start()].rstrip()
        # a number cell that holds no label ("Para 3.4") is still what the row prints; an empty one, its position
        labels = labels or [number.strip() if number.strip() else str(len(blocks) + 1)]
        if cited_here:
            labels = cited_here
        cited = _cited_beside(cells, cols)
        if cited:
            # "F7 | Tell members what is happening ... | Overview and Scrutiny Committee (recommendations 5 and 8);
            # members (40 comments) | ...": a row of the respondent's own numbering that cites, beside the point, the
            # recommendations it answers is their answer; the row's own reference is the respondent's
            labels = cited
            citing.add(tuple(cols.headers))
        latest = "\n\n".join(cells[i] for i in cols.later if i < len(cells) and cells[i]) or None
        if cols.source is not None and source:
            details = [f"{cols.headers[cols.source]}: {source}", *details]  # the report this row answers
        blocks.append(TableAnswer(labels[0], line.page, quoted, answer, details, labels,
                                  _marked(cells, cols) if cols.verdicts or cols.chosen is not None else None, latest,
                                  _done(cells, cols.headers)))
        if not cited:
            uncited.append((tuple(cols.headers), id(blocks[-1])))
        if cols.achieved is not None:
            milestones[id(blocks[-1])] = [_met(cells, cols.achieved)]
        if titled:
            titled[-1][1].append(blocks[-1])
        if any(HEADERS.action.match(h) for h in cols.headers):
            actions[id(blocks[-1])] = [" ".join(answer)]
        last_cells = cells
    for b in blocks:
        if b.progress is None and (met := milestones.get(id(b))):
            b.progress = _milestones_progress(met)
    _title_reviews(titled)
    # an at-a-glance index answers nothing; nor, in a table whose rows cite the recommendations they answer, does a row
    # that cites none: a point members made ("It is hard to get to Vennick by bus. | Members (38 comments) | ...")
    left_out = {id(r) for _, rows in titled if _points_only(rows) for r in rows} \
        | {row for header, row in uncited if header in citing}
    return _by_item([b for b in blocks if id(b) not in left_out], actions)


# a recommendation's head inside a quoting cell, after the sentence before it: "... acted on it. Recommendation 6 The ..."
# "... Recommendation 6 The FCDO should ...", or by the reference the report prints, "... every ward. R8 Every fall ..."
RE_INNER_HEAD = re.compile(rf"(?<=[.!?])\s+(?:(?:{REC_WORDS})\s+(?P<label>\d{{1,3}}[a-z]?)|(?-i:(?P<ref>{REFERENCE})))"
                           rf"\s*[:.\u2013\u2014-]?\s+(?=[A-Z])")
INDEX_WORDS = 6  # an index's cell names where the answer is in a few words: "Commitments 3 and 6", "See section 4"
# a part of the same paper, by its name and number, or a pointer to one: "Commitment 2", "Section 4.1", "See ..."
_POINTER = re.compile(r"^(?:see\b|[a-z]+\s+\d{1,3}(?:\.\d{1,2})?(?:\s*(?:,|&|and)\s*\d{1,3}(?:\.\d{1,2})?)*$)", re.I)


def _points_only(rows: list[TableAnswer]) -> bool:
    """An at-a-glance table ("Your recommendation | Our response") whose answer cells only say where each answer is
    ("Commitment 2", "Commitments 3 and 6", "See 'Where we can't do what you asked'") or whose it is ("For the County
    Council"): an index of the paper's answers, which answers nothing itself. Every cell a few words that give no
    sentence, verdict, status or progress, and most of them pointers."""
    answers = [" ".join(r.answer).strip() for r in rows]
    if len(rows) < 3 or any(r.verdict or r.latest or r.progress for r in rows):
        return False
    pointers = [bool(_POINTER.match(a)) for a in answers]  # (what a pointer quotes, "See 'Where we can't ...'", is no verdict)
    short = all(a and (p or len(a.split()) <= INDEX_WORDS and not re.search(r"[.!?;:](?:\s|$)", a)
                       and classify_stance(a)[0] == "unclear" and classify_progress(a)[0] == "unknown"
                       and printed_status(a) is None) for a, p in zip(answers, pointers))
    return short and 2 * sum(pointers) > len(answers)


def _form_verdict(name: str, value: str) -> tuple[str, list[str]] | None:
    """The verdict a form's field prints, (stance, evidence), where the field offers the verdicts and its value chooses
    one ("Accepted / Partially accepted / Rejected | Partially accepted"); else None."""
    stance = _choice(value) if _choice_column(name) else None
    return (stance, [f"{value} under \u201c{name}\u201d"]) if stance is not None else None


def _cells_after(lines: list[Line], at: int) -> list[str]:
    """The filled cells of the first line after line `at` that holds anything, where it is a table row; else []."""
    after = next((lines[k] for k in range(at + 1, len(lines)) if lines[k].text.strip()), None)
    return [c.strip() for c in after.text.split("\t") if c.strip()] if after is not None and after.table else []


def _form_under(lines: list[Line], at: int) -> bool:
    """The first line after line `at` is a small form's first row: two cells, the first naming a field that quotes the
    recommendation, gives the verdict or answers it ("Recommendation | set a national ...", "Response | ...")."""
    fields = [bool(HEADERS.quoted.match(c) or HEADERS.answer.match(c) or _choice_column(c)) for c in _cells_after(lines, at)]
    return fields == [True, False]  # (not a header over two columns, "What you asked | What we've done": no form's row)


RE_TICKED = re.compile(r"[☒☑✓✔]\s*(?P<choice>[^☐☒☑✓✔]+?)\s*(?=[☐☒☑✓✔]|$)")
RE_BOX = re.compile(r"[☐☒☑]")


def _ticked(name: str, value: str) -> tuple[tuple[str, list[str]] | None] | None:
    """Tick boxes under a form's field that asks whether the work is done ("Has the recommendation been implemented? |
    ☐ Yes ☒ Partly ☐ No"): a status, as (its progress,): the state the question names where "Yes" is ticked, in progress
    where "Partly" is, None where "No" is (it says only that the work is not that far). None where the field is no such
    question (a field that asks nothing of the work is not a status)."""
    if len(RE_BOX.findall(value)) < 2 or (m := RE_TICKED.search(value)) is None:
        return None
    asked = printed_status(re.sub(r"^(?:has|have|is|are|was|were)\s+(?:the|this|it)\s+(?:\w+\s+)?(?:been\s+)?", "",
                                  name.strip(" ?:"), flags=re.I))
    if asked is None:
        return None
    choice = _choice(m.group("choice"))
    state = asked[0] if choice == "accepted" else "in_progress" if choice == "partially_accepted" else None
    return ((state, [f"{m.group(0).strip()} under \u201c{name.strip()}\u201d"]) if state else None,)


def _form_rows_after(lines: list[Line], at: int) -> bool:
    """The row after line `at` is a form's field that quotes the recommendation ("Recommendation | That the Cabinet
    ..."): two cells, the first its name."""
    filled = _cells_after(lines, at)
    return len(filled) == 2 and bool(HEADERS.quoted.match(filled[0])) and not HEADERS.answer.match(filled[0])


RE_NOT_YET = re.compile(r"^(?:[-\u2013\u2014]|n/?a|not\s+(?:yet|met|achieved)|no|pending|tbc)?\.?$", re.I)


def _met(cells: list[str], at: int) -> bool | None:
    """Whether the milestone of a row is met, as its "Achieved" cell says: a date met, a dash or nothing not yet; None
    where the cell says neither ("In place before the review")."""
    cell = cells[at].strip() if at < len(cells) else ""
    if RE_NOT_YET.match(cell):
        return False
    return True if find_date(cell) is not None else None


def _milestones_progress(met: list[bool | None]) -> tuple[str, list[str]] | None:
    """The progress of an answer from its milestones (guide rule 2.2): every one met complete, some under way, none not
    started; None where a milestone's cell says neither."""
    if None in met:
        return None
    done = sum(1 for m in met if m)
    state = "completed" if done == len(met) else "in_progress" if done else "not_started"
    return state, [f"{done} of {len(met)} milestones achieved"]


# a citation of the recommendations a row answers, in brackets in a cell beside the point: "Overview and Scrutiny Committee
# (recommendations 5 and 8)"
RE_CITATION = re.compile(rf"\(\s*(?P<cited>(?:{REC_WORDS})\s*(?:{LABEL_LIST}))\s*\)", re.I)


def _cited_beside(cells: list[str], cols: _Columns) -> list[str]:
    """The labels of the recommendations a row cites in brackets in a cell that neither quotes nor answers ("Who told
    us"), in the order cited; [] where it cites none."""
    found: list[str] = []
    for i, cell in enumerate(cells):
        if i == cols.left or i in cols.answers or i == cols.number:
            continue
        for m in RE_CITATION.finditer(cell):
            read = read_labels(m.group("cited"))
            found += read[0] if read else []
    return list(dict.fromkeys(found))


FORM_ANSWER_WORDS = 8  # a field of a form that holds the answer says it in a sentence or more, not a word ("Green")


def _answered_in_form(lines: list[Line], at: int) -> bool:
    """The form whose field at line `at` quotes a recommendation holds its answer in a field of its own, a sentence or
    more ("Reasons and action | We agree that ..."); not a form of a quotation and a rating, "RAG status | Green", over
    an answer in prose after it."""
    return any(len(row) == 2 and len(row[1].split()) >= FORM_ANSWER_WORDS for row in _rows_under(lines, at))


def _rows_under(lines: list[Line], at: int, most: int = 12) -> list[list[str]]:
    """The cells of the table rows that follow line `at`, up to the first line of prose (a page's furniture between
    them is passed over)."""
    rows: list[list[str]] = []
    for ln in lines[at + 1:]:
        if len(rows) >= most:
            break
        if ln.table and not is_tabbed_prose(ln.text):
            rows.append([c.strip() for c in ln.text.split("\t")])
        elif ln.text.strip() and not is_furniture(ln.text):
            break
    return rows


RE_REVIEW_TITLE = re.compile(r"\b(?:review|inquiry|investigation|task (?:and|&) finish|task group|working group|scrutiny|"
                             r"panel|committee|report)\b", re.I)


def _title_reviews(tables: list[tuple[str, list[TableAnswer]]]) -> None:
    """One table per review, each under its own title, on one page ("Youth panel review (Children's Scrutiny, 2025)"
    over "Rec | Recommendation | Response | Progress", then the next review's table): its labels start again, so the
    tables answer different reports. Each row is given its table's title as the report it answers ("Review: ..."), as a
    tracker's "Review" column gives it. Tables whose labels go on from each other, or that print no title, are one
    report's."""
    tables = [(title, rows) for title, rows in tables if rows]
    if len(tables) < 2 or any(source_of(r.details) for _, rows in tables for r in rows):
        return
    seen: set[str] = set()
    restart = False
    for _, rows in tables:
        labels = {label for r in rows for label in (r.labels or [r.label])}
        restart = restart or bool(labels & seen)
        seen |= labels
    titles = [title for title, _ in tables]
    # each title names a review ("School meal debt task group (2025)"): an "Update, one year on" table under the first
    # response's, with the same labels, answers the same report again
    if not restart or not all(RE_REVIEW_TITLE.search(t) for t in titles) or len(set(titles)) < len(titles):
        return
    for title, rows in tables:
        for r in rows:
            r.details.insert(0, f"Review: {title}")


def _by_item(blocks: list[TableAnswer], actions: dict[int, list[str]] | None = None) -> list[TableAnswer]:
    """One answer per item: the rows of an action plan that cite the same recommendation ("A2 | Rec 1 | ...", then
    "A6 | Rec 1 | ..."), wherever they stand, are its answer together, in the table's order (of one review's rows, in a
    tracker of several). `actions`, by block: the action rows of each, which together give its progress: done when each
    action is (guide rule 2.2), whether its rows stand under one merged cell or each repeats its number."""
    actions = actions or {}
    out: list[TableAnswer] = []
    seen: dict[tuple, TableAnswer] = {}
    rows: dict[int, list[str]] = {}
    for b in blocks:
        key = (tuple(b.labels or [b.label]), source_of(b.details))
        first = seen.get(key)
        if first is None:
            seen[key] = b
            out.append(b)
            rows[id(b)] = list(actions.get(id(b), []))
            continue
        rows[id(first)] += actions.get(id(b), [])
        first.answer += b.answer
        first.details += [d for d in b.details if d not in first.details]
        first.verdict = first.verdict if first.verdict == b.verdict else None
        first.latest = "\n\n".join(t for t in (first.latest, b.latest) if t) or None
    for b in out:
        if len(rows[id(b)]) >= 2:
            b.progress = actions_progress(rows[id(b)])
    return out


# a cell's closing tag naming the recommendation its row answers: "(JHOSC rec a)", "[Recommendation 4]", "(Recs 2 and 5)"
RE_CELL_TAG = re.compile(
    rf"\s*[(\[](?:[\w’'&-]+\s+){{0,3}}(?:{REC_WORDS})\s+(?P<labels>[\w.]{{1,6}}(?:\s*(?:,|&|\band\b)\s*[\w.]{{1,6}})*)[)\]]\s*$", re.I
)


def _cell_tag(cell: str) -> tuple[list[str], str] | None:
    """(labels, the cell without its tag) of a cell that closes by naming the recommendation it answers."""
    m = RE_CELL_TAG.search(cell)
    if not m:
        return None
    labels = [as_printed(x) for x in re.split(r"\s*(?:,|&|\band\b)\s*", m.group("labels"), flags=re.I) if x]
    return labels, cell[: m.start()].rstrip()


def action_answers(doc: Document) -> list[TableAnswer]:
    """The answers of an action plan or an action log: a table with an "Action" column and none that quotes the
    recommendations ("Action | Lead officer | Timescale | Progress update | RAG"), whose rows answer the
    recommendation they name, by a row that spans the table above them ("Recommendation 3: ...", the rows under it
    until the next) or by a tag that closes a cell ("... (JHOSC rec a)"). A recommendation's rows, wherever they
    stand, are one answer: each row's action and the cells after it, in order (who owns it is a detail). A row that
    names no recommendation (a board's own actions in its log) answers none."""
    found: dict[str, TableAnswer] = {}
    rows_of: dict[str, list[str]] = {}  # each recommendation's action rows, as text
    cols: tuple[int, list[str], int | None] | None = None  # the action column, the header's cells, the citing column
    group: tuple[str, str] | None = None  # (label, restated) of the row spanning the table above
    for line in doc.lines:
        if not line.table:
            if line.text.strip():
                cols, group = None, None
            continue
        cells = [c.strip() for c in line.text.split("\t")]
        filled = [c for c in cells if c]
        header = _action_column(cells) if cols is None or len(filled) >= 2 else None
        if cols is None or header is not None:
            cols, group = ((header, cells, _cited_column(cells, header)) if header is not None else None), None
            continue
        if len(filled) == 1:
            across = strip_markup(filled[0])
            said = _said_across(across) if group is not None else None
            if said is not None and group is not None:
                # "Cabinet response: Agreed in part. ..." across the table under the recommendation's row: its answer
                # opens with what the row says, before its actions
                if group[0] not in found:
                    found[group[0]] = TableAnswer(group[0], line.page, group[1], [], [], [group[0]])
                    rows_of[group[0]] = []
                found[group[0]].answer.append(said)
                continue
            group = read_head(across)  # "Recommendation 3: ..." over its actions, else no group
            continue
        at, headers, cited = cols
        tagged = [_cell_tag(c) for c in cells]
        tags = [t[0] for t in tagged if t is not None]
        labels = tags[0] if tags else [group[0]] if group else \
            (_cited_labels(cells[cited]) or []) if cited is not None and cited < len(cells) else []
        if not labels:
            continue
        cells = [t[1] if t is not None else c for c, t in zip(cells, tagged)]
        answer = [c for i, c in enumerate(cells) if i >= at and i != cited and c and not _people(headers, i)]
        details = [f"{headers[i]}: {c}" for i, c in enumerate(cells) if i >= at and c and _people(headers, i)]
        for label in labels:
            if label not in found:
                found[label] = TableAnswer(label, line.page, group[1] if group and not tags else "", [], [], [label])
                rows_of[label] = []
            found[label].answer.extend(answer)
            found[label].details.extend(details)
            rows_of[label].append("\n\n".join(answer))
    for label, answer_to in found.items():
        answer_to.progress = actions_progress(rows_of[label])
    return list(found.values())


_NAMED_CELL = re.compile(r"^(?P<name>[^:.]{2,40}):\s*(?P<said>\S.*)$", re.S)


def _said_across(cell: str) -> str | None:
    """What a row across an action plan says where it names the answer's field ("Cabinet response: Agreed in part. ...",
    "Decision: Agreed."): the words after the name; else None."""
    m = _NAMED_CELL.match(cell.strip())
    if m is None or not (HEADERS.answer.match(m.group("name").strip()) or HEADERS.decision.match(m.group("name").strip())):
        return None
    return m.group("said").strip()


def actions_progress(rows: list[str]) -> tuple[str, list[str]] | None:
    """The progress of an answer made of several actions, from the progress each action row prints or says: complete when
    every one is, under way when some are done or under way and the others not said to be (guide rule 2.2: part of what
    was agreed is done), not started when those that say anything say that. None for one row, or where none says."""
    if len(rows) < 2:
        return None
    read = [printed_status(r) or classify_progress(r) for r in rows]
    known = [(p, ev) for p, ev in read if p != "unknown"]
    if not known:
        return None
    kinds = [p for p, _ in read]
    if all(k == "completed" for k in kinds):
        progress = "completed"
    elif any(k in ("completed", "in_progress") for k in kinds):
        progress = "in_progress"  # part of it done or under way, the rest not (yet) said to be done
    else:
        progress = "not_started"
    return progress, [e for _, ev in known for e in ev]


def _action_column(cells: list[str]) -> int | None:
    """The "Action" column of an action plan's header row, where no column before it quotes the recommendations (a
    "Comment" column after the action is the author's note on it, not a comment answered)."""
    headers = [_header_in_english(c) for c in cells]
    at = next((i for i, c in enumerate(headers) if HEADERS.action.match(c.strip())), None)
    if at is None or any(HEADERS.quoted.match(c) for c in headers[:at]) or _columns(cells) is not None:
        return None
    return at


CITED_WORDS = 3  # the header of a column that cites a row's recommendation is a name of a few words: "Scrutiny rec."


def _cited_column(headers: list[str], at: int) -> int | None:
    """The column of an action plan that names the recommendation each action answers ("Ref. | Action | Scrutiny rec. |
    Lead | Status"): headed by the word for a recommendation, apart from the action's own, and after the row's own
    reference or subject (a first column so headed, "Rec. number | What we found | What the organisation should do",
    numbers the paper's own list)."""
    return next((i for i, c in enumerate(headers) if i not in (at, 0) and len(c.split()) <= CITED_WORDS
                 and RE_CITED_HEADER.fullmatch(_header_in_english(c).strip())), None)


# the header of a column that cites recommendations: the word alone, "Rec.", "Scrutiny rec.", "Rec no." (not "Receipts")
RE_CITED_HEADER = re.compile(rf"(?:{REC_WORDS})(?:\s*\(s\))?(?:\s+(?:ref\.?|reference))?\.?", re.I)


_CITED_LABEL = re.compile(rf"{REFERENCE}|\d{{1,3}}(?:\.\d{{1,3}})?[a-z]?|[A-Za-z]")


_NEXT_PART = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z(]|Table\s+\d+[A-Za-z]?\b)")


def _group_title(laid: list[Line], at: int, cols: _Columns) -> bool:
    """Line `at`, a short title that is no paper's numbered section, stands between two rows of the table's width: the
    title of a group of its rows ("Welcoming" over the scorecard's rows on the town's welcome), set across the table,
    not the table's end."""
    text = laid[at].text.strip()
    nxt = laid[at + 1] if at + 1 < len(laid) else None
    return nxt is not None and nxt.table and len(nxt.text.split("\t")) == len(cols.headers) and not _ends_table(text) \
        and is_heading_like(text, max_words=GROUP_WORDS) and nxt.text.split("\t") != cols.headers


def _ends_table(text: str) -> bool:
    """A line that opens the paper's next numbered section or paragraph, or another table's caption: no page furniture
    between a table and its rows on the next page, but the end of that table."""
    return bool(_NEXT_PART.match(strip_markup(text)))


def _cited_labels(cell: str) -> list[str] | None:
    """The labels a citing column's cell names ("A", "C, D", "4 and 7", "R2"), as printed; None for a cell that names
    none ("–": the author's own action, which answers no recommendation) or says anything else."""
    parts = [x for x in re.split(r"\s*(?:,|&|\band\b|/)\s*", cell.strip()) if x]
    if not parts or not all(_CITED_LABEL.fullmatch(x) for x in parts):
        return None
    return [as_printed(x) for x in parts]


def _people(headers: list[str], i: int) -> bool:
    """A column of who does the action or what it costs ("Lead officer", "Owner", "Budget")."""
    return i < len(headers) and bool(HEADERS.context.search(headers[i])) and not HEADERS.when.search(headers[i])


def _period(cells: list[str]) -> int | None:
    """The width of the group of columns a header repeats ("What you asked | What we've done" three times over: 2), or
    None where it repeats none."""
    n = len(cells)
    for k in range(2, n // 2 + 1):
        if n % k == 0 and any(cells[:k]) and all(cells[i] == cells[i % k] for i in range(n)):
            return k
    return None


TABLES_END = "(the tables set side by side end here)"  # the line `side_by_side` puts where they end, as a paragraph would


def side_by_side(lines: list[Line]) -> Iterator[Line]:
    """The lines, with each table set beside others of its kind made a table of its own: a header that repeats its
    columns ("What you asked | What we've done | What you asked | What we've done ...", the tiles of a response on a
    page, laid out in rows of three) heads as many tables as it repeats, and each row under it, of the header's width,
    is that many rows, read from left to right, until a line that is not a table row."""
    period: int | None = None
    width = 0
    for line in lines:
        cells = line.text.split("\t") if line.table else []
        if not line.table:
            if line.text.strip():
                period = None
            yield line
            continue
        k = _period([c.strip() for c in cells])
        if k is not None:
            period, width = k, len(cells)
            yield replace(line, text="\t".join(cells[:k]))
        elif period is not None and len(cells) == width:
            for i in range(0, width, period):
                yield replace(line, text="\t".join(cells[i:i + period]))
        else:
            if period is not None:  # a row of another width ("Next steps | ..."): the tables side by side have ended
                yield replace(line, text=TABLES_END, table=False)
            period = None
            yield line


HEAD_WORDS = 4  # words of a column's name printed at the start of each of its cells ("YOU SAID ...", "WE DID ...")


def _shared_start(a: str, b: str) -> str:
    """The words two cells open with alike, up to HEAD_WORDS, leaving words after them in both ("" when none)."""
    wa, wb = a.split(), b.split()
    n = 0
    while n < min(HEAD_WORDS, len(wa) - 1, len(wb) - 1) and wa[n] == wb[n]:
        n += 1
    return " ".join(wa[:n])


def _tracks(cells: list[str]) -> bool:
    """A header that names the decision another body took on each row and, in another column, what has happened since
    ("Code | Title | Description | Cabinet decision (11 March 2025) | ... | Progress | Latest Note"): a tracker of
    answers, in whatever paper it is printed (a performance system's export appended to a committee's report), as a
    response's table is; not a paper's own decisions still to be taken ("Decision required")."""
    # (an "Action" column states what the paper's author will do, a decision of no one else: "Rec | Agency | Action |
    # Progress" in a review's own multi-agency plan answers nothing)
    decided = [i for i, c in enumerate(cells) if HEADERS.decision.match(c.strip()) and not HEADERS.update.match(c.strip())
               and not asks_no_answer(c) and not HEADERS.action.match(c.strip())]
    return bool(decided) and any(HEADERS.update.match(c.strip()) for i, c in enumerate(cells) if i not in decided)


def _under_header(lines: list[Line], i: int, headers: dict[int, bool]) -> bool:
    """Row `i` is one of a table whose header row ("Recommendation | Government response") is printed above it;
    `headers` keeps, by row, whether each row read is such a header, so that each row is read once."""
    for j in range(i - 1, -1, -1):
        if not lines[j].table:
            return False
        if j not in headers:
            headers[j] = _columns([c.strip() for c in lines[j].text.split("\t")]) is not None
        if headers[j]:
            return True
    return False


def headers_in_cells(laid: Iterable[Line]) -> list[Line]:
    """The lines, with a table that prints its columns' names inside every cell ("YOU SAID Too many people wait ...
    <tab> WE DID We took on four more ...", a poster's panels) given them as a header over its rows, each cell without
    them, as a table headed "You said | We did" prints them once. Only names read as a response table's header are
    taken (`_columns`); a row without them (a theme's title across the table) is left as it is."""
    lines = list(laid)
    headers: dict[int, Line] = {}  # the header to set before line i
    heads: dict[int, bool] = {}  # whether each row read is a response table's header (`_under_header`)
    taken: set[int] = set()  # rows already stripped of the names
    for i, line in enumerate(lines):
        cells = [c.strip() for c in line.text.split("\t")] if line.table else []
        if i in taken or len(cells) < 2 or not all(cells):
            continue
        nxt = next((j for j in range(i + 1, len(lines)) if not lines[j].table
                    or len(row := [c.strip() for c in lines[j].text.split("\t")]) == len(cells) and all(row)), None)
        if nxt is None or not lines[nxt].table or _under_header(lines, i, heads):
            continue  # (a table that prints its header over its rows prints no names in them: "Accept We agree ...")
        shared = [_shared_start(a, b.strip()).split() for a, b in zip(cells, lines[nxt].text.split("\t"))]
        # the longest names read as a header: two rows may open alike past the name ("WE DID We took" / "WE DID We now")
        names = next((list(c) for c in product(*[[" ".join(w[:n]) for n in range(len(w), 0, -1)] for w in shared])
                      if _columns(list(c)) is not None), None) if all(shared) else None
        if names is None:
            continue
        headers[i] = replace(line, text="\t".join(names), bold=True)
        for j in range(i, len(lines)):
            if not lines[j].table:
                break
            row = [c.strip() for c in lines[j].text.split("\t")]
            if len(row) == len(names) and all(c.split()[: len(n.split())] == n.split() for c, n in zip(row, names)):
                lines[j] = replace(lines[j], text="\t".join(c[len(n):].strip() for c, n in zip(row, names)))
                taken.add(j)
    return [out for i, line in enumerate(lines) for out in ([headers[i], line] if i in headers else [line])]


def source_of(details: list[str]) -> str | None:
    """The report a tracker's row answers, as its "Review" cell names it ("Markets Review (Place Scrutiny Committee,
    May 2025)"), from the row's details; None for a table that follows one report."""
    for d in details:
        name, _, value = d.partition(": ")
        if value and HEADERS.source.match(name.strip()):
            return value.strip()
    return None


GROUP_WORDS = 6  # a row that only titles the rows under it ("Food and drink") is this short

RE_FIGURE = re.compile(r"^[\s\d.,%£$€()+\-–—]*\d[\s\d.,%£$€()+\-–—]*$")  # "143", "£1,200", "12.5%", "(450)"


def _carried_on(cells: list[str]) -> bool:
    """A row whose filled cells open in lower case (a figure may go on a date: "Repairs July to December" /
    "2024"), none with a capital: the rest of a row the page broke."""
    filled = [c for c in cells if c]
    return any(c[:1].islower() for c in filled) and not any(c[:1].isupper() for c in filled)


def _strip_label(cell: str, labels: list[str]) -> str:
    """The quoted cell without the label that opens it ("R2. That ..." -> "That ...")."""
    opened = read_labels(cell)
    return opened[1] if opened and opened[1] and opened[0] == labels else cell


_NAME_JOINS = frozenset({"for", "of", "and", "the", "with", "to", "in", "on", "&", "-", "–"})


def _names_only(value: str) -> bool:
    """A value made of names however long ("Cabinet Member for Adult Social Care and Health, with NHS Hallowshire
    Integrated Care Board"): every word capitalised but the words that join a name's parts."""
    words = [w.strip(",;()") for w in value.split()]
    return bool(words) and all(not w or w[0].isupper() or w[0].isdigit() or w.lower() in _NAME_JOINS for w in words)


def split_details(parts: list[str]) -> tuple[list[str], list[str]]:
    """(the answer's paragraphs, its details): a paragraph that is a field about who does the action or at
    what cost ("Lead: Head of Parking Services", "Budget: £5,000") is a detail, as a lead officer's or a
    budget column is in a response table, not part of the answer's text; so is a comment in the asker's
    voice after the answer ("Scrutiny team comment: ...") with all that follows it."""
    def detail(t: str) -> bool:  # a short value ("Lead: Head of Parking Services"), not a sentence of the answer
        return bool(HEADERS.context_field.match(t.strip())) and not re.search(r"[.!?]\s", t) and (
            len(t.split()) <= DETAIL_WORDS or _names_only(t.split(":", 1)[1]))

    # the asker's comment on the answer ("Scrutiny team comment: ...") and what follows it are not the answer
    voiced = next((k for k, t in enumerate(parts) if k and HEADERS.other_voice.match(t.strip())), len(parts))
    own, asker = parts[:voiced], [t.strip() for t in parts[voiced:] if t.strip()]
    # ... a field printed on a line of its own inside a paragraph ("Timescale: May 2026" / "Lead officer: ...") too
    kept = ["\n".join(ln for ln in t.split("\n") if not detail(ln)) if "\n" in t else t for t in own]
    # ... and a small table of the answer's fields after it that opens with who acts ("Owner | Operations Director |
    # Target date | 1 August 2025", then "How we will measure it | ..."): its rows are details, "Owner: ...", not text
    lines = [(k, ln) for k, t in enumerate(kept) for ln in t.split("\n")]
    form = next((n for n, (_, ln) in enumerate(lines) if _field_row(ln) and detail(_as_fields(ln)[0])), len(lines))
    fields = [f for _, ln in lines[form:] if _field_row(ln) for f in _as_fields(ln)]
    if fields:
        rows = {n for n in range(form, len(lines)) if _field_row(lines[n][1])}
        kept = ["\n".join(ln for n, (k2, ln) in enumerate(lines) if k2 == k and n not in rows) for k in range(len(kept))]
    return ([t for t in kept if t.strip() and not detail(t)],
            [ln.strip() for t in own for ln in t.split("\n") if detail(ln)] + fields + asker)


FIELD_NAME_WORDS = 6  # a form's field name is a few words: "Owner", "How we will measure it"


def _field_row(text: str) -> bool:
    """A table row of field names and their values, in pairs ("Owner | Operations Director | Target date | ...")."""
    cells = [c.strip() for c in text.split("\t")]
    return "\t" in text and len(cells) % 2 == 0 and all(
        0 < len(name.split()) <= FIELD_NAME_WORDS and not re.search(r"[.!?]$", name) for name in cells[::2])


def _as_fields(text: str) -> list[str]:
    """A field row's pairs as "Name: value"."""
    cells = [" ".join(c.split()) for c in text.split("\t")]
    return [f"{name}: {value}" for name, value in zip(cells[::2], cells[1::2])]
