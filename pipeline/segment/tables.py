"""A report's own table of recommendations: "No. | Recommendation | Addressed to".

Reports often print their recommendations as a table, one row each: the label in a number column,
the recommendation in a column headed so, and sometimes whom it is for; a column left unnamed whose
first row prints a label ("1") is the number column. A table is drawn as rows
whatever its words, so this reads it by its header row alone (segment lexicon v3:
`table_recommendation`, `table_number`, `table_addressee`): a header with a recommendation column
and no answer column (that is a response table, read by `pipeline.answers.tables`) opens it, and
each row after it is one recommendation, labelled as printed: in the number column, else by the
label that opens every cell ("R1. That the Cabinet ..."), until a line that is not a table row. A
table with neither is one of recommendations only when it says whom each is for (its rows are then
numbered by position): "Recommendation | Reason" of plain sentences may be about them, and a
summary whose rows mix labelled items and notes ("Source: ...") lists something else. A row whose
number is empty and whose cell opens in lower case carries on the row above. Rows are `Line.table` lines, cells joined by tabs, from any
reader (Word and HTML tables, ruled PDF tables).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.dates import AS_OF
from pipeline.labels import label_alone, read_code, read_labels
from pipeline.lexicon import Patterns
from pipeline.records import Document
from pipeline.segment.candidates import asks_or_directs
from pipeline.segment.grammar import is_tabbed_prose

HEADERS = Patterns(
    "segment",
    # a column's name, not a contents entry that numbers a section ("2 Recommendations<TAB>2")
    recommendation=(r"^(?!\d)(?:[\w’'-]+\s+){0,2}(?:{table_recommendation})$", re.I),
    number=(r"^(?:{table_number})$", re.I),
    addressee=(r"^(?:{table_addressee})$", re.I),
    decision=(r"^(?:{decision_fields})$", re.I),  # "No. | Decision | Reason" in an officer's report: what it asks
)
# the header cells of a column that answers (answer lexicon): one makes a table a response's, which
# pipeline.answers.tables reads with the same shapes
# "Cabinet response", "Response (March 2025)", "Response and updates (most recent first)": the column that answers, with
# what else it holds named after it
# ... and the date its answers were written, after a comma or a dash ("Authority response, May 2025")
ANSWER_HEADER = (r"^(?:[\w’'-]+\s+){0,3}(?:{table_answer})(?:\s*(?:and|&|/)\s*[\w’'-]+(?:\s+[\w’'-]+)?)?(?:\s*\(.{0,40}\))?"
                 rf"(?:\s*[,:\u2013\u2014-]\s*{AS_OF})?$", re.I)
DECISION_HEADER = (r"^(?:[\w’'/-]+\s+){0,3}(?:{table_decision})\b.{0,40}$", re.I)  # the decision or the progress made
# "For decision / For noting", "For information or decision": what each item is put to the meeting for, no answer; and
# "For decision by": who is to take it (segment lexicon v30 `table_addressee`), still no answer
PURPOSE_HEADER = (r"^for\s+(?:{table_purposes})(?:\s*(?:/|,|\bor\b|\band\b)\s*(?:for\s+)?(?:{table_purposes}))*(?:\s+by\b.{0,40})?$",
                  re.I)
# "Decision required", "Approval sought": the decision a meeting is asked to take, still to be taken, no answer
ASKED_HEADER = (r"^(?:[\w’'-]+\s+){0,2}(?:{table_asked})$", re.I)
ANSWERS = Patterns(
    "answers", answer=ANSWER_HEADER, decision=DECISION_HEADER, purpose=PURPOSE_HEADER, asked=ASKED_HEADER,
    author_finding=(r"^(?:{author_findings})$", re.I), author_rating=(r"^(?:{author_ratings})$", re.I),
)


def asks_no_answer(cell: str) -> bool:
    """A header that says what each item is put to the meeting for ("For decision / For noting") or what the meeting is
    asked to decide ("Decision required"): its cells are asks still to be settled, never an answer to them."""
    return bool(ANSWERS.purpose.match(cell.strip()) or ANSWERS.asked.match(cell.strip()))


def finding_column(cell: str) -> bool:
    """A header that states the finding an item comes from ("Finding", "Issue identified"): the author's own."""
    return bool(ANSWERS.author_finding.match(cell.strip()))


def authors_list(cells: list[str]) -> bool:
    """A header that states the finding each recommendation comes from and the priority it is given ("Ref | Finding |
    Recommendation | Priority | Management response"): the author's own list of recommendations, as an audit report's
    action plan sets them out, management's comments beside them; not a response to another paper's."""
    return any(finding_column(c) for c in cells) and any(ANSWERS.author_rating.match(c.strip()) for c in cells)


@dataclass(slots=True)
class TableRecommendation:
    """One row of a report's table of recommendations."""

    label: str
    text: str
    addressee: str | None
    page: int
    header: str  # the header row, tabs and all: which table the row is of
    line: str  # the row's own line: where the row sits in the paragraph that holds it


@dataclass(frozen=True, slots=True)
class _Columns:
    text: int
    number: int | None
    addressee: int | None


def _columns(cells: list[str], asks: bool = False) -> _Columns | None:
    """The columns of a table of recommendations whose header is `cells`; None for any other header. `asks`: the
    document asks for decisions (an officer's report), whose table of them may head its column "Decision"."""
    text = next((i for i, c in enumerate(cells) if HEADERS.recommendation.match(c)), None)
    if asks and text is None and not any(ANSWERS.answer.match(c) for c in cells):
        text = next((i for i, c in enumerate(cells) if HEADERS.decision.match(c)), None)  # "No. | Decision | Reason"
        if text is None or not any(HEADERS.number.match(c) for c in cells):
            return None
    elif any((ANSWERS.answer.match(c) or ANSWERS.decision.match(c)) and not asks_no_answer(c)
             for i, c in enumerate(cells) if i != text) and not authors_list(cells):
        return None  # (the recommendation column's own name is no answer's: "Outcome needed" is asked, not reported)
    if text is None:
        return None
    number = next((i for i, c in enumerate(cells) if i != text and HEADERS.number.match(c)), None)
    addressee = next((i for i, c in enumerate(cells) if i not in (text, number) and HEADERS.addressee.match(c)), None)
    return _Columns(text, number, addressee)


def _cell(cells: list[str], i: int | None) -> str:
    return cells[i].strip() if i is not None and i < len(cells) else ""


def table_recommendations(doc: Document) -> list[TableRecommendation]:
    """Every row of every table of recommendations in `doc`, in order."""
    tables: list[tuple[_Columns, list[TableRecommendation]]] = []
    current: tuple[_Columns, list[TableRecommendation], str, int] | None = None
    forms: list[TableRecommendation] = []
    heads: tuple[str, str] | None = None  # the label that heads a form, and its row: "KR1 | Key recommendation: ..."
    for line in doc.lines:
        cells = [c.strip() for c in line.text.split("\t")] if line.table and not is_tabbed_prose(line.text) else []
        if len(cells) < 2:
            if line.text.strip() and not line.table:
                current = heads = None  # the table ended
            continue
        if (own := _form_label(cells[0])) is not None:
            heads = (own, line.text)  # (a form's first row prints its label alone in its first cell)
        elif heads is not None and HEADERS.recommendation.match(cells[0]) and len(" ".join(cells[1:]).split()) >= FORM_WORDS:
            # a form for each recommendation, its fields one a row, under the row that prints its label ("KR1 | Key
            # recommendation: Closing the budget gap", then "Recommendation | The Council should ...", "Why/impact |
            # ...", "Management comments | ..."): the field named as the recommendation is its text, under that label
            forms.append(TableRecommendation(heads[0], " ".join(cells[1:]), None, line.page, heads[1], line.text))
            heads = None
            continue
        # (a row whose one cell spans the table, "RECOMMENDATIONS" over "1 | That the Committee approves ...", titles the
        # rows under it: no header of columns)
        found = _columns(cells, doc.meta.kind == "officer_report") if sum(1 for c in cells if c) > 1 else None
        if found is not None:
            current = (found, [], line.text, len(cells))
            tables.append(current[:2])
            continue
        if current is None and _labelled_ask(cells):
            # a table with no header whose first column prints each row's label and whose other cell asks ("R1 | The
            # Welsh Government should publish ..."): its rows are the recommendations, as a header would say
            current = (_Columns(1, 0, None), [], "", len(cells))
            tables.append(current[:2])
        if current is None:
            continue
        cols, rows, header, width = current
        if cols.number is None and not rows:
            # a column with no name whose first row prints a label ("" over "1", "2", ...) is the number column
            blank = next((i for i, c in enumerate(header.split("\t")) if not c.strip() and i != cols.text), None)
            if blank is not None and blank < len(cells) and label_alone(cells[blank]) is not None:
                cols = _Columns(cols.text, blank, cols.addressee)
                current = (cols, rows, header, width)
                tables[-1] = (cols, rows)
        if len(cells) == width - 1 and cols.number == 0 and (opened := read_labels(cells[0])) and opened[0] and opened[1]:
            cells = [opened[0][0], opened[1], *cells[1:]]  # "6 Note the ...": a row whose number ran into its text
        text, number = _cell(cells, cols.text), _cell(cells, cols.number)
        if cols.number is not None and number and not read_labels(number) and not any(
                c for i, c in enumerate(cells) if i != cols.number):
            continue  # a row across the table, its only cell a title over the rows after it ("Cabinet is asked to
            # RECOMMEND to Council that it:")
        if len(cells) != width or (cols.number is not None and number and not read_labels(number)):
            current = None  # another table ("Year | Cost | Saving") set right after this one
            continue
        if not text and not number:
            continue
        if not number and (cols.number is not None or text[:1].islower()):
            if rows:
                rows[-1].text += " " + text  # a cell that runs on into the next row
            continue  # (with a number column, an unnumbered row is a carry-on or a section's title)
        label = ""
        if number:
            labels = read_labels(number)
            label = labels[0][0] if labels and labels[0] else number
        elif (opened := read_labels(text)) and opened[0] and opened[1]:
            label, text = opened[0][0], opened[1]  # "R1. That the Cabinet ...": the label opens the cell
        rows.append(TableRecommendation(label, text, _cell(cells, cols.addressee) or None, line.page, header,
                                        line.text))
    out: list[TableRecommendation] = []
    for cols, rows in tables:
        if not rows[:1] or (not rows[0].header and len(rows) < HEADERLESS_MIN):
            continue  # a table with no header is one of recommendations where several rows ask so
        # with no number column, a table is one of recommendations when every cell opens with its label, or
        # when it says whom each is for; "Recommendation | Reason" of plain sentences may be about them, and a
        # summary whose rows mix labelled items and notes ("Source: ...") is a table of something else
        if cols.number is None and not all(r.label for r in rows):
            if cols.addressee is None or any(r.label for r in rows):
                continue
            for k, r in enumerate(rows, 1):
                r.label = str(k)  # a table that labels none of its rows: by position
        out += [r for r in rows if r.text]
    return out + [r for r in forms if r.text]


HEADERLESS_MIN = 2  # rows that a table with no header prints labelled asks in, for it to be one of recommendations


def _labelled_ask(cells: list[str]) -> bool:
    """A row of two cells, a label alone ("R1", "3") and a sentence that asks ("The Welsh Government should ...")."""
    return len(cells) == 2 and label_alone(cells[0]) is not None and len(cells[1].split()) >= FORM_WORDS \
        and asks_or_directs(cells[1])


FORM_WORDS = 6  # a form's field holds a recommendation's sentence; a header cell "Recommendation" over its column, none


def _form_label(cell: str) -> str | None:
    """The label a cell prints and nothing else ("KR1", "R3", "Recommendation 2"), as printed; else None."""
    return label_alone(cell) or read_code(cell)


__all__ = ["ANSWER_HEADER", "DECISION_HEADER", "TableRecommendation", "asks_no_answer", "authors_list", "finding_column",
           "table_recommendations"]
